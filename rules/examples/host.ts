// Host firewall examples (shell scripts, iptables-save files, cloud-init, Ansible) of the three rules, kept in one
// file beside them: each rule spreads its own into its examples, which run as tests and render its docs.
import type { RuleExample } from '../../src/engine/types.ts';

type Examples = { bad: RuleExample[]; good: RuleExample[] };

const SEED_ALLOW_LIST = `#!/bin/sh
ufw default deny incoming
ufw default deny outgoing
ufw allow out 53
ufw allow out 443/tcp
ufw allow out to 54.240.255.100 port 587 proto tcp
ufw --force enable
`;

export const hostExamples: Record<'EGR001' | 'EGR002' | 'EGR003', Examples> = {
  EGR001: {
    bad: [
      {
        format: 'shell',
        file: 'firewall.sh',
        title: "ufw with inbound rules only: ufw's outgoing default (allow) lets everything out",
        code: `#!/bin/sh
ufw default deny incoming
ufw allow 22/tcp
ufw allow out 443/tcp
ufw --force enable
`,
        expectLines: [2],
      },
      {
        format: 'shell',
        file: 'iptables.sh',
        title: 'iptables rules without an OUTPUT policy: the built-in chain starts with ACCEPT',
        code: `#!/bin/bash
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A OUTPUT -p tcp --dport 443 -j ACCEPT
`,
        expectLines: [2],
      },
      {
        format: 'cloud-init',
        file: 'user-data.yaml',
        title: 'cloud-init runcmd that never sets the outgoing default',
        code: `#cloud-config
packages: [ufw]
runcmd:
  - ufw allow out 443/tcp
  - ufw --force enable
`,
        expectLines: [4],
      },
      {
        format: 'ansible',
        file: 'roles/firewall/tasks/main.yml',
        title: 'Ansible: a role that opens ports with ufw and never sets the outgoing default',
        code: `- name: Open ports
  community.general.ufw:
    rule: allow
    port: "{{ item }}"
    proto: tcp
  loop: [22, 443]
`,
        expectLines: [1],
      },
    ],
    good: [
      {
        format: 'ansible',
        file: 'site.yml',
        title: 'Ansible: the outgoing default set to deny',
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
        expectLines: [],
      },
      {
        format: 'shell',
        file: 'firewall.sh',
        title: 'ufw: deny outgoing by default, then allow what is needed',
        code: SEED_ALLOW_LIST,
        expectLines: [],
      },
      {
        format: 'iptables-save',
        file: 'rules.v4',
        title: 'iptables-save: the OUTPUT policy is always written',
        code: `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT DROP [0:0]
-A OUTPUT -o lo -j ACCEPT
-A OUTPUT -p tcp --dport 443 -j ACCEPT
COMMIT
`,
        expectLines: [],
      },
      {
        format: 'cloud-init',
        file: 'user-data.yaml',
        title: 'cloud-init: the outgoing default is set to deny',
        code: `#cloud-config
runcmd:
  - ufw default deny outgoing
  - ufw allow out 443/tcp
  - ufw --force enable
`,
        expectLines: [],
      },
    ],
  },
  EGR002: {
    bad: [
      {
        format: 'shell',
        file: 'firewall.sh',
        title: '`ufw default allow outgoing` written out: all traffic to anywhere (error)',
        code: `#!/bin/sh
ufw default deny incoming
ufw default allow outgoing
ufw --force enable
`,
        expectLines: [3],
      },
      {
        format: 'shell',
        file: 'firewall.sh',
        title: 'An allow out to anywhere on a port other than allowedPublicPorts (warning)',
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 8080/tcp
`,
        expectLines: [3],
      },
      {
        format: 'shell',
        file: 'firewall.sh',
        title: 'A port without a protocol opens TCP and UDP: one finding names both (warning)',
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 53
`,
        expectLines: [3],
        expectLevels: ['warning'],
        expectMessage: 'allows TCP and UDP port 53 to 0.0.0.0/0 + ::/0',
      },
      {
        format: 'iptables-save',
        file: 'rules.v4',
        title: 'iptables-save: `:OUTPUT ACCEPT` lets everything out (error)',
        code: `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 22 -j ACCEPT
COMMIT
`,
        expectLines: [4],
      },
      {
        format: 'cloud-init',
        file: 'user-data.yaml',
        title: 'cloud-init: an allow-all after the default deny (the deny is never reached)',
        code: `#cloud-config
bootcmd:
  - iptables -P OUTPUT DROP
  - [iptables, -A, OUTPUT, -j, ACCEPT]
`,
        expectLines: [4],
      },
    ],
    good: [
      {
        format: 'shell',
        file: 'firewall.sh',
        title: 'Only HTTPS leaves for anywhere',
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 443/tcp
ufw allow out to 10.0.0.2 port 53
`,
        expectLines: [],
      },
      {
        format: 'iptables-save',
        file: 'rules.v4',
        title: 'A DROP ahead of the allow-all: first match, nothing else leaves',
        code: `*filter
:OUTPUT DROP [0:0]
-A OUTPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A OUTPUT -p tcp --dport 443 -j ACCEPT
-A OUTPUT -j DROP
-A OUTPUT -j ACCEPT
COMMIT
`,
        expectLines: [],
      },
    ],
  },
  EGR003: {
    bad: [
      {
        format: 'shell',
        file: 'firewall.sh',
        title: 'SMTP to anywhere',
        code: `#!/bin/sh
ufw default deny outgoing
ufw allow out 25/tcp
`,
        expectLines: [3],
      },
      {
        format: 'iptables-save',
        file: 'rules.v4',
        title: 'Submission (587) to a host that is not the relay',
        code: `*filter
:OUTPUT DROP [0:0]
-A OUTPUT -d 203.0.113.25/32 -p tcp --dport 587 -j ACCEPT
COMMIT
`,
        expectLines: [3],
        settings: { relays: ['54.240.255.100/32'] },
      },
      {
        format: 'terraform',
        file: 'main.tf',
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
        expectLines: [7],
      },
      {
        format: 'terraform',
        file: 'main.tf',
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
        expectLines: [7],
      },
      {
        format: 'cloudformation-yaml',
        file: 'template.yaml',
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
        expectLines: [10],
      },
      {
        format: 'ansible',
        file: 'site.yml',
        title: 'Ansible: SMTP to anywhere over IPv6, from a loop item',
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
        expectLines: [15],
      },
    ],
    good: [
      {
        format: 'shell',
        file: 'firewall.sh',
        title: 'Mail leaves only through the relay',
        code: SEED_ALLOW_LIST,
        expectLines: [],
        settings: { relays: ['54.240.255.100/32'] },
      },
      {
        format: 'cloud-init',
        file: 'user-data.yaml',
        title: 'A reject of every SMTP port ahead of a broad allow',
        code: `#cloud-config
runcmd:
  - ufw default deny outgoing
  - ufw reject out to any port 25,465,587,2525 proto tcp
  - ufw allow out to 10.0.0.0/8
`,
        expectLines: [],
      },
    ],
  },
};
