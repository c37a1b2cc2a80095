import { openToAnywhere, type OpenAllow } from '../src/model/anywhere.ts';
import { compileDestinations } from '../src/config/destinations.ts';
import { describeDestination } from '../src/model/destinations.ts';
import { compareText } from '../src/model/order.ts';
import {
  allTraffic,
  describeTrafficOf,
  formatPorts,
  formatPublicPort,
  portsInclude,
  protocolName,
  withinPublicPorts,
} from '../src/model/protocol.ts';
import { egressView } from '../src/model/view.ts';
import { allowedDestinations, allowedPublicPorts, smtpPorts } from './options.ts';
import type { Rule } from '../src/engine/types.ts';
import { hostExamples } from './examples/host.ts';
import type { Location } from '../src/model/types.ts';

/** Where a partner rule is, for a message about a finding in `file`: its line, with its file when elsewhere. */
function placeOf(location: Location, file: string): string {
  return location.file === file ? `line ${location.line}` : `${location.file}:${location.line}`;
}

/** One finding: an allow open to anywhere, with every protocol it opens on the same ports. */
interface Problem {
  open: OpenAllow;
  protocols: OpenAllow['protocol'][];
  tcp: OpenAllow['tcp'][];
}

/**
 * One declared rule that opens the same ports for TCP and UDP (ufw's `allow out 53`, an Azure rule with protocol `*`
 * and ports) is one problem: its model rules (one per protocol) are reported together, naming both.
 */
function problemsOf(opens: readonly OpenAllow[]): Problem[] {
  const problems = new Map<string, Problem>();
  for (const open of opens) {
    const { rule, ports } = open;
    const { file, line, column } = rule.location;
    const key = [
      rule.declaredBy.id,
      `${file}:${line}:${column}`,
      open.open.map(describeDestination).join(' + '),
      open.partners.map((p) => `${p.rule.location.line}:${p.destinations.map(describeDestination)}`),
      rule.condition ?? '',
      formatPorts(ports),
      allTraffic(open.protocol, ports),
    ].join('|');
    const same = problems.get(key);
    if (same) {
      same.protocols.push(open.protocol);
      same.tcp.push(open.tcp);
    } else problems.set(key, { open, protocols: [open.protocol], tcp: [open.tcp] });
  }
  return [...problems.values()];
}

/** ", which with 128.0.0.0/1 (line 9) covers every address" when other allows complete "anywhere". */
function completedBy({ open, partners }: OpenAllow): string {
  if (partners.length === 0) return '';
  const others = partners.map(
    (p) =>
      `${p.destinations.map(describeDestination).join(' + ')} (${placeOf(p.rule.location, open[0].location.file)})`,
  );
  return `, which with ${others.join(', ')} covers every address`;
}

/** The config options it reads (rules/options.ts). */
const options = { allowedDestinations, allowedPublicPorts, smtpPorts };

