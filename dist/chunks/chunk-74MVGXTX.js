import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  elementsOf,
  numberOf,
  stringOf,
  unresolvedOf
} from "./chunk-EPPF2XIK.js";
import {
  ALL_PORTS,
  normalizeProtocol,
  parsePortRangeText,
  portsFromPair
} from "./chunk-G3BGQXE4.js";
import {
  ANY_V4,
  ANY_V6,
  parseCidr
} from "./chunk-KMWAGXRE.js";

// src/providers/shared/firewall-base.ts
function firewallBase(platform, kind, declaredBy, related) {
  const { id, displayName, resourceType, location, variant } = declaredBy;
  return {
    platform,
    kind,
    id,
    displayName,
    resourceType,
    location,
    related,
    ...variant && { variant }
  };
}
function addOrphanRules(orphans, orphan, rules) {
  const existing = orphans.get(orphan.id);
  if (existing) existing.rules.push(...rules);
  else orphans.set(orphan.id, { ...orphan, egressDeclared: "rules", rules: [...rules] });
}

// src/providers/shared/rule-fields.ts
function unknownDestination(value, unresolved) {
  unresolved.push(unresolvedOf(value));
  const { location, origins } = value.at;
  return { kind: "unknown", expression: value.expression, text: value.expression, location, origins };
}
function protocolNamed(value, unresolved) {
  if (value?.kind === "scalar") return normalizeProtocol(String(value.value));
  if (value?.kind === "unknown") {
    unresolved.push(unresolvedOf(value));
    return { unknown: value.expression };
  }
  return { unknown: "(protocol not set)" };
}
function portRangesOf(values, unresolved) {
  if (values.length === 0) return ALL_PORTS;
  const ranges = [];
  for (const value of values) {
    if (value.kind === "unknown") {
      unresolved.push(unresolvedOf(value));
      return { unknown: value.expression };
    }
    const text = value.kind === "scalar" ? String(value.value) : "";
    const range = parsePortRangeText(text);
    if (!range) {
      unresolved.push({ location: value.at.location, expression: text, reason: "not a port or port range" });
      return { unknown: text };
    }
    ranges.push(range);
  }
  return ranges;
}
function uniqueOrigins(origins) {
  const seen = /* @__PURE__ */ new Set();
  return origins.filter((o) => {
    const key = `${o.location.file}:${o.location.line}:${o.location.column}:${o.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/providers/aws/security-group.ts
var DESTINATION_FIELDS = [
  ["cidr_blocks", "cidr"],
  ["ipv6_cidr_blocks", "cidr"],
  ["cidr_ipv4", "cidr"],
  ["cidr_ipv6", "cidr"],
  ["cidr_ip", "cidr"],
  ["prefix_list_ids", "prefix-list"],
  ["prefix_list_id", "prefix-list"],
  ["destination_prefix_list_id", "prefix-list"],
  ["security_groups", "security-group"],
  ["source_security_group_id", "security-group"],
  ["referenced_security_group_id", "security-group"],
  ["destination_security_group_id", "security-group"]
];
function isDenyAllSentinel(rule, rawFromPort, rawToPort) {
  if (rule.destinations.length !== 1) return false;
  const d = rule.destinations[0];
  if (d.kind !== "cidr") return false;
  if (d.cidr.text === "127.0.0.1/32" && rule.protocol === "all") return true;
  return d.cidr.text === "255.255.255.255/32" && rule.protocol === "icmp" && rawFromPort === 252 && rawToPort === 86;
}
function notACidr(value, text, context) {
  const reason = context.terraform ? "not a valid CIDR" : "not a CIDR";
  return unknownDestination({ kind: "unknown", expression: text, reason, at: value.at }, context.unresolved);
}
function destinationOf(value, kind, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const { location, origins } = value.at;
  if (value.kind === "reference") {
    const named = kind === "prefix-list" ? "prefix-list" : "security-group";
    return { kind: named, ref: value.address, text: value.text, location, origins };
  }
  const terraformText = context.terraform && value.kind === "scalar" && typeof value.value !== "string" ? String(value.value) : void 0;
  if (terraformText === void 0 && (value.kind !== "scalar" || typeof value.value !== "string")) {
    const shape = context.terraform ? { expression: writtenText(value), reason: `expected a string, got ${value.kind}` } : { expression: `(${value.kind} where a ${kind} was expected)`, reason: "unexpected value shape" };
    return unknownDestination({ kind: "unknown", ...shape, at: value.at }, context.unresolved);
  }
  const written = terraformText ?? (value.kind === "scalar" ? String(value.value) : "");
  const text = context.terraform ? written : written.trim();
  if (text === "") return void 0;
  if (kind === "cidr") {
    const cidr = parseCidr(text);
    if (cidr) return { kind: "cidr", cidr, text, location, origins };
    return notACidr(value, text, context);
  }
  return { kind, ref: text, text, location, origins };
}
function writtenText(value) {
  const plain = (v) => v.kind === "scalar" ? v.value : v.kind === "list" ? v.items.map(plain) : v.kind === "reference" ? v.text : `(${v.kind})`;
  return JSON.stringify(plain(value));
}
function missingArgument(name, attrs, context) {
  context.unresolved.push({
    location: attrs.at.location,
    expression: name,
    reason: `required argument "${name}" is missing: the rule is not analysed`
  });
}
function protocolOf(value, attrs, context) {
  if (value?.kind === "scalar" && (typeof value.value === "string" || typeof value.value === "number"))
    return normalizeProtocol(value.value);
  const { terraform } = context;
  if (terraform && value === void 0) {
    missingArgument(terraform.protocolArgument, attrs, context);
    return { unknown: `(missing ${terraform.protocolArgument})` };
  }
  if (terraform && value?.kind === "scalar") return normalizeProtocol(String(value.value));
  if (terraform && value && value.kind !== "unknown") return { unknown: writtenText(value) };
  const unknown = value?.kind === "unknown" ? value : {
    kind: "unknown",
    expression: "(protocol not set)",
    reason: "the rule has no protocol",
    at: value?.at ?? attrs.at
  };
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}
function portsOf(protocol, from, to, context) {
  if (protocol === "all") return portsFromPair(protocol, void 0, void 0);
  for (const bound of [from, to]) {
    if (bound?.kind === "unknown") {
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}
function terraformPort(value, context) {
  if (value === void 0) return void 0;
  if (value.kind === "unknown") {
    context.unresolved.push(unresolvedOf(value));
    return null;
  }
  if (value.kind !== "scalar" || typeof value.value === "boolean") return null;
  if (typeof value.value === "number") return value.value;
  const n = Number(value.value);
  return value.value.trim() === "" || Number.isNaN(n) ? null : n;
}
function terraformPorts(protocol, from, to, attrs, context) {
  if (protocol === "all") return portsFromPair("all", void 0, void 0);
  if (from === null || to === null) return { unknown: "from_port/to_port" };
  if ((protocol === "tcp" || protocol === "udp") && (from === void 0 || to === void 0)) {
    missingArgument(from === void 0 ? "from_port" : "to_port", attrs, context);
    return { unknown: "from_port/to_port" };
  }
  return portsFromPair(protocol, from, to);
}
function writtenNumber(value) {
  return value?.kind === "scalar" && typeof value.value === "number" ? value.value : void 0;
}
function awsEgressRule(attrs, context) {
  const protocol = protocolOf(attrs.get("protocol") ?? attrs.get("ip_protocol"), attrs, context);
  const from = attrs.get("from_port");
  const to = attrs.get("to_port");
  const terraformBounds = context.terraform ? { from: terraformPort(from, context), to: terraformPort(to, context) } : void 0;
  const destinations = [];
  for (const [field, kind] of DESTINATION_FIELDS) {
    for (const element of elementsOf(attrs.get(field))) {
      const destination = destinationOf(element, kind, context);
      if (destination) destinations.push(destination);
    }
  }
  const self = attrs.get("self");
  if (self?.kind === "scalar" && self.value === true) {
    const { location, origins } = self.at;
    destinations.push({ kind: "security-group", ref: context.selfRef, text: "self", location, origins });
  } else if (self?.kind === "unknown" && !context.terraform)
    destinations.push(unknownDestination(self, context.unresolved));
  const rule = {
    action: "allow",
    protocol,
    ports: terraformBounds ? terraformPorts(protocol, terraformBounds.from, terraformBounds.to, attrs, context) : portsOf(protocol, from, to, context),
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy
  };
  const denyAll = context.terraform ? isDenyAllSentinel(rule, writtenNumber(from), writtenNumber(to)) : isDenyAllSentinel(rule, numberOf(from), numberOf(to));
  return { rule, denyAll };
}
function protocolKey(p) {
  if (typeof p === "string") return p;
  return "number" in p ? `#${p.number}` : `?${p.unknown}`;
}
function portsKey(ports) {
  return Array.isArray(ports) ? ports.map((r) => `${r.from}-${r.to}`).join(",") : `?${ports.unknown}`;
}
function destinationKey(d) {
  switch (d.kind) {
    case "cidr":
      return `cidr:${d.cidr.text}`;
    case "security-group":
      return `sg:${d.ref}`;
    case "prefix-list":
      return `pl:${d.ref}`;
    case "service-tag":
      return `tag:${d.tag.toLowerCase()}`;
    case "unknown":
      return `?:${d.expression}`;
  }
}
function permissionKey(rule, d) {
  return `${protocolKey(rule.protocol)}|${portsKey(rule.ports)}|${destinationKey(d)}`;
}
function unclaimedLiveRules(live, claimedBy, declared) {
  const claimed = new Set(claimedBy.flatMap((r) => r.destinations.map((d) => permissionKey(r, d))));
  const declaredAt = /* @__PURE__ */ new Map();
  for (const rule of declared)
    for (const destination of rule.destinations)
      declaredAt.set(permissionKey(rule, destination), { rule, destination });
  const result = [];
  for (const rule of live) {
    const destinations = [];
    let location = rule.location;
    for (const d of rule.destinations) {
      const key = permissionKey(rule, d);
      if (claimed.has(key)) continue;
      const match = declaredAt.get(key);
      if (match && destinations.length === 0) location = match.rule.location;
      destinations.push(match?.destination ?? d);
    }
    if (destinations.length > 0) result.push({ ...rule, location, destinations });
  }
  return result;
}
function withoutSentinels(rules) {
  return rules.filter((r) => !r.denyAll).map((r) => r.rule);
}
function assembleSecurityGroups(groups, standalone) {
  const attached = new Map(groups.map((g) => [g, []]));
  const byKey = /* @__PURE__ */ new Map();
  for (const group of groups) for (const key of group.keys) if (!byKey.has(key)) byKey.set(key, group);
  const orphans = /* @__PURE__ */ new Map();
  for (const part of standalone) {
    const group = part.groupKeys.map((k) => byKey.get(k)).find((g) => g !== void 0);
    if (group) {
      attached.get(group)?.push(part.rule);
      continue;
    }
    if (part.rule.denyAll) continue;
    addOrphanRules(orphans, part.orphan, [part.rule.rule]);
  }
  const firewalls = [];
  for (const group of groups) {
    const standaloneRules = attached.get(group) ?? [];
    const separate = withoutSentinels(standaloneRules);
    const declared = group.declared === void 0 ? void 0 : withoutSentinels(group.declared);
    const platformDefault = group.declared === void 0 && standaloneRules.length === 0 ? group.defaultWhenUndeclared : void 0;
    let egressDeclared;
    if (separate.length > 0 || declared !== void 0 && declared.length > 0) egressDeclared = "rules";
    else if (declared !== void 0 || standaloneRules.length > 0) egressDeclared = "explicit-empty";
    else egressDeclared = "absent";
    const claimedBy = platformDefault ? [...separate, platformDefault.rule] : separate;
    const inline = group.live ? unclaimedLiveRules(withoutSentinels(group.live), claimedBy, declared ?? []) : declared ?? [];
    firewalls.push({ ...group.firewall, egressDeclared, rules: [...inline, ...separate], platformDefault });
  }
  return [...firewalls, ...orphans.values()];
}

// src/model/platform-defaults.ts
function defaultRule(anchor, action, name, destination, priority) {
  return {
    action,
    priority,
    protocol: "all",
    ports: ALL_PORTS,
    destinations: [destination],
    location: anchor.location,
    origins: [],
    declaredBy: { ...anchor },
    name,
    isPlatformDefault: true
  };
}
function anywhere(anchor, cidr) {
  return { kind: "cidr", cidr, text: cidr.text, location: anchor.location, origins: [] };
}
function serviceTag(anchor, tag) {
  return { kind: "service-tag", tag, text: tag, location: anchor.location, origins: [] };
}

// src/providers/aws/defaults.ts
function awsDefaultEgress(anchor) {
  return {
    name: "allow-all egress",
    rule: defaultRule(anchor, "allow", "allow-all egress", anywhere(anchor, ANY_V4))
  };
}
var AWS_NACL_LAST_ENTRY_PRIORITY = 32767;
function awsNaclFinalDeny(anchor) {
  const rule = defaultRule(anchor, "deny", "*", anywhere(anchor, ANY_V4), AWS_NACL_LAST_ENTRY_PRIORITY);
  return { ...rule, destinations: [...rule.destinations, anywhere(anchor, ANY_V6)] };
}

// src/providers/aws/network-acl.ts
function either(attrs, ...names) {
  for (const name of names) {
    const value = attrs.get(name);
    if (value) return value;
  }
  return void 0;
}
function unknownOf(value, attrs, missing) {
  if (value?.kind === "unknown") return value;
  const expression = value?.kind === "scalar" ? String(value.value) : `(${missing})`;
  return {
    kind: "unknown",
    expression,
    reason: value ? `not a valid ${missing}` : `${missing} is not set`,
    at: value?.at ?? attrs.at
  };
}
function protocolOf2(attrs, context) {
  const value = attrs.get("protocol");
  if (value?.kind === "scalar" && typeof value.value !== "boolean") {
    const protocol = normalizeProtocol(value.value);
    if (!(typeof protocol === "object" && "unknown" in protocol)) return protocol;
  }
  const unknown = unknownOf(value, attrs, "protocol");
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}
function portsOf2(protocol, attrs, context) {
  const from = attrs.get("from_port");
  const to = attrs.get("to_port");
  if (protocol !== "all") {
    for (const bound of [from, to]) {
      if (bound?.kind !== "unknown") continue;
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}
function destinationsOf(attrs, context) {
  const destinations = [];
  for (const value of [attrs.get("cidr_block"), attrs.get("ipv6_cidr_block")]) {
    if (!value) continue;
    const text = stringOf(value)?.trim();
    if (text === "") continue;
    const cidr = text === void 0 ? void 0 : parseCidr(text);
    const { location, origins } = value.at;
    if (cidr) {
      destinations.push({ kind: "cidr", cidr, text, location, origins });
      continue;
    }
    const unknown = unknownOf(value, attrs, "CIDR");
    context.unresolved.push(unresolvedOf(unknown));
    destinations.push({
      kind: "unknown",
      expression: unknown.expression,
      text: unknown.expression,
      location,
      origins
    });
  }
  return destinations;
}
function originsOf(values) {
  return uniqueOrigins(values.flatMap((v) => v?.at.origins ?? []));
}
function naclEgressRule(attrs, context) {
  const actionValue = either(attrs, "rule_action", "action");
  const action = stringOf(actionValue)?.toLowerCase();
  if (action !== "allow" && action !== "deny") {
    context.unresolved.push(unresolvedOf(unknownOf(actionValue, attrs, "rule action")));
    return void 0;
  }
  const ruleNumber = either(attrs, "rule_number", "rule_no");
  const priority = numberOf(ruleNumber);
  if (priority === void 0)
    context.unresolved.push(unresolvedOf(unknownOf(ruleNumber, attrs, "rule number")));
  const protocol = protocolOf2(attrs, context);
  return {
    action,
    priority,
    protocol,
    ports: portsOf2(protocol, attrs, context),
    destinations: destinationsOf(attrs, context),
    location: attrs.at.location,
    origins: originsOf([attrs.get("protocol"), attrs.get("from_port"), attrs.get("to_port")]),
    declaredBy: context.declaredBy
  };
}

export {
  firewallBase,
  addOrphanRules,
  unknownDestination,
  protocolNamed,
  portRangesOf,
  uniqueOrigins,
  awsEgressRule,
  assembleSecurityGroups,
  defaultRule,
  anywhere,
  serviceTag,
  awsDefaultEgress,
  awsNaclFinalDeny,
  naclEgressRule
};
