import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/model/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareText
};
