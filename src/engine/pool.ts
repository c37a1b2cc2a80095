// Large scans: each file is read once (in this thread and, with --jobs N > 1, in N - 1 worker threads beside it),
// the scan is planned into independent units from what those reads found (plan.ts), and the units are linted where
// a thread is free (lint-unit.ts), from the bytes already read; the results are merged into exactly what one
// lintFiles call over the whole scan returns (merge.ts; tests compare them).
// Bytes wait for their unit outside the JavaScript heap (one buffer per file, transferred to the thread that
// analyses it); memory holds one unit's sources and syntax trees per thread, plus results, plus the trees of files
// several units read (each thread's caches, bounded).
import { prepareAnalyzers, prepareForContent } from './analyzers.ts';
import { diskProject } from './disk-project.ts';
import type { FileRef, FoundFiles } from './discover.ts';
import { lintFiles, type LintOptions } from './lint.ts';
import { lintUnit, failedUnit } from './lint-unit.ts';
import { inCanonicalOrder, ResultMerger } from './merge.ts';
import { planUnits, surveyFile, threadOptions, type UnitPlan } from './plan.ts';
import { foundFile, readFiles, readSourceBytes, type BytesOutcome } from './read.ts';
import type { SurveyedFile, UnitContext, UnitLintOptions, UnitResult, WorkUnit } from './units.ts';
import { detachedCopy } from './compact.ts';
import { threadsFor, transferable, workerScript, WorkerThreads, type Phase } from './workers.ts';
import { boundHeapGrowth, tuneV8ForWorkers } from './v8-flags.ts';
import type { Diagnostic, LintResult, SourceFile } from './types.ts';

export { inCanonicalOrder } from './merge.ts';
export { threadsFor } from './workers.ts';

/** Scans with fewer files, or fewer bytes, than this are linted in one call. */
export const POOL_MIN_FILES = 200;
export const POOL_MIN_BYTES = 2 * 1024 * 1024;
/**
 * Workers start from this many files. Each loads the engine and compiles its hot code again, and on a 2-core machine
 * a one-thread lint already keeps the second core about 40% busy with V8's background compiles and GC: two
 * one-thread lints side by side each take 1.45x as long as one alone (5,044 files). So a second thread pays only
 * once its share of the lint outweighs its own warm-up, and less optimising helps (tuneV8ForWorkers). Two threads
 * against one, median of per-pair wall ratios (issue 19's note): on Node 20, 0.98 at 5,044 files, 0.93 at 8,026,
 * 0.86 at 11,200; on Node 24, 0.95 at 8,026 and 0.93 at 11,200.
 */
export const WORKER_MIN_FILES = 8_000;
/** Scans from this many files bound the heap's growth (boundHeapGrowth). */
const BOUNDED_HEAP_MIN_FILES = 20_000;
/**
 * Bytes a scan keeps from its first read for the units, outside the JavaScript heap; the files read beyond them are
 * read again by their unit, so memory does not grow with the tree (the 11,200-file benchmark tree is 25 MB).
 */
const KEEP_READ_BYTES = 64 * 1024 * 1024;
/** Files a worker reads per request while surveying. */
const SURVEY_CHUNK = 128;

export interface ScanOptions {
  /** Threads for a large scan: this one and jobs - 1 workers. */
  jobs: number;
  maxFileSize: number;
  /** Planning adds what the whole scan holds (PlannedUnits.lint). */
  lint: UnitLintOptions;
  /** Diagnostics found before analysis (var files). */
  diagnostics: Diagnostic[];
  /** False when only their count is reported (the CLI): a large scan's firewalls then never reach this thread. */
  keepFirewalls?: boolean;
  /** Tests: the size from which a scan is split into units (default POOL_MIN_FILES / POOL_MIN_BYTES). */
  minFiles?: number;
  minBytes?: number;
  /** Tests: the number of files from which workers start (default WORKER_MIN_FILES). */
  workerMinFiles?: number;
}

/** `EGRESS_LINT_POOL=force`: the smallest units, and workers, whatever the scan's size (tests of the pool). */
function forced(): boolean {
  return process.env.EGRESS_LINT_POOL === 'force';
}

/** Lints found files: one lintFiles call for a small scan, units (in workers when jobs > 1) for a large one. */
export async function lintScan(found: FoundFiles, options: ScanOptions): Promise<LintResult> {
  await prepareAnalyzers(found.files.map((f) => f.path));
  const force = forced();
  const before = [...found.diagnostics, ...options.diagnostics];
  if (!force && found.files.length < (options.minFiles ?? POOL_MIN_FILES)) {
    const { files, diagnostics } = readFiles(found.files, options.maxFileSize, before);
    return inCanonicalOrder(await lintAtOnce(found.root, files, diagnostics, options));
  }
  const threads = threadsFor(options.jobs);
  const many = force || found.files.length >= (options.workerMinFiles ?? WORKER_MIN_FILES);
  if (found.files.length >= BOUNDED_HEAP_MIN_FILES) boundHeapGrowth();
  const script = threads > 1 && many ? workerScript() : undefined;
  if (script) tuneV8ForWorkers();
  // Loaded only here: most scans start no worker (its module costs ~2.5 ms to load).
  const workers = script
    ? new WorkerThreads((await import('node:worker_threads')).Worker, script, threads - 1)
    : undefined;
  try {
    const surveyed = await survey(found.files, options.maxFileSize, workers);
    const plan = planUnits(surveyed, { jobs: threads, unitBytes: force ? 1 : undefined });
    if (!force && plan.bytes < (options.minBytes ?? POOL_MIN_BYTES)) {
      const files: SourceFile[] = [];
      const diagnostics = before;
      for (const file of surveyed) {
        const read = foundFile(file.ref, file.read ?? readSourceBytes(file.ref.absPath, options.maxFileSize));
        if ('text' in read) files.push(read);
        else diagnostics.push(read);
      }
      return inCanonicalOrder(await lintAtOnce(found.root, files, diagnostics, options));
    }
    const context: UnitContext = {
      root: found.root,
      maxFileSize: options.maxFileSize,
      allPaths: found.files.map((f) => f.path),
      sharedPaths: plan.shared,
      lint: { ...options.lint, ...plan.lint },
      keepFirewalls: options.keepFirewalls ?? true,
    };
    const merge = new ResultMerger(before);
    const read = new Map<string, BytesOutcome>();
    for (const file of surveyed) if (file.read) read.set(file.ref.path, file.read);
    await lintUnits(plan, context, read, merge, workers);
    return inCanonicalOrder(merge.result());
  } finally {
    workers?.close();
  }
}

