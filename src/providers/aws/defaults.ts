// The rules AWS adds on its own (docs/design.md, Platform semantics): the allow-all egress rule of a security group created without egress
// (CloudFormation, Cloud Control), and the final `*` entry of every network ACL.
import { ANY_V4, ANY_V6 } from '../../model/cidr.ts';
import { anywhere, defaultRule, type DefaultAnchor } from '../../model/platform-defaults.ts';
import type { EgressRule, PlatformDefault } from '../../model/types.ts';

/** AWS adds an allow-all IPv4 egress rule to a group created without egress (CloudFormation, aws-native). */
export function awsDefaultEgress(anchor: DefaultAnchor): PlatformDefault {
  return {
    name: 'allow-all egress',
    rule: defaultRule(anchor, 'allow', 'allow-all egress', anywhere(anchor, ANY_V4)),
  };
}

/** A NACL's `*` entry comes after the highest rule number (32766). */
const AWS_NACL_LAST_ENTRY_PRIORITY = 32767;

/** Every network ACL ends with the `*` entry, which denies what no numbered entry allowed (IPv4 and IPv6). */
export function awsNaclFinalDeny(anchor: DefaultAnchor): EgressRule {
  const rule = defaultRule(anchor, 'deny', '*', anywhere(anchor, ANY_V4), AWS_NACL_LAST_ENTRY_PRIORITY);
  return { ...rule, destinations: [...rule.destinations, anywhere(anchor, ANY_V6)] };
}
