// ESLint-style terminal output: problems grouped by file, aligned columns, one summary line.
import { relative, resolve } from 'node:path';
import type { Level, LintResult } from '../engine/types.ts';
import { painter, type Painter, type Style } from './ansi.ts';
import {
  clip,
  countProblems,
  locationText,
  oneLine,
  problemsOf,
  problemTotal,
  summaryText,
  UNRESOLVED_SAMPLE_SIZE,
  unresolvedSample,
  type Problem,
} from './text.ts';

export interface StylishOptions {
  /** The CLI decides (TTY, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** Absolute scan root the result's paths are relative to. Without it, headings are those paths as they are. */
  root?: string;
  /** With `root`: headings are relative to this directory (where the user runs the command); without, absolute. */
  cwd?: string;
  /** The run fails (exit status not 0, e.g. nothing to lint): the summary is a ✖ even without a problem shown. */
  failed?: boolean;
  /** Warnings and notes `--quiet` left out of the result: counted in the summary, so a failing run says why. */
  hiddenByQuiet?: number;
}

const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

/** One file's rows: `  line:col  level  message  RULEID`, line right-aligned and the rest left-aligned, as ESLint. */
function fileBlock(rows: Problem[], paint: Painter): string[] {
  const cells = rows.map((r) => ({
    line: String(r.location.line),
    column: String(r.location.column),
    level: r.level,
    // ESLint drops a sentence's final period in this layout; so do we.
    message: oneLine(r.message).replace(/([^ ])\.$/, '$1'),
    source: r.source ?? '(parse)',
  }));
  const width = (pick: (c: (typeof cells)[number]) => string) =>
    Math.max(...cells.map((c) => pick(c).length));
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

/** Where the user can open the file from: relative to their directory, or absolute, when the root is known. */
function displayPath(file: string, options: StylishOptions): string {
  if (options.root === undefined) return file;
  const absolute = resolve(options.root, file);
  return options.cwd === undefined ? absolute : relative(options.cwd, absolute);
}

/**
 * A file's heading: one line, and never starting with `::`, which a GitHub Actions runner reading a plain `run:`
 * step's output would take for a workflow command (a file named `::error …::x.tf`). `./` keeps it a valid path.
 */
function headingOf(path: string): string {
  const line = oneLine(path);
  return line.startsWith('::') ? `./${line}` : line;
}

/** `main.tf:12 var.cidrs — variable has no value`, up to five, then how many more. */
function unresolvedHint(result: LintResult, options: StylishOptions, paint: Painter): string[] {
  const { shown, more } = unresolvedSample(result, UNRESOLVED_SAMPLE_SIZE);
  if (shown.length === 0 && more === 0) return [];
  const lines = [paint('Unresolved values (not analysed; unknown is never reported as open):', 'dim')];
  for (const u of shown) {
    const where = locationText({ ...u.location, file: displayPath(u.location.file, options) });
    lines.push(`  ${oneLine(where)} ${clip(u.expression, 80)} — ${oneLine(u.reason)}`);
  }
  if (more > 0) lines.push(paint(`  … ${more} more (--format json lists them all)`, 'dim'));
  return lines;
}

export function toStylish(result: LintResult, options: StylishOptions): string {
  const paint = painter(options.color);
  const counts = countProblems(result);
  const out: string[] = [];
  const byFile = new Map<string, Problem[]>();
  for (const row of problemsOf(result)) {
    const rows = byFile.get(row.location.file) ?? [];
    rows.push(row);
    byFile.set(row.location.file, rows);
  }
  for (const [file, rows] of byFile) {
    out.push('', paint(headingOf(displayPath(file, options)), 'underline'), ...fileBlock(rows, paint));
  }
  const summary = summaryText(result, counts, options.hiddenByQuiet);
  if (problemTotal(counts) > 0) {
    out.push('', paint(`✖ ${summary}`, 'bold', counts.errors > 0 ? 'red' : 'yellow'));
  } else if (options.failed === true) {
    out.push(paint(`✖ ${summary}`, 'bold', 'yellow'));
  } else {
    out.push(paint(`✔ ${summary}`, 'bold', 'green'));
  }
  out.push(...unresolvedHint(result, options, paint));
  return `${out.join('\n')}\n`;
}
