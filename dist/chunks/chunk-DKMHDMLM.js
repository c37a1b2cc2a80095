import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  hostFormatOf,
  mayBeHostFile
} from "./chunk-BJPNVDV7.js";
import {
  configOf,
  relaysUsed,
  rules,
  singleConfig
} from "./chunk-CG5TN7BF.js";
import {
  ruleOptionValues
} from "./chunk-Q6A7QMFS.js";
import {
  ConfigError
} from "./chunk-G4RFJCIO.js";
import {
  DiagnosticLog,
  EvalError,
  Glob,
  LIMITS,
  PROVIDERS,
  RootBudget,
  UnresolvedLog,
  analyzeJsonFiles,
  asBool,
  asNumber,
  asString,
  docString,
  docStrings,
  evaluate,
  forItems,
  fromPlain,
  internalError,
  isConstant,
  isSpread,
  looksLikeCloudFormation,
  looksLikePulumiState,
  mayBeTemplate,
  modulePrefix,
  parseAddress,
  parseHcl,
  parseTemplate,
  parseUrn,
  pathGlob,
  planView,
  resourceView,
  setOf,
  stateResources,
  toPlain,
  unknown,
  withNames
} from "./chunk-BLP3NVC5.js";
import {
  buildModuleConfig,
  dirOf,
  exprText,
  findAttribute,
  holdsCloudConfigUserData,
  isLocalSource,
  joinPath,
  loadCloudConfigReader,
  loadedCloudConfigReader,
  rootDirs,
  toLocation
} from "./chunk-W243PUGB.js";
import {
  compareText
} from "./chunk-UICDTHOH.js";
import {
  parseJson,
  parseTree
} from "./chunk-ZREOZPZI.js";
import {
  hclLineIndex,
  lineIndex
} from "./chunk-LJAGTFCK.js";
import {
  get
} from "./chunk-IVA2APYO.js";

// src/engine/discover.ts
import {
  closeSync as closeSync2,
  constants as fsConstants2,
  existsSync,
  fstatSync as fstatSync2,
  openSync as openSync2,
  opendirSync,
  readdirSync as readdirSync2,
  readFileSync,
  readSync as readSync2,
  realpathSync as realpathSync2,
  statSync as statSync2
} from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join2, relative, resolve, sep } from "node:path";

