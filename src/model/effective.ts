// Effective egress (docs/design.md, Platform semantics): what each allow rule still lets out after the denies evaluated before it.
// NSGs, GCP networks and NACLs evaluate rules in priority order and the first match decides, so only a deny
// evaluated earlier can take traffic away from an allow, port by port. Firewalls without denies keep every allow.
import { ANY_V4, cidrOverlaps, cidrsCover, parseCidr } from './cidr.ts';
import { isAnywhereTag, isLoopback } from './destinations.ts';
import { ALL_PORTS } from './protocol.ts';
import type { Cidr, Destination, EgressRule, Firewall, PortRange, Ports, Protocol } from './types.ts';

/** One destination an allow still reaches after the denies evaluated before it. */
export interface EffectiveDestination {
  destination: Destination;
  /**
   * The ports of the rule's protocol still open to it. An all-protocols allow loses ports only to all-protocols
   * denies: a TCP deny of port 25 leaves UDP 25 open, so the rule as a whole still reaches every port.
   */
  ports: Ports;
  /** The TCP ports still open to it (a TCP or all-protocols allow; none for others): what port questions such as SMTP read. */
  tcp: Ports;
  /** The UDP ports still open to it, likewise (DNS). */
  udp: Ports;
}

export interface EffectiveAllow {
  rule: EgressRule;
  destinations: EffectiveDestination[];
}

/**
 * What Azure's `Internet` tag does not include: private, shared, loopback and link-local space (the virtual
 * network and what it is peered or connected to). What remains of `*` after an Internet deny is that space,
 * which no rule treats as egress, so a deny of Internet masks an allow to anywhere.
 */
const NOT_INTERNET = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
].map((text) => parseCidr(text) as Cidr);

function protocolCovers(deny: Protocol, allow: Protocol): boolean {
  if (deny === 'all') return true;
  if (typeof deny === 'string' || typeof allow === 'string') return deny === allow;
  return 'number' in deny && 'number' in allow && deny.number === allow.number;
}

/** Azure service tags outside the `Internet` tag; every other tag (AzureCloud, Storage, Sql…) is Azure public space within it. */
const NOT_INTERNET_TAGS = new Set([
  'virtualnetwork',
  'virtual_network',
  'azureloadbalancer',
  'azure_loadbalancer',
]);

/** Whether an allow destination lies within Azure's `Internet` tag (or is "anywhere", which an Internet deny reduces to the virtual network). */
function withinInternet(d: Destination): boolean {
  if (d.kind === 'service-tag') return !NOT_INTERNET_TAGS.has(d.tag.trim().toLowerCase());
  if (d.kind === 'cidr') return d.cidr.prefix === 0 || !NOT_INTERNET.some((n) => cidrOverlaps(n, d.cidr));
  return false;
}

