// The provider-neutral view rules read: what each allow of a firewall still lets out after the denies evaluated
// before it (src/model/effective.ts), with only what is known. Unknown is never open: a destination, protocol or
// port that could not be resolved was counted as unresolved where it was read, and is left out here, once, so no
// rule asks again. (A deny that could not be resolved is applied in effective.ts: what it might mask is not open.)
import { effectiveAllows, platformDefaultInForce } from './effective.ts';
import type { Destination, EgressRule, Firewall, PortRange, Protocol } from './types.ts';

/** A destination that was resolved: an address block, a group or prefix-list reference, a service tag. */
export type KnownDestination = Exclude<Destination, { kind: 'unknown' }>;

/** A protocol that was resolved. */
export type KnownProtocol = Exclude<Protocol, { unknown: string }>;

/** One destination an allow still reaches, and the ports still open to it. */
export interface Reach {
  destination: KnownDestination;
  /** The ports of the rule's protocol still open to it (none for a protocol without ports). */
  ports: PortRange[];
  /** The TCP ports still open to it (a TCP or all-protocols allow; none for others): what SMTP questions read. */
  tcp: PortRange[];
  /** The UDP ports still open to it, likewise. */
  udp: PortRange[];
}

/** An allow rule with the known destinations it still reaches; a rule that reaches none is not in the view. */
export interface KnownAllow {
  rule: EgressRule & { protocol: KnownProtocol };
  reaches: Reach[];
}

export interface EgressView {
  /** Every allow that still lets something known out, in declaration order. */
  readonly allows: KnownAllow[];
  /**
   * Whether the platform default (what applies when nothing is declared, or nothing overrides it) still lets
   * traffic out; false when a deny that could not be resolved might override it.
   */
  readonly defaultInForce: boolean;
}

function isKnownProtocol(rule: EgressRule): rule is EgressRule & { protocol: KnownProtocol } {
  return typeof rule.protocol === 'string' || !('unknown' in rule.protocol);
}

/** Each firewall's view, built once for every rule that reads it (firewalls do not change once rules run). */
const views = new WeakMap<Firewall, EgressView>();

/** The firewall as rules read it; each part is computed when first read. */
export function egressView(firewall: Firewall): EgressView {
  let view = views.get(firewall);
  if (view) return view;
  let allows: KnownAllow[] | undefined;
  let defaultInForce: boolean | undefined;
  view = {
    get allows() {
      return (allows ??= knownAllows(firewall));
    },
    get defaultInForce() {
      return (defaultInForce ??= platformDefaultInForce(firewall));
    },
  };
  views.set(firewall, view);
  return view;
}

function knownAllows(firewall: Firewall): KnownAllow[] {
  const allows: KnownAllow[] = [];
  for (const { rule, destinations } of effectiveAllows(firewall)) {
    if (!isKnownProtocol(rule)) continue;
    const reaches: Reach[] = [];
    for (const { destination, ports, tcp, udp } of destinations) {
      if (destination.kind === 'unknown' || !Array.isArray(ports)) continue;
      if (!Array.isArray(tcp) || !Array.isArray(udp)) continue;
      reaches.push({ destination, ports, tcp, udp });
    }
    if (reaches.length > 0) allows.push({ rule, reaches });
  }
  return allows;
}
