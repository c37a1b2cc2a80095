// Planning a large scan: its files, as their one read found them, split into small units. Formats whose files
// depend on each other group them (FormatAnalyzer.units); every other file is analysed on its own, in batches.
import { analyzers } from './analyzers.ts';
import type { FileRef } from './discover.ts';
import type { UnitPlanner } from './formats.ts';
import type { LintOptions } from './lint.ts';
import { readSourceBytes } from './read.ts';
import type { SurveyedFile, UnitLintOptions, WorkUnit } from './units.ts';

export interface UnitPlan {
  units: WorkUnit[];
  /** Bytes of every file that can be analysed. */
  bytes: number;
  /** Lint options the formats' planners set for every unit (what the whole scan holds). */
  lint: Partial<UnitLintOptions>;
  /** Paths some unit reads as context: read by more than one unit. */
  shared: string[];
}

/**
 * Units are small: a unit's syntax trees stay alive until its rules ran, and on the benchmark tree units of 2 MB
 * cost half as much CPU again as units of 128 KB (young-generation GCs copying live trees), and twice the memory.
 */
const UNIT_MIN_BYTES = 32 * 1024;
const UNIT_MAX_BYTES = 128 * 1024;

function planners(): UnitPlanner[] {
  return analyzers.flatMap((a) => (a.units ? [a.units] : []));
}

/** The planner that groups a file, by its path. */
function plannerOf(path: string, all: readonly UnitPlanner[]): UnitPlanner | undefined {
  return all.find((p) => p.plans(path));
}

/** Reads a found file, once: its bytes are kept for its unit, and its planner surveys them. */
export function surveyFile(ref: FileRef, maxFileSize: number): SurveyedFile {
  const read = readSourceBytes(ref.absPath, maxFileSize);
  if (!read.ok) return { ref, size: 0, read };
  const facts = plannerOf(ref.path, planners())?.survey(ref.path, read.bytes);
  return { ref, size: read.bytes.length, facts, read };
}

/** Splits a scan into small units, many per job so that fast workers take more. */
export function planUnits(
  files: readonly SurveyedFile[],
  options: { jobs: number; /** Tests: the size a unit grows to. */ unitBytes?: number },
): UnitPlan {
  const all = planners();
  const byPlanner = new Map<UnitPlanner, SurveyedFile[]>();
  const single: SurveyedFile[] = [];
  let bytes = 0;
  for (const file of files) {
    bytes += file.size;
    const planner = plannerOf(file.ref.path, all);
    if (!planner) single.push(file);
    else {
      let group = byPlanner.get(planner);
      if (!group) byPlanner.set(planner, (group = []));
      group.push(file);
    }
  }
  const target =
    options.unitBytes ??
    Math.min(Math.max(bytes / (Math.max(options.jobs, 1) * 8), UNIT_MIN_BYTES), UNIT_MAX_BYTES);
  const units: WorkUnit[] = [];
  let lint: Partial<UnitLintOptions> = {};
  for (const [planner, planned] of byPlanner) {
    const grouped = planner.group(planned, target);
    units.push(...grouped.units);
    single.push(...grouped.single);
    lint = { ...lint, ...grouped.lint };
  }
  units.push(...batches(single, target));
  // Largest first: the last unit to finish is then a small one.
  const weight = (u: WorkUnit) => u.owned.length + u.context.length;
  units.sort((a, b) => weight(b) - weight(a));
  const shared = [...new Set(units.flatMap((u) => u.context.map((f) => f.path)))];
  return { units, bytes, lint, shared };
}

/** Options for every lint call of one thread, from the formats' planners (caches of shared files). */
export function threadOptions(shared: readonly string[]): Partial<LintOptions> {
  return Object.assign({}, ...planners().map((p) => p.threadOptions?.(shared) ?? {})) as Partial<LintOptions>;
}

/** Consecutive files, `target` bytes a batch: each is analysed on its own, so any split works. */
function batches(files: readonly SurveyedFile[], target: number): WorkUnit[] {
  const units: WorkUnit[] = [];
  let batch: FileRef[] = [];
  let batchBytes = 0;
  for (const { ref, size } of files) {
    batch.push(ref);
    batchBytes += size;
    if (batchBytes >= target) {
      units.push({ owned: batch, context: [] });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) units.push({ owned: batch, context: [] });
  return units;
}
