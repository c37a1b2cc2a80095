// Collection functions: https://developer.hashicorp.com/terraform/language/functions (Collection Functions).
// concat, flatten, compact, distinct, tolist/toset and setunion keep what is known of a partly unknown list: an
// unknown argument becomes a "spread" element standing for any number of unknown elements (see args.ts).
import { compareText } from '../../../model/order.ts';
import { asBool, asString, elements, type Value } from '../values.ts';
import {
  bool,
  unknownIfTooLarge,
  def,
  distinctValues,
  fail,
  graphemes,
  list,
  needInteger,
  needKnown,
  needList,
  needNumber,
  needObject,
  needString,
  num,
  object,
  setOf,
  str,
  unifyPrimitives,
  valueKey,
  type FunctionDef,
} from './args.ts';

/** A list argument of a function that keeps what is known: an unknown one becomes a spread element. */
function partialItems(v: Value, fn: string): Value[] {
  if (v.t === 'unknown') return [{ ...v, spread: true }];
  return needList(v, fn, { partial: true });
}

function flatten(items: Value[]): Value[] {
  return items.flatMap((i) =>
    i.t === 'list' ? flatten(i.items) : i.t === 'unknown' ? [{ ...i, spread: true }] : [i],
  );
}

function contains(items: Value[], v: Value): boolean {
  const key = valueKey(needKnown(v));
  return items.some((x) => valueKey(needKnown(x)) === key);
}

/**
 * The elements of set arguments converted to one element type, as Terraform converts the arguments of its set
 * functions (`setintersection(["jane", 3], ["3"])` compares strings: `["3"]`).
 */
function unifiedSets(args: Value[], fn: string): Value[][] {
  const sets = args.map((a) => needList(a, fn));
  const unified = unifyPrimitives(sets.flat());
  let start = 0;
  return sets.map((set) => unified.slice(start, (start += set.length)));
}

/**
 * Arguments that must share one type (coalesce's): primitives unify when a string is among them; a number with a
 * bool, or a collection with anything of another kind, is Terraform's "all arguments must have the same type".
 */
function needOneType(args: Value[], fn: string): Value[] {
  // null fits every type; a resource reference's type is not known here.
  const kinds = new Set(args.filter((a) => a.t !== 'null' && a.t !== 'ref').map((a) => a.t));
  const primitive = [...kinds].every((k) => k === 'string' || k === 'number' || k === 'bool');
  if (kinds.size > 1 && (!primitive || !kinds.has('string')))
    fail(fn, 'all arguments must have the same type');
  return args;
}

function setproduct(sets: Value[][]): Value[][] {
  return sets.reduce<Value[][]>(
    (acc, set) => acc.flatMap((prefix) => set.map((item) => [...prefix, item])),
    [[]],
  );
}

function range(args: Value[]): number[] {
  const [start, end, step] =
    args.length === 1
      ? [0, needNumber(args[0], 'range'), 1]
      : [
          needNumber(args[0], 'range'),
          needNumber(args[1], 'range'),
          args[2] ? needNumber(args[2], 'range') : undefined,
        ];
  const direction = step ?? (end < start ? -1 : 1);
  if (direction === 0) fail('range', 'step must not be zero');
  if (end < start && direction > 0) fail('range', 'step must be negative for a descending range');
  if (end > start && direction < 0) fail('range', 'step must be positive for an ascending range');
  const out: number[] = [];
  for (let i = start; direction > 0 ? i < end : i > end; i += direction) {
    if (out.length >= 1024)
      fail(
        'range',
        'more than 1024 values were generated; decrease the difference between start and end or use a larger step',
      );
    out.push(i);
  }
  return out;
}

