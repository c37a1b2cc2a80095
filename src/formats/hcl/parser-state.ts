// The HCL parser's state over the lexer's token arrays: the cursor, skim mode, nesting depth, and how
// errors are recorded and described. The grammar is in bodies.ts, expressions.ts, collections.ts and
// templates.ts, as functions of this state.

import type { Expr, ParseError } from './ast.ts';
import type { TplItem } from './templates.ts';
import {
  CQUOTE,
  EOF,
  IDENT,
  INVALID,
  INV_APOSTROPHE,
  INV_BACKSLASH,
  INV_BACKTICK,
  INV_BITWISE,
  INV_COMMENT,
  INV_CR,
  INV_CURLY_QUOTE,
  INV_QUOTED_NEWLINE,
  INV_SEMICOLON,
  NEWLINE,
  NUMBER,
  OHEREDOC,
  OQUOTE,
  QUOTED_LIT,
  STRING_LIT,
  type Tokens,
} from './tokens.ts';

export const MAX_DEPTH = 500;

/** What an expression parsed in skim mode returns: nothing is built, only checked. */
export const SKIMMED: Expr = { kind: 'splat-item', start: 0, end: 0 };

/** Thrown internally to stop at the first structural error; never escapes the entry points. */
export const BAIL: { readonly bail: true } = { bail: true };

export class ParserState {
  readonly src: string;
  readonly base: number;
  readonly type: Uint8Array;
  readonly flag: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sLine: Int32Array;
  readonly sCol: Int32Array;
  /** Index of the next raw token. */
  pos = 0;
  /** Number of tokens (the last is EOF). */
  readonly count: number;
  /** Whether newlines are significant (bodies, object constructors) or skipped (inside (), [], templates). */
  nl = true;
  /**
   * False: skim mode. Expressions are checked (every error is found) but not built; attributes keep where their
   * expression is and build it on first use (LazyAttribute). Most expressions in a configuration (descriptions,
   * types, arguments of modules that are not downloaded) are never evaluated.
   */
  build = true;
  depth = 0;
  readonly errors: ParseError[];
  tpl: TplItem[] = [];
  /** How to name EOF in messages ("the end of the string" for templates embedded in JSON). */
  eofName = 'the end of the file';
  tplIdx = 0;

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

  peek(): number {
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

  text(i: number): string {
    return this.src.slice(this.start[i], this.end[i]);
  }

  isKeyword(i: number, kw: string): boolean {
    if (this.type[i] !== IDENT) return false;
    const s = this.start[i];
    if (this.end[i] - s !== kw.length) return false;
    return this.src.startsWith(kw, s);
  }

  // ---- errors ---------------------------------------------------------------------------------------------

  /** Records an error that does not disturb parsing. */
  report(line: number, column: number, message: string): void {
    this.errors.push({ line, column, message });
  }

  fail(i: number, message: string): never {
    this.errors.push({ line: this.sLine[i], column: this.sCol[i], message });
    throw BAIL;
  }

  /** Fails on token i: with the lexical problem when it is INVALID, else "`context`: unexpected X". */
  unexpected(i: number, context: string): never {
    if (this.type[i] === INVALID) this.fail(i, this.invalidMessage(i));
    this.fail(i, `${context}; found ${this.describe(i)}`);
  }

  tooDeep(i: number): never {
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

  /** Skim mode for the rest of the file: attributes become LazyAttributes. */
  skim(): void {
    this.build = false;
  }
}

/**
 * Input quoted in a message: at most 40 characters of one line. Unparseable input may be anything (a link to a
 * file of the machine's, a secret): a message shows enough to find the place, never the content.
 */
function excerpt(text: string): string {
  const line = text.split(/\r?\n/, 1)[0];
  return line.length > 40 || line.length < text.length ? `${line.slice(0, 40)}…` : line;
}
