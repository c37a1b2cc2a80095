// What the worker pool holds of each unit's results until a large scan ends: compact copies. Memory then grows with
// the findings alone, not with the files: nothing of a unit's sources, syntax trees or model stays reachable, each
// repeated string (file paths, rule ids, levels) is held once, and results are told apart by short digests.
import { createHash } from 'node:crypto';
import type { Location, Origin } from '../model/types.ts';
import type { UnitResult } from './pool.ts';
import type { Finding, Suppression } from './types.ts';

/** One copy of each string it is given. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get(text: string): string {
    const pooled = this.strings.get(text);
    if (pooled !== undefined) return pooled;
    this.strings.set(text, text);
    return text;
  }
}

/**
 * A unit's result as a worker's arrives: a structured clone, whose strings are flat copies. A result made in this
 * thread would otherwise keep what its strings are slices and concatenations of (source texts, identifiers) alive.
 */
export function detachedCopy(result: UnitResult): UnitResult {
  return structuredClone(result);
}

function pooledLocation(l: Location, pool: StringPool): Location {
  l.file = pool.get(l.file);
  return l;
}

function pooledOrigin(o: Origin, pool: StringPool): Origin {
  pooledLocation(o.location, pool);
  o.description = pool.get(o.description);
  return o;
}

function pooledSuppression(s: Suppression, pool: StringPool): Suppression {
  if (s.location) pooledLocation(s.location, pool);
  return s;
}

/** Shares the repeated strings of a unit's findings, diagnostics and unresolved values (in place). */
export function poolStrings(result: UnitResult, pool: StringPool): void {
  for (const f of result.findings) poolFinding(f, pool);
  for (const d of result.diagnostics) pooledLocation(d.location, pool);
  for (const u of result.unresolved) {
    pooledLocation(u.location, pool);
    u.reason = pool.get(u.reason);
  }
}

function poolFinding(f: Finding, pool: StringPool): void {
  f.ruleId = pool.get(f.ruleId);
  f.level = pool.get(f.level) as Finding['level'];
  f.platform = pool.get(f.platform) as Finding['platform'];
  f.securitySeverity = pool.get(f.securitySeverity);
  f.firewallId = pool.get(f.firewallId);
  pooledLocation(f.location, pool);
  pooledLocation(f.resource, pool);
  for (const o of f.related) pooledOrigin(o, pool);
  if (f.suppression) pooledSuppression(f.suppression, pool);
  for (const i of f.variants?.instances ?? []) {
    i.address = pool.get(i.address);
    if (i.root !== undefined) i.root = pool.get(i.root);
  }
}

/** A 32-byte digest of a key: what is remembered of each result to recognise it if another unit reports it again. */
export function keyDigest(key: string): string {
  return createHash('sha256').update(key).digest().toString('latin1');
}
