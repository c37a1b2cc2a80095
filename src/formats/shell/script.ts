// Shell scripts → simple commands with the position of every word. Words are split by `shell-quote` (quotes,
// escapes, `$VAR`/`${VAR}`, operators, comments, as POSIX sh does); this module only joins continuation lines,
// steps over here-document bodies, splits commands at operators and maps words back to their lines.
// Variables: a plain `NAME=value` (or `export NAME=value`) earlier in the script is substituted; anything else
// (`$1`, `$(cmd)`, a loop variable) makes the word unknown.
import { parse, type ParseEntry } from 'shell-quote';
import type { Location } from '../../model/types.ts';

export interface ShellWord {
  text: string;
  location: Location;
  /** Holds a variable or command substitution that is not resolved; `text` is then as written. */
  unknown?: boolean;
}

export interface ShellCommand {
  words: ShellWord[];
  location: Location;
}

/** A line shell-quote could not split into words (the shell would refuse it too). */
export interface UnreadableLine {
  location: Location;
  text: string;
  reason: string;
}

/** Where a piece of text sits in its file: scripts embedded in YAML start at a line and column of it. */
export interface TextOrigin {
  file: string;
  /** 1-based line of the text's first line. */
  line: number;
  /** Added to the column of every line (block scalars are indented). */
  column: number;
  /** The whole text sits on its one line (a JSON string with `\n` escapes): every command is located there. */
  flat?: boolean;
}

/** Unresolved variables come back from shell-quote wrapped in this marker, so a word that holds one is known. */
const MARK = '\u0000';
/** A marked variable name, restored to `$NAME` in the word's text. */
const MARKED = new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g');
const SHELL_KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  '{',
  '}',
  'time',
]);
const DECLARATIONS = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);
/** Command prefixes that run the rest as the command (options that take a value are listed with it). */
const PREFIXES: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-h', '-p', '-U', '-r', '-t', '-D']),
  env: new Set(['-u', '-C', '-S']),
  command: new Set(),
  exec: new Set(['-a']),
  nohup: new Set(),
  nice: new Set(['-n']),
};

interface LogicalLine {
  text: string;
  /** Offset in `text` → physical line (0-based within the script) and column (0-based). */
  starts: { offset: number; line: number; column: number }[];
  /** A quote opened on it is never closed: the shell stops with a syntax error, this line and the rest never run. */
  unterminated?: boolean;
}

type Quote = "'" | '"' | undefined;

/** The quote still open at the end of a physical line that starts inside `open` (POSIX quoting; `#` comments). */
function quoteAfter(line: string, open: Quote): Quote {
  let quote = open;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') i++;
    else if (quote === '"') {
      if (c === '"') quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
  }
  return quote;
}

/**
 * Joins `\`-newline continuations and quoted strings that span lines; here-document bodies are skipped (reported
 * back so callers may read them).
 */
function logicalLines(text: string): {
  lines: LogicalLine[];
  heredocs: { line: number; body: string; command: string }[];
} {
  const physical = text.split('\n');
  const lines: LogicalLine[] = [];
  const heredocs: { line: number; body: string; command: string }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const current: LogicalLine = { text: '', starts: [] };
    let quote: Quote;
    for (;;) {
      const raw = physical[i].replace(/\r$/, '');
      current.starts.push({ offset: current.text.length, line: i, column: 0 });
      quote = quoteAfter(raw, quote);
      const trailing = /\\+$/.exec(raw)?.[0].length ?? 0;
      if (quote === undefined && trailing % 2 === 1 && i + 1 < physical.length) {
        current.text += raw.slice(0, -1);
        i++;
      } else if (quote !== undefined && i + 1 < physical.length) {
        current.text += `${raw}\n`; // a quoted newline is part of the word
        i++;
      } else {
        current.text += raw;
        current.unterminated = quote !== undefined || undefined;
        break;
      }
    }
    lines.push(current);
    const heredoc = /<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(current.text);
    if (heredoc) {
      const strip = heredoc[1] === '-';
      const start = i + 1;
      let end = start;
      while (
        end < physical.length &&
        (strip ? physical[end].replace(/^\t+/, '') : physical[end]).replace(/\r$/, '') !== heredoc[3]
      )
        end++;
      heredocs.push({ line: start, body: physical.slice(start, end).join('\n'), command: current.text });
      i = end;
    }
  }
  return { lines, heredocs };
}

function positionIn(line: LogicalLine, offset: number, origin: TextOrigin): Location {
  if (origin.flat) return { file: origin.file, line: origin.line, column: origin.column + 1 };
  let at = line.starts[0];
  for (const s of line.starts) if (s.offset <= offset) at = s;
  return {
    file: origin.file,
    line: origin.line + at.line,
    column: origin.column + at.column + (offset - at.offset) + 1,
  };
}

/** Substitutes known variables; marks the others so the word they are in is unknown. */
function environment(vars: Map<string, string>): (key: string) => string {
  return (key) => vars.get(key) ?? `${MARK}${key}${MARK}`;
}

