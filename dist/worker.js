import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ParseCache,
  lintUnit,
  prepareAnalyzers
} from "./chunks/chunk-W66YFLUQ.js";
import "./chunks/chunk-SW23I7OF.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-WQ3V4MC5.js";
import "./chunks/chunk-3MEYVXHN.js";
import "./chunks/chunk-XIHJQMOG.js";
import "./chunks/chunk-IKI4DFTC.js";
import "./chunks/chunk-7EVMNQA2.js";
import "./chunks/chunk-PTEOTOEV.js";
import "./chunks/chunk-PYUYWIVF.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var context = workerData;
var port = parentPort;
if (!port) throw new Error("egress-lint worker: not started as a worker thread");
await prepareAnalyzers(context.allPaths);
var parseCache = new ParseCache(context.sharedPaths);
port.on("message", (unit) => port.postMessage(lintUnit(unit, context, parseCache)));
