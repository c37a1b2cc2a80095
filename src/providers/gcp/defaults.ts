// The rule GCP adds to every VPC network on its own (docs/design.md, Platform semantics), and the priority of a rule that sets none.
import { ANY_V4 } from '../../model/cidr.ts';
import { anywhere, defaultRule, type DefaultAnchor } from '../../model/platform-defaults.ts';
import type { PlatformDefault } from '../../model/types.ts';

const GCP_IMPLIED_EGRESS_PRIORITY = 65535;
/** GCP firewall rules default to this priority when none is set. */
export const GCP_DEFAULT_PRIORITY = 1000;

/** Every GCP VPC network has an implied rule allowing all egress to 0.0.0.0/0 at the lowest priority. */
export function gcpImpliedEgress(anchor: DefaultAnchor): PlatformDefault {
  const rule = defaultRule(
    anchor,
    'allow',
    'implied allow-egress rule',
    anywhere(anchor, ANY_V4),
    GCP_IMPLIED_EGRESS_PRIORITY,
  );
  return { name: 'implied allow-egress rule', priority: GCP_IMPLIED_EGRESS_PRIORITY, rule };
}