// src/engine/gitignore.ts
var GitIgnore = class {
  rules = [];
  constructor(text) {
    for (const raw of text.split(/\r?\n/)) {
      const rule = parseLine(raw);
      if (rule) this.rules.push(rule);
    }
  }
  /** A path relative to the .gitignore's directory; a directory's ends with `/`. */
  test(path) {
    const isDir = path.endsWith("/");
    const parts = (isDir ? path.slice(0, -1) : path).split("/");
    for (let i = 1; i < parts.length; i++) {
      const verdict = this.verdict(parts.slice(0, i).join("/"), true);
      if (verdict.ignored) return verdict;
    }
    return this.verdict(parts.join("/"), isDir);
  }
  verdict(path, isDir) {
    let verdict = { ignored: false, unignored: false };
    for (const rule of this.rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.negated ? !verdict.ignored && verdict.unignored : verdict.ignored) continue;
      if (rule.glob.test(path)) verdict = { ignored: !rule.negated, unignored: rule.negated };
    }
    return verdict;
  }
};
function parseLine(raw) {
  let line = raw.replace(/(?<!\\)\s+$/, "").replace(/\\(\s)$/, "$1");
  if (line === "" || line.startsWith("#")) return void 0;
  const negated = line.startsWith("!");
  if (negated) line = line.slice(1);
  else if (line.startsWith("\\!") || line.startsWith("\\#")) line = line.slice(1);
  const dirOnly = line.endsWith("/");
  if (dirOnly) line = line.slice(0, -1);
  if (line === "") return void 0;
  const anchored = line.includes("/");
  const pattern = anchored ? line.replace(/^\//, "") : `**/${line}`;
  return { glob: new Glob(pattern), negated, dirOnly };
}

// src/engine/disk-project.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, posix } from "node:path";

// src/engine/read.ts
import { isUtf8 } from "node:buffer";
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
var BINARY_SNIFF_BYTES = 8192;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var SIZE_HINT = " (raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)";
function failure(message, line = 1, column = 1) {
  return { ok: false, message, line, column };
}
function readSourceBytes(absPath, maxFileSize, sizeHint = SIZE_HINT) {
  let bytes;
  let fd;
  try {
    fd = openSync(absPath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return failure("not a regular file (a FIFO, socket or device); not analysed");
    if (stat.size > maxFileSize) return failure(tooLarge(stat.size, maxFileSize, sizeHint));
    bytes = readAll(fd, stat.size);
  } catch (error) {
    return failure(`cannot read the file: ${describeFsError(error)}`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (bytes.length > maxFileSize) return failure(tooLarge(bytes.length, maxFileSize, sizeHint));
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return failure("file is UTF-16 encoded; egress-lint reads UTF-8 only (re-save it as UTF-8)");
  }
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return failure(`binary file (NUL byte at offset ${nul}); not analysed`);
  if (!isUtf8(bytes))
    return failure("file is not valid UTF-8; not analysed (re-save it as UTF-8)", ...firstInvalidUtf8(bytes));
  return { ok: true, bytes };
}
function readAll(fd, size) {
  let bytes = Buffer.allocUnsafeSlow(size);
  let length = 0;
  for (; ; ) {
    if (length === bytes.length) {
      const more = readSync(fd, probe, 0, probe.length, null);
      if (more === 0) return bytes;
      const grown = Buffer.allocUnsafeSlow(Math.max(bytes.length * 2, length + more));
      bytes.copy(grown);
      probe.copy(grown, length, 0, more);
      bytes = grown;
      length += more;
      continue;
    }
    const n = readSync(fd, bytes, length, bytes.length - length, null);
    if (n === 0) return bytes.subarray(0, length);
    length += n;
  }
}
var probe = Buffer.alloc(8192);
function decodeSource(bytes) {
  return utf8.decode(bytes);
}
function readSourceText(absPath, maxFileSize, sizeHint = SIZE_HINT) {
  const read = readSourceBytes(absPath, maxFileSize, sizeHint);
  return read.ok ? { ok: true, text: decodeSource(read.bytes) } : read;
}
function readFiles(refs, maxFileSize, diagnostics = []) {
  const out = { files: [], diagnostics: [...diagnostics] };
  for (const ref of refs) {
    const read = readFound(ref, maxFileSize);
    if ("text" in read) out.files.push(read);
    else out.diagnostics.push(read);
  }
  return out;
}
function readFound(ref, maxFileSize) {
  return foundFile(ref, readSourceBytes(ref.absPath, maxFileSize));
}
function foundFile(ref, read) {
  if (read.ok) return { path: ref.path, absPath: ref.absPath, text: decodeSource(read.bytes) };
  return readDiagnostic(ref.path, read);
}
function readDiagnostic(path, read) {
  return {
    level: "error",
    message: read.message,
    location: { file: path, line: read.line, column: read.column }
  };
}
function tooLarge(size, limit, hint) {
  return `file is ${size.toLocaleString("en-US")} bytes, over the ${limit.toLocaleString("en-US")}-byte limit; not analysed${hint}`;
}
function describeFsError(error) {
  const code = error.code;
  if (code === "EACCES" || code === "EPERM") return `permission denied (${code})`;
  if (code === "ENOENT") return `no such file or directory (${code})`;
  return code ? `${code}: ${error.message}` : String(error);
}
function firstInvalidUtf8(bytes) {
  const text = new TextDecoder("utf-8").decode(bytes);
  const { line, column } = lineIndex(text).position(text.indexOf("\uFFFD"));
  return [line, column];
}

// src/engine/disk-project.ts
function diskProject(root, discovered, maxFileSize) {
  const byPath = new Map(discovered.map((f) => [f.path, f.text]));
  const lazy = /* @__PURE__ */ new Map();
  let rootReal;
  const confined = /* @__PURE__ */ new Map();
  const inside = (path) => {
    if (confined.has(path)) return confined.get(path);
    const normal = confine(path);
    confined.set(path, normal);
    return normal;
  };
  const confine = (path) => {
    if (path.includes("\\") || posix.isAbsolute(path) || isAbsolute(path)) return void 0;
    const normal = posix.normalize(path);
    if (normal === ".." || normal.startsWith("../")) return void 0;
    if (byPath.has(normal)) return normal;
    const full = join(root, normal);
    if (!lstatSync(full, { throwIfNoEntry: false })) return normal;
    try {
      rootReal ??= realpathSync.native(root);
      if (!isInside(realpathSync.native(full), rootReal)) return void 0;
    } catch {
    }
    return normal;
  };
  return {
    exists(path) {
      const p = inside(path);
      if (p === void 0) return false;
      if (byPath.has(p)) return true;
      try {
        return statSync(join(root, p)).isFile();
      } catch {
        return false;
      }
    },
    read(path) {
      const p = inside(path);
      if (p === void 0) return void 0;
      const known = byPath.get(p);
      if (known !== void 0) return known;
      if (!lazy.has(p)) {
        const outcome = readSourceText(join(root, p), maxFileSize);
        lazy.set(p, outcome.ok ? outcome.text : void 0);
      }
      return lazy.get(p);
    },
    paths: () => [...byPath.keys()],
    listDir(dir) {
      const p = dir === "" || dir === "." ? "" : inside(dir);
      if (p === void 0) return void 0;
      try {
        const entries = readdirSync(join(root, p), { withFileTypes: true });
        return entries.filter((e) => e.isFile() || e.isSymbolicLink() && isFileLink(join(root, p, e.name))).map((e) => e.name).sort();
      } catch {
        return void 0;
      }
    }
  };
}

// src/engine/discover.ts
var MissingPathError = class extends Error {
  path;
  constructor(path) {
    super(`no such file or directory: ${path}`);
    this.name = "MissingPathError";
    this.path = path;
  }
};
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform"]);
var INTERESTING = /^(?!\.egress-lint[.-]).*\.(tf|tfvars|json|ya?ml|template|sh|bash|rules|v4|v6|j2)$/is;
var SCRIPT_START = /^#(!|cloud-config)/;
function toSlash(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function isInside(child, parent) {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function gitRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join2(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function scanRoot(paths, cwd) {
  const absolute = (paths.length ? paths : ["."]).map((p) => resolve(cwd, p));
  for (const [i, abs] of absolute.entries()) {
    if (!existsSync(abs)) throw new MissingPathError(paths[i] ?? abs);
  }
  const first = absolute[0];
  const firstDir = statSync2(first).isDirectory() ? first : dirname(first);
  let root = gitRoot(firstDir) ?? (isInside(firstDir, cwd) ? resolve(cwd) : firstDir);
  for (const abs of absolute) {
    while (!isInside(abs, root)) root = dirname(root);
  }
  return root;
}
function readIgnoreFile(file) {
  if (!existsSync(file)) return void 0;
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
function childPath(dir, name) {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function withGitignoreOf(dirAbs, dirRel, layers) {
  const text = readIgnoreFile(childPath(dirAbs, ".gitignore"));
  return text === void 0 ? layers : [...layers, { base: dirRel, rules: new GitIgnore(text) }];
}
var CDK_OUTPUT = /(^|\/)cdk(tf)?\.out(\/|$)/;
function gitignored(rel, isDir, layers) {
  if (CDK_OUTPUT.test(rel)) return false;
  let ignored = false;
  for (const layer of layers) {
    const sub = layer.base === "" ? rel : rel.slice(layer.base.length + 1);
    const verdict = layer.rules.test(isDir ? `${sub}/` : sub);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}
function configGlobMatcher(globs, root, base) {
  if (globs.length === 0) return () => false;
  const baseRel = base && isInside(base, root) ? toSlash(relative(root, base)) : "";
  const matchers = globs.map(pathGlob);
  return (rel, isDir) => {
    if (baseRel !== "" && !rel.startsWith(`${baseRel}/`)) return false;
    const p = baseRel === "" ? rel : rel.slice(baseRel.length + 1);
    return matchers.some((m) => m.test(p) || isDir && m.test(`${p}/`));
  };
}
function findFiles(paths, options) {
  const cwd = resolve(options.cwd);
  const inputs = paths.length ? paths : ["."];
  const root = scanRoot(inputs, cwd);
  const relOf = (abs) => toSlash(relative(root, abs));
  const globIgnored = configGlobMatcher(options.ignore, root, options.ignoreBase);
  const gitIgnoredDirs = [];
  let gitIgnored = 0;
  const files = /* @__PURE__ */ new Map();
  const readReal = /* @__PURE__ */ new Set();
  const walkedDirs = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const report = (file, message, level, line = 1, column = 1) => diagnostics.push({ level, message, location: { file, line, column } });
  const addFile = ({ abs, rel, real }) => {
    if (readReal.has(real) || files.has(rel)) return;
    readReal.add(real);
    files.set(rel, { path: rel, absPath: abs });
  };
  const ancestorLayers = (dirAbs) => {
    let layers = [];
    if (options.noIgnore) return layers;
    const exclude = readIgnoreFile(join2(root, ".git", "info", "exclude"));
    if (exclude !== void 0) layers.push({ base: "", rules: new GitIgnore(exclude) });
    const chain = [];
    for (let dir = dirname(dirAbs); isInside(dir, root); dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === root) break;
    }
    for (const dir of chain) layers = withGitignoreOf(dir, relOf(dir), layers);
    return layers;
  };
  const rootReal = realpathSync2(root);
  const confined = [rootReal, ...inputs.map((p) => realpathSync2(resolve(cwd, p)))];
  const insideScan = (real) => confined.some((dir) => isInside(real, dir));
  const pending = [];
  const linkedDirs = [];
  const linkedFiles = [];
  const startWalk = (startAbs) => {
    const rel = relOf(startAbs);
    const layers = ancestorLayers(startAbs);
    const named = rel !== "" && (gitignored(rel, true, layers) || globIgnored(rel, true));
    pending.push({
      abs: startAbs,
      rel,
      real: realpathSync2(startAbs),
      layers: named ? [] : layers,
      globs: !named
    });
  };
  const walkPending = () => {
    while (pending.length > 0) {
      const dir = pending.pop();
      if (walkedDirs.has(dir.real)) continue;
      walkedDirs.add(dir.real);
      const own = options.noIgnore ? dir.layers : withGitignoreOf(dir.abs, dir.rel, dir.layers);
      const ignored = (rel, isDir) => gitignored(rel, isDir, own) || dir.globs && globIgnored(rel, isDir);
      const countIfGitIgnored = (rel, abs, isDir) => {
        if (!(dir.globs && globIgnored(rel, isDir)) && gitignored(rel, isDir, own)) {
          if (isDir) gitIgnoredDirs.push(abs);
          else gitIgnored++;
        }
      };
      const subdirs = [];
      const found = [];
      const child = (name, real) => ({
        abs: childPath(dir.abs, name),
        rel: dir.rel === "" ? name : `${dir.rel}/${name}`,
        real,
        layers: own,
        globs: dir.globs
      });
      let handle;
      try {
        handle = opendirSync(dir.abs);
      } catch (error) {
        report(dir.rel || ".", `cannot read the directory: ${describeFsError(error)}`, "error");
        continue;
      }
      try {
        for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
          const name = entry.name;
          if (entry.isDirectory()) {
            const sub = child(name, childPath(dir.real, name));
            if (SKIPPED_DIRS.has(name)) continue;
            if (!ignored(sub.rel, true)) subdirs.push(sub);
            else countIfGitIgnored(sub.rel, sub.abs, true);
          } else if (!entry.isSymbolicLink()) {
            if (!INTERESTING.test(name) && !(!name.includes(".") && startsLikeScript(childPath(dir.abs, name))))
              continue;
            const file = child(name, childPath(dir.real, name));
            if (!ignored(file.rel, false)) found.push(file);
            else countIfGitIgnored(file.rel, file.abs, false);
          } else if (entry.isSymbolicLink()) {
            const target = followLink(childPath(dir.abs, name));
            if ("error" in target) {
              const rel = child(name, "").rel;
              if (target.error === "ELOOP" && !ignored(rel, false)) {
                report(
                  rel,
                  "symbolic link loop: the chain of links never reaches a file; not followed",
                  "warning"
                );
              } else if (target.error !== "ELOOP" && INTERESTING.test(name) && !ignored(rel, false)) {
                report(rel, `broken symbolic link (${target.error}); not analysed`, "warning");
              }
              continue;
            }
            const link = child(name, target.real);
            if (!insideScan(target.real)) {
              if ((target.isDir || INTERESTING.test(name)) && !ignored(link.rel, target.isDir))
                report(
                  link.rel,
                  "symbolic link to a target outside the scanned directories; not followed, not analysed",
                  "error"
                );
              continue;
            }
            if (target.isDir) {
              if (SKIPPED_DIRS.has(name) || ignored(link.rel, true)) continue;
              if (dir.real === target.real || dir.real.startsWith(target.real + sep)) {
                const to = toSlash(relative(rootReal, target.real)) || ".";
                report(
                  link.rel,
                  `symbolic link loop: points to ${to}, which contains it; not followed`,
                  "warning"
                );
              } else {
                linkedDirs.push(link);
              }
            } else if (INTERESTING.test(name) && !ignored(link.rel, false)) {
              linkedFiles.push(link);
            }
          }
        }
      } catch (error) {
        report(dir.rel || ".", `cannot list the directory: ${describeFsError(error)}`, "error");
      } finally {
        handle.closeSync();
      }
      found.sort((a, b) => compareText(a.rel, b.rel));
      for (const file of found) addFile(file);
      subdirs.sort((a, b) => compareText(b.rel, a.rel));
      pending.push(...subdirs);
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (statSync2(abs).isDirectory()) {
      startWalk(abs);
      walkPending();
    } else {
      addFile({ abs, rel: relOf(abs), real: realpathSync2(abs) });
    }
  }
  for (let link = linkedDirs.shift(); link; link = linkedDirs.shift()) {
    pending.push(link);
    walkPending();
  }
  for (const file of linkedFiles) addFile(file);
  const sorted = [...files.values()].sort((a, b) => compareText(a.path, b.path));
  diagnostics.sort((a, b) => compareText(a.location.file, b.location.file));
  for (const dir of gitIgnoredDirs) gitIgnored += countInteresting(dir);
  return { root, files: sorted, diagnostics, gitIgnored };
}
function countInteresting(start) {
  let count = 0;
  const dirs = [start];
  for (let dir = dirs.pop(); dir !== void 0; dir = dirs.pop()) {
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) dirs.push(childPath(dir, entry.name));
      } else if (entry.isFile() && INTERESTING.test(entry.name)) count++;
    }
  }
  return count;
}
function startsLikeScript(abs) {
  let fd;
  try {
    fd = openSync2(abs, fsConstants2.O_RDONLY | (fsConstants2.O_NONBLOCK ?? 0));
    if (!fstatSync2(fd).isFile()) return false;
    const head = Buffer.alloc(16);
    const read = readSync2(fd, head, 0, head.length, 0);
    return SCRIPT_START.test(head.subarray(0, read).toString("latin1"));
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function isFileLink(abs) {
  const target = followLink(abs);
  return "isDir" in target && !target.isDir;
}
function followLink(abs) {
  try {
    const real = realpathSync2(abs);
    return { real, isDir: statSync2(real).isDirectory() };
  } catch (error) {
    return { error: error.code ?? String(error) };
  }
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
function createBaseline(findings) {
  const entries = findings.filter((f) => !f.suppression).map((f) => ({
    ruleId: f.ruleId,
    file: f.location.file,
    firewallId: f.firewallId,
    fingerprint: f.fingerprint,
    message: f.message
  })).sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.firewallId, b.firewallId) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)
  );
  return { version: BASELINE_VERSION, findings: entries };
}
function serializeBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
function applyBaseline(findings, baseline) {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  let count = 0;
  for (const finding of findings) {
    if (finding.suppression || !accepted.has(finding.fingerprint)) continue;
    finding.suppression = { kind: "external", justification: "baseline" };
    count++;
  }
  return count;
}
var REQUIRED_FIELDS = ["ruleId", "file", "firewallId", "fingerprint"];
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, "", `not a baseline: invalid JSON (${error.message})`);
  }
  const record = data;
  if (typeof data !== "object" || data === null || record.version !== BASELINE_VERSION) {
    throw new ConfigError(
      file,
      "version",
      `expected ${BASELINE_VERSION} (a baseline written by --baseline-create)`
    );
  }
  if (!Array.isArray(record.findings)) throw new ConfigError(file, "findings", "expected a list");
  record.findings.forEach((entry, i) => {
    for (const field of REQUIRED_FIELDS) {
      if (typeof entry?.[field] !== "string") {
        throw new ConfigError(file, `findings[${i}].${field}`, "expected a string");
      }
    }
  });
  return data;
}
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
function loadBaseline(path) {
  const read = readSourceText(path, MAX_BASELINE_BYTES, "");
  if (!read.ok) throw new ConfigError(path, "", `cannot read the baseline: ${read.message}`);
  return parseBaseline(read.text, path);
}

// src/formats/hcl/ast.ts
function nameSpan(node) {
  return { start: node.start, end: node.nameEnd };
}

// src/formats/hcl/tfjson.ts
var LABELS = /* @__PURE__ */ new Map([
  ["resource", 2],
  ["data", 2],
  ["ephemeral", 2],
  ["module", 1],
  ["variable", 1],
  ["output", 1],
  ["provider", 1],
  ["check", 1]
]);
var MAX_DEPTH = 500;
var DYNAMIC_BLOCK_HOSTS = /* @__PURE__ */ new Set(["resource", "data", "ephemeral"]);
var JSON_ERRORS = {
  1: "invalid symbol",
  2: "invalid number format",
  3: "expected a property name",
  4: "expected a value",
  5: 'expected ":"',
  6: 'expected ","',
  7: 'expected "}"',
  8: 'expected "]"',
  9: "expected the end of the file",
  10: "comments are not allowed",
  11: "unexpected end of comment",
  12: "unexpected end of string",
  13: "unexpected end of number",
  14: "invalid unicode escape",
  15: "invalid escape character",
  16: "invalid character in string"
};
function spanOf(node) {
  return { start: node.offset, end: node.offset + node.length };
}
function propertiesOf(node, commentsAllowed) {
  const out = [];
  for (const prop of node.children ?? []) {
    const key = prop.children?.[0];
    const value = prop.children?.[1];
    if (key && value && !(commentsAllowed && key.value === "//")) out.push([key, value]);
  }
  return out;
}
var JsonMapper = class {
  constructor(text) {
    this.text = text;
    this.lines = hclLineIndex(text);
  }
  text;
  errors = [];
  lines;
  depth = 0;
  error(offset, message) {
    const pos = this.lines.position(offset);
    this.errors.push({ line: pos.line, column: pos.column, message });
  }
  /** Top-level property `type` with `labels` labels still to read from `node`. */
  blocks(type, typeKey, node, remaining, labels, labelKeys, out) {
    if (node.type === "array") {
      for (const el of node.children ?? []) this.blocks(type, typeKey, el, remaining, labels, labelKeys, out);
      return;
    }
    if (node.type !== "object") {
      const what = remaining > 0 ? `an object whose keys are the block's labels` : `an object for the block body`;
      this.error(node.offset, `Invalid "${type}" block: expected ${what}, found ${describe(node)}`);
      return;
    }
    if (remaining > 0) {
      for (const [key, value] of propertiesOf(node, true)) {
        this.blocks(
          type,
          typeKey,
          value,
          remaining - 1,
          [...labels, String(key.value)],
          [...labelKeys, key],
          out
        );
      }
      return;
    }
    const head = labelKeys.length > 0 ? labelKeys[labelKeys.length - 1] : typeKey;
    out.push({
      type,
      labels,
      start: head.offset,
      typeSpan: spanOf(typeKey),
      labelSpans: labelKeys.map(spanOf),
      body: this.body(node, DYNAMIC_BLOCK_HOSTS.has(type) ? "resource" : "attributes"),
      end: node.offset + node.length
    });
  }
  /**
   * A block body: every property is an attribute, except, in resources and data sources, the
   * `"dynamic": { "TYPE": { "for_each": ..., "iterator": ..., "content": { ... } } }` property, which becomes
   * `dynamic "TYPE"` blocks with a `content` block, as the native syntax writes them.
   */
  body(node, kind) {
    const attributes = [];
    const blocks = [];
    const firstSetAt = /* @__PURE__ */ new Map();
    const firstSetting = (name, key) => {
      const first = firstSetAt.get(name);
      if (first === void 0) {
        firstSetAt.set(name, key.offset);
        return true;
      }
      this.error(
        key.offset,
        `Attribute redefined: "${name}" was already set at line ${this.lines.position(first).line}; each argument may be set only once`
      );
      return false;
    };
    for (const [key, value] of propertiesOf(node, true)) {
      const name = String(key.value);
      if (kind === "resource" && name === "dynamic" && value.type === "object") {
        this.dynamicBlocks(key, value, blocks);
        continue;
      }
      if (kind === "dynamic-spec" && name === "content" && value.type === "object") {
        if (firstSetting(name, key))
          blocks.push({
            type: "content",
            labels: [],
            start: key.offset,
            typeSpan: spanOf(key),
            labelSpans: [],
            body: this.body(value, "resource"),
            end: value.offset + value.length
          });
        continue;
      }
      const expr = this.expr(value);
      if (firstSetting(name, key))
        attributes.push({ name, start: key.offset, nameEnd: key.offset + key.length, expr, end: expr.end });
    }
    return { attributes, blocks, ...spanOf(node) };
  }
  /** `{ "TYPE": spec | [spec, ...] }` of a `dynamic` property: one `dynamic "TYPE"` block per spec. */
  dynamicBlocks(dynamicKey, node, out) {
    for (const [typeKey, value] of propertiesOf(node, true)) {
      for (const spec of value.type === "array" ? value.children ?? [] : [value]) {
        if (spec.type !== "object") {
          this.error(
            spec.offset,
            `Invalid dynamic block: expected an object with "for_each" and "content", found ${describe(spec)}`
          );
          continue;
        }
        out.push({
          type: "dynamic",
          labels: [String(typeKey.value)],
          start: typeKey.offset,
          typeSpan: spanOf(dynamicKey),
          labelSpans: [spanOf(typeKey)],
          body: this.body(spec, "dynamic-spec"),
          end: spec.offset + spec.length
        });
      }
    }
  }
  expr(node) {
    const start = node.offset;
    const end = node.offset + node.length;
    if (this.depth >= MAX_DEPTH) {
      this.error(node.offset, `Nesting too deep: more than ${MAX_DEPTH} nested JSON values`);
      return { kind: "literal", value: null, start, end };
    }
    this.depth++;
    const e = this.exprInner(node, start, end);
    this.depth--;
    return e;
  }
  exprInner(node, start, end) {
    switch (node.type) {
      case "object": {
        const items = [];
        for (const [key, value] of propertiesOf(node, false)) {
          const v = this.expr(value);
          items.push({
            key: { kind: "literal", value: String(key.value), ...spanOf(key) },
            value: v,
            start: key.offset,
            end: v.end
          });
        }
        return { kind: "object", items, start, end };
      }
      case "array":
        return { kind: "tuple", items: (node.children ?? []).map((c) => this.expr(c)), start, end };
      case "string": {
        const value = String(node.value);
        const at = { ...this.lines.position(node.offset + 1), offset: node.offset + 1 };
        const raw = this.text.slice(node.offset + 1, node.offset + node.length - 1);
        const { expr, errors } = parseTemplate(value, at);
        if (raw !== value) {
          const remap = escapeRemapper(raw, value, at);
          remapOffsets(expr, remap.offset);
          for (const e of errors) Object.assign(e, remap.position(e.line, e.column));
        }
        for (const e of errors) this.errors.push(e);
        expr.start = start;
        expr.end = end;
        return expr;
      }
      case "number":
      case "boolean":
        return { kind: "literal", value: node.value, start, end };
      default:
        return { kind: "literal", value: null, start, end };
    }
  }
};
function escapeRemapper(raw, value, start) {
  const rawAt = new Int32Array(value.length + 1);
  let r = 0;
  for (let v = 0; v < value.length; v++) {
    rawAt[v] = r;
    if (raw.charCodeAt(r) === 92) r += raw.charCodeAt(r + 1) === 117 ? 6 : 2;
    else r++;
  }
  rawAt[value.length] = raw.length;
  const rawIndex = (valueIndex) => rawAt[Math.min(Math.max(valueIndex, 0), value.length)];
  const lineStarts = [0];
  for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const valueIndexAt = (line, column) => {
    const li = line - start.line;
    let i = lineStarts[Math.min(Math.max(li, 0), lineStarts.length - 1)];
    let col = li === 0 ? start.column : 1;
    while (col < column && i < value.length) {
      const c = value.charCodeAt(i);
      i += c >= 55296 && c <= 56319 ? 2 : 1;
      col++;
    }
    return i;
  };
  return {
    offset: (o) => start.offset + rawIndex(o - start.offset),
    position(line, column) {
      const ri = rawIndex(valueIndexAt(line, column));
      let rawColumn = start.column;
      for (let i = 0; i < ri; i++) {
        const c = raw.charCodeAt(i);
        const low = c >= 56320 && c <= 57343;
        if (!(low && i > 0 && raw.charCodeAt(i - 1) >= 55296 && raw.charCodeAt(i - 1) <= 56319))
          rawColumn++;
      }
      return { line: start.line, column: rawColumn };
    }
  };
}
function remapOffsets(root, remap) {
  const visit = (o) => {
    if (o === null || typeof o !== "object") return;
    if (Array.isArray(o)) {
      for (const x of o) visit(x);
      return;
    }
    const node = o;
    for (const k in node) {
      const v = node[k];
      if (typeof v === "number" && (k === "start" || k === "end" || k === "nameEnd")) node[k] = remap(v);
      else visit(v);
    }
  };
  visit(root);
}
function describe(node) {
  switch (node.type) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    case "array":
      return "an array";
    default:
      return "an object";
  }
}
function parseTfJson(text) {
  const m = new JsonMapper(text);
  const jsonErrors = [];
  let root;
  try {
    const json = text.charCodeAt(0) === 65279 ? " " + text.slice(1) : text;
    root = parseTree(json, jsonErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false
    });
  } catch {
    m.errors.push({ line: 1, column: 1, message: "Invalid JSON: nesting too deep to parse" });
    return { body: { attributes: [], blocks: [], start: 0, end: text.length }, errors: m.errors };
  }
  for (const e of jsonErrors) m.error(e.offset, `Invalid JSON: ${JSON_ERRORS[e.error] ?? "syntax error"}`);
  const blocks = [];
  const body = {
    attributes: [],
    blocks,
    start: text.charCodeAt(0) === 65279 ? 1 : 0,
    end: text.length
  };
  if (!root) return { body, errors: m.errors };
  if (root.type !== "object") {
    if (jsonErrors.length === 0)
      m.error(root.offset, `Invalid Terraform JSON: the root must be an object, found ${describe(root)}`);
    return { body, errors: m.errors };
  }
  try {
    for (const [key, value] of propertiesOf(root, true)) {
      const type = String(key.value);
      m.blocks(type, key, value, LABELS.get(type) ?? 0, [], [], blocks);
    }
  } catch (e) {
    m.errors.push({ line: 1, column: 1, message: `Internal parser error: ${String(e)}` });
  }
  return { body, errors: m.errors };
}

