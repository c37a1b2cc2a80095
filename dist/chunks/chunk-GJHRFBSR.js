import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  locationIn
} from "./chunk-EPPF2XIK.js";
import {
  get,
  toPlain
} from "./chunk-IVA2APYO.js";

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

export {
  MAX_ALTERNATIVES,
  describeConditions,
  mergeConditions,
  expressionText,
  scalarText,
  combinations,
  Resolver
};
