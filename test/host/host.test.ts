// Host firewalls: ufw and iptables from shell scripts, iptables-save files and cloud-init, with exact lines.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.ts';
import { singleConfig } from '../../src/config/set.ts';
import {
  describeRules,
  FIXTURE_RULES,
  FIXTURES,
  firewallsOf,
  lintFixture,
  readTree,
  summary,
} from '../helpers.ts';

function lintText(path: string, text: string, config: Partial<Config> = {}) {
  return lintFiles([{ path, absPath: path, text }], {
    config: { ...DEFAULT_CONFIG, ...config },
    rules: FIXTURE_RULES,
  });
}

describe('shell scripts', () => {
  it('the seed allow-list: deny by default, DNS, HTTPS and the relay', () => {
    const result = lintFixture('host/shell', {
      config: { relays: ['54.240.255.100/32'], allowedPublicPorts: [53, 443] },
    });
    expect(summary(result).filter((s) => s.includes('allowlist.sh'))).toEqual([]);
    const fw = result.firewalls.find((f) => f.id === 'allowlist.sh#ufw')!;
    expect(fw).toMatchObject({
      platform: 'host',
      kind: 'ufw',
      location: { line: 7, column: 6 },
    });
    // 53 → tcp and udp, 443/tcp, 587 to the relay, then the declared default deny; `out on lo` is not egress.
    expect(
      fw.rules.map((r) => [
        r.action,
        r.protocol,
        JSON.stringify(r.ports),
        r.destinations.map((d) => d.text).join(' '),
        r.location.line,
      ]),
    ).toEqual([
      ['allow', 'tcp', '[{"from":53,"to":53}]', '0.0.0.0/0 ::/0', 9],
      ['allow', 'udp', '[{"from":53,"to":53}]', '0.0.0.0/0 ::/0', 9],
      ['allow', 'tcp', '[{"from":443,"to":443}]', '0.0.0.0/0 ::/0', 10],
      ['allow', 'tcp', '[{"from":587,"to":587}]', '54.240.255.100', 11],
      ['deny', 'all', '[{"from":0,"to":65535}]', '0.0.0.0/0 ::/0', 8],
    ]);
    expect(fw.rules.map((r) => r.priority)).toEqual([1, 2, 3, 4, 5]);
    expect(fw.platformDefault).toBeUndefined();
  });

  it('reports every host firewall problem of the fixtures at its line', () => {
    expect(summary(lintFixture('host/shell'))).toEqual([
      'EGR002 warning allowlist.sh:9',
      'EGR003 warning allowlist.sh:11',
      'EGR002 error explicit-allow.sh:3',
      'EGR002 warning iptables.sh:10',
      'EGR002 warning iptables.sh:12',
      'EGR003 error iptables.sh:12',
      'EGR002 warning iptables.sh:15',
      'EGR003 error iptables.sh:15',
      'EGR001 error iptables.sh:16',
      'EGR002 warning iptables.sh:17',
      'EGR003 error iptables.sh:17',
      'EGR001 error no-default.sh:3',
      'EGR002 warning order.sh:5',
      'EGR003 error order.sh:5',
      'EGR003 warning order.sh:7',
      'EGR002 warning order.sh:12',
      'EGR002 warning order.sh:13',
      'EGR003 warning order.sh:16',
      'EGR002 warning order.sh:17',
    ]);
  });

  it('one ufw command for TCP and UDP is one finding naming both protocols', () => {
    const result = lintText(
      'fw.sh',
      [
        'ufw default deny outgoing',
        'ufw allow out 53',
        'ufw allow out to any port 1:65535',
        'ufw allow out 53/udp',
        'ufw allow out domain',
        'ufw allow out 8080/tcp',
      ].join('\n'),
    );
    expect(
      result.findings.map(
        (f) => `${f.ruleId} ${f.level} ${f.location.line}:${f.location.column} ${f.message}`,
      ),
    ).toEqual([
      'EGR002 warning 2:15 `ufw allow out 53` allows TCP and UDP port 53 to 0.0.0.0/0 + ::/0: only 443 may go to the internet (allowedPublicPorts).',
      'EGR002 error 3:27 `ufw allow out to any port 1:65535` allows all TCP and UDP ports to 0.0.0.0/0 + ::/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
      'EGR002 warning 4:15 `ufw allow out 53/udp` allows UDP port 53 to 0.0.0.0/0 + ::/0: only 443 may go to the internet (allowedPublicPorts).',
      'EGR002 warning 5:15 `ufw allow out domain` allows TCP and UDP port 53 to 0.0.0.0/0 + ::/0: only 443 may go to the internet (allowedPublicPorts).',
      'EGR002 warning 6:15 `ufw allow out 8080/tcp` allows TCP port 8080 to 0.0.0.0/0 + ::/0: only 443 may go to the internet (allowedPublicPorts).',
    ]);
    // A protocol the config allows drops out of the finding; the other one is still reported.
    const udpAllowed = lintText('fw.sh', 'ufw default deny outgoing\nufw allow out 53\n', {
      allowedPublicPorts: [443, '53/udp'],
    });
    expect(udpAllowed.findings.map((f) => f.message)).toEqual([
      '`ufw allow out 53` allows TCP port 53 to 0.0.0.0/0 + ::/0: only 443, 53/udp may go to the internet (allowedPublicPorts).',
    ]);
  });

  it('ufw order: first match, insert N, delete, app profiles, services, interfaces', () => {
    const result = lintFixture('host/shell');
    const messages = result.findings.filter((f) => f.location.file === 'order.sh').map((f) => f.message);
    // `deny out 25/tcp` came first: only 465 of `allow out 25,465/tcp` is left.
    expect(messages[0]).toContain('`ufw allow out 25,465/tcp` allows TCP port 465 to 0.0.0.0/0 + ::/0');
    // inserted at 1, above `deny out 2525/tcp`
    expect(messages[2]).toContain('allows SMTP (port 2525) to 203.0.113.0/24');
    expect(messages[3]).toContain('`ufw allow out http` allows TCP port 80');
    expect(messages[4]).toContain("`ufw allow out 'Nginx Full'` allows TCP ports 80, 443");
    // all protocols to 10/8: 25 and 2525 were denied before it
    expect(messages[5]).toContain('allows SMTP (ports 465, 587) to 10.0.0.0/8');
    expect(messages[6]).toContain('when on eth1');
    expect(messages.join('\n')).not.toContain('8080'); // deleted again
    expect(
      result.unresolved
        .filter((u) => u.location.file === 'order.sh')
        .map((u) => [u.location.line, u.expression]),
    ).toEqual([
      [14, 'MyApp'],
      [15, '$PORT'],
    ]);
  });

  it('iptables: policy, -I, jumps, conditional RETURN, conntrack replies, loopback, negated ports, continuations', () => {
    const result = lintFixture('host/shell');
    const fw = result.firewalls.find((f) => f.id === 'iptables.sh#iptables')!;
    expect(fw.rules.map((r) => [r.action, r.location.line, r.condition ?? ''])).toEqual([
      ['allow', 14, ''], // -I OUTPUT 1: first
      ['allow', 10, 'not (-d 10.0.0.0/8)'],
      ['allow', 11, 'not (-d 10.0.0.0/8)'], // lines 11-13, one command
      ['allow', 15, ''],
      ['deny', 4, ''], // -P OUTPUT DROP
    ]);
    // the destination of the continued line is where it is written
    expect(fw.rules[2].destinations[0].location).toEqual({ file: 'iptables.sh', line: 12, column: 8 });
    const six = result.firewalls.find((f) => f.id === 'iptables.sh#ip6tables')!;
    expect(six.rules.map((r) => r.location.line)).toEqual([17]); // `-d ::1` is loopback
    expect(six.platformDefault?.name).toBe('OUTPUT chain policy ACCEPT');
    // nat rules are not filter rules
    expect(result.firewalls.filter((f) => f.location.file === 'iptables.sh')).toHaveLength(2);
  });

  it('words: sudo and env runners, $(…) and unknown variables, here-documents, comments', () => {
    const result = lintText(
      'boot.sh',
      [
        '#!/bin/sh',
        'export NET=203.0.113.0/24',
        'sudo -u root env FOO=1 ufw default deny outgoing # comment ufw allow out 25',
        'ufw allow out to $NET port 25 proto tcp && ufw allow out to $(dig +short relay) port 25 proto tcp',
        'cat > /etc/iptables/rules.v6 <<EOF',
        '*filter',
        ':OUTPUT DROP [0:0]',
        '-A OUTPUT -p tcp --dport 465 -j ACCEPT',
        'COMMIT',
        'EOF',
        'ufw allow out 443/tcp',
      ].join('\n'),
    );
    expect(summary(result)).toEqual([
      'EGR003 warning boot.sh:4',
      'EGR002 warning boot.sh:8',
      'EGR003 error boot.sh:8',
    ]);
    expect(result.findings[0].message).toContain('to 203.0.113.0/24');
    expect(result.unresolved.map((u) => [u.location.line, u.expression])).toEqual([[4, '$(…)']]);
    expect(result.firewalls.map((f) => f.id)).toEqual(['boot.sh#ufw', 'boot.sh#ip6tables']);
  });

  it('an unknown destination is counted, never open; after an unknown deny what is left is unknown too', () => {
    const result = lintText(
      'a.sh',
      '#!/bin/sh\nufw default deny outgoing\nufw deny out to $BLOCKED\nufw allow out to "$HOST" port 25 proto tcp\nufw allow out 25/tcp\n',
    );
    // `deny out to $BLOCKED` might block anything after it (src/model/effective.ts): nothing below is reported.
    expect(summary(result)).toEqual([]);
    expect(result.unresolved.map((u) => u.location.line)).toEqual([3, 4]);
  });

  it('ufw reset returns to the defaults; --dry-run and route rules change nothing', () => {
    const result = lintText(
      'r.sh',
      'ufw default deny outgoing\nufw --dry-run allow out 25/tcp\nufw route allow out 25\nufw --force reset\nufw allow out 443/tcp\n',
    );
    expect(summary(result)).toEqual(['EGR001 error r.sh:1']);
  });

  it('iptables: jump loops and deep nesting are counted, not followed forever', () => {
    const result = lintText(
      'loop.sh',
      '#!/bin/sh\niptables -P OUTPUT DROP\niptables -N A\niptables -N B\niptables -A OUTPUT -j A\niptables -A A -j B\niptables -A B -j A\niptables -A B -p tcp --dport 25 -j ACCEPT\n',
    );
    expect(result.unresolved.map((u) => [u.location.line, u.reason])).toEqual([
      [7, 'jump loop through chain A'],
    ]);
    expect(summary(result)).toEqual(['EGR002 warning loop.sh:8', 'EGR003 error loop.sh:8']);
  });

  it('explicit -P OUTPUT ACCEPT is an allow-all rule (EGR002 error), an undeclared policy EGR001', () => {
    // One problem, one finding: all traffic to anywhere includes mail, so EGR003 does not repeat it.
    expect(summary(lintText('p.sh', 'iptables -P OUTPUT ACCEPT\n'))).toEqual(['EGR002 error p.sh:1']);
    expect(summary(lintText('p.sh', 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\n'))).toEqual([
      'EGR001 error p.sh:1',
    ]);
  });
});

describe('iptables-save files', () => {
  it('reads rules.v4 and rules.v6 by content: tables, chain policies, user chains, comments', () => {
    expect(summary(lintFixture('host/rules'))).toEqual([
      'EGR002 warning rules.v4:16',
      'EGR003 warning rules.v4:18',
      'EGR002 warning rules.v4:20',
      'EGR003 error rules.v4:20',
      'EGR002 error rules.v6:5',
    ]);
    const result = lintFixture('host/rules', {
      config: { relays: ['54.240.255.100'], allowedPublicPorts: [53, 443] },
    });
    // the REJECT of 25 above the multiport allow leaves 465
    expect(summary(result)).toEqual([
      'EGR002 warning rules.v4:20',
      'EGR003 error rules.v4:20',
      'EGR002 error rules.v6:5',
    ]);
    expect(result.findings[1].message).toContain('allows SMTP (port 465)');
    const v6 = result.firewalls.find((f) => f.id === 'rules.v6#ip6tables')!;
    expect(v6.rules[0].declaredBy.displayName).toBe('`:OUTPUT ACCEPT`');
  });
});

describe('cloud-init', () => {
  it('write_files rule files and scripts, bootcmd argv, runcmd strings and blocks, at their lines', () => {
    expect(summary(lintFixture('host/cloud-init'))).toEqual([
      'EGR002 warning user-data.yaml:12',
      'EGR003 error user-data.yaml:12',
      'EGR002 warning user-data.yaml:18',
      'EGR003 error user-data.yaml:18',
      'EGR002 warning user-data.yaml:20',
      'EGR003 error user-data.yaml:20',
      'EGR003 warning user-data.yaml:24',
    ]);
    const result = lintFixture('host/cloud-init');
    expect(result.findings.map((f) => f.location.column)).toEqual([32, 32, 21, 21, 47, 47, 22]);
  });

  it('bad YAML after #cloud-config is a diagnostic with its line', () => {
    const result = lintText('user-data', '#cloud-config\nruncmd:\n  - [a, b\n');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].location.file).toBe('user-data');
    expect(result.diagnostics[0].message).toMatch(/invalid cloud-config YAML/);
  });
});

