import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  exprText,
  joinPath,
  loadedCloudConfigReader,
  looksLikeCloudConfig,
  relativePath,
  toLocation
} from "./chunk-W243PUGB.js";
import {
  compareText
} from "./chunk-UICDTHOH.js";
import {
  addOrphanRules,
  anywhere,
  assembleSecurityGroups,
  awsDefaultEgress,
  awsEgressRule,
  awsNaclFinalDeny,
  defaultRule,
  firewallBase,
  naclEgressRule,
  portRangesOf,
  protocolNamed,
  serviceTag,
  unknownDestination
} from "./chunk-74MVGXTX.js";
import {
  HostFirewalls
} from "./chunk-4OO2E52U.js";
import {
  camelCase,
  docReader,
  elementsOf,
  locationIn,
  nonEmptyStrings,
  numberOf,
  placeIn,
  stringOf,
  unresolvedOf
} from "./chunk-EPPF2XIK.js";
import {
  ALL_PORTS,
  coversAllPorts,
  hasPorts
} from "./chunk-G3BGQXE4.js";
import {
  ANY_V4,
  formatV4,
  formatV6,
  parseCidr
} from "./chunk-KMWAGXRE.js";
import {
  hasShellShebang,
  parseJson
} from "./chunk-ZREOZPZI.js";
import {
  lineIndex
} from "./chunk-LJAGTFCK.js";
import {
  require_dist
} from "./chunk-QUNNNYKS.js";
import {
  get
} from "./chunk-IVA2APYO.js";
import {
  __toESM
} from "./chunk-PYUYWIVF.js";

// src/formats/cloudformation/detect.ts
var TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;
function mayBeTemplate(path) {
  return TEMPLATE_EXTENSIONS.test(path);
}
var FORMAT_VERSION = /^\s*["']?AWSTemplateFormatVersion["']?\s*:|"AWSTemplateFormatVersion"\s*:/m;
var RESOURCES_KEY = /^["']?Resources["']?\s*:|"Resources"\s*:\s*\{/m;
var AWS_TYPE = /\bType["']?\s*:\s*["']?AWS::/;
function looksLikeCloudFormation(file) {
  if (!mayBeTemplate(file.path)) return false;
  const { text } = file;
  if (text.includes("AWSTemplateFormatVersion") && FORMAT_VERSION.test(text)) return true;
  return text.includes("AWS::") && text.includes("Resources") && RESOURCES_KEY.test(text) && AWS_TYPE.test(text);
}

// src/engine/errors.ts
function describeError(error) {
  const debug = /\begress-lint\b/.test(process.env.DEBUG ?? "");
  if (!(error instanceof Error)) return String(error);
  return (debug ? error.stack : void 0) ?? `${error.name}: ${error.message}`;
}
function internalError(at, error, consequence) {
  const location = typeof at === "string" ? { file: at, line: 1, column: 1 } : at;
  return {
    level: "error",
    location,
    message: `internal error in ${location.file}: ${oneLine(describeError(error))} (${consequence})`
  };
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " | ");
}

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

// src/formats/terraform/address.ts
var INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|-?\d+)\]/g;
function addressVariant(address, root) {
  return { family: address.replace(INSTANCE_KEY, ""), address, ...root !== void 0 && { root } };
}

