// Hand-written charCodeAt lexer: web-tree-sitter measured 2.4x and hcl2-parser 25-60x slower than HashiCorp's Go parser, and the whole lint must cost less than that parse.
//
// Mirrors hclsyntax's Ragel scanner (scan_tokens.rl): the same token boundaries, the same template modes
// (quoted string, heredoc, bare template) with a brace stack deciding when a `}` closes an interpolation,
// and the same heredoc end-marker rule. Tokens go into parallel typed arrays (no object per token).
// Positions: line and column are 1-based; a column counts code points (an astral character is one column,
// HCL itself counts grapheme clusters, which differs only for combining sequences); offsets are UTF-16
// indexes into the source.
import {
  CBRACE,
  CBRACK,
  COMMA,
  CPAREN,
  DOT,
  ELLIPSIS,
  EOF,
  EQUAL,
  EQUALOP,
  FATARROW,
  F_BADNUMBER,
  F_TILDE,
  IDENT,
  INVALID,
  NEWLINE,
  NUMBER,
  OBRACE,
  OBRACK,
  OPAREN,
  OQUOTE,
  TEMPLATE_CONTROL,
  TEMPLATE_INTERP,
  TEMPLATE_SEQ_END,
  Tokens,
} from './tokens.ts';
import { codePointAt, hasSurrogate, IDC, ID_CONTINUE_RE, validNumber } from './characters.ts';
import { lexOther } from './other-tokens.ts';
import { lexBare, lexHeredoc, lexString } from './template-lexer.ts';

// String, heredoc and bare-template modes are lexed in template-lexer.ts.
const MODE_MAIN = 0;
const MODE_STRING = 1;
export const MODE_HEREDOC = 2;
const MODE_BARE = 3;

export interface Heredoc {
  marker: string;
  startOfLine: boolean;
}

export class Lexer {
  src = '';
  n = 0;
  line = 1;
  /** Offset of the first character of the current line (negative on a template's first line when it starts mid-line). */
  lineStart = 0;
  /**
   * Set once an astral character (surrogate pair) has been scanned: columns are then counted by code points
   * (slow path). Every scanning loop that can step over one sets it before the next column is computed.
   */
  astral = false;
  private mode = MODE_MAIN;
  private modes: number[] = [];
  braces = 0;
  retBraces: number[] = [];
  heredocs: Heredoc[] = [];
  /** Set by templateText: the flag of the text run it scanned, and where its line end is (-1: none). */
  textEsc = 0;
  textEol = -1;
  private tk: Tokens = new Tokens(16);

  /**
   * Tokenises `src` from `begin` (after a BOM) to `end` as a config file, or as a bare template when `template`.
   * `line`/`column` are the position of `src[begin]`.
   */
  run(
    src: string,
    begin: number,
    end: number,
    template: boolean,
    tk: Tokens,
    line: number,
    column: number,
  ): Tokens {
    this.src = src;
    this.n = end;
    this.line = line;
    this.lineStart = begin - (column - 1);
    this.astral = false; // set on the first surrogate pair met while scanning (see col)
    this.mode = template ? MODE_BARE : MODE_MAIN;
    this.modes.length = 0;
    this.braces = 0;
    this.retBraces.length = 0;
    this.heredocs.length = 0;
    tk.count = 0;
    this.tk = tk;
    let p = begin;
    for (;;) {
      const m = this.mode;
      p =
        m === MODE_MAIN
          ? this.lexMain(p)
          : m === MODE_STRING
            ? lexString(this, p)
            : m === MODE_HEREDOC
              ? lexHeredoc(this, p)
              : lexBare(this, p);
      if (p < 0) break;
    }
    this.src = '';
    return tk;
  }

  col(off: number): number {
    const ls = this.lineStart;
    let c = off - ls + 1;
    if (this.astral) {
      const s = this.src;
      for (let i = ls < 1 ? 1 : ls + 1; i < off; i++) {
        const ch = s.charCodeAt(i);
        if (ch >= 0xdc00 && ch <= 0xdfff) {
          const h = s.charCodeAt(i - 1);
          if (h >= 0xd800 && h <= 0xdbff) c--;
        }
      }
    }
    return c;
  }

