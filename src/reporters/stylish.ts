// ESLint-style terminal output: problems grouped by file, aligned columns, one summary line.
import { resolve } from 'node:path';
import type { Level, LintResult } from '../engine/types.ts';
import type { Location } from '../model/types.ts';
import { painter, type Painter, type Style } from './ansi.ts';
import {
  activeFindings,
  compareLocations,
  countProblems,
  oneLine,
  problemTotal,
  summaryText,
  UNRESOLVED_SAMPLE_SIZE,
  unresolvedSample,
  unresolvedText,
} from './text.ts';

export interface StylishOptions {
  /** The CLI decides (TTY, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** When given, file headings are absolute (resolved against it), as ESLint prints them, so terminals link them. */
  cwd?: string;
}

const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

interface Row {
  location: Location;
  level: Level;
  message: string;
  /** Rule id, or `(parse)` for a file that could not be read or parsed. */
  source: string;
}

function rowsOf(result: LintResult): Row[] {
  const findings = activeFindings(result).map((f) => ({
    location: f.location,
    level: f.level,
    message: f.message,
    source: f.ruleId,
  }));
  const diagnostics = result.diagnostics.map((d) => ({
    location: d.location,
    level: d.level,
    message: d.message,
    source: '(parse)',
  }));
  return [...findings, ...diagnostics].sort(compareLocations);
}

/** One file's rows: `  line:col  level  message  RULEID`, line right-aligned and the rest left-aligned, as ESLint. */
function fileBlock(rows: Row[], paint: Painter): string[] {
  const cells = rows.map((r) => ({
    line: String(r.location.line),
    column: String(r.location.column),
    level: r.level,
    // ESLint drops a sentence's final period in this layout; so do we.
    message: oneLine(r.message).replace(/([^ ])\.$/, '$1'),
    source: r.source,
  }));
  const width = (pick: (c: (typeof cells)[number]) => string) => Math.max(...cells.map((c) => pick(c).length));
  const lineWidth = width((c) => c.line);
  const columnWidth = width((c) => c.column);
  const levelWidth = width((c) => c.level);
  const messageWidth = width((c) => c.message);
  return cells.map((c) => {
    const position = paint(`${c.line.padStart(lineWidth)}:${c.column.padEnd(columnWidth)}`, 'dim');
    const level = paint(c.level, LEVEL_STYLE[c.level]) + ' '.repeat(levelWidth - c.level.length);
    return `  ${position}  ${level}  ${c.message.padEnd(messageWidth)}  ${paint(c.source, 'dim')}`;
  });
}

function unresolvedHint(result: LintResult, paint: Painter): string[] {
  const { shown, more } = unresolvedSample(result, UNRESOLVED_SAMPLE_SIZE);
  if (shown.length === 0 && more === 0) return [];
  const lines = [paint('Unresolved values (not analysed; unknown is never reported as open):', 'dim')];
  for (const u of shown) lines.push(`  ${unresolvedText(u)}`);
  if (more > 0) lines.push(paint(`  … ${more} more (--format json lists them all)`, 'dim'));
  return lines;
}

export function toStylish(result: LintResult, options: StylishOptions): string {
  const paint = painter(options.color);
  const counts = countProblems(result);
  const out: string[] = [];
  const byFile = new Map<string, Row[]>();
  for (const row of rowsOf(result)) {
    const rows = byFile.get(row.location.file) ?? [];
    rows.push(row);
    byFile.set(row.location.file, rows);
  }
  for (const [file, rows] of byFile) {
    const heading = options.cwd === undefined ? file : resolve(options.cwd, file);
    out.push('', paint(oneLine(heading), 'underline'), ...fileBlock(rows, paint));
  }
  if (problemTotal(counts) > 0) {
    out.push('', paint(`✖ ${summaryText(result, counts)}`, 'bold', counts.errors > 0 ? 'red' : 'yellow'));
  } else {
    out.push(paint(`✔ ${summaryText(result, counts)}`, 'bold', 'green'));
  }
  out.push(...unresolvedHint(result, paint));
  return `${out.join('\n')}\n`;
}
