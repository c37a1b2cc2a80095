import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/providers/shared/values.ts
function locationIn(file, loc) {
  return { file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}
function placeIn(file, declaration, description) {
  return (loc) => declaration ? { location: declaration, origins: [{ location: locationIn(file, loc), description }] } : { location: locationIn(file, loc), origins: [] };
}
var camelNames = /* @__PURE__ */ new Map();
function camelCase(name) {
  let camel = camelNames.get(name);
  if (camel === void 0) {
    camel = name.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
    camelNames.set(name, camel);
  }
  return camel;
}
function entry(node, key) {
  if (node?.type !== "object") return void 0;
  for (const e of node.entries) if (e.key === key) return e.value;
  return void 0;
}
function isMarked(tree) {
  return tree?.type === "scalar" && tree.value === true;
}
function childMasks(masks, child) {
  return masks.flatMap((m) => {
    const tree = m.tree ? child(m.tree) : void 0;
    return tree ? [{ ...m, tree }] : [];
  });
}
function docValue(node, options, masks = []) {
  const at = options.place(node.loc);
  const marked = masks.find((m) => isMarked(m.tree));
  if (marked) return { kind: "unknown", expression: marked.expression, reason: marked.reason, at };
  const unknown = options.unknownOf?.(node);
  if (unknown) return { kind: "unknown", ...unknown, at };
  switch (node.type) {
    case "scalar":
      return node.value === null ? void 0 : { kind: "scalar", value: node.value, at };
    case "array": {
      const items = [];
      node.items.forEach((item, i) => {
        const value = docValue(
          item,
          options,
          childMasks(masks, (t) => t.type === "array" ? t.items[i] : void 0)
        );
        if (value) items.push(value);
      });
      return { kind: "list", items, at };
    }
    case "object":
      return { kind: "object", fields: docReader(node, options, masks), at };
  }
}
function docReader(node, options, masks = []) {
  const at = options.place(node.loc);
  return {
    at,
    get(name) {
      const key = options.naming === "camel" ? camelCase(name) : name;
      const value = entry(node, key);
      const below = childMasks(masks, (t) => entry(t, key));
      if (value && !(value.type === "scalar" && value.value === null)) return docValue(value, options, below);
      const marked = below.find((m) => isMarked(m.tree));
      return marked ? { kind: "unknown", expression: marked.expression, reason: marked.reason, at } : void 0;
    }
  };
}
function elementsOf(value) {
  if (!value) return [];
  return value.kind === "list" ? value.items : [value];
}
function stringOf(value) {
  return value?.kind === "scalar" && typeof value.value === "string" ? value.value : void 0;
}
function numberOf(value) {
  if (value?.kind !== "scalar") return void 0;
  if (typeof value.value === "number") return value.value;
  if (typeof value.value === "string" && /^-?\d+$/.test(value.value.trim())) return Number(value.value);
  return void 0;
}
function nonEmptyStrings(values) {
  return values.filter((v) => v !== void 0 && v !== "");
}
function unresolvedOf(value) {
  return { location: value.at.location, expression: value.expression, reason: value.reason };
}

export {
  locationIn,
  placeIn,
  camelCase,
  docReader,
  elementsOf,
  stringOf,
  numberOf,
  nonEmptyStrings,
  unresolvedOf
};
