import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  HOMEPAGE,
  UsageError,
  VERSION,
  colorEnabled
} from "./chunk-QF2VCJFJ.js";
import {
  MissingPathError,
  ResultMerger,
  WorkerThreads,
  applyBaseline,
  configGlobMatcher,
  createBaseline,
  detachedCopy,
  diskProject,
  effectiveConfigFor,
  failedUnit,
  findFiles,
  foundFile,
  inCanonicalOrder,
  lintFiles,
  lintUnit,
  loadBaseline,
  planUnits,
  prepareAnalyzers,
  prepareForContent,
  readFiles,
  readSourceBytes,
  readSourceText,
  rebaseOverrides,
  scanRoot,
  serializeBaseline,
  surveyFile,
  threadOptions,
  threadsFor,
  transferable,
  workerScript
} from "./chunk-DKMHDMLM.js";
import "./chunk-BJPNVDV7.js";
import "./chunk-IWQBHVWH.js";
import {
  DEFAULT_CONFIG,
  allConfigs,
  configOf,
  rules
} from "./chunk-CG5TN7BF.js";
import "./chunk-Q6A7QMFS.js";
import {
  ConfigError
} from "./chunk-G4RFJCIO.js";
import "./chunk-BLP3NVC5.js";
import "./chunk-W243PUGB.js";
import {
  compareText
} from "./chunk-UICDTHOH.js";
import "./chunk-74MVGXTX.js";
import "./chunk-4OO2E52U.js";
import "./chunk-V55TISQB.js";
import "./chunk-EPPF2XIK.js";
import "./chunk-G3BGQXE4.js";
import {
  parseCidr
} from "./chunk-KMWAGXRE.js";
import {
  parseJson
} from "./chunk-ZREOZPZI.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-QUNNNYKS.js";
import {
  toPlain
} from "./chunk-IVA2APYO.js";
import "./chunk-PYUYWIVF.js";

// src/cli/execute.ts
import { resolve as resolve4 } from "node:path";