// src/formats/terraform/module-sources.ts
var FIREWALL_PROVIDERS = /* @__PURE__ */ new Set(["aws", "azurerm", "azure", "google", "google-beta", "gcp"]);
var SERVICES_WITHOUT_FIREWALLS = /* @__PURE__ */ new Set([
  "acm",
  "bigquery",
  "budget",
  "budgets",
  "cloud-storage",
  "cloudfront",
  "cloudwatch",
  "dynamodb-table",
  "ecr",
  "eventbridge",
  "iam",
  "key-pair",
  "key-vault",
  "kms",
  "label",
  "log-analytics",
  "naming",
  "pubsub",
  "resource-group",
  "route53",
  "s3-bucket",
  "secrets-manager",
  "sns",
  "sqs",
  "ssm-parameter",
  "tags"
]);
function sourceModule(source) {
  const path = source.replace(/^[a-z0-9]+::/i, "").split("?")[0].replace(/([^:/])\/\/.*$/, "$1");
  const registry = /^(?:[a-z0-9.-]+\.[a-z]{2,}\/)?[\w-]+\/([\w-]+)\/([\w-]+)$/i.exec(path);
  if (registry) return { provider: registry[2].toLowerCase(), name: registry[1].toLowerCase() };
  const repo = /^terraform-([a-z0-9]+)-(.+?)(?:\.git)?$/i.exec(
    path.replace(/\/+$/, "").split(/[/:]/).pop() ?? ""
  );
  return repo ? { provider: repo[1].toLowerCase(), name: repo[2].toLowerCase() } : void 0;
}
function mayHoldFirewall(source) {
  const module = sourceModule(source);
  if (!module) return true;
  if (!FIREWALL_PROVIDERS.has(module.provider)) return false;
  return !SERVICES_WITHOUT_FIREWALLS.has(module.name) && !module.name.startsWith("iam-");
}

// src/formats/terraform/expansion.ts
function expand(located, scope, address) {
  const body = located.node.body;
  const count = findAttribute(body, "count");
  if (count) {
    const n = asNumber(evaluate(count.expr, scope));
    if (n === void 0)
      return within(scope, address, located, [
        { names: { count: objectOf({ index: unknown("count.index", "count is not known") }) } }
      ]);
    const wanted = Math.max(0, Math.floor(n));
    const granted = withinBudget(scope, located, address, wanted, count.name, (i) => `[${i}]`);
    return Array.from({ length: granted }, (_, i) => ({
      key: { t: "number", v: i },
      names: { count: objectOf({ index: { t: "number", v: i } }) }
    }));
  }
  const forEach = findAttribute(body, "for_each");
  if (forEach) {
    let collection = evaluate(forEach.expr, scope);
    if (collection.t === "list") collection = collection.items.find(isSpread) ?? collection;
    const items = collection.t === "list" ? collection.items.map((v) => [v, v]) : forItems(collection);
    if (!items) {
      const why = collection.t === "unknown" ? collection.reason : "for_each is not a map or set";
      return within(scope, address, located, [
        { names: { each: objectOf({ key: unknown("each.key", why), value: unknown("each.value", why) }) } }
      ]);
    }
    const granted = withinBudget(
      scope,
      located,
      address,
      items.length,
      forEach.name,
      (i) => keyText(items[i][0])
    );
    return items.slice(0, granted).map(([k, v]) => ({ key: k, names: { each: objectOf({ key: k, value: v }) } }));
  }
  return within(scope, address, located, [{}]);
}
function keyText(key) {
  return `[${JSON.stringify(toPlain(key))}]`;
}
function within(scope, address, located, one) {
  return withinBudget(scope, located, address, 1, void 0, () => "") === 1 ? one : [];
}
function withinBudget(scope, located, address, wanted, meta, key) {
  const budget = scope.module.root.budget;
  const granted = budget.takeInstances(wanted);
  if (granted < wanted) {
    const missing = wanted - granted === 1 ? `${address}${key(granted)}` : `${address}${key(granted)} to ${address}${key(wanted - 1)}`;
    const what = meta ? `${wanted.toLocaleString("en-US")} instances (${meta})` : "an instance";
    budget.instancesLeftOut(
      toLocation(located.file, headerSpan(located)),
      `${address} has ${what}, over the budget of ${LIMITS.instances.toLocaleString("en-US")} resource and module instances of ${budget.rootName}: ${missing} (${(wanted - granted).toLocaleString("en-US")}) not analysed`,
      wanted - granted
    );
  }
  return granted;
}
function headerSpan(located) {
  const labels = located.node.labelSpans;
  return located.file.path.endsWith(".json") && labels.length > 0 ? labels[labels.length - 1] : located.node.typeSpan;
}
function objectOf(attrs) {
  return { t: "object", attrs: new Map(Object.entries(attrs)) };
}
var ExpandedInstance = class {
  constructor(type, name, address, displayName, localAddress, module, located, body) {
    this.type = type;
    this.name = name;
    this.address = address;
    this.displayName = displayName;
    this.localAddress = localAddress;
    this.module = module;
    this.located = located;
    this.body = body;
  }
  type;
  name;
  address;
  displayName;
  localAddress;
  module;
  located;
  body;
  #location;
  #extent;
  get block() {
    return this.located.node;
  }
  get file() {
    return this.located.file;
  }
  get location() {
    return this.#location ??= toLocation(this.located.file, headerSpan(this.located));
  }
  get extent() {
    return this.#extent ??= toLocation(this.located.file, this.located.node);
  }
};

