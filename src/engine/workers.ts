// Worker threads of a large scan: started once, they take tasks (reading files, then linting units) from the
// queue of each phase until it is empty; this thread takes from the same queue. A worker that dies costs the task
// it was on (reported), and is replaced; one that never started hands its tasks back.
import { statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import type { Worker as WorkerThread } from 'node:worker_threads';
import type { FileRef } from './discover.ts';
import type { BytesOutcome } from './read.ts';
import type { UnitContext, WorkUnit } from './units.ts';

/** What a worker posts once it is ready to take tasks, before any task's reply. */
export const WORKER_READY = 'egress-lint worker ready';

/** What this thread asks of a worker; each request but `context` is answered, in the order they were sent. */
export type WorkerRequest =
  /** Sent before the first unit (and to a worker started later, before anything else). */
  | { kind: 'context'; context: UnitContext }
  /** Read these files: answered with their SurveyedFile[], the bytes transferred. */
  | { kind: 'survey'; refs: FileRef[]; maxFileSize: number }
  /** Lint this unit, from the bytes already read of its files: answered with its UnitResult. */
  | { kind: 'unit'; unit: WorkUnit; read: [string, BytesOutcome][] };

/** A queue of tasks that this thread and the workers take from. */
export interface Phase<T> {
  take(): T | undefined;
  /** Tasks a worker took and could not do (it never started, or died holding them): taken again first. */
  giveBack(tasks: readonly T[]): void;
  request(task: T): { message: WorkerRequest; transfer: ArrayBuffer[] };
  /** A worker's answer to the task. */
  done(task: T, reply: unknown): void;
  /** The task a worker died on (out of memory, a crash in the runtime). */
  lost(task: T, error: unknown): void;
}

/**
 * The buffers of these reads, to move to another thread instead of copying them; each file's bytes have a buffer
 * of their own (read.ts), except empty ones, which cost nothing to copy.
 */
export function transferable(reads: readonly BytesOutcome[]): ArrayBuffer[] {
  return reads.flatMap((r) => (r.ok && r.bytes.length > 0 ? [r.bytes.buffer as ArrayBuffer] : []));
}

/**
 * The bundled worker script beside the entry point (dist/worker.js): the CLI's chunks live in dist/chunks/, the
 * Action is dist/index.js. Undefined when running from the TypeScript sources: everything then runs in this thread.
 */
export function workerScript(): URL | undefined {
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

/**
 * Threads a scan uses: --jobs, but never more than the machine's cores (each thread holds its own engine and
 * units' syntax trees: a thousand would take gigabytes and be no faster).
 */
export function threadsFor(jobs: number): number {
  return Math.max(1, Math.min(jobs, availableParallelism()));
}

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
 * A worker's young generation, in MB: three semi-spaces of 16 MB, where Node 20's V8 stops by itself. From Node 22
 * on, V8 sizes it from the machine's memory (134 MB on a 24 GB machine); capped, Node 24's peak RSS on the
 * 50,000-file benchmark tree went from 604-616 MB to 511-514 MB, at no cost in time.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/** Tasks a worker holds at once: the next one waits in its queue while this thread is busy with one. */
const IN_FLIGHT = 2;

interface Thread {
  worker: WorkerThread;
  ready: boolean;
  /** Tasks sent and not answered yet, in the order sent. */
  held: unknown[];
}

export class WorkerThreads {
  private readonly threads = new Set<Thread>();
  /** Requests every worker gets before its first task. */
  private readonly setup: WorkerRequest[] = [];
  private phase: Phase<unknown> | undefined;
  /** Whether the phase's tasks go to ready workers only (see run). */
  private readyOnly = false;
  private idle: (() => void) | undefined;

  constructor(
    private readonly Worker: typeof WorkerThread,
    private readonly script: URL,
    private readonly count: number,
  ) {
    for (let i = 0; i < count; i++) this.start();
  }

  /** Sent to every worker now, and first to every worker started later. */
  broadcast(request: WorkerRequest): void {
    this.setup.push(request);
    for (const thread of this.threads) thread.worker.postMessage(request);
  }

  /**
   * Feeds the phase's tasks to the workers; resolves when none holds a task and the queue gave none. `readyOnly`:
   * a worker still starting takes none (short tasks: this thread would otherwise wait for it to start).
   */
  run<T>(phase: Phase<T>, readyOnly = false): Promise<void> {
    this.phase = phase as Phase<unknown>;
    this.readyOnly = readyOnly;
    return new Promise((resolve) => {
      this.idle = resolve;
      for (const thread of this.threads) this.feed(thread);
      this.checkIdle();
    });
  }

  /** Stops every worker. */
  close(): void {
    for (const thread of this.threads) void thread.worker.terminate();
    this.threads.clear();
  }

  private start(): void {
    // A heap limit per worker: a unit that needs more than the evaluation limits allow
    // (src/formats/terraform/limits.ts) stops its worker, is reported, and the others complete.
    const worker = new this.Worker(this.script, {
      resourceLimits: {
        maxOldGenerationSizeMb: workerHeapMb(this.count),
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      },
    });
    const thread: Thread = { worker, ready: false, held: [] };
    this.threads.add(thread);
    for (const request of this.setup) worker.postMessage(request);
    worker.on('message', (reply: unknown) => {
      if (reply === WORKER_READY) {
        thread.ready = true;
        this.feed(thread);
        return;
      }
      const task = thread.held.shift(); // a worker answers in the order it was sent tasks
      this.phase?.done(task, reply);
      this.feed(thread);
      this.checkIdle();
    });
    worker.on('error', (error) => {
      this.threads.delete(thread);
      const phase = this.phase;
      if (!thread.ready) {
        // It never started (its script failed to load): this thread takes its tasks, and no worker replaces it.
        phase?.giveBack(thread.held.splice(0));
      } else {
        // It died on the task it was doing: that one is reported, the ones waiting in its queue go back to the
        // shared queue, and it is replaced.
        const [failed, ...waiting] = thread.held.splice(0);
        if (failed !== undefined) phase?.lost(failed, error);
        phase?.giveBack(waiting);
        if (failed !== undefined) this.start();
      }
      this.checkIdle();
    });
    if (this.phase) this.feed(thread);
  }

  private feed(thread: Thread): void {
    const phase = this.phase;
    if (!phase || (this.readyOnly && !thread.ready)) return;
    while (thread.held.length < IN_FLIGHT) {
      const task = phase.take();
      if (task === undefined) break;
      thread.held.push(task);
      const { message, transfer } = phase.request(task);
      thread.worker.postMessage(message, transfer);
    }
  }

  private checkIdle(): void {
    if (!this.idle || [...this.threads].some((t) => t.held.length > 0)) return;
    const resolve = this.idle;
    this.idle = undefined;
    this.phase = undefined;
    resolve();
  }
}
