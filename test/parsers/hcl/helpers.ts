// Test helpers: compact rendering of HCL expressions and range formatting.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Attribute, Body, Expr, Range, TemplatePart } from '../../../src/parsers/hcl/ast.ts';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/hcl/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** `line:col-line:col` (columns 1-based, end exclusive). */
export function rng(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
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

/** Every range in an expression tree, for invariant checks. */
export function allRanges(e: Expr, out: Range[] = []): Range[] {
  out.push(e.range);
  switch (e.kind) {
    case 'template':
      for (const p of e.parts) {
        if (p.kind === 'text') out.push(p.range);
        else allRanges(p, out);
      }
      break;
    case 'template-if':
      allRanges(e.condition, out);
      allRanges(e.then, out);
      if (e.else) allRanges(e.else, out);
      break;
    case 'template-for':
      allRanges(e.collection, out);
      allRanges(e.body, out);
      break;
    case 'tuple':
      for (const i of e.items) allRanges(i, out);
      break;
    case 'object':
      for (const i of e.items) {
        out.push(i.range);
        allRanges(i.key, out);
        allRanges(i.value, out);
      }
      break;
    case 'getattr':
    case 'index':
    case 'splat':
      allRanges(e.object, out);
      if (e.kind === 'index') allRanges(e.key, out);
      if (e.kind === 'splat') allRanges(e.each, out);
      break;
    case 'call':
      for (const a of e.args) allRanges(a, out);
      break;
    case 'unary':
      allRanges(e.operand, out);
      break;
    case 'binary':
      allRanges(e.left, out);
      allRanges(e.right, out);
      break;
    case 'conditional':
      allRanges(e.condition, out);
      allRanges(e.then, out);
      allRanges(e.else, out);
      break;
    case 'for':
      allRanges(e.collection, out);
      if (e.keyExpr) allRanges(e.keyExpr, out);
      allRanges(e.valueExpr, out);
      if (e.condition) allRanges(e.condition, out);
      break;
    case 'paren':
      allRanges(e.expr, out);
      break;
    default:
      break;
  }
  return out;
}

/** The source text a range covers. */
export function slice(text: string, r: Range): string {
  return text.slice(r.start.offset, r.end.offset);
}
