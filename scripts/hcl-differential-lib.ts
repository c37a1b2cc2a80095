// Differential comparison of parseHcl against HashiCorp's parser (hclref, ../shared/tools/hclref).
// Per .tf file: the valid/invalid verdict, and for files both sides find valid, the multiset of body items
// (blocks: path of block types, labels, line/column of the type keyword, end line of the closing brace;
// attributes: parent block types + name, line/column of the name, end line of the expression).

import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { parseHcl } from '../src/formats/hcl/index.ts';
import type { Body } from '../src/formats/hcl/ast.ts';
import { hclLineIndex, type LineIndex } from '../src/formats/positions.ts';

export interface DiffItem {
  kind: 'block' | 'attribute';
  path: string;
  labels?: string[];
  line: number;
  column: number;
  endLine: number;
}

interface RefDump {
  file: string;
  errors?: string[];
  items: DiffItem[];
}

export interface Disagreement {
  file: string;
  line: number;
  message: string;
}

export interface DiffReport {
  files: number;
  verdictAgree: number;
  /** Files both sides find valid, whose items were compared. */
  itemFiles: number;
  itemsMatched: number;
  /** Size of the union of both sides' items (matched + only-ours + only-theirs). */
  itemsTotal: number;
  disagreements: Disagreement[];
}

export function hclrefPath(): string {
  return process.env.HCLREF || '/tmp/hclref';
}

export function hclrefAvailable(bin = hclrefPath()): boolean {
  try {
    accessSync(bin, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs `hclref --dump` over the given paths; one dump per .tf file. */
export function runHclref(paths: string[], bin = hclrefPath()): RefDump[] {
  const out = execFileSync(bin, ['--dump', ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const dumps: RefDump[] = [];
  for (const line of out.split('\n')) if (line.trim() !== '') dumps.push(JSON.parse(line) as RefDump);
  return dumps;
}

/** The items of a parsed body in hclref's shape; `lines` is the file's hclLineIndex. */
export function ourItems(body: Body, lines: LineIndex, prefix = '', out: DiffItem[] = []): DiffItem[] {
  for (const a of body.attributes) {
    const name = lines.position(a.start);
    out.push({
      kind: 'attribute',
      path: prefix + a.name,
      line: name.line,
      column: name.column,
      endLine: lines.position(a.expr.end).line,
    });
  }
  for (const b of body.blocks) {
    const path = prefix + b.type;
    const type = lines.position(b.start);
    const item: DiffItem = {
      kind: 'block',
      path,
      line: type.line,
      column: type.column,
      endLine: lines.position(b.end).line,
    };
    if (b.labels.length > 0) item.labels = b.labels;
    out.push(item);
    ourItems(b.body, lines, path + '/', out);
  }
  return out;
}

function itemKey(it: DiffItem): string {
  return `${it.kind} ${it.path}${it.labels && it.labels.length > 0 ? ' ' + JSON.stringify(it.labels) : ''} @${it.line}:${it.column}-${it.endLine}`;
}

function countKeys(items: DiffItem[]): Map<string, { n: number; line: number }> {
  const m = new Map<string, { n: number; line: number }>();
  for (const it of items) {
    const k = itemKey(it);
    const e = m.get(k);
    if (e) e.n++;
    else m.set(k, { n: 1, line: it.line });
  }
  return m;
}

/** Compares one file's hclref dump with parseHcl on its text. */
export function compareFile(ref: RefDump, text: string, report: DiffReport): void {
  const ours = parseHcl(text);
  const refValid = !ref.errors || ref.errors.length === 0;
  const ourValid = ours.errors.length === 0;
  report.files++;
  if (refValid !== ourValid) {
    const e = ours.errors[0];
    report.disagreements.push(
      ourValid
        ? {
            file: ref.file,
            line: refErrorLine(ref.errors?.[0]),
            message: `hclref finds it invalid (${ref.errors?.[0] ?? ''}), parseHcl valid`,
          }
        : {
            file: ref.file,
            line: e.line,
            message: `parseHcl finds it invalid (${e.line}:${e.column} ${e.message}), hclref valid`,
          },
    );
    return;
  }
  report.verdictAgree++;
  if (!refValid) return;
  report.itemFiles++;
  const a = countKeys(ref.items);
  const b = countKeys(ourItems(ours.body, hclLineIndex(text)));
  for (const [k, { n, line }] of a) {
    const m = b.get(k)?.n ?? 0;
    report.itemsMatched += Math.min(n, m);
    report.itemsTotal += Math.max(n, m);
    if (n > m) report.disagreements.push({ file: ref.file, line, message: `only hclref has ${k}` });
  }
  for (const [k, { n, line }] of b) {
    const m = a.get(k)?.n ?? 0;
    if (n > m) {
      report.itemsTotal += n - m;
      report.disagreements.push({ file: ref.file, line, message: `only parseHcl has ${k}` });
    }
  }
}

function refErrorLine(msg: string | undefined): number {
  const m = msg ? /:(\d+),\d+/.exec(msg) : null;
  return m ? Number(m[1]) : 0;
}

/** Runs hclref over `paths` and compares every .tf file it reports. */
export function compareWithHclref(paths: string[], bin = hclrefPath()): DiffReport {
  const report: DiffReport = {
    files: 0,
    verdictAgree: 0,
    itemFiles: 0,
    itemsMatched: 0,
    itemsTotal: 0,
    disagreements: [],
  };
  for (const dump of runHclref(paths, bin)) {
    if (!existsSync(dump.file)) continue;
    compareFile(dump, readFileSync(dump.file, 'utf8'), report);
  }
  return report;
}

export function formatReport(r: DiffReport, limit = 20): string {
  const pct = (a: number, b: number) => (b === 0 ? '100.00' : ((100 * a) / b).toFixed(2));
  const lines = [
    `files compared: ${r.files}`,
    `verdict agreement: ${r.verdictAgree}/${r.files} (${pct(r.verdictAgree, r.files)}%)`,
    `item agreement: ${r.itemsMatched}/${r.itemsTotal} (${pct(r.itemsMatched, r.itemsTotal)}%) over ${r.itemFiles} files valid on both sides`,
    `disagreements: ${r.disagreements.length}`,
  ];
  for (const d of r.disagreements.slice(0, limit)) lines.push(`  ${d.file}:${d.line}: ${d.message}`);
  return lines.join('\n');
}
