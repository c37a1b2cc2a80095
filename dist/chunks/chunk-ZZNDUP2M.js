import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ALL_PORTS,
  ANY_V4,
  allTraffic,
  anywhereDestinations,
  cidrOverlaps,
  cidrsCover,
  compileDestinations,
  coversAllPorts,
  describeDestination,
  describeTrafficOf,
  formatPorts,
  formatPublicPort,
  isAnywhereTag,
  isLoopback,
  parseCidr,
  portsInclude,
  protocolName,
  withinPublicPorts
} from "./chunk-VQBV6BF5.js";

// src/model/effective.ts
var NOT_INTERNET = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "fc00::/7",
  "fe80::/10",
  "::1/128"
].map((text) => parseCidr(text));
function protocolCovers(deny, allow) {
  if (deny === "all") return true;
  if (typeof deny === "string" || typeof allow === "string") return deny === allow;
  return "number" in deny && "number" in allow && deny.number === allow.number;
}
var NOT_INTERNET_TAGS = /* @__PURE__ */ new Set([
  "virtualnetwork",
  "virtual_network",
  "azureloadbalancer",
  "azure_loadbalancer"
]);
function withinInternet(d) {
  if (d.kind === "service-tag") return !NOT_INTERNET_TAGS.has(d.tag.trim().toLowerCase());
  if (d.kind === "cidr") return d.cidr.prefix === 0 || !NOT_INTERNET.some((n) => cidrOverlaps(n, d.cidr));
  return false;
}
function denyReaches(deny, allow) {
  const cidrs = [];
  for (const d of deny.destinations) {
    if (d.kind === "service-tag") {
      const tag = d.tag.trim().toLowerCase();
      if (tag === "internet" ? withinInternet(allow) : isAnywhereTag(tag)) return true;
      if (allow.kind === "service-tag" && allow.tag.trim().toLowerCase() === tag) return true;
    } else if (d.kind === "cidr") cidrs.push(d.cidr);
    else if ((d.kind === "security-group" || d.kind === "prefix-list") && allow.kind === d.kind && allow.ref === d.ref)
      return true;
  }
  if (cidrs.length === 0) return false;
  if (allow.kind === "cidr") return cidrsCover(cidrs, allow.cidr);
  return allow.kind === "service-tag" && isAnywhereTag(allow.tag) && cidrsCover(cidrs, ANY_V4);
}
function subtract(ports, cut) {
  let result = ports;
  for (const c of cut) {
    const next = [];
    for (const r of result) {
      if (c.to < r.from || c.from > r.to) next.push(r);
      else {
        if (r.from < c.from) next.push({ from: r.from, to: c.from - 1 });
        if (r.to > c.to) next.push({ from: c.to + 1, to: r.to });
      }
    }
    result = next;
  }
  return result;
}
function evaluatedBefore(deny, allow, order) {
  if (Boolean(deny.isPlatformDefault) !== Boolean(allow.isPlatformDefault)) return !deny.isPlatformDefault;
  if (deny.priority !== void 0 && allow.priority !== void 0) return deny.priority <= allow.priority;
  order.position ??= new Map(order.rules.map((r, i) => [r, i]));
  return (order.position.get(deny) ?? 0) < (order.position.get(allow) ?? 0);
}
function ruleOrder(rules2) {
  return { rules: rules2, denies: rules2.filter((r) => r.action === "deny") };
}
function sameScope(deny, allow) {
  return deny.condition === void 0 || deny.condition === allow.condition;
}
function mightReach(deny, allow, destination) {
  const unknownProtocol = typeof deny.protocol !== "string" && "unknown" in deny.protocol;
  const unknownDestination = deny.destinations.some((d) => d.kind === "unknown");
  if (!unknownProtocol && !unknownDestination && Array.isArray(deny.ports)) return false;
  if (!unknownProtocol && !protocolCovers(deny.protocol, allow.protocol) && allow.protocol !== "all")
    return false;
  return unknownDestination || denyReaches(deny, destination);
}
function remainingPorts(protocol, ports, denies) {
  if (denies.some((d) => d.protocol === "all" && Array.isArray(d.ports))) return void 0;
  if (!Array.isArray(ports)) return ports;
  const covering = denies.filter((d) => protocolCovers(d.protocol, protocol));
  if (ports.length === 0) return covering.length > 0 ? void 0 : [];
  let open = ports;
  for (const deny of covering) if (Array.isArray(deny.ports)) open = subtract(open, deny.ports);
  return open.length === 0 ? void 0 : open;
}
function effectiveAllow(allow, rules2, order = ruleOrder(rules2)) {
  const denies = order.denies.filter((r) => sameScope(r, allow) && evaluatedBefore(r, allow, order));
  const destinations = [];
  for (const destination of allow.destinations) {
    if (isLoopback(destination)) continue;
    if (denies.some((d) => mightReach(d, allow, destination))) continue;
    const reaching = denies.filter((d) => denyReaches(d, destination));
    const ports = remainingPorts(allow.protocol, allow.ports, reaching);
    if (ports === void 0) continue;
    const portsOf = (protocol) => {
      if (allow.protocol === protocol) return ports;
      return allow.protocol === "all" ? remainingPorts(protocol, ALL_PORTS, reaching) ?? [] : [];
    };
    destinations.push({ destination, ports, tcp: portsOf("tcp"), udp: portsOf("udp") });
  }
  return { rule: allow, destinations };
}
function effectiveAllows(firewall) {
  const all = firewall.platformDefault ? [...firewall.rules, firewall.platformDefault.rule] : firewall.rules;
  const order = ruleOrder(all);
  return firewall.rules.filter((r) => r.action === "allow").map((r) => effectiveAllow(r, all, order)).filter((e) => e.destinations.length > 0);
}
function platformDefaultInForce(firewall) {
  if (!firewall.platformDefault) return false;
  const rule = firewall.platformDefault.rule;
  return effectiveAllow(rule, [...firewall.rules, rule]).destinations.length > 0;
}