describe('outputs', () => {
  it('the job summary maps host firewalls like the others: allows, denies and the default', async () => {
    const { toMarkdownSummary } = await import('../../src/reporters/summary.ts');
    const { rules } = await import('../../rules/index.ts');
    const result = lintFixture('host/shell', { config: { relays: ['54.240.255.100/32'] } });
    const only = { ...result, firewalls: result.firewalls.filter((f) => f.id === 'allowlist.sh#ufw') };
    const md = toMarkdownSummary(only, { rules });
    expect(md).toContain('#### ufw in shell allowlist.sh (ufw) · allowlist.sh:7');
    expect(md).toContain(
      '| allow | 54.240.255.100/32 | TCP | port 587 | \\`ufw allow out to 54.240.255.100 port 587 proto tcp\\` (priority 4) · allowlist.sh:11 |',
    );
    expect(md).toContain(
      '| deny | ::/0 | all protocols | all ports | \\`ufw default deny outgoing\\` (priority 5) · allowlist.sh:8 |',
    );
    const open = { ...result, firewalls: result.firewalls.filter((f) => f.id === 'no-default.sh#ufw') };
    expect(toMarkdownSummary(open, { rules })).toContain(
      "| allow | 0.0.0.0/0 | all protocols | all ports | platform default ufw's default outgoing policy (allow) |",
    );
  });

  it('every --format renders host findings', async () => {
    const { format } = await import('../../src/reporters/index.ts');
    const { rules } = await import('../../rules/index.ts');
    const result = lintFixture('host/rules');
    const options = { rules, color: false, toolVersion: '0.0.0', informationUri: 'https://example.test' };
    for (const name of ['stylish', 'json', 'sarif', 'github'] as const)
      expect(format(result, name, options), name).toContain('rules.v6');
    const sarif = JSON.parse(format(result, 'sarif', options));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(16);
  });
});

