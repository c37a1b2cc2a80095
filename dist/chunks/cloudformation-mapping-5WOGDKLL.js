import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  applyCloudConfig,
  scalarOrigin
} from "./chunk-QLNOTHSP.js";
import {
  HostFirewalls
} from "./chunk-4OO2E52U.js";
import "./chunk-V55TISQB.js";
import {
  scalarText
} from "./chunk-GJHRFBSR.js";
import "./chunk-EPPF2XIK.js";
import "./chunk-G3BGQXE4.js";
import "./chunk-KMWAGXRE.js";
import "./chunk-TS73Y5QE.js";
import {
  hasShellShebang
} from "./chunk-ZREOZPZI.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-QUNNNYKS.js";
import {
  get
} from "./chunk-IVA2APYO.js";
import "./chunk-PYUYWIVF.js";

// src/providers/host/cloudformation-user-data.ts
var USER_DATA = {
  "AWS::EC2::Instance": ["UserData"],
  "AWS::EC2::LaunchTemplate": ["LaunchTemplateData", "UserData"],
  "AWS::AutoScaling::LaunchConfiguration": ["UserData"]
};
function single(node) {
  return node?.type === "object" && node.entries.length === 1 ? { key: node.entries[0].key, arg: node.entries[0].value } : void 0;
}
function refNode(name, at) {
  return {
    type: "object",
    loc: at.loc,
    entries: [{ key: "Ref", keyLoc: at.loc, value: { type: "scalar", value: name, loc: at.loc } }]
  };
}
function userDataFirewalls(template, resolve, unresolved, diagnostics) {
  const file = template.file.path;
  const lines = template.file.text.split("\n");
  const json = template.file.text.trimStart().startsWith("{");
  const origin = (node) => json ? { file, line: node.loc.line, column: node.loc.column - 1, flat: true } : scalarOrigin(file, lines, node);
  const scriptOf = (node) => {
    const fn = single(node);
    if (fn?.key === "Fn::Base64") return scriptOf(fn.arg);
    if (node.type === "scalar" && typeof node.value === "string")
      return { text: node.value, origin: origin(node), placeholders: /* @__PURE__ */ new Map() };
    if (fn?.key === "Fn::Sub") {
      const [body, vars] = fn.arg.type === "array" ? fn.arg.items : [fn.arg, void 0];
      if (body?.type !== "scalar" || typeof body.value !== "string") return void 0;
      const placeholders = /* @__PURE__ */ new Map();
      const text = body.value.replace(/\$\{(!?)([^}]*)\}/g, (whole, literal, name) => {
        if (literal) return `\${${name}}`;
        const own = get(vars, name);
        const value = own ? resolve(own) : name.includes(".") ? void 0 : resolve(refNode(name, body));
        if (value !== void 0 && !value.includes("\n")) return value;
        const placeholder = `$__cfn_${placeholders.size + 1}`;
        placeholders.set(placeholder, whole);
        return placeholder;
      });
      return { text, origin: origin(body), placeholders };
    }
    if (fn?.key === "Fn::Join" && fn.arg.type === "array" && fn.arg.items[1]?.type === "array") {
      const separator = resolve(fn.arg.items[0]) ?? "";
      const placeholders = /* @__PURE__ */ new Map();
      const parts = fn.arg.items[1].items.map((part) => {
        const value = resolve(part);
        if (value !== void 0) return value;
        const placeholder = `$__cfn_${placeholders.size + 1}`;
        placeholders.set(placeholder, JSON.stringify(part.type === "scalar" ? part.value : "\u2026"));
        return placeholder;
      });
      return {
        text: parts.join(separator),
        origin: { file, line: fn.arg.loc.line, column: fn.arg.loc.column - 1, flat: true },
        placeholders
      };
    }
    return void 0;
  };
  const out = [];
  for (const resource of template.resources.values()) {
    const path = USER_DATA[resource.type];
    if (!path) continue;
    const node = path.reduce((n, key) => get(n, key), resource.properties);
    const script = node ? scriptOf(node) : void 0;
    if (!script || !/\b(ufw|ip6?tables)\b/.test(script.text)) continue;
    const location = { file, line: resource.keyLoc.line, column: resource.keyLoc.column };
    if (/^#!/.test(script.text) && !hasShellShebang(script.text)) continue;
    const host = new HostFirewalls();
    if (/^#cloud-config\b/.test(script.text))
      diagnostics.push(...applyCloudConfig(host, script.text, file, script.origin));
    else host.script(script.text, script.origin, script.placeholders);
    unresolved.push(...host.unresolved);
    out.push(
      ...host.userDataFirewalls(resource.logicalId, {
        location,
        description: `${resource.type} ${resource.logicalId}`
      })
    );
  }
  return out;
}

// src/providers/host/cloudformation-mapping.ts
var userDataMapping = (template, resolver) => {
  const unresolved = [];
  const diagnostics = [];
  const resolveString = (node) => {
    const alternatives = resolver.resolve(node);
    return alternatives.length === 1 ? scalarText(alternatives[0].value) : void 0;
  };
  const firewalls = userDataFirewalls(template, resolveString, unresolved, diagnostics);
  return { firewalls, unresolved, diagnostics };
};
export {
  userDataMapping
};
