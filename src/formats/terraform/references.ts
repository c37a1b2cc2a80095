// Evaluation of references and traversals: `var.x`, `local.x`, `module.x`, `path.*`, resources, names bound in
// scope, and the `.attr` / `[key]` steps after them.
import type { Expr } from '../hcl/ast.ts';
import { exprText, relativePath } from './config.ts';
import { evalExpr, srcOf, type Scope } from './evaluate.ts';
import { EvalError, isSpread } from './functions/index.ts';
import { asNumber, asString, toPlain, unknown, type Value } from './values.ts';

/** A chain of `.name` and `[key]` steps from a root name. */
type Step = { attr: string } | { index: Expr };

function flattenTraversal(expr: Expr): { root: Expr; steps: Step[] } {
  const steps: Step[] = [];
  let node = expr;
  for (;;) {
    if (node.kind === 'getattr') steps.unshift({ attr: node.name });
    else if (node.kind === 'index') steps.unshift({ index: node.key });
    else break;
    node = node.object;
  }
  return { root: node, steps };
}

export function traversal(expr: Expr, scope: Scope): Value {
  const { root, steps } = flattenTraversal(expr);
  const text = () => exprText(scope.file, expr);
  const src = srcOf(scope, expr);
  let value: Value;
  let rest = steps;
  if (root.kind !== 'variable') {
    value = evalExpr(root, scope);
  } else {
    const bound = scope.names?.get(root.name);
    const first = steps[0];
    const firstName = first && 'attr' in first ? first.attr : undefined;
    if (bound) value = bound;
    else if (scope.template) throw new EvalError(`${root.name} is not a template variable`);
    else if (root.name === 'var' && firstName) {
      value = scope.module.variable(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === 'local' && firstName) {
      value = scope.module.local(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === 'module' && firstName) {
      value = scope.module.moduleOutputs(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === 'path' && firstName) {
      // As Terraform: relative to the root module's directory, where file functions resolve paths from.
      const rootDir = scope.module.files?.rootDir ?? '';
      value = {
        t: 'string',
        v: firstName === 'module' ? relativePath(rootDir, scope.module.config.dir) : '.',
        src,
      };
      rest = steps.slice(1);
    } else if (root.name === 'terraform' && firstName === 'workspace') {
      value = { t: 'string', v: 'default', src };
      rest = steps.slice(1);
    } else if (root.name === 'data') {
      return unknown(text(), 'data sources are read only at plan time', src);
    } else if (firstName && scope.module.config.resources.has(`${root.name}.${firstName}`)) {
      value = scope.module.resourceRef(`${root.name}.${firstName}`, src);
      rest = steps.slice(1);
    } else if (root.name === 'count' || root.name === 'each' || root.name === 'self') {
      throw new EvalError(`${root.name} is not available here`);
    } else {
      return unknown(
        text(),
        `${root.name}${firstName ? `.${firstName}` : ''} is not declared in this module`,
        src,
      );
    }
  }
  for (const step of rest) {
    if (value.t === 'unknown') return unknown(text(), value.reason, src);
    if ('attr' in step) value = getAttr(value, step.attr, scope);
    else {
      const key = evalExpr(step.index, scope);
      if (key.t === 'unknown') return unknown(text(), key.reason, src);
      value = index(value, key, scope);
    }
  }
  return value;
}

function getAttr(value: Value, name: string, scope: Scope): Value {
  switch (value.t) {
    case 'object': {
      const found = value.attrs.get(name);
      if (!found) throw new EvalError(`object has no attribute "${name}"`);
      return found;
    }
    case 'ref':
      return scope.module.refAttribute(value, name);
    case 'list':
      // Legacy `list.0` index syntax.
      if (/^\d+$/.test(name)) return index(value, { t: 'number', v: Number(name) }, scope);
      throw new EvalError(`a list has no attribute "${name}"`);
    case 'null':
      throw new EvalError(`attempt to get attribute "${name}" from null`);
    default:
      throw new EvalError(`a ${value.t} has no attribute "${name}"`);
  }
}

function index(value: Value, key: Value, scope: Scope): Value {
  switch (value.t) {
    case 'list': {
      const i = asNumber(key);
      // Elements after a spread (any number of unknown elements) are at unknown positions.
      const spread = value.items.findIndex(isSpread);
      if (spread >= 0 && i !== undefined && i >= spread) return value.items[spread];
      if (i === undefined || i < 0 || i >= value.items.length || !Number.isInteger(i)) {
        throw new EvalError(`index ${String(toPlain(key))} out of range for a list of ${value.items.length}`);
      }
      return value.items[i];
    }
    case 'object': {
      const k = asString(key);
      const found = k === undefined ? undefined : value.attrs.get(k);
      if (!found) throw new EvalError(`no element with key ${String(toPlain(key))}`);
      return found;
    }
    case 'ref':
      return scope.module.refAttribute(value, `[${JSON.stringify(toPlain(key))}]`);
    case 'null':
      throw new EvalError('attempt to index null');
    default:
      throw new EvalError(`a ${value.t} cannot be indexed`);
  }
}
