import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  PROVIDERS,
  internalError,
  looksLikeCloudFormation
} from "./chunk-BLP3NVC5.js";
import "./chunk-W243PUGB.js";
import "./chunk-UICDTHOH.js";
import "./chunk-74MVGXTX.js";
import "./chunk-4OO2E52U.js";
import "./chunk-V55TISQB.js";
import {
  Resolver
} from "./chunk-GJHRFBSR.js";
import {
  locationIn
} from "./chunk-EPPF2XIK.js";
import "./chunk-G3BGQXE4.js";
import "./chunk-KMWAGXRE.js";
import {
  parseYaml
} from "./chunk-TS73Y5QE.js";
import {
  parseJson
} from "./chunk-ZREOZPZI.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-QUNNNYKS.js";
import {
  get,
  lastOfEachKey
} from "./chunk-IVA2APYO.js";
import "./chunk-PYUYWIVF.js";

// src/formats/yaml/cloudformation-tags.ts
var LONG_FORM = new Map([
  ["!Ref", "Ref"],
  ["!Condition", "Condition"],
  ...[
    "Sub",
    "GetAtt",
    "Join",
    "Select",
    "Split",
    "If",
    "Equals",
    "And",
    "Or",
    "Not",
    "FindInMap",
    "ImportValue",
    "Base64",
    "Cidr",
    "GetAZs",
    "Transform",
    "Length",
    "ToJsonString",
    "ValueOf",
    "ValueOfAll",
    "RefAll",
    "Contains",
    "EachMemberEquals",
    "EachMemberIn"
  ].map((name) => [`!${name}`, `Fn::${name}`])
]);
function getAttList(value) {
  const text = String(value.value);
  const dot = text.indexOf(".");
  const parts = dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  return {
    type: "array",
    loc: value.loc,
    items: parts.map((p) => ({ type: "scalar", value: p, loc: value.loc }))
  };
}
var RAIN_DIRECTIVE = /^!Rain::\w+$/;
var cloudformationTags = (tag, value, loc, tagLoc) => {
  const key = LONG_FORM.get(tag) ?? (RAIN_DIRECTIVE.test(tag) ? tag.slice(1) : void 0);
  if (!key) return void 0;
  const converted = key === "Fn::GetAtt" && value.type === "scalar" ? getAttList(value) : value;
  return { type: "object", loc, entries: [{ key, keyLoc: tagLoc, value: converted }] };
};

// src/formats/cloudformation/template.ts
function isTemplate(root) {
  if (root.type !== "object") return false;
  if (get(root, "AWSTemplateFormatVersion")) return true;
  const resources = get(root, "Resources");
  if (resources?.type !== "object") return false;
  return resources.entries.some((e) => {
    const type = get(e.value, "Type");
    return type?.type === "scalar" && typeof type.value === "string" && type.value.startsWith("AWS::");
  });
}
function resourcesNotMapping(root) {
  const resources = get(root, "Resources");
  if (!resources || resources.type === "object") return void 0;
  const what = resources.type === "array" ? "a list" : resources.value === null ? "empty" : `the ${typeof resources.value} ${JSON.stringify(String(resources.value).slice(0, 40))}`;
  return { loc: resources.loc, what };
}
function duplicateKeyErrors(root) {
  const errors = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "array") for (const item of node.items) stack.push(item);
    if (node.type !== "object") continue;
    const seen = /* @__PURE__ */ new Map();
    for (const entry of node.entries) {
      const first = seen.get(entry.key);
      if (first)
        errors.push({
          loc: entry.keyLoc,
          message: `duplicate key "${entry.key}" (first at line ${first.line})`
        });
      else seen.set(entry.key, entry.keyLoc);
      stack.push(entry.value);
    }
    if (seen.size < node.entries.length) node.entries = lastOfEachKey(node.entries);
  }
  return errors.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}
