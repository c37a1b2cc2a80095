// Merging the results of a scan's units into exactly what one lintFiles call over the whole scan returns.
import { compareFindings } from './lint.ts';
import type { UnitResult } from './units.ts';
import { compactResult, keyDigest, StringPool } from './compact.ts';
import { mergeVariants } from './variants.ts';
import type { Diagnostic, Finding, LintResult } from './types.ts';
import { compareText } from '../model/order.ts';
import type { Firewall, Location, Unresolved } from '../model/types.ts';

function locationKey(l: Location): string {
  return `${l.file}\0${l.line}\0${l.column}`;
}

export function firewallKey(f: Firewall): string {
  return `${locationKey(f.location)}\0${f.id}`;
}

/**
 * Accumulates unit results. A local module shared by several units is analysed in each: what they report about
 * it twice is kept once (within a unit, entries are kept as lintFiles returns them).
 */
export class ResultMerger {
  private readonly findings: Finding[] = [];
  private readonly diagnostics: Diagnostic[];
  private readonly unresolved: Unresolved[] = [];
  private readonly firewalls: Firewall[] = [];
  private firewallCount = 0;
  /** Digests (keyDigest) of what was kept, so that a repeat from another unit is recognised. */
  private readonly seen = new Set<string>();
  private readonly strings = new StringPool();
  private filesScanned = 0;
  private filesSkipped = 0;
  private readonly inputsUsed = new Set<string>();

  constructor(diagnostics: Diagnostic[]) {
    this.diagnostics = [...diagnostics];
  }

  add(result: UnitResult): void {
    const unit = compactResult(result, this.strings);
    const keys: string[] = [];
    const fresh = <T>(items: readonly T[], kind: string, key: (item: T) => string, into: T[]) => {
      for (const item of items) {
        const k = keyDigest(`${kind}\0${key(item)}`);
        if (this.seen.has(k)) continue;
        keys.push(k);
        into.push(item);
      }
    };
    // Findings about instances share a fingerprint; their messages name the instances each unit saw.
    fresh(unit.findings, 'f', (f) => `${f.fingerprint}\0${f.firewallId}\0${f.message}`, this.findings);
    fresh(
      unit.diagnostics,
      'd',
      (d) => `${locationKey(d.location)}\0${d.code ?? ''}\0${d.message}`,
      this.diagnostics,
    );
    fresh(unit.unresolved, 'u', (u) => `${locationKey(u.location)}\0${u.expression}`, this.unresolved);
    for (const [i, key] of unit.firewallKeys.entries()) {
      const k = keyDigest(`w\0${key}`);
      if (this.seen.has(k)) continue;
      keys.push(k);
      this.firewallCount++;
      const firewall = unit.firewalls[i]; // present when the context keeps firewalls
      if (firewall) this.firewalls.push(firewall);
    }
    for (const k of keys) this.seen.add(k);
    this.filesScanned += unit.filesScanned;
    this.filesSkipped += unit.filesSkipped;
    for (const input of unit.inputsUsed) this.inputsUsed.add(input);
  }

  result(): LintResult {
    // A directive in a local module shared by several units is unused in a unit whose instances it does not
    // concern; it is used if it suppressed a finding in any of them, as one lintFiles call would see.
    const used = new Set<string>();
    for (const f of this.findings) {
      if (f.suppression?.kind === 'inSource' && f.suppression.location)
        used.add(`${locationKey(f.suppression.location)}\0${f.ruleId}`);
    }
    const diagnostics = this.diagnostics.filter(
      (d) => d.code !== 'unused-suppression' || !used.has(`${locationKey(d.location)}\0${d.ruleId}`),
    );
    return {
      findings: mergeVariants(this.findings).sort(compareFindings),
      diagnostics,
      unresolved: this.unresolved,
      firewalls: this.firewalls,
      stats: {
        filesScanned: this.filesScanned,
        filesSkipped: this.filesSkipped,
        firewalls: this.firewallCount,
        unresolved: this.unresolved.length,
      },
      inputsUsed: [...this.inputsUsed],
    };
  }
}

function compareLocations(a: Location, b: Location): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** Diagnostics, unresolved values and firewalls in file and line order: the same however the scan was split. */
export function inCanonicalOrder(result: LintResult): LintResult {
  result.diagnostics.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.message, b.message),
  );
  result.unresolved.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.expression, b.expression),
  );
  result.firewalls.sort((a, b) => compareLocations(a.location, b.location) || compareText(a.id, b.id));
  return result;
}
