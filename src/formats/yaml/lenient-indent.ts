// CloudFormation reads YAML with PyYAML, which ignores indentation inside a quoted scalar or a flow collection;
// YAML 1.2 (and so the `yaml` library) wants their continuation lines indented more than the parent key. Published
// AWS samples rely on PyYAML's leniency:
//
//       PolicyDocument: !Sub '{
//         "Statement": [ … ]
//   }'                                   <- closing line below the key
//       SecurityGroupEgress: [
//     { IpProtocol: -1, CidrIp: … }      <- flow items indented less than their key
//     ]
//
// Rather than a second YAML parser, this is a targeted repair run only after a strict parse failed: it finds the
// quoted scalars and flow collections that start in block context and span lines, and indents their under-indented
// continuation lines just enough. Leading whitespace of those lines is insignificant in both constructs (folded
// away in a quoted scalar, ignored between flow tokens), so values are unchanged; only whole lines shift right,
// and `originalColumn` maps a column of the repaired text back to the one the user wrote.

import { lineIndex } from '../positions.ts';

export interface IndentRepair {
  text: string;
  /** Spaces added at the start of each 0-based line (absent: none). */
  added: Map<number, number>;
}

/** A column (1-based) of the repaired text on a 1-based line, as written in the original text. */
export function originalColumn(repair: IndentRepair, line: number, column: number): number {
  const added = repair.added.get(line - 1) ?? 0;
  return column > added ? column - added : 1;
}

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

/** Where the node of a block line starts: after the indentation, `- ` entries, a key, tags and anchors. */
function valueStart(line: string): { content: number; value: number } {
  let i = indentOf(line);
  while (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
    i++;
    while (line[i] === ' ') i++;
  }
  const content = i;
  const key = keyEnd(line, i);
  if (key !== undefined) {
    i = key;
    while (line[i] === ' ') i++;
  }
  // Tags (`!Sub`, `!!str`) and anchors (`&name`) before the value.
  while (line[i] === '!' || line[i] === '&') {
    while (i < line.length && line[i] !== ' ') i++;
    while (line[i] === ' ') i++;
  }
  return { content, value: i };
}

/** After `key:` (plain or quoted key) when the line holds a block mapping entry; undefined otherwise. */
function keyEnd(line: string, from: number): number | undefined {
  let i = from;
  if (line[i] === '"' || line[i] === "'") {
    const close = closingQuote(line, i);
    if (close === undefined) return undefined;
    i = close + 1;
    while (line[i] === ' ') i++;
    return line[i] === ':' && (line[i + 1] === ' ' || line[i + 1] === undefined) ? i + 1 : undefined;
  }
  if (line[i] === '[' || line[i] === '{' || line[i] === '#') return undefined;
  for (; i < line.length; i++) {
    if (line[i] === ' ' && line[i + 1] === '#') return undefined;
    if (line[i] === ':' && (line[i + 1] === ' ' || line[i + 1] === undefined)) return i + 1;
  }
  return undefined;
}

/** The closing quote of a scalar opened at `open` (same algorithm as the lexer), or undefined. */
function closingQuote(text: string, open: number): number | undefined {
  const quote = text[open];
  let i = open + 1;
  for (;;) {
    const end = text.indexOf(quote, i);
    if (end === -1) return undefined;
    if (quote === "'" && text[end + 1] === "'") i = end + 2;
    else if (quote === '"' && isEscaped(text, end)) i = end + 1;
    else return end;
  }
}

function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (text[at - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** The bracket that closes the flow collection opened at `open`, skipping quoted scalars and comments. */
function closingBracket(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return i;
    } else if ((c === '"' || c === "'") && /[[{,:\s]/.test(text[i - 1] ?? ' ')) {
      const close = closingQuote(text, i);
      if (close === undefined) return undefined;
      i = close;
    } else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return undefined;
      i = nl;
    }
  }
  return undefined;
}

/** Block scalar header (`|`, `>-`, `|2+`, with an optional comment): its content lines are skipped. */
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;

/**
 * Indents the continuation lines of multi-line quoted scalars and flow collections that start in block context,
 * where they are not indented more than their parent. Returns undefined when there is nothing to repair.
 */
export function repairIndentation(text: string): IndentRepair | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const index = lineIndex(text);
  const lineAt = (pos: number) => index.position(pos).line - 1;
  const added = new Map<number, number>();
  let blockScalarIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    const indent = indentOf(line);
    if (blockScalarIndent >= 0) {
      if (line.trim() === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (line.trim() === '' || line[indent] === '#') continue;
    const { content, value } = valueStart(line);
    const opener = line[value];
    if (opener === '|' || opener === '>') {
      if (BLOCK_SCALAR.test(line.slice(value))) blockScalarIndent = indent;
      continue;
    }
    if (opener !== '"' && opener !== "'" && opener !== '[' && opener !== '{') continue;
    const at = starts[n] + value;
    const close = opener === '[' || opener === '{' ? closingBracket(text, at) : closingQuote(text, at);
    // Never closed: the text is broken beyond indentation, and scanning on from every later opener would be quadratic.
    if (close === undefined) break;
    const last = lineAt(close);
    // Continuation lines must be indented more than the node's parent, which starts at `content`.
    const needed = content + 1;
    for (let k = n + 1; k <= last; k++) {
      const own = indentOf(lines[k]);
      if (lines[k].trim() !== '' && own < needed) added.set(k, needed - own);
    }
    n = last;
  }
  if (added.size === 0) return undefined;
  const repaired = lines.map((line, k) => ' '.repeat(added.get(k) ?? 0) + line).join('\n');
  return { text: repaired, added };
}
