// Effective egress: what each allow rule still lets out after the denies evaluated before it.
// AWS security groups have no denies, so there every allow rule is effective as declared.
import { cidrContains } from './cidr.ts';
import { isAnywhereTag } from './destinations.ts';
import { ALL_PORTS } from './protocol.ts';
import type { Destination, EgressRule, Firewall, PortRange, Ports, Protocol } from './types.ts';

export interface EffectiveAllow {
  rule: EgressRule;
  /** The destinations that are still reachable, each with the ports still open to it. */
  destinations: { destination: Destination; ports: Ports }[];
}

function protocolCovers(deny: Protocol, allow: Protocol): boolean {
  if (deny === 'all') return true;
  if (typeof deny === 'string' || typeof allow === 'string') return deny === allow;
  return 'number' in deny && 'number' in allow && deny.number === allow.number;
}

function destinationCovers(deny: Destination, allow: Destination): boolean {
  if (deny.kind === 'service-tag' && isAnywhereTag(deny.tag)) return true;
  if (deny.kind === 'cidr' && allow.kind === 'cidr') return cidrContains(deny.cidr, allow.cidr);
  if (deny.kind === 'cidr' && deny.cidr.prefix === 0 && allow.kind === 'service-tag') return isAnywhereTag(allow.tag);
  if (deny.kind === 'service-tag' && allow.kind === 'service-tag') return deny.tag.toLowerCase() === allow.tag.toLowerCase();
  return false;
}

function subtract(ports: PortRange[], cut: PortRange[]): PortRange[] {
  let result = ports;
  for (const c of cut) {
    const next: PortRange[] = [];
    for (const r of result) {
      if (c.to < r.from || c.from > r.to) next.push(r);
      else {
        if (r.from < c.from) next.push({ from: r.from, to: c.from - 1 });
        if (r.to > c.to) next.push({ from: c.to + 1, to: r.to });
      }
    }
    result = next;
  }
  return result;
}

/** True when `deny` is evaluated before `allow` (lower priority number first; equal or missing = declaration order). */
function evaluatedBefore(deny: EgressRule, allow: EgressRule, rules: readonly EgressRule[]): boolean {
  if (deny.priority !== undefined && allow.priority !== undefined && deny.priority !== allow.priority) {
    return deny.priority < allow.priority;
  }
  return rules.indexOf(deny) < rules.indexOf(allow);
}

/** Applies higher-priority denies to one allow rule. Unknown ports are left as they are (unknown is not open). */
export function effectiveAllow(allow: EgressRule, rules: readonly EgressRule[]): EffectiveAllow {
  const denies = rules.filter((r) => r.action === 'deny' && evaluatedBefore(r, allow, rules));
  const destinations: EffectiveAllow['destinations'] = [];
  for (const destination of allow.destinations) {
    let ports: Ports = allow.ports;
    for (const deny of denies) {
      if (!Array.isArray(ports) || ports.length === 0) break;
      if (!protocolCovers(deny.protocol, allow.protocol)) continue;
      if (!deny.destinations.some((d) => destinationCovers(d, destination))) continue;
      if (!Array.isArray(deny.ports)) continue;
      // A deny of "all" covers every port even where the allow has none (ICMP).
      ports = subtract(ports, deny.protocol === 'all' ? ALL_PORTS : deny.ports);
      if (ports.length === 0) break;
    }
    const portless = Array.isArray(allow.ports) && allow.ports.length === 0;
    const masked = Array.isArray(ports) && ports.length === 0 && !portless;
    const icmpMasked = portless && denies.some((d) => d.protocol === 'all' && d.destinations.some((x) => destinationCovers(x, destination)));
    if (!masked && !icmpMasked) destinations.push({ destination, ports });
  }
  return { rule: allow, destinations };
}

/** Every declared allow rule with what it still lets out; fully masked rules are dropped. */
export function effectiveAllows(firewall: Firewall): EffectiveAllow[] {
  const all = firewall.platformDefault ? [...firewall.rules, firewall.platformDefault.rule] : firewall.rules;
  return firewall.rules
    .filter((r) => r.action === 'allow')
    .map((r) => effectiveAllow(r, all))
    .filter((e) => e.destinations.length > 0);
}

/** Whether the platform default (AllowInternetOutBound, GCP implied allow, AWS's CFN allow-all) still lets traffic out. */
export function platformDefaultInForce(firewall: Firewall): boolean {
  if (!firewall.platformDefault) return false;
  const rule = firewall.platformDefault.rule;
  return effectiveAllow(rule, [...firewall.rules, rule]).destinations.length > 0;
}