function scalarString(node) {
  return node?.type === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function indexTemplate(file, root) {
  const resources = /* @__PURE__ */ new Map();
  const resourcesNode = get(root, "Resources");
  if (resourcesNode?.type === "object") {
    for (const entry of resourcesNode.entries) {
      const type = get(entry.value, "Type");
      if (type?.type !== "scalar" || typeof type.value !== "string") continue;
      resources.set(entry.key, {
        logicalId: entry.key,
        type: type.value,
        keyLoc: entry.keyLoc,
        properties: get(entry.value, "Properties"),
        metadata: get(entry.value, "Metadata"),
        condition: scalarString(get(entry.value, "Condition"))
      });
    }
  }
  const parameters = /* @__PURE__ */ new Map();
  const parametersNode = get(root, "Parameters");
  if (parametersNode?.type === "object") {
    for (const entry of parametersNode.entries) {
      const type = get(entry.value, "Type");
      parameters.set(entry.key, {
        name: entry.key,
        keyLoc: entry.keyLoc,
        type: scalarString(type),
        defaultValue: get(entry.value, "Default"),
        noEcho: scalarString(get(entry.value, "NoEcho"))?.toLowerCase() === "true"
      });
    }
  }
  return { file, root, resources, parameters, mappings: get(root, "Mappings") };
}
function loadTemplate(file) {
  const json = file.text.trimStart().startsWith("{");
  const parsed = json ? parseJson(file.text) : parseYaml(file.text, { tags: cloudformationTags });
  const duplicates = parsed.root ? duplicateKeyErrors(parsed.root) : [];
  const errors = [
    ...parsed.errors,
    ...duplicates.map((e) => ({ ...e.loc, message: `invalid ${json ? "JSON" : "YAML"}: ${e.message}` }))
  ];
  const diagnostics = errors.map((e) => ({
    level: "error",
    location: { file: file.path, line: e.line, column: e.column },
    message: e.message
  }));
  if (!parsed.root)
    return errors.length === 0 ? { kind: "not-cloudformation" } : { kind: "invalid", diagnostics };
  if (!isTemplate(parsed.root))
    return errors.length === 0 ? { kind: "not-cloudformation" } : { kind: "invalid", diagnostics };
  const notMapping = resourcesNotMapping(parsed.root);
  if (notMapping) {
    diagnostics.push({
      level: "error",
      location: { file: file.path, line: notMapping.loc.line, column: notMapping.loc.column },
      message: `Resources is not a mapping (it is ${notMapping.what}): the template's resources are not analysed`
    });
    return { kind: "invalid", diagnostics };
  }
  return { kind: "template", template: indexTemplate(file, parsed.root), diagnostics };
}

// src/formats/cloudformation/suppressions.ts
function cloudformationSuppressions(file) {
  if (!file.text.includes("egress-lint")) return [];
  const loaded = loadTemplate(file);
  if (loaded.kind !== "template") return [];
  const out = [];
  for (const resource of loaded.template.resources.values()) {
    const ignore = get(get(resource.metadata, "egress-lint"), "ignore");
    if (ignore?.type !== "array") continue;
    const ids = ignore.items.flatMap((item) => {
      const id = scalarString(get(item, "id"));
      if (id === void 0) return [];
      const expires = scalarString(get(item, "exp"));
      const entry = {
        id,
        reason: scalarString(get(item, "reason")) ?? "",
        location: locationIn(file.path, item.loc)
      };
      return [expires === void 0 ? entry : { ...entry, expires }];
    });
    if (ids.length > 0) out.push({ logicalId: resource.logicalId, resourceLine: resource.keyLoc.line, ids });
  }
  return out;
}

// src/formats/cloudformation/index.ts
var MAPPINGS = (await Promise.all(PROVIDERS.map((provider) => provider.cloudformation?.() ?? []))).flat();
function analyzeFile(file, options, result) {
  const loaded = loadTemplate(file);
  if (loaded.kind === "invalid") {
    result.diagnostics.push(...loaded.diagnostics);
    return;
  }
  if (loaded.kind === "not-cloudformation") {
    result.skipped?.push(file.path);
    return;
  }
  result.diagnostics.push(...loaded.diagnostics);
  const resolver = new Resolver(loaded.template, options.cfnParameters);
  for (const name of Object.keys(options.cfnParameters))
    if (loaded.template.parameters.has(name)) result.inputsUsed?.push(`parameter:${name}`);
  for (const mapping of MAPPINGS) {
    const extraction = mapping(loaded.template, resolver);
    result.firewalls.push(...extraction.firewalls);
    result.unresolved.push(...extraction.unresolved);
    result.diagnostics.push(...extraction.diagnostics);
  }
}
var cloudformationAnalyzer = {
  id: "cloudformation",
  claims: looksLikeCloudFormation,
  independentFiles: true,
  analyze(files, options) {
    const result = {
      firewalls: [],
      diagnostics: [],
      unresolved: [],
      skipped: [],
      inputsUsed: []
    };
    for (const file of files) {
      try {
        analyzeFile(file, options, result);
      } catch (error) {
        result.diagnostics.push(internalError(file.path, error, "the cloudformation analyser failed on it"));
      }
    }
    return result;
  },
  dataSuppressions: cloudformationSuppressions
};
export {
  cloudformationAnalyzer,
  cloudformationSuppressions
};
