// HCL bodies: attributes (`name = expr`), blocks (`type "label" { ... }`, one-line blocks) and block labels.
// In skim mode an attribute is a LazyAttribute that builds its expression when first read.

import type { Attribute, Block, Expr, Span } from './ast.ts';
import { literalValue } from './escapes.ts';
import { parseExpr } from './expressions.ts';
import { releaseTokens, tokenize } from './lexer.ts';
import { BAIL, MAX_DEPTH, ParserState } from './parser-state.ts';
import {
  CBRACE,
  COMMA,
  CQUOTE,
  EOF,
  EQUAL,
  IDENT,
  NEWLINE,
  OBRACE,
  OQUOTE,
  QUOTED_LIT,
  TEMPLATE_CONTROL,
  TEMPLATE_INTERP,
} from './tokens.ts';
import { lineIndex } from '../positions.ts';

/**
 * Parses body items into `attrs`/`blocks` until the closing brace of the block opened by token `open`
 * (or EOF at the top level, open = -1). Returns the index of the closing token.
 */
export function parseBody(
  p: ParserState,
  attrs: Attribute[],
  blocks: Block[],
  open: number,
  typeTok: number,
): number {
  const type = p.type;
  let names: Set<string> | null = null;
  for (;;) {
    const i = p.pos;
    const t = type[i];
    if (t === IDENT) {
      p.pos = i + 1;
      const j = p.pos;
      const tj = type[j];
      if (tj === EQUAL) {
        const attr = parseAttribute(p, i, j, false);
        let dup: Attribute | undefined;
        if (names === null && attrs.length < 16) {
          for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attr.name) dup = attrs[k];
        } else {
          if (names === null) {
            names = new Set();
            for (let k = 0; k < attrs.length; k++) names.add(attrs[k].name);
          }
          if (names.has(attr.name)) {
            for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attr.name) dup = attrs[k];
          } else names.add(attr.name);
        }
        if (dup) {
          p.report(
            p.sLine[i],
            p.sCol[i],
            `Attribute redefined: "${attr.name}" was already set at line ${lineIndex(p.src).position(dup.start).line}; each argument may be set only once`,
          );
        } else attrs.push(attr);
      } else if (tj === OQUOTE || tj === OBRACE || tj === IDENT) {
        blocks.push(parseBlock(p, i));
      } else {
        const name = p.text(i);
        p.unexpected(
          j,
          `Argument or block definition required: expected "=" to set argument "${name}" or "{" to open a "${name}" block`,
        );
      }
      continue;
    }
    if (t === NEWLINE) {
      p.pos = i + 1;
      continue;
    }
    if (open >= 0) {
      if (t === CBRACE) {
        p.pos = i + 1;
        return i;
      }
      if (t === EOF) unclosed(p, typeTok, open);
    } else if (t === EOF) return i;
    if (t === OQUOTE) p.fail(i, 'Invalid argument name: argument names must not be quoted');
    if (t === CBRACE && open < 0) p.fail(i, 'Unexpected "}": there is no open block to close here');
    p.unexpected(i, 'Argument or block definition required');
  }
}

function unclosed(p: ParserState, typeTok: number, open: number): never {
  p.fail(open, `Unclosed block: expected "}" for block "${p.text(typeTok)}" opened at line ${p.sLine[open]}`);
}

function parseAttribute(p: ParserState, nameTok: number, eqTok: number, singleLine: boolean): Attribute {
  p.pos = eqTok + 1;
  const expr = parseExpr(p);
  const exprEnd = p.ep(p.pos - 1);
  if (!singleLine) {
    const k = p.pos;
    const t = p.type[k];
    if (t === NEWLINE) p.pos = k + 1;
    else if (t !== EOF) {
      if (t === COMMA)
        p.fail(k, 'Unexpected comma after argument: arguments must be separated by newlines, not commas');
      p.unexpected(k, 'Missing newline after argument: an argument definition must end with a newline');
    }
  }
  if (!p.build)
    return new LazyAttribute(p.text(nameTok), p.sp(nameTok), p.ep(nameTok), p.sp(eqTok + 1), exprEnd, p.src);
  return {
    name: p.text(nameTok),
    start: p.sp(nameTok),
    nameEnd: p.ep(nameTok),
    expr,
    end: expr.end,
  };
}