// rules/examples/host.ts
var SEED_ALLOW_LIST = `#!/bin/sh
ufw default deny incoming
ufw default deny outgoing
ufw allow out 53
ufw allow out 443/tcp
ufw allow out to 54.240.255.100 port 587 proto tcp
ufw --force enable
`;
var hostExamples = {
  EGR001: {
    bad: [
      {
        format: "shell",
        file: "firewall.sh",
        title: "ufw with inbound rules only: ufw's outgoing default (allow) lets everything out",
        code: `#!/bin/sh
ufw default deny incoming
ufw allow 22/tcp
ufw allow out 443/tcp
ufw --force enable
`,
        expectLines: [2]
      },
      {
        format: "shell",
        file: "iptables.sh",
        title: "iptables rules without an OUTPUT policy: the built-in chain starts with ACCEPT",
        code: `#!/bin/bash
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A OUTPUT -p tcp --dport 443 -j ACCEPT
`,
        expectLines: [2]
      },
      {
        format: "cloud-init",
        file: "user-data.yaml",
        title: "cloud-init runcmd that never sets the outgoing default",
        code: `#cloud-config
packages: [ufw]
runcmd:
  - ufw allow out 443/tcp
  - ufw --force enable
`,
        expectLines: [4]
      },
      {
        format: "ansible",
        file: "roles/firewall/tasks/main.yml",
        title: "Ansible: a role that opens ports with ufw and never sets the outgoing default",
        code: `- name: Open ports
  community.general.ufw:
    rule: allow
    port: "{{ item }}"
    proto: tcp
  loop: [22, 443]
`,
        expectLines: [1]
      }
    ],
    good: [
      {
        format: "ansible",
        file: "site.yml",
        title: "Ansible: the outgoing default set to deny",
        code: `- hosts: all
  tasks:
    - community.general.ufw:
        policy: deny
        direction: outgoing
    - community.general.ufw:
        rule: allow
        direction: out
        port: "443"
        proto: tcp
`,
        expectLines: []
      },
      {
        format: "shell",
        file: "firewall.sh",
        title: "ufw: deny outgoing by default, then allow what is needed",
        code: SEED_ALLOW_LIST,
        expectLines: []
      },
      {
        format: "iptables-save",
        file: "rules.v4",
        title: "iptables-save: the OUTPUT policy is always written",
        code: `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT DROP [0:0]
-A OUTPUT -o lo -j ACCEPT
-A OUTPUT -p tcp --dport 443 -j ACCEPT
COMMIT
`,
        expectLines: []
      },
      {
        format: "cloud-init",
        file: "user-data.yaml",
        title: "cloud-init: the outgoing default is set to deny",
        code: `#cloud-config
runcmd:
  - ufw default deny outgoing
  - ufw allow out 443/tcp
  - ufw --force enable
`,
        expectLines: []
      }
    ]
  },
  EGR002: {
    bad: [
      {
        format: "shell",
        file: "firewall.sh",
        title: "`ufw default allow outgoing` written out: all traffic to anywhere (error)",
        code: `#!/bin/sh
ufw default deny incoming
ufw default allow outgoing
ufw --force enable
`,
        expectLines: [3]
      },
      {
        format: "shell",
        file: "firewall.sh",
        title: "An allow out to anywhere on a port other than allowedPublicPorts (warning)",
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 8080/tcp
`,
        expectLines: [3]
      },
      {
        format: "shell",
        file: "firewall.sh",
        title: "A port without a protocol opens TCP and UDP: one finding names both (warning)",
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 53
`,
        expectLines: [3],
        expectLevels: ["warning"],
        expectMessage: "allows TCP and UDP port 53 to 0.0.0.0/0 + ::/0"
      },
      {
        format: "iptables-save",
        file: "rules.v4",
        title: "iptables-save: `:OUTPUT ACCEPT` lets everything out (error)",
        code: `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 22 -j ACCEPT
COMMIT
`,
        expectLines: [4]
      },
      {
        format: "cloud-init",
        file: "user-data.yaml",
        title: "cloud-init: an allow-all after the default deny (the deny is never reached)",
        code: `#cloud-config
bootcmd:
  - iptables -P OUTPUT DROP
  - [iptables, -A, OUTPUT, -j, ACCEPT]
`,
        expectLines: [4]
      }
    ],
    good: [
      {
        format: "shell",
        file: "firewall.sh",
        title: "Only HTTPS leaves for anywhere",
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 443/tcp
ufw allow out to 10.0.0.2 port 53
`,
        expectLines: []
      },
      {
        format: "iptables-save",
        file: "rules.v4",
        title: "A DROP ahead of the allow-all: first match, nothing else leaves",
        code: `*filter
:OUTPUT DROP [0:0]
-A OUTPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A OUTPUT -p tcp --dport 443 -j ACCEPT
-A OUTPUT -j DROP
-A OUTPUT -j ACCEPT
COMMIT
`,
        expectLines: []
      }
    ]
  },
  EGR003: {
    bad: [
      {
        format: "shell",
        file: "firewall.sh",
        title: "SMTP to anywhere",
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 25/tcp
`,
        expectLines: [3]
      },
      {
        format: "iptables-save",
        file: "rules.v4",
        title: "Submission (587) to a host that is not the relay",
        code: `*filter
:OUTPUT DROP [0:0]
-A OUTPUT -d 203.0.113.25/32 -p tcp --dport 587 -j ACCEPT
COMMIT
`,
        expectLines: [3],
        settings: { relays: ["54.240.255.100/32"] }
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "An instance's user data opens SMTP to anywhere with ufw",
        code: `resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    ufw default deny outgoing
    ufw allow out 25/tcp
  EOT
}
`,
        expectLines: [7]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "A launch template's cloud-config user data opens SMTP to anywhere",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  user_data = base64encode(<<-EOT
    #cloud-config
    runcmd:
      - ufw default deny outgoing
      - ufw allow out 587/tcp
  EOT
  )
}
`,
        expectLines: [7]
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "An instance's UserData opens SMTP to anywhere with iptables",
        code: `Resources:
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          iptables -P OUTPUT DROP
          iptables -A OUTPUT -p tcp --dport 587 -j ACCEPT
`,
        expectLines: [10]
      },
      {
        format: "ansible",
        file: "site.yml",
        title: "Ansible: SMTP to anywhere over IPv6, from a loop item",
        code: `- hosts: mail
  tasks:
    - ansible.builtin.iptables:
        chain: OUTPUT
        policy: DROP
        ip_version: ipv6
    - ansible.builtin.iptables:
        chain: OUTPUT
        protocol: tcp
        destination_port: "{{ item }}"
        jump: ACCEPT
        ip_version: ipv6
      loop:
        - "443"
        - "25"
`,
        expectLines: [15]
      }
    ],
    good: [
      {
        format: "shell",
        file: "firewall.sh",
        title: "Mail leaves only through the relay",
        code: SEED_ALLOW_LIST,
        expectLines: [],
        settings: { relays: ["54.240.255.100/32"] }
      },
      {
        format: "cloud-init",
        file: "user-data.yaml",
        title: "A reject of every SMTP port ahead of a broad allow",
        code: `#cloud-config
runcmd:
  - ufw default deny outgoing
  - ufw reject out to any port 25,465,587,2525 proto tcp
  - ufw allow out to 10.0.0.0/8
`,
        expectLines: []
      }
    ]
  }
};

// rules/egr001-egress-not-declared.ts
function emptyEgress(firewall) {
  switch (firewall.platform) {
    case "pulumi":
      return "`egress: []` in its arguments";
    case "cloudformation":
      return "the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)";
    case "terraform":
    case "terraform-plan":
      return "`egress = []`";
    case "host":
      return "a default deny policy";
  }
}
function consequence(firewall) {
  const name = firewall.platformDefault?.name;
  const priority = firewall.platformDefault?.priority;
  const named = priority === void 0 ? name : `${name}, priority ${priority}`;
  switch (firewall.kind) {
    case "aws-security-group":
      return firewall.platformDefault ? `so AWS's default ${name} rule is in force: every port to every IPv4 address. Declare the egress it needs, or the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)` : `so egress is unmanaged: rules added outside this code persist and are never reviewed or removed. Declare ${emptyEgress(firewall)} or the rules it needs`;
    case "azure-nsg":
      return `so internet egress is allowed by the platform default ${named}. Add an outbound Deny to Internet (or *) at a priority below 65000 and allow only what is needed`;
    case "gcp-network":
      return `so internet egress is allowed by the platform default ${named}. Add an EGRESS deny firewall for 0.0.0.0/0, all protocols, and allow only what is needed`;
    case "aws-network-acl":
      return `so all outbound traffic is allowed by ${name}. Declare egress entries that allow only what is needed`;
    case "ufw":
      return `so ${name} lets every process send anything anywhere. Run \`ufw default deny outgoing\` and allow only what is needed (\`ufw allow out 443/tcp\`)`;
    case "iptables":
      return `so the ${name} lets every process send anything anywhere. Set \`-P OUTPUT DROP\` and ACCEPT only what is needed`;
  }
}
var egr001 = {
  meta: {
    id: "EGR001",
    name: "egress-not-declared",
    shortDescription: "A firewall has no explicit egress policy.",
    fullDescription: "A security group, network ACL, NSG or VPC network declares no egress rules and no explicit empty set, so the platform default decides what may leave: allow-all on CloudFormation, Azure and GCP, unmanaged rules on Terraform and Pulumi.",
    help: [
      "Deny-by-default egress starts with declaring it. When a firewall declares nothing, the platform decides:",
      "",
      "- **CloudFormation** `AWS::EC2::SecurityGroup`: AWS adds an allow-all egress rule (0.0.0.0/0, all protocols).",
      '- **Terraform / Pulumi** `aws_security_group`: the provider removes that rule, but egress is *unmanaged* \u2014 rules added by hand or by other tools persist unnoticed. `egress = []` (Pulumi: `egress: []`) makes "no egress" explicit and enforced.',
      "- **Azure NSG**: `AllowInternetOutBound` (priority 65001) lets everything out unless an outbound deny overrides it.",
      "- **GCP VPC**: the implied allow-egress rule (priority 65535) lets everything out unless an EGRESS deny overrides it.",
      "- **Host firewalls**: ufw's outgoing default is allow, and iptables' built-in `OUTPUT` chain starts with policy ACCEPT: a script that sets neither `ufw default deny outgoing` nor `-P OUTPUT DROP` lets everything out.",
      "",
      "A deny whose protocol, ports or destination cannot be resolved (a variable without a value) might be the one that overrides the default: unknown is never open, so the firewall is counted as unresolved and not reported.",
      "",
      "**Fix**: declare the egress the workload needs, or an explicit empty set (`egress = []`; in CloudFormation one rule to `127.0.0.1/32` with protocol `-1`)."
    ].join("\n"),
    defaultLevel: "error",
    securitySeverity: "7.5",
    precision: "very-high",
    tags: ["security", "network", "egress"]
  },
  examples: {
    bad: [
      ...hostExamples.EGR001.bad,
      {
        format: "terraform",
        file: "main.tf",
        title: "A security group with no egress at all",
        code: `resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id
}

variable "vpc_id" {
  default = "vpc-123"
}
`,
        expectLines: [1]
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: a security group with no egress keeps AWS's allow-all rule",
        code: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: no SecurityGroupEgress, so AWS adds allow-all
      VpcId: vpc-0123456789abcdef0
`,
        expectLines: [3]
      },
      {
        format: "cloudformation-json",
        file: "template.json",
        title: "CloudFormation: an empty SecurityGroupEgress list is no list",
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
        expectLines: [3]
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi: no egress among the inputs (the live, empty outputs do not declare anything)",
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
        expectMessage: "Declare `egress: []` in its arguments or the rules it needs"
      },
      {
        format: "terraform-plan",
        file: "plan.json",
        title: "Plan JSON: egress not declared, so unknown until apply",
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
        expectLines: [6]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: inbound rules only, so AllowInternetOutBound (priority 65001) lets everything out",
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
        expectLines: [1]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "GCP: ingress firewalls only, so the implied allow-egress rule (priority 65535) is in force",
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
        expectLines: [1]
      }
    ],
    good: [
      ...hostExamples.EGR001.good,
      {
        format: "terraform",
        file: "main.tf",
        title: "No egress, and saying so",
        code: `resource "aws_security_group" "app" {
  name   = "app"
  egress = []
}
`,
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Egress declared by a standalone rule",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
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
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
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
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: egress declared by a standalone SecurityGroupEgress",
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
        expectLines: []
      },
      {
        format: "cloudformation-json",
        file: "cdk.out/MyStack.template.json",
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
        expectLines: []
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi: `egress: []` declares no egress",
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
        expectLines: []
      },
      {
        format: "terraform-plan",
        file: "plan.json",
        title: "Plan JSON: `egress = []` is planned as an empty list",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: a deny of Internet overrides AllowInternetOutBound (most subscriptions block TCP 25)",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "GCP: an EGRESS deny of all (no destination_ranges: 0.0.0.0/0) overrides the implied allow",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: a deny whose protocol is a variable without a value might override AllowInternetOutBound: unknown, counted, not reported",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "A custom network ACL without egress entries: its `*` entry denies all outbound traffic",
        code: `resource "aws_network_acl" "private" {
  vpc_id = "vpc-123"
}
`,
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "A NetworkAcl with ingress entries only denies all outbound traffic",
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
        expectLines: []
      }
    ]
  },
  check(firewall, context) {
    const defaultOpen = platformDefaultInForce(firewall);
    if (!defaultOpen && firewall.egressDeclared !== "absent") return;
    const exposed = defaultOpen;
    context.report({
      firewall,
      level: exposed ? "error" : "warning",
      securitySeverity: exposed ? "7.5" : "5.0",
      message: firewall.egressDeclared === "absent" ? `${firewall.displayName} declares no egress policy, ${consequence(firewall)}.` : `${firewall.displayName} declares egress rules but none overrides the platform default, ${consequence(firewall)}.`,
      location: firewall.location,
      key: "egress-not-declared"
    });
  }
};

// src/model/anywhere.ts
function protocolKey(p) {
  if (typeof p === "string") return p;
  return "number" in p ? String(p.number) : void 0;
}
function portsKey(ports) {
  return coversAllPorts(ports) ? "all" : JSON.stringify(ports);
}
function addMember(pools, key, member) {
  const members = pools.get(key) ?? [];
  members.push(member);
  pools.set(key, members);
}
function byAllow(members) {
  const out = /* @__PURE__ */ new Map();
  for (const m of members) out.set(m.allow, [...out.get(m.allow) ?? [], m]);
  return out;
}
function openToAnywhere(allows, excluded) {
  const pools = /* @__PURE__ */ new Map();
  for (const allow of allows) {
    const protocol = protocolKey(allow.rule.protocol);
    if (protocol === void 0) continue;
    const condition = allow.rule.condition ?? "";
    for (const { destination, ports, tcp, udp } of allow.destinations) {
      if (!Array.isArray(ports) || excluded(destination)) continue;
      if (destination.kind !== "cidr" && destination.kind !== "service-tag") continue;
      addMember(pools, `${protocol}|${portsKey(ports)}|${condition}`, {
        allow,
        destination,
        ports,
        tcp,
        udp
      });
    }
  }
  const result = [];
  const reported = /* @__PURE__ */ new Set();
  const report = (open) => {
    result.push(open);
    open.open.forEach((d) => reported.add(d));
  };
  const together = /* @__PURE__ */ new Map();
  for (const [key, members] of pools) {
    for (const [allow, own] of byAllow(members)) {
      const open = anywhereDestinations(own.map((m) => m.destination));
      if (open.length > 0) report(openAllow(allow, own, open, []));
      else for (const m of own) addMember(together, key, m);
    }
  }
  if (!mayCoverTogether(together)) return result;
  for (const members of together.values()) reportTogether(members, reported, report);
  const split = /* @__PURE__ */ new Map();
  for (const [key, members] of together) {
    const [protocol, , condition] = key.split("|");
    if (protocol !== "all") continue;
    for (const m of members) {
      if (Array.isArray(m.tcp) && coversAllPorts(m.tcp))
        addMember(split, `tcp|all|${condition}`, { ...m, ports: m.tcp });
      if (Array.isArray(m.udp) && coversAllPorts(m.udp))
        addMember(split, `udp|all|${condition}`, { ...m, ports: m.udp });
    }
  }
  for (const [key, members] of split) {
    const own = together.get(key);
    if (own) reportTogether([...own, ...members], reported, report);
  }
  for (const transport of ["tcp", "udp"]) {
    const byCondition = /* @__PURE__ */ new Map();
    for (const [key, members] of together) {
      const [protocol, , condition] = key.split("|");
      if (protocol !== transport && protocol !== "all") continue;
      for (const m of members) {
        const ports = m[transport];
        if (Array.isArray(ports) && ports.length > 0) addMember(byCondition, condition, { ...m, ports });
      }
    }
    for (const members of byCondition.values()) {
      for (const range of sharedPortRanges(members)) {
        const ports = [range];
        for (const version of [4, 6]) {
          const covering = members.filter(
            (m) => (m.destination.kind !== "cidr" || m.destination.cidr.version === version) && m.ports.some((r) => r.from <= range.from && r.to >= range.to)
          );
          if (byAllow(covering).size < 2) continue;
          reportTogether(
            covering.map((m) => ({
              ...m,
              protocol: transport,
              ports,
              tcp: transport === "tcp" ? ports : [],
              udp: transport === "udp" ? ports : []
            })),
            reported,
            report
          );
        }
      }
    }
  }
  return result;
}
var IPV4_NEEDED = (1n << 32n) - (1n << 24n);
var IPV6_NEEDED = (1n << 128n) - 1n;
function mayCoverTogether(pools) {
  let v4 = 0n;
  let v6 = 0n;
  for (const members of pools.values())
    for (const { destination: d } of members) {
      if (d.kind !== "cidr") continue;
      if (d.cidr.version === 4) v4 += 1n << BigInt(32 - d.cidr.prefix);
      else v6 += 1n << BigInt(128 - d.cidr.prefix);
    }
  return v4 >= IPV4_NEEDED || v6 >= IPV6_NEEDED;
}
var MAX_PORT_RANGES = 4096;
function sharedPortRanges(members) {
  const bounds = /* @__PURE__ */ new Set();
  for (const m of members)
    for (const r of m.ports) {
      bounds.add(r.from);
      bounds.add(r.to + 1);
    }
  if (bounds.size > MAX_PORT_RANGES + 1) return [];
  const sorted = [...bounds].sort((a, b) => a - b);
  const ranges = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const range = { from: sorted[i], to: sorted[i + 1] - 1 };
    if (members.some((m) => m.ports.some((r) => r.from <= range.from && r.to >= range.to)))
      ranges.push(range);
  }
  return ranges;
}
function reportTogether(members, reported, report) {
  const open = new Set(anywhereDestinations(members.map((m) => m.destination)));
  if (open.size === 0) return;
  const contributing = byAllow(members.filter((m) => open.has(m.destination)));
  for (const [allow, own] of contributing) {
    if (own.every((m) => reported.has(m.destination))) continue;
    const partners = [...contributing].filter(([other]) => other !== allow).map(([other, theirs]) => ({ rule: other.rule, destinations: theirs.map((m) => m.destination) }));
    report(
      openAllow(
        allow,
        own,
        own.map((m) => m.destination),
        partners
      )
    );
  }
}
function openAllow(allow, members, open, partners) {
  const first = members.find((m) => m.destination === open[0]) ?? members[0];
  const protocol = first.protocol ?? allow.rule.protocol;
  return { rule: allow.rule, protocol, open, ports: first.ports, tcp: first.tcp, partners };
}

// src/model/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// rules/egr002-open-egress.ts
function placeOf(location, file) {
  return location.file === file ? `line ${location.line}` : `${location.file}:${location.line}`;
}
var egr002 = {
  meta: {
    id: "EGR002",
    name: "open-egress",
    shortDescription: "An egress rule allows traffic to anywhere on the internet.",
    fullDescription: "An allow rule reaches every address (0.0.0.0/0, ::/0, CIDRs whose union is the whole space, in one rule or across the rules of a firewall for the same protocol and ports, or Azure *, Internet, Any). All protocols or all ports is an error; other ports outside allowedPublicPorts (default 443, TCP and UDP; 443/tcp for TCP only) are a warning.",
    help: [
      "An egress rule to the whole internet lets a compromised or misused workload send data anywhere: a customer database mailed out, posted to an attacker's server, tunnelled over DNS or any open port.",
      "",
      '"Anywhere" is decided by CIDR arithmetic, per firewall: `0.0.0.0/0`, `::/0`, a non-canonical `1.2.3.4/0`, lists such as `0.0.0.0/1` + `128.0.0.0/1`, and allows of one firewall for the same protocol, ports and condition whose CIDRs together cover every address (in CloudFormation, one `CidrIp` per rule is the only way to write it) all count; each such rule is reported. Loopback (`127.0.0.0/8`, `::1`) never leaves the host and is never open.',
      "",
      "All protocols, or all TCP or UDP ports (`0-65535` or `1-65535`), to anywhere is an error; its message says when mail (SMTP) is included, which EGR003 then does not report again. Other ports outside `allowedPublicPorts` are a warning.",
      "",
      "`allowedPublicPorts` (default `[443]`): a bare port allows TCP and UDP (UDP 443 is HTTP/3 over QUIC, HTTPS like TCP 443); write `443/tcp` or `443/udp` to allow one protocol only.",
      "",
      "**Fix**: send traffic to named destinations (a proxy, a VPC endpoint, a prefix list, a peer security group). If HTTPS to the internet is genuinely needed, allow only port 443; other public ports can be allowed with `allowedPublicPorts` in `.egress-lint.yml`."
    ].join("\n"),
    defaultLevel: "error",
    securitySeverity: "8.8",
    precision: "very-high",
    tags: ["security", "network", "egress"]
  },
  examples: {
    bad: [
      ...hostExamples.EGR002.bad,
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: a rule with protocol * on one port is one finding, naming TCP and UDP",
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
        expectLevels: ["warning"],
        expectMessage: "TCP and UDP port 53"
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Everything to everywhere",
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
        expectLevels: ["error"],
        expectMessage: "anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included"
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "All ports is all ports: TCP 1-65535 is as open as protocol -1",
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
        expectLevels: ["error"],
        expectMessage: "allows all TCP ports to 0.0.0.0/0"
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: two egress rules whose CIDRs together cover every address (the only way CloudFormation can write it)",
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
        expectLevels: ["error", "error"],
        expectMessage: "allows all traffic to 0.0.0.0/1, which with 128.0.0.0/1 (line 10) covers every address"
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "UDP 443 when only `443/tcp` is an allowed public port",
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
        expectLevels: ["warning"],
        settings: { allowedPublicPorts: ["443/tcp"] }
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Two halves make a whole, and the value comes from a variable",
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
        expectLines: [15]
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: the parameter default opens everything",
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
        expectLines: [13]
      },
      {
        format: "cloudformation-json",
        file: "template.json",
        title: "CloudFormation: open to ::/0 in the Fn::If branch outside production",
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
        expectLines: [16]
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi: a standalone rule, reported once although the group lists it live too",
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
        expectLines: [26]
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi GCP: a firewall not created yet (empty outputs) is analysed from its inputs",
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
        expectLevels: ["error"]
      },
      {
        format: "terraform-plan",
        file: "plan.json",
        title: "Plan JSON: every port to ::/0",
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
        expectLines: [18]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: an outbound allow of everything to Internet",
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
        expectLines: [12]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "GCP: an EGRESS allow without destination_ranges reaches 0.0.0.0/0",
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
        expectLines: [1]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Network ACL: an egress entry allowing all protocols to 0.0.0.0/0",
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
        expectLines: [8]
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "Network ACL: an egress entry allowing all protocols to ::/0",
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
        expectLines: [15]
      }
    ],
    good: [
      ...hostExamples.EGR002.good,
      {
        format: "terraform",
        file: "main.tf",
        title: "HTTPS only",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "HTTP/3: UDP 443 is HTTPS too, allowed by the default `allowedPublicPorts: [443]`",
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Loopback never leaves the host",
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
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: two halves for different ports are not anywhere for any port",
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
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: a condition the parameters decide selects its branch (here the private one)",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "A private range",
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`,
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: HTTPS only",
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
        expectLines: []
      },
      {
        format: "cloudformation-json",
        file: "template.json",
        title: "CloudFormation: all traffic, inside the VPC only",
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
        expectLines: []
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi: HTTPS only",
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
        expectLines: []
      },
      {
        format: "terraform-plan",
        file: "plan.json",
        title: "Plan JSON: a private range",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: an allow that a higher-priority deny fully masks lets nothing out",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "GCP: HTTPS only, to anywhere",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Network ACL: all protocols, but only inside the VPC",
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
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "Network ACL: a lower rule number denies first, so the later allow-all lets nothing out",
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
        expectLines: []
      }
    ]
  },
  check(firewall, context) {
    const allowed = compileDestinations(context.settings.allowedDestinations);
    const publicPorts = context.settings.allowedPublicPorts;
    const findings = /* @__PURE__ */ new Map();
    for (const open of openToAnywhere(effectiveAllows(firewall), (d) => allowed.matches(d))) {
      const { rule, protocol, ports } = open;
      const everything = allTraffic(protocol, ports);
      if (!everything && withinPublicPorts(protocol, ports, publicPorts)) continue;
      const { file, line, column } = rule.location;
      const key = [
        rule.declaredBy.id,
        `${file}:${line}:${column}`,
        open.open.map(describeDestination).join(" + "),
        open.partners.map((p) => `${p.rule.location.line}:${p.destinations.map(describeDestination)}`),
        rule.condition ?? "",
        formatPorts(ports),
        everything
      ].join("|");
      const same = findings.get(key);
      if (same) {
        same.protocols.push(protocol);
        same.tcp.push(open.tcp);
      } else findings.set(key, { open, protocols: [protocol], tcp: [open.tcp] });
    }
    for (const { open: first, protocols, tcp } of findings.values()) {
      const { rule, protocol, open, ports, partners } = first;
      protocols.sort((a, b) => compareText(protocolName(a), protocolName(b)));
      const everything = allTraffic(protocol, ports);
      const where = open.map(describeDestination).join(" + ");
      const traffic = describeTrafficOf(protocols, ports);
      const together = partners.length === 0 ? "" : `, which with ${partners.map((p) => `${p.destinations.map(describeDestination).join(" + ")} (${placeOf(p.rule.location, open[0].location.file)})`).join(", ")} covers every address`;
      const smtp = context.settings.smtpPorts.filter((p) => tcp.some((t) => portsInclude(t, p)));
      const mail = everything && smtp.length > 0 ? `, mail (SMTP ports ${smtp.join(", ")}) included` : "";
      const why = everything ? `anything on the host can send data anywhere${mail}` : `only ${publicPorts.map(formatPublicPort).join(", ") || "no ports"} may go to the internet (allowedPublicPorts)`;
      context.report({
        firewall,
        level: everything ? "error" : "warning",
        securitySeverity: everything ? "8.8" : "5.5",
        message: `${rule.declaredBy.displayName} allows ${traffic} to ${where}${together}${rule.condition ? ` when ${rule.condition}` : ""}: ${why}.`,
        location: open[0].location,
        resource: rule.declaredBy.location,
        related: [
          ...open.flatMap((d) => d.origins),
          ...rule.origins,
          ...partners.map((p) => ({
            location: p.rule.location,
            description: 'the rule that completes "anywhere"'
          }))
        ],
        key: `${rule.declaredBy.id}|${traffic}|${where}|${rule.condition ?? ""}`
      });
    }
  }
};

// rules/egr003-smtp-egress-to-non-relay.ts
var egr003 = {
  meta: {
    id: "EGR003",
    name: "smtp-egress-to-non-relay",
    shortDescription: "SMTP egress to a destination that is not an approved mail relay.",
    fullDescription: "An allow rule lets TCP (or all protocols) out on an SMTP port (smtpPorts, default 25, 465, 587, 2525) to a destination that is not listed under relays. SMTP to anywhere is always an error; to a specific destination, a warning until relays are configured. All traffic to anywhere is left to EGR002. Mail should leave only through an approved relay that authenticates, logs and rate-limits it.",
    help: [
      "Servers that can speak SMTP to any host can mail your data to anyone: this is how a customer once exfiltrated a company's leads through its own app. Mail should leave only through an approved relay.",
      "",
      'The rule fires when an allow rule covers TCP (or all protocols), includes an SMTP port (`smtpPorts`, default 25, 465, 587, 2525), and a destination is not an approved relay. SMTP to anywhere (`0.0.0.0/0`, `::/0`, `Internet`, `*`, or allows that together cover every address) is always an error: no approved relay is "anywhere". SMTP to a specific destination is an error when relays are configured, and a warning until you declare them.',
      "",
      "All traffic to anywhere includes SMTP, but that is one problem: EGR002 reports it as an error and its message says mail is included, so this rule does not report it again (unless EGR002 is turned off or lowered). Loopback (`127.0.0.0/8`, `::1`) is never a mail destination: a local MTA is fine.",
      "",
      "**Fix**: restrict SMTP egress to the relay, and declare the relay in `.egress-lint.yml`:",
      "",
      "```yaml",
      "relays:",
      "  - aws_security_group.mail_relay   # Terraform address, CloudFormation logical id, or sg- id",
      "  - 10.0.5.10/32                    # CIDR",
      "  - pl-0123456789abcdef0            # prefix list",
      "```"
    ].join("\n"),
    defaultLevel: "error",
    securitySeverity: "8.1",
    precision: "high",
    tags: ["security", "network", "egress", "smtp"]
  },
  examples: {
    bad: [
      ...hostExamples.EGR003.bad,
      {
        format: "terraform",
        file: "main.tf",
        title: "SMTP to anywhere is an error, relays configured or not",
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
        expectLevels: ["error"]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "SMTP to one specific host: a warning until relays are configured (then an error)",
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
        expectLevels: ["warning"],
        expectMessage: "no relays are configured"
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: two rules whose CIDRs together send SMTP anywhere",
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
        expectLevels: ["error", "error"]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Submission port open to a private range that is not the relay",
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
        settings: { relays: ["10.0.5.10/32"] }
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: submission port to a range that is not the relay",
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
        settings: { relays: ["MailRelaySecurityGroup"] }
      },
      {
        format: "cloudformation-json",
        file: "template.json",
        title: "CloudFormation: a standalone rule sends port 25 out, and no relay is configured",
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
        expectLines: [14]
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi: submission port to a range that is not the relay",
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
        settings: { relays: ["10.0.5.10/32"] }
      },
      {
        format: "terraform-plan",
        file: "plan.json",
        title: "Plan JSON: SMTP to anywhere from a standalone rule",
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
        expectLevels: ["error"],
        settings: { relays: ["10.0.5.10/32"] }
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: SMTP to Internet at priority 100, before the deny at 200 (the reverse order masks it)",
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
        expectLines: [15]
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "GCP: a deny of port 25 leaves 587 open on the lower-priority allow",
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
        settings: { relays: ["10.0.5.10/32"] }
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Network ACL: a standalone egress rule for SMTP to anywhere",
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
        expectLines: [13]
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "Network ACL: SMTPS to a range that is not the relay",
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
        settings: { relays: ["10.0.5.10/32"] }
      }
    ],
    good: [
      ...hostExamples.EGR003.good,
      {
        format: "terraform",
        file: "main.tf",
        title: "All traffic to anywhere is one EGR002 error whose message says mail is included: one problem, one finding",
        code: `resource "aws_security_group" "app" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        expectLines: []
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: a local MTA on 127.0.0.1:25 (loopback never leaves the host)",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "SMTP only to the relay security group",
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
        settings: { relays: ["aws_security_group.mail_relay"] }
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "CloudFormation: SMTP only to the relay, named by logical id",
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
        settings: { relays: ["MailRelaySecurityGroup"] }
      },
      {
        format: "cloudformation-json",
        file: "template.json",
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
        settings: { relays: ["pl-0123456789abcdef0"] }
      },
      {
        format: "pulumi",
        file: "stack.json",
        title: "Pulumi: SMTP only to the relay security group",
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
        settings: { relays: ["sg-0relay"] }
      },
      {
        format: "terraform-plan",
        file: "plan.json",
        title: "Plan JSON: SMTP only to the relay group, whose id is known after apply",
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
        settings: { relays: ["aws_security_group.relay"] }
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Azure: submission only to the relay application security group",
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
        settings: { relays: ["azurerm_application_security_group.relay"] }
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "GCP: at equal priority the deny wins, so the SMTP allow is masked",
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
        expectLines: []
      },
      {
        format: "terraform",
        file: "main.tf",
        title: "Network ACL: SMTP only to the relay",
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
        settings: { relays: ["10.0.5.10/32"] }
      },
      {
        format: "cloudformation-yaml",
        file: "template.yaml",
        title: "Network ACL: a deny of port 25 at a lower rule number masks the later allow",
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
        expectLines: []
      }
    ]
  },
  check(firewall, context) {
    const relays = compileDestinations(context.settings.relays);
    const allowed = compileDestinations(context.settings.allowedDestinations);
    const allows = effectiveAllows(firewall);
    const anywhere = /* @__PURE__ */ new Set();
    const reportedByOpenEgress = /* @__PURE__ */ new Set();
    for (const open of openToAnywhere(allows, (d) => allowed.matches(d))) {
      open.open.forEach((d) => anywhere.add(d));
      const level = context.levelOf("EGR002", open.open[0].location.file, "error");
      if (allTraffic(open.protocol, open.ports) && level === "error")
        open.open.forEach((d) => reportedByOpenEgress.add(d));
    }
    for (const { rule, destinations } of allows) {
      if (rule.protocol !== "tcp" && rule.protocol !== "all") continue;
      const offending = destinations.filter(
        ({ destination }) => destination.kind !== "unknown" && !relays.matches(destination) && !allowed.matches(destination) && !reportedByOpenEgress.has(destination)
      ).map(({ destination, tcp }) => ({
        destination,
        smtp: context.settings.smtpPorts.filter((p) => portsInclude(tcp, p))
      })).filter((d) => d.smtp.length > 0);
      const toAnywhere = offending.filter((d) => anywhere.has(d.destination));
      const toNamed = offending.filter((d) => !anywhere.has(d.destination));
      if (toAnywhere.length > 0) reportSmtp(firewall, rule, toAnywhere, "error", context, relays.isEmpty);
      if (toNamed.length > 0)
        reportSmtp(firewall, rule, toNamed, relays.isEmpty ? "warning" : "error", context, relays.isEmpty);
    }
  }
};
function reportSmtp(firewall, rule, offending, level, context, noRelays) {
  const smtp = [...new Set(offending.flatMap((d) => d.smtp))].sort((a, b) => a - b);
  const where = offending.map((d) => describeDestination(d.destination)).join(", ");
  const hint = noRelays ? "no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml" : "only the configured relays may receive mail";
  context.report({
    firewall,
    level,
    message: `${rule.declaredBy.displayName} allows SMTP (port${smtp.length > 1 ? "s" : ""} ${smtp.join(", ")}) to ${where}${rule.condition ? ` when ${rule.condition}` : ""}, which ${offending.length > 1 ? "are not approved mail relays" : "is not an approved mail relay"}; ${hint}.`,
    location: offending[0].destination.location,
    resource: rule.declaredBy.location,
    related: [...offending.flatMap((d) => d.destination.origins), ...rule.origins],
    key: `${rule.declaredBy.id}|smtp ${smtp.join(",")}|${where}|${rule.condition ?? ""}`
  });
}

// rules/index.ts
var rules = [egr001, egr002, egr003];

// src/config/types.ts
var DEFAULT_CONFIG = {
  relays: [],
  smtpPorts: [25, 465, 587, 2525],
  allowedPublicPorts: [443],
  allowedDestinations: [],
  rules: {},
  ignore: [],
  overrides: [],
  requireReason: false,
  ignoreResources: [],
  maxFileSize: 10 * 1024 * 1024
};

export {
  compareText,
  rules,
  DEFAULT_CONFIG
};
