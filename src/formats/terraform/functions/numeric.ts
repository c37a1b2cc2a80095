// Numeric and type-conversion functions. `can` and `try` are the evaluator's (they catch evaluation errors).
import { asBool, asNumber, asString, unknown, type Value } from '../values.ts';
import {
  def,
  fail,
  needKnown,
  needList,
  needNumber,
  needString,
  num,
  setOf,
  str,
  typeName,
  unifyPrimitives,
  type FunctionDef,
} from './args.ts';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Go's big.Int SetString for bases 2-62: letters are case-insensitive up to base 36, then lower before upper. */
function parseInteger(text: string, base: number): number {
  if (!Number.isInteger(base) || base < 2 || base > 62)
    fail('parseint', 'base must be a whole number between 2 and 62 inclusive');
  const sign = text.startsWith('-') ? -1 : 1;
  const body = /^[+-]/.test(text) ? text.slice(1) : text;
  if (body === '') fail('parseint', `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
  let value = 0n;
  for (const c of body) {
    const digit = base <= 36 ? DIGITS.indexOf(c.toLowerCase()) : DIGITS.indexOf(c);
    if (digit < 0 || digit >= base)
      fail('parseint', `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    value = value * BigInt(base) + BigInt(digit);
  }
  const n = Number(value) * sign;
  if (!Number.isSafeInteger(n)) fail('parseint', `${text} is too large to be represented exactly`);
  return n;
}

function conversionError(fn: string, v: Value, to: string): never {
  return fail(fn, `cannot convert ${typeName(v)} to ${to}`);
}

export const NUMERIC_FUNCTIONS: Record<string, FunctionDef> = {
  abs: def(1, 1, ([n]) => num(Math.abs(needNumber(n, 'abs')))),
  ceil: def(1, 1, ([n]) => num(Math.ceil(needNumber(n, 'ceil')))),
  floor: def(1, 1, ([n]) => num(Math.floor(needNumber(n, 'floor')))),
  log: def(2, 2, ([n, base]) => num(Math.log(needNumber(n, 'log')) / Math.log(needNumber(base, 'log')))),
  max: def(1, Infinity, (args, ctx) => num(Math.max(...args.map((a) => needNumber(a, 'max'))), ctx.src)),
  min: def(1, Infinity, (args, ctx) => num(Math.min(...args.map((a) => needNumber(a, 'min'))), ctx.src)),
  parseint: def(2, 2, ([s, base]) =>
    num(parseInteger(needString(s, 'parseint'), needNumber(base, 'parseint'))),
  ),
  pow: def(2, 2, ([a, b]) => num(needNumber(a, 'pow') ** needNumber(b, 'pow'))),
  signum: def(1, 1, ([n]) => num(Math.sign(needNumber(n, 'signum')) || 0)),
};

export const CONVERSION_FUNCTIONS: Record<string, FunctionDef> = {
  tobool: def(1, 1, ([v]) => {
    if (needKnown(v).t === 'null') return v;
    const b = asBool(v);
    if (b === undefined) conversionError('tobool', v, 'bool');
    return { t: 'bool', v: b, src: v.src };
  }),
  tolist: def(
    1,
    1,
    ([v]) =>
      needKnown(v).t === 'null'
        ? v
        : { t: 'list', items: unifyPrimitives(needList(v, 'tolist', { partial: true })), src: v.src },
    { partial: true },
  ),
  tomap: def(1, 1, ([v]) => {
    if (needKnown(v).t === 'null') return v;
    if (v.t !== 'object') return conversionError('tomap', v, 'map');
    const keys = [...v.attrs.keys()];
    const values = unifyPrimitives([...v.attrs.values()]);
    return { t: 'object', attrs: new Map(keys.map((k, i) => [k, values[i]])), src: v.src };
  }),
  tonumber: def(1, 1, ([v]) => {
    if (needKnown(v).t === 'null') return v;
    const n = asNumber(v);
    if (n === undefined) conversionError('tonumber', v, 'number');
    return { t: 'number', v: n, src: v.src };
  }),
  toset: def(
    1,
    1,
    ([v]) =>
      needKnown(v).t === 'null' ? v : setOf(unifyPrimitives(needList(v, 'toset', { partial: true })), v.src),
    { partial: true },
  ),
  tostring: def(1, 1, ([v]) => {
    if (needKnown(v).t === 'null') return v;
    const s = asString(v);
    if (s === undefined) conversionError('tostring', v, 'string');
    return str(s, v.src);
  }),
  // Sensitivity changes how Terraform shows a value, not the value.
  sensitive: def(1, 1, ([v]) => v),
  nonsensitive: def(1, 1, ([v]) => v),
  // An ephemeral value becomes null, any other is kept: which one a value is, is not tracked.
  ephemeralasnull: def(1, 1, () =>
    unknown('ephemeralasnull(...)', 'ephemerality is not tracked: the value may be null'),
  ),
  issensitive: def(1, 1, () => unknown('issensitive(...)', 'sensitivity is not tracked')),
  type: def(1, 1, () => unknown('type(...)', 'type() is available only in terraform console')),
};
