import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/model/cidr.ts
var V4_BITS = 32;
var V6_BITS = 128;
function parseV4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return void 0;
    const n = Number(part);
    if (n > 255) return void 0;
    value = value << 8n | BigInt(n);
  }
  return value;
}
function parseV6(text) {
  let head = text;
  let tailV4;
  const lastColon = text.lastIndexOf(":");
  if (lastColon >= 0 && text.indexOf(".", lastColon) > lastColon) {
    tailV4 = parseV4(text.slice(lastColon + 1));
    if (tailV4 === void 0) return void 0;
    head = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = head.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (s) => s === "" ? [] : s.split(":");
  const left = groupsOf(halves[0]);
  const right = halves.length === 2 ? groupsOf(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return void 0;
  const groups = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
    value = value << 16n | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== void 0) value = value & ~0xffffffffn | tailV4;
  return value;
}
function formatV4(value) {
  return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
}
function formatV6(value) {
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number(value >> shift & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}
function parseCidr(input) {
  const text = input.trim();
  const slash = text.indexOf("/");
  const addr = slash >= 0 ? text.slice(0, slash) : text;
  const prefixText = slash >= 0 ? text.slice(slash + 1) : void 0;
  const version = addr.includes(":") ? 6 : 4;
  const bits = version === 4 ? V4_BITS : V6_BITS;
  const value = version === 4 ? parseV4(addr) : parseV6(addr);
  if (value === void 0) return void 0;
  let prefix = bits;
  if (prefixText !== void 0) {
    if (!/^\d{1,3}$/.test(prefixText)) return void 0;
    prefix = Number(prefixText);
    if (prefix > bits) return void 0;
  }
  const hostBits = BigInt(bits - prefix);
  const network = value >> hostBits << hostBits;
  const format = version === 4 ? formatV4 : formatV6;
  return { version, network, prefix, text: `${format(network)}/${prefix}` };
}
function range(c) {
  const bits = c.version === 4 ? V4_BITS : V6_BITS;
  const size = 1n << BigInt(bits - c.prefix);
  return [c.network, c.network + size - 1n];
}
function cidrContains(outer, inner) {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false;
  const [lo, hi] = range(outer);
  return inner.network >= lo && inner.network <= hi;
}
function cidrOverlaps(a, b) {
  return cidrContains(a, b) || cidrContains(b, a);
}
function cidrsCover(cidrs, inner) {
  const [lo, hi] = range(inner);
  const ranges = cidrs.filter((c) => c.version === inner.version).map(range).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  let next = lo;
  for (const [from, to] of ranges) {
    if (to < next) continue;
    if (from > next) return false;
    next = to + 1n;
    if (next > hi) return true;
  }
  return false;
}
function coversAnywhere(cidrs) {
  return { v4: cidrsCover(cidrs, ANY_V4), v6: cidrsCover(cidrs, ANY_V6) };
}
var ANY_V4 = parseCidr("0.0.0.0/0");
var ANY_V6 = parseCidr("::/0");

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

// src/model/protocol.ts
var ALL_PORTS = [{ from: 0, to: 65535 }];
var NAMED = {
  "-1": "all",
  all: "all",
  any: "all",
  "*": "all",
  tcp: "tcp",
  "6": "tcp",
  udp: "udp",
  "17": "udp",
  icmp: "icmp",
  "1": "icmp",
  icmpv6: "icmpv6",
  "58": "icmpv6",
  "ipv6-icmp": "icmpv6",
  // IPsec, as Azure NSG rules name them.
  esp: { number: 50 },
  ah: { number: 51 }
};
function normalizeProtocol(value) {
  const key = String(value).trim().toLowerCase();
  const named = NAMED[key];
  if (named) return named;
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    if (n >= 0 && n <= 255) return { number: n };
  }
  return { unknown: String(value) };
}
function protocolName(p) {
  if (typeof p === "string") return p === "all" ? "all protocols" : p.toUpperCase();
  if ("number" in p) return `protocol ${p.number}`;
  return `protocol ${p.unknown}`;
}
function hasPorts(p) {
  return p === "tcp" || p === "udp" || p === "all";
}
function portsFromPair(protocol, from, to) {
  if (protocol === "all") return ALL_PORTS;
  if (!hasPorts(protocol)) return [];
  const lo = from === void 0 || from < 0 ? 0 : from;
  const hi = to === void 0 || to < 0 ? 65535 : to;
  if (lo > hi || hi > 65535) return { unknown: `${from}-${to}` };
  return [{ from: lo, to: hi }];
}
function parsePortRangeText(text) {
  const t = text.trim();
  if (t === "*" || t.toLowerCase() === "any") return { from: 0, to: 65535 };
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(t);
  if (!m) return void 0;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  if (from > to || to > 65535) return void 0;
  return { from, to };
}
function coversAllPorts(ports) {
  if (!Array.isArray(ports)) return false;
  let next = 1;
  for (const r of [...ports].sort((a, b) => a.from - b.from)) {
    if (r.to < next) continue;
    if (r.from > next) return false;
    next = Math.max(next, r.to + 1);
  }
  return next > 65535;
}
function portsInclude(ports, port) {
  return Array.isArray(ports) && ports.some((r) => r.from <= port && port <= r.to);
}
function formatPorts(ports) {
  if (!Array.isArray(ports)) return `ports ${ports.unknown}`;
  if (ports.length === 0) return "";
  if (coversAllPorts(ports)) return "all ports";
  const parts = ports.map((r) => r.from === r.to ? String(r.from) : `${r.from}-${r.to}`);
  return `${parts.length === 1 && !parts[0].includes("-") ? "port" : "ports"} ${parts.join(", ")}`;
}
function describeTrafficOf(protocols, ports) {
  if (protocols.includes("all")) return "all traffic";
  const names = protocols.map(protocolName).join(" and ");
  if (protocols.every(hasPorts) && coversAllPorts(ports)) return `all ${names} ports`;
  const p = formatPorts(ports);
  return p ? `${names} ${p}` : `${names} traffic`;
}
function allTraffic(protocol, ports) {
  return protocol === "all" || hasPorts(protocol) && coversAllPorts(ports);
}
function parsePublicPort(entry) {
  const m = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(String(entry).trim());
  if (!m || Number(m[1]) > 65535) return void 0;
  const protocol = m[2]?.toLowerCase();
  return protocol ? { port: Number(m[1]), protocol } : { port: Number(m[1]) };
}
function formatPublicPort(entry) {
  return String(entry).trim().toLowerCase();
}
function withinPublicPorts(protocol, ports, allowed) {
  if (protocol !== "tcp" && protocol !== "udp" || !Array.isArray(ports) || ports.length === 0) return false;
  const open = new Set(
    allowed.flatMap((entry) => {
      const p = parsePublicPort(entry);
      return p && (p.protocol === void 0 || p.protocol === protocol) ? [p.port] : [];
    })
  );
  return ports.every((r) => {
    for (let port = r.from; port <= r.to; port++) if (!open.has(port)) return false;
    return true;
  });
}

export {
  formatV4,
  formatV6,
  parseCidr,
  cidrContains,
  cidrOverlaps,
  cidrsCover,
  ANY_V4,
  ANY_V6,
  isLoopback,
  isAnywhereTag,
  anywhereDestinations,
  describeDestination,
  compileDestinations,
  isDenyAllSentinel,
  ALL_PORTS,
  normalizeProtocol,
  protocolName,
  hasPorts,
  portsFromPair,
  parsePortRangeText,
  coversAllPorts,
  portsInclude,
  formatPorts,
  describeTrafficOf,
  allTraffic,
  formatPublicPort,
  withinPublicPorts
};
