// SARIF 2.1.0 for GitHub code scanning and other viewers: one run, every rule described,
// suppressed findings kept with their suppression, parse failures and unresolved values as notifications.
import type {
  Diagnostic,
  Finding,
  LintResult,
  Rule,
  Suppression,
  SuppressionProblem,
} from '../engine/types.ts';
import type { Location, Unresolved } from '../model/types.ts';
import { collectText, lazyArray, writeJson, type TextSink } from './json-writer.ts';
import { isFileFailure, markdownToPlainText, plural, unresolvedCount } from './text.ts';
import { directoryUri, relativeUri, ruleDocsUrl } from './uri.ts';

export interface SarifOptions {
  /** Every rule, in registry order; results point at them by index. */
  rules: readonly Rule[];
  toolVersion: string;
  /** The project's home, e.g. `https://github.com/org/egress-lint`; rule help links go to its `docs/rules/<ID>.md`. */
  informationUri: string;
  /** Absolute path of the scan root, recorded as %SRCROOT% so viewers can resolve the relative URIs. */
  srcRoot?: string;
  /**
   * Suppressed findings (inline, config, baseline): `keep` them as results with `suppressions` (SARIF viewers hide
   * them; the default), or `drop` them. GitHub code scanning ignores `suppressions` and would show them as open
   * alerts, so the Action drops them by default.
   */
  suppressed?: 'keep' | 'drop';
  /** At most this many results (default GITHUB_MAX_RESULTS): the most severe are kept, a notification counts the rest. */
  maxResults?: number;
}

export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'egressLint/v1';
/** More unresolved values than this are counted in one note rather than listed one by one. */
export const UNRESOLVED_NOTIFICATION_CAP = 1000;
/** GitHub rejects a run with more results than this, and shows only the top 5,000 (its documented SARIF limits). */
export const GITHUB_MAX_RESULTS = 25_000;
export const GITHUB_SHOWN_RESULTS = 5_000;
/** GitHub shows at most 100 locations of a result (and rejects more than 1,000): related locations beyond are left out. */
export const GITHUB_SHOWN_LOCATIONS = 100;

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion };
  message?: SarifMessage;
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage & { markdown: string };
  helpUri?: string;
  defaultConfiguration?: { level: Finding['level'] };
  properties?: { tags: string[]; precision: string; 'security-severity': string };
}

export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: SarifMessage;
  descriptor: { id: string; index: number };
  locations?: SarifLocation[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: Finding['level'];
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: { 'security-severity': string };
  suppressions?: SarifSuppression[];
}

export interface SarifSuppression {
  kind: Suppression['kind'];
  justification?: string;
  location?: SarifLocation;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: string;
          version: string;
          informationUri: string;
          rules: SarifReportingDescriptor[];
          notifications: SarifReportingDescriptor[];
        };
      };
      invocations: [
        {
          executionSuccessful: boolean;
          /** Files that could not be analysed, and unresolved values. */
          toolExecutionNotifications: SarifNotification[];
          /** Problems with suppressions (unused, expired, without a reason, malformed). */
          toolConfigurationNotifications: SarifNotification[];
        },
      ];
      originalUriBaseIds?: Record<string, { uri: string }>;
      results: SarifResult[];
      columnKind: 'utf16CodeUnits';
    },
  ];
}

type NotificationId = 'parse-error' | 'internal-error' | 'unresolved' | 'results-capped' | SuppressionProblem;

/** The notifications egress-lint can raise, described once in tool.driver.notifications. */
const NOTIFICATIONS: Record<NotificationId, string> = {
  'parse-error': 'A file could not be read or parsed; the other files were still analysed.',
  'internal-error': 'egress-lint failed internally while analysing a file.',
  unresolved: 'A value could not be resolved statically and was not analysed (unknown is not open).',
  'results-capped':
    'More results than GitHub code scanning accepts or shows; the least severe were left out or may be hidden.',
  'unused-suppression': 'A suppression that suppressed nothing.',
  'expired-suppression': 'A suppression past its expiry date, which no longer suppresses.',
  'suppression-without-reason':
    'A suppression without a reason while requireReason is set; it does not suppress.',
  'invalid-suppression':
    'A malformed suppression (unknown rule id, bad date, stray words); it does not suppress.',
};
const NOTIFICATION_IDS = Object.keys(NOTIFICATIONS) as NotificationId[];

function descriptorRef(id: NotificationId): SarifNotification['descriptor'] {
  return { id, index: NOTIFICATION_IDS.indexOf(id) };
}

/** The engine reports an analyser crash as a diagnostic whose message starts like this (see lintFiles). */
function isInternalError(d: Diagnostic): boolean {
  return isFileFailure(d) && /^internal error\b/.test(d.message);
}

