// What the worker pool holds of each unit's results until a large scan ends: compact copies. Memory then grows with
// the findings alone, not with the files: nothing of a unit's sources, syntax trees or model stays reachable, each
// repeated string (file paths, rule ids, levels) is held once, and results are told apart by short digests.
import { createHash } from 'node:crypto';
import type { Location, Origin } from '../model/types.ts';
import type { UnitResult } from './units.ts';
import type { Finding, FindingVariants, Suppression } from './types.ts';

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

/**
 * A location as an object literal of its own shape. A structured clone builds each object property by property, which
 * puts its fields in a separate backing store: a literal holds them in the object itself, half the memory.
 */
function compactLocation(l: Location, pool: StringPool): Location {
  const file = pool.get(l.file);
  const { line, column, endLine, endColumn } = l;
  if (endLine === undefined && endColumn === undefined) return { file, line, column };
  if (endColumn === undefined) return { file, line, column, endLine };
  if (endLine === undefined) return { file, line, column, endColumn };
  return { file, line, column, endLine, endColumn };
}

function compactOrigin(o: Origin, pool: StringPool): Origin {
  return { location: compactLocation(o.location, pool), description: pool.get(o.description) };
}

function compactSuppression(s: Suppression, pool: StringPool): Suppression {
  const { kind, justification } = s;
  return s.location
    ? { kind, justification, location: compactLocation(s.location, pool) }
    : { kind, justification };
}

function compactVariants(v: FindingVariants, pool: StringPool): FindingVariants {
  const instances = v.instances.map((i) => ({
    address: pool.get(i.address),
    root: i.root === undefined ? undefined : pool.get(i.root),
    firewallId: pool.get(i.firewallId),
  }));
  return v.own === undefined
    ? { template: v.template, instances }
    : { template: v.template, instances, own: v.own };
}

function compactFinding(f: Finding, pool: StringPool): Finding {
  // One shape for every finding: `suppression` and `variants` are undefined rather than absent (deleting a property
  // would put the object in a slow dictionary mode); nothing tells the two apart.
  return {
    ruleId: pool.get(f.ruleId),
    level: pool.get(f.level) as Finding['level'],
    message: f.message,
    location: compactLocation(f.location, pool),
    related: f.related.map((o) => compactOrigin(o, pool)),
    firewallId: pool.get(f.firewallId),
    platform: pool.get(f.platform) as Finding['platform'],
    fingerprint: f.fingerprint,
    securitySeverity: pool.get(f.securitySeverity),
    resource: compactLocation(f.resource, pool),
    suppression: f.suppression && compactSuppression(f.suppression, pool),
    variants: f.variants && compactVariants(f.variants, pool),
  };
}

/** A unit's findings, diagnostics and unresolved values rebuilt compact, their repeated strings shared. */
export function compactResult(result: UnitResult, pool: StringPool): UnitResult {
  return {
    ...result,
    findings: result.findings.map((f) => compactFinding(f, pool)),
    diagnostics: result.diagnostics.map((d) => ({ ...d, location: compactLocation(d.location, pool) })),
    unresolved: result.unresolved.map((u) => ({
      ...u,
      location: compactLocation(u.location, pool),
      reason: pool.get(u.reason),
    })),
  };
}

/** A 32-byte digest of a key: what is remembered of each result to recognise it if another unit reports it again. */
export function keyDigest(key: string): string {
  return createHash('sha256').update(key).digest().toString('latin1');
}
