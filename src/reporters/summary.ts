// The Action's job summary (Markdown): counts, findings, files that could not be analysed, unresolved
// values, and an egress map per firewall, bounded under GitHub's 1 MiB limit.
import type { Finding, Level, LintResult, Rule } from '../engine/types.ts';
import type { Destination, Firewall, Location } from '../model/types.ts';
import { egressMapRows } from './egress-map.ts';
import { BoundedMarkdown, cell, link } from './markdown.ts';
import { egressFlowchart } from './mermaid.ts';
import {
  compareLocations,
  countProblems,
  isFileFailure,
  locationText,
  plural,
  problemTotal,
  summaryText,
  UNRESOLVED_SAMPLE_SIZE,
  unresolvedSample,
} from './text.ts';

export interface MarkdownSummaryOptions {
  rules: readonly Rule[];
  /** URL of a file and line (e.g. the blob on the PR's head commit); without it locations are plain text. */
  linkBase?: (file: string, line: number) => string;
  /** Default 1,000,000: GitHub rejects job summaries over 1 MiB. */
  maxBytes?: number;
  /** Paragraphs (already Markdown) shown under the headline, e.g. what the Action left out and why. */
  notes?: string[];
  /** A rule's documentation page: rule ids in the findings table link to it. */
  ruleDocs?: (ruleId: string) => string;
  /** Findings the pull request caused: listed first in the findings table, and marked. */
  ownFinding?: (finding: Finding) => boolean;
  /** Firewalls the pull request changed (ids): marked in the egress map. */
  changedFirewalls?: ReadonlySet<string>;
  /** Whether a destination is an approved relay where a firewall is declared (the config that applies there). */
  isRelay?: (destination: Destination, file: string) => boolean;
}

/** Messages can be long (they name resources and values); this keeps one row from crowding out the rest. */
const MESSAGE_MAX = 1000;

const LEVELS: Level[] = ['error', 'warning', 'note'];

function locationCell(location: Location, options: MarkdownSummaryOptions): string {
  return link(locationText(location), options.linkBase?.(location.file, location.line));
}

function countsByRule(doc: BoundedMarkdown, result: LintResult, rules: readonly Rule[]): void {
  const ids = [...new Set([...rules.map((r) => r.meta.id), ...result.findings.map((f) => f.ruleId)])];
  const names = new Map(rules.map((r) => [r.meta.id, r.meta.name]));
  const rows: string[][] = [];
  for (const id of ids) {
    const mine = result.findings.filter((f) => f.ruleId === id);
    if (mine.length === 0) continue;
    const active = mine.filter((f) => !f.suppression);
    const byLevel = LEVELS.map((level) => String(active.filter((f) => f.level === level).length));
    rows.push([cell(`${id} ${names.get(id) ?? ''}`.trim()), ...byLevel, String(mine.length - active.length)]);
  }
  if (rows.length === 0) return;
  doc.text('### Findings by rule', '');
  doc.table(['Rule', 'Errors', 'Warnings', 'Notes', 'Suppressed'], rows, [false, true, true, true, true]);
}

/**
 * Unsuppressed findings, and problems with suppressions (their code in the Rule column), in file order; with a
 * pull request, its own findings first, marked ✎. Rule ids link to their documentation.
 */
function findingsTable(doc: BoundedMarkdown, result: LintResult, options: MarkdownSummaryOptions): void {
  const own = new Set(result.findings.filter((f) => !f.suppression && options.ownFinding?.(f)));
  const rows = [
    ...result.findings
      .filter((f) => !f.suppression)
      .map((f) => ({
        level: f.level,
        source: f.ruleId,
        rule: true,
        location: f.location,
        message: f.message,
        own: own.has(f),
      })),
    ...result.diagnostics.flatMap((d) =>
      d.code === undefined
        ? []
        : [
            {
              level: d.level,
              source: d.code,
              rule: false,
              location: d.location,
              message: d.message,
              own: false,
            },
          ],
    ),
  ].sort((a, b) => Number(b.own) - Number(a.own) || compareLocations(a, b));
  if (rows.length === 0) return;
  doc.text('### Findings', '');
  if (own.size > 0)
    doc.text(`✎ marks the ${plural(own.size, 'finding')} this pull request caused; they come first.`, '');
  doc.table(
    ['Level', 'Rule', 'Location', 'Message'],
    rows.map((p) => [
      p.own ? `✎ ${p.level}` : p.level,
      p.rule ? link(p.source, options.ruleDocs?.(p.source)) : cell(p.source),
      locationCell(p.location, options),
      cell(p.message, MESSAGE_MAX),
    ]),
  );
}