// src/config/load.ts
import { existsSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
var CONFIG_FILE_NAMES = [".egress-lint.yml", ".egress-lint.yaml", ".egress-lint.json"];
var MAX_CONFIG_BYTES = 1024 * 1024;
function configIn(dir) {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(dir, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return void 0;
}
function findConfig(startDir, stopDir) {
  const stop = resolve(stopDir);
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    const file = configIn(dir);
    if (file) return file;
    if (dir === stop || dirname(dir) === dir) return void 0;
  }
}
function rejectDuplicateKeys(node, file) {
  if (node.type === "array") node.items.forEach((item) => rejectDuplicateKeys(item, file));
  if (node.type !== "object") return;
  const seen = /* @__PURE__ */ new Set();
  for (const entry of node.entries) {
    if (seen.has(entry.key)) {
      throw new ConfigError(
        file,
        "",
        `line ${entry.keyLoc.line}, column ${entry.keyLoc.column}: invalid JSON: duplicate key "${entry.key}"`
      );
    }
    seen.add(entry.key);
    rejectDuplicateKeys(entry.value, file);
  }
}
function parseJsonConfig(text, file) {
  const parsed = parseJson(text);
  const problem = parsed.errors[0];
  if (problem || !parsed.root) {
    const where2 = problem ? `line ${problem.line}, column ${problem.column}: ` : "";
    throw new ConfigError(file, "", `${where2}${problem?.message ?? "invalid JSON: empty file"}`);
  }
  rejectDuplicateKeys(parsed.root, file);
  return toPlain(parsed.root);
}
async function loadConfig(file) {
  const path = resolve(file);
  const read = readSourceText(path, MAX_CONFIG_BYTES, "");
  if (!read.ok) throw new ConfigError(path, "", read.message);
  const text = read.text;
  const data = extname(path) === ".json" ? parseJsonConfig(text, path) : (await import("./yaml-config-NHNTZL4G.js")).parseYamlConfig(text, path);
  const { validateConfig } = await import("./validate-SZQLZTRM.js");
  return validateConfig(data ?? {}, path);
}

// src/engine/run.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname2, join as join2, posix, relative, resolve as resolve2, sep } from "node:path";

// src/engine/v8-flags.ts
import { setFlagsFromString } from "node:v8";
function tiersUpThroughMaglev(nodeVersion) {
  return Number(nodeVersion.split(".")[0]) >= 22;
}
function tuneV8ForLinting(nodeVersion = process.versions.node) {
  if (tiersUpThroughMaglev(nodeVersion)) return false;
  setFlagsFromString("--no-turbo-inlining");
  return true;
}
function workerTuningFlags(nodeVersion = process.versions.node) {
  return tiersUpThroughMaglev(nodeVersion) ? "--invocation-count-for-maglev=2000 --invocation-count-for-turbofan=15000" : "--interrupt-budget=400000";
}
function tuneV8ForWorkers() {
  setFlagsFromString(workerTuningFlags());
}
function boundHeapGrowth() {
  setFlagsFromString("--heap-growing-percent=50");
}

// src/engine/pool.ts
var POOL_MIN_FILES = 200;
var POOL_MIN_BYTES = 2 * 1024 * 1024;
var WORKER_MIN_FILES = 8e3;
var BOUNDED_HEAP_MIN_FILES = 2e4;
var KEEP_READ_BYTES = 64 * 1024 * 1024;
var SURVEY_CHUNK = 128;
function forced() {
  return process.env.EGRESS_LINT_POOL === "force";
}
async function lintScan(found, options) {
  await prepareAnalyzers(found.files.map((f) => f.path));
  const force = forced();
  const before = [...found.diagnostics, ...options.diagnostics];
  if (!force && found.files.length < (options.minFiles ?? POOL_MIN_FILES)) {
    const { files, diagnostics } = readFiles(found.files, options.maxFileSize, before);
    return inCanonicalOrder(await lintAtOnce(found.root, files, diagnostics, options));
  }
  const threads = threadsFor(options.jobs);
  const many = force || found.files.length >= (options.workerMinFiles ?? WORKER_MIN_FILES);
  if (found.files.length >= BOUNDED_HEAP_MIN_FILES) boundHeapGrowth();
  const script = threads > 1 && many ? workerScript() : void 0;
  if (script) tuneV8ForWorkers();
  const workers = script ? new WorkerThreads((await import("node:worker_threads")).Worker, script, threads - 1) : void 0;
  try {
    const surveyed = await survey(found.files, options.maxFileSize, workers);
    const plan = planUnits(surveyed, { jobs: threads, unitBytes: force ? 1 : void 0 });
    if (!force && plan.bytes < (options.minBytes ?? POOL_MIN_BYTES)) {
      const files = [];
      const diagnostics = before;
      for (const file of surveyed) {
        const read2 = foundFile(file.ref, file.read ?? readSourceBytes(file.ref.absPath, options.maxFileSize));
        if ("text" in read2) files.push(read2);
        else diagnostics.push(read2);
      }
      return inCanonicalOrder(await lintAtOnce(found.root, files, diagnostics, options));
    }
    const context = {
      root: found.root,
      maxFileSize: options.maxFileSize,
      allPaths: found.files.map((f) => f.path),
      sharedPaths: plan.shared,
      lint: { ...options.lint, ...plan.lint },
      keepFirewalls: options.keepFirewalls ?? true
    };
    const merge = new ResultMerger(before);
    const read = /* @__PURE__ */ new Map();
    for (const file of surveyed) if (file.read) read.set(file.ref.path, file.read);
    await lintUnits(plan, context, read, merge, workers);
    return inCanonicalOrder(merge.result());
  } finally {
    workers?.close();
  }
}
async function lintAtOnce(root, files, diagnostics, options) {
  const project = diskProject(root, files, options.maxFileSize);
  await prepareForContent(files, project);
  return lintFiles(files, { ...options.lint, project, diagnostics });
}
var TaskQueue = class {
  constructor(tasks) {
    this.tasks = tasks;
  }
  tasks;
  next = 0;
  /** Tasks of a worker that could not do them, taken first. */
  returned = [];
  take() {
    return this.returned.pop() ?? (this.next < this.tasks.length ? this.tasks[this.next++] : void 0);
  }
  giveBack(tasks) {
    this.returned.push(...tasks);
  }
  empty() {
    return this.returned.length === 0 && this.next >= this.tasks.length;
  }
};
async function share(queue, phase, workers, here, readyOnly = false) {
  const running = workers?.run(
    { ...phase, take: () => queue.take(), giveBack: (t) => queue.giveBack(t) },
    readyOnly
  );
  do {
    for (let task = queue.take(); task !== void 0; task = queue.take()) {
      await here(task);
      if (running) await new Promise((resume) => setImmediate(resume));
    }
    await running;
  } while (!queue.empty());
}
async function survey(refs, maxFileSize, workers) {
  const surveyed = new Array(refs.length);
  let kept = 0;
  const place = (start, files) => {
    for (const [i, file] of files.entries()) {
      if (file.read?.ok && (kept += file.read.bytes.length) > KEEP_READ_BYTES) file.read = void 0;
      surveyed[start + i] = file;
    }
  };
  const chunkOf = (start) => refs.slice(start, start + SURVEY_CHUNK);
  const here = (start) => place(
    start,
    chunkOf(start).map((ref) => surveyFile(ref, maxFileSize))
  );
  const chunks = [];
  for (let start = 0; start < refs.length; start += SURVEY_CHUNK) chunks.push(start);
  await share(
    new TaskQueue(chunks),
    {
      request: (start) => ({ message: { kind: "survey", refs: chunkOf(start), maxFileSize }, transfer: [] }),
      done: (start, reply) => place(start, reply),
      // Reading is not what kills a worker; the chunk is read here instead.
      lost: here
    },
    workers,
    here,
    true
    // reading is quick: this thread starts, the workers join once they are up
  );
  return surveyed;
}
async function lintUnits(plan, context, read, merge, workers) {
  const shared = new Set(plan.shared);
  workers?.broadcast({ kind: "context", context });
  const thread = threadOptions(plan.shared);
  const release = (unit) => {
    for (const ref of unit.owned) if (!shared.has(ref.path)) read.delete(ref.path);
  };
  await share(
    new TaskQueue(plan.units),
    {
      request: (unit) => {
        const entries = [];
        const moved = [];
        for (const ref of [...unit.owned, ...unit.context]) {
          const outcome = read.get(ref.path);
          if (!outcome) continue;
          entries.push([ref.path, outcome]);
          if (!shared.has(ref.path)) moved.push(outcome);
        }
        release(unit);
        return { message: { kind: "unit", unit, read: entries }, transfer: transferable(moved) };
      },
      done: (_unit, reply) => merge.add(reply),
      lost: (unit, error) => merge.add(failedUnit(unit, error, "a worker thread stopped while analysing it"))
    },
    workers,
    async (unit) => {
      merge.add(detachedCopy(await lintUnit(unit, context, thread, read)));
      release(unit);
    }
  );
}

// src/engine/run.ts
async function runLint(options) {
  const cwd = resolve2(options.cwd);
  const paths = options.paths.length ? options.paths : ["."];
  const root = scanRoot(paths, cwd);
  const cliLevels = options.ruleLevels ?? {};
  const loader = new ConfigLoader(root, cliLevels);
  const fallback = options.configPath ? await loader.load(resolve2(cwd, options.configPath)) : withCliRuleLevels(DEFAULT_CONFIG, cliLevels);
  const found = findFiles(paths, {
    cwd,
    ignore: [],
    maxFileSize: fallback.maxFileSize,
    noIgnore: options.noIgnore
  });
  const configs = { byDir: {}, fallback };
  if (!options.configPath) {
    for (const dir of new Set(found.files.map((f) => posix.dirname(f.path)))) {
      await loader.addNearest(configs, dir === "." ? "" : dir);
    }
  }
  const named = namedPaths(paths, cwd, root);
  const ignoredByConfig = configIgnoreFilter(configs, named, root);
  found.files = found.files.filter((f) => !ignoredByConfig(f.path));
  const first = resolve2(cwd, paths[0]);
  const probe = toSlashes(relative(root, statSync2(first).isDirectory() ? join2(first, "_") : first));
  if (!options.configPath) await loader.addNearest(configs, posix.dirname(probe).replace(/^\.$/, ""));
  const maxFileSize = options.maxFileSize ?? configOf(configs, probe).maxFileSize;
  const varFiles = readVarFiles(options.varFiles ?? [], cwd, found.root, maxFileSize);
  const ruleLevels = {};
  for (const [id, level] of Object.entries(cliLevels)) if (level !== "default") ruleLevels[id] = level;
  const result = await lintScan(found, {
    jobs: options.rules ? 1 : options.jobs ?? availableParallelism(),
    maxFileSize,
    lint: {
      configs,
      terraformVars: options.vars ?? {},
      terraformVarFiles: varFiles.files,
      cfnParameters: options.parameters ?? {},
      ruleLevels,
      baseline: options.baseline,
      rules: options.rules
    },
    diagnostics: varFiles.diagnostics,
    keepFirewalls: options.keepFirewalls
  });
  const notices = unmatchedInputs(result, options, configs, found.root);
  if (found.gitIgnored > 0)
    notices.unshift(
      `skipped ${found.gitIgnored} git-ignored file${found.gitIgnored === 1 ? "" : "s"} of the kinds egress-lint reads (.tf, .tfvars, .json, .yaml, .yml, .template, .sh, .bash, .rules, .v4, .v6, .j2); --no-ignore scans them`
    );
  const linted = result.stats.filesScanned - result.stats.filesSkipped;
  return {
    result,
    root: found.root,
    configs,
    notices,
    // Warnings (a symbolic link loop) do not make a scan that linted nothing a pass; errors exit 2 anyway.
    nothingLinted: linted === 0
  };
}
async function configForFile(file, cwd, configPath, ruleLevels = {}) {
  const root = scanRoot([file], cwd);
  const abs = resolve2(cwd, file);
  const relativePath = toSlashes(relative(root, abs));
  const loader = new ConfigLoader(root, ruleLevels);
  const configFile = configPath ? resolve2(cwd, configPath) : findConfig(statSync2(abs).isDirectory() ? abs : dirname2(abs), root);
  const config = configFile ? await loader.load(configFile) : withCliRuleLevels(DEFAULT_CONFIG, ruleLevels);
  const effective = effectiveConfigFor(config, relativePath);
  for (const [id, level] of Object.entries(ruleLevels)) if (level !== "default") effective.rules[id] = level;
  const source = !configFile ? "the defaults (no config file found)" : configPath ? `--config ${configPath}` : `${relative(cwd, configFile) || configFile} (the nearest config file)`;
  return { config: effective, source };
}
var ConfigLoader = class {
  constructor(root, cliLevels) {
    this.root = root;
    this.cliLevels = cliLevels;
  }
  root;
  cliLevels;
  loaded = /* @__PURE__ */ new Map();
  /**
   * Root-relative directory → the nearest config file at or above it (undefined: none), so each directory, parents
   * included, is looked in once: sibling directories share their parents' answer.
   */
  nearest = /* @__PURE__ */ new Map();
  load(file) {
    let config = this.loaded.get(file);
    if (!config) {
      config = loadConfig(file).then((c) => withCliRuleLevels(rebaseOverrides(c, this.root), this.cliLevels));
      this.loaded.set(file, config);
    }
    return config;
  }
  /** Adds the nearest config of a root-relative directory to the set, keyed by the directory that holds it. */
  async addNearest(set, dir) {
    const file = this.nearestFile(dir);
    if (file === void 0) return;
    const key = toSlashes(relative(this.root, dirname2(file)));
    set.byDir[key] ??= await this.load(file);
  }
  /** findConfig from a root-relative directory up to the root, memoised per directory on the way. */
  nearestFile(dir) {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const file = configIn(resolve2(this.root, dir)) ?? (dir === "" ? void 0 : this.nearestFile(parentOf(dir)));
    this.nearest.set(dir, file);
    return file;
  }
};
function parentOf(dir) {
  const parent = posix.dirname(dir);
  return parent === "." ? "" : parent;
}
function namedPaths(paths, cwd, root) {
  const named = { dirs: [], files: /* @__PURE__ */ new Set() };
  for (const p of paths) {
    const abs = resolve2(cwd, p);
    const rel = toSlashes(relative(root, abs));
    if (statSync2(abs).isDirectory()) named.dirs.push(rel);
    else named.files.add(rel);
  }
  return named;
}
function configIgnoreFilter(configs, named, root) {
  const matchers = /* @__PURE__ */ new Map();
  const matcherOf = (config) => {
    let matcher = matchers.get(config);
    if (!matcher) {
      matcher = configGlobMatcher(config.ignore, root, config.path ? dirname2(config.path) : void 0);
      matchers.set(config, matcher);
    }
    return matcher;
  };
  return (file) => {
    const config = configOf(configs, file);
    if (config.ignore.length === 0 || named.files.has(file)) return false;
    const ignored = matcherOf(config);
    const parts = file.split("/");
    const start = named.dirs.filter((d) => d === "" || file.startsWith(`${d}/`)).reduce((deepest, d) => Math.max(deepest, d === "" ? 0 : d.split("/").length), 0);
    for (let depth = start + 1; depth <= parts.length; depth++) {
      if (ignored(parts.slice(0, depth).join("/"), depth < parts.length)) return true;
    }
    return false;
  };
}
function withCliRuleLevels(config, levels) {
  const restored = Object.keys(levels).filter((id) => levels[id] === "default");
  if (restored.length === 0) return config;
  const without = (rules2) => Object.fromEntries(Object.entries(rules2).filter(([id]) => !restored.includes(id)));
  return {
    ...config,
    rules: without(config.rules),
    overrides: config.overrides.map((o) => ({ ...o, rules: without(o.rules) }))
  };
}
function unmatchedInputs(result, options, configs, root) {
  const used = new Set(result.inputsUsed ?? []);
  const notices = [];
  for (const name of Object.keys(options.vars ?? {}))
    if (!used.has(`var:${name}`))
      notices.push(`--var ${name} matches no variable declared in a scanned Terraform root module`);
  for (const name of Object.keys(options.parameters ?? {}))
    if (!used.has(`parameter:${name}`))
      notices.push(`--parameter ${name} matches no parameter of a scanned CloudFormation template`);
  for (const config of allConfigs(configs)) {
    const where2 = toSlashes(relative(root, config.path ?? ""));
    for (const entry of config.relays)
      if (!used.has(`relay:${config.path ?? ""}\0${entry}`))
        notices.push(
          `relay '${entry}' in ${where2} matches no security group, prefix list or destination in the scanned files`
        );
  }
  return notices;
}
function readVarFiles(paths, cwd, root, maxFileSize) {
  const files = [];
  const diagnostics = [];
  for (const given of paths) {
    const abs = resolve2(cwd, given);
    if (!existsSync2(abs)) throw new MissingPathError(given);
    const rel = relative(root, abs);
    const path = toSlashes(rel.startsWith("..") ? abs : rel);
    const outcome = readSourceText(abs, maxFileSize);
    if (outcome.ok) files.push({ path, absPath: abs, text: outcome.text });
    else
      diagnostics.push({
        level: "error",
        message: outcome.message,
        location: { file: path, line: outcome.line, column: outcome.column }
      });
  }
  return { files, diagnostics };
}
function toSlashes(path) {
  return path.split(sep).join("/");
}
var SEVERITY = { note: 0, warning: 1, error: 2 };
function outcomeOf(result, failLevel, maxWarnings) {
  const counts = { error: 0, warning: 0, note: 0 };
  const failed = /* @__PURE__ */ new Set();
  for (const finding2 of result.findings) if (!finding2.suppression) counts[finding2.level]++;
  for (const diagnostic2 of result.diagnostics) {
    if (diagnostic2.level === "error" && !diagnostic2.code) failed.add(diagnostic2.location.file);
    else counts[diagnostic2.level]++;
  }
  const failing = failLevel !== "none" && Object.keys(counts).some((l) => counts[l] > 0 && SEVERITY[l] >= SEVERITY[failLevel]);
  const tooManyWarnings = maxWarnings !== void 0 && counts.warning > maxWarnings;
  const exitCode = failed.size > 0 ? 2 : failing || tooManyWarnings ? 1 : 0;
  return {
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    failedFiles: failed.size,
    exitCode
  };
}

// src/reporters/text.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function isFileFailure(d) {
  return d.code === void 0;
}
function activeFindings(result) {
  return result.findings.filter((f) => !f.suppression);
}
function problemsOf(result) {
  const findings = activeFindings(result).map((f) => ({
    location: f.location,
    level: f.level,
    message: f.message,
    source: f.ruleId
  }));
  const diagnostics = result.diagnostics.map((d) => ({
    location: d.location,
    level: d.level,
    message: d.message,
    source: d.code
  }));
  return [...findings, ...diagnostics].sort(compareLocations);
}
function unresolvedCount(result) {
  return Math.max(result.stats.unresolved, result.unresolved.length);
}
function countProblems(result) {
  const counts = {
    errors: 0,
    warnings: 0,
    notes: 0,
    suppressed: 0,
    unresolved: unresolvedCount(result)
  };
  const add = (level) => {
    if (level === "error") counts.errors++;
    else if (level === "warning") counts.warnings++;
    else counts.notes++;
  };
  for (const finding2 of result.findings) {
    if (finding2.suppression) counts.suppressed++;
    else add(finding2.level);
  }
  for (const diagnostic2 of result.diagnostics) add(diagnostic2.level);
  return counts;
}
function problemTotal(counts) {
  return counts.errors + counts.warnings + counts.notes;
}
function summaryText(result, counts = countProblems(result), hiddenByQuiet = 0) {
  const total = problemTotal(counts);
  const levels = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.notes > 0) levels.push(plural(counts.notes, "note"));
  const parts = [total === 0 ? "No problems" : `${plural(total, "problem")} (${levels.join(", ")})`];
  if (hiddenByQuiet > 0) parts.push(`${hiddenByQuiet} hidden by --quiet`);
  if (counts.suppressed > 0) parts.push(`${counts.suppressed} suppressed`);
  if (counts.unresolved > 0) parts.push(plural(counts.unresolved, "unresolved value"));
  const scope = `${plural(result.stats.filesScanned, "file")}, ${plural(result.stats.firewalls, "firewall")}`;
  return `${parts.join(", ")} \xB7 ${scope}`;
}
function oneLine(text) {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
function clip(text, max) {
  const line = oneLine(text);
  if (line.length <= max) return line;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(line[cut - 1])) cut--;
  return `${line.slice(0, cut)}\u2026`;
}
function locationText(location2) {
  return `${location2.file}:${location2.line}`;
}
var UNRESOLVED_SAMPLE_SIZE = 5;
function unresolvedSample(result, max) {
  const sorted = [...result.unresolved].sort(compareLocations);
  const shown = sorted.slice(0, max);
  return { shown, more: unresolvedCount(result) - shown.length };
}
function compareLocations(a, b) {
  const fa = a.location.file;
  const fb = b.location.file;
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.location.line - b.location.line || a.location.column - b.location.column;
}
function markdownToPlainText(markdown) {
  return markdown.split("\n").filter((line) => !/^\s*```/.test(line)).join("\n").replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, "$1 ($2)").replace(/\*\*|__|`/g, "");
}

