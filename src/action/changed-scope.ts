// Which problems a pull request is responsible for: those on the lines it changed. Used to put them first
// among the annotations and, with `only-changed`, to report nothing else.
import type { Diagnostic, Finding, LintResult } from '../engine/types.ts';
import type { Location } from '../model/types.ts';
import { failuresFirst } from '../reporters/github.ts';
import { isFileFailure, problemsOf, type Problem } from '../reporters/text.ts';
import type { ChangedLines } from './changed-lines.ts';

function touches(changed: ChangedLines, file: string, from: number, to: number): boolean {
  const lines = changed.get(file);
  if (lines === undefined) return false;
  if (lines === 'all') return true;
  for (let line = from; line <= to; line++) if (lines.has(line)) return true;
  return false;
}

function locationTouches(changed: ChangedLines, location: Location): boolean {
  return touches(changed, location.file, location.line, location.endLine ?? location.line);
}

/**
 * A finding is the pull request's when it changed the reported line, the finding's resource from its header down
 * to that line (a port changed above an unchanged CIDR), or where a value it used came from (a variable default,
 * a tfvars entry).
 */
export function findingOnChangedLines(finding: Finding, changed: ChangedLines): boolean {
  const { location, resource } = finding;
  const from = resource.file === location.file ? Math.min(resource.line, location.line) : location.line;
  return (
    touches(changed, location.file, from, location.endLine ?? location.line) ||
    finding.related.some((origin) => locationTouches(changed, origin.location))
  );
}

/** Files that could not be analysed always count: nothing in them was checked, whatever the pull request changed. */
function diagnosticOnChangedLines(diagnostic: Diagnostic, changed: ChangedLines): boolean {
  return isFileFailure(diagnostic) || locationTouches(changed, diagnostic.location);
}

export interface ScopedResults {
  onChangedLines: LintResult;
  elsewhere: LintResult;
}

/**
 * The result split by the changed lines; firewalls, unresolved values and stats stay whole in both. With
 * `baseFingerprints` (the findings at the base commit), a finding that is new there is the pull request's too,
 * wherever its line is (a config change, a deleted deny rule).
 */
export function splitByChangedLines(
  result: LintResult,
  changed: ChangedLines,
  baseFingerprints?: ReadonlySet<string>,
): ScopedResults {
  const ours = causedByPullRequest(changed, baseFingerprints);
  const scoped = (keep: boolean): LintResult => ({
    ...result,
    findings: result.findings.filter((f) => ours(f) === keep),
    diagnostics: result.diagnostics.filter((d) => diagnosticOnChangedLines(d, changed) === keep),
  });
  return { onChangedLines: scoped(true), elsewhere: scoped(false) };
}

/** Whether the pull request caused a finding: it is on lines the pull request changed, or not there at its base. */
export function causedByPullRequest(
  changed: ChangedLines,
  baseFingerprints?: ReadonlySet<string>,
): (finding: Finding) => boolean {
  return (f) =>
    findingOnChangedLines(f, changed) ||
    (baseFingerprints !== undefined && !baseFingerprints.has(f.fingerprint));
}

/** Firewalls the pull request changed: a changed line in the firewall's resource or one of its rules, or a finding it caused. */
export function changedFirewalls(
  result: LintResult,
  changed: ChangedLines,
  caused: (finding: Finding) => boolean,
): Set<string> {
  const ids = new Set(result.findings.filter(caused).map((f) => f.firewallId));
  for (const firewall of result.firewalls) {
    if (
      [firewall.location, ...firewall.rules.map((r) => r.location)].some((l) => locationTouches(changed, l))
    )
      ids.add(firewall.id);
  }
  return ids;
}

/** Files that could not be analysed, then problems on changed lines, then the rest; each in file order. */
export function prioritisedProblems(result: LintResult, changed: ChangedLines | undefined): Problem[] {
  if (changed === undefined) return failuresFirst(problemsOf(result));
  const { onChangedLines, elsewhere } = splitByChangedLines(result, changed);
  return [...failuresFirst(problemsOf(onChangedLines)), ...problemsOf(elsewhere)];
}
