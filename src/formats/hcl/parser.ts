// Recursive-descent parser for HCL native syntax over the lexer's token arrays. Follows hclsyntax's parser
// (parser.go, parser_template.go) for what is valid and where every range starts and ends, but stops at the
// first structural error instead of attempting recovery. Nesting is capped (MAX_DEPTH) so hostile input
// reports "nesting too deep" instead of overflowing the stack.

import type {
  Attribute,
  BinaryOp,
  Block,
  Expr,
  ObjectItem,
  ParseError,
  ParsedHcl,
  Span,
  TemplatePart,
} from './ast.ts';
import {
  AND,
  BANG,
  CBRACE,
  CBRACK,
  CHEREDOC,
  COLON,
  COMMA,
  CPAREN,
  CQUOTE,
  DOT,
  DOUBLECOLON,
  ELLIPSIS,
  EOF,
  EQUAL,
  EQUALOP,
  F_BADNUMBER,
  F_ESCAPE,
  F_FLUSH,
  F_TILDE,
  FATARROW,
  GT,
  GTE,
  IDENT,
  INV_APOSTROPHE,
  INV_BACKSLASH,
  INV_BACKTICK,
  INV_BITWISE,
  INV_COMMENT,
  INV_CR,
  INV_CURLY_QUOTE,
  INV_QUOTED_NEWLINE,
  INV_SEMICOLON,
  INVALID,
  isSpace,
  LT,
  LTE,
  MINUS,
  NEWLINE,
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
  QUOTED_LIT,
  SLASH,
  STAR,
  STRING_LIT,
  TEMPLATE_CONTROL,
  TEMPLATE_INTERP,
  TEMPLATE_SEQ_END,
  releaseTokens,
  tokenize,
  type Tokens,
} from './lexer.ts';
import { lineIndex } from '../positions.ts';

export const MAX_DEPTH = 500;

/** What an expression parsed in skim mode returns: nothing is built, only checked. */
const SKIMMED: Expr = { kind: 'splat-item', start: 0, end: 0 };

/** Thrown internally to stop at the first structural error; never escapes the entry points. */
export const BAIL: { readonly bail: true } = { bail: true };

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

// Flat template items, before if/for nesting is resolved.
const TT_TEXT = 0;
const TT_INTERP = 1;
const TT_IF = 2;
const TT_ELSE = 3;
const TT_ENDIF = 4;
const TT_FOR = 5;
const TT_ENDFOR = 6;

interface TplItem {
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

export class Parser {
  private readonly src: string;
  private readonly base: number;
  private readonly type: Uint8Array;
  private readonly flag: Uint8Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly sLine: Int32Array;
  private readonly sCol: Int32Array;
  /** Index of the next raw token. */
  pos = 0;
  /** Number of tokens (the last is EOF). */
  readonly count: number;
  /** Whether newlines are significant (bodies, object constructors) or skipped (inside (), [], templates). */
  private nl = true;
  /**
   * False: skim mode. Expressions are checked (every error is found) but not built; attributes keep where their
   * expression is and build it on first use (LazyAttribute). Most expressions in a configuration (descriptions,
   * types, arguments of modules that are not downloaded) are never evaluated.
   */
  private build = true;
  private depth = 0;
  readonly errors: ParseError[];
  private tpl: TplItem[] = [];
  /** How to name EOF in messages ("the end of the string" for templates embedded in JSON). */
  eofName = 'the end of the file';
  private tplIdx = 0;

  /** `base` is added to every token offset (for templates embedded in a larger file). */
  constructor(src: string, tk: Tokens, errors: ParseError[], base: number) {
    this.src = src;
    this.base = base;
    this.type = tk.type;
    this.flag = tk.flag;
    this.start = tk.start;
    this.end = tk.end;
    this.sLine = tk.sLine;
    this.sCol = tk.sCol;
    this.count = tk.count;
    this.errors = errors;
  }

  // ---- tokens -------------------------------------------------------------------------------------------

  private peek(): number {
    let i = this.pos;
    if (!this.nl) {
      const t = this.type;
      while (t[i] === NEWLINE) i++;
    }
    return i;
  }

  /** Offset of token i's start. */
  sp(i: number): number {
    return this.start[i] + this.base;
  }

  /** Offset of token i's end. */
  ep(i: number): number {
    return this.end[i] + this.base;
  }

  tokenPosition(i: number): { line: number; column: number } {
    return { line: this.sLine[i], column: this.sCol[i] };
  }

  private text(i: number): string {
    return this.src.slice(this.start[i], this.end[i]);
  }

  private isKeyword(i: number, kw: string): boolean {
    if (this.type[i] !== IDENT) return false;
    const s = this.start[i];
    if (this.end[i] - s !== kw.length) return false;
    return this.src.startsWith(kw, s);
  }

  // ---- errors ---------------------------------------------------------------------------------------------

  /** Records an error that does not disturb parsing. */
  private report(line: number, column: number, message: string): void {
    this.errors.push({ line, column, message });
  }

  private fail(i: number, message: string): never {
    this.errors.push({ line: this.sLine[i], column: this.sCol[i], message });
    throw BAIL;
  }

  /** Fails on token i: with the lexical problem when it is INVALID, else "`context`: unexpected X". */
  private unexpected(i: number, context: string): never {
    if (this.type[i] === INVALID) this.fail(i, this.invalidMessage(i));
    this.fail(i, `${context}; found ${this.describe(i)}`);
  }

  private tooDeep(i: number): never {
    this.fail(i, `Nesting too deep: more than ${MAX_DEPTH} nested blocks or expressions`);
  }