// src/reporters/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function annotationCommand(level) {
  return level === "note" ? "notice" : level;
}
function annotationLocation(l) {
  return { file: l.file, line: l.line, col: l.column, endLine: l.endLine, endColumn: l.endColumn };
}
function problemCommand(problem, names) {
  const { location: location2, level, message, source } = problem;
  if (source === void 0) {
    return workflowCommand(annotationCommand(level), { file: location2.file, line: location2.line }, message);
  }
  const name = names.get(source);
  const title = name ? `${source} ${name}` : source;
  return workflowCommand(annotationCommand(level), { ...annotationLocation(location2), title }, message);
}
function failuresFirst(problems) {
  return [
    ...problems.filter((p) => p.source === void 0),
    ...problems.filter((p) => p.source !== void 0)
  ];
}
function toGithub(result, options = {}) {
  const names = new Map((options.rules ?? rules).map((r) => [r.meta.id, r.meta.name]));
  return failuresFirst(problemsOf(result)).map((p) => `${problemCommand(p, names)}
`).join("");
}

// src/reporters/gitlab.ts
import { createHash } from "node:crypto";
var SEVERITY2 = {
  error: "critical",
  warning: "minor",
  note: "info"
};
function toGitlabIssues(result) {
  const findings = activeFindings(result).map((f) => ({
    description: f.message,
    check_name: f.ruleId,
    fingerprint: f.fingerprint,
    severity: SEVERITY2[f.level],
    location: { path: f.location.file, lines: { begin: f.location.line } }
  }));
  const diagnostics = result.diagnostics.map((d) => ({
    description: d.message,
    check_name: d.code ?? "file-not-analysed",
    // Diagnostics have no fingerprint of their own: their place and text identify them.
    fingerprint: createHash("sha256").update(`${d.code ?? ""}\0${d.location.file}\0${d.location.line}\0${d.location.column}\0${d.message}`).digest("hex").slice(0, 32),
    severity: d.code === void 0 ? "major" : SEVERITY2[d.level],
    location: { path: d.location.file, lines: { begin: d.location.line } }
  }));
  return [...findings, ...diagnostics];
}
function toGitlab(result) {
  return `${JSON.stringify(toGitlabIssues(result), null, 2)}
`;
}

