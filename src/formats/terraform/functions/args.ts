// What every built-in function shares: the errors a call can end in, argument checks that name the function,
// constructors for results, and Terraform's set ordering.
import { compareText } from '../../../model/order.ts';
import { asBool, asNumber, asString, elements, toPlain, type Src, type Value } from '../values.ts';

/** A genuine evaluation error (wrong type, missing key): `try` catches it; elsewhere it becomes unknown. */
export class EvalError extends Error {}

/**
 * An argument (or an element a function has to look at) is unknown, so the result is unknown too. Not an error:
 * `try` and `can` do not catch it, as in Terraform, where an unknown argument makes the whole call unknown.
 */
export class UnknownArgument extends Error {
  constructor(readonly value: Value & { t: 'unknown' }) {
    super(value.reason);
  }
}

/** What a call may read beyond its arguments: files under the scanned root, the evaluator for templates. */
export interface CallContext {
  src: Src;
  /** A file's text by a path as Terraform resolves it (relative to the root module), or an EvalError. */
  readFile(path: string): string;
  fileExists(path: string): boolean;
  /** Files under a directory (resolved as readFile does), as paths relative to it. */
  filesUnder(dir: string): string[];
  /** Renders template text with only the given names in scope; `file` is the template's path (templatefile). */
  renderTemplate(text: string, names: Map<string, Value>, file?: string): Value;
}

export type Fn = (args: Value[], ctx: CallContext) => Value;

export interface FunctionDef {
  /** Fewest and most arguments (Infinity: variadic). */
  min: number;
  max: number;
  /** Accepts unknown arguments and keeps what is known of them (concat of a known and an unknown list). */
  partial?: boolean;
  /** Reads files or the module's place: not the same in every scope (see isConstant). */
  contextual?: boolean;
  fn: Fn;
}

export function def(min: number, max: number, fn: Fn, flags: Partial<FunctionDef> = {}): FunctionDef {
  return { min, max, fn, ...flags };
}

export function fail(fn: string, message: string): never {
  throw new EvalError(`${fn}: ${message}`);
}

function known(v: Value): Value {
  if (v.t === 'unknown') throw new UnknownArgument(v);
  return v;
}

/** A string, number or bool argument: a resource's attribute (`aws_security_group.x.id`) is known only after apply. */
function primitive(v: Value): Value {
  if (v.t === 'ref') {
    const text = `${v.address}${v.attr.map((a) => `.${a}`).join('')}`;
    throw new UnknownArgument({ t: 'unknown', expr: text, reason: `${text} is known only after apply` });
  }
  return known(v);
}

/** Stands for any number of unknown elements (concat's unknown argument): what they are, and how many, is unknown. */
export function isSpread(v: Value): boolean {
  return v.t === 'unknown' && v.spread === true;
}

/** A list's (or set's, tuple's) elements; the values of a map or object when `mapsToo`. */
export function needList(
  v: Value,
  fn: string,
  options: { mapsToo?: boolean; partial?: boolean } = {},
): Value[] {
  known(v);
  if (v.t === 'list') {
    if (!options.partial) for (const item of v.items) if (isSpread(item)) known(item);
    return v.items;
  }
  if (options.mapsToo && v.t === 'object') return elements(v) as Value[];
  return fail(fn, `expected a list, got ${typeName(v)}`);
}

export function needString(v: Value, fn: string): string {
  primitive(v);
  const s = asString(v);
  if (s === undefined) fail(fn, `expected a string, got ${typeName(v)}`);
  return s;
}

/** A number, or an evaluation error naming the function (`fn`) or operator that wanted one. */
export function needNumber(v: Value, fn?: string): number {
  primitive(v);
  const n = asNumber(v);
  if (n === undefined) throw new EvalError(`${fn ? `${fn}: ` : ''}expected a number, got ${typeName(v)}`);
  return n;
}

export function needInteger(v: Value, fn: string): number {
  const n = needNumber(v, fn);
  if (!Number.isInteger(n)) fail(fn, `expected a whole number, got ${n}`);
  return n;
}

