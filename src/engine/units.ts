// What a large scan is split into and what comes back: plain data, sent to and from worker threads.
import type { FileRef } from './discover.ts';
import type { LintOptions } from './lint.ts';
import type { BytesOutcome } from './read.ts';
import type { Diagnostic, Finding } from './types.ts';
import type { Firewall, Unresolved } from '../model/types.ts';

/** Lint options every unit shares; plain data, sent once to each worker (no `rules`: see RunOptions.rules). */
export type UnitLintOptions = Pick<
  LintOptions,
  | 'configs'
  | 'terraformVars'
  | 'terraformVarFiles'
  | 'cfnParameters'
  | 'ruleLevels'
  | 'baseline'
  | 'terraformSeveralRoots'
  | 'rules'
>;

export interface UnitContext {
  /** Absolute scan root. */
  root: string;
  maxFileSize: number;
  /** Every found file's path: what ProjectFiles.paths() lists in every unit (Pulumi projects, plan sources). */
  allPaths: string[];
  /** Files read by more than one unit (local modules shared by roots of several units): parsed once per thread. */
  sharedPaths: string[];
  lint: UnitLintOptions;
  /** Whether units send their firewalls back (the Action's egress map) or only identify them, for the count. */
  keepFirewalls: boolean;
}

export interface WorkUnit {
  /** Files this unit reports on; each found file is owned by exactly one unit. */
  owned: FileRef[];
  /** Files owned by another unit that this unit's files need (Terraform: local modules its roots call). */
  context: FileRef[];
}

/** A file as planning sees it, from its one read: its size and what its format's planner found in its bytes. */
export interface SurveyedFile {
  ref: FileRef;
  /** Bytes; 0 when it cannot be analysed. */
  size: number;
  /** What the format's planner found (UnitPlanner.survey); undefined for files no planner plans. */
  facts?: unknown;
  /**
   * The bytes, kept for the unit that analyses the file, or why it cannot be analysed; undefined when a large scan
   * kept enough bytes already (the unit reads the file again).
   */
  read?: BytesOutcome;
}

/** What a unit sends back: no sources, no syntax trees. */
export interface UnitResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  unresolved: Unresolved[];
  /** Empty unless the context keeps firewalls; else in the order of firewallKeys. */
  firewalls: Firewall[];
  /** Every firewall's identity (location and id): counted, and deduplicated across units. */
  firewallKeys: string[];
  filesScanned: number;
  filesSkipped: number;
  inputsUsed: string[];
}