// src/reporters/json-writer.ts
var LazyArray = class {
  constructor(items, map) {
    this.items = items;
    this.map = map;
  }
  items;
  map;
  /** The items as an ordinary array: what the document holds when it is built whole (e.g. toSarifLog). */
  toJSON() {
    return Array.from(this.items, this.map);
  }
};
function lazyArray(items, map) {
  return new LazyArray(items, map);
}
var INDENT = "  ";
function stringifyAt(value, indent) {
  const text = JSON.stringify(value, null, 2);
  return text === void 0 || indent === "" ? text : text.replaceAll("\n", `
${indent}`);
}
function isPlainContainer(value) {
  return typeof value === "object" && value !== null && !(value instanceof LazyArray);
}
function writeValue(value, sink, indent) {
  if (value instanceof LazyArray) {
    const inner2 = indent + INDENT;
    let first2 = true;
    for (const item of value.items) {
      sink.write(`${first2 ? "[" : ","}
${inner2}${stringifyAt(value.map(item), inner2) ?? "null"}`);
      first2 = false;
    }
    sink.write(first2 ? "[]" : `
${indent}]`);
    return;
  }
  if (!isPlainContainer(value) || typeof value.toJSON === "function") {
    sink.write(stringifyAt(value, indent) ?? "null");
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return sink.write("[]");
    value.forEach((item, i) => {
      sink.write(`${i === 0 ? "[" : ","}
${inner}`);
      if (omitted(item)) sink.write("null");
      else writeValue(item, sink, inner);
    });
    sink.write(`
${indent}]`);
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    sink.write(`${first ? "{" : ","}
${inner}${JSON.stringify(key)}: `);
    writeValue(item, sink, inner);
    first = false;
  }
  sink.write(first ? "{}" : `
${indent}}`);
}
function omitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}
function writeJson(value, sink) {
  writeValue(value, sink, "");
  sink.write("\n");
}

