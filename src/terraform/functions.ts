// Terraform's built-in functions that shape network values. Functions that read files, the clock or the
// network (file, templatefile, timestamp, uuid, ...) are deliberately absent: they evaluate to unknown.
import { parseCidr } from '../model/cidr.ts';
import { compareText } from '../model/order.ts';
import {
  asBool,
  asNumber,
  asString,
  elements,
  equalValues,
  toPlain,
  unknown,
  type Src,
  type Value,
} from './values.ts';

/** A genuine evaluation error (wrong type, missing key): `try` catches it; elsewhere it becomes unknown. */
export class EvalError extends Error {}

type Fn = (args: Value[], src: Src) => Value;

function list(items: Value[], src?: Src): Value {
  return { t: 'list', items, src };
}

function needList(v: Value, fn: string): Value[] {
  const items = elements(v);
  if (!items) throw new EvalError(`${fn}: expected a list, got ${v.t}`);
  return items;
}

function needString(v: Value, fn: string): string {
  const s = asString(v);
  if (s === undefined) throw new EvalError(`${fn}: expected a string, got ${v.t}`);
  return s;
}

/** A number, or an evaluation error naming the function (`fn`) or operator that wanted one. */
export function needNumber(v: Value, fn?: string): number {
  const n = asNumber(v);
  if (n === undefined) throw new EvalError(`${fn ? `${fn}: ` : ''}expected a number, got ${v.t}`);
  return n;
}

function distinct(items: Value[]): Value[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = JSON.stringify(toPlain(i));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function flatten(items: Value[]): Value[] {
  return items.flatMap((i) => (i.t === 'list' ? flatten(i.items) : [i]));
}

function objectOf(v: Value, fn: string): Map<string, Value> {
  if (v.t === 'object') return v.attrs;
  if (v.t === 'null') return new Map();
  throw new EvalError(`${fn}: expected a map or object, got ${v.t}`);
}

/** Go's fmt verbs as Terraform's format() uses them: %s %d %v %q %%, with optional width. */
function format(spec: string, args: Value[]): string {
  let next = 0;
  return spec.replace(/%(-?\d*)(\.\d+)?([sdvqft%])/g, (_m, _width, _prec, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[next++];
    if (!arg) throw new EvalError('format: not enough arguments');
    const s = asString(arg) ?? JSON.stringify(toPlain(arg));
    return verb === 'q' ? JSON.stringify(s) : s;
  });
}

function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const base = parseCidr(prefix);
  if (!base) throw new EvalError(`cidrsubnet: invalid CIDR ${prefix}`);
  const bits = base.version === 4 ? 32 : 128;
  const length = base.prefix + newbits;
  if (length > bits || netnum < 0 || netnum >= 2 ** newbits) throw new EvalError('cidrsubnet: out of range');
  const network = base.network | (BigInt(netnum) << BigInt(bits - length));
  const text =
    base.version === 4
      ? addressText4(network)
      : (parseCidr(`${v6Text(network)}/128`)?.text ?? '').split('/')[0];
  return `${text}/${length}`;
}

function cidrhost(prefix: string, hostnum: number): string {
  const base = parseCidr(prefix);
  if (!base) throw new EvalError(`cidrhost: invalid CIDR ${prefix}`);
  const address = base.network + BigInt(hostnum);
  return base.version === 4 ? addressText4(address) : (parseCidr(v6Text(address))?.text ?? '').split('/')[0];
}

function addressText4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
}

function v6Text(n: bigint): string {
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((n >> s) & 0xffffn).toString(16));
  return groups.join(':');
}

