import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  applyCloudConfig
} from "./chunk-G2B23JSV.js";
import "./chunk-EXBYFIKN.js";
import "./chunk-7EVMNQA2.js";
import "./chunk-QUNNNYKS.js";
import "./chunk-PYUYWIVF.js";
export {
  applyCloudConfig
};