// src/reporters/json.ts
var JSON_FORMAT_VERSION = 1;
function location(l) {
  const out = { file: l.file, line: l.line, column: l.column };
  if (l.endLine !== void 0) out.endLine = l.endLine;
  if (l.endColumn !== void 0) out.endColumn = l.endColumn;
  return out;
}
function related(o) {
  return { description: o.description, location: location(o.location) };
}
function suppression(s) {
  return {
    kind: s.kind,
    justification: s.justification,
    ...s.location && { location: location(s.location) }
  };
}
function finding(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    location: location(f.location),
    related: f.related.map(related),
    firewallId: f.firewallId,
    platform: f.platform,
    fingerprint: f.fingerprint,
    securitySeverity: f.securitySeverity,
    resource: location(f.resource),
    suppression: f.suppression ? suppression(f.suppression) : null
  };
}
function diagnostic(d) {
  return { level: d.level, code: d.code ?? null, message: d.message, location: location(d.location) };
}
function unresolved(u) {
  return { location: location(u.location), expression: u.expression, reason: u.reason };
}
function stats(result) {
  const counts = countProblems(result);
  return {
    filesScanned: result.stats.filesScanned,
    filesSkipped: result.stats.filesSkipped,
    firewalls: result.stats.firewalls,
    unresolved: unresolvedCount(result),
    errors: counts.errors,
    warnings: counts.warnings,
    notes: counts.notes,
    suppressed: counts.suppressed
  };
}
function writeJsonReport(result, sink) {
  const report = {
    version: JSON_FORMAT_VERSION,
    findings: lazyArray(result.findings, finding),
    diagnostics: lazyArray(result.diagnostics, diagnostic),
    unresolved: lazyArray(result.unresolved, unresolved),
    stats: stats(result)
  };
  writeJson(report, sink);
}

