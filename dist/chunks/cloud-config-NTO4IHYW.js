import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  applyCloudConfig
} from "./chunk-QLNOTHSP.js";
import "./chunk-TS73Y5QE.js";
import "./chunk-ZREOZPZI.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-QUNNNYKS.js";
import "./chunk-IVA2APYO.js";
import "./chunk-PYUYWIVF.js";
export {
  applyCloudConfig
};
