import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ParseCache,
  WORKER_READY,
  lintUnit,
  prepareAnalyzers
} from "./chunks/chunk-7H3Y477I.js";
import "./chunks/chunk-BJPNVDV7.js";
import "./chunks/chunk-P7BEVBJK.js";
import "./chunks/chunk-Q6A7QMFS.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-VIR7XOEU.js";
import "./chunks/chunk-W243PUGB.js";
import "./chunks/chunk-UICDTHOH.js";
import "./chunks/chunk-74MVGXTX.js";
import "./chunks/chunk-4OO2E52U.js";
import "./chunks/chunk-V55TISQB.js";
import "./chunks/chunk-EPPF2XIK.js";
import "./chunks/chunk-G3BGQXE4.js";
import "./chunks/chunk-KMWAGXRE.js";
import "./chunks/chunk-ZREOZPZI.js";
import "./chunks/chunk-LJAGTFCK.js";
import "./chunks/chunk-QUNNNYKS.js";
import "./chunks/chunk-IVA2APYO.js";
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
