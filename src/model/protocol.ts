// Protocol spellings and port ranges, normalised the same way for every platform.
import type { PortRange, Ports, Protocol } from './types.ts';

export const ALL_PORTS: PortRange[] = [{ from: 0, to: 65535 }];

const NAMED: Record<string, Protocol> = {
  '-1': 'all',
  all: 'all',
  any: 'all',
  '*': 'all',
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmpv6',
  '58': 'icmpv6',
  'ipv6-icmp': 'icmpv6',
  // IPsec, as Azure NSG rules name them.
  esp: { number: 50 },
  ah: { number: 51 },
};

/** `-1`/`all`/`ALL`/`"-1"`/`*` → all; `6`/`tcp`/`TCP` → tcp; `17`/udp; `1`/icmp; `58`/icmpv6; other numbers kept. */
export function normalizeProtocol(value: string | number): Protocol {
  const key = String(value).trim().toLowerCase();
  const named = NAMED[key];
  if (named) return named;
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    if (n >= 0 && n <= 255) return { number: n };
  }
  return { unknown: String(value) };
}

export function protocolName(p: Protocol): string {
  if (typeof p === 'string') return p === 'all' ? 'all protocols' : p.toUpperCase();
  if ('number' in p) return `protocol ${p.number}`;
  return `protocol ${p.unknown}`;
}

/** Whether the protocol has ports at all (only TCP and UDP do; "all" covers every port). */
export function hasPorts(p: Protocol): boolean {
  return p === 'tcp' || p === 'udp' || p === 'all';
}

/**
 * A from/to port pair → ranges. For "all" the pair is ignored (platforms that take one ignore it too); for ICMP
 * the pair is type/code, so there are no ports; -1 or a missing bound means every port.
 */
export function portsFromPair(protocol: Protocol, from: number | undefined, to: number | undefined): Ports {
  if (protocol === 'all') return ALL_PORTS;
  if (!hasPorts(protocol)) return [];
  const lo = from === undefined || from < 0 ? 0 : from;
  const hi = to === undefined || to < 0 ? 65535 : to;
  if (lo > hi || hi > 65535) return { unknown: `${from}-${to}` };
  return [{ from: lo, to: hi }];
}

/** Parses `443`, `1024-65535`, `*` (Azure/GCP port syntax). */
export function parsePortRangeText(text: string): PortRange | undefined {
  const t = text.trim();
  if (t === '*' || t.toLowerCase() === 'any') return { from: 0, to: 65535 };
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(t);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to || to > 65535) return undefined;
  return { from, to };
}

/** Every port there is: 0-65535, or 1-65535 (port 0 is reserved; no traffic uses it), in one range or several. */
export function coversAllPorts(ports: Ports): boolean {
  if (!Array.isArray(ports)) return false;
  let next = 1;
  for (const r of [...ports].sort((a, b) => a.from - b.from)) {
    if (r.to < next) continue;
    if (r.from > next) return false;
    next = Math.max(next, r.to + 1);
  }
  return next > 65535;
}

export function portsInclude(ports: readonly PortRange[], port: number): boolean {
  return ports.some((r) => r.from <= port && port <= r.to);
}

export function formatPorts(ports: Ports): string {
  if (!Array.isArray(ports)) return `ports ${ports.unknown}`;
  if (ports.length === 0) return '';
  if (coversAllPorts(ports)) return 'all ports';
  const parts = ports.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`));
  return `${parts.length === 1 && !parts[0].includes('-') ? 'port' : 'ports'} ${parts.join(', ')}`;
}

/** What a rule lets through, for messages: `all traffic`, `TCP port 25`, `UDP ports 1000-2000`, `ICMP traffic`. */
export function describeTraffic(protocol: Protocol, ports: Ports): string {
  return describeTrafficOf([protocol], ports);
}

/**
 * What one rule lets through on the same ports for several protocols, e.g. ufw's `allow out 53`: `TCP and UDP
 * port 53`, `all TCP and UDP ports`. The model has one protocol per rule; the rule that reports names them all.
 */
export function describeTrafficOf(protocols: readonly Protocol[], ports: Ports): string {
  if (protocols.includes('all')) return 'all traffic';
  const names = protocols.map(protocolName).join(' and ');
  if (protocols.every(hasPorts) && coversAllPorts(ports)) return `all ${names} ports`;
  const p = formatPorts(ports);
  return p ? `${names} ${p}` : `${names} traffic`;
}

/** All protocols, or every port of TCP or UDP: the traffic a rule to anywhere must never allow. */
export function allTraffic(protocol: Protocol, ports: PortRange[]): boolean {
  return protocol === 'all' || (hasPorts(protocol) && coversAllPorts(ports));
}

/**
 * An `allowedPublicPorts` entry: `443` (TCP and UDP: HTTPS, HTTP/3 over QUIC included), `443/tcp` or `443/udp`.
 * Returns undefined for anything else (the config schema rejects it first).
 */
export function parsePublicPort(
  entry: number | string,
): { port: number; protocol?: 'tcp' | 'udp' } | undefined {
  const m = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(String(entry).trim());
  if (!m || Number(m[1]) > 65535) return undefined;
  const protocol = m[2]?.toLowerCase() as 'tcp' | 'udp' | undefined;
  return protocol ? { port: Number(m[1]), protocol } : { port: Number(m[1]) };
}

export function formatPublicPort(entry: number | string): string {
  return String(entry).trim().toLowerCase();
}

/** Whether every port a TCP or UDP rule opens is an allowed public port for that protocol. */
export function withinPublicPorts(
  protocol: Protocol,
  ports: readonly PortRange[],
  allowed: readonly (number | string)[],
): boolean {
  if ((protocol !== 'tcp' && protocol !== 'udp') || ports.length === 0) return false;
  const open = new Set(
    allowed.flatMap((entry) => {
      const p = parsePublicPort(entry);
      return p && (p.protocol === undefined || p.protocol === protocol) ? [p.port] : [];
    }),
  );
  return ports.every((r) => {
    for (let port = r.from; port <= r.to; port++) if (!open.has(port)) return false;
    return true;
  });
}
