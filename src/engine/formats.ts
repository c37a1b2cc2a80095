import type { Location } from '../model/types.ts';
import type { ParseCache } from '../formats/terraform/parse-cache.ts';
import type { AnalysisResult, SourceFile } from './types.ts';
import type { LintOptions } from './lint.ts';
import type { SurveyedFile, UnitLintOptions, WorkUnit } from './units.ts';

/** Read access to the scanned project beyond the files handed to an analyser (modules.json, Pulumi sources). */
export interface ProjectFiles {
  /** Relative '/'-separated path (from the scan root) → whether such a file exists. */
  exists(path: string): boolean;
  /** Reads a file by relative path; undefined when missing or unreadable. Never follows paths outside the root. */
  read(path: string): string | undefined;
  /** Every discovered file's relative path. */
  paths(): readonly string[];
  /**
   * Names of the files directly inside a directory (relative path), including directories the walk skips
   * such as `.terraform/modules/*` (downloaded modules). Undefined when the directory does not exist.
   */
  listDir(dir: string): string[] | undefined;
}

export interface AnalyzeOptions {
  /** `--var name=value` (values are HCL expressions or raw strings, as Terraform's -var). */
  terraformVars: Record<string, string>;
  /** `--var-file` contents, in order. */
  terraformVarFiles: SourceFile[];
  /** `--parameter Name=Value` for CloudFormation. */
  cfnParameters: Record<string, string>;
  /** The scan holds several Terraform root modules, though this call may see one (see src/engine/pool.ts). */
  terraformSeveralRoots?: boolean;
  /** Terraform trees shared between the units of a scan (src/engine/pool.ts). */
  terraformParseCache?: ParseCache;
  project: ProjectFiles;
}

/**
 * A suppression written in a file's data, for formats without comments (CloudFormation resource Metadata):
 * it covers the resource that declares it and, when that resource is a firewall, every finding about it.
 */
export interface DataSuppression {
  /** The resource that declares it; findings whose firewall or declaring resource is this id are covered. */
  logicalId: string;
  /** The line of the resource's key (its header), the same line as a finding's `resource` location. */
  resourceLine: number;
  ids: DataSuppressionEntry[];
}

/** One `{ id, reason, exp }` entry; `location` is where it is written, for diagnostics about it (unused, expired). */
export interface DataSuppressionEntry {
  id: string;
  reason: string;
  /** `exp: YYYY-MM-DD`, as in comment directives; left to the engine to validate. */
  expires?: string;
  location: Location;
}

/** One input format: claims files by path and content, and maps them to firewalls. */
export interface FormatAnalyzer {
  id: 'terraform' | 'terraform-plan' | 'cloudformation' | 'pulumi' | 'host';
  /** Cheap test on path and content; the first analyser (in registry order) that claims a file gets it. */
  claims(file: SourceFile): boolean;
  /**
   * Analyses every claimed file at once (Terraform needs whole module trees). Must never throw for bad
   * input: report it as a Diagnostic with path, line and reason, and go on with the other files.
   */
  analyze(files: SourceFile[], options: AnalyzeOptions): AnalysisResult;
  /** Each file is analysed on its own (analysing them one call each gives the same result). */
  independentFiles?: boolean;
  /** Suppressions written in the data of a file it claimed (the engine judges and applies them). */
  dataSuppressions?(file: SourceFile): DataSuppression[];
  /**
   * How a large scan splits this format's files into units (src/engine/pool.ts) when they cannot be analysed one
   * file at a time. Without it, the files it claims are analysed in batches of unrelated files.
   */
  units?: UnitPlanner;
}

/** Splits a format's files into units that analyse as one lint call over the whole scan would. */
export interface UnitPlanner {
  /** Whether this planner groups the file, by its path alone (planning precedes claiming). */
  plans(path: string): boolean;
  /** What planning needs from the bytes of a file it plans: plain data (it may be found in a worker thread). */
  survey(path: string, bytes: Uint8Array): unknown;
  /** Groups the files it plans into units of about `target` bytes each. */
  group(files: readonly SurveyedFile[], target: number): PlannedUnits;
  /** Options for every lint call of one thread, given the paths several units read (a cache of their trees). */
  threadOptions?(shared: readonly string[]): Partial<LintOptions>;
}

export interface PlannedUnits {
  units: WorkUnit[];
  /** Files that need nothing else: analysed in batches of unrelated files. */
  single: SurveyedFile[];
  /** Lint options every unit of the scan gets (what the whole scan holds, that one unit cannot see). */
  lint: Partial<UnitLintOptions>;
}