/** Lines and columns are 1-based; a value the schema would reject (0, an end before the start) is left out. */
function region(l: Location): SarifRegion {
  const r: SarifRegion = { startLine: Math.max(1, l.line) };
  if (l.column >= 1) r.startColumn = l.column;
  const endLine = l.endLine ?? r.startLine;
  if (l.endLine !== undefined && l.endLine >= r.startLine) r.endLine = l.endLine;
  if (
    l.endColumn !== undefined &&
    l.endColumn >= 1 &&
    (endLine > r.startLine || l.endColumn >= (r.startColumn ?? 1))
  ) {
    r.endColumn = l.endColumn;
  }
  return r;
}

function sarifLocation(l: Location, message?: string, id?: number): SarifLocation {
  return {
    ...(id !== undefined && { id }),
    physicalLocation: {
      artifactLocation: { uri: relativeUri(l.file), uriBaseId: SRCROOT },
      region: region(l),
    },
    ...(message !== undefined && { message: { text: message } }),
  };
}

/** GitHub's names for security-severity scores (over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low). */
function severityBand(score: string): string {
  const n = Number(score);
  return n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : 'low';
}

/**
 * GitHub reads security-severity from the rule (reportingDescriptor), never from the result. A finding whose
 * severity differs from its rule's (Terraform's "unmanaged" EGR001 warning, 5.0, under a rule scored 7.5) gets a
 * descriptor of its own, `EGR001/medium`: a hierarchical id (SARIF 3.27.5) that names the rule and the band.
 */
function variantId(f: Finding, rule: Rule | undefined): string {
  return rule && f.securitySeverity !== rule.meta.securitySeverity
    ? `${f.ruleId}/${severityBand(f.securitySeverity)}`
    : f.ruleId;
}

function ruleDescriptor(
  rule: Rule,
  informationUri: string,
  securitySeverity?: string,
): SarifReportingDescriptor {
  const { meta } = rule;
  return {
    id: securitySeverity === undefined ? meta.id : `${meta.id}/${severityBand(securitySeverity)}`,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    help: { text: markdownToPlainText(meta.help), markdown: meta.help },
    helpUri: ruleDocsUrl(informationUri, meta.id),
    defaultConfiguration: { level: meta.defaultLevel },
    properties: {
      tags: [...meta.tags],
      precision: meta.precision,
      'security-severity': securitySeverity ?? meta.securitySeverity,
    },
  };
}

function suppressionOf({ kind, justification, location }: Suppression): SarifSuppression {
  return {
    kind,
    ...(justification && { justification }),
    ...(location && { location: sarifLocation(location) }),
  };
}

/**
 * Plain text in a SARIF message: GitHub renders `[text](target)` as a link, so brackets (and the backslash that
 * escapes them) are escaped (SARIF 3.11.6); a resource name in the scanned code cannot become a link.
 */
function messageText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/**
 * GitHub shows related locations only when the message links to them (`[text](id)`), so each is linked from a
 * sentence after the message. Ids start at 1, as in GitHub's examples.
 */
function messageWithLinks(f: Finding, related: Finding['related']): string {
  const text = messageText(f.message);
  if (related.length === 0) return text;
  const links = related.map((o, i) => `[${messageText(o.description)}](${i + 1})`).join(', ');
  const more = f.related.length > related.length ? ` and ${f.related.length - related.length} more` : '';
  return `${text} From: ${links}${more}.`;
}

function sarifResult(f: Finding, ruleId: string, index: number | undefined): SarifResult {
  const related = f.related.slice(0, GITHUB_SHOWN_LOCATIONS - 1);
  return {
    ruleId,
    ...(index !== undefined && { ruleIndex: index }),
    level: f.level,
    message: { text: messageWithLinks(f, related) },
    locations: [sarifLocation(f.location)],
    ...(related.length > 0 && {
      relatedLocations: related.map((o, i) => sarifLocation(o.location, o.description, i + 1)),
    }),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { 'security-severity': f.securitySeverity },
    ...(f.suppression && { suppressions: [suppressionOf(f.suppression)] }),
  };
}

function diagnosticNotification(d: Diagnostic): SarifNotification {
  const id = d.code ?? (isInternalError(d) ? 'internal-error' : 'parse-error');
  return {
    level: d.level,
    message: { text: d.message },
    descriptor: descriptorRef(id),
    locations: [sarifLocation(d.location)],
  };
}

function unresolvedNotification(u: Unresolved): SarifNotification {
  return {
    level: 'note',
    message: { text: `Not analysed: ${u.expression} could not be resolved statically (${u.reason}).` },
    descriptor: descriptorRef('unresolved'),
    locations: [sarifLocation(u.location)],
  };
}

function unresolvedNotifications(result: LintResult): SarifNotification[] {
  const total = unresolvedCount(result);
  if (total === 0) return [];
  const listed = result.unresolved.slice(0, UNRESOLVED_NOTIFICATION_CAP);
  const rest = total > listed.length ? `; the first ${listed.length} are listed` : '';
  return [
    ...listed.map(unresolvedNotification),
    {
      level: 'note',
      message: {
        text: `${plural(total, 'value')} could not be resolved statically and ${total === 1 ? 'was' : 'were'} not analysed${rest}.`,
      },
      descriptor: descriptorRef('unresolved'),
    },
  ];
}

