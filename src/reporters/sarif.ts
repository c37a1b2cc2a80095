// SARIF 2.1.0 (design §6) for GitHub code scanning and other viewers: one run, every rule described,
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
import { isFileFailure, markdownToPlainText, plural, unresolvedCount } from './text.ts';
import { directoryUri, relativeUri } from './uri.ts';

export interface SarifOptions {
  /** Every rule, in registry order; results point at them by index. */
  rules: readonly Rule[];
  toolVersion: string;
  /** The project's home, e.g. `https://github.com/org/egress-lint`; rule help links go to its `docs/rules/<ID>.md`. */
  informationUri: string;
  /** Absolute path of the scan root, recorded as %SRCROOT% so viewers can resolve the relative URIs. */
  srcRoot?: string;
}

export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'egressLint/v1';
/** More unresolved values than this are counted in one note rather than listed one by one. */
export const UNRESOLVED_NOTIFICATION_CAP = 1000;

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

type NotificationId = 'parse-error' | 'internal-error' | 'unresolved' | SuppressionProblem;

/** The notifications egress-lint can raise, described once in tool.driver.notifications. */
const NOTIFICATIONS: Record<NotificationId, string> = {
  'parse-error': 'A file could not be read or parsed; the other files were still analysed.',
  'internal-error': 'egress-lint failed internally while analysing a file.',
  unresolved: 'A value could not be resolved statically and was not analysed (unknown is not open).',
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

function helpUri(informationUri: string, ruleId: string): string {
  return `${informationUri.replace(/\/+$/, '')}/blob/main/docs/rules/${ruleId}.md`;
}

function ruleDescriptor(rule: Rule, informationUri: string): SarifReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    help: { text: markdownToPlainText(meta.help), markdown: meta.help },
    helpUri: helpUri(informationUri, meta.id),
    defaultConfiguration: { level: meta.defaultLevel },
    properties: {
      tags: [...meta.tags],
      precision: meta.precision,
      'security-severity': meta.securitySeverity,
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

function sarifResult(f: Finding, ruleIndex: Map<string, number>): SarifResult {
  const index = ruleIndex.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...(index !== undefined && { ruleIndex: index }),
    level: f.level,
    message: { text: f.message },
    locations: [sarifLocation(f.location)],
    ...(f.related.length > 0 && {
      relatedLocations: f.related.map((o, i) => sarifLocation(o.location, o.description, i)),
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

export function toSarifLog(result: LintResult, options: SarifOptions): SarifLog {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const run: SarifLog['runs'][0] = {
    tool: {
      driver: {
        name: 'egress-lint',
        version: options.toolVersion,
        informationUri: options.informationUri,
        rules: options.rules.map((r) => ruleDescriptor(r, options.informationUri)),
        notifications: NOTIFICATION_IDS.map((id) => ({ id, shortDescription: { text: NOTIFICATIONS[id] } })),
      },
    },
    invocations: [
      {
        executionSuccessful: !result.diagnostics.some(isInternalError),
        toolExecutionNotifications: [
          ...result.diagnostics.filter(isFileFailure).map(diagnosticNotification),
          ...unresolvedNotifications(result),
        ],
        toolConfigurationNotifications: result.diagnostics
          .filter((d) => !isFileFailure(d))
          .map(diagnosticNotification),
      },
    ],
    ...(options.srcRoot !== undefined && {
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.srcRoot) } },
    }),
    results: result.findings.map((f) => sarifResult(f, ruleIndex)),
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function toSarif(result: LintResult, options: SarifOptions): string {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}\n`;
}
