import type { Firewall, Location, Origin, Platform, Unresolved, Variant } from '../model/types.ts';

export type Level = 'error' | 'warning' | 'note';
export type LevelSetting = Level | 'off';

/** A source file handed to the engine; content is read once by discovery. */
export interface SourceFile {
  /** Relative to the scan root, '/'-separated; used in every Location. */
  path: string;
  /** Absolute path on disk, or the same as `path` for in-memory files (tests, fuzzing). */
  absPath: string;
  text: string;
}

/**
 * A file that could not be read or parsed (no `code`): always reported; makes the exit code 2.
 * With a `code`, a problem with a suppression in a file that *was* analysed (see src/engine/suppressions.ts):
 * it counts like a finding of its level (exit 1 at or above the fail level), never as a failed file.
 */
export interface Diagnostic {
  location: Location;
  message: string;
  level: 'error' | 'warning';
  code?: SuppressionProblem;
  /** `unused-suppression`: the rule the directive names (the worker pool merges units' verdicts by it). */
  ruleId?: string;
}

/**
 * `unused-suppression` (warning): a directive or Metadata entry that suppressed nothing;
 * `expired-suppression` (warning): past its `exp:` date, so it no longer suppresses;
 * `suppression-without-reason` (error): no `-- reason` under `requireReason`, so it does not suppress;
 * `invalid-suppression` (error): an unknown rule id, a bad date or stray words, so it does not suppress.
 */
export type SuppressionProblem =
  'unused-suppression' | 'expired-suppression' | 'suppression-without-reason' | 'invalid-suppression';

/**
 * An option a rule reads from the config file, as a top-level key (`relays: [...]`): like ESLint's `meta.schema`,
 * the rule declares it, and config validation, defaults and `--print-config` are derived from the declarations.
 */
export interface RuleOption<T = unknown> {
  /** The value's JSON Schema, as the config schema lists it under the key (`#/definitions/…` refs allowed). */
  schema: Record<string, unknown>;
  default: T;
  /**
   * The value the rule reads, from one the schema accepted; throws a ConfigError (src/config/errors.ts) at `at`,
   * the key path, for what a schema cannot express (CIDR arithmetic). The value as given when absent.
   */
  normalise?(value: unknown, at: (string | number)[], file: string): T;
}

/** A rule's options by config key. */
export type RuleOptions = Record<string, RuleOption>;

/** The values a rule with these options is given. */
export type OptionValues<O extends RuleOptions> = {
  [K in keyof O]: O[K] extends RuleOption<infer T> ? T : never;
};

export interface RuleMeta<O extends RuleOptions = RuleOptions> {
  /** Stable id: EGR001 */
  id: string;
  /** kebab-case name: egress-not-declared */
  name: string;
  /** The config options it reads (src/config/options.ts); several rules may read one. */
  options?: O;
  /** One sentence, SARIF shortDescription */
  shortDescription: string;
  /** A paragraph, SARIF fullDescription */
  fullDescription: string;
  /** Markdown help: why it matters, how to fix, how to suppress */
  help: string;
  defaultLevel: Level;
  /** CVSS-like score as SARIF wants it (a string), the highest the rule can report */
  securitySeverity: string;
  precision: 'very-high' | 'high' | 'medium' | 'low';
  tags: string[];
}

export interface FindingInput {
  firewall: Firewall;
  /** Level chosen by the rule (some rules vary it by platform or severity); config may override. */
  level: Level;
  message: string;
  location: Location;
  related?: Origin[];
  /** A normalised description of what fired, for the fingerprint (no line numbers). */
  key: string;
  /** security-severity for this finding, when it differs from the rule's. */
  securitySeverity?: string;
  /** The header of the resource that declared what fired (for "top of the resource" suppressions); default: the firewall's. */
  resource?: Location;
}

export interface RuleContext<V = Record<string, unknown>> {
  /** The values of the rule's own options, from the config that applies to the firewall's file. */
  options: V;
  report(finding: FindingInput): void;
  /**
   * The level another rule's finding in `file` would get (config, overrides and `--rule` applied), so a rule can
   * leave alone what that rule already reports (EGR003 and EGR002's all-traffic errors: one problem, one finding).
   */
  levelOf(ruleId: string, file: string, reported: Level): LevelSetting;
}

export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta<O>;
  check(firewall: Firewall, context: RuleContext<OptionValues<O>>): void;
}

export interface Suppression {
  /** inSource: a comment or CloudFormation Metadata; external: config `ignoreResources` or the baseline. */
  kind: 'inSource' | 'external';
  justification: string;
  /** Where an inSource suppression is written (SARIF suppression.location). */
  location?: Location;
}

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  location: Location;
  related: Origin[];
  firewallId: string;
  platform: Platform;
  /** Stable across line moves: hash of rule id + file + firewall id + normalised rule. */
  fingerprint: string;
  securitySeverity: string;
  /** The header of the resource that declared what fired. */
  resource: Location;
  suppression?: Suppression;
  /** The instances this finding is about, when its firewall or rule is one of several (see src/engine/variants.ts). */
  variants?: FindingVariants;
}

/** What merging findings about instances of one declaration needs: the message with the name left out, the names. */
export interface FindingVariants {
  /** The message with the instance's display name replaced by NAME_SLOT. */
  template: string;
  /** Each instance: its name, root, and the firewall it belongs to. */
  instances: (Pick<Variant, 'address' | 'root'> & { firewallId: string })[];
  /** After a merge: how many of the related locations are the kept finding's own (the others follow, sorted). */
  own?: number;
}

/** What one format analyser returns for the files it was given. */
export interface AnalysisResult {
  firewalls: Firewall[];
  diagnostics: Diagnostic[];
  unresolved: Unresolved[];
  /** Files this analyser looked at and found not to be of its kind (e.g. a compose file). */
  skipped?: string[];
  /** Inputs from the command line that something in these files declares (see LintResult.inputsUsed). */
  inputsUsed?: string[];
}

export interface ScanStats {
  filesScanned: number;
  filesSkipped: number;
  firewalls: number;
  unresolved: number;
}

export interface LintResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  unresolved: Unresolved[];
  firewalls: Firewall[];
  stats: ScanStats;
  /**
   * Which of the run's inputs matched something, so the rest can be reported as matching nothing: `var:NAME` (a
   * root module declares the variable), `parameter:NAME` (a template declares it), `relay:CONFIG\0ENTRY` (a relay
   * entry of the config file CONFIG names a firewall or a destination in the scan). Unordered, each once.
   */
  inputsUsed?: string[];
}
