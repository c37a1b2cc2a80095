import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  WORKER_READY,
  lintUnit,
  prepareAnalyzers,
  surveyFile,
  threadOptions,
  transferable
} from "./chunks/chunk-DKMHDMLM.js";
import "./chunks/chunk-BJPNVDV7.js";
import "./chunks/chunk-CG5TN7BF.js";
import "./chunks/chunk-Q6A7QMFS.js";
import "./chunks/chunk-G4RFJCIO.js";
import "./chunks/chunk-BLP3NVC5.js";
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
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("egress-lint worker: not started as a worker thread");
var context;
var thread = {};
var previous = Promise.resolve();
port.on("message", (request) => {
  previous = previous.then(async () => {
    if (request.kind === "context") {
      context = request.context;
      await prepareAnalyzers(context.allPaths);
      thread = threadOptions(context.sharedPaths);
    } else if (request.kind === "survey") {
      const files = request.refs.map((ref) => surveyFile(ref, request.maxFileSize));
      port.postMessage(files, transferable(files.flatMap((f) => f.read ? [f.read] : [])));
    } else {
      if (!context) throw new Error("egress-lint worker: a unit came before its context");
      port.postMessage(await lintUnit(request.unit, context, thread, new Map(request.read)));
    }
  });
});
port.postMessage(WORKER_READY);
