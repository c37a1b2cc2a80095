// "Anywhere" per firewall (design §3): an allow reaches anywhere on its own (0.0.0.0/0, `*`, a CIDR list covering
// the whole space), or together with the firewall's other allows for the same protocol, ports and condition —
// `0.0.0.0/1` and `128.0.0.0/1` in two CloudFormation egress entries, the only way CloudFormation can write it.
import { anywhereDestinations } from './destinations.ts';
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
}

function protocolKey(p: Protocol): string | undefined {
  if (typeof p === 'string') return p;
  return 'number' in p ? String(p.number) : undefined; // an unknown protocol is never open
}

/**
 * Every allow's destinations that reach anywhere, grouped by the ports they are open on. Destinations for which
 * `excluded` holds (allowedDestinations), unknown ones and unknown ports never count.
 */
export function openToAnywhere(
  allows: readonly EffectiveAllow[],
  excluded: (d: Destination) => boolean,
): OpenAllow[] {
  const groups = new Map<string, Member[]>();
  for (const allow of allows) {
    const protocol = protocolKey(allow.rule.protocol);
    if (protocol === undefined) continue;
    for (const { destination, ports, tcp } of allow.destinations) {
      if (!Array.isArray(ports) || excluded(destination)) continue;
      if (destination.kind !== 'cidr' && destination.kind !== 'service-tag') continue;
      const key = `${protocol}|${JSON.stringify(ports)}|${allow.rule.condition ?? ''}`;
      const members = groups.get(key) ?? [];
      members.push({ allow, destination, ports, tcp });
      groups.set(key, members);
    }
  }
  const result: OpenAllow[] = [];
  for (const members of groups.values()) {
    const byAllow = new Map<EffectiveAllow, Member[]>();
    for (const m of members) byAllow.set(m.allow, [...(byAllow.get(m.allow) ?? []), m]);
    // Rules open on their own first; the others may still be open together.
    const together: Member[] = [];
    for (const [allow, own] of byAllow) {
      const open = anywhereDestinations(own.map((m) => m.destination));
      if (open.length > 0) result.push(openAllow(allow, own, open, []));
      else together.push(...own);
    }
    const open = new Set(anywhereDestinations(together.map((m) => m.destination)));
    if (open.size === 0) continue;
    const contributing = new Map<EffectiveAllow, Member[]>();
    for (const m of together)
      if (open.has(m.destination)) contributing.set(m.allow, [...(contributing.get(m.allow) ?? []), m]);
    for (const [allow, own] of contributing) {
      const partners = [...contributing]
        .filter(([other]) => other !== allow)
        .map(([other, theirs]) => ({ rule: other.rule, destinations: theirs.map((m) => m.destination) }));
      result.push(
        openAllow(
          allow,
          own,
          own.map((m) => m.destination),
          partners,
        ),
      );
    }
  }
  return result;
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
