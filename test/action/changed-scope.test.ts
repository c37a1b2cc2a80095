// Which findings a pull request is responsible for, given the lines it changed.
import { describe, expect, it } from 'vitest';
import type { ChangedLines } from '../../src/action/changed-lines.ts';
import {
  findingOnChangedLines,
  prioritisedProblems,
  splitByChangedLines,
} from '../../src/action/changed-scope.ts';
import type { Diagnostic, Finding, LintResult } from '../../src/engine/types.ts';
import type { Location, Origin } from '../../src/model/types.ts';

const at = (file: string, line: number): Location => ({ file, line, column: 1 });

function finding(location: Location, resource: Location, related: Origin[] = []): Finding {
  return {
    ruleId: 'EGR002',
    level: 'warning',
    message: `at ${location.file}:${location.line}`,
    location,
    related,
    firewallId: 'aws_security_group.a',
    platform: 'terraform',
    fingerprint: `${location.file}:${location.line}`,
    securitySeverity: '5.5',
    resource,
  };
}

function result(findings: Finding[], diagnostics: Diagnostic[] = []): LintResult {
  return {
    findings,
    diagnostics,
    unresolved: [],
    firewalls: [],
    stats: { filesScanned: 2, filesSkipped: 0, firewalls: 1, unresolved: 0 },
  };
}

describe('findingOnChangedLines', () => {
  const changed: ChangedLines = new Map<string, ReadonlySet<number> | 'all'>([
    ['main.tf', new Set([12])],
    ['vars.tf', new Set([3])],
    ['huge.tf', 'all'],
  ]);

  it('counts the reported line and the resource from its header down to it', () => {
    expect(findingOnChangedLines(finding(at('main.tf', 12), at('main.tf', 1)), changed)).toBe(true);
    // A port changed on line 12, above the CIDR the finding points at.
    expect(findingOnChangedLines(finding(at('main.tf', 15), at('main.tf', 10)), changed)).toBe(true);
    // Another resource further down, and a resource above whose span ends before the change.
    expect(findingOnChangedLines(finding(at('main.tf', 20), at('main.tf', 18)), changed)).toBe(false);
    expect(findingOnChangedLines(finding(at('main.tf', 8), at('main.tf', 2)), changed)).toBe(false);
  });

  it('counts where a value came from, and files whose lines GitHub did not give', () => {
    const fromVariable = finding(at('main.tf', 30), at('main.tf', 28), [
      { location: at('vars.tf', 3), description: 'variable "cidrs" default' },
    ]);
    expect(findingOnChangedLines(fromVariable, changed)).toBe(true);
    expect(findingOnChangedLines(finding(at('huge.tf', 900), at('huge.tf', 880)), changed)).toBe(true);
    expect(findingOnChangedLines(finding(at('other.tf', 12), at('other.tf', 1)), changed)).toBe(false);
  });
});

describe('splitByChangedLines and prioritisedProblems', () => {
  const changed: ChangedLines = new Map([['b.tf', new Set([5])]]);
  const onChange = finding(at('b.tf', 5), at('b.tf', 4));
  const elsewhere = finding(at('a.tf', 5), at('a.tf', 4));
  const brokenFile: Diagnostic = { level: 'error', message: 'unclosed block', location: at('z.tf', 9) };
  const unusedDirective: Diagnostic = {
    level: 'warning',
    message: 'suppressed nothing',
    location: at('a.tf', 1),
    code: 'unused-suppression',
  };
  const whole = result([elsewhere, onChange], [brokenFile, unusedDirective]);

  it('keeps files that could not be analysed with the changed lines, whatever changed', () => {
    const { onChangedLines, elsewhere: rest } = splitByChangedLines(whole, changed);
    expect(onChangedLines.findings).toEqual([onChange]);
    expect(onChangedLines.diagnostics).toEqual([brokenFile]);
    expect(rest.findings).toEqual([elsewhere]);
    expect(rest.diagnostics).toEqual([unusedDirective]);
    expect(onChangedLines.stats).toBe(whole.stats);
  });

  it('orders file failures, then the changed lines, then the rest', () => {
    const order = (c: ChangedLines | undefined) =>
      prioritisedProblems(whole, c).map((p) => `${p.location.file}:${p.location.line}`);
    expect(order(changed)).toEqual(['z.tf:9', 'b.tf:5', 'a.tf:1', 'a.tf:5']);
    expect(order(undefined)).toEqual(['z.tf:9', 'a.tf:1', 'a.tf:5', 'b.tf:5']);
  });
});
