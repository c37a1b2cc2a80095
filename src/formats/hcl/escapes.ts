// The value of a string literal token: HCL's backslash escapes in quoted strings, `$${` and `%{` everywhere.

import type { ParserState } from './parser-state.ts';
import { F_ESCAPE, QUOTED_LIT } from './tokens.ts';

/** The value of a QUOTED_LIT (backslash and `$${` escapes) or STRING_LIT (`$${` / `%%{` escapes only). */
export function literalValue(ps: ParserState, i: number): string {
  const s = ps.start[i];
  const e = ps.end[i];
  const src = ps.src;
  if (!(ps.flag[i] & F_ESCAPE)) return src.slice(s, e);
  const quoted = ps.type[i] === QUOTED_LIT;
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
          const col = ps.sCol[i] + (p - s);
          if (h - (p + 2) !== want) {
            ps.report(
              ps.sLine[i],
              col,
              `Invalid escape sequence: \\${d === 117 ? 'u' : 'U'} must be followed by ${want === 4 ? 'four' : 'eight'} hexadecimal digits`,
            );
            break;
          }
          const cp = parseInt(src.slice(p + 2, h), 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            ps.report(
              ps.sLine[i],
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
          ps.report(
            ps.sLine[i],
            ps.sCol[i] + (p - s),
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

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
