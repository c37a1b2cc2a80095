import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  LEVEL_WORDS_TEXT,
  levelFromWord
} from "./chunk-IWQBHVWH.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var FORMATS = ["stylish", "json", "sarif", "github", "junit", "gitlab"];
var FAIL_LEVELS = ["error", "warning", "note", "none"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  var: { type: "string", multiple: true },
  "var-file": { type: "string", multiple: true },
  parameter: { type: "string", multiple: true },
  "fail-level": { type: "string" },
  "max-warnings": { type: "string" },
  "max-file-size": { type: "string" },
  jobs: { type: "string", short: "j" },
  quiet: { type: "boolean", short: "q" },
  rule: { type: "string", multiple: true },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  baseline: { type: "string" },
  "baseline-create": { type: "string" },
  "print-config": { type: "string" },
  "no-ignore": { type: "boolean" },
  "pass-on-no-files": { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function usageFromParseError(error) {
  const named = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`unknown option '${named}'`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(
        /argument missing/.test(error.message) ? `option '${named}' needs a value` : `option '${named}' does not take a value`
      );
    default:
      return new UsageError(error.message.split("\n")[0]);
  }
}
function oneOf(option, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`invalid value '${value}' for --${option} (expected ${allowed.join(", ")})`);
}
function assignments(option, values = []) {
  const out = {};
  for (const pair of values) {
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    if (eq <= 0 || name === "")
      throw new UsageError(`invalid value '${pair}' for --${option} (expected NAME=VALUE)`);
    out[name] = pair.slice(eq + 1);
  }
  return out;
}
function ruleLevels(values = []) {
  const out = {};
  for (const value of values) {
    const m = /^([A-Za-z]+\d+)(?::(.*))?$/.exec(value.trim());
    if (!m)
      throw new UsageError(`invalid value '${value}' for --rule (expected ID or ID:level, e.g. EGR002:off)`);
    const level = m[2] === void 0 ? "default" : levelFromWord(m[2].trim().toLowerCase());
    if (!level) throw new UsageError(`invalid value '${m[2]}' for --rule (expected ${LEVEL_WORDS_TEXT})`);
    out[m[1].toUpperCase()] = level;
  }
  return out;
}
function wholeNumber(option, value, min) {
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`invalid value '${value}' for --${option} (expected a whole number >= ${min})`);
  }
  return n;
}
var SIZE_UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function byteSize(value) {
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = m ? Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(
      `invalid value '${value}' for --max-file-size (expected bytes, e.g. 20000000 or 20m)`
    );
  }
  return bytes;
}
function joinNegativeValues(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--max-warnings" && /^-\d+$/.test(argv[i + 1] ?? ""))
      out.push(`--max-warnings=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options: OPTIONS,
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw usageFromParseError(error);
  }
  const v = parsed.values;
  if (v.color && v["no-color"]) throw new UsageError("--color and --no-color cannot be used together");
  if (v.baseline && v["baseline-create"])
    throw new UsageError("--baseline and --baseline-create cannot be used together");
  const maxWarnings = v["max-warnings"] === void 0 ? void 0 : wholeNumber("max-warnings", v["max-warnings"], -1);
  return {
    paths: parsed.positionals.length ? parsed.positionals : ["."],
    format: v.format === void 0 ? "stylish" : oneOf("format", v.format, FORMATS),
    output: v.output,
    config: v.config,
    vars: assignments("var", v.var),
    varFiles: v["var-file"] ?? [],
    parameters: assignments("parameter", v.parameter),
    failLevel: v["fail-level"] === void 0 ? "error" : oneOf("fail-level", v["fail-level"], FAIL_LEVELS),
    // ESLint's -1 means "no limit".
    maxWarnings: maxWarnings === -1 ? void 0 : maxWarnings,
    quiet: v.quiet ?? false,
    ruleLevels: ruleLevels(v.rule),
    color: v.color ? true : v["no-color"] ? false : void 0,
    maxFileSize: v["max-file-size"] === void 0 ? void 0 : byteSize(v["max-file-size"]),
    jobs: v.jobs === void 0 ? void 0 : wholeNumber("jobs", v.jobs, 1),
    baseline: v.baseline,
    baselineCreate: v["baseline-create"],
    printConfig: v["print-config"],
    noIgnore: v["no-ignore"] ?? false,
    passOnNoFiles: v["pass-on-no-files"] ?? false,
    help: v.help ?? false,
    version: v.version ?? false
  };
}
function colorEnabled(flag, env, toTerminal) {
  if (flag !== void 0) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return toTerminal;
}

// src/cli/package-info.ts
import { readFileSync } from "node:fs";
function readPackageJson() {
  return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
}
var bundled = true;
var pkg = bundled ? { version: "0.1.0", homepage: "https://github.com/egress-lint/egress-lint" } : readPackageJson();
var VERSION = pkg.version;
var HOMEPAGE = pkg.homepage ?? "https://github.com/egress-lint/egress-lint";

export {
  UsageError,
  parseCliArgs,
  colorEnabled,
  VERSION,
  HOMEPAGE
};