export function needBool(v: Value, fn: string): boolean {
  primitive(v);
  const b = asBool(v);
  if (b === undefined) fail(fn, `expected a bool, got ${typeName(v)}`);
  return b;
}

export function needObject(v: Value, fn: string): Map<string, Value> {
  known(v);
  if (v.t === 'object') return v.attrs;
  return fail(fn, `expected a map or object, got ${typeName(v)}`);
}

/** Any known value (an element a function compares or copies must be known). */
export function needKnown(v: Value): Value {
  return known(v);
}

/** Terraform's name for a value's kind, for messages. */
export function typeName(v: Value): string {
  switch (v.t) {
    case 'list':
      return 'list';
    case 'object':
      return 'object';
    case 'ref':
      return 'resource reference';
    default:
      return v.t;
  }
}

export function str(v: string, src?: Src): Value {
  return { t: 'string', v, src };
}

export function num(v: number, src?: Src): Value {
  if (!Number.isFinite(v)) throw new EvalError(`result ${v} is not a finite number`);
  return { t: 'number', v, src };
}

export function bool(v: boolean, src?: Src): Value {
  return { t: 'bool', v, src };
}

export function list(items: Value[], src?: Src): Value {
  return { t: 'list', items, src };
}

export function object(attrs: Map<string, Value>, src?: Src): Value {
  return { t: 'object', attrs, src };
}

/** A key for equality and de-duplication: values equal in Terraform get the same key. */
export function valueKey(v: Value): string {
  return JSON.stringify(toPlain(v));
}

export function distinctValues(items: Value[]): Value[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (isSpread(i)) return true;
    const key = valueKey(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A set as Terraform orders it: distinct elements; strings, numbers and bools in their order (cty's set rules);
 * other element types in the order given. Unknown elements stay last.
 */
export function setOf(items: Value[], src?: Src): Value {
  const distinct = distinctValues(items);
  const unknowns = distinct.filter((i) => i.t === 'unknown');
  const knownItems = distinct.filter((i) => i.t !== 'unknown');
  const kinds = new Set(knownItems.map((i) => i.t));
  if (kinds.size === 1) {
    const kind = knownItems[0].t;
    if (kind === 'string') knownItems.sort((a, b) => compareText(asString(a) ?? '', asString(b) ?? ''));
    else if (kind === 'number' || kind === 'bool')
      knownItems.sort((a, b) => Number(toPlain(a)) - Number(toPlain(b)));
  }
  return list([...knownItems, ...unknowns], src);
}

/** Made on first use: creating it loads ICU's break rules, ~6 ms of every run's start-up otherwise. */
let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters (grapheme clusters), as Terraform's length, substr and strrev count them. */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Terraform's type unification for a list, set or map built from mixed primitives: when strings are among them,
 * numbers and bools become strings (`tolist(["a", 3])` is `["a", "3"]`).
 */
export function unifyPrimitives(items: Value[]): Value[] {
  if (!items.some((i) => i.t === 'string')) return items;
  if (!items.every((i) => i.t === 'string' || i.t === 'number' || i.t === 'bool' || i.t === 'null'))
    return items;
  return items.map((i) => (i.t === 'number' || i.t === 'bool' ? str(String(i.v), i.src) : i));
}

/** Elements or characters a function may build: beyond, its result is unknown rather than a run that never ends. */
export const MAX_RESULT_SIZE = 1_000_000;

/**
 * Makes a call's result unknown when the size it would build exceeds MAX_RESULT_SIZE, before building it (Terraform
 * would compute it; egress-lint does not). Unlike throwIfOverLimit (limits.ts), a limit error on a built value.
 */
export function unknownIfTooLarge(fn: string, size: number): void {
  if (size > MAX_RESULT_SIZE)
    throw new UnknownArgument({
      t: 'unknown',
      expr: `${fn}(...)`,
      reason: `${fn} would build ${size} elements or characters, more than ${MAX_RESULT_SIZE} evaluated`,
    });
}
