// "Anywhere" per firewall (docs/design.md, Platform semantics): an allow reaches anywhere on its own (0.0.0.0/0, `*`, a CIDR list covering
// the whole space), or together with the firewall's other allows for the same protocol, ports and condition —
// `0.0.0.0/1` and `128.0.0.0/1` in two egress entries, where a format allows one address block per entry.
import { anywhereDestinations } from './destinations.ts';
import { coversAllPorts } from './protocol.ts';
import type { Destination, EgressRule, PortRange } from './types.ts';
import type { KnownAllow, KnownProtocol } from './view.ts';

/** What one allow rule lets out to anywhere, for one set of ports. */
export interface OpenAllow {
  rule: EgressRule;
  /** The protocol open to anywhere: the rule's, or TCP or UDP when only that part of an all-protocols rule is. */
  protocol: KnownProtocol;
  /** The rule's destinations that make it anywhere (alone, or with the partners'). */
  open: Destination[];
  /** The ports of the rule's protocol open to them (after higher-priority denies). */
  ports: PortRange[];
  /** Their TCP ports (a TCP or all-protocols rule), for SMTP. */
  tcp: PortRange[];
  /** Other allows whose destinations complete the whole space; empty when the rule alone reaches anywhere. */
  partners: { rule: EgressRule; destinations: Destination[] }[];
}

interface Member {
  allow: KnownAllow;
  /** Set when only one transport of an all-protocols allow is compared (the per-port step). */
  protocol?: KnownProtocol;
  destination: Destination;
  ports: PortRange[];
  tcp: PortRange[];
  udp: PortRange[];
}

function protocolKey(p: KnownProtocol): string {
  return typeof p === 'string' ? p : String(p.number);
}

/** Ports as a group key: every port (0-65535 or 1-65535) is one key. */
function portsKey(ports: PortRange[]): string {
  return coversAllPorts(ports) ? 'all' : JSON.stringify(ports);
}

type Pools = Map<string, Member[]>;

function addMember(pools: Pools, key: string, member: Member): void {
  const members = pools.get(key) ?? [];
  members.push(member);
  pools.set(key, members);
}

function byAllow(members: readonly Member[]): Map<KnownAllow, Member[]> {
  const out = new Map<KnownAllow, Member[]>();
  for (const m of members) {
    const own = out.get(m.allow);
    if (own) own.push(m);
    else out.set(m.allow, [m]);
  }
  return out;
}

/**
 * Every allow's destinations that reach anywhere, grouped by the ports they are open on. Destinations for which
 * `excluded` holds (allowedDestinations) never count. An all-protocols allow also
 * completes the TCP and UDP allows of every port (`-1` to 0.0.0.0/1 with TCP 0-65535 to 128.0.0.0/1 is every TCP
 * port to anywhere).
 */
export function openToAnywhere(
  allows: readonly KnownAllow[],
  excluded: (d: Destination) => boolean,
): OpenAllow[] {
  const result: OpenAllow[] = [];
  const reported = new Set<Destination>();
  const report = (open: OpenAllow) => {
    result.push(open);
    open.open.forEach((d) => reported.add(d));
  };
  // Rules open on their own first; the others may still be open together.
  const together = reportAlone(poolsOf(allows, excluded), report);
  // Every step of reportUnions combines only these members: if even all their blocks together are smaller than an
  // address space (the usual firewall), no combination of them can cover it, and the steps would find nothing.
  if (mayCoverTogether(together)) reportUnions(together, reported, report);
  return result;
}

// openToAnywhere's steps are functions of their own: the first two run for every firewall, the unions for almost
// none, and V8 then compiles the hot steps without the cold ones (one function of all steps took ~100 ms of
// optimising compile, three times over on the benchmark tree).

/** The allows' destinations that could reach anywhere, grouped by protocol, ports and condition. */
function poolsOf(allows: readonly KnownAllow[], excluded: (d: Destination) => boolean): Pools {
  const pools: Pools = new Map();
  for (const allow of allows) {
    const protocol = protocolKey(allow.rule.protocol);
    const condition = allow.rule.condition ?? '';
    for (const { destination, ports, tcp, udp } of allow.reaches) {
      if (excluded(destination)) continue;
      if (destination.kind !== 'cidr' && destination.kind !== 'service-tag') continue;
      addMember(pools, `${protocol}|${portsKey(ports)}|${condition}`, {
        allow,
        destination,
        ports,
        tcp,
        udp,
      });
    }
  }
  return pools;
}

/** Reports each allow that reaches anywhere on its own; returns the members of the others, by pool. */
function reportAlone(pools: Pools, report: (open: OpenAllow) => void): Pools {
  const together: Pools = new Map();
  for (const [key, members] of pools) {
    for (const [allow, own] of byAllow(members)) {
      const open = anywhereDestinations(own.map((m) => m.destination));
      if (open.length > 0) report(openAllow(allow, own, open, []));
      else for (const m of own) addMember(together, key, m);
    }
  }
  return together;
}

