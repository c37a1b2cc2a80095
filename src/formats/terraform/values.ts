// Terraform runtime values, each remembering where its literal was written, so a finding can point at the
// variable default or tfvars entry that made a rule open.
import type { Location } from '../../model/types.ts';

/** Where a value's literal was written, and what that place is (`variable "cidrs" default`, `terraform.tfvars`). */
export interface Src {
  loc: Location;
  via?: string;
}

export type Value =
  | { t: 'string'; v: string; src?: Src }
  | { t: 'number'; v: number; src?: Src }
  | { t: 'bool'; v: boolean; src?: Src }
  | { t: 'null'; src?: Src }
  | { t: 'list'; items: Value[]; src?: Src }
  | { t: 'object'; attrs: Map<string, Value>; src?: Src }
  /** Cannot be known statically: a data source, a computed attribute, a variable with no value. */
  /** `spread`: stands for any number of unknown list elements (an unknown list concatenated with known ones). */
  | { t: 'unknown'; expr: string; reason: string; src?: Src; spread?: boolean }
  /** A reference to a managed resource instance (`aws_security_group.relay`), with the attribute path read from it. */
  | { t: 'ref'; address: string; attr: string[]; src?: Src };

export function unknown(expr: string, reason: string, src?: Src): Value {
  return { t: 'unknown', expr, reason, src };
}

/** Terraform's string conversion: numbers and bools convert, the rest do not. */
export function asString(v: Value): string | undefined {
  switch (v.t) {
    case 'string':
      return v.v;
    case 'number':
      return String(v.v);
    case 'bool':
      return String(v.v);
    default:
      return undefined;
  }
}

export function asNumber(v: Value): number | undefined {
  if (v.t === 'number') return v.v;
  if (v.t === 'string' && v.v.trim() !== '' && !Number.isNaN(Number(v.v))) return Number(v.v);
  return undefined;
}

export function asBool(v: Value): boolean | undefined {
  if (v.t === 'bool') return v.v;
  if (v.t === 'string' && (v.v === 'true' || v.v === 'false')) return v.v === 'true';
  return undefined;
}

/** Elements of a list, or the values of a map/object (Terraform iterates maps by sorted key). */
export function elements(v: Value): Value[] | undefined {
  if (v.t === 'list') return v.items;
  if (v.t === 'object') return [...v.attrs.keys()].sort().map((k) => v.attrs.get(k) as Value);
  return undefined;
}

/** A plain JS value for hashing / equality / messages. */
export function toPlain(v: Value): unknown {
  switch (v.t) {
    case 'list':
      return v.items.map(toPlain);
    case 'object':
      return Object.fromEntries([...v.attrs].map(([k, x]) => [k, toPlain(x)]));
    case 'null':
      return null;
    case 'unknown':
      return `(unknown: ${v.expr})`;
    case 'ref':
      return `${v.address}${v.attr.map((a) => `.${a}`).join('')}`;
    default:
      return v.v;
  }
}

export function equalValues(a: Value, b: Value): boolean {
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}

/** Converts parsed JSON/tfvars data into a Value, all pointing at one location. */
export function fromPlain(x: unknown, src?: Src): Value {
  if (x === null || x === undefined) return { t: 'null', src };
  if (typeof x === 'string') return { t: 'string', v: x, src };
  if (typeof x === 'number') return { t: 'number', v: x, src };
  if (typeof x === 'boolean') return { t: 'bool', v: x, src };
  if (Array.isArray(x)) return { t: 'list', items: x.map((i) => fromPlain(i, src)), src };
  return {
    t: 'object',
    attrs: new Map(Object.entries(x as object).map(([k, i]) => [k, fromPlain(i, src)])),
    src,
  };
}
