import type { Rule } from '../src/engine/types.ts';
import { egressView } from '../src/model/view.ts';
import { noEgressAdvice } from '../src/providers/advice.ts';

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
    // A platform default in force is real exposure; a firewall that declares nothing without one is "only" unmanaged.
    const exposed = egressView(firewall).defaultInForce;
    if (!exposed && firewall.egressDeclared !== 'absent') return;
    const declared =
      firewall.egressDeclared === 'absent'
        ? 'declares no egress policy'
        : 'declares egress rules but none overrides the platform default';
    context.report({
      firewall,
      level: exposed ? 'error' : 'warning',
      securitySeverity: exposed ? '7.5' : '5.0',
      message: `${firewall.displayName} ${declared}, ${noEgressAdvice(firewall)}.`,
      location: firewall.location,
      key: 'egress-not-declared',
    });
  },
};
