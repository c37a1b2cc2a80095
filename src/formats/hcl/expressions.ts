// HCL expressions: conditionals, binary and unary operators, terms (literals, variables, function calls,
// parentheses) and traversals (`.attr`, `[index]`, splats). Collections are in collections.ts, strings and
// heredocs in templates.ts.

import type { BinaryOp, Expr } from './ast.ts';
import { parseObject, parseTuple } from './collections.ts';
import { MAX_DEPTH, type ParserState, SKIMMED } from './parser-state.ts';
import { parseHeredoc, parseQuoted } from './templates.ts';
import {
  AND,
  BANG,
  CBRACK,
  COLON,
  COMMA,
  CPAREN,
  DOT,
  DOUBLECOLON,
  ELLIPSIS,
  EOF,
  EQUALOP,
  F_BADNUMBER,
  GT,
  GTE,
  IDENT,
  INVALID,
  LT,
  LTE,
  MINUS,
  NOTEQUAL,
  NUMBER,
  OBRACE,
  OBRACK,
  OHEREDOC,
  OPAREN,
  OQUOTE,
  OR,
  PERCENT,
  PLUS,
  QUESTION,
  SLASH,
  STAR,
} from './tokens.ts';

/** Binding power and operator of each binary operator token (0: not a binary operator). */
const PREC = new Uint8Array(64);
const OPS: BinaryOp[] = [];
function op(t: number, prec: number, o: BinaryOp): void {
  PREC[t] = prec;
  OPS[t] = o;
}
op(OR, 1, '||');
op(AND, 2, '&&');
op(EQUALOP, 3, '==');
op(NOTEQUAL, 3, '!=');
op(LT, 4, '<');
op(LTE, 4, '<=');
op(GT, 4, '>');
op(GTE, 4, '>=');
op(PLUS, 5, '+');
op(MINUS, 5, '-');
op(STAR, 6, '*');
op(SLASH, 6, '/');
op(PERCENT, 6, '%');

export function parseExpr(p: ParserState): Expr {
  if (++p.depth > MAX_DEPTH) p.tooDeep(p.peek());
  const cond = parseBinary(p, 1);
  let out = cond;
  const q = p.peek();
  if (p.type[q] === QUESTION) {
    p.pos = q + 1;
    const a = parseExpr(p);
    const c = p.peek();
    if (p.type[c] !== COLON) p.unexpected(c, 'Missing false expression in conditional: expected ":"');
    p.pos = c + 1;
    const b = parseExpr(p);
    out = {
      kind: 'conditional',
      condition: cond,
      then: a,
      else: b,
      start: cond.start,
      end: b.end,
    };
  }
  p.depth--;
  return out;
}

function parseBinary(p: ParserState, min: number): Expr {
  let lhs = parseOperand(p);
  for (;;) {
    const i = p.peek();
    const t = p.type[i];
    const prec = PREC[t];
    if (prec < min) return lhs;
    p.pos = i + 1;
    const rhs = parseBinary(p, prec + 1);
    if (!p.build) continue;
    lhs = {
      kind: 'binary',
      op: OPS[t],
      left: lhs,
      right: rhs,
      start: lhs.start,
      end: rhs.end,
    };
  }
}

/** A term with its traversals, or a unary operator applied to one. */
function parseOperand(p: ParserState): Expr {
  const i = p.peek();
  const t = p.type[i];
  if (t === MINUS || t === BANG) {
    p.pos = i + 1;
    if (++p.depth > MAX_DEPTH) p.tooDeep(i);
    const operand = parseOperand(p);
    p.depth--;
    return {
      kind: 'unary',
      op: t === MINUS ? '-' : '!',
      operand,
      start: p.sp(i),
      end: operand.end,
    };
  }
  return parseTraversals(p, parseTerm(p, i, t));
}

