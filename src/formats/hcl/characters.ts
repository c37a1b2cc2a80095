// Character classes and small text tests shared by the HCL lexer and parser (Go unicode semantics where
// hclsyntax uses them).

/** ASCII identifier-continue table: letters, digits, `_`, `-`. */
export const IDC = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45)
    IDC[c] = 1;
}
export const ID_START_RE = /^\p{ID_Start}$/u;
export const ID_CONTINUE_RE = /^\p{ID_Continue}$/u;

export function codePointAt(s: string, i: number): number {
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

export function hasSurrogate(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return true;
  }
  return false;
}

/** Whether s[start, end) is the marker surrounded only by white space (Go's bytes.TrimSpace). */
export function isMarkerLine(s: string, start: number, end: number, marker: string): boolean {
  let a = start;
  while (a < end && isSpace(s.charCodeAt(a))) a++;
  let b = end;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b - a === marker.length && s.startsWith(marker, a);
}

/** digits ('.' digits*)? ([eE][+-]? digits)? — what cty.ParseNumberVal accepts of a NumberLit token. */
export function validNumber(s: string, p: number, end: number): boolean {
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
