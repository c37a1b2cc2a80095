import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  cidrContains,
  coversAnywhere,
  parseCidr
} from "./chunk-KMWAGXRE.js";

// src/model/destinations.ts
var LOOPBACK = [parseCidr("127.0.0.0/8"), parseCidr("::1/128")];
function isLoopback(d) {
  return d.kind === "cidr" && LOOPBACK.some((l) => cidrContains(l, d.cidr));
}
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
  const { v4, v6 } = coversAnywhere([...cidrs.map((d) => d.cidr), ...LOOPBACK]);
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

export {
  isLoopback,
  isAnywhereTag,
  anywhereDestinations,
  describeDestination
};
