import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  applyCloudConfig
} from "./chunk-HVEUWTOQ.js";
import "./chunk-DW7IFL6K.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-QUNNNYKS.js";
import "./chunk-PYUYWIVF.js";
export {
  applyCloudConfig
};
