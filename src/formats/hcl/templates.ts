// HCL templates: quoted strings, heredocs and bare templates. Template tokens are first read into flat items
// (text, interpolations, directives) with strip markers applied, then nested into if/for parts.

import type { Expr, Span, TemplatePart } from './ast.ts';
import { isSpace } from './characters.ts';
import { parseForVariables } from './collections.ts';
import { literalValue } from './escapes.ts';
import { parseExpr } from './expressions.ts';
import { MAX_DEPTH, type ParserState, SKIMMED } from './parser-state.ts';
import {
  CHEREDOC,
  COLON,
  CQUOTE,
  EOF,
  F_ESCAPE,
  F_FLUSH,
  F_TILDE,
  IDENT,
  OHEREDOC,
  OQUOTE,
  QUOTED_LIT,
  STRING_LIT,
  TEMPLATE_CONTROL,
  TEMPLATE_INTERP,
  TEMPLATE_SEQ_END,
} from './tokens.ts';

// Flat template items, before if/for nesting is resolved.
const TT_TEXT = 0;
const TT_INTERP = 1;
const TT_IF = 2;
const TT_ELSE = 3;
const TT_ENDIF = 4;
const TT_FOR = 5;
const TT_ENDFOR = 6;

export interface TplItem {
  k: number;
  text: string;
  expr: Expr | null;
  keyVar: string | undefined;
  valueVar: string;
  /** Its first token (error positions). */
  tok: number;
  start: number;
  end: number;
}

type TextPart = { kind: 'text'; value: string } & Span;

export function parseQuoted(p: ParserState, open: number): Expr {
  const type = p.type;
  // Fast path: "" and "text" without escapes (most strings).
  if (type[open + 1] === CQUOTE) {
    p.pos = open + 2;
    if (!p.build) return SKIMMED;
    const at = p.ep(open);
    return {
      kind: 'template',
      parts: [{ kind: 'text', value: '', start: at, end: at }],
      start: p.sp(open),
      end: p.ep(open + 1),
    };
  }
  if (type[open + 1] === QUOTED_LIT && type[open + 2] === CQUOTE && !(p.flag[open + 1] & F_ESCAPE)) {
    p.pos = open + 3;
    if (!p.build) return SKIMMED;
    const lit = open + 1;
    return {
      kind: 'template',
      parts: [{ kind: 'text', value: p.text(lit), start: p.sp(lit), end: p.ep(lit) }],
      start: p.sp(open),
      end: p.ep(open + 2),
    };
  }
  p.pos = open + 1;
  const items = templateItems(p, CQUOTE, open);
  const close = p.pos - 1;
  return buildTemplate(p, items, p.sp(open), p.ep(close), p.ep(open));
}

export function parseHeredoc(p: ParserState, open: number): Expr {
  p.pos = open + 1;
  const items = templateItems(p, CHEREDOC, open);
  const close = p.pos - 1;
  if (p.flag[open] & F_FLUSH) flushHeredoc(items);
  return buildTemplate(p, items, p.sp(open), p.ep(close), p.ep(open));
}

/** Builds a template expression from flat items (used by quoted strings, heredocs and bare templates). */
export function buildTemplate(
  p: ParserState,
  items: TplItem[],
  start: number,
  end: number,
  emptyAt: number,
): Expr {
  p.tpl = items;
  p.tplIdx = 0;
  const parts = templateSeq(p, false); // in skim mode too: it finds unmatched directives
  if (!p.build) return SKIMMED;
  if (parts.length === 0) parts.push({ kind: 'text', value: '', start: emptyAt, end: emptyAt });
  return { kind: 'template', parts, start, end };
}

/**
 * Reads template tokens up to the `end` token type (consumed) into flat items, applying `~` strip
 * markers. `open` is the opening token (-1 for a bare template).
 */
export function templateItems(p: ParserState, end: number, open: number): TplItem[] {
  const type = p.type;
  const items: TplItem[] = [];
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  for (;;) {
    const i = p.pos;
    const t = type[i];
    if (t === end) {
      p.pos = i + 1;
      return items;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;
    if (t === QUOTED_LIT || t === STRING_LIT) {
      let text = literalValue(p, i);
      if (ltrim) text = trimLeft(text);
      items.push({
        k: TT_TEXT,
        text,
        expr: null,
        keyVar: undefined,
        valueVar: '',
        tok: i,
        start: p.sp(i),
        end: p.ep(i),
      });
      nextCanTrimPrev = true;
      p.pos = i + 1;
      continue;
    }
    if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
      if (canTrimPrev && p.flag[i] & F_TILDE) {
        const prev = items[items.length - 1];
        prev.text = trimRight(prev.text);
      }
      p.pos = i + 1;
      const saved = p.nl;
      p.nl = false;
      if (t === TEMPLATE_INTERP) {
        const expr = parseExpr(p);
        const c = closeSequence(p, i, end);
        items.push({
          k: TT_INTERP,
          text: '',
          expr,
          keyVar: undefined,
          valueVar: '',
          tok: i,
          start: p.sp(i),
          end: p.ep(c),
        });
        if (p.flag[c] & F_TILDE) ltrimNext = true;
      } else {
        const item = directive(p, i);
        if (p.flag[p.pos - 1] & F_TILDE) ltrimNext = true;
        items.push(item);
      }
      p.nl = saved;
      continue;
    }
    if (t === EOF) {
      if (open < 0) p.fail(i, 'Unexpected end of template');
      if (type[open] === OHEREDOC) {
        const m = /<<-?(\S+)/.exec(p.text(open));
        p.fail(
          open,
          `Unterminated heredoc: no closing "${m ? m[1] : ''}" marker line for the heredoc opened here`,
        );
      }
      p.fail(open, 'Unterminated string: no closing quote for the string opened here');
    }
    p.unexpected(i, 'Unterminated template string');
  }
}