  /** Emits a token that starts on the current line. */
  emit(type: number, s: number, e: number, flag: number): void {
    const tk = this.tk;
    const k = tk.count;
    if (k === tk.cap) tk.grow();
    tk.type[k] = type;
    tk.flag[k] = flag;
    tk.start[k] = s;
    tk.end[k] = e;
    tk.sLine[k] = this.line;
    tk.sCol[k] = this.astral ? this.col(s) : s - this.lineStart + 1;
    tk.count = k + 1;
  }

  /** Emits a token whose start position was taken before scanning across lines. */
  emitFrom(type: number, s: number, e: number, flag: number, sLine: number, sCol: number): void {
    const tk = this.tk;
    const k = tk.count;
    if (k === tk.cap) tk.grow();
    tk.type[k] = type;
    tk.flag[k] = flag;
    tk.start[k] = s;
    tk.end[k] = e;
    tk.sLine[k] = sLine;
    tk.sCol[k] = sCol;
    tk.count = k + 1;
  }

  /** Emits a newline token for [s, e) (e is just after the `\n`). */
  emitNewline(s: number, e: number): void {
    const sLine = this.line;
    const sCol = this.col(s);
    this.line = sLine + 1;
    this.lineStart = e;
    this.emitFrom(NEWLINE, s, e, 0, sLine, sCol);
  }

  /** Emits an INVALID token and EOF; returns -1 (stop). */
  invalid(s: number, e: number, code: number): number {
    this.emit(INVALID, s, e, code);
    this.emit(EOF, this.n, this.n, 0);
    return -1;
  }

  pushMode(m: number): void {
    this.modes.push(this.mode);
    this.mode = m;
  }

  popMode(): void {
    this.mode = this.modes.length > 0 ? (this.modes.pop() as number) : MODE_MAIN;
  }

  /** `${` / `%{` (with optional `~`) at p; enters main mode. Returns the new position. */
  openSequence(p: number, c: number): number {
    const tilde = this.src.charCodeAt(p + 2) === 126;
    const e = tilde ? p + 3 : p + 2;
    this.emit(c === 36 ? TEMPLATE_INTERP : TEMPLATE_CONTROL, p, e, tilde ? F_TILDE : 0);
    this.braces++;
    this.retBraces.push(this.braces);
    if (this.heredocs.length > 0) this.heredocs[this.heredocs.length - 1].startOfLine = false;
    this.pushMode(MODE_MAIN);
    return e;
  }