describe('Ansible', () => {
  it('playbooks: ufw and iptables modules, literal loops, play vars, free-form args, shell tasks, blocks', () => {
    const result = lintFixture('host/ansible');
    expect(summary(result).filter((s) => s.includes('playbook.yml'))).toEqual([
      'EGR002 warning playbook.yml:21',
      'EGR002 warning playbook.yml:23',
      'EGR003 error playbook.yml:23',
      'EGR003 warning playbook.yml:30',
      'EGR002 warning playbook.yml:39',
      'EGR003 error playbook.yml:39',
      'EGR002 warning playbook.yml:59',
      'EGR003 error playbook.yml:59',
    ]);
    // loop items point at the list element; play vars resolve the relay and the port
    expect(result.findings.map((f) => `${f.location.line}:${f.location.column}`).slice(0, 3)).toEqual([
      '21:19',
      '23:17',
      '23:17',
    ]);
    expect(result.findings[0].message).toContain('allows TCP and UDP port 53');
    expect(result.findings[3].message).toContain('to 54.240.255.100/32');
    const ufw = result.firewalls.find((f) => f.id === 'playbook.yml#ufw')!;
    expect(ufw.rules.at(-1)).toMatchObject({ action: 'deny', location: { line: 11 } }); // at `policy: deny`
    // the ESTABLISHED,RELATED accept is a reply rule, not egress
    const six = result.firewalls.find((f) => f.id === 'playbook.yml#ip6tables')!;
    expect(six.rules.map((r) => [r.action, r.location.line])).toEqual([
      ['allow', 55],
      ['deny', 47],
    ]);
    expect(
      result.unresolved
        .filter((u) => u.location.file === 'playbook.yml')
        .map((u) => [u.location.line, u.expression]),
    ).toEqual([
      [35, '{{ mail_host }}'],
      [40, "{{ groups['dns'][0] }}"],
    ]);
  });

  it('roles: vars/ over defaults/, loops over a default list, conditional deletes never hide a rule', () => {
    const result = lintFixture('host/ansible');
    expect(summary(result).filter((s) => s.includes('roles/'))).toEqual([
      'EGR003 warning roles/egress/tasks/main.yml:11',
      'EGR002 warning roles/split/tasks/rules.yml:13',
      'EGR003 error roles/split/tasks/rules.yml:13',
    ]);
    const fw = result.firewalls.find((f) => f.id === 'roles/egress#ufw')!;
    expect(fw.displayName).toBe('ufw in Ansible role roles/egress');
    expect(fw.rules.map((r) => [r.action, JSON.stringify(r.ports), r.destinations[0].text])).toEqual([
      ['allow', '[{"from":443,"to":443}]', '0.0.0.0/0'],
      ['allow', '[{"from":25,"to":25}]', '203.0.113.10'],
      ['deny', '[{"from":0,"to":65535}]', '0.0.0.0/0'], // egress_default: deny from vars/main.yml
    ]);
  });

  it("a role's task files are one host, in the order main.yml includes them", () => {
    const result = lintFixture('host/ansible');
    const fw = result.firewalls.find((f) => f.id === 'roles/split#ufw')!;
    // rules.yml (imported first) then main.yml's default deny: no EGR001 on either file
    expect(fw.rules.map((r) => `${r.action} ${r.location.file}:${r.location.line}`)).toEqual([
      'allow roles/split/tasks/rules.yml:2',
      'allow roles/split/tasks/rules.yml:9',
      'deny roles/split/tasks/main.yml:7',
    ]);
    expect(result.firewalls.filter((f) => f.id.startsWith('roles/split'))).toHaveLength(1);
  });

  it('Jinja templates are skipped and counted; role variable files are not firewalls', () => {
    const result = lintFixture('host/ansible');
    expect(result.stats.filesSkipped).toBe(3); // templates/rules.v4.j2, defaults/main.yml, vars/main.yml
    expect(result.diagnostics).toEqual([]);
    // The template is shown where users look: as not analysed, at its first firewall line.
    const reason =
      'Ansible renders it with values known only at run time, so the ufw or iptables configuration in it is not analysed';
    expect(result.unresolved.filter((u) => u.expression === 'Jinja template')).toEqual([
      {
        location: { file: 'roles/egress/templates/rules.v4.j2', line: 1, column: 1 },
        expression: 'Jinja template',
        reason,
      },
    ]);
  });

  it('a Jinja template is listed in the terminal output and the job summary; one without firewall content is only counted', async () => {
    const { format } = await import('../../src/reporters/index.ts');
    const { toMarkdownSummary } = await import('../../src/reporters/summary.ts');
    const { rules } = await import('../../rules/index.ts');
    const result = lintFiles(
      [
        {
          path: 'templates/fw.sh.j2',
          absPath: 'fw.sh.j2',
          text: '#!/bin/sh\n{# rules #}\nufw allow out {{ port }}\n',
        },
        { path: 'templates/nginx.conf.j2', absPath: 'nginx.conf.j2', text: 'listen {{ port }};\n' },
      ],
      { config: DEFAULT_CONFIG, rules: FIXTURE_RULES },
    );
    expect(result.stats.filesSkipped).toBe(2);
    const stylish = format(result, 'stylish', {
      rules,
      color: false,
      toolVersion: '0.0.0',
      informationUri: 'x',
    });
    expect(stylish).toContain(
      '  templates/fw.sh.j2:3 Jinja template — Ansible renders it with values known only at run time, so the ufw or iptables configuration in it is not analysed',
    );
    expect(stylish).not.toContain('nginx');
    expect(toMarkdownSummary(result, { rules })).toContain(
      '| templates/fw.sh.j2:3 | Jinja template | Ansible renders it with values known only at run time, so the ufw or iptables configuration in it is not analysed |',
    );
  });

  it('an unresolved outgoing default is unknown: neither EGR001 nor an allow-all', () => {
    const result = lintText(
      'site.yml',
      '- hosts: all\n  tasks:\n    - community.general.ufw:\n        policy: "{{ outgoing }}"\n        direction: outgoing\n',
    );
    expect(summary(result)).toEqual([]);
    expect(result.unresolved.map((u) => [u.location.line, u.expression])).toEqual([[4, '{{ outgoing }}']]);
  });
});

