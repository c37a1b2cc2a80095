// Text shared by the reporters: problem counts, the one-line summary, locations, unresolved samples,
// and making untrusted text (messages, file names, expressions) safe to print on one line.
import type { Diagnostic, Finding, Level, LintResult } from '../engine/types.ts';
import type { Location, Unresolved } from '../model/types.ts';

export interface ProblemCounts {
  /** Unsuppressed findings plus diagnostics, by level. */
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
  unresolved: number;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A file that could not be read or parsed, as opposed to a problem with a suppression (which has a `code`). */
export function isFileFailure(d: Diagnostic): boolean {
  return d.code === undefined;
}

export function activeFindings(result: LintResult): Finding[] {
  return result.findings.filter((f) => !f.suppression);
}

/** What the reporters list: an unsuppressed finding or a diagnostic. */
export interface Problem {
  location: Location;
  level: Level;
  message: string;
  /** The rule id, or a suppression problem's code; undefined for a file that could not be read or parsed. */
  source?: string;
}

/** Unsuppressed findings and all diagnostics, in file, line and column order. */
export function problemsOf(result: LintResult): Problem[] {
  const findings = activeFindings(result).map((f) => ({
    location: f.location,
    level: f.level,
    message: f.message,
    source: f.ruleId,
  }));
  const diagnostics = result.diagnostics.map((d) => ({
    location: d.location,
    level: d.level,
    message: d.message,
    source: d.code,
  }));
  return [...findings, ...diagnostics].sort(compareLocations);
}

/** The unresolved count; the list may be capped by the engine, the stats never are. */
export function unresolvedCount(result: LintResult): number {
  return Math.max(result.stats.unresolved, result.unresolved.length);
}

export function countProblems(result: LintResult): ProblemCounts {
  const counts: ProblemCounts = {
    errors: 0,
    warnings: 0,
    notes: 0,
    suppressed: 0,
    unresolved: unresolvedCount(result),
  };
  const add = (level: Finding['level'] | Diagnostic['level']) => {
    if (level === 'error') counts.errors++;
    else if (level === 'warning') counts.warnings++;
    else counts.notes++;
  };
  for (const finding of result.findings) {
    if (finding.suppression) counts.suppressed++;
    else add(finding.level);
  }
  for (const diagnostic of result.diagnostics) add(diagnostic.level);
  return counts;
}

export function problemTotal(counts: ProblemCounts): number {
  return counts.errors + counts.warnings + counts.notes;
}

/**
 * `5 problems (3 errors, 2 warnings), 1 suppressed, 4 unresolved values · 12 files, 7 firewalls`,
 * or `No problems · 12 files, 7 firewalls` on a clean run. Suppressed, hidden (by --quiet) and unresolved parts only
 * when non-zero.
 */
export function summaryText(
  result: LintResult,
  counts: ProblemCounts = countProblems(result),
  hiddenByQuiet = 0,
): string {
  const total = problemTotal(counts);
  const levels = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.notes > 0) levels.push(plural(counts.notes, 'note'));
  const parts = [total === 0 ? 'No problems' : `${plural(total, 'problem')} (${levels.join(', ')})`];
  if (hiddenByQuiet > 0) parts.push(`${hiddenByQuiet} hidden by --quiet`);
  if (counts.suppressed > 0) parts.push(`${counts.suppressed} suppressed`);
  if (counts.unresolved > 0) parts.push(plural(counts.unresolved, 'unresolved value'));
  const scope = `${plural(result.stats.filesScanned, 'file')}, ${plural(result.stats.firewalls, 'firewall')}`;
  return `${parts.join(', ')} · ${scope}`;
}

/**
 * Untrusted text on one harmless line: line breaks and tabs become spaces; other control characters
 * (terminal escapes) and bidirectional overrides (which can make text display as something else) become U+FFFD.
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
  );
}

/** Shortens text for a table cell or hint, on one line, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(line[cut - 1])) cut--; // never split a surrogate pair
  return `${line.slice(0, cut)}…`;
}

export function locationText(location: Location): string {
  return `${location.file}:${location.line}`;
}

/** How many unresolved values the terminal hint and the job summary list. */
export const UNRESOLVED_SAMPLE_SIZE = 5;

export interface UnresolvedSample {
  shown: Unresolved[];
  /** How many more there are than shown. */
  more: number;
}

/** The first `max` unresolved values, in file and line order, for hints. */
export function unresolvedSample(result: LintResult, max: number): UnresolvedSample {
  const sorted = [...result.unresolved].sort(compareLocations);
  const shown = sorted.slice(0, max);
  return { shown, more: unresolvedCount(result) - shown.length };
}

/** Orders by file (code-point order, stable across locales), then line, then column. */
export function compareLocations(a: { location: Location }, b: { location: Location }): number {
  const fa = a.location.file;
  const fb = b.location.file;
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.location.line - b.location.line || a.location.column - b.location.column;
}

/** Help Markdown as plain text (SARIF help.text): no code fences, emphasis markers, backticks or link syntax. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .join('\n')
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 ($2)')
    .replace(/\*\*|__|`/g, '');
}
