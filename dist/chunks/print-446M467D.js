import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  optionValues
} from "./chunk-Q6A7QMFS.js";
import "./chunk-G4RFJCIO.js";
import "./chunk-KMWAGXRE.js";
import {
  require_dist
} from "./chunk-QUNNNYKS.js";
import {
  __toESM
} from "./chunk-PYUYWIVF.js";

// src/config/print.ts
var import_yaml = __toESM(require_dist(), 1);
function printConfig(config, options) {
  const flags = Object.entries(options.cliLevels).map(
    ([id, level]) => level === "default" ? `--rule ${id}` : `--rule ${id}:${level}`
  );
  const header = [
    `# The configuration egress-lint applies to ${options.file}`,
    `# from ${options.source}${flags.length ? `, with ${flags.join(" ")}` : ""}; matching overrides merged into rules.`
  ];
  for (const rule of options.rules) {
    if (config.rules[rule.meta.id] === void 0)
      header.push(
        `# ${rule.meta.id} (${rule.meta.name}) not set: the rule's own level (${rule.meta.defaultLevel}, or lower where its docs say)`
      );
  }
  const data = {
    ...optionValues(config),
    rules: config.rules,
    ignore: config.ignore,
    requireReason: config.requireReason,
    ignoreResources: config.ignoreResources,
    maxFileSize: config.maxFileSize
  };
  return `${header.join("\n")}
${(0, import_yaml.stringify)(data)}`;
}
export {
  printConfig
};
