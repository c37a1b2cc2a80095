// A worker thread of the pool (src/engine/pool.ts): reads the files and lints the units it is sent, one request at
// a time, and answers each in the order it came. Bundled as dist/worker.js.
import { parentPort } from 'node:worker_threads';
import { prepareAnalyzers } from './analyzers.ts';
import type { LintOptions } from './lint.ts';
import { lintUnit } from './lint-unit.ts';
import { surveyFile, threadOptions } from './plan.ts';
import type { UnitContext } from './units.ts';
import { transferable, WORKER_READY, type WorkerRequest } from './workers.ts';

const port = parentPort;
if (!port) throw new Error('egress-lint worker: not started as a worker thread');
let context: UnitContext | undefined;
let thread: Partial<LintOptions> = {};
// In order (lintUnit may wait for a format's code to load); requests sent meanwhile wait in the port's queue.
let previous = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  previous = previous.then(async () => {
    if (request.kind === 'context') {
      context = request.context;
      await prepareAnalyzers(context.allPaths);
      thread = threadOptions(context.sharedPaths);
    } else if (request.kind === 'survey') {
      const files = request.refs.map((ref) => surveyFile(ref, request.maxFileSize));
      port.postMessage(files, transferable(files.flatMap((f) => (f.read ? [f.read] : []))));
    } else {
      if (!context) throw new Error('egress-lint worker: a unit came before its context');
      port.postMessage(await lintUnit(request.unit, context, thread, new Map(request.read)));
    }
  });
});
port.postMessage(WORKER_READY);
