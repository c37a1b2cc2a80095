// Hand-written charCodeAt lexer: web-tree-sitter measured 2.4x and hcl2-parser 25-60x slower than HashiCorp's Go parser, and the whole lint must cost less than that parse.
//
// Mirrors hclsyntax's Ragel scanner (scan_tokens.rl): the same token boundaries, the same template modes
// (quoted string, heredoc, bare template) with a brace stack deciding when a `}` closes an interpolation,
// and the same heredoc end-marker rule. Tokens go into parallel typed arrays (no object per token).
// Positions: line and column are 1-based; a column counts code points (an astral character is one column,
// HCL itself counts grapheme clusters, which differs only for combining sequences); offsets are UTF-16
// indexes into the source.

// Token types.
export const EOF = 0;
export const NEWLINE = 1;
export const IDENT = 2;
export const NUMBER = 3;
export const OBRACE = 4;
export const CBRACE = 5;
export const OBRACK = 6;
export const CBRACK = 7;
export const OPAREN = 8;
export const CPAREN = 9;
export const OQUOTE = 10;
export const CQUOTE = 11;
export const OHEREDOC = 12;
export const CHEREDOC = 13;
export const TEMPLATE_INTERP = 14;
export const TEMPLATE_CONTROL = 15;
export const TEMPLATE_SEQ_END = 16;
/** Literal text of a quoted string (may contain backslash escapes). */
export const QUOTED_LIT = 17;
/** Literal text of a heredoc or bare template (no backslash escapes). */
export const STRING_LIT = 18;
export const STAR = 19;
export const SLASH = 20;
export const PLUS = 21;
export const MINUS = 22;
export const PERCENT = 23;
export const EQUAL = 24;
export const EQUALOP = 25;
export const NOTEQUAL = 26;
export const LT = 27;
export const LTE = 28;
export const GT = 29;
export const GTE = 30;
export const AND = 31;
export const OR = 32;
export const BANG = 33;
export const DOT = 34;
export const COMMA = 35;
export const ELLIPSIS = 36;
export const FATARROW = 37;
export const QUESTION = 38;
export const COLON = 39;
export const DOUBLECOLON = 40;
/** A lexical error; `flag` holds one of the INV_* codes. The lexer stops after it (EOF follows). */
export const INVALID = 41;

// Flags.
/** TEMPLATE_INTERP / TEMPLATE_CONTROL opened with `~`, TEMPLATE_SEQ_END written `~}`. */
export const F_TILDE = 1;
/** QUOTED_LIT / STRING_LIT containing escapes (`\x`, `$${`, `%%{`). */
export const F_ESCAPE = 1;
/** OHEREDOC of the indented form `<<-`. */
export const F_FLUSH = 1;
/** NUMBER whose text is not a valid number (e.g. `1.2.3`). */
export const F_BADNUMBER = 1;

// INVALID codes.
export const INV_CHAR = 1;
export const INV_CR = 2;
export const INV_COMMENT = 3;
export const INV_QUOTED_NEWLINE = 4;
export const INV_BACKSLASH = 5;
export const INV_BITWISE = 6;
export const INV_SEMICOLON = 7;
export const INV_BACKTICK = 8;
export const INV_APOSTROPHE = 9;
export const INV_CURLY_QUOTE = 10;

const MODE_MAIN = 0;
const MODE_STRING = 1;
const MODE_HEREDOC = 2;
const MODE_BARE = 3;

/** ASCII identifier-continue table: letters, digits, `_`, `-`. */
const IDC = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45)
    IDC[c] = 1;
}
const ID_START_RE = /^\p{ID_Start}$/u;
const ID_CONTINUE_RE = /^\p{ID_Continue}$/u;

function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

