import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ParseCache,
  lintUnit,
  prepareAnalyzers
} from "./chunks/chunk-VPWFLZJ5.js";
import "./chunks/chunk-KXZBHLR2.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-HEPJGZNP.js";
import "./chunks/chunk-7EVMNQA2.js";
import "./chunks/chunk-OYDGSS33.js";
import "./chunks/chunk-PYUYWIVF.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var context = workerData;
var port = parentPort;
if (!port) throw new Error("egress-lint worker: not started as a worker thread");
await prepareAnalyzers(context.allPaths);
var parseCache = new ParseCache(context.sharedPaths);
port.on("message", (unit) => port.postMessage(lintUnit(unit, context, parseCache)));
