import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/formats/tree.ts
function get(node, key) {
  if (node?.type !== "object") return void 0;
  for (const e of node.entries) if (e.key === key) return e.value;
  return void 0;
}
function lastOfEachKey(entries) {
  const last = /* @__PURE__ */ new Map();
  for (const entry of entries) last.set(entry.key, entry);
  return last.size === entries.length ? entries : entries.filter((e) => last.get(e.key) === e);
}
function toPlain(node) {
  switch (node.type) {
    case "scalar":
      return node.value;
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}

export {
  get,
  lastOfEachKey,
  toPlain
};
