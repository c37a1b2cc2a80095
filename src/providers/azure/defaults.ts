// The rules Azure adds to every network security group on its own (docs/design.md, Platform semantics).
import { defaultRule, serviceTag, type DefaultAnchor } from '../../model/platform-defaults.ts';
import type { EgressRule, PlatformDefault } from '../../model/types.ts';

const AZURE_ALLOW_INTERNET_OUT_PRIORITY = 65001;
const AZURE_DENY_ALL_OUT_PRIORITY = 65500;

/**
 * Azure NSG defaults that decide internet egress: AllowInternetOutBound (65001, cannot be deleted) as the
 * platform default, and DenyAllOutBound (65500), the last rule of every NSG, to append to its rules.
 * AllowVnetOutBound (65000) is left out: it only reaches the virtual network, which no rule treats as egress.
 */
export function azureNsgDefaults(anchor: DefaultAnchor): {
  platformDefault: PlatformDefault;
  denyAllOutBound: EgressRule;
} {
  const allow = defaultRule(
    anchor,
    'allow',
    'AllowInternetOutBound',
    serviceTag(anchor, 'Internet'),
    AZURE_ALLOW_INTERNET_OUT_PRIORITY,
  );
  return {
    platformDefault: {
      name: 'AllowInternetOutBound',
      priority: AZURE_ALLOW_INTERNET_OUT_PRIORITY,
      rule: allow,
    },
    denyAllOutBound: defaultRule(
      anchor,
      'deny',
      'DenyAllOutBound',
      serviceTag(anchor, '*'),
      AZURE_DENY_ALL_OUT_PRIORITY,
    ),
  };
}
