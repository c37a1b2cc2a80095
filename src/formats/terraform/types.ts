// Variable type constraints (`type = list(object({ port = optional(number, 443) }))`): a value given to a variable,
// or its default, is converted to the declared type as Terraform does — primitives converted, sets de-duplicated,
// undeclared object attributes dropped, optional attributes filled with their defaults (or null). A value that
// cannot be converted is an error: the variable's value is unknown, with Terraform's reason.
import type { Expr } from '../hcl/ast.ts';
import { parseHcl } from '../hcl/index.ts';
import { EvalError, isSpread } from './functions/index.ts';
import { setOf } from './functions/args.ts';
import { asBool, asNumber, asString, type Value } from './values.ts';

export type TypeConstraint =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeConstraint }
  | { kind: 'tuple'; elements: TypeConstraint[] }
  | { kind: 'object'; attrs: Map<string, ObjectAttribute> };

interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  /** `optional(type, default)`: evaluated when the attribute is absent or null. */
  default?: Expr;
}

const ANY: TypeConstraint = { kind: 'any' };
const parsed = new WeakMap<Expr, TypeConstraint>();

function keyName(key: Expr): string | undefined {
  if (key.kind === 'variable') return key.name;
  if (key.kind === 'literal' && typeof key.value === 'string') return key.value;
  if (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text')
    return key.parts[0].value;
  return undefined;
}

/** A type expression, or `any` for one that is not understood (the value is then used as given). */
export function typeConstraint(expr: Expr): TypeConstraint {
  let type = parsed.get(expr);
  if (!type) parsed.set(expr, (type = parseType(expr) ?? ANY));
  return type;
}

function parseType(expr: Expr): TypeConstraint | undefined {
  switch (expr.kind) {
    case 'variable':
      return ['any', 'string', 'number', 'bool'].includes(expr.name)
        ? ({ kind: expr.name } as TypeConstraint)
        : undefined;
    case 'template': {
      // JSON syntax writes the type as a string: "list(string)".
      const [part] = expr.parts;
      if (expr.parts.length !== 1 || part.kind !== 'text') return undefined;
      const attr = parseHcl(`t = ${part.value}`).body.attributes[0];
      return attr ? parseType(attr.expr) : undefined;
    }
    case 'call': {
      const [arg] = expr.args;
      if (!arg || expr.args.length !== 1) return undefined;
      if (expr.name === 'list' || expr.name === 'set' || expr.name === 'map') {
        const element = parseType(arg);
        return element && { kind: expr.name, element };
      }
      if (expr.name === 'tuple' && arg.kind === 'tuple') {
        const elements = arg.items.map(parseType);
        return elements.every((e) => e !== undefined) ? { kind: 'tuple', elements } : undefined;
      }
      if (expr.name === 'object' && arg.kind === 'object') {
        const attrs = new Map<string, ObjectAttribute>();
        for (const item of arg.items) {
          const name = keyName(item.key);
          const value = item.value;
          const optional = value.kind === 'call' && value.name === 'optional';
          const inner = optional ? parseType(value.args[0]) : parseType(value);
          if (name === undefined || !inner) return undefined;
          attrs.set(name, { type: inner, optional, default: optional ? value.args[1] : undefined });
        }
        return { kind: 'object', attrs };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Converts a value to a type; `defaultOf` evaluates an optional attribute's default. Throws EvalError. */
export function convert(
  value: Value,
  type: TypeConstraint,
  defaultOf: (expr: Expr) => Value,
  path = '',
): Value {
  if (type.kind === 'any' || value.t === 'unknown' || value.t === 'ref' || value.t === 'null') return value;
  const where = path === '' ? '' : ` at ${path}`;
  const mismatch = (expected: string): never => {
    throw new EvalError(
      `invalid value for the variable's type${where}: ${expected} required, got ${value.t}`,
    );
  };
  switch (type.kind) {
    case 'string': {
      const s = asString(value);
      return s === undefined ? mismatch('string') : { t: 'string', v: s, src: value.src };
    }
    case 'number': {
      const n = asNumber(value);
      return n === undefined ? mismatch('number') : { t: 'number', v: n, src: value.src };
    }
    case 'bool': {
      const b = asBool(value);
      return b === undefined ? mismatch('bool') : { t: 'bool', v: b, src: value.src };
    }
    case 'list':
    case 'set': {
      if (value.t !== 'list') return mismatch(type.kind);
      const items = value.items.map((item, i) =>
        isSpread(item) ? item : convert(item, type.element, defaultOf, `${path}[${i}]`),
      );
      return type.kind === 'set' ? setOf(items, value.src) : { t: 'list', items, src: value.src };
    }
    case 'tuple': {
      if (value.t !== 'list') return mismatch('tuple');
      if (value.items.length !== type.elements.length)
        throw new EvalError(
          `invalid value for the variable's type${where}: tuple of ${type.elements.length} required`,
        );
      return {
        t: 'list',
        items: value.items.map((item, i) => convert(item, type.elements[i], defaultOf, `${path}[${i}]`)),
        src: value.src,
      };
    }
    case 'map': {
      if (value.t !== 'object') return mismatch('map');
      const attrs = new Map<string, Value>();
      for (const [k, v] of value.attrs) attrs.set(k, convert(v, type.element, defaultOf, `${path}["${k}"]`));
      return { t: 'object', attrs, src: value.src };
    }
    case 'object': {
      if (value.t !== 'object') return mismatch('object');
      const attrs = new Map<string, Value>();
      for (const [name, attr] of type.attrs) {
        const given = value.attrs.get(name);
        const at = path === '' ? name : `${path}.${name}`;
        if (given && given.t !== 'null') attrs.set(name, convert(given, attr.type, defaultOf, at));
        else if (attr.optional)
          attrs.set(
            name,
            attr.default ? convert(defaultOf(attr.default), attr.type, defaultOf, at) : { t: 'null' },
          );
        else if (given) attrs.set(name, given);
        else throw new EvalError(`invalid value for the variable's type: attribute "${at}" is required`);
      }
      return { t: 'object', attrs, src: value.src };
    }
  }
}
