// Offset → line/column for any text, built once per file (binary search over line starts).

export interface LineIndex {
  /** 1-based line and column for a 0-based UTF-16 offset. */
  position(offset: number): { line: number; column: number };
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    },
  };
}

/**
 * Line and column as HCL counts them: columns in code points (an astral character is one column; HCL counts
 * grapheme clusters, which differs only after combining sequences), a leading BOM not counted.
 */
export function hclLineIndex(text: string): LineIndex {
  const index = lineIndex(text);
  const astral = /[\ud800-\udbff]/.test(text);
  const bom = text.charCodeAt(0) === 0xfeff;
  return {
    position(offset) {
      const { line, column: utf16Column } = index.position(offset);
      let column = utf16Column;
      if (line === 1 && bom) column--;
      if (astral) {
        for (let i = offset - utf16Column + 2; i < offset; i++) {
          const c = text.charCodeAt(i);
          if (c >= 0xdc00 && c <= 0xdfff) {
            const h = text.charCodeAt(i - 1);
            if (h >= 0xd800 && h <= 0xdbff) column--;
          }
        }
      }
      return { line, column };
    },
  };
}
