// Turning evaluated Terraform values into model pieces, with the most specific location and the origin
// (variable default, tfvars, module argument) of every value. Shared by the AWS, Azure and GCP extractors.
import { parseCidr } from '../../model/cidr.ts';
import { normalizeProtocol } from '../../model/protocol.ts';
import type { Destination, Location, Origin, Protocol, Unresolved } from '../../model/types.ts';
import type { BodyView } from '../../terraform/module.ts';
import { asNumber, asString, elements, toPlain, type Value } from '../../terraform/values.ts';

/** Reads the fields of a rule written either as a block (`egress { … }`) or as an object (`egress = [{ … }]`). */
export interface Fields {
  get(name: string): Value | undefined;
  /** Where the field's value is written; falls back to the whole rule. */
  locationOf(name: string): Location;
  /** The rule as a whole. */
  location: Location;
}

export function blockFields(view: BodyView): Fields {
  return {
    get: (name) => view.attr(name),
    locationOf: (name) => view.attrLocation(name) ?? view.location,
    location: view.location,
  };
}

export function objectFields(value: Value & { t: 'object' }, fallback: Location): Fields {
  const location = value.src && !value.src.via ? value.src.loc : fallback;
  return {
    get: (name) => value.attrs.get(name),
    locationOf: (name) => {
      const v = value.attrs.get(name);
      return v?.src && !v.src.via ? v.src.loc : location;
    },
    location,
  };
}

/** Collects values that could not be resolved, for the run's count and report. */
export class UnresolvedLog {
  readonly entries: Unresolved[] = [];
  add(location: Location, value: Value & { t: 'unknown' }): void {
    this.entries.push({ location, expression: value.expr, reason: value.reason });
  }
}

/**
 * Where to point for a value used at `useSite`: the literal itself when it is written right there, else the
 * use site with the literal's place as an origin (a variable default, a tfvars line, a module argument).
 */
export function placeOf(value: Value, useSite: Location): { location: Location; origins: Origin[] } {
  const src = value.src;
  if (!src || src.loc.file === '(command line)') {
    return { location: useSite, origins: src?.via ? [{ location: src.loc, description: src.via }] : [] };
  }
  if (src.via) return { location: useSite, origins: [{ location: src.loc, description: src.via }] };
  return { location: src.loc.file === useSite.file ? src.loc : useSite, origins: [] };
}

export type DestinationKind = 'cidr' | 'security-group' | 'prefix-list';

/** A list-valued (or single-valued) field → destinations of one kind. Unknown items become unknown destinations. */
export function destinationsFrom(
  value: Value | undefined,
  kind: DestinationKind,
  useSite: Location,
  log: UnresolvedLog,
): Destination[] {
  if (!value || value.t === 'null') return [];
  const items = value.t === 'list' ? value.items : value.t === 'unknown' || value.t === 'ref' || asString(value) !== undefined ? [value] : elements(value) ?? [value];
  const out: Destination[] = [];
  for (const item of items) {
    if (item.t === 'null') continue;
    const { location, origins } = placeOf(item, useSite);
    if (item.t === 'unknown') {
      log.add(location, item);
      out.push({ kind: 'unknown', expression: item.expr, text: item.expr, location, origins });
      continue;
    }
    if (item.t === 'ref') {
      out.push({ kind: kind === 'prefix-list' ? 'prefix-list' : 'security-group', ref: item.address, text: String(toPlain(item)), location, origins });
      continue;
    }
    const text = asString(item);
    if (text === undefined || text === '') {
      if (text === '') continue; // "" is Terraform's idiom for "none" in conditional lists
      const u = { t: 'unknown' as const, expr: JSON.stringify(toPlain(item)), reason: `expected a string, got ${item.t}` };
      log.add(location, u);
      out.push({ kind: 'unknown', expression: u.expr, text: u.expr, location, origins });
      continue;
    }
    if (kind === 'cidr') {
      const cidr = parseCidr(text);
      if (cidr) out.push({ kind: 'cidr', cidr, text, location, origins });
      else {
        log.add(location, { t: 'unknown', expr: text, reason: 'not a valid CIDR' });
        out.push({ kind: 'unknown', expression: text, text, location, origins });
      }
    } else out.push({ kind, ref: text, text, location, origins });
  }
  return out;
}

export function protocolFrom(value: Value | undefined, location: Location, log: UnresolvedLog): Protocol {
  if (!value || value.t === 'null') return { unknown: '(missing)' };
  if (value.t === 'unknown') {
    log.add(location, value);
    return { unknown: value.expr };
  }
  const text = asString(value);
  return text === undefined ? { unknown: JSON.stringify(toPlain(value)) } : normalizeProtocol(text);
}

/** A port number field; undefined when absent, null when unknown (logged). */
export function portFrom(value: Value | undefined, location: Location, log: UnresolvedLog): number | undefined | null {
  if (!value || value.t === 'null') return undefined;
  if (value.t === 'unknown') {
    log.add(location, value);
    return null;
  }
  const n = asNumber(value);
  return n === undefined ? null : n;
}

export function stringFrom(value: Value | undefined): string | undefined {
  return value ? asString(value) : undefined;
}