describe('Terraform instance user data', () => {
  it('heredocs, templatefile() of a repo file, base64encode, GCP metadata: linked to the instance, at the line inside', () => {
    const result = lintFixture('host/terraform');
    expect(summary(result)).toEqual([
      'EGR003 warning main.tf:12',
      'EGR002 warning main.tf:14',
      'EGR003 error main.tf:14',
      'EGR001 error main.tf:34',
      'EGR002 warning main.tf:34',
      'EGR003 error main.tf:34',
      'EGR002 warning scripts/firewall.sh:5',
      'EGR003 error scripts/firewall.sh:5',
    ]);
    const web = result.firewalls.find((f) => f.id === 'aws_instance.web#ufw')!;
    expect(web.displayName).toBe('ufw in user data of aws_instance.web');
    expect(web.location).toEqual({ file: 'main.tf', line: 10, column: 5 });
    expect(web.related).toEqual([
      {
        location: expect.objectContaining({ file: 'main.tf', line: 5 }),
        description: 'aws_instance aws_instance.web',
      },
    ]);
    // var.relay resolved inside the heredoc; the other instance's address is unknown, never open
    expect(result.findings[0].message).toContain('to 54.240.255.100/32');
    expect(result.unresolved.map((u) => [u.location.file, u.location.line, u.expression])).toEqual([
      ['main.tf', 13, '${aws_instance.db.private_ip}'],
      ['scripts/firewall.sh', 4, '${mail_host}'],
    ]);
    // templatefile vars substituted: udp 53 only to the resolver; the template is not linted a second time
    const workers = result.firewalls.find((f) => f.id === 'aws_launch_template.workers#iptables')!;
    expect(workers.rules[0].destinations.map((d) => d.text)).toEqual(['10.0.0.2']);
    expect(result.firewalls.filter((f) => f.location.file === 'scripts/firewall.sh')).toHaveLength(1);
  });
});

