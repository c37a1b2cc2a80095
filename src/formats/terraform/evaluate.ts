// Static evaluation of Terraform expressions: variables, locals, templates, conditionals, for expressions,
// functions, resource and module references. What cannot be known stays unknown; nothing is executed.
import type { Expr, Span, TemplatePart } from '../hcl/ast.ts';
import type { Location } from '../../model/types.ts';
import { ScopeCallContext } from './call-context.ts';
import { exprText, toLocation, type ConfigFile } from './config.ts';
import { callFunction, EvalError, isContextual, needNumber, UnknownArgument } from './functions/index.ts';
import { BudgetSpent, throwIfOverLimit, LimitError, sizeUnits } from './limits.ts';
import type { ModuleInstance } from './module.ts';
import { traversal } from './references.ts';
import { asBool, asString, elements, equalValues, toPlain, unknown, type Src, type Value } from './values.ts';

const MAX_DEPTH = 1000;

/** Everything an expression can see: its module, the file it is written in, and names bound around it. */
export interface Scope {
  module: ModuleInstance;
  file: ConfigFile;
  /** count, each, for-expression variables, dynamic-block iterators, the splat item. */
  names?: Map<string, Value>;
  /** What literals written here are, for related locations: `variable "x" default`, `terraform.tfvars`. */
  via?: string;
  /** Inside templatefile/templatestring: only the template's own names are in scope. */
  template?: boolean;
}

/** Evaluation depth across nested calls (locals referring to locals…); guards against runaway recursion. */
let depth = 0;

export function withNames(scope: Scope, names: Record<string, Value>): Scope {
  const merged = new Map(scope.names ?? []);
  for (const [k, v] of Object.entries(names)) merged.set(k, v);
  return { ...scope, names: merged };
}

/**
 * Where a literal was written. Its line and column are looked up when a finding or a related location reads
 * them: most evaluated literals never reach one, and building a Location for each was the evaluator's largest
 * allocation.
 */
class LiteralSrc implements Src {
  private location: Location | undefined;

  constructor(
    private readonly file: ConfigFile,
    private readonly span: Span,
    readonly via: string | undefined,
  ) {}

  get loc(): Location {
    return (this.location ??= toLocation(this.file, this.span));
  }
}

export function srcOf(scope: Scope, expr: Expr): Src {
  return new LiteralSrc(scope.file, expr, scope.via);
}

/**
 * Evaluates, turning errors into unknown values with the reason: evaluation errors (as Terraform's), limits
 * (reported once, see limits.ts) and, naming itself, any other exception, so that it costs this expression only.
 */
export function evaluate(expr: Expr, scope: Scope): Value {
  try {
    return evalExpr(expr, scope);
  } catch (error) {
    const text = exprText(scope.file, expr);
    const src = srcOf(scope, expr);
    if (error instanceof EvalError) return unknown(text, error.message, src);
    if (error instanceof UnknownArgument) return unknown(text, error.value.reason, src);
    const budget = scope.module.root.budget;
    if (error instanceof BudgetSpent) {
      if (budget.firstSpent()) budget.log.error(src.loc, `${error.message}: ${NOT_ANALYSED}`);
      return unknown(text, error.message, src);
    }
    if (error instanceof LimitError) {
      budget.log.error(src.loc, `evaluation limit: ${error.message}; ${oneLine(text)} is treated as unknown`);
      return unknown(text, `evaluation limit: ${error.message}`, src);
    }
    return internalError(text, error, scope, src);
  }
}

const NOT_ANALYSED =
  'the values it could not evaluate are unknown (listed as unresolved), and Terraform instances it could not expand are not analysed';

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/** An exception from the evaluator or a function: a bug in egress-lint, reported where it happened; the value is unknown. */
function internalError(text: string, error: unknown, scope: Scope, src: Src): Value {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  scope.module.root.budget.log.error(
    src.loc,
    `internal error in ${scope.file.path} while evaluating ${oneLine(text)}: ${detail} (the value is treated as unknown)`,
  );
  return unknown(text, `internal error: ${detail}`, src);
}

