// AWS advice for a firewall with no egress policy (see src/providers/shared/advice.ts).
import type { Platform } from '../../model/types.ts';
import type { NoEgressAdviceOf } from '../shared/advice.ts';

/** The formats a security group is read from (never a host's files). */
type GroupFormat = Exclude<Platform, 'host'>;

/** An explicit empty egress set, in the syntax of the file the group was read from. */
const EMPTY_EGRESS: Record<GroupFormat, string> = {
  pulumi: '`egress: []` in its arguments',
  cloudformation: 'the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)',
  terraform: '`egress = []`',
  'terraform-plan': '`egress = []`',
};

export const awsAdvice: NoEgressAdviceOf<'aws-security-group' | 'aws-network-acl'> = {
  // AWS adds an allow-all rule to a group created without egress (CloudFormation); Terraform and Pulumi remove it,
  // which leaves egress unmanaged rather than open.
  'aws-security-group': (firewall) =>
    firewall.platformDefault
      ? `so AWS's default ${firewall.platformDefault.name} rule is in force: every port to every IPv4 address. Declare the egress it needs, or the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)`
      : `so egress is unmanaged: rules added outside this code persist and are never reviewed or removed. Declare ${EMPTY_EGRESS[firewall.platform as GroupFormat]} or the rules it needs`,
  'aws-network-acl': (firewall) =>
    `so all outbound traffic is allowed by ${firewall.platformDefault?.name}. Declare egress entries that allow only what is needed`,
};
