// Where evaluated Terraform values are reported: the most specific location and the origin (variable default,
// tfvars, module argument) of every value; the log of values that could not be resolved. Shared by the mappings.
import type { Location, Origin, Unresolved } from '../../model/types.ts';
import { asString, type Value } from './values.ts';

/** Collects values that could not be resolved, for the run's count and report. */
export class UnresolvedLog {
  readonly entries: Unresolved[] = [];
  add(location: Location, value: Value & { t: 'unknown' }): void {
    this.entries.push({ location, expression: value.expr, reason: value.reason });
  }
}

function inside(loc: Location, extent: Location): boolean {
  return loc.file === extent.file && loc.line >= extent.line && loc.line <= (extent.endLine ?? extent.line);
}

/**
 * Where to point for a value used at `useSite`: the literal itself when it is written inside the resource,
 * else the use site with the literal's place as an origin (a variable default, a tfvars line, a module argument).
 */
export function placeOf(
  value: Value,
  useSite: Location,
  extent: Location,
): { location: Location; origins: Origin[] } {
  const src = value.src;
  if (!src) return { location: useSite, origins: [] };
  if (!src.via && inside(src.loc, extent)) return { location: src.loc, origins: [] };
  return { location: useSite, origins: src.via ? [{ location: src.loc, description: src.via }] : [] };
}

/** A required argument that is not written: the rule cannot be analysed, and the run says so. */
export function logMissing(log: UnresolvedLog, location: Location, name: string): void {
  log.add(location, {
    t: 'unknown',
    expr: name,
    reason: `required argument "${name}" is missing: the rule is not analysed`,
  });
}

export function stringFrom(value: Value | undefined): string | undefined {
  return value ? asString(value) : undefined;
}
