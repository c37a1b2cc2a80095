// HCL collection constructors: tuples `[a, b]`, objects `{ k = v }` and for expressions `[for ...]` /
// `{for ...}` (whose variable list template `%{ for }` directives share).

import type { Expr, ObjectItem } from './ast.ts';
import { parseExpr } from './expressions.ts';
import { type ParserState, SKIMMED } from './parser-state.ts';
import {
  CBRACE,
  CBRACK,
  COLON,
  COMMA,
  ELLIPSIS,
  EOF,
  EQUAL,
  FATARROW,
  IDENT,
  NEWLINE,
  OPAREN,
} from './tokens.ts';

export function parseTuple(p: ParserState, open: number): Expr {
  p.pos = open + 1;
  const saved = p.nl;
  p.nl = false;
  let k = p.peek();
  if (p.isKeyword(k, 'for')) {
    const e = parseFor(p, open, k, false);
    p.nl = saved;
    return e;
  }
  const items: Expr[] = [];
  for (;;) {
    if (p.type[k] === CBRACK) break;
    const item = parseExpr(p);
    if (p.build) items.push(item);
    k = p.peek();
    const t = p.type[k];
    if (t === CBRACK) break;
    if (t === COMMA) {
      p.pos = k + 1;
      k = p.peek();
      continue;
    }
    if (t === EOF) p.fail(open, 'Unterminated tuple: no "]" for this "["');
    p.unexpected(k, 'Missing item separator: expected "," or "]"');
  }
  p.pos = k + 1;
  p.nl = saved;
  return p.build ? { kind: 'tuple', items, start: p.sp(open), end: p.ep(k) } : SKIMMED;
}

export function parseObject(p: ParserState, open: number): Expr {
  p.pos = open + 1;
  const saved = p.nl;
  p.nl = false;
  const f = p.peek();
  if (p.isKeyword(f, 'for')) {
    const e = parseFor(p, open, f, true);
    p.nl = saved;
    return e;
  }
  p.nl = true;
  const type = p.type;
  const items: ObjectItem[] = [];
  let k: number;
  for (;;) {
    k = p.pos;
    let t = type[k];
    if (t === NEWLINE) {
      p.pos = k + 1;
      continue;
    }
    if (t === CBRACE) break;
    const force = t === OPAREN;
    let key = parseExpr(p);
    const s = p.pos;
    t = type[s];
    if (t !== EQUAL && t !== COLON) {
      if (t === NEWLINE || t === COMMA)
        p.fail(s, 'Missing attribute value: expected "=" and a value after the key');
      if (t === IDENT)
        p.fail(
          s,
          'Missing key/value separator: expected "="; to use a key containing periods or spaces, write it in quotes',
        );
      if (t === EOF) p.fail(open, 'Unterminated object: no "}" for this "{"');
      p.unexpected(s, 'Missing key/value separator: expected "=" or ":"');
    }
    p.pos = s + 1;
    const value = parseExpr(p);
    if (p.build) {
      if (!force && key.kind === 'variable')
        key = { kind: 'literal', value: key.name, start: key.start, end: key.end };
      items.push({ key, value, start: key.start, end: value.end });
    }
    k = p.pos;
    t = type[k];
    if (t === CBRACE) break;
    if (t === COMMA || t === NEWLINE) {
      p.pos = k + 1;
      continue;
    }
    if (t === EOF) p.fail(open, 'Unterminated object: no "}" for this "{"');
    p.unexpected(k, 'Missing attribute separator: expected a newline or ","');
  }
  p.pos = k + 1;
  p.nl = saved;
  return p.build ? { kind: 'object', items, start: p.sp(open), end: p.ep(k) } : SKIMMED;
}

export function parseForVariables(
  p: ParserState,
  what: 'expression' | 'directive',
): { keyVar?: string; valueVar: string } {
  let v = p.peek();
  if (p.type[v] !== IDENT) p.unexpected(v, `Invalid "for" ${what}: expected a variable name after "for"`);
  let valueVar = p.text(v);
  let keyVar: string | undefined;
  p.pos = v + 1;
  const c = p.peek();
  if (p.type[c] === COMMA) {
    keyVar = valueVar;
    p.pos = c + 1;
    v = p.peek();
    if (p.type[v] !== IDENT)
      p.unexpected(v, `Invalid "for" ${what}: expected the value variable name after ","`);
    valueVar = p.text(v);
    p.pos = v + 1;
  }
  const inTok = p.peek();
  if (!p.isKeyword(inTok, 'in'))
    p.unexpected(inTok, `Invalid "for" ${what}: expected "in" after the variable names`);
  p.pos = inTok + 1;
  return { keyVar, valueVar };
}

/** `[for ...]` / `{for ...}`; called with newlines off and `forTok` the `for` keyword. */
function parseFor(p: ParserState, open: number, forTok: number, isObject: boolean): Expr {
  const closeType = isObject ? CBRACE : CBRACK;
  p.pos = forTok + 1;
  const { keyVar, valueVar } = parseForVariables(p, 'expression');
  const collection = parseExpr(p);
  const colon = p.peek();
  if (p.type[colon] !== COLON)
    p.unexpected(colon, 'Invalid "for" expression: expected ":" after the collection expression');
  p.pos = colon + 1;
  let valueTok = p.peek();
  let valueExpr = parseExpr(p);
  let keyExpr: Expr | undefined;
  let keyTok = valueTok;
  const fa = p.peek();
  if (p.type[fa] === FATARROW) {
    p.pos = fa + 1;
    keyExpr = valueExpr;
    keyTok = valueTok;
    valueTok = p.peek();
    valueExpr = parseExpr(p);
  }
  let grouping = false;
  const el = p.peek();
  if (p.type[el] === ELLIPSIS) {
    grouping = true;
    p.pos = el + 1;
  }
  let condition: Expr | undefined;
  const ifTok = p.peek();
  if (p.isKeyword(ifTok, 'if')) {
    p.pos = ifTok + 1;
    condition = parseExpr(p);
  }
  const close = p.peek();
  if (p.type[close] !== closeType)
    p.unexpected(
      close,
      `Invalid "for" expression: expected "${isObject ? '}' : ']'}" at the end of the expression`,
    );
  p.pos = close + 1;
  if (!isObject) {
    if (keyExpr)
      p.report(
        p.sLine[keyTok],
        p.sCol[keyTok],
        'Invalid "for" expression: a key expression ("=>") is not valid when building a tuple',
      );
    if (grouping)
      p.report(
        p.sLine[el],
        p.sCol[el],
        'Invalid "for" expression: the grouping ellipsis (...) cannot be used when building a tuple',
      );
  } else if (!keyExpr) {
    p.report(
      p.sLine[valueTok],
      p.sCol[valueTok],
      'Invalid "for" expression: a key expression ("key => value") is required when building an object',
    );
  }
  const out: Expr = {
    kind: 'for',
    valueVar,
    collection,
    valueExpr,
    grouping,
    object: isObject,
    start: p.sp(open),
    end: p.ep(close),
  };
  if (keyVar !== undefined) out.keyVar = keyVar;
  if (keyExpr) out.keyExpr = keyExpr;
  if (condition) out.condition = condition;
  return out;
}