function parseBlock(p: ParserState, typeTok: number): Block {
  if (++p.depth > MAX_DEPTH) p.tooDeep(typeTok);
  const type = p.type;
  const labels: string[] = [];
  const labelSpans: Span[] = [];
  let i: number;
  for (;;) {
    i = p.pos;
    const t = type[i];
    if (t === OBRACE) break;
    if (t === OQUOTE) {
      const close = parseLabel(p, i, labels);
      labelSpans.push({ start: p.sp(i), end: p.ep(close) });
    } else if (t === IDENT) {
      labels.push(p.text(i));
      labelSpans.push({ start: p.sp(i), end: p.ep(i) });
      p.pos = i + 1;
    } else if (t === EQUAL) {
      p.fail(
        i,
        'Invalid block definition: "=" marks an argument definition and must not be used when defining a block',
      );
    } else if (t === NEWLINE) {
      p.fail(
        i,
        'Invalid block definition: a block body must be delimited by "{" and "}", starting on the same line as the block header',
      );
    } else {
      p.unexpected(i, 'Invalid block definition: expected a quoted label or "{"');
    }
  }
  const open = i;
  p.pos = open + 1;
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  let close: number;
  const j = p.pos;
  const tj = type[j];
  if (tj === NEWLINE || tj === EOF || tj === CBRACE) {
    close = parseBody(p, attributes, blocks, open, typeTok);
  } else {
    // One-line block: `name { attr = value }`.
    if (tj !== IDENT) p.unexpected(j, 'Invalid single-line block: expected an argument definition');
    const k = j + 1;
    const tk = type[k];
    if (tk === EQUAL) attributes.push(parseAttribute(p, j, k, true));
    else if (tk === OQUOTE || tk === OBRACE || tk === IDENT)
      p.fail(
        j,
        `Invalid single-line block: it can contain only a single argument; put the nested block "${p.text(j)}" on a line of its own`,
      );
    else p.unexpected(k, `Invalid single-line block: expected "=" after "${p.text(j)}"`);
    close = p.pos;
    const tc = type[close];
    if (tc === CBRACE) p.pos = close + 1;
    else if (tc === COMMA)
      p.fail(
        close,
        'Invalid single-line block: it can contain only one argument; use a multi-line block with one argument per line',
      );
    else if (tc === NEWLINE)
      p.fail(
        close,
        'Invalid single-line block: a block with an argument on its opening line must be closed on that same line',
      );
    else if (tc === EOF) unclosed(p, typeTok, open);
    else p.unexpected(close, 'Invalid single-line block: expected "}" right after the argument');
  }
  const eol = p.pos;
  const te = type[eol];
  if (te === NEWLINE) p.pos = eol + 1;
  else if (te !== EOF)
    p.unexpected(eol, 'Missing newline after block definition: a block must end with a newline');
  p.depth--;
  const end = p.ep(close);
  return {
    type: p.text(typeTok),
    labels,
    start: p.sp(typeTok),
    typeSpan: { start: p.sp(typeTok), end: p.ep(typeTok) },
    labelSpans,
    body: { attributes, blocks, start: p.sp(open), end },
    end,
  };
}

/** A quoted block label (no template sequences). Returns the index of the closing quote. */
function parseLabel(p: ParserState, open: number, labels: string[]): number {
  let value = '';
  let i = open + 1;
  for (; ; i++) {
    const t = p.type[i];
    if (t === CQUOTE) break;
    if (t === QUOTED_LIT) value += literalValue(p, i);
    else if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
      const c = t === TEMPLATE_INTERP ? '$' : '%';
      p.fail(
        i,
        `Invalid block label: template sequences are not allowed in a label; to write a literal "${c}{", write "${c}${c}{"`,
      );
    } else if (t === EOF) p.fail(open, 'Unterminated string: no closing quote for the string opened here');
    else p.unexpected(i, 'Invalid block label');
  }
  labels.push(value);
  p.pos = i + 1;
  return i;
}

/**
 * An attribute of a skimmed file: its expression, already checked, is tokenised again and built when first read.
 * Nothing but offsets is kept meanwhile (keeping every file's tokens cost more than lexing the few expressions
 * that are read twice).
 */
class LazyAttribute implements Attribute {
  private built: Expr | undefined;

  constructor(
    readonly name: string,
    readonly start: number,
    readonly nameEnd: number,
    /** Where the expression starts; it ends at `end`. */
    private readonly exprStart: number,
    readonly end: number,
    private readonly src: string,
  ) {}

  get expr(): Expr {
    if (this.built) return this.built;
    // Line and column only matter for errors, and this expression has none: it was checked when skimmed. The
    // rest of its last line is included: a heredoc's closing marker is recognised by the newline after it.
    const lineEnd = this.src.indexOf('\n', this.end);
    const tk = tokenize(this.src, this.exprStart, false, 1, 1, lineEnd < 0 ? this.src.length : lineEnd + 1);
    try {
      this.built = parseExpr(new ParserState(this.src, tk, [], 0));
    } catch (e) {
      if (e === BAIL) throw new Error('HCL parser: an expression that was checked failed to build');
      throw e;
    } finally {
      releaseTokens(tk);
    }
    return this.built;
  }
}