/** Go's unicode.IsSpace. */
export function isSpace(c: number): boolean {
  if (c <= 0xff) return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export class Tokens {
  count = 0;
  cap: number;
  type: Uint8Array;
  flag: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  sLine: Int32Array;
  sCol: Int32Array;

  constructor(cap: number) {
    this.cap = cap;
    this.type = new Uint8Array(cap);
    this.flag = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.sLine = new Int32Array(cap);
    this.sCol = new Int32Array(cap);
  }

  grow(): void {
    const cap = this.cap * 2;
    const t = new Uint8Array(cap);
    t.set(this.type);
    this.type = t;
    const f = new Uint8Array(cap);
    f.set(this.flag);
    this.flag = f;
    this.start = growI32(this.start, cap);
    this.end = growI32(this.end, cap);
    this.sLine = growI32(this.sLine, cap);
    this.sCol = growI32(this.sCol, cap);
    this.cap = cap;
  }
}

function growI32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

interface Heredoc {
  marker: string;
  startOfLine: boolean;
}

export class Lexer {
  private src = '';
  private n = 0;
  private line = 1;
  /** Offset of the first character of the current line (negative on a template's first line when it starts mid-line). */
  private lineStart = 0;
  /**
   * Set once an astral character (surrogate pair) has been scanned: columns are then counted by code points
   * (slow path). Every scanning loop that can step over one sets it before the next column is computed.
   */
  private astral = false;
  private mode = MODE_MAIN;
  private modes: number[] = [];
  private braces = 0;
  private retBraces: number[] = [];
  private heredocs: Heredoc[] = [];
  /** Set by templateText: the flag of the text run it scanned, and where its line end is (-1: none). */
  private textEsc = 0;
  private textEol = -1;
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
            ? this.lexString(p)
            : m === MODE_HEREDOC
              ? this.lexHeredoc(p)
              : this.lexBare(p);
      if (p < 0) break;
    }
    this.src = '';
    return tk;
  }

  private col(off: number): number {
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
  private emit(type: number, s: number, e: number, flag: number): void {
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
  private emitFrom(type: number, s: number, e: number, flag: number, sLine: number, sCol: number): void {
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
  private emitNewline(s: number, e: number): void {
    const sLine = this.line;
    const sCol = this.col(s);
    this.line = sLine + 1;
    this.lineStart = e;
    this.emitFrom(NEWLINE, s, e, 0, sLine, sCol);
  }

  /** Emits an INVALID token and EOF; returns -1 (stop). */
  private invalid(s: number, e: number, code: number): number {
    this.emit(INVALID, s, e, code);
    this.emit(EOF, this.n, this.n, 0);
    return -1;
  }

  private pushMode(m: number): void {
    this.modes.push(this.mode);
    this.mode = m;
  }

  private popMode(): void {
    this.mode = this.modes.length > 0 ? (this.modes.pop() as number) : MODE_MAIN;
  }

  /** `${` / `%{` (with optional `~`) at p; enters main mode. Returns the new position. */
  private openSequence(p: number, c: number): number {
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
      p = this.lexOther(p, c);
      if (p < 0 || this.mode !== MODE_MAIN) return p;
    }
  }

  /**
   * The less common main-mode tokens at p (character c). Returns the next position; after a mode change
   * (heredoc) the caller returns it; -1 after an INVALID token.
   */
  private lexOther(p: number, c: number): number {
    const s = this.src;
    switch (c) {
      case 9:
        return p + 1;
      case 13:
        if (s.charCodeAt(p + 1) === 10) {
          this.emitNewline(p, p + 2);
          return p + 2;
        }
        return this.invalid(p, p + 1, INV_CR);
      case 35: // #
        return this.lineComment(p);
      case 47: {
        // /
        const d = s.charCodeAt(p + 1);
        if (d === 47) return this.lineComment(p);
        if (d === 42) {
          const e = s.indexOf('*/', p + 2);
          if (e < 0) return this.invalid(p, p + 2, INV_COMMENT);
          for (let i = s.indexOf('\n', p + 2); i >= 0 && i < e; i = s.indexOf('\n', i + 1)) {
            this.line++;
            this.lineStart = i + 1;
          }
          if (!this.astral) this.astral = hasSurrogate(s, p, e);
          return e + 2;
        }
        this.emit(SLASH, p, p + 1, 0);
        return p + 1;
      }
      case 126: {
        // ~
        if (s.charCodeAt(p + 1) !== 125) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(TEMPLATE_SEQ_END, p, p + 2, F_TILDE);
        const rb = this.retBraces;
        if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
          rb.pop();
          this.popMode();
        }
        this.braces--;
        return p + 2;
      }
      case 42:
        this.emit(STAR, p, p + 1, 0);
        return p + 1;
      case 37:
        this.emit(PERCENT, p, p + 1, 0);
        return p + 1;
      case 43:
        this.emit(PLUS, p, p + 1, 0);
        return p + 1;
      case 45:
        this.emit(MINUS, p, p + 1, 0);
        return p + 1;
      case 63:
        this.emit(QUESTION, p, p + 1, 0);
        return p + 1;
      case 33: // !
        if (s.charCodeAt(p + 1) === 61) {
          this.emit(NOTEQUAL, p, p + 2, 0);
          return p + 2;
        }
        this.emit(BANG, p, p + 1, 0);
        return p + 1;
      case 62: // >
        if (s.charCodeAt(p + 1) === 61) {
          this.emit(GTE, p, p + 2, 0);
          return p + 2;
        }
        this.emit(GT, p, p + 1, 0);
        return p + 1;
      case 60: {
        // <
        const d = s.charCodeAt(p + 1);
        if (d === 61) {
          this.emit(LTE, p, p + 2, 0);
          return p + 2;
        }
        if (d === 60) {
          const e = this.heredocOpener(p);
          if (e > 0) return e;
        }
        this.emit(LT, p, p + 1, 0);
        return p + 1;
      }
      case 38: // &
        if (s.charCodeAt(p + 1) !== 38) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(AND, p, p + 2, 0);
        return p + 2;
      case 124: // |
        if (s.charCodeAt(p + 1) !== 124) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(OR, p, p + 2, 0);
        return p + 2;
      case 58: // :
        if (s.charCodeAt(p + 1) === 58) {
          this.emit(DOUBLECOLON, p, p + 2, 0);
          return p + 2;
        }
        this.emit(COLON, p, p + 1, 0);
        return p + 1;
      case 94: // ^
        return this.invalid(p, p + 1, INV_BITWISE);
      case 59:
        return this.invalid(p, p + 1, INV_SEMICOLON);
      case 96:
        return this.invalid(p, p + 1, INV_BACKTICK);
      case 39:
        return this.invalid(p, p + 1, INV_APOSTROPHE);
      default:
        break;
    }
    if (c < 128) return this.invalid(p, p + 1, INV_CHAR);
    const cp = codePointAt(s, p);
    const w = cp > 0xffff ? 2 : 1;
    if (w === 2) this.astral = true;
    if (ID_START_RE.test(String.fromCodePoint(cp))) return this.ident(p, p + w);
    return this.invalid(p, p + w, cp === 0x201c || cp === 0x201d ? INV_CURLY_QUOTE : INV_CHAR);
  }

  /** `#` or `//` comment at p: becomes a NEWLINE token spanning the comment when it ends with one. */
  private lineComment(p: number): number {
    const nl = this.src.indexOf('\n', p);
    if (nl < 0) {
      if (!this.astral) this.astral = hasSurrogate(this.src, p, this.n);
      return this.n;
    }
    this.emitNewline(p, nl + 1);
    return nl + 1;
  }

  private ident(s0: number, p: number): number {
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

  /** `<<` or `<<-` + identifier + newline at p: emits OHEREDOC and enters heredoc mode; 0 if not a heredoc. */
  private heredocOpener(p: number): number {
    const s = this.src;
    let q = p + 2;
    let flag = 0;
    if (s.charCodeAt(q) === 45) {
      q++;
      flag = F_FLUSH;
    }
    const c = s.charCodeAt(q);
    const ms = q;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) q++;
    else if (c >= 128 && ID_START_RE.test(String.fromCodePoint(codePointAt(s, q)))) {
      if (codePointAt(s, q) > 0xffff) this.astral = true;
      q += codePointAt(s, q) > 0xffff ? 2 : 1;
    } else return 0;
    while (q < this.n) {
      const d = s.charCodeAt(q);
      if (d < 128) {
        if (IDC[d] === 0) break;
        q++;
      } else {
        const cp = codePointAt(s, q);
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        if (cp > 0xffff) this.astral = true;
        q += cp > 0xffff ? 2 : 1;
      }
    }
    const me = q;
    if (s.charCodeAt(q) === 13) q++;
    if (s.charCodeAt(q) !== 10) return 0;
    q++;
    const sLine = this.line;
    const sCol = this.col(p);
    this.line++;
    this.lineStart = q;
    this.emitFrom(OHEREDOC, p, q, flag, sLine, sCol);
    this.heredocs.push({ marker: s.slice(ms, me), startOfLine: true });
    this.pushMode(MODE_HEREDOC);
    return q;
  }

  private lexString(p: number): number {
    const s = this.src;
    const n = this.n;
    for (;;) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      let c = s.charCodeAt(p);
      if (c === 34) {
        this.emit(CQUOTE, p, p + 1, 0);
        this.popMode();
        return p + 1;
      }
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      if (c === 10 || c === 13) return this.invalid(p, p + 1, INV_QUOTED_NEWLINE);
      const start = p;
      let esc = 0;
      for (;;) {
        if (c === 92) {
          const d = s.charCodeAt(p + 1);
          if (p + 1 >= n || d === 10 || d === 13) break;
          if (d >= 0xd800 && d <= 0xdbff) this.astral = true;
          esc = F_ESCAPE;
          p += 2;
        } else if (c === 36 || c === 37) {
          const d = s.charCodeAt(p + 1);
          if (d === 123) break;
          if (d === c && s.charCodeAt(p + 2) === 123) {
            esc = F_ESCAPE;
            p += 3;
          } else p++;
        } else if (c === 34 || c === 10 || c === 13) break;
        else {
          if (c >= 0xd800 && c <= 0xdbff) this.astral = true;
          p++;
        }
        if (p >= n) break;
        c = s.charCodeAt(p);
      }
      if (p === start) return this.invalid(p, p + 1, INV_BACKSLASH);
      this.emit(QUOTED_LIT, start, p, esc);
    }
  }

  /**
   * A run of template text from `start` (heredocs and bare templates: no backslash escapes) up to and including a
   * line end, or up to a `${` / `%{` or the end. Sets `textEsc` and `textEol` (the line end's offset, or -1) and
   * returns the position after the run; in a heredoc a CR not followed by LF is reported and -1 returned.
   */
  private templateText(start: number, heredoc: boolean): number {
    const s = this.src;
    const n = this.n;
    let p = start;
    let c = s.charCodeAt(p);
    this.textEsc = 0;
    this.textEol = -1;
    for (;;) {
      if (c === 10) {
        this.textEol = p;
        return p + 1;
      }
      if (c === 13 && heredoc) {
        if (s.charCodeAt(p + 1) === 10) {
          this.textEol = p;
          return p + 2;
        }
        if (p > start) this.emit(STRING_LIT, start, p, this.textEsc);
        return this.invalid(p, p + 1, INV_CR);
      }
      if (c === 36 || c === 37) {
        const d = s.charCodeAt(p + 1);
        if (d === 123) return p;
        if (d === c && s.charCodeAt(p + 2) === 123) {
          this.textEsc = F_ESCAPE;
          p += 3;
        } else p++;
      } else {
        if (c >= 0xd800 && c <= 0xdbff) this.astral = true;
        p++;
      }
      if (p >= n) return p;
      c = s.charCodeAt(p);
    }
  }

  /** Emits a text token that ends a line (its start position taken before moving to the next line). */
  private emitTextLine(start: number, end: number, flag: number): void {
    const sLine = this.line;
    const sCol = this.col(start);
    this.line++;
    this.lineStart = end;
    this.emitFrom(STRING_LIT, start, end, flag, sLine, sCol);
  }

  private lexHeredoc(p: number): number {
    const s = this.src;
    const n = this.n;
    const hd = this.heredocs[this.heredocs.length - 1];
    for (;;) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      const c = s.charCodeAt(p);
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      const start = p;
      p = this.templateText(start, true);
      if (p < 0) return -1;
      const eol = this.textEol;
      if (eol >= 0) {
        if (hd.startOfLine && isMarkerLine(s, start, eol, hd.marker)) {
          this.emit(CHEREDOC, start, eol, 0);
          this.emitNewline(eol, p);
          this.heredocs.pop();
          this.popMode();
          return p;
        }
        this.emitTextLine(start, p, this.textEsc);
        hd.startOfLine = true;
      } else {
        this.emit(STRING_LIT, start, p, this.textEsc);
        hd.startOfLine = false;
      }
    }
  }

  private lexBare(p: number): number {
    const s = this.src;
    const n = this.n;
    for (;;) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      const c = s.charCodeAt(p);
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      const start = p;
      p = this.templateText(start, false);
      if (this.textEol >= 0) this.emitTextLine(start, p, this.textEsc);
      else this.emit(STRING_LIT, start, p, this.textEsc);
    }
  }
}

function hasSurrogate(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return true;
  }
  return false;
}

/** Whether s[start, end) is the marker surrounded only by white space (Go's bytes.TrimSpace). */
function isMarkerLine(s: string, start: number, end: number, marker: string): boolean {
  let a = start;
  while (a < end && isSpace(s.charCodeAt(a))) a++;
  let b = end;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b - a === marker.length && s.startsWith(marker, a);
}

/** digits ('.' digits*)? ([eE][+-]? digits)? — what cty.ParseNumberVal accepts of a NumberLit token. */
function validNumber(s: string, p: number, end: number): boolean {
  let i = p;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i < end && s.charCodeAt(i) === 46) {
    i++;
    while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  }
  if (i < end && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
    i++;
    if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) i++;
    const d0 = i;
    while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === d0) return false;
  }
  return i === end;
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