  /** Scans tokens in main mode until the mode changes (returns the position) or EOF (returns -1). */
  private lexMain(p: number): number {
    // Kept small (common tokens only) so the optimizing compiler handles it cheaply; the rest is in lexOther.
    const s = this.src;
    const n = this.n;
    for (;;) {
      let c = p < n ? s.charCodeAt(p) : -1;
      while (c === 32) c = ++p < n ? s.charCodeAt(p) : -1;
      switch (c) {
        case -1:
          this.emit(EOF, n, n, 0);
          return -1;
        case 10:
          this.emitNewline(p, p + 1);
          p++;
          continue;
        case 123: // {
          this.emit(OBRACE, p, p + 1, 0);
          this.braces++;
          p++;
          continue;
        case 125: {
          // }
          const rb = this.retBraces;
          if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
            this.emit(TEMPLATE_SEQ_END, p, p + 1, 0);
            this.braces--;
            rb.pop();
            this.popMode();
            return p + 1;
          }
          this.emit(CBRACE, p, p + 1, 0);
          this.braces--;
          p++;
          continue;
        }
        case 34: // "
          this.emit(OQUOTE, p, p + 1, 0);
          this.pushMode(MODE_STRING);
          return p + 1;
        case 91:
          this.emit(OBRACK, p, p + 1, 0);
          p++;
          continue;
        case 93:
          this.emit(CBRACK, p, p + 1, 0);
          p++;
          continue;
        case 40:
          this.emit(OPAREN, p, p + 1, 0);
          p++;
          continue;
        case 41:
          this.emit(CPAREN, p, p + 1, 0);
          p++;
          continue;
        case 44:
          this.emit(COMMA, p, p + 1, 0);
          p++;
          continue;
        case 61: {
          // =
          const d = s.charCodeAt(p + 1);
          if (d === 61) {
            this.emit(EQUALOP, p, p + 2, 0);
            p += 2;
          } else if (d === 62) {
            this.emit(FATARROW, p, p + 2, 0);
            p += 2;
          } else {
            this.emit(EQUAL, p, p + 1, 0);
            p++;
          }
          continue;
        }
        case 46: // .
          if (s.charCodeAt(p + 1) === 46 && s.charCodeAt(p + 2) === 46) {
            this.emit(ELLIPSIS, p, p + 3, 0);
            p += 3;
          } else {
            this.emit(DOT, p, p + 1, 0);
            p++;
          }
          continue;
        default:
          break;
      }
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
        p = this.ident(p, p + 1);
        continue;
      }
      if (c >= 48 && c <= 57) {
        p = this.number(p);
        continue;
      }
      p = lexOther(this, p, c);
      if (p < 0 || this.mode !== MODE_MAIN) return p;
    }
  }

  /** `#` or `//` comment at p: becomes a NEWLINE token spanning the comment when it ends with one. */
  lineComment(p: number): number {
    const nl = this.src.indexOf('\n', p);
    if (nl < 0) {
      if (!this.astral) this.astral = hasSurrogate(this.src, p, this.n);
      return this.n;
    }
    this.emitNewline(p, nl + 1);
    return nl + 1;
  }

  ident(s0: number, p: number): number {
    const s = this.src;
    const n = this.n;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (d < 128) {
        if (IDC[d] === 0) break;
        p++;
      } else {
        const cp = codePointAt(s, p);
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        if (cp > 0xffff) {
          this.astral = true;
          p += 2;
        } else p++;
      }
    }
    this.emit(IDENT, s0, p, 0);
    return p;
  }

  private number(p0: number): number {
    const s = this.src;
    let q = p0 + 1;
    let end = q;
    let complex = false;
    for (;;) {
      const d = s.charCodeAt(q);
      if (d >= 48 && d <= 57) {
        q++;
        end = q;
      } else if (d === 46) {
        q++;
        complex = true;
      } else if (d === 101 || d === 69) {
        let r = q + 1;
        const sign = s.charCodeAt(r);
        if (sign === 43 || sign === 45) r++;
        const dd = s.charCodeAt(r);
        if (dd >= 48 && dd <= 57) {
          q = r + 1;
          end = q;
          complex = true;
        } else break;
      } else break;
    }
    this.emit(NUMBER, p0, end, complex && !validNumber(s, p0, end) ? F_BADNUMBER : 0);
    return end;
  }
}

let pooledLexer: Lexer | undefined;
let pooledTokens: Tokens | undefined;

/**
 * Tokenises `src` from `begin` to `end` (default: its end); the returned buffer must be handed back with
 * `releaseTokens` when done.
 */
export function tokenize(
  src: string,
  begin: number,
  template: boolean,
  line: number,
  column: number,
  end = src.length,
): Tokens {
  const lexer = pooledLexer ?? new Lexer();
  pooledLexer = undefined;
  let tk = pooledTokens;
  pooledTokens = undefined;
  if (!tk) tk = new Tokens(Math.max(64, (end - begin) >> 2));
  try {
    return lexer.run(src, begin, end, template, tk, line, column);
  } finally {
    pooledLexer = lexer;
  }
}

export function releaseTokens(tk: Tokens): void {
  if (!pooledTokens || pooledTokens.cap < tk.cap) pooledTokens = tk;
}
