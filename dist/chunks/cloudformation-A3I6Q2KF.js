import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  addOrphanRules,
  assembleSecurityGroups,
  awsDefaultEgress,
  awsEgressRule,
  awsNaclFinalDeny,
  naclEgressRule,
  uniqueOrigins
} from "./chunk-74MVGXTX.js";
import {
  MAX_ALTERNATIVES,
  combinations,
  describeConditions,
  expressionText,
  mergeConditions,
  scalarText
} from "./chunk-GJHRFBSR.js";
import {
  locationIn
} from "./chunk-EPPF2XIK.js";
import "./chunk-G3BGQXE4.js";
import "./chunk-KMWAGXRE.js";
import {
  get
} from "./chunk-IVA2APYO.js";
import "./chunk-PYUYWIVF.js";

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
    const egress = get(resource.properties, "SecurityGroupEgress");
    const group = {
      firewall: {
        platform: "cloudformation",
        kind: "aws-security-group",
        id: resource.logicalId,
        displayName: declaredBy.displayName,
        resourceType: resource.type,
        location: declaredBy.location,
        ...egress ? { egressLocation: this.location(egress.loc) } : {}
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

// src/providers/aws/cloudformation.ts
var awsCloudFormation = [extractSecurityGroups, extractNetworkAcls];
export {
  awsCloudFormation
};