  describe(i: number): string {
    switch (this.type[i]) {
      case EOF:
        return this.eofName;
      case NEWLINE:
        return 'a newline';
      case OQUOTE:
        return 'a quoted string';
      case OHEREDOC:
        return 'a heredoc';
      case QUOTED_LIT:
      case STRING_LIT:
        return 'string text';
      case CQUOTE:
        return 'the closing quote';
      case NUMBER:
        return `number ${excerpt(this.text(i))}`;
      case IDENT:
        return `"${excerpt(this.text(i))}"`;
      default:
        return JSON.stringify(excerpt(this.text(i)));
    }
  }

  invalidMessage(i: number): string {
    const ch = this.text(i);
    switch (this.flag[i]) {
      case INV_CR:
        return 'Invalid character: a carriage return must be followed by a line feed';
      case INV_COMMENT:
        return 'Unterminated comment: "/*" has no matching "*/"';
      case INV_QUOTED_NEWLINE:
        return 'Invalid multi-line string: quoted strings may not be split over multiple lines; use the \\n escape or a heredoc (<<EOT)';
      case INV_BACKSLASH:
        return 'Invalid escape sequence: a backslash must be followed by an escape character';
      case INV_BITWISE: {
        const hint =
          ch === '&'
            ? ' Did you mean "&&"?'
            : ch === '|'
              ? ' Did you mean "||"?'
              : ch === '~'
                ? ' Did you mean "!"?'
                : '';
        return `Unsupported operator: bitwise operators like "${ch}" are not supported.${hint}`;
      }
      case INV_SEMICOLON:
        return 'Invalid character: ";" is not valid; use newlines to separate arguments and blocks, and commas to separate items in collections';
      case INV_BACKTICK:
        return 'Invalid character: "`" is not valid; to write a multi-line string, use the heredoc syntax, like "<<EOT"';
      case INV_APOSTROPHE:
        return 'Invalid character: single quotes are not valid; use double quotes (") to enclose strings';
      case INV_CURLY_QUOTE:
        return 'Invalid character: curly quotes are not valid here; replace them with straight quotes (")';
      default:
        return `Invalid character: ${JSON.stringify(ch)} is not used in the HCL language`;
    }
  }

  // ---- bodies ---------------------------------------------------------------------------------------------

  /**
   * Parses body items into `attrs`/`blocks` until the closing brace of the block opened by token `open`
   * (or EOF at the top level, open = -1). Returns the index of the closing token.
   */
  parseBody(attrs: Attribute[], blocks: Block[], open: number, typeTok: number): number {
    const type = this.type;
    let names: Set<string> | null = null;
    for (;;) {
      const i = this.pos;
      const t = type[i];
      if (t === IDENT) {
        this.pos = i + 1;
        const j = this.pos;
        const tj = type[j];
        if (tj === EQUAL) {
          const attr = this.parseAttribute(i, j, false);
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
            this.report(
              this.sLine[i],
              this.sCol[i],
              `Attribute redefined: "${attr.name}" was already set at line ${lineIndex(this.src).position(dup.start).line}; each argument may be set only once`,
            );
          } else attrs.push(attr);
        } else if (tj === OQUOTE || tj === OBRACE || tj === IDENT) {
          blocks.push(this.parseBlock(i));
        } else {
          const name = this.text(i);
          this.unexpected(
            j,
            `Argument or block definition required: expected "=" to set argument "${name}" or "{" to open a "${name}" block`,
          );
        }
        continue;
      }
      if (t === NEWLINE) {
        this.pos = i + 1;
        continue;
      }
      if (open >= 0) {
        if (t === CBRACE) {
          this.pos = i + 1;
          return i;
        }
        if (t === EOF) this.unclosed(typeTok, open);
      } else if (t === EOF) return i;
      if (t === OQUOTE) this.fail(i, 'Invalid argument name: argument names must not be quoted');
      if (t === CBRACE && open < 0) this.fail(i, 'Unexpected "}": there is no open block to close here');
      this.unexpected(i, 'Argument or block definition required');
    }
  }

  private unclosed(typeTok: number, open: number): never {
    this.fail(
      open,
      `Unclosed block: expected "}" for block "${this.text(typeTok)}" opened at line ${this.sLine[open]}`,
    );
  }

  private parseAttribute(nameTok: number, eqTok: number, singleLine: boolean): Attribute {
    this.pos = eqTok + 1;
    const expr = this.parseExpr();
    const exprEnd = this.ep(this.pos - 1);
    if (!singleLine) {
      const k = this.pos;
      const t = this.type[k];
      if (t === NEWLINE) this.pos = k + 1;
      else if (t !== EOF) {
        if (t === COMMA)
          this.fail(
            k,
            'Unexpected comma after argument: arguments must be separated by newlines, not commas',
          );
        this.unexpected(k, 'Missing newline after argument: an argument definition must end with a newline');
      }
    }
    if (!this.build)
      return new LazyAttribute(
        this.text(nameTok),
        this.sp(nameTok),
        this.ep(nameTok),
        this.sp(eqTok + 1),
        exprEnd,
        this.src,
      );
    return {
      name: this.text(nameTok),
      start: this.sp(nameTok),
      nameEnd: this.ep(nameTok),
      expr,
      end: expr.end,
    };
  }

