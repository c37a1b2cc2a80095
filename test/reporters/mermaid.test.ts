// The job summary's Mermaid egress map: grouping, merging, destinations by kind, colours, the pull request's
// changes, the size bound, and names that cannot break out of a label.
import { describe, expect, it } from 'vitest';
import type { EgressRule, Firewall } from '../../src/model/types.ts';
import { egressFlowchart, MAX_NODES } from '../../src/reporters/mermaid.ts';
import { appGroup, cidr, finding, loc } from './fixtures.ts';

function group(file: string, name: string, destinations: string[], port?: number): Firewall {
  const rule: EgressRule = {
    action: 'allow',
    protocol: port === undefined ? 'all' : 'tcp',
    ports: port === undefined ? [{ from: 0, to: 65535 }] : [{ from: port, to: port }],
    destinations: destinations.map((d) => cidr(d, loc(file, 3))),
    location: loc(file, 2),
    origins: [],
    declaredBy: { id: name, resourceType: 'aws_security_group', displayName: name, location: loc(file, 1) },
  };
  return { ...appGroup, id: `${file}:${name}`, displayName: name, location: loc(file, 1), rules: [rule] };
}

const chart = (...args: Parameters<typeof egressFlowchart>) => egressFlowchart(...args)!.lines.join('\n');

describe('the egress flowchart', () => {
  it('groups firewalls by directory, merges identical ones, and labels edges with protocols and ports', () => {
    const firewalls = [
      group('infra/a.tf', 'aws_security_group.web', ['0.0.0.0/0'], 443),
      group('infra/b.tf', 'aws_security_group.web2', ['0.0.0.0/0'], 443),
      group('infra/b.tf', 'aws_security_group.mail', ['10.0.5.10/32'], 25),
      group('legacy/main.tf', 'aws_security_group.old', ['0.0.0.0/0']),
      group('legacy/main.tf', 'aws_security_group.db', ['10.1.0.0/16'], 5432),
    ];
    const text = chart(firewalls, [], { isRelay: (d) => d.text === '10.0.5.10/32' });
    expect(text).toContain(
      [
        '  subgraph g0["infra/"]',
        '    f0_0["aws_security_group.web and 1 like it"]',
        '    f0_1["aws_security_group.mail"]',
        '  end',
        '  subgraph g1["legacy/"]',
        '    f1_0["aws_security_group.old"]',
        '    f1_1["aws_security_group.db"]',
        '  end',
        '  d0(("Internet"))',
        '  d1(["private 10.1.0.0/16"])',
        '  d2(["relay 10.0.5.10/32"])',
        '  f0_0 -->|"TCP port 443"| d0',
        '  f0_1 -->|"TCP port 25"| d2',
        '  f1_0 -->|"all traffic"| d0',
        '  f1_1 -->|"TCP port 5432"| d1',
      ].join('\n'),
    );
  });

  it('colours firewalls by their worst unsuppressed finding and marks what the pull request changed', () => {
    const firewalls = [
      group('a/main.tf', 'aws_security_group.open', ['0.0.0.0/0']),
      group('b/main.tf', 'aws_security_group.smtp', ['192.0.2.1/32'], 25),
      group('c/main.tf', 'aws_security_group.quiet', ['192.0.2.2/32'], 443),
    ];
    const findings = [
      finding({
        ruleId: 'EGR002',
        level: 'error',
        message: 'm',
        location: loc('a/main.tf', 3),
        firewallId: firewalls[0].id,
      }),
      finding({
        ruleId: 'EGR003',
        level: 'warning',
        message: 'm',
        location: loc('b/main.tf', 3),
        firewallId: firewalls[1].id,
      }),
      finding({
        ruleId: 'EGR002',
        level: 'error',
        message: 'm',
        location: loc('c/main.tf', 3),
        firewallId: firewalls[2].id,
        suppression: { kind: 'inSource', justification: 'ok' },
      }),
    ];
    const text = chart(firewalls, findings, { changedFirewalls: new Set([firewalls[1].id]) });
    expect(text).toContain('    f1_0["✎ aws_security_group.smtp"]');
    expect(text).toContain('  class f0_0 error\n  class f1_0 warning\n  class f2_0 ok\n  class f1_0 changed');
    expect(text).toMatch(/^flowchart LR\n {2}classDef error /);
  });

  it('stays within the node bound: merges each directory, then leaves the least severe out and counts them', () => {
    const firewalls = Array.from({ length: 120 }, (_, i) =>
      group(
        `dir${String(i % 60).padStart(2, '0')}/main.tf`,
        `aws_security_group.g${i}`,
        [`192.0.2.${i}/32`],
        443,
      ),
    );
    const findings = [
      finding({
        ruleId: 'EGR002',
        level: 'error',
        message: 'm',
        location: loc('dir07/main.tf', 3),
        firewallId: firewalls[7].id,
      }),
    ];
    const result = egressFlowchart(firewalls, findings)!;
    const nodes = result.lines.filter((l) => /^\s+[fd]\d+(_\d+)?[[(]/.test(l));
    expect(nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(result.elided).toBeGreaterThan(0);
    // The directory with an error stays in the picture, merged into one node.
    expect(result.lines).toContain('  class f0_0 error');
    expect(result.lines.join('\n')).toContain('["dir07/"]');
    expect(result.lines.join('\n')).toMatch(/\["2 firewalls"\]/);
  });

  it('keeps hostile names inside their labels', () => {
    const evil = group('x/main.tf', 'a"] --> b\nclick a "https://evil" #x|y`z<img>', ['0.0.0.0/0']);
    const text = chart([evil], []);
    const label = text.split('\n').find((l) => l.startsWith('    f0_0'))!;
    expect(label).toBe(
      '    f0_0["a#quot;] --#gt; b click a #quot;https://evil#quot; #35;x#124;y#96;z#lt;img#gt;"]',
    );
    expect(text.split('\n').filter((l) => l.includes('click'))).toHaveLength(1);
  });

  it('draws nothing without firewalls', () => {
    expect(egressFlowchart([], [])).toBeUndefined();
  });
});
