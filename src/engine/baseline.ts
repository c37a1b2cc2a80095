// A baseline records accepted findings so a team can adopt egress-lint on existing code and see only new
// problems. Entries are keyed by fingerprint (rule id + file + firewall id + normalised rule, no line numbers),
// so moving code within a file keeps it baselined. Baselined findings stay in the result, suppressed as
// `external` with the justification `baseline`, so SARIF keeps the audit trail.
import { readSourceText } from './discover.ts';
import { ConfigError } from '../config/errors.ts';
import { compareText } from '../model/order.ts';
import type { Finding } from './types.ts';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  file: string;
  firewallId: string;
  fingerprint: string;
  /** For reviewers reading the file; not used for matching. */
  message?: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/** The baseline of a run: its unsuppressed findings (suppressed ones are already accepted elsewhere), sorted. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f) => !f.suppression)
    .map((f) => ({
      ruleId: f.ruleId,
      file: f.location.file,
      firewallId: f.firewallId,
      fingerprint: f.fingerprint,
      message: f.message,
    }))
    .sort(
      (a, b) =>
        compareText(a.file, b.file) ||
        compareText(a.firewallId, b.firewallId) ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.fingerprint, b.fingerprint),
    );
  return { version: BASELINE_VERSION, findings: entries };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Marks findings recorded in the baseline as suppressed; returns how many were. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): number {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  let count = 0;
  for (const finding of findings) {
    if (finding.suppression || !accepted.has(finding.fingerprint)) continue;
    finding.suppression = { kind: 'external', justification: 'baseline' };
    count++;
  }
  return count;
}

const REQUIRED_FIELDS = ['ruleId', 'file', 'firewallId', 'fingerprint'] as const;

/** Validates a baseline file's text; throws ConfigError naming the key at fault (a bad baseline is exit 2). */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, '', `not a baseline: invalid JSON (${(error as Error).message})`);
  }
  const record = data as { version?: unknown; findings?: unknown };
  if (typeof data !== 'object' || data === null || record.version !== BASELINE_VERSION) {
    throw new ConfigError(
      file,
      'version',
      `expected ${BASELINE_VERSION} (a baseline written by --baseline-create)`,
    );
  }
  if (!Array.isArray(record.findings)) throw new ConfigError(file, 'findings', 'expected a list');
  record.findings.forEach((entry: unknown, i) => {
    for (const field of REQUIRED_FIELDS) {
      if (typeof (entry as Record<string, unknown> | null)?.[field] !== 'string') {
        throw new ConfigError(file, `findings[${i}].${field}`, 'expected a string');
      }
    }
  });
  return data as Baseline;
}

/** A baseline is at most this large: one entry per accepted finding. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export function loadBaseline(path: string): Baseline {
  // Never blocks or reads without end: a FIFO or a device (/dev/zero) is refused before a byte is read.
  const read = readSourceText(path, MAX_BASELINE_BYTES, '');
  if (!read.ok) throw new ConfigError(path, '', `cannot read the baseline: ${read.message}`);
  return parseBaseline(read.text, path);
}