  private parseBlock(typeTok: number): Block {
    if (++this.depth > MAX_DEPTH) this.tooDeep(typeTok);
    const type = this.type;
    const labels: string[] = [];
    const labelSpans: Span[] = [];
    let i: number;
    for (;;) {
      i = this.pos;
      const t = type[i];
      if (t === OBRACE) break;
      if (t === OQUOTE) {
        const close = this.parseLabel(i, labels);
        labelSpans.push({ start: this.sp(i), end: this.ep(close) });
      } else if (t === IDENT) {
        labels.push(this.text(i));
        labelSpans.push({ start: this.sp(i), end: this.ep(i) });
        this.pos = i + 1;
      } else if (t === EQUAL) {
        this.fail(
          i,
          'Invalid block definition: "=" marks an argument definition and must not be used when defining a block',
        );
      } else if (t === NEWLINE) {
        this.fail(
          i,
          'Invalid block definition: a block body must be delimited by "{" and "}", starting on the same line as the block header',
        );
      } else {
        this.unexpected(i, 'Invalid block definition: expected a quoted label or "{"');
      }
    }
    const open = i;
    this.pos = open + 1;
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    let close: number;
    const j = this.pos;
    const tj = type[j];
    if (tj === NEWLINE || tj === EOF || tj === CBRACE) {
      close = this.parseBody(attributes, blocks, open, typeTok);
    } else {
      // One-line block: `name { attr = value }`.
      if (tj !== IDENT) this.unexpected(j, 'Invalid single-line block: expected an argument definition');
      const k = j + 1;
      const tk = type[k];
      if (tk === EQUAL) attributes.push(this.parseAttribute(j, k, true));
      else if (tk === OQUOTE || tk === OBRACE || tk === IDENT)
        this.fail(
          j,
          `Invalid single-line block: it can contain only a single argument; put the nested block "${this.text(j)}" on a line of its own`,
        );
      else this.unexpected(k, `Invalid single-line block: expected "=" after "${this.text(j)}"`);
      close = this.pos;
      const tc = type[close];
      if (tc === CBRACE) this.pos = close + 1;
      else if (tc === COMMA)
        this.fail(
          close,
          'Invalid single-line block: it can contain only one argument; use a multi-line block with one argument per line',
        );
      else if (tc === NEWLINE)
        this.fail(
          close,
          'Invalid single-line block: a block with an argument on its opening line must be closed on that same line',
        );
      else if (tc === EOF) this.unclosed(typeTok, open);
      else this.unexpected(close, 'Invalid single-line block: expected "}" right after the argument');
    }
    const eol = this.pos;
    const te = type[eol];
    if (te === NEWLINE) this.pos = eol + 1;
    else if (te !== EOF)
      this.unexpected(eol, 'Missing newline after block definition: a block must end with a newline');
    this.depth--;
    const end = this.ep(close);
    return {
      type: this.text(typeTok),
      labels,
      start: this.sp(typeTok),
      typeSpan: { start: this.sp(typeTok), end: this.ep(typeTok) },
      labelSpans,
      body: { attributes, blocks, start: this.sp(open), end },
      end,
    };
  }

