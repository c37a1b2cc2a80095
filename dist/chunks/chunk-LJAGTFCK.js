import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/formats/positions.ts
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
  };
}
function hclLineIndex(text) {
  const index = lineIndex(text);
  const astral = /[\ud800-\udbff]/.test(text);
  const bom = text.charCodeAt(0) === 65279;
  return {
    position(offset) {
      const { line, column: utf16Column } = index.position(offset);
      let column = utf16Column;
      if (line === 1 && bom) column--;
      if (astral) {
        for (let i = offset - utf16Column + 2; i < offset; i++) {
          const c = text.charCodeAt(i);
          if (c >= 56320 && c <= 57343) {
            const h = text.charCodeAt(i - 1);
            if (h >= 55296 && h <= 56319) column--;
          }
        }
      }
      return { line, column };
    }
  };
}

export {
  lineIndex,
  hclLineIndex
};
