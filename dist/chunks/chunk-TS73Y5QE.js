import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  MAX_DEPTH
} from "./chunk-ZREOZPZI.js";
import {
  lineIndex
} from "./chunk-LJAGTFCK.js";
import {
  require_dist
} from "./chunk-QUNNNYKS.js";
import {
  __toESM
} from "./chunk-PYUYWIVF.js";

// src/formats/yaml/index.ts
var import_yaml = __toESM(require_dist(), 1);

// src/formats/yaml/lenient-indent.ts
function originalColumn(repair, line, column) {
  const added = repair.added.get(line - 1) ?? 0;
  return column > added ? column - added : 1;
}
function indentOf(line) {
  let i = 0;
  while (line[i] === " ") i++;
  return i;
}
function valueStart(line) {
  let i = indentOf(line);
  while (line[i] === "-" && (line[i + 1] === " " || line[i + 1] === void 0)) {
    i++;
    while (line[i] === " ") i++;
  }
  const content = i;
  const key = keyEnd(line, i);
  if (key !== void 0) {
    i = key;
    while (line[i] === " ") i++;
  }
  while (line[i] === "!" || line[i] === "&") {
    while (i < line.length && line[i] !== " ") i++;
    while (line[i] === " ") i++;
  }
  return { content, value: i };
}
function keyEnd(line, from) {
  let i = from;
  if (line[i] === '"' || line[i] === "'") {
    const close = closingQuote(line, i);
    if (close === void 0) return void 0;
    i = close + 1;
    while (line[i] === " ") i++;
    return line[i] === ":" && (line[i + 1] === " " || line[i + 1] === void 0) ? i + 1 : void 0;
  }
  if (line[i] === "[" || line[i] === "{" || line[i] === "#") return void 0;
  for (; i < line.length; i++) {
    if (line[i] === " " && line[i + 1] === "#") return void 0;
    if (line[i] === ":" && (line[i + 1] === " " || line[i + 1] === void 0)) return i + 1;
  }
  return void 0;
}
function closingQuote(text, open) {
  const quote = text[open];
  let i = open + 1;
  for (; ; ) {
    const end = text.indexOf(quote, i);
    if (end === -1) return void 0;
    if (quote === "'" && text[end + 1] === "'") i = end + 2;
    else if (quote === '"' && isEscaped(text, end)) i = end + 1;
    else return end;
  }
}
function isEscaped(text, at) {
  let n = 0;
  while (text[at - 1 - n] === "\\") n++;
  return n % 2 === 1;
}
function closingBracket(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      if (--depth === 0) return i;
    } else if ((c === '"' || c === "'") && /[[{,:\s]/.test(text[i - 1] ?? " ")) {
      const close = closingQuote(text, i);
      if (close === void 0) return void 0;
      i = close;
    } else if (c === "#" && /\s/.test(text[i - 1] ?? " ")) {
      const nl = text.indexOf("\n", i);
      if (nl === -1) return void 0;
      i = nl;
    }
  }
  return void 0;
}
var BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;
function repairIndentation(text) {
  const lines = text.split("\n");
  const starts = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const index = lineIndex(text);
  const lineAt = (pos) => index.position(pos).line - 1;
  const added = /* @__PURE__ */ new Map();
  let blockScalarIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, "");
    const indent = indentOf(line);
    if (blockScalarIndent >= 0) {
      if (line.trim() === "" || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (line.trim() === "" || line[indent] === "#") continue;
    const { content, value } = valueStart(line);
    const opener = line[value];
    if (opener === "|" || opener === ">") {
      if (BLOCK_SCALAR.test(line.slice(value))) blockScalarIndent = indent;
      continue;
    }
    if (opener !== '"' && opener !== "'" && opener !== "[" && opener !== "{") continue;
    const at = starts[n] + value;
    const close = opener === "[" || opener === "{" ? closingBracket(text, at) : closingQuote(text, at);
    if (close === void 0) break;
    const last = lineAt(close);
    const needed = content + 1;
    for (let k = n + 1; k <= last; k++) {
      const own = indentOf(lines[k]);
      if (lines[k].trim() !== "" && own < needed) added.set(k, needed - own);
    }
    n = last;
  }
  if (added.size === 0) return void 0;
  const repaired = lines.map((line, k) => " ".repeat(added.get(k) ?? 0) + line).join("\n");
  return { text: repaired, added };
}

// src/formats/yaml/index.ts
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
function tagStart(text, tag, valueStart2) {
  let i = valueStart2;
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
function applyTag(tag, value, valueStart2, c) {
  const from = tagStart(c.text, tag, valueStart2);
  const tagLoc = from === void 0 ? value.loc : locOf(c, from, from + tag.length);
  const loc = { ...value.loc, line: tagLoc.line, column: tagLoc.column };
  const converted = c.tags?.(tag, value, loc, tagLoc);
  if (!converted) throw new ConversionError(from ?? valueStart2, `unknown tag ${tag}`);
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
function firstError(errors) {
  if (errors.length <= 1) return [...errors];
  const more = errors.length - 1;
  return [
    {
      ...errors[0],
      message: `${errors[0].message} (and ${more} later error${more > 1 ? "s" : ""}, probably caused by this one)`
    }
  ];
}
function repairedIndex(repair) {
  const index = lineIndex(repair.text);
  return {
    position(offset) {
      const { line, column } = index.position(offset);
      return { line, column: originalColumn(repair, line, column) };
    }
  };
}
function compose(text) {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
function parseYaml(text, options = {}) {
  let index = lineIndex(text);
  let source = text;
  const at = (offset) => index.position(Math.min(Math.max(offset, 0), source.length));
  let doc;
  try {
    doc = compose(text);
    const repair = doc.errors.length > 0 ? repairIndentation(text) : void 0;
    if (repair) {
      const repaired = compose(repair.text);
      if (repaired.errors.length === 0) {
        doc = repaired;
        source = repair.text;
        index = repairedIndex(repair);
      }
    }
  } catch (error) {
    return { root: void 0, errors: [{ ...at(0), message: `invalid YAML: ${error.message}` }] };
  }
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const reason = e.code === "RESOURCE_EXHAUSTION" ? `nesting too deep (${e.message})` : e.message;
      return { ...at(e.pos[0]), message: `invalid YAML: ${reason}` };
    });
    return { root: void 0, errors: firstError(errors) };
  }
  if (!doc.contents) return { root: void 0, errors: [] };
  const converter = {
    doc,
    text: source,
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