export const FUNCTIONS: Record<string, Fn> = {
  concat: (args, src) =>
    list(
      args.flatMap((a) => needList(a, 'concat')),
      src,
    ),
  flatten: ([a], src) => list(flatten(needList(a, 'flatten')), src),
  distinct: ([a], src) => list(distinct(needList(a, 'distinct')), src),
  toset: ([a], src) => list(distinct(needList(a, 'toset')), src),
  tolist: ([a], src) => list(needList(a, 'tolist'), src),
  tomap: ([a]) => (a.t === 'object' ? a : { t: 'object', attrs: objectOf(a, 'tomap') }),
  compact: ([a], src) =>
    list(
      needList(a, 'compact').filter((i) => !(i.t === 'string' && i.v === '') && i.t !== 'null'),
      src,
    ),
  length: ([a], src) => {
    if (a.t === 'string') return { t: 'number', v: [...a.v].length, src };
    if (a.t === 'object') return { t: 'number', v: a.attrs.size, src };
    return { t: 'number', v: needList(a, 'length').length, src };
  },
  element: ([a, i]) => {
    const items = needList(a, 'element');
    if (items.length === 0) throw new EvalError('element: empty list');
    return items[Math.floor(needNumber(i, 'element')) % items.length];
  },
  index: ([a, v], src) => {
    const at = needList(a, 'index').findIndex((x) => equalValues(x, v));
    if (at < 0) throw new EvalError('index: value not found');
    return { t: 'number', v: at, src };
  },
  slice: ([a, from, to], src) =>
    list(needList(a, 'slice').slice(needNumber(from, 'slice'), needNumber(to, 'slice')), src),
  reverse: ([a], src) => list([...needList(a, 'reverse')].reverse(), src),
  sort: ([a], src) =>
    list(
      [...needList(a, 'sort')].sort((x, y) => compareText(asString(x) ?? '', asString(y) ?? '')),
      src,
    ),
  contains: ([a, v], src) => ({ t: 'bool', v: needList(a, 'contains').some((x) => equalValues(x, v)), src }),
  one: ([a]) => {
    const items = needList(a, 'one');
    if (items.length > 1) throw new EvalError('one: more than one element');
    return items[0] ?? { t: 'null' };
  },
  keys: ([a], src) =>
    list(
      [...objectOf(a, 'keys').keys()].sort().map((k) => ({ t: 'string', v: k, src }) as Value),
      src,
    ),
  values: ([a], src) => list(elements(a) ?? needList(a, 'values'), src),
  merge: (args, src) => {
    const attrs = new Map<string, Value>();
    for (const a of args) for (const [k, v] of objectOf(a, 'merge')) attrs.set(k, v);
    return { t: 'object', attrs, src };
  },
  lookup: ([m, k, fallback]) => {
    const found = objectOf(m, 'lookup').get(needString(k, 'lookup'));
    if (found) return found;
    if (fallback) return fallback;
    throw new EvalError(`lookup: no key ${asString(k)}`);
  },
  zipmap: ([ks, vs], src) => {
    const keys = needList(ks, 'zipmap');
    const vals = needList(vs, 'zipmap');
    return { t: 'object', attrs: new Map(keys.map((k, i) => [needString(k, 'zipmap'), vals[i]])), src };
  },
  coalesce: (args) => {
    const found = args.find((a) => a.t !== 'null' && !(a.t === 'string' && a.v === ''));
    if (!found) throw new EvalError('coalesce: no non-null argument');
    return found;
  },
  coalescelist: (args) => {
    const found = args.find((a) => (elements(a)?.length ?? 0) > 0);
    if (!found) throw new EvalError('coalescelist: no non-empty list');
    return found;
  },
  range: (args, src) => {
    const [start, end, step] =
      args.length === 1
        ? [0, needNumber(args[0], 'range'), 1]
        : [
            needNumber(args[0], 'range'),
            needNumber(args[1], 'range'),
            args[2] ? needNumber(args[2], 'range') : 1,
          ];
    if (step === 0 || Math.abs((end - start) / step) > 10_000)
      throw new EvalError('range: too many elements');
    const out: Value[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push({ t: 'number', v: i, src });
    return list(out, src);
  },
  join: ([sep, a], src) => ({
    t: 'string',
    v: needList(a, 'join')
      .map((i) => needString(i, 'join'))
      .join(needString(sep, 'join')),
    src,
  }),
  split: ([sep, s], src) => {
    const text = needString(s, 'split');
    const parts = text === '' ? [''] : text.split(needString(sep, 'split'));
    return list(
      parts.map((p) => ({ t: 'string', v: p, src: s.src ?? src }) as Value),
      src,
    );
  },
  format: ([spec, ...args], src) => ({ t: 'string', v: format(needString(spec, 'format'), args), src }),
  formatlist: ([spec, ...args], src) => {
    const n = Math.max(...args.map((a) => elements(a)?.length ?? 1));
    const rows: Value[] = [];
    for (let i = 0; i < n; i++) {
      const row = args.map((a) => (a.t === 'list' ? a.items[i] : a));
      rows.push({ t: 'string', v: format(needString(spec, 'formatlist'), row), src });
    }
    return list(rows, src);
  },
  lower: ([s], src) => ({ t: 'string', v: needString(s, 'lower').toLowerCase(), src: s.src ?? src }),
  upper: ([s], src) => ({ t: 'string', v: needString(s, 'upper').toUpperCase(), src: s.src ?? src }),
  trimspace: ([s], src) => ({ t: 'string', v: needString(s, 'trimspace').trim(), src: s.src ?? src }),
  replace: ([s, from, to], src) => ({
    t: 'string',
    v: needString(s, 'replace').split(needString(from, 'replace')).join(needString(to, 'replace')),
    src: s.src ?? src,
  }),
  substr: ([s, off, len], src) => {
    const text = needString(s, 'substr');
    const n = needNumber(len, 'substr');
    return { t: 'string', v: text.substr(needNumber(off, 'substr'), n < 0 ? undefined : n), src };
  },
  startswith: ([s, p], src) => ({
    t: 'bool',
    v: needString(s, 'startswith').startsWith(needString(p, 'startswith')),
    src,
  }),
  endswith: ([s, p], src) => ({
    t: 'bool',
    v: needString(s, 'endswith').endsWith(needString(p, 'endswith')),
    src,
  }),
  tostring: ([s]) => (s.t === 'null' ? s : { t: 'string', v: needString(s, 'tostring'), src: s.src }),
  tonumber: ([s]) => (s.t === 'null' ? s : { t: 'number', v: needNumber(s, 'tonumber'), src: s.src }),
  tobool: ([s]) => {
    if (s.t === 'null') return s;
    const b = asBool(s);
    if (b === undefined) throw new EvalError('tobool: not a bool');
    return { t: 'bool', v: b, src: s.src };
  },
  min: (args, src) => ({ t: 'number', v: Math.min(...args.map((a) => needNumber(a, 'min'))), src }),
  max: (args, src) => ({ t: 'number', v: Math.max(...args.map((a) => needNumber(a, 'max'))), src }),
  abs: ([a], src) => ({ t: 'number', v: Math.abs(needNumber(a, 'abs')), src }),
  cidrsubnet: ([p, nb, nn], src) => ({
    t: 'string',
    v: cidrsubnet(needString(p, 'cidrsubnet'), needNumber(nb, 'cidrsubnet'), needNumber(nn, 'cidrsubnet')),
    src,
  }),
  cidrhost: ([p, n], src) => ({
    t: 'string',
    v: cidrhost(needString(p, 'cidrhost'), needNumber(n, 'cidrhost')),
    src,
  }),
  setunion: (args, src) => list(distinct(args.flatMap((a) => needList(a, 'setunion'))), src),
  setsubtract: ([a, b], src) =>
    list(
      needList(a, 'setsubtract').filter((x) => !needList(b, 'setsubtract').some((y) => equalValues(x, y))),
      src,
    ),
  setintersection: ([a, ...rest], src) =>
    list(
      distinct(
        needList(a, 'setintersection').filter((x) =>
          rest.every((r) => needList(r, 'setintersection').some((y) => equalValues(x, y))),
        ),
      ),
      src,
    ),
  jsonencode: ([a], src) => ({ t: 'string', v: JSON.stringify(toPlain(a)), src }),
};

/** Functions whose result depends on more than their arguments: never evaluated. */
export function callUnknown(name: string, src: Src): Value {
  return unknown(`${name}(...)`, `function ${name} is not evaluated statically`, src);
}
