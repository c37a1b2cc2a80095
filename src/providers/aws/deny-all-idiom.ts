// AWS security groups cannot hold an empty egress list in CloudFormation or CDK: "no egress" is written as one rule
// that lets nothing out. The mappings read such a rule as an explicit empty egress policy, not as a rule.
import type { EgressRule } from '../../model/types.ts';

/** The AWS deny-all idioms: one rule to 127.0.0.1/32 protocol -1, or CDK's 255.255.255.255/32 icmp 252-86. */
export function isDenyAllSentinel(rule: EgressRule, rawFromPort?: number, rawToPort?: number): boolean {
  if (rule.destinations.length !== 1) return false;
  const d = rule.destinations[0];
  if (d.kind !== 'cidr') return false;
  if (d.cidr.text === '127.0.0.1/32' && rule.protocol === 'all') return true;
  return (
    d.cidr.text === '255.255.255.255/32' &&
    rule.protocol === 'icmp' &&
    rawFromPort === 252 &&
    rawToPort === 86
  );
}
