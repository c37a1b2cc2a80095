import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  HOMEPAGE,
  UsageError,
  VERSION,
  colorEnabled
} from "./chunk-YWKRBYFZ.js";
import {
  MissingPathError,
  applyBaseline,
  createBaseline,
  effectiveConfigFor,
  findFiles,
  lintScan,
  loadBaseline,
  readSourceText,
  rebaseOverrides,
  scanRoot,
  serializeBaseline
} from "./chunk-VPWFLZJ5.js";
import {
  DEFAULT_CONFIG,
  rules
} from "./chunk-KXZBHLR2.js";
import {
  ConfigError
} from "./chunk-G4RFJCIO.js";
import {
  parseJson,
  toPlain
} from "./chunk-HEPJGZNP.js";
import "./chunk-7EVMNQA2.js";
import "./chunk-OYDGSS33.js";
import "./chunk-PYUYWIVF.js";

// src/cli/execute.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname3, resolve as resolve4 } from "node:path";

// src/config/load.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
var CONFIG_FILE_NAMES = [".egress-lint.yml", ".egress-lint.yaml", ".egress-lint.json"];
var MAX_CONFIG_BYTES = 1024 * 1024;
function findConfig(startDir, stopDir) {
  const stop = resolve(stopDir);
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
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
    const where = problem ? `line ${problem.line}, column ${problem.column}: ` : "";
    throw new ConfigError(file, "", `${where}${problem?.message ?? "invalid JSON: empty file"}`);
  }
  rejectDuplicateKeys(parsed.root, file);
  return toPlain(parsed.root);
}
async function loadConfig(file) {
  const path = resolve(file);
  let text;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES)
      throw new ConfigError(path, "", `larger than ${MAX_CONFIG_BYTES} bytes`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      path,
      "",
      `cannot read the file (${error.code ?? String(error)})`
    );
  }
  const data = extname(path) === ".json" ? parseJsonConfig(text, path) : (await import("./yaml-config-IIKCJX2V.js")).parseYamlConfig(text, path);
  const { validateConfig } = await import("./validate-SF5XL35L.js");
  return validateConfig(data ?? {}, path);
}

