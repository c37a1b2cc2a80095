import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/config/levels.ts
var LEVEL_WORDS = {
  error: "error",
  warning: "warning",
  warn: "warning",
  note: "note",
  off: "off",
  "0": "off",
  "1": "warning",
  "2": "error"
};
function levelFromWord(word) {
  return Object.hasOwn(LEVEL_WORDS, String(word)) ? LEVEL_WORDS[String(word)] : void 0;
}
var LEVEL_WORDS_TEXT = "error, warning (warn), note or off, or ESLint numbers 0 (off), 1 (warning), 2 (error)";

export {
  levelFromWord,
  LEVEL_WORDS_TEXT
};
