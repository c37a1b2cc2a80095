// applySuppressions on hand-made findings: which directive covers which finding, expiry, requireReason,
// unused reporting and ignoreResources, independent of any analyser.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.ts';
import { memoryProject } from '../../src/engine/lint.ts';
import { applySuppressions, type SuppressionContext } from '../../src/engine/suppressions.ts';
import type { Finding, SourceFile } from '../../src/engine/types.ts';

const ALL_RULES = new Set(['EGR001', 'EGR002', 'EGR003']);

function finding(
  ruleId: string,
  file: string,
  line: number,
  resourceLine: number,
  firewallId = 'aws_security_group.x',
): Finding {
  return {
    ruleId,
    level: 'error',
    message: `${ruleId} at ${line}`,
    location: { file, line, column: 5 },
    related: [],
    firewallId,
    platform: 'terraform',
    fingerprint: `${ruleId}-${file}-${line}`,
    securitySeverity: '8.8',
    resource: { file, line: resourceLine, column: 1 },
  };
}

function run(
  files: SourceFile[],
  findings: Finding[],
  context: Omit<Partial<SuppressionContext>, 'configFor'> & { config?: Partial<Config> } = {},
) {
  const diagnostics = applySuppressions(findings, {
    files,
    ruleIds: ALL_RULES,
    today: '2027-03-31',
    ...context,
    configFor: () => ({ ...DEFAULT_CONFIG, ...context.config }),
  });
  return { diagnostics, suppressed: findings.map((f) => f.suppression?.justification ?? null) };
}

const file = (path: string, lines: string[]): SourceFile => ({ path, absPath: path, text: lines.join('\n') });

describe('coverage', () => {
  const main = file('main.tf', [
    'resource "aws_security_group" "x" {', // 1
    '  # egress-lint:ignore EGR001 -- whole resource', // 2
    '  egress {', // 3
    '    cidr_blocks = ["0.0.0.0/0"] # egress-lint:ignore EGR002 -- this line', // 4
    '    # egress-lint:ignore EGR003 -- next line', // 5
    '    cidr_blocks = ["0.0.0.0/0"]', // 6
    '  }', // 7
    '}', // 8
  ]);

  it('applies a directive to the finding on its line, on the line below it, or anywhere in its resource', () => {
    const findings = [
      finding('EGR001', 'main.tf', 3, 1), // resource-wide directive on line 2
      finding('EGR002', 'main.tf', 4, 1), // trailing directive
      finding('EGR003', 'main.tf', 6, 1), // directive on the line above
    ];
    expect(run([main], findings)).toEqual({
      diagnostics: [],
      suppressed: ['whole resource', 'this line', 'next line'],
    });
    expect(findings[1].suppression).toEqual({
      kind: 'inSource',
      justification: 'this line',
      location: { file: 'main.tf', line: 4, column: 33 },
    });
  });

  it('does not apply a directive to another rule, another line or another file', () => {
    const findings = [
      finding('EGR002', 'main.tf', 6, 1), // line 6 is covered for EGR003 only
      finding('EGR003', 'main.tf', 4, 1), // line 4 is covered for EGR002 only
      finding('EGR001', 'other.tf', 3, 1), // same lines, other file
    ];
    const { suppressed, diagnostics } = run([main, file('other.tf', [])], findings);
    expect(suppressed).toEqual([null, null, null]);
    expect(diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['unused-suppression', 2],
      ['unused-suppression', 4],
      ['unused-suppression', 5],
    ]);
  });

  it('covers a finding whose resource header follows the directive, wherever the finding is', () => {
    const text = file('main.tf', [
      '# egress-lint:ignore EGR001 -- managed elsewhere',
      'resource "aws_security_group" "x" {',
      '}',
    ]);
    expect(run([text], [finding('EGR001', 'main.tf', 3, 2)]).suppressed).toEqual(['managed elsewhere']);
  });
});

