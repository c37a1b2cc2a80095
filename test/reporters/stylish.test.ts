import { describe, expect, it } from 'vitest';
import { toStylish } from '../../src/reporters/stylish.ts';
import { emptyResult, finding, loc, sampleResult } from './fixtures.ts';

const ESC = '\u001b';

describe('toStylish', () => {
  it('groups problems by file, aligns columns, lists parse and suppression problems, counts suppressed and unresolved', () => {
    expect(toStylish(sampleResult(), { color: false })).toBe(
      [
        '',
        'broken.tf',
        "  3:5  error  Unexpected token '}': expected an attribute or block  (parse)",
        '',
        'main.tf',
        '   6:19  error    aws_security_group.app allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere  EGR002',
        '  10:1   warning  aws_security_group.db declares no egress policy                                                      EGR001',
        '  14:3   warning  unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress                             unused-suppression',
        '',
        '✖ 4 problems (2 errors, 2 warnings), 1 suppressed, 2 unresolved values · 5 files, 3 firewalls',
        'Unresolved values (not analysed; unknown is never reported as open):',
        '  main.tf:30 data.aws_vpc.main.cidr_block — data sources are not read',
        '  vars.tf:12 var.egress_cidrs — variable has no default and no value',
        '',
      ].join('\n'),
    );
  });

  it('colours levels, positions, headings and the summary only when asked', () => {
    const out = toStylish(sampleResult(), { color: true });
    expect(out).toContain(`${ESC}[4mmain.tf${ESC}[24m`);
    expect(out).toContain(`  ${ESC}[2m 6:19${ESC}[22m  ${ESC}[31merror${ESC}[39m    aws_security_group.app`);
    expect(out).toContain(`${ESC}[33mwarning${ESC}[39m  aws_security_group.db`);
    expect(out).toContain(`${ESC}[2mEGR002${ESC}[22m\n`);
    expect(out).toContain(
      `${ESC}[1m${ESC}[31m✖ 4 problems (2 errors, 2 warnings), 1 suppressed, 2 unresolved values · 5 files, 3 firewalls${ESC}[39m${ESC}[22m\n`,
    );
    expect(toStylish(sampleResult(), { color: false })).not.toContain(ESC);
  });

  it('says so in one line on a clean run', () => {
    const result = emptyResult({ stats: { filesScanned: 12 } });
    expect(toStylish(result, { color: false })).toBe('✔ No problems · 12 files, 0 firewalls\n');
    expect(toStylish(result, { color: true })).toBe(
      `${ESC}[1m${ESC}[32m✔ No problems · 12 files, 0 firewalls${ESC}[39m${ESC}[22m\n`,
    );
  });

  it('uses singulars, and counts suppressed findings on an otherwise clean run', () => {
    const suppressed = finding({
      ruleId: 'EGR002',
      level: 'error',
      message: 'x',
      location: loc('main.tf', 3),
      suppression: { kind: 'external', justification: 'baseline' },
    });
    const result = emptyResult({
      findings: [suppressed],
      stats: { filesScanned: 1, firewalls: 1 },
    });
    expect(toStylish(result, { color: false })).toBe('✔ No problems, 1 suppressed · 1 file, 1 firewall\n');
  });

  it('shows warnings-only summaries in yellow, and counts notes when there are any', () => {
    const result = emptyResult({
      findings: [
        finding({ ruleId: 'EGR003', level: 'warning', message: 'smtp.', location: loc('a.tf', 2, 3) }),
        finding({ ruleId: 'EGR009', level: 'note', message: 'fyi.', location: loc('a.tf', 1, 1) }),
      ],
      stats: { filesScanned: 1 },
    });
    expect(toStylish(result, { color: false })).toBe(
      [
        '',
        'a.tf',
        '  1:1  note     fyi   EGR009',
        '  2:3  warning  smtp  EGR003',
        '',
        '✖ 2 problems (0 errors, 1 warning, 1 note) · 1 file, 0 firewalls',
        '',
      ].join('\n'),
    );
    expect(toStylish(result, { color: true })).toContain(`${ESC}[1m${ESC}[33m✖ 2 problems`);
    expect(toStylish(result, { color: true })).toContain(`${ESC}[36mnote${ESC}[39m`);
  });

  it('lists at most five unresolved values, then how many more', () => {
    const unresolved = Array.from({ length: 7 }, (_, i) => ({
      location: loc('vars.tf', i + 1, 3),
      expression: `var.v${i}`,
      reason: 'no value',
    }));
    const lines = toStylish(emptyResult({ unresolved }), { color: false }).split('\n');
    expect(lines).toEqual([
      '✔ No problems, 7 unresolved values · 0 files, 0 firewalls',
      'Unresolved values (not analysed; unknown is never reported as open):',
      '  vars.tf:1 var.v0 — no value',
      '  vars.tf:2 var.v1 — no value',
      '  vars.tf:3 var.v2 — no value',
      '  vars.tf:4 var.v3 — no value',
      '  vars.tf:5 var.v4 — no value',
      '  … 2 more (--format json lists them all)',
      '',
    ]);
  });

  it('clips long multi-line expressions in the hint to one line of 80 characters', () => {
    const expression = `concat(\n  var.a,\n  ${'x'.repeat(100)}\n)`;
    const out = toStylish(
      emptyResult({ unresolved: [{ location: loc('m.tf', 4, 1), expression, reason: 'unknown' }] }),
      {
        color: false,
      },
    );
    expect(out.split('\n')[2]).toBe(`  m.tf:4 concat(   var.a,   ${'x'.repeat(60)}… — unknown`);
  });

  it('prints headings relative to the cwd, or absolute, when it knows the scan root', () => {
    const result = emptyResult({
      findings: [
        finding({ ruleId: 'EGR001', level: 'warning', message: 'm.', location: loc('infra/main.tf', 1) }),
      ],
    });
    const heading = (options: { root?: string; cwd?: string }) =>
      toStylish(result, { color: false, ...options }).split('\n')[1];
    expect(heading({})).toBe('infra/main.tf');
    expect(heading({ cwd: '/repo/infra' })).toBe('infra/main.tf');
    expect(heading({ root: '/repo' })).toBe('/repo/infra/main.tf');
    expect(heading({ root: '/repo', cwd: '/repo/infra' })).toBe('main.tf');
    expect(heading({ root: '/repo', cwd: '/repo/app' })).toBe('../infra/main.tf');
  });

  it('writes the unresolved hint with the same paths as the headings', () => {
    const result = emptyResult({
      unresolved: [{ location: loc('infra/vars.tf', 3, 1), expression: 'var.x', reason: 'no value' }],
    });
    expect(toStylish(result, { color: false, root: '/repo', cwd: '/repo/infra' }).split('\n')[2]).toBe(
      '  vars.tf:3 var.x — no value',
    );
  });
});