/** The Mermaid picture of where the firewalls can send traffic, with a legend in words. */
function egressPicture(doc: BoundedMarkdown, result: LintResult, options: MarkdownSummaryOptions): void {
  const chart = egressFlowchart(result.firewalls, result.findings, options);
  if (!chart) return;
  if (!doc.block(['```mermaid', ...chart.lines, '```', ''])) return;
  const elided =
    chart.elided > 0
      ? ` ${plural(chart.elided, 'more firewall')} (the least severe) are left out of the picture to keep it readable; the tables below have every one.`
      : '';
  doc.text(
    `Firewalls by directory (identical ones merged), with edges to where they can send traffic, labelled with protocols and ports. Red: a firewall with an error finding; yellow: a warning; blue: a note; green: none. ✎ and a dashed border: changed by this pull request.${elided}`,
    '',
  );
}

function parseErrorsTable(doc: BoundedMarkdown, result: LintResult, options: MarkdownSummaryOptions): void {
  const failures = result.diagnostics.filter(isFileFailure);
  if (failures.length === 0) return;
  doc.text('### Files that could not be analysed', '');
  doc.table(
    ['Level', 'Location', 'Reason'],
    failures
      .sort(compareLocations)
      .map((d) => [d.level, locationCell(d.location, options), cell(d.message, MESSAGE_MAX)]),
  );
}

function unresolvedSection(doc: BoundedMarkdown, result: LintResult, options: MarkdownSummaryOptions): void {
  const { shown, more } = unresolvedSample(result, UNRESOLVED_SAMPLE_SIZE);
  const total = shown.length + more;
  if (total === 0) return;
  doc.text(
    '### Unresolved values',
    '',
    `${plural(total, 'value')} could not be resolved statically and ${total === 1 ? 'was' : 'were'} not analysed (unknown is never reported as open).${more > 0 ? ` The first ${shown.length}:` : ''}`,
    '',
  );
  doc.table(
    ['Location', 'Expression', 'Reason'],
    shown.map((u) => [locationCell(u.location, options), cell(u.expression), cell(u.reason)]),
  );
}

function firewallMap(doc: BoundedMarkdown, firewall: Firewall, options: MarkdownSummaryOptions): void {
  doc.text(
    `#### ${cell(firewall.displayName)} (${cell(firewall.resourceType)}) · ${locationCell(firewall.location, options)}`,
    '',
  );
  const rows = egressMapRows(firewall);
  if (rows.length === 0) {
    doc.text(
      firewall.egressDeclared === 'absent'
        ? '_No egress declared: egress is unmanaged (see EGR001)._'
        : '_No egress allowed._',
      '',
    );
    return;
  }
  doc.table(
    ['Action', 'Destination', 'Protocol', 'Ports', 'Declared by'],
    rows.map((r) => [
      r.action,
      cell(r.destination),
      cell(r.protocol),
      cell(r.ports || '—'),
      r.location ? `${cell(r.declaredBy)} · ${locationCell(r.location, options)}` : cell(r.declaredBy),
    ]),
  );
}

export function toMarkdownSummary(result: LintResult, options: MarkdownSummaryOptions): string {
  const doc = new BoundedMarkdown(options.maxBytes ?? 1_000_000);
  const counts = countProblems(result);
  const mark = problemTotal(counts) === 0 ? '✔' : '✖';
  doc.text('## egress-lint', '', `**${mark} ${summaryText(result, counts)}**`, '');
  for (const note of options.notes ?? []) doc.text(note, '');
  countsByRule(doc, result, options.rules);
  if (result.firewalls.length > 0) {
    doc.text('### Egress map', '');
    egressPicture(doc, result, options);
  }
  findingsTable(doc, result, options);
  parseErrorsTable(doc, result, options);
  unresolvedSection(doc, result, options);
  if (result.firewalls.length > 0) {
    doc.text(
      '### Firewalls',
      '',
      '<details>',
      `<summary>${plural(result.firewalls.length, 'firewall')}: where each can send traffic (allows as they remain after the denies evaluated before them)</summary>`,
      '',
    );
    for (const firewall of result.firewalls) firewallMap(doc, firewall, options);
    doc.text('</details>', '');
  }
  return doc.toString();
}