describe('problems', () => {
  const main = file('main.tf', [
    'cidr = "0.0.0.0/0" # egress-lint:ignore EGR002 exp:2027-03-31 -- until the migration',
  ]);

  it('keeps a directive through its expiry day and drops it the day after, saying so', () => {
    expect(run([main], [finding('EGR002', 'main.tf', 1, 1)], { today: '2027-03-31' })).toEqual({
      diagnostics: [],
      suppressed: ['until the migration'],
    });
    expect(run([main], [finding('EGR002', 'main.tf', 1, 1)], { today: '2027-04-01' })).toEqual({
      suppressed: [null],
      diagnostics: [
        {
          level: 'warning',
          code: 'expired-suppression',
          location: { file: 'main.tf', line: 1, column: 20 },
          message:
            'egress-lint:ignore EGR002 expired on 2027-03-31 and no longer suppresses (reason was: until the migration)',
        },
      ],
    });
  });

  it('requires a reason under requireReason, and then the directive does not suppress', () => {
    const noReason = file('main.tf', ['cidr = "0.0.0.0/0" # egress-lint:ignore EGR002']);
    expect(run([noReason], [finding('EGR002', 'main.tf', 1, 1)]).suppressed).toEqual(['']);
    expect(
      run([noReason], [finding('EGR002', 'main.tf', 1, 1)], { config: { requireReason: true } }),
    ).toEqual({
      suppressed: [null],
      diagnostics: [
        {
          level: 'error',
          code: 'suppression-without-reason',
          location: { file: 'main.tf', line: 1, column: 20 },
          message:
            'egress-lint:ignore EGR002 has no reason and requireReason is set, so it does not suppress: add "-- why this is acceptable"',
        },
      ],
    });
  });

  it('reports each unused rule id of a directive, but not rules that did not run', () => {
    const both = file('main.tf', ['cidr = "0.0.0.0/0" # egress-lint:ignore EGR002, EGR003 -- mirrors']);
    const findings = [finding('EGR002', 'main.tf', 1, 1)];
    expect(run([both], findings).diagnostics).toEqual([
      {
        level: 'warning',
        code: 'unused-suppression',
        ruleId: 'EGR003',
        location: { file: 'main.tf', line: 1, column: 20 },
        message: 'unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress',
      },
    ]);
    expect(
      run([both], [finding('EGR002', 'main.tf', 1, 1)], { ruleIds: new Set(['EGR002']) }).diagnostics,
    ).toEqual([]);
  });
});

describe('files outside the analysed set', () => {
  it('applies their directives to findings that point into them, without judging them', () => {
    const module = 'modules/sg/main.tf';
    const project = memoryProject([
      file(module, [
        '# egress-lint:ignore EGR001, EGR003 -- module default',
        'resource "aws_security_group" "x" {',
        '}',
      ]),
    ]);
    const findings = [finding('EGR001', module, 2, 2)];
    expect(run([file('main.tf', ['module "sg" {}'])], findings, { project })).toEqual({
      diagnostics: [],
      suppressed: ['module default'],
    });
  });
});

describe('ignoreResources', () => {
  const ignoreResources = [
    { pattern: 'urn:pulumi:prod::shop::*::bastion', reason: 'SSH to partners (SEC-1234)' },
  ];

  it('suppresses every finding about a matching firewall as external, with the reason', () => {
    const urn = 'urn:pulumi:prod::shop::aws:ec2/securityGroup:SecurityGroup::bastion';
    const findings = [
      finding('EGR002', 'Pulumi.prod.json', 40, 30, urn),
      finding('EGR002', 'Pulumi.prod.json', 80, 70, `${urn}-2`),
    ];
    expect(run([], findings, { config: { ignoreResources } }).suppressed).toEqual([
      'SSH to partners (SEC-1234)',
      null,
    ]);
    expect(findings[0].suppression).toEqual({
      kind: 'external',
      justification: 'SSH to partners (SEC-1234)',
    });
  });

  it('matches a Terraform address in any root module, or in the root the pattern names', () => {
    const legacy = [{ pattern: 'aws_security_group.legacy_*', reason: 'legacy' }];
    const inRoot = [{ pattern: 'envs/prod//aws_security_group.*', reason: 'prod' }];
    const findings = () => [
      finding('EGR002', 'envs/prod/main.tf', 3, 1, 'envs/prod//aws_security_group.legacy_a'),
      finding('EGR002', 'envs/dev/main.tf', 3, 1, 'envs/dev//aws_security_group.web'),
    ];
    expect(run([], findings(), { config: { ignoreResources: legacy } }).suppressed).toEqual(['legacy', null]);
    expect(run([], findings(), { config: { ignoreResources: inRoot } }).suppressed).toEqual(['prod', null]);
  });

  it('leaves findings already suppressed inline to their directive', () => {
    const main = file('main.tf', ['x = 1 # egress-lint:ignore EGR002 -- inline']);
    const findings = [finding('EGR002', 'main.tf', 1, 1, 'urn:pulumi:prod::shop::x::bastion')];
    expect(run([main], findings, { config: { ignoreResources } }).suppressed).toEqual(['inline']);
  });
});
