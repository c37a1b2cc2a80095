// "Anywhere" per firewall (design §3): an allow reaches anywhere on its own (0.0.0.0/0, `*`, a CIDR list covering
// the whole space), or together with the firewall's other allows for the same protocol, ports and condition —
// `0.0.0.0/1` and `128.0.0.0/1` in two CloudFormation egress entries, the only way CloudFormation can write it.
import { anywhereDestinations } from './destinations.ts';
import { coversAllPorts } from './protocol.ts';
import type { EffectiveAllow } from './effective.ts';
import type { Destination, EgressRule, Ports, Protocol } from './types.ts';

/** What one allow rule lets out to anywhere, for one set of ports. */
export interface OpenAllow {
  rule: EgressRule;
  /** The rule's destinations that make it anywhere (alone, or with the partners'). */
  open: Destination[];
  /** The ports of the rule's protocol open to them (after higher-priority denies). */
  ports: PortsKnown;
  /** Their TCP ports (a TCP or all-protocols rule), for SMTP. */
  tcp: Ports;
  /** Other allows whose destinations complete the whole space; empty when the rule alone reaches anywhere. */
  partners: { rule: EgressRule; destinations: Destination[] }[];
}

type PortsKnown = Extract<Ports, unknown[]>;

interface Member {
  allow: EffectiveAllow;
  destination: Destination;
  ports: PortsKnown;
  tcp: Ports;
  udp: Ports;
}

function protocolKey(p: Protocol): string | undefined {
  if (typeof p === 'string') return p;
  return 'number' in p ? String(p.number) : undefined; // an unknown protocol is never open
}

/** Ports as a group key: every port (0-65535 or 1-65535) is one key. */
function portsKey(ports: PortsKnown): string {
  return coversAllPorts(ports) ? 'all' : JSON.stringify(ports);
}

type Pools = Map<string, Member[]>;

function addMember(pools: Pools, key: string, member: Member): void {
  const members = pools.get(key) ?? [];
  members.push(member);
  pools.set(key, members);
}

function byAllow(members: readonly Member[]): Map<EffectiveAllow, Member[]> {
  const out = new Map<EffectiveAllow, Member[]>();
  for (const m of members) out.set(m.allow, [...(out.get(m.allow) ?? []), m]);
  return out;
}

/**
 * Every allow's destinations that reach anywhere, grouped by the ports they are open on. Destinations for which
 * `excluded` holds (allowedDestinations), unknown ones and unknown ports never count. An all-protocols allow also
 * completes the TCP and UDP allows of every port (`-1` to 0.0.0.0/1 with TCP 0-65535 to 128.0.0.0/1 is every TCP
 * port to anywhere).
 */
export function openToAnywhere(
  allows: readonly EffectiveAllow[],
  excluded: (d: Destination) => boolean,
): OpenAllow[] {
  const pools: Pools = new Map();
  for (const allow of allows) {
    const protocol = protocolKey(allow.rule.protocol);
    if (protocol === undefined) continue;
    const condition = allow.rule.condition ?? '';
    for (const { destination, ports, tcp, udp } of allow.destinations) {
      if (!Array.isArray(ports) || excluded(destination)) continue;
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
  const result: OpenAllow[] = [];
  const reported = new Set<Destination>();
  const report = (open: OpenAllow) => {
    result.push(open);
    open.open.forEach((d) => reported.add(d));
  };
  // Rules open on their own first; the others may still be open together.
  const together: Pools = new Map();
  for (const [key, members] of pools) {
    for (const [allow, own] of byAllow(members)) {
      const open = anywhereDestinations(own.map((m) => m.destination));
      if (open.length > 0) report(openAllow(allow, own, open, []));
      else for (const m of own) addMember(together, key, m);
    }
  }
  for (const members of together.values()) reportTogether(members, reported, report);
  // Then the TCP and UDP allows of every port with the all-protocols allows, each protocol's part of them.
  const split: Pools = new Map();
  for (const [key, members] of together) {
    const [protocol, , condition] = key.split('|');
    if (protocol !== 'all') continue;
    for (const m of members) {
      if (Array.isArray(m.tcp) && coversAllPorts(m.tcp))
        addMember(split, `tcp|all|${condition}`, { ...m, ports: m.tcp });
      if (Array.isArray(m.udp) && coversAllPorts(m.udp))
        addMember(split, `udp|all|${condition}`, { ...m, ports: m.udp });
    }
  }
  for (const [key, members] of split) {
    const own = together.get(key);
    if (own) reportTogether([...own, ...members], reported, report);
  }
  return result;
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
  allow: EffectiveAllow,
  members: Member[],
  open: Destination[],
  partners: OpenAllow['partners'],
): OpenAllow {
  const first = members.find((m) => m.destination === open[0]) ?? members[0];
  return { rule: allow.rule, open, ports: first.ports, tcp: first.tcp, partners };
}
