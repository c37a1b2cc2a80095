import { openToAnywhere } from '../src/model/anywhere.ts';
import { compileDestinations } from '../src/config/destinations.ts';
import { describeDestination } from '../src/model/destinations.ts';
import { allTraffic, portsInclude } from '../src/model/protocol.ts';
import { egressView, type KnownAllow } from '../src/model/view.ts';
import { allowedDestinations, relays, smtpPorts } from './options.ts';
import type { Rule, RuleContext } from '../src/engine/types.ts';
import type { Destination, EgressRule, Firewall } from '../src/model/types.ts';
import { hostExamples } from './examples/host.ts';

/** The config options it reads (rules/options.ts). */
const options = { relays, smtpPorts, allowedDestinations };

export const egr003: Rule<typeof options> = {
  meta: {
    id: 'EGR003',
    name: 'smtp-egress-to-non-relay',
    options,
    shortDescription: 'SMTP egress to a destination that is not an approved mail relay.',
    fullDescription:
      'An allow rule lets TCP (or all protocols) out on an SMTP port (smtpPorts, default 25, 465, 587, 2525) to a destination that is not listed under relays. SMTP to anywhere is always an error; to a specific destination, a warning until relays are configured. All traffic to anywhere is left to EGR002. Mail should leave only through an approved relay that authenticates, logs and rate-limits it.',
    help: [
      "Servers that can speak SMTP to any host can mail your data to anyone: this is how a customer once exfiltrated a company's leads through its own app. Mail should leave only through an approved relay.",
      '',
      'The rule fires when an allow rule covers TCP (or all protocols), includes an SMTP port (`smtpPorts`, default 25, 465, 587, 2525), and a destination is not an approved relay. SMTP to anywhere (`0.0.0.0/0`, `::/0`, `Internet`, `*`, or allows that together cover every address) is always an error: no approved relay is "anywhere". SMTP to a specific destination is an error when relays are configured, and a warning until you declare them.',
      '',
      'All traffic to anywhere includes SMTP, but that is one problem: EGR002 reports it as an error and its message says mail is included, so this rule does not report it again (unless EGR002 is turned off or lowered). Loopback (`127.0.0.0/8`, `::1`) is never a mail destination: a local MTA is fine.',
      '',
      '**Fix**: restrict SMTP egress to the relay, and declare the relay in `.egress-lint.yml`:',
      '',
      '```yaml',
      'relays:',
      '  - aws_security_group.mail_relay   # Terraform address, CloudFormation logical id, or sg- id',
      '  - 10.0.5.10/32                    # CIDR',
      '  - pl-0123456789abcdef0            # prefix list',
      '```',
    ].join('\n'),
    defaultLevel: 'error',
    securitySeverity: '8.1',
    precision: 'high',
    tags: ['security', 'network', 'egress', 'smtp'],
  },
  examples: {
    bad: [
      ...hostExamples.EGR003.bad,
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'SMTP to anywhere is an error, relays configured or not',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port        = 587
    to_port          = 587
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
        expectLines: [6],
        expectLevels: ['error'],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'SMTP to one specific host: a warning until relays are configured (then an error)',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.25/32"]
  }
}
`,
        expectLines: [6],
        expectLevels: ['warning'],
        expectMessage: 'no relays are configured',
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: two rules whose CIDRs together send SMTP anywhere',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: SMTP to each half of the internet
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 25
          ToPort: 25
          CidrIp: 0.0.0.0/1
        - IpProtocol: tcp
          FromPort: 25
          ToPort: 25
          CidrIp: 128.0.0.0/1
`,
        expectLines: [11, 15],
        expectLevels: ['error', 'error'],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Submission port open to a private range that is not the relay',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 587
    to_port     = 587
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
        expectLines: [6],
        settings: { relays: ['10.0.5.10/32'] },
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: submission port to a range that is not the relay',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: submission port to the whole private range, not the relay
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 587
          ToPort: 587
          CidrIp: 10.0.0.0/16
`,
        expectLines: [11],
        settings: { relays: ['MailRelaySecurityGroup'] },
      },
      {
        format: 'cloudformation-json',
        file: 'template.json',
        title: 'CloudFormation: a standalone rule sends port 25 out, and no relay is configured',
        code: `{
  "Resources": {
    "AppSecurityGroup": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": { "GroupDescription": "egress comes from the standalone rule below" }
    },
    "AppSmtp": {
      "Type": "AWS::EC2::SecurityGroupEgress",
      "Properties": {
        "GroupId": { "Ref": "AppSecurityGroup" },
        "IpProtocol": 6,
        "FromPort": 25,
        "ToPort": 25,
        "CidrIp": "203.0.113.25/32"
      }
    }
  }
}
`,
        expectLines: [14],
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi: submission port to a range that is not the relay',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": {
          "egress": [{ "protocol": "tcp", "fromPort": 587, "toPort": 587, "cidrBlocks": ["10.0.0.0/16"] }]
        }
      }
    ]
  }
}
`,
        expectLines: [10],
        settings: { relays: ['10.0.5.10/32'] },
      },
      {
        format: 'terraform-plan',
        file: 'plan.json',
        title: 'Plan JSON: SMTP to anywhere from a standalone rule',
        code: `{
  "format_version": "1.2",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_security_group_rule.smtp",
          "mode": "managed",
          "type": "aws_security_group_rule",
          "name": "smtp",
          "values": {
            "type": "egress",
            "security_group_id": "sg-0app",
            "protocol": "tcp",
            "from_port": 25,
            "to_port": 25,
            "cidr_blocks": ["0.0.0.0/0"]
          }
        }
      ]
    }
  }
}
`,
        expectLines: [17],
        expectLevels: ['error'],
        settings: { relays: ['10.0.5.10/32'] },
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Azure: SMTP to Internet at priority 100, before the deny at 200 (the reverse order masks it)',
        code: `resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "smtp-out"
    direction                  = "Outbound"
    access                     = "Allow"
    priority                   = 100
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "25"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
  }

  security_rule {
    name                       = "deny-internet"
    direction                  = "Outbound"
    access                     = "Deny"
    priority                   = 200
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
  }
}
`,
        expectLines: [15],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'GCP: a deny of port 25 leaves 587 open on the lower-priority allow',
        code: `resource "google_compute_firewall" "deny_smtp" {
  name      = "deny-smtp"
  network   = "default"
  direction = "EGRESS"
  priority  = 100

  deny {
    protocol = "tcp"
    ports    = ["25"]
  }
}

resource "google_compute_firewall" "mail" {
  name               = "mail"
  network            = "default"
  direction          = "EGRESS"
  priority           = 200
  destination_ranges = ["203.0.113.0/24"]

  allow {
    protocol = "tcp"
    ports    = ["25", "587"]
  }
}
`,
        expectLines: [18],
        settings: { relays: ['10.0.5.10/32'] },
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Network ACL: a standalone egress rule for SMTP to anywhere',
        code: `resource "aws_network_acl" "app" {
  vpc_id = "vpc-123"
}

resource "aws_network_acl_rule" "smtp" {
  network_acl_id = aws_network_acl.app.id
  egress         = true
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 25
  to_port        = 25
  cidr_block     = "0.0.0.0/0"
}
`,
        expectLines: [13],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'Network ACL: SMTPS to a range that is not the relay',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
  Smtps:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      Egress: true
      CidrBlock: 10.0.0.0/16
      PortRange: { From: 465, To: 465 }
`,
        expectLines: [15],
        settings: { relays: ['10.0.5.10/32'] },
      },
    ],
    good: [
      ...hostExamples.EGR003.good,
      {
        format: 'terraform',
        file: 'main.tf',
        title:
          'All traffic to anywhere is one EGR002 error whose message says mail is included: one problem, one finding',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: a local MTA on 127.0.0.1:25 (loopback never leaves the host)',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: mail goes to the local MTA only
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 25
          ToPort: 25
          CidrIp: 127.0.0.1/32
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'SMTP only to the relay security group',
        code: `resource "aws_security_group" "mail_relay" {
  egress = []
}

resource "aws_security_group" "app" {
  egress {
    from_port       = 587
    to_port         = 587
    protocol        = "tcp"
    security_groups = [aws_security_group.mail_relay.id]
  }
}
`,
        expectLines: [],
        settings: { relays: ['aws_security_group.mail_relay'] },
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: SMTP only to the relay, named by logical id',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  MailRelaySecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: the relay
      SecurityGroupEgress:
        - IpProtocol: -1
          CidrIp: 127.0.0.1/32
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: mail goes to the relay only
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 587
          ToPort: 587
          DestinationSecurityGroupId: !GetAtt MailRelaySecurityGroup.GroupId
`,
        expectLines: [],
        settings: { relays: ['MailRelaySecurityGroup'] },
      },
      {
        format: 'cloudformation-json',
        file: 'template.json',
        title: "CloudFormation: SMTP only to the relay's prefix list",
        code: `{
  "Resources": {
    "AppSecurityGroup": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "mail goes to the relay's prefix list only",
        "SecurityGroupEgress": [
          {
            "IpProtocol": "tcp",
            "FromPort": 465,
            "ToPort": 465,
            "DestinationPrefixListId": "pl-0123456789abcdef0"
          }
        ]
      }
    }
  }
}
`,
        expectLines: [],
        settings: { relays: ['pl-0123456789abcdef0'] },
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi: SMTP only to the relay security group',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": {
          "egress": [{ "protocol": "tcp", "fromPort": 587, "toPort": 587, "securityGroups": ["sg-0relay"] }]
        }
      }
    ]
  }
}
`,
        expectLines: [],
        settings: { relays: ['sg-0relay'] },
      },
      {
        format: 'terraform-plan',
        file: 'plan.json',
        title: 'Plan JSON: SMTP only to the relay group, whose id is known after apply',
        code: `{
  "format_version": "1.2",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_security_group_rule.smtp",
          "mode": "managed",
          "type": "aws_security_group_rule",
          "name": "smtp",
          "values": { "type": "egress", "protocol": "tcp", "from_port": 587, "to_port": 587 }
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_security_group_rule.smtp",
      "change": { "actions": ["create"], "after_unknown": { "security_group_id": true, "source_security_group_id": true } }
    }
  ],
  "configuration": {
    "root_module": {
      "resources": [
        {
          "address": "aws_security_group_rule.smtp",
          "mode": "managed",
          "type": "aws_security_group_rule",
          "name": "smtp",
          "expressions": {
            "source_security_group_id": { "references": ["aws_security_group.relay.id", "aws_security_group.relay"] }
          }
        }
      ]
    }
  }
}
`,
        expectLines: [],
        settings: { relays: ['aws_security_group.relay'] },
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Azure: submission only to the relay application security group',
        code: `resource "azurerm_application_security_group" "relay" {
  name                = "relay"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_network_security_rule" "submission" {
  name                                       = "submission"
  network_security_group_name                = "app"
  resource_group_name                        = "rg"
  direction                                  = "Outbound"
  access                                     = "Allow"
  priority                                   = 100
  protocol                                   = "Tcp"
  source_port_range                          = "*"
  destination_port_range                     = "587"
  source_address_prefix                      = "*"
  destination_application_security_group_ids = [azurerm_application_security_group.relay.id]
}
`,
        expectLines: [],
        settings: { relays: ['azurerm_application_security_group.relay'] },
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'GCP: at equal priority the deny wins, so the SMTP allow is masked',
        code: `resource "google_compute_firewall" "deny_smtp" {
  name      = "deny-smtp"
  network   = "default"
  direction = "EGRESS"

  deny {
    protocol = "tcp"
    ports    = ["25", "465", "587", "2525"]
  }
}

