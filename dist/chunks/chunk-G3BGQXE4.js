import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

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
  return ports.some((r) => r.from <= port && port <= r.to);
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
  if (protocol !== "tcp" && protocol !== "udp" || ports.length === 0) return false;
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