// src/formats/terraform/types.ts
var ANY = { kind: "any" };
var parsed = /* @__PURE__ */ new WeakMap();
function keyName(key) {
  if (key.kind === "variable") return key.name;
  if (key.kind === "literal" && typeof key.value === "string") return key.value;
  if (key.kind === "template" && key.parts.length === 1 && key.parts[0].kind === "text")
    return key.parts[0].value;
  return void 0;
}
function typeConstraint(expr) {
  let type = parsed.get(expr);
  if (!type) parsed.set(expr, type = parseType(expr) ?? ANY);
  return type;
}
function parseType(expr) {
  switch (expr.kind) {
    case "variable":
      return ["any", "string", "number", "bool"].includes(expr.name) ? { kind: expr.name } : void 0;
    case "template": {
      const [part] = expr.parts;
      if (expr.parts.length !== 1 || part.kind !== "text") return void 0;
      const attr = parseHcl(`t = ${part.value}`).body.attributes[0];
      return attr ? parseType(attr.expr) : void 0;
    }
    case "call": {
      const [arg] = expr.args;
      if (!arg || expr.args.length !== 1) return void 0;
      if (expr.name === "list" || expr.name === "set" || expr.name === "map") {
        const element = parseType(arg);
        return element && { kind: expr.name, element };
      }
      if (expr.name === "tuple" && arg.kind === "tuple") {
        const elements = arg.items.map(parseType);
        return elements.every((e) => e !== void 0) ? { kind: "tuple", elements } : void 0;
      }
      if (expr.name === "object" && arg.kind === "object") {
        const attrs = /* @__PURE__ */ new Map();
        for (const item of arg.items) {
          const name = keyName(item.key);
          const value = item.value;
          const optional = value.kind === "call" && value.name === "optional";
          const inner = optional ? parseType(value.args[0]) : parseType(value);
          if (name === void 0 || !inner) return void 0;
          attrs.set(name, { type: inner, optional, default: optional ? value.args[1] : void 0 });
        }
        return { kind: "object", attrs };
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
function convert(value, type, defaultOf, path = "") {
  if (type.kind === "any" || value.t === "unknown" || value.t === "ref" || value.t === "null") return value;
  const where = path === "" ? "" : ` at ${path}`;
  const mismatch = (expected) => {
    throw new EvalError(
      `invalid value for the variable's type${where}: ${expected} required, got ${value.t}`
    );
  };
  switch (type.kind) {
    case "string": {
      const s = asString(value);
      return s === void 0 ? mismatch("string") : { t: "string", v: s, src: value.src };
    }
    case "number": {
      const n = asNumber(value);
      return n === void 0 ? mismatch("number") : { t: "number", v: n, src: value.src };
    }
    case "bool": {
      const b = asBool(value);
      return b === void 0 ? mismatch("bool") : { t: "bool", v: b, src: value.src };
    }
    case "list":
    case "set": {
      if (value.t !== "list") return mismatch(type.kind);
      const items = value.items.map(
        (item, i) => isSpread(item) ? item : convert(item, type.element, defaultOf, `${path}[${i}]`)
      );
      return type.kind === "set" ? setOf(items, value.src) : { t: "list", items, src: value.src };
    }
    case "tuple": {
      if (value.t !== "list") return mismatch("tuple");
      if (value.items.length !== type.elements.length)
        throw new EvalError(
          `invalid value for the variable's type${where}: tuple of ${type.elements.length} required`
        );
      return {
        t: "list",
        items: value.items.map((item, i) => convert(item, type.elements[i], defaultOf, `${path}[${i}]`)),
        src: value.src
      };
    }
    case "map": {
      if (value.t !== "object") return mismatch("map");
      const attrs = /* @__PURE__ */ new Map();
      for (const [k, v] of value.attrs) attrs.set(k, convert(v, type.element, defaultOf, `${path}["${k}"]`));
      return { t: "object", attrs, src: value.src };
    }
    case "object": {
      if (value.t !== "object") return mismatch("object");
      const attrs = /* @__PURE__ */ new Map();
      for (const [name, attr] of type.attrs) {
        const given = value.attrs.get(name);
        const at = path === "" ? name : `${path}.${name}`;
        if (given && given.t !== "null") attrs.set(name, convert(given, attr.type, defaultOf, at));
        else if (attr.optional)
          attrs.set(
            name,
            attr.default ? convert(defaultOf(attr.default), attr.type, defaultOf, at) : { t: "null" }
          );
        else if (given) attrs.set(name, given);
        else throw new EvalError(`invalid value for the variable's type: attribute "${at}" is required`);
      }
      return { t: "object", attrs, src: value.src };
    }
  }
}

// src/formats/terraform/module.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var constantDefaults = /* @__PURE__ */ new WeakMap();
var ModuleInstance = class _ModuleInstance {
  constructor(config, prefix, inputs, root, callChain, parent) {
    this.config = config;
    this.prefix = prefix;
    this.inputs = inputs;
    this.root = root;
    this.callChain = callChain;
    this.parent = parent;
    this.depth = parent ? parent.depth + 1 : 0;
  }
  config;
  prefix;
  inputs;
  root;
  callChain;
  parent;
  localCache = /* @__PURE__ */ new Map();
  variableCache = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  resourceCache;
  childCache = /* @__PURE__ */ new Map();
  /** Appended to addresses in messages, e.g. ` (root examples/http)`; set on roots, inherited by children. */
  rootLabel = "";
  /** Set on roots, inherited by children: what file(), templatefile() and fileset() read. */
  files;
  outputsCache;
  depth;
  guard(key, compute, fallback) {
    if (this.evaluating.has(key)) return fallback();
    this.evaluating.add(key);
    try {
      return compute();
    } finally {
      this.evaluating.delete(key);
    }
  }
  /**
   * A local or a variable default that reaches itself: Terraform refuses such a configuration ("Cycle: …",
   * "Variables not allowed"), so it is an error where the reference is written, not only an unresolved value.
   */
  cycle(address, src) {
    this.root.budget.log.error(
      src.loc,
      `cyclic reference: ${address} refers to itself (Terraform refuses this configuration); it is treated as unknown`
    );
    return unknown(address, "cyclic reference", src);
  }
  variable(name, src) {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const input = this.inputs.get(name);
    const declared = this.config.variables.get(name);
    let value;
    if (input)
      value = this.guard(`var.${name}`, input.value, () => unknown(`var.${name}`, "cyclic reference", src));
    else if (declared) {
      const def = findAttribute(declared.node.body, "default");
      value = def ? this.guard(
        `var.${name}`,
        () => this.defaultValue(name, def.expr, declared.file),
        () => this.cycle(`var.${name}`, src)
      ) : unknown(`var.${name}`, `variable "${name}" has no default and no value is given`, src);
    } else value = unknown(`var.${name}`, `variable "${name}" is not declared`, src);
    if (value.t === "null" && declared && input) {
      const nullable = findAttribute(declared.node.body, "nullable");
      const def = findAttribute(declared.node.body, "default");
      if (def && nullable?.expr.kind === "literal" && nullable.expr.value === false) {
        value = this.defaultValue(name, def.expr, declared.file);
      }
    }
    const type = declared && findAttribute(declared.node.body, "type");
    if (type && declared) value = this.typed(name, value, type.expr, declared.file, src);
    this.variableCache.set(name, value);
    return value;
  }
  /** The value converted to the variable's declared type, optional attributes filled; unknown when it does not fit. */
  typed(name, value, type, file, src) {
    try {
      return convert(
        value,
        typeConstraint(type),
        (expr) => evaluate(expr, { module: this, file, via: `variable "${name}" optional default` })
      );
    } catch (error) {
      if (error instanceof EvalError) return unknown(`var.${name}`, error.message, src);
      throw error;
    }
  }
  defaultValue(name, expr, file) {
    const budget = this.root.budget;
    const known = constantDefaults.get(expr);
    if (known) {
      budget.spend(known.work);
      return known.value;
    }
    const before = budget.used;
    const value = evaluate(expr, { module: this, file, via: `variable "${name}" default` });
    if (value.t !== "unknown" && isConstant(expr))
      constantDefaults.set(expr, { value, work: budget.used - before });
    return value;
  }
  local(name, src) {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const declared = this.config.locals.get(name);
    if (!declared) return unknown(`local.${name}`, `local "${name}" is not declared`, src);
    const value = this.guard(
      `local.${name}`,
      () => evaluate(declared.node.expr, { module: this, file: declared.file, via: `local "${name}"` }),
      () => this.cycle(`local.${name}`, src)
    );
    this.localCache.set(name, value);
    return value;
  }
  /** Child module instances of a call, expanded by count/for_each. */
  children(name) {
    const cached = this.childCache.get(name);
    if (cached) return cached;
    const call = this.config.moduleCalls.get(name);
    const result = [];
    this.childCache.set(name, result);
    if (!call) return result;
    const scope = { module: this, file: call.file };
    const sourceAttr = findAttribute(call.node.body, "source");
    const source = sourceAttr ? asString(evaluate(sourceAttr.expr, scope)) : void 0;
    if (source === void 0) return result;
    const callOrigin = {
      location: toLocation(call.file, call.node.typeSpan),
      description: `module "${name}" call`
    };
    const config = this.root.resolve(this, name, source, callOrigin.location);
    if (!config || !this.mayCall(name, config, callOrigin.location)) return result;
    for (const { key, names } of expand(call, scope, `${this.prefix}module.${name}`)) {
      const keyText2 = key === void 0 ? "" : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      const inputs = /* @__PURE__ */ new Map();
      for (const attr of call.node.body.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        let memo;
        inputs.set(attr.name, {
          value: () => memo ??= evaluate(attr.expr, {
            ...inner,
            via: inner.via ?? `module "${name}" argument "${attr.name}"`
          }),
          origin: {
            location: toLocation(call.file, nameSpan(attr)),
            description: `module "${name}" argument`
          }
        });
      }
      const instance = new _ModuleInstance(
        config,
        `${this.prefix}module.${name}${keyText2}.`,
        inputs,
        this.root,
        [...this.callChain, callOrigin],
        this
      );
      instance.rootLabel = this.rootLabel;
      instance.files = this.files;
      result.push({ key, instance });
    }
    return result;
  }
  /**
   * Whether a module call may be expanded: Terraform refuses a cycle of module calls (`a → b → a`, a module that
   * calls itself), and calls nested deeper than LIMITS.moduleDepth are not followed. Either is reported.
   */
  mayCall(name, config, at) {
    const chain = [];
    for (const m of this.ancestry()) {
      chain.unshift(m.config.dir || ".");
      if (m.config === config) {
        this.root.budget.log.error(
          at,
          `module call cycle: ${[...chain, config.dir || "."].join(" \u2192 ")} (Terraform refuses cyclic module calls); module "${name}" is not expanded here`
        );
        return false;
      }
    }
    if (this.depth + 1 > LIMITS.moduleDepth) {
      this.root.budget.log.error(
        at,
        `module calls nested deeper than ${LIMITS.moduleDepth} levels (${this.prefix}module.${name}); module "${name}" is not expanded`
      );
      return false;
    }
    return true;
  }
  /** This instance, its caller, and so on up to the root module. */
  *ancestry() {
    yield this;
    if (this.parent) yield* this.parent.ancestry();
  }
  /** This instance's outputs as an object, evaluated once (every `module.x.y` reference reads it). */
  outputs(callerName) {
    if (this.outputsCache) return this.outputsCache;
    const attrs = /* @__PURE__ */ new Map();
    for (const [out, block] of this.config.outputs) {
      const valueAttr = findAttribute(block.node.body, "value");
      if (!valueAttr) continue;
      attrs.set(
        out,
        this.guard(
          `output.${out}`,
          () => evaluate(valueAttr.expr, { module: this, file: block.file }),
          () => unknown(`${callerName}.${out}`, "cyclic reference")
        )
      );
    }
    this.outputsCache = { t: "object", attrs };
    return this.outputsCache;
  }
  /** `module.NAME` as a value: an object of outputs, or a list/map of them for count/for_each. */
  moduleOutputs(name, src) {
    const call = this.config.moduleCalls.get(name);
    if (!call) return unknown(`module.${name}`, `module "${name}" is not declared`, src);
    const children = this.children(name);
    if (children.length === 0 && !findAttribute(call.node.body, "count") && !findAttribute(call.node.body, "for_each")) {
      return unknown(`module.${name}`, `module "${name}" source is not available locally`, src);
    }
    const outputsOf = (child) => child.outputs(`module.${name}`);
    const expanded = findAttribute(call.node.body, "for_each") ?? findAttribute(call.node.body, "count");
    if (expanded && children.some((c) => c.key === void 0))
      return unknown(`module.${name}`, `the ${expanded.name} of module "${name}" is not known`, src);
    if (findAttribute(call.node.body, "for_each")) {
      return {
        t: "object",
        attrs: new Map(children.map((c) => [asString(c.key) ?? "", outputsOf(c.instance)])),
        src
      };
    }
    if (findAttribute(call.node.body, "count"))
      return { t: "list", items: children.map((c) => outputsOf(c.instance)), src };
    return outputsOf(children[0].instance);
  }
  /** Instances of one resource (`type.name`) in this module, expanded by count/for_each on first use. */
  instancesOf(localAddress) {
    this.resourceCache ??= /* @__PURE__ */ new Map();
    const cached = this.resourceCache.get(localAddress);
    if (cached) return cached;
    const located = this.config.resources.get(localAddress);
    if (!located) return [];
    const [type, name] = localAddress.split(".");
    const scope = { module: this, file: located.file };
    const instances = expand(located, scope, `${this.prefix}${localAddress}`).map(({ key, names }) => {
      const keyText2 = key === void 0 ? "" : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      return new ExpandedInstance(
        type,
        name,
        `${this.prefix}${localAddress}${keyText2}`,
        `${this.prefix}${localAddress}${keyText2}${this.rootLabel}`,
        localAddress,
        this,
        located,
        new BodyView(located.node.body, inner, located.node)
      );
    });
    this.resourceCache.set(localAddress, instances);
    return instances;
  }
  /** `aws_security_group.x` as a value: a ref, or a list/map of refs for count/for_each. */
  resourceRef(localAddress, src) {
    const located = this.config.resources.get(localAddress);
    const instances = this.instancesOf(localAddress);
    const ref = (i) => ({ t: "ref", address: i.address, attr: [], src });
    if (findAttribute(located.node.body, "for_each")) {
      return {
        t: "object",
        attrs: new Map(instances.map((i) => [i.address.slice(i.address.lastIndexOf("[") + 2, -2), ref(i)])),
        src
      };
    }
    if (findAttribute(located.node.body, "count")) return { t: "list", items: instances.map(ref), src };
    return instances[0] ? ref(instances[0]) : unknown(localAddress, "resource has no instances", src);
  }
  /**
   * Reading an attribute of a resource: an argument written in its configuration is evaluated (so
   * `aws_vpc.main.cidr_block` resolves); anything else (id, arn, computed) stays a symbolic reference.
   */
  refAttribute(ref, name) {
    if (ref.attr.length === 0 && !name.startsWith("[")) {
      const instance = this.findInstance(ref.address);
      const attr = instance && findAttribute(instance.block.body, name);
      if (instance && attr) {
        const scope = { ...instance.body.scope, via: `${instance.localAddress} argument "${name}"` };
        return this.guard(
          `${ref.address}.${name}`,
          () => evaluate(attr.expr, scope),
          () => unknown(`${ref.address}.${name}`, "cyclic reference")
        );
      }
    }
    return { ...ref, attr: [...ref.attr, name] };
  }
  findInstance(address) {
    if (!address.startsWith(this.prefix)) return void 0;
    const local = address.slice(this.prefix.length).replace(/\[.*\]$/, "");
    return this.instancesOf(local).find((i) => i.address === address);
  }
};
var BodyView = class _BodyView {
  constructor(body, scope, block) {
    this.body = body;
    this.scope = scope;
    this.block = block;
  }
  body;
  scope;
  block;
  get file() {
    return this.scope.file.path;
  }
  has(name) {
    return findAttribute(this.body, name) !== void 0;
  }
  attr(name) {
    const a = findAttribute(this.body, name);
    return a ? evaluate(a.expr, this.scope) : void 0;
  }
  attrExpr(name) {
    return findAttribute(this.body, name)?.expr;
  }
  /** Location of an attribute's expression (or its name when asked). */
  attrLocation(name) {
    const a = findAttribute(this.body, name);
    return a ? toLocation(this.scope.file, a.expr) : void 0;
  }
  text(expr) {
    return exprText(this.scope.file, expr);
  }
  /** Header location of the block (type keyword), or the body start. */
  get location() {
    return toLocation(this.scope.file, this.block ? this.block.typeSpan : this.body);
  }
  /** Whether a nested block of this type is written, statically or as `dynamic "type"`. */
  hasBlocks(type) {
    return this.body.blocks.some((b) => b.type === type || b.type === "dynamic" && b.labels[0] === type);
  }
  /** Nested blocks of a type in order, with `dynamic` blocks expanded over their for_each. */
  blocks(type) {
    const out = [];
    for (const b of this.body.blocks) {
      if (b.type === type) out.push(new _BodyView(b.body, this.scope, b));
      else if (b.type === "dynamic" && b.labels[0] === type) out.push(...this.dynamic(b, type));
    }
    return out;
  }
  dynamic(block, type) {
    const content = block.body.blocks.find((b) => b.type === "content");
    const forEach = findAttribute(block.body, "for_each");
    if (!content || !forEach) return [];
    const iteratorAttr = findAttribute(block.body, "iterator");
    const iterator = iteratorAttr?.expr.kind === "variable" ? iteratorAttr.expr.name : iteratorAttr && asString(evaluate(iteratorAttr.expr, this.scope)) || type;
    const collection = evaluate(forEach.expr, this.scope);
    const items = collection.t === "list" ? collection.items.map((v, i) => [{ t: "number", v: i }, v]) : forItems(collection);
    if (!items) {
      const why = collection.t === "unknown" ? collection.reason : "for_each is not a collection";
      const names = {
        [iterator]: objectOf({
          key: unknown(`${iterator}.key`, why),
          value: unknown(`${iterator}.value`, why)
        })
      };
      return [new _BodyView(content.body, withNames(this.scope, names), block)];
    }
    return items.map(
      ([key, value]) => new _BodyView(content.body, withNames(this.scope, { [iterator]: objectOf({ key, value }) }), block)
    );
  }
};

// src/formats/terraform/project.ts
var resourceTypes = /* @__PURE__ */ new WeakMap();
function typedResources(config) {
  let list = resourceTypes.get(config);
  if (!list) {
    list = [...config.resources.keys()].map((a) => ({ type: a.slice(0, a.indexOf(".")), localAddress: a }));
    resourceTypes.set(config, list);
  }
  return list;
}
function* resourcesOf(root, types) {
  const stack = [root];
  while (stack.length > 0) {
    const module = stack.pop();
    for (const { type, localAddress } of typedResources(module.config)) {
      if (types.has(type)) yield* module.instancesOf(localAddress);
    }
    const children = [];
    for (const name of module.config.moduleCalls.keys())
      for (const child of module.children(name)) children.push(child.instance);
    stack.push(...children.reverse());
  }
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function isTerraformFile(path) {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}
function isVarFile(path) {
  return path.endsWith(".tfvars") || path.endsWith(".tfvars.json");
}
function parseConfigFile(file, diagnostics, cache) {
  const parse = file.path.endsWith(".json") ? parseTfJson : parseHcl;
  const parsed2 = cache ? cache.parse(file.path, file.text, parse) : parse(file.text);
  if (parsed2.errors.length > 0) {
    for (const e of parsed2.errors.slice(0, 5)) {
      diagnostics.push({
        level: "error",
        location: { file: file.path, line: e.line, column: e.column },
        message: e.message
      });
    }
    return void 0;
  }
  return { path: file.path, text: file.text, body: parsed2.body };
}
function autoVarFiles(dir, varFiles) {
  const inDir = varFiles.filter((f) => dirOf(f.path) === dir);
  const named = (n) => inDir.filter((f) => baseName(f.path) === n);
  const auto = inDir.filter((f) => /\.auto\.tfvars(\.json)?$/.test(f.path)).sort((a, b) => a.path < b.path ? -1 : 1);
  return [...named("terraform.tfvars"), ...named("terraform.tfvars.json"), ...auto];
}
function readVarFile(file, diagnostics, host2) {
  if (file.path.endsWith(".json")) return readJsonVarFile(file, diagnostics);
  const out = /* @__PURE__ */ new Map();
  const config = parseConfigFile(file, diagnostics);
  if (!config) return out;
  const via = baseName(file.path);
  for (const attr of config.body.attributes) {
    const location = toLocation(config, nameSpan(attr));
    let memo;
    out.set(attr.name, {
      value: () => memo ??= evaluate(attr.expr, { module: host2, file: config, via }),
      origin: { location, description: via }
    });
  }
  return out;
}
function jsonVarValue(node, file, via) {
  const src = {
    loc: {
      file,
      line: node.loc.line,
      column: node.loc.column,
      endLine: node.loc.endLine,
      endColumn: node.loc.endColumn
    },
    via
  };
  switch (node.type) {
    case "array":
      return { t: "list", items: node.items.map((i) => jsonVarValue(i, file, via)), src };
    case "object":
      return {
        t: "object",
        attrs: new Map(node.entries.map((e) => [e.key, jsonVarValue(e.value, file, via)])),
        src
      };
    default:
      return fromPlain(node.value, src);
  }
}
function readJsonVarFile(file, diagnostics) {
  const out = /* @__PURE__ */ new Map();
  const parsed2 = parseJson(file.text);
  const [e] = parsed2.errors;
  if (e)
    diagnostics.push({
      level: "error",
      location: { file: file.path, line: e.line, column: e.column },
      message: e.message
    });
  if (parsed2.errors.length > 0) return out;
  const root = parsed2.root;
  if (root?.type !== "object") {
    diagnostics.push({
      level: "error",
      location: { file: file.path, line: root?.loc.line ?? 1, column: root?.loc.column ?? 1 },
      message: "a .tfvars.json file must be a JSON object of variable values"
    });
    return out;
  }
  const via = baseName(file.path);
  for (const entry of root.entries) {
    const location = { file: file.path, line: entry.keyLoc.line, column: entry.keyLoc.column };
    const value = jsonVarValue(entry.value, file.path, via);
    out.set(entry.key, { value: () => value, origin: { location, description: via } });
  }
  return out;
}
function cliVar(name, raw, host2) {
  const file = {
    path: "(command line)",
    text: `v = ${raw}`,
    body: { attributes: [], blocks: [], start: 0, end: 0 }
  };
  const parsed2 = /^\s*[[{"\d-]|^\s*(true|false|null)\s*$/.test(raw) ? parseHcl(file.text) : void 0;
  const attr = parsed2 && parsed2.errors.length === 0 ? parsed2.body.attributes[0] : void 0;
  const location = { file: "(command line)", line: 1, column: 1 };
  return {
    value: () => attr ? evaluate(attr.expr, { module: host2, file, via: `--var ${name}` }) : fromPlain(raw, { loc: location, via: `--var ${name}` }),
    origin: { location, description: `--var ${name}` }
  };
}
function loadTerraformProject(files, inputs, project) {
  const diagnostics = [];
  const byDir = /* @__PURE__ */ new Map();
  const varFiles = [];
  for (const file of files) {
    if (isVarFile(file.path)) {
      varFiles.push(file);
      continue;
    }
    const parsed2 = parseConfigFile(file, diagnostics, inputs.parseCache);
    const dir = dirOf(file.path);
    const list = byDir.get(dir) ?? [];
    if (parsed2) list.push(parsed2);
    byDir.set(dir, list);
  }
  const configs = /* @__PURE__ */ new Map();
  for (const [dir, list] of byDir) configs.set(dir, buildModuleConfig(dir, list));
  const configFor = (dir) => {
    const known = configs.get(dir);
    if (known) return known;
    const names = project.listDir(dir)?.filter(isTerraformFile) ?? [];
    const parsed2 = [];
    for (const name of names.sort()) {
      const path = dir ? `${dir}/${name}` : name;
      const text = project.read(path);
      if (text === void 0)
        diagnostics.push({
          level: "warning",
          location: { file: path, line: 1, column: 1 },
          message: "cannot read this module file (unreadable, too large, not UTF-8, or a link outside the scanned directories); the module is analysed without it"
        });
      const file = text === void 0 ? void 0 : parseConfigFile({ path, absPath: path, text }, diagnostics);
      if (file) parsed2.push(file);
    }
    const config = names.length > 0 ? buildModuleConfig(dir, parsed2) : void 0;
    if (config) configs.set(dir, config);
    return config;
  };
  const localCalls2 = (dir) => {
    const targets = [];
    for (const call of configs.get(dir)?.moduleCalls.values() ?? []) {
      const source = findAttribute(call.node.body, "source");
      const text = source?.expr.kind === "template" && source.expr.parts.length === 1 && source.expr.parts[0].kind === "text" ? source.expr.parts[0].value : void 0;
      const target = text && isLocalSource(text) ? joinPath(dir, text.replace(/\/+$/, "")) : void 0;
      if (target !== void 0) targets.push(target);
    }
    return targets;
  };
  const roots = [];
  const unresolved = [];
  const log = new DiagnosticLog();
  const rootList = rootDirs(configs.keys(), localCalls2);
  for (const dir of rootList) {
    const config = configs.get(dir);
    const resolve2 = moduleResolver(dir, configFor, project, diagnostics, unresolved);
    const rootInputs = /* @__PURE__ */ new Map();
    const budget = new RootBudget(`root module ${dir || "."}`, log);
    const root = new ModuleInstance(config, "", rootInputs, { resolve: resolve2, budget }, []);
    root.files = { project, rootDir: dir };
    for (const file of [...autoVarFiles(dir, varFiles), ...inputs.varFiles]) {
      for (const [k, v] of readVarFile(file, diagnostics, root)) rootInputs.set(k, v);
    }
    for (const [k, raw] of Object.entries(inputs.vars)) rootInputs.set(k, cliVar(k, raw, root));
    roots.push(root);
  }
  if (roots.length > 1 || inputs.severalRoots)
    for (const root of roots) root.rootLabel = ` (root ${root.config.dir || "."})`;
  for (const file of varFiles)
    if (!configs.has(dirOf(file.path))) {
      if (file.path.endsWith(".json")) readJsonVarFile(file, diagnostics);
      else parseConfigFile(file, diagnostics);
    }
  return {
    roots,
    diagnostics,
    evaluation: log,
    unresolved
  };
}
function moduleResolver(rootDir, configFor, project, diagnostics, unresolved) {
  let manifest;
  const manifestDirs = () => {
    if (manifest) return manifest;
    manifest = /* @__PURE__ */ new Map();
    const path = joinPath(rootDir, ".terraform/modules/modules.json");
    const text = project.read(path);
    if (text === void 0) return manifest;
    try {
      const parsed2 = JSON.parse(text);
      for (const m of parsed2.Modules ?? []) {
        if (m.Key && m.Dir) {
          const dir = joinPath(rootDir, m.Dir.replace(/\\/g, "/"));
          if (dir !== void 0) manifest.set(m.Key, dir);
        }
      }
    } catch (error) {
      diagnostics.push({
        level: "warning",
        location: { file: path, line: 1, column: 1 },
        message: `cannot read module manifest: ${error.message}`
      });
    }
    return manifest;
  };
  return (caller, name, source, at) => {
    let dir;
    if (isLocalSource(source)) dir = joinPath(caller.config.dir, source.replace(/\/+$/, ""));
    else {
      const key = [...caller.prefix.matchAll(/module\.([^.[]+)/g)].map((m) => m[1]).concat(name).join(".");
      dir = manifestDirs().get(key);
    }
    const config = dir === void 0 ? void 0 : configFor(dir);
    if (config) return config;
    let why;
    if (!isLocalSource(source))
      why = mayHoldFirewall(source) ? "the module is not downloaded (run terraform init to analyse it)" : void 0;
    else if (dir === void 0)
      why = "the module directory is outside the scanned directory (scan a directory that contains it)";
    else if (project.listDir(dir) === void 0) why = "the module directory does not exist";
    else why = "the module directory has no Terraform files";
    if (why)
      unresolved.push({ location: at, expression: `module "${name}" source = "${source}"`, reason: why });
    return void 0;
  };
}

// src/formats/terraform/parse-cache.ts
var MAX_CACHED_BYTES = 4 * 1024 * 1024;
var ParseCache = class {
  constructor(shared, maxBytes = MAX_CACHED_BYTES) {
    this.maxBytes = maxBytes;
    this.shared = new Set(shared);
  }
  maxBytes;
  entries = /* @__PURE__ */ new Map();
  bytes = 0;
  /** The only paths worth keeping: files more than one unit reads. */
  shared;
  /** `parse(text)`, or the tree of an earlier call for the same path and text. */
  parse(path, text, parse) {
    if (!this.shared.has(path)) return parse(text);
    const entry = this.entries.get(path);
    if (entry && entry.text === text) {
      this.entries.delete(path);
      this.entries.set(path, entry);
      return entry.parsed;
    }
    const parsed2 = parse(text);
    if (entry) this.forget(path, entry.text);
    this.entries.set(path, { text, parsed: parsed2 });
    this.bytes += text.length;
    for (const [oldest, { text: oldText }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(oldest, oldText);
    }
    return parsed2;
  }
  forget(path, text) {
    this.entries.delete(path);
    this.bytes -= text.length;
  }
};

// src/formats/terraform/units.ts
var LOCAL_SOURCE = /^"?\s*[=:]\s*"(\.\.?\/[^"\r\n]*)"/;
var SOURCE = Buffer.from("source");
var WINDOW_CHARS = 506;
var WINDOW_BYTES = WINDOW_CHARS * 3;
var terraformUnits = {
  plans: (path) => isTerraformFile(path) || isVarFile(path),
  survey: (path, bytes) => isTerraformFile(path) ? localCalls(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), dirOf(path)) : void 0,
  group: groupTerraformFiles,
  threadOptions: (shared) => ({ terraformParseCache: new ParseCache(shared) })
};
function localCalls(bytes, dir) {
  const calls = [];
  for (let at = bytes.indexOf(SOURCE); at !== -1; at = bytes.indexOf(SOURCE, at + SOURCE.length)) {
    if (at > 0 && isWordByte(bytes[at - 1])) continue;
    const start = at + SOURCE.length;
    const after = bytes.toString("utf8", start, Math.min(bytes.length, start + WINDOW_BYTES)).slice(0, WINDOW_CHARS);
    const source = LOCAL_SOURCE.exec(after)?.[1];
    if (source === void 0) continue;
    const target = joinPath(dir, source.replace(/\/+$/, ""));
    if (target !== void 0) calls.push(target);
  }
  return calls;
}
function isWordByte(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function groupTerraformFiles(files, target) {
  const tfDirs = /* @__PURE__ */ new Map();
  const varFiles = [];
  for (const file of files) {
    if (!isTerraformFile(file.ref.path)) {
      varFiles.push(file);
      continue;
    }
    const dir = dirOf(file.ref.path);
    let entry = tfDirs.get(dir);
    if (!entry) tfDirs.set(dir, entry = { files: [], bytes: 0, calls: /* @__PURE__ */ new Set() });
    entry.files.push(file.ref);
    entry.bytes += file.size;
    for (const call of file.facts ?? []) entry.calls.add(call);
  }
  const single = [];
  for (const file of varFiles) {
    const entry = tfDirs.get(dirOf(file.ref.path));
    if (!entry) single.push(file);
    else {
      entry.files.push(file.ref);
      entry.bytes += file.size;
    }
  }
  const { units, roots } = rootUnits(tfDirs, target);
  return { units, single, lint: { terraformSeveralRoots: roots > 1 } };
}
function rootUnits(tfDirs, target) {
  const roots = rootDirs(tfDirs.keys(), (dir) => tfDirs.get(dir)?.calls ?? []);
  const closureOf = (root) => {
    const seen = /* @__PURE__ */ new Set([root]);
    const stack = [root];
    while (stack.length > 0) {
      for (const to of tfDirs.get(stack.pop())?.calls ?? []) {
        if (tfDirs.has(to) && !seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    return [...seen];
  };
  const closures = roots.map((root) => {
    const dirs2 = closureOf(root);
    return {
      root,
      dirs: dirs2,
      key: dirs2.filter((d) => d !== root).sort().join("\0")
    };
  });
  closures.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : a.root < b.root ? -1 : 1);
  const units = [];
  const owned = /* @__PURE__ */ new Set();
  let dirs = /* @__PURE__ */ new Set();
  let unitBytes = 0;
  const flush = () => {
    if (dirs.size === 0) return;
    const unit = { owned: [], context: [] };
    for (const dir of [...dirs].sort()) {
      const files = tfDirs.get(dir)?.files ?? [];
      if (owned.has(dir)) unit.context.push(...files);
      else unit.owned.push(...files);
    }
    for (const dir of dirs) owned.add(dir);
    units.push(unit);
    dirs = /* @__PURE__ */ new Set();
    unitBytes = 0;
  };
  for (const { dirs: closure } of closures) {
    for (const dir of closure) {
      if (!dirs.has(dir)) unitBytes += tfDirs.get(dir)?.bytes ?? 0;
      dirs.add(dir);
    }
    if (unitBytes >= target) flush();
  }
  flush();
  return { units, roots: roots.length };
}

// src/formats/terraform/analyzer.ts
var MAPPINGS = PROVIDERS.flatMap((provider) => provider.terraform ?? []);
function dedupeUnresolved(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((u) => {
    const key = `${u.location.file}:${u.location.line}:${u.location.column}:${u.expression}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var terraformAnalyzer = {
  id: "terraform",
  claims: (file) => isTerraformFile(file.path) || isVarFile(file.path),
  units: terraformUnits,
  analyze(files, options) {
    const project = loadTerraformProject(
      files,
      {
        vars: options.terraformVars,
        varFiles: options.terraformVarFiles,
        severalRoots: options.terraformSeveralRoots,
        parseCache: options.terraformParseCache
      },
      options.project
    );
    const log = new UnresolvedLog();
    const firewalls = [];
    const mappingDiagnostics = [];
    const context = { log, diagnostics: mappingDiagnostics, project: options.project };
    const varsDeclared = /* @__PURE__ */ new Set();
    const internalErrors = [];
    for (let root = project.roots.shift(); root; root = project.roots.shift()) {
      for (const name of Object.keys(options.terraformVars))
        if (root.config.variables.has(name)) varsDeclared.add(name);
      const rootFirewalls = [];
      for (const mapping of MAPPINGS) {
        try {
          rootFirewalls.push(...mapping.firewalls([...resourcesOf(root, mapping.types)], context));
        } catch (error) {
          const what = mapping.what ?? [...mapping.types].join(", ");
          internalErrors.push(
            internalError(
              root.config.files[0]?.path ?? files[0].path,
              error,
              `while extracting ${what} of root module ${root.config.dir || "."}; those are not analysed`
            )
          );
        }
      }
      if (root.config.dir) for (const f of rootFirewalls) f.id = `${root.config.dir}//${f.id}`;
      firewalls.push(...rootFirewalls);
    }
    return {
      firewalls,
      inputsUsed: [...varsDeclared].map((name) => `var:${name}`),
      diagnostics: [
        ...project.diagnostics,
        ...project.evaluation.diagnostics,
        ...internalErrors,
        ...mappingDiagnostics
      ],
      unresolved: dedupeUnresolved([...project.unresolved, ...log.entries])
    };
  }
};

// src/formats/pulumi/source-positions.ts
import { posix as posix2 } from "node:path";
var SOURCE_POSITION = /^project:\/\/\/(.+?)#(\d+)(?:,(\d+))?$/;
var PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/;
function projectName(text) {
  return text ? /^name:\s*["']?([^"'\s#]+)/m.exec(text)?.[1] : void 0;
}
function pulumiProjectDir(project, statePath, projectNameInUrn) {
  const all = project.paths().filter((p) => PROJECT_FILE.test(p));
  const named = projectNameInUrn === void 0 ? [] : all.filter((p) => projectName(project.read(p)) === projectNameInUrn);
  const candidates = named.length > 0 ? named : all;
  const dirOf2 = (p) => posix2.dirname(p);
  const ancestors = candidates.map(dirOf2).filter((dir) => dir === "." || statePath.startsWith(`${dir}/`)).sort((a, b) => b.length - a.length);
  if (ancestors.length > 0) return ancestors[0];
  return candidates.length === 1 ? dirOf2(candidates[0]) : void 0;
}
function decodePath(path) {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
function programLocation(project, projectDir, sourcePosition) {
  if (projectDir === void 0 || !sourcePosition) return void 0;
  const m = SOURCE_POSITION.exec(sourcePosition);
  if (!m) return void 0;
  const file = posix2.normalize(posix2.join(projectDir, decodePath(m[1])));
  if (file.startsWith("../") || file === ".." || posix2.isAbsolute(file) || !project.exists(file))
    return void 0;
  return { file, line: Number(m[2]), column: m[3] === void 0 ? 1 : Number(m[3]) };
}

// src/formats/pulumi/index.ts
var MAPPINGS2 = PROVIDERS.flatMap((provider) => provider.pulumi ?? []);
var FIREWALL_TYPES = new Set(MAPPINGS2.flatMap((mapping) => [...mapping.types]));
var pulumiAnalyzer = {
  id: "pulumi",
  claims: (file) => looksLikePulumiState(file.text),
  independentFiles: true,
  analyze: (files, options) => analyzeJsonFiles("pulumi", files, (file, root, result) => {
    const state = stateResources(root);
    if ("notState" in state) {
      result.diagnostics.push({
        level: "error",
        location: { file: file.path, line: 1, column: 1 },
        message: `looks like a Pulumi state export but is not one: ${state.notState}`
      });
      return;
    }
    const resources = state.resources.filter((r) => FIREWALL_TYPES.has(r.type));
    if (resources.length === 0) return;
    const projectDir = pulumiProjectDir(options.project, file.path, parseUrn(resources[0].urn)?.project);
    const views = resources.map(
      (r) => resourceView(r, file.path, programLocation(options.project, projectDir, r.sourcePosition))
    );
    for (const mapping of MAPPINGS2) result.firewalls.push(...mapping.firewalls(views, result.unresolved));
  })
};

// src/formats/terraform-plan/index.ts
import { posix as posix4 } from "node:path";

// src/formats/terraform-plan/configuration.ts
var NOT_RESOURCES = /* @__PURE__ */ new Set([
  "var",
  "local",
  "module",
  "data",
  "each",
  "count",
  "self",
  "path",
  "terraform"
]);
var MAX_HOPS = 8;
var PlanConfiguration = class {
  root;
  constructor(plan) {
    this.root = get(get(plan, "configuration"), "root_module");
  }
  /** The configuration of the module at a path of call names ([] = root). */
  module(path) {
    let node = this.root;
    for (const name of path) node = get(get(get(node, "module_calls"), name), "module");
    return node;
  }
  /** The `source` of the module call that instantiated the module at `path`. */
  moduleSource(path) {
    if (path.length === 0) return void 0;
    const call = get(get(this.module(path.slice(0, -1)), "module_calls"), path[path.length - 1]);
    return docString(get(call, "source"));
  }
  /** What a resource attribute's expression references, e.g. ["aws_security_group.relay.id", "aws_security_group.relay"]. */
  references(path, type, name, attribute) {
    const resources = get(this.module(path), "resources");
    if (resources?.type !== "array") return [];
    const resource = resources.items.find((r) => {
      const t = get(r, "type");
      const n = get(r, "name");
      const mode = get(r, "mode");
      return t?.type === "scalar" && t.value === type && n?.type === "scalar" && n.value === name && !(mode?.type === "scalar" && mode.value === "data");
    });
    return docStrings(get(get(get(resource, "expressions"), attribute), "references"));
  }
  /**
   * The resources (static addresses: module path, type, name) a reference made in module `path` leads to,
   * following module outputs (`module.sg.id`) and input variables (`var.group_id`) across module boundaries.
   */
  resolveResources(path, reference, hops = 0) {
    if (hops > MAX_HOPS) return [];
    const parts = reference.split(".");
    const root = parts[0].replace(/\[.*$/, "");
    if (root === "module" && parts.length >= 3) {
      const call = parts[1].replace(/\[.*$/, "");
      const output = get(
        get(get(this.module([...path, call]), "outputs"), parts[2].replace(/\[.*$/, "")),
        "expression"
      );
      return docStrings(get(output, "references")).flatMap(
        (r) => this.resolveResources([...path, call], r, hops + 1)
      );
    }
    if (root === "var" && parts.length >= 2 && path.length > 0) {
      const parent = path.slice(0, -1);
      const call = get(get(this.module(parent), "module_calls"), path[path.length - 1]);
      const input = get(get(call, "expressions"), parts[1].replace(/\[.*$/, ""));
      return docStrings(get(input, "references")).flatMap((r) => this.resolveResources(parent, r, hops + 1));
    }
    if (NOT_RESOURCES.has(root) || parts.length < 2) return [];
    return [`${modulePrefix(path)}${root}.${parts[1].replace(/\[.*$/, "")}`];
  }
};

// src/formats/terraform-plan/document.ts
function looksLikePlan(text) {
  return /^\s*\{/.test(text) && text.includes('"format_version"') && (text.includes('"planned_values"') || text.includes('"resource_changes"') || /"values"\s*:\s*\{\s*"root_module"/.test(text));
}
function collectModule(module, into) {
  const resources = get(module, "resources");
  if (resources?.type === "array") into.push(...resources.items);
  const children = get(module, "child_modules");
  if (children?.type === "array") for (const child of children.items) collectModule(child, into);
}
function planResources(plan) {
  const changes = /* @__PURE__ */ new Map();
  const changeList = get(plan, "resource_changes");
  if (changeList?.type === "array") {
    for (const item of changeList.items) {
      const address = docString(get(item, "address"));
      if (address && !get(item, "deposed")) changes.set(address, get(item, "change"));
    }
  }
  const actionsOf = (change) => docStrings(get(change, "actions"));
  const result = [];
  const add = (node, values, change, state) => {
    const address = docString(get(node, "address"));
    const mode = docString(get(node, "mode"));
    const parsed2 = address ? parseAddress(address) : void 0;
    if (!address || !parsed2 || mode !== void 0 && mode !== "managed" || values?.type !== "object")
      return;
    const actions = actionsOf(change);
    const live = state || actions.length > 0 && !actions.includes("create");
    const sensitive = get(node, "sensitive_values") ?? get(change, "after_sensitive");
    result.push({
      node,
      address,
      parsed: parsed2,
      values,
      afterUnknown: get(change, "after_unknown"),
      sensitive,
      live
    });
  };
  const planned = get(plan, "planned_values");
  const shownState = get(plan, "values");
  if (planned || shownState) {
    const nodes = [];
    collectModule(get(planned ?? shownState, "root_module"), nodes);
    for (const node of nodes)
      add(node, get(node, "values"), changes.get(docString(get(node, "address")) ?? ""), !planned);
  } else if (changeList?.type === "array") {
    for (const node of changeList.items) {
      const change = get(node, "change");
      if (!get(node, "deposed") && actionsOf(change).join() !== "delete")
        add(node, get(change, "after"), change, false);
    }
  }
  return result;
}

// src/formats/terraform-plan/tf-declarations.ts
import { posix as posix3 } from "node:path";
var RESOURCE_HEADER = /^[ \t]*(resource)[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]*\{/gm;
var TfDeclarations = class {
  constructor(project, configuration, rootDir) {
    this.project = project;
    this.configuration = configuration;
    this.rootDir = rootDir;
  }
  project;
  configuration;
  rootDir;
  headersByDir = /* @__PURE__ */ new Map();
  modulesJson;
  /** Module key (`edge.sg`) → directory, from `terraform init`'s `.terraform/modules/modules.json`. */
  downloadedModules() {
    if (this.modulesJson) return this.modulesJson;
    this.modulesJson = /* @__PURE__ */ new Map();
    const text = this.project.read(posix3.join(this.rootDir, ".terraform/modules/modules.json"));
    try {
      const parsed2 = text ? JSON.parse(text) : void 0;
      const modules = parsed2?.Modules;
      if (Array.isArray(modules)) {
        for (const m of modules) {
          if (typeof m.Key === "string" && typeof m.Dir === "string") this.modulesJson.set(m.Key, m.Dir);
        }
      }
    } catch {
    }
    return this.modulesJson;
  }
  /** The directory of the module at a path of call names: local sources relative to the caller, else modules.json. */
  moduleDir(path) {
    let dir = this.rootDir;
    for (let i = 1; i <= path.length; i++) {
      const source = this.configuration.moduleSource(path.slice(0, i));
      if (source !== void 0 && (source.startsWith("./") || source.startsWith("../"))) {
        dir = posix3.normalize(posix3.join(dir, source));
      } else {
        const downloaded = this.downloadedModules().get(path.slice(0, i).join("."));
        if (downloaded === void 0) return void 0;
        dir = posix3.normalize(posix3.join(this.rootDir, downloaded));
      }
      if (dir.startsWith("../")) return void 0;
    }
    return dir.replace(/\/$/, "") || ".";
  }
  headers(dir) {
    let headers = this.headersByDir.get(dir);
    if (headers) return headers;
    headers = /* @__PURE__ */ new Map();
    const files = (this.project.listDir(dir) ?? []).filter((name) => name.endsWith(".tf"));
    for (const file of files.map((name) => dir === "." ? name : `${dir}/${name}`)) {
      const text = this.project.read(file);
      if (!text) continue;
      const index = lineIndex(text);
      for (const m of text.matchAll(RESOURCE_HEADER)) {
        const key = `${m[2]}.${m[3]}`;
        const at = index.position(m.index + m[0].indexOf(m[1]));
        if (!headers.has(key)) headers.set(key, { file, line: at.line, column: at.column });
      }
    }
    this.headersByDir.set(dir, headers);
    return headers;
  }
  /** The `resource "type" "name"` header declaring a resource of the module at `path`, if it is in the scan. */
  find(path, type, name) {
    const dir = this.moduleDir(path);
    return dir === void 0 ? void 0 : this.headers(dir).get(`${type}.${name}`);
  }
};

// src/formats/terraform-plan/index.ts
var MAPPINGS3 = PROVIDERS.flatMap((provider) => provider.plan ?? []);
var FIREWALL_TYPES2 = new Set(MAPPINGS3.flatMap((mapping) => [...mapping.types]));
var terraformPlanAnalyzer = {
  id: "terraform-plan",
  claims: (file) => looksLikePlan(file.text),
  independentFiles: true,
  analyze: (files, options) => analyzeJsonFiles("terraform-plan", files, (file, root, result) => {
    const resources = planResources(root).filter((r) => FIREWALL_TYPES2.has(r.parsed.type));
    if (resources.length === 0) return;
    const configuration = new PlanConfiguration(root);
    const declarations = new TfDeclarations(options.project, configuration, posix4.dirname(file.path));
    const views = resources.map((r) => {
      const declaration = declarations.find(
        r.parsed.modules.map((m) => m.name),
        r.parsed.type,
        r.parsed.name
      );
      return planView(r, file.path, declaration, configuration);
    });
    for (const mapping of MAPPINGS3) result.firewalls.push(...mapping.firewalls(views, result.unresolved));
  })
};

// src/engine/analyzers.ts
var cloudformation;
var host;
function loadedCloudFormation() {
  if (!cloudformation)
    throw new Error("CloudFormation support was not loaded (prepareAnalyzers) before linting");
  return cloudformation;
}
async function prepareAnalyzers(paths) {
  if (!cloudformation && paths.some(mayBeTemplate))
    cloudformation = (await import("./cloudformation-PEZ4PPNF.js")).cloudformationAnalyzer;
  if (!host && paths.some(mayBeHostFile)) {
    host = (await import("./host-HMLBRA2B.js")).hostAnalyzer;
    await loadCloudConfigReader();
  }
}
async function prepareForContent(files, project) {
  if (!loadedCloudConfigReader() && holdsCloudConfigUserData(files, project)) await loadCloudConfigReader();
}
var analyzers = [
  terraformAnalyzer,
  pulumiAnalyzer,
  terraformPlanAnalyzer,
  {
    id: "cloudformation",
    claims: looksLikeCloudFormation,
    independentFiles: true,
    analyze: (files, options) => loadedCloudFormation().analyze(files, options),
    dataSuppressions: (file) => loadedCloudFormation().dataSuppressions?.(file) ?? []
  },
  {
    id: "host",
    claims: (file) => hostFormatOf(file) !== void 0,
    analyze: (files, options) => {
      if (!host) throw new Error("host firewall support was not loaded (prepareAnalyzers) before linting");
      return host.analyze(files, options);
    }
  }
];

// src/engine/lint.ts
import { createHash } from "node:crypto";

// src/config/overrides.ts
import { dirname as dirname2, isAbsolute as isAbsolute3, relative as relative2, sep as sep2 } from "node:path";
var compiled = /* @__PURE__ */ new Map();
function matchesGlob(file, glob) {
  let matcher = compiled.get(glob);
  if (!matcher) compiled.set(glob, matcher = pathGlob(glob));
  return matcher.test(file);
}
function matchesAnyGlob(file, globs) {
  return globs.some((g) => matchesGlob(file, g));
}
function effectiveConfigFor(config, file) {
  const rules2 = { ...config.rules };
  for (const override of config.overrides) {
    if (matchesAnyGlob(file, override.files)) Object.assign(rules2, override.rules);
  }
  return { ...config, rules: rules2, overrides: [] };
}
function rebaseOverrides(config, root) {
  if (!config.path) return config;
  const dir = relative2(root, dirname2(config.path)).split(sep2).join("/");
  if (dir === "" || dir.startsWith("..") || isAbsolute3(dir)) return config;
  const rebase = (glob) => {
    const bare = glob.replace(/^\.?\//, "");
    return bare.includes("/") ? `${dir}/${bare}` : `${dir}/**/${bare}`;
  };
  return { ...config, overrides: config.overrides.map((o) => ({ ...o, files: o.files.map(rebase) })) };
}

// src/engine/suppressions.ts
var MARKER = "egress-lint:ignore";
var DIRECTIVE = /(^|\s)(#|\/\/|\/\*)\s*egress-lint:ignore(?![\w:-])(.*)$/;
var COMMENT_ONLY = /^\s*(#|\/\/|\/\*|\*)/;
var COMMENTLESS = /\.json$/i;
var INDENTED = /\.(ya?ml|template)$/i;
var indentOf = (line) => line.length - line.trimStart().length;
function codeOf(line) {
  let quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" || c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}
function bracketDepth(line) {
  let depth = 0;
  let quote;
  const code = codeOf(line);
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"') quote = c;
    else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
  }
  return depth;
}
var HEREDOC = /<<-?\s*"?(\w+)"?\s*$/;
function blockEnd(lines, index, indented) {
  if (indented) {
    const own = indentOf(lines[index]);
    let last;
    for (let k = index + 1; k < lines.length; k++) {
      if (lines[k].trim() === "" || COMMENT_ONLY.test(lines[k])) continue;
      if (indentOf(lines[k]) <= own) break;
      last = k + 1;
    }
    return last;
  }
  let depth = bracketDepth(lines[index]);
  if (depth <= 0) return void 0;
  for (let k = index + 1; k < lines.length; k++) {
    const heredoc = HEREDOC.exec(codeOf(lines[k]));
    depth += bracketDepth(lines[k]);
    if (heredoc) while (k + 1 < lines.length && lines[k + 1].trim() !== heredoc[1]) k++;
    if (depth <= 0) return k + 1;
  }
  return void 0;
}
var KNOWN_RULE_IDS = rules.map((r) => r.meta.id);
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}
function unknownRule(id) {
  return KNOWN_RULE_IDS.includes(id.toUpperCase()) ? void 0 : `unknown rule ${id} (known rules: ${KNOWN_RULE_IDS.join(", ")})`;
}
function invalidExpiry(date) {
  return isCalendarDate(date) ? void 0 : `invalid expiry date "${date}": write YYYY-MM-DD`;
}
function parseDirectiveSpec(spec) {
  const ruleIds = [];
  let expires;
  for (const token of spec.split(/[\s,]+/).filter(Boolean)) {
    if (token.startsWith("exp:")) {
      expires = token.slice(4);
      const error = invalidExpiry(expires);
      if (error) return { error };
    } else if (/^[A-Za-z]+\d+$/.test(token)) {
      const error = unknownRule(token);
      if (error) return { error };
      ruleIds.push(token.toUpperCase());
    } else {
      return { error: `unexpected "${token}": write the reason after --` };
    }
  }
  if (ruleIds.length === 0) return { error: `no rule id: write ${MARKER} EGR002 -- reason` };
  return { ruleIds, expires };
}
function invalidDirective(location, error) {
  return {
    level: "error",
    code: "invalid-suppression",
    location,
    message: `invalid ${MARKER}: ${error}; it suppresses nothing`
  };
}
function parseDirectives(file, text) {
  const parsed2 = { directives: [], problems: [] };
  if (COMMENTLESS.test(file) || !text.includes(MARKER)) return parsed2;
  const lines = text.split(/\r?\n/);
  const commentOnly = lines.map((l) => COMMENT_ONLY.test(l));
  lines.forEach((text2, i) => {
    const m = DIRECTIVE.exec(text2);
    if (!m) return;
    const location = { file, line: i + 1, column: m.index + m[1].length + 1 };
    const body = m[3].replace(/\*\/\s*$/, "");
    const dash = body.indexOf("--");
    const spec = parseDirectiveSpec(dash >= 0 ? body.slice(0, dash) : body);
    if ("error" in spec) {
      parsed2.problems.push(invalidDirective(location, spec.error));
      return;
    }
    const directive = {
      ...spec,
      reason: dash >= 0 ? body.slice(dash + 2).trim() : "",
      location
    };
    if (!commentOnly[i]) {
      directive.line = i + 1;
    } else {
      let next = i + 1;
      while (next < lines.length && commentOnly[next]) next++;
      if (next < lines.length) directive.line = next + 1;
      let previous = i - 1;
      while (previous >= 0 && commentOnly[previous]) previous--;
      if (previous >= 0 && lines[previous].trim() !== "") directive.resourceLine = previous + 1;
    }
    if (directive.line !== void 0) {
      const end = blockEnd(lines, directive.line - 1, INDENTED.test(file));
      if (end !== void 0) directive.endLine = end;
    }
    parsed2.directives.push(directive);
  });
  return parsed2;
}
function dataDirectives(suppressions) {
  const parsed2 = { directives: [], problems: [] };
  for (const resource of suppressions) {
    for (const entry of resource.ids) {
      const error = unknownRule(entry.id) ?? (entry.expires === void 0 ? void 0 : invalidExpiry(entry.expires));
      if (error) {
        parsed2.problems.push(invalidDirective(entry.location, error));
        continue;
      }
      parsed2.directives.push({
        ruleIds: [entry.id.toUpperCase()],
        reason: entry.reason.trim(),
        expires: entry.expires,
        location: entry.location,
        resourceLine: resource.resourceLine,
        firewallId: resource.logicalId
      });
    }
  }
  return parsed2;
}
function covers(d, f) {
  const onLine = (l, line) => line !== void 0 && l.file === d.location.file && l.line === line;
  const inBlock = (l) => d.line !== void 0 && l.file === d.location.file && l.line >= d.line && l.line <= (d.endLine ?? d.line);
  const aboutFirewall = d.firewallId !== void 0 && f.firewallId === d.firewallId && f.resource.file === d.location.file;
  return inBlock(f.location) || onLine(f.resource, d.line) || onLine(f.resource, d.resourceLine) || aboutFirewall;
}
function compileResourcePattern(glob) {
  return new Glob(glob, { segments: false, wildcardsOnly: true });
}
function resourceIdForms(firewallId) {
  const root = firewallId.indexOf("//");
  return root > 0 ? [firewallId, firewallId.slice(root + 2)] : [firewallId];
}
function applySuppressions(findings, context) {
  const { configFor, ruleIds } = context;
  const today = context.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const diagnostics = [];
  const byFile = /* @__PURE__ */ new Map();
  const admit = (parsed2, judged) => {
    if (judged) diagnostics.push(...parsed2.problems);
    for (const directive of parsed2.directives) {
      const problem = directiveProblem(directive, configFor(directive.location.file), today);
      if (problem) {
        if (judged) diagnostics.push(problem);
        continue;
      }
      const list = byFile.get(directive.location.file) ?? [];
      list.push({ directive, used: judged ? /* @__PURE__ */ new Set() : void 0 });
      byFile.set(directive.location.file, list);
    }
  };
  for (const file of context.files) {
    admit(parseDirectives(file.path, file.text), true);
    if (context.dataSuppressions) admit(dataDirectives(context.dataSuppressions(file)), true);
  }
  const analysed = new Set(context.files.map((f) => f.path));
  for (const path of new Set(findings.flatMap((f) => [f.location.file, f.resource.file]))) {
    const text = analysed.has(path) ? void 0 : context.project?.read(path);
    if (text !== void 0) admit(parseDirectives(path, text), false);
  }
  const patternsOf = /* @__PURE__ */ new Map();
  const resourcePatterns = (config) => {
    let patterns = patternsOf.get(config);
    if (!patterns) {
      patterns = config.ignoreResources.map((r) => ({
        reason: r.reason,
        matcher: compileResourcePattern(r.pattern)
      }));
      patternsOf.set(config, patterns);
    }
    return patterns;
  };
  for (const finding of findings) {
    const candidates = [
      ...byFile.get(finding.location.file) ?? [],
      ...byFile.get(finding.resource.file) ?? []
    ];
    const match = candidates.find(
      (a) => a.directive.ruleIds.includes(finding.ruleId) && covers(a.directive, finding)
    );
    if (match) {
      match.used?.add(finding.ruleId);
      finding.suppression = {
        kind: "inSource",
        justification: match.directive.reason,
        location: match.directive.location
      };
      continue;
    }
    const ids = resourceIdForms(finding.firewallId);
    const byResource = resourcePatterns(configFor(finding.location.file)).find(
      (r) => ids.some((id) => r.matcher.test(id))
    );
    if (byResource) finding.suppression = { kind: "external", justification: byResource.reason };
  }
  for (const { directive, used } of [...byFile.values()].flat()) {
    for (const id of directive.ruleIds) {
      if (!used || used.has(id) || !ruleIds.has(id)) continue;
      diagnostics.push({
        level: "warning",
        code: "unused-suppression",
        ruleId: id,
        location: directive.location,
        message: `unused ${MARKER} for ${id}: no ${id} finding here to suppress`
      });
    }
  }
  return diagnostics;
}
function directiveProblem(d, config, today) {
  const ids = d.ruleIds.join(", ");
  if (d.expires !== void 0 && d.expires < today) {
    return {
      level: "warning",
      code: "expired-suppression",
      location: d.location,
      message: `${MARKER} ${ids} expired on ${d.expires} and no longer suppresses${d.reason ? ` (reason was: ${d.reason})` : ""}`
    };
  }
  if (config.requireReason && d.reason === "") {
    return {
      level: "error",
      code: "suppression-without-reason",
      location: d.location,
      message: `${MARKER} ${ids} has no reason and requireReason is set, so it does not suppress: add "-- why this is acceptable"`
    };
  }
  return void 0;
}

// src/engine/variants.ts
var NAME_SLOT = "\0";
var SHOWN = 3;
function variantOf(input) {
  let best;
  const named = [
    input.firewall,
    ...input.firewall.rules.map((r) => r.declaredBy)
  ];
  for (const n of named) {
    if (!n.variant || !input.message.includes(n.displayName)) continue;
    if (!best || n.displayName.length > best.displayName.length)
      best = { variant: n.variant, displayName: n.displayName };
  }
  return best;
}
function familyKey(firewall, key, variant) {
  if (!variant) return { firewallId: firewall.id, key };
  const firewallId = firewall.variant ? firewall.variant.family : firewall.id;
  return { firewallId, key: key.split(variant.address).join(variant.family) };
}
function findingVariants(input, found) {
  return {
    template: input.message.split(found.displayName).join(NAME_SLOT),
    instances: [{ address: found.variant.address, root: found.variant.root, firewallId: input.firewall.id }]
  };
}
function compareNatural(a, b) {
  const chunks = (s) => s.match(/\d+|\D+/g) ?? [];
  const [x, y] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const numeric = /^\d/.test(x[i]) && /^\d/.test(y[i]);
    if (numeric && Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}
function listed(items) {
  const shown = items.slice(0, SHOWN);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
function instancesName(instances) {
  const addresses = [...new Set(instances.map((i) => i.address))].sort(compareNatural);
  const roots = [...new Set(instances.flatMap((i) => i.root === void 0 ? [] : [i.root]))].sort(
    compareNatural
  );
  const first = addresses[0] ?? "";
  const stem = first.replace(/\[[^\]]*\]$/, "");
  const names = addresses.map(
    (a, i) => i > 0 && stem !== first && a.startsWith(stem) && /^\[[^\]]*\]$/.test(a.slice(stem.length)) ? a.slice(stem.length) : a
  );
  const rootText = roots.length === 0 ? "" : roots.length === 1 ? ` (root ${roots[0]})` : ` (roots ${listed(roots)})`;
  return `${listed(names)}${rootText}`;
}
function mergeKey(f) {
  return `${f.ruleId}\0${f.level}\0${f.fingerprint}\0${f.variants?.template ?? ""}`;
}
function compareRepresentatives(a, b) {
  return b.location.line - a.location.line || b.location.column - a.location.column || compareText(a.firewallId, b.firewallId);
}
function locationText(o) {
  return `${o.location.file}\0${String(o.location.line).padStart(9, "0")}\0${String(o.location.column).padStart(9, "0")}`;
}
function mergeVariants(findings) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    if (!f.variants) {
      out.push(f);
      continue;
    }
    const key = mergeKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0]);
      continue;
    }
    group.sort(compareRepresentatives);
    const [first] = group;
    const instances = [];
    const listedInstances = /* @__PURE__ */ new Set();
    for (const f of group)
      for (const i of f.variants.instances) {
        const key = JSON.stringify([i.address, i.root ?? 0, i.firewallId]);
        if (listedInstances.has(key)) continue;
        listedInstances.add(key);
        instances.push(i);
      }
    const firstVariants = first.variants;
    const own = first.related.slice(0, firstVariants.own ?? first.related.length);
    const seen = new Set(own.map(locationText));
    const others = /* @__PURE__ */ new Map();
    for (const f of group)
      for (const o of f.related) {
        const text = locationText(o);
        if (!seen.has(text)) others.set(text, o);
      }
    const { template } = firstVariants;
    out.push({
      ...first,
      message: template.split(NAME_SLOT).join(instancesName(instances)),
      related: [...own, ...[...others.keys()].sort(compareText).map((k) => others.get(k))],
      variants: { template, instances, own: own.length }
    });
  }
  return out;
}

// src/engine/lint.ts
function memoryProject(files) {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  return {
    exists: (p) => byPath.has(p),
    read: (p) => byPath.get(p),
    paths: () => [...byPath.keys()],
    listDir: (dir) => {
      const prefix = dir === "" || dir === "." ? "" : `${dir}/`;
      const names = [...byPath.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map((p) => p.slice(prefix.length));
      return names.length > 0 ? names : void 0;
    }
  };
}
function fingerprint(ruleId, file, firewallId, key) {
  return createHash("sha256").update(`${ruleId}\0${file}\0${firewallId}\0${key}`).digest("hex").slice(0, 32);
}
function levelFor(ruleId, file, reported, config, cli) {
  if (cli[ruleId]) return cli[ruleId];
  for (let i = config.overrides.length - 1; i >= 0; i--) {
    const o = config.overrides[i];
    if (o.rules[ruleId] && matchesAnyGlob(file, o.files)) {
      return o.rules[ruleId];
    }
  }
  return config.rules[ruleId] ?? reported;
}
function relatedOf(input) {
  const seen = /* @__PURE__ */ new Set();
  return [...input.related ?? [], ...input.firewall.related ?? []].filter((o) => {
    const key = `${o.location.file}:${o.location.line}:${o.location.column}`;
    if (seen.has(key) || o.location.file === input.location.file && o.location.line === input.location.line)
      return false;
    seen.add(key);
    return true;
  });
}
function lintFiles(files, options = {}) {
  const configs = options.configs ?? singleConfig(options.config);
  const analyzeOptions = {
    terraformVars: options.terraformVars ?? {},
    terraformVarFiles: options.terraformVarFiles ?? [],
    cfnParameters: options.cfnParameters ?? {},
    terraformSeveralRoots: options.terraformSeveralRoots,
    terraformParseCache: options.terraformParseCache,
    project: options.project ?? memoryProject(files)
  };
  const claimed = /* @__PURE__ */ new Map();
  let skipped = 0;
  for (const file of files) {
    const analyzer = analyzers.find((a) => a.claims(file));
    if (!analyzer) {
      skipped++;
      continue;
    }
    const list = claimed.get(analyzer) ?? [];
    list.push(file);
    claimed.set(analyzer, list);
  }
  const result = {
    findings: [],
    diagnostics: [...options.diagnostics ?? []],
    unresolved: [],
    firewalls: [],
    stats: { filesScanned: files.length, filesSkipped: skipped, firewalls: 0, unresolved: 0 }
  };
  const inputsUsed = /* @__PURE__ */ new Set();
  for (const analyzer of analyzers) {
    const mine = claimed.get(analyzer);
    if (!mine) continue;
    analyzeContained(analyzer, mine, analyzeOptions, result, inputsUsed);
  }
  for (const input of relaysUsed(configs, result.firewalls)) inputsUsed.add(input);
  result.inputsUsed = [...inputsUsed];
  result.findings = runRules(result, options, configs, claimed);
  result.stats.firewalls = result.firewalls.length;
  result.stats.unresolved = result.unresolved.length;
  return result;
}
function analyzeContained(analyzer, files, options, result, inputsUsed) {
  const add = (analysis) => {
    for (const f of analysis.firewalls) result.firewalls.push(f);
    for (const d of analysis.diagnostics) result.diagnostics.push(d);
    for (const u of analysis.unresolved) result.unresolved.push(u);
    result.stats.filesSkipped += analysis.skipped?.length ?? 0;
    for (const input of analysis.inputsUsed ?? []) inputsUsed.add(input);
  };
  try {
    add(analyzer.analyze(files, options));
    return;
  } catch (error) {
    if (!analyzer.independentFiles || files.length === 1) {
      const consequence = `the ${analyzer.id} analyser failed on it${files.length > 1 ? ` and ${files.length - 1} other files analysed with it` : ""}; not analysed`;
      for (const file of files) result.diagnostics.push(internalError(file.path, error, consequence));
      return;
    }
  }
  for (const file of files) {
    try {
      add(analyzer.analyze([file], options));
    } catch (error) {
      result.diagnostics.push(
        internalError(file.path, error, `the ${analyzer.id} analyser failed on it; not analysed`)
      );
    }
  }
}
function runRules(result, options, configs, claimed) {
  const optionsOf = /* @__PURE__ */ new Map();
  const optionsFor = (rule, file) => {
    const config = configOf(configs, file);
    const byRule = optionsOf.get(config) ?? /* @__PURE__ */ new Map();
    optionsOf.set(config, byRule);
    let values = byRule.get(rule);
    if (!values) byRule.set(rule, values = ruleOptionValues(rule, config));
    return values;
  };
  const cli = options.ruleLevels ?? {};
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const ruleList = options.rules ?? rules;
  for (const rule of ruleList) {
    for (const firewall of result.firewalls) {
      try {
        checkFirewall(rule, firewall);
      } catch (error) {
        result.diagnostics.push(
          internalError(
            firewall.location,
            error,
            `rule ${rule.meta.id} failed on ${firewall.displayName}; not checked`
          )
        );
      }
    }
  }
  function checkFirewall(rule, firewall) {
    rule.check(firewall, {
      options: optionsFor(rule, firewall.location.file),
      levelOf: (ruleId, file, reported) => levelFor(ruleId, file, reported, configOf(configs, file), cli),
      report(input) {
        const file = input.location.file;
        const level = levelFor(rule.meta.id, file, input.level, configOf(configs, file), cli);
        if (level === "off") return;
        const once = `${rule.meta.id}\0${input.location.file}\0${input.firewall.id}\0${input.key}`;
        if (seen.has(once)) return;
        seen.add(once);
        const named = variantOf(input);
        const family = familyKey(input.firewall, input.key, named?.variant);
        const print = fingerprint(rule.meta.id, input.location.file, family.firewallId, family.key);
        findings.push({
          ruleId: rule.meta.id,
          level,
          message: input.message,
          location: input.location,
          related: relatedOf(input),
          firewallId: input.firewall.id,
          platform: input.firewall.platform,
          fingerprint: print,
          securitySeverity: input.securitySeverity ?? rule.meta.securitySeverity,
          resource: input.resource ?? input.firewall.location,
          ...named && { variants: findingVariants(input, named) }
        });
      }
    });
  }
  const merged = mergeVariants(findings);
  const ruleIds = new Set(ruleList.map((r) => r.meta.id));
  const analyserOf = /* @__PURE__ */ new Map();
  for (const [analyzer, files] of claimed) for (const file of files) analyserOf.set(file, analyzer);
  result.diagnostics.push(
    ...applySuppressions(merged, {
      files: [...analyserOf.keys()],
      project: options.project,
      configFor: (file) => configOf(configs, file),
      ruleIds,
      dataSuppressions: (file) => analyserOf.get(file)?.dataSuppressions?.(file) ?? []
    })
  );
  if (options.baseline) applyBaseline(merged, options.baseline);
  return merged.sort(compareFindings);
}
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.ruleId, b.ruleId) || compareText(a.firewallId, b.firewallId) || compareText(a.fingerprint, b.fingerprint);
}

// src/engine/compact.ts
import { createHash as createHash2 } from "node:crypto";
var StringPool = class {
  strings = /* @__PURE__ */ new Map();
  get(text) {
    const pooled = this.strings.get(text);
    if (pooled !== void 0) return pooled;
    this.strings.set(text, text);
    return text;
  }
};
function detachedCopy(result) {
  return structuredClone(result);
}
function compactLocation(l, pool) {
  const file = pool.get(l.file);
  const { line, column, endLine, endColumn } = l;
  if (endLine === void 0 && endColumn === void 0) return { file, line, column };
  if (endColumn === void 0) return { file, line, column, endLine };
  if (endLine === void 0) return { file, line, column, endColumn };
  return { file, line, column, endLine, endColumn };
}
function compactOrigin(o, pool) {
  return { location: compactLocation(o.location, pool), description: pool.get(o.description) };
}
function compactSuppression(s, pool) {
  const { kind, justification } = s;
  return s.location ? { kind, justification, location: compactLocation(s.location, pool) } : { kind, justification };
}
function compactVariants(v, pool) {
  const instances = v.instances.map((i) => ({
    address: pool.get(i.address),
    root: i.root === void 0 ? void 0 : pool.get(i.root),
    firewallId: pool.get(i.firewallId)
  }));
  return v.own === void 0 ? { template: v.template, instances } : { template: v.template, instances, own: v.own };
}
function compactFinding(f, pool) {
  return {
    ruleId: pool.get(f.ruleId),
    level: pool.get(f.level),
    message: f.message,
    location: compactLocation(f.location, pool),
    related: f.related.map((o) => compactOrigin(o, pool)),
    firewallId: pool.get(f.firewallId),
    platform: pool.get(f.platform),
    fingerprint: f.fingerprint,
    securitySeverity: pool.get(f.securitySeverity),
    resource: compactLocation(f.resource, pool),
    suppression: f.suppression && compactSuppression(f.suppression, pool),
    variants: f.variants && compactVariants(f.variants, pool)
  };
}
function compactResult(result, pool) {
  return {
    ...result,
    findings: result.findings.map((f) => compactFinding(f, pool)),
    diagnostics: result.diagnostics.map((d) => ({ ...d, location: compactLocation(d.location, pool) })),
    unresolved: result.unresolved.map((u) => ({
      ...u,
      location: compactLocation(u.location, pool),
      reason: pool.get(u.reason)
    }))
  };
}
function keyDigest(key) {
  return createHash2("sha256").update(key).digest().toString("latin1");
}

// src/engine/merge.ts
function locationKey(l) {
  return `${l.file}\0${l.line}\0${l.column}`;
}
function firewallKey(f) {
  return `${locationKey(f.location)}\0${f.id}`;
}
var ResultMerger = class {
  findings = [];
  diagnostics;
  unresolved = [];
  firewalls = [];
  firewallCount = 0;
  /** Digests (keyDigest) of what was kept, so that a repeat from another unit is recognised. */
  seen = /* @__PURE__ */ new Set();
  strings = new StringPool();
  filesScanned = 0;
  filesSkipped = 0;
  inputsUsed = /* @__PURE__ */ new Set();
  constructor(diagnostics) {
    this.diagnostics = [...diagnostics];
  }
  add(result) {
    const unit = compactResult(result, this.strings);
    const keys = [];
    const fresh = (items, kind, key, into) => {
      for (const item of items) {
        const k = keyDigest(`${kind}\0${key(item)}`);
        if (this.seen.has(k)) continue;
        keys.push(k);
        into.push(item);
      }
    };
    fresh(unit.findings, "f", (f) => `${f.fingerprint}\0${f.firewallId}\0${f.message}`, this.findings);
    fresh(
      unit.diagnostics,
      "d",
      (d) => `${locationKey(d.location)}\0${d.code ?? ""}\0${d.message}`,
      this.diagnostics
    );
    fresh(unit.unresolved, "u", (u) => `${locationKey(u.location)}\0${u.expression}`, this.unresolved);
    for (const [i, key] of unit.firewallKeys.entries()) {
      const k = keyDigest(`w\0${key}`);
      if (this.seen.has(k)) continue;
      keys.push(k);
      this.firewallCount++;
      const firewall = unit.firewalls[i];
      if (firewall) this.firewalls.push(firewall);
    }
    for (const k of keys) this.seen.add(k);
    this.filesScanned += unit.filesScanned;
    this.filesSkipped += unit.filesSkipped;
    for (const input of unit.inputsUsed) this.inputsUsed.add(input);
  }
  result() {
    const used = /* @__PURE__ */ new Set();
    for (const f of this.findings) {
      if (f.suppression?.kind === "inSource" && f.suppression.location)
        used.add(`${locationKey(f.suppression.location)}\0${f.ruleId}`);
    }
    const diagnostics = this.diagnostics.filter(
      (d) => d.code !== "unused-suppression" || !used.has(`${locationKey(d.location)}\0${d.ruleId}`)
    );
    return {
      findings: mergeVariants(this.findings).sort(compareFindings),
      diagnostics,
      unresolved: this.unresolved,
      firewalls: this.firewalls,
      stats: {
        filesScanned: this.filesScanned,
        filesSkipped: this.filesSkipped,
        firewalls: this.firewallCount,
        unresolved: this.unresolved.length
      },
      inputsUsed: [...this.inputsUsed]
    };
  }
};
function compareLocations(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
function inCanonicalOrder(result) {
  result.diagnostics.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.message, b.message)
  );
  result.unresolved.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.expression, b.expression)
  );
  result.firewalls.sort((a, b) => compareLocations(a.location, b.location) || compareText(a.id, b.id));
  return result;
}

// src/engine/lint-unit.ts
async function lintUnit(unit, context, thread, read) {
  const files = [];
  const diagnostics = [];
  let contextRead = 0;
  for (const [refs, isContext] of [
    [unit.owned, false],
    [unit.context, true]
  ]) {
    for (const ref of refs) {
      const file = foundFile(ref, read?.get(ref.path) ?? readSourceBytes(ref.absPath, context.maxFileSize));
      if (!("text" in file)) diagnostics.push(file);
      else {
        files.push(file);
        if (isContext) contextRead++;
      }
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const project = { ...diskProject(context.root, files, context.maxFileSize), paths: () => context.allPaths };
  await prepareForContent(files, project);
  try {
    const result = lintFiles(files, { ...context.lint, ...thread, project, diagnostics });
    return {
      findings: result.findings,
      diagnostics: result.diagnostics,
      unresolved: result.unresolved,
      firewalls: context.keepFirewalls ? result.firewalls : [],
      firewallKeys: result.firewalls.map(firewallKey),
      filesScanned: result.stats.filesScanned - contextRead,
      filesSkipped: result.stats.filesSkipped,
      inputsUsed: result.inputsUsed ?? []
    };
  } catch (error) {
    return failedUnit(unit, error, "while analysing it", diagnostics);
  }
}
function failedUnit(unit, error, when, diagnostics = []) {
  const others = unit.owned.length + unit.context.length - 1;
  const group = others > 0 ? ` and the ${others} other files analysed with it` : "";
  return {
    findings: [],
    diagnostics: [
      ...diagnostics,
      ...unit.owned.map((f) => internalError(f.path, error, `${when}${group}; not analysed`))
    ],
    unresolved: [],
    firewalls: [],
    firewallKeys: [],
    filesScanned: 0,
    filesSkipped: 0,
    inputsUsed: []
  };
}

// src/engine/plan.ts
var UNIT_MIN_BYTES = 32 * 1024;
var UNIT_MAX_BYTES = 128 * 1024;
function planners() {
  return analyzers.flatMap((a) => a.units ? [a.units] : []);
}
function plannerOf(path, all) {
  return all.find((p) => p.plans(path));
}
function surveyFile(ref, maxFileSize) {
  const read = readSourceBytes(ref.absPath, maxFileSize);
  if (!read.ok) return { ref, size: 0, read };
  const facts = plannerOf(ref.path, planners())?.survey(ref.path, read.bytes);
  return { ref, size: read.bytes.length, facts, read };
}
function planUnits(files, options) {
  const all = planners();
  const byPlanner = /* @__PURE__ */ new Map();
  const single = [];
  let bytes = 0;
  for (const file of files) {
    bytes += file.size;
    const planner = plannerOf(file.ref.path, all);
    if (!planner) single.push(file);
    else {
      let group = byPlanner.get(planner);
      if (!group) byPlanner.set(planner, group = []);
      group.push(file);
    }
  }
  const target = options.unitBytes ?? Math.min(Math.max(bytes / (Math.max(options.jobs, 1) * 8), UNIT_MIN_BYTES), UNIT_MAX_BYTES);
  const units = [];
  let lint = {};
  for (const [planner, planned] of byPlanner) {
    const grouped = planner.group(planned, target);
    units.push(...grouped.units);
    single.push(...grouped.single);
    lint = { ...lint, ...grouped.lint };
  }
  units.push(...batches(single, target));
  const weight = (u) => u.owned.length + u.context.length;
  units.sort((a, b) => weight(b) - weight(a));
  const shared = [...new Set(units.flatMap((u) => u.context.map((f) => f.path)))];
  return { units, bytes, lint, shared };
}
function threadOptions(shared) {
  return Object.assign({}, ...planners().map((p) => p.threadOptions?.(shared) ?? {}));
}
function batches(files, target) {
  const units = [];
  let batch = [];
  let batchBytes = 0;
  for (const { ref, size } of files) {
    batch.push(ref);
    batchBytes += size;
    if (batchBytes >= target) {
      units.push({ owned: batch, context: [] });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) units.push({ owned: batch, context: [] });
  return units;
}

// src/engine/workers.ts
import { statSync as statSync3 } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
var WORKER_READY = "egress-lint worker ready";
function transferable(reads) {
  return reads.flatMap((r) => r.ok && r.bytes.length > 0 ? [r.bytes.buffer] : []);
}
function workerScript() {
  if (!import.meta.url.endsWith(".js")) return void 0;
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    try {
      if (statSync3(url).isFile()) return url;
    } catch {
    }
  }
  return void 0;
}
function threadsFor(jobs) {
  return Math.max(1, Math.min(jobs, availableParallelism()));
}
function workerHeapMb(workers) {
  const forced = Number(process.env.EGRESS_LINT_WORKER_HEAP_MB);
  if (Number.isInteger(forced) && forced > 0) return forced;
  const share = Math.floor(totalmem() / (1024 * 1024) / (workers + 1));
  return Math.min(4096, Math.max(512, share));
}
var WORKER_YOUNG_GENERATION_MB = 48;
var IN_FLIGHT = 2;
var WorkerThreads = class {
  constructor(Worker, script, count) {
    this.Worker = Worker;
    this.script = script;
    this.count = count;
    for (let i = 0; i < count; i++) this.start();
  }
  Worker;
  script;
  count;
  threads = /* @__PURE__ */ new Set();
  /** Requests every worker gets before its first task. */
  setup = [];
  phase;
  /** Whether the phase's tasks go to ready workers only (see run). */
  readyOnly = false;
  idle;
  /** Sent to every worker now, and first to every worker started later. */
  broadcast(request) {
    this.setup.push(request);
    for (const thread of this.threads) thread.worker.postMessage(request);
  }
  /**
   * Feeds the phase's tasks to the workers; resolves when none holds a task and the queue gave none. `readyOnly`:
   * a worker still starting takes none (short tasks: this thread would otherwise wait for it to start).
   */
  run(phase, readyOnly = false) {
    this.phase = phase;
    this.readyOnly = readyOnly;
    return new Promise((resolve2) => {
      this.idle = resolve2;
      for (const thread of this.threads) this.feed(thread);
      this.checkIdle();
    });
  }
  /** Stops every worker. */
  close() {
    for (const thread of this.threads) void thread.worker.terminate();
    this.threads.clear();
  }
  start() {
    const worker = new this.Worker(this.script, {
      resourceLimits: {
        maxOldGenerationSizeMb: workerHeapMb(this.count),
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB
      }
    });
    const thread = { worker, ready: false, held: [] };
    this.threads.add(thread);
    for (const request of this.setup) worker.postMessage(request);
    worker.on("message", (reply) => {
      if (reply === WORKER_READY) {
        thread.ready = true;
        this.feed(thread);
        return;
      }
      const task = thread.held.shift();
      this.phase?.done(task, reply);
      this.feed(thread);
      this.checkIdle();
    });
    worker.on("error", (error) => {
      this.threads.delete(thread);
      const phase = this.phase;
      if (!thread.ready) {
        phase?.giveBack(thread.held.splice(0));
      } else {
        const [failed, ...waiting] = thread.held.splice(0);
        if (failed !== void 0) phase?.lost(failed, error);
        phase?.giveBack(waiting);
        if (failed !== void 0) this.start();
      }
      this.checkIdle();
    });
    if (this.phase) this.feed(thread);
  }
  feed(thread) {
    const phase = this.phase;
    if (!phase || this.readyOnly && !thread.ready) return;
    while (thread.held.length < IN_FLIGHT) {
      const task = phase.take();
      if (task === void 0) break;
      thread.held.push(task);
      const { message, transfer } = phase.request(task);
      thread.worker.postMessage(message, transfer);
    }
  }
  checkIdle() {
    if (!this.idle || [...this.threads].some((t) => t.held.length > 0)) return;
    const resolve2 = this.idle;
    this.idle = void 0;
    this.phase = void 0;
    resolve2();
  }
};

export {
  readSourceBytes,
  readSourceText,
  readFiles,
  foundFile,
  diskProject,
  MissingPathError,
  scanRoot,
  configGlobMatcher,
  findFiles,
  createBaseline,
  serializeBaseline,
  applyBaseline,
  loadBaseline,
  effectiveConfigFor,
  rebaseOverrides,
  prepareAnalyzers,
  prepareForContent,
  lintFiles,
  detachedCopy,
  ResultMerger,
  inCanonicalOrder,
  lintUnit,
  failedUnit,
  surveyFile,
  planUnits,
  threadOptions,
  WORKER_READY,
  transferable,
  workerScript,
  threadsFor,
  WorkerThreads
};
