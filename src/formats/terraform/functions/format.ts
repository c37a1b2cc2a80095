// Terraform's format(): Go's fmt verbs as cty implements them — %v %#v %t %b %d %o %x %X %e %E %f %g %G %s %q %%,
// flags (+ - space 0 #), width, precision and explicit argument indexes (%[2]s).
import { asBool, asNumber, asString, type Value } from '../values.ts';
import { unknownIfTooLarge, fail, needKnown, needString } from './args.ts';
import { jsonText } from './encoding.ts';

interface Spec {
  flags: string;
  width?: number;
  precision?: number;
  verb: string;
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  unknownIfTooLarge('format', spec.width ?? 0);
  if (spec.width === undefined || [...text].length >= spec.width) return text;
  const fill = spec.width - [...text].length;
  if (spec.flags.includes('-')) return text + ' '.repeat(fill);
  if (numeric && spec.flags.includes('0')) {
    const sign = /^[+\- ]/.test(text) ? text[0] : '';
    return sign + '0'.repeat(fill) + text.slice(sign.length);
  }
  return ' '.repeat(fill) + text;
}

function signed(n: number, body: string, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return `-${body}`;
  if (flags.includes('+')) return `+${body}`;
  if (flags.includes(' ')) return ` ${body}`;
  return body;
}

/** Go's %e: mantissa, `e`, sign and at least two exponent digits. */
function exponent(n: number, precision: number | undefined): string {
  const text = precision === undefined ? Math.abs(n).toExponential() : Math.abs(n).toExponential(precision);
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Go's %g: the shortest representation, in exponent form when the exponent is < -4 or >= the precision. */
function general(n: number, precision: number | undefined): string {
  const abs = Math.abs(n);
  if (abs === 0) return '0';
  const digits =
    precision === undefined ? abs.toExponential() : abs.toExponential(Math.max(precision, 1) - 1);
  const [mantissa, exp] = digits.split('e');
  const e = Number(exp);
  const limit = precision ?? 6;
  if (e < -4 || e >= limit)
    return exponent(Number(`${mantissa}e${exp}`), mantissa.replace(/^\d\.?/, '').length);
  return String(Number(digits));
}

function integer(v: Value, spec: Spec): number {
  const n = asNumber(needKnown(v));
  if (n === undefined) fail('format', `unsupported value for "%${spec.verb}": a number is required`);
  if (!Number.isInteger(n))
    fail('format', `unsupported value for "%${spec.verb}": value has a fractional part`);
  return n;
}

function formatOne(v: Value, spec: Spec): string {
  if (v.t === 'ref') return pad(needString(v, 'format'), spec, false); // known only after apply: unknown
  needKnown(v);
  if (v.t === 'null' && spec.verb !== 'v')
    fail('format', `unsupported value for "%${spec.verb}": null value cannot be formatted`);
  switch (spec.verb) {
    case 'v': {
      if (spec.flags.includes('#')) return pad(jsonText(v), spec, false);
      if (v.t === 'null') return pad('null', spec, false);
      const s = asString(v);
      return pad(s ?? jsonText(v), spec, v.t === 'number');
    }
    case 's': {
      const s = asString(v);
      if (s === undefined) fail('format', 'unsupported value for "%s": string required');
      const cut = spec.precision === undefined ? s : [...s].slice(0, spec.precision).join('');
      return pad(cut, spec, false);
    }
    case 'q': {
      const s = asString(v);
      if (s === undefined) fail('format', 'unsupported value for "%q": string required');
      return pad(JSON.stringify(s), spec, false);
    }
    case 't': {
      const b = asBool(v);
      if (b === undefined) fail('format', 'unsupported value for "%t": bool required');
      return pad(String(b), spec, false);
    }
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      if ((spec.verb === 'x' || spec.verb === 'X') && v.t === 'string' && asNumber(v) === undefined) {
        const hex = Buffer.from(v.v, 'utf8').toString('hex');
        return pad(spec.verb === 'X' ? hex.toUpperCase() : hex, spec, false);
      }
      const n = integer(v, spec);
      const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[spec.verb];
      let body = Math.abs(n).toString(radix);
      if (spec.verb === 'X') body = body.toUpperCase();
      return pad(signed(n, body, spec.flags), spec, true);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const n = asNumber(v);
      if (n === undefined) fail('format', `unsupported value for "%${spec.verb}": number required`);
      const lower = spec.verb.toLowerCase();
      let body =
        lower === 'e'
          ? exponent(n, spec.precision ?? 6)
          : lower === 'f'
            ? Math.abs(n).toFixed(spec.precision ?? 6)
            : general(n, spec.precision);
      if (spec.verb === 'E' || spec.verb === 'G') body = body.toUpperCase();
      return pad(signed(n, body, spec.flags), spec, true);
    }
  }
  return fail('format', `unrecognized format verb %${spec.verb}`);
}

/** Formats `args` by a Go-style format string, as Terraform's format() and formatlist() do. */
export function formatValue(template: string, args: Value[]): string {
  let next = 0;
  let out = '';
  const pattern = /%([-+ 0#]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(.)?/gy;
  for (let i = 0; i < template.length;) {
    const percent = template.indexOf('%', i);
    if (percent < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, percent);
    pattern.lastIndex = percent;
    const m = pattern.exec(template) as RegExpExecArray;
    i = pattern.lastIndex;
    const [, flags, argIndex, width, precision, verb] = m;
    if (verb === undefined) fail('format', 'unterminated format sequence at the end of the string');
    if (verb === '%' && m[0] === '%%') {
      out += '%';
      continue;
    }
    if (argIndex !== undefined) next = Number(argIndex) - 1;
    const arg = args[next++];
    if (!arg) fail('format', `not enough arguments for "%${verb}" at ${percent}`);
    out += formatOne(arg, {
      flags,
      width: width === undefined ? undefined : Number(width),
      precision: precision === undefined ? undefined : Number(precision || '0'),
      verb,
    });
  }
  if (next < args.length && !/%\[\d+\]/.test(template))
    fail('format', 'too many arguments; no verbs left for them');
  return out;
}
