import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ParseCache,
  WORKER_READY,
  lintUnit,
  prepareAnalyzers
} from "./chunks/chunk-Q7Y4COVN.js";
import "./chunks/chunk-TH3BHPG6.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-XYHE3D46.js";
import "./chunks/chunk-B3NDA26W.js";
import "./chunks/chunk-4PXIAXOE.js";
import "./chunks/chunk-7EVMNQA2.js";
import "./chunks/chunk-NCDDVUK7.js";
import "./chunks/chunk-QUNNNYKS.js";
import "./chunks/chunk-PYUYWIVF.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var context = workerData;
var port = parentPort;
if (!port) throw new Error("egress-lint worker: not started as a worker thread");
await prepareAnalyzers(context.allPaths);
var parseCache = new ParseCache(context.sharedPaths);
port.on("message", (unit) => port.postMessage(lintUnit(unit, context, parseCache)));
port.postMessage(WORKER_READY);