resource "google_compute_firewall" "smtp" {
  name      = "smtp"
  network   = "default"
  direction = "EGRESS"

  allow {
    protocol = "tcp"
    ports    = ["25"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Network ACL: SMTP only to the relay',
        code: `resource "aws_network_acl" "app" {
  vpc_id = "vpc-123"

  egress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.0.5.10/32"
    from_port  = 587
    to_port    = 587
  }
}
`,
        expectLines: [],
        settings: { relays: ['10.0.5.10/32'] },
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'Network ACL: a deny of port 25 at a lower rule number masks the later allow',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
  DenySmtp:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 90
      Protocol: 6
      RuleAction: deny
      Egress: true
      CidrBlock: 0.0.0.0/0
      PortRange: { From: 25, To: 25 }
  Smtp:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      Egress: true
      CidrBlock: 0.0.0.0/0
      PortRange: { From: 25, To: 25 }
`,
        expectLines: [],
      },
    ],
  },
  check(firewall, context) {
    const relayList = compileDestinations(context.options.relays);
    const allowed = compileDestinations(context.options.allowedDestinations);
    const { allows } = egressView(firewall);
    const { anywhere, reportedByOpenEgress } = anywhereOf(allows, (d) => allowed.matches(d), context);
    const approved = (d: Destination) =>
      relayList.matches(d) || allowed.matches(d) || reportedByOpenEgress.has(d);
    for (const { rule, reaches } of allows) {
      if (rule.protocol !== 'tcp' && rule.protocol !== 'all') continue;
      const offending = reaches.flatMap(({ destination, tcp }) => {
        const smtp = context.options.smtpPorts.filter((p) => portsInclude(tcp, p));
        return smtp.length > 0 && !approved(destination) ? [{ destination, smtp }] : [];
      });
      // SMTP to anywhere is an error whatever the relays; to a named destination, a warning until relays are declared.
      const toAnywhere = offending.filter((d) => anywhere.has(d.destination));
      const toNamed = offending.filter((d) => !anywhere.has(d.destination));
      const noRelays = relayList.isEmpty;
      if (toAnywhere.length > 0) reportSmtp(firewall, rule, toAnywhere, 'error', context, noRelays);
      if (toNamed.length > 0)
        reportSmtp(firewall, rule, toNamed, noRelays ? 'warning' : 'error', context, noRelays);
    }
  },
};

/**
 * Destinations that are anywhere (alone or with the firewall's other allows), and those EGR002 reports as an error
 * (all traffic to anywhere): that finding already says mail is included.
 */
function anywhereOf(
  allows: readonly KnownAllow[],
  excluded: (d: Destination) => boolean,
  context: RuleContext,
): { anywhere: Set<Destination>; reportedByOpenEgress: Set<Destination> } {
  const anywhere = new Set<Destination>();
  const reportedByOpenEgress = new Set<Destination>();
  for (const open of openToAnywhere(allows, excluded)) {
    open.open.forEach((d) => anywhere.add(d));
    const level = context.levelOf('EGR002', open.open[0].location.file, 'error');
    if (allTraffic(open.protocol, open.ports) && level === 'error')
      open.open.forEach((d) => reportedByOpenEgress.add(d));
  }
  return { anywhere, reportedByOpenEgress };
}

/** One finding per rule and level, at its first offending destination, naming every destination it reaches. */
function reportSmtp(
  firewall: Firewall,
  rule: EgressRule,
  offending: { destination: Destination; smtp: number[] }[],
  level: 'error' | 'warning',
  context: RuleContext,
  noRelays: boolean,
): void {
  const smtp = [...new Set(offending.flatMap((d) => d.smtp))].sort((a, b) => a - b);
  const where = offending.map((d) => describeDestination(d.destination)).join(', ');
  const hint = noRelays
    ? 'no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml'
    : 'only the configured relays may receive mail';
  context.report({
    firewall,
    level,
    message: `${rule.declaredBy.displayName} allows SMTP (port${smtp.length > 1 ? 's' : ''} ${smtp.join(', ')}) to ${where}${rule.condition ? ` when ${rule.condition}` : ''}, which ${offending.length > 1 ? 'are not approved mail relays' : 'is not an approved mail relay'}; ${hint}.`,
    location: offending[0].destination.location,
    resource: rule.declaredBy.location,
    related: [...offending.flatMap((d) => d.destination.origins), ...rule.origins],
    key: `${rule.declaredBy.id}|smtp ${smtp.join(',')}|${where}|${rule.condition ?? ''}`,
  });
}
