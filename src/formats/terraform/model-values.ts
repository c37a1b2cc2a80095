// Turning evaluated Terraform values into model pieces, with the most specific location and the origin
// (variable default, tfvars, module argument) of every value. Shared by the AWS, Azure and GCP extractors.
import { parseCidr } from '../../model/cidr.ts';
import { normalizeProtocol } from '../../model/protocol.ts';
import type { Destination, Location, Origin, Protocol, Unresolved } from '../../model/types.ts';
import type { BodyView } from './module.ts';
import { asNumber, asString, elements, toPlain, type Value } from './values.ts';

/** Reads the fields of a rule written either as a block (`egress { … }`) or as an object (`egress = [{ … }]`). */
export interface Fields {
  /** The resource block the rule is written in: literals inside it are pointed at directly. */
  extent: Location;
  get(name: string): Value | undefined;
  /** Where the field's value is written; falls back to the whole rule. */
  locationOf(name: string): Location;
  /** The rule as a whole. */
  location: Location;
}

export function blockFields(view: BodyView, extent: Location): Fields {
  return {
    extent,
    get: (name) => view.attr(name),
    locationOf: (name) => view.attrLocation(name) ?? view.location,
    location: view.location,
  };
}

export function objectFields(value: Value & { t: 'object' }, fallback: Location, extent: Location): Fields {
  const location = value.src && !value.src.via ? value.src.loc : fallback;
  return {
    extent,
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

/** Origins of values that came from elsewhere (variables, locals, tfvars, module arguments). */
export function originsOf(values: (Value | undefined)[]): Origin[] {
  const out: Origin[] = [];
  for (const v of values) if (v?.src?.via) out.push({ location: v.src.loc, description: v.src.via });
  return out;
}

export type DestinationKind = 'cidr' | 'security-group' | 'prefix-list';

/** A list-valued (or single-valued) field → destinations of one kind. Unknown items become unknown destinations. */
export function destinationsFrom(
  value: Value | undefined,
  kind: DestinationKind,
  useSite: Location,
  extent: Location,
  log: UnresolvedLog,
): Destination[] {
  if (!value || value.t === 'null') return [];
  const items =
    value.t === 'list'
      ? value.items
      : value.t === 'unknown' || value.t === 'ref' || asString(value) !== undefined
        ? [value]
        : (elements(value) ?? [value]);
  const out: Destination[] = [];
  for (const item of items) {
    if (item.t === 'null') continue;
    const { location, origins } = placeOf(item, useSite, extent);
    if (item.t === 'unknown') {
      log.add(location, item);
      out.push({ kind: 'unknown', expression: item.expr, text: item.expr, location, origins });
      continue;
    }
    if (item.t === 'ref') {
      out.push({
        kind: kind === 'prefix-list' ? 'prefix-list' : 'security-group',
        ref: item.address,
        text: String(toPlain(item)),
        location,
        origins,
      });
      continue;
    }
    const text = asString(item);
    if (text === undefined || text === '') {
      if (text === '') continue; // "" is Terraform's idiom for "none" in conditional lists
      const u = {
        t: 'unknown' as const,
        expr: JSON.stringify(toPlain(item)),
        reason: `expected a string, got ${item.t}`,
      };
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

/** A required argument that is not written: the rule cannot be analysed, and the run says so. */
export function logMissing(log: UnresolvedLog, location: Location, name: string): void {
  log.add(location, {
    t: 'unknown',
    expr: name,
    reason: `required argument "${name}" is missing: the rule is not analysed`,
  });
}

export function protocolFrom(
  value: Value | undefined,
  location: Location,
  log: UnresolvedLog,
  name: string,
): Protocol {
  if (!value || value.t === 'null') {
    logMissing(log, location, name);
    return { unknown: `(missing ${name})` };
  }
  if (value.t === 'unknown') {
    log.add(location, value);
    return { unknown: value.expr };
  }
  const text = asString(value);
  return text === undefined ? { unknown: JSON.stringify(toPlain(value)) } : normalizeProtocol(text);
}

/** A port number field; undefined when absent, null when unknown (logged). */
export function portFrom(
  value: Value | undefined,
  location: Location,
  log: UnresolvedLog,
): number | undefined | null {
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
