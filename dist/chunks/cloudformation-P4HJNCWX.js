import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  addOrphanRules,
  assembleSecurityGroups,
  awsDefaultEgress,
  awsEgressRule,
  awsNaclFinalDeny,
  internalError,
  locationIn,
  looksLikeCloudFormation,
  naclEgressRule,
  uniqueOrigins
} from "./chunk-OXOOYSTE.js";
import {
  HostFirewalls
} from "./chunk-GPQOUX37.js";
import "./chunk-ZD6JCUKX.js";
import {
  applyCloudConfig,
  parseYaml,
  scalarOrigin
} from "./chunk-HVEUWTOQ.js";
import {
  get,
  hasShellShebang,
  lastOfEachKey,
  parseJson,
  toPlain
} from "./chunk-DW7IFL6K.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-KMWAGXRE.js";
import "./chunk-QUNNNYKS.js";
import "./chunk-PYUYWIVF.js";

// src/formats/cloudformation/intrinsics.ts
var MAX_ALTERNATIVES = 16;
var LIST_PARAMETER = /^(CommaDelimitedList|List<.*>)$/;
var SSM_PARAMETER = /^AWS::SSM::Parameter::Value</;
function describeConditions(conditions) {
  if (conditions.length === 0) return void 0;
  return conditions.map((c) => `condition ${c.name} is ${c.holds}`).join(" and ");
}
function mergeConditions(a, b) {
  const merged = [...a];
  for (const c of b) {
    const same = merged.find((m) => m.name === c.name);
    if (!same) merged.push(c);
    else if (same.holds !== c.holds) return void 0;
  }
  return merged;
}
function expressionText(node) {
  const text = node.type === "scalar" ? String(node.value) : JSON.stringify(toPlain(node));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function scalarText(value) {
  return value.kind === "scalar" ? String(value.value) : void 0;
}
function unknown(node, reason) {
  return [
    { value: { kind: "unknown", expression: expressionText(node), reason }, conditions: [], origins: [] }
  ];
}
function known(value, origins = []) {
  return [{ value, conditions: [], origins }];
}
function intrinsicName(node) {
  if (node.type !== "object" || node.entries.length !== 1) return void 0;
  const key = node.entries[0].key;
  return key === "Ref" || key === "Condition" || key.startsWith("Fn::") ? key : void 0;
}
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function combinations(parts) {
  let product = [{ picks: [], conditions: [] }];
  for (const alternatives of parts) {
    const next = [];
    for (const partial of product) {
      for (const alt of alternatives) {
        const conditions = mergeConditions(partial.conditions, alt.conditions);
        if (conditions) next.push({ picks: [...partial.picks, alt], conditions });
      }
    }
    if (next.length > MAX_ALTERNATIVES) return void 0;
    product = next;
  }
  return product;
}
function combine(node, parts, build) {
  const product = combinations(parts);
  if (!product) return unknown(node, `more than ${MAX_ALTERNATIVES} Fn::If combinations`);
  return product.map(({ picks, conditions }) => {
    const unresolved = picks.find((p) => p.value.kind === "unknown")?.value;
    const value = unresolved?.kind === "unknown" ? { kind: "unknown", expression: expressionText(node), reason: unresolved.reason } : build(picks.map((p) => p.value));
    return { value, conditions, origins: picks.flatMap((p) => p.origins) };
  });
}
var Resolver = class {
  constructor(template, overrides) {
    this.template = template;
    this.overrides = overrides;
  }
  template;
  overrides;
  /** Conditions evaluated so far; `null` while one is being evaluated (a cycle, which CloudFormation rejects). */
  conditionValues = /* @__PURE__ */ new Map();
  /**
   * A template condition's value when parameters decide it (defaults, `--parameter`): then only the branch that
   * applies is checked. Undefined when only deploy time knows (a parameter without a default, a pseudo parameter).
   */
  conditionValue(name) {
    if (this.conditionValues.has(name)) return this.conditionValues.get(name) ?? void 0;
    this.conditionValues.set(name, null);
    const definition = get(get(this.template.root, "Conditions"), name);
    const value = definition ? this.evaluateCondition(definition) : void 0;
    this.conditionValues.set(name, value);
    return value;
  }
  /** Fn::Equals of known values, Fn::And, Fn::Or, Fn::Not and Condition, in three-valued logic. */
  evaluateCondition(node) {
    const name = intrinsicName(node);
    const arg = node.type === "object" ? node.entries[0]?.value : void 0;
    const args = arg?.type === "array" ? arg.items : [];
    const each = () => args.map((a) => this.evaluateCondition(a));
    switch (name) {
      case "Condition":
        return arg?.type === "scalar" ? this.conditionValue(String(arg.value)) : void 0;
      case "Fn::Equals": {
        if (args.length !== 2) return void 0;
        const [a, b] = args.map((x2) => this.resolve(x2));
        if (a.length !== 1 || b.length !== 1) return void 0;
        const [x, y] = [scalarText(a[0].value), scalarText(b[0].value)];
        return x === void 0 || y === void 0 ? void 0 : x === y;
      }
      case "Fn::Not": {
        const [value] = args.length === 1 ? each() : [void 0];
        return value === void 0 ? void 0 : !value;
      }
      case "Fn::And": {
        const values = each();
        if (values.includes(false)) return false;
        return values.length > 0 && values.every((v) => v === true) ? true : void 0;
      }
      case "Fn::Or": {
        const values = each();
        if (values.includes(true)) return true;
        return values.length > 0 && values.every((v) => v === false) ? false : void 0;
      }
      default:
        return void 0;
    }
  }
  /** The branches of Fn::If to check: both, each tagged with its condition, unless the condition is known. */
  ifCases(condition) {
    const value = this.conditionValue(condition);
    if (value !== void 0) return [{ holds: value, when: [] }];
    return [
      { holds: true, when: [{ name: condition, holds: true }] },
      { holds: false, when: [{ name: condition, holds: false }] }
    ];
  }
  /** The alternatives a node evaluates to. */
  resolve(node) {
    const name = intrinsicName(node);
    if (name) return this.intrinsic(name, node.type === "object" ? node.entries[0].value : node, node);
    switch (node.type) {
      case "scalar":
        return node.value === null ? unknown(node, "empty value") : known({ kind: "scalar", value: node.value });
      case "array":
        return combine(
          node,
          node.items.map((item) => this.resolve(item)),
          (items) => ({
            kind: "list",
            items: items.filter((v) => v.kind !== "absent")
          })
        );
      case "object":
        return unknown(node, "a mapping where a single value was expected");
    }
  }
  /** The branches of a node that Fn::If (or `AWS::NoValue`) may switch as a whole: a list of rules, one rule. */
  branches(node) {
    const name = intrinsicName(node);
    const arg = node.type === "object" ? node.entries[0]?.value : void 0;
    if (name === "Ref" && arg?.type === "scalar" && arg.value === "AWS::NoValue")
      return [{ node: void 0, conditions: [] }];
    if (name !== "Fn::If" || arg?.type !== "array" || arg.items.length !== 3)
      return [{ node, conditions: [] }];
    const [conditionNode, whenTrue, whenFalse] = arg.items;
    if (conditionNode.type !== "scalar") return [{ node, conditions: [] }];
    const out = [];
    for (const { holds, when } of this.ifCases(String(conditionNode.value))) {
      for (const b of this.branches(holds ? whenTrue : whenFalse)) {
        const conditions = mergeConditions(when, b.conditions);
        if (conditions) out.push({ node: b.node, conditions });
      }
    }
    return out;
  }
  intrinsic(name, arg, node) {
    const args = arg.type === "array" ? arg.items : [];
    switch (name) {
      case "Ref":
        return arg.type === "scalar" && typeof arg.value === "string" ? this.ref(arg.value, node) : unknown(node, "Ref takes a name");
      case "Fn::GetAtt":
        return this.getAtt(arg, node);
      case "Fn::Sub":
        return this.sub(arg, node);
      case "Fn::Join":
        if (args.length !== 2) return unknown(node, "Fn::Join takes [delimiter, list]");
        return combine(node, [this.resolve(args[0]), this.resolve(args[1])], ([delimiter, list]) => {
          const parts = list.kind === "list" ? list.items.map(scalarText) : [];
          if (scalarText(delimiter) === void 0 || list.kind !== "list" || parts.some((p) => p === void 0)) {
            return notKnown(node, "Fn::Join of values known only at deploy time");
          }
          return { kind: "scalar", value: parts.join(scalarText(delimiter)) };
        });
      case "Fn::Select":
        if (args.length !== 2) return unknown(node, "Fn::Select takes [index, list]");
        return combine(node, [this.resolve(args[0]), this.resolve(args[1])], ([index, list]) => {
          const i = Number(scalarText(index));
          if (list.kind !== "list" || !Number.isInteger(i) || i < 0 || i >= list.items.length) {
            return notKnown(node, "Fn::Select index out of range or list unknown");
          }
          return list.items[i];
        });
      case "Fn::Split":
        if (args.length !== 2) return unknown(node, "Fn::Split takes [delimiter, string]");
        return combine(node, [this.resolve(args[0]), this.resolve(args[1])], ([delimiter, source]) => {
          const d = scalarText(delimiter);
          const s = scalarText(source);
          if (d === void 0 || s === void 0)
            return notKnown(node, "Fn::Split of a value known only at deploy time");
          return { kind: "list", items: s.split(d).map((value) => ({ kind: "scalar", value })) };
        });
      case "Fn::FindInMap":
        return this.findInMap(args, node);
      case "Fn::If":
        return this.ifBranches(args, node);
      case "Fn::ImportValue":
        return unknown(node, "Fn::ImportValue is another stack's export, known only at deploy time");
      case "Fn::GetAZs":
        return unknown(node, "Fn::GetAZs is known only at deploy time");
      default:
        return unknown(node, `${name} is not evaluated`);
    }
  }
  ref(name, node) {
    if (name === "AWS::NoValue") return known({ kind: "absent" });
    const parameter = this.template.parameters.get(name);
    if (parameter) return this.parameterValue(parameter, node);
    const override = this.overrides[name];
    if (name.startsWith("AWS::")) {
      if (override === void 0)
        return unknown(node, `pseudo parameter ${name} is known only at deploy time`);
      return known({ kind: "scalar", value: override }, [
        {
          location: locationIn(this.template.file.path, node.loc),
          description: `--parameter ${name}=${override}`
        }
      ]);
    }
    const resource = this.template.resources.get(name);
    if (resource) return known({ kind: "ref", logicalId: name, resourceType: resource.type });
    return unknown(node, `Ref to ${name}, which is neither a parameter nor a resource of this template`);
  }
  parameterValue(parameter, node) {
    const isList = LIST_PARAMETER.test(parameter.type ?? "");
    const asValue = (v) => isList && typeof v === "string" ? { kind: "list", items: v.split(",").map((s) => ({ kind: "scalar", value: s.trim() })) } : { kind: "scalar", value: v };
    if (parameter.noEcho)
      return unknown(node, `parameter ${parameter.name} is NoEcho (a secret), so it is not read`);
    const file = this.template.file.path;
    const override = this.overrides[parameter.name];
    if (override !== void 0) {
      return known(asValue(override), [
        {
          location: locationIn(file, parameter.keyLoc),
          description: `--parameter ${parameter.name}=${override}`
        }
      ]);
    }
    if (SSM_PARAMETER.test(parameter.type ?? "")) {
      return unknown(node, `parameter ${parameter.name} is read from SSM Parameter Store at deploy time`);
    }
    const def = parameter.defaultValue;
    if (!def)
      return unknown(
        node,
        `parameter ${parameter.name} has no default; pass --parameter ${parameter.name}=VALUE`
      );
    const origin = {
      location: locationIn(file, def.loc),
      description: `parameter ${parameter.name} default`
    };
    if (def.type === "scalar" && def.value !== null) return known(asValue(def.value), [origin]);
    return this.resolve(def).map((alt) => ({ ...alt, origins: [origin, ...alt.origins] }));
  }
  getAtt(arg, node) {
    if (arg.type !== "array" || arg.items.length !== 2)
      return unknown(node, "Fn::GetAtt takes [resource, attribute]");
    const [resourceNode, attributeNode] = arg.items;
    const resource = resourceNode.type === "scalar" ? this.template.resources.get(String(resourceNode.value)) : void 0;
    if (!resource) return unknown(node, "Fn::GetAtt of a resource that is not in this template");
    return combine(node, [this.resolve(attributeNode)], ([attribute]) => ({
      kind: "ref",
      logicalId: resource.logicalId,
      resourceType: resource.type,
      attribute: scalarText(attribute)
    }));
  }
  sub(arg, node) {
    const [templateNode, varsNode] = arg.type === "array" ? arg.items : [arg, void 0];
    if (templateNode?.type !== "scalar" || typeof templateNode.value !== "string")
      return unknown(node, "Fn::Sub takes a string");
    const parts = [];
    let last = 0;
    for (const m of templateNode.value.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(known({ kind: "scalar", value: templateNode.value.slice(last, m.index) }));
      last = m.index + m[0].length;
      const name = m[1].trim();
      if (name.startsWith("!")) {
        parts.push(known({ kind: "scalar", value: `\${${name.slice(1)}}` }));
        continue;
      }
      const local = varsNode ? get(varsNode, name) : void 0;
      const dot = name.indexOf(".");
      if (local) parts.push(this.resolve(local));
      else if (dot > 0) parts.push(unknown(node, `\${${name}} is an attribute known only at deploy time`));
      else parts.push(this.ref(name, node));
    }
    parts.push(known({ kind: "scalar", value: templateNode.value.slice(last) }));
    return combine(node, parts, (values) => {
      const texts = values.map(scalarText);
      if (texts.some((t) => t === void 0))
        return notKnown(node, "Fn::Sub of a resource id known only at deploy time");
      return { kind: "scalar", value: texts.join("") };
    });
  }
  findInMap(args, node) {
    if (args.length < 3) return unknown(node, "Fn::FindInMap takes [map, key, key]");
    const product = combinations(args.slice(0, 3).map((a) => this.resolve(a)));
    if (!product) return unknown(node, `more than ${MAX_ALTERNATIVES} Fn::If combinations`);
    return product.map(({ picks, conditions }) => {
      const [mapName, topKey, secondKey] = picks.map((p) => scalarText(p.value));
      const origins = picks.flatMap((p) => p.origins);
      const entry = this.mappingEntry(mapName, topKey, secondKey);
      const value = entry && toValue(entry);
      if (!entry || !value) {
        const cause = picks.find((p) => p.value.kind === "unknown")?.value;
        const reason = cause?.kind === "unknown" ? cause.reason : "Fn::FindInMap of an entry that is not in Mappings";
        return { value: notKnown(node, reason), conditions, origins };
      }
      const description = `Mappings ${mapName}.${topKey ?? "*"}.${secondKey}`;
      return {
        value,
        conditions,
        origins: [...origins, { location: locationIn(this.template.file.path, entry.loc), description }]
      };
    });
  }
  /** The Mappings entry; a top key known only at deploy time (AWS::Region) still finds it when every row agrees. */
  mappingEntry(mapName, topKey, secondKey) {
    const map = get(this.template.mappings, mapName ?? "");
    if (map?.type !== "object" || secondKey === void 0) return void 0;
    if (topKey !== void 0) return get(get(map, topKey), secondKey);
    const rows = map.entries.map((e) => get(e.value, secondKey));
    const distinct = new Set(rows.map((r) => r ? JSON.stringify(toPlain(r)) : void 0));
    return distinct.size === 1 ? rows[0] : void 0;
  }
  ifBranches(args, node) {
    if (args.length !== 3 || args[0].type !== "scalar")
      return unknown(node, "Fn::If takes [condition, value, value]");
    const cases = this.ifCases(String(args[0].value));
    if (cases.length === 2) {
      const [whenTrue, whenFalse] = [this.resolve(args[1]), this.resolve(args[2])];
      if (whenTrue.length === 1 && whenFalse.length === 1 && sameValue(whenTrue[0].value, whenFalse[0].value))
        return whenTrue;
    }
    const out = [];
    for (const { holds, when } of cases) {
      for (const alt of this.resolve(holds ? args[1] : args[2])) {
        const conditions = mergeConditions(when, alt.conditions);
        if (conditions) out.push({ ...alt, conditions });
      }
    }
    return out.length > MAX_ALTERNATIVES ? unknown(node, `more than ${MAX_ALTERNATIVES} Fn::If combinations`) : out;
  }
};
function notKnown(node, reason) {
  return { kind: "unknown", expression: expressionText(node), reason };
}
function toValue(node) {
  if (node.type === "scalar") return node.value === null ? void 0 : { kind: "scalar", value: node.value };
  if (node.type === "object") return void 0;
  const items = node.items.map(toValue);
  return items.every((i) => i !== void 0) ? { kind: "list", items } : void 0;
}

// src/providers/host/cloudformation-user-data.ts
var USER_DATA = {
  "AWS::EC2::Instance": ["UserData"],
  "AWS::EC2::LaunchTemplate": ["LaunchTemplateData", "UserData"],
  "AWS::AutoScaling::LaunchConfiguration": ["UserData"]
};
function single(node) {
  return node?.type === "object" && node.entries.length === 1 ? { key: node.entries[0].key, arg: node.entries[0].value } : void 0;
}
function refNode(name, at2) {
  return {
    type: "object",
    loc: at2.loc,
    entries: [{ key: "Ref", keyLoc: at2.loc, value: { type: "scalar", value: name, loc: at2.loc } }]
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

// src/formats/cloudformation/extractor.ts
function cdkPathOf(resource) {
  const path = get(resource.metadata, "aws:cdk:path");
  return path?.type === "scalar" && typeof path.value === "string" ? path.value.replace(/\/Resource$/, "") : void 0;
}
function displayNameOf(resource) {
  const cdkPath = cdkPathOf(resource);
  return cdkPath ? `${cdkPath} (${resource.logicalId})` : `${resource.type} ${resource.logicalId}`;
}
var TemplateExtractor = class {
  constructor(template, resolver) {
    this.template = template;
    this.resolver = resolver;
  }
  template;
  resolver;
  unresolved = [];
  diagnostics = [];
  location(loc) {
    return locationIn(this.template.file.path, loc);
  }
  declaredBy(resource) {
    return {
      id: resource.logicalId,
      resourceType: resource.type,
      displayName: displayNameOf(resource),
      location: this.location(resource.keyLoc)
    };
  }
  /** The template's resources of a type, but those whose `Condition` the parameters decide is false: never created. */
  resourcesOf(type) {
    return [...this.template.resources.values()].filter(
      (r) => r.type === type && (r.condition === void 0 || this.resolver.conditionValue(r.condition) !== false)
    );
  }
  /** A resource with a `Condition` exists, and its rules apply, only when that condition is true (unless known). */
  existsWhen(resource) {
    if (resource.condition === void 0 || this.resolver.conditionValue(resource.condition) === true)
      return [];
    return [{ name: resource.condition, holds: true }];
  }
  warn(loc, message) {
    this.diagnostics.push({ level: "warning", location: this.location(loc), message });
  }
  /** The alternatives of a property; a property that is not set has one, absent. */
  propertyValues(node) {
    if (!node) return [{ value: { kind: "absent" }, conditions: [], origins: [], node }];
    return this.resolver.resolve(node).map((alternative) => ({ ...alternative, node }));
  }
  /** A picked value as the shared mappings read it; a list or a resource reference is unknown, for `reasonFor`. */
  locatedValue({ value, node, origins }, reasonFor) {
    if (value.kind === "absent" || !node) return void 0;
    const at2 = { location: this.location(node.loc), origins };
    switch (value.kind) {
      case "scalar":
        return { kind: "scalar", value: value.value, at: at2 };
      case "unknown":
        return { kind: "unknown", expression: value.expression, reason: value.reason, at: at2 };
      case "list":
      case "ref":
        return { kind: "unknown", expression: expressionText(node), reason: reasonFor(value), at: at2 };
    }
  }
};

// src/providers/aws/cloudformation-network-acl.ts
var NETWORK_ACL = "AWS::EC2::NetworkAcl";
var NETWORK_ACL_ENTRY = "AWS::EC2::NetworkAclEntry";
var PROPERTIES = [
  ["rule_number", ["RuleNumber"]],
  ["rule_action", ["RuleAction"]],
  ["protocol", ["Protocol"]],
  ["from_port", ["PortRange", "From"]],
  ["to_port", ["PortRange", "To"]],
  ["cidr_block", ["CidrBlock"]],
  ["ipv6_cidr_block", ["Ipv6CidrBlock"]]
];
function at(properties, path) {
  return path.reduce((node, key) => get(node, key), properties);
}
var NetworkAclExtractor = class extends TemplateExtractor {
  acls = /* @__PURE__ */ new Map();
  orphans = /* @__PURE__ */ new Map();
  run() {
    for (const resource of this.resourcesOf(NETWORK_ACL)) this.networkAcl(resource);
    for (const resource of this.resourcesOf(NETWORK_ACL_ENTRY)) this.entry(resource);
    const byKey = new Map(
      this.unresolved.map((u) => [`${u.location.line}:${u.location.column}:${u.expression}`, u])
    );
    return {
      firewalls: [...this.acls.values(), ...this.orphans.values()],
      unresolved: [...byKey.values()],
      diagnostics: this.diagnostics
    };
  }
  networkAcl(resource) {
    const anchor = this.declaredBy(resource);
    this.acls.set(resource.logicalId, {
      platform: "cloudformation",
      provider: "aws",
      kind: "aws-network-acl",
      ...anchor,
      egressDeclared: "explicit-empty",
      rules: [awsNaclFinalDeny(anchor)]
    });
  }
  entry(resource) {
    const properties = resource.properties;
    if (properties?.type !== "object") {
      this.warn(resource.keyLoc, `${resource.logicalId} has no Properties`);
      return;
    }
    const egress = this.propertyValues(at(properties, ["Egress"]));
    const fields = PROPERTIES.map(([, path]) => this.propertyValues(at(properties, path)));
    const variants = combinations([egress, ...fields]);
    if (!variants) {
      this.warn(
        resource.keyLoc,
        `${resource.logicalId} has more than ${MAX_ALTERNATIVES} Fn::If variants; not analysed`
      );
      return;
    }
    const declaredBy = this.declaredBy(resource);
    const aclId = get(properties, "NetworkAclId");
    const targets = aclId ? this.resolver.resolve(aclId) : [{ value: { kind: "absent" }, conditions: [], origins: [] }];
    const exists = this.existsWhen(resource);
    for (const target of targets) {
      const applies = mergeConditions(exists, target.conditions);
      if (!applies) continue;
      for (const { picks, conditions: own } of variants) {
        const conditions = mergeConditions(applies, own);
        if (!conditions || !this.isEgress(picks[0])) continue;
        const rule = naclEgressRule(this.reader(declaredBy, picks.slice(1)), {
          declaredBy,
          unresolved: this.unresolved
        });
        if (!rule) continue;
        const condition = describeConditions(conditions);
        this.attach(target, resource, condition ? { ...rule, condition } : rule);
      }
    }
  }
  /** `Egress` defaults to false (an ingress entry); an unknown value is counted and the entry left out. */
  isEgress(pick) {
    if (pick.value.kind === "unknown" && pick.node) {
      this.unresolved.push({
        location: this.location(pick.node.loc),
        expression: pick.value.expression,
        reason: pick.value.reason
      });
    }
    return pick.value.kind === "scalar" && String(pick.value.value).toLowerCase() === "true";
  }
  /** The picked values, read by the shared mapping under its snake_case names. */
  reader(declaredBy, picks) {
    const byName = new Map(PROPERTIES.map(([name], i) => [name, picks[i]]));
    return {
      at: { location: declaredBy.location, origins: [] },
      get: (name) => {
        const pick = byName.get(name);
        return pick ? this.locatedValue(
          pick,
          (value) => value.kind === "list" ? "a list where one value was expected" : `${value.logicalId} is known only at deploy time`
        ) : void 0;
      }
    };
  }
  /** To the NACL the entry names by Ref; a NACL outside the template gets the entry checked on its own. */
  attach(target, resource, rule) {
    const acl = target.value.kind === "ref" && target.value.resourceType === NETWORK_ACL ? this.acls.get(target.value.logicalId) : void 0;
    if (acl) {
      acl.rules.splice(acl.rules.length - 1, 0, rule);
      acl.egressDeclared = "rules";
      return;
    }
    const name = scalarText(target.value) ?? (target.value.kind === "unknown" ? target.value.expression : "not given");
    const orphan = {
      platform: "cloudformation",
      provider: "aws",
      kind: "aws-network-acl",
      id: resource.logicalId,
      displayName: `${displayNameOf(resource)} (network ACL ${name})`,
      resourceType: resource.type,
      location: this.location(resource.keyLoc)
    };
    addOrphanRules(this.orphans, orphan, [rule]);
  }
};
function extractNetworkAcls(template, resolver) {
  return new NetworkAclExtractor(template, resolver).run();
}

// src/providers/aws/cloudformation-security-groups.ts
var SECURITY_GROUP = "AWS::EC2::SecurityGroup";
var SECURITY_GROUP_EGRESS = "AWS::EC2::SecurityGroupEgress";
var PREFIX_LIST = "AWS::EC2::PrefixList";
var RULE_PROPERTIES = [
  "IpProtocol",
  "FromPort",
  "ToPort",
  "CidrIp",
  "CidrIpv6",
  "DestinationSecurityGroupId",
  "DestinationPrefixListId"
];
var REFERENCE_TARGETS = {
  DestinationSecurityGroupId: { type: SECURITY_GROUP, attribute: "GroupId" },
  DestinationPrefixListId: { type: PREFIX_LIST, attribute: "PrefixListId" }
};
var pascalNames = /* @__PURE__ */ new Map();
function pascalCase(name) {
  let pascal = pascalNames.get(name);
  if (pascal === void 0) {
    pascal = name.replace(/(^|_)([a-z0-9])/g, (_m, _sep, c) => c.toUpperCase());
    pascalNames.set(name, pascal);
  }
  return pascal;
}
var SecurityGroupExtractor = class extends TemplateExtractor {
  groups = [];
  standalone = [];
  /** Groups that a standalone rule attaches to: it removes AWS's default rule, also in an Fn::If branch. */
  groupsWithStandaloneRules = /* @__PURE__ */ new Set();
  /** Per group, the conditions under which Fn::If drops its inline list, leaving AWS's default in force. */
  conditionalDefaults = /* @__PURE__ */ new Map();
  run() {
    for (const resource of this.resourcesOf(SECURITY_GROUP)) this.securityGroup(resource);
    for (const resource of this.resourcesOf(SECURITY_GROUP_EGRESS)) this.standaloneRule(resource);
    for (const [group, conditionSets] of this.conditionalDefaults) {
      if (this.groupsWithStandaloneRules.has(group.firewall.id)) continue;
      for (const conditions of conditionSets)
        group.declared?.push({ rule: this.conditionalDefault(group, conditions), denyAll: false });
    }
    const byKey = new Map(
      this.unresolved.map((u) => [`${u.location.line}:${u.location.column}:${u.expression}:${u.reason}`, u])
    );
    const unresolved = [...byKey.values()];
    return {
      firewalls: assembleSecurityGroups(this.groups, this.standalone),
      unresolved,
      diagnostics: this.diagnostics
    };
  }
  securityGroup(resource) {
    const declaredBy = this.declaredBy(resource);
    const cdkPath = cdkPathOf(resource);
    const egress = get(resource.properties, "SecurityGroupEgress");
    const group = {
      firewall: {
        platform: "cloudformation",
        provider: "aws",
        kind: "aws-security-group",
        id: resource.logicalId,
        displayName: declaredBy.displayName,
        resourceType: resource.type,
        location: declaredBy.location,
        ...egress ? { egressLocation: this.location(egress.loc) } : {},
        ...cdkPath ? { note: `CDK path ${cdkPath}` } : {}
      },
      keys: [resource.logicalId],
      defaultWhenUndeclared: awsDefaultEgress(declaredBy)
    };
    this.groups.push(group);
    if (egress) group.declared = this.inlineRules(group, egress, declaredBy, this.existsWhen(resource));
  }
  /** The inline rules; undefined when no branch declares any (an empty list is no list to CloudFormation). */
  inlineRules(group, egress, declaredBy, exists) {
    const rules = [];
    const droppedWhen = [];
    for (const list of this.resolver.branches(egress)) {
      if (!list.node || list.node.type === "array" && list.node.items.length === 0) {
        if (list.conditions.length > 0) droppedWhen.push([...exists, ...list.conditions]);
        continue;
      }
      if (list.node.type === "scalar") {
        this.warn(list.node.loc, `SecurityGroupEgress of ${declaredBy.id} is not a list of rules`);
        continue;
      }
      if (list.node.type === "object")
        this.warn(
          list.node.loc,
          `SecurityGroupEgress of ${declaredBy.id} is a single rule, not a list: read as one rule; write it as a list item (- IpProtocol: \u2026)`
        );
      for (const item of list.node.type === "array" ? list.node.items : [list.node]) {
        for (const entry of this.resolver.branches(item)) {
          if (!entry.node) continue;
          if (entry.node.type !== "object") {
            this.warn(entry.node.loc, `SecurityGroupEgress entry of ${declaredBy.id} is not a mapping`);
            continue;
          }
          const conditions = mergeConditions([...exists, ...list.conditions], entry.conditions);
          if (conditions)
            rules.push(
              ...this.ruleVariants({ properties: entry.node, loc: entry.node.loc, declaredBy, conditions })
            );
        }
      }
    }
    if (rules.length === 0) return void 0;
    if (droppedWhen.length > 0) this.conditionalDefaults.set(group, droppedWhen);
    return rules;
  }
  standaloneRule(resource) {
    const properties = resource.properties;
    if (properties?.type !== "object") {
      this.warn(resource.keyLoc, `${resource.logicalId} has no Properties`);
      return;
    }
    const declaredBy = this.declaredBy(resource);
    const groupId = get(properties, "GroupId");
    const targets = groupId ? this.resolver.resolve(groupId) : [];
    const outside = targets.flatMap((t) => {
      if (t.value.kind === "ref" && t.value.resourceType === SECURITY_GROUP) return [];
      return [scalarText(t.value) ?? (t.value.kind === "unknown" ? t.value.expression : "unknown")];
    });
    if (targets.length === 0) outside.push("not given");
    const orphan = {
      platform: "cloudformation",
      provider: "aws",
      kind: "aws-security-group",
      id: resource.logicalId,
      displayName: `${declaredBy.displayName} (group ${outside.join(" or ")})`,
      resourceType: resource.type,
      location: declaredBy.location
    };
    for (const target of targets.length > 0 ? targets : [{ value: { kind: "absent" }, conditions: [], origins: [] }]) {
      const group = target.value.kind === "ref" ? target.value.logicalId : void 0;
      if (group) this.groupsWithStandaloneRules.add(group);
      const conditions = mergeConditions(this.existsWhen(resource), target.conditions);
      if (!conditions) continue;
      const source = { properties, loc: resource.keyLoc, declaredBy, conditions };
      for (const rule of this.ruleVariants(source))
        this.standalone.push({ groupKeys: group ? [group] : [], rule, orphan });
    }
  }
  /** One rule per combination of its properties' Fn::If branches, each named by the conditions it needs. */
  ruleVariants(source) {
    const properties = RULE_PROPERTIES.map((name) => this.propertyValues(get(source.properties, name)));
    const variants = combinations(properties);
    if (!variants) {
      this.warn(
        source.loc,
        `egress rule of ${source.declaredBy.id} has more than ${MAX_ALTERNATIVES} Fn::If variants; not analysed`
      );
      return [];
    }
    const rules = [];
    for (const { picks, conditions: own } of variants) {
      const conditions = mergeConditions(source.conditions, own);
      if (!conditions) continue;
      const byName = new Map(RULE_PROPERTIES.map((name, i) => [name, picks[i]]));
      const mapped = awsEgressRule(this.reader(source, byName), {
        declaredBy: source.declaredBy,
        selfRef: source.declaredBy.id,
        unresolved: this.unresolved
      });
      if (mapped.rule.destinations.length === 0) {
        this.warn(
          source.loc,
          `egress rule of ${source.declaredBy.id} has no destination (CidrIp, CidrIpv6, DestinationSecurityGroupId or DestinationPrefixListId); AWS does not add it`
        );
        continue;
      }
      const condition = describeConditions(conditions);
      const origins = uniqueOrigins(
        ["IpProtocol", "FromPort", "ToPort"].flatMap((name) => byName.get(name)?.origins ?? [])
      );
      rules.push({ ...mapped, rule: { ...mapped.rule, origins, ...condition ? { condition } : {} } });
    }
    return rules;
  }
  /** The picked property values, read by the shared mapping under its snake_case names. */
  reader(source, byName) {
    return {
      at: { location: this.location(source.loc), origins: [] },
      get: (name) => {
        const property = pascalCase(name);
        const picked = byName.get(property);
        return picked ? this.located(property, picked) : void 0;
      }
    };
  }
  located(property, picked) {
    const { value } = picked;
    const target = REFERENCE_TARGETS[property];
    const namesTarget = value.kind === "ref" && target !== void 0 && value.resourceType === target.type && (value.attribute ?? target.attribute) === target.attribute;
    const pick = namesTarget ? { ...picked, value: { kind: "scalar", value: value.logicalId } } : picked;
    return this.locatedValue(
      pick,
      (v) => v.kind === "list" ? `${property} takes one value, not a list` : `${[v.logicalId, v.attribute].filter(Boolean).join(".")} is known only at deploy time`
    );
  }
  /** AWS's default rule, in force in the Fn::If branch that drops the whole inline list; located at that list. */
  conditionalDefault(group, conditions) {
    const { id, resourceType, displayName, location } = group.firewall;
    const rule = awsDefaultEgress({ id, resourceType, displayName, location }).rule;
    const at2 = group.firewall.egressLocation ?? location;
    const condition = describeConditions(conditions);
    return {
      ...rule,
      location: at2,
      destinations: rule.destinations.map((d) => ({ ...d, location: at2 })),
      ...condition ? { condition } : {}
    };
  }
};
function extractSecurityGroups(template, resolver) {
  return new SecurityGroupExtractor(template, resolver).run();
}

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
  for (const extraction of [
    extractSecurityGroups(loaded.template, resolver),
    extractNetworkAcls(loaded.template, resolver)
  ]) {
    result.firewalls.push(...extraction.firewalls);
    result.unresolved.push(...extraction.unresolved);
    result.diagnostics.push(...extraction.diagnostics);
  }
  const resolveString = (node) => {
    const alternatives = resolver.resolve(node);
    return alternatives.length === 1 ? scalarText(alternatives[0].value) : void 0;
  };
  result.firewalls.push(
    ...userDataFirewalls(loaded.template, resolveString, result.unresolved, result.diagnostics)
  );
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
