import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  lintUnit
} from "./chunks/chunk-WFQP7O77.js";
import "./chunks/chunk-HPGPHMQJ.js";
import "./chunks/chunk-PYUYWIVF.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var context = workerData;
var port = parentPort;
if (!port) throw new Error("egress-lint worker: not started as a worker thread");
port.on("message", (unit) => port.postMessage(lintUnit(unit, context)));