/** Whether the deny's destinations, together, include the allow's destination. Unknown destinations include nothing. */
function denyReaches(deny: EgressRule, allow: Destination): boolean {
  const cidrs: Cidr[] = [];
  for (const d of deny.destinations) {
    if (d.kind === 'service-tag') {
      const tag = d.tag.trim().toLowerCase();
      if (tag === 'internet' ? withinInternet(allow) : isAnywhereTag(tag)) return true;
      if (allow.kind === 'service-tag' && allow.tag.trim().toLowerCase() === tag) return true;
    } else if (d.kind === 'cidr') cidrs.push(d.cidr);
    else if (
      (d.kind === 'security-group' || d.kind === 'prefix-list') &&
      allow.kind === d.kind &&
      allow.ref === d.ref
    )
      return true;
  }
  if (cidrs.length === 0) return false;
  if (allow.kind === 'cidr') return cidrsCover(cidrs, allow.cidr);
  // `*`, `Any`, `Internet`: denied when the CIDRs cover every IPv4 address.
  return allow.kind === 'service-tag' && isAnywhereTag(allow.tag) && cidrsCover(cidrs, ANY_V4);
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

/**
 * True when `deny` is evaluated before `allow`. The platform's own rules come after every declared rule (Azure's
 * defaults sit at 65000 and above, GCP's implied rules at the lowest priority, a NACL's `*` rule last). Otherwise
 * the lower priority number first; at equal priority the deny wins (GCP's rule; Azure and NACLs allow no ties).
 * Without two priorities (a value that could not be resolved), declaration order.
 */
function evaluatedBefore(deny: EgressRule, allow: EgressRule, order: RuleOrder): boolean {
  if (Boolean(deny.isPlatformDefault) !== Boolean(allow.isPlatformDefault)) return !deny.isPlatformDefault;
  if (deny.priority !== undefined && allow.priority !== undefined) return deny.priority <= allow.priority;
  order.position ??= new Map(order.rules.map((r, i) => [r, i]));
  return (order.position.get(deny) ?? 0) < (order.position.get(allow) ?? 0);
}

/** A firewall's denies and each rule's position, computed once for all its allows (a group may have 100,000 rules). */
interface RuleOrder {
  rules: readonly EgressRule[];
  denies: EgressRule[];
  /** Built when first needed: most firewalls have no deny. */
  position?: Map<EgressRule, number>;
}

function ruleOrder(rules: readonly EgressRule[]): RuleOrder {
  return { rules, denies: rules.filter((r) => r.action === 'deny') };
}

/**
 * A deny that holds only under a condition (a GCP rule scoped to target tags, an Fn::If branch) takes nothing
 * from an allow that holds without it: the allow still applies where the condition does not.
 */
function sameScope(deny: EgressRule, allow: EgressRule): boolean {
  return deny.condition === undefined || deny.condition === allow.condition;
}

/**
 * A deny with a part that could not be resolved (its protocol, ports or a destination) might take anything away
 * from an allow evaluated after it: what the allow still lets out is unknown, and unknown is never open (the value
 * is counted as unresolved where it was read).
 */
function mightReach(deny: EgressRule, allow: EgressRule, destination: Destination): boolean {
  const unknownProtocol = typeof deny.protocol !== 'string' && 'unknown' in deny.protocol;
  const unknownDestination = deny.destinations.some((d) => d.kind === 'unknown');
  if (!unknownProtocol && !unknownDestination && Array.isArray(deny.ports)) return false;
  if (!unknownProtocol && !protocolCovers(deny.protocol, allow.protocol) && allow.protocol !== 'all')
    return false;
  return unknownDestination || denyReaches(deny, destination);
}

/** The ports of a protocol that the denies reaching a destination leave open; undefined when none are left. */
function remainingPorts(protocol: Protocol, ports: Ports, denies: readonly EgressRule[]): Ports | undefined {
  // An all-protocols deny covers every port of every protocol (its ports are all ports, or unknown).
  if (denies.some((d) => d.protocol === 'all' && Array.isArray(d.ports))) return undefined;
  if (!Array.isArray(ports)) return ports; // unknown stays unknown: never masked, never open
  const covering = denies.filter((d) => protocolCovers(d.protocol, protocol));
  // ICMP and other protocols without ports: masked by any deny of the same protocol.
  if (ports.length === 0) return covering.length > 0 ? undefined : [];
  let open = ports;
  for (const deny of covering) if (Array.isArray(deny.ports)) open = subtract(open, deny.ports);
  return open.length === 0 ? undefined : open;
}

/**
 * Applies the denies evaluated before an allow rule. Unknown ports are left as they are (unknown is not open); a
 * destination that an unresolved deny might reach, or a loopback one, is not in the result.
 */
export function effectiveAllow(
  allow: EgressRule,
  rules: readonly EgressRule[],
  order: RuleOrder = ruleOrder(rules),
): EffectiveAllow {
  const denies = order.denies.filter((r) => sameScope(r, allow) && evaluatedBefore(r, allow, order));
  const destinations: EffectiveDestination[] = [];
  for (const destination of allow.destinations) {
    // Loopback never leaves the host: neither open nor a mail destination (docs/design.md, Platform semantics).
    if (isLoopback(destination)) continue;
    if (denies.some((d) => mightReach(d, allow, destination))) continue;
    const reaching = denies.filter((d) => denyReaches(d, destination));
    const ports = remainingPorts(allow.protocol, allow.ports, reaching);
    if (ports === undefined) continue;
    const portsOf = (protocol: 'tcp' | 'udp'): Ports => {
      if (allow.protocol === protocol) return ports;
      return allow.protocol === 'all' ? (remainingPorts(protocol, ALL_PORTS, reaching) ?? []) : [];
    };
    destinations.push({ destination, ports, tcp: portsOf('tcp'), udp: portsOf('udp') });
  }
  return { rule: allow, destinations };
}

/** Every declared allow rule with what it still lets out; fully masked rules are dropped. */
export function effectiveAllows(firewall: Firewall): EffectiveAllow[] {
  const all = firewall.platformDefault ? [...firewall.rules, firewall.platformDefault.rule] : firewall.rules;
  const order = ruleOrder(all);
  return firewall.rules
    .filter((r) => r.action === 'allow')
    .map((r) => effectiveAllow(r, all, order))
    .filter((e) => e.destinations.length > 0);
}

/** Whether the platform default (the allow the platform adds, see PlatformDefault) still lets traffic out. */
export function platformDefaultInForce(firewall: Firewall): boolean {
  if (!firewall.platformDefault) return false;
  const rule = firewall.platformDefault.rule;
  return effectiveAllow(rule, [...firewall.rules, rule]).destinations.length > 0;
}
