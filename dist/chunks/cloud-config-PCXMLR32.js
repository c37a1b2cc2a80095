import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  applyCloudConfig
} from "./chunk-QV7R22LH.js";
import "./chunk-PRMEKMHX.js";
import "./chunk-7EVMNQA2.js";
import "./chunk-QUNNNYKS.js";
import "./chunk-PYUYWIVF.js";
export {
  applyCloudConfig
};
