import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  compareText,
  rules
} from "./chunk-ZZNDUP2M.js";
import {
  ConfigError
} from "./chunk-G4RFJCIO.js";
import {
  GCP_DEFAULT_PRIORITY,
  addOrphanRules,
  assembleSecurityGroups,
  awsDefaultEgress,
  awsEgressRule,
  awsNaclFinalDeny,
  azureNsgDefaults,
  camelCase,
  docReader,
  elementsOf,
  firewallBase,
  gcpImpliedEgress,
  internalError,
  locationIn,
  looksLikeCloudFormation,
  mayBeTemplate,
  naclEgressRule,
  nonEmptyStrings,
  numberOf,
  placeIn,
  portRangesOf,
  protocolNamed,
  stringOf,
  unknownDestination,
  unresolvedOf
} from "./chunk-TWMX3HIC.js";
import {
  buildModuleConfig,
  dirOf,
  exprText,
  findAttribute,
  holdsCloudConfigUserData,
  hostFormatOf,
  isLocalSource,
  joinPath,
  loadCloudConfigReader,
  loadedCloudConfigReader,
  looksLikeCloudConfig,
  mayBeHostFile,
  relativePath,
  rootDirs,
  toLocation
} from "./chunk-SKFURVZO.js";
import {
  HostFirewalls
} from "./chunk-WS36HY2L.js";
import {
  ALL_PORTS,
  ANY_V4,
  compileDestinations,
  coversAllPorts,
  formatV4,
  formatV6,
  hasPorts,
  isDenyAllSentinel,
  normalizeProtocol,
  parseCidr,
  portsFromPair
} from "./chunk-VQBV6BF5.js";
import {
  get,
  hasShellShebang,
  parseJson,
  parseTree
} from "./chunk-DW7IFL6K.js";
import {
  hclLineIndex,
  lineIndex
} from "./chunk-LJAGTFCK.js";
import {
  require_dist
} from "./chunk-QUNNNYKS.js";
import {
  __toESM
} from "./chunk-PYUYWIVF.js";

// src/engine/discover.ts
import {
  closeSync,
  constants as fsConstants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  opendirSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";

// src/config/glob.ts
var MAX_BRACE_ALTERNATIVES = 64;
var Glob = class {
  constructor(pattern, options = { segments: true }) {
    this.options = options;
    this.alternatives = options.wildcardsOnly ? [compileWildcards(pattern)] : expandBraces(pattern).map((p) => compile(p, options.segments));
  }
  options;
  alternatives;
  test(text) {
    return this.alternatives.some((steps) => run(steps, text, this.options.segments));
  }
};
function expandBraces(pattern) {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const out = [];
  for (const option of options) {
    for (const expanded of expandBraces(pattern.slice(0, start) + option + pattern.slice(end + 1))) {
      if (out.length >= MAX_BRACE_ALTERNATIVES) return out;
      out.push(expanded);
    }
  }
  return out;
}
function findBrace(pattern) {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === "\\") {
      start++;
      continue;
    }
    if (pattern[start] !== "{") continue;
    let depth2 = 0;
    const options = [];
    let from = start + 1;
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === "\\") i++;
      else if (c === "{") depth2++;
      else if (c === "}" && --depth2 === 0) {
        options.push(pattern.slice(from, i));
        if (options.length > 1) return { start, end: i, options };
        break;
      } else if (c === "," && depth2 === 1) {
        options.push(pattern.slice(from, i));
        from = i + 1;
      }
    }
  }
  return void 0;
}
function compile(pattern, segments) {
  const steps = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) {
      steps.push({ kind: "char", char: pattern[++i] });
    } else if (c === "*") {
      let j = i;
      while (pattern[j + 1] === "*") j++;
      const double = j > i;
      const segmentStart = i === 0 || pattern[i - 1] === "/";
      const segmentEnd = j + 1 === pattern.length || pattern[j + 1] === "/";
      if (double && segments && segmentStart && segmentEnd) {
        if (pattern[j + 1] === "/") {
          steps.push({ kind: "dirs" });
          j++;
        } else steps.push({ kind: "globstar" });
      } else if (steps[steps.length - 1]?.kind !== "star") steps.push({ kind: "star" });
      i = j;
    } else if (c === "?") {
      steps.push({ kind: "one" });
    } else if (c === "[") {
      const parsed2 = parseClass(pattern, i);
      if (parsed2) {
        steps.push(parsed2.step);
        i = parsed2.end;
      } else steps.push({ kind: "char", char: c });
    } else {
      steps.push({ kind: "char", char: c });
    }
  }
  return steps;
}
function compileWildcards(pattern) {
  const steps = [];
  for (const c of pattern) {
    if (c === "*") {
      if (steps[steps.length - 1]?.kind !== "star") steps.push({ kind: "star" });
    } else steps.push(c === "?" ? { kind: "one" } : { kind: "char", char: c });
  }
  return steps;
}
function pathGlob(pattern) {
  const bare = pattern.replace(/^\.\//, "");
  return new Glob(bare.replace(/\/$/, "").includes("/") ? bare : `**/${bare}`);
}
function parseClass(pattern, at) {
  let i = at + 1;
  const negated = pattern[i] === "!" || pattern[i] === "^";
  if (negated) i++;
  const ranges = [];
  for (let first = true; i < pattern.length; first = false) {
    let c = pattern[i];
    if (c === "]" && !first) return { step: { kind: "class", negated, ranges }, end: i };
    if (c === "\\" && i + 1 < pattern.length) c = pattern[++i];
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      let to = pattern[i + 2];
      i += 2;
      if (to === "\\" && i + 1 < pattern.length) to = pattern[++i];
      ranges.push([c, to]);
    } else ranges.push([c, c]);
    i++;
  }
  return void 0;
}
function stepMatches(step, c, segments) {
  const separator = segments && c === "/";
  switch (step.kind) {
    case "char":
      return step.char === c;
    case "one":
      return !separator;
    case "class":
      return !separator && step.ranges.some(([from, to]) => c >= from && c <= to) !== step.negated;
    default:
      return false;
  }
}
function run(steps, text, segments) {
  const n = steps.length;
  let active = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const inside2 = new Uint8Array(n + 1);
  active[0] = 1;
  closure(steps, active);
  for (let t = 0; t < text.length; t++) {
    const c = text[t];
    next.fill(0);
    inside2.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      const step = steps[i];
      if (step.kind === "star") {
        if (!(segments && c === "/")) next[i] = 1;
      } else if (step.kind === "globstar") next[i] = 1;
      else if (step.kind === "dirs") {
        if (c === "/")
          next[i] = 1;
        else inside2[i] = 1;
      } else if (stepMatches(step, c, segments)) next[i + 1] = 1;
    }
    closure(steps, next);
    for (let i = 0; i < n; i++) if (inside2[i]) next[i] = 1;
    for (let i = 0; i <= n && !any; i++) any = next[i] === 1;
    if (!any) return false;
    [active, next] = [next, active];
  }
  return active[n] === 1;
}
function closure(steps, active) {
  for (let i = 0; i < steps.length; i++) {
    const kind = steps[i].kind;
    if (active[i] && (kind === "star" || kind === "globstar" || kind === "dirs")) active[i + 1] = 1;
  }
}

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
var BINARY_SNIFF_BYTES = 8192;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSourceText(absPath, maxFileSize, sizeHint = " (raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)") {
  let bytes;
  let fd;
  try {
    fd = openSync(absPath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return {
        ok: false,
        line: 1,
        column: 1,
        message: "not a regular file (a FIFO, socket or device); not analysed"
      };
    }
    if (stat.size > maxFileSize)
      return { ok: false, line: 1, column: 1, message: tooLarge(stat.size, maxFileSize, sizeHint) };
    bytes = readFileSync(fd);
  } catch (error) {
    return { ok: false, line: 1, column: 1, message: `cannot read the file: ${describeFsError(error)}` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (bytes.length > maxFileSize)
    return { ok: false, line: 1, column: 1, message: tooLarge(bytes.length, maxFileSize, sizeHint) };
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: "file is UTF-16 encoded; egress-lint reads UTF-8 only (re-save it as UTF-8)"
    };
  }
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1)
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `binary file (NUL byte at offset ${nul}); not analysed`
    };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      ...firstInvalidUtf8(bytes),
      message: "file is not valid UTF-8; not analysed (re-save it as UTF-8)"
    };
  }
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
  const outcome = readSourceText(ref.absPath, maxFileSize);
  if (outcome.ok) return { path: ref.path, absPath: ref.absPath, text: outcome.text };
  return {
    level: "error",
    message: outcome.message,
    location: { file: ref.path, line: outcome.line, column: outcome.column }
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
  return lineIndex(text).position(text.indexOf("\uFFFD"));
}
function toSlash(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function isInside(child, parent) {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function gitRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function scanRoot(paths, cwd) {
  const absolute = (paths.length ? paths : ["."]).map((p) => resolve(cwd, p));
  for (const [i, abs] of absolute.entries()) {
    if (!existsSync(abs)) throw new MissingPathError(paths[i] ?? abs);
  }
  const first = absolute[0];
  const firstDir = statSync(first).isDirectory() ? first : dirname(first);
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
    const exclude = readIgnoreFile(join(root, ".git", "info", "exclude"));
    if (exclude !== void 0) layers.push({ base: "", rules: new GitIgnore(exclude) });
    const chain = [];
    for (let dir = dirname(dirAbs); isInside(dir, root); dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === root) break;
    }
    for (const dir of chain) layers = withGitignoreOf(dir, relOf(dir), layers);
    return layers;
  };
  const rootReal = realpathSync(root);
  const confined = [rootReal, ...inputs.map((p) => realpathSync(resolve(cwd, p)))];
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
      real: realpathSync(startAbs),
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
    if (statSync(abs).isDirectory()) {
      startWalk(abs);
      walkPending();
    } else {
      addFile({ abs, rel: relOf(abs), real: realpathSync(abs) });
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
    let entries2;
    try {
      entries2 = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries2) {
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
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, head.length, 0);
    return SCRIPT_START.test(head.subarray(0, read).toString("latin1"));
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function isFileLink(abs) {
  const target = followLink(abs);
  return "isDir" in target && !target.isDir;
}
function followLink(abs) {
  try {
    const real = realpathSync(abs);
    return { real, isDir: statSync(real).isDirectory() };
  } catch (error) {
    return { error: error.code ?? String(error) };
  }
}
function diskProject(root, discovered, maxFileSize) {
  const byPath = new Map(discovered.map((f) => [f.path, f.text]));
  const lazy = /* @__PURE__ */ new Map();
  let rootReal;
  const confined = /* @__PURE__ */ new Map();
  const inside2 = (path) => {
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
      const p = inside2(path);
      if (p === void 0) return false;
      if (byPath.has(p)) return true;
      try {
        return statSync(join(root, p)).isFile();
      } catch {
        return false;
      }
    },
    read(path) {
      const p = inside2(path);
      if (p === void 0) return void 0;
      const known2 = byPath.get(p);
      if (known2 !== void 0) return known2;
      if (!lazy.has(p)) {
        const outcome = readSourceText(join(root, p), maxFileSize);
        lazy.set(p, outcome.ok ? outcome.text : void 0);
      }
      return lazy.get(p);
    },
    paths: () => [...byPath.keys()],
    listDir(dir) {
      const p = dir === "" || dir === "." ? "" : inside2(dir);
      if (p === void 0) return void 0;
      try {
        const entries2 = readdirSync(join(root, p), { withFileTypes: true });
        return entries2.filter((e) => e.isFile() || e.isSymbolicLink() && isFileLink(join(root, p, e.name))).map((e) => e.name).sort();
      } catch {
        return void 0;
      }
    }
  };
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
function createBaseline(findings) {
  const entries2 = findings.filter((f) => !f.suppression).map((f) => ({
    ruleId: f.ruleId,
    file: f.location.file,
    firewallId: f.firewallId,
    fingerprint: f.fingerprint,
    message: f.message
  })).sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.firewallId, b.firewallId) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)
  );
  return { version: BASELINE_VERSION, findings: entries2 };
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

// src/formats/hcl/ast.ts
function nameSpan(node) {
  return { start: node.start, end: node.nameEnd };
}

// src/formats/hcl/lexer.ts
var EOF = 0;
var NEWLINE = 1;
var IDENT = 2;
var NUMBER = 3;
var OBRACE = 4;
var CBRACE = 5;
var OBRACK = 6;
var CBRACK = 7;
var OPAREN = 8;
var CPAREN = 9;
var OQUOTE = 10;
var CQUOTE = 11;
var OHEREDOC = 12;
var CHEREDOC = 13;
var TEMPLATE_INTERP = 14;
var TEMPLATE_CONTROL = 15;
var TEMPLATE_SEQ_END = 16;
var QUOTED_LIT = 17;
var STRING_LIT = 18;
var STAR = 19;
var SLASH = 20;
var PLUS = 21;
var MINUS = 22;
var PERCENT = 23;
var EQUAL = 24;
var EQUALOP = 25;
var NOTEQUAL = 26;
var LT = 27;
var LTE = 28;
var GT = 29;
var GTE = 30;
var AND = 31;
var OR = 32;
var BANG = 33;
var DOT = 34;
var COMMA = 35;
var ELLIPSIS = 36;
var FATARROW = 37;
var QUESTION = 38;
var COLON = 39;
var DOUBLECOLON = 40;
var INVALID = 41;
var F_TILDE = 1;
var F_ESCAPE = 1;
var F_FLUSH = 1;
var F_BADNUMBER = 1;
var INV_CHAR = 1;
var INV_CR = 2;
var INV_COMMENT = 3;
var INV_QUOTED_NEWLINE = 4;
var INV_BACKSLASH = 5;
var INV_BITWISE = 6;
var INV_SEMICOLON = 7;
var INV_BACKTICK = 8;
var INV_APOSTROPHE = 9;
var INV_CURLY_QUOTE = 10;
var MODE_MAIN = 0;
var MODE_STRING = 1;
var MODE_HEREDOC = 2;
var MODE_BARE = 3;
var IDC = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45)
    IDC[c] = 1;
}
var ID_START_RE = new RegExp("^\\p{ID_Start}$", "u");
var ID_CONTINUE_RE = new RegExp("^\\p{ID_Continue}$", "u");
function codePointAt(s, i) {
  return s.codePointAt(i) ?? 0;
}
function isSpace(c) {
  if (c <= 255) return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
var Tokens = class {
  count = 0;
  cap;
  type;
  flag;
  start;
  end;
  sLine;
  sCol;
  constructor(cap) {
    this.cap = cap;
    this.type = new Uint8Array(cap);
    this.flag = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.sLine = new Int32Array(cap);
    this.sCol = new Int32Array(cap);
  }
  grow() {
    const cap = this.cap * 2;
    const t = new Uint8Array(cap);
    t.set(this.type);
    this.type = t;
    const f = new Uint8Array(cap);
    f.set(this.flag);
    this.flag = f;
    this.start = growI32(this.start, cap);
    this.end = growI32(this.end, cap);
    this.sLine = growI32(this.sLine, cap);
    this.sCol = growI32(this.sCol, cap);
    this.cap = cap;
  }
};
function growI32(a, cap) {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
var Lexer = class {
  src = "";
  n = 0;
  line = 1;
  /** Offset of the first character of the current line (negative on a template's first line when it starts mid-line). */
  lineStart = 0;
  /**
   * Set once an astral character (surrogate pair) has been scanned: columns are then counted by code points
   * (slow path). Every scanning loop that can step over one sets it before the next column is computed.
   */
  astral = false;
  mode = MODE_MAIN;
  modes = [];
  braces = 0;
  retBraces = [];
  heredocs = [];
  /** Set by templateText: the flag of the text run it scanned, and where its line end is (-1: none). */
  textEsc = 0;
  textEol = -1;
  tk = new Tokens(16);
  /**
   * Tokenises `src` from `begin` (after a BOM) to `end` as a config file, or as a bare template when `template`.
   * `line`/`column` are the position of `src[begin]`.
   */
  run(src, begin, end, template2, tk, line, column) {
    this.src = src;
    this.n = end;
    this.line = line;
    this.lineStart = begin - (column - 1);
    this.astral = false;
    this.mode = template2 ? MODE_BARE : MODE_MAIN;
    this.modes.length = 0;
    this.braces = 0;
    this.retBraces.length = 0;
    this.heredocs.length = 0;
    tk.count = 0;
    this.tk = tk;
    let p = begin;
    for (; ; ) {
      const m = this.mode;
      p = m === MODE_MAIN ? this.lexMain(p) : m === MODE_STRING ? this.lexString(p) : m === MODE_HEREDOC ? this.lexHeredoc(p) : this.lexBare(p);
      if (p < 0) break;
    }
    this.src = "";
    return tk;
  }
  col(off) {
    const ls = this.lineStart;
    let c = off - ls + 1;
    if (this.astral) {
      const s = this.src;
      for (let i = ls < 1 ? 1 : ls + 1; i < off; i++) {
        const ch = s.charCodeAt(i);
        if (ch >= 56320 && ch <= 57343) {
          const h = s.charCodeAt(i - 1);
          if (h >= 55296 && h <= 56319) c--;
        }
      }
    }
    return c;
  }
  /** Emits a token that starts on the current line. */
  emit(type, s, e, flag) {
    const tk = this.tk;
    const k = tk.count;
    if (k === tk.cap) tk.grow();
    tk.type[k] = type;
    tk.flag[k] = flag;
    tk.start[k] = s;
    tk.end[k] = e;
    tk.sLine[k] = this.line;
    tk.sCol[k] = this.astral ? this.col(s) : s - this.lineStart + 1;
    tk.count = k + 1;
  }
  /** Emits a token whose start position was taken before scanning across lines. */
  emitFrom(type, s, e, flag, sLine, sCol) {
    const tk = this.tk;
    const k = tk.count;
    if (k === tk.cap) tk.grow();
    tk.type[k] = type;
    tk.flag[k] = flag;
    tk.start[k] = s;
    tk.end[k] = e;
    tk.sLine[k] = sLine;
    tk.sCol[k] = sCol;
    tk.count = k + 1;
  }
  /** Emits a newline token for [s, e) (e is just after the `\n`). */
  emitNewline(s, e) {
    const sLine = this.line;
    const sCol = this.col(s);
    this.line = sLine + 1;
    this.lineStart = e;
    this.emitFrom(NEWLINE, s, e, 0, sLine, sCol);
  }
  /** Emits an INVALID token and EOF; returns -1 (stop). */
  invalid(s, e, code) {
    this.emit(INVALID, s, e, code);
    this.emit(EOF, this.n, this.n, 0);
    return -1;
  }
  pushMode(m) {
    this.modes.push(this.mode);
    this.mode = m;
  }
  popMode() {
    this.mode = this.modes.length > 0 ? this.modes.pop() : MODE_MAIN;
  }
  /** `${` / `%{` (with optional `~`) at p; enters main mode. Returns the new position. */
  openSequence(p, c) {
    const tilde = this.src.charCodeAt(p + 2) === 126;
    const e = tilde ? p + 3 : p + 2;
    this.emit(c === 36 ? TEMPLATE_INTERP : TEMPLATE_CONTROL, p, e, tilde ? F_TILDE : 0);
    this.braces++;
    this.retBraces.push(this.braces);
    if (this.heredocs.length > 0) this.heredocs[this.heredocs.length - 1].startOfLine = false;
    this.pushMode(MODE_MAIN);
    return e;
  }
  /** Scans tokens in main mode until the mode changes (returns the position) or EOF (returns -1). */
  lexMain(p) {
    const s = this.src;
    const n = this.n;
    for (; ; ) {
      let c = p < n ? s.charCodeAt(p) : -1;
      while (c === 32) c = ++p < n ? s.charCodeAt(p) : -1;
      switch (c) {
        case -1:
          this.emit(EOF, n, n, 0);
          return -1;
        case 10:
          this.emitNewline(p, p + 1);
          p++;
          continue;
        case 123:
          this.emit(OBRACE, p, p + 1, 0);
          this.braces++;
          p++;
          continue;
        case 125: {
          const rb = this.retBraces;
          if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
            this.emit(TEMPLATE_SEQ_END, p, p + 1, 0);
            this.braces--;
            rb.pop();
            this.popMode();
            return p + 1;
          }
          this.emit(CBRACE, p, p + 1, 0);
          this.braces--;
          p++;
          continue;
        }
        case 34:
          this.emit(OQUOTE, p, p + 1, 0);
          this.pushMode(MODE_STRING);
          return p + 1;
        case 91:
          this.emit(OBRACK, p, p + 1, 0);
          p++;
          continue;
        case 93:
          this.emit(CBRACK, p, p + 1, 0);
          p++;
          continue;
        case 40:
          this.emit(OPAREN, p, p + 1, 0);
          p++;
          continue;
        case 41:
          this.emit(CPAREN, p, p + 1, 0);
          p++;
          continue;
        case 44:
          this.emit(COMMA, p, p + 1, 0);
          p++;
          continue;
        case 61: {
          const d = s.charCodeAt(p + 1);
          if (d === 61) {
            this.emit(EQUALOP, p, p + 2, 0);
            p += 2;
          } else if (d === 62) {
            this.emit(FATARROW, p, p + 2, 0);
            p += 2;
          } else {
            this.emit(EQUAL, p, p + 1, 0);
            p++;
          }
          continue;
        }
        case 46:
          if (s.charCodeAt(p + 1) === 46 && s.charCodeAt(p + 2) === 46) {
            this.emit(ELLIPSIS, p, p + 3, 0);
            p += 3;
          } else {
            this.emit(DOT, p, p + 1, 0);
            p++;
          }
          continue;
        default:
          break;
      }
      if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
        p = this.ident(p, p + 1);
        continue;
      }
      if (c >= 48 && c <= 57) {
        p = this.number(p);
        continue;
      }
      p = this.lexOther(p, c);
      if (p < 0 || this.mode !== MODE_MAIN) return p;
    }
  }
  /**
   * The less common main-mode tokens at p (character c). Returns the next position; after a mode change
   * (heredoc) the caller returns it; -1 after an INVALID token.
   */
  lexOther(p, c) {
    const s = this.src;
    switch (c) {
      case 9:
        return p + 1;
      case 13:
        if (s.charCodeAt(p + 1) === 10) {
          this.emitNewline(p, p + 2);
          return p + 2;
        }
        return this.invalid(p, p + 1, INV_CR);
      case 35:
        return this.lineComment(p);
      case 47: {
        const d = s.charCodeAt(p + 1);
        if (d === 47) return this.lineComment(p);
        if (d === 42) {
          const e = s.indexOf("*/", p + 2);
          if (e < 0) return this.invalid(p, p + 2, INV_COMMENT);
          for (let i = s.indexOf("\n", p + 2); i >= 0 && i < e; i = s.indexOf("\n", i + 1)) {
            this.line++;
            this.lineStart = i + 1;
          }
          if (!this.astral) this.astral = hasSurrogate(s, p, e);
          return e + 2;
        }
        this.emit(SLASH, p, p + 1, 0);
        return p + 1;
      }
      case 126: {
        if (s.charCodeAt(p + 1) !== 125) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(TEMPLATE_SEQ_END, p, p + 2, F_TILDE);
        const rb = this.retBraces;
        if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
          rb.pop();
          this.popMode();
        }
        this.braces--;
        return p + 2;
      }
      case 42:
        this.emit(STAR, p, p + 1, 0);
        return p + 1;
      case 37:
        this.emit(PERCENT, p, p + 1, 0);
        return p + 1;
      case 43:
        this.emit(PLUS, p, p + 1, 0);
        return p + 1;
      case 45:
        this.emit(MINUS, p, p + 1, 0);
        return p + 1;
      case 63:
        this.emit(QUESTION, p, p + 1, 0);
        return p + 1;
      case 33:
        if (s.charCodeAt(p + 1) === 61) {
          this.emit(NOTEQUAL, p, p + 2, 0);
          return p + 2;
        }
        this.emit(BANG, p, p + 1, 0);
        return p + 1;
      case 62:
        if (s.charCodeAt(p + 1) === 61) {
          this.emit(GTE, p, p + 2, 0);
          return p + 2;
        }
        this.emit(GT, p, p + 1, 0);
        return p + 1;
      case 60: {
        const d = s.charCodeAt(p + 1);
        if (d === 61) {
          this.emit(LTE, p, p + 2, 0);
          return p + 2;
        }
        if (d === 60) {
          const e = this.heredocOpener(p);
          if (e > 0) return e;
        }
        this.emit(LT, p, p + 1, 0);
        return p + 1;
      }
      case 38:
        if (s.charCodeAt(p + 1) !== 38) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(AND, p, p + 2, 0);
        return p + 2;
      case 124:
        if (s.charCodeAt(p + 1) !== 124) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(OR, p, p + 2, 0);
        return p + 2;
      case 58:
        if (s.charCodeAt(p + 1) === 58) {
          this.emit(DOUBLECOLON, p, p + 2, 0);
          return p + 2;
        }
        this.emit(COLON, p, p + 1, 0);
        return p + 1;
      case 94:
        return this.invalid(p, p + 1, INV_BITWISE);
      case 59:
        return this.invalid(p, p + 1, INV_SEMICOLON);
      case 96:
        return this.invalid(p, p + 1, INV_BACKTICK);
      case 39:
        return this.invalid(p, p + 1, INV_APOSTROPHE);
      default:
        break;
    }
    if (c < 128) return this.invalid(p, p + 1, INV_CHAR);
    const cp = codePointAt(s, p);
    const w = cp > 65535 ? 2 : 1;
    if (w === 2) this.astral = true;
    if (ID_START_RE.test(String.fromCodePoint(cp))) return this.ident(p, p + w);
    return this.invalid(p, p + w, cp === 8220 || cp === 8221 ? INV_CURLY_QUOTE : INV_CHAR);
  }
  /** `#` or `//` comment at p: becomes a NEWLINE token spanning the comment when it ends with one. */
  lineComment(p) {
    const nl = this.src.indexOf("\n", p);
    if (nl < 0) {
      if (!this.astral) this.astral = hasSurrogate(this.src, p, this.n);
      return this.n;
    }
    this.emitNewline(p, nl + 1);
    return nl + 1;
  }
  ident(s0, p) {
    const s = this.src;
    const n = this.n;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (d < 128) {
        if (IDC[d] === 0) break;
        p++;
      } else {
        const cp = codePointAt(s, p);
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        if (cp > 65535) {
          this.astral = true;
          p += 2;
        } else p++;
      }
    }
    this.emit(IDENT, s0, p, 0);
    return p;
  }
  number(p0) {
    const s = this.src;
    let q = p0 + 1;
    let end = q;
    let complex = false;
    for (; ; ) {
      const d = s.charCodeAt(q);
      if (d >= 48 && d <= 57) {
        q++;
        end = q;
      } else if (d === 46) {
        q++;
        complex = true;
      } else if (d === 101 || d === 69) {
        let r = q + 1;
        const sign = s.charCodeAt(r);
        if (sign === 43 || sign === 45) r++;
        const dd = s.charCodeAt(r);
        if (dd >= 48 && dd <= 57) {
          q = r + 1;
          end = q;
          complex = true;
        } else break;
      } else break;
    }
    this.emit(NUMBER, p0, end, complex && !validNumber(s, p0, end) ? F_BADNUMBER : 0);
    return end;
  }
  /** `<<` or `<<-` + identifier + newline at p: emits OHEREDOC and enters heredoc mode; 0 if not a heredoc. */
  heredocOpener(p) {
    const s = this.src;
    let q = p + 2;
    let flag = 0;
    if (s.charCodeAt(q) === 45) {
      q++;
      flag = F_FLUSH;
    }
    const c = s.charCodeAt(q);
    const ms = q;
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) q++;
    else if (c >= 128 && ID_START_RE.test(String.fromCodePoint(codePointAt(s, q)))) {
      if (codePointAt(s, q) > 65535) this.astral = true;
      q += codePointAt(s, q) > 65535 ? 2 : 1;
    } else return 0;
    while (q < this.n) {
      const d = s.charCodeAt(q);
      if (d < 128) {
        if (IDC[d] === 0) break;
        q++;
      } else {
        const cp = codePointAt(s, q);
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        if (cp > 65535) this.astral = true;
        q += cp > 65535 ? 2 : 1;
      }
    }
    const me = q;
    if (s.charCodeAt(q) === 13) q++;
    if (s.charCodeAt(q) !== 10) return 0;
    q++;
    const sLine = this.line;
    const sCol = this.col(p);
    this.line++;
    this.lineStart = q;
    this.emitFrom(OHEREDOC, p, q, flag, sLine, sCol);
    this.heredocs.push({ marker: s.slice(ms, me), startOfLine: true });
    this.pushMode(MODE_HEREDOC);
    return q;
  }
  lexString(p) {
    const s = this.src;
    const n = this.n;
    for (; ; ) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      let c = s.charCodeAt(p);
      if (c === 34) {
        this.emit(CQUOTE, p, p + 1, 0);
        this.popMode();
        return p + 1;
      }
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      if (c === 10 || c === 13) return this.invalid(p, p + 1, INV_QUOTED_NEWLINE);
      const start = p;
      let esc = 0;
      for (; ; ) {
        if (c === 92) {
          const d = s.charCodeAt(p + 1);
          if (p + 1 >= n || d === 10 || d === 13) break;
          if (d >= 55296 && d <= 56319) this.astral = true;
          esc = F_ESCAPE;
          p += 2;
        } else if (c === 36 || c === 37) {
          const d = s.charCodeAt(p + 1);
          if (d === 123) break;
          if (d === c && s.charCodeAt(p + 2) === 123) {
            esc = F_ESCAPE;
            p += 3;
          } else p++;
        } else if (c === 34 || c === 10 || c === 13) break;
        else {
          if (c >= 55296 && c <= 56319) this.astral = true;
          p++;
        }
        if (p >= n) break;
        c = s.charCodeAt(p);
      }
      if (p === start) return this.invalid(p, p + 1, INV_BACKSLASH);
      this.emit(QUOTED_LIT, start, p, esc);
    }
  }
  /**
   * A run of template text from `start` (heredocs and bare templates: no backslash escapes) up to and including a
   * line end, or up to a `${` / `%{` or the end. Sets `textEsc` and `textEol` (the line end's offset, or -1) and
   * returns the position after the run; in a heredoc a CR not followed by LF is reported and -1 returned.
   */
  templateText(start, heredoc) {
    const s = this.src;
    const n = this.n;
    let p = start;
    let c = s.charCodeAt(p);
    this.textEsc = 0;
    this.textEol = -1;
    for (; ; ) {
      if (c === 10) {
        this.textEol = p;
        return p + 1;
      }
      if (c === 13 && heredoc) {
        if (s.charCodeAt(p + 1) === 10) {
          this.textEol = p;
          return p + 2;
        }
        if (p > start) this.emit(STRING_LIT, start, p, this.textEsc);
        return this.invalid(p, p + 1, INV_CR);
      }
      if (c === 36 || c === 37) {
        const d = s.charCodeAt(p + 1);
        if (d === 123) return p;
        if (d === c && s.charCodeAt(p + 2) === 123) {
          this.textEsc = F_ESCAPE;
          p += 3;
        } else p++;
      } else {
        if (c >= 55296 && c <= 56319) this.astral = true;
        p++;
      }
      if (p >= n) return p;
      c = s.charCodeAt(p);
    }
  }
  /** Emits a text token that ends a line (its start position taken before moving to the next line). */
  emitTextLine(start, end, flag) {
    const sLine = this.line;
    const sCol = this.col(start);
    this.line++;
    this.lineStart = end;
    this.emitFrom(STRING_LIT, start, end, flag, sLine, sCol);
  }
  lexHeredoc(p) {
    const s = this.src;
    const n = this.n;
    const hd = this.heredocs[this.heredocs.length - 1];
    for (; ; ) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      const c = s.charCodeAt(p);
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      const start = p;
      p = this.templateText(start, true);
      if (p < 0) return -1;
      const eol = this.textEol;
      if (eol >= 0) {
        if (hd.startOfLine && isMarkerLine(s, start, eol, hd.marker)) {
          this.emit(CHEREDOC, start, eol, 0);
          this.emitNewline(eol, p);
          this.heredocs.pop();
          this.popMode();
          return p;
        }
        this.emitTextLine(start, p, this.textEsc);
        hd.startOfLine = true;
      } else {
        this.emit(STRING_LIT, start, p, this.textEsc);
        hd.startOfLine = false;
      }
    }
  }
  lexBare(p) {
    const s = this.src;
    const n = this.n;
    for (; ; ) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      const c = s.charCodeAt(p);
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      const start = p;
      p = this.templateText(start, false);
      if (this.textEol >= 0) this.emitTextLine(start, p, this.textEsc);
      else this.emit(STRING_LIT, start, p, this.textEsc);
    }
  }
};
function hasSurrogate(s, start, end) {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319) return true;
  }
  return false;
}
function isMarkerLine(s, start, end, marker) {
  let a = start;
  while (a < end && isSpace(s.charCodeAt(a))) a++;
  let b = end;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b - a === marker.length && s.startsWith(marker, a);
}
function validNumber(s, p, end) {
  let i = p;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i < end && s.charCodeAt(i) === 46) {
    i++;
    while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  }
  if (i < end && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
    i++;
    if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) i++;
    const d0 = i;
    while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === d0) return false;
  }
  return i === end;
}
var pooledLexer;
var pooledTokens;
function tokenize(src, begin, template2, line, column, end = src.length) {
  const lexer = pooledLexer ?? new Lexer();
  pooledLexer = void 0;
  let tk = pooledTokens;
  pooledTokens = void 0;
  if (!tk) tk = new Tokens(Math.max(64, end - begin >> 2));
  try {
    return lexer.run(src, begin, end, template2, tk, line, column);
  } finally {
    pooledLexer = lexer;
  }
}
function releaseTokens(tk) {
  if (!pooledTokens || pooledTokens.cap < tk.cap) pooledTokens = tk;
}

