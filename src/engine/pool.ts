// Large scans: split into independent units, each linted by lintFiles, one at a time in this thread and, with
// --jobs N > 1, in N - 1 worker threads beside it; merged into exactly what one lintFiles call over the whole
// scan returns (tests compare them).
// A unit is either a batch of Terraform root modules with the local modules they call, or a batch of other
// files (CloudFormation, Pulumi, plans, var files without configuration): those are analysed file by file.
// Each unit reads its own files, so memory holds one unit's sources and syntax trees per worker, plus results,
// plus the trees of local modules several units call (a ParseCache per thread, bounded).
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { internalError } from './errors.ts';
import { dirOf, joinPath, rootDirs } from '../formats/terraform/config.ts';
import { ParseCache } from '../formats/terraform/parse-cache.ts';
import { prepareAnalyzers, prepareForContent } from './analyzers.ts';
import { isTerraformFile, isVarFile } from '../formats/terraform/project.ts';
import { mergeVariants } from './variants.ts';
import { compactResult, detachedCopy, keyDigest, StringPool } from './compact.ts';
import { diskProject, readFiles, readFound, type FileRef, type FoundFiles } from './discover.ts';
import { compareFindings, lintFiles, type LintOptions } from './lint.ts';
import type { Diagnostic, Finding, LintResult, SourceFile } from './types.ts';
import { compareText } from '../model/order.ts';
import type { Firewall, Location, Unresolved } from '../model/types.ts';

/** Scans with fewer files, or fewer bytes, than this are linted in one call. */
export const POOL_MIN_FILES = 200;
export const POOL_MIN_BYTES = 2 * 1024 * 1024;
/**
 * Workers start from this size. Each loads the engine and runs it cold (JIT warm-up again): on 2 cores, on
 * ../shared/corpus/terraform (2.6 MB), one worker beside this thread took the CPU from 0.65 s to 1.1 s and
 * was slower on a busy machine; on the 25 MB benchmark tree it pays off when the second core is free.
 */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

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
  /** Local modules owned by another unit that this unit's roots call: read and analysed, not counted again. */
  context: FileRef[];
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

export interface ScanOptions {
  /** Threads for a large scan: this one and jobs - 1 workers. */
  jobs: number;
  maxFileSize: number;
  lint: Omit<UnitLintOptions, 'terraformSeveralRoots'>;
  /** Diagnostics found before analysis (var files). */
  diagnostics: Diagnostic[];
  /** False when only their count is reported (the CLI): a large scan's firewalls then never reach this thread. */
  keepFirewalls?: boolean;
  /** Tests: the size from which a scan is split into units (default POOL_MIN_FILES / POOL_MIN_BYTES). */
  minFiles?: number;
  minBytes?: number;
  workerMinBytes?: number;
}

/** `EGRESS_LINT_POOL=force`: the smallest units, and workers, whatever the scan's size (tests of the pool). */
function forced(): boolean {
  return process.env.EGRESS_LINT_POOL === 'force';
}

