// Test helpers: compact rendering of HCL expressions and range formatting.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Attribute, Body, Expr, Span, TemplatePart } from '../../../src/formats/hcl/ast.ts';
import { hclLineIndex } from '../../../src/formats/positions.ts';
export { nameSpan } from '../../../src/formats/hcl/ast.ts';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/hcl/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** `line:col-line:col` of a span of `text` (columns 1-based, end exclusive). */
export function rng(text: string, span: Span): string {
  const lines = hclLineIndex(text);
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

export function attr(body: Body, name: string): Attribute {
  const a = body.attributes.find((x) => x.name === name);
  if (!a) throw new Error(`no attribute ${name}; have ${body.attributes.map((x) => x.name).join(', ')}`);
  return a;
}

function part(p: TemplatePart): string {
  return p.kind === 'text' ? JSON.stringify(p.value) : show(p);
}

/** Renders an expression as a compact, fully parenthesised string. */
export function show(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return JSON.stringify(e.value);
    case 'template':
      return `tpl(${e.parts.map(part).join(' ')})`;
    case 'template-if':
      return `%if(${show(e.condition)} ? ${show(e.then)}${e.else ? ' : ' + show(e.else) : ''})`;
    case 'template-for':
      return `%for(${e.keyVar ? e.keyVar + ',' : ''}${e.valueVar} in ${show(e.collection)}: ${show(e.body)})`;
    case 'tuple':
      return `[${e.items.map(show).join(', ')}]`;
    case 'object':
      return `{${e.items.map((i) => `${show(i.key)} = ${show(i.value)}`).join(', ')}}`;
    case 'variable':
      return e.name;
    case 'getattr':
      return `${show(e.object)}.${e.name}`;
    case 'index':
      return `${show(e.object)}[${show(e.key)}]`;
    case 'splat':
      return `splat(${show(e.object)}, ${show(e.each)})`;
    case 'splat-item':
      return '@';
    case 'call':
      return `${e.name}(${e.args.map(show).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'unary':
      return `(${e.op}${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'conditional':
      return `(${show(e.condition)} ? ${show(e.then)} : ${show(e.else)})`;
    case 'for': {
      const vars = `${e.keyVar ? e.keyVar + ', ' : ''}${e.valueVar}`;
      const body = `${e.keyExpr ? show(e.keyExpr) + ' => ' : ''}${show(e.valueExpr)}${e.grouping ? '...' : ''}`;
      const cond = e.condition ? ` if ${show(e.condition)}` : '';
      return e.object
        ? `{for ${vars} in ${show(e.collection)} : ${body}${cond}}`
        : `[for ${vars} in ${show(e.collection)} : ${body}${cond}]`;
    }
    case 'paren':
      return `(${show(e.expr)})`;
  }
}

/** Every span in an expression tree, for invariant checks. */
export function allSpans(e: Expr, out: Span[] = []): Span[] {
  out.push(e);
  switch (e.kind) {
    case 'template':
      for (const p of e.parts) {
        if (p.kind === 'text') out.push(p);
        else allSpans(p, out);
      }
      break;
    case 'template-if':
      allSpans(e.condition, out);
      allSpans(e.then, out);
      if (e.else) allSpans(e.else, out);
      break;
    case 'template-for':
      allSpans(e.collection, out);
      allSpans(e.body, out);
      break;
    case 'tuple':
      for (const i of e.items) allSpans(i, out);
      break;
    case 'object':
      for (const i of e.items) {
        out.push(i);
        allSpans(i.key, out);
        allSpans(i.value, out);
      }
      break;
    case 'getattr':
    case 'index':
    case 'splat':
      allSpans(e.object, out);
      if (e.kind === 'index') allSpans(e.key, out);
      if (e.kind === 'splat') allSpans(e.each, out);
      break;
    case 'call':
      for (const a of e.args) allSpans(a, out);
      break;
    case 'unary':
      allSpans(e.operand, out);
      break;
    case 'binary':
      allSpans(e.left, out);
      allSpans(e.right, out);
      break;
    case 'conditional':
      allSpans(e.condition, out);
      allSpans(e.then, out);
      allSpans(e.else, out);
      break;
    case 'for':
      allSpans(e.collection, out);
      if (e.keyExpr) allSpans(e.keyExpr, out);
      allSpans(e.valueExpr, out);
      if (e.condition) allSpans(e.condition, out);
      break;
    case 'paren':
      allSpans(e.expr, out);
      break;
    default:
      break;
  }
  return out;
}

/** The source text a span covers. */
export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
