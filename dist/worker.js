import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ParseCache,
  WORKER_READY,
  lintUnit,
  prepareAnalyzers
} from "./chunks/chunk-HFRKSX3D.js";
import "./chunks/chunk-ZZNDUP2M.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-TWMX3HIC.js";
import "./chunks/chunk-SKFURVZO.js";
import "./chunks/chunk-WS36HY2L.js";
import "./chunks/chunk-VQBV6BF5.js";
import "./chunks/chunk-DW7IFL6K.js";
import "./chunks/chunk-LJAGTFCK.js";
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