/** Expects the `}` closing the `${`/`%{` at token `open`; returns its index (consumed). */
function closeSequence(p: ParserState, open: number, end: number): number {
  const c = p.peek();
  const t = p.type[c];
  if (t !== TEMPLATE_SEQ_END) {
    if (t === EOF)
      p.fail(
        open,
        `Unclosed template interpolation: no "}" for this "\${" before the end of the ${end === EOF ? 'string' : 'file'}`,
      );
    if ((t === CQUOTE || t === OQUOTE) && end === CQUOTE)
      p.fail(
        open,
        'Unclosed template interpolation: no "}" for this "${" before the end of the quoted string',
      );
    if (t === COLON)
      p.fail(
        c,
        'Extra characters after interpolation expression: ":" is not expected here; to write a literal "${", escape it as "$${"',
      );
    p.unexpected(
      c,
      'Extra characters after interpolation expression: expected "}"; to write a literal "${", escape it as "$${"',
    );
  }
  p.pos = c + 1;
  return c;
}

/** `%{ if x }`, `%{ else }`, `%{ endif }`, `%{ for k, v in x }`, `%{ endfor }`; the `%{` is token `open`. */
function directive(p: ParserState, open: number): TplItem {
  const kw = p.peek();
  if (p.type[kw] !== IDENT)
    p.unexpected(
      kw,
      'Invalid template directive: expected "if", "for", "else", "endif" or "endfor" after "%{"',
    );
  p.pos = kw + 1;
  const name = p.text(kw);
  let k: number;
  let expr: Expr | null = null;
  let keyVar: string | undefined;
  let valueVar = '';
  switch (name) {
    case 'if':
      k = TT_IF;
      expr = parseExpr(p);
      break;
    case 'else':
      k = TT_ELSE;
      break;
    case 'endif':
      k = TT_ENDIF;
      break;
    case 'endfor':
      k = TT_ENDFOR;
      break;
    case 'for': {
      k = TT_FOR;
      ({ keyVar, valueVar } = parseForVariables(p, 'directive'));
      expr = parseExpr(p);
      break;
    }
    default:
      p.fail(kw, `Invalid template control keyword: "${name}" is not one of if, for, else, endif, endfor`);
  }
  const c = p.peek();
  if (p.type[c] !== TEMPLATE_SEQ_END)
    p.unexpected(c, `Extra characters in the "%{ ${name} }" directive: expected "}"`);
  p.pos = c + 1;
  return { k, text: name, expr, keyVar, valueVar, tok: open, start: p.sp(open), end: p.ep(c) };
}

/** Nests flat template items: reads until the end, or (nested) until an else/endif/endfor, not consumed. */
function templateSeq(p: ParserState, nested: boolean): TemplatePart[] {
  const items = p.tpl;
  const parts: TemplatePart[] = [];
  let lastText: TextPart | null = null;
  let empty = 0;
  while (p.tplIdx < items.length) {
    const it = items[p.tplIdx];
    switch (it.k) {
      case TT_TEXT:
        p.tplIdx++;
        if (lastText) {
          lastText.value += it.text;
          lastText.end = it.end;
        } else {
          lastText = { kind: 'text', value: it.text, start: it.start, end: it.end };
          parts.push(lastText);
        }
        if (lastText.value === '') empty++;
        continue;
      case TT_INTERP:
        p.tplIdx++;
        parts.push(it.expr as Expr);
        lastText = null;
        continue;
      case TT_IF:
      case TT_FOR:
        p.tplIdx++;
        parts.push(it.k === TT_IF ? templateIf(p, it) : templateFor(p, it));
        lastText = null;
        continue;
      default:
        if (nested) return dropEmptyText(parts, empty);
        p.fail(
          it.tok,
          `Unexpected "%{ ${it.text} }" directive: there is no matching "%{ ${it.text === 'endfor' ? 'for' : 'if'} }" before it`,
        );
    }
  }
  return dropEmptyText(parts, empty);
}