  /** A quoted block label (no template sequences). Returns the index of the closing quote. */
  private parseLabel(open: number, labels: string[]): number {
    let value = '';
    let i = open + 1;
    for (; ; i++) {
      const t = this.type[i];
      if (t === CQUOTE) break;
      if (t === QUOTED_LIT) value += this.literalValue(i);
      else if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
        const c = t === TEMPLATE_INTERP ? '$' : '%';
        this.fail(
          i,
          `Invalid block label: template sequences are not allowed in a label; to write a literal "${c}{", write "${c}${c}{"`,
        );
      } else if (t === EOF)
        this.fail(open, 'Unterminated string: no closing quote for the string opened here');
      else this.unexpected(i, 'Invalid block label');
    }
    labels.push(value);
    this.pos = i + 1;
    return i;
  }

  // ---- expressions ----------------------------------------------------------------------------------------

  /** Skim mode for the rest of the file: attributes become LazyAttributes. */
  skim(): void {
    this.build = false;
  }

  parseExpr(): Expr {
    if (++this.depth > MAX_DEPTH) this.tooDeep(this.peek());
    const cond = this.parseBinary(1);
    let out = cond;
    const q = this.peek();
    if (this.type[q] === QUESTION) {
      this.pos = q + 1;
      const a = this.parseExpr();
      const c = this.peek();
      if (this.type[c] !== COLON) this.unexpected(c, 'Missing false expression in conditional: expected ":"');
      this.pos = c + 1;
      const b = this.parseExpr();
      out = {
        kind: 'conditional',
        condition: cond,
        then: a,
        else: b,
        start: cond.start,
        end: b.end,
      };
    }
    this.depth--;
    return out;
  }

  private parseBinary(min: number): Expr {
    let lhs = this.parseOperand();
    for (;;) {
      const i = this.peek();
      const t = this.type[i];
      const prec = PREC[t];
      if (prec < min) return lhs;
      this.pos = i + 1;
      const rhs = this.parseBinary(prec + 1);
      if (!this.build) continue;
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
  private parseOperand(): Expr {
    const i = this.peek();
    const t = this.type[i];
    if (t === MINUS || t === BANG) {
      this.pos = i + 1;
      if (++this.depth > MAX_DEPTH) this.tooDeep(i);
      const operand = this.parseOperand();
      this.depth--;
      return {
        kind: 'unary',
        op: t === MINUS ? '-' : '!',
        operand,
        start: this.sp(i),
        end: operand.end,
      };
    }
    return this.parseTraversals(this.parseTerm(i, t));
  }

  private parseTerm(i: number, t: number): Expr {
    switch (t) {
      case IDENT: {
        this.pos = i + 1;
        const j = this.peek();
        const tj = this.type[j];
        if (tj === OPAREN) return this.parseCall(i, i, j);
        if (tj === DOUBLECOLON) return this.parseNamespacedCall(i);
        if (!this.build) return SKIMMED;
        const name = this.text(i);
        const start = this.sp(i);
        const end = this.ep(i);
        if (name === 'true') return { kind: 'literal', value: true, start, end };
        if (name === 'false') return { kind: 'literal', value: false, start, end };
        if (name === 'null') return { kind: 'literal', value: null, start, end };
        return { kind: 'variable', name, start, end };
      }
      case NUMBER: {
        this.pos = i + 1;
        const value = this.numberValue(i); // checked in skim mode too
        return this.build ? { kind: 'literal', value, start: this.sp(i), end: this.ep(i) } : SKIMMED;
      }
      case OQUOTE:
        return this.parseQuoted(i);
      case OHEREDOC:
        return this.parseHeredoc(i);
      case OBRACK:
        return this.parseTuple(i);
      case OBRACE:
        return this.parseObject(i);
      case OPAREN: {
        this.pos = i + 1;
        const saved = this.nl;
        this.nl = false;
        const expr = this.parseExpr();
        const c = this.peek();
        if (this.type[c] !== CPAREN)
          this.unexpected(
            c,
            `Unbalanced parentheses: expected ")" to close the "(" at line ${this.sLine[i]}`,
          );
        this.pos = c + 1;
        this.nl = saved;
        return { kind: 'paren', expr, start: this.sp(i), end: this.ep(c) };
      }
      default:
        if (t === EOF) this.fail(i, 'Missing expression: expected an expression, found the end of the file');
        if (t === INVALID) this.fail(i, this.invalidMessage(i));
        this.fail(i, `Invalid expression: unexpected ${this.describe(i)}`);
    }
  }

  private numberValue(i: number): number {
    if (this.flag[i] & F_BADNUMBER) {
      this.report(this.sLine[i], this.sCol[i], `Invalid number literal: ${this.text(i)}`);
      return NaN;
    }
    return Number(this.text(i));
  }

  private parseNamespacedCall(first: number): Expr {
    let last = first;
    for (;;) {
      const d = this.peek();
      if (this.type[d] !== DOUBLECOLON) break;
      this.pos = d + 1;
      const n = this.peek();
      if (this.type[n] !== IDENT) this.unexpected(n, 'Invalid function name: expected a name after "::"');
      this.pos = n + 1;
      last = n;
    }
    const o = this.peek();
    if (this.type[o] !== OPAREN)
      this.unexpected(
        o,
        'Missing function call: a namespaced name like "provider::aws::fn" must be followed by "("',
      );
    return this.parseCall(first, last, o);
  }

  private callName(first: number, last: number): string {
    return first === last
      ? this.text(first)
      : this.src.slice(this.start[first], this.end[last]).replace(/\s+/g, '');
  }

  private parseCall(first: number, last: number, open: number): Expr {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    const args: Expr[] = [];
    let expandFinal = false;
    let close: number;
    for (;;) {
      let k = this.peek();
      if (this.type[k] === CPAREN) {
        close = k;
        break;
      }
      const arg = this.parseExpr();
      if (this.build) args.push(arg);
      k = this.peek();
      const t = this.type[k];
      if (t === CPAREN) {
        close = k;
        break;
      }
      if (t === COMMA) {
        this.pos = k + 1;
        continue;
      }
      if (t === ELLIPSIS) {
        expandFinal = true;
        this.pos = k + 1;
        close = this.peek();
        if (this.type[close] !== CPAREN)
          this.unexpected(
            close,
            'Missing closing parenthesis: an expanded argument (with "...") must be the last one',
          );
        break;
      }
      if (t === EOF)
        this.fail(open, `Unterminated function call: no ")" for the call to "${this.callName(first, last)}"`);
      this.unexpected(k, 'Missing argument separator: expected "," or ")"');
    }
    this.pos = close + 1;
    this.nl = saved;
    if (!this.build) return SKIMMED;
    return {
      kind: 'call',
      name: this.callName(first, last),
      args,
      expandFinal,
      nameEnd: this.ep(last),
      start: this.sp(first),
      end: this.ep(close),
    };
  }

  private parseTuple(open: number): Expr {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    let k = this.peek();
    if (this.isKeyword(k, 'for')) {
      const e = this.parseFor(open, k, false);
      this.nl = saved;
      return e;
    }
    const items: Expr[] = [];
    for (;;) {
      if (this.type[k] === CBRACK) break;
      const item = this.parseExpr();
      if (this.build) items.push(item);
      k = this.peek();
      const t = this.type[k];
      if (t === CBRACK) break;
      if (t === COMMA) {
        this.pos = k + 1;
        k = this.peek();
        continue;
      }
      if (t === EOF) this.fail(open, 'Unterminated tuple: no "]" for this "["');
      this.unexpected(k, 'Missing item separator: expected "," or "]"');
    }
    this.pos = k + 1;
    this.nl = saved;
    return this.build ? { kind: 'tuple', items, start: this.sp(open), end: this.ep(k) } : SKIMMED;
  }

  private parseObject(open: number): Expr {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    const f = this.peek();
    if (this.isKeyword(f, 'for')) {
      const e = this.parseFor(open, f, true);
      this.nl = saved;
      return e;
    }
    this.nl = true;
    const type = this.type;
    const items: ObjectItem[] = [];
    let k: number;
    for (;;) {
      k = this.pos;
      let t = type[k];
      if (t === NEWLINE) {
        this.pos = k + 1;
        continue;
      }
      if (t === CBRACE) break;
      const force = t === OPAREN;
      let key = this.parseExpr();
      const s = this.pos;
      t = type[s];
      if (t !== EQUAL && t !== COLON) {
        if (t === NEWLINE || t === COMMA)
          this.fail(s, 'Missing attribute value: expected "=" and a value after the key');
        if (t === IDENT)
          this.fail(
            s,
            'Missing key/value separator: expected "="; to use a key containing periods or spaces, write it in quotes',
          );
        if (t === EOF) this.fail(open, 'Unterminated object: no "}" for this "{"');
        this.unexpected(s, 'Missing key/value separator: expected "=" or ":"');
      }
      this.pos = s + 1;
      const value = this.parseExpr();
      if (this.build) {
        if (!force && key.kind === 'variable')
          key = { kind: 'literal', value: key.name, start: key.start, end: key.end };
        items.push({ key, value, start: key.start, end: value.end });
      }
      k = this.pos;
      t = type[k];
      if (t === CBRACE) break;
      if (t === COMMA || t === NEWLINE) {
        this.pos = k + 1;
        continue;
      }
      if (t === EOF) this.fail(open, 'Unterminated object: no "}" for this "{"');
      this.unexpected(k, 'Missing attribute separator: expected a newline or ","');
    }
    this.pos = k + 1;
    this.nl = saved;
    return this.build ? { kind: 'object', items, start: this.sp(open), end: this.ep(k) } : SKIMMED;
  }

  /** `[for ...]` / `{for ...}`; called with newlines off and `forTok` the `for` keyword. */
  /** `k, v in` or `v in` after `for` (in a for expression or a template directive); leaves pos after `in`. */
  private parseForVariables(what: 'expression' | 'directive'): { keyVar?: string; valueVar: string } {
    let v = this.peek();
    if (this.type[v] !== IDENT)
      this.unexpected(v, `Invalid "for" ${what}: expected a variable name after "for"`);
    let valueVar = this.text(v);
    let keyVar: string | undefined;
    this.pos = v + 1;
    const c = this.peek();
    if (this.type[c] === COMMA) {
      keyVar = valueVar;
      this.pos = c + 1;
      v = this.peek();
      if (this.type[v] !== IDENT)
        this.unexpected(v, `Invalid "for" ${what}: expected the value variable name after ","`);
      valueVar = this.text(v);
      this.pos = v + 1;
    }
    const inTok = this.peek();
    if (!this.isKeyword(inTok, 'in'))
      this.unexpected(inTok, `Invalid "for" ${what}: expected "in" after the variable names`);
    this.pos = inTok + 1;
    return { keyVar, valueVar };
  }

  private parseFor(open: number, forTok: number, isObject: boolean): Expr {
    const closeType = isObject ? CBRACE : CBRACK;
    this.pos = forTok + 1;
    const { keyVar, valueVar } = this.parseForVariables('expression');
    const collection = this.parseExpr();
    const colon = this.peek();
    if (this.type[colon] !== COLON)
      this.unexpected(colon, 'Invalid "for" expression: expected ":" after the collection expression');
    this.pos = colon + 1;
    let valueTok = this.peek();
    let valueExpr = this.parseExpr();
    let keyExpr: Expr | undefined;
    let keyTok = valueTok;
    const fa = this.peek();
    if (this.type[fa] === FATARROW) {
      this.pos = fa + 1;
      keyExpr = valueExpr;
      keyTok = valueTok;
      valueTok = this.peek();
      valueExpr = this.parseExpr();
    }
    let grouping = false;
    const el = this.peek();
    if (this.type[el] === ELLIPSIS) {
      grouping = true;
      this.pos = el + 1;
    }
    let condition: Expr | undefined;
    const ifTok = this.peek();
    if (this.isKeyword(ifTok, 'if')) {
      this.pos = ifTok + 1;
      condition = this.parseExpr();
    }
    const close = this.peek();
    if (this.type[close] !== closeType)
      this.unexpected(
        close,
        `Invalid "for" expression: expected "${isObject ? '}' : ']'}" at the end of the expression`,
      );
    this.pos = close + 1;
    if (!isObject) {
      if (keyExpr)
        this.report(
          this.sLine[keyTok],
          this.sCol[keyTok],
          'Invalid "for" expression: a key expression ("=>") is not valid when building a tuple',
        );
      if (grouping)
        this.report(
          this.sLine[el],
          this.sCol[el],
          'Invalid "for" expression: the grouping ellipsis (...) cannot be used when building a tuple',
        );
    } else if (!keyExpr) {
      this.report(
        this.sLine[valueTok],
        this.sCol[valueTok],
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
      start: this.sp(open),
      end: this.ep(close),
    };
    if (keyVar !== undefined) out.keyVar = keyVar;
    if (keyExpr) out.keyExpr = keyExpr;
    if (condition) out.condition = condition;
    return out;
  }

  private parseTraversals(from: Expr): Expr {
    const type = this.type;
    let ret = from;
    for (;;) {
      const i = this.peek();
      const t = type[i];
      if (t === DOT) {
        this.pos = i + 1;
        const j = this.peek();
        const tj = type[j];
        this.pos = j + 1;
        if (tj === IDENT) {
          if (this.build)
            ret = { kind: 'getattr', object: ret, name: this.text(j), start: ret.start, end: this.ep(j) };
        } else if (tj === NUMBER) {
          const key = this.legacyIndex(j);
          if (this.build) ret = { kind: 'index', object: ret, key, start: ret.start, end: this.ep(j) };
        } else if (tj === STAR) {
          // Attribute-only splat: `x.*.a.b`.
          const item: Expr = { kind: 'splat-item', start: this.sp(i), end: this.ep(j) };
          let each: Expr = item;
          for (;;) {
            const d = this.peek();
            if (type[d] !== DOT) break;
            this.pos = d + 1;
            const a = this.peek();
            const ta = type[a];
            this.pos = a + 1;
            if (ta === IDENT)
              each = {
                kind: 'getattr',
                object: each,
                name: this.text(a),
                start: item.start,
                end: this.ep(a),
              };
            else if (ta === NUMBER)
              each = {
                kind: 'index',
                object: each,
                key: this.legacyIndex(a),
                start: item.start,
                end: this.ep(a),
              };
            else if (ta === STAR)
              this.fail(
                a,
                'Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat',
              );
            else this.unexpected(a, 'Invalid attribute name: an attribute name is required after a dot');
          }
          ret = { kind: 'splat', object: ret, each, start: ret.start, end: each.end };
        } else {
          this.unexpected(j, 'Invalid attribute name: an attribute name is required after a dot');
        }
      } else if (t === OBRACK) {
        this.pos = i + 1;
        const j = this.peek();
        if (type[j] === STAR) {
          // Full splat: `x[*].a[0]`, consuming every following traversal.
          this.pos = j + 1;
          const c = this.peek();
          if (type[c] !== CBRACK)
            this.unexpected(c, 'Missing close bracket on splat index: "[*" must be followed by "]"');
          this.pos = c + 1;
          const item: Expr = { kind: 'splat-item', start: this.sp(i), end: this.ep(c) };
          if (++this.depth > MAX_DEPTH) this.tooDeep(i);
          const each = this.parseTraversals(item);
          this.depth--;
          ret = { kind: 'splat', object: ret, each, start: ret.start, end: each.end };
        } else {
          const saved = this.nl;
          this.nl = false;
          const key = this.parseExpr();
          const c = this.peek();
          if (type[c] !== CBRACK) this.unexpected(c, 'Missing close bracket on index: expected "]"');
          this.pos = c + 1;
          this.nl = saved;
          if (this.build) ret = { kind: 'index', object: ret, key, start: ret.start, end: this.ep(c) };
        }
      } else return ret;
    }
  }

  /** The key of a legacy index step `.0`. */
  private legacyIndex(j: number): Expr {
    const text = this.text(j);
    const start = this.sp(j);
    const end = this.ep(j);
    const dot = text.indexOf('.');
    if (dot >= 0) {
      this.report(
        this.sLine[j],
        this.sCol[j],
        `Invalid legacy index syntax: chaining two legacy indexes is not allowed; use [${text.slice(0, dot)}][${text.slice(dot + 1)}] instead`,
      );
      return { kind: 'literal', value: Number(text.slice(0, dot)), start, end };
    }
    return { kind: 'literal', value: this.numberValue(j), start, end };
  }

  // ---- templates ------------------------------------------------------------------------------------------

  private parseQuoted(open: number): Expr {
    const type = this.type;
    // Fast path: "" and "text" without escapes (most strings).
    if (type[open + 1] === CQUOTE) {
      this.pos = open + 2;
      if (!this.build) return SKIMMED;
      const at = this.ep(open);
      return {
        kind: 'template',
        parts: [{ kind: 'text', value: '', start: at, end: at }],
        start: this.sp(open),
        end: this.ep(open + 1),
      };
    }
    if (type[open + 1] === QUOTED_LIT && type[open + 2] === CQUOTE && !(this.flag[open + 1] & F_ESCAPE)) {
      this.pos = open + 3;
      if (!this.build) return SKIMMED;
      const lit = open + 1;
      return {
        kind: 'template',
        parts: [{ kind: 'text', value: this.text(lit), start: this.sp(lit), end: this.ep(lit) }],
        start: this.sp(open),
        end: this.ep(open + 2),
      };
    }
    this.pos = open + 1;
    const items = this.templateItems(CQUOTE, open);
    const close = this.pos - 1;
    return this.buildTemplate(items, this.sp(open), this.ep(close), this.ep(open));
  }

  private parseHeredoc(open: number): Expr {
    this.pos = open + 1;
    const items = this.templateItems(CHEREDOC, open);
    const close = this.pos - 1;
    if (this.flag[open] & F_FLUSH) flushHeredoc(items);
    return this.buildTemplate(items, this.sp(open), this.ep(close), this.ep(open));
  }

  /** Builds a template expression from flat items (used by quoted strings, heredocs and bare templates). */
  buildTemplate(items: TplItem[], start: number, end: number, emptyAt: number): Expr {
    this.tpl = items;
    this.tplIdx = 0;
    const parts = this.templateSeq(false); // in skim mode too: it finds unmatched directives
    if (!this.build) return SKIMMED;
    if (parts.length === 0) parts.push({ kind: 'text', value: '', start: emptyAt, end: emptyAt });
    return { kind: 'template', parts, start, end };
  }

  /**
   * Reads template tokens up to the `end` token type (consumed) into flat items, applying `~` strip
   * markers. `open` is the opening token (-1 for a bare template).
   */
  templateItems(end: number, open: number): TplItem[] {
    const type = this.type;
    const items: TplItem[] = [];
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    for (;;) {
      const i = this.pos;
      const t = type[i];
      if (t === end) {
        this.pos = i + 1;
        return items;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (t === QUOTED_LIT || t === STRING_LIT) {
        let text = this.literalValue(i);
        if (ltrim) text = trimLeft(text);
        items.push({
          k: TT_TEXT,
          text,
          expr: null,
          keyVar: undefined,
          valueVar: '',
          tok: i,
          start: this.sp(i),
          end: this.ep(i),
        });
        nextCanTrimPrev = true;
        this.pos = i + 1;
        continue;
      }
      if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
        if (canTrimPrev && this.flag[i] & F_TILDE) {
          const prev = items[items.length - 1];
          prev.text = trimRight(prev.text);
        }
        this.pos = i + 1;
        const saved = this.nl;
        this.nl = false;
        if (t === TEMPLATE_INTERP) {
          const expr = this.parseExpr();
          const c = this.closeSequence(i, end);
          items.push({
            k: TT_INTERP,
            text: '',
            expr,
            keyVar: undefined,
            valueVar: '',
            tok: i,
            start: this.sp(i),
            end: this.ep(c),
          });
          if (this.flag[c] & F_TILDE) ltrimNext = true;
        } else {
          const item = this.directive(i);
          if (this.flag[this.pos - 1] & F_TILDE) ltrimNext = true;
          items.push(item);
        }
        this.nl = saved;
        continue;
      }
      if (t === EOF) {
        if (open < 0) this.fail(i, 'Unexpected end of template');
        if (type[open] === OHEREDOC) {
          const m = /<<-?(\S+)/.exec(this.text(open));
          this.fail(
            open,
            `Unterminated heredoc: no closing "${m ? m[1] : ''}" marker line for the heredoc opened here`,
          );
        }
        this.fail(open, 'Unterminated string: no closing quote for the string opened here');
      }
      this.unexpected(i, 'Unterminated template string');
    }
  }

  /** Expects the `}` closing the `${`/`%{` at token `open`; returns its index (consumed). */
  private closeSequence(open: number, end: number): number {
    const c = this.peek();
    const t = this.type[c];
    if (t !== TEMPLATE_SEQ_END) {
      if (t === EOF)
        this.fail(
          open,
          `Unclosed template interpolation: no "}" for this "\${" before the end of the ${end === EOF ? 'string' : 'file'}`,
        );
      if ((t === CQUOTE || t === OQUOTE) && end === CQUOTE)
        this.fail(
          open,
          'Unclosed template interpolation: no "}" for this "${" before the end of the quoted string',
        );
      if (t === COLON)
        this.fail(
          c,
          'Extra characters after interpolation expression: ":" is not expected here; to write a literal "${", escape it as "$${"',
        );
      this.unexpected(
        c,
        'Extra characters after interpolation expression: expected "}"; to write a literal "${", escape it as "$${"',
      );
    }
    this.pos = c + 1;
    return c;
  }

  /** `%{ if x }`, `%{ else }`, `%{ endif }`, `%{ for k, v in x }`, `%{ endfor }`; the `%{` is token `open`. */
  private directive(open: number): TplItem {
    const kw = this.peek();
    if (this.type[kw] !== IDENT)
      this.unexpected(
        kw,
        'Invalid template directive: expected "if", "for", "else", "endif" or "endfor" after "%{"',
      );
    this.pos = kw + 1;
    const name = this.text(kw);
    let k: number;
    let expr: Expr | null = null;
    let keyVar: string | undefined;
    let valueVar = '';
    switch (name) {
      case 'if':
        k = TT_IF;
        expr = this.parseExpr();
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
        ({ keyVar, valueVar } = this.parseForVariables('directive'));
        expr = this.parseExpr();
        break;
      }
      default:
        this.fail(
          kw,
          `Invalid template control keyword: "${name}" is not one of if, for, else, endif, endfor`,
        );
    }
    const c = this.peek();
    if (this.type[c] !== TEMPLATE_SEQ_END)
      this.unexpected(c, `Extra characters in the "%{ ${name} }" directive: expected "}"`);
    this.pos = c + 1;
    return { k, text: name, expr, keyVar, valueVar, tok: open, start: this.sp(open), end: this.ep(c) };
  }

  /** Nests flat template items: reads until the end, or (nested) until an else/endif/endfor, not consumed. */
  private templateSeq(nested: boolean): TemplatePart[] {
    const items = this.tpl;
    const parts: TemplatePart[] = [];
    let lastText: TextPart | null = null;
    let empty = 0;
    while (this.tplIdx < items.length) {
      const it = items[this.tplIdx];
      switch (it.k) {
        case TT_TEXT:
          this.tplIdx++;
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
          this.tplIdx++;
          parts.push(it.expr as Expr);
          lastText = null;
          continue;
        case TT_IF:
        case TT_FOR:
          this.tplIdx++;
          parts.push(it.k === TT_IF ? this.templateIf(it) : this.templateFor(it));
          lastText = null;
          continue;
        default:
          if (nested) return dropEmptyText(parts, empty);
          this.fail(
            it.tok,
            `Unexpected "%{ ${it.text} }" directive: there is no matching "%{ ${it.text === 'endfor' ? 'for' : 'if'} }" before it`,
          );
      }
    }
    return dropEmptyText(parts, empty);
  }

  private nestedTemplate(parts: TemplatePart[], emptyAt: number): Expr {
    if (parts.length === 0)
      return {
        kind: 'template',
        parts: [{ kind: 'text', value: '', start: emptyAt, end: emptyAt }],
        start: emptyAt,
        end: emptyAt,
      };
    return { kind: 'template', parts, start: parts[0].start, end: parts[parts.length - 1].end };
  }

  private templateIf(it: TplItem): Expr {
    if (++this.depth > MAX_DEPTH)
      this.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
    const items = this.tpl;
    const thenParts = this.templateSeq(true);
    let next = items[this.tplIdx];
    const missing = `Unexpected end of template: the "%{ if }" at line ${this.sLine[it.tok]} has no matching "%{ endif }"`;
    if (!next) this.fail(it.tok, missing);
    let elseParts: TemplatePart[] | undefined;
    let elseTok: TplItem | undefined;
    if (next.k === TT_ELSE) {
      elseTok = next;
      this.tplIdx++;
      elseParts = this.templateSeq(true);
      next = items[this.tplIdx];
      if (!next) this.fail(it.tok, missing);
    }
    if (next.k !== TT_ENDIF) {
      if (next.k === TT_ELSE)
        this.fail(
          next.tok,
          `Unexpected "%{ else }" directive: already in the else clause of the "%{ if }" at line ${this.sLine[it.tok]}`,
        );
      this.fail(
        next.tok,
        `Unexpected "%{ ${next.text} }" directive: expected "%{ endif }" for the "%{ if }" at line ${this.sLine[it.tok]}`,
      );
    }
    this.tplIdx++;
    this.depth--;
    const out: Expr = {
      kind: 'template-if',
      condition: it.expr as Expr,
      then: this.nestedTemplate(thenParts, it.end),
      start: it.start,
      end: next.end,
    };
    if (elseParts && elseTok) out.else = this.nestedTemplate(elseParts, elseTok.end);
    return out;
  }

  private templateFor(it: TplItem): Expr {
    if (++this.depth > MAX_DEPTH)
      this.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
    const body = this.templateSeq(true);
    const next = this.tpl[this.tplIdx];
    if (!next)
      this.fail(
        it.tok,
        `Unexpected end of template: the "%{ for }" at line ${this.sLine[it.tok]} has no matching "%{ endfor }"`,
      );
    if (next.k !== TT_ENDFOR) {
      if (next.k === TT_ELSE)
        this.fail(next.tok, 'Unexpected "%{ else }" directive: a "%{ for }" directive has no else clause');
      this.fail(
        next.tok,
        `Unexpected "%{ ${next.text} }" directive: expected "%{ endfor }" for the "%{ for }" at line ${this.sLine[it.tok]}`,
      );
    }
    this.tplIdx++;
    this.depth--;
    const out: Expr = {
      kind: 'template-for',
      valueVar: it.valueVar,
      collection: it.expr as Expr,
      body: this.nestedTemplate(body, it.end),
      start: it.start,
      end: next.end,
    };
    if (it.keyVar !== undefined) out.keyVar = it.keyVar;
    return out;
  }

  /** The value of a QUOTED_LIT (backslash and `$${` escapes) or STRING_LIT (`$${` / `%%{` escapes only). */
  private literalValue(i: number): string {
    const s = this.start[i];
    const e = this.end[i];
    const src = this.src;
    if (!(this.flag[i] & F_ESCAPE)) return src.slice(s, e);
    const quoted = this.type[i] === QUOTED_LIT;
    let out = '';
    let seg = s;
    let p = s;
    while (p < e) {
      const c = src.charCodeAt(p);
      if (c === 92 && quoted) {
        out += src.slice(seg, p);
        const d = src.charCodeAt(p + 1);
        let adv = 2;
        switch (d) {
          case 110:
            out += '\n';
            break;
          case 114:
            out += '\r';
            break;
          case 116:
            out += '\t';
            break;
          case 34:
            out += '"';
            break;
          case 92:
            out += '\\';
            break;
          case 117:
          case 85: {
            const want = d === 117 ? 4 : 8;
            let h = p + 2;
            while (h < e && h - (p + 2) < want && isHex(src.charCodeAt(h))) h++;
            adv = h - p;
            const col = this.sCol[i] + (p - s);
            if (h - (p + 2) !== want) {
              this.report(
                this.sLine[i],
                col,
                `Invalid escape sequence: \\${d === 117 ? 'u' : 'U'} must be followed by ${want === 4 ? 'four' : 'eight'} hexadecimal digits`,
              );
              break;
            }
            const cp = parseInt(src.slice(p + 2, h), 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
              this.report(
                this.sLine[i],
                col,
                `Invalid escape sequence: cannot encode character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
              );
              break;
            }
            out += String.fromCodePoint(cp);
            break;
          }
          default: {
            const cp = src.codePointAt(p + 1) ?? 0;
            const ch = String.fromCodePoint(cp);
            adv = 1 + ch.length;
            this.report(
              this.sLine[i],
              this.sCol[i] + (p - s),
              `Invalid escape sequence: "\\${ch}" is not a valid escape; use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN`,
            );
            out += ch;
          }
        }
        p += adv;
        seg = p;
      } else if ((c === 36 || c === 37) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 123) {
        out += src.slice(seg, p + 1) + '{';
        p += 3;
        seg = p;
      } else p++;
    }
    return out + src.slice(seg, e);
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
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
      this.built = new Parser(this.src, tk, [], 0).parseExpr();
    } catch (e) {
      if (e === BAIL) throw new Error('HCL parser: an expression that was checked failed to build');
      throw e;
    } finally {
      releaseTokens(tk);
    }
    return this.built;
  }
}

// ---- entry points ---------------------------------------------------------------------------------------

function internalError(parser: Parser, e: unknown, errors: ParseError[]): void {
  if (e === BAIL) return;
  const pos = parser.tokenPosition(Math.min(parser.pos, parser.count - 1));
  const message =
    e instanceof RangeError
      ? 'Nesting too deep: the input is nested too deeply to parse'
      : `Internal parser error: ${String(e)}`;
  errors.push({ line: pos.line, column: pos.column, message });
}

/** Parses a Terraform/HCL native-syntax file. Never throws; `errors` is empty for a valid file. */
export function parseHcl(text: string): ParsedHcl {
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tk = tokenize(text, begin, false, 1, 1);
  const errors: ParseError[] = [];
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  const parser = new Parser(text, tk, errors, 0);
  parser.skim();
  try {
    parser.parseBody(attributes, blocks, -1, -1);
  } catch (e) {
    internalError(parser, e, errors);
  }
  const end = parser.ep(tk.count - 1);
  releaseTokens(tk);
  return { body: { attributes, blocks, start: begin, end }, errors };
}

/**
 * Parses `text` as a bare template (Terraform JSON strings: `${...}` interpolations and `%{...}` directives,
 * `$${` / `%%{` escapes, no backslash escapes). `text[0]` is at `start`: node offsets count from its offset,
 * error lines and columns from its line and column.
 */
export function parseTemplate(
  text: string,
  start: { line: number; column: number; offset: number },
): { expr: Expr; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const end = start.offset + text.length;
  // Fast path: plain text.
  if (text.indexOf('${') < 0 && text.indexOf('%{') < 0) {
    return {
      expr: {
        kind: 'template',
        parts: [{ kind: 'text', value: text, start: start.offset, end }],
        start: start.offset,
        end,
      },
      errors,
    };
  }
  const tk = tokenize(text, 0, true, start.line, start.column);
  const parser = new Parser(text, tk, errors, start.offset);
  parser.eofName = 'the end of the string';
  let expr: Expr;
  try {
    const items = parser.templateItems(EOF, -1);
    expr = parser.buildTemplate(items, start.offset, end, start.offset);
  } catch (e) {
    internalError(parser, e, errors);
    expr = {
      kind: 'template',
      parts: [{ kind: 'text', value: text, start: start.offset, end }],
      start: start.offset,
      end,
    };
  }
  releaseTokens(tk);
  return { expr, errors };
}

/**
 * Input quoted in a message: at most 40 characters of one line. Unparseable input may be anything (a link to a
 * file of the machine's, a secret): a message shows enough to find the place, never the content.
 */
function excerpt(text: string): string {
  const line = text.split(/\r?\n/, 1)[0];
  return line.length > 40 || line.length < text.length ? `${line.slice(0, 40)}…` : line;
}
