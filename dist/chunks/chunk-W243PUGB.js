import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  hclLineIndex
} from "./chunk-LJAGTFCK.js";

// src/formats/cloud-init/detect.ts
function looksLikeCloudConfig(text) {
  return /^#cloud-config\b/.test(text);
}

// src/formats/terraform/config.ts
var lineIndexes = /* @__PURE__ */ new WeakMap();
function toLocation(file, span) {
  let lines = lineIndexes.get(file);
  if (!lines) lineIndexes.set(file, lines = hclLineIndex(file.text));
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return {
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column
  };
}
function exprText(file, expr) {
  const text = file.text.slice(expr.start, expr.end);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function buildModuleConfig(dir, files) {
  const config = {
    dir,
    files,
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    moduleCalls: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map()
  };
  for (const file of files) {
    const blocks = file.body.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const first = block.labels[0];
      const second = block.labels[1];
      switch (block.type) {
        case "variable":
          if (first !== void 0) config.variables.set(first, { node: block, file });
          break;
        case "locals":
          for (const attr of block.body.attributes) config.locals.set(attr.name, { node: attr, file });
          break;
        case "output":
          if (first !== void 0) config.outputs.set(first, { node: block, file });
          break;
        case "module":
          if (first !== void 0) config.moduleCalls.set(first, { node: block, file });
          break;
        case "resource":
          if (first !== void 0 && second !== void 0)
            config.resources.set(`${first}.${second}`, { node: block, file });
          break;
      }
    }
  }
  return config;
}
function findAttribute(body, name) {
  const attributes = body.attributes;
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return attributes[i];
  return void 0;
}
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../");
}
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
function joinPath(dir, rel) {
  const parts = dir === "" || dir === "." ? [] : dir.split("/");
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function relativePath(from, to) {
  const a = from === "" || from === "." ? [] : from.split("/");
  const b = to === "" || to === "." ? [] : to.split("/");
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const parts = [...Array(a.length - common).fill(".."), ...b.slice(common)];
  return parts.length === 0 ? "." : parts.join("/");
}
function rootDirs(dirs, callsOf) {
  const all = [...dirs].sort();
  const known = new Set(all);
  const called = /* @__PURE__ */ new Set();
  for (const dir of all) for (const to of callsOf(dir)) if (to !== dir && known.has(to)) called.add(to);
  const roots = all.filter((d) => !called.has(d));
  const reached = /* @__PURE__ */ new Set();
  const reach = (from) => {
    const stack = [from];
    reached.add(from);
    while (stack.length > 0)
      for (const to of callsOf(stack.pop()))
        if (known.has(to) && !reached.has(to)) {
          reached.add(to);
          stack.push(to);
        }
  };
  roots.forEach(reach);
  for (const dir of all)
    if (!reached.has(dir)) {
      roots.push(dir);
      reach(dir);
    }
  return roots.sort();
}

// src/providers/host/user-data-cloud-config.ts
var reader;
function loadedCloudConfigReader() {
  return reader;
}
async function loadCloudConfigReader() {
  reader ??= (await import("./cloud-config-NTO4IHYW.js")).applyCloudConfig;
}
var TEMPLATE_CALL = /\b(?:templatefile|file)\(\s*"(?:\$\{path\.(?:module|root)\}\/)?([^"$]+)"/g;
function filesReadBy(tfPath, text) {
  if (!text.includes("file(")) return [];
  const dir = dirOf(tfPath);
  const out = [];
  for (const m of text.matchAll(TEMPLATE_CALL)) {
    const target = joinPath(dir, m[1]);
    if (target !== void 0) out.push(target);
  }
  return out;
}
function holdsCloudConfigUserData(files, project) {
  return files.some(
    (file) => /\.tf$/.test(file.path) && (file.text.includes("#cloud-config") || filesReadBy(file.path, file.text).some((path) => looksLikeCloudConfig(project.read(path) ?? "")))
  );
}

export {
  toLocation,
  exprText,
  buildModuleConfig,
  findAttribute,
  isLocalSource,
  dirOf,
  joinPath,
  relativePath,
  rootDirs,
  looksLikeCloudConfig,
  loadedCloudConfigReader,
  loadCloudConfigReader,
  filesReadBy,
  holdsCloudConfigUserData
};