/**
 * Whether an expression refers to nothing (no variable, local, resource, `each`, `count`, for-expression name): its
 * value is the same in every scope. Functions are pure (see functions/index.ts), so calls on such arguments qualify,
 * except those that read files relative to the root module.
 */
export function isConstant(expr: Expr): boolean {
  switch (expr.kind) {
    case 'literal':
      return true;
    case 'template':
      return expr.parts.every((part) => part.kind === 'text' || isConstant(part));
    case 'tuple':
      return expr.items.every(isConstant);
    case 'object':
      // A bare-name key is its name, as evalNode reads it.
      return expr.items.every(
        (item) => (item.key.kind === 'variable' || isConstant(item.key)) && isConstant(item.value),
      );
    case 'call':
      return !isContextual(expr.name) && expr.args.every(isConstant);
    case 'unary':
      return isConstant(expr.operand);
    case 'binary':
      return isConstant(expr.left) && isConstant(expr.right);
    case 'conditional':
      return isConstant(expr.condition) && isConstant(expr.then) && isConstant(expr.else);
    case 'paren':
      return isConstant(expr.expr);
    default:
      return false;
  }
}

export function evalExpr(expr: Expr, scope: Scope): Value {
  if (depth >= MAX_DEPTH) throw new EvalError('expression nested too deeply');
  scope.module.root.budget.spend(1);
  depth++;
  try {
    return evalNode(expr, scope);
  } finally {
    depth--;
  }
}

function evalNode(expr: Expr, scope: Scope): Value {
  switch (expr.kind) {
    case 'literal':
      return literal(expr.value, srcOf(scope, expr));
    case 'template':
      return template(expr.parts, scope, srcOf(scope, expr));
    case 'template-if': {
      const cond = evalExpr(expr.condition, scope);
      if (cond.t === 'unknown') return cond;
      return asBool(cond)
        ? evalExpr(expr.then, scope)
        : expr.else
          ? evalExpr(expr.else, scope)
          : literal('', srcOf(scope, expr));
    }
    case 'template-for': {
      const items = forItems(evalExpr(expr.collection, scope));
      if (!items)
        return unknown(
          exprText(scope.file, expr),
          'template for over an unknown collection',
          srcOf(scope, expr),
        );
      let out = '';
      for (const [k, v] of items) {
        const names: Record<string, Value> = { [expr.valueVar]: v };
        if (expr.keyVar) names[expr.keyVar] = k;
        const part = evalExpr(expr.body, withNames(scope, names));
        const s = asString(part);
        if (s === undefined)
          return part.t === 'unknown'
            ? part
            : unknown(exprText(scope.file, expr), 'template for produced a non-string');
        throwIfOverLimit(out.length + s.length, true);
        out += s;
      }
      return literal(out, srcOf(scope, expr));
    }
    case 'tuple':
      throwIfOverLimit(expr.items.length, false);
      return { t: 'list', items: expr.items.map((i) => evalExpr(i, scope)), src: srcOf(scope, expr) };
    case 'object': {
      const attrs = new Map<string, Value>();
      for (const item of expr.items) {
        const key = item.key.kind === 'variable' ? item.key.name : asString(evalExpr(item.key, scope));
        if (key === undefined)
          return unknown(exprText(scope.file, expr), 'object key is not known', srcOf(scope, expr));
        attrs.set(key, evalExpr(item.value, scope));
      }
      return { t: 'object', attrs, src: srcOf(scope, expr) };
    }
    case 'variable':
    case 'getattr':
    case 'index':
      return traversal(expr, scope);
    case 'splat': {
      const base = evalExpr(expr.object, scope);
      if (base.t === 'unknown') return base;
      const items = base.t === 'list' ? base.items : base.t === 'null' ? [] : [base];
      scope.module.root.budget.spend(items.length);
      return {
        t: 'list',
        items: items.map((item) => evalExpr(expr.each, withNames(scope, { '[*]': item }))),
        src: srcOf(scope, expr),
      };
    }
    case 'splat-item': {
      const item = scope.names?.get('[*]');
      if (!item) throw new EvalError('splat item outside a splat');
      return item;
    }
    case 'call':
      return call(expr, scope);
    case 'unary': {
      const v = evalExpr(expr.operand, scope);
      if (v.t === 'unknown') return v;
      if (expr.op === '!') return { t: 'bool', v: !needBool(v), src: srcOf(scope, expr) };
      return { t: 'number', v: -needNumber(v), src: srcOf(scope, expr) };
    }
    case 'binary':
      return binary(expr, scope);
    case 'conditional': {
      const cond = evalExpr(expr.condition, scope);
      if (cond.t === 'unknown') {
        const [a, b] = [evalExpr(expr.then, scope), evalExpr(expr.else, scope)];
        return equalValues(a, b)
          ? a
          : unknown(exprText(scope.file, expr), `condition is not known: ${cond.reason}`, srcOf(scope, expr));
      }
      return needBool(cond) ? evalExpr(expr.then, scope) : evalExpr(expr.else, scope);
    }
    case 'for':
      return forExpr(expr, scope);
    case 'paren':
      return evalExpr(expr.expr, scope);
  }
}