describe('Terraform cloud-config user data', () => {
  it('heredoc, templatefile() and file() cloud-configs are read like cloud-config files, at the line inside', () => {
    const result = lintFixture('host/terraform-cloud-config');
    expect(summary(result)).toEqual([
      'EGR003 warning main.tf:13',
      'EGR002 warning main.tf:14',
      'EGR003 error main.tf:14',
      'EGR002 error templates/box.yaml:6',
      'EGR002 warning templates/cloud-init.tpl:5',
    ]);
    // runcmd strings and argv lists inside the heredoc, var.relay substituted, columns inside the heredoc line
    expect(result.findings.map((f) => `${f.location.line}:${f.location.column}`).slice(0, 2)).toEqual([
      '13:26',
      '14:27',
    ]);
    expect(result.findings[0].message).toContain('to 54.240.255.100/32');
    const web = result.firewalls.find((f) => f.id === 'aws_instance.web#ufw')!;
    expect(web.location).toEqual({ file: 'main.tf', line: 11, column: 9 });
    expect(web.related).toEqual([
      {
        location: expect.objectContaining({ file: 'main.tf', line: 5 }),
        description: 'aws_instance aws_instance.web',
      },
    ]);
    // templatefile() vars substituted in bootcmd: DNS only to the resolver; the policy is DROP
    const vm = result.firewalls.find((f) => f.id === 'google_compute_instance.vm#iptables')!;
    expect(vm.rules.map((r) => [r.action, r.location.file, r.location.line])).toEqual([
      ['allow', 'templates/cloud-init.tpl', 4],
      ['allow', 'templates/cloud-init.tpl', 5],
      ['deny', 'templates/cloud-init.tpl', 3],
    ]);
    expect(vm.rules[0].destinations.map((d) => d.text)).toEqual(['10.0.0.2']);
    // file() of a cloud-config whose write_files holds a rules file; the YAML file is not linted a second time
    expect(result.firewalls.find((f) => f.id === 'azurerm_linux_virtual_machine.box#iptables')).toBeDefined();
    expect(result.firewalls.filter((f) => f.location.file === 'templates/box.yaml')).toHaveLength(1);
    expect(result.diagnostics).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('invalid YAML in cloud-config user data is bad input: a diagnostic at its line inside the heredoc', () => {
    const result = lintText(
      'main.tf',
      [
        'resource "aws_launch_template" "broken" {',
        '  user_data = base64encode(<<-EOT',
        '    #cloud-config',
        '    runcmd: [ufw allow out 8080',
        '  EOT',
        '  )',
        '}',
      ].join('\n'),
    );
    expect(
      result.diagnostics.map((d) => `${d.level} ${d.location.line}:${d.location.column} ${d.message}`),
    ).toEqual([
      'error 5:5 invalid cloud-config YAML: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('a cloud-config that is YAML only once Terraform fills in a template directive is unknown, not bad input', () => {
    const result = lintText(
      'main.tf',
      [
        'resource "aws_instance" "a" {',
        '  user_data = <<-EOF',
        '    #cloud-config',
        '    runcmd:',
        '      - ufw default deny outgoing',
        '    %{ for p in var.ports ~}',
        '      - ufw allow out ${p}/tcp',
        '    %{ endfor ~}',
        '  EOF',
        '}',
      ].join('\n'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unresolved.map((u) => [u.location.line, u.expression])).toEqual([
      [6, 'aws_instance.a.user_data'], // the %{ for } directive
    ]);
    expect(result.unresolved[0].reason).toMatch(
      /^cloud-config user data with template expressions that are not resolved: invalid cloud-config YAML/,
    );
  });

  it('file() and templatefile() read from the root module when the scan root is above it', () => {
    const files = readTree(join(FIXTURES, 'host/terraform-cloud-config')).map((f) => ({
      ...f,
      path: `infra/${f.path}`,
    }));
    const result = lintFiles(files, {
      config: DEFAULT_CONFIG,
      project: memoryProject(files),
      rules: FIXTURE_RULES,
    });
    expect(summary(result).filter((s) => s.includes('templates/'))).toEqual([
      'EGR002 error infra/templates/box.yaml:6',
      'EGR002 warning infra/templates/cloud-init.tpl:5',
    ]);
  });

  it('the YAML support is loaded only for scans whose Terraform holds cloud-config user data', async () => {
    vi.resetModules(); // a fresh engine, as a new process has: nothing loaded yet
    const analyzers = await import('../../src/engine/analyzers.ts');
    const reader = await import('../../src/providers/host/user-data-cloud-config.ts');
    const { memoryProject: project } = await import('../../src/engine/lint.ts');
    await analyzers.prepareAnalyzers(['main.tf']);
    const shell = [
      {
        path: 'main.tf',
        absPath: 'main.tf',
        text: 'resource "aws_instance" "a" {\n  user_data = "#!/bin/sh"\n}\n',
      },
    ];
    await analyzers.prepareForContent(shell, project(shell));
    expect(reader.loadedCloudConfigReader()).toBeUndefined();
    const viaTemplate = [
      {
        path: 'tf/main.tf',
        absPath: 'main.tf',
        text: 'resource "aws_instance" "a" {\n  user_data = file("${path.module}/boot.tpl")\n}\n',
      },
      { path: 'tf/boot.tpl', absPath: 'boot.tpl', text: '#cloud-config\nruncmd: []\n' },
    ];
    await analyzers.prepareForContent(viaTemplate.slice(0, 1), project(viaTemplate));
    expect(reader.loadedCloudConfigReader()).toBeTypeOf('function');
    vi.resetModules();
  });
});

describe('CloudFormation UserData', () => {
  it('Fn::Base64 of Fn::Sub (parameters substituted) and of a literal block, Fn::Join in JSON; linked to the resource', () => {
    const result = lintFixture('host/cloudformation');
    expect(summary(result)).toEqual([
      'EGR002 warning instance.json:7',
      'EGR003 error instance.json:7',
      'EGR003 warning instance.yaml:17',
      'EGR002 warning instance.yaml:19',
      'EGR003 error instance.yaml:19',
      'EGR001 error instance.yaml:26',
      'EGR002 warning instance.yaml:26',
      'EGR003 error instance.yaml:26',
      'EGR003 warning instance.yaml:37',
      'EGR002 warning instance.yaml:38',
      'EGR003 error instance.yaml:38',
    ]);
    expect(result.findings.filter((f) => f.location.line >= 37).map((f) => f.location.column)).toEqual([
      32, 33, 33,
    ]);
    expect(result.findings.find((f) => f.location.line === 17)!.message).toContain('to 54.240.255.100/32');
    expect(result.unresolved.map((u) => [u.location.line, u.expression])).toEqual([
      [18, '${AWS::Region}.example'],
    ]);
    const web = result.firewalls.find((f) => f.id === 'Web#ufw' && f.location.file === 'instance.yaml')!;
    expect(web.related).toEqual([
      { location: { file: 'instance.yaml', line: 7, column: 3 }, description: 'AWS::EC2::Instance Web' },
    ]);
  });
});

describe('bad input', () => {
  it('a line the shell could not split is counted, not skipped silently; the rest is analysed', () => {
    const result = lintText('x.sh', '#!/bin/sh\nufw allow out to ${A B} port 25\nufw allow out 25/tcp\n');
    expect(result.unresolved.map((u) => [u.location.line, u.reason.startsWith('line not analysed')])).toEqual(
      [[2, true]],
    );
    expect(summary(result)).toEqual(['EGR001 error x.sh:3', 'EGR002 warning x.sh:3', 'EGR003 error x.sh:3']);
  });

  it('a quote never closed stops the shell: the commands before it count, none after it', () => {
    const result = lintText(
      'q.sh',
      '#!/bin/sh\nufw default deny outgoing\nufw allow out "443/tcp\nufw allow out 8080/tcp\necho \'x\nufw allow out 25\n',
    );
    expect(summary(result)).toEqual([]);
    expect(result.unresolved).toEqual([
      {
        location: { file: 'q.sh', line: 3, column: 1 },
        expression: 'ufw allow out "443/tcp',
        reason:
          'line not analysed: a quote is never closed: the shell stops with a syntax error here, so no command from this line on runs',
      },
    ]);
  });

  it('a quoted string across lines is one word; what follows it is at its own line', () => {
    const result = lintText(
      'q.sh',
      "#!/bin/sh\nufw default deny outgoing\nufw allow out 8080/tcp comment 'two\nlines # not a comment'\nufw allow out 25/tcp\n",
    );
    expect(summary(result)).toEqual([
      'EGR002 warning q.sh:3',
      'EGR002 warning q.sh:5',
      'EGR003 error q.sh:5',
    ]);
    expect(result.unresolved).toEqual([]);
  });

  it('a line of megabytes is counted with a reason, not an engine error; the rest is analysed', () => {
    const result = lintText(
      'l.sh',
      `#!/bin/sh\nufw allow out ${'a'.repeat(5_000_000)}\nufw allow out 25/tcp\n`,
    );
    expect(result.unresolved.map((u) => [u.location.line, u.reason])).toEqual([
      [2, 'line not analysed: too long to split into words (5000014 characters)'],
    ]);
    expect(summary(result)).toEqual(['EGR001 error l.sh:3', 'EGR002 warning l.sh:3', 'EGR003 error l.sh:3']);
  });

  it('a ufw script of more rules than are evaluated: the first 10,000 are, the rest is counted', () => {
    const lines = ['#!/bin/sh', 'ufw default deny outgoing'];
    for (let i = 0; i < 10_005; i++)
      lines.push(`ufw allow out to 10.${i >> 8}.${i & 255}.1 port 443 proto tcp`);
    lines.push('ufw allow out 25/tcp');
    const result = lintText('many.sh', lines.join('\n'));
    expect(summary(result)).toEqual([]); // the SMTP rule is past the limit: not analysed, not open
    expect(result.unresolved).toEqual([
      {
        location: { file: 'many.sh', line: 10_003, column: 1 },
        expression: 'ufw allow out to 10.39.16.1 port 443 proto tcp',
        reason: 'more than 10000 egress rules; this one and the 5 after it are not analysed',
      },
    ]);
    expect(result.firewalls[0].rules).toHaveLength(10_001); // with the default deny
  });
});

describe('large scans', () => {
  it('split into units (the worker pool), host sources report exactly what one call reports', async () => {
    const { findFiles } = await import('../../src/engine/discover.ts');
    const { lintScan } = await import('../../src/engine/pool.ts');
    const { toJson } = await import('../../src/reporters/json.ts');
    const dir = new URL('../../fixtures/host/', import.meta.url).pathname;
    const found = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20 });
    const run = async (sizes: { minFiles: number; minBytes?: number; workerMinBytes?: number }) =>
      toJson(
        await lintScan(found, {
          jobs: 1,
          maxFileSize: 1 << 20,
          lint: { configs: singleConfig(DEFAULT_CONFIG) },
          diagnostics: [],
          ...sizes,
        }),
      );
    const whole = await run({ minFiles: Infinity });
    expect(JSON.parse(whole).findings.length).toBeGreaterThan(50);
    // One file per unit (the smallest units): a role's task files land in different units.
    process.env.EGRESS_LINT_POOL = 'force';
    try {
      expect(await run({ minFiles: 0, minBytes: 0 })).toBe(whole);
    } finally {
      delete process.env.EGRESS_LINT_POOL;
    }
  });
});

describe('suppressions', () => {
  it.each([
    [
      'firewall.sh',
      '#!/bin/sh\nufw default deny outgoing\n# egress-lint:ignore EGR002 EGR003 -- the relay\nufw allow out 25/tcp\n',
    ],
    [
      'rules.v4',
      '*filter\n:OUTPUT DROP [0:0]\n# egress-lint:ignore EGR002 EGR003 -- the relay\n-A OUTPUT -p tcp --dport 25 -j ACCEPT\nCOMMIT\n',
    ],
    [
      'site.yml',
      '- hosts: all\n  tasks:\n    # egress-lint:ignore EGR002 EGR003 -- the relay\n    - ufw: rule=allow direction=out port=25 proto=tcp\n    - ufw: policy=deny direction=outgoing\n',
    ],
  ])('a # egress-lint:ignore comment above the command suppresses its findings in %s', (path, text) => {
    const result = lintText(path, text);
    expect(
      result.findings.map((f) => `${f.ruleId}:${f.location.line}:${f.suppression?.justification}`),
    ).toEqual(['EGR002:4:the relay', 'EGR003:4:the relay']);
  });
});

// Moved from EGR003's examples: they pinned that user data is read as a host firewall, not the rule.
describe('user data is a host firewall of its resource', () => {
  const ANYWHERE = '0.0.0.0/0, ::/0';
  it.each([
    {
      what: "an instance's user data heredoc, at the line inside",
      path: 'main.tf',
      text: `resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    ufw default deny outgoing
    ufw allow out 25/tcp
  EOT
}
`,
      firewall: 'aws_instance.app#ufw ufw rules',
      rules: [`allow 1 tcp 25 to ${ANYWHERE} (line 7)`, `deny 2 all 0-65535 to ${ANYWHERE} (line 6)`],
    },
    {
      what: "a launch template's base64encode()d cloud-config",
      path: 'main.tf',
      text: `resource "aws_launch_template" "workers" {
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
      firewall: 'aws_launch_template.workers#ufw ufw rules',
      rules: [`allow 1 tcp 587 to ${ANYWHERE} (line 7)`, `deny 2 all 0-65535 to ${ANYWHERE} (line 6)`],
    },
    {
      what: "a CloudFormation instance's Fn::Base64 of a !Sub block",
      path: 'template.yaml',
      text: `Resources:
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
      firewall: 'App#iptables iptables rules',
      rules: ['allow 1 tcp 587 to 0.0.0.0/0 (line 10)', 'deny 2 all 0-65535 to 0.0.0.0/0 (line 9)'],
    },
  ])('$what', ({ path, text, firewall, rules }) => {
    const firewalls = firewallsOf(path, text);
    expect(firewalls.map((f) => `${f.id} ${f.kind} ${f.egressDeclared}`)).toEqual([firewall]);
    expect(describeRules(firewalls[0])).toEqual(rules);
  });
});
