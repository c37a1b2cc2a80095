// The worker threads' heap limits (src/engine/workers.ts): what each worker is started with.
import { EventEmitter } from 'node:events';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerThreads } from '../../src/engine/workers.ts';

/** Records how each worker was started; never runs anything. */
function recordingWorker(started: WorkerOptions[]): typeof Worker {
  return class extends EventEmitter {
    constructor(_script: URL, options: WorkerOptions) {
      super();
      started.push(options);
    }
    postMessage(): void {}
    terminate(): Promise<number> {
      return Promise.resolve(0);
    }
  } as unknown as typeof Worker;
}

describe('WorkerThreads', () => {
  it('bounds each worker: old generation by its share of memory, young generation at three 16 MB semi-spaces', () => {
    const started: WorkerOptions[] = [];
    const previous = process.env.EGRESS_LINT_WORKER_HEAP_MB;
    process.env.EGRESS_LINT_WORKER_HEAP_MB = '700';
    try {
      new WorkerThreads(recordingWorker(started), new URL('file:///worker.js'), 3).close();
    } finally {
      if (previous === undefined) delete process.env.EGRESS_LINT_WORKER_HEAP_MB;
      else process.env.EGRESS_LINT_WORKER_HEAP_MB = previous;
    }
    expect(started.map((o) => o.resourceLimits)).toEqual(
      Array(3).fill({ maxOldGenerationSizeMb: 700, maxYoungGenerationSizeMb: 48 }),
    );
  });
});