function parseTerm(p: ParserState, i: number, t: number): Expr {
  switch (t) {
    case IDENT: {
      p.pos = i + 1;
      const j = p.peek();
      const tj = p.type[j];
      if (tj === OPAREN) return parseCall(p, i, i, j);
      if (tj === DOUBLECOLON) return parseNamespacedCall(p, i);
      if (!p.build) return SKIMMED;
      const name = p.text(i);
      const start = p.sp(i);
      const end = p.ep(i);
      if (name === 'true') return { kind: 'literal', value: true, start, end };
      if (name === 'false') return { kind: 'literal', value: false, start, end };
      if (name === 'null') return { kind: 'literal', value: null, start, end };
      return { kind: 'variable', name, start, end };
    }
    case NUMBER: {
      p.pos = i + 1;
      const value = numberValue(p, i); // checked in skim mode too
      return p.build ? { kind: 'literal', value, start: p.sp(i), end: p.ep(i) } : SKIMMED;
    }
    case OQUOTE:
      return parseQuoted(p, i);
    case OHEREDOC:
      return parseHeredoc(p, i);
    case OBRACK:
      return parseTuple(p, i);
    case OBRACE:
      return parseObject(p, i);
    case OPAREN: {
      p.pos = i + 1;
      const saved = p.nl;
      p.nl = false;
      const expr = parseExpr(p);
      const c = p.peek();
      if (p.type[c] !== CPAREN)
        p.unexpected(c, `Unbalanced parentheses: expected ")" to close the "(" at line ${p.sLine[i]}`);
      p.pos = c + 1;
      p.nl = saved;
      return { kind: 'paren', expr, start: p.sp(i), end: p.ep(c) };
    }
    default:
      if (t === EOF) p.fail(i, 'Missing expression: expected an expression, found the end of the file');
      if (t === INVALID) p.fail(i, p.invalidMessage(i));
      p.fail(i, `Invalid expression: unexpected ${p.describe(i)}`);
  }
}

function numberValue(p: ParserState, i: number): number {
  if (p.flag[i] & F_BADNUMBER) {
    p.report(p.sLine[i], p.sCol[i], `Invalid number literal: ${p.text(i)}`);
    return NaN;
  }
  return Number(p.text(i));
}

function parseNamespacedCall(p: ParserState, first: number): Expr {
  let last = first;
  for (;;) {
    const d = p.peek();
    if (p.type[d] !== DOUBLECOLON) break;
    p.pos = d + 1;
    const n = p.peek();
    if (p.type[n] !== IDENT) p.unexpected(n, 'Invalid function name: expected a name after "::"');
    p.pos = n + 1;
    last = n;
  }
  const o = p.peek();
  if (p.type[o] !== OPAREN)
    p.unexpected(
      o,
      'Missing function call: a namespaced name like "provider::aws::fn" must be followed by "("',
    );
  return parseCall(p, first, last, o);
}

function callName(p: ParserState, first: number, last: number): string {
  return first === last ? p.text(first) : p.src.slice(p.start[first], p.end[last]).replace(/\s+/g, '');
}

function parseCall(p: ParserState, first: number, last: number, open: number): Expr {
  p.pos = open + 1;
  const saved = p.nl;
  p.nl = false;
  const args: Expr[] = [];
  let expandFinal = false;
  let close: number;
  for (;;) {
    let k = p.peek();
    if (p.type[k] === CPAREN) {
      close = k;
      break;
    }
    const arg = parseExpr(p);
    if (p.build) args.push(arg);
    k = p.peek();
    const t = p.type[k];
    if (t === CPAREN) {
      close = k;
      break;
    }
    if (t === COMMA) {
      p.pos = k + 1;
      continue;
    }
    if (t === ELLIPSIS) {
      expandFinal = true;
      p.pos = k + 1;
      close = p.peek();
      if (p.type[close] !== CPAREN)
        p.unexpected(
          close,
          'Missing closing parenthesis: an expanded argument (with "...") must be the last one',
        );
      break;
    }
    if (t === EOF)
      p.fail(open, `Unterminated function call: no ")" for the call to "${callName(p, first, last)}"`);
    p.unexpected(k, 'Missing argument separator: expected "," or ")"');
  }
  p.pos = close + 1;
  p.nl = saved;
  if (!p.build) return SKIMMED;
  return {
    kind: 'call',
    name: callName(p, first, last),
    args,
    expandFinal,
    nameEnd: p.ep(last),
    start: p.sp(first),
    end: p.ep(close),
  };
}

