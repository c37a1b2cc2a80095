import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import type { EgressRule, Firewall } from '../../src/model/types.ts';
import { cell, escapeMarkdown, link, linkDestination } from '../../src/reporters/markdown.ts';
import { toMarkdownSummary } from '../../src/reporters/summary.ts';
import {
  appGroup,
  cidr,
  emptyResult,
  finding,
  loc,
  parseError,
  sampleResult,
  tag,
  webNsg,
} from './fixtures.ts';

const linkBase = (file: string, line: number) => `https://github.com/o/r/blob/abc/${file}#L${line}`;

describe('toMarkdownSummary', () => {
  it('writes the summary, counts by rule, findings, parse errors, unresolved values and the egress map', () => {
    expect(toMarkdownSummary(sampleResult(), { rules, linkBase })).toBe(
      [
        '## egress-lint',
        '',
        '**✖ 4 problems (2 errors, 2 warnings), 1 suppressed, 2 unresolved values · 5 files, 3 firewalls**',
        '',
        '### Findings by rule',
        '',
        '| Rule | Errors | Warnings | Notes | Suppressed |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| EGR001 egress-not-declared | 0 | 1 | 0 | 0 |',
        '| EGR002 open-egress | 1 | 0 | 0 | 0 |',
        '| EGR003 smtp-egress-to-non-relay | 0 | 0 | 0 | 1 |',
        '',
        '### Egress map',
        '',
        '```mermaid',
        'flowchart LR',
        '  classDef error fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  classDef warning fill:#fff8c5,stroke:#9a6700,color:#1f2328',
        '  classDef note fill:#ddf4ff,stroke:#0969da,color:#1f2328',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
        '  classDef changed stroke-width:4px,stroke-dasharray:6 3',
        '  classDef destination fill:#f6f8fa,stroke:#57606a,color:#1f2328',
        '  classDef internet fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  subgraph g0["main.tf"]',
        '    f0_0["aws_security_group.app"]',
        '    f0_1["aws_security_group.db"]',
        '  end',
        '  subgraph g1["nsg.tf"]',
        '    f1_0["azurerm_network_security_group.web"]',
        '  end',
        '  d0(("Internet"))',
        '  f0_0 -->|"all traffic"| d0',
        '  f1_0 -->|"TCP port 443, all traffic (platform default)"| d0',
        '  class f0_0 error',
        '  class f0_1 warning',
        '  class f1_0 ok',
        '  class d0 internet',
        '```',
        '',
        'Firewalls by directory (identical ones merged), with edges to where they can send traffic, labelled with protocols and ports. Red: a firewall with an error finding; yellow: a warning; blue: a note; green: none. ✎ and a dashed border: changed by this pull request.',
        '',
        '### Findings',
        '',
        '| Level | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| error | EGR002 | [main.tf:6](https://github.com/o/r/blob/abc/main.tf#L6) | aws\\_security\\_group.app allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere. |',
        '| warning | EGR001 | [main.tf:10](https://github.com/o/r/blob/abc/main.tf#L10) | aws\\_security\\_group.db declares no egress policy. |',
        '| warning | unused-suppression | [main.tf:14](https://github.com/o/r/blob/abc/main.tf#L14) | unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress |',
        '',
        '### Files that could not be analysed',
        '',
        '| Level | Location | Reason |',
        '| --- | --- | --- |',
        "| error | [broken.tf:3](https://github.com/o/r/blob/abc/broken.tf#L3) | Unexpected token '}': expected an attribute or block. |",
        '',
        '### Unresolved values',
        '',
        '2 values could not be resolved statically and were not analysed (unknown is never reported as open).',
        '',
        '| Location | Expression | Reason |',
        '| --- | --- | --- |',
        '| [main.tf:30](https://github.com/o/r/blob/abc/main.tf#L30) | data.aws\\_vpc.main.cidr\\_block | data sources are not read |',
        '| [vars.tf:12](https://github.com/o/r/blob/abc/vars.tf#L12) | var.egress\\_cidrs | variable has no default and no value |',
        '',
        '### Firewalls',
        '',
        '<details>',
        '<summary>3 firewalls: where each can send traffic (allows as they remain after the denies evaluated before them)</summary>',
        '',
        '#### aws\\_security\\_group.app (aws\\_security\\_group) · [main.tf:1](https://github.com/o/r/blob/abc/main.tf#L1)',
        '',
        '| Action | Destination | Protocol | Ports | Declared by |',
        '| --- | --- | --- | --- | --- |',
        '| allow | 0.0.0.0/0 | all protocols | all ports | aws\\_security\\_group.app · [main.tf:2](https://github.com/o/r/blob/abc/main.tf#L2) |',
        '',
        '#### aws\\_security\\_group.db (aws\\_security\\_group) · [main.tf:10](https://github.com/o/r/blob/abc/main.tf#L10)',
        '',
        '_No egress declared: egress is unmanaged (see EGR001)._',
        '',
        '#### azurerm\\_network\\_security\\_group.web (azurerm\\_network\\_security\\_group) · [nsg.tf:1](https://github.com/o/r/blob/abc/nsg.tf#L1)',
        '',
        '| Action | Destination | Protocol | Ports | Declared by |',
        '| --- | --- | --- | --- | --- |',
        '| deny | Internet | TCP | port 25 | azurerm\\_network\\_security\\_rule.deny\\_smtp (rule deny\\_smtp, priority 100) · [nsg.tf:10](https://github.com/o/r/blob/abc/nsg.tf#L10) |',
        '| allow | \\* | TCP | port 443 | azurerm\\_network\\_security\\_rule.https (rule https, priority 200) · [nsg.tf:20](https://github.com/o/r/blob/abc/nsg.tf#L20) |',
        '| allow | Internet | all protocols | all ports | platform default AllowInternetOutBound (priority 65001) |',
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });

  it('writes locations as plain text without a linkBase', () => {
    const out = toMarkdownSummary(sampleResult(), { rules });
    expect(out).toContain('| error | EGR002 | main.tf:6 | aws\\_security\\_group.app allows');
    expect(out).toContain('#### aws\\_security\\_group.db (aws\\_security\\_group) · main.tf:10\n');
    expect(out).not.toContain('](');
  });

  it('says so on a clean run, and still maps the firewalls', () => {
    const clean = { ...appGroup, egressDeclared: 'explicit-empty' as const, rules: [] };
    expect(
      toMarkdownSummary(emptyResult({ firewalls: [clean], stats: { filesScanned: 2 } }), { rules }),
    ).toMatch(
      ['## egress-lint', '', '**✔ No problems · 2 files, 1 firewall**', '', '### Egress map', ''].join('\n'),
    );
    const out = toMarkdownSummary(emptyResult({ firewalls: [clean], stats: { filesScanned: 2 } }), { rules });
    // A firewall that allows nothing: a green node with no edge.
    expect(out).toContain(
      '  subgraph g0["main.tf"]\n    f0_0["aws_security_group.app"]\n  end\n  class f0_0 ok\n```',
    );
    expect(out).toContain(
      [
        '### Firewalls',
        '',
        '<details>',
        '<summary>1 firewall: where each can send traffic (allows as they remain after the denies evaluated before them)</summary>',
        '',
        '#### aws\\_security\\_group.app (aws\\_security\\_group) · main.tf:1',
        '',
        '_No egress allowed._',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });
});

describe('the egress map', () => {
  function nsgRule(
    name: string,
    priority: number,
    action: EgressRule['action'],
    protocol: EgressRule['protocol'],
    ports: EgressRule['ports'],
    destinations: EgressRule['destinations'],
    condition?: string,
  ): EgressRule {
    const location = loc('nsg.tf', priority / 100);
    return {
      action,
      priority,
      protocol,
      ports,
      destinations,
      location,
      origins: [],
      name,
      condition,
      declaredBy: {
        id: `r.${name}`,
        resourceType: 'azurerm_network_security_rule',
        displayName: `r.${name}`,
        location,
      },
    };
  }

  it('orders rules by priority, drops allows that a deny masks, shows portless protocols, and the default only in force', () => {
    const locked: Firewall = {
      ...webNsg,
      rules: [
        nsgRule(
          'web',
          5000,
          'allow',
          'tcp',
          [{ from: 443, to: 443 }],
          [cidr('0.0.0.0/0', loc('nsg.tf', 51))],
        ),
        nsgRule('deny_all', 4000, 'deny', 'all', [{ from: 0, to: 65535 }], [tag('*', loc('nsg.tf', 41))]),
        nsgRule('ping', 100, 'allow', 'icmp', [], [cidr('10.0.0.0/8', loc('nsg.tf', 2))], 'var.debug'),
        nsgRule(
          'dns',
          200,
          'allow',
          'udp',
          [{ from: 53, to: 53 }],
          [
            cidr('10.0.0.2/32', loc('nsg.tf', 3)),
            {
              kind: 'unknown',
              expression: 'var.resolver',
              text: 'var.resolver',
              location: loc('nsg.tf', 3),
              origins: [],
            },
          ],
        ),
      ],
    };
    const out = toMarkdownSummary(emptyResult({ firewalls: [locked] }), { rules });
    const table = out.slice(out.indexOf('| Action |'));
    expect(table).toBe(
      [
        '| Action | Destination | Protocol | Ports | Declared by |',
        '| --- | --- | --- | --- | --- |',
        '| allow | 10.0.0.0/8 | ICMP | — | r.ping (rule ping, priority 100, when var.debug) · nsg.tf:1 |',
        '| allow | 10.0.0.2/32 | UDP | port 53 | r.dns (rule dns, priority 200) · nsg.tf:2 |',
        '| allow | var.resolver | UDP | port 53 | r.dns (rule dns, priority 200) · nsg.tf:2 |',
        '| deny | \\* | all protocols | all ports | r.deny\\_all (rule deny\\_all, priority 4000) · nsg.tf:40 |',
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('the byte limit', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      finding({
        ruleId: 'EGR002',
        level: 'error',
        message: `aws_security_group.g${i} allows all traffic to 0.0.0.0/0 ${'.'.repeat(60)}`,
        location: loc('main.tf', i + 1),
      }),
    );

  it('stops adding rows, closes the table and says how many rows were left out, under maxBytes', () => {
    const result = emptyResult({ findings: many(300), diagnostics: [parseError], firewalls: [appGroup] });
    const out = toMarkdownSummary(result, { rules, maxBytes: 20_000 });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(20_000);
    const lines = out.split('\n');
    const header = lines.indexOf('| Level | Rule | Location | Message |');
    const end = lines.indexOf('', header);
    const shown = end - header - 2;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(300);
    expect(lines.slice(end, end + 3)).toEqual([
      '',
      `_${300 - shown} more rows not shown: the job summary is limited to 20000 bytes. The SARIF and JSON reports have everything._`,
      '',
    ]);
    // The parse error and the egress map row come after the cut: counted, not shown.
    expect(lines.slice(end + 3)).toEqual([
      '_The rest of this summary (2 more rows) is not shown: it is limited to 20000 bytes._',
      '',
    ]);
  });

  it('stays under even a tiny limit', () => {
    const out = toMarkdownSummary(emptyResult({ findings: many(50) }), { rules, maxBytes: 700 });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(700);
    expect(out).toContain('more row');
  });

  it('clips one huge message so it cannot crowd out the other rows', () => {
    const huge = finding({
      ruleId: 'EGR002',
      level: 'error',
      message: 'x'.repeat(5000),
      location: loc('a.tf', 1),
    });
    const out = toMarkdownSummary(emptyResult({ findings: [huge] }), { rules });
    expect(out).toContain(`| ${'x'.repeat(999)}… |`);
    expect(out).not.toContain('x'.repeat(1000));
  });
});

describe('Markdown escaping', () => {
  it('escapes HTML, table pipes, code spans, emphasis and link syntax, and keeps one line', () => {
    expect(escapeMarkdown('<script>alert(1)</script> | `x` *a* _b_ [l](http://e) \\ ~s~ &amp;\r\nnext')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` \\*a\\* \\_b\\_ \\[l\\](http://e) \\\\ \\~s\\~ &amp;amp; next',
    );
  });

  it('percent-encodes characters that would end a link or a table cell', () => {
    expect(linkDestination('https://x/a b)(c|d<e>`"\'[]\\\n')).toBe(
      'https://x/a%20b%29%28c%7Cd%3Ce%3E%60%22%27%5B%5D%5C%0A',
    );
    expect(linkDestination('https://x/\u00a0')).toBe('https://x/%C2%A0');
    expect(link('a|b', 'https://x/y z')).toBe('[a\\|b](https://x/y%20z)');
    expect(link('a|b', undefined)).toBe('a\\|b');
  });

  it('clips cells to 200 characters by default', () => {
    expect(cell('y'.repeat(300))).toBe(`${'y'.repeat(199)}…`);
  });
});
