import type { Rule } from '../src/engine/types.ts';
import { egressView } from '../src/model/view.ts';
import { noEgressAdvice } from '../src/providers/advice.ts';
import { hostExamples } from './examples/host.ts';

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
  examples: {
    bad: [
      ...hostExamples.EGR001.bad,
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'A security group with no egress at all',
        code: `resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id
}

variable "vpc_id" {
  default = "vpc-123"
}
`,
        expectLines: [1],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: "CloudFormation: a security group with no egress keeps AWS's allow-all rule",
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: no SecurityGroupEgress, so AWS adds allow-all
      VpcId: vpc-0123456789abcdef0
`,
        expectLines: [3],
      },
      {
        format: 'cloudformation-json',
        file: 'template.json',
        title: 'CloudFormation: an empty SecurityGroupEgress list is no list',
        code: `{
  "Resources": {
    "AppSecurityGroup": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "an empty list is no list: AWS adds allow-all",
        "SecurityGroupEgress": []
      }
    }
  }
}
`,
        expectLines: [3],
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi: no egress among the inputs (the live, empty outputs do not declare anything)',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": { "name": "app" },
        "outputs": { "egress": [], "id": "sg-0app" }
      }
    ]
  }
}
`,
        expectLines: [5],
        expectMessage: 'Declare `egress: []` in its arguments or the rules it needs',
      },
      {
        format: 'terraform-plan',
        file: 'plan.json',
        title: 'Plan JSON: egress not declared, so unknown until apply',
        code: `{
  "format_version": "1.2",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_security_group.app",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "app",
          "values": { "name": "app" }
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_security_group.app",
      "change": { "actions": ["create"], "after_unknown": { "egress": true } }
    }
  ]
}
`,
        expectLines: [6],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Azure: inbound rules only, so AllowInternetOutBound (priority 65001) lets everything out',
        code: `resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "https-in"
    direction                  = "Inbound"
    access                     = "Allow"
    priority                   = 100
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
        expectLines: [1],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'GCP: ingress firewalls only, so the implied allow-egress rule (priority 65535) is in force',
        code: `resource "google_compute_network" "vpc" {
  name = "vpc"
}

resource "google_compute_firewall" "ssh_in" {
  name          = "ssh-in"
  network       = google_compute_network.vpc.name
  source_ranges = ["10.0.0.0/8"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
`,
        expectLines: [1],
      },
    ],
    good: [
      ...hostExamples.EGR001.good,
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'No egress, and saying so',
        code: `resource "aws_security_group" "app" {
  name   = "app"
  egress = []
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Egress declared by a standalone rule',
        code: `resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/8"
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: "AWS's deny-all idiom",
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["127.0.0.1/32"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: "CloudFormation: AWS's deny-all idiom",
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: no egress, said with AWS's deny-all idiom
      SecurityGroupEgress:
        - IpProtocol: -1
          CidrIp: 127.0.0.1/32
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: egress declared by a standalone SecurityGroupEgress',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: egress declared by a standalone rule
  AppHttps:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !GetAtt AppSecurityGroup.GroupId
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 10.0.0.0/8
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-json',
        file: 'cdk.out/MyStack.template.json',
        title: "CDK output: allowAllOutbound false (CDK's sentinel rule)",
        code: `{
  "Resources": {
    "WorkerSecurityGroupDEF456": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "MyStack/Worker/SecurityGroup",
        "SecurityGroupEgress": [
          {
            "CidrIp": "255.255.255.255/32",
            "Description": "Disallow all traffic",
            "FromPort": 252,
            "IpProtocol": "icmp",
            "ToPort": 86
          }
        ]
      },
      "Metadata": { "aws:cdk:path": "MyStack/Worker/SecurityGroup/Resource" }
    }
  }
}
`,
        expectLines: [],
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi: `egress: []` declares no egress',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": { "name": "app", "egress": [] },
        "outputs": { "egress": [], "id": "sg-0app" }
      }
    ]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform-plan',
        file: 'plan.json',
        title: 'Plan JSON: `egress = []` is planned as an empty list',
        code: `{
  "format_version": "1.2",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_security_group.app",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "app",
          "values": { "name": "app", "egress": [] }
        }
      ]
    }
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Azure: a deny of Internet overrides AllowInternetOutBound (most subscriptions block TCP 25)',
        code: `resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_network_security_rule" "deny_internet" {
  name                        = "deny-internet"
  network_security_group_name = azurerm_network_security_group.app.name
  resource_group_name         = "rg"
  direction                   = "Outbound"
  access                      = "Deny"
  priority                    = 4096
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "Internet"
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'GCP: an EGRESS deny of all (no destination_ranges: 0.0.0.0/0) overrides the implied allow',
        code: `resource "google_compute_network" "vpc" {
  name = "vpc"
}

resource "google_compute_firewall" "deny_all_egress" {
  name      = "deny-all-egress"
  network   = google_compute_network.vpc.id
  direction = "EGRESS"
  priority  = 65534

  deny {
    protocol = "all"
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title:
          'Azure: a deny whose protocol is a variable without a value might override AllowInternetOutBound: unknown, counted, not reported',
        code: `variable "deny_protocol" {}

resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "deny-internet"
    direction                  = "Outbound"
    access                     = "Deny"
    priority                   = 4096
    protocol                   = var.deny_protocol
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'A custom network ACL without egress entries: its `*` entry denies all outbound traffic',
        code: `resource "aws_network_acl" "private" {
  vpc_id = "vpc-123"
}
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'A NetworkAcl with ingress entries only denies all outbound traffic',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  PrivateAcl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
  HttpsIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref PrivateAcl
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      Egress: false
      CidrBlock: 10.0.0.0/8
      PortRange: { From: 443, To: 443 }
`,
        expectLines: [],
      },
    ],
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