function parseTraversals(p: ParserState, from: Expr): Expr {
  const type = p.type;
  let ret = from;
  for (;;) {
    const i = p.peek();
    const t = type[i];
    if (t === DOT) {
      p.pos = i + 1;
      const j = p.peek();
      const tj = type[j];
      p.pos = j + 1;
      if (tj === IDENT) {
        if (p.build) ret = { kind: 'getattr', object: ret, name: p.text(j), start: ret.start, end: p.ep(j) };
      } else if (tj === NUMBER) {
        const key = legacyIndex(p, j);
        if (p.build) ret = { kind: 'index', object: ret, key, start: ret.start, end: p.ep(j) };
      } else if (tj === STAR) {
        // Attribute-only splat: `x.*.a.b`.
        const item: Expr = { kind: 'splat-item', start: p.sp(i), end: p.ep(j) };
        let each: Expr = item;
        for (;;) {
          const d = p.peek();
          if (type[d] !== DOT) break;
          p.pos = d + 1;
          const a = p.peek();
          const ta = type[a];
          p.pos = a + 1;
          if (ta === IDENT)
            each = {
              kind: 'getattr',
              object: each,
              name: p.text(a),
              start: item.start,
              end: p.ep(a),
            };
          else if (ta === NUMBER)
            each = {
              kind: 'index',
              object: each,
              key: legacyIndex(p, a),
              start: item.start,
              end: p.ep(a),
            };
          else if (ta === STAR)
            p.fail(
              a,
              'Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat',
            );
          else p.unexpected(a, 'Invalid attribute name: an attribute name is required after a dot');
        }
        ret = { kind: 'splat', object: ret, each, start: ret.start, end: each.end };
      } else {
        p.unexpected(j, 'Invalid attribute name: an attribute name is required after a dot');
      }
    } else if (t === OBRACK) {
      p.pos = i + 1;
      const j = p.peek();
      if (type[j] === STAR) {
        // Full splat: `x[*].a[0]`, consuming every following traversal.
        p.pos = j + 1;
        const c = p.peek();
        if (type[c] !== CBRACK)
          p.unexpected(c, 'Missing close bracket on splat index: "[*" must be followed by "]"');
        p.pos = c + 1;
        const item: Expr = { kind: 'splat-item', start: p.sp(i), end: p.ep(c) };
        if (++p.depth > MAX_DEPTH) p.tooDeep(i);
        const each = parseTraversals(p, item);
        p.depth--;
        ret = { kind: 'splat', object: ret, each, start: ret.start, end: each.end };
      } else {
        const saved = p.nl;
        p.nl = false;
        const key = parseExpr(p);
        const c = p.peek();
        if (type[c] !== CBRACK) p.unexpected(c, 'Missing close bracket on index: expected "]"');
        p.pos = c + 1;
        p.nl = saved;
        if (p.build) ret = { kind: 'index', object: ret, key, start: ret.start, end: p.ep(c) };
      }
    } else return ret;
  }
}

/** The key of a legacy index step `.0`. */
function legacyIndex(p: ParserState, j: number): Expr {
  const text = p.text(j);
  const start = p.sp(j);
  const end = p.ep(j);
  const dot = text.indexOf('.');
  if (dot >= 0) {
    p.report(
      p.sLine[j],
      p.sCol[j],
      `Invalid legacy index syntax: chaining two legacy indexes is not allowed; use [${text.slice(0, dot)}][${text.slice(dot + 1)}] instead`,
    );
    return { kind: 'literal', value: Number(text.slice(0, dot)), start, end };
  }
  return { kind: 'literal', value: numberValue(p, j), start, end };
}
