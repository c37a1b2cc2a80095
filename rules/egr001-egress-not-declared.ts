import { platformDefaultInForce } from '../src/model/effective.ts';
import type { Rule } from '../src/engine/types.ts';
import type { Firewall } from '../src/model/types.ts';

/** An explicit empty egress set, in the syntax of the file the firewall was read from. */
function emptyEgress(firewall: Firewall): string {
  switch (firewall.platform) {
    case 'pulumi':
      return '`egress: []` in its arguments';
    case 'cloudformation':
      return 'the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)';
    case 'terraform':
    case 'terraform-plan':
      return '`egress = []`';
    case 'host':
      return 'a default deny policy';
  }
}

/** What having no egress policy means on each platform (design §3). */
function consequence(firewall: Firewall): string {
  const name = firewall.platformDefault?.name;
  const priority = firewall.platformDefault?.priority;
  const named = priority === undefined ? name : `${name}, priority ${priority}`;
  switch (firewall.kind) {
    case 'aws-security-group':
      return firewall.platformDefault
        ? `so AWS's default ${name} rule is in force: every port to every IPv4 address. Declare the egress it needs, or the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)`
        : `so egress is unmanaged: rules added outside this code persist and are never reviewed or removed. Declare ${emptyEgress(firewall)} or the rules it needs`;
    case 'azure-nsg':
      return `so internet egress is allowed by the platform default ${named}. Add an outbound Deny to Internet (or *) at a priority below 65000 and allow only what is needed`;
    case 'gcp-network':
      return `so internet egress is allowed by the platform default ${named}. Add an EGRESS deny firewall for 0.0.0.0/0, all protocols, and allow only what is needed`;
    case 'aws-network-acl':
      return `so all outbound traffic is allowed by ${name}. Declare egress entries that allow only what is needed`;
    case 'ufw':
      return `so ${name} lets every process send anything anywhere. Run \`ufw default deny outgoing\` and allow only what is needed (\`ufw allow out 443/tcp\`)`;
    case 'iptables':
      return `so the ${name} lets every process send anything anywhere. Set \`-P OUTPUT DROP\` and ACCEPT only what is needed`;
  }
}

export const egr001: Rule = {
  meta: {
    id: 'EGR001',
    name: 'egress-not-declared',
    shortDescription: 'A firewall has no explicit egress policy.',
    fullDescription:
      'A security group, network ACL, NSG or VPC network declares no egress rules and no explicit empty set, so the platform default decides what may leave: allow-all on CloudFormation, Azure and GCP, unmanaged rules on Terraform and Pulumi.',
    help: [
      'Deny-by-default egress starts with declaring it. When a firewall declares nothing, the platform decides:',
      '',
      '- **CloudFormation** `AWS::EC2::SecurityGroup`: AWS adds an allow-all egress rule (0.0.0.0/0, all protocols).',
      '- **Terraform / Pulumi** `aws_security_group`: the provider removes that rule, but egress is *unmanaged* — rules added by hand or by other tools persist unnoticed. `egress = []` (Pulumi: `egress: []`) makes "no egress" explicit and enforced.',
      '- **Azure NSG**: `AllowInternetOutBound` (priority 65001) lets everything out unless an outbound deny overrides it.',
      '- **GCP VPC**: the implied allow-egress rule (priority 65535) lets everything out unless an EGRESS deny overrides it.',
      "- **Host firewalls**: ufw's outgoing default is allow, and iptables' built-in `OUTPUT` chain starts with policy ACCEPT: a script that sets neither `ufw default deny outgoing` nor `-P OUTPUT DROP` lets everything out.",
      '',
      'A deny whose protocol, ports or destination cannot be resolved (a variable without a value) might be the one that overrides the default: unknown is never open, so the firewall is counted as unresolved and not reported.',
      '',
      '**Fix**: declare the egress the workload needs, or an explicit empty set (`egress = []`; in CloudFormation one rule to `127.0.0.1/32` with protocol `-1`).',
    ].join('\n'),
    defaultLevel: 'error',
    securitySeverity: '7.5',
    precision: 'very-high',
    tags: ['security', 'network', 'egress'],
  },
  check(firewall, context) {
    const defaultOpen = platformDefaultInForce(firewall);
    if (!defaultOpen && firewall.egressDeclared !== 'absent') return;
    // CloudFormation, Azure and GCP defaults are real exposure; Terraform/Pulumi SGs are "only" unmanaged.
    const exposed = defaultOpen;
    context.report({
      firewall,
      level: exposed ? 'error' : 'warning',
      securitySeverity: exposed ? '7.5' : '5.0',
      message:
        firewall.egressDeclared === 'absent'
          ? `${firewall.displayName} declares no egress policy, ${consequence(firewall)}.`
          : `${firewall.displayName} declares egress rules but none overrides the platform default, ${consequence(firewall)}.`,
      location: firewall.location,
      key: 'egress-not-declared',
    });
  },
};
