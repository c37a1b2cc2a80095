// Stable machine-readable output. Fields are mapped one by one (not spread) so an internal change to the
// engine's types cannot silently change this format; bump JSON_FORMAT_VERSION when the shape changes.
import type { Diagnostic, Finding, LintResult, Suppression } from '../engine/types.ts';
import type { Location, Origin, Unresolved } from '../model/types.ts';
import { collectText, lazyArray, writeJson, type TextSink } from './json-writer.ts';
import { countProblems, unresolvedCount } from './text.ts';

export const JSON_FORMAT_VERSION = 1;

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface JsonFinding {
  ruleId: string;
  level: Finding['level'];
  message: string;
  location: JsonLocation;
  related: { description: string; location: JsonLocation }[];
  firewallId: string;
  platform: Finding['platform'];
  fingerprint: string;
  securitySeverity: string;
  resource: JsonLocation;
  /** null when the finding is not suppressed; `location` only for inSource suppressions. */
  suppression: { kind: Suppression['kind']; justification: string; location?: JsonLocation } | null;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  findings: JsonFinding[];
  /** `code` is null for a file that could not be read or parsed, else the suppression problem. */
  diagnostics: { level: Diagnostic['level']; code: string | null; message: string; location: JsonLocation }[];
  unresolved: { location: JsonLocation; expression: string; reason: string }[];
  stats: {
    filesScanned: number;
    filesSkipped: number;
    firewalls: number;
    unresolved: number;
    /** Unsuppressed findings plus diagnostics, by level. */
    errors: number;
    warnings: number;
    notes: number;
    suppressed: number;
  };
}

function location(l: Location): JsonLocation {
  const out: JsonLocation = { file: l.file, line: l.line, column: l.column };
  if (l.endLine !== undefined) out.endLine = l.endLine;
  if (l.endColumn !== undefined) out.endColumn = l.endColumn;
  return out;
}

function related(o: Origin): JsonFinding['related'][number] {
  return { description: o.description, location: location(o.location) };
}

function suppression(s: Suppression): NonNullable<JsonFinding['suppression']> {
  return {
    kind: s.kind,
    justification: s.justification,
    ...(s.location && { location: location(s.location) }),
  };
}

function finding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    location: location(f.location),
    related: f.related.map(related),
    firewallId: f.firewallId,
    platform: f.platform,
    fingerprint: f.fingerprint,
    securitySeverity: f.securitySeverity,
    resource: location(f.resource),
    suppression: f.suppression ? suppression(f.suppression) : null,
  };
}

function diagnostic(d: Diagnostic): JsonReport['diagnostics'][number] {
  return { level: d.level, code: d.code ?? null, message: d.message, location: location(d.location) };
}

function unresolved(u: Unresolved): JsonReport['unresolved'][number] {
  return { location: location(u.location), expression: u.expression, reason: u.reason };
}

function stats(result: LintResult): JsonReport['stats'] {
  const counts = countProblems(result);
  return {
    filesScanned: result.stats.filesScanned,
    filesSkipped: result.stats.filesSkipped,
    firewalls: result.stats.firewalls,
    unresolved: unresolvedCount(result),
    errors: counts.errors,
    warnings: counts.warnings,
    notes: counts.notes,
    suppressed: counts.suppressed,
  };
}

/** Streams the report (its large arrays made item by item while written), never held whole. */
export function writeJsonReport(result: LintResult, sink: TextSink): void {
  const report: Record<keyof JsonReport, unknown> = {
    version: JSON_FORMAT_VERSION,
    findings: lazyArray(result.findings, finding),
    diagnostics: lazyArray(result.diagnostics, diagnostic),
    unresolved: lazyArray(result.unresolved, unresolved),
    stats: stats(result),
  };
  writeJson(report, sink);
}

export function toJson(result: LintResult): string {
  return collectText((sink) => writeJsonReport(result, sink));
}
