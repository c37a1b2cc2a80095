import { compileDestinations, describeDestination } from '../src/model/destinations.ts';
import { effectiveAllows } from '../src/model/effective.ts';
import { portsInclude } from '../src/model/protocol.ts';
import type { Rule } from '../src/engine/types.ts';

export const egr003: Rule = {
  meta: {
    id: 'EGR003',
    name: 'smtp-egress-to-non-relay',
    shortDescription: 'SMTP egress to a destination that is not an approved mail relay.',
    fullDescription:
      'An allow rule lets TCP (or all protocols) out on an SMTP port (smtpPorts, default 25, 465, 587, 2525) to a destination that is not listed under relays. Mail should leave only through an approved relay that authenticates, logs and rate-limits it.',
    help: [
      'Servers that can speak SMTP to any host can mail your data to anyone: this is how a customer once exfiltrated a company\'s leads through its own app. Mail should leave only through an approved relay.',
      '',
      'The rule fires when an allow rule covers TCP (or all protocols), includes an SMTP port (`smtpPorts`, default 25, 465, 587, 2525), and a destination is not an approved relay. It is an error when relays are configured, and a warning until you declare them.',
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
        settings: { relays: ['10.0.5.10/32'] },
      },
    ],
    good: [
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
    ],
  },
  check(firewall, context) {
    const relays = compileDestinations(context.settings.relays);
    const allowed = compileDestinations(context.settings.allowedDestinations);
    for (const { rule, destinations } of effectiveAllows(firewall)) {
      if (rule.protocol !== 'tcp' && rule.protocol !== 'all') continue;
      // One finding per rule, at its first offending destination, naming every destination it reaches.
      const offending = destinations
        .filter(({ destination }) => destination.kind !== 'unknown' && !relays.matches(destination) && !allowed.matches(destination))
        .map(({ destination, tcp }) => ({ destination, smtp: context.settings.smtpPorts.filter((p) => portsInclude(tcp, p)) }))
        .filter((d) => d.smtp.length > 0);
      if (offending.length === 0) continue;
      const smtp = [...new Set(offending.flatMap((d) => d.smtp))].sort((a, b) => a - b);
      const where = offending.map((d) => describeDestination(d.destination)).join(', ');
      const hint = relays.isEmpty
        ? 'no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml'
        : 'only the configured relays may receive mail';
      context.report({
        firewall,
        level: relays.isEmpty ? 'warning' : 'error',
        message: `${rule.declaredBy.displayName} allows SMTP (port${smtp.length > 1 ? 's' : ''} ${smtp.join(', ')}) to ${where}${rule.condition ? ` when ${rule.condition}` : ''}, which ${offending.length > 1 ? 'are not approved mail relays' : 'is not an approved mail relay'}; ${hint}.`,
        location: offending[0].destination.location,
        resource: rule.declaredBy.location,
        related: [...offending.flatMap((d) => d.destination.origins), ...rule.origins],
        key: `${rule.declaredBy.id}|smtp ${smtp.join(',')}|${where}|${rule.condition ?? ''}`,
      });
    }
  },
};
