// The less common tokens of the HCL lexer's main mode (comments, most operators, CR, non-ASCII identifiers,
// invalid characters), kept out of Lexer.lexMain so that the hot loop stays small.

import { codePointAt, hasSurrogate, ID_START_RE } from './characters.ts';
import type { Lexer } from './lexer.ts';
import { heredocOpener } from './template-lexer.ts';
import {
  AND,
  BANG,
  COLON,
  DOUBLECOLON,
  F_TILDE,
  GT,
  GTE,
  INV_APOSTROPHE,
  INV_BACKTICK,
  INV_BITWISE,
  INV_CHAR,
  INV_COMMENT,
  INV_CR,
  INV_CURLY_QUOTE,
  INV_SEMICOLON,
  LT,
  LTE,
  MINUS,
  NOTEQUAL,
  OR,
  PERCENT,
  PLUS,
  QUESTION,
  SLASH,
  STAR,
  TEMPLATE_SEQ_END,
} from './tokens.ts';

/**
 * The less common main-mode tokens at p (character c). Returns the next position; after a mode change
 * (heredoc) the caller returns it; -1 after an INVALID token.
 */
export function lexOther(lx: Lexer, p: number, c: number): number {
  const s = lx.src;
  switch (c) {
    case 9:
      return p + 1;
    case 13:
      if (s.charCodeAt(p + 1) === 10) {
        lx.emitNewline(p, p + 2);
        return p + 2;
      }
      return lx.invalid(p, p + 1, INV_CR);
    case 35: // #
      return lx.lineComment(p);
    case 47: {
      // /
      const d = s.charCodeAt(p + 1);
      if (d === 47) return lx.lineComment(p);
      if (d === 42) {
        const e = s.indexOf('*/', p + 2);
        if (e < 0) return lx.invalid(p, p + 2, INV_COMMENT);
        for (let i = s.indexOf('\n', p + 2); i >= 0 && i < e; i = s.indexOf('\n', i + 1)) {
          lx.line++;
          lx.lineStart = i + 1;
        }
        if (!lx.astral) lx.astral = hasSurrogate(s, p, e);
        return e + 2;
      }
      lx.emit(SLASH, p, p + 1, 0);
      return p + 1;
    }
    case 126: {
      // ~
      if (s.charCodeAt(p + 1) !== 125) return lx.invalid(p, p + 1, INV_BITWISE);
      lx.emit(TEMPLATE_SEQ_END, p, p + 2, F_TILDE);
      const rb = lx.retBraces;
      if (rb.length > 0 && rb[rb.length - 1] === lx.braces) {
        rb.pop();
        lx.popMode();
      }
      lx.braces--;
      return p + 2;
    }
    case 42:
      lx.emit(STAR, p, p + 1, 0);
      return p + 1;
    case 37:
      lx.emit(PERCENT, p, p + 1, 0);
      return p + 1;
    case 43:
      lx.emit(PLUS, p, p + 1, 0);
      return p + 1;
    case 45:
      lx.emit(MINUS, p, p + 1, 0);
      return p + 1;
    case 63:
      lx.emit(QUESTION, p, p + 1, 0);
      return p + 1;
    case 33: // !
      if (s.charCodeAt(p + 1) === 61) {
        lx.emit(NOTEQUAL, p, p + 2, 0);
        return p + 2;
      }
      lx.emit(BANG, p, p + 1, 0);
      return p + 1;
    case 62: // >
      if (s.charCodeAt(p + 1) === 61) {
        lx.emit(GTE, p, p + 2, 0);
        return p + 2;
      }
      lx.emit(GT, p, p + 1, 0);
      return p + 1;
    case 60: {
      // <
      const d = s.charCodeAt(p + 1);
      if (d === 61) {
        lx.emit(LTE, p, p + 2, 0);
        return p + 2;
      }
      if (d === 60) {
        const e = heredocOpener(lx, p);
        if (e > 0) return e;
      }
      lx.emit(LT, p, p + 1, 0);
      return p + 1;
    }
    case 38: // &
      if (s.charCodeAt(p + 1) !== 38) return lx.invalid(p, p + 1, INV_BITWISE);
      lx.emit(AND, p, p + 2, 0);
      return p + 2;
    case 124: // |
      if (s.charCodeAt(p + 1) !== 124) return lx.invalid(p, p + 1, INV_BITWISE);
      lx.emit(OR, p, p + 2, 0);
      return p + 2;
    case 58: // :
      if (s.charCodeAt(p + 1) === 58) {
        lx.emit(DOUBLECOLON, p, p + 2, 0);
        return p + 2;
      }
      lx.emit(COLON, p, p + 1, 0);
      return p + 1;
    case 94: // ^
      return lx.invalid(p, p + 1, INV_BITWISE);
    case 59:
      return lx.invalid(p, p + 1, INV_SEMICOLON);
    case 96:
      return lx.invalid(p, p + 1, INV_BACKTICK);
    case 39:
      return lx.invalid(p, p + 1, INV_APOSTROPHE);
    default:
      break;
  }
  if (c < 128) return lx.invalid(p, p + 1, INV_CHAR);
  const cp = codePointAt(s, p);
  const w = cp > 0xffff ? 2 : 1;
  if (w === 2) lx.astral = true;
  if (ID_START_RE.test(String.fromCodePoint(cp))) return lx.ident(p, p + w);
  return lx.invalid(p, p + w, cp === 0x201c || cp === 0x201d ? INV_CURLY_QUOTE : INV_CHAR);
}