// src/formats/hcl/parser.ts
var MAX_DEPTH = 500;
var SKIMMED = { kind: "splat-item", start: 0, end: 0 };
var BAIL = { bail: true };
var PREC = new Uint8Array(64);
var OPS = [];
function op(t, prec, o) {
  PREC[t] = prec;
  OPS[t] = o;
}
op(OR, 1, "||");
op(AND, 2, "&&");
op(EQUALOP, 3, "==");
op(NOTEQUAL, 3, "!=");
op(LT, 4, "<");
op(LTE, 4, "<=");
op(GT, 4, ">");
op(GTE, 4, ">=");
op(PLUS, 5, "+");
op(MINUS, 5, "-");
op(STAR, 6, "*");
op(SLASH, 6, "/");
op(PERCENT, 6, "%");
var TT_TEXT = 0;
var TT_INTERP = 1;
var TT_IF = 2;
var TT_ELSE = 3;
var TT_ENDIF = 4;
var TT_FOR = 5;
var TT_ENDFOR = 6;
var Parser = class {
  src;
  base;
  type;
  flag;
  start;
  end;
  sLine;
  sCol;
  /** Index of the next raw token. */
  pos = 0;
  /** Number of tokens (the last is EOF). */
  count;
  /** Whether newlines are significant (bodies, object constructors) or skipped (inside (), [], templates). */
  nl = true;
  /**
   * False: skim mode. Expressions are checked (every error is found) but not built; attributes keep where their
   * expression is and build it on first use (LazyAttribute). Most expressions in a configuration (descriptions,
   * types, arguments of modules that are not downloaded) are never evaluated.
   */
  build = true;
  depth = 0;
  errors;
  tpl = [];
  /** How to name EOF in messages ("the end of the string" for templates embedded in JSON). */
  eofName = "the end of the file";
  tplIdx = 0;
  /** `base` is added to every token offset (for templates embedded in a larger file). */
  constructor(src, tk, errors, base) {
    this.src = src;
    this.base = base;
    this.type = tk.type;
    this.flag = tk.flag;
    this.start = tk.start;
    this.end = tk.end;
    this.sLine = tk.sLine;
    this.sCol = tk.sCol;
    this.count = tk.count;
    this.errors = errors;
  }
  // ---- tokens -------------------------------------------------------------------------------------------
  peek() {
    let i = this.pos;
    if (!this.nl) {
      const t = this.type;
      while (t[i] === NEWLINE) i++;
    }
    return i;
  }
  /** Offset of token i's start. */
  sp(i) {
    return this.start[i] + this.base;
  }
  /** Offset of token i's end. */
  ep(i) {
    return this.end[i] + this.base;
  }
  tokenPosition(i) {
    return { line: this.sLine[i], column: this.sCol[i] };
  }
  text(i) {
    return this.src.slice(this.start[i], this.end[i]);
  }
  isKeyword(i, kw) {
    if (this.type[i] !== IDENT) return false;
    const s = this.start[i];
    if (this.end[i] - s !== kw.length) return false;
    return this.src.startsWith(kw, s);
  }
  // ---- errors ---------------------------------------------------------------------------------------------
  /** Records an error that does not disturb parsing. */
  report(line, column, message) {
    this.errors.push({ line, column, message });
  }
  fail(i, message) {
    this.errors.push({ line: this.sLine[i], column: this.sCol[i], message });
    throw BAIL;
  }
  /** Fails on token i: with the lexical problem when it is INVALID, else "`context`: unexpected X". */
  unexpected(i, context) {
    if (this.type[i] === INVALID) this.fail(i, this.invalidMessage(i));
    this.fail(i, `${context}; found ${this.describe(i)}`);
  }
  tooDeep(i) {
    this.fail(i, `Nesting too deep: more than ${MAX_DEPTH} nested blocks or expressions`);
  }
  describe(i) {
    switch (this.type[i]) {
      case EOF:
        return this.eofName;
      case NEWLINE:
        return "a newline";
      case OQUOTE:
        return "a quoted string";
      case OHEREDOC:
        return "a heredoc";
      case QUOTED_LIT:
      case STRING_LIT:
        return "string text";
      case CQUOTE:
        return "the closing quote";
      case NUMBER:
        return `number ${excerpt(this.text(i))}`;
      case IDENT:
        return `"${excerpt(this.text(i))}"`;
      default:
        return JSON.stringify(excerpt(this.text(i)));
    }
  }
  invalidMessage(i) {
    const ch = this.text(i);
    switch (this.flag[i]) {
      case INV_CR:
        return "Invalid character: a carriage return must be followed by a line feed";
      case INV_COMMENT:
        return 'Unterminated comment: "/*" has no matching "*/"';
      case INV_QUOTED_NEWLINE:
        return "Invalid multi-line string: quoted strings may not be split over multiple lines; use the \\n escape or a heredoc (<<EOT)";
      case INV_BACKSLASH:
        return "Invalid escape sequence: a backslash must be followed by an escape character";
      case INV_BITWISE: {
        const hint = ch === "&" ? ' Did you mean "&&"?' : ch === "|" ? ' Did you mean "||"?' : ch === "~" ? ' Did you mean "!"?' : "";
        return `Unsupported operator: bitwise operators like "${ch}" are not supported.${hint}`;
      }
      case INV_SEMICOLON:
        return 'Invalid character: ";" is not valid; use newlines to separate arguments and blocks, and commas to separate items in collections';
      case INV_BACKTICK:
        return 'Invalid character: "`" is not valid; to write a multi-line string, use the heredoc syntax, like "<<EOT"';
      case INV_APOSTROPHE:
        return 'Invalid character: single quotes are not valid; use double quotes (") to enclose strings';
      case INV_CURLY_QUOTE:
        return 'Invalid character: curly quotes are not valid here; replace them with straight quotes (")';
      default:
        return `Invalid character: ${JSON.stringify(ch)} is not used in the HCL language`;
    }
  }
  // ---- bodies ---------------------------------------------------------------------------------------------
  /**
   * Parses body items into `attrs`/`blocks` until the closing brace of the block opened by token `open`
   * (or EOF at the top level, open = -1). Returns the index of the closing token.
   */
  parseBody(attrs, blocks, open, typeTok) {
    const type = this.type;
    let names = null;
    for (; ; ) {
      const i = this.pos;
      const t = type[i];
      if (t === IDENT) {
        this.pos = i + 1;
        const j = this.pos;
        const tj = type[j];
        if (tj === EQUAL) {
          const attr = this.parseAttribute(i, j, false);
          let dup;
          if (names === null && attrs.length < 16) {
            for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attr.name) dup = attrs[k];
          } else {
            if (names === null) {
              names = /* @__PURE__ */ new Set();
              for (let k = 0; k < attrs.length; k++) names.add(attrs[k].name);
            }
            if (names.has(attr.name)) {
              for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attr.name) dup = attrs[k];
            } else names.add(attr.name);
          }
          if (dup) {
            this.report(
              this.sLine[i],
              this.sCol[i],
              `Attribute redefined: "${attr.name}" was already set at line ${lineIndex(this.src).position(dup.start).line}; each argument may be set only once`
            );
          } else attrs.push(attr);
        } else if (tj === OQUOTE || tj === OBRACE || tj === IDENT) {
          blocks.push(this.parseBlock(i));
        } else {
          const name = this.text(i);
          this.unexpected(
            j,
            `Argument or block definition required: expected "=" to set argument "${name}" or "{" to open a "${name}" block`
          );
        }
        continue;
      }
      if (t === NEWLINE) {
        this.pos = i + 1;
        continue;
      }
      if (open >= 0) {
        if (t === CBRACE) {
          this.pos = i + 1;
          return i;
        }
        if (t === EOF) this.unclosed(typeTok, open);
      } else if (t === EOF) return i;
      if (t === OQUOTE) this.fail(i, "Invalid argument name: argument names must not be quoted");
      if (t === CBRACE && open < 0) this.fail(i, 'Unexpected "}": there is no open block to close here');
      this.unexpected(i, "Argument or block definition required");
    }
  }
  unclosed(typeTok, open) {
    this.fail(
      open,
      `Unclosed block: expected "}" for block "${this.text(typeTok)}" opened at line ${this.sLine[open]}`
    );
  }
  parseAttribute(nameTok, eqTok, singleLine) {
    this.pos = eqTok + 1;
    const expr = this.parseExpr();
    const exprEnd = this.ep(this.pos - 1);
    if (!singleLine) {
      const k = this.pos;
      const t = this.type[k];
      if (t === NEWLINE) this.pos = k + 1;
      else if (t !== EOF) {
        if (t === COMMA)
          this.fail(
            k,
            "Unexpected comma after argument: arguments must be separated by newlines, not commas"
          );
        this.unexpected(k, "Missing newline after argument: an argument definition must end with a newline");
      }
    }
    if (!this.build)
      return new LazyAttribute(
        this.text(nameTok),
        this.sp(nameTok),
        this.ep(nameTok),
        this.sp(eqTok + 1),
        exprEnd,
        this.src
      );
    return {
      name: this.text(nameTok),
      start: this.sp(nameTok),
      nameEnd: this.ep(nameTok),
      expr,
      end: expr.end
    };
  }
  parseBlock(typeTok) {
    if (++this.depth > MAX_DEPTH) this.tooDeep(typeTok);
    const type = this.type;
    const labels = [];
    const labelSpans = [];
    let i;
    for (; ; ) {
      i = this.pos;
      const t = type[i];
      if (t === OBRACE) break;
      if (t === OQUOTE) {
        const close2 = this.parseLabel(i, labels);
        labelSpans.push({ start: this.sp(i), end: this.ep(close2) });
      } else if (t === IDENT) {
        labels.push(this.text(i));
        labelSpans.push({ start: this.sp(i), end: this.ep(i) });
        this.pos = i + 1;
      } else if (t === EQUAL) {
        this.fail(
          i,
          'Invalid block definition: "=" marks an argument definition and must not be used when defining a block'
        );
      } else if (t === NEWLINE) {
        this.fail(
          i,
          'Invalid block definition: a block body must be delimited by "{" and "}", starting on the same line as the block header'
        );
      } else {
        this.unexpected(i, 'Invalid block definition: expected a quoted label or "{"');
      }
    }
    const open = i;
    this.pos = open + 1;
    const attributes = [];
    const blocks = [];
    let close;
    const j = this.pos;
    const tj = type[j];
    if (tj === NEWLINE || tj === EOF || tj === CBRACE) {
      close = this.parseBody(attributes, blocks, open, typeTok);
    } else {
      if (tj !== IDENT) this.unexpected(j, "Invalid single-line block: expected an argument definition");
      const k = j + 1;
      const tk = type[k];
      if (tk === EQUAL) attributes.push(this.parseAttribute(j, k, true));
      else if (tk === OQUOTE || tk === OBRACE || tk === IDENT)
        this.fail(
          j,
          `Invalid single-line block: it can contain only a single argument; put the nested block "${this.text(j)}" on a line of its own`
        );
      else this.unexpected(k, `Invalid single-line block: expected "=" after "${this.text(j)}"`);
      close = this.pos;
      const tc = type[close];
      if (tc === CBRACE) this.pos = close + 1;
      else if (tc === COMMA)
        this.fail(
          close,
          "Invalid single-line block: it can contain only one argument; use a multi-line block with one argument per line"
        );
      else if (tc === NEWLINE)
        this.fail(
          close,
          "Invalid single-line block: a block with an argument on its opening line must be closed on that same line"
        );
      else if (tc === EOF) this.unclosed(typeTok, open);
      else this.unexpected(close, 'Invalid single-line block: expected "}" right after the argument');
    }
    const eol = this.pos;
    const te = type[eol];
    if (te === NEWLINE) this.pos = eol + 1;
    else if (te !== EOF)
      this.unexpected(eol, "Missing newline after block definition: a block must end with a newline");
    this.depth--;
    const end = this.ep(close);
    return {
      type: this.text(typeTok),
      labels,
      start: this.sp(typeTok),
      typeSpan: { start: this.sp(typeTok), end: this.ep(typeTok) },
      labelSpans,
      body: { attributes, blocks, start: this.sp(open), end },
      end
    };
  }
  /** A quoted block label (no template sequences). Returns the index of the closing quote. */
  parseLabel(open, labels) {
    let value = "";
    let i = open + 1;
    for (; ; i++) {
      const t = this.type[i];
      if (t === CQUOTE) break;
      if (t === QUOTED_LIT) value += this.literalValue(i);
      else if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
        const c = t === TEMPLATE_INTERP ? "$" : "%";
        this.fail(
          i,
          `Invalid block label: template sequences are not allowed in a label; to write a literal "${c}{", write "${c}${c}{"`
        );
      } else if (t === EOF)
        this.fail(open, "Unterminated string: no closing quote for the string opened here");
      else this.unexpected(i, "Invalid block label");
    }
    labels.push(value);
    this.pos = i + 1;
    return i;
  }
  // ---- expressions ----------------------------------------------------------------------------------------
  /** Skim mode for the rest of the file: attributes become LazyAttributes. */
  skim() {
    this.build = false;
  }
  parseExpr() {
    if (++this.depth > MAX_DEPTH) this.tooDeep(this.peek());
    const cond = this.parseBinary(1);
    let out = cond;
    const q = this.peek();
    if (this.type[q] === QUESTION) {
      this.pos = q + 1;
      const a = this.parseExpr();
      const c = this.peek();
      if (this.type[c] !== COLON) this.unexpected(c, 'Missing false expression in conditional: expected ":"');
      this.pos = c + 1;
      const b = this.parseExpr();
      out = {
        kind: "conditional",
        condition: cond,
        then: a,
        else: b,
        start: cond.start,
        end: b.end
      };
    }
    this.depth--;
    return out;
  }
  parseBinary(min) {
    let lhs = this.parseOperand();
    for (; ; ) {
      const i = this.peek();
      const t = this.type[i];
      const prec = PREC[t];
      if (prec < min) return lhs;
      this.pos = i + 1;
      const rhs = this.parseBinary(prec + 1);
      if (!this.build) continue;
      lhs = {
        kind: "binary",
        op: OPS[t],
        left: lhs,
        right: rhs,
        start: lhs.start,
        end: rhs.end
      };
    }
  }
  /** A term with its traversals, or a unary operator applied to one. */
  parseOperand() {
    const i = this.peek();
    const t = this.type[i];
    if (t === MINUS || t === BANG) {
      this.pos = i + 1;
      if (++this.depth > MAX_DEPTH) this.tooDeep(i);
      const operand = this.parseOperand();
      this.depth--;
      return {
        kind: "unary",
        op: t === MINUS ? "-" : "!",
        operand,
        start: this.sp(i),
        end: operand.end
      };
    }
    return this.parseTraversals(this.parseTerm(i, t));
  }
  parseTerm(i, t) {
    switch (t) {
      case IDENT: {
        this.pos = i + 1;
        const j = this.peek();
        const tj = this.type[j];
        if (tj === OPAREN) return this.parseCall(i, i, j);
        if (tj === DOUBLECOLON) return this.parseNamespacedCall(i);
        if (!this.build) return SKIMMED;
        const name = this.text(i);
        const start = this.sp(i);
        const end = this.ep(i);
        if (name === "true") return { kind: "literal", value: true, start, end };
        if (name === "false") return { kind: "literal", value: false, start, end };
        if (name === "null") return { kind: "literal", value: null, start, end };
        return { kind: "variable", name, start, end };
      }
      case NUMBER: {
        this.pos = i + 1;
        const value = this.numberValue(i);
        return this.build ? { kind: "literal", value, start: this.sp(i), end: this.ep(i) } : SKIMMED;
      }
      case OQUOTE:
        return this.parseQuoted(i);
      case OHEREDOC:
        return this.parseHeredoc(i);
      case OBRACK:
        return this.parseTuple(i);
      case OBRACE:
        return this.parseObject(i);
      case OPAREN: {
        this.pos = i + 1;
        const saved = this.nl;
        this.nl = false;
        const expr = this.parseExpr();
        const c = this.peek();
        if (this.type[c] !== CPAREN)
          this.unexpected(
            c,
            `Unbalanced parentheses: expected ")" to close the "(" at line ${this.sLine[i]}`
          );
        this.pos = c + 1;
        this.nl = saved;
        return { kind: "paren", expr, start: this.sp(i), end: this.ep(c) };
      }
      default:
        if (t === EOF) this.fail(i, "Missing expression: expected an expression, found the end of the file");
        if (t === INVALID) this.fail(i, this.invalidMessage(i));
        this.fail(i, `Invalid expression: unexpected ${this.describe(i)}`);
    }
  }
  numberValue(i) {
    if (this.flag[i] & F_BADNUMBER) {
      this.report(this.sLine[i], this.sCol[i], `Invalid number literal: ${this.text(i)}`);
      return NaN;
    }
    return Number(this.text(i));
  }
  parseNamespacedCall(first) {
    let last = first;
    for (; ; ) {
      const d = this.peek();
      if (this.type[d] !== DOUBLECOLON) break;
      this.pos = d + 1;
      const n = this.peek();
      if (this.type[n] !== IDENT) this.unexpected(n, 'Invalid function name: expected a name after "::"');
      this.pos = n + 1;
      last = n;
    }
    const o = this.peek();
    if (this.type[o] !== OPAREN)
      this.unexpected(
        o,
        'Missing function call: a namespaced name like "provider::aws::fn" must be followed by "("'
      );
    return this.parseCall(first, last, o);
  }
  callName(first, last) {
    return first === last ? this.text(first) : this.src.slice(this.start[first], this.end[last]).replace(/\s+/g, "");
  }
  parseCall(first, last, open) {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    const args = [];
    let expandFinal = false;
    let close;
    for (; ; ) {
      let k = this.peek();
      if (this.type[k] === CPAREN) {
        close = k;
        break;
      }
      const arg = this.parseExpr();
      if (this.build) args.push(arg);
      k = this.peek();
      const t = this.type[k];
      if (t === CPAREN) {
        close = k;
        break;
      }
      if (t === COMMA) {
        this.pos = k + 1;
        continue;
      }
      if (t === ELLIPSIS) {
        expandFinal = true;
        this.pos = k + 1;
        close = this.peek();
        if (this.type[close] !== CPAREN)
          this.unexpected(
            close,
            'Missing closing parenthesis: an expanded argument (with "...") must be the last one'
          );
        break;
      }
      if (t === EOF)
        this.fail(open, `Unterminated function call: no ")" for the call to "${this.callName(first, last)}"`);
      this.unexpected(k, 'Missing argument separator: expected "," or ")"');
    }
    this.pos = close + 1;
    this.nl = saved;
    if (!this.build) return SKIMMED;
    return {
      kind: "call",
      name: this.callName(first, last),
      args,
      expandFinal,
      nameEnd: this.ep(last),
      start: this.sp(first),
      end: this.ep(close)
    };
  }
  parseTuple(open) {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    let k = this.peek();
    if (this.isKeyword(k, "for")) {
      const e = this.parseFor(open, k, false);
      this.nl = saved;
      return e;
    }
    const items = [];
    for (; ; ) {
      if (this.type[k] === CBRACK) break;
      const item = this.parseExpr();
      if (this.build) items.push(item);
      k = this.peek();
      const t = this.type[k];
      if (t === CBRACK) break;
      if (t === COMMA) {
        this.pos = k + 1;
        k = this.peek();
        continue;
      }
      if (t === EOF) this.fail(open, 'Unterminated tuple: no "]" for this "["');
      this.unexpected(k, 'Missing item separator: expected "," or "]"');
    }
    this.pos = k + 1;
    this.nl = saved;
    return this.build ? { kind: "tuple", items, start: this.sp(open), end: this.ep(k) } : SKIMMED;
  }
  parseObject(open) {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    const f = this.peek();
    if (this.isKeyword(f, "for")) {
      const e = this.parseFor(open, f, true);
      this.nl = saved;
      return e;
    }
    this.nl = true;
    const type = this.type;
    const items = [];
    let k;
    for (; ; ) {
      k = this.pos;
      let t = type[k];
      if (t === NEWLINE) {
        this.pos = k + 1;
        continue;
      }
      if (t === CBRACE) break;
      const force = t === OPAREN;
      let key = this.parseExpr();
      const s = this.pos;
      t = type[s];
      if (t !== EQUAL && t !== COLON) {
        if (t === NEWLINE || t === COMMA)
          this.fail(s, 'Missing attribute value: expected "=" and a value after the key');
        if (t === IDENT)
          this.fail(
            s,
            'Missing key/value separator: expected "="; to use a key containing periods or spaces, write it in quotes'
          );
        if (t === EOF) this.fail(open, 'Unterminated object: no "}" for this "{"');
        this.unexpected(s, 'Missing key/value separator: expected "=" or ":"');
      }
      this.pos = s + 1;
      const value = this.parseExpr();
      if (this.build) {
        if (!force && key.kind === "variable")
          key = { kind: "literal", value: key.name, start: key.start, end: key.end };
        items.push({ key, value, start: key.start, end: value.end });
      }
      k = this.pos;
      t = type[k];
      if (t === CBRACE) break;
      if (t === COMMA || t === NEWLINE) {
        this.pos = k + 1;
        continue;
      }
      if (t === EOF) this.fail(open, 'Unterminated object: no "}" for this "{"');
      this.unexpected(k, 'Missing attribute separator: expected a newline or ","');
    }
    this.pos = k + 1;
    this.nl = saved;
    return this.build ? { kind: "object", items, start: this.sp(open), end: this.ep(k) } : SKIMMED;
  }
  /** `[for ...]` / `{for ...}`; called with newlines off and `forTok` the `for` keyword. */
  /** `k, v in` or `v in` after `for` (in a for expression or a template directive); leaves pos after `in`. */
  parseForVariables(what) {
    let v = this.peek();
    if (this.type[v] !== IDENT)
      this.unexpected(v, `Invalid "for" ${what}: expected a variable name after "for"`);
    let valueVar = this.text(v);
    let keyVar;
    this.pos = v + 1;
    const c = this.peek();
    if (this.type[c] === COMMA) {
      keyVar = valueVar;
      this.pos = c + 1;
      v = this.peek();
      if (this.type[v] !== IDENT)
        this.unexpected(v, `Invalid "for" ${what}: expected the value variable name after ","`);
      valueVar = this.text(v);
      this.pos = v + 1;
    }
    const inTok = this.peek();
    if (!this.isKeyword(inTok, "in"))
      this.unexpected(inTok, `Invalid "for" ${what}: expected "in" after the variable names`);
    this.pos = inTok + 1;
    return { keyVar, valueVar };
  }
  parseFor(open, forTok, isObject) {
    const closeType = isObject ? CBRACE : CBRACK;
    this.pos = forTok + 1;
    const { keyVar, valueVar } = this.parseForVariables("expression");
    const collection = this.parseExpr();
    const colon = this.peek();
    if (this.type[colon] !== COLON)
      this.unexpected(colon, 'Invalid "for" expression: expected ":" after the collection expression');
    this.pos = colon + 1;
    let valueTok = this.peek();
    let valueExpr = this.parseExpr();
    let keyExpr;
    let keyTok = valueTok;
    const fa = this.peek();
    if (this.type[fa] === FATARROW) {
      this.pos = fa + 1;
      keyExpr = valueExpr;
      keyTok = valueTok;
      valueTok = this.peek();
      valueExpr = this.parseExpr();
    }
    let grouping = false;
    const el = this.peek();
    if (this.type[el] === ELLIPSIS) {
      grouping = true;
      this.pos = el + 1;
    }
    let condition;
    const ifTok = this.peek();
    if (this.isKeyword(ifTok, "if")) {
      this.pos = ifTok + 1;
      condition = this.parseExpr();
    }
    const close = this.peek();
    if (this.type[close] !== closeType)
      this.unexpected(
        close,
        `Invalid "for" expression: expected "${isObject ? "}" : "]"}" at the end of the expression`
      );
    this.pos = close + 1;
    if (!isObject) {
      if (keyExpr)
        this.report(
          this.sLine[keyTok],
          this.sCol[keyTok],
          'Invalid "for" expression: a key expression ("=>") is not valid when building a tuple'
        );
      if (grouping)
        this.report(
          this.sLine[el],
          this.sCol[el],
          'Invalid "for" expression: the grouping ellipsis (...) cannot be used when building a tuple'
        );
    } else if (!keyExpr) {
      this.report(
        this.sLine[valueTok],
        this.sCol[valueTok],
        'Invalid "for" expression: a key expression ("key => value") is required when building an object'
      );
    }
    const out = {
      kind: "for",
      valueVar,
      collection,
      valueExpr,
      grouping,
      object: isObject,
      start: this.sp(open),
      end: this.ep(close)
    };
    if (keyVar !== void 0) out.keyVar = keyVar;
    if (keyExpr) out.keyExpr = keyExpr;
    if (condition) out.condition = condition;
    return out;
  }
  parseTraversals(from) {
    const type = this.type;
    let ret = from;
    for (; ; ) {
      const i = this.peek();
      const t = type[i];
      if (t === DOT) {
        this.pos = i + 1;
        const j = this.peek();
        const tj = type[j];
        this.pos = j + 1;
        if (tj === IDENT) {
          if (this.build)
            ret = { kind: "getattr", object: ret, name: this.text(j), start: ret.start, end: this.ep(j) };
        } else if (tj === NUMBER) {
          const key = this.legacyIndex(j);
          if (this.build) ret = { kind: "index", object: ret, key, start: ret.start, end: this.ep(j) };
        } else if (tj === STAR) {
          const item = { kind: "splat-item", start: this.sp(i), end: this.ep(j) };
          let each = item;
          for (; ; ) {
            const d = this.peek();
            if (type[d] !== DOT) break;
            this.pos = d + 1;
            const a = this.peek();
            const ta = type[a];
            this.pos = a + 1;
            if (ta === IDENT)
              each = {
                kind: "getattr",
                object: each,
                name: this.text(a),
                start: item.start,
                end: this.ep(a)
              };
            else if (ta === NUMBER)
              each = {
                kind: "index",
                object: each,
                key: this.legacyIndex(a),
                start: item.start,
                end: this.ep(a)
              };
            else if (ta === STAR)
              this.fail(
                a,
                "Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat"
              );
            else this.unexpected(a, "Invalid attribute name: an attribute name is required after a dot");
          }
          ret = { kind: "splat", object: ret, each, start: ret.start, end: each.end };
        } else {
          this.unexpected(j, "Invalid attribute name: an attribute name is required after a dot");
        }
      } else if (t === OBRACK) {
        this.pos = i + 1;
        const j = this.peek();
        if (type[j] === STAR) {
          this.pos = j + 1;
          const c = this.peek();
          if (type[c] !== CBRACK)
            this.unexpected(c, 'Missing close bracket on splat index: "[*" must be followed by "]"');
          this.pos = c + 1;
          const item = { kind: "splat-item", start: this.sp(i), end: this.ep(c) };
          if (++this.depth > MAX_DEPTH) this.tooDeep(i);
          const each = this.parseTraversals(item);
          this.depth--;
          ret = { kind: "splat", object: ret, each, start: ret.start, end: each.end };
        } else {
          const saved = this.nl;
          this.nl = false;
          const key = this.parseExpr();
          const c = this.peek();
          if (type[c] !== CBRACK) this.unexpected(c, 'Missing close bracket on index: expected "]"');
          this.pos = c + 1;
          this.nl = saved;
          if (this.build) ret = { kind: "index", object: ret, key, start: ret.start, end: this.ep(c) };
        }
      } else return ret;
    }
  }
  /** The key of a legacy index step `.0`. */
  legacyIndex(j) {
    const text = this.text(j);
    const start = this.sp(j);
    const end = this.ep(j);
    const dot = text.indexOf(".");
    if (dot >= 0) {
      this.report(
        this.sLine[j],
        this.sCol[j],
        `Invalid legacy index syntax: chaining two legacy indexes is not allowed; use [${text.slice(0, dot)}][${text.slice(dot + 1)}] instead`
      );
      return { kind: "literal", value: Number(text.slice(0, dot)), start, end };
    }
    return { kind: "literal", value: this.numberValue(j), start, end };
  }
  // ---- templates ------------------------------------------------------------------------------------------
  parseQuoted(open) {
    const type = this.type;
    if (type[open + 1] === CQUOTE) {
      this.pos = open + 2;
      if (!this.build) return SKIMMED;
      const at = this.ep(open);
      return {
        kind: "template",
        parts: [{ kind: "text", value: "", start: at, end: at }],
        start: this.sp(open),
        end: this.ep(open + 1)
      };
    }
    if (type[open + 1] === QUOTED_LIT && type[open + 2] === CQUOTE && !(this.flag[open + 1] & F_ESCAPE)) {
      this.pos = open + 3;
      if (!this.build) return SKIMMED;
      const lit = open + 1;
      return {
        kind: "template",
        parts: [{ kind: "text", value: this.text(lit), start: this.sp(lit), end: this.ep(lit) }],
        start: this.sp(open),
        end: this.ep(open + 2)
      };
    }
    this.pos = open + 1;
    const items = this.templateItems(CQUOTE, open);
    const close = this.pos - 1;
    return this.buildTemplate(items, this.sp(open), this.ep(close), this.ep(open));
  }
  parseHeredoc(open) {
    this.pos = open + 1;
    const items = this.templateItems(CHEREDOC, open);
    const close = this.pos - 1;
    if (this.flag[open] & F_FLUSH) flushHeredoc(items);
    return this.buildTemplate(items, this.sp(open), this.ep(close), this.ep(open));
  }
  /** Builds a template expression from flat items (used by quoted strings, heredocs and bare templates). */
  buildTemplate(items, start, end, emptyAt) {
    this.tpl = items;
    this.tplIdx = 0;
    const parts = this.templateSeq(false);
    if (!this.build) return SKIMMED;
    if (parts.length === 0) parts.push({ kind: "text", value: "", start: emptyAt, end: emptyAt });
    return { kind: "template", parts, start, end };
  }
  /**
   * Reads template tokens up to the `end` token type (consumed) into flat items, applying `~` strip
   * markers. `open` is the opening token (-1 for a bare template).
   */
  templateItems(end, open) {
    const type = this.type;
    const items = [];
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    for (; ; ) {
      const i = this.pos;
      const t = type[i];
      if (t === end) {
        this.pos = i + 1;
        return items;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (t === QUOTED_LIT || t === STRING_LIT) {
        let text = this.literalValue(i);
        if (ltrim) text = trimLeft(text);
        items.push({
          k: TT_TEXT,
          text,
          expr: null,
          keyVar: void 0,
          valueVar: "",
          tok: i,
          start: this.sp(i),
          end: this.ep(i)
        });
        nextCanTrimPrev = true;
        this.pos = i + 1;
        continue;
      }
      if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
        if (canTrimPrev && this.flag[i] & F_TILDE) {
          const prev = items[items.length - 1];
          prev.text = trimRight(prev.text);
        }
        this.pos = i + 1;
        const saved = this.nl;
        this.nl = false;
        if (t === TEMPLATE_INTERP) {
          const expr = this.parseExpr();
          const c = this.closeSequence(i, end);
          items.push({
            k: TT_INTERP,
            text: "",
            expr,
            keyVar: void 0,
            valueVar: "",
            tok: i,
            start: this.sp(i),
            end: this.ep(c)
          });
          if (this.flag[c] & F_TILDE) ltrimNext = true;
        } else {
          const item = this.directive(i);
          if (this.flag[this.pos - 1] & F_TILDE) ltrimNext = true;
          items.push(item);
        }
        this.nl = saved;
        continue;
      }
      if (t === EOF) {
        if (open < 0) this.fail(i, "Unexpected end of template");
        if (type[open] === OHEREDOC) {
          const m = /<<-?(\S+)/.exec(this.text(open));
          this.fail(
            open,
            `Unterminated heredoc: no closing "${m ? m[1] : ""}" marker line for the heredoc opened here`
          );
        }
        this.fail(open, "Unterminated string: no closing quote for the string opened here");
      }
      this.unexpected(i, "Unterminated template string");
    }
  }
  /** Expects the `}` closing the `${`/`%{` at token `open`; returns its index (consumed). */
  closeSequence(open, end) {
    const c = this.peek();
    const t = this.type[c];
    if (t !== TEMPLATE_SEQ_END) {
      if (t === EOF)
        this.fail(
          open,
          `Unclosed template interpolation: no "}" for this "\${" before the end of the ${end === EOF ? "string" : "file"}`
        );
      if ((t === CQUOTE || t === OQUOTE) && end === CQUOTE)
        this.fail(
          open,
          'Unclosed template interpolation: no "}" for this "${" before the end of the quoted string'
        );
      if (t === COLON)
        this.fail(
          c,
          'Extra characters after interpolation expression: ":" is not expected here; to write a literal "${", escape it as "$${"'
        );
      this.unexpected(
        c,
        'Extra characters after interpolation expression: expected "}"; to write a literal "${", escape it as "$${"'
      );
    }
    this.pos = c + 1;
    return c;
  }
  /** `%{ if x }`, `%{ else }`, `%{ endif }`, `%{ for k, v in x }`, `%{ endfor }`; the `%{` is token `open`. */
  directive(open) {
    const kw = this.peek();
    if (this.type[kw] !== IDENT)
      this.unexpected(
        kw,
        'Invalid template directive: expected "if", "for", "else", "endif" or "endfor" after "%{"'
      );
    this.pos = kw + 1;
    const name = this.text(kw);
    let k;
    let expr = null;
    let keyVar;
    let valueVar = "";
    switch (name) {
      case "if":
        k = TT_IF;
        expr = this.parseExpr();
        break;
      case "else":
        k = TT_ELSE;
        break;
      case "endif":
        k = TT_ENDIF;
        break;
      case "endfor":
        k = TT_ENDFOR;
        break;
      case "for": {
        k = TT_FOR;
        ({ keyVar, valueVar } = this.parseForVariables("directive"));
        expr = this.parseExpr();
        break;
      }
      default:
        this.fail(
          kw,
          `Invalid template control keyword: "${name}" is not one of if, for, else, endif, endfor`
        );
    }
    const c = this.peek();
    if (this.type[c] !== TEMPLATE_SEQ_END)
      this.unexpected(c, `Extra characters in the "%{ ${name} }" directive: expected "}"`);
    this.pos = c + 1;
    return { k, text: name, expr, keyVar, valueVar, tok: open, start: this.sp(open), end: this.ep(c) };
  }
  /** Nests flat template items: reads until the end, or (nested) until an else/endif/endfor, not consumed. */
  templateSeq(nested) {
    const items = this.tpl;
    const parts = [];
    let lastText = null;
    let empty = 0;
    while (this.tplIdx < items.length) {
      const it = items[this.tplIdx];
      switch (it.k) {
        case TT_TEXT:
          this.tplIdx++;
          if (lastText) {
            lastText.value += it.text;
            lastText.end = it.end;
          } else {
            lastText = { kind: "text", value: it.text, start: it.start, end: it.end };
            parts.push(lastText);
          }
          if (lastText.value === "") empty++;
          continue;
        case TT_INTERP:
          this.tplIdx++;
          parts.push(it.expr);
          lastText = null;
          continue;
        case TT_IF:
        case TT_FOR:
          this.tplIdx++;
          parts.push(it.k === TT_IF ? this.templateIf(it) : this.templateFor(it));
          lastText = null;
          continue;
        default:
          if (nested) return dropEmptyText(parts, empty);
          this.fail(
            it.tok,
            `Unexpected "%{ ${it.text} }" directive: there is no matching "%{ ${it.text === "endfor" ? "for" : "if"} }" before it`
          );
      }
    }
    return dropEmptyText(parts, empty);
  }
  nestedTemplate(parts, emptyAt) {
    if (parts.length === 0)
      return {
        kind: "template",
        parts: [{ kind: "text", value: "", start: emptyAt, end: emptyAt }],
        start: emptyAt,
        end: emptyAt
      };
    return { kind: "template", parts, start: parts[0].start, end: parts[parts.length - 1].end };
  }
  templateIf(it) {
    if (++this.depth > MAX_DEPTH)
      this.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
    const items = this.tpl;
    const thenParts = this.templateSeq(true);
    let next = items[this.tplIdx];
    const missing = `Unexpected end of template: the "%{ if }" at line ${this.sLine[it.tok]} has no matching "%{ endif }"`;
    if (!next) this.fail(it.tok, missing);
    let elseParts;
    let elseTok;
    if (next.k === TT_ELSE) {
      elseTok = next;
      this.tplIdx++;
      elseParts = this.templateSeq(true);
      next = items[this.tplIdx];
      if (!next) this.fail(it.tok, missing);
    }
    if (next.k !== TT_ENDIF) {
      if (next.k === TT_ELSE)
        this.fail(
          next.tok,
          `Unexpected "%{ else }" directive: already in the else clause of the "%{ if }" at line ${this.sLine[it.tok]}`
        );
      this.fail(
        next.tok,
        `Unexpected "%{ ${next.text} }" directive: expected "%{ endif }" for the "%{ if }" at line ${this.sLine[it.tok]}`
      );
    }
    this.tplIdx++;
    this.depth--;
    const out = {
      kind: "template-if",
      condition: it.expr,
      then: this.nestedTemplate(thenParts, it.end),
      start: it.start,
      end: next.end
    };
    if (elseParts && elseTok) out.else = this.nestedTemplate(elseParts, elseTok.end);
    return out;
  }
  templateFor(it) {
    if (++this.depth > MAX_DEPTH)
      this.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
    const body = this.templateSeq(true);
    const next = this.tpl[this.tplIdx];
    if (!next)
      this.fail(
        it.tok,
        `Unexpected end of template: the "%{ for }" at line ${this.sLine[it.tok]} has no matching "%{ endfor }"`
      );
    if (next.k !== TT_ENDFOR) {
      if (next.k === TT_ELSE)
        this.fail(next.tok, 'Unexpected "%{ else }" directive: a "%{ for }" directive has no else clause');
      this.fail(
        next.tok,
        `Unexpected "%{ ${next.text} }" directive: expected "%{ endfor }" for the "%{ for }" at line ${this.sLine[it.tok]}`
      );
    }
    this.tplIdx++;
    this.depth--;
    const out = {
      kind: "template-for",
      valueVar: it.valueVar,
      collection: it.expr,
      body: this.nestedTemplate(body, it.end),
      start: it.start,
      end: next.end
    };
    if (it.keyVar !== void 0) out.keyVar = it.keyVar;
    return out;
  }
  /** The value of a QUOTED_LIT (backslash and `$${` escapes) or STRING_LIT (`$${` / `%%{` escapes only). */
  literalValue(i) {
    const s = this.start[i];
    const e = this.end[i];
    const src = this.src;
    if (!(this.flag[i] & F_ESCAPE)) return src.slice(s, e);
    const quoted = this.type[i] === QUOTED_LIT;
    let out = "";
    let seg = s;
    let p = s;
    while (p < e) {
      const c = src.charCodeAt(p);
      if (c === 92 && quoted) {
        out += src.slice(seg, p);
        const d = src.charCodeAt(p + 1);
        let adv = 2;
        switch (d) {
          case 110:
            out += "\n";
            break;
          case 114:
            out += "\r";
            break;
          case 116:
            out += "	";
            break;
          case 34:
            out += '"';
            break;
          case 92:
            out += "\\";
            break;
          case 117:
          case 85: {
            const want = d === 117 ? 4 : 8;
            let h = p + 2;
            while (h < e && h - (p + 2) < want && isHex(src.charCodeAt(h))) h++;
            adv = h - p;
            const col = this.sCol[i] + (p - s);
            if (h - (p + 2) !== want) {
              this.report(
                this.sLine[i],
                col,
                `Invalid escape sequence: \\${d === 117 ? "u" : "U"} must be followed by ${want === 4 ? "four" : "eight"} hexadecimal digits`
              );
              break;
            }
            const cp = parseInt(src.slice(p + 2, h), 16);
            if (cp > 1114111 || cp >= 55296 && cp <= 57343) {
              this.report(
                this.sLine[i],
                col,
                `Invalid escape sequence: cannot encode character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`
              );
              break;
            }
            out += String.fromCodePoint(cp);
            break;
          }
          default: {
            const cp = src.codePointAt(p + 1) ?? 0;
            const ch = String.fromCodePoint(cp);
            adv = 1 + ch.length;
            this.report(
              this.sLine[i],
              this.sCol[i] + (p - s),
              `Invalid escape sequence: "\\${ch}" is not a valid escape; use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN`
            );
            out += ch;
          }
        }
        p += adv;
        seg = p;
      } else if ((c === 36 || c === 37) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 123) {
        out += src.slice(seg, p + 1) + "{";
        p += 3;
        seg = p;
      } else p++;
    }
    return out + src.slice(seg, e);
  }
};
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function trimLeft(s) {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}
function trimRight(s) {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}
function dropEmptyText(parts, empty) {
  if (empty === 0 || parts.length < 2) return parts;
  const out = parts.filter((p) => p.kind !== "text" || p.value !== "");
  if (out.length === 0) return [parts[0]];
  const k = out[0].kind;
  if (out.length === 1 && k !== "text" && k !== "template-if" && k !== "template-for") return parts;
  return out;
}
function flushHeredoc(items) {
  let min = Infinity;
  let newline = true;
  const adjust = [];
  for (const it of items) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (it.k === TT_TEXT) {
        const t = it.text;
        let units = 0;
        let count = 0;
        while (units < t.length && isSpace(t.charCodeAt(units))) {
          units++;
          count++;
        }
        if (units === t.length && t.endsWith("\n")) spaces = Infinity;
        else {
          spaces = count;
          adjust.push(it);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (it.k === TT_TEXT && it.text.endsWith("\n")) newline = true;
  }
  if (min === 0 || min === Infinity) return;
  for (const it of adjust) {
    it.text = it.text.slice(min);
    it.start += min;
  }
}
var LazyAttribute = class {
  constructor(name, start, nameEnd, exprStart, end, src) {
    this.name = name;
    this.start = start;
    this.nameEnd = nameEnd;
    this.exprStart = exprStart;
    this.end = end;
    this.src = src;
  }
  name;
  start;
  nameEnd;
  exprStart;
  end;
  src;
  built;
  get expr() {
    if (this.built) return this.built;
    const lineEnd = this.src.indexOf("\n", this.end);
    const tk = tokenize(this.src, this.exprStart, false, 1, 1, lineEnd < 0 ? this.src.length : lineEnd + 1);
    try {
      this.built = new Parser(this.src, tk, [], 0).parseExpr();
    } catch (e) {
      if (e === BAIL) throw new Error("HCL parser: an expression that was checked failed to build");
      throw e;
    } finally {
      releaseTokens(tk);
    }
    return this.built;
  }
};
function internalError2(parser, e, errors) {
  if (e === BAIL) return;
  const pos = parser.tokenPosition(Math.min(parser.pos, parser.count - 1));
  const message = e instanceof RangeError ? "Nesting too deep: the input is nested too deeply to parse" : `Internal parser error: ${String(e)}`;
  errors.push({ line: pos.line, column: pos.column, message });
}
function parseHcl(text) {
  const begin = text.charCodeAt(0) === 65279 ? 1 : 0;
  const tk = tokenize(text, begin, false, 1, 1);
  const errors = [];
  const attributes = [];
  const blocks = [];
  const parser = new Parser(text, tk, errors, 0);
  parser.skim();
  try {
    parser.parseBody(attributes, blocks, -1, -1);
  } catch (e) {
    internalError2(parser, e, errors);
  }
  const end = parser.ep(tk.count - 1);
  releaseTokens(tk);
  return { body: { attributes, blocks, start: begin, end }, errors };
}
function parseTemplate(text, start) {
  const errors = [];
  const end = start.offset + text.length;
  if (text.indexOf("${") < 0 && text.indexOf("%{") < 0) {
    return {
      expr: {
        kind: "template",
        parts: [{ kind: "text", value: text, start: start.offset, end }],
        start: start.offset,
        end
      },
      errors
    };
  }
  const tk = tokenize(text, 0, true, start.line, start.column);
  const parser = new Parser(text, tk, errors, start.offset);
  parser.eofName = "the end of the string";
  let expr;
  try {
    const items = parser.templateItems(EOF, -1);
    expr = parser.buildTemplate(items, start.offset, end, start.offset);
  } catch (e) {
    internalError2(parser, e, errors);
    expr = {
      kind: "template",
      parts: [{ kind: "text", value: text, start: start.offset, end }],
      start: start.offset,
      end
    };
  }
  releaseTokens(tk);
  return { expr, errors };
}
function excerpt(text) {
  const line = text.split(/\r?\n/, 1)[0];
  return line.length > 40 || line.length < text.length ? `${line.slice(0, 40)}\u2026` : line;
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
var MAX_DEPTH2 = 500;
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
    if (this.depth >= MAX_DEPTH2) {
      this.error(node.offset, `Nesting too deep: more than ${MAX_DEPTH2} nested JSON values`);
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

// src/formats/terraform/values.ts
function unknown(expr, reason, src) {
  return { t: "unknown", expr, reason, src };
}
function asString(v) {
  switch (v.t) {
    case "string":
      return v.v;
    case "number":
      return String(v.v);
    case "bool":
      return String(v.v);
    default:
      return void 0;
  }
}
function asNumber(v) {
  if (v.t === "number") return v.v;
  if (v.t === "string" && v.v.trim() !== "" && !Number.isNaN(Number(v.v))) return Number(v.v);
  return void 0;
}
function asBool(v) {
  if (v.t === "bool") return v.v;
  if (v.t === "string" && (v.v === "true" || v.v === "false")) return v.v === "true";
  return void 0;
}
function elements(v) {
  if (v.t === "list") return v.items;
  if (v.t === "object") return [...v.attrs.keys()].sort().map((k) => v.attrs.get(k));
  return void 0;
}
function toPlain(v) {
  switch (v.t) {
    case "list":
      return v.items.map(toPlain);
    case "object":
      return Object.fromEntries([...v.attrs].map(([k, x]) => [k, toPlain(x)]));
    case "null":
      return null;
    case "unknown":
      return `(unknown: ${v.expr})`;
    case "ref":
      return `${v.address}${v.attr.map((a) => `.${a}`).join("")}`;
    default:
      return v.v;
  }
}
function equalValues(a, b) {
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}
function fromPlain(x, src) {
  if (x === null || x === void 0) return { t: "null", src };
  if (typeof x === "string") return { t: "string", v: x, src };
  if (typeof x === "number") return { t: "number", v: x, src };
  if (typeof x === "boolean") return { t: "bool", v: x, src };
  if (Array.isArray(x)) return { t: "list", items: x.map((i) => fromPlain(i, src)), src };
  return {
    t: "object",
    attrs: new Map(Object.entries(x).map(([k, i]) => [k, fromPlain(i, src)])),
    src
  };
}

// src/formats/terraform/limits.ts
var LIMITS = {
  /**
   * Evaluation work per root module: one unit per expression evaluated, plus the size of each function result
   * (elements, or 64 characters of a string), so that it bounds memory as well as time. The largest root of
   * ../shared/corpus/terraform uses 9,348.
   */
  work: 2e6,
  /** Resource and module instances per root module (count and for_each). */
  instances: 1e4,
  /** Elements of one list or map. */
  collection: 1e5,
  /** Characters of one string. */
  stringLength: 1e6,
  /** Module calls nested in one another. */
  moduleDepth: 16
};
var LimitError = class extends Error {
};
var BudgetSpent = class extends LimitError {
};
var DiagnosticLog = class {
  diagnostics = [];
  seen = /* @__PURE__ */ new Map();
  error(location, message) {
    const key = `${location.file}:${location.line}:${location.column}:${message}`;
    const known2 = this.seen.get(key);
    if (known2) return known2;
    const diagnostic = { level: "error", location, message };
    this.seen.set(key, diagnostic);
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
};
var RootBudget = class {
  constructor(rootName, log) {
    this.rootName = rootName;
    this.log = log;
  }
  rootName;
  log;
  work = 0;
  instances = 0;
  spentReported = false;
  /** Blocks with instances left out, by location: one diagnostic each, however many module instances hold them. */
  leftOut = /* @__PURE__ */ new Map();
  get used() {
    return this.work;
  }
  /** Counts `units` of work; throws LimitError once the root's budget is spent. */
  spend(units) {
    this.work += units;
    if (this.work > LIMITS.work)
      throw new BudgetSpent(
        `the evaluation budget of ${this.rootName} (${LIMITS.work.toLocaleString("en-US")} units) is spent here`
      );
  }
  /** True the first time only: the spent budget is reported once per root, where it ran out. */
  firstSpent() {
    const first = !this.spentReported;
    this.spentReported = true;
    return first;
  }
  /**
   * Reports instances of a block left out for lack of budget: the first time with `message` (which names them),
   * later (the same block in other module instances) as a count added to it.
   */
  instancesLeftOut(location, message, count) {
    const key = `${location.file}:${location.line}:${location.column}`;
    const known2 = this.leftOut.get(key);
    if (!known2) {
      this.leftOut.set(key, { diagnostic: this.log.error(location, message), message, more: 0 });
      return;
    }
    known2.more += count;
    known2.diagnostic.message = `${known2.message}; and ${known2.more.toLocaleString("en-US")} instances of it in other module instances`;
  }
  /** Takes up to `wanted` instances from the budget; returns how many were granted. */
  takeInstances(wanted) {
    const granted = Math.max(0, Math.min(wanted, LIMITS.instances - this.instances));
    this.instances += granted;
    return granted;
  }
};
function sizeUnits(length, isString) {
  return isString ? Math.ceil(length / 64) : length;
}
function throwIfOverLimit(length, isString) {
  if (isString && length > LIMITS.stringLength)
    throw new LimitError(
      `a string of ${length.toLocaleString("en-US")} characters, over the ${LIMITS.stringLength.toLocaleString("en-US")}-character limit`
    );
  if (!isString && length > LIMITS.collection)
    throw new LimitError(
      `a collection of ${length.toLocaleString("en-US")} elements, over the ${LIMITS.collection.toLocaleString("en-US")}-element limit`
    );
}

// src/formats/terraform/functions/args.ts
var EvalError = class extends Error {
};
var UnknownArgument = class extends Error {
  constructor(value) {
    super(value.reason);
    this.value = value;
  }
  value;
};
function def(min, max, fn, flags = {}) {
  return { min, max, fn, ...flags };
}
function fail(fn, message) {
  throw new EvalError(`${fn}: ${message}`);
}
function known(v) {
  if (v.t === "unknown") throw new UnknownArgument(v);
  return v;
}
function primitive(v) {
  if (v.t === "ref") {
    const text = `${v.address}${v.attr.map((a) => `.${a}`).join("")}`;
    throw new UnknownArgument({ t: "unknown", expr: text, reason: `${text} is known only after apply` });
  }
  return known(v);
}
function isSpread(v) {
  return v.t === "unknown" && v.spread === true;
}
function needList(v, fn, options = {}) {
  known(v);
  if (v.t === "list") {
    if (!options.partial) {
      for (const item of v.items) if (isSpread(item)) known(item);
    }
    return v.items;
  }
  if (options.mapsToo && v.t === "object") return elements(v);
  return fail(fn, `expected a list, got ${typeName(v)}`);
}
function needString(v, fn) {
  primitive(v);
  const s = asString(v);
  if (s === void 0) fail(fn, `expected a string, got ${typeName(v)}`);
  return s;
}
function needNumber(v, fn) {
  primitive(v);
  const n = asNumber(v);
  if (n === void 0) throw new EvalError(`${fn ? `${fn}: ` : ""}expected a number, got ${typeName(v)}`);
  return n;
}
function needInteger(v, fn) {
  const n = needNumber(v, fn);
  if (!Number.isInteger(n)) fail(fn, `expected a whole number, got ${n}`);
  return n;
}
function needObject(v, fn) {
  known(v);
  if (v.t === "object") return v.attrs;
  return fail(fn, `expected a map or object, got ${typeName(v)}`);
}
function needKnown(v) {
  return known(v);
}
function typeName(v) {
  switch (v.t) {
    case "list":
      return "list";
    case "object":
      return "object";
    case "ref":
      return "resource reference";
    default:
      return v.t;
  }
}
function str(v, src) {
  return { t: "string", v, src };
}
function num(v, src) {
  if (!Number.isFinite(v)) throw new EvalError(`result ${v} is not a finite number`);
  return { t: "number", v, src };
}
function bool(v, src) {
  return { t: "bool", v, src };
}
function list(items, src) {
  return { t: "list", items, src };
}
function object(attrs, src) {
  return { t: "object", attrs, src };
}
function valueKey(v) {
  return JSON.stringify(toPlain(v));
}
function distinctValues(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((i) => {
    if (isSpread(i)) return true;
    const key = valueKey(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function setOf(items, src) {
  const distinct = distinctValues(items);
  const unknowns = distinct.filter((i) => i.t === "unknown");
  const knownItems = distinct.filter((i) => i.t !== "unknown");
  const kinds = new Set(knownItems.map((i) => i.t));
  if (kinds.size === 1) {
    const kind = knownItems[0].t;
    if (kind === "string") knownItems.sort((a, b) => compareText(asString(a) ?? "", asString(b) ?? ""));
    else if (kind === "number" || kind === "bool")
      knownItems.sort((a, b) => Number(toPlain(a)) - Number(toPlain(b)));
  }
  return list([...knownItems, ...unknowns], src);
}
var segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
function graphemes(text) {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
function unifyPrimitives(items) {
  if (!items.some((i) => i.t === "string")) return items;
  if (!items.every((i) => i.t === "string" || i.t === "number" || i.t === "bool" || i.t === "null"))
    return items;
  return items.map((i) => i.t === "number" || i.t === "bool" ? str(String(i.v), i.src) : i);
}
var MAX_RESULT_SIZE = 1e6;
function unknownIfTooLarge(fn, size) {
  if (size > MAX_RESULT_SIZE)
    throw new UnknownArgument({
      t: "unknown",
      expr: `${fn}(...)`,
      reason: `${fn} would build ${size} elements or characters, more than ${MAX_RESULT_SIZE} evaluated`
    });
}

// src/formats/terraform/functions/collection.ts
function partialItems(v, fn) {
  if (v.t === "unknown") return [{ ...v, spread: true }];
  return needList(v, fn, { partial: true });
}
function flatten(items) {
  return items.flatMap(
    (i) => i.t === "list" ? flatten(i.items) : i.t === "unknown" ? [{ ...i, spread: true }] : [i]
  );
}
function contains(items, v) {
  const key = valueKey(needKnown(v));
  return items.some((x) => valueKey(needKnown(x)) === key);
}
function unifiedSets(args, fn) {
  const sets = args.map((a) => needList(a, fn));
  const unified = unifyPrimitives(sets.flat());
  let start = 0;
  return sets.map((set) => unified.slice(start, start += set.length));
}
function needOneType(args, fn) {
  const kinds = new Set(args.filter((a) => a.t !== "null" && a.t !== "ref").map((a) => a.t));
  const primitive2 = [...kinds].every((k) => k === "string" || k === "number" || k === "bool");
  if (kinds.size > 1 && (!primitive2 || !kinds.has("string")))
    fail(fn, "all arguments must have the same type");
  return args;
}
function setproduct(sets) {
  return sets.reduce(
    (acc, set) => acc.flatMap((prefix) => set.map((item) => [...prefix, item])),
    [[]]
  );
}
function range(args) {
  const [start, end, step] = args.length === 1 ? [0, needNumber(args[0], "range"), 1] : [
    needNumber(args[0], "range"),
    needNumber(args[1], "range"),
    args[2] ? needNumber(args[2], "range") : void 0
  ];
  const direction = step ?? (end < start ? -1 : 1);
  if (direction === 0) fail("range", "step must not be zero");
  if (end < start && direction > 0) fail("range", "step must be negative for a descending range");
  if (end > start && direction < 0) fail("range", "step must be positive for an ascending range");
  const out = [];
  for (let i = start; direction > 0 ? i < end : i > end; i += direction) {
    if (out.length >= 1024)
      fail(
        "range",
        "more than 1024 values were generated; decrease the difference between start and end or use a larger step"
      );
    out.push(i);
  }
  return out;
}
var COLLECTION_FUNCTIONS = {
  alltrue: def(
    1,
    1,
    ([l]) => bool(needList(l, "alltrue").every((i) => i.t !== "null" && asBool(needKnown(i)) === true))
  ),
  anytrue: def(
    1,
    1,
    ([l]) => bool(needList(l, "anytrue").some((i) => i.t !== "null" && asBool(needKnown(i)) === true))
  ),
  chunklist: def(2, 2, ([l, size]) => {
    const items = needList(l, "chunklist");
    const n = needInteger(size, "chunklist");
    if (n < 0) fail("chunklist", "the size argument must be positive");
    if (n === 0) return list([list(items)]);
    const chunks = [];
    for (let i = 0; i < items.length; i += n) chunks.push(list(items.slice(i, i + n)));
    return list(chunks);
  }),
  coalesce: def(1, Infinity, (args) => {
    for (const a of unifyPrimitives(needOneType(args.map(needKnown), "coalesce"))) {
      if (a.t !== "null" && !(a.t === "string" && a.v === "")) return a;
    }
    return fail("coalesce", "no non-null, non-empty-string arguments");
  }),
  coalescelist: def(1, Infinity, (args) => {
    for (const a of args) if (needList(a, "coalescelist").length > 0) return a;
    return fail("coalescelist", "no non-null arguments");
  }),
  compact: def(
    1,
    1,
    ([l], ctx) => list(
      partialItems(l, "compact").filter((i) => {
        if (i.t === "unknown" || i.t === "null") return i.t === "unknown";
        return needString(i, "compact") !== "";
      }),
      ctx.src
    ),
    { partial: true }
  ),
  concat: def(
    1,
    Infinity,
    (args, ctx) => list(
      args.flatMap((a) => partialItems(a, "concat")),
      ctx.src
    ),
    {
      partial: true
    }
  ),
  contains: def(2, 2, ([l, v]) => bool(contains(needList(l, "contains"), v))),
  distinct: def(1, 1, ([l], ctx) => list(distinctValues(partialItems(l, "distinct")), ctx.src), {
    partial: true
  }),
  element: def(2, 2, ([l, i]) => {
    const items = needList(l, "element");
    if (items.length === 0) fail("element", "cannot use element function with an empty list");
    const at = needInteger(i, "element");
    if (at < 0) fail("element", "cannot use element function with a negative index");
    return items[at % items.length];
  }),
  flatten: def(1, 1, ([l], ctx) => list(flatten(partialItems(l, "flatten")), ctx.src), { partial: true }),
  index: def(2, 2, ([l, v]) => {
    const key = valueKey(needKnown(v));
    const at = needList(l, "index").findIndex((x) => valueKey(needKnown(x)) === key);
    if (at < 0) fail("index", "item not found");
    return num(at);
  }),
  keys: def(1, 1, ([m]) => list([...needObject(m, "keys").keys()].sort(compareText).map((k) => str(k)))),
  length: def(1, 1, ([v]) => {
    needKnown(v);
    if (v.t === "string") return num(graphemes(v.v).length);
    if (v.t === "object") return num(v.attrs.size);
    if (v.t === "null") return fail("length", "argument must not be null");
    return num(needList(v, "length").length);
  }),
  lookup: def(2, 3, ([m, k, fallback]) => {
    const found = needObject(m, "lookup").get(needString(k, "lookup"));
    if (found) return found;
    if (fallback) return fallback;
    return fail("lookup", `the given object has no attribute ${JSON.stringify(asString(k))}`);
  }),
  matchkeys: def(3, 3, ([vals, ks, search]) => {
    const values = needList(vals, "matchkeys");
    const keys = needList(ks, "matchkeys");
    if (values.length !== keys.length) fail("matchkeys", "length of keys and values should be equal");
    const wanted = needList(search, "matchkeys");
    return list(values.filter((_, i) => contains(wanted, keys[i])));
  }),
  merge: def(0, Infinity, (args, ctx) => {
    const attrs = /* @__PURE__ */ new Map();
    for (const a of args) {
      if (needKnown(a).t === "null") continue;
      for (const [k, v] of needObject(a, "merge")) attrs.set(k, v);
    }
    return object(attrs, ctx.src);
  }),
  one: def(1, 1, ([l]) => {
    const items = needList(l, "one");
    if (items.length > 1) fail("one", `must be a list, set, or tuple value with either zero or one elements`);
    return items[0] ?? { t: "null" };
  }),
  range: def(
    1,
    3,
    (args, ctx) => list(
      range(args).map((n) => num(n, ctx.src)),
      ctx.src
    )
  ),
  reverse: def(1, 1, ([l]) => list([...needList(l, "reverse")].reverse())),
  setintersection: def(1, Infinity, (args) => {
    const [first, ...rest] = unifiedSets(args, "setintersection");
    return setOf(first.filter((x) => rest.every((r) => contains(r, x))));
  }),
  setproduct: def(2, Infinity, (args) => {
    const sets = args.map((a) => unifyPrimitives(needList(a, "setproduct")));
    unknownIfTooLarge("setproduct", sets.reduce((n, set) => n * set.length, 1) * sets.length);
    return list(setproduct(sets).map((row) => list(row)));
  }),
  setsubtract: def(2, 2, (args) => {
    const [a, b] = unifiedSets(args, "setsubtract");
    return setOf(a.filter((x) => !contains(b, x)));
  }),
  setunion: def(
    1,
    Infinity,
    (args, ctx) => setOf(unifyPrimitives(args.flatMap((a) => partialItems(a, "setunion"))), ctx.src),
    {
      partial: true
    }
  ),
  slice: def(3, 3, ([l, from, to]) => {
    const items = needList(l, "slice");
    const start = needInteger(from, "slice");
    const end = needInteger(to, "slice");
    if (start < 0) fail("slice", "start index must not be less than zero");
    if (end > items.length) fail("slice", "end index must not be greater than the length of the list");
    if (start > end) fail("slice", "start index must not be greater than end index");
    return list(items.slice(start, end));
  }),
  sort: def(
    1,
    1,
    ([l], ctx) => list(
      needList(l, "sort").map((i) => {
        if (i.t === "null") fail("sort", "given list element is null; a null value cannot be sorted");
        return str(needString(i, "sort"), i.src);
      }).sort((a, b) => compareText(asString(a) ?? "", asString(b) ?? "")),
      ctx.src
    )
  ),
  sum: def(1, 1, ([l]) => {
    const items = needList(l, "sum", { mapsToo: true });
    if (items.length === 0) fail("sum", "cannot sum an empty list");
    return num(items.reduce((total, i) => total + needNumber(i, "sum"), 0));
  }),
  transpose: def(1, 1, ([m]) => {
    const out = /* @__PURE__ */ new Map();
    const input = needObject(m, "transpose");
    for (const key of [...input.keys()].sort(compareText)) {
      for (const item of needList(input.get(key), "transpose")) {
        const name = needString(item, "transpose");
        out.set(name, [...out.get(name) ?? [], str(key)]);
      }
    }
    return object(new Map([...out].sort(([a], [b]) => compareText(a, b)).map(([k, v]) => [k, list(v)])));
  }),
  values: def(1, 1, ([m]) => {
    needObject(m, "values");
    return list(elements(m));
  }),
  zipmap: def(2, 2, ([ks, vs]) => {
    const keys = needList(ks, "zipmap");
    const vals = needList(vs, "zipmap");
    if (keys.length !== vals.length) fail("zipmap", "number of keys and values must be equal");
    return object(new Map(keys.map((k, i) => [needString(k, "zipmap"), vals[i]])));
  })
};

// src/formats/terraform/functions/encoding.ts
var import_yaml = __toESM(require_dist(), 1);
function plainData(v) {
  needKnown(v);
  switch (v.t) {
    case "list":
      return v.items.map(plainData);
    case "object":
      return Object.fromEntries(
        [...v.attrs.keys()].sort().map((k) => [k, plainData(v.attrs.get(k))])
      );
    case "null":
      return null;
    case "ref":
      throw new UnknownArgument(
        unknown(
          v.address,
          `${v.address}${v.attr.map((a) => `.${a}`).join("")} is known only after apply`
        )
      );
    case "unknown":
      return needKnown(v);
    default:
      return v.v;
  }
}
function jsonText(v) {
  return JSON.stringify(plainData(v)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function decodedUtf8(bytes, fn) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(fn, "the result of decoding the provided string is not valid UTF-8");
  }
}
function base64Bytes(text, fn) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    fail(fn, "failed to decode base64 data: illegal base64 data");
  return Buffer.from(text, "base64");
}
function csvRecords(text) {
  const records = [];
  let field = "";
  let record = [];
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && !",\r\n".includes(text[i]))
          fail("csvdecode", `extraneous or missing " in quoted-field`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === '"') fail("csvdecode", `bare " in non-quoted-field`);
    else if (c === ",") {
      endField();
      i++;
    } else if (c === "\n" || c === "\r") {
      endField();
      if (!(record.length === 1 && record[0] === "")) records.push(record);
      record = [];
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) fail("csvdecode", 'extraneous or missing " in quoted-field');
  if (field !== "" || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
function csvdecode(text) {
  const [header, ...rows] = csvRecords(text);
  if (!header) fail("csvdecode", "missing header line");
  return list(
    rows.map((row, i) => {
      if (row.length !== header.length) fail("csvdecode", `record on line ${i + 2}: wrong number of fields`);
      return { t: "object", attrs: new Map(header.map((h, j) => [h, str(row[j])])) };
    })
  );
}
function queryEscape(text) {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function encodeText(text, encoding) {
  const name = encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
  switch (name) {
    case "utf8":
      return Buffer.from(text, "utf8");
    case "utf16le":
      return Buffer.from(text, "utf16le");
    case "utf16be":
      return Buffer.from(text, "utf16le").swap16();
    case "iso88591":
    case "latin1":
    case "usascii":
    case "ascii":
      if ([...text].some((c) => (c.codePointAt(0) ?? 0) > (name.includes("ascii") ? 127 : 255)))
        fail(
          "textencodebase64",
          `the given string contains characters that cannot be represented in ${encoding}`
        );
      return Buffer.from(text, "latin1");
    default:
      throw new UnknownArgument(
        unknown(
          `textencodebase64(..., "${encoding}")`,
          `encoding ${encoding} is not supported here`
        )
      );
  }
}
function yamlDecode(text) {
  const doc = (0, import_yaml.parseDocument)(text, { version: "1.2", uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) fail("yamldecode", problem.message);
  return fromPlain(doc.toJS({ maxAliasCount: 1e4 }));
}
var ENCODING_FUNCTIONS = {
  base64decode: def(
    1,
    1,
    ([s]) => str(decodedUtf8(base64Bytes(needString(s, "base64decode"), "base64decode"), "base64decode"))
  ),
  base64encode: def(
    1,
    1,
    ([s]) => str(Buffer.from(needString(s, "base64encode"), "utf8").toString("base64"))
  ),
  // Terraform gzips with Go's compressor, whose bytes zlib does not reproduce: the value would differ.
  base64gzip: def(1, 1, ([s]) => {
    needString(s, "base64gzip");
    return unknown("base64gzip(...)", "base64gzip's compressed bytes are Go's and are not reproduced here");
  }),
  csvdecode: def(1, 1, ([s]) => csvdecode(needString(s, "csvdecode"))),
  jsondecode: def(1, 1, ([s], ctx) => {
    const text = needString(s, "jsondecode");
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      fail("jsondecode", error.message);
    }
    return fromPlain(data, s.src ?? ctx.src);
  }),
  jsonencode: def(1, 1, ([v], ctx) => str(jsonText(v), ctx.src)),
  textdecodebase64: def(2, 2, ([s, encoding]) => {
    const bytes = base64Bytes(needString(s, "textdecodebase64"), "textdecodebase64");
    const name = needString(encoding, "textdecodebase64");
    let decoder;
    try {
      decoder = new TextDecoder(name, { fatal: true });
    } catch {
      return fail(
        "textdecodebase64",
        `${JSON.stringify(name)} is not a supported IANA encoding name or alias`
      );
    }
    try {
      return str(decoder.decode(bytes));
    } catch {
      return fail("textdecodebase64", `the given value is not valid ${name}`);
    }
  }),
  textencodebase64: def(
    2,
    2,
    ([s, encoding]) => str(
      encodeText(needString(s, "textencodebase64"), needString(encoding, "textencodebase64")).toString(
        "base64"
      )
    )
  ),
  urlencode: def(1, 1, ([s]) => str(queryEscape(needString(s, "urlencode")))),
  yamldecode: def(1, 1, ([s]) => yamlDecode(needString(s, "yamldecode"))),
  yamlencode: def(
    1,
    1,
    ([v]) => str(
      (0, import_yaml.stringify)(plainData(v), {
        defaultStringType: "QUOTE_DOUBLE",
        defaultKeyType: "QUOTE_DOUBLE",
        indentSeq: false,
        lineWidth: 0
      })
    )
  )
};

// src/formats/terraform/functions/hash.ts
import { createHash } from "node:crypto";
var UUID_NAMESPACES = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
function digest(algorithm, data, encoding) {
  return createHash(algorithm).update(data).digest(encoding);
}
function uuidv5(namespace, name) {
  const id = UUID_NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(id))
    fail("uuidv5", `uuidv5() doesn't support namespace ${namespace}`);
  const hash = createHash("sha1").update(Buffer.from(id.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var hashOf = (algorithm, encoding, fn) => def(1, 1, ([s]) => str(digest(algorithm, Buffer.from(needString(s, fn), "utf8"), encoding)));
var HASH_FUNCTIONS = {
  base64sha256: hashOf("sha256", "base64", "base64sha256"),
  base64sha512: hashOf("sha512", "base64", "base64sha512"),
  md5: hashOf("md5", "hex", "md5"),
  sha1: hashOf("sha1", "hex", "sha1"),
  sha256: hashOf("sha256", "hex", "sha256"),
  sha512: hashOf("sha512", "hex", "sha512"),
  uuidv5: def(2, 2, ([ns, name]) => str(uuidv5(needString(ns, "uuidv5"), needString(name, "uuidv5")))),
  rsadecrypt: def(
    2,
    2,
    () => unknown("rsadecrypt(...)", "rsadecrypt (PKCS #1 v1.5) is not available in Node")
  )
};

// src/formats/terraform/functions/files.ts
function dirname2(path) {
  const trimmed = path.replace(/\/+$/, "");
  if (path !== "" && trimmed === "") return "/";
  const i = trimmed.lastIndexOf("/");
  if (i < 0) return ".";
  return trimmed.slice(0, i).replace(/\/+$/, "") || "/";
}
function basename(path) {
  if (path === "") return ".";
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function fileBytes(ctx, path) {
  return Buffer.from(ctx.readFile(path), "utf8");
}
var fileHash = (algorithm, encoding, fn) => def(1, 1, ([p], ctx) => str(digest(algorithm, fileBytes(ctx, needString(p, fn)), encoding)), {
  contextual: true
});
var FILE_FUNCTIONS = {
  abspath: def(1, 1, ([p]) => {
    needString(p, "abspath");
    return unknown("abspath(...)", "an absolute path depends on where Terraform runs");
  }),
  basename: def(1, 1, ([p]) => str(basename(needString(p, "basename")))),
  dirname: def(1, 1, ([p]) => str(dirname2(needString(p, "dirname")))),
  pathexpand: def(1, 1, ([p]) => {
    const path = needString(p, "pathexpand");
    return path.startsWith("~") ? unknown(`pathexpand(${JSON.stringify(path)})`, "the home directory is not known") : str(path);
  }),
  file: def(1, 1, ([p], ctx) => str(ctx.readFile(needString(p, "file")), ctx.src), { contextual: true }),
  filebase64: def(1, 1, ([p], ctx) => str(fileBytes(ctx, needString(p, "filebase64")).toString("base64")), {
    contextual: true
  }),
  filebase64sha256: fileHash("sha256", "base64", "filebase64sha256"),
  filebase64sha512: fileHash("sha512", "base64", "filebase64sha512"),
  fileexists: def(1, 1, ([p], ctx) => bool(ctx.fileExists(needString(p, "fileexists"))), {
    contextual: true
  }),
  filemd5: fileHash("md5", "hex", "filemd5"),
  filesha1: fileHash("sha1", "hex", "filesha1"),
  filesha256: fileHash("sha256", "hex", "filesha256"),
  filesha512: fileHash("sha512", "hex", "filesha512"),
  fileset: def(
    2,
    2,
    ([p, pattern], ctx) => {
      const glob = new Glob(needString(pattern, "fileset"));
      return list(
        ctx.filesUnder(needString(p, "fileset")).filter((f) => glob.test(f)).sort().map((f) => str(f))
      );
    },
    { contextual: true }
  ),
  templatefile: def(
    2,
    2,
    ([p, vars], ctx) => {
      const path = needString(p, "templatefile");
      return ctx.renderTemplate(ctx.readFile(path), needObject(vars, "templatefile"), path);
    },
    { contextual: true }
  )
};

// src/formats/terraform/functions/network.ts
function network(text, fn) {
  const cidr = text.includes("/") ? parseCidr(text) : void 0;
  if (!cidr) fail(fn, `invalid CIDR expression: invalid CIDR address: ${text}`);
  return { ...cidr, bits: cidr.version === 4 ? 32 : 128 };
}
function addressText(version, address) {
  return version === 4 ? formatV4(address) : formatV6(address);
}
function subnet(base, newbits, netnum, fn) {
  const length = base.prefix + newbits;
  if (newbits < 0) fail(fn, "new bits must not be negative");
  if (length > base.bits)
    fail(fn, `insufficient address space to extend prefix of ${base.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    fail(fn, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const address = base.network | BigInt(netnum) << BigInt(base.bits - length);
  return `${addressText(base.version, address)}/${length}`;
}
function host(base, hostnum) {
  const size = 1n << BigInt(base.bits - base.prefix);
  const offset = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (offset < 0n || offset >= size)
    fail("cidrhost", `prefix of ${base.prefix} bits cannot accommodate a host numbered ${hostnum}`);
  return addressText(base.version, base.network + offset);
}
function subnets(base, newbits) {
  const space = 1n << BigInt(base.bits);
  const maskOf = (length) => space - 1n ^ (1n << BigInt(base.bits - length)) - 1n;
  const first = base.prefix + (newbits[0] ?? 0);
  let current = { address: (base.network - 1n + space) % space & maskOf(first), length: first };
  const end = base.network + (1n << BigInt(base.bits - base.prefix));
  return newbits.map((bits) => {
    const length = base.prefix + bits;
    if (bits < 1) fail("cidrsubnets", "must extend prefix by at least one bit");
    if (length > base.bits)
      fail(
        "cidrsubnets",
        `would extend prefix to ${length} bits, which is too long for an IPv${base.version} address`
      );
    const currentLast = current.address + (1n << BigInt(base.bits - current.length)) - 1n;
    const last = (currentLast & maskOf(length)) + (1n << BigInt(base.bits - length));
    if (last >= space || last < base.network || last >= end)
      fail(
        "cidrsubnets",
        `not enough remaining address space for a subnet with a prefix of ${length} bits after ${addressText(base.version, current.address)}/${current.length}`
      );
    current = { address: last, length };
    return `${addressText(base.version, last)}/${length}`;
  });
}
var NETWORK_FUNCTIONS = {
  cidrhost: def(
    2,
    2,
    ([p, n], ctx) => str(host(network(needString(p, "cidrhost"), "cidrhost"), needInteger(n, "cidrhost")), ctx.src)
  ),
  cidrnetmask: def(1, 1, ([p]) => {
    const base = network(needString(p, "cidrnetmask"), "cidrnetmask");
    if (base.version !== 4) fail("cidrnetmask", "only IPv4 networks are supported");
    return str(formatV4((1n << 32n) - 1n ^ (1n << BigInt(32 - base.prefix)) - 1n));
  }),
  cidrsubnet: def(
    3,
    3,
    ([p, nb, nn], ctx) => str(
      subnet(
        network(needString(p, "cidrsubnet"), "cidrsubnet"),
        needInteger(nb, "cidrsubnet"),
        needInteger(nn, "cidrsubnet"),
        "cidrsubnet"
      ),
      ctx.src
    )
  ),
  cidrsubnets: def(
    1,
    Infinity,
    ([p, ...bits], ctx) => list(
      subnets(
        network(needString(p, "cidrsubnets"), "cidrsubnets"),
        bits.map((b) => needInteger(b, "cidrsubnets"))
      ).map((s) => str(s, ctx.src)),
      ctx.src
    )
  )
};

// src/formats/terraform/functions/numeric.ts
var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function parseInteger(text, base) {
  if (!Number.isInteger(base) || base < 2 || base > 62)
    fail("parseint", "base must be a whole number between 2 and 62 inclusive");
  const sign = text.startsWith("-") ? -1 : 1;
  const body = /^[+-]/.test(text) ? text.slice(1) : text;
  if (body === "") fail("parseint", `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
  let value = 0n;
  for (const c of body) {
    const digit = base <= 36 ? DIGITS.indexOf(c.toLowerCase()) : DIGITS.indexOf(c);
    if (digit < 0 || digit >= base)
      fail("parseint", `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    value = value * BigInt(base) + BigInt(digit);
  }
  const n = Number(value) * sign;
  if (!Number.isSafeInteger(n)) fail("parseint", `${text} is too large to be represented exactly`);
  return n;
}
function conversionError(fn, v, to) {
  return fail(fn, `cannot convert ${typeName(v)} to ${to}`);
}
var NUMERIC_FUNCTIONS = {
  abs: def(1, 1, ([n]) => num(Math.abs(needNumber(n, "abs")))),
  ceil: def(1, 1, ([n]) => num(Math.ceil(needNumber(n, "ceil")))),
  floor: def(1, 1, ([n]) => num(Math.floor(needNumber(n, "floor")))),
  log: def(2, 2, ([n, base]) => num(Math.log(needNumber(n, "log")) / Math.log(needNumber(base, "log")))),
  max: def(1, Infinity, (args, ctx) => num(Math.max(...args.map((a) => needNumber(a, "max"))), ctx.src)),
  min: def(1, Infinity, (args, ctx) => num(Math.min(...args.map((a) => needNumber(a, "min"))), ctx.src)),
  parseint: def(
    2,
    2,
    ([s, base]) => num(parseInteger(needString(s, "parseint"), needNumber(base, "parseint")))
  ),
  pow: def(2, 2, ([a, b]) => num(needNumber(a, "pow") ** needNumber(b, "pow"))),
  signum: def(1, 1, ([n]) => num(Math.sign(needNumber(n, "signum")) || 0))
};
var CONVERSION_FUNCTIONS = {
  tobool: def(1, 1, ([v]) => {
    if (needKnown(v).t === "null") return v;
    const b = asBool(v);
    if (b === void 0) conversionError("tobool", v, "bool");
    return { t: "bool", v: b, src: v.src };
  }),
  tolist: def(
    1,
    1,
    ([v]) => needKnown(v).t === "null" ? v : { t: "list", items: unifyPrimitives(needList(v, "tolist", { partial: true })), src: v.src },
    { partial: true }
  ),
  tomap: def(1, 1, ([v]) => {
    if (needKnown(v).t === "null") return v;
    if (v.t !== "object") return conversionError("tomap", v, "map");
    const keys = [...v.attrs.keys()];
    const values = unifyPrimitives([...v.attrs.values()]);
    return { t: "object", attrs: new Map(keys.map((k, i) => [k, values[i]])), src: v.src };
  }),
  tonumber: def(1, 1, ([v]) => {
    if (needKnown(v).t === "null") return v;
    const n = asNumber(v);
    if (n === void 0) conversionError("tonumber", v, "number");
    return { t: "number", v: n, src: v.src };
  }),
  toset: def(
    1,
    1,
    ([v]) => needKnown(v).t === "null" ? v : setOf(unifyPrimitives(needList(v, "toset", { partial: true })), v.src),
    { partial: true }
  ),
  tostring: def(1, 1, ([v]) => {
    if (needKnown(v).t === "null") return v;
    const s = asString(v);
    if (s === void 0) conversionError("tostring", v, "string");
    return str(s, v.src);
  }),
  // Sensitivity changes how Terraform shows a value, not the value.
  sensitive: def(1, 1, ([v]) => v),
  nonsensitive: def(1, 1, ([v]) => v),
  // An ephemeral value becomes null, any other is kept: which one a value is, is not tracked.
  ephemeralasnull: def(
    1,
    1,
    () => unknown("ephemeralasnull(...)", "ephemerality is not tracked: the value may be null")
  ),
  issensitive: def(1, 1, () => unknown("issensitive(...)", "sensitivity is not tracked")),
  type: def(1, 1, () => unknown("type(...)", "type() is available only in terraform console"))
};

// src/formats/terraform/functions/format.ts
function pad(text, spec, numeric) {
  unknownIfTooLarge("format", spec.width ?? 0);
  if (spec.width === void 0 || [...text].length >= spec.width) return text;
  const fill = spec.width - [...text].length;
  if (spec.flags.includes("-")) return text + " ".repeat(fill);
  if (numeric && spec.flags.includes("0")) {
    const sign = /^[+\- ]/.test(text) ? text[0] : "";
    return sign + "0".repeat(fill) + text.slice(sign.length);
  }
  return " ".repeat(fill) + text;
}
function signed(n, body, flags) {
  if (n < 0 || Object.is(n, -0)) return `-${body}`;
  if (flags.includes("+")) return `+${body}`;
  if (flags.includes(" ")) return ` ${body}`;
  return body;
}
function exponent(n, precision) {
  const text = precision === void 0 ? Math.abs(n).toExponential() : Math.abs(n).toExponential(precision);
  return text.replace(/e([+-])(\d)$/, "e$10$2");
}
function general(n, precision) {
  const abs = Math.abs(n);
  if (abs === 0) return "0";
  const digits = precision === void 0 ? abs.toExponential() : abs.toExponential(Math.max(precision, 1) - 1);
  const [mantissa, exp] = digits.split("e");
  const e = Number(exp);
  const limit = precision ?? 6;
  if (e < -4 || e >= limit)
    return exponent(Number(`${mantissa}e${exp}`), mantissa.replace(/^\d\.?/, "").length);
  return String(Number(digits));
}
function integer(v, spec) {
  const n = asNumber(needKnown(v));
  if (n === void 0) fail("format", `unsupported value for "%${spec.verb}": a number is required`);
  if (!Number.isInteger(n))
    fail("format", `unsupported value for "%${spec.verb}": value has a fractional part`);
  return n;
}
function formatOne(v, spec) {
  if (v.t === "ref") return pad(needString(v, "format"), spec, false);
  needKnown(v);
  if (v.t === "null" && spec.verb !== "v")
    fail("format", `unsupported value for "%${spec.verb}": null value cannot be formatted`);
  switch (spec.verb) {
    case "v": {
      if (spec.flags.includes("#")) return pad(jsonText(v), spec, false);
      if (v.t === "null") return pad("null", spec, false);
      const s = asString(v);
      return pad(s ?? jsonText(v), spec, v.t === "number");
    }
    case "s": {
      const s = asString(v);
      if (s === void 0) fail("format", 'unsupported value for "%s": string required');
      const cut = spec.precision === void 0 ? s : [...s].slice(0, spec.precision).join("");
      return pad(cut, spec, false);
    }
    case "q": {
      const s = asString(v);
      if (s === void 0) fail("format", 'unsupported value for "%q": string required');
      return pad(JSON.stringify(s), spec, false);
    }
    case "t": {
      const b = asBool(v);
      if (b === void 0) fail("format", 'unsupported value for "%t": bool required');
      return pad(String(b), spec, false);
    }
    case "d":
    case "b":
    case "o":
    case "x":
    case "X": {
      if ((spec.verb === "x" || spec.verb === "X") && v.t === "string" && asNumber(v) === void 0) {
        const hex = Buffer.from(v.v, "utf8").toString("hex");
        return pad(spec.verb === "X" ? hex.toUpperCase() : hex, spec, false);
      }
      const n = integer(v, spec);
      const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[spec.verb];
      let body = Math.abs(n).toString(radix);
      if (spec.verb === "X") body = body.toUpperCase();
      return pad(signed(n, body, spec.flags), spec, true);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const n = asNumber(v);
      if (n === void 0) fail("format", `unsupported value for "%${spec.verb}": number required`);
      const lower = spec.verb.toLowerCase();
      let body = lower === "e" ? exponent(n, spec.precision ?? 6) : lower === "f" ? Math.abs(n).toFixed(spec.precision ?? 6) : general(n, spec.precision);
      if (spec.verb === "E" || spec.verb === "G") body = body.toUpperCase();
      return pad(signed(n, body, spec.flags), spec, true);
    }
  }
  return fail("format", `unrecognized format verb %${spec.verb}`);
}
function formatValue(template2, args) {
  let next = 0;
  let out = "";
  const pattern = /%([-+ 0#]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(.)?/gy;
  for (let i = 0; i < template2.length; ) {
    const percent = template2.indexOf("%", i);
    if (percent < 0) {
      out += template2.slice(i);
      break;
    }
    out += template2.slice(i, percent);
    pattern.lastIndex = percent;
    const m = pattern.exec(template2);
    i = pattern.lastIndex;
    const [, flags, argIndex, width, precision, verb] = m;
    if (verb === void 0) fail("format", "unterminated format sequence at the end of the string");
    if (verb === "%" && m[0] === "%%") {
      out += "%";
      continue;
    }
    if (argIndex !== void 0) next = Number(argIndex) - 1;
    const arg = args[next++];
    if (!arg) fail("format", `not enough arguments for "%${verb}" at ${percent}`);
    out += formatOne(arg, {
      flags,
      width: width === void 0 ? void 0 : Number(width),
      precision: precision === void 0 ? void 0 : Number(precision || "0"),
      verb
    });
  }
  if (next < args.length && !/%\[\d+\]/.test(template2))
    fail("format", "too many arguments; no verbs left for them");
  return out;
}

// src/formats/terraform/functions/regex.ts
var POSIX_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
var PERL_SPACE = "\\t\\n\\f\\r ";
var JS_SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));
function unsupported(pattern, why) {
  throw new UnknownArgument(
    unknown(
      `/${pattern}/`,
      `the regular expression uses ${why}, which JavaScript cannot match exactly`
    )
  );
}
function invalid(pattern, why) {
  throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: ${why}`);
}
function literalChar(c) {
  return JS_SYNTAX.has(c) ? `\\${c}` : c;
}
function codePointEscape(code) {
  return `\\u{${code.toString(16)}}`;
}
function unicodeClass(name, negated) {
  const bare = name.startsWith("^") ? name.slice(1) : name;
  const neg = negated !== name.startsWith("^");
  const spelled = /^[A-Z][a-z]?$/.test(bare) || bare === "Any" ? bare : `Script=${bare}`;
  if (bare === "Any") return neg ? "[^\\s\\S]" : "[\\s\\S]";
  return `\\${neg ? "P" : "p"}{${spelled}}`;
}
var cache = /* @__PURE__ */ new Map();
function translateRe2(pattern) {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let flags = "u";
  let i = 0;
  const leading = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (leading) {
    for (const f of leading[1]) {
      if (f === "U") unsupported(pattern, "the ungreedy flag (?U)");
      if (!"ims".includes(f)) invalid(pattern, `invalid or unsupported Perl syntax: (?${leading[1]})`);
      if (!flags.includes(f)) flags += f;
    }
    i = leading[0].length;
  }
  const groups = [];
  let out = "";
  let inClass = false;
  let classStart = false;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      const [text, used] = escape(pattern, i, inClass);
      out += text;
      i += used;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === "]" && !classStart) {
        inClass = false;
        out += "]";
      } else if (c === "[" && pattern[i + 1] === ":") {
        const end = pattern.indexOf(":]", i + 2);
        const name = end < 0 ? "" : pattern.slice(i + 2, end);
        if (name.startsWith("^")) unsupported(pattern, `a negated class [[:${name}:]]`);
        const body = POSIX_CLASSES[name];
        if (!body) invalid(pattern, `invalid character class range: [:${name}:]`);
        out += body;
        i = end + 2;
        classStart = false;
        continue;
      } else if (c === "[" || c === "]") out += `\\${c}`;
      else out += c;
      classStart = false;
      i++;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += "[";
      i++;
      if (pattern[i] === "^") {
        out += "^";
        i++;
      }
      classStart = true;
      continue;
    }
    if (c === "(") {
      if (pattern[i + 1] === "?") {
        const rest = pattern.slice(i + 2);
        const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (named) {
          groups.push(named[1]);
          out += `(?<${named[1]}>`;
          i += 2 + named[0].length;
          continue;
        }
        if (rest.startsWith(":")) {
          out += "(?:";
          i += 3;
          continue;
        }
        if (/^[=!]|^<[=!]/.test(rest)) invalid(pattern, "invalid or unsupported Perl syntax: lookaround");
        if (/^[a-zA-Z-]+[:)]/.test(rest)) unsupported(pattern, "flags inside the pattern");
        invalid(pattern, `invalid or unsupported Perl syntax: (?${rest.slice(0, 2)}`);
      }
      groups.push("");
      out += "(";
      i++;
      continue;
    }
    if (c === "{") {
      const rep = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (rep) {
        if (Number(rep[1]) > 1e3 || rep[3] && Number(rep[3]) > 1e3)
          invalid(pattern, `invalid repeat count: ${rep[0]}`);
        out += rep[0];
        i += rep[0].length;
        continue;
      }
      out += "\\{";
      i++;
      continue;
    }
    if (c === "}" || c === "/") {
      out += `\\${c}`;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  if (inClass) invalid(pattern, "missing closing ]");
  let regex;
  try {
    regex = new RegExp(out, flags);
  } catch (error) {
    invalid(pattern, error.message);
  }
  const translated = { regex, groups };
  if (cache.size > 500) cache.clear();
  cache.set(pattern, translated);
  return translated;
}
function escape(pattern, i, inClass) {
  const next = pattern[i + 1];
  if (next === void 0) invalid(pattern, "trailing backslash at end of expression");
  switch (next) {
    case "A":
      return inClass ? invalid(pattern, "invalid escape sequence: \\A") : ["(?<![\\s\\S])", 2];
    case "z":
      return inClass ? invalid(pattern, "invalid escape sequence: \\z") : ["(?![\\s\\S])", 2];
    case "C":
      return unsupported(pattern, "\\C (any byte)");
    case "s":
      return [inClass ? PERL_SPACE : `[${PERL_SPACE}]`, 2];
    case "S":
      return inClass ? unsupported(pattern, "\\S inside a class") : [`[^${PERL_SPACE}]`, 2];
    case "d":
    case "D":
    case "w":
    case "W":
    case "n":
    case "t":
    case "r":
    case "f":
    case "v":
      return [`\\${next}`, 2];
    case "b":
    case "B":
      return inClass ? invalid(pattern, `invalid escape sequence: \\${next}`) : [`\\${next}`, 2];
    case "a":
      return ["\\x07", 2];
    case "Q": {
      const end = pattern.indexOf("\\E", i + 2);
      const text = pattern.slice(i + 2, end < 0 ? void 0 : end);
      return [[...text].map(literalChar).join(""), (end < 0 ? pattern.length : end + 2) - i];
    }
    case "x": {
      const braced = /^\{([0-9a-fA-F]{1,8})\}/.exec(pattern.slice(i + 2));
      if (braced) return [codePointEscape(parseInt(braced[1], 16)), 2 + braced[0].length];
      const two2 = /^[0-9a-fA-F]{2}/.exec(pattern.slice(i + 2));
      if (!two2) invalid(pattern, "invalid escape sequence: \\x");
      return [codePointEscape(parseInt(two2[0], 16)), 4];
    }
    case "p":
    case "P": {
      const braced = /^\{(\^?[A-Za-z_]+)\}/.exec(pattern.slice(i + 2));
      const name = braced ? braced[1] : pattern[i + 2];
      if (!name || !/^\^?[A-Za-z_]+$/.test(name))
        invalid(pattern, `invalid character class range: \\${next}`);
      return [unicodeClass(name, next === "P"), braced ? 2 + braced[0].length : 3];
    }
  }
  if (/[0-7]/.test(next)) {
    const octal = /^[0-7]{1,3}/.exec(pattern.slice(i + 1))?.[0] ?? "";
    if (next !== "0" && octal.length < 2) invalid(pattern, `invalid escape sequence: \\${next}`);
    return [codePointEscape(parseInt(octal, 8)), 1 + octal.length];
  }
  if (/[A-Za-z0-9]/.test(next)) invalid(pattern, `invalid escape sequence: \\${next}`);
  if (inClass) return ["-]\\^[".includes(next) ? `\\${next}` : next, 2];
  return [literalChar(next), 2];
}

// src/formats/terraform/functions/string.ts
function matchResult(match, groups, pattern) {
  if (groups.length === 0) return str(match[0]);
  const named = groups.filter((g) => g !== "").length;
  if (named > 0 && named < groups.length)
    fail("regex", `pattern ${JSON.stringify(pattern)} mixes named and unnamed capture groups`);
  const capture = (i) => match[i] === void 0 ? { t: "null" } : str(match[i]);
  if (named === 0) return list(groups.map((_, i) => capture(i + 1)));
  return { t: "object", attrs: new Map(groups.map((name, i) => [name, capture(i + 1)])) };
}
function allMatches(pattern, text) {
  const { regex } = translateRe2(pattern);
  const global = new RegExp(regex.source, `${regex.flags}g`);
  const out = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push(m);
    if (m[0] === "") global.lastIndex += (text.codePointAt(global.lastIndex) ?? 0) > 65535 ? 2 : 1;
  }
  return out;
}
function expandReplacement(template2, match, groups) {
  return template2.replace(
    /\$(\$|\{(\w+)\}|(\w+))/g,
    (whole, _all, braced, bare) => {
      if (whole === "$$") return "$";
      const name = braced ?? bare;
      if (/^\d+$/.test(name)) return match[Number(name)] ?? "";
      return groups[name] ?? "";
    }
  );
}
function replace(text, search, replacement) {
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    const pattern = search.slice(1, -1);
    const { regex } = translateRe2(pattern);
    const global = new RegExp(regex.source, `${regex.flags}g`);
    return text.replace(global, (...args) => {
      const last = args[args.length - 1];
      const groups = typeof last === "object" && last !== null ? last : {};
      const count2 = args.findIndex((a) => typeof a === "number");
      return expandReplacement(replacement, args.slice(0, count2), groups);
    });
  }
  const count = search === "" ? text.length + 1 : text.split(search).length - 1;
  unknownIfTooLarge("replace", text.length + count * replacement.length);
  return text.replaceAll(search, replacement);
}
function upperChar(c) {
  const upper = c.toUpperCase();
  return upper.length === c.length || [...upper].length === 1 ? upper : c;
}
function lowerChar(c) {
  return [...c.toLowerCase()][0] ?? c;
}
function title(text) {
  let previous = " ";
  let out = "";
  for (const c of text) {
    out += /[\p{L}\p{N}_']/u.test(previous) ? c : upperChar(c);
    previous = c;
  }
  return out;
}
function trimChars(text, cutset) {
  const chars = new Set(cutset);
  const items = [...text];
  let start = 0;
  let end = items.length;
  while (start < end && chars.has(items[start])) start++;
  while (end > start && chars.has(items[end - 1])) end--;
  return items.slice(start, end).join("");
}
function substr(text, offset, length) {
  const chars = graphemes(text);
  let from = offset < 0 ? chars.length + offset : offset;
  if (from < 0) from = 0;
  if (from > chars.length) fail("substr", "offset is beyond the end of the string");
  return chars.slice(from, length < 0 ? void 0 : from + length).join("");
}
var STRING_FUNCTIONS = {
  chomp: def(1, 1, ([s]) => str(needString(s, "chomp").replace(/(?:\r\n?|\n)*$/, ""))),
  endswith: def(2, 2, ([s, x]) => ({
    t: "bool",
    v: needString(s, "endswith").endsWith(needString(x, "endswith"))
  })),
  format: def(
    1,
    Infinity,
    ([spec, ...args], ctx) => str(formatValue(needString(spec, "format"), args), ctx.src)
  ),
  formatlist: def(1, Infinity, ([spec, ...args], ctx) => {
    const template2 = needString(spec, "formatlist");
    const lengths = args.filter((a) => a.t === "list").map((a) => needList(a, "formatlist").length);
    if (new Set(lengths).size > 1) fail("formatlist", "all list arguments must have the same length");
    const rows = [];
    const n = lengths[0] ?? 1;
    for (let i = 0; i < n; i++)
      rows.push(
        str(
          formatValue(
            template2,
            args.map((a) => a.t === "list" ? a.items[i] : a)
          ),
          ctx.src
        )
      );
    return list(rows, ctx.src);
  }),
  indent: def(2, 2, ([n, s]) => {
    const spaces = Math.max(0, needInteger(n, "indent"));
    const text = needString(s, "indent");
    unknownIfTooLarge("indent", text.length + spaces * text.split("\n").length);
    return str(text.replaceAll("\n", `
${" ".repeat(spaces)}`));
  }),
  join: def(2, Infinity, ([sep3, ...lists], ctx) => {
    const separator = needString(sep3, "join");
    const items = lists.flatMap((l) => needList(l, "join"));
    if (items.length === 1 && items[0].t === "ref") return items[0];
    return str(
      items.map((i) => {
        if (i.t === "null") fail("join", "element is null");
        return needString(i, "join");
      }).join(separator),
      ctx.src
    );
  }),
  lower: def(
    1,
    1,
    ([s], ctx) => str(Array.from(needString(s, "lower"), lowerChar).join(""), s.src ?? ctx.src)
  ),
  regex: def(2, 2, ([p, s]) => {
    const pattern = needString(p, "regex");
    const text = needString(s, "regex");
    const { regex, groups } = translateRe2(pattern);
    const match = regex.exec(text);
    if (!match) fail("regex", "pattern did not match any part of the given string");
    return matchResult(match, groups, pattern);
  }),
  regexall: def(2, 2, ([p, s]) => {
    const pattern = needString(p, "regexall");
    const { groups } = translateRe2(pattern);
    return list(allMatches(pattern, needString(s, "regexall")).map((m) => matchResult(m, groups, pattern)));
  }),
  replace: def(
    3,
    3,
    ([s, search, replacement], ctx) => str(
      replace(needString(s, "replace"), needString(search, "replace"), needString(replacement, "replace")),
      s.src ?? ctx.src
    )
  ),
  split: def(2, 2, ([sep3, s], ctx) => {
    const text = needString(s, "split");
    const separator = needString(sep3, "split");
    const parts = text === "" ? [""] : separator === "" ? [...text] : text.split(separator);
    return list(
      parts.map((p) => str(p, s.src ?? ctx.src)),
      ctx.src
    );
  }),
  startswith: def(2, 2, ([s, x]) => ({
    t: "bool",
    v: needString(s, "startswith").startsWith(needString(x, "startswith"))
  })),
  strcontains: def(2, 2, ([s, x]) => ({
    t: "bool",
    v: needString(s, "strcontains").includes(needString(x, "strcontains"))
  })),
  strrev: def(1, 1, ([s]) => str(graphemes(needString(s, "strrev")).reverse().join(""))),
  substr: def(
    3,
    3,
    ([s, offset, length]) => str(substr(needString(s, "substr"), needInteger(offset, "substr"), needInteger(length, "substr")))
  ),
  templatestring: def(
    2,
    2,
    ([template2, vars], ctx) => ctx.renderTemplate(needString(template2, "templatestring"), needObject(vars, "templatestring"))
  ),
  title: def(1, 1, ([s]) => str(title(needString(s, "title")))),
  trim: def(
    2,
    2,
    ([s, cutset], ctx) => str(trimChars(needString(s, "trim"), needString(cutset, "trim")), s.src ?? ctx.src)
  ),
  trimprefix: def(2, 2, ([s, prefix], ctx) => {
    const text = needString(s, "trimprefix");
    const p = needString(prefix, "trimprefix");
    return str(text.startsWith(p) ? text.slice(p.length) : text, s.src ?? ctx.src);
  }),
  trimsuffix: def(2, 2, ([s, suffix], ctx) => {
    const text = needString(s, "trimsuffix");
    const p = needString(suffix, "trimsuffix");
    return str(p !== "" && text.endsWith(p) ? text.slice(0, -p.length) : text, s.src ?? ctx.src);
  }),
  trimspace: def(1, 1, ([s], ctx) => str(needString(s, "trimspace").trim(), s.src ?? ctx.src)),
  upper: def(
    1,
    1,
    ([s], ctx) => str(Array.from(needString(s, "upper"), upperChar).join(""), s.src ?? ctx.src)
  )
};

// src/formats/terraform/functions/time.ts
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function parseTimestamp(text, fn) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(
    text
  );
  if (!m) return fail(fn, `not a valid RFC3339 timestamp: ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s, frac = "", zone, sign, oh, om] = m;
  const offset = zone === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(utc);
  if (check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    fail(fn, `not a valid RFC3339 timestamp: ${JSON.stringify(text)}: a field is out of range`);
  const nanos = Number(frac.padEnd(9, "0"));
  return { ms: utc - offset * 6e4 + Math.floor(nanos / 1e6), ns: nanos % 1e6, offset, z: zone === "Z" };
}
function wallClock(t) {
  return new Date(t.ms + t.offset * 6e4);
}
function offsetText(t, colon) {
  const abs = Math.abs(t.offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${t.offset < 0 ? "-" : "+"}${hh}${colon ? ":" : ""}${mm}`;
}
function rfc3339(t) {
  const wall = wallClock(t).toISOString().slice(0, 19);
  return `${wall}${t.z || t.offset === 0 ? "Z" : offsetText(t, true)}`;
}
var two = (n) => String(n).padStart(2, "0");
function formatVerb(verb, t) {
  const d = wallClock(t);
  const hour = d.getUTCHours();
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  switch (verb) {
    case "YYYY":
      return String(d.getUTCFullYear()).padStart(4, "0");
    case "YY":
      return two(d.getUTCFullYear() % 100);
    case "MMMM":
      return MONTHS[d.getUTCMonth()];
    case "MMM":
      return MONTHS[d.getUTCMonth()].slice(0, 3);
    case "MM":
      return two(d.getUTCMonth() + 1);
    case "M":
      return String(d.getUTCMonth() + 1);
    case "DD":
      return two(d.getUTCDate());
    case "D":
      return String(d.getUTCDate());
    case "EEEE":
      return DAYS[d.getUTCDay()];
    case "EEE":
      return DAYS[d.getUTCDay()].slice(0, 3);
    case "hh":
      return two(hour);
    case "h":
      return String(hour);
    case "HH":
      return two(hour12);
    case "H":
      return String(hour12);
    case "AA":
      return hour < 12 ? "AM" : "PM";
    case "aa":
      return hour < 12 ? "am" : "pm";
    case "mm":
      return two(d.getUTCMinutes());
    case "m":
      return String(d.getUTCMinutes());
    case "ss":
      return two(d.getUTCSeconds());
    case "s":
      return String(d.getUTCSeconds());
    case "ZZZZZ":
      return offsetText(t, true);
    case "ZZZZ":
      return offsetText(t, false);
    case "ZZZ":
      return t.offset === 0 ? "UTC" : offsetText(t, false);
    case "Z":
      return t.offset === 0 ? "Z" : offsetText(t, true);
  }
  return fail("formatdate", `invalid date format verb ${JSON.stringify(verb)}`);
}
function formatdate(spec, t) {
  let out = "";
  for (let i = 0; i < spec.length; ) {
    const c = spec[i];
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let end = i + 1;
      for (; end < spec.length; end++) {
        if (spec[end] !== "'") continue;
        if (spec[end + 1] !== "'") break;
        end++;
      }
      if (end >= spec.length) fail("formatdate", "unterminated literal quote");
      out += spec.slice(i + 1, end).replaceAll("''", "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (spec[j] === c) j++;
      out += formatVerb(spec.slice(i, j), t);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
var UNITS = {
  ns: 1e-6,
  us: 1e-3,
  \u00B5s: 1e-3,
  \u03BCs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5
};
function parseDuration(text) {
  const m = /^([+-]?)((?:\d*\.?\d+(?:ns|us|µs|μs|ms|s|m|h))+|0)$/.exec(text);
  if (!m) return fail("timeadd", `time: invalid duration ${JSON.stringify(text)}`);
  let total = 0;
  for (const part of m[2].matchAll(/(\d*\.?\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    total += Number(part[1]) * UNITS[part[2]];
  return m[1] === "-" ? -total : total;
}
var TIME_FUNCTIONS = {
  formatdate: def(
    2,
    2,
    ([spec, ts]) => str(
      formatdate(needString(spec, "formatdate"), parseTimestamp(needString(ts, "formatdate"), "formatdate"))
    )
  ),
  timeadd: def(2, 2, ([ts, duration]) => {
    const t = parseTimestamp(needString(ts, "timeadd"), "timeadd");
    const ms = parseDuration(needString(duration, "timeadd"));
    return str(rfc3339({ ...t, ms: t.ms + Math.trunc(ms) }));
  }),
  timecmp: def(2, 2, ([a, b]) => {
    const x = parseTimestamp(needString(a, "timecmp"), "timecmp");
    const y = parseTimestamp(needString(b, "timecmp"), "timecmp");
    return num(Math.sign(x.ms - y.ms || x.ns - y.ns));
  })
};

// src/formats/terraform/functions/index.ts
var FUNCTIONS = {
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...NUMERIC_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...HASH_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...FILE_FUNCTIONS
};
var IMPURE = /* @__PURE__ */ new Map([
  ["timestamp", "reads the clock"],
  ["plantimestamp", "reads the clock at plan time"],
  ["uuid", "is random"],
  ["bcrypt", "uses a random salt"]
]);
function functionNamed(name) {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : void 0;
}
function isContextual(name) {
  return functionNamed(name)?.contextual === true;
}
function callFunction(name, args, ctx, text) {
  const fn = functionNamed(name);
  if (!fn) return callUnknown(name, ctx.src);
  if (args.length < fn.min || args.length > fn.max) {
    const expected = fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} to ${fn.max}`;
    throw new EvalError(
      `${name}: expected ${expected} argument${fn.min === 1 && fn.max === 1 ? "" : "s"}, got ${args.length}`
    );
  }
  if (!fn.partial) {
    const unknownArg = args.find((a) => a.t === "unknown");
    if (unknownArg?.t === "unknown") return unknown(text(), unknownArg.reason, ctx.src);
  }
  try {
    return fn.fn(args, ctx);
  } catch (error) {
    if (error instanceof UnknownArgument) return unknown(text(), error.value.reason, ctx.src);
    if (error instanceof EvalError || error instanceof LimitError) throw error;
    throw new EvalError(`${name}: ${error.message}`);
  }
}
function callUnknown(name, src) {
  const why = IMPURE.get(name);
  return unknown(
    `${name}(...)`,
    why ? `function ${name} ${why}: it is not evaluated statically` : `function ${name} is not evaluated statically`,
    src
  );
}

// src/formats/terraform/call-context.ts
function scannedPath(scope, path) {
  const files = scope.module.files;
  const resolved = files && !path.startsWith("/") ? joinPath(files.rootDir, path) : void 0;
  if (resolved === void 0)
    throw new UnknownArgument({
      t: "unknown",
      expr: JSON.stringify(path),
      reason: `${path} is outside the scanned root`
    });
  return resolved;
}
var ScopeCallContext = class {
  constructor(scope, src, evaluate2) {
    this.scope = scope;
    this.src = src;
    this.evaluate = evaluate2;
  }
  scope;
  src;
  evaluate;
  readFile(path) {
    const text = this.scope.module.files?.project.read(scannedPath(this.scope, path));
    if (text === void 0) throw new EvalError(`no file exists at ${path}`);
    return text;
  }
  fileExists(path) {
    return this.scope.module.files?.project.exists(scannedPath(this.scope, path)) === true;
  }
  filesUnder(dir) {
    const base = scannedPath(this.scope, dir);
    const prefix = base === "" ? "" : `${base}/`;
    const paths = this.scope.module.files?.project.paths() ?? [];
    return paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  }
  renderTemplate(text, names, templateFile) {
    const scope = this.scope;
    const parsed2 = parseTemplate(text, { line: 1, column: 1, offset: 0 });
    const path = templateFile === void 0 ? scope.file.path : scannedPath(scope, templateFile);
    if (parsed2.errors.length > 0) {
      const e = parsed2.errors[0];
      throw new EvalError(`${path}:${e.line},${e.column}: ${e.message}`);
    }
    const file = { path, text, body: { attributes: [], blocks: [], start: 0, end: 0 } };
    const via = templateFile === void 0 ? scope.via ?? "templatestring" : scope.via;
    const value = this.evaluate(parsed2.expr, { module: scope.module, file, names, via, template: true });
    return value.t === "string" ? { ...value, src: this.src } : value;
  }
};

// src/formats/terraform/evaluate.ts
var MAX_DEPTH3 = 1e3;
var depth = 0;
function withNames(scope, names) {
  const merged = new Map(scope.names ?? []);
  for (const [k, v] of Object.entries(names)) merged.set(k, v);
  return { ...scope, names: merged };
}
var LiteralSrc = class {
  constructor(file, span, via) {
    this.file = file;
    this.span = span;
    this.via = via;
  }
  file;
  span;
  via;
  location;
  get loc() {
    return this.location ??= toLocation(this.file, this.span);
  }
};
function srcOf(scope, expr) {
  return new LiteralSrc(scope.file, expr, scope.via);
}
function evaluate(expr, scope) {
  try {
    return evalExpr(expr, scope);
  } catch (error) {
    const text = exprText(scope.file, expr);
    const src = srcOf(scope, expr);
    if (error instanceof EvalError) return unknown(text, error.message, src);
    if (error instanceof UnknownArgument) return unknown(text, error.value.reason, src);
    const budget = scope.module.root.budget;
    if (error instanceof BudgetSpent) {
      if (budget.firstSpent()) budget.log.error(src.loc, `${error.message}: ${NOT_ANALYSED}`);
      return unknown(text, error.message, src);
    }
    if (error instanceof LimitError) {
      budget.log.error(src.loc, `evaluation limit: ${error.message}; ${oneLine(text)} is treated as unknown`);
      return unknown(text, `evaluation limit: ${error.message}`, src);
    }
    return internalError3(text, error, scope, src);
  }
}
var NOT_ANALYSED = "the values it could not evaluate are unknown (listed as unresolved), and Terraform instances it could not expand are not analysed";
function oneLine(text) {
  const line = text.replace(/\s+/g, " ");
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
function internalError3(text, error, scope, src) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  scope.module.root.budget.log.error(
    src.loc,
    `internal error in ${scope.file.path} while evaluating ${oneLine(text)}: ${detail} (the value is treated as unknown)`
  );
  return unknown(text, `internal error: ${detail}`, src);
}
function isConstant(expr) {
  switch (expr.kind) {
    case "literal":
      return true;
    case "template":
      return expr.parts.every((part) => part.kind === "text" || isConstant(part));
    case "tuple":
      return expr.items.every(isConstant);
    case "object":
      return expr.items.every(
        (item) => (item.key.kind === "variable" || isConstant(item.key)) && isConstant(item.value)
      );
    case "call":
      return !isContextual(expr.name) && expr.args.every(isConstant);
    case "unary":
      return isConstant(expr.operand);
    case "binary":
      return isConstant(expr.left) && isConstant(expr.right);
    case "conditional":
      return isConstant(expr.condition) && isConstant(expr.then) && isConstant(expr.else);
    case "paren":
      return isConstant(expr.expr);
    default:
      return false;
  }
}
function evalExpr(expr, scope) {
  if (depth >= MAX_DEPTH3) throw new EvalError("expression nested too deeply");
  scope.module.root.budget.spend(1);
  depth++;
  try {
    return evalNode(expr, scope);
  } finally {
    depth--;
  }
}
function evalNode(expr, scope) {
  switch (expr.kind) {
    case "literal":
      return literal(expr.value, srcOf(scope, expr));
    case "template":
      return template(expr.parts, scope, srcOf(scope, expr));
    case "template-if": {
      const cond = evalExpr(expr.condition, scope);
      if (cond.t === "unknown") return cond;
      return asBool(cond) ? evalExpr(expr.then, scope) : expr.else ? evalExpr(expr.else, scope) : literal("", srcOf(scope, expr));
    }
    case "template-for": {
      const items = forItems(evalExpr(expr.collection, scope));
      if (!items)
        return unknown(
          exprText(scope.file, expr),
          "template for over an unknown collection",
          srcOf(scope, expr)
        );
      let out = "";
      for (const [k, v] of items) {
        const names = { [expr.valueVar]: v };
        if (expr.keyVar) names[expr.keyVar] = k;
        const part = evalExpr(expr.body, withNames(scope, names));
        const s = asString(part);
        if (s === void 0)
          return part.t === "unknown" ? part : unknown(exprText(scope.file, expr), "template for produced a non-string");
        throwIfOverLimit(out.length + s.length, true);
        out += s;
      }
      return literal(out, srcOf(scope, expr));
    }
    case "tuple":
      throwIfOverLimit(expr.items.length, false);
      return { t: "list", items: expr.items.map((i) => evalExpr(i, scope)), src: srcOf(scope, expr) };
    case "object": {
      const attrs = /* @__PURE__ */ new Map();
      for (const item of expr.items) {
        const key = item.key.kind === "variable" ? item.key.name : asString(evalExpr(item.key, scope));
        if (key === void 0)
          return unknown(exprText(scope.file, expr), "object key is not known", srcOf(scope, expr));
        attrs.set(key, evalExpr(item.value, scope));
      }
      return { t: "object", attrs, src: srcOf(scope, expr) };
    }
    case "variable":
    case "getattr":
    case "index":
      return traversal(expr, scope);
    case "splat": {
      const base = evalExpr(expr.object, scope);
      if (base.t === "unknown") return base;
      const items = base.t === "list" ? base.items : base.t === "null" ? [] : [base];
      scope.module.root.budget.spend(items.length);
      return {
        t: "list",
        items: items.map((item) => evalExpr(expr.each, withNames(scope, { "[*]": item }))),
        src: srcOf(scope, expr)
      };
    }
    case "splat-item": {
      const item = scope.names?.get("[*]");
      if (!item) throw new EvalError("splat item outside a splat");
      return item;
    }
    case "call":
      return call(expr, scope);
    case "unary": {
      const v = evalExpr(expr.operand, scope);
      if (v.t === "unknown") return v;
      if (expr.op === "!") return { t: "bool", v: !needBool(v), src: srcOf(scope, expr) };
      return { t: "number", v: -needNumber(v), src: srcOf(scope, expr) };
    }
    case "binary":
      return binary(expr, scope);
    case "conditional": {
      const cond = evalExpr(expr.condition, scope);
      if (cond.t === "unknown") {
        const [a, b] = [evalExpr(expr.then, scope), evalExpr(expr.else, scope)];
        return equalValues(a, b) ? a : unknown(exprText(scope.file, expr), `condition is not known: ${cond.reason}`, srcOf(scope, expr));
      }
      return needBool(cond) ? evalExpr(expr.then, scope) : evalExpr(expr.else, scope);
    }
    case "for":
      return forExpr(expr, scope);
    case "paren":
      return evalExpr(expr.expr, scope);
  }
}
function literal(value, src) {
  if (value === null) return { t: "null", src };
  if (typeof value === "string") return { t: "string", v: value, src };
  if (typeof value === "number") return { t: "number", v: value, src };
  return { t: "bool", v: value, src };
}
function template(parts, scope, src) {
  if (parts.length === 1 && parts[0].kind !== "text") return evalExpr(parts[0], scope);
  let out = "";
  for (const part of parts) {
    if (part.kind === "text") {
      out += part.value;
      continue;
    }
    const v = evalExpr(part, scope);
    if (v.t === "unknown") return unknown(exprText(scope.file, part), v.reason, src);
    if (v.t === "ref")
      return unknown(exprText(scope.file, part), `${toPlain(v)} is known only after apply`, src);
    const s = asString(v);
    if (s === void 0) {
      if (v.t === "null") throw new EvalError("template interpolates null");
      throw new EvalError(`cannot interpolate a ${v.t} into a string`);
    }
    throwIfOverLimit(out.length + s.length, true);
    out += s;
  }
  scope.module.root.budget.spend(sizeUnits(out.length, true));
  return { t: "string", v: out, src };
}
function needBool(v) {
  const b = asBool(v);
  if (b === void 0) throw new EvalError(`expected a bool, got ${v.t}`);
  return b;
}
function binary(expr, scope) {
  const src = srcOf(scope, expr);
  const left = evalExpr(expr.left, scope);
  if (expr.op === "&&" || expr.op === "||") {
    if (left.t !== "unknown") {
      const l = needBool(left);
      if (expr.op === "&&" && !l) return { t: "bool", v: false, src };
      if (expr.op === "||" && l) return { t: "bool", v: true, src };
    }
    const right2 = evalExpr(expr.right, scope);
    if (left.t === "unknown") return left;
    if (right2.t === "unknown") return right2;
    return { t: "bool", v: needBool(right2), src };
  }
  const right = evalExpr(expr.right, scope);
  if (expr.op === "==" || expr.op === "!=") {
    if (left.t === "unknown") return left;
    if (right.t === "unknown") return right;
    const eq = equalValues(left, right);
    return { t: "bool", v: expr.op === "==" ? eq : !eq, src };
  }
  if (left.t === "unknown") return left;
  if (right.t === "unknown") return right;
  const a = needNumber(left);
  const b = needNumber(right);
  switch (expr.op) {
    case "+":
      return { t: "number", v: a + b, src };
    case "-":
      return { t: "number", v: a - b, src };
    case "*":
      return { t: "number", v: a * b, src };
    case "/":
      if (b === 0) throw new EvalError("division by zero");
      return { t: "number", v: a / b, src };
    case "%":
      if (b === 0) throw new EvalError("division by zero");
      return { t: "number", v: a % b, src };
    case "<":
      return { t: "bool", v: a < b, src };
    case ">":
      return { t: "bool", v: a > b, src };
    case "<=":
      return { t: "bool", v: a <= b, src };
    case ">=":
      return { t: "bool", v: a >= b, src };
  }
}
function forItems(v) {
  if (v.t === "list") return v.items.map((item, i) => [{ t: "number", v: i }, item]);
  if (v.t === "object")
    return [...v.attrs.keys()].sort().map((k) => [{ t: "string", v: k }, v.attrs.get(k)]);
  if (v.t === "null") return [];
  return void 0;
}
function forExpr(expr, scope) {
  const src = srcOf(scope, expr);
  const collection = evalExpr(expr.collection, scope);
  if (collection.t === "unknown") return unknown(exprText(scope.file, expr), collection.reason, src);
  const items = forItems(collection);
  if (!items) throw new EvalError(`for expression over a ${collection.t}`);
  const outList = [];
  const outMap = /* @__PURE__ */ new Map();
  for (const [k, v] of items) {
    const names = { [expr.valueVar]: v };
    if (expr.keyVar) names[expr.keyVar] = k;
    const inner = withNames(scope, names);
    if (expr.condition) {
      const keep = evalExpr(expr.condition, inner);
      if (keep.t === "unknown") return unknown(exprText(scope.file, expr), keep.reason, src);
      if (!needBool(keep)) continue;
    }
    const value = evalExpr(expr.valueExpr, inner);
    throwIfOverLimit(outList.length + outMap.size + 1, false);
    if (!expr.object) {
      outList.push(value);
      continue;
    }
    const key = asString(evalExpr(expr.keyExpr, inner));
    if (key === void 0) return unknown(exprText(scope.file, expr), "for expression key is not known", src);
    if (expr.grouping) {
      const group = outMap.get(key);
      if (group?.t === "list") group.items.push(value);
      else outMap.set(key, { t: "list", items: [value], src });
    } else {
      if (outMap.has(key)) throw new EvalError(`duplicate key ${key} in for expression`);
      outMap.set(key, value);
    }
  }
  return expr.object ? { t: "object", attrs: outMap, src } : { t: "list", items: outList, src };
}
function call(expr, scope) {
  const src = srcOf(scope, expr);
  if (expr.name === "try" || expr.name === "can") {
    for (const arg of expr.args) {
      try {
        const v = evalExpr(arg, scope);
        if (expr.name === "can") return v.t === "unknown" ? v : { t: "bool", v: true, src };
        return v;
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    if (expr.name === "can") return { t: "bool", v: false, src };
    throw new EvalError("try: no argument could be evaluated");
  }
  const [template2] = expr.args;
  if (expr.name === "templatestring" && template2 && !["variable", "getattr", "index"].includes(template2.kind))
    throw new EvalError(
      "templatestring: the template must be a reference to a string, such as local.template"
    );
  let args = expr.args.map((a) => evalExpr(a, scope));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last.t === "unknown") return last;
    args = [...args.slice(0, -1), ...elements(last) ?? []];
  }
  let result;
  try {
    result = callFunction(
      expr.name,
      args,
      new ScopeCallContext(scope, src, evalExpr),
      () => exprText(scope.file, expr)
    );
  } catch (error) {
    if (error instanceof EvalError || error instanceof LimitError) throw error;
    return internalError3(exprText(scope.file, expr), error, scope, src);
  }
  const size = result.t === "list" ? result.items.length : result.t === "object" ? result.attrs.size : void 0;
  if (size !== void 0) throwIfOverLimit(size, false);
  else if (result.t === "string") throwIfOverLimit(result.v.length, true);
  scope.module.root.budget.spend(
    result.t === "string" ? sizeUnits(result.v.length, true) : sizeUnits(size ?? 1, false)
  );
  return result;
}
function flattenTraversal(expr) {
  const steps = [];
  let node = expr;
  for (; ; ) {
    if (node.kind === "getattr") steps.unshift({ attr: node.name });
    else if (node.kind === "index") steps.unshift({ index: node.key });
    else break;
    node = node.object;
  }
  return { root: node, steps };
}
function traversal(expr, scope) {
  const { root, steps } = flattenTraversal(expr);
  const text = () => exprText(scope.file, expr);
  const src = srcOf(scope, expr);
  let value;
  let rest = steps;
  if (root.kind !== "variable") {
    value = evalExpr(root, scope);
  } else {
    const bound = scope.names?.get(root.name);
    const first = steps[0];
    const firstName = first && "attr" in first ? first.attr : void 0;
    if (bound) value = bound;
    else if (scope.template) throw new EvalError(`${root.name} is not a template variable`);
    else if (root.name === "var" && firstName) {
      value = scope.module.variable(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === "local" && firstName) {
      value = scope.module.local(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === "module" && firstName) {
      value = scope.module.moduleOutputs(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === "path" && firstName) {
      const rootDir = scope.module.files?.rootDir ?? "";
      value = {
        t: "string",
        v: firstName === "module" ? relativePath(rootDir, scope.module.config.dir) : ".",
        src
      };
      rest = steps.slice(1);
    } else if (root.name === "terraform" && firstName === "workspace") {
      value = { t: "string", v: "default", src };
      rest = steps.slice(1);
    } else if (root.name === "data") {
      return unknown(text(), "data sources are read only at plan time", src);
    } else if (firstName && scope.module.config.resources.has(`${root.name}.${firstName}`)) {
      value = scope.module.resourceRef(`${root.name}.${firstName}`, src);
      rest = steps.slice(1);
    } else if (root.name === "count" || root.name === "each" || root.name === "self") {
      throw new EvalError(`${root.name} is not available here`);
    } else {
      return unknown(
        text(),
        `${root.name}${firstName ? `.${firstName}` : ""} is not declared in this module`,
        src
      );
    }
  }
  for (const step of rest) {
    if (value.t === "unknown") return unknown(text(), value.reason, src);
    if ("attr" in step) value = getAttr(value, step.attr, scope);
    else {
      const key = evalExpr(step.index, scope);
      if (key.t === "unknown") return unknown(text(), key.reason, src);
      value = index(value, key, scope);
    }
  }
  return value;
}
function getAttr(value, name, scope) {
  switch (value.t) {
    case "object": {
      const found = value.attrs.get(name);
      if (!found) throw new EvalError(`object has no attribute "${name}"`);
      return found;
    }
    case "ref":
      return scope.module.refAttribute(value, name);
    case "list":
      if (/^\d+$/.test(name)) return index(value, { t: "number", v: Number(name) }, scope);
      throw new EvalError(`a list has no attribute "${name}"`);
    case "null":
      throw new EvalError(`attempt to get attribute "${name}" from null`);
    default:
      throw new EvalError(`a ${value.t} has no attribute "${name}"`);
  }
}
function index(value, key, scope) {
  switch (value.t) {
    case "list": {
      const i = asNumber(key);
      const spread = value.items.findIndex(isSpread);
      if (spread >= 0 && i !== void 0 && i >= spread) return value.items[spread];
      if (i === void 0 || i < 0 || i >= value.items.length || !Number.isInteger(i)) {
        throw new EvalError(`index ${String(toPlain(key))} out of range for a list of ${value.items.length}`);
      }
      return value.items[i];
    }
    case "object": {
      const k = asString(key);
      const found = k === void 0 ? void 0 : value.attrs.get(k);
      if (!found) throw new EvalError(`no element with key ${String(toPlain(key))}`);
      return found;
    }
    case "ref":
      return scope.module.refAttribute(value, `[${JSON.stringify(toPlain(key))}]`);
    case "null":
      throw new EvalError("attempt to index null");
    default:
      throw new EvalError(`a ${value.t} cannot be indexed`);
  }
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
        const elements2 = arg.items.map(parseType);
        return elements2.every((e) => e !== void 0) ? { kind: "tuple", elements: elements2 } : void 0;
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
      const def2 = findAttribute(declared.node.body, "default");
      value = def2 ? this.guard(
        `var.${name}`,
        () => this.defaultValue(name, def2.expr, declared.file),
        () => this.cycle(`var.${name}`, src)
      ) : unknown(`var.${name}`, `variable "${name}" has no default and no value is given`, src);
    } else value = unknown(`var.${name}`, `variable "${name}" is not declared`, src);
    if (value.t === "null" && declared && input) {
      const nullable = findAttribute(declared.node.body, "nullable");
      const def2 = findAttribute(declared.node.body, "default");
      if (def2 && nullable?.expr.kind === "literal" && nullable.expr.value === false) {
        value = this.defaultValue(name, def2.expr, declared.file);
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
    const known2 = constantDefaults.get(expr);
    if (known2) {
      budget.spend(known2.work);
      return known2.value;
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
    const call2 = this.config.moduleCalls.get(name);
    const result = [];
    this.childCache.set(name, result);
    if (!call2) return result;
    const scope = { module: this, file: call2.file };
    const sourceAttr = findAttribute(call2.node.body, "source");
    const source = sourceAttr ? asString(evaluate(sourceAttr.expr, scope)) : void 0;
    if (source === void 0) return result;
    const callOrigin = {
      location: toLocation(call2.file, call2.node.typeSpan),
      description: `module "${name}" call`
    };
    const config = this.root.resolve(this, name, source, callOrigin.location);
    if (!config || !this.mayCall(name, config, callOrigin.location)) return result;
    for (const { key, names } of expand(call2, scope, `${this.prefix}module.${name}`)) {
      const keyText2 = key === void 0 ? "" : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      const inputs = /* @__PURE__ */ new Map();
      for (const attr of call2.node.body.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        let memo;
        inputs.set(attr.name, {
          value: () => memo ??= evaluate(attr.expr, {
            ...inner,
            via: inner.via ?? `module "${name}" argument "${attr.name}"`
          }),
          origin: {
            location: toLocation(call2.file, nameSpan(attr)),
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
    const call2 = this.config.moduleCalls.get(name);
    if (!call2) return unknown(`module.${name}`, `module "${name}" is not declared`, src);
    const children = this.children(name);
    if (children.length === 0 && !findAttribute(call2.node.body, "count") && !findAttribute(call2.node.body, "for_each")) {
      return unknown(`module.${name}`, `module "${name}" source is not available locally`, src);
    }
    const outputsOf = (child) => child.outputs(`module.${name}`);
    const expanded = findAttribute(call2.node.body, "for_each") ?? findAttribute(call2.node.body, "count");
    if (expanded && children.some((c) => c.key === void 0))
      return unknown(`module.${name}`, `the ${expanded.name} of module "${name}" is not known`, src);
    if (findAttribute(call2.node.body, "for_each")) {
      return {
        t: "object",
        attrs: new Map(children.map((c) => [asString(c.key) ?? "", outputsOf(c.instance)])),
        src
      };
    }
    if (findAttribute(call2.node.body, "count"))
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
      return {
        type,
        name,
        address: `${this.prefix}${localAddress}${keyText2}`,
        displayName: `${this.prefix}${localAddress}${keyText2}${this.rootLabel}`,
        localAddress,
        module: this,
        block: located.node,
        file: located.file,
        body: new BodyView(located.node.body, inner, located.node),
        location: toLocation(located.file, headerSpan(located)),
        extent: toLocation(located.file, located.node)
      };
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
function* resourcesOf(root, types) {
  const stack = [root];
  while (stack.length > 0) {
    const module = stack.pop();
    for (const localAddress of module.config.resources.keys()) {
      if (types.has(localAddress.slice(0, localAddress.indexOf("."))))
        yield* module.instancesOf(localAddress);
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
function parseConfigFile(file, diagnostics, cache2) {
  const parse = file.path.endsWith(".json") ? parseTfJson : parseHcl;
  const parsed2 = cache2 ? cache2.parse(file.path, file.text, parse) : parse(file.text);
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
function readVarFile(file, diagnostics, host3) {
  if (file.path.endsWith(".json")) return readJsonVarFile(file, diagnostics);
  const out = /* @__PURE__ */ new Map();
  const config = parseConfigFile(file, diagnostics);
  if (!config) return out;
  const via = baseName(file.path);
  for (const attr of config.body.attributes) {
    const location = toLocation(config, nameSpan(attr));
    let memo;
    out.set(attr.name, {
      value: () => memo ??= evaluate(attr.expr, { module: host3, file: config, via }),
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
function cliVar(name, raw, host3) {
  const file = {
    path: "(command line)",
    text: `v = ${raw}`,
    body: { attributes: [], blocks: [], start: 0, end: 0 }
  };
  const parsed2 = /^\s*[[{"\d-]|^\s*(true|false|null)\s*$/.test(raw) ? parseHcl(file.text) : void 0;
  const attr = parsed2 && parsed2.errors.length === 0 ? parsed2.body.attributes[0] : void 0;
  const location = { file: "(command line)", line: 1, column: 1 };
  return {
    value: () => attr ? evaluate(attr.expr, { module: host3, file, via: `--var ${name}` }) : fromPlain(raw, { loc: location, via: `--var ${name}` }),
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
    const list2 = byDir.get(dir) ?? [];
    if (parsed2) list2.push(parsed2);
    byDir.set(dir, list2);
  }
  const configs = /* @__PURE__ */ new Map();
  for (const [dir, list2] of byDir) configs.set(dir, buildModuleConfig(dir, list2));
  const configFor = (dir) => {
    const known2 = configs.get(dir);
    if (known2) return known2;
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
  const localCalls = (dir) => {
    const targets = [];
    for (const call2 of configs.get(dir)?.moduleCalls.values() ?? []) {
      const source = findAttribute(call2.node.body, "source");
      const text = source?.expr.kind === "template" && source.expr.parts.length === 1 && source.expr.parts[0].kind === "text" ? source.expr.parts[0].value : void 0;
      const target = text && isLocalSource(text) ? joinPath(dir, text.replace(/\/+$/, "")) : void 0;
      if (target !== void 0) targets.push(target);
    }
    return targets;
  };
  const roots = [];
  const unresolved = [];
  const log = new DiagnosticLog();
  const rootList = rootDirs(configs.keys(), localCalls);
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

// src/formats/terraform/address.ts
var INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|-?\d+)\]/g;
function addressVariant(address, root) {
  return { family: address.replace(INSTANCE_KEY, ""), address, ...root !== void 0 && { root } };
}

// src/formats/terraform/model-values.ts
function blockFields(view, extent) {
  return {
    extent,
    get: (name) => view.attr(name),
    locationOf: (name) => view.attrLocation(name) ?? view.location,
    location: view.location
  };
}
function objectFields(value, fallback, extent) {
  const location = value.src && !value.src.via ? value.src.loc : fallback;
  return {
    extent,
    get: (name) => value.attrs.get(name),
    locationOf: (name) => {
      const v = value.attrs.get(name);
      return v?.src && !v.src.via ? v.src.loc : location;
    },
    location
  };
}
var UnresolvedLog = class {
  entries = [];
  add(location, value) {
    this.entries.push({ location, expression: value.expr, reason: value.reason });
  }
};
function inside(loc, extent) {
  return loc.file === extent.file && loc.line >= extent.line && loc.line <= (extent.endLine ?? extent.line);
}
function placeOf(value, useSite, extent) {
  const src = value.src;
  if (!src) return { location: useSite, origins: [] };
  if (!src.via && inside(src.loc, extent)) return { location: src.loc, origins: [] };
  return { location: useSite, origins: src.via ? [{ location: src.loc, description: src.via }] : [] };
}
function originsOf(values) {
  const out = [];
  for (const v of values) if (v?.src?.via) out.push({ location: v.src.loc, description: v.src.via });
  return out;
}
function destinationsFrom(value, kind, useSite, extent, log) {
  if (!value || value.t === "null") return [];
  const items = value.t === "list" ? value.items : value.t === "unknown" || value.t === "ref" || asString(value) !== void 0 ? [value] : elements(value) ?? [value];
  const out = [];
  for (const item of items) {
    if (item.t === "null") continue;
    const { location, origins } = placeOf(item, useSite, extent);
    if (item.t === "unknown") {
      log.add(location, item);
      out.push({ kind: "unknown", expression: item.expr, text: item.expr, location, origins });
      continue;
    }
    if (item.t === "ref") {
      out.push({
        kind: kind === "prefix-list" ? "prefix-list" : "security-group",
        ref: item.address,
        text: String(toPlain(item)),
        location,
        origins
      });
      continue;
    }
    const text = asString(item);
    if (text === void 0 || text === "") {
      if (text === "") continue;
      const u = {
        t: "unknown",
        expr: JSON.stringify(toPlain(item)),
        reason: `expected a string, got ${item.t}`
      };
      log.add(location, u);
      out.push({ kind: "unknown", expression: u.expr, text: u.expr, location, origins });
      continue;
    }
    if (kind === "cidr") {
      const cidr = parseCidr(text);
      if (cidr) out.push({ kind: "cidr", cidr, text, location, origins });
      else {
        log.add(location, { t: "unknown", expr: text, reason: "not a valid CIDR" });
        out.push({ kind: "unknown", expression: text, text, location, origins });
      }
    } else out.push({ kind, ref: text, text, location, origins });
  }
  return out;
}
function logMissing(log, location, name) {
  log.add(location, {
    t: "unknown",
    expr: name,
    reason: `required argument "${name}" is missing: the rule is not analysed`
  });
}
function protocolFrom(value, location, log, name) {
  if (!value || value.t === "null") {
    logMissing(log, location, name);
    return { unknown: `(missing ${name})` };
  }
  if (value.t === "unknown") {
    log.add(location, value);
    return { unknown: value.expr };
  }
  const text = asString(value);
  return text === void 0 ? { unknown: JSON.stringify(toPlain(value)) } : normalizeProtocol(text);
}
function portFrom(value, location, log) {
  if (!value || value.t === "null") return void 0;
  if (value.t === "unknown") {
    log.add(location, value);
    return null;
  }
  const n = asNumber(value);
  return n === void 0 ? null : n;
}
function stringFrom(value) {
  return value ? asString(value) : void 0;
}

// src/formats/terraform/value-reader.ts
var IDENTITY_ATTRIBUTES = /* @__PURE__ */ new Set(["id", "self_link"]);
function locatedValue(value, useSite, extent) {
  const at = placeOf(value, useSite, extent);
  switch (value.t) {
    case "null":
      return void 0;
    case "string":
    case "number":
    case "bool":
      return { kind: "scalar", value: value.v, at };
    case "unknown":
      return { kind: "unknown", expression: value.expr, reason: value.reason, at };
    case "ref": {
      const attr = value.attr[value.attr.length - 1];
      if (value.attr.length <= 1 && (attr === void 0 || IDENTITY_ATTRIBUTES.has(attr)))
        return { kind: "scalar", value: value.address, at };
      return {
        kind: "unknown",
        expression: String(toPlain(value)),
        reason: `${String(toPlain(value))} is known only after apply`,
        at
      };
    }
    case "list": {
      const items = value.items.map((item) => locatedValue(item, useSite, extent)).filter((item) => item !== void 0);
      return { kind: "list", items, at };
    }
    case "object":
      return { kind: "object", fields: objectReader(value, at, extent), at };
  }
}
function objectReader(value, at, extent) {
  return {
    at,
    get(name) {
      const field = value.attrs.get(name);
      return field ? locatedValue(field, at.location, extent) : void 0;
    }
  };
}
function bodyReader(view, extent) {
  return {
    at: { location: view.location, origins: [] },
    get(name) {
      const value = view.attr(name);
      if (value !== void 0) return locatedValue(value, view.attrLocation(name) ?? view.location, extent);
      if (!view.hasBlocks(name)) return void 0;
      const blocks = view.blocks(name);
      const items = blocks.map((block) => ({
        kind: "object",
        fields: bodyReader(block, extent),
        at: { location: block.location, origins: [] }
      }));
      return { kind: "list", items, at: { location: blocks[0]?.location ?? view.location, origins: [] } };
    }
  };
}
function unwrapTemplate(expr) {
  if (expr.kind === "template" && expr.parts.length === 1 && expr.parts[0].kind !== "text")
    return expr.parts[0];
  return expr;
}
function referencedAddress(view, name) {
  const expr = view.attrExpr(name);
  if (!expr) return void 0;
  const traversal2 = unwrapTemplate(expr);
  if (traversal2.kind !== "getattr") return void 0;
  const target = evaluate(traversal2.object, view.scope);
  return target.t === "ref" && target.attr.length === 0 ? target.address : void 0;
}
function outsideFirewall(instance, provider, kind, id) {
  return {
    platform: "terraform",
    provider,
    kind,
    id,
    displayName: id,
    resourceType: instance.type,
    location: instance.location,
    related: instance.module.callChain,
    variant: variantOf(instance, id)
  };
}
function variantOf(instance, address = instance.address) {
  return addressVariant(
    address,
    instance.module.rootLabel ? instance.module.files?.rootDir || "." : void 0
  );
}
function declaredByOf(instance) {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.address,
    location: instance.location,
    variant: variantOf(instance)
  };
}

// src/providers/aws/terraform-network-acl.ts
var ACL_TYPES = /* @__PURE__ */ new Set(["aws_network_acl", "aws_default_network_acl"]);
var RULE = "aws_network_acl_rule";
var AWS_NACL_TYPES = /* @__PURE__ */ new Set([...ACL_TYPES, RULE]);
function entries(readers, instance, log) {
  const context = { declaredBy: declaredByOf(instance), unresolved: log.entries };
  return readers.map((reader) => naclEgressRule(reader, context)).filter((rule) => rule !== void 0);
}
function inlineEntries(instance, log) {
  const readers = [];
  for (const element of elementsOf(bodyReader(instance.body, instance.extent).get("egress"))) {
    if (element.kind === "unknown") log.entries.push(unresolvedOf(element));
    if (element.kind === "object") readers.push(element.fields);
  }
  return entries(readers, instance, log);
}
function isEgress(instance, log) {
  const value = instance.body.attr("egress");
  if (value?.t === "unknown") log.add(instance.body.attrLocation("egress") ?? instance.location, value);
  return value !== void 0 && stringFrom(value) === "true";
}
function extractAwsNetworkAcls(instances, log) {
  const acls = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (!ACL_TYPES.has(instance.type)) continue;
    const anchor = declaredByOf(instance);
    const rules2 = inlineEntries(instance, log);
    acls.set(instance.address, {
      platform: "terraform",
      provider: "aws",
      kind: "aws-network-acl",
      ...anchor,
      egressDeclared: rules2.length > 0 ? "rules" : "explicit-empty",
      rules: [...rules2, awsNaclFinalDeny(anchor)],
      related: instance.module.callChain
    });
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== RULE || !isEgress(instance, log)) continue;
    const rules2 = entries([bodyReader(instance.body, instance.extent)], instance, log);
    if (rules2.length === 0) continue;
    const address = referencedAddress(instance.body, "network_acl_id");
    const acl = address ? acls.get(address) : void 0;
    if (acl) {
      acl.rules.splice(acl.rules.length - 1, 0, ...rules2);
      acl.egressDeclared = "rules";
      continue;
    }
    const value = instance.body.attr("network_acl_id");
    const name = value?.t === "unknown" ? value.expr : value && stringFrom(value);
    const id = name ? `network ACL ${name}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, "aws", "aws-network-acl", id), rules2);
  }
  return [...acls.values(), ...orphans.values()];
}

// src/providers/aws/terraform-security-group.ts
var GROUP_TYPES = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
var AWS_SG_TYPES = /* @__PURE__ */ new Set([
  ...GROUP_TYPES,
  "aws_security_group_rule",
  "aws_vpc_security_group_egress_rule"
]);
function declaredBy(instance) {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.displayName,
    location: instance.location,
    variant: variantOf(instance)
  };
}
function ports(protocol, from, to, fields, log) {
  if (protocol === "all") return portsFromPair("all", void 0, void 0);
  if (from === null || to === null) return { unknown: "from_port/to_port" };
  if ((protocol === "tcp" || protocol === "udp") && (from === void 0 || to === void 0)) {
    logMissing(log, fields.location, from === void 0 ? "from_port" : "to_port");
    return { unknown: "from_port/to_port" };
  }
  return portsFromPair(protocol, from, to);
}
function classicRule(fields, instance, selfRef, log, extraGroupField) {
  const protocol = protocolFrom(fields.get("protocol"), fields.locationOf("protocol"), log, "protocol");
  const from = portFrom(fields.get("from_port"), fields.locationOf("from_port"), log);
  const to = portFrom(fields.get("to_port"), fields.locationOf("to_port"), log);
  const destinations = [
    ...destinationsFrom(
      fields.get("cidr_blocks"),
      "cidr",
      fields.locationOf("cidr_blocks"),
      fields.extent,
      log
    ),
    ...destinationsFrom(
      fields.get("ipv6_cidr_blocks"),
      "cidr",
      fields.locationOf("ipv6_cidr_blocks"),
      fields.extent,
      log
    ),
    ...destinationsFrom(
      fields.get("prefix_list_ids"),
      "prefix-list",
      fields.locationOf("prefix_list_ids"),
      fields.extent,
      log
    ),
    ...destinationsFrom(
      fields.get("security_groups"),
      "security-group",
      fields.locationOf("security_groups"),
      fields.extent,
      log
    )
  ];
  if (extraGroupField)
    destinations.push(
      ...destinationsFrom(
        fields.get(extraGroupField),
        "security-group",
        fields.locationOf(extraGroupField),
        fields.extent,
        log
      )
    );
  const self = fields.get("self");
  if (self?.t === "bool" && self.v) {
    destinations.push({
      kind: "security-group",
      ref: selfRef,
      text: "self",
      location: fields.locationOf("self"),
      origins: []
    });
  }
  return {
    action: "allow",
    protocol,
    ports: ports(protocol, from, to, fields, log),
    destinations,
    location: fields.location,
    origins: originsOf([fields.get("protocol"), fields.get("from_port"), fields.get("to_port")]),
    declaredBy: declaredBy(instance)
  };
}
function vpcEgressRule(instance, log) {
  const fields = blockFields(instance.body, instance.extent);
  const protocol = protocolFrom(
    fields.get("ip_protocol"),
    fields.locationOf("ip_protocol"),
    log,
    "ip_protocol"
  );
  const from = portFrom(fields.get("from_port"), fields.locationOf("from_port"), log);
  const to = portFrom(fields.get("to_port"), fields.locationOf("to_port"), log);
  return {
    action: "allow",
    protocol,
    ports: ports(protocol, from, to, fields, log),
    destinations: [
      ...destinationsFrom(
        fields.get("cidr_ipv4"),
        "cidr",
        fields.locationOf("cidr_ipv4"),
        fields.extent,
        log
      ),
      ...destinationsFrom(
        fields.get("cidr_ipv6"),
        "cidr",
        fields.locationOf("cidr_ipv6"),
        fields.extent,
        log
      ),
      ...destinationsFrom(
        fields.get("prefix_list_id"),
        "prefix-list",
        fields.locationOf("prefix_list_id"),
        fields.extent,
        log
      ),
      ...destinationsFrom(
        fields.get("referenced_security_group_id"),
        "security-group",
        fields.locationOf("referenced_security_group_id"),
        fields.extent,
        log
      )
    ],
    location: instance.location,
    origins: originsOf([fields.get("ip_protocol"), fields.get("from_port"), fields.get("to_port")]),
    declaredBy: declaredBy(instance)
  };
}
function inlineRules(instance, log) {
  const body = instance.body;
  const fromFields = (fields) => ({
    rule: classicRule(fields, instance, instance.address, log),
    fields
  });
  if (body.hasBlocks("egress")) {
    const blocks = body.blocks("egress");
    return {
      declared: blocks.length > 0,
      rules: blocks.map((b) => fromFields(blockFields(b, instance.extent)))
    };
  }
  const value = body.attr("egress");
  const location = body.attrLocation("egress");
  if (!value || !location) return { declared: false, rules: [] };
  if (value.t === "unknown") {
    log.add(location, value);
    return { declared: true, rules: [], location };
  }
  const items = value.t === "list" ? value.items : value.t === "null" ? [] : [value];
  const rules2 = items.filter((i) => i.t === "object").map((i) => fromFields(objectFields(i, location, instance.extent)));
  return { declared: value.t !== "null", rules: rules2, location };
}
function targetGroup(value) {
  if (!value) return void 0;
  if (value.t === "ref") return value.address;
  return stringFrom(value);
}
function withoutSentinels(rules2) {
  const portOf = (v) => v?.t === "number" ? v.v : void 0;
  return rules2.filter(
    ({ rule, fields }) => !isDenyAllSentinel(rule, portOf(fields.get("from_port")), portOf(fields.get("to_port")))
  ).map(({ rule }) => rule);
}
function extractAwsSecurityGroups(instances, log) {
  const groups = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (!GROUP_TYPES.has(instance.type)) continue;
    const inline = inlineRules(instance, log);
    const rules2 = withoutSentinels(inline.rules);
    groups.set(instance.address, {
      platform: "terraform",
      provider: "aws",
      kind: "aws-security-group",
      id: instance.address,
      displayName: instance.displayName,
      resourceType: instance.type,
      location: instance.location,
      // An empty list, or only the deny-all idiom, is an explicit empty egress set.
      egressDeclared: !inline.declared ? "absent" : rules2.length > 0 ? "rules" : "explicit-empty",
      rules: rules2,
      egressLocation: inline.location,
      related: instance.module.callChain,
      variant: variantOf(instance)
    });
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    let rule;
    if (instance.type === "aws_security_group_rule") {
      const typeValue = instance.body.attr("type");
      const typeAt = instance.body.attrLocation("type") ?? instance.location;
      if (typeValue?.t === "unknown") log.add(typeAt, typeValue);
      else if (!typeValue || typeValue.t === "null") logMissing(log, typeAt, "type");
      if (stringFrom(typeValue) !== "egress") continue;
      rule = classicRule(
        blockFields(instance.body, instance.extent),
        instance,
        "",
        log,
        "source_security_group_id"
      );
    } else if (instance.type === "aws_vpc_security_group_egress_rule") {
      rule = vpcEgressRule(instance, log);
    } else continue;
    const groupValue = instance.body.attr("security_group_id");
    if (!groupValue) logMissing(log, instance.location, "security_group_id");
    const target = targetGroup(groupValue);
    for (const d of rule.destinations)
      if (d.kind === "security-group" && d.ref === "") d.ref = target ?? instance.address;
    if (withoutSentinels([{ rule, fields: blockFields(instance.body, instance.extent) }]).length === 0) {
      const group2 = target ? groups.get(target) : void 0;
      if (group2 && group2.egressDeclared === "absent") group2.egressDeclared = "explicit-empty";
      continue;
    }
    const group = target ? groups.get(target) : void 0;
    if (group) {
      group.rules.push(rule);
      group.egressDeclared = "rules";
      continue;
    }
    addOrphanRules(
      orphans,
      {
        platform: "terraform",
        provider: "aws",
        kind: "aws-security-group",
        id: target ?? instance.address,
        displayName: target ? `security group ${target}` : instance.displayName,
        resourceType: instance.type,
        location: instance.location,
        related: instance.module.callChain,
        variant: variantOf(instance, target ?? instance.address)
      },
      [rule]
    );
  }
  return [...groups.values(), ...orphans.values()];
}

// src/providers/azure/nsg.ts
function addressDestination(value, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const text = stringOf(value)?.trim();
  if (!text) return void 0;
  const { location, origins } = value.at;
  const cidr = parseCidr(text);
  return cidr ? { kind: "cidr", cidr, text, location, origins } : { kind: "service-tag", tag: text, text, location, origins };
}
function applicationGroupDestination(value, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const id = value.kind === "object" ? stringOf(value.fields.get("id")) : stringOf(value);
  if (!id) return void 0;
  return {
    kind: "security-group",
    ref: id,
    text: id,
    location: value.at.location,
    origins: value.at.origins
  };
}
function enumOf(value, context) {
  if (value?.kind === "unknown") context.unresolved.push(unresolvedOf(value));
  return stringOf(value)?.toLowerCase();
}
function azureOutboundRules(attrs, context) {
  if (enumOf(attrs.get("direction"), context) !== "outbound") return [];
  const access = enumOf(attrs.get("access"), context);
  if (access !== "allow" && access !== "deny") return [];
  const protocol = protocolNamed(attrs.get("protocol"), context.unresolved);
  const ports2 = portRangesOf(
    [...elementsOf(attrs.get("destination_port_range")), ...elementsOf(attrs.get("destination_port_ranges"))],
    context.unresolved
  );
  const destinations = [];
  for (const value of [
    ...elementsOf(attrs.get("destination_address_prefix")),
    ...elementsOf(attrs.get("destination_address_prefixes"))
  ]) {
    const d = addressDestination(value, context);
    if (d) destinations.push(d);
  }
  for (const field of [
    "destination_application_security_groups",
    "destination_application_security_group_ids"
  ]) {
    for (const value of elementsOf(attrs.get(field))) {
      const d = applicationGroupDestination(value, context);
      if (d) destinations.push(d);
    }
  }
  const priority = numberOf(attrs.get("priority"));
  const name = stringOf(attrs.get("name")) ?? context.name;
  const rule = (p, rulePorts) => ({
    action: access,
    priority,
    protocol: p,
    ports: rulePorts,
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy,
    name
  });
  if (protocol === "all") {
    if (!Array.isArray(ports2) || coversAllPorts(ports2))
      return [rule("all", Array.isArray(ports2) ? ALL_PORTS : ports2)];
    return [rule("tcp", ports2), rule("udp", ports2)];
  }
  return [rule(protocol, hasPorts(protocol) ? ports2 : [])];
}
function undecidedRule(attrs) {
  const direction = attrs.get("direction");
  if (direction?.kind === "unknown") return true;
  return stringOf(direction)?.toLowerCase() === "outbound" && attrs.get("access")?.kind === "unknown";
}
function nsgNameKey(resourceGroup, name) {
  return resourceGroup !== void 0 && name !== void 0 ? `${resourceGroup}/${name}`.toLowerCase() : void 0;
}
function inlineAzureRules(value, context) {
  if (!value) return void 0;
  const inline = { byName: /* @__PURE__ */ new Map(), undecided: false };
  elementsOf(value).forEach((element, i) => {
    if (element.kind === "unknown") context.unresolved.push(unresolvedOf(element));
    if (element.kind !== "object") {
      inline.undecided = true;
      return;
    }
    const name = (stringOf(element.fields.get("name")) ?? `#${i}`).toLowerCase();
    inline.byName.set(name, azureOutboundRules(element.fields, context));
    inline.undecided ||= undecidedRule(element.fields);
  });
  return inline;
}
function assembleNsgs(nsgs, standalone) {
  const byKey = /* @__PURE__ */ new Map();
  for (const nsg of nsgs) for (const key of nsg.keys) if (!byKey.has(key)) byKey.set(key, nsg);
  const attached = new Map(nsgs.map((n) => [n, []]));
  const orphans = /* @__PURE__ */ new Map();
  for (const rule of standalone) {
    const nsg = rule.groupKeys.map((k) => byKey.get(k)).find((n) => n !== void 0);
    if (nsg) attached.get(nsg)?.push(rule);
    else if (rule.rules.length > 0) addOrphanRules(orphans, rule.orphan, rule.rules);
  }
  const firewalls = nsgs.map((nsg) => {
    const rules2 = attached.get(nsg) ?? [];
    const claimed = new Set(rules2.map((r) => r.name));
    const inline = [];
    for (const [name, live] of (nsg.live ?? nsg.declared)?.byName ?? []) {
      if (!claimed.has(name)) inline.push(...nsg.declared?.byName.get(name) ?? live);
    }
    const separate = rules2.flatMap((r) => r.rules);
    const undecided = Boolean(
      nsg.declared?.undecided || nsg.live?.undecided || rules2.some((r) => r.undecided)
    );
    const declaresOutbound = separate.length > 0 || [...nsg.declared?.byName.values() ?? []].some((r) => r.length > 0);
    const { id, resourceType, displayName, location } = nsg.firewall;
    const { platformDefault, denyAllOutBound } = azureNsgDefaults({
      id,
      resourceType,
      displayName,
      location
    });
    return {
      ...nsg.firewall,
      egressDeclared: declaresOutbound || undecided ? "rules" : "absent",
      rules: [...inline, ...separate, denyAllOutBound],
      // Unknown is not open: when a rule might be the overriding deny, the default is not judged.
      ...undecided ? {} : { platformDefault }
    };
  });
  return [...firewalls, ...orphans.values()];
}

// src/providers/azure/terraform.ts
var NSG = "azurerm_network_security_group";
var RULE2 = "azurerm_network_security_rule";
var AZURE_NSG_TYPES = /* @__PURE__ */ new Set([NSG, RULE2]);
function nsgParts(instance, log) {
  const context = { declaredBy: declaredByOf(instance), unresolved: log.entries };
  const parts = { instance, inline: [], attached: [], undecided: false };
  for (const element of elementsOf(bodyReader(instance.body, instance.extent).get("security_rule"))) {
    if (element.kind === "unknown") log.entries.push(unresolvedOf(element));
    if (element.kind !== "object") parts.undecided = true;
    else {
      parts.inline.push(...azureOutboundRules(element.fields, context));
      parts.undecided ||= undecidedRule(element.fields);
    }
  }
  return parts;
}
function nsgFirewall({ instance, inline, attached, undecided }) {
  const anchor = declaredByOf(instance);
  const { platformDefault, denyAllOutBound } = azureNsgDefaults(anchor);
  const declared = [...inline, ...attached];
  return {
    platform: "terraform",
    provider: "azure",
    kind: "azure-nsg",
    ...anchor,
    egressDeclared: declared.length > 0 || undecided ? "rules" : "absent",
    rules: [...declared, denyAllOutBound],
    // Unknown is not open: when a rule might be the overriding deny, the default is not judged.
    ...undecided ? {} : { platformDefault },
    related: instance.module.callChain
  };
}
function extractAzureNsgs(instances, log) {
  const byAddress = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== NSG) continue;
    const parts = nsgParts(instance, log);
    byAddress.set(instance.address, parts);
    const key = nsgNameKey(
      stringFrom(instance.body.attr("resource_group_name")),
      stringFrom(instance.body.attr("name"))
    );
    if (key) byName.set(key, parts);
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== RULE2) continue;
    const reader = bodyReader(instance.body, instance.extent);
    const rules2 = azureOutboundRules(reader, { declaredBy: declaredByOf(instance), unresolved: log.entries });
    const undecided = undecidedRule(reader);
    if (rules2.length === 0 && !undecided) continue;
    const nsgName = stringFrom(instance.body.attr("network_security_group_name"));
    const reference = referencedAddress(instance.body, "network_security_group_name");
    const nsg = (reference ? byAddress.get(reference) : void 0) ?? byName.get(nsgNameKey(stringFrom(instance.body.attr("resource_group_name")), nsgName) ?? "");
    if (nsg) {
      nsg.attached.push(...rules2);
      nsg.undecided ||= undecided;
      continue;
    }
    if (rules2.length === 0) continue;
    const id = nsgName !== void 0 ? `network security group ${nsgName}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, "azure", "azure-nsg", id), rules2);
  }
  return [...[...byAddress.values()].map(nsgFirewall), ...orphans.values()];
}

// src/providers/gcp/firewall.ts
function destinationsOf(attrs, context) {
  const values = elementsOf(attrs.get("destination_ranges"));
  if (values.length === 0)
    return [
      {
        kind: "cidr",
        cidr: ANY_V4,
        text: ANY_V4.text,
        location: attrs.at.location,
        origins: attrs.at.origins
      }
    ];
  const destinations = [];
  for (const value of values) {
    if (value.kind === "unknown") {
      destinations.push(unknownDestination(value, context.unresolved));
      continue;
    }
    const text = stringOf(value)?.trim();
    if (!text) continue;
    const cidr = parseCidr(text);
    const { location, origins } = value.at;
    if (cidr) destinations.push({ kind: "cidr", cidr, text, location, origins });
    else
      destinations.push(
        unknownDestination(
          { kind: "unknown", expression: text, reason: "not a CIDR", at: value.at },
          context.unresolved
        )
      );
  }
  return destinations;
}
function portsOf(protocol, entry, context) {
  if (protocol === "all") return ALL_PORTS;
  if (!hasPorts(protocol)) return [];
  return portRangesOf(elementsOf(entry.get("ports")), context.unresolved);
}
function targetsOf(attrs) {
  const names = (field) => elementsOf(attrs.get(field)).map((v) => v.kind === "unknown" ? v.expression : stringOf(v) ?? "");
  const tags = names("target_tags");
  if (tags.length > 0) return `instances are tagged ${tags.join(", ")}`;
  const accounts = names("target_service_accounts");
  if (accounts.length > 0) return `instances run as ${accounts.join(", ")}`;
  return void 0;
}
function gcpEgressRules(attrs, context) {
  const direction = attrs.get("direction");
  if (direction?.kind === "unknown") context.unresolved.push(unresolvedOf(direction));
  if ((stringOf(direction) ?? "INGRESS").toUpperCase() !== "EGRESS") return [];
  const disabled = attrs.get("disabled");
  if (disabled?.kind === "scalar" && disabled.value === true) return [];
  const priority = numberOf(attrs.get("priority")) ?? GCP_DEFAULT_PRIORITY;
  const destinations = destinationsOf(attrs, context);
  const condition = targetsOf(attrs);
  const rules2 = [];
  const entries2 = [
    ["allows", "allow", "allow"],
    ["denies", "deny", "deny"]
  ];
  for (const [plural, singular, action] of entries2) {
    for (const entry of elementsOf(attrs.get(plural) ?? attrs.get(singular))) {
      if (entry.kind === "unknown") context.unresolved.push(unresolvedOf(entry));
      if (entry.kind !== "object") continue;
      const protocol = protocolNamed(entry.fields.get("protocol"), context.unresolved);
      rules2.push({
        action,
        priority,
        protocol,
        ports: portsOf(protocol, entry.fields, context),
        destinations,
        location: entry.at.location,
        origins: [],
        declaredBy: context.declaredBy,
        name: stringOf(attrs.get("name")),
        condition
      });
    }
  }
  return rules2;
}
function networkName(value) {
  return value.slice(value.lastIndexOf("/") + 1);
}
function outsideNetwork(firewall, networkType, reference) {
  return {
    ...firewall,
    id: `network ${reference}`,
    displayName: `network ${networkName(reference)}`,
    resourceType: networkType
  };
}
function assembleGcpNetworks(networks, firewalls) {
  const byKey = /* @__PURE__ */ new Map();
  for (const network2 of networks)
    for (const key of network2.keys) if (!byKey.has(key)) byKey.set(key, network2);
  const members = new Map(networks.map((n) => [n, []]));
  const outside = /* @__PURE__ */ new Map();
  for (const firewall of firewalls) {
    const network2 = firewall.networkKeys.map((k) => byKey.get(k)).find((n) => n !== void 0);
    if (network2) members.get(network2)?.push(firewall);
    else {
      const name = networkName(firewall.reference);
      outside.set(name, [...outside.get(name) ?? [], firewall]);
    }
  }
  const result = networks.map((network2) => {
    const list2 = members.get(network2) ?? [];
    const rules2 = list2.flatMap((f) => f.rules);
    const undecided = list2.some((f) => f.undecided);
    const { id, resourceType, displayName, location } = network2.firewall;
    return {
      ...network2.firewall,
      egressDeclared: rules2.length > 0 || undecided ? "rules" : "absent",
      rules: rules2,
      ...undecided ? {} : { platformDefault: gcpImpliedEgress({ id, resourceType, displayName, location }) }
    };
  });
  for (const list2 of outside.values()) {
    const rules2 = list2.flatMap((f) => f.rules);
    if (rules2.length > 0) result.push({ ...list2[0].orphan, egressDeclared: "rules", rules: rules2 });
  }
  return result;
}

// src/providers/gcp/terraform.ts
var FIREWALL = "google_compute_firewall";
var NETWORK = "google_compute_network";
var GCP_FIREWALL_TYPES = /* @__PURE__ */ new Set([FIREWALL, NETWORK]);
function networkOf(firewall) {
  const address = referencedAddress(firewall.body, "network");
  const value = firewall.body.attr("network");
  const text = value === void 0 ? void 0 : value.t === "unknown" ? value.expr : stringFrom(value);
  return { address, reference: text ?? "(network not set)" };
}
function networkFirewall(group) {
  if (group.network) {
    const anchor = declaredByOf(group.network);
    return {
      platform: "terraform",
      provider: "gcp",
      kind: "gcp-network",
      ...anchor,
      egressDeclared: group.rules.length > 0 || group.undecided ? "rules" : "absent",
      rules: group.rules,
      // Unknown is not open: when a firewall might be the overriding deny, the default is not judged.
      ...group.undecided ? {} : { platformDefault: gcpImpliedEgress(anchor) },
      related: group.network.module.callChain
    };
  }
  const first = group.firstFirewall;
  if (!first || group.rules.length === 0 || group.reference === void 0) return void 0;
  const firewall = firewallBase(
    "terraform",
    "gcp",
    "gcp-network",
    declaredByOf(first),
    first.module.callChain
  );
  return {
    ...outsideNetwork(firewall, NETWORK, group.reference),
    egressDeclared: "rules",
    rules: group.rules
  };
}
function extractGcpFirewalls(instances, log) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const network2 of instances) {
    if (network2.type !== NETWORK) continue;
    const group = { network: network2, rules: [] };
    groups.push(group);
    byKey.set(network2.address, group);
    const name = stringFrom(network2.body.attr("name"));
    if (name !== void 0) byKey.set(`name:${name}`, group);
  }
  for (const firewall of instances) {
    if (firewall.type !== FIREWALL) continue;
    const reader = bodyReader(firewall.body, firewall.extent);
    const rules2 = gcpEgressRules(reader, { declaredBy: declaredByOf(firewall), unresolved: log.entries });
    const { address, reference } = networkOf(firewall);
    let group = (address ? byKey.get(address) : void 0) ?? byKey.get(`name:${networkName(reference)}`);
    if (!group) {
      group = { reference, rules: [], firstFirewall: firewall };
      groups.push(group);
      byKey.set(`name:${networkName(reference)}`, group);
    }
    group.rules.push(...rules2);
    group.undecided ||= reader.get("direction")?.kind === "unknown";
  }
  return groups.map(networkFirewall).filter((f) => f !== void 0);
}

// src/providers/host/terraform-user-data.ts
var USER_DATA = {
  aws_instance: ["user_data", "user_data_base64"],
  aws_launch_template: ["user_data"],
  aws_launch_configuration: ["user_data", "user_data_base64"],
  google_compute_instance: ["metadata_startup_script", "metadata.startup-script", "metadata.user-data"],
  google_compute_instance_template: [
    "metadata_startup_script",
    "metadata.startup-script",
    "metadata.user-data"
  ],
  azurerm_linux_virtual_machine: ["custom_data", "user_data"],
  azurerm_linux_virtual_machine_scale_set: ["custom_data", "user_data"]
};
var USER_DATA_TYPES = new Set(Object.keys(USER_DATA));
function placeholder(placeholders, written) {
  const name = `$__tf_${placeholders.size + 1}`;
  placeholders.set(name, written);
  return name;
}
function templateText(expr, scope) {
  const placeholders = /* @__PURE__ */ new Map();
  let text = "";
  for (const part of expr.parts) {
    if ("kind" in part && part.kind === "text") text += part.value;
    else {
      const value = asString(evaluate(part, scope));
      text += value ?? placeholder(placeholders, `\${${exprText(scope.file, part)}}`);
    }
  }
  const first = expr.parts[0] ?? expr;
  const at = toLocation(scope.file, first);
  return { text, origin: { file: at.file, line: at.line, column: at.column - 1 }, placeholders };
}
function fileText(call2, scope, project) {
  const path = asString(evaluate(call2.args[0], scope));
  if (path === void 0) return void 0;
  const normal = path.startsWith("/") ? void 0 : joinPath(scope.module.files?.rootDir ?? "", path);
  const raw = normal === void 0 ? void 0 : project.read(normal);
  if (raw === void 0 || normal === void 0) return void 0;
  const placeholders = /* @__PURE__ */ new Map();
  if (call2.name === "file") return { text: raw, origin: { file: normal, line: 1, column: 0 }, placeholders };
  const vars = call2.args[1] ? evaluate(call2.args[1], scope) : void 0;
  const text = raw.replace(
    /\$\$\{|%%\{|\$\{\s*([A-Za-z_]\w*)\s*\}|[$%]\{[^}\n]*\}/g,
    (whole, name) => {
      if (whole === "$${") return "${";
      if (whole === "%%{") return "%{";
      const value = name && vars?.t === "object" ? vars.attrs.get(name) : void 0;
      return (value && asString(value)) ?? placeholder(placeholders, whole);
    }
  );
  return { text, origin: { file: normal, line: 1, column: 0 }, placeholders };
}
var PASS_THROUGH = /* @__PURE__ */ new Set(["base64encode", "base64gzip", "trimspace", "chomp"]);
function scriptOf(expr, scope, project) {
  if (expr.kind === "paren") return scriptOf(expr.expr, scope, project);
  if (expr.kind === "template") return templateText(expr, scope);
  if (expr.kind === "call" && PASS_THROUGH.has(expr.name) && expr.args[0])
    return scriptOf(expr.args[0], scope, project);
  if (expr.kind === "call" && (expr.name === "file" || expr.name === "templatefile") && expr.args[0])
    return fileText(expr, scope, project);
  const value = asString(evaluate(expr, scope));
  if (value === void 0) return void 0;
  const at = toLocation(scope.file, expr);
  return {
    text: value,
    origin: { file: at.file, line: at.line, column: at.column - 1 },
    placeholders: /* @__PURE__ */ new Map()
  };
}
function attributeExpr(instance, path) {
  const [name, key] = path.split(".");
  const expr = instance.body.attrExpr(name);
  if (!key || !expr) return key ? void 0 : expr;
  if (expr.kind !== "object") return void 0;
  const item = expr.items.find((i) => asString(evaluate(i.key, instance.body.scope)) === key);
  return item?.value;
}
function userDataFirewalls(instances, project, unresolved, diagnostics) {
  const out = [];
  for (const instance of instances) {
    for (const path of USER_DATA[instance.type] ?? []) {
      const expr = attributeExpr(instance, path);
      if (!expr) continue;
      const script = scriptOf(expr, instance.body.scope, project);
      if (!script || !/\b(ufw|ip6?tables)\b/.test(script.text)) continue;
      const host3 = new HostFirewalls();
      if (looksLikeCloudConfig(script.text)) {
        const applyCloudConfig = loadedCloudConfigReader();
        if (!applyCloudConfig) {
          unresolved.push({
            location: toLocation(instance.body.scope.file, expr),
            expression: `${instance.address}.${path}`,
            reason: "cloud-config user data: the YAML support was not loaded"
          });
          continue;
        }
        const errors = applyCloudConfig(
          host3,
          script.text,
          script.origin.file,
          script.origin,
          script.placeholders
        );
        if (script.placeholders.size === 0) diagnostics.push(...errors);
        else
          unresolved.push(
            ...errors.map((e) => ({
              location: e.location,
              expression: `${instance.address}.${path}`,
              reason: `cloud-config user data with template expressions that are not resolved: ${e.message}`
            }))
          );
      } else if (!hasShellShebang(script.text) && /^#!/.test(script.text))
        continue;
      else host3.script(script.text, script.origin, script.placeholders);
      unresolved.push(...host3.unresolved);
      out.push(
        ...host3.userDataFirewalls(instance.address, {
          location: instance.location,
          description: `${instance.type} ${instance.address}`
        })
      );
    }
  }
  return out;
}

// src/formats/terraform/analyzer.ts
var EXTRACTORS = [
  [AWS_SG_TYPES, extractAwsSecurityGroups],
  [AWS_NACL_TYPES, extractAwsNetworkAcls],
  [AZURE_NSG_TYPES, extractAzureNsgs],
  [GCP_FIREWALL_TYPES, extractGcpFirewalls]
];
function dedupeUnresolved(entries2) {
  const seen = /* @__PURE__ */ new Set();
  return entries2.filter((u) => {
    const key = `${u.location.file}:${u.location.line}:${u.location.column}:${u.expression}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var terraformAnalyzer = {
  id: "terraform",
  claims: (file) => isTerraformFile(file.path) || isVarFile(file.path),
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
    const hostUnresolved = [];
    const hostDiagnostics = [];
    const varsDeclared = /* @__PURE__ */ new Set();
    const internalErrors = [];
    for (let root = project.roots.shift(); root; root = project.roots.shift()) {
      for (const name of Object.keys(options.terraformVars))
        if (root.config.variables.has(name)) varsDeclared.add(name);
      const instance = root;
      const extractors = [
        ...EXTRACTORS.map(([types, extract]) => [
          [...types].join(", "),
          () => extract([...resourcesOf(instance, types)], log)
        ]),
        // Host firewalls (ufw, iptables) that instances' user data sets up.
        [
          "the host firewalls in instances' user data",
          () => userDataFirewalls(
            resourcesOf(instance, USER_DATA_TYPES),
            options.project,
            hostUnresolved,
            hostDiagnostics
          )
        ]
      ];
      const rootFirewalls = [];
      for (const [what, extract] of extractors) {
        try {
          rootFirewalls.push(...extract());
        } catch (error) {
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
        ...hostDiagnostics
      ],
      unresolved: dedupeUnresolved([...project.unresolved, ...log.entries, ...hostUnresolved])
    };
  }
};

// src/formats/json/document.ts
function docString(node) {
  return node?.type === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function docStrings(node) {
  if (node?.type !== "array") return [];
  return node.items.flatMap((item) => docString(item) ?? []);
}
function parseJsonFile(file) {
  const parsed2 = parseJson(file.text);
  if (parsed2.root) return { root: parsed2.root };
  const [first, ...more] = parsed2.errors;
  const extra = more.length > 0 ? ` (and ${more.length} more error${more.length > 1 ? "s" : ""})` : "";
  return {
    diagnostic: {
      level: "error",
      location: { file: file.path, line: first?.line ?? 1, column: first?.column ?? 1 },
      message: `${first?.message ?? "empty JSON document"}${extra}`
    }
  };
}
function analyzeJsonFiles(analyzer, files, analyzeOne) {
  const result = { firewalls: [], diagnostics: [], unresolved: [] };
  for (const file of files) {
    const parsed2 = parseJsonFile(file);
    if ("diagnostic" in parsed2) {
      result.diagnostics.push(parsed2.diagnostic);
      continue;
    }
    try {
      analyzeOne(file, parsed2.root, result);
    } catch (error) {
      result.diagnostics.push(internalError(file.path, error, `the ${analyzer} analyser failed on it`));
    }
  }
  return result;
}

// src/formats/pulumi/state.ts
function looksLikePulumiState(text) {
  const head = text.slice(0, 4096);
  return /^\s*\{/.test(head) && /"version"\s*:/.test(head) && /"(deployment|checkpoint)"\s*:\s*\{/.test(head);
}
function stateResources(root) {
  const deployment = get(root, "deployment") ?? get(get(root, "checkpoint"), "latest");
  if (get(root, "checkpoint") && deployment?.type === "scalar" && deployment.value === null)
    return { resources: [] };
  if (deployment?.type !== "object") return { notState: "no `deployment` (or `checkpoint.latest`) object" };
  const list2 = get(deployment, "resources");
  if (list2 === void 0 || list2.type === "scalar" && list2.value === null) return { resources: [] };
  if (list2.type !== "array") return { notState: "`resources` is not a list" };
  const resources = [];
  for (const node of list2.items) {
    const urn = docString(get(node, "urn"));
    const type = docString(get(node, "type"));
    if (!urn || !type) continue;
    const flag = (key) => {
      const v = get(node, key);
      return v?.type === "scalar" && v.value === true;
    };
    if (flag("delete") || !flag("custom")) continue;
    resources.push({
      node,
      urn,
      type,
      id: docString(get(node, "id")),
      inputs: get(node, "inputs"),
      outputs: get(node, "outputs"),
      propertyDependencies: get(node, "propertyDependencies"),
      sourcePosition: docString(get(node, "sourcePosition")),
      external: flag("external")
    });
  }
  return { resources };
}
function parseUrn(urn) {
  const parts = urn.split("::");
  if (parts.length < 4 || !parts[0].startsWith("urn:pulumi:")) return void 0;
  const qualified = parts[2];
  return {
    project: parts[1],
    type: qualified.slice(qualified.lastIndexOf("$") + 1),
    name: parts.slice(3).join("::")
  };
}
function displayNameOf(resource) {
  const parsed2 = parseUrn(resource.urn);
  return parsed2 ? `${parsed2.type} ${parsed2.name}` : resource.urn;
}

// src/formats/pulumi/resource-view.ts
var SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";
var UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
function pulumiUnknown(node) {
  if (node.type === "scalar") {
    if (node.value === SECRET_SIGNATURE)
      return { expression: "[secret]", reason: "a Pulumi secret: its value is encrypted in the state" };
    if (node.value === UNKNOWN_VALUE)
      return {
        expression: "[unknown]",
        reason: "Pulumi had not computed the value when the state was written"
      };
    return void 0;
  }
  if (node.type === "object" && node.entries.some((e) => e.key === SECRET_SIGNATURE)) {
    return { expression: "[secret]", reason: "a Pulumi secret: its value is encrypted in the state" };
  }
  return void 0;
}
function resourceView(resource, file, program) {
  const stateEntry = locationIn(file, resource.node.loc);
  const place = placeIn(file, program, `Pulumi state of ${resource.urn}`);
  const options = { place, naming: "camel", unknownOf: pulumiUnknown };
  const readerOf = (node) => node?.type === "object" && !pulumiUnknown(node) ? docReader(node, options) : void 0;
  const displayName = displayNameOf(resource);
  const location = program ?? stateEntry;
  return {
    resource,
    related: program ? [{ location: stateEntry, description: `Pulumi state entry of ${resource.urn}` }] : [],
    declaredBy: { id: resource.urn, resourceType: resource.type, displayName, location },
    inputs: readerOf(resource.inputs),
    // Empty outputs: the resource is not created yet (a failed or pending create), so its inputs are what counts.
    outputs: resource.outputs?.type === "object" && resource.outputs.entries.length === 0 ? void 0 : readerOf(resource.outputs),
    dependencies(property) {
      return docStrings(get(resource.propertyDependencies, camelCase(property)));
    }
  };
}
function liveOrDeclared(view) {
  return view.outputs ?? view.inputs;
}

// src/providers/aws/pulumi.ts
var CLASSIC_GROUP = "aws:ec2/securityGroup:SecurityGroup";
var NATIVE_GROUP = "aws-native:ec2:SecurityGroup";
var GROUP_EGRESS = /* @__PURE__ */ new Map([
  [CLASSIC_GROUP, "egress"],
  [NATIVE_GROUP, "security_group_egress"]
]);
var RULE_GROUP = /* @__PURE__ */ new Map([
  ["aws:ec2/securityGroupRule:SecurityGroupRule", "security_group_id"],
  ["aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "security_group_id"],
  ["aws-native:ec2:SecurityGroupEgress", "group_id"]
]);
var PULUMI_AWS_TYPES = /* @__PURE__ */ new Set([...GROUP_EGRESS.keys(), ...RULE_GROUP.keys()]);
function baseOf(view) {
  return firewallBase("pulumi", "aws", "aws-security-group", view.declaredBy, view.related);
}
function groupKeys(view) {
  return nonEmptyStrings([
    view.resource.id,
    stringOf(view.outputs?.get("id")),
    stringOf(view.outputs?.get("group_id")),
    view.resource.urn
  ]);
}
function egressRules(reader, field, view, selfRef, unresolved) {
  const value = reader?.get(field);
  if (!value) return void 0;
  const rules2 = [];
  for (const element of elementsOf(value)) {
    if (element.kind === "object")
      rules2.push(awsEgressRule(element.fields, { declaredBy: view.declaredBy, selfRef, unresolved }));
    else if (element.kind === "unknown") unresolved.push(unresolvedOf(element));
  }
  return rules2;
}
function groupParts(view, unresolved) {
  const field = GROUP_EGRESS.get(view.resource.type) ?? "egress";
  const selfRef = view.resource.id ?? view.resource.urn;
  const live = egressRules(view.outputs, field, view, selfRef, unresolved);
  let declared = egressRules(view.inputs, field, view, selfRef, live ? [] : unresolved);
  if (view.resource.type === NATIVE_GROUP && declared?.length === 0) declared = void 0;
  const base = baseOf(view);
  return {
    firewall: base,
    keys: groupKeys(view),
    declared,
    live,
    defaultWhenUndeclared: view.resource.type === NATIVE_GROUP ? awsDefaultEgress(base) : void 0
  };
}
function standaloneParts(view, orphanOf, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  if (view.resource.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && stringOf(reader.get("type")) !== "egress")
    return void 0;
  const field = RULE_GROUP.get(view.resource.type) ?? "security_group_id";
  const groupId = stringOf(reader.get(field));
  const keys = nonEmptyStrings([groupId, ...view.dependencies(field)]);
  const rule = awsEgressRule(reader, {
    declaredBy: view.declaredBy,
    selfRef: keys[0] ?? view.resource.urn,
    unresolved
  });
  const external = keys.map((k) => orphanOf.get(k)).find((o) => o !== void 0);
  const orphan = external ?? {
    ...baseOf(view),
    id: groupId ?? view.resource.urn,
    displayName: groupId ? `security group ${groupId}` : view.declaredBy.displayName
  };
  return { groupKeys: keys, rule, orphan };
}
function awsFirewalls(views, unresolved) {
  const groups = [];
  const externalGroups = /* @__PURE__ */ new Map();
  for (const view of views) {
    if (!GROUP_EGRESS.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of groupKeys(view)) externalGroups.set(key, baseOf(view));
    else groups.push(groupParts(view, unresolved));
  }
  const standalone = [];
  for (const view of views) {
    if (!RULE_GROUP.has(view.resource.type)) continue;
    const parts = standaloneParts(view, externalGroups, unresolved);
    if (parts) standalone.push(parts);
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/providers/azure/pulumi.ts
var NSG_NAME = /* @__PURE__ */ new Map([
  ["azure-native:network:NetworkSecurityGroup", "network_security_group_name"],
  ["azure:network/networkSecurityGroup:NetworkSecurityGroup", "name"]
]);
var RULE_NAME = /* @__PURE__ */ new Map([
  ["azure-native:network:SecurityRule", "security_rule_name"],
  ["azure:network/networkSecurityRule:NetworkSecurityRule", "name"]
]);
var PULUMI_AZURE_TYPES = /* @__PURE__ */ new Set([...NSG_NAME.keys(), ...RULE_NAME.keys()]);
function nsgKey(resourceGroup, name) {
  return resourceGroup && name ? `${resourceGroup}/${name}`.toLowerCase() : void 0;
}
function stringIn(view, field) {
  return stringOf(view.outputs?.get(field)) ?? stringOf(view.inputs?.get(field));
}
function baseOf2(view) {
  return firewallBase("pulumi", "azure", "azure-nsg", view.declaredBy, view.related);
}
function nsgKeys(view) {
  const name = stringIn(view, "name") ?? stringIn(view, NSG_NAME.get(view.resource.type) ?? "name");
  const id = (stringIn(view, "id") ?? view.resource.id)?.toLowerCase();
  return nonEmptyStrings([view.resource.urn, nsgKey(stringIn(view, "resource_group_name"), name), id]);
}
function nsgParts2(view, unresolved) {
  const context = (sink) => ({ declaredBy: view.declaredBy, unresolved: sink });
  const live = inlineAzureRules(view.outputs?.get("security_rules"), context(unresolved));
  const declared = inlineAzureRules(view.inputs?.get("security_rules"), context(live ? [] : unresolved));
  return { firewall: baseOf2(view), keys: nsgKeys(view), declared, live };
}
function ruleParts(view, external, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  const nsgName = stringIn(view, "network_security_group_name");
  const nsgId = (stringIn(view, "id") ?? view.resource.id)?.toLowerCase().replace(/\/securityrules\/[^/]+$/, "");
  const byName = nsgKey(stringIn(view, "resource_group_name"), nsgName);
  const groupKeys2 = nonEmptyStrings([...view.dependencies("network_security_group_name"), byName, nsgId]);
  const name = stringIn(view, RULE_NAME.get(view.resource.type) ?? "name") ?? view.resource.urn;
  const readNsg = groupKeys2.map((k) => external.get(k)).find((v) => v !== void 0);
  const orphanId = byName ?? nsgId ?? view.resource.urn;
  return {
    groupKeys: groupKeys2,
    name: name.toLowerCase(),
    rules: azureOutboundRules(reader, { declaredBy: view.declaredBy, unresolved, name }),
    undecided: undecidedRule(reader),
    orphan: readNsg ? baseOf2(readNsg) : {
      ...baseOf2(view),
      id: orphanId,
      displayName: nsgName ? `network security group ${nsgName}` : view.declaredBy.displayName
    }
  };
}
function azureFirewalls(views, unresolved) {
  const nsgs = [];
  const external = /* @__PURE__ */ new Map();
  for (const view of views) {
    if (!NSG_NAME.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of nsgKeys(view)) external.set(key, view);
    else nsgs.push(nsgParts2(view, unresolved));
  }
  const rules2 = [];
  for (const view of views) {
    if (!RULE_NAME.has(view.resource.type)) continue;
    const parts = ruleParts(view, external, unresolved);
    if (parts) rules2.push(parts);
  }
  return assembleNsgs(nsgs, rules2);
}

// src/providers/gcp/pulumi.ts
var FIREWALL2 = "gcp:compute/firewall:Firewall";
var NETWORK2 = "gcp:compute/network:Network";
var PULUMI_GCP_TYPES = /* @__PURE__ */ new Set([FIREWALL2, NETWORK2]);
function baseOf3(view) {
  return firewallBase("pulumi", "gcp", "gcp-network", view.declaredBy, view.related);
}
function networkParts(view) {
  const names = [stringOf(view.outputs?.get("self_link")), stringOf(liveOrDeclared(view)?.get("name"))];
  return {
    firewall: baseOf3(view),
    keys: [view.resource.urn, ...names.flatMap((n) => n ? [networkName(n)] : [])]
  };
}
function firewallParts(view, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  const reference = stringOf(reader.get("network")) ?? "(network not set)";
  return {
    networkKeys: [...view.dependencies("network"), networkName(reference)],
    reference,
    rules: gcpEgressRules(reader, { declaredBy: view.declaredBy, unresolved }),
    undecided: reader.get("direction")?.kind === "unknown",
    orphan: outsideNetwork(baseOf3(view), NETWORK2, reference)
  };
}
function gcpFirewalls(views, unresolved) {
  const networks = views.filter((v) => v.resource.type === NETWORK2 && !v.resource.external).map(networkParts);
  const firewalls = views.filter((v) => v.resource.type === FIREWALL2).flatMap((v) => firewallParts(v, unresolved) ?? []);
  return assembleGcpNetworks(networks, firewalls);
}

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
var FIREWALL_TYPES = /* @__PURE__ */ new Set([...PULUMI_AWS_TYPES, ...PULUMI_AZURE_TYPES, ...PULUMI_GCP_TYPES]);
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
    result.firewalls.push(
      ...awsFirewalls(views, result.unresolved),
      ...azureFirewalls(views, result.unresolved),
      ...gcpFirewalls(views, result.unresolved)
    );
  })
};

// src/formats/terraform-plan/index.ts
import { posix as posix4 } from "node:path";

// src/formats/terraform-plan/addresses.ts
function readKey(text, pos) {
  if (text[pos] !== "[") return ["", pos];
  let i = pos + 1;
  let inString = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "]") break;
  }
  return [text.slice(pos, i + 1), i + 1];
}
var NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
function readName(text, pos) {
  NAME.lastIndex = pos;
  const m = NAME.exec(text);
  return m ? [m[0], pos + m[0].length] : void 0;
}
function parseAddress(address) {
  const modules = [];
  let pos = 0;
  while (address.startsWith("module.", pos)) {
    const name2 = readName(address, pos + "module.".length);
    if (!name2) return void 0;
    const [key2, next] = readKey(address, name2[1]);
    if (address[next] !== ".") return void 0;
    modules.push({ name: name2[0], key: key2 });
    pos = next + 1;
  }
  const type = readName(address, pos);
  if (!type || type[0] === "data" || address[type[1]] !== ".") return void 0;
  const name = readName(address, type[1] + 1);
  if (!name) return void 0;
  const [key, end] = readKey(address, name[1]);
  if (end !== address.length) return void 0;
  return { modules, type: type[0], name: name[0], key };
}
function modulePrefix(modules) {
  return modules.map((m) => `module.${m}.`).join("");
}
function staticAddress(address) {
  return `${modulePrefix(address.modules.map((m) => m.name))}${address.type}.${address.name}`;
}
function moduleInstance(address) {
  return address.modules.map((m) => `module.${m.name}${m.key}.`).join("");
}

// src/formats/terraform-plan/resource-view.ts
var GROUP_REFERENCES = /* @__PURE__ */ new Set([
  "security_group_id",
  "security_groups",
  "source_security_group_id",
  "referenced_security_group_id"
]);
var GROUP_TYPES2 = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
function typeOf(address) {
  const parts = address.split(".");
  return parts[parts.length - 2] ?? "";
}
function planView(resource, file, declaration, configuration) {
  const modulePath = resource.parsed.modules.map((m) => m.name);
  const place = placeIn(file, declaration, `planned value of ${resource.address}`);
  const planned = docReader(resource.values, { place, naming: "snake" }, [
    {
      tree: resource.sensitive,
      expression: "(sensitive value)",
      reason: "the plan marks the value sensitive"
    },
    {
      tree: resource.afterUnknown,
      expression: "(known after apply)",
      reason: "the value is known only after apply"
    }
  ]);
  const location = declaration ?? locationIn(file, resource.node.loc);
  const { type, name } = resource.parsed;
  const referencesOf = (attribute) => configuration.references(modulePath, type, name, attribute);
  const referencedResources = (attribute, types) => [
    ...new Set(
      referencesOf(attribute).flatMap((r) => configuration.resolveResources(modulePath, r)).filter((address) => types.has(typeOf(address)))
    )
  ];
  const values = {
    at: planned.at,
    get(attribute) {
      const value = planned.get(attribute);
      if (value?.kind !== "unknown") return value;
      const references = referencesOf(attribute);
      if (references.length === 0) return value;
      if (GROUP_REFERENCES.has(attribute)) {
        const groups = referencedResources(attribute, GROUP_TYPES2);
        if (groups.length > 0) {
          const items = groups.map((g) => ({ kind: "scalar", value: g, at: value.at }));
          return { kind: "list", items, at: value.at };
        }
      }
      return { ...value, expression: references[0] };
    }
  };
  return {
    resource,
    related: declaration ? [{ location: locationIn(file, resource.node.loc), description: `${resource.address} in the plan` }] : [],
    declaredBy: {
      id: resource.address,
      resourceType: type,
      displayName: resource.address,
      location,
      variant: addressVariant(resource.address)
    },
    values,
    referencedResources
  };
}

// src/providers/aws/plan.ts
var RULE_TYPES = /* @__PURE__ */ new Set(["aws_security_group_rule", "aws_vpc_security_group_egress_rule"]);
var PLAN_AWS_TYPES = /* @__PURE__ */ new Set([...GROUP_TYPES2, ...RULE_TYPES]);
function baseOf4(view) {
  return firewallBase("terraform-plan", "aws", "aws-security-group", view.declaredBy, view.related);
}
function groupParts2(view, unresolved) {
  const { address, parsed: parsed2, live } = view.resource;
  const egress = view.values.get("egress");
  const rules2 = egress && egress.kind !== "unknown" ? elementsOf(egress).flatMap((e) => {
    if (e.kind === "unknown") unresolved.push(unresolvedOf(e));
    return e.kind === "object" ? [awsEgressRule(e.fields, { declaredBy: view.declaredBy, selfRef: address, unresolved })] : [];
  }) : void 0;
  const id = stringOf(view.values.get("id"));
  return {
    firewall: baseOf4(view),
    keys: [address, staticAddress(parsed2), ...id ? [id] : []],
    declared: rules2,
    // Only a group being created shows exactly what is declared; an existing one shows its live rules.
    live: live ? rules2 : void 0
  };
}
function groupKeysOf(view) {
  const { parsed: parsed2 } = view.resource;
  const keys = [];
  const staticModule = staticAddress(parsed2).slice(0, -`${parsed2.type}.${parsed2.name}`.length);
  for (const element of elementsOf(view.values.get("security_group_id"))) {
    const ref = stringOf(element);
    if (!ref) continue;
    const local = ref.startsWith(staticModule) ? ref.slice(staticModule.length) : void 0;
    if (local !== void 0 && !local.startsWith("module.")) {
      keys.push(`${moduleInstance(parsed2)}${local}${parsed2.key}`, `${moduleInstance(parsed2)}${local}`);
    }
    keys.push(ref);
  }
  return keys;
}
function standaloneParts2(view, unresolved) {
  const { parsed: parsed2, address } = view.resource;
  if (parsed2.type === "aws_security_group_rule" && stringOf(view.values.get("type")) !== "egress")
    return void 0;
  const keys = groupKeysOf(view);
  const group = keys[keys.length - 1];
  const rule = awsEgressRule(view.values, {
    declaredBy: view.declaredBy,
    selfRef: group ?? address,
    unresolved
  });
  const orphan = {
    ...baseOf4(view),
    id: group ?? address,
    displayName: group ? `security group ${group}` : address
  };
  return { groupKeys: keys, rule, orphan };
}
function planAwsFirewalls(views, unresolved) {
  const groups = [];
  const standalone = [];
  for (const view of views) {
    const type = view.resource.parsed.type;
    if (GROUP_TYPES2.has(type)) groups.push(groupParts2(view, unresolved));
    else if (RULE_TYPES.has(type)) {
      const parts = standaloneParts2(view, unresolved);
      if (parts) standalone.push(parts);
    }
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/providers/azure/plan.ts
var NSG2 = "azurerm_network_security_group";
var RULE3 = "azurerm_network_security_rule";
var NSG_TYPES = /* @__PURE__ */ new Set([NSG2]);
var PLAN_AZURE_TYPES = /* @__PURE__ */ new Set([NSG2, RULE3]);
function baseOf5(view) {
  return firewallBase("terraform-plan", "azure", "azure-nsg", view.declaredBy, view.related);
}
function nsgParts3(view, unresolved) {
  const { values, resource } = view;
  const value = values.get("security_rule");
  const inline = value?.kind === "unknown" ? void 0 : inlineAzureRules(value, { declaredBy: view.declaredBy, unresolved });
  return {
    firewall: baseOf5(view),
    keys: nonEmptyStrings([
      resource.address,
      staticAddress(resource.parsed),
      nsgNameKey(stringOf(values.get("resource_group_name")), stringOf(values.get("name"))),
      stringOf(values.get("id"))?.toLowerCase()
    ]),
    declared: inline,
    live: resource.live ? inline : void 0
  };
}
function ruleParts2(view, unresolved) {
  const { values } = view;
  const nsgName = stringOf(values.get("network_security_group_name"));
  const name = stringOf(values.get("name")) ?? view.resource.address;
  const orphanId = nsgName !== void 0 ? `network security group ${nsgName}` : view.resource.address;
  return {
    groupKeys: nonEmptyStrings([
      ...view.referencedResources("network_security_group_name", NSG_TYPES),
      nsgNameKey(stringOf(values.get("resource_group_name")), nsgName)
    ]),
    name: name.toLowerCase(),
    rules: azureOutboundRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: undecidedRule(values),
    orphan: { ...baseOf5(view), id: orphanId, displayName: orphanId }
  };
}
function planAzureFirewalls(views, unresolved) {
  const nsgs = views.filter((v) => v.resource.parsed.type === NSG2).map((v) => nsgParts3(v, unresolved));
  const rules2 = views.filter((v) => v.resource.parsed.type === RULE3).map((v) => ruleParts2(v, unresolved));
  return assembleNsgs(nsgs, rules2);
}

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
    const call2 = get(get(this.module(path.slice(0, -1)), "module_calls"), path[path.length - 1]);
    return docString(get(call2, "source"));
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
      const call2 = parts[1].replace(/\[.*$/, "");
      const output = get(
        get(get(this.module([...path, call2]), "outputs"), parts[2].replace(/\[.*$/, "")),
        "expression"
      );
      return docStrings(get(output, "references")).flatMap(
        (r) => this.resolveResources([...path, call2], r, hops + 1)
      );
    }
    if (root === "var" && parts.length >= 2 && path.length > 0) {
      const parent = path.slice(0, -1);
      const call2 = get(get(this.module(parent), "module_calls"), path[path.length - 1]);
      const input = get(get(call2, "expressions"), parts[1].replace(/\[.*$/, ""));
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

// src/providers/gcp/plan.ts
var FIREWALL3 = "google_compute_firewall";
var NETWORK3 = "google_compute_network";
var NETWORK_TYPES = /* @__PURE__ */ new Set([NETWORK3]);
var PLAN_GCP_TYPES = /* @__PURE__ */ new Set([FIREWALL3, NETWORK3]);
function baseOf6(view) {
  return firewallBase("terraform-plan", "gcp", "gcp-network", view.declaredBy, view.related);
}
function networkParts2(view) {
  const { resource, values } = view;
  const names = [stringOf(values.get("name")), stringOf(values.get("self_link"))];
  return {
    firewall: baseOf6(view),
    keys: [
      resource.address,
      staticAddress(resource.parsed),
      ...names.flatMap((n) => n ? [networkName(n)] : [])
    ]
  };
}
function firewallParts2(view, unresolved) {
  const { values } = view;
  const network2 = values.get("network");
  const reference = (network2?.kind === "unknown" ? network2.expression : stringOf(network2)) ?? "(network not set)";
  return {
    networkKeys: [...view.referencedResources("network", NETWORK_TYPES), networkName(reference)],
    reference,
    rules: gcpEgressRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: values.get("direction")?.kind === "unknown",
    orphan: outsideNetwork(baseOf6(view), NETWORK3, reference)
  };
}
function planGcpFirewalls(views, unresolved) {
  const networks = views.filter((v) => v.resource.parsed.type === NETWORK3).map(networkParts2);
  const firewalls = views.filter((v) => v.resource.parsed.type === FIREWALL3).map((v) => firewallParts2(v, unresolved));
  return assembleGcpNetworks(networks, firewalls);
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
      const index2 = lineIndex(text);
      for (const m of text.matchAll(RESOURCE_HEADER)) {
        const key = `${m[2]}.${m[3]}`;
        const at = index2.position(m.index + m[0].indexOf(m[1]));
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
var FIREWALL_TYPES2 = /* @__PURE__ */ new Set([...PLAN_AWS_TYPES, ...PLAN_AZURE_TYPES, ...PLAN_GCP_TYPES]);
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
    result.firewalls.push(
      ...planAwsFirewalls(views, result.unresolved),
      ...planAzureFirewalls(views, result.unresolved),
      ...planGcpFirewalls(views, result.unresolved)
    );
  })
};

// src/engine/analyzers.ts
var cloudformation;
var host2;
function loadedCloudFormation() {
  if (!cloudformation)
    throw new Error("CloudFormation support was not loaded (prepareAnalyzers) before linting");
  return cloudformation;
}
async function prepareAnalyzers(paths) {
  if (!cloudformation && paths.some(mayBeTemplate))
    cloudformation = (await import("./cloudformation-NIOKARQK.js")).cloudformationAnalyzer;
  if (!host2 && paths.some(mayBeHostFile)) {
    host2 = (await import("./host-FQ6JTQ2O.js")).hostAnalyzer;
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
      if (!host2) throw new Error("host firewall support was not loaded (prepareAnalyzers) before linting");
      return host2.analyze(files, options);
    }
  }
];

// src/engine/pool.ts
import { closeSync as closeSync2, constants as fsConstants2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2, statSync as statSync2 } from "node:fs";
import { availableParallelism, totalmem } from "node:os";

// src/engine/variants.ts
var NAME_SLOT = "\0";
var SHOWN = 3;
function variantOf2(input) {
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
  return [f.ruleId, f.level, f.fingerprint, f.variants?.template ?? ""].join("\0");
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
    for (const f of group)
      for (const i of f.variants.instances)
        if (!instances.some(
          (j) => j.address === i.address && j.root === i.root && j.firewallId === i.firewallId
        ))
          instances.push(i);
    const firstVariants = first.variants;
    const own = first.related.slice(0, firstVariants.own ?? first.related.length);
    const seen = new Set(own.map(locationText));
    const others = /* @__PURE__ */ new Map();
    for (const f of group)
      for (const o of f.related) if (!seen.has(locationText(o))) others.set(locationText(o), o);
    const { template: template2 } = firstVariants;
    out.push({
      ...first,
      message: template2.split(NAME_SLOT).join(instancesName(instances)),
      related: [...own, ...[...others.keys()].sort(compareText).map((k) => others.get(k))],
      variants: { template: template2, instances, own: own.length }
    });
  }
  return out;
}

// src/engine/lint.ts
import { createHash as createHash2 } from "node:crypto";

// src/config/overrides.ts
import { dirname as dirname3, isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";
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
  const dir = relative2(root, dirname3(config.path)).split(sep2).join("/");
  if (dir === "" || dir.startsWith("..") || isAbsolute2(dir)) return config;
  const rebase = (glob) => {
    const bare = glob.replace(/^\.?\//, "");
    return bare.includes("/") ? `${dir}/${bare}` : `${dir}/**/${bare}`;
  };
  return { ...config, overrides: config.overrides.map((o) => ({ ...o, files: o.files.map(rebase) })) };
}

// src/config/set.ts
import { posix as posix5 } from "node:path";
function singleConfig(config = DEFAULT_CONFIG) {
  return { byDir: {}, fallback: config };
}
function configOf(set, file) {
  if (file.startsWith("/") || file.startsWith("../")) return set.fallback;
  for (let dir = posix5.dirname(file); ; dir = posix5.dirname(dir)) {
    const key = dir === "." ? "" : dir;
    const found = set.byDir[key];
    if (found) return found;
    if (key === "" || key === "/") return set.fallback;
  }
}
function allConfigs(set) {
  return [set.fallback, ...Object.values(set.byDir)];
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
  let depth2 = 0;
  let quote;
  const code = codeOf(line);
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"') quote = c;
    else if (c === "{" || c === "[" || c === "(") depth2++;
    else if (c === "}" || c === "]" || c === ")") depth2--;
  }
  return depth2;
}
var HEREDOC = /<<-?\s*"?(\w+)"?\s*$/;
function blockEnd(lines, index2, indented) {
  if (indented) {
    const own = indentOf(lines[index2]);
    let last;
    for (let k = index2 + 1; k < lines.length; k++) {
      if (lines[k].trim() === "" || COMMENT_ONLY.test(lines[k])) continue;
      if (indentOf(lines[k]) <= own) break;
      last = k + 1;
    }
    return last;
  }
  let depth2 = bracketDepth(lines[index2]);
  if (depth2 <= 0) return void 0;
  for (let k = index2 + 1; k < lines.length; k++) {
    const heredoc = HEREDOC.exec(codeOf(lines[k]));
    depth2 += bracketDepth(lines[k]);
    if (heredoc) while (k + 1 < lines.length && lines[k + 1].trim() !== heredoc[1]) k++;
    if (depth2 <= 0) return k + 1;
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
      const list2 = byFile.get(directive.location.file) ?? [];
      list2.push({ directive, used: judged ? /* @__PURE__ */ new Set() : void 0 });
      byFile.set(directive.location.file, list2);
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
  return createHash2("sha256").update(`${ruleId}\0${file}\0${firewallId}\0${key}`).digest("hex").slice(0, 32);
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
    const list2 = claimed.get(analyzer) ?? [];
    list2.push(file);
    claimed.set(analyzer, list2);
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
function relaysUsed(configs, firewalls) {
  const used = [];
  for (const config of allConfigs(configs)) {
    for (const entry of config.relays) {
      const matcher = compileDestinations([entry]);
      const named = (f) => {
        const ref = f.id.slice(f.id.indexOf("//") + 1).replace(/^\//, "");
        return matcher.matches({ kind: "security-group", ref, text: ref, location: f.location, origins: [] });
      };
      const reached = (f) => f.rules.some((r) => r.destinations.some((d) => matcher.matches(d)));
      if (firewalls.some((f) => named(f) || reached(f))) used.push(`relay:${config.path ?? ""}\0${entry}`);
    }
  }
  return used;
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
  const settingsOf = /* @__PURE__ */ new Map();
  const settingsFor = (file) => {
    const config = configOf(configs, file);
    let settings = settingsOf.get(config);
    if (!settings) {
      settings = {
        relays: config.relays,
        smtpPorts: config.smtpPorts,
        allowedPublicPorts: config.allowedPublicPorts,
        allowedDestinations: config.allowedDestinations
      };
      settingsOf.set(config, settings);
    }
    return settings;
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
      settings: settingsFor(firewall.location.file),
      levelOf: (ruleId, file, reported) => levelFor(ruleId, file, reported, configOf(configs, file), cli),
      report(input) {
        const file = input.location.file;
        const level = levelFor(rule.meta.id, file, input.level, configOf(configs, file), cli);
        if (level === "off") return;
        const once = `${rule.meta.id}\0${input.location.file}\0${input.firewall.id}\0${input.key}`;
        if (seen.has(once)) return;
        seen.add(once);
        const named = variantOf2(input);
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

// src/engine/pool.ts
var POOL_MIN_FILES = 200;
var POOL_MIN_BYTES = 2 * 1024 * 1024;
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
function forced() {
  return process.env.EGRESS_LINT_POOL === "force";
}
async function lintScan(found, options) {
  await prepareAnalyzers(found.files.map((f) => f.path));
  const force = forced();
  const plan = force || found.files.length >= (options.minFiles ?? POOL_MIN_FILES) ? planUnits(found.files, {
    ...options,
    jobs: threadsFor(options.jobs),
    unitBytes: force ? 1 : void 0
  }) : void 0;
  let result;
  if (!plan || !force && plan.bytes < (options.minBytes ?? POOL_MIN_BYTES)) {
    const { files, diagnostics } = readFiles(found.files, options.maxFileSize, [
      ...found.diagnostics,
      ...options.diagnostics
    ]);
    const project = diskProject(found.root, files, options.maxFileSize);
    await prepareForContent(files, project);
    result = lintFiles(files, { ...options.lint, project, diagnostics });
  } else {
    const context = {
      root: found.root,
      maxFileSize: options.maxFileSize,
      allPaths: found.files.map((f) => f.path),
      sharedPaths: plan.shared,
      lint: { ...options.lint, terraformSeveralRoots: plan.severalRoots },
      keepFirewalls: options.keepFirewalls ?? true
    };
    const merge = new ResultMerger([...found.diagnostics, ...options.diagnostics]);
    const queue = { units: plan.units, next: 0, returned: [] };
    const parseCache = new ParseCache(context.sharedPaths);
    const big = force || plan.bytes >= (options.workerMinBytes ?? WORKER_MIN_BYTES);
    const threads = threadsFor(options.jobs);
    const script = threads > 1 && big ? workerScript() : void 0;
    const workers = script ? startWorkers(
      // Loaded only here: most scans start no worker (its module costs ~2.5 ms to load).
      (await import("node:worker_threads")).Worker,
      script,
      queue,
      context,
      Math.min(threads - 1, plan.units.length - 1),
      merge
    ) : void 0;
    do {
      for (let unit = take(queue); unit; unit = take(queue)) {
        merge.add(await lintUnit(unit, context, parseCache, plan.read));
        if (workers) await new Promise((resume) => setImmediate(resume));
      }
      await workers;
    } while (!queueEmpty(queue));
    result = merge.result();
  }
  return inCanonicalOrder(result);
}
async function lintUnit(unit, context, parseCache, preRead) {
  const files = [];
  const diagnostics = [];
  let contextRead = 0;
  for (const [refs, isContext] of [
    [unit.owned, false],
    [unit.context, true]
  ]) {
    for (const ref of refs) {
      const read = preRead?.get(ref.path) ?? readFound(ref, context.maxFileSize);
      if (!("text" in read)) diagnostics.push(read);
      else {
        files.push(read);
        if (isContext) contextRead++;
      }
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const project = { ...diskProject(context.root, files, context.maxFileSize), paths: () => context.allPaths };
  await prepareForContent(files, project);
  try {
    const result = lintFiles(files, {
      ...context.lint,
      project,
      diagnostics,
      terraformParseCache: parseCache
    });
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
    return {
      findings: [],
      diagnostics: [...diagnostics, ...failedFiles(unit, error, "while analysing it")],
      unresolved: [],
      firewalls: [],
      firewallKeys: [],
      filesScanned: 0,
      filesSkipped: 0,
      inputsUsed: []
    };
  }
}
function failedFiles(unit, error, when) {
  const others = unit.owned.length + unit.context.length - 1;
  const group = others > 0 ? ` and the ${others} other files analysed with it` : "";
  return unit.owned.map((f) => internalError(f.path, error, `${when}${group}; not analysed`));
}
var LOCAL_SOURCE = /^"?\s*[=:]\s*"(\.\.?\/[^"\r\n]*)"/;
var KEEP_READ_FILES = 2e3;
var KEEP_READ_BYTES = 8 * 1024 * 1024;
function sizeOf(ref) {
  try {
    return statSync2(ref.absPath).size;
  } catch {
    return 0;
  }
}
var UNIT_MIN_BYTES = 32 * 1024;
var UNIT_MAX_BYTES = 128 * 1024;
function planUnits(files, options) {
  const survey = surveyFiles(files, options.maxFileSize);
  const target = options.unitBytes ?? Math.min(Math.max(survey.bytes / (Math.max(options.jobs, 1) * 8), UNIT_MIN_BYTES), UNIT_MAX_BYTES);
  const { units, roots } = terraformUnits(survey.tfDirs, target);
  units.push(...batches(survey.others, target));
  const weight = (u) => u.owned.length + u.context.length;
  units.sort((a, b) => weight(b) - weight(a));
  const shared = [...new Set(units.flatMap((u) => u.context.map((f) => f.path)))];
  return { units, bytes: survey.bytes, severalRoots: roots > 1, read: survey.read, shared };
}
function surveyFiles(files, maxFileSize) {
  const survey = { tfDirs: /* @__PURE__ */ new Map(), others: [], bytes: 0, read: /* @__PURE__ */ new Map() };
  const keep = files.filter((f) => isTerraformFile(f.path)).length <= KEEP_READ_FILES;
  let readBytes = 0;
  const varFilesByDir = /* @__PURE__ */ new Map();
  for (const ref of files) {
    const dir = dirOf(ref.path);
    if (isTerraformFile(ref.path)) {
      let entry = survey.tfDirs.get(dir);
      if (!entry) survey.tfDirs.set(dir, entry = { files: [], bytes: 0, calls: /* @__PURE__ */ new Set() });
      entry.files.push(ref);
      let size;
      if (keep && readBytes <= KEEP_READ_BYTES) {
        const file = readFound(ref, maxFileSize);
        size = "text" in file ? file.text.length : 0;
        if ("text" in file) scanLocalCalls(file.text, dir, entry.calls);
        survey.read.set(ref.path, file);
        readBytes += size;
      } else {
        size = scanFileLocalCalls(ref, dir, maxFileSize, entry.calls);
      }
      entry.bytes += size;
      survey.bytes += size;
    } else if (isVarFile(ref.path)) {
      varFilesByDir.set(dir, [...varFilesByDir.get(dir) ?? [], ref]);
    } else {
      const size = sizeOf(ref);
      survey.others.push({ ref, bytes: size });
      survey.bytes += size;
    }
  }
  for (const [dir, refs] of varFilesByDir) {
    const entry = survey.tfDirs.get(dir);
    for (const ref of refs) {
      const size = sizeOf(ref);
      survey.bytes += size;
      if (entry) {
        entry.files.push(ref);
        entry.bytes += size;
      } else survey.others.push({ ref, bytes: size });
    }
  }
  return survey;
}
function terraformUnits(tfDirs, target) {
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
  for (const { dirs: closure2 } of closures) {
    for (const dir of closure2) {
      if (!dirs.has(dir)) unitBytes += tfDirs.get(dir)?.bytes ?? 0;
      dirs.add(dir);
    }
    if (unitBytes >= target) flush();
  }
  flush();
  return { units, roots: roots.length };
}
function batches(files, target) {
  const units = [];
  let batch = [];
  let batchBytes = 0;
  for (const { ref, bytes } of files) {
    batch.push(ref);
    batchBytes += bytes;
    if (batchBytes >= target) {
      units.push({ owned: batch, context: [] });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) units.push({ owned: batch, context: [] });
  return units;
}
function scanLocalCalls(text, dir, calls) {
  for (let at = text.indexOf("source"); at !== -1; at = text.indexOf("source", at + 6)) {
    if (at > 0 && isWordByte(text.charCodeAt(at - 1))) continue;
    const source = LOCAL_SOURCE.exec(text.slice(at + 6, at + 512))?.[1];
    if (source !== void 0) addLocalCall(source, dir, calls);
  }
}
function addLocalCall(source, dir, calls) {
  const target = joinPath(dir, source.replace(/\/+$/, ""));
  if (target !== void 0) calls.add(target);
}
var SOURCE = Buffer.from("source");
var scanBuffer = Buffer.alloc(256 * 1024);
function scanFileLocalCalls(ref, dir, maxFileSize, calls) {
  let fd;
  let length = 0;
  try {
    fd = openSync2(ref.absPath, fsConstants2.O_RDONLY | (fsConstants2.O_NONBLOCK ?? 0));
    const stat = fstatSync2(fd);
    if (!stat.isFile() || stat.size > maxFileSize) return 0;
    if (stat.size > scanBuffer.length) scanBuffer = Buffer.alloc(stat.size);
    for (let n = 1; n > 0 && length < stat.size; length += n)
      n = readSync2(fd, scanBuffer, length, stat.size - length, length);
  } catch {
    return 0;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
  const bytes = scanBuffer.subarray(0, length);
  for (let at = bytes.indexOf(SOURCE); at !== -1; at = bytes.indexOf(SOURCE, at + SOURCE.length)) {
    if (at > 0 && isWordByte(bytes[at - 1])) continue;
    const after = bytes.toString("latin1", at + SOURCE.length, Math.min(length, at + 512));
    const source = LOCAL_SOURCE.exec(after)?.[1];
    if (source !== void 0) addLocalCall(Buffer.from(source, "latin1").toString("utf8"), dir, calls);
  }
  return length;
}
function isWordByte(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function workerScript() {
  if (!import.meta.url.endsWith(".js")) return void 0;
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    try {
      if (statSync2(url).isFile()) return url;
    } catch {
    }
  }
  return void 0;
}
function take(queue) {
  return queue.returned.pop() ?? (queue.next < queue.units.length ? queue.units[queue.next++] : void 0);
}
function queueEmpty(queue) {
  return queue.returned.length === 0 && queue.next >= queue.units.length;
}
var WORKER_READY = "egress-lint worker ready";
function workerHeapMb(workers) {
  const forced2 = Number(process.env.EGRESS_LINT_WORKER_HEAP_MB);
  if (Number.isInteger(forced2) && forced2 > 0) return forced2;
  const share = Math.floor(totalmem() / (1024 * 1024) / (workers + 1));
  return Math.min(4096, Math.max(512, share));
}
function threadsFor(jobs) {
  return Math.max(1, Math.min(jobs, availableParallelism()));
}
var IN_FLIGHT = 2;
function startWorkers(Worker, script, queue, context, count, merge) {
  return new Promise((resolve2) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(script, {
        workerData: context,
        resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(count) }
      });
      const held = [];
      let ready = false;
      const feed = () => {
        for (let unit = held.length < IN_FLIGHT ? take(queue) : void 0; unit; unit = held.length < IN_FLIGHT ? take(queue) : void 0) {
          held.push(unit);
          worker.postMessage(unit);
        }
        if (held.length === 0) {
          void worker.terminate();
          if (--running === 0) resolve2();
        }
      };
      worker.on("message", (result) => {
        if (result === WORKER_READY) {
          ready = true;
          return;
        }
        held.shift();
        merge.add(result);
        feed();
      });
      worker.on("error", (error) => {
        running--;
        if (!ready) {
          queue.returned.push(...held.splice(0));
        } else {
          const [failed, ...waiting] = held.splice(0);
          if (failed) merge.add(failedUnit(failed, error));
          queue.returned.push(...waiting);
          if (!queueEmpty(queue)) {
            start();
            return;
          }
        }
        if (running === 0) resolve2();
      });
      running++;
      feed();
    };
    for (let i = 0; i < count; i++) start();
    if (count <= 0) resolve2();
  });
}
function failedUnit(unit, error) {
  return {
    findings: [],
    diagnostics: failedFiles(unit, error, "a worker thread stopped while analysing it"),
    unresolved: [],
    firewalls: [],
    firewallKeys: [],
    filesScanned: 0,
    filesSkipped: 0,
    inputsUsed: []
  };
}
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
  seen = /* @__PURE__ */ new Set();
  filesScanned = 0;
  filesSkipped = 0;
  inputsUsed = /* @__PURE__ */ new Set();
  constructor(diagnostics) {
    this.diagnostics = [...diagnostics];
  }
  add(unit) {
    const keys = [];
    const fresh = (items, kind, key, into) => {
      for (const item of items) {
        const k = `${kind}\0${key(item)}`;
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
      const k = `w\0${key}`;
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

export {
  MissingPathError,
  readSourceText,
  scanRoot,
  configGlobMatcher,
  findFiles,
  createBaseline,
  serializeBaseline,
  applyBaseline,
  loadBaseline,
  effectiveConfigFor,
  rebaseOverrides,
  configOf,
  allConfigs,
  ParseCache,
  prepareAnalyzers,
  lintScan,
  lintUnit,
  WORKER_READY
};
