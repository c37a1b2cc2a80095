// A worker thread of the pool (src/engine/pool.ts): lints the units it is sent, one at a time, and posts back
// each unit's results. Bundled as dist/worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareAnalyzers } from './analyzers.ts';
import { ParseCache } from '../formats/terraform/parse-cache.ts';
import { lintUnit, WORKER_READY, type UnitContext, type WorkUnit } from './pool.ts';

const context = workerData as UnitContext;
const port = parentPort;
if (!port) throw new Error('egress-lint worker: not started as a worker thread');
// Units sent meanwhile wait in the port's queue until the listener is attached.
await prepareAnalyzers(context.allPaths);
const parseCache = new ParseCache(context.sharedPaths);
// One unit at a time, answered in the order they came (lintUnit may wait for a format's code to load).
let previous = Promise.resolve();
port.on('message', (unit: WorkUnit) => {
  previous = previous.then(async () => port.postMessage(await lintUnit(unit, context, parseCache)));
});
port.postMessage(WORKER_READY);