/** One lintFiles call over every file. */
async function lintAtOnce(
  root: string,
  files: SourceFile[],
  diagnostics: Diagnostic[],
  options: ScanOptions,
): Promise<LintResult> {
  const project = diskProject(root, files, options.maxFileSize);
  await prepareForContent(files, project);
  return lintFiles(files, { ...options.lint, project, diagnostics } satisfies LintOptions);
}

/** Units not started yet, shared by this thread and the workers. */
class TaskQueue<T> {
  private next = 0;
  /** Tasks of a worker that could not do them, taken first. */
  private readonly returned: T[] = [];

  constructor(private readonly tasks: readonly T[]) {}

  take(): T | undefined {
    return this.returned.pop() ?? (this.next < this.tasks.length ? this.tasks[this.next++] : undefined);
  }

  giveBack(tasks: readonly T[]): void {
    this.returned.push(...tasks);
  }

  empty(): boolean {
    return this.returned.length === 0 && this.next >= this.tasks.length;
  }
}

/**
 * Takes tasks in this thread until the queue is empty and every worker is done (a worker that could not start
 * hands its tasks back); between tasks, lets the workers' answers in.
 */
async function share<T>(
  queue: TaskQueue<T>,
  phase: Omit<Phase<T>, 'take' | 'giveBack'>,
  workers: WorkerThreads | undefined,
  here: (task: T) => Promise<void> | void,
  readyOnly = false,
): Promise<void> {
  const running = workers?.run(
    { ...phase, take: () => queue.take(), giveBack: (t) => queue.giveBack(t) },
    readyOnly,
  );
  do {
    for (let task = queue.take(); task !== undefined; task = queue.take()) {
      await here(task);
      if (running) await new Promise((resume) => setImmediate(resume));
    }
    await running;
  } while (!queue.empty());
}

/** Reads every file once, in chunks shared with the workers: what planning needs, and the bytes for the units. */
async function survey(
  refs: readonly FileRef[],
  maxFileSize: number,
  workers: WorkerThreads | undefined,
): Promise<SurveyedFile[]> {
  const surveyed: SurveyedFile[] = new Array(refs.length);
  let kept = 0;
  const place = (start: number, files: readonly SurveyedFile[]) => {
    for (const [i, file] of files.entries()) {
      if (file.read?.ok && (kept += file.read.bytes.length) > KEEP_READ_BYTES) file.read = undefined;
      surveyed[start + i] = file;
    }
  };
  const chunkOf = (start: number) => refs.slice(start, start + SURVEY_CHUNK);
  const here = (start: number) =>
    place(
      start,
      chunkOf(start).map((ref) => surveyFile(ref, maxFileSize)),
    );
  const chunks: number[] = [];
  for (let start = 0; start < refs.length; start += SURVEY_CHUNK) chunks.push(start);
  await share(
    new TaskQueue(chunks),
    {
      request: (start) => ({ message: { kind: 'survey', refs: chunkOf(start), maxFileSize }, transfer: [] }),
      done: (start, reply) => place(start, reply as SurveyedFile[]),
      // Reading is not what kills a worker; the chunk is read here instead.
      lost: here,
    },
    workers,
    here,
    true, // reading is quick: this thread starts, the workers join once they are up
  );
  return surveyed;
}

/**
 * Lints the plan's units, here and in the workers, into `merge`. `read`: each file's first read; a unit's bytes go
 * with it (moved, unless several units read the file) and are let go once it is linted.
 */
async function lintUnits(
  plan: UnitPlan,
  context: UnitContext,
  read: Map<string, BytesOutcome>,
  merge: ResultMerger,
  workers: WorkerThreads | undefined,
): Promise<void> {
  const shared = new Set(plan.shared);
  workers?.broadcast({ kind: 'context', context });
  const thread = threadOptions(plan.shared);
  const release = (unit: WorkUnit) => {
    for (const ref of unit.owned) if (!shared.has(ref.path)) read.delete(ref.path);
  };
  await share(
    new TaskQueue(plan.units),
    {
      request: (unit) => {
        const entries: [string, BytesOutcome][] = [];
        const moved: BytesOutcome[] = [];
        for (const ref of [...unit.owned, ...unit.context]) {
          const outcome = read.get(ref.path);
          if (!outcome) continue; // read again there
          entries.push([ref.path, outcome]);
          if (!shared.has(ref.path)) moved.push(outcome);
        }
        release(unit);
        return { message: { kind: 'unit', unit, read: entries }, transfer: transferable(moved) };
      },
      done: (_unit, reply) => merge.add(reply as UnitResult),
      lost: (unit, error) => merge.add(failedUnit(unit, error, 'a worker thread stopped while analysing it')),
    },
    workers,
    async (unit) => {
      merge.add(detachedCopy(await lintUnit(unit, context, thread, read)));
      release(unit);
    },
  );
}