// src/formats/terraform-plan/resource-view.ts
var GROUP_REFERENCES = /* @__PURE__ */ new Set([
  "security_group_id",
  "security_groups",
  "source_security_group_id",
  "referenced_security_group_id"
]);
var GROUP_TYPES = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
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
        const groups = referencedResources(attribute, GROUP_TYPES);
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
var PLAN_AWS_TYPES = /* @__PURE__ */ new Set([...GROUP_TYPES, ...RULE_TYPES]);
function baseOf(view) {
  return firewallBase("terraform-plan", "aws-security-group", view.declaredBy, view.related);
}
function groupParts(view, unresolved) {
  const { address, parsed, live } = view.resource;
  const egress = view.values.get("egress");
  const rules = egress && egress.kind !== "unknown" ? elementsOf(egress).flatMap((e) => {
    if (e.kind === "unknown") unresolved.push(unresolvedOf(e));
    return e.kind === "object" ? [awsEgressRule(e.fields, { declaredBy: view.declaredBy, selfRef: address, unresolved })] : [];
  }) : void 0;
  const id = stringOf(view.values.get("id"));
  return {
    firewall: baseOf(view),
    keys: [address, staticAddress(parsed), ...id ? [id] : []],
    declared: rules,
    // Only a group being created shows exactly what is declared; an existing one shows its live rules.
    live: live ? rules : void 0
  };
}
function groupKeysOf(view) {
  const { parsed } = view.resource;
  const keys = [];
  const staticModule = staticAddress(parsed).slice(0, -`${parsed.type}.${parsed.name}`.length);
  for (const element of elementsOf(view.values.get("security_group_id"))) {
    const ref = stringOf(element);
    if (!ref) continue;
    const local = ref.startsWith(staticModule) ? ref.slice(staticModule.length) : void 0;
    if (local !== void 0 && !local.startsWith("module.")) {
      keys.push(`${moduleInstance(parsed)}${local}${parsed.key}`, `${moduleInstance(parsed)}${local}`);
    }
    keys.push(ref);
  }
  return keys;
}
function standaloneParts(view, unresolved) {
  const { parsed, address } = view.resource;
  if (parsed.type === "aws_security_group_rule" && stringOf(view.values.get("type")) !== "egress")
    return void 0;
  const keys = groupKeysOf(view);
  const group = keys[keys.length - 1];
  const rule2 = awsEgressRule(view.values, {
    declaredBy: view.declaredBy,
    selfRef: group ?? address,
    unresolved
  });
  const orphan = {
    ...baseOf(view),
    id: group ?? address,
    displayName: group ? `security group ${group}` : address
  };
  return { groupKeys: keys, rule: rule2, orphan };
}
function planAwsFirewalls(views, unresolved) {
  const groups = [];
  const standalone = [];
  for (const view of views) {
    const type = view.resource.parsed.type;
    if (GROUP_TYPES.has(type)) groups.push(groupParts(view, unresolved));
    else if (RULE_TYPES.has(type)) {
      const parts = standaloneParts(view, unresolved);
      if (parts) standalone.push(parts);
    }
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/formats/json/document.ts
function docString(node) {
  return node?.type === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function docStrings(node) {
  if (node?.type !== "array") return [];
  return node.items.flatMap((item) => docString(item) ?? []);
}
function parseJsonFile(file) {
  const parsed = parseJson(file.text);
  if (parsed.root) return { root: parsed.root };
  const [first, ...more] = parsed.errors;
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
    const parsed = parseJsonFile(file);
    if ("diagnostic" in parsed) {
      result.diagnostics.push(parsed.diagnostic);
      continue;
    }
    try {
      analyzeOne(file, parsed.root, result);
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
  const parsed = parseUrn(resource.urn);
  return parsed ? `${parsed.type} ${parsed.name}` : resource.urn;
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
function baseOf2(view) {
  return firewallBase("pulumi", "aws-security-group", view.declaredBy, view.related);
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
  const rules = [];
  for (const element of elementsOf(value)) {
    if (element.kind === "object")
      rules.push(awsEgressRule(element.fields, { declaredBy: view.declaredBy, selfRef, unresolved }));
    else if (element.kind === "unknown") unresolved.push(unresolvedOf(element));
  }
  return rules;
}
function groupParts2(view, unresolved) {
  const field = GROUP_EGRESS.get(view.resource.type) ?? "egress";
  const selfRef = view.resource.id ?? view.resource.urn;
  const live = egressRules(view.outputs, field, view, selfRef, unresolved);
  let declared = egressRules(view.inputs, field, view, selfRef, live ? [] : unresolved);
  if (view.resource.type === NATIVE_GROUP && declared?.length === 0) declared = void 0;
  const base2 = baseOf2(view);
  return {
    firewall: base2,
    keys: groupKeys(view),
    declared,
    live,
    defaultWhenUndeclared: view.resource.type === NATIVE_GROUP ? awsDefaultEgress(base2) : void 0
  };
}
function standaloneParts2(view, orphanOf, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  if (view.resource.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && stringOf(reader.get("type")) !== "egress")
    return void 0;
  const field = RULE_GROUP.get(view.resource.type) ?? "security_group_id";
  const groupId = stringOf(reader.get(field));
  const keys = nonEmptyStrings([groupId, ...view.dependencies(field)]);
  const rule2 = awsEgressRule(reader, {
    declaredBy: view.declaredBy,
    selfRef: keys[0] ?? view.resource.urn,
    unresolved
  });
  const external = keys.map((k) => orphanOf.get(k)).find((o) => o !== void 0);
  const orphan = external ?? {
    ...baseOf2(view),
    id: groupId ?? view.resource.urn,
    displayName: groupId ? `security group ${groupId}` : view.declaredBy.displayName
  };
  return { groupKeys: keys, rule: rule2, orphan };
}
function awsFirewalls(views, unresolved) {
  const groups = [];
  const externalGroups = /* @__PURE__ */ new Map();
  for (const view of views) {
    if (!GROUP_EGRESS.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of groupKeys(view)) externalGroups.set(key, baseOf2(view));
    else groups.push(groupParts2(view, unresolved));
  }
  const standalone = [];
  for (const view of views) {
    if (!RULE_GROUP.has(view.resource.type)) continue;
    const parts = standaloneParts2(view, externalGroups, unresolved);
    if (parts) standalone.push(parts);
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/formats/hcl/tokens.ts
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

// src/formats/hcl/escapes.ts
function literalValue(ps, i) {
  const s = ps.start[i];
  const e = ps.end[i];
  const src = ps.src;
  if (!(ps.flag[i] & F_ESCAPE)) return src.slice(s, e);
  const quoted = ps.type[i] === QUOTED_LIT;
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
          const col = ps.sCol[i] + (p - s);
          if (h - (p + 2) !== want) {
            ps.report(
              ps.sLine[i],
              col,
              `Invalid escape sequence: \\${d === 117 ? "u" : "U"} must be followed by ${want === 4 ? "four" : "eight"} hexadecimal digits`
            );
            break;
          }
          const cp = parseInt(src.slice(p + 2, h), 16);
          if (cp > 1114111 || cp >= 55296 && cp <= 57343) {
            ps.report(
              ps.sLine[i],
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
          ps.report(
            ps.sLine[i],
            ps.sCol[i] + (p - s),
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
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}

// src/formats/hcl/parser-state.ts
var MAX_DEPTH = 500;
var SKIMMED = { kind: "splat-item", start: 0, end: 0 };
var BAIL = { bail: true };
var ParserState = class {
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
  constructor(src, tk, errors, base2) {
    this.src = src;
    this.base = base2;
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
  /** Skim mode for the rest of the file: attributes become LazyAttributes. */
  skim() {
    this.build = false;
  }
};
function excerpt(text) {
  const line = text.split(/\r?\n/, 1)[0];
  return line.length > 40 || line.length < text.length ? `${line.slice(0, 40)}\u2026` : line;
}

// src/formats/hcl/collections.ts
function parseTuple(p, open) {
  p.pos = open + 1;
  const saved = p.nl;
  p.nl = false;
  let k = p.peek();
  if (p.isKeyword(k, "for")) {
    const e = parseFor(p, open, k, false);
    p.nl = saved;
    return e;
  }
  const items = [];
  for (; ; ) {
    if (p.type[k] === CBRACK) break;
    const item = parseExpr(p);
    if (p.build) items.push(item);
    k = p.peek();
    const t = p.type[k];
    if (t === CBRACK) break;
    if (t === COMMA) {
      p.pos = k + 1;
      k = p.peek();
      continue;
    }
    if (t === EOF) p.fail(open, 'Unterminated tuple: no "]" for this "["');
    p.unexpected(k, 'Missing item separator: expected "," or "]"');
  }
  p.pos = k + 1;
  p.nl = saved;
  return p.build ? { kind: "tuple", items, start: p.sp(open), end: p.ep(k) } : SKIMMED;
}
function parseObject(p, open) {
  p.pos = open + 1;
  const saved = p.nl;
  p.nl = false;
  const f = p.peek();
  if (p.isKeyword(f, "for")) {
    const e = parseFor(p, open, f, true);
    p.nl = saved;
    return e;
  }
  p.nl = true;
  const type = p.type;
  const items = [];
  let k;
  for (; ; ) {
    k = p.pos;
    let t = type[k];
    if (t === NEWLINE) {
      p.pos = k + 1;
      continue;
    }
    if (t === CBRACE) break;
    const force = t === OPAREN;
    let key = parseExpr(p);
    const s = p.pos;
    t = type[s];
    if (t !== EQUAL && t !== COLON) {
      if (t === NEWLINE || t === COMMA)
        p.fail(s, 'Missing attribute value: expected "=" and a value after the key');
      if (t === IDENT)
        p.fail(
          s,
          'Missing key/value separator: expected "="; to use a key containing periods or spaces, write it in quotes'
        );
      if (t === EOF) p.fail(open, 'Unterminated object: no "}" for this "{"');
      p.unexpected(s, 'Missing key/value separator: expected "=" or ":"');
    }
    p.pos = s + 1;
    const value = parseExpr(p);
    if (p.build) {
      if (!force && key.kind === "variable")
        key = { kind: "literal", value: key.name, start: key.start, end: key.end };
      items.push({ key, value, start: key.start, end: value.end });
    }
    k = p.pos;
    t = type[k];
    if (t === CBRACE) break;
    if (t === COMMA || t === NEWLINE) {
      p.pos = k + 1;
      continue;
    }
    if (t === EOF) p.fail(open, 'Unterminated object: no "}" for this "{"');
    p.unexpected(k, 'Missing attribute separator: expected a newline or ","');
  }
  p.pos = k + 1;
  p.nl = saved;
  return p.build ? { kind: "object", items, start: p.sp(open), end: p.ep(k) } : SKIMMED;
}
function parseForVariables(p, what) {
  let v = p.peek();
  if (p.type[v] !== IDENT) p.unexpected(v, `Invalid "for" ${what}: expected a variable name after "for"`);
  let valueVar = p.text(v);
  let keyVar;
  p.pos = v + 1;
  const c = p.peek();
  if (p.type[c] === COMMA) {
    keyVar = valueVar;
    p.pos = c + 1;
    v = p.peek();
    if (p.type[v] !== IDENT)
      p.unexpected(v, `Invalid "for" ${what}: expected the value variable name after ","`);
    valueVar = p.text(v);
    p.pos = v + 1;
  }
  const inTok = p.peek();
  if (!p.isKeyword(inTok, "in"))
    p.unexpected(inTok, `Invalid "for" ${what}: expected "in" after the variable names`);
  p.pos = inTok + 1;
  return { keyVar, valueVar };
}
function parseFor(p, open, forTok, isObject) {
  const closeType = isObject ? CBRACE : CBRACK;
  p.pos = forTok + 1;
  const { keyVar, valueVar } = parseForVariables(p, "expression");
  const collection = parseExpr(p);
  const colon = p.peek();
  if (p.type[colon] !== COLON)
    p.unexpected(colon, 'Invalid "for" expression: expected ":" after the collection expression');
  p.pos = colon + 1;
  let valueTok = p.peek();
  let valueExpr = parseExpr(p);
  let keyExpr;
  let keyTok = valueTok;
  const fa = p.peek();
  if (p.type[fa] === FATARROW) {
    p.pos = fa + 1;
    keyExpr = valueExpr;
    keyTok = valueTok;
    valueTok = p.peek();
    valueExpr = parseExpr(p);
  }
  let grouping = false;
  const el = p.peek();
  if (p.type[el] === ELLIPSIS) {
    grouping = true;
    p.pos = el + 1;
  }
  let condition;
  const ifTok = p.peek();
  if (p.isKeyword(ifTok, "if")) {
    p.pos = ifTok + 1;
    condition = parseExpr(p);
  }
  const close = p.peek();
  if (p.type[close] !== closeType)
    p.unexpected(
      close,
      `Invalid "for" expression: expected "${isObject ? "}" : "]"}" at the end of the expression`
    );
  p.pos = close + 1;
  if (!isObject) {
    if (keyExpr)
      p.report(
        p.sLine[keyTok],
        p.sCol[keyTok],
        'Invalid "for" expression: a key expression ("=>") is not valid when building a tuple'
      );
    if (grouping)
      p.report(
        p.sLine[el],
        p.sCol[el],
        'Invalid "for" expression: the grouping ellipsis (...) cannot be used when building a tuple'
      );
  } else if (!keyExpr) {
    p.report(
      p.sLine[valueTok],
      p.sCol[valueTok],
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
    start: p.sp(open),
    end: p.ep(close)
  };
  if (keyVar !== void 0) out.keyVar = keyVar;
  if (keyExpr) out.keyExpr = keyExpr;
  if (condition) out.condition = condition;
  return out;
}

// src/formats/hcl/characters.ts
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

// src/formats/hcl/templates.ts
var TT_TEXT = 0;
var TT_INTERP = 1;
var TT_IF = 2;
var TT_ELSE = 3;
var TT_ENDIF = 4;
var TT_FOR = 5;
var TT_ENDFOR = 6;
function parseQuoted(p, open) {
  const type = p.type;
  if (type[open + 1] === CQUOTE) {
    p.pos = open + 2;
    if (!p.build) return SKIMMED;
    const at = p.ep(open);
    return {
      kind: "template",
      parts: [{ kind: "text", value: "", start: at, end: at }],
      start: p.sp(open),
      end: p.ep(open + 1)
    };
  }
  if (type[open + 1] === QUOTED_LIT && type[open + 2] === CQUOTE && !(p.flag[open + 1] & F_ESCAPE)) {
    p.pos = open + 3;
    if (!p.build) return SKIMMED;
    const lit = open + 1;
    return {
      kind: "template",
      parts: [{ kind: "text", value: p.text(lit), start: p.sp(lit), end: p.ep(lit) }],
      start: p.sp(open),
      end: p.ep(open + 2)
    };
  }
  p.pos = open + 1;
  const items = templateItems(p, CQUOTE, open);
  const close = p.pos - 1;
  return buildTemplate(p, items, p.sp(open), p.ep(close), p.ep(open));
}
function parseHeredoc(p, open) {
  p.pos = open + 1;
  const items = templateItems(p, CHEREDOC, open);
  const close = p.pos - 1;
  if (p.flag[open] & F_FLUSH) flushHeredoc(items);
  return buildTemplate(p, items, p.sp(open), p.ep(close), p.ep(open));
}
function buildTemplate(p, items, start, end, emptyAt) {
  p.tpl = items;
  p.tplIdx = 0;
  const parts = templateSeq(p, false);
  if (!p.build) return SKIMMED;
  if (parts.length === 0) parts.push({ kind: "text", value: "", start: emptyAt, end: emptyAt });
  return { kind: "template", parts, start, end };
}
function templateItems(p, end, open) {
  const type = p.type;
  const items = [];
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  for (; ; ) {
    const i = p.pos;
    const t = type[i];
    if (t === end) {
      p.pos = i + 1;
      return items;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;
    if (t === QUOTED_LIT || t === STRING_LIT) {
      let text = literalValue(p, i);
      if (ltrim) text = trimLeft(text);
      items.push({
        k: TT_TEXT,
        text,
        expr: null,
        keyVar: void 0,
        valueVar: "",
        tok: i,
        start: p.sp(i),
        end: p.ep(i)
      });
      nextCanTrimPrev = true;
      p.pos = i + 1;
      continue;
    }
    if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
      if (canTrimPrev && p.flag[i] & F_TILDE) {
        const prev = items[items.length - 1];
        prev.text = trimRight(prev.text);
      }
      p.pos = i + 1;
      const saved = p.nl;
      p.nl = false;
      if (t === TEMPLATE_INTERP) {
        const expr = parseExpr(p);
        const c = closeSequence(p, i, end);
        items.push({
          k: TT_INTERP,
          text: "",
          expr,
          keyVar: void 0,
          valueVar: "",
          tok: i,
          start: p.sp(i),
          end: p.ep(c)
        });
        if (p.flag[c] & F_TILDE) ltrimNext = true;
      } else {
        const item = directive(p, i);
        if (p.flag[p.pos - 1] & F_TILDE) ltrimNext = true;
        items.push(item);
      }
      p.nl = saved;
      continue;
    }
    if (t === EOF) {
      if (open < 0) p.fail(i, "Unexpected end of template");
      if (type[open] === OHEREDOC) {
        const m = /<<-?(\S+)/.exec(p.text(open));
        p.fail(
          open,
          `Unterminated heredoc: no closing "${m ? m[1] : ""}" marker line for the heredoc opened here`
        );
      }
      p.fail(open, "Unterminated string: no closing quote for the string opened here");
    }
    p.unexpected(i, "Unterminated template string");
  }
}
function closeSequence(p, open, end) {
  const c = p.peek();
  const t = p.type[c];
  if (t !== TEMPLATE_SEQ_END) {
    if (t === EOF)
      p.fail(
        open,
        `Unclosed template interpolation: no "}" for this "\${" before the end of the ${end === EOF ? "string" : "file"}`
      );
    if ((t === CQUOTE || t === OQUOTE) && end === CQUOTE)
      p.fail(
        open,
        'Unclosed template interpolation: no "}" for this "${" before the end of the quoted string'
      );
    if (t === COLON)
      p.fail(
        c,
        'Extra characters after interpolation expression: ":" is not expected here; to write a literal "${", escape it as "$${"'
      );
    p.unexpected(
      c,
      'Extra characters after interpolation expression: expected "}"; to write a literal "${", escape it as "$${"'
    );
  }
  p.pos = c + 1;
  return c;
}
function directive(p, open) {
  const kw = p.peek();
  if (p.type[kw] !== IDENT)
    p.unexpected(
      kw,
      'Invalid template directive: expected "if", "for", "else", "endif" or "endfor" after "%{"'
    );
  p.pos = kw + 1;
  const name = p.text(kw);
  let k;
  let expr = null;
  let keyVar;
  let valueVar = "";
  switch (name) {
    case "if":
      k = TT_IF;
      expr = parseExpr(p);
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
      ({ keyVar, valueVar } = parseForVariables(p, "directive"));
      expr = parseExpr(p);
      break;
    }
    default:
      p.fail(kw, `Invalid template control keyword: "${name}" is not one of if, for, else, endif, endfor`);
  }
  const c = p.peek();
  if (p.type[c] !== TEMPLATE_SEQ_END)
    p.unexpected(c, `Extra characters in the "%{ ${name} }" directive: expected "}"`);
  p.pos = c + 1;
  return { k, text: name, expr, keyVar, valueVar, tok: open, start: p.sp(open), end: p.ep(c) };
}
function templateSeq(p, nested) {
  const items = p.tpl;
  const parts = [];
  let lastText = null;
  let empty = 0;
  while (p.tplIdx < items.length) {
    const it = items[p.tplIdx];
    switch (it.k) {
      case TT_TEXT:
        p.tplIdx++;
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
        p.tplIdx++;
        parts.push(it.expr);
        lastText = null;
        continue;
      case TT_IF:
      case TT_FOR:
        p.tplIdx++;
        parts.push(it.k === TT_IF ? templateIf(p, it) : templateFor(p, it));
        lastText = null;
        continue;
      default:
        if (nested) return dropEmptyText(parts, empty);
        p.fail(
          it.tok,
          `Unexpected "%{ ${it.text} }" directive: there is no matching "%{ ${it.text === "endfor" ? "for" : "if"} }" before it`
        );
    }
  }
  return dropEmptyText(parts, empty);
}
function nestedTemplate(p, parts, emptyAt) {
  if (parts.length === 0)
    return {
      kind: "template",
      parts: [{ kind: "text", value: "", start: emptyAt, end: emptyAt }],
      start: emptyAt,
      end: emptyAt
    };
  return { kind: "template", parts, start: parts[0].start, end: parts[parts.length - 1].end };
}
function templateIf(p, it) {
  if (++p.depth > MAX_DEPTH)
    p.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
  const items = p.tpl;
  const thenParts = templateSeq(p, true);
  let next = items[p.tplIdx];
  const missing = `Unexpected end of template: the "%{ if }" at line ${p.sLine[it.tok]} has no matching "%{ endif }"`;
  if (!next) p.fail(it.tok, missing);
  let elseParts;
  let elseTok;
  if (next.k === TT_ELSE) {
    elseTok = next;
    p.tplIdx++;
    elseParts = templateSeq(p, true);
    next = items[p.tplIdx];
    if (!next) p.fail(it.tok, missing);
  }
  if (next.k !== TT_ENDIF) {
    if (next.k === TT_ELSE)
      p.fail(
        next.tok,
        `Unexpected "%{ else }" directive: already in the else clause of the "%{ if }" at line ${p.sLine[it.tok]}`
      );
    p.fail(
      next.tok,
      `Unexpected "%{ ${next.text} }" directive: expected "%{ endif }" for the "%{ if }" at line ${p.sLine[it.tok]}`
    );
  }
  p.tplIdx++;
  p.depth--;
  const out = {
    kind: "template-if",
    condition: it.expr,
    then: nestedTemplate(p, thenParts, it.end),
    start: it.start,
    end: next.end
  };
  if (elseParts && elseTok) out.else = nestedTemplate(p, elseParts, elseTok.end);
  return out;
}
function templateFor(p, it) {
  if (++p.depth > MAX_DEPTH)
    p.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
  const body = templateSeq(p, true);
  const next = p.tpl[p.tplIdx];
  if (!next)
    p.fail(
      it.tok,
      `Unexpected end of template: the "%{ for }" at line ${p.sLine[it.tok]} has no matching "%{ endfor }"`
    );
  if (next.k !== TT_ENDFOR) {
    if (next.k === TT_ELSE)
      p.fail(next.tok, 'Unexpected "%{ else }" directive: a "%{ for }" directive has no else clause');
    p.fail(
      next.tok,
      `Unexpected "%{ ${next.text} }" directive: expected "%{ endfor }" for the "%{ for }" at line ${p.sLine[it.tok]}`
    );
  }
  p.tplIdx++;
  p.depth--;
  const out = {
    kind: "template-for",
    valueVar: it.valueVar,
    collection: it.expr,
    body: nestedTemplate(p, body, it.end),
    start: it.start,
    end: next.end
  };
  if (it.keyVar !== void 0) out.keyVar = it.keyVar;
  return out;
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

// src/formats/hcl/expressions.ts
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
function parseExpr(p) {
  if (++p.depth > MAX_DEPTH) p.tooDeep(p.peek());
  const cond = parseBinary(p, 1);
  let out = cond;
  const q = p.peek();
  if (p.type[q] === QUESTION) {
    p.pos = q + 1;
    const a = parseExpr(p);
    const c = p.peek();
    if (p.type[c] !== COLON) p.unexpected(c, 'Missing false expression in conditional: expected ":"');
    p.pos = c + 1;
    const b = parseExpr(p);
    out = {
      kind: "conditional",
      condition: cond,
      then: a,
      else: b,
      start: cond.start,
      end: b.end
    };
  }
  p.depth--;
  return out;
}
function parseBinary(p, min) {
  let lhs = parseOperand(p);
  for (; ; ) {
    const i = p.peek();
    const t = p.type[i];
    const prec = PREC[t];
    if (prec < min) return lhs;
    p.pos = i + 1;
    const rhs = parseBinary(p, prec + 1);
    if (!p.build) continue;
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
function parseOperand(p) {
  const i = p.peek();
  const t = p.type[i];
  if (t === MINUS || t === BANG) {
    p.pos = i + 1;
    if (++p.depth > MAX_DEPTH) p.tooDeep(i);
    const operand = parseOperand(p);
    p.depth--;
    return {
      kind: "unary",
      op: t === MINUS ? "-" : "!",
      operand,
      start: p.sp(i),
      end: operand.end
    };
  }
  return parseTraversals(p, parseTerm(p, i, t));
}
function parseTerm(p, i, t) {
  switch (t) {
    case IDENT: {
      p.pos = i + 1;
      const j = p.peek();
      const tj = p.type[j];
      if (tj === OPAREN) return parseCall(p, i, i, j);
      if (tj === DOUBLECOLON) return parseNamespacedCall(p, i);
      if (!p.build) return SKIMMED;
      const name = p.text(i);
      const start = p.sp(i);
      const end = p.ep(i);
      if (name === "true") return { kind: "literal", value: true, start, end };
      if (name === "false") return { kind: "literal", value: false, start, end };
      if (name === "null") return { kind: "literal", value: null, start, end };
      return { kind: "variable", name, start, end };
    }
    case NUMBER: {
      p.pos = i + 1;
      const value = numberValue(p, i);
      return p.build ? { kind: "literal", value, start: p.sp(i), end: p.ep(i) } : SKIMMED;
    }
    case OQUOTE:
      return parseQuoted(p, i);
    case OHEREDOC:
      return parseHeredoc(p, i);
    case OBRACK:
      return parseTuple(p, i);
    case OBRACE:
      return parseObject(p, i);
    case OPAREN: {
      p.pos = i + 1;
      const saved = p.nl;
      p.nl = false;
      const expr = parseExpr(p);
      const c = p.peek();
      if (p.type[c] !== CPAREN)
        p.unexpected(c, `Unbalanced parentheses: expected ")" to close the "(" at line ${p.sLine[i]}`);
      p.pos = c + 1;
      p.nl = saved;
      return { kind: "paren", expr, start: p.sp(i), end: p.ep(c) };
    }
    default:
      if (t === EOF) p.fail(i, "Missing expression: expected an expression, found the end of the file");
      if (t === INVALID) p.fail(i, p.invalidMessage(i));
      p.fail(i, `Invalid expression: unexpected ${p.describe(i)}`);
  }
}
function numberValue(p, i) {
  if (p.flag[i] & F_BADNUMBER) {
    p.report(p.sLine[i], p.sCol[i], `Invalid number literal: ${p.text(i)}`);
    return NaN;
  }
  return Number(p.text(i));
}
function parseNamespacedCall(p, first) {
  let last = first;
  for (; ; ) {
    const d = p.peek();
    if (p.type[d] !== DOUBLECOLON) break;
    p.pos = d + 1;
    const n = p.peek();
    if (p.type[n] !== IDENT) p.unexpected(n, 'Invalid function name: expected a name after "::"');
    p.pos = n + 1;
    last = n;
  }
  const o = p.peek();
  if (p.type[o] !== OPAREN)
    p.unexpected(
      o,
      'Missing function call: a namespaced name like "provider::aws::fn" must be followed by "("'
    );
  return parseCall(p, first, last, o);
}
function callName(p, first, last) {
  return first === last ? p.text(first) : p.src.slice(p.start[first], p.end[last]).replace(/\s+/g, "");
}
function parseCall(p, first, last, open) {
  p.pos = open + 1;
  const saved = p.nl;
  p.nl = false;
  const args = [];
  let expandFinal = false;
  let close;
  for (; ; ) {
    let k = p.peek();
    if (p.type[k] === CPAREN) {
      close = k;
      break;
    }
    const arg = parseExpr(p);
    if (p.build) args.push(arg);
    k = p.peek();
    const t = p.type[k];
    if (t === CPAREN) {
      close = k;
      break;
    }
    if (t === COMMA) {
      p.pos = k + 1;
      continue;
    }
    if (t === ELLIPSIS) {
      expandFinal = true;
      p.pos = k + 1;
      close = p.peek();
      if (p.type[close] !== CPAREN)
        p.unexpected(
          close,
          'Missing closing parenthesis: an expanded argument (with "...") must be the last one'
        );
      break;
    }
    if (t === EOF)
      p.fail(open, `Unterminated function call: no ")" for the call to "${callName(p, first, last)}"`);
    p.unexpected(k, 'Missing argument separator: expected "," or ")"');
  }
  p.pos = close + 1;
  p.nl = saved;
  if (!p.build) return SKIMMED;
  return {
    kind: "call",
    name: callName(p, first, last),
    args,
    expandFinal,
    nameEnd: p.ep(last),
    start: p.sp(first),
    end: p.ep(close)
  };
}
function parseTraversals(p, from) {
  const type = p.type;
  let ret = from;
  for (; ; ) {
    const i = p.peek();
    const t = type[i];
    if (t === DOT) {
      p.pos = i + 1;
      const j = p.peek();
      const tj = type[j];
      p.pos = j + 1;
      if (tj === IDENT) {
        if (p.build) ret = { kind: "getattr", object: ret, name: p.text(j), start: ret.start, end: p.ep(j) };
      } else if (tj === NUMBER) {
        const key = legacyIndex(p, j);
        if (p.build) ret = { kind: "index", object: ret, key, start: ret.start, end: p.ep(j) };
      } else if (tj === STAR) {
        const item = { kind: "splat-item", start: p.sp(i), end: p.ep(j) };
        let each = item;
        for (; ; ) {
          const d = p.peek();
          if (type[d] !== DOT) break;
          p.pos = d + 1;
          const a = p.peek();
          const ta = type[a];
          p.pos = a + 1;
          if (ta === IDENT)
            each = {
              kind: "getattr",
              object: each,
              name: p.text(a),
              start: item.start,
              end: p.ep(a)
            };
          else if (ta === NUMBER)
            each = {
              kind: "index",
              object: each,
              key: legacyIndex(p, a),
              start: item.start,
              end: p.ep(a)
            };
          else if (ta === STAR)
            p.fail(
              a,
              "Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat"
            );
          else p.unexpected(a, "Invalid attribute name: an attribute name is required after a dot");
        }
        ret = { kind: "splat", object: ret, each, start: ret.start, end: each.end };
      } else {
        p.unexpected(j, "Invalid attribute name: an attribute name is required after a dot");
      }
    } else if (t === OBRACK) {
      p.pos = i + 1;
      const j = p.peek();
      if (type[j] === STAR) {
        p.pos = j + 1;
        const c = p.peek();
        if (type[c] !== CBRACK)
          p.unexpected(c, 'Missing close bracket on splat index: "[*" must be followed by "]"');
        p.pos = c + 1;
        const item = { kind: "splat-item", start: p.sp(i), end: p.ep(c) };
        if (++p.depth > MAX_DEPTH) p.tooDeep(i);
        const each = parseTraversals(p, item);
        p.depth--;
        ret = { kind: "splat", object: ret, each, start: ret.start, end: each.end };
      } else {
        const saved = p.nl;
        p.nl = false;
        const key = parseExpr(p);
        const c = p.peek();
        if (type[c] !== CBRACK) p.unexpected(c, 'Missing close bracket on index: expected "]"');
        p.pos = c + 1;
        p.nl = saved;
        if (p.build) ret = { kind: "index", object: ret, key, start: ret.start, end: p.ep(c) };
      }
    } else return ret;
  }
}
function legacyIndex(p, j) {
  const text = p.text(j);
  const start = p.sp(j);
  const end = p.ep(j);
  const dot = text.indexOf(".");
  if (dot >= 0) {
    p.report(
      p.sLine[j],
      p.sCol[j],
      `Invalid legacy index syntax: chaining two legacy indexes is not allowed; use [${text.slice(0, dot)}][${text.slice(dot + 1)}] instead`
    );
    return { kind: "literal", value: Number(text.slice(0, dot)), start, end };
  }
  return { kind: "literal", value: numberValue(p, j), start, end };
}

// src/formats/hcl/template-lexer.ts
function heredocOpener(lx, p) {
  const s = lx.src;
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
    if (codePointAt(s, q) > 65535) lx.astral = true;
    q += codePointAt(s, q) > 65535 ? 2 : 1;
  } else return 0;
  while (q < lx.n) {
    const d = s.charCodeAt(q);
    if (d < 128) {
      if (IDC[d] === 0) break;
      q++;
    } else {
      const cp = codePointAt(s, q);
      if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
      if (cp > 65535) lx.astral = true;
      q += cp > 65535 ? 2 : 1;
    }
  }
  const me = q;
  if (s.charCodeAt(q) === 13) q++;
  if (s.charCodeAt(q) !== 10) return 0;
  q++;
  const sLine = lx.line;
  const sCol = lx.col(p);
  lx.line++;
  lx.lineStart = q;
  lx.emitFrom(OHEREDOC, p, q, flag, sLine, sCol);
  lx.heredocs.push({ marker: s.slice(ms, me), startOfLine: true });
  lx.pushMode(MODE_HEREDOC);
  return q;
}
function lexString(lx, p) {
  const s = lx.src;
  const n = lx.n;
  for (; ; ) {
    if (p >= n) {
      lx.emit(EOF, n, n, 0);
      return -1;
    }
    let c = s.charCodeAt(p);
    if (c === 34) {
      lx.emit(CQUOTE, p, p + 1, 0);
      lx.popMode();
      return p + 1;
    }
    if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return lx.openSequence(p, c);
    if (c === 10 || c === 13) return lx.invalid(p, p + 1, INV_QUOTED_NEWLINE);
    const start = p;
    let esc = 0;
    for (; ; ) {
      if (c === 92) {
        const d = s.charCodeAt(p + 1);
        if (p + 1 >= n || d === 10 || d === 13) break;
        if (d >= 55296 && d <= 56319) lx.astral = true;
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
        if (c >= 55296 && c <= 56319) lx.astral = true;
        p++;
      }
      if (p >= n) break;
      c = s.charCodeAt(p);
    }
    if (p === start) return lx.invalid(p, p + 1, INV_BACKSLASH);
    lx.emit(QUOTED_LIT, start, p, esc);
  }
}
function templateText(lx, start, heredoc) {
  const s = lx.src;
  const n = lx.n;
  let p = start;
  let c = s.charCodeAt(p);
  lx.textEsc = 0;
  lx.textEol = -1;
  for (; ; ) {
    if (c === 10) {
      lx.textEol = p;
      return p + 1;
    }
    if (c === 13 && heredoc) {
      if (s.charCodeAt(p + 1) === 10) {
        lx.textEol = p;
        return p + 2;
      }
      if (p > start) lx.emit(STRING_LIT, start, p, lx.textEsc);
      return lx.invalid(p, p + 1, INV_CR);
    }
    if (c === 36 || c === 37) {
      const d = s.charCodeAt(p + 1);
      if (d === 123) return p;
      if (d === c && s.charCodeAt(p + 2) === 123) {
        lx.textEsc = F_ESCAPE;
        p += 3;
      } else p++;
    } else {
      if (c >= 55296 && c <= 56319) lx.astral = true;
      p++;
    }
    if (p >= n) return p;
    c = s.charCodeAt(p);
  }
}
function emitTextLine(lx, start, end, flag) {
  const sLine = lx.line;
  const sCol = lx.col(start);
  lx.line++;
  lx.lineStart = end;
  lx.emitFrom(STRING_LIT, start, end, flag, sLine, sCol);
}
function lexHeredoc(lx, p) {
  const s = lx.src;
  const n = lx.n;
  const hd = lx.heredocs[lx.heredocs.length - 1];
  for (; ; ) {
    if (p >= n) {
      lx.emit(EOF, n, n, 0);
      return -1;
    }
    const c = s.charCodeAt(p);
    if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return lx.openSequence(p, c);
    const start = p;
    p = templateText(lx, start, true);
    if (p < 0) return -1;
    const eol = lx.textEol;
    if (eol >= 0) {
      if (hd.startOfLine && isMarkerLine(s, start, eol, hd.marker)) {
        lx.emit(CHEREDOC, start, eol, 0);
        lx.emitNewline(eol, p);
        lx.heredocs.pop();
        lx.popMode();
        return p;
      }
      emitTextLine(lx, start, p, lx.textEsc);
      hd.startOfLine = true;
    } else {
      lx.emit(STRING_LIT, start, p, lx.textEsc);
      hd.startOfLine = false;
    }
  }
}
function lexBare(lx, p) {
  const s = lx.src;
  const n = lx.n;
  for (; ; ) {
    if (p >= n) {
      lx.emit(EOF, n, n, 0);
      return -1;
    }
    const c = s.charCodeAt(p);
    if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return lx.openSequence(p, c);
    const start = p;
    p = templateText(lx, start, false);
    if (lx.textEol >= 0) emitTextLine(lx, start, p, lx.textEsc);
    else lx.emit(STRING_LIT, start, p, lx.textEsc);
  }
}

// src/formats/hcl/other-tokens.ts
function lexOther(lx, p, c) {
  const s = lx.src;
  switch (c) {
    case 9:
      return p + 1;
    case 13:
      if (s.charCodeAt(p + 1) === 10) {
        lx.emitNewline(p, p + 2);
        return p + 2;
      }
      return lx.invalid(p, p + 1, INV_CR);
    case 35:
      return lx.lineComment(p);
    case 47: {
      const d = s.charCodeAt(p + 1);
      if (d === 47) return lx.lineComment(p);
      if (d === 42) {
        const e = s.indexOf("*/", p + 2);
        if (e < 0) return lx.invalid(p, p + 2, INV_COMMENT);
        for (let i = s.indexOf("\n", p + 2); i >= 0 && i < e; i = s.indexOf("\n", i + 1)) {
          lx.line++;
          lx.lineStart = i + 1;
        }
        if (!lx.astral) lx.astral = hasSurrogate(s, p, e);
        return e + 2;
      }
      lx.emit(SLASH, p, p + 1, 0);
      return p + 1;
    }
    case 126: {
      if (s.charCodeAt(p + 1) !== 125) return lx.invalid(p, p + 1, INV_BITWISE);
      lx.emit(TEMPLATE_SEQ_END, p, p + 2, F_TILDE);
      const rb = lx.retBraces;
      if (rb.length > 0 && rb[rb.length - 1] === lx.braces) {
        rb.pop();
        lx.popMode();
      }
      lx.braces--;
      return p + 2;
    }
    case 42:
      lx.emit(STAR, p, p + 1, 0);
      return p + 1;
    case 37:
      lx.emit(PERCENT, p, p + 1, 0);
      return p + 1;
    case 43:
      lx.emit(PLUS, p, p + 1, 0);
      return p + 1;
    case 45:
      lx.emit(MINUS, p, p + 1, 0);
      return p + 1;
    case 63:
      lx.emit(QUESTION, p, p + 1, 0);
      return p + 1;
    case 33:
      if (s.charCodeAt(p + 1) === 61) {
        lx.emit(NOTEQUAL, p, p + 2, 0);
        return p + 2;
      }
      lx.emit(BANG, p, p + 1, 0);
      return p + 1;
    case 62:
      if (s.charCodeAt(p + 1) === 61) {
        lx.emit(GTE, p, p + 2, 0);
        return p + 2;
      }
      lx.emit(GT, p, p + 1, 0);
      return p + 1;
    case 60: {
      const d = s.charCodeAt(p + 1);
      if (d === 61) {
        lx.emit(LTE, p, p + 2, 0);
        return p + 2;
      }
      if (d === 60) {
        const e = heredocOpener(lx, p);
        if (e > 0) return e;
      }
      lx.emit(LT, p, p + 1, 0);
      return p + 1;
    }
    case 38:
      if (s.charCodeAt(p + 1) !== 38) return lx.invalid(p, p + 1, INV_BITWISE);
      lx.emit(AND, p, p + 2, 0);
      return p + 2;
    case 124:
      if (s.charCodeAt(p + 1) !== 124) return lx.invalid(p, p + 1, INV_BITWISE);
      lx.emit(OR, p, p + 2, 0);
      return p + 2;
    case 58:
      if (s.charCodeAt(p + 1) === 58) {
        lx.emit(DOUBLECOLON, p, p + 2, 0);
        return p + 2;
      }
      lx.emit(COLON, p, p + 1, 0);
      return p + 1;
    case 94:
      return lx.invalid(p, p + 1, INV_BITWISE);
    case 59:
      return lx.invalid(p, p + 1, INV_SEMICOLON);
    case 96:
      return lx.invalid(p, p + 1, INV_BACKTICK);
    case 39:
      return lx.invalid(p, p + 1, INV_APOSTROPHE);
    default:
      break;
  }
  if (c < 128) return lx.invalid(p, p + 1, INV_CHAR);
  const cp = codePointAt(s, p);
  const w = cp > 65535 ? 2 : 1;
  if (w === 2) lx.astral = true;
  if (ID_START_RE.test(String.fromCodePoint(cp))) return lx.ident(p, p + w);
  return lx.invalid(p, p + w, cp === 8220 || cp === 8221 ? INV_CURLY_QUOTE : INV_CHAR);
}

// src/formats/hcl/lexer.ts
var MODE_MAIN = 0;
var MODE_STRING = 1;
var MODE_HEREDOC = 2;
var MODE_BARE = 3;
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
      p = m === MODE_MAIN ? this.lexMain(p) : m === MODE_STRING ? lexString(this, p) : m === MODE_HEREDOC ? lexHeredoc(this, p) : lexBare(this, p);
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
      p = lexOther(this, p, c);
      if (p < 0 || this.mode !== MODE_MAIN) return p;
    }
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
};
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

// src/formats/hcl/bodies.ts
function parseBody(p, attrs, blocks, open, typeTok) {
  const type = p.type;
  let names = null;
  for (; ; ) {
    const i = p.pos;
    const t = type[i];
    if (t === IDENT) {
      p.pos = i + 1;
      const j = p.pos;
      const tj = type[j];
      if (tj === EQUAL) {
        const attr = parseAttribute(p, i, j, false);
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
          p.report(
            p.sLine[i],
            p.sCol[i],
            `Attribute redefined: "${attr.name}" was already set at line ${lineIndex(p.src).position(dup.start).line}; each argument may be set only once`
          );
        } else attrs.push(attr);
      } else if (tj === OQUOTE || tj === OBRACE || tj === IDENT) {
        blocks.push(parseBlock(p, i));
      } else {
        const name = p.text(i);
        p.unexpected(
          j,
          `Argument or block definition required: expected "=" to set argument "${name}" or "{" to open a "${name}" block`
        );
      }
      continue;
    }
    if (t === NEWLINE) {
      p.pos = i + 1;
      continue;
    }
    if (open >= 0) {
      if (t === CBRACE) {
        p.pos = i + 1;
        return i;
      }
      if (t === EOF) unclosed(p, typeTok, open);
    } else if (t === EOF) return i;
    if (t === OQUOTE) p.fail(i, "Invalid argument name: argument names must not be quoted");
    if (t === CBRACE && open < 0) p.fail(i, 'Unexpected "}": there is no open block to close here');
    p.unexpected(i, "Argument or block definition required");
  }
}
function unclosed(p, typeTok, open) {
  p.fail(open, `Unclosed block: expected "}" for block "${p.text(typeTok)}" opened at line ${p.sLine[open]}`);
}
function parseAttribute(p, nameTok, eqTok, singleLine) {
  p.pos = eqTok + 1;
  const expr = parseExpr(p);
  const exprEnd = p.ep(p.pos - 1);
  if (!singleLine) {
    const k = p.pos;
    const t = p.type[k];
    if (t === NEWLINE) p.pos = k + 1;
    else if (t !== EOF) {
      if (t === COMMA)
        p.fail(k, "Unexpected comma after argument: arguments must be separated by newlines, not commas");
      p.unexpected(k, "Missing newline after argument: an argument definition must end with a newline");
    }
  }
  if (!p.build)
    return new LazyAttribute(p.text(nameTok), p.sp(nameTok), p.ep(nameTok), p.sp(eqTok + 1), exprEnd, p.src);
  return {
    name: p.text(nameTok),
    start: p.sp(nameTok),
    nameEnd: p.ep(nameTok),
    expr,
    end: expr.end
  };
}
function parseBlock(p, typeTok) {
  if (++p.depth > MAX_DEPTH) p.tooDeep(typeTok);
  const type = p.type;
  const labels = [];
  const labelSpans = [];
  let i;
  for (; ; ) {
    i = p.pos;
    const t = type[i];
    if (t === OBRACE) break;
    if (t === OQUOTE) {
      const close2 = parseLabel(p, i, labels);
      labelSpans.push({ start: p.sp(i), end: p.ep(close2) });
    } else if (t === IDENT) {
      labels.push(p.text(i));
      labelSpans.push({ start: p.sp(i), end: p.ep(i) });
      p.pos = i + 1;
    } else if (t === EQUAL) {
      p.fail(
        i,
        'Invalid block definition: "=" marks an argument definition and must not be used when defining a block'
      );
    } else if (t === NEWLINE) {
      p.fail(
        i,
        'Invalid block definition: a block body must be delimited by "{" and "}", starting on the same line as the block header'
      );
    } else {
      p.unexpected(i, 'Invalid block definition: expected a quoted label or "{"');
    }
  }
  const open = i;
  p.pos = open + 1;
  const attributes = [];
  const blocks = [];
  let close;
  const j = p.pos;
  const tj = type[j];
  if (tj === NEWLINE || tj === EOF || tj === CBRACE) {
    close = parseBody(p, attributes, blocks, open, typeTok);
  } else {
    if (tj !== IDENT) p.unexpected(j, "Invalid single-line block: expected an argument definition");
    const k = j + 1;
    const tk = type[k];
    if (tk === EQUAL) attributes.push(parseAttribute(p, j, k, true));
    else if (tk === OQUOTE || tk === OBRACE || tk === IDENT)
      p.fail(
        j,
        `Invalid single-line block: it can contain only a single argument; put the nested block "${p.text(j)}" on a line of its own`
      );
    else p.unexpected(k, `Invalid single-line block: expected "=" after "${p.text(j)}"`);
    close = p.pos;
    const tc = type[close];
    if (tc === CBRACE) p.pos = close + 1;
    else if (tc === COMMA)
      p.fail(
        close,
        "Invalid single-line block: it can contain only one argument; use a multi-line block with one argument per line"
      );
    else if (tc === NEWLINE)
      p.fail(
        close,
        "Invalid single-line block: a block with an argument on its opening line must be closed on that same line"
      );
    else if (tc === EOF) unclosed(p, typeTok, open);
    else p.unexpected(close, 'Invalid single-line block: expected "}" right after the argument');
  }
  const eol = p.pos;
  const te = type[eol];
  if (te === NEWLINE) p.pos = eol + 1;
  else if (te !== EOF)
    p.unexpected(eol, "Missing newline after block definition: a block must end with a newline");
  p.depth--;
  const end = p.ep(close);
  return {
    type: p.text(typeTok),
    labels,
    start: p.sp(typeTok),
    typeSpan: { start: p.sp(typeTok), end: p.ep(typeTok) },
    labelSpans,
    body: { attributes, blocks, start: p.sp(open), end },
    end
  };
}
function parseLabel(p, open, labels) {
  let value = "";
  let i = open + 1;
  for (; ; i++) {
    const t = p.type[i];
    if (t === CQUOTE) break;
    if (t === QUOTED_LIT) value += literalValue(p, i);
    else if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
      const c = t === TEMPLATE_INTERP ? "$" : "%";
      p.fail(
        i,
        `Invalid block label: template sequences are not allowed in a label; to write a literal "${c}{", write "${c}${c}{"`
      );
    } else if (t === EOF) p.fail(open, "Unterminated string: no closing quote for the string opened here");
    else p.unexpected(i, "Invalid block label");
  }
  labels.push(value);
  p.pos = i + 1;
  return i;
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
      this.built = parseExpr(new ParserState(this.src, tk, [], 0));
    } catch (e) {
      if (e === BAIL) throw new Error("HCL parser: an expression that was checked failed to build");
      throw e;
    } finally {
      releaseTokens(tk);
    }
    return this.built;
  }
};

// src/formats/hcl/parser.ts
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
  const parser = new ParserState(text, tk, errors, 0);
  parser.skim();
  try {
    parseBody(parser, attributes, blocks, -1, -1);
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
  const parser = new ParserState(text, tk, errors, start.offset);
  parser.eofName = "the end of the string";
  let expr;
  try {
    const items = templateItems(parser, EOF, -1);
    expr = buildTemplate(parser, items, start.offset, end, start.offset);
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
var segmenter;
function graphemes(text) {
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
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
      const parsed = parseClass(pattern, i);
      if (parsed) {
        steps.push(parsed.step);
        i = parsed.end;
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
function dirname(path) {
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
  dirname: def(1, 1, ([p]) => str(dirname(needString(p, "dirname")))),
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
function subnet(base2, newbits, netnum, fn) {
  const length = base2.prefix + newbits;
  if (newbits < 0) fail(fn, "new bits must not be negative");
  if (length > base2.bits)
    fail(fn, `insufficient address space to extend prefix of ${base2.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    fail(fn, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const address = base2.network | BigInt(netnum) << BigInt(base2.bits - length);
  return `${addressText(base2.version, address)}/${length}`;
}
function host(base2, hostnum) {
  const size = 1n << BigInt(base2.bits - base2.prefix);
  const offset = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (offset < 0n || offset >= size)
    fail("cidrhost", `prefix of ${base2.prefix} bits cannot accommodate a host numbered ${hostnum}`);
  return addressText(base2.version, base2.network + offset);
}
function subnets(base2, newbits) {
  const space = 1n << BigInt(base2.bits);
  const maskOf = (length) => space - 1n ^ (1n << BigInt(base2.bits - length)) - 1n;
  const first = base2.prefix + (newbits[0] ?? 0);
  let current = { address: (base2.network - 1n + space) % space & maskOf(first), length: first };
  const end = base2.network + (1n << BigInt(base2.bits - base2.prefix));
  return newbits.map((bits) => {
    const length = base2.prefix + bits;
    if (bits < 1) fail("cidrsubnets", "must extend prefix by at least one bit");
    if (length > base2.bits)
      fail(
        "cidrsubnets",
        `would extend prefix to ${length} bits, which is too long for an IPv${base2.version} address`
      );
    const currentLast = current.address + (1n << BigInt(base2.bits - current.length)) - 1n;
    const last = (currentLast & maskOf(length)) + (1n << BigInt(base2.bits - length));
    if (last >= space || last < base2.network || last >= end)
      fail(
        "cidrsubnets",
        `not enough remaining address space for a subnet with a prefix of ${length} bits after ${addressText(base2.version, current.address)}/${current.length}`
      );
    current = { address: last, length };
    return `${addressText(base2.version, last)}/${length}`;
  });
}
var NETWORK_FUNCTIONS = {
  cidrhost: def(
    2,
    2,
    ([p, n], ctx) => str(host(network(needString(p, "cidrhost"), "cidrhost"), needInteger(n, "cidrhost")), ctx.src)
  ),
  cidrnetmask: def(1, 1, ([p]) => {
    const base2 = network(needString(p, "cidrnetmask"), "cidrnetmask");
    if (base2.version !== 4) fail("cidrnetmask", "only IPv4 networks are supported");
    return str(formatV4((1n << 32n) - 1n ^ (1n << BigInt(32 - base2.prefix)) - 1n));
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
function parseInteger(text, base2) {
  if (!Number.isInteger(base2) || base2 < 2 || base2 > 62)
    fail("parseint", "base must be a whole number between 2 and 62 inclusive");
  const sign = text.startsWith("-") ? -1 : 1;
  const body = /^[+-]/.test(text) ? text.slice(1) : text;
  if (body === "") fail("parseint", `cannot parse ${JSON.stringify(text)} as a base ${base2} integer`);
  let value = 0n;
  for (const c of body) {
    const digit = base2 <= 36 ? DIGITS.indexOf(c.toLowerCase()) : DIGITS.indexOf(c);
    if (digit < 0 || digit >= base2)
      fail("parseint", `cannot parse ${JSON.stringify(text)} as a base ${base2} integer`);
    value = value * BigInt(base2) + BigInt(digit);
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
  log: def(2, 2, ([n, base2]) => num(Math.log(needNumber(n, "log")) / Math.log(needNumber(base2, "log")))),
  max: def(1, Infinity, (args, ctx) => num(Math.max(...args.map((a) => needNumber(a, "max"))), ctx.src)),
  min: def(1, Infinity, (args, ctx) => num(Math.min(...args.map((a) => needNumber(a, "min"))), ctx.src)),
  parseint: def(
    2,
    2,
    ([s, base2]) => num(parseInteger(needString(s, "parseint"), needNumber(base2, "parseint")))
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
  join: def(2, Infinity, ([sep, ...lists], ctx) => {
    const separator = needString(sep, "join");
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
  split: def(2, 2, ([sep, s], ctx) => {
    const text = needString(s, "split");
    const separator = needString(sep, "split");
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
    const base2 = scannedPath(this.scope, dir);
    const prefix = base2 === "" ? "" : `${base2}/`;
    const paths = this.scope.module.files?.project.paths() ?? [];
    return paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  }
  renderTemplate(text, names, templateFile) {
    const scope = this.scope;
    const parsed = parseTemplate(text, { line: 1, column: 1, offset: 0 });
    const path = templateFile === void 0 ? scope.file.path : scannedPath(scope, templateFile);
    if (parsed.errors.length > 0) {
      const e = parsed.errors[0];
      throw new EvalError(`${path}:${e.line},${e.column}: ${e.message}`);
    }
    const file = { path, text, body: { attributes: [], blocks: [], start: 0, end: 0 } };
    const via = templateFile === void 0 ? scope.via ?? "templatestring" : scope.via;
    const value = this.evaluate(parsed.expr, { module: scope.module, file, names, via, template: true });
    return value.t === "string" ? { ...value, src: this.src } : value;
  }
};

// src/formats/terraform/references.ts
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

// src/formats/terraform/evaluate.ts
var MAX_DEPTH2 = 1e3;
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
      budget.log.error(src.loc, `evaluation limit: ${error.message}; ${oneLine2(text)} is treated as unknown`);
      return unknown(text, `evaluation limit: ${error.message}`, src);
    }
    return internalError3(text, error, scope, src);
  }
}
var NOT_ANALYSED = "the values it could not evaluate are unknown (listed as unresolved), and Terraform instances it could not expand are not analysed";
function oneLine2(text) {
  const line = text.replace(/\s+/g, " ");
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
function internalError3(text, error, scope, src) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  scope.module.root.budget.log.error(
    src.loc,
    `internal error in ${scope.file.path} while evaluating ${oneLine2(text)}: ${detail} (the value is treated as unknown)`
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
  if (depth >= MAX_DEPTH2) throw new EvalError("expression nested too deeply");
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
      const base2 = evalExpr(expr.object, scope);
      if (base2.t === "unknown") return base2;
      const items = base2.t === "list" ? base2.items : base2.t === "null" ? [] : [base2];
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

// src/formats/terraform/model-values.ts
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
function logMissing(log, location, name) {
  log.add(location, {
    t: "unknown",
    expr: name,
    reason: `required argument "${name}" is missing: the rule is not analysed`
  });
}
function stringFrom(value) {
  return value ? asString(value) : void 0;
}

// src/formats/terraform/value-reader.ts
var IDENTITY_ATTRIBUTES = /* @__PURE__ */ new Set(["id", "self_link"]);
var IDENTITY = { references: "identity", fieldUseSite: "object" };
function locatedValue(value, useSite, extent, options) {
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
      if (options.references === "symbolic")
        return { kind: "reference", address: value.address, text: String(toPlain(value)), at };
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
      const items = value.items.map((item) => locatedValue(item, useSite, extent, options)).filter((item) => item !== void 0);
      return { kind: "list", items, at };
    }
    case "object":
      return { kind: "object", fields: objectReader(value, at, extent, options), at };
  }
}
function objectReader(value, at, extent, options) {
  return {
    at,
    get(name) {
      const field = value.attrs.get(name);
      if (!field) return void 0;
      const src = field.src;
      const useSite = options.fieldUseSite === "literal" && src && !src.via ? src.loc : at.location;
      return locatedValue(field, useSite, extent, options);
    }
  };
}
function bodyReader(view, extent, options = IDENTITY) {
  return {
    at: { location: view.location, origins: [] },
    get(name) {
      const value = view.attr(name);
      if (value !== void 0)
        return locatedValue(value, view.attrLocation(name) ?? view.location, extent, options);
      if (!view.hasBlocks(name)) return void 0;
      const blocks = view.blocks(name);
      const items = blocks.map((block) => ({
        kind: "object",
        fields: bodyReader(block, extent, options),
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
function outsideFirewall(instance, kind, id) {
  return {
    platform: "terraform",
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
  return readers.map((reader) => naclEgressRule(reader, context)).filter((rule2) => rule2 !== void 0);
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
    const rules = inlineEntries(instance, log);
    acls.set(instance.address, {
      platform: "terraform",
      kind: "aws-network-acl",
      ...anchor,
      egressDeclared: rules.length > 0 ? "rules" : "explicit-empty",
      rules: [...rules, awsNaclFinalDeny(anchor)],
      related: instance.module.callChain
    });
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== RULE || !isEgress(instance, log)) continue;
    const rules = entries([bodyReader(instance.body, instance.extent)], instance, log);
    if (rules.length === 0) continue;
    const address = referencedAddress(instance.body, "network_acl_id");
    const acl = address ? acls.get(address) : void 0;
    if (acl) {
      acl.rules.splice(acl.rules.length - 1, 0, ...rules);
      acl.egressDeclared = "rules";
      continue;
    }
    const value = instance.body.attr("network_acl_id");
    const name = value?.t === "unknown" ? value.expr : value && stringFrom(value);
    const id = name ? `network ACL ${name}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, "aws-network-acl", id), rules);
  }
  return [...acls.values(), ...orphans.values()];
}

// src/providers/aws/terraform-security-group.ts
var GROUP_TYPES2 = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
var CLASSIC_RULE = "aws_security_group_rule";
var VPC_RULE = "aws_vpc_security_group_egress_rule";
var AWS_SG_TYPES = /* @__PURE__ */ new Set([...GROUP_TYPES2, CLASSIC_RULE, VPC_RULE]);
var READ = { references: "symbolic", fieldUseSite: "literal" };
var CLASSIC = { protocolArgument: "protocol" };
var VPC = { protocolArgument: "ip_protocol" };
function declaredBy(instance) {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.displayName,
    location: instance.location,
    variant: variantOf(instance)
  };
}
function base(instance, id, displayName) {
  return {
    platform: "terraform",
    kind: "aws-security-group",
    id,
    displayName,
    resourceType: instance.type,
    location: instance.location,
    related: instance.module.callChain,
    variant: variantOf(instance, id)
  };
}
function originsOf(attrs) {
  return ["protocol", "ip_protocol", "from_port", "to_port"].flatMap(
    (name) => attrs.get(name)?.at.origins ?? []
  );
}
function rule(attrs, instance, selfRef, terraform, unresolved) {
  const mapped = awsEgressRule(attrs, { declaredBy: declaredBy(instance), selfRef, unresolved, terraform });
  return { ...mapped, rule: { ...mapped.rule, origins: originsOf(attrs) } };
}
var REPORTED_AT_ARGUMENT = /* @__PURE__ */ new Set(["protocol", "ip_protocol", "from_port", "to_port"]);
function atArguments(attrs, block) {
  const read = /* @__PURE__ */ new Map();
  const placed = (name) => {
    const value = attrs.get(name);
    if (!value) return value;
    if (name === "self")
      return { ...value, at: { location: block?.attrLocation(name) ?? value.at.location, origins: [] } };
    if (value.kind === "unknown" && REPORTED_AT_ARGUMENT.has(name))
      return { ...value, at: { ...value.at, location: block?.attrLocation(name) ?? value.at.location } };
    return value;
  };
  return {
    at: attrs.at,
    get(name) {
      if (!read.has(name)) read.set(name, placed(name));
      return read.get(name);
    }
  };
}
function groupParts3(instance, log) {
  const body = instance.body;
  const parts = {
    firewall: base(instance, instance.address, instance.displayName),
    keys: [instance.address]
  };
  const inline = (attrs) => rule(attrs, instance, instance.address, CLASSIC, log.entries);
  if (body.hasBlocks("egress")) {
    const blocks = body.blocks("egress");
    if (blocks.length > 0)
      parts.declared = blocks.map(
        (block) => inline(atArguments(bodyReader(block, instance.extent, READ), block))
      );
    return parts;
  }
  const location = body.attrLocation("egress");
  if (!location) return parts;
  parts.firewall.egressLocation = location;
  const egress = bodyReader(body, instance.extent, READ).get("egress");
  if (!egress) return parts;
  if (egress.kind === "unknown") {
    log.entries.push({ location, expression: egress.expression, reason: egress.reason });
    parts.declared = [];
    return parts;
  }
  parts.declared = elementsOf(egress).filter((e) => e.kind === "object").map((e) => inline(atArguments(e.fields, void 0)));
  return parts;
}
function standaloneParts3(instance, log) {
  const body = instance.body;
  if (instance.type === CLASSIC_RULE) {
    const typeValue = body.attr("type");
    const typeAt = body.attrLocation("type") ?? instance.location;
    if (typeValue?.t === "unknown") log.add(typeAt, typeValue);
    else if (!typeValue || typeValue.t === "null") logMissing(log, typeAt, "type");
    if (stringFrom(typeValue) !== "egress") return void 0;
  }
  const groupValue = body.attr("security_group_id");
  if (!groupValue) logMissing(log, instance.location, "security_group_id");
  const target = groupValue?.t === "ref" ? groupValue.address : stringFrom(groupValue);
  const attrs = atArguments(bodyReader(body, instance.extent, READ), body);
  const mapped = rule(
    attrs,
    instance,
    target ?? instance.address,
    instance.type === VPC_RULE ? VPC : CLASSIC,
    log.entries
  );
  if (instance.type === VPC_RULE) mapped.rule.location = instance.location;
  const orphan = base(
    instance,
    target ?? instance.address,
    target ? `security group ${target}` : instance.displayName
  );
  return { groupKeys: target ? [target] : [], rule: mapped, orphan };
}
function extractAwsSecurityGroups(instances, log) {
  const groups = [];
  const standalone = [];
  for (const instance of instances) {
    if (GROUP_TYPES2.has(instance.type)) groups.push(groupParts3(instance, log));
    else {
      const parts = standaloneParts3(instance, log);
      if (parts) standalone.push(parts);
    }
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/providers/aws/mappings.ts
var aws = {
  terraform: [
    { types: AWS_SG_TYPES, firewalls: (instances, { log }) => extractAwsSecurityGroups(instances, log) },
    { types: AWS_NACL_TYPES, firewalls: (instances, { log }) => extractAwsNetworkAcls(instances, log) }
  ],
  plan: [{ types: PLAN_AWS_TYPES, firewalls: planAwsFirewalls }],
  pulumi: [{ types: PULUMI_AWS_TYPES, firewalls: awsFirewalls }],
  cloudformation: async () => (await import("./cloudformation-A3I6Q2KF.js")).awsCloudFormation
};

// src/providers/azure/defaults.ts
var AZURE_ALLOW_INTERNET_OUT_PRIORITY = 65001;
var AZURE_DENY_ALL_OUT_PRIORITY = 65500;
function azureNsgDefaults(anchor) {
  const allow = defaultRule(
    anchor,
    "allow",
    "AllowInternetOutBound",
    serviceTag(anchor, "Internet"),
    AZURE_ALLOW_INTERNET_OUT_PRIORITY
  );
  return {
    platformDefault: {
      name: "AllowInternetOutBound",
      priority: AZURE_ALLOW_INTERNET_OUT_PRIORITY,
      rule: allow
    },
    denyAllOutBound: defaultRule(
      anchor,
      "deny",
      "DenyAllOutBound",
      serviceTag(anchor, "*"),
      AZURE_DENY_ALL_OUT_PRIORITY
    )
  };
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
  const ports = portRangesOf(
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
  const rule2 = (p, rulePorts) => ({
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
    if (!Array.isArray(ports) || coversAllPorts(ports))
      return [rule2("all", Array.isArray(ports) ? ALL_PORTS : ports)];
    return [rule2("tcp", ports), rule2("udp", ports)];
  }
  return [rule2(protocol, hasPorts(protocol) ? ports : [])];
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
  for (const rule2 of standalone) {
    const nsg = rule2.groupKeys.map((k) => byKey.get(k)).find((n) => n !== void 0);
    if (nsg) attached.get(nsg)?.push(rule2);
    else if (rule2.rules.length > 0) addOrphanRules(orphans, rule2.orphan, rule2.rules);
  }
  const firewalls = nsgs.map((nsg) => {
    const rules = attached.get(nsg) ?? [];
    const claimed = new Set(rules.map((r) => r.name));
    const inline = [];
    for (const [name, live] of (nsg.live ?? nsg.declared)?.byName ?? []) {
      if (!claimed.has(name)) inline.push(...nsg.declared?.byName.get(name) ?? live);
    }
    const separate = rules.flatMap((r) => r.rules);
    const undecided = Boolean(
      nsg.declared?.undecided || nsg.live?.undecided || rules.some((r) => r.undecided)
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

// src/providers/azure/plan.ts
var NSG = "azurerm_network_security_group";
var RULE2 = "azurerm_network_security_rule";
var NSG_TYPES = /* @__PURE__ */ new Set([NSG]);
var PLAN_AZURE_TYPES = /* @__PURE__ */ new Set([NSG, RULE2]);
function baseOf3(view) {
  return firewallBase("terraform-plan", "azure-nsg", view.declaredBy, view.related);
}
function nsgParts(view, unresolved) {
  const { values, resource } = view;
  const value = values.get("security_rule");
  const inline = value?.kind === "unknown" ? void 0 : inlineAzureRules(value, { declaredBy: view.declaredBy, unresolved });
  return {
    firewall: baseOf3(view),
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
function ruleParts(view, unresolved) {
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
    orphan: { ...baseOf3(view), id: orphanId, displayName: orphanId }
  };
}
function planAzureFirewalls(views, unresolved) {
  const nsgs = views.filter((v) => v.resource.parsed.type === NSG).map((v) => nsgParts(v, unresolved));
  const rules = views.filter((v) => v.resource.parsed.type === RULE2).map((v) => ruleParts(v, unresolved));
  return assembleNsgs(nsgs, rules);
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
function baseOf4(view) {
  return firewallBase("pulumi", "azure-nsg", view.declaredBy, view.related);
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
  return { firewall: baseOf4(view), keys: nsgKeys(view), declared, live };
}
function ruleParts2(view, external, unresolved) {
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
    orphan: readNsg ? baseOf4(readNsg) : {
      ...baseOf4(view),
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
  const rules = [];
  for (const view of views) {
    if (!RULE_NAME.has(view.resource.type)) continue;
    const parts = ruleParts2(view, external, unresolved);
    if (parts) rules.push(parts);
  }
  return assembleNsgs(nsgs, rules);
}

// src/providers/azure/terraform.ts
var NSG2 = "azurerm_network_security_group";
var RULE3 = "azurerm_network_security_rule";
var AZURE_NSG_TYPES = /* @__PURE__ */ new Set([NSG2, RULE3]);
function nsgParts3(instance, log) {
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
    if (instance.type !== NSG2) continue;
    const parts = nsgParts3(instance, log);
    byAddress.set(instance.address, parts);
    const key = nsgNameKey(
      stringFrom(instance.body.attr("resource_group_name")),
      stringFrom(instance.body.attr("name"))
    );
    if (key) byName.set(key, parts);
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== RULE3) continue;
    const reader = bodyReader(instance.body, instance.extent);
    const rules = azureOutboundRules(reader, { declaredBy: declaredByOf(instance), unresolved: log.entries });
    const undecided = undecidedRule(reader);
    if (rules.length === 0 && !undecided) continue;
    const nsgName = stringFrom(instance.body.attr("network_security_group_name"));
    const reference = referencedAddress(instance.body, "network_security_group_name");
    const nsg = (reference ? byAddress.get(reference) : void 0) ?? byName.get(nsgNameKey(stringFrom(instance.body.attr("resource_group_name")), nsgName) ?? "");
    if (nsg) {
      nsg.attached.push(...rules);
      nsg.undecided ||= undecided;
      continue;
    }
    if (rules.length === 0) continue;
    const id = nsgName !== void 0 ? `network security group ${nsgName}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, "azure-nsg", id), rules);
  }
  return [...[...byAddress.values()].map(nsgFirewall), ...orphans.values()];
}

// src/providers/azure/mappings.ts
var azure = {
  terraform: [
    { types: AZURE_NSG_TYPES, firewalls: (instances, { log }) => extractAzureNsgs(instances, log) }
  ],
  plan: [{ types: PLAN_AZURE_TYPES, firewalls: planAzureFirewalls }],
  pulumi: [{ types: PULUMI_AZURE_TYPES, firewalls: azureFirewalls }]
};

// src/providers/gcp/defaults.ts
var GCP_IMPLIED_EGRESS_PRIORITY = 65535;
var GCP_DEFAULT_PRIORITY = 1e3;
function gcpImpliedEgress(anchor) {
  const rule2 = defaultRule(
    anchor,
    "allow",
    "implied allow-egress rule",
    anywhere(anchor, ANY_V4),
    GCP_IMPLIED_EGRESS_PRIORITY
  );
  return { name: "implied allow-egress rule", priority: GCP_IMPLIED_EGRESS_PRIORITY, rule: rule2 };
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
  const rules = [];
  const entries2 = [
    ["allows", "allow", "allow"],
    ["denies", "deny", "deny"]
  ];
  for (const [plural, singular, action] of entries2) {
    for (const entry of elementsOf(attrs.get(plural) ?? attrs.get(singular))) {
      if (entry.kind === "unknown") context.unresolved.push(unresolvedOf(entry));
      if (entry.kind !== "object") continue;
      const protocol = protocolNamed(entry.fields.get("protocol"), context.unresolved);
      rules.push({
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
  return rules;
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
    const rules = list2.flatMap((f) => f.rules);
    const undecided = list2.some((f) => f.undecided);
    const { id, resourceType, displayName, location } = network2.firewall;
    return {
      ...network2.firewall,
      egressDeclared: rules.length > 0 || undecided ? "rules" : "absent",
      rules,
      ...undecided ? {} : { platformDefault: gcpImpliedEgress({ id, resourceType, displayName, location }) }
    };
  });
  for (const list2 of outside.values()) {
    const rules = list2.flatMap((f) => f.rules);
    if (rules.length > 0) result.push({ ...list2[0].orphan, egressDeclared: "rules", rules });
  }
  return result;
}

// src/providers/gcp/plan.ts
var FIREWALL = "google_compute_firewall";
var NETWORK = "google_compute_network";
var NETWORK_TYPES = /* @__PURE__ */ new Set([NETWORK]);
var PLAN_GCP_TYPES = /* @__PURE__ */ new Set([FIREWALL, NETWORK]);
function baseOf5(view) {
  return firewallBase("terraform-plan", "gcp-network", view.declaredBy, view.related);
}
function networkParts(view) {
  const { resource, values } = view;
  const names = [stringOf(values.get("name")), stringOf(values.get("self_link"))];
  return {
    firewall: baseOf5(view),
    keys: [
      resource.address,
      staticAddress(resource.parsed),
      ...names.flatMap((n) => n ? [networkName(n)] : [])
    ]
  };
}
function firewallParts(view, unresolved) {
  const { values } = view;
  const network2 = values.get("network");
  const reference = (network2?.kind === "unknown" ? network2.expression : stringOf(network2)) ?? "(network not set)";
  return {
    networkKeys: [...view.referencedResources("network", NETWORK_TYPES), networkName(reference)],
    reference,
    rules: gcpEgressRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: values.get("direction")?.kind === "unknown",
    orphan: outsideNetwork(baseOf5(view), NETWORK, reference)
  };
}
function planGcpFirewalls(views, unresolved) {
  const networks = views.filter((v) => v.resource.parsed.type === NETWORK).map(networkParts);
  const firewalls = views.filter((v) => v.resource.parsed.type === FIREWALL).map((v) => firewallParts(v, unresolved));
  return assembleGcpNetworks(networks, firewalls);
}

// src/providers/gcp/pulumi.ts
var FIREWALL2 = "gcp:compute/firewall:Firewall";
var NETWORK2 = "gcp:compute/network:Network";
var PULUMI_GCP_TYPES = /* @__PURE__ */ new Set([FIREWALL2, NETWORK2]);
function baseOf6(view) {
  return firewallBase("pulumi", "gcp-network", view.declaredBy, view.related);
}
function networkParts2(view) {
  const names = [stringOf(view.outputs?.get("self_link")), stringOf(liveOrDeclared(view)?.get("name"))];
  return {
    firewall: baseOf6(view),
    keys: [view.resource.urn, ...names.flatMap((n) => n ? [networkName(n)] : [])]
  };
}
function firewallParts2(view, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  const reference = stringOf(reader.get("network")) ?? "(network not set)";
  return {
    networkKeys: [...view.dependencies("network"), networkName(reference)],
    reference,
    rules: gcpEgressRules(reader, { declaredBy: view.declaredBy, unresolved }),
    undecided: reader.get("direction")?.kind === "unknown",
    orphan: outsideNetwork(baseOf6(view), NETWORK2, reference)
  };
}
function gcpFirewalls(views, unresolved) {
  const networks = views.filter((v) => v.resource.type === NETWORK2 && !v.resource.external).map(networkParts2);
  const firewalls = views.filter((v) => v.resource.type === FIREWALL2).flatMap((v) => firewallParts2(v, unresolved) ?? []);
  return assembleGcpNetworks(networks, firewalls);
}

// src/providers/gcp/terraform.ts
var FIREWALL3 = "google_compute_firewall";
var NETWORK3 = "google_compute_network";
var GCP_FIREWALL_TYPES = /* @__PURE__ */ new Set([FIREWALL3, NETWORK3]);
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
  const firewall = firewallBase("terraform", "gcp-network", declaredByOf(first), first.module.callChain);
  return {
    ...outsideNetwork(firewall, NETWORK3, group.reference),
    egressDeclared: "rules",
    rules: group.rules
  };
}
function extractGcpFirewalls(instances, log) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const network2 of instances) {
    if (network2.type !== NETWORK3) continue;
    const group = { network: network2, rules: [] };
    groups.push(group);
    byKey.set(network2.address, group);
    const name = stringFrom(network2.body.attr("name"));
    if (name !== void 0) byKey.set(`name:${name}`, group);
  }
  for (const firewall of instances) {
    if (firewall.type !== FIREWALL3) continue;
    const reader = bodyReader(firewall.body, firewall.extent);
    const rules = gcpEgressRules(reader, { declaredBy: declaredByOf(firewall), unresolved: log.entries });
    const { address, reference } = networkOf(firewall);
    let group = (address ? byKey.get(address) : void 0) ?? byKey.get(`name:${networkName(reference)}`);
    if (!group) {
      group = { reference, rules: [], firstFirewall: firewall };
      groups.push(group);
      byKey.set(`name:${networkName(reference)}`, group);
    }
    group.rules.push(...rules);
    group.undecided ||= reader.get("direction")?.kind === "unknown";
  }
  return groups.map(networkFirewall).filter((f) => f !== void 0);
}

// src/providers/gcp/mappings.ts
var gcp = {
  terraform: [
    { types: GCP_FIREWALL_TYPES, firewalls: (instances, { log }) => extractGcpFirewalls(instances, log) }
  ],
  plan: [{ types: PLAN_GCP_TYPES, firewalls: planGcpFirewalls }],
  pulumi: [{ types: PULUMI_GCP_TYPES, firewalls: gcpFirewalls }]
};

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
function templateText2(expr, scope) {
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
  return { text, origin: () => originAt(scope, first), placeholders };
}
function originAt(scope, span) {
  const at = toLocation(scope.file, span);
  return { file: at.file, line: at.line, column: at.column - 1 };
}
function fileText(call2, scope, project) {
  const path = asString(evaluate(call2.args[0], scope));
  if (path === void 0) return void 0;
  const normal = path.startsWith("/") ? void 0 : joinPath(scope.module.files?.rootDir ?? "", path);
  const raw = normal === void 0 ? void 0 : project.read(normal);
  if (raw === void 0 || normal === void 0) return void 0;
  const placeholders = /* @__PURE__ */ new Map();
  const origin = () => ({ file: normal, line: 1, column: 0 });
  if (call2.name === "file") return { text: raw, origin, placeholders };
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
  return { text, origin, placeholders };
}
var PASS_THROUGH = /* @__PURE__ */ new Set(["base64encode", "base64gzip", "trimspace", "chomp"]);
function scriptOf(expr, scope, project) {
  if (expr.kind === "paren") return scriptOf(expr.expr, scope, project);
  if (expr.kind === "template") return templateText2(expr, scope);
  if (expr.kind === "call" && PASS_THROUGH.has(expr.name) && expr.args[0])
    return scriptOf(expr.args[0], scope, project);
  if (expr.kind === "call" && (expr.name === "file" || expr.name === "templatefile") && expr.args[0])
    return fileText(expr, scope, project);
  const value = asString(evaluate(expr, scope));
  if (value === void 0) return void 0;
  return { text: value, origin: () => originAt(scope, expr), placeholders: /* @__PURE__ */ new Map() };
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
      const read = scriptOf(expr, instance.body.scope, project);
      if (!read || !/\b(ufw|ip6?tables)\b/.test(read.text)) continue;
      const script = {
        text: read.text,
        origin: read.origin(),
        placeholders: read.placeholders
      };
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

// src/providers/host/mappings.ts
var host2 = {
  terraform: [
    {
      types: USER_DATA_TYPES,
      what: "the host firewalls in instances' user data",
      firewalls: (instances, { log, project, diagnostics }) => userDataFirewalls(instances, project, log.entries, diagnostics)
    }
  ],
  cloudformation: async () => [(await import("./cloudformation-mapping-5WOGDKLL.js")).userDataMapping]
};

// src/providers/index.ts
var PROVIDERS = [aws, azure, gcp, host2];

export {
  Glob,
  pathGlob,
  mayBeTemplate,
  looksLikeCloudFormation,
  parseHcl,
  parseTemplate,
  unknown,
  asString,
  asNumber,
  asBool,
  toPlain,
  fromPlain,
  LIMITS,
  DiagnosticLog,
  RootBudget,
  EvalError,
  isSpread,
  setOf,
  withNames,
  evaluate,
  isConstant,
  forItems,
  UnresolvedLog,
  internalError,
  parseAddress,
  modulePrefix,
  planView,
  docString,
  docStrings,
  analyzeJsonFiles,
  looksLikePulumiState,
  stateResources,
  parseUrn,
  resourceView,
  PROVIDERS
};