/** Lints found files: one lintFiles call for a small scan, units (in workers when jobs > 1) for a large one. */
export async function lintScan(found: FoundFiles, options: ScanOptions): Promise<LintResult> {
  await prepareAnalyzers(found.files.map((f) => f.path));
  const force = forced();
  const plan =
    force || found.files.length >= (options.minFiles ?? POOL_MIN_FILES)
      ? planUnits(found.files, {
          ...options,
          jobs: threadsFor(options.jobs),
          unitBytes: force ? 1 : undefined,
        })
      : undefined;
  let result: LintResult;
  if (!plan || (!force && plan.bytes < (options.minBytes ?? POOL_MIN_BYTES))) {
    const { files, diagnostics } = readFiles(found.files, options.maxFileSize, [
      ...found.diagnostics,
      ...options.diagnostics,
    ]);
    const project = diskProject(found.root, files, options.maxFileSize);
    await prepareForContent(files, project);
    result = lintFiles(files, { ...options.lint, project, diagnostics });
  } else {
    const context: UnitContext = {
      root: found.root,
      maxFileSize: options.maxFileSize,
      allPaths: found.files.map((f) => f.path),
      sharedPaths: plan.shared,
      lint: { ...options.lint, terraformSeveralRoots: plan.severalRoots },
      keepFirewalls: options.keepFirewalls ?? true,
    };
    const merge = new ResultMerger([...found.diagnostics, ...options.diagnostics]);
    const queue: UnitQueue = { units: plan.units, next: 0, returned: [] };
    const parseCache = new ParseCache(context.sharedPaths);
    const big = force || plan.bytes >= (options.workerMinBytes ?? WORKER_MIN_BYTES);
    const threads = threadsFor(options.jobs);
    const script = threads > 1 && big ? workerScript() : undefined;
    // This thread works too: its code is loaded and warm, and a worker costs ~0.1 s of CPU to start.
    const workers = script
      ? startWorkers(
          // Loaded only here: most scans start no worker (its module costs ~2.5 ms to load).
          (await import('node:worker_threads')).Worker,
          script,
          queue,
          context,
          Math.min(threads - 1, plan.units.length - 1),
          merge,
        )
      : undefined;
    // Until every worker is done and no unit is left: a worker that could not start hands its units back.
    do {
      for (let unit = take(queue); unit; unit = take(queue)) {
        merge.add(detachedCopy(await lintUnit(unit, context, parseCache, plan.read)));
        if (workers) await new Promise((resume) => setImmediate(resume)); // let workers' results and requests in
      }
      await workers;
    } while (!queueEmpty(queue));
    result = merge.result();
  }
  return inCanonicalOrder(result);
}

/** Lints one unit: reads its files (a file that cannot be read becomes its diagnostic) and runs the engine. */
export async function lintUnit(
  unit: WorkUnit,
  context: UnitContext,
  parseCache: ParseCache,
  preRead?: Map<string, SourceFile | Diagnostic>,
): Promise<UnitResult> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let contextRead = 0;
  for (const [refs, isContext] of [
    [unit.owned, false],
    [unit.context, true],
  ] as const) {
    for (const ref of refs) {
      const read = preRead?.get(ref.path) ?? readFound(ref, context.maxFileSize);
      if (!('text' in read)) diagnostics.push(read);
      else {
        files.push(read);
        if (isContext) contextRead++;
      }
    }
  }
  // The order discovery hands files to the engine, so each analyser sees them as in a single call.
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const project = { ...diskProject(context.root, files, context.maxFileSize), paths: () => context.allPaths };
  await prepareForContent(files, project);
  try {
    const result = lintFiles(files, {
      ...context.lint,
      project,
      diagnostics,
      terraformParseCache: parseCache,
    });
    return {
      findings: result.findings,
      diagnostics: result.diagnostics,
      unresolved: result.unresolved,
      firewalls: context.keepFirewalls ? result.firewalls : [],
      firewallKeys: result.firewalls.map(firewallKey),
      filesScanned: result.stats.filesScanned - contextRead,
      filesSkipped: result.stats.filesSkipped,
      inputsUsed: result.inputsUsed ?? [],
    };
  } catch (error) {
    // Analysers and rules contain their errors (lintFiles); one escaping from suppressions or the baseline costs
    // this unit, whose every file says so, not the run.
    return {
      findings: [],
      diagnostics: [...diagnostics, ...failedFiles(unit, error, 'while analysing it')],
      unresolved: [],
      firewalls: [],
      firewallKeys: [],
      filesScanned: 0,
      filesSkipped: 0,
      inputsUsed: [],
    };
  }
}

