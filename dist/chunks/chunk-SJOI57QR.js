import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-QUNNNYKS.js";
import {
  MAX_DEPTH
} from "./chunk-IKI4DFTC.js";
import {
  lineIndex
} from "./chunk-7EVMNQA2.js";
import {
  __toESM
} from "./chunk-PYUYWIVF.js";

// src/parsers/yaml/index.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_NODES = 1e5;
var CORE_TAG_PREFIX = "tag:yaml.org,2002:";
var ConversionError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function locOf(c, start, end) {
  const s = c.index.position(start);
  const e = c.index.position(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
function tagStart(text, tag, valueStart) {
  let i = valueStart;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text.startsWith(tag, i - tag.length) ? i - tag.length : void 0;
}
function keyText(key) {
  if (key === null) return "";
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  throw new ConversionError(
    key.range[0],
    "complex mapping keys (a mapping, sequence or alias as a key) are not supported"
  );
}
function convert(node, depth, inAlias, c) {
  if (depth > MAX_DEPTH) throw new ConversionError(node.range[0], `nesting deeper than ${MAX_DEPTH} levels`);
  if ((0, import_yaml.isAlias)(node)) return expandAlias(node, depth, inAlias, c);
  if (inAlias && --c.aliasNodesLeft < 0) {
    throw new ConversionError(
      c.aliasOffset,
      `alias expansion exceeds ${MAX_ALIAS_NODES} nodes (an alias bomb?)`
    );
  }
  const [start, end] = node.range;
  let result;
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    const value = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
    result = { type: "scalar", value, loc: locOf(c, start, end) };
  } else if ((0, import_yaml.isSeq)(node)) {
    const items = node.items.map((item) => convert(item, depth + 1, inAlias, c));
    result = { type: "array", items, loc: locOf(c, start, end) };
  } else {
    const entries = node.items.map((pair) => {
      const key = pair.key;
      const keyLoc = key ? locOf(c, key.range[0], key.range[1]) : locOf(c, start, start);
      const value = pair.value;
      return {
        key: keyText(key),
        keyLoc,
        value: value ? convert(value, depth + 1, inAlias, c) : { type: "scalar", value: null, loc: keyLoc }
      };
    });
    result = { type: "object", entries, loc: locOf(c, start, end) };
  }
  return node.tag && !node.tag.startsWith(CORE_TAG_PREFIX) ? applyTag(node.tag, result, start, c) : result;
}
function applyTag(tag, value, valueStart, c) {
  const from = tagStart(c.text, tag, valueStart);
  const tagLoc = from === void 0 ? value.loc : locOf(c, from, from + tag.length);
  const loc = { ...value.loc, line: tagLoc.line, column: tagLoc.column };
  const converted = c.tags?.(tag, value, loc, tagLoc);
  if (!converted) throw new ConversionError(from ?? valueStart, `unknown tag ${tag}`);
  return converted;
}
function expandAlias(alias, depth, inAlias, c) {
  const target = alias.resolve(c.doc);
  if (!target) throw new ConversionError(alias.range[0], `unknown alias *${alias.source}`);
  if (c.expanding.has(target))
    throw new ConversionError(alias.range[0], `alias *${alias.source} refers to itself`);
  if (!inAlias) c.aliasOffset = alias.range[0];
  c.expanding.add(target);
  const result = convert(target, depth + 1, true, c);
  c.expanding.delete(target);
  return result;
}
function parseYaml(text, options = {}) {
  const index = lineIndex(text);
  const at = (offset) => index.position(Math.min(Math.max(offset, 0), text.length));
  let doc;
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { root: void 0, errors: [{ ...at(0), message: `invalid YAML: ${error.message}` }] };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (doc.errors.length > 0) {
    const errors = /* @__PURE__ */ new Map();
    for (const e of doc.errors) {
      const reason = e.code === "RESOURCE_EXHAUSTION" ? `nesting too deep (${e.message})` : e.message;
      const error = { ...at(e.pos[0]), message: `invalid YAML: ${reason}` };
      errors.set(`${error.line}:${error.message}`, error);
    }
    return { root: void 0, errors: [...errors.values()] };
  }
  if (!doc.contents) return { root: void 0, errors: [] };
  const converter = {
    doc,
    text,
    index,
    tags: options.tags,
    aliasNodesLeft: MAX_ALIAS_NODES,
    aliasOffset: 0,
    expanding: /* @__PURE__ */ new Set()
  };
  try {
    return { root: convert(doc.contents, 0, false, converter), errors: [] };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    return { root: void 0, errors: [{ ...at(error.offset), message: `invalid YAML: ${error.message}` }] };
  }
}

export {
  parseYaml
};