function nestedTemplate(p: ParserState, parts: TemplatePart[], emptyAt: number): Expr {
  if (parts.length === 0)
    return {
      kind: 'template',
      parts: [{ kind: 'text', value: '', start: emptyAt, end: emptyAt }],
      start: emptyAt,
      end: emptyAt,
    };
  return { kind: 'template', parts, start: parts[0].start, end: parts[parts.length - 1].end };
}

function templateIf(p: ParserState, it: TplItem): Expr {
  if (++p.depth > MAX_DEPTH)
    p.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
  const items = p.tpl;
  const thenParts = templateSeq(p, true);
  let next = items[p.tplIdx];
  const missing = `Unexpected end of template: the "%{ if }" at line ${p.sLine[it.tok]} has no matching "%{ endif }"`;
  if (!next) p.fail(it.tok, missing);
  let elseParts: TemplatePart[] | undefined;
  let elseTok: TplItem | undefined;
  if (next.k === TT_ELSE) {
    elseTok = next;
    p.tplIdx++;
    elseParts = templateSeq(p, true);
    next = items[p.tplIdx];
    if (!next) p.fail(it.tok, missing);
  }
  if (next.k !== TT_ENDIF) {
    if (next.k === TT_ELSE)
      p.fail(
        next.tok,
        `Unexpected "%{ else }" directive: already in the else clause of the "%{ if }" at line ${p.sLine[it.tok]}`,
      );
    p.fail(
      next.tok,
      `Unexpected "%{ ${next.text} }" directive: expected "%{ endif }" for the "%{ if }" at line ${p.sLine[it.tok]}`,
    );
  }
  p.tplIdx++;
  p.depth--;
  const out: Expr = {
    kind: 'template-if',
    condition: it.expr as Expr,
    then: nestedTemplate(p, thenParts, it.end),
    start: it.start,
    end: next.end,
  };
  if (elseParts && elseTok) out.else = nestedTemplate(p, elseParts, elseTok.end);
  return out;
}

function templateFor(p: ParserState, it: TplItem): Expr {
  if (++p.depth > MAX_DEPTH)
    p.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
  const body = templateSeq(p, true);
  const next = p.tpl[p.tplIdx];
  if (!next)
    p.fail(
      it.tok,
      `Unexpected end of template: the "%{ for }" at line ${p.sLine[it.tok]} has no matching "%{ endfor }"`,
    );
  if (next.k !== TT_ENDFOR) {
    if (next.k === TT_ELSE)
      p.fail(next.tok, 'Unexpected "%{ else }" directive: a "%{ for }" directive has no else clause');
    p.fail(
      next.tok,
      `Unexpected "%{ ${next.text} }" directive: expected "%{ endfor }" for the "%{ for }" at line ${p.sLine[it.tok]}`,
    );
  }
  p.tplIdx++;
  p.depth--;
  const out: Expr = {
    kind: 'template-for',
    valueVar: it.valueVar,
    collection: it.expr as Expr,
    body: nestedTemplate(p, body, it.end),
    start: it.start,
    end: next.end,
  };
  if (it.keyVar !== undefined) out.keyVar = it.keyVar;
  return out;
}

function trimLeft(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

function trimRight(s: string): string {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

/**
 * Drops empty text parts (left by strip markers) unless that would turn a template into a lone
 * interpolation, which evaluates differently (HCL returns a lone `${x}` unconverted).
 */
function dropEmptyText(parts: TemplatePart[], empty: number): TemplatePart[] {
  if (empty === 0 || parts.length < 2) return parts;
  const out = parts.filter((p) => p.kind !== 'text' || p.value !== '');
  if (out.length === 0) return [parts[0]];
  const k = out[0].kind;
  if (out.length === 1 && k !== 'text' && k !== 'template-if' && k !== 'template-for') return parts;
  return out;
}

/**
 * The `<<-` rule (hclsyntax flushHeredocTemplateParts): find the smallest number of leading white-space
 * characters over the lines (blank lines ignored, a line starting with an interpolation counts as 0) and
 * remove that many from the start of every line.
 */
function flushHeredoc(items: TplItem[]): void {
  let min = Infinity;
  let newline = true;
  const adjust: TplItem[] = [];
  for (const it of items) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (it.k === TT_TEXT) {
        const t = it.text;
        let units = 0;
        let count = 0;
        while (units < t.length && isSpace(t.charCodeAt(units))) {
          units++;
          count++;
        }
        if (units === t.length && t.endsWith('\n')) spaces = Infinity;
        else {
          spaces = count;
          adjust.push(it);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (it.k === TT_TEXT && it.text.endsWith('\n')) newline = true;
  }
  if (min === 0 || min === Infinity) return;
  for (const it of adjust) {
    it.text = it.text.slice(min);
    it.start += min;
  }
}
