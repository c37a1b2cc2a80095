import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  lineIndex
} from "./chunk-LJAGTFCK.js";
import {
  ConfigError
} from "./chunk-G4RFJCIO.js";
import {
  require_dist
} from "./chunk-QUNNNYKS.js";
import {
  __toESM
} from "./chunk-PYUYWIVF.js";

// src/config/yaml-config.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function parseYamlConfig(text, file) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, column } = lineIndex(text).position(problem.pos[0]);
    throw new ConfigError(
      file,
      "",
      `line ${line}, column ${column}: invalid YAML: ${problem.message.split("\n")[0]}`
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ConfigError(file, "", `invalid YAML: ${error.message}`);
  }
}
export {
  parseYamlConfig
};