const LEVEL_RANK: Record<Finding['level'], number> = { error: 0, warning: 1, note: 2 };

/** The results GitHub accepts: suppressed ones dropped if asked, then the most severe up to the cap, in report order. */
function uploadable(
  result: LintResult,
  options: SarifOptions,
): { findings: Finding[]; notifications: SarifNotification[] } {
  const candidates =
    options.suppressed === 'drop' ? result.findings.filter((f) => !f.suppression) : result.findings;
  const cap = options.maxResults ?? GITHUB_MAX_RESULTS;
  const notifications: SarifNotification[] = [];
  let findings = candidates;
  if (candidates.length > cap) {
    const order = new Map(candidates.map((f, i) => [f, i]));
    const kept = new Set(
      [...candidates]
        .sort(
          (a, b) =>
            Number(Boolean(a.suppression)) - Number(Boolean(b.suppression)) ||
            LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
            Number(b.securitySeverity) - Number(a.securitySeverity) ||
            order.get(a)! - order.get(b)!,
        )
        .slice(0, cap),
    );
    findings = candidates.filter((f) => kept.has(f));
    notifications.push({
      level: 'warning',
      message: {
        text: `${plural(candidates.length - cap, 'result')} left out: GitHub code scanning rejects a run with more than ${cap.toLocaleString('en-US')} results; the most severe were kept (the JSON report has all ${candidates.length.toLocaleString('en-US')}).`,
      },
      descriptor: descriptorRef('results-capped'),
    });
  }
  if (findings.length > GITHUB_SHOWN_RESULTS) {
    notifications.push({
      level: 'note',
      message: {
        text: `${findings.length.toLocaleString('en-US')} results: GitHub code scanning shows only the ${GITHUB_SHOWN_RESULTS.toLocaleString('en-US')} most severe.`,
      },
      descriptor: descriptorRef('results-capped'),
    });
  }
  return { findings, notifications };
}

/** A SARIF log whose results are `R`: an array (toSarifLog) or made one at a time while written (writeSarif). */
type SarifLogWith<R> = Omit<SarifLog, 'runs'> & {
  runs: [Omit<SarifLog['runs'][0], 'results'> & { results: R }];
};

function sarifLogWith<R>(
  result: LintResult,
  options: SarifOptions,
  results: (findings: readonly Finding[], resultOf: (f: Finding) => SarifResult) => R,
): SarifLogWith<R> {
  const rules = new Map(options.rules.map((r) => [r.meta.id, r]));
  const descriptors = options.rules.map((r) => ruleDescriptor(r, options.informationUri));
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const { findings, notifications } = uploadable(result, options);
  // Descriptors come before the results in the log: those of severity variants are added first, in result order.
  for (const f of findings) {
    const rule = rules.get(f.ruleId);
    const id = variantId(f, rule);
    if (rule && !ruleIndex.has(id)) {
      ruleIndex.set(id, descriptors.length);
      descriptors.push(ruleDescriptor(rule, options.informationUri, f.securitySeverity));
    }
  }
  const resultOf = (f: Finding) => {
    const id = variantId(f, rules.get(f.ruleId));
    return sarifResult(f, id, ruleIndex.get(id));
  };
  const run: SarifLogWith<R>['runs'][0] = {
    tool: {
      driver: {
        name: 'egress-lint',
        version: options.toolVersion,
        informationUri: options.informationUri,
        rules: descriptors,
        notifications: NOTIFICATION_IDS.map((id) => ({ id, shortDescription: { text: NOTIFICATIONS[id] } })),
      },
    },
    invocations: [
      {
        executionSuccessful: !result.diagnostics.some(isInternalError),
        toolExecutionNotifications: [
          ...result.diagnostics.filter(isFileFailure).map(diagnosticNotification),
          ...unresolvedNotifications(result),
          ...notifications,
        ],
        toolConfigurationNotifications: result.diagnostics
          .filter((d) => !isFileFailure(d))
          .map(diagnosticNotification),
      },
    ],
    ...(options.srcRoot !== undefined && {
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.srcRoot) } },
    }),
    results: results(findings, resultOf),
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function toSarifLog(result: LintResult, options: SarifOptions): SarifLog {
  return sarifLogWith(result, options, (findings, resultOf) => findings.map(resultOf));
}

/** Streams the log: the same text as toSarif, with each result made, written and dropped in turn. */
export function writeSarif(result: LintResult, options: SarifOptions, sink: TextSink): void {
  writeJson(
    sarifLogWith(result, options, (findings, resultOf) => lazyArray(findings, resultOf)),
    sink,
  );
}

export function toSarif(result: LintResult, options: SarifOptions): string {
  return collectText((sink) => writeSarif(result, options, sink));
}