export const COLLECTION_FUNCTIONS: Record<string, FunctionDef> = {
  alltrue: def(1, 1, ([l]) =>
    bool(needList(l, 'alltrue').every((i) => i.t !== 'null' && asBool(needKnown(i)) === true)),
  ),
  anytrue: def(1, 1, ([l]) =>
    bool(needList(l, 'anytrue').some((i) => i.t !== 'null' && asBool(needKnown(i)) === true)),
  ),
  chunklist: def(2, 2, ([l, size]) => {
    const items = needList(l, 'chunklist');
    const n = needInteger(size, 'chunklist');
    if (n < 0) fail('chunklist', 'the size argument must be positive');
    if (n === 0) return list([list(items)]);
    const chunks: Value[] = [];
    for (let i = 0; i < items.length; i += n) chunks.push(list(items.slice(i, i + n)));
    return list(chunks);
  }),
  coalesce: def(1, Infinity, (args) => {
    for (const a of unifyPrimitives(needOneType(args.map(needKnown), 'coalesce'))) {
      if (a.t !== 'null' && !(a.t === 'string' && a.v === '')) return a;
    }
    return fail('coalesce', 'no non-null, non-empty-string arguments');
  }),
  coalescelist: def(1, Infinity, (args) => {
    for (const a of args) if (needList(a, 'coalescelist').length > 0) return a;
    return fail('coalescelist', 'no non-null arguments');
  }),
  compact: def(
    1,
    1,
    ([l], ctx) =>
      list(
        partialItems(l, 'compact').filter((i) => {
          if (i.t === 'unknown' || i.t === 'null') return i.t === 'unknown';
          return needString(i, 'compact') !== '';
        }),
        ctx.src,
      ),
    { partial: true },
  ),
  concat: def(
    1,
    Infinity,
    (args, ctx) =>
      list(
        args.flatMap((a) => partialItems(a, 'concat')),
        ctx.src,
      ),
    {
      partial: true,
    },
  ),
  contains: def(2, 2, ([l, v]) => bool(contains(needList(l, 'contains'), v))),
  distinct: def(1, 1, ([l], ctx) => list(distinctValues(partialItems(l, 'distinct')), ctx.src), {
    partial: true,
  }),
  element: def(2, 2, ([l, i]) => {
    const items = needList(l, 'element');
    if (items.length === 0) fail('element', 'cannot use element function with an empty list');
    const at = needInteger(i, 'element');
    if (at < 0) fail('element', 'cannot use element function with a negative index');
    return items[at % items.length];
  }),
  flatten: def(1, 1, ([l], ctx) => list(flatten(partialItems(l, 'flatten')), ctx.src), { partial: true }),
  index: def(2, 2, ([l, v]) => {
    const key = valueKey(needKnown(v));
    const at = needList(l, 'index').findIndex((x) => valueKey(needKnown(x)) === key);
    if (at < 0) fail('index', 'item not found');
    return num(at);
  }),
  keys: def(1, 1, ([m]) => list([...needObject(m, 'keys').keys()].sort(compareText).map((k) => str(k)))),
  length: def(1, 1, ([v]) => {
    needKnown(v);
    if (v.t === 'string') return num(graphemes(v.v).length);
    if (v.t === 'object') return num(v.attrs.size);
    if (v.t === 'null') return fail('length', 'argument must not be null');
    return num(needList(v, 'length').length);
  }),
  lookup: def(2, 3, ([m, k, fallback]) => {
    const found = needObject(m, 'lookup').get(needString(k, 'lookup'));
    if (found) return found;
    if (fallback) return fallback;
    return fail('lookup', `the given object has no attribute ${JSON.stringify(asString(k))}`);
  }),
  matchkeys: def(3, 3, ([vals, ks, search]) => {
    const values = needList(vals, 'matchkeys');
    const keys = needList(ks, 'matchkeys');
    if (values.length !== keys.length) fail('matchkeys', 'length of keys and values should be equal');
    const wanted = needList(search, 'matchkeys');
    return list(values.filter((_, i) => contains(wanted, keys[i])));
  }),
  merge: def(0, Infinity, (args, ctx) => {
    const attrs = new Map<string, Value>();
    for (const a of args) {
      if (needKnown(a).t === 'null') continue;
      for (const [k, v] of needObject(a, 'merge')) attrs.set(k, v);
    }
    return object(attrs, ctx.src);
  }),
  one: def(1, 1, ([l]) => {
    const items = needList(l, 'one');
    if (items.length > 1) fail('one', `must be a list, set, or tuple value with either zero or one elements`);
    return items[0] ?? { t: 'null' };
  }),
  range: def(1, 3, (args, ctx) =>
    list(
      range(args).map((n) => num(n, ctx.src)),
      ctx.src,
    ),
  ),
  reverse: def(1, 1, ([l]) => list([...needList(l, 'reverse')].reverse())),
  setintersection: def(1, Infinity, (args) => {
    const [first, ...rest] = unifiedSets(args, 'setintersection');
    return setOf(first.filter((x) => rest.every((r) => contains(r, x))));
  }),
  setproduct: def(2, Infinity, (args) => {
    // Each argument is one collection type of its own (`["a", 2]` is a list of strings), not unified with the others.
    const sets = args.map((a) => unifyPrimitives(needList(a, 'setproduct')));
    unknownIfTooLarge('setproduct', sets.reduce((n, set) => n * set.length, 1) * sets.length);
    return list(setproduct(sets).map((row) => list(row)));
  }),
  setsubtract: def(2, 2, (args) => {
    const [a, b] = unifiedSets(args, 'setsubtract');
    return setOf(a.filter((x) => !contains(b, x)));
  }),
  setunion: def(
    1,
    Infinity,
    (args, ctx) => setOf(unifyPrimitives(args.flatMap((a) => partialItems(a, 'setunion'))), ctx.src),
    {
      partial: true,
    },
  ),
  slice: def(3, 3, ([l, from, to]) => {
    const items = needList(l, 'slice');
    const start = needInteger(from, 'slice');
    const end = needInteger(to, 'slice');
    if (start < 0) fail('slice', 'start index must not be less than zero');
    if (end > items.length) fail('slice', 'end index must not be greater than the length of the list');
    if (start > end) fail('slice', 'start index must not be greater than end index');
    return list(items.slice(start, end));
  }),
  sort: def(1, 1, ([l], ctx) =>
    list(
      needList(l, 'sort')
        .map((i) => {
          if (i.t === 'null') fail('sort', 'given list element is null; a null value cannot be sorted');
          return str(needString(i, 'sort'), i.src);
        })
        .sort((a, b) => compareText(asString(a) ?? '', asString(b) ?? '')),
      ctx.src,
    ),
  ),
  sum: def(1, 1, ([l]) => {
    const items = needList(l, 'sum', { mapsToo: true });
    if (items.length === 0) fail('sum', 'cannot sum an empty list');
    return num(items.reduce((total, i) => total + needNumber(i, 'sum'), 0));
  }),
  transpose: def(1, 1, ([m]) => {
    const out = new Map<string, Value[]>();
    const input = needObject(m, 'transpose');
    for (const key of [...input.keys()].sort(compareText)) {
      for (const item of needList(input.get(key) as Value, 'transpose')) {
        const name = needString(item, 'transpose');
        out.set(name, [...(out.get(name) ?? []), str(key)]);
      }
    }
    return object(new Map([...out].sort(([a], [b]) => compareText(a, b)).map(([k, v]) => [k, list(v)])));
  }),
  values: def(1, 1, ([m]) => {
    needObject(m, 'values');
    return list(elements(m) as Value[]);
  }),
  zipmap: def(2, 2, ([ks, vs]) => {
    const keys = needList(ks, 'zipmap');
    const vals = needList(vs, 'zipmap');
    if (keys.length !== vals.length) fail('zipmap', 'number of keys and values must be equal');
    return object(new Map(keys.map((k, i) => [needString(k, 'zipmap'), vals[i]])));
  }),
};
