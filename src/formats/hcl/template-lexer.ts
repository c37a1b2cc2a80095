// The HCL lexer's template modes: quoted strings, heredocs (with their opener and end-marker rule) and bare
// templates. Each scans from a position of the Lexer's source and returns the next position, or -1 at the end.

import { codePointAt, IDC, ID_CONTINUE_RE, ID_START_RE, isMarkerLine } from './characters.ts';
import { MODE_HEREDOC, type Lexer } from './lexer.ts';
import {
  CHEREDOC,
  CQUOTE,
  EOF,
  F_ESCAPE,
  F_FLUSH,
  INV_BACKSLASH,
  INV_CR,
  INV_QUOTED_NEWLINE,
  OHEREDOC,
  QUOTED_LIT,
  STRING_LIT,
} from './tokens.ts';

/** `<<` or `<<-` + identifier + newline at p: emits OHEREDOC and enters heredoc mode; 0 if not a heredoc. */
export function heredocOpener(lx: Lexer, p: number): number {
  const s = lx.src;
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
    if (codePointAt(s, q) > 0xffff) lx.astral = true;
    q += codePointAt(s, q) > 0xffff ? 2 : 1;
  } else return 0;
  while (q < lx.n) {
    const d = s.charCodeAt(q);
    if (d < 128) {
      if (IDC[d] === 0) break;
      q++;
    } else {
      const cp = codePointAt(s, q);
      if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
      if (cp > 0xffff) lx.astral = true;
      q += cp > 0xffff ? 2 : 1;
    }
  }
  const me = q;
  if (s.charCodeAt(q) === 13) q++;
  if (s.charCodeAt(q) !== 10) return 0;
  q++;
  const sLine = lx.line;
  const sCol = lx.col(p);
  lx.line++;
  lx.lineStart = q;
  lx.emitFrom(OHEREDOC, p, q, flag, sLine, sCol);
  lx.heredocs.push({ marker: s.slice(ms, me), startOfLine: true });
  lx.pushMode(MODE_HEREDOC);
  return q;
}

export function lexString(lx: Lexer, p: number): number {
  const s = lx.src;
  const n = lx.n;
  for (;;) {
    if (p >= n) {
      lx.emit(EOF, n, n, 0);
      return -1;
    }
    let c = s.charCodeAt(p);
    if (c === 34) {
      lx.emit(CQUOTE, p, p + 1, 0);
      lx.popMode();
      return p + 1;
    }
    if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return lx.openSequence(p, c);
    if (c === 10 || c === 13) return lx.invalid(p, p + 1, INV_QUOTED_NEWLINE);
    const start = p;
    let esc = 0;
    for (;;) {
      if (c === 92) {
        const d = s.charCodeAt(p + 1);
        if (p + 1 >= n || d === 10 || d === 13) break;
        if (d >= 0xd800 && d <= 0xdbff) lx.astral = true;
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
        if (c >= 0xd800 && c <= 0xdbff) lx.astral = true;
        p++;
      }
      if (p >= n) break;
      c = s.charCodeAt(p);
    }
    if (p === start) return lx.invalid(p, p + 1, INV_BACKSLASH);
    lx.emit(QUOTED_LIT, start, p, esc);
  }
}

/**
 * A run of template text from `start` (heredocs and bare templates: no backslash escapes) up to and including a
 * line end, or up to a `${` / `%{` or the end. Sets `textEsc` and `textEol` (the line end's offset, or -1) and
 * returns the position after the run; in a heredoc a CR not followed by LF is reported and -1 returned.
 */
export function templateText(lx: Lexer, start: number, heredoc: boolean): number {
  const s = lx.src;
  const n = lx.n;
  let p = start;
  let c = s.charCodeAt(p);
  lx.textEsc = 0;
  lx.textEol = -1;
  for (;;) {
    if (c === 10) {
      lx.textEol = p;
      return p + 1;
    }
    if (c === 13 && heredoc) {
      if (s.charCodeAt(p + 1) === 10) {
        lx.textEol = p;
        return p + 2;
      }
      if (p > start) lx.emit(STRING_LIT, start, p, lx.textEsc);
      return lx.invalid(p, p + 1, INV_CR);
    }
    if (c === 36 || c === 37) {
      const d = s.charCodeAt(p + 1);
      if (d === 123) return p;
      if (d === c && s.charCodeAt(p + 2) === 123) {
        lx.textEsc = F_ESCAPE;
        p += 3;
      } else p++;
    } else {
      if (c >= 0xd800 && c <= 0xdbff) lx.astral = true;
      p++;
    }
    if (p >= n) return p;
    c = s.charCodeAt(p);
  }
}

/** Emits a text token that ends a line (its start position taken before moving to the next line). */
export function emitTextLine(lx: Lexer, start: number, end: number, flag: number): void {
  const sLine = lx.line;
  const sCol = lx.col(start);
  lx.line++;
  lx.lineStart = end;
  lx.emitFrom(STRING_LIT, start, end, flag, sLine, sCol);
}

export function lexHeredoc(lx: Lexer, p: number): number {
  const s = lx.src;
  const n = lx.n;
  const hd = lx.heredocs[lx.heredocs.length - 1];
  for (;;) {
    if (p >= n) {
      lx.emit(EOF, n, n, 0);
      return -1;
    }
    const c = s.charCodeAt(p);
    if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return lx.openSequence(p, c);
    const start = p;
    p = templateText(lx, start, true);
    if (p < 0) return -1;
    const eol = lx.textEol;
    if (eol >= 0) {
      if (hd.startOfLine && isMarkerLine(s, start, eol, hd.marker)) {
        lx.emit(CHEREDOC, start, eol, 0);
        lx.emitNewline(eol, p);
        lx.heredocs.pop();
        lx.popMode();
        return p;
      }
      emitTextLine(lx, start, p, lx.textEsc);
      hd.startOfLine = true;
    } else {
      lx.emit(STRING_LIT, start, p, lx.textEsc);
      hd.startOfLine = false;
    }
  }
}

export function lexBare(lx: Lexer, p: number): number {
  const s = lx.src;
  const n = lx.n;
  for (;;) {
    if (p >= n) {
      lx.emit(EOF, n, n, 0);
      return -1;
    }
    const c = s.charCodeAt(p);
    if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return lx.openSequence(p, c);
    const start = p;
    p = templateText(lx, start, false);
    if (lx.textEol >= 0) emitTextLine(lx, start, p, lx.textEsc);
    else lx.emit(STRING_LIT, start, p, lx.textEsc);
  }
}
