// Token buffer of the HCL lexer: token types, flags and error codes, and the parallel typed arrays the
// lexer fills (no object per token) and the parser reads.

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
