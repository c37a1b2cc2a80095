// Rule level words. egress-lint's own (error, warning, note, off) and ESLint's (warn; 0 off, 1 warn, 2 error), so
// a team's habits carry over to --rule and to config files.
import type { LevelSetting } from '../engine/types.ts';

const LEVEL_WORDS: Record<string, LevelSetting> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  note: 'note',
  off: 'off',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};

/** The level a word or ESLint number names; undefined when it names none. */
export function levelFromWord(word: string | number): LevelSetting | undefined {
  return Object.hasOwn(LEVEL_WORDS, String(word)) ? LEVEL_WORDS[String(word)] : undefined;
}

/** For messages: what a level may be written as. */
export const LEVEL_WORDS_TEXT =
  'error, warning (warn), note or off, or ESLint numbers 0 (off), 1 (warning), 2 (error)';
