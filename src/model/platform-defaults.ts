// The shape of a rule a platform adds on its own (docs/design.md, Platform semantics): located at, and declared by, its firewall. Which rules
// each platform adds is the provider's knowledge (src/providers/<provider>/defaults.ts).
import { ALL_PORTS } from './protocol.ts';
import type { Cidr, Destination, EgressRule, Location } from './types.ts';

/** The firewall a default belongs to; default rules are located at, and declared by, it. */
export interface DefaultAnchor {
  id: string;
  resourceType: string;
  displayName: string;
  location: Location;
}

/** A rule of every protocol and port that the platform adds to a firewall. */
export function defaultRule(
  anchor: DefaultAnchor,
  action: EgressRule['action'],
  name: string,
  destination: Destination,
  priority?: number,
): EgressRule {
  return {
    action,
    priority,
    protocol: 'all',
    ports: ALL_PORTS,
    destinations: [destination],
    location: anchor.location,
    origins: [],
    declaredBy: { ...anchor },
    name,
    isPlatformDefault: true,
  };
}

/** The whole IPv4 or IPv6 space, located at the firewall. */
export function anywhere(anchor: DefaultAnchor, cidr: Cidr): Destination {
  return { kind: 'cidr', cidr, text: cidr.text, location: anchor.location, origins: [] };
}

/** A service tag (Azure's `Internet`, `*`), located at the firewall. */
export function serviceTag(anchor: DefaultAnchor, tag: string): Destination {
  return { kind: 'service-tag', tag, text: tag, location: anchor.location, origins: [] };
}
