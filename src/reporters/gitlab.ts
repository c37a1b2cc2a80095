// GitLab Code Quality (a JSON array GitLab shows on merge requests): one issue per unsuppressed finding and per
// diagnostic. GitLab has no notion of a suppressed issue, so suppressed findings are left out (SARIF keeps them).
import { createHash } from 'node:crypto';
import type { Level, LintResult } from '../engine/types.ts';
import { activeFindings } from './text.ts';

export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** An egress error is real exposure (critical); a file that could not be analysed hides what it holds (major). */
const SEVERITY: Record<Level, GitlabIssue['severity']> = {
  error: 'critical',
  warning: 'minor',
  note: 'info',
};

export function toGitlabIssues(result: LintResult): GitlabIssue[] {
  const findings = activeFindings(result).map<GitlabIssue>((f) => ({
    description: f.message,
    check_name: f.ruleId,
    fingerprint: f.fingerprint,
    severity: SEVERITY[f.level],
    location: { path: f.location.file, lines: { begin: f.location.line } },
  }));
  const diagnostics = result.diagnostics.map<GitlabIssue>((d) => ({
    description: d.message,
    check_name: d.code ?? 'file-not-analysed',
    // Diagnostics have no fingerprint of their own: their place and text identify them.
    fingerprint: createHash('sha256')
      .update(`${d.code ?? ''}\0${d.location.file}\0${d.location.line}\0${d.location.column}\0${d.message}`)
      .digest('hex')
      .slice(0, 32),
    severity: d.code === undefined ? 'major' : SEVERITY[d.level],
    location: { path: d.location.file, lines: { begin: d.location.line } },
  }));
  return [...findings, ...diagnostics];
}

export function toGitlab(result: LintResult): string {
  return `${JSON.stringify(toGitlabIssues(result), null, 2)}\n`;
}