export const egr002: Rule<typeof options> = {
  meta: {
    id: 'EGR002',
    name: 'open-egress',
    options,
    shortDescription: 'An egress rule allows traffic to anywhere on the internet.',
    fullDescription:
      'An allow rule reaches every address (0.0.0.0/0, ::/0, CIDRs whose union is the whole space, in one rule or across the rules of a firewall for the same protocol and ports, or Azure *, Internet, Any). All protocols or all ports is an error; other ports outside allowedPublicPorts (default 443, TCP and UDP; 443/tcp for TCP only) are a warning.',
    help: [
      "An egress rule to the whole internet lets a compromised or misused workload send data anywhere: a customer database mailed out, posted to an attacker's server, tunnelled over DNS or any open port.",
      '',
      '"Anywhere" is decided by CIDR arithmetic, per firewall: `0.0.0.0/0`, `::/0`, a non-canonical `1.2.3.4/0`, lists such as `0.0.0.0/1` + `128.0.0.0/1`, and allows of one firewall for the same protocol, ports and condition whose CIDRs together cover every address (in CloudFormation, one `CidrIp` per rule is the only way to write it) all count; each such rule is reported. Loopback (`127.0.0.0/8`, `::1`) never leaves the host and is never open.',
      '',
      'All protocols, or all TCP or UDP ports (`0-65535` or `1-65535`), to anywhere is an error; its message says when mail (SMTP) is included, which EGR003 then does not report again. Other ports outside `allowedPublicPorts` are a warning.',
      '',
      '`allowedPublicPorts` (default `[443]`): a bare port allows TCP and UDP (UDP 443 is HTTP/3 over QUIC, HTTPS like TCP 443); write `443/tcp` or `443/udp` to allow one protocol only.',
      '',
      '**Fix**: send traffic to named destinations (a proxy, a VPC endpoint, a prefix list, a peer security group). If HTTPS to the internet is genuinely needed, allow only port 443; other public ports can be allowed with `allowedPublicPorts` in `.egress-lint.yml`.',
    ].join('\n'),
    defaultLevel: 'error',
    securitySeverity: '8.8',
    precision: 'very-high',
    tags: ['security', 'network', 'egress'],
  },
  examples: {
    bad: [
      ...hostExamples.EGR002.bad,
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Azure: a rule with protocol * on one port is one finding, naming TCP and UDP',
        code: `resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "dns-out"
    direction                  = "Outbound"
    access                     = "Allow"
    priority                   = 100
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
  }
}
`,
        expectLines: [15],
        expectLevels: ['warning'],
        expectMessage: 'TCP and UDP port 53',
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Everything to everywhere',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: [6],
        expectLevels: ['error'],
        expectMessage:
          'anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included',
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'All ports is all ports: TCP 1-65535 is as open as protocol -1',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 1
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: [6],
        expectLevels: ['error'],
        expectMessage: 'allows all TCP ports to 0.0.0.0/0',
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title:
          'CloudFormation: two egress rules whose CIDRs together cover every address (the only way CloudFormation can write it)',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: each rule half of the internet
      SecurityGroupEgress:
        - IpProtocol: -1
          CidrIp: 0.0.0.0/1
        - IpProtocol: -1
          CidrIp: 128.0.0.0/1
`,
        expectLines: [9, 11],
        expectLevels: ['error', 'error'],
        expectMessage:
          'allows all traffic to 0.0.0.0/1, which with 128.0.0.0/1 (line 10) covers every address',
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'UDP 443 when only `443/tcp` is an allowed public port',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: [6],
        expectLevels: ['warning'],
        settings: { allowedPublicPorts: ['443/tcp'] },
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Two halves make a whole, and the value comes from a variable',
        code: `variable "egress_cidrs" {
  default = ["0.0.0.0/1", "128.0.0.0/1"]
}

resource "aws_security_group" "app" {
  egress = []
}

resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 8000
  to_port           = 8080
  cidr_blocks       = var.egress_cidrs
}
`,
        expectLines: [15],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: the parameter default opens everything',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  EgressCidr:
    Type: String
    Default: 0.0.0.0/0
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: everything to wherever the parameter says
      SecurityGroupEgress:
        - IpProtocol: -1
          CidrIp: !Ref EgressCidr
`,
        expectLines: [13],
      },
      {
        format: 'cloudformation-json',
        file: 'template.json',
        title: 'CloudFormation: open to ::/0 in the Fn::If branch outside production',
        code: `{
  "Conditions": {
    "IsProd": { "Fn::Equals": [{ "Ref": "Stage" }, "prod"] }
  },
  "Parameters": {
    "Stage": { "Type": "String", "Default": "dev" }
  },
  "Resources": {
    "AppSecurityGroup": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "open outside production",
        "SecurityGroupEgress": [
          {
            "IpProtocol": "-1",
            "CidrIpv6": { "Fn::If": ["IsProd", "fd00:10::/64", "::/0"] }
          }
        ]
      }
    }
  }
}
`,
        expectLines: [16],
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi: a standalone rule, reported once although the group lists it live too',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "id": "sg-0app",
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": { "name": "app" },
        "outputs": {
          "id": "sg-0app",
          "egress": [{ "protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"] }]
        }
      },
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroupRule:SecurityGroupRule::app-all-out",
        "custom": true,
        "type": "aws:ec2/securityGroupRule:SecurityGroupRule",
        "inputs": {
          "type": "egress",
          "securityGroupId": "sg-0app",
          "protocol": "-1",
          "fromPort": 0,
          "toPort": 0,
          "cidrBlocks": ["0.0.0.0/0"]
        }
      }
    ]
  }
}
`,
        expectLines: [26],
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi GCP: a firewall not created yet (empty outputs) is analysed from its inputs',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::vpc::gcp:compute/firewall:Firewall::all-out",
        "custom": true,
        "type": "gcp:compute/firewall:Firewall",
        "inputs": {
          "name": "all-out",
          "network": "projects/acme/global/networks/shared-vpc",
          "direction": "EGRESS",
          "allows": [{ "protocol": "all" }],
          "destinationRanges": ["0.0.0.0/0"]
        },
        "outputs": {}
      }
    ]
  }
}
`,
        expectLines: [14],
        expectLevels: ['error'],
      },
      {
        format: 'terraform-plan',
        file: 'plan.json',
        title: 'Plan JSON: every port to ::/0',
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
          "values": {
            "egress": [
              {
                "protocol": "tcp",
                "from_port": 0,
                "to_port": 65535,
                "cidr_blocks": [],
                "ipv6_cidr_blocks": ["::/0"]
              }
            ]
          }
        }
      ]
    }
  }
}
`,
        expectLines: [18],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Azure: an outbound allow of everything to Internet',
        code: `resource "azurerm_network_security_rule" "all_out" {
  name                        = "all-out"
  network_security_group_name = "app"
  resource_group_name         = "rg"
  direction                   = "Outbound"
  access                      = "Allow"
  priority                    = 100
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "Internet"
}
`,
        expectLines: [12],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'GCP: an EGRESS allow without destination_ranges reaches 0.0.0.0/0',
        code: `resource "google_compute_firewall" "ssh_out" {
  name      = "ssh-out"
  network   = "default"
  direction = "EGRESS"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
`,
        expectLines: [1],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Network ACL: an egress entry allowing all protocols to 0.0.0.0/0',
        code: `resource "aws_network_acl" "public" {
  vpc_id = "vpc-123"

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
`,
        expectLines: [8],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'Network ACL: an egress entry allowing all protocols to ::/0',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  PublicAcl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
  AllOut:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref PublicAcl
      RuleNumber: 100
      Protocol: -1
      RuleAction: allow
      Egress: true
      Ipv6CidrBlock: ::/0
`,
        expectLines: [15],
      },
    ],
    good: [
      ...hostExamples.EGR002.good,
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'HTTPS only',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'HTTP/3: UDP 443 is HTTPS too, allowed by the default `allowedPublicPorts: [443]`',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Loopback never leaves the host',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["127.0.0.0/8"]
    ipv6_cidr_blocks = ["::1/128"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: two halves for different ports are not anywhere for any port',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: half the internet on 22, the other half on 8080
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/1
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          CidrIp: 128.0.0.0/1
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: a condition the parameters decide selects its branch (here the private one)',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Stage:
    Type: String
    Default: prod
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open only outside production
      SecurityGroupEgress:
        - IpProtocol: -1
          CidrIp: !If [IsProd, 10.0.0.0/8, 0.0.0.0/0]
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'A private range',
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'CloudFormation: HTTPS only',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: HTTPS only
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-json',
        file: 'template.json',
        title: 'CloudFormation: all traffic, inside the VPC only',
        code: `{
  "Resources": {
    "AppSecurityGroup": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "everything, but only inside the VPC",
        "SecurityGroupEgress": [{ "IpProtocol": "-1", "CidrIp": "10.0.0.0/16" }]
      }
    }
  }
}
`,
        expectLines: [],
      },
      {
        format: 'pulumi',
        file: 'stack.json',
        title: 'Pulumi: HTTPS only',
        code: `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": {
          "egress": [{ "protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"] }]
        }
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
        title: 'Plan JSON: a private range',
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
          "values": {
            "egress": [{ "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["10.0.0.0/8"] }]
          }
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
        title: 'Azure: an allow that a higher-priority deny fully masks lets nothing out',
        code: `resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "deny-internet"
    direction                  = "Outbound"
    access                     = "Deny"
    priority                   = 100
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
  }

  security_rule {
    name                       = "legacy-all-out"
    direction                  = "Outbound"
    access                     = "Allow"
    priority                   = 200
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'GCP: HTTPS only, to anywhere',
        code: `resource "google_compute_firewall" "https_out" {
  name               = "https-out"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
`,
        expectLines: [],
      },
      {
        format: 'terraform',
        file: 'main.tf',
        title: 'Network ACL: all protocols, but only inside the VPC',
        code: `resource "aws_network_acl" "private" {
  vpc_id = "vpc-123"

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.0.0.0/16"
    from_port  = 0
    to_port    = 0
  }
}
`,
        expectLines: [],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
        title: 'Network ACL: a lower rule number denies first, so the later allow-all lets nothing out',
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
  DenyAll:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: -1
      RuleAction: deny
      Egress: true
      CidrBlock: 0.0.0.0/0
  AllowAll:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 200
      Protocol: -1
      RuleAction: allow
      Egress: true
      CidrBlock: 0.0.0.0/0
`,
        expectLines: [],
      },
    ],
  },
  check(firewall, context) {
    const allowed = compileDestinations(context.options.allowedDestinations);
    const publicPorts = context.options.allowedPublicPorts;
    const opens = openToAnywhere(egressView(firewall).allows, (d) => allowed.matches(d)).filter(
      (o) => allTraffic(o.protocol, o.ports) || !withinPublicPorts(o.protocol, o.ports, publicPorts),
    );
    for (const { open: first, protocols, tcp } of problemsOf(opens)) {
      const { rule, open, ports } = first;
      protocols.sort((a, b) => compareText(protocolName(a), protocolName(b)));
      const everything = allTraffic(first.protocol, ports);
      const where = open.map(describeDestination).join(' + ');
      const traffic = describeTrafficOf(protocols, ports);
      const smtp = context.options.smtpPorts.filter((p) => tcp.some((t) => portsInclude(t, p)));
      const mail = everything && smtp.length > 0 ? `, mail (SMTP ports ${smtp.join(', ')}) included` : '';
      const why = everything
        ? `anything on the host can send data anywhere${mail}`
        : `only ${publicPorts.map(formatPublicPort).join(', ') || 'no ports'} may go to the internet (allowedPublicPorts)`;
      context.report({
        firewall,
        level: everything ? 'error' : 'warning',
        securitySeverity: everything ? '8.8' : '5.5',
        message: `${rule.declaredBy.displayName} allows ${traffic} to ${where}${completedBy(first)}${rule.condition ? ` when ${rule.condition}` : ''}: ${why}.`,
        location: open[0].location,
        resource: rule.declaredBy.location,
        related: [
          ...open.flatMap((d) => d.origins),
          ...rule.origins,
          ...first.partners.map((p) => ({
            location: p.rule.location,
            description: 'the rule that completes "anywhere"',
          })),
        ],
        key: `${rule.declaredBy.id}|${traffic}|${where}|${rule.condition ?? ''}`,
      });
    }
  },
};
