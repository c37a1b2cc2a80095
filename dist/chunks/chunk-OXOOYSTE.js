import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ALL_PORTS,
  normalizeProtocol,
  parsePortRangeText,
  portsFromPair
} from "./chunk-ZD6JCUKX.js";
import {
  ANY_V4,
  ANY_V6,
  parseCidr
} from "./chunk-KMWAGXRE.js";

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
function awsDefaultEgress(anchor) {
  return {
    name: "allow-all egress",
    rule: defaultRule(anchor, "allow", "allow-all egress", anywhere(anchor, ANY_V4))
  };
}
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
var AWS_NACL_LAST_ENTRY_PRIORITY = 32767;
function awsNaclFinalDeny(anchor) {
  const rule = defaultRule(anchor, "deny", "*", anywhere(anchor, ANY_V4), AWS_NACL_LAST_ENTRY_PRIORITY);
  return { ...rule, destinations: [...rule.destinations, anywhere(anchor, ANY_V6)] };
}
var GCP_IMPLIED_EGRESS_PRIORITY = 65535;
var GCP_DEFAULT_PRIORITY = 1e3;
function gcpImpliedEgress(anchor) {
  const rule = defaultRule(
    anchor,
    "allow",
    "implied allow-egress rule",
    anywhere(anchor, ANY_V4),
    GCP_IMPLIED_EGRESS_PRIORITY
  );
  return { name: "implied allow-egress rule", priority: GCP_IMPLIED_EGRESS_PRIORITY, rule };
}

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
function protocolOf(attrs, context) {
  const value = attrs.get("protocol");
  if (value?.kind === "scalar" && typeof value.value !== "boolean") {
    const protocol = normalizeProtocol(value.value);
    if (!(typeof protocol === "object" && "unknown" in protocol)) return protocol;
  }
  const unknown = unknownOf(value, attrs, "protocol");
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}
function portsOf(protocol, attrs, context) {
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
  const protocol = protocolOf(attrs, context);
  return {
    action,
    priority,
    protocol,
    ports: portsOf(protocol, attrs, context),
    destinations: destinationsOf(attrs, context),
    location: attrs.at.location,
    origins: originsOf([attrs.get("protocol"), attrs.get("from_port"), attrs.get("to_port")]),
    declaredBy: context.declaredBy
  };
}

// src/providers/shared/firewall-base.ts
function firewallBase(platform, provider, kind, declaredBy, related) {
  const { id, displayName, resourceType, location, variant } = declaredBy;
  return {
    platform,
    provider,
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

// src/providers/aws/deny-all-idiom.ts
function isDenyAllSentinel(rule, rawFromPort, rawToPort) {
  if (rule.destinations.length !== 1) return false;
  const d = rule.destinations[0];
  if (d.kind !== "cidr") return false;
  if (d.cidr.text === "127.0.0.1/32" && rule.protocol === "all") return true;
  return d.cidr.text === "255.255.255.255/32" && rule.protocol === "icmp" && rawFromPort === 252 && rawToPort === 86;
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
function destinationOf(value, kind, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const { location, origins } = value.at;
  if (value.kind !== "scalar" || typeof value.value !== "string") {
    return unknownDestination(
      {
        kind: "unknown",
        expression: `(${value.kind} where a ${kind} was expected)`,
        reason: "unexpected value shape",
        at: value.at
      },
      context.unresolved
    );
  }
  const text = value.value.trim();
  if (text === "") return void 0;
  if (kind === "cidr") {
    const cidr = parseCidr(text);
    if (cidr) return { kind: "cidr", cidr, text, location, origins };
    return unknownDestination(
      { kind: "unknown", expression: text, reason: "not a CIDR", at: value.at },
      context.unresolved
    );
  }
  return { kind, ref: text, text, location, origins };
}
function protocolOf2(value, attrs, context) {
  if (value?.kind === "scalar" && (typeof value.value === "string" || typeof value.value === "number"))
    return normalizeProtocol(value.value);
  const unknown = value?.kind === "unknown" ? value : {
    kind: "unknown",
    expression: "(protocol not set)",
    reason: "the rule has no protocol",
    at: value?.at ?? attrs.at
  };
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}
function portsOf2(protocol, from, to, context) {
  if (protocol === "all") return portsFromPair(protocol, void 0, void 0);
  for (const bound of [from, to]) {
    if (bound?.kind === "unknown") {
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}
function awsEgressRule(attrs, context) {
  const protocol = protocolOf2(attrs.get("protocol") ?? attrs.get("ip_protocol"), attrs, context);
  const from = attrs.get("from_port");
  const to = attrs.get("to_port");
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
  } else if (self?.kind === "unknown") destinations.push(unknownDestination(self, context.unresolved));
  const rule = {
    action: "allow",
    protocol,
    ports: portsOf2(protocol, from, to, context),
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy
  };
  return { rule, denyAll: isDenyAllSentinel(rule, numberOf(from), numberOf(to)) };
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

export {
  internalError,
  mayBeTemplate,
  looksLikeCloudFormation,
  awsDefaultEgress,
  azureNsgDefaults,
  awsNaclFinalDeny,
  GCP_DEFAULT_PRIORITY,
  gcpImpliedEgress,
  locationIn,
  placeIn,
  camelCase,
  docReader,
  elementsOf,
  stringOf,
  numberOf,
  nonEmptyStrings,
  unresolvedOf,
  unknownDestination,
  protocolNamed,
  portRangesOf,
  uniqueOrigins,
  naclEgressRule,
  firewallBase,
  addOrphanRules,
  isDenyAllSentinel,
  awsEgressRule,
  assembleSecurityGroups
};
