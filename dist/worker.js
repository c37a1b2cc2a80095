import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ParseCache,
  WORKER_READY,
  lintUnit,
  prepareAnalyzers
} from "./chunks/chunk-WMPVGGPG.js";
import "./chunks/chunk-ZZNDUP2M.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-X3BTLHKX.js";
import "./chunks/chunk-PB7EIP5M.js";
import "./chunks/chunk-A4PSLQJH.js";
import "./chunks/chunk-VQBV6BF5.js";
import "./chunks/chunk-EXBYFIKN.js";
import "./chunks/chunk-7EVMNQA2.js";
import "./chunks/chunk-QUNNNYKS.js";
import "./chunks/chunk-PYUYWIVF.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var context = workerData;
var port = parentPort;
if (!port) throw new Error("egress-lint worker: not started as a worker thread");
await prepareAnalyzers(context.allPaths);
var parseCache = new ParseCache(context.sharedPaths);
var previous = Promise.resolve();
port.on("message", (unit) => {
  previous = previous.then(async () => port.postMessage(await lintUnit(unit, context, parseCache)));
});
port.postMessage(WORKER_READY);
