import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-TS73Y5QE.js";
import {
  hasShellShebang,
  looksLikeIptablesSave
} from "./chunk-ZREOZPZI.js";
import {
  get
} from "./chunk-IVA2APYO.js";

// src/formats/yaml/scalar.ts
function scalarOrigin(file, lines, node) {
  const first = lines[node.loc.line - 1] ?? "";
  const lead = first.slice(node.loc.column - 1);
  if (/^[|>]/.test(lead)) {
    let line = node.loc.line;
    while (line < lines.length && lines[line].trim() === "") line++;
    const indent = /^ */.exec(lines[line] ?? "")?.[0].length ?? 0;
    return { file, line: line + 1, column: indent };
  }
  const quoted = lead.startsWith('"') || lead.startsWith("'");
  return { file, line: node.loc.line, column: node.loc.column - (quoted ? 0 : 1) };
}
var keepTaggedValue = (_tag, value) => value;

// src/formats/cloud-init/user-data.ts
function scalarText(node) {
  return node?.type === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function cloudInitSteps(text, file, unresolved, within = { file, line: 1, column: 0 }) {
  const place = (line, column) => within.flat ? { file: within.file, line: within.line, column: within.column, flat: true } : { file: within.file, line: within.line - 1 + line, column: within.column + column };
  const at = (loc) => {
    const p = place(loc.line, loc.column);
    return { file: p.file, line: p.line, column: within.flat ? p.column + 1 : p.column };
  };
  const originOf = (node) => {
    const o = scalarOrigin(file, lines, node);
    return place(o.line, o.column);
  };
  const lines = text.split("\n");
  const parsed = parseYaml(text, { tags: keepTaggedValue });
  if (!parsed.root) {
    const e = parsed.errors[0];
    return {
      steps: [],
      errors: [
        {
          level: "error",
          location: at({ line: e?.line ?? 1, column: e?.column ?? 1 }),
          message: `invalid cloud-config YAML: ${e?.message ?? "no document"}`
        }
      ]
    };
  }
  const steps = [];
  const files = get(parsed.root, "write_files");
  for (const entry of files?.type === "array" ? files.items : []) {
    const path = scalarText(get(entry, "path")) ?? "";
    const content = get(entry, "content");
    const body = scalarText(content);
    if (!content || body === void 0) continue;
    const encoding = scalarText(get(entry, "encoding"));
    if (encoding && !/^(text\/plain)?$/.test(encoding)) {
      if (/(rules|iptables|ufw|\.sh$)/.test(path))
        unresolved.push({
          location: at(content.loc),
          expression: path,
          reason: `write_files content is ${encoding}-encoded; not decoded`
        });
      continue;
    }
    const origin = originOf(content);
    if (/(^|\/)rules\.v[46]$|\.rules$/.test(path) || looksLikeIptablesSave(body)) {
      if (looksLikeIptablesSave(body)) steps.push({ kind: "rules-file", text: body, origin, path });
    } else if (hasShellShebang(body) || path.endsWith(".sh"))
      steps.push({ kind: "script", text: body, origin });
  }
  for (const key of ["bootcmd", "runcmd"]) {
    const list = get(parsed.root, key);
    for (const item of list?.type === "array" ? list.items : []) {
      if (item.type === "array") {
        const words = item.items.flatMap((w) => {
          const t = scalarText(w);
          return t === void 0 ? [] : [{ text: t, location: at(w.loc) }];
        });
        if (words.length > 0) steps.push({ kind: "argv", words });
      } else {
        const body = scalarText(item);
        if (body !== void 0) steps.push({ kind: "script", text: body, origin: originOf(item) });
      }
    }
  }
  return { steps, errors: [] };
}

// src/providers/host/cloud-config.ts
function applyCloudConfig(host, text, file, within, placeholders) {
  const { steps, errors } = cloudInitSteps(text, file, host.unresolved, within);
  for (const step of steps) {
    if (step.kind === "script") host.script(step.text, step.origin, placeholders);
    else if (step.kind === "argv") host.command(argvWords(step.words, placeholders), step.words[0].location);
    else host.saveFile(step.text, step.origin, step.path);
  }
  return errors;
}
function argvWords(words, placeholders) {
  if (!placeholders?.size) return words;
  return words.map((word) => {
    const text = word.text.replace(/\$__tf_\d+/g, (name) => placeholders.get(name) ?? name);
    return text === word.text ? word : { ...word, text, unknown: true };
  });
}

export {
  scalarOrigin,
  keepTaggedValue,
  applyCloudConfig
};