function wordOf(entry: ParseEntry): { text: string; unknown: boolean } | undefined {
  if (typeof entry === 'string') {
    if (!entry.includes(MARK) && !entry.includes('`')) return { text: entry, unknown: false };
    return { text: entry.replace(MARKED, '$$$1'), unknown: true };
  }
  if ('op' in entry && entry.op === 'glob') return { text: entry.pattern, unknown: false };
  return undefined;
}

/** Drops leading keywords, `NAME=value` prefixes and `sudo`-like runners; a variable holding `sudo ufw` is split. */
function commandWords(words: ShellWord[]): ShellWord[] {
  let rest = words;
  for (;;) {
    const head = rest[0];
    if (!head) return rest;
    if (SHELL_KEYWORDS.has(head.text) || /^[A-Za-z_]\w*=/.test(head.text)) rest = rest.slice(1);
    else if (!head.unknown && /\s/.test(head.text.trim()))
      rest = [
        ...head.text
          .trim()
          .split(/\s+/)
          .map((text) => ({ ...head, text })),
        ...rest.slice(1),
      ];
    else if (PREFIXES[basename(head.text)]) {
      const valued = PREFIXES[basename(head.text)];
      let i = 1;
      while (rest[i]?.text.startsWith('-')) i += valued.has(rest[i].text) ? 2 : 1;
      rest = rest.slice(i);
    } else return rest;
  }
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The simple commands of a script, in order, with known variables substituted. */
export function shellCommands(
  text: string,
  origin: TextOrigin,
): {
  commands: ShellCommand[];
  heredocs: { line: number; body: string; command: string }[];
  unreadable: UnreadableLine[];
} {
  const vars = new Map<string, string>();
  const commands: ShellCommand[] = [];
  const { lines, heredocs } = logicalLines(text);
  const unreadable: UnreadableLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '' || line.text.trimStart().startsWith('#')) continue;
    if (line.unterminated) {
      unreadable.push({
        location: positionIn(line, 0, origin),
        text: line.text.split('\n', 1)[0],
        reason:
          'a quote is never closed: the shell stops with a syntax error here, so no command from this line on runs',
      });
      break;
    }
    let entries: ParseEntry[];
    try {
      entries = parse(line.text, environment(vars));
    } catch (error) {
      // shell-quote refuses malformed substitutions (`${A B}`): the shell would fail on the line too. A line of
      // megabytes overflows its recursion: say so rather than quote the engine.
      unreadable.push({
        location: positionIn(line, 0, origin),
        text: line.text,
        reason:
          error instanceof RangeError
            ? `too long to split into words (${line.text.length} characters)`
            : (error as Error).message,
      });
      continue;
    }
    let words: ShellWord[] = [];
    let searchFrom = 0;
    let substitution = 0;
    const flush = () => {
      const command = commandWords(words);
      if (command.length === 0 && words.length > 0) recordAssignments(words, vars);
      else if (DECLARATIONS.has(command[0]?.text ?? '')) recordAssignments(command.slice(1), vars);
      else if (command.length > 0) commands.push({ words: command, location: command[0].location });
      words = [];
    };
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k];
      if (typeof entry === 'object' && 'comment' in entry) break;
      if (typeof entry === 'object' && 'op' in entry && entry.op !== 'glob') {
        // `$(…)`: shell-quote gives `$` then `(`…`)`; the whole substitution is one unknown word.
        if (entry.op === '(' && words.at(-1)?.text.endsWith('$')) {
          substitution++;
          words[words.length - 1] = {
            ...words[words.length - 1],
            text: `${words[words.length - 1].text}(…)`,
            unknown: true,
          };
          continue;
        }
        if (substitution > 0) {
          if (entry.op === '(') substitution++;
          if (entry.op === ')') substitution--;
          continue;
        }
        if (['>', '>>', '<', '>&', '<&', '>|', '<(', '<<<'].includes(entry.op))
          k++; // a redirection's target
        else flush();
        continue;
      }
      if (substitution > 0) continue;
      const word = wordOf(entry);
      if (!word) continue;
      const found = line.text.indexOf(
        word.unknown ? word.text.replace(/\$.*/, '') || '$' : word.text,
        searchFrom,
      );
      const offset = found === -1 ? searchFrom : found;
      if (found !== -1) searchFrom = found + Math.max(1, word.unknown ? 1 : word.text.length);
      words.push({
        text: word.text,
        location: positionIn(line, offset, origin),
        unknown: word.unknown || undefined,
      });
    }
    flush();
  }
  return { commands, heredocs, unreadable };
}

/** `NAME=value` and `export NAME=value` with a known value are substituted later; an unknown value forgets NAME. */
function recordAssignments(words: ShellWord[], vars: Map<string, string>): void {
  for (const w of words) {
    const m = /^([A-Za-z_]\w*)=(.*)$/s.exec(w.text);
    if (!m) continue;
    if (w.unknown) vars.delete(m[1]);
    else vars.set(m[1], m[2]);
  }
}

/** A shebang naming a POSIX-like shell: `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/bash -e`. */
export function hasShellShebang(text: string): boolean {
  return /^#!\s*\S*?\/(?:env\s+(?:-\S+\s+)*)?(?:ba|da|k|z|a)?sh\b/.test(text);
}