// src/reporters/junit.ts
var NOT_XML = (
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
function xmlText(text) {
  return text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttribute(text) {
  return xmlText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
function where(p) {
  return `${p.location.file}:${p.location.line}:${p.location.column}`;
}
function problemCase(p) {
  const fileFailure = p.source === void 0;
  const name = `${p.source ?? "not analysed"} ${where(p)}`;
  const tag = fileFailure ? "error" : "failure";
  const body = `${p.level}: ${p.message}
at ${where(p)}`;
  return {
    file: p.location.file,
    failed: !fileFailure,
    error: fileFailure,
    skipped: false,
    xml: `    <testcase name="${xmlAttribute(name)}" classname="${xmlAttribute(p.location.file)}">
      <${tag} type="${xmlAttribute(p.source ?? "file-not-analysed")}" message="${xmlAttribute(p.message)}">${xmlText(body)}</${tag}>
    </testcase>
`
  };
}
function suppressedCase(f) {
  const reason = `suppressed (${f.suppression.kind === "inSource" ? "in source" : "baseline or config"}): ${f.suppression.justification || "no reason given"}`;
  return {
    file: f.location.file,
    failed: false,
    error: false,
    skipped: true,
    xml: `    <testcase name="${xmlAttribute(`${f.ruleId} ${where(f)}`)}" classname="${xmlAttribute(f.location.file)}">
      <skipped message="${xmlAttribute(reason)}"/>
    </testcase>
`
  };
}
function toJunit(result) {
  const cases = [
    ...problemsOf(result).map(problemCase),
    ...result.findings.filter((f) => f.suppression).map(suppressedCase)
  ];
  const byFile = /* @__PURE__ */ new Map();
  for (const c of cases) byFile.set(c.file, [...byFile.get(c.file) ?? [], c]);
  const count = (list, key) => list.filter((c) => c[key]).length;
  const suites = [...byFile.keys()].sort(compareText).map((file) => {
    const list = byFile.get(file);
    return `  <testsuite name="${xmlAttribute(file)}" tests="${list.length}" failures="${count(list, "failed")}" errors="${count(list, "error")}" skipped="${count(list, "skipped")}">
${list.map((c) => c.xml).join("")}  </testsuite>
`;
  });
  if (activeFindings(result).length === 0 && !result.diagnostics.some(isFileFailure) && cases.length === 0) {
    const scanned = plural(result.stats.filesScanned - result.stats.filesSkipped, "file");
    suites.push(
      `  <testsuite name="egress-lint" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="${xmlAttribute(`no egress problems in ${scanned}`)}" classname="egress-lint"/>
  </testsuite>
`
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="egress-lint" tests="${cases.length || 1}" failures="${count(cases, "failed")}" errors="${count(cases, "error")}" skipped="${count(cases, "skipped")}">
${suites.join("")}</testsuites>
`;
}

// src/reporters/uri.ts
import { pathToFileURL } from "node:url";
function wellFormed(text) {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}
function relativeUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(wellFormed(segment))).join("/");
}
function ruleDocsUrl(informationUri, ruleId) {
  return `${informationUri.replace(/\/+$/, "")}/blob/main/docs/rules/${ruleId}.md`;
}
function directoryUri(absolutePath) {
  const href = pathToFileURL(wellFormed(absolutePath)).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// src/reporters/sarif.ts
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "egressLint/v1";
var UNRESOLVED_NOTIFICATION_CAP = 1e3;
var GITHUB_MAX_RESULTS = 25e3;
var GITHUB_SHOWN_RESULTS = 5e3;
var GITHUB_SHOWN_LOCATIONS = 100;
var NOTIFICATIONS = {
  "parse-error": "A file could not be read or parsed; the other files were still analysed.",
  "internal-error": "egress-lint failed internally while analysing a file.",
  unresolved: "A value could not be resolved statically and was not analysed (unknown is not open).",
  "results-capped": "More results than GitHub code scanning accepts or shows; the least severe were left out or may be hidden.",
  "unused-suppression": "A suppression that suppressed nothing.",
  "expired-suppression": "A suppression past its expiry date, which no longer suppresses.",
  "suppression-without-reason": "A suppression without a reason while requireReason is set; it does not suppress.",
  "invalid-suppression": "A malformed suppression (unknown rule id, bad date, stray words); it does not suppress."
};
var NOTIFICATION_IDS = Object.keys(NOTIFICATIONS);
function descriptorRef(id) {
  return { id, index: NOTIFICATION_IDS.indexOf(id) };
}
function isInternalError(d) {
  return isFileFailure(d) && /^internal error\b/.test(d.message);
}
function region(l) {
  const r = { startLine: Math.max(1, l.line) };
  if (l.column >= 1) r.startColumn = l.column;
  const endLine = l.endLine ?? r.startLine;
  if (l.endLine !== void 0 && l.endLine >= r.startLine) r.endLine = l.endLine;
  if (l.endColumn !== void 0 && l.endColumn >= 1 && (endLine > r.startLine || l.endColumn >= (r.startColumn ?? 1))) {
    r.endColumn = l.endColumn;
  }
  return r;
}
function sarifLocation(l, message, id) {
  return {
    ...id !== void 0 && { id },
    physicalLocation: {
      artifactLocation: { uri: relativeUri(l.file), uriBaseId: SRCROOT },
      region: region(l)
    },
    ...message !== void 0 && { message: { text: message } }
  };
}
function severityBand(score) {
  const n = Number(score);
  return n >= 9 ? "critical" : n >= 7 ? "high" : n >= 4 ? "medium" : "low";
}
function variantId(f, rule) {
  return rule && f.securitySeverity !== rule.meta.securitySeverity ? `${f.ruleId}/${severityBand(f.securitySeverity)}` : f.ruleId;
}
function ruleDescriptor(rule, informationUri, securitySeverity) {
  const { meta } = rule;
  return {
    id: securitySeverity === void 0 ? meta.id : `${meta.id}/${severityBand(securitySeverity)}`,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    help: { text: markdownToPlainText(meta.help), markdown: meta.help },
    helpUri: ruleDocsUrl(informationUri, meta.id),
    defaultConfiguration: { level: meta.defaultLevel },
    properties: {
      tags: [...meta.tags],
      precision: meta.precision,
      "security-severity": securitySeverity ?? meta.securitySeverity
    }
  };
}
function suppressionOf({ kind, justification, location: location2 }) {
  return {
    kind,
    ...justification && { justification },
    ...location2 && { location: sarifLocation(location2) }
  };
}
function messageText(text) {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}
function messageWithLinks(f, related2) {
  const text = messageText(f.message);
  if (related2.length === 0) return text;
  const links = related2.map((o, i) => `[${messageText(o.description)}](${i + 1})`).join(", ");
  const more = f.related.length > related2.length ? ` and ${f.related.length - related2.length} more` : "";
  return `${text} From: ${links}${more}.`;
}
function sarifResult(f, ruleId, index) {
  const related2 = f.related.slice(0, GITHUB_SHOWN_LOCATIONS - 1);
  return {
    ruleId,
    ...index !== void 0 && { ruleIndex: index },
    level: f.level,
    message: { text: messageWithLinks(f, related2) },
    locations: [sarifLocation(f.location)],
    ...related2.length > 0 && {
      relatedLocations: related2.map((o, i) => sarifLocation(o.location, o.description, i + 1))
    },
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { "security-severity": f.securitySeverity },
    ...f.suppression && { suppressions: [suppressionOf(f.suppression)] }
  };
}
function diagnosticNotification(d) {
  const id = d.code ?? (isInternalError(d) ? "internal-error" : "parse-error");
  return {
    level: d.level,
    message: { text: d.message },
    descriptor: descriptorRef(id),
    locations: [sarifLocation(d.location)]
  };
}
function unresolvedNotification(u) {
  return {
    level: "note",
    message: { text: `Not analysed: ${u.expression} could not be resolved statically (${u.reason}).` },
    descriptor: descriptorRef("unresolved"),
    locations: [sarifLocation(u.location)]
  };
}
function unresolvedNotifications(result) {
  const total = unresolvedCount(result);
  if (total === 0) return [];
  const listed = result.unresolved.slice(0, UNRESOLVED_NOTIFICATION_CAP);
  const rest = total > listed.length ? `; the first ${listed.length} are listed` : "";
  return [
    ...listed.map(unresolvedNotification),
    {
      level: "note",
      message: {
        text: `${plural(total, "value")} could not be resolved statically and ${total === 1 ? "was" : "were"} not analysed${rest}.`
      },
      descriptor: descriptorRef("unresolved")
    }
  ];
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function uploadable(result, options) {
  const candidates = options.suppressed === "drop" ? result.findings.filter((f) => !f.suppression) : result.findings;
  const cap = options.maxResults ?? GITHUB_MAX_RESULTS;
  const notifications = [];
  let findings = candidates;
  if (candidates.length > cap) {
    const order = new Map(candidates.map((f, i) => [f, i]));
    const kept = new Set(
      [...candidates].sort(
        (a, b) => Number(Boolean(a.suppression)) - Number(Boolean(b.suppression)) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || Number(b.securitySeverity) - Number(a.securitySeverity) || order.get(a) - order.get(b)
      ).slice(0, cap)
    );
    findings = candidates.filter((f) => kept.has(f));
    notifications.push({
      level: "warning",
      message: {
        text: `${plural(candidates.length - cap, "result")} left out: GitHub code scanning rejects a run with more than ${cap.toLocaleString("en-US")} results; the most severe were kept (the JSON report has all ${candidates.length.toLocaleString("en-US")}).`
      },
      descriptor: descriptorRef("results-capped")
    });
  }
  if (findings.length > GITHUB_SHOWN_RESULTS) {
    notifications.push({
      level: "note",
      message: {
        text: `${findings.length.toLocaleString("en-US")} results: GitHub code scanning shows only the ${GITHUB_SHOWN_RESULTS.toLocaleString("en-US")} most severe.`
      },
      descriptor: descriptorRef("results-capped")
    });
  }
  return { findings, notifications };
}
function sarifLogWith(result, options, results) {
  const rules2 = new Map(options.rules.map((r) => [r.meta.id, r]));
  const descriptors = options.rules.map((r) => ruleDescriptor(r, options.informationUri));
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const { findings, notifications } = uploadable(result, options);
  for (const f of findings) {
    const rule = rules2.get(f.ruleId);
    const id = variantId(f, rule);
    if (rule && !ruleIndex.has(id)) {
      ruleIndex.set(id, descriptors.length);
      descriptors.push(ruleDescriptor(rule, options.informationUri, f.securitySeverity));
    }
  }
  const resultOf = (f) => {
    const id = variantId(f, rules2.get(f.ruleId));
    return sarifResult(f, id, ruleIndex.get(id));
  };
  const run = {
    tool: {
      driver: {
        name: "egress-lint",
        version: options.toolVersion,
        informationUri: options.informationUri,
        rules: descriptors,
        notifications: NOTIFICATION_IDS.map((id) => ({ id, shortDescription: { text: NOTIFICATIONS[id] } }))
      }
    },
    invocations: [
      {
        executionSuccessful: !result.diagnostics.some(isInternalError),
        toolExecutionNotifications: [
          ...result.diagnostics.filter(isFileFailure).map(diagnosticNotification),
          ...unresolvedNotifications(result),
          ...notifications
        ],
        toolConfigurationNotifications: result.diagnostics.filter((d) => !isFileFailure(d)).map(diagnosticNotification)
      }
    ],
    ...options.srcRoot !== void 0 && {
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.srcRoot) } }
    },
    results: results(findings, resultOf),
    columnKind: "utf16CodeUnits"
  };
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}
function writeSarif(result, options, sink) {
  writeJson(
    sarifLogWith(result, options, (findings, resultOf) => lazyArray(findings, resultOf)),
    sink
  );
}

// src/reporters/stylish.ts
import { relative as relative2, resolve as resolve3 } from "node:path";

// src/reporters/ansi.ts
var STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
};
function painter(enabled) {
  if (!enabled) return (text) => text;
  return (text, ...styles) => styles.reduceRight(
    (inner, style) => `\x1B[${STYLES[style][0]}m${inner}\x1B[${STYLES[style][1]}m`,
    text
  );
}

// src/reporters/stylish.ts
var LEVEL_STYLE = { error: "red", warning: "yellow", note: "cyan" };
function fileBlock(rows, paint) {
  const cells = rows.map((r) => ({
    line: String(r.location.line),
    column: String(r.location.column),
    level: r.level,
    // ESLint drops a sentence's final period in this layout; so do we.
    message: oneLine(r.message).replace(/([^ ])\.$/, "$1"),
    source: r.source ?? "(parse)"
  }));
  const width = (pick) => Math.max(...cells.map((c) => pick(c).length));
  const lineWidth = width((c) => c.line);
  const columnWidth = width((c) => c.column);
  const levelWidth = width((c) => c.level);
  const messageWidth = width((c) => c.message);
  return cells.map((c) => {
    const position = paint(`${c.line.padStart(lineWidth)}:${c.column.padEnd(columnWidth)}`, "dim");
    const level = paint(c.level, LEVEL_STYLE[c.level]) + " ".repeat(levelWidth - c.level.length);
    return `  ${position}  ${level}  ${c.message.padEnd(messageWidth)}  ${paint(c.source, "dim")}`;
  });
}
function displayPath(file, options) {
  if (options.root === void 0) return file;
  const absolute = resolve3(options.root, file);
  return options.cwd === void 0 ? absolute : relative2(options.cwd, absolute);
}
function headingOf(path) {
  const line = oneLine(path);
  return line.startsWith("::") ? `./${line}` : line;
}
function unresolvedHint(result, options, paint) {
  const { shown, more } = unresolvedSample(result, UNRESOLVED_SAMPLE_SIZE);
  if (shown.length === 0 && more === 0) return [];
  const lines = [paint("Unresolved values (not analysed; unknown is never reported as open):", "dim")];
  for (const u of shown) {
    const where2 = locationText({ ...u.location, file: displayPath(u.location.file, options) });
    lines.push(`  ${oneLine(where2)} ${clip(u.expression, 80)} \u2014 ${oneLine(u.reason)}`);
  }
  if (more > 0) lines.push(paint(`  \u2026 ${more} more (--format json lists them all)`, "dim"));
  return lines;
}
function toStylish(result, options) {
  const paint = painter(options.color);
  const counts = countProblems(result);
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const row of problemsOf(result)) {
    const rows = byFile.get(row.location.file) ?? [];
    rows.push(row);
    byFile.set(row.location.file, rows);
  }
  for (const [file, rows] of byFile) {
    out.push("", paint(headingOf(displayPath(file, options)), "underline"), ...fileBlock(rows, paint));
  }
  const summary = summaryText(result, counts, options.hiddenByQuiet);
  if (problemTotal(counts) > 0) {
    out.push("", paint(`\u2716 ${summary}`, "bold", counts.errors > 0 ? "red" : "yellow"));
  } else if (options.failed === true) {
    out.push(paint(`\u2716 ${summary}`, "bold", "yellow"));
  } else {
    out.push(paint(`\u2714 ${summary}`, "bold", "green"));
  }
  out.push(...unresolvedHint(result, options, paint));
  return `${out.join("\n")}
`;
}

// src/reporters/report-file.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname as dirname3 } from "node:path";
var CHUNK = 64 * 1024;
function chunkedSink(out) {
  let parts = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    out(parts.join(""));
    parts = [];
    length = 0;
  };
  return {
    write(text) {
      parts.push(text);
      length += text.length;
      if (length >= CHUNK) flush();
    },
    end: flush
  };
}
function writeReportFile(file, write) {
  mkdirSync(dirname3(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    const sink = chunkedSink((chunk) => {
      const bytes = Buffer.from(chunk);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    });
    write(sink);
    sink.end();
  } finally {
    closeSync(fd);
  }
}

// src/reporters/mermaid.ts
var PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"].map(
  (c) => parseCidr(c)
);

// src/reporters/index.ts
function writeFormat(result, name, options, sink) {
  const rules2 = options.rules ?? rules;
  switch (name) {
    case "stylish":
      return sink.write(
        toStylish(result, {
          color: options.color,
          root: options.srcRoot,
          cwd: options.cwd,
          failed: options.failed,
          hiddenByQuiet: options.hiddenByQuiet
        })
      );
    case "json":
      return writeJsonReport(result, sink);
    case "sarif":
      return writeSarif(
        result,
        {
          rules: rules2,
          toolVersion: options.toolVersion,
          informationUri: options.informationUri,
          srcRoot: options.srcRoot
        },
        sink
      );
    case "github":
      return sink.write(toGithub(result, { rules: rules2 }));
    case "junit":
      return sink.write(toJunit(result));
    case "gitlab":
      return sink.write(toGitlab(result));
  }
}

// src/cli/execute.ts
function errorsOnly(result) {
  return {
    ...result,
    findings: result.findings.filter((f) => f.level === "error"),
    diagnostics: result.diagnostics.filter((d) => d.level === "error")
  };
}
function checkRuleIds(levels, option = "--rule", rules2 = rules) {
  const known = rules2.map((r) => r.meta.id);
  for (const id of Object.keys(levels)) {
    if (!known.includes(id))
      throw new UsageError(`unknown rule '${id}' in ${option} (known rules: ${known.join(", ")})`);
  }
}
async function executeCli(options, io, rules2 = rules) {
  checkRuleIds(options.ruleLevels, "--rule", rules2);
  let output;
  try {
    if (options.printConfig !== void 0) {
      const { config, source } = await configForFile(
        options.printConfig,
        io.cwd,
        options.config,
        options.ruleLevels
      );
      const { printConfig } = await import("./print-446M467D.js");
      io.stdout.write(
        printConfig(config, { file: options.printConfig, source, rules: rules2, cliLevels: options.ruleLevels })
      );
      return 0;
    }
    tuneV8ForLinting();
    output = await runLint({
      paths: options.paths,
      cwd: io.cwd,
      configPath: options.config,
      vars: options.vars,
      varFiles: options.varFiles,
      parameters: options.parameters,
      ruleLevels: options.ruleLevels,
      maxFileSize: options.maxFileSize,
      jobs: options.jobs,
      // No CLI format draws the firewalls (only the Action's job summary does): their count is enough.
      keepFirewalls: false,
      noIgnore: options.noIgnore,
      rules: rules2 === rules ? void 0 : rules2,
      baseline: options.baseline === void 0 ? void 0 : loadBaseline(resolve4(io.cwd, options.baseline))
    });
  } catch (error) {
    if (error instanceof MissingPathError) throw new UsageError(error.message);
    if (error instanceof ConfigError) {
      io.stderr.write(`egress-lint: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  if (options.baselineCreate !== void 0) {
    const baseline = createBaseline(output.result.findings);
    const text = serializeBaseline(baseline);
    if (!writeReport(io, options.baselineCreate, (sink) => sink.write(text))) return 2;
    applyBaseline(output.result.findings, baseline);
    io.stderr.write(
      `egress-lint: recorded ${baseline.findings.length} findings in ${options.baselineCreate}
`
    );
  }
  for (const notice of output.notices) io.stderr.write(`egress-lint: ${notice}
`);
  const nothingLinted = output.nothingLinted && !options.passOnNoFiles;
  const exitCode = nothingLinted ? 2 : outcomeOf(output.result, options.failLevel, options.quiet ? void 0 : options.maxWarnings).exitCode;
  const result = options.quiet ? errorsOnly(output.result) : output.result;
  const formatOptions = {
    color: colorEnabled(options.color, io.env, options.output === void 0 && io.stdout.isTTY === true),
    cwd: io.cwd,
    rules: rules2,
    toolVersion: VERSION,
    informationUri: HOMEPAGE,
    srcRoot: output.root,
    failed: exitCode !== 0,
    hiddenByQuiet: problemTotal(countProblems(output.result)) - problemTotal(countProblems(result))
  };
  const writeText = (sink) => {
    let last = "";
    writeFormat(result, options.format, formatOptions, {
      write(text) {
        if (text === "") return;
        last = text;
        sink.write(text);
      }
    });
    if (last !== "" && !last.endsWith("\n")) sink.write("\n");
  };
  if (options.output === void 0) {
    const sink = chunkedSink((chunk) => io.stdout.write(chunk));
    writeText(sink);
    sink.end();
  } else if (!writeReport(io, options.output, writeText)) return 2;
  if (nothingLinted) {
    io.stderr.write(
      `egress-lint: no Terraform, CloudFormation, Pulumi or host firewall file to lint in ${options.paths.join(", ")} (${plural(output.result.stats.filesScanned, "file")} read, none of those formats); pass --pass-on-no-files if that is expected
`
    );
  }
  return exitCode;
}
function writeReport(io, path, write) {
  try {
    writeReportFile(resolve4(io.cwd, path), write);
    return true;
  } catch (error) {
    io.stderr.write(`egress-lint: cannot write ${path}: ${error.message}
`);
    return false;
  }
}
export {
  checkRuleIds,
  executeCli
};