/** One diagnostic per file a unit owns: none of them was analysed. */
function failedFiles(unit: WorkUnit, error: unknown, when: string): Diagnostic[] {
  const others = unit.owned.length + unit.context.length - 1;
  const group = others > 0 ? ` and the ${others} other files analysed with it` : '';
  return unit.owned.map((f) => internalError(f.path, error, `${when}${group}; not analysed`));
}

// ---------------------------------------------------------------------------------------------------------------
// Planning

export interface UnitPlan {
  units: WorkUnit[];
  /** Bytes of every found file (as far as they could be sized). */
  bytes: number;
  /** More than one Terraform root module in the scan: messages name the root (see loadTerraformProject). */
  severalRoots: boolean;
  /** Files read while planning (Terraform files of a scan under KEEP_READ_BYTES), by path: not read again. */
  read: Map<string, SourceFile | Diagnostic>;
  /** Paths some unit reads as context: read by more than one unit. */
  shared: string[];
}

/**
 * `source = "./x"` or `"source": "../x"` (from just after `source`): a local module call, found by text so planning
 * need not parse. It may also match a provisioner's `source`: an extra edge only makes a unit bigger, never
 * changes what is found.
 */
const LOCAL_SOURCE = /^"?\s*[=:]\s*"(\.\.?\/[^"\r\n]*)"/;
/**
 * A scan of up to this many Terraform files is read once, while planning, and the texts (up to KEEP_READ_BYTES)
 * kept for the units: 12% less CPU on ../shared/corpus/terraform (879 files). Larger scans only search the bytes
 * and read again in the units: decoding and keeping the first 8 MB of the 10,000-file benchmark tree cost 40% more
 * CPU, most of it in garbage collection.
 */
const KEEP_READ_FILES = 2000;
const KEEP_READ_BYTES = 8 * 1024 * 1024;

function sizeOf(ref: FileRef): number {
  try {
    return statSync(ref.absPath).size;
  } catch {
    return 0; // the unit that reads it reports why
  }
}

/**
 * Units are small: a unit's syntax trees stay alive until its rules ran, and on the benchmark tree units of 2 MB
 * cost half as much CPU again as units of 128 KB (young-generation GCs copying live trees), and twice the memory.
 */
const UNIT_MIN_BYTES = 32 * 1024;
const UNIT_MAX_BYTES = 128 * 1024;

/** A directory of Terraform configuration: its files (var files included) and the local modules it calls. */
interface TerraformDir {
  files: FileRef[];
  bytes: number;
  calls: Set<string>;
}

/** What planning learns from the files: Terraform directories, other files with their sizes. */
interface Survey {
  tfDirs: Map<string, TerraformDir>;
  others: { ref: FileRef; bytes: number }[];
  bytes: number;
  read: Map<string, SourceFile | Diagnostic>;
}

/** Splits a scan into small units, many per job so that fast workers take more. */
export function planUnits(
  files: readonly FileRef[],
  options: { jobs: number; maxFileSize: number; /** Tests: the size a unit grows to. */ unitBytes?: number },
): UnitPlan {
  const survey = surveyFiles(files, options.maxFileSize);
  const target =
    options.unitBytes ??
    Math.min(Math.max(survey.bytes / (Math.max(options.jobs, 1) * 8), UNIT_MIN_BYTES), UNIT_MAX_BYTES);
  const { units, roots } = terraformUnits(survey.tfDirs, target);
  units.push(...batches(survey.others, target));
  // Largest first: the last unit to finish is then a small one.
  const weight = (u: WorkUnit) => u.owned.length + u.context.length;
  units.sort((a, b) => weight(b) - weight(a));
  const shared = [...new Set(units.flatMap((u) => u.context.map((f) => f.path)))];
  return { units, bytes: survey.bytes, severalRoots: roots > 1, read: survey.read, shared };
}

/** Sizes every file and finds the local module calls of Terraform files (reading small scans once for good). */
function surveyFiles(files: readonly FileRef[], maxFileSize: number): Survey {
  const survey: Survey = { tfDirs: new Map(), others: [], bytes: 0, read: new Map() };
  const keep = files.filter((f) => isTerraformFile(f.path)).length <= KEEP_READ_FILES;
  let readBytes = 0;
  const varFilesByDir = new Map<string, FileRef[]>();
  for (const ref of files) {
    const dir = dirOf(ref.path);
    if (isTerraformFile(ref.path)) {
      let entry = survey.tfDirs.get(dir);
      if (!entry) survey.tfDirs.set(dir, (entry = { files: [], bytes: 0, calls: new Set() }));
      entry.files.push(ref);
      let size: number;
      if (keep && readBytes <= KEEP_READ_BYTES) {
        const file = readFound(ref, maxFileSize);
        size = 'text' in file ? file.text.length : 0;
        if ('text' in file) scanLocalCalls(file.text, dir, entry.calls);
        survey.read.set(ref.path, file);
        readBytes += size;
      } else {
        size = scanFileLocalCalls(ref, dir, maxFileSize, entry.calls);
      }
      entry.bytes += size;
      survey.bytes += size;
    } else if (isVarFile(ref.path)) {
      varFilesByDir.set(dir, [...(varFilesByDir.get(dir) ?? []), ref]);
    } else {
      const size = sizeOf(ref);
      survey.others.push({ ref, bytes: size });
      survey.bytes += size;
    }
  }
  // Var files go with their directory's configuration; without one they are only checked for syntax.
  for (const [dir, refs] of varFilesByDir) {
    const entry = survey.tfDirs.get(dir);
    for (const ref of refs) {
      const size = sizeOf(ref);
      survey.bytes += size;
      if (entry) {
        entry.files.push(ref);
        entry.bytes += size;
      } else survey.others.push({ ref, bytes: size });
    }
  }
  return survey;
}

/**
 * Batches of root modules, each with every local module it calls, transitively; a module called by roots in
 * several units is owned by the first and read as context by the others. Also returns how many roots there are.
 */
function terraformUnits(
  tfDirs: ReadonlyMap<string, TerraformDir>,
  target: number,
): { units: WorkUnit[]; roots: number } {
  // As loadTerraformProject chooses them, so that messages name roots the same way however a scan is split.
  const roots = rootDirs(tfDirs.keys(), (dir) => tfDirs.get(dir)?.calls ?? []);

  const closureOf = (root: string): string[] => {
    const seen = new Set([root]);
    const stack = [root];
    while (stack.length > 0) {
      for (const to of tfDirs.get(stack.pop() as string)?.calls ?? []) {
        if (tfDirs.has(to) && !seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    return [...seen];
  };
  // Roots calling the same modules share units, so each unit parses few modules it does not own.
  const closures = roots.map((root) => {
    const dirs = closureOf(root);
    return {
      root,
      dirs,
      key: dirs
        .filter((d) => d !== root)
        .sort()
        .join('\0'),
    };
  });
  closures.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.root < b.root ? -1 : 1));

  const units: WorkUnit[] = [];
  const owned = new Set<string>();
  let dirs = new Set<string>();
  let unitBytes = 0;
  const flush = () => {
    if (dirs.size === 0) return;
    const unit: WorkUnit = { owned: [], context: [] };
    for (const dir of [...dirs].sort()) {
      const files = tfDirs.get(dir)?.files ?? [];
      if (owned.has(dir)) unit.context.push(...files);
      else unit.owned.push(...files);
    }
    for (const dir of dirs) owned.add(dir);
    units.push(unit);
    dirs = new Set();
    unitBytes = 0;
  };
  for (const { dirs: closure } of closures) {
    for (const dir of closure) {
      if (!dirs.has(dir)) unitBytes += tfDirs.get(dir)?.bytes ?? 0;
      dirs.add(dir);
    }
    if (unitBytes >= target) flush();
  }
  flush();
  return { units, roots: roots.length };
}

/** Consecutive files, `target` bytes a batch: each is analysed on its own, so any split works. */
function batches(files: readonly { ref: FileRef; bytes: number }[], target: number): WorkUnit[] {
  const units: WorkUnit[] = [];
  let batch: FileRef[] = [];
  let batchBytes = 0;
  for (const { ref, bytes } of files) {
    batch.push(ref);
    batchBytes += bytes;
    if (batchBytes >= target) {
      units.push({ owned: batch, context: [] });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) units.push({ owned: batch, context: [] });
  return units;
}

/** Adds the directories a Terraform file's text calls as local modules to `calls`. */
function scanLocalCalls(text: string, dir: string, calls: Set<string>): void {
  for (let at = text.indexOf('source'); at !== -1; at = text.indexOf('source', at + 6)) {
    if (at > 0 && isWordByte(text.charCodeAt(at - 1))) continue; // `data_source`
    const source = LOCAL_SOURCE.exec(text.slice(at + 6, at + 512))?.[1];
    if (source !== undefined) addLocalCall(source, dir, calls);
  }
}

function addLocalCall(source: string, dir: string, calls: Set<string>): void {
  const target = joinPath(dir, source.replace(/\/+$/, ''));
  if (target !== undefined) calls.add(target);
}

const SOURCE = Buffer.from('source');
/** Reused across files: a large scan's Terraform files are searched without an allocation per file. */
let scanBuffer = Buffer.alloc(256 * 1024);

/** scanLocalCalls on the file's bytes, without decoding it; returns its size. */
function scanFileLocalCalls(ref: FileRef, dir: string, maxFileSize: number, calls: Set<string>): number {
  let fd: number | undefined;
  let length = 0;
  try {
    // Non-blocking, as discovery reads: a FIFO named like a .tf file must not hang planning.
    fd = openSync(ref.absPath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxFileSize) return 0; // not analysed: its unit reports why
    if (stat.size > scanBuffer.length) scanBuffer = Buffer.alloc(stat.size);
    for (let n = 1; n > 0 && length < stat.size; length += n)
      n = readSync(fd, scanBuffer, length, stat.size - length, length);
  } catch {
    return 0; // its unit reports why it cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const bytes = scanBuffer.subarray(0, length);
  for (let at = bytes.indexOf(SOURCE); at !== -1; at = bytes.indexOf(SOURCE, at + SOURCE.length)) {
    if (at > 0 && isWordByte(bytes[at - 1])) continue;
    // latin1 maps bytes to characters one to one; a matched path is decoded as UTF-8.
    const after = bytes.toString('latin1', at + SOURCE.length, Math.min(length, at + 512));
    const source = LOCAL_SOURCE.exec(after)?.[1];
    if (source !== undefined) addLocalCall(Buffer.from(source, 'latin1').toString('utf8'), dir, calls);
  }
  return length;
}

/** ASCII letters, digits and `_`: a `source` preceded by one is part of a longer name. */
function isWordByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

// ---------------------------------------------------------------------------------------------------------------
// Workers

/**
 * The bundled worker script beside the entry point (dist/worker.js): the CLI's chunks live in dist/chunks/, the
 * Action is dist/index.js. Undefined when running from the TypeScript sources: units then run in this thread.
 */
function workerScript(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  for (const candidate of ['./worker.js', '../worker.js']) {
    const url = new URL(candidate, import.meta.url);
    try {
      if (statSync(url).isFile()) return url;
    } catch {
      // not there
    }
  }
  return undefined;
}

/** Units not started yet, shared by this thread and the workers. */
interface UnitQueue {
  units: readonly WorkUnit[];
  next: number;
  /** Units of a worker that failed to start, taken first. */
  returned: WorkUnit[];
}

function take(queue: UnitQueue): WorkUnit | undefined {
  return queue.returned.pop() ?? (queue.next < queue.units.length ? queue.units[queue.next++] : undefined);
}

function queueEmpty(queue: UnitQueue): boolean {
  return queue.returned.length === 0 && queue.next >= queue.units.length;
}

/** What a worker posts once it is ready to take units, before any unit's result. */
export const WORKER_READY = 'egress-lint worker ready';

/**
 * The heap a worker may use, in MB: `EGRESS_LINT_WORKER_HEAP_MB` (tests), else an even share of the machine's
 * memory among the threads, at least 512 MB and at most 4 GB.
 */
function workerHeapMb(workers: number): number {
  const forced = Number(process.env.EGRESS_LINT_WORKER_HEAP_MB);
  if (Number.isInteger(forced) && forced > 0) return forced;
  const share = Math.floor(totalmem() / (1024 * 1024) / (workers + 1));
  return Math.min(4096, Math.max(512, share));
}

/**
 * Threads a scan uses: --jobs, but never more than the machine's cores (each thread holds its own engine and
 * units' syntax trees: a thousand would take gigabytes and be no faster).
 */
export function threadsFor(jobs: number): number {
  return Math.max(1, Math.min(jobs, availableParallelism()));
}

/** Units a worker holds at once: the next one waits in its queue while this thread is busy with a unit. */
const IN_FLIGHT = 2;

/**
 * Starts `count` workers that take units from the queue until it is empty; results are merged as they come.
 * Resolves when every worker is done.
 */
function startWorkers(
  Worker: typeof import('node:worker_threads').Worker,
  script: URL,
  queue: UnitQueue,
  context: UnitContext,
  count: number,
  merge: ResultMerger,
): Promise<void> {
  return new Promise((resolve) => {
    let running = 0;
    const start = () => {
      // A heap limit per worker: a unit that needs more than the evaluation limits allow (src/formats/terraform/limits.ts)
      // stops its worker, is reported, and the others complete.
      const worker = new Worker(script, {
        workerData: context,
        resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(count) },
      });
      const held: WorkUnit[] = [];
      let ready = false;
      const feed = () => {
        for (
          let unit = held.length < IN_FLIGHT ? take(queue) : undefined;
          unit;
          unit = held.length < IN_FLIGHT ? take(queue) : undefined
        ) {
          held.push(unit);
          worker.postMessage(unit);
        }
        if (held.length === 0) {
          void worker.terminate();
          if (--running === 0) resolve();
        }
      };
      worker.on('message', (result: UnitResult | typeof WORKER_READY) => {
        if (result === WORKER_READY) {
          ready = true;
          return;
        }
        held.shift(); // a worker answers in the order it was sent units
        merge.add(result);
        feed();
      });
      worker.on('error', (error) => {
        running--;
        if (!ready) {
          // It never started (its script failed to load): this thread takes its units, and no worker replaces it.
          queue.returned.push(...held.splice(0));
        } else {
          // It died on the unit it was analysing (out of memory, a crash in the runtime): that one is reported,
          // the ones waiting in its queue go back to the shared queue, and it is replaced.
          const [failed, ...waiting] = held.splice(0);
          if (failed) merge.add(failedUnit(failed, error));
          queue.returned.push(...waiting);
          if (!queueEmpty(queue)) {
            start();
            return;
          }
        }
        if (running === 0) resolve();
      });
      running++;
      feed();
    };
    for (let i = 0; i < count; i++) start();
    if (count <= 0) resolve();
  });
}

function failedUnit(unit: WorkUnit, error: unknown): UnitResult {
  return {
    findings: [],
    diagnostics: failedFiles(unit, error, 'a worker thread stopped while analysing it'),
    unresolved: [],
    firewalls: [],
    firewallKeys: [],
    filesScanned: 0,
    filesSkipped: 0,
    inputsUsed: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Merging

function locationKey(l: Location): string {
  return `${l.file}\0${l.line}\0${l.column}`;
}

function firewallKey(f: Firewall): string {
  return `${locationKey(f.location)}\0${f.id}`;
}

/**
 * Accumulates unit results. A local module shared by several units is analysed in each: what they report about
 * it twice is kept once (within a unit, entries are kept as lintFiles returns them).
 */
class ResultMerger {
  private readonly findings: Finding[] = [];
  private readonly diagnostics: Diagnostic[];
  private readonly unresolved: Unresolved[] = [];
  private readonly firewalls: Firewall[] = [];
  private firewallCount = 0;
  /** Digests (keyDigest) of what was kept, so that a repeat from another unit is recognised. */
  private readonly seen = new Set<string>();
  private readonly strings = new StringPool();
  private filesScanned = 0;
  private filesSkipped = 0;
  private readonly inputsUsed = new Set<string>();

  constructor(diagnostics: Diagnostic[]) {
    this.diagnostics = [...diagnostics];
  }

  add(result: UnitResult): void {
    const unit = compactResult(result, this.strings);
    const keys: string[] = [];
    const fresh = <T>(items: readonly T[], kind: string, key: (item: T) => string, into: T[]) => {
      for (const item of items) {
        const k = keyDigest(`${kind}\0${key(item)}`);
        if (this.seen.has(k)) continue;
        keys.push(k);
        into.push(item);
      }
    };
    // Findings about instances share a fingerprint; their messages name the instances each unit saw.
    fresh(unit.findings, 'f', (f) => `${f.fingerprint}\0${f.firewallId}\0${f.message}`, this.findings);
    fresh(
      unit.diagnostics,
      'd',
      (d) => `${locationKey(d.location)}\0${d.code ?? ''}\0${d.message}`,
      this.diagnostics,
    );
    fresh(unit.unresolved, 'u', (u) => `${locationKey(u.location)}\0${u.expression}`, this.unresolved);
    for (const [i, key] of unit.firewallKeys.entries()) {
      const k = keyDigest(`w\0${key}`);
      if (this.seen.has(k)) continue;
      keys.push(k);
      this.firewallCount++;
      const firewall = unit.firewalls[i]; // present when the context keeps firewalls
      if (firewall) this.firewalls.push(firewall);
    }
    for (const k of keys) this.seen.add(k);
    this.filesScanned += unit.filesScanned;
    this.filesSkipped += unit.filesSkipped;
    for (const input of unit.inputsUsed) this.inputsUsed.add(input);
  }

  result(): LintResult {
    // A directive in a local module shared by several units is unused in a unit whose instances it does not
    // concern; it is used if it suppressed a finding in any of them, as one lintFiles call would see.
    const used = new Set<string>();
    for (const f of this.findings) {
      if (f.suppression?.kind === 'inSource' && f.suppression.location)
        used.add(`${locationKey(f.suppression.location)}\0${f.ruleId}`);
    }
    const diagnostics = this.diagnostics.filter(
      (d) => d.code !== 'unused-suppression' || !used.has(`${locationKey(d.location)}\0${d.ruleId}`),
    );
    return {
      findings: mergeVariants(this.findings).sort(compareFindings),
      diagnostics,
      unresolved: this.unresolved,
      firewalls: this.firewalls,
      stats: {
        filesScanned: this.filesScanned,
        filesSkipped: this.filesSkipped,
        firewalls: this.firewallCount,
        unresolved: this.unresolved.length,
      },
      inputsUsed: [...this.inputsUsed],
    };
  }
}

function compareLocations(a: Location, b: Location): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** Diagnostics, unresolved values and firewalls in file and line order: the same however the scan was split. */
export function inCanonicalOrder(result: LintResult): LintResult {
  result.diagnostics.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.message, b.message),
  );
  result.unresolved.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.expression, b.expression),
  );
  result.firewalls.sort((a, b) => compareLocations(a.location, b.location) || compareText(a.id, b.id));
  return result;
}