function literal(value: string | number | boolean | null, src: Src): Value {
  if (value === null) return { t: 'null', src };
  if (typeof value === 'string') return { t: 'string', v: value, src };
  if (typeof value === 'number') return { t: 'number', v: value, src };
  return { t: 'bool', v: value, src };
}

function template(parts: TemplatePart[], scope: Scope, src: Src): Value {
  // "${x}" alone yields x itself, not its string form (HCL's rule), which keeps lists and refs intact.
  if (parts.length === 1 && parts[0].kind !== 'text') return evalExpr(parts[0], scope);
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += part.value;
      continue;
    }
    const v = evalExpr(part, scope);
    if (v.t === 'unknown') return unknown(exprText(scope.file, part), v.reason, src);
    if (v.t === 'ref')
      return unknown(exprText(scope.file, part), `${toPlain(v)} is known only after apply`, src);
    const s = asString(v);
    if (s === undefined) {
      if (v.t === 'null') throw new EvalError('template interpolates null');
      throw new EvalError(`cannot interpolate a ${v.t} into a string`);
    }
    throwIfOverLimit(out.length + s.length, true);
    out += s;
  }
  scope.module.root.budget.spend(sizeUnits(out.length, true));
  return { t: 'string', v: out, src };
}

function needBool(v: Value): boolean {
  const b = asBool(v);
  if (b === undefined) throw new EvalError(`expected a bool, got ${v.t}`);
  return b;
}

function binary(expr: Expr & { kind: 'binary' }, scope: Scope): Value {
  const src = srcOf(scope, expr);
  const left = evalExpr(expr.left, scope);
  // && and || short-circuit on a known left side, so `var.create && length(x) > 0` resolves when create is false.
  if (expr.op === '&&' || expr.op === '||') {
    if (left.t !== 'unknown') {
      const l = needBool(left);
      if (expr.op === '&&' && !l) return { t: 'bool', v: false, src };
      if (expr.op === '||' && l) return { t: 'bool', v: true, src };
    }
    const right = evalExpr(expr.right, scope);
    if (left.t === 'unknown') return left;
    if (right.t === 'unknown') return right;
    return { t: 'bool', v: needBool(right), src };
  }
  const right = evalExpr(expr.right, scope);
  if (expr.op === '==' || expr.op === '!=') {
    if (left.t === 'unknown') return left;
    if (right.t === 'unknown') return right;
    const eq = equalValues(left, right);
    return { t: 'bool', v: expr.op === '==' ? eq : !eq, src };
  }
  if (left.t === 'unknown') return left;
  if (right.t === 'unknown') return right;
  const a = needNumber(left);
  const b = needNumber(right);
  switch (expr.op) {
    case '+':
      return { t: 'number', v: a + b, src };
    case '-':
      return { t: 'number', v: a - b, src };
    case '*':
      return { t: 'number', v: a * b, src };
    case '/':
      if (b === 0) throw new EvalError('division by zero');
      return { t: 'number', v: a / b, src };
    case '%':
      if (b === 0) throw new EvalError('division by zero');
      return { t: 'number', v: a % b, src };
    case '<':
      return { t: 'bool', v: a < b, src };
    case '>':
      return { t: 'bool', v: a > b, src };
    case '<=':
      return { t: 'bool', v: a <= b, src };
    case '>=':
      return { t: 'bool', v: a >= b, src };
  }
}