/** Reports the allows that reach anywhere only together: same pool, all-protocols with TCP/UDP, port by port. */
function reportUnions(
  together: Pools,
  reported: ReadonlySet<Destination>,
  report: (open: OpenAllow) => void,
): void {
  for (const members of together.values()) reportTogether(members, reported, report);
  // Then the TCP and UDP allows of every port with the all-protocols allows, each protocol's part of them.
  const split: Pools = new Map();
  for (const [key, members] of together) {
    const [protocol, , condition] = key.split('|');
    if (protocol !== 'all') continue;
    for (const m of members) {
      if (coversAllPorts(m.tcp)) addMember(split, `tcp|all|${condition}`, { ...m, ports: m.tcp });
      if (coversAllPorts(m.udp)) addMember(split, `udp|all|${condition}`, { ...m, ports: m.udp });
    }
  }
  for (const [key, members] of split) {
    const own = together.get(key);
    if (own) reportTogether([...own, ...members], reported, report);
  }
  // Last, port by port: allows of one transport with different ports that together cover the space on the ports
  // they share (TCP 25 to 0.0.0.0/1 with TCP 0-65535 or `-1` to 128.0.0.0/1 is port 25 to anywhere).
  for (const transport of ['tcp', 'udp'] as const) {
    const byCondition: Pools = new Map();
    for (const [key, members] of together) {
      const [protocol, , condition] = key.split('|');
      if (protocol !== transport && protocol !== 'all') continue;
      for (const m of members) {
        const ports = m[transport];
        if (ports.length > 0) addMember(byCondition, condition, { ...m, ports });
      }
    }
    for (const members of byCondition.values()) {
      for (const range of sharedPortRanges(members)) {
        const ports = [range];
        // Per address family, so an IPv4 finding names only the IPv4 allows that complete it.
        for (const version of [4, 6]) {
          const covering = members.filter(
            (m) =>
              (m.destination.kind !== 'cidr' || m.destination.cidr.version === version) &&
              m.ports.some((r) => r.from <= range.from && r.to >= range.to),
          );
          if (byAllow(covering).size < 2) continue; // one allow alone was already checked with all its ports
          reportTogether(
            covering.map((m) => ({
              ...m,
              protocol: transport,
              ports,
              tcp: transport === 'tcp' ? ports : [],
              udp: transport === 'udp' ? ports : [],
            })),
            reported,
            report,
          );
        }
      }
    }
  }
}

/** Loopback never leaves the host, so blocks that cover everything but it cover "anywhere" (anywhereDestinations). */
const IPV4_NEEDED = (1n << 32n) - (1n << 24n);
const IPV6_NEEDED = (1n << 128n) - 1n;

/** Whether the blocks of these members add up to an address space less loopback: else none of their unions can. */
function mayCoverTogether(pools: Pools): boolean {
  let v4 = 0n;
  let v6 = 0n;
  for (const members of pools.values())
    for (const { destination: d } of members) {
      if (d.kind !== 'cidr') continue;
      if (d.cidr.version === 4) v4 += 1n << BigInt(32 - d.cidr.prefix);
      else v6 += 1n << BigInt(128 - d.cidr.prefix);
    }
  return v4 >= IPV4_NEEDED || v6 >= IPV6_NEEDED;
}

/**
 * Bounds the per-port check: a firewall whose allows of one transport have more distinct port boundaries is
 * checked only on the ranges the pools above compare (identical ports, every port).
 */
const MAX_PORT_RANGES = 4096;

/** The ranges between the members' port boundaries that at least one member allows, in order. */
function sharedPortRanges(members: readonly Member[]): PortRange[] {
  const bounds = new Set<number>();
  for (const m of members)
    for (const r of m.ports) {
      bounds.add(r.from);
      bounds.add(r.to + 1);
    }
  if (bounds.size > MAX_PORT_RANGES + 1) return [];
  const sorted = [...bounds].sort((a, b) => a - b);
  const ranges: PortRange[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const range = { from: sorted[i], to: sorted[i + 1] - 1 };
    if (members.some((m) => m.ports.some((r) => r.from <= range.from && r.to >= range.to)))
      ranges.push(range);
  }
  return ranges;
}

/** Reports the allows whose destinations together (and only together) reach anywhere, once per destination. */
function reportTogether(
  members: readonly Member[],
  reported: ReadonlySet<Destination>,
  report: (open: OpenAllow) => void,
): void {
  const open = new Set(anywhereDestinations(members.map((m) => m.destination)));
  if (open.size === 0) return;
  const contributing = byAllow(members.filter((m) => open.has(m.destination)));
  for (const [allow, own] of contributing) {
    if (own.every((m) => reported.has(m.destination))) continue;
    const partners = [...contributing]
      .filter(([other]) => other !== allow)
      .map(([other, theirs]) => ({ rule: other.rule, destinations: theirs.map((m) => m.destination) }));
    report(
      openAllow(
        allow,
        own,
        own.map((m) => m.destination),
        partners,
      ),
    );
  }
}

function openAllow(
  allow: KnownAllow,
  members: Member[],
  open: Destination[],
  partners: OpenAllow['partners'],
): OpenAllow {
  const first = members.find((m) => m.destination === open[0]) ?? members[0];
  const protocol = first.protocol ?? allow.rule.protocol;
  return { rule: allow.rule, protocol, open, ports: first.ports, tcp: first.tcp, partners };
}