// src/engine/run.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname2, relative, resolve as resolve2, sep } from "node:path";
async function runLint(options) {
  const cwd = resolve2(options.cwd);
  const paths = options.paths.length ? options.paths : ["."];
  const root = scanRoot(paths, cwd);
  const config = withCliRuleLevels(
    await resolveConfig(paths, cwd, root, options.configPath),
    options.ruleLevels ?? {}
  );
  const maxFileSize = options.maxFileSize ?? config.maxFileSize;
  const discovery = findFiles(paths, {
    cwd,
    ignore: config.ignore,
    ignoreBase: config.path ? dirname2(config.path) : void 0,
    maxFileSize
  });
  const varFiles = readVarFiles(options.varFiles ?? [], cwd, discovery.root, maxFileSize);
  const ruleLevels = {};
  for (const [id, level] of Object.entries(options.ruleLevels ?? {}))
    if (level !== "default") ruleLevels[id] = level;
  const result = await lintScan(discovery, {
    jobs: options.jobs ?? availableParallelism(),
    maxFileSize,
    lint: {
      config,
      terraformVars: options.vars ?? {},
      terraformVarFiles: varFiles.files,
      cfnParameters: options.parameters ?? {},
      ruleLevels,
      baseline: options.baseline
    },
    diagnostics: varFiles.diagnostics,
    keepFirewalls: options.keepFirewalls
  });
  return { result, root: discovery.root, config };
}
async function configForFile(file, cwd, configPath) {
  const root = scanRoot([file], cwd);
  const relativePath = relative(root, resolve2(cwd, file)).split(sep).join("/");
  return effectiveConfigFor(await resolveConfig([file], cwd, root, configPath), relativePath);
}
async function resolveConfig(paths, cwd, root, configPath) {
  if (configPath) return rebaseOverrides(await loadConfig(resolve2(cwd, configPath)), root);
  const first = resolve2(cwd, paths[0]);
  const found = findConfig(statSync2(first).isDirectory() ? first : dirname2(first), root);
  return found ? rebaseOverrides(await loadConfig(found), root) : DEFAULT_CONFIG;
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
function readVarFiles(paths, cwd, root, maxFileSize) {
  const files = [];
  const diagnostics = [];
  for (const given of paths) {
    const abs = resolve2(cwd, given);
    if (!existsSync2(abs)) throw new MissingPathError(given);
    const rel = relative(root, abs);
    const path = (rel.startsWith("..") ? abs : rel).split(sep).join("/");
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
var SEVERITY = { note: 0, warning: 1, error: 2 };
function outcomeOf(result, failLevel, maxWarnings) {
  const counts = { error: 0, warning: 0, note: 0 };
  const failed = /* @__PURE__ */ new Set();
  for (const finding2 of result.findings) if (!finding2.suppression) counts[finding2.level]++;
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.level === "error" && !diagnostic.code) failed.add(diagnostic.location.file);
    else counts[diagnostic.level]++;
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
  for (const diagnostic of result.diagnostics) add(diagnostic.level);
  return counts;
}
function problemTotal(counts) {
  return counts.errors + counts.warnings + counts.notes;
}
function summaryText(result, counts = countProblems(result)) {
  const total = problemTotal(counts);
  const levels = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.notes > 0) levels.push(plural(counts.notes, "note"));
  const parts = [total === 0 ? "No problems" : `${plural(total, "problem")} (${levels.join(", ")})`];
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
function unresolved(u) {
  return { location: location(u.location), expression: u.expression, reason: u.reason };
}
function toJsonReport(result) {
  const counts = countProblems(result);
  return {
    version: JSON_FORMAT_VERSION,
    findings: result.findings.map(finding),
    diagnostics: result.diagnostics.map((d) => ({
      level: d.level,
      code: d.code ?? null,
      message: d.message,
      location: location(d.location)
    })),
    unresolved: result.unresolved.map(unresolved),
    stats: {
      filesScanned: result.stats.filesScanned,
      filesSkipped: result.stats.filesSkipped,
      firewalls: result.stats.firewalls,
      unresolved: unresolvedCount(result),
      errors: counts.errors,
      warnings: counts.warnings,
      notes: counts.notes,
      suppressed: counts.suppressed
    }
  };
}
function toJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
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
function directoryUri(absolutePath) {
  const href = pathToFileURL(wellFormed(absolutePath)).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// src/reporters/sarif.ts
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "egressLint/v1";
var UNRESOLVED_NOTIFICATION_CAP = 1e3;
var NOTIFICATIONS = {
  "parse-error": "A file could not be read or parsed; the other files were still analysed.",
  "internal-error": "egress-lint failed internally while analysing a file.",
  unresolved: "A value could not be resolved statically and was not analysed (unknown is not open).",
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
function helpUri(informationUri, ruleId) {
  return `${informationUri.replace(/\/+$/, "")}/blob/main/docs/rules/${ruleId}.md`;
}
function ruleDescriptor(rule, informationUri) {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    help: { text: markdownToPlainText(meta.help), markdown: meta.help },
    helpUri: helpUri(informationUri, meta.id),
    defaultConfiguration: { level: meta.defaultLevel },
    properties: {
      tags: [...meta.tags],
      precision: meta.precision,
      "security-severity": meta.securitySeverity
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
function sarifResult(f, ruleIndex) {
  const index = ruleIndex.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...index !== void 0 && { ruleIndex: index },
    level: f.level,
    message: { text: f.message },
    locations: [sarifLocation(f.location)],
    ...f.related.length > 0 && {
      relatedLocations: f.related.map((o, i) => sarifLocation(o.location, o.description, i))
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
function toSarifLog(result, options) {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const run = {
    tool: {
      driver: {
        name: "egress-lint",
        version: options.toolVersion,
        informationUri: options.informationUri,
        rules: options.rules.map((r) => ruleDescriptor(r, options.informationUri)),
        notifications: NOTIFICATION_IDS.map((id) => ({ id, shortDescription: { text: NOTIFICATIONS[id] } }))
      }
    },
    invocations: [
      {
        executionSuccessful: !result.diagnostics.some(isInternalError),
        toolExecutionNotifications: [
          ...result.diagnostics.filter(isFileFailure).map(diagnosticNotification),
          ...unresolvedNotifications(result)
        ],
        toolConfigurationNotifications: result.diagnostics.filter((d) => !isFileFailure(d)).map(diagnosticNotification)
      }
    ],
    ...options.srcRoot !== void 0 && {
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.srcRoot) } }
    },
    results: result.findings.map((f) => sarifResult(f, ruleIndex)),
    columnKind: "utf16CodeUnits"
  };
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}
function toSarif(result, options) {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}
`;
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
function unresolvedHint(result, options, paint) {
  const { shown, more } = unresolvedSample(result, UNRESOLVED_SAMPLE_SIZE);
  if (shown.length === 0 && more === 0) return [];
  const lines = [paint("Unresolved values (not analysed; unknown is never reported as open):", "dim")];
  for (const u of shown) {
    const where = locationText({ ...u.location, file: displayPath(u.location.file, options) });
    lines.push(`  ${oneLine(where)} ${clip(u.expression, 80)} \u2014 ${oneLine(u.reason)}`);
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
    out.push("", paint(oneLine(displayPath(file, options)), "underline"), ...fileBlock(rows, paint));
  }
  if (problemTotal(counts) > 0) {
    out.push("", paint(`\u2716 ${summaryText(result, counts)}`, "bold", counts.errors > 0 ? "red" : "yellow"));
  } else {
    out.push(paint(`\u2714 ${summaryText(result, counts)}`, "bold", "green"));
  }
  out.push(...unresolvedHint(result, options, paint));
  return `${out.join("\n")}
`;
}

// src/reporters/index.ts
function format(result, name, options) {
  const rules2 = options.rules ?? rules;
  switch (name) {
    case "stylish":
      return toStylish(result, { color: options.color, root: options.srcRoot, cwd: options.cwd });
    case "json":
      return toJson(result);
    case "sarif":
      return toSarif(result, {
        rules: rules2,
        toolVersion: options.toolVersion,
        informationUri: options.informationUri,
        srcRoot: options.srcRoot
      });
    case "github":
      return toGithub(result, { rules: rules2 });
  }
}

// src/cli/v8-flags.ts
import { setFlagsFromString } from "node:v8";
function tuneV8ForLinting(nodeVersion = process.versions.node) {
  if (Number(nodeVersion.split(".")[0]) >= 22) return false;
  setFlagsFromString("--no-turbo-inlining");
  return true;
}

// src/cli/execute.ts
function errorsOnly(result) {
  return {
    ...result,
    findings: result.findings.filter((f) => f.level === "error"),
    diagnostics: result.diagnostics.filter((d) => d.level === "error")
  };
}
function checkRuleIds(options) {
  const known = rules.map((r) => r.meta.id);
  for (const id of Object.keys(options.ruleLevels)) {
    if (!known.includes(id))
      throw new UsageError(`unknown rule '${id}' in --rule (known rules: ${known.join(", ")})`);
  }
}
async function executeCli(options, io) {
  checkRuleIds(options);
  let output;
  try {
    if (options.printConfig !== void 0) {
      io.stdout.write(
        `${JSON.stringify(await configForFile(options.printConfig, io.cwd, options.config), null, 2)}
`
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
    if (!writeReport(io, options.baselineCreate, serializeBaseline(baseline))) return 2;
    applyBaseline(output.result.findings, baseline);
    io.stderr.write(
      `egress-lint: recorded ${baseline.findings.length} findings in ${options.baselineCreate}
`
    );
  }
  const result = options.quiet ? errorsOnly(output.result) : output.result;
  const report = format(result, options.format, {
    color: colorEnabled(options.color, io.env, options.output === void 0 && io.stdout.isTTY === true),
    cwd: io.cwd,
    rules,
    toolVersion: VERSION,
    informationUri: HOMEPAGE,
    srcRoot: output.root
  });
  const text = report === "" || report.endsWith("\n") ? report : `${report}
`;
  if (options.output === void 0) io.stdout.write(text);
  else if (!writeReport(io, options.output, text)) return 2;
  return outcomeOf(result, options.failLevel, options.maxWarnings).exitCode;
}
function writeReport(io, path, text) {
  const file = resolve4(io.cwd, path);
  try {
    mkdirSync(dirname3(file), { recursive: true });
    writeFileSync(file, text);
    return true;
  } catch (error) {
    io.stderr.write(`egress-lint: cannot write ${path}: ${error.message}
`);
    return false;
  }
}
export {
  executeCli
};