/** Key/value pairs of a collection as `for` and `for_each` see them: list index → item, map key → value. */
export function forItems(v: Value): [Value, Value][] | undefined {
  if (v.t === 'list') return v.items.map((item, i) => [{ t: 'number', v: i }, item]);
  if (v.t === 'object')
    return [...v.attrs.keys()].sort().map((k) => [{ t: 'string', v: k }, v.attrs.get(k) as Value]);
  if (v.t === 'null') return [];
  return undefined;
}

function forExpr(expr: Expr & { kind: 'for' }, scope: Scope): Value {
  const src = srcOf(scope, expr);
  const collection = evalExpr(expr.collection, scope);
  if (collection.t === 'unknown') return unknown(exprText(scope.file, expr), collection.reason, src);
  const items = forItems(collection);
  if (!items) throw new EvalError(`for expression over a ${collection.t}`);
  const outList: Value[] = [];
  const outMap = new Map<string, Value>();
  for (const [k, v] of items) {
    const names: Record<string, Value> = { [expr.valueVar]: v };
    if (expr.keyVar) names[expr.keyVar] = k;
    const inner = withNames(scope, names);
    if (expr.condition) {
      const keep = evalExpr(expr.condition, inner);
      if (keep.t === 'unknown') return unknown(exprText(scope.file, expr), keep.reason, src);
      if (!needBool(keep)) continue;
    }
    const value = evalExpr(expr.valueExpr, inner);
    throwIfOverLimit(outList.length + outMap.size + 1, false);
    if (!expr.object) {
      outList.push(value);
      continue;
    }
    const key = asString(evalExpr(expr.keyExpr as Expr, inner));
    if (key === undefined) return unknown(exprText(scope.file, expr), 'for expression key is not known', src);
    if (expr.grouping) {
      const group = outMap.get(key);
      if (group?.t === 'list') group.items.push(value);
      else outMap.set(key, { t: 'list', items: [value], src });
    } else {
      if (outMap.has(key)) throw new EvalError(`duplicate key ${key} in for expression`);
      outMap.set(key, value);
    }
  }
  return expr.object ? { t: 'object', attrs: outMap, src } : { t: 'list', items: outList, src };
}

function call(expr: Expr & { kind: 'call' }, scope: Scope): Value {
  const src = srcOf(scope, expr);
  if (expr.name === 'try' || expr.name === 'can') {
    for (const arg of expr.args) {
      try {
        const v = evalExpr(arg, scope);
        if (expr.name === 'can') return v.t === 'unknown' ? v : { t: 'bool', v: true, src };
        return v;
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    if (expr.name === 'can') return { t: 'bool', v: false, src };
    throw new EvalError('try: no argument could be evaluated');
  }
  // As Terraform: a template to render must come from a reference, never a literal that was interpolated already.
  const [template] = expr.args;
  if (expr.name === 'templatestring' && template && !['variable', 'getattr', 'index'].includes(template.kind))
    throw new EvalError(
      'templatestring: the template must be a reference to a string, such as local.template',
    );
  let args = expr.args.map((a) => evalExpr(a, scope));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last.t === 'unknown') return last;
    args = [...args.slice(0, -1), ...(elements(last) ?? [])];
  }
  let result: Value;
  try {
    result = callFunction(expr.name, args, new ScopeCallContext(scope, src, evalExpr), () =>
      exprText(scope.file, expr),
    );
  } catch (error) {
    if (error instanceof EvalError || error instanceof LimitError) throw error;
    return internalError(exprText(scope.file, expr), error, scope, src);
  }
  // Functions may build large values in one step (concat, flatten, formatlist): bounded and counted here.
  const size =
    result.t === 'list' ? result.items.length : result.t === 'object' ? result.attrs.size : undefined;
  if (size !== undefined) throwIfOverLimit(size, false);
  else if (result.t === 'string') throwIfOverLimit(result.v.length, true);
  scope.module.root.budget.spend(
    result.t === 'string' ? sizeUnits(result.v.length, true) : sizeUnits(size ?? 1, false),
  );
  return result;
}
