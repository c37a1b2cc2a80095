import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  cidrContains,
  coversAnywhere,
  parseCidr
} from "./chunk-PTEOTOEV.js";

// src/model/destinations.ts
var ANYWHERE_TAGS = /* @__PURE__ */ new Set(["*", "internet", "any", "0.0.0.0/0", "::/0"]);
function isAnywhereTag(tag) {
  return ANYWHERE_TAGS.has(tag.trim().toLowerCase());
}
function anywhereDestinations(destinations) {
  const tags = destinations.filter((d) => d.kind === "service-tag" && isAnywhereTag(d.tag));
  if (tags.length > 0) return tags;
  const cidrs = destinations.filter((d) => d.kind === "cidr");
  const single = cidrs.filter((d) => d.cidr.prefix === 0);
  if (single.length > 0) return single;
  const { v4, v6 } = coversAnywhere(cidrs.map((d) => d.cidr));
  const covering = cidrs.filter((d) => v4 && d.cidr.version === 4 || v6 && d.cidr.version === 6);
  return covering.filter(
    (d) => !covering.some((o) => o !== d && o.cidr.prefix < d.cidr.prefix && cidrContains(o.cidr, d.cidr))
  );
}
function describeDestination(d) {
  switch (d.kind) {
    case "cidr":
      return d.cidr.text;
    case "security-group":
      return `security group ${d.ref}`;
    case "prefix-list":
      return `prefix list ${d.ref}`;
    case "service-tag":
      return d.tag;
    case "unknown":
      return d.expression;
  }
}
function bareAddress(ref) {
  return ref.replace(/^(module\.[^.]+(\[[^\]]*\])?\.)+/, "").replace(/\[[^\]]*\]$/, "").replace(/\.(id|arn|group_id|GroupId)$/, "");
}
function compileDestinations(specs) {
  const cidrs = [];
  const refs = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const cidr = parseCidr(spec);
    if (cidr) cidrs.push(cidr);
    else refs.add(spec.trim());
  }
  return {
    isEmpty: specs.length === 0,
    matches(d) {
      switch (d.kind) {
        case "cidr":
          return cidrs.some((c) => cidrContains(c, d.cidr));
        case "security-group":
        case "prefix-list":
          return refs.has(d.ref) || refs.has(bareAddress(d.ref));
        case "service-tag":
          return refs.has(d.tag);
        case "unknown":
          return false;
      }
    }
  };
}
function isDenyAllSentinel(rule, rawFromPort, rawToPort) {
  if (rule.destinations.length !== 1) return false;
  const d = rule.destinations[0];
  if (d.kind !== "cidr") return false;
  if (d.cidr.text === "127.0.0.1/32" && rule.protocol === "all") return true;
  return d.cidr.text === "255.255.255.255/32" && rule.protocol === "icmp" && rawFromPort === 252 && rawToPort === 86;
}

export {
  isAnywhereTag,
  anywhereDestinations,
  describeDestination,
  compileDestinations,
  isDenyAllSentinel
};
