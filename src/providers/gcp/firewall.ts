// GCP VPC firewalls from resolved attribute values (google_compute_firewall's snake_case; Pulumi's camelCase and
// plural `allows`/`denies` read alike): firewall resources → egress rules, grouped per VPC network with GCP's
// implied allow-egress rule (docs/design.md, Platform semantics).
import { ANY_V4, parseCidr } from '../../model/cidr.ts';
import { GCP_DEFAULT_PRIORITY, gcpImpliedEgress } from './defaults.ts';
import { ALL_PORTS, hasPorts } from '../../model/protocol.ts';
import type { Destination, EgressRule, Firewall, Ports, Protocol, Unresolved } from '../../model/types.ts';
import type { FirewallBase } from '../shared/firewall-base.ts';
import { portRangesOf, protocolNamed, unknownDestination } from '../shared/rule-fields.ts';
import { elementsOf, numberOf, stringOf, unresolvedOf, type ValueReader } from '../shared/values.ts';

export interface GcpRuleContext {
  declaredBy: EgressRule['declaredBy'];
  unresolved: Unresolved[];
}

function destinationsOf(attrs: ValueReader, context: GcpRuleContext): Destination[] {
  const values = elementsOf(attrs.get('destination_ranges'));
  // An EGRESS rule without destination ranges applies to every IPv4 address.
  if (values.length === 0)
    return [
      {
        kind: 'cidr',
        cidr: ANY_V4,
        text: ANY_V4.text,
        location: attrs.at.location,
        origins: attrs.at.origins,
      },
    ];
  const destinations: Destination[] = [];
  for (const value of values) {
    if (value.kind === 'unknown') {
      destinations.push(unknownDestination(value, context.unresolved));
      continue;
    }
    const text = stringOf(value)?.trim();
    if (!text) continue;
    const cidr = parseCidr(text);
    const { location, origins } = value.at;
    if (cidr) destinations.push({ kind: 'cidr', cidr, text, location, origins });
    else
      destinations.push(
        unknownDestination(
          { kind: 'unknown', expression: text, reason: 'not a CIDR', at: value.at },
          context.unresolved,
        ),
      );
  }
  return destinations;
}

/** `ports: ["80", "8000-8080"]`; none listed means every port of the protocol. */
function portsOf(protocol: Protocol, entry: ValueReader, context: GcpRuleContext): Ports {
  if (protocol === 'all') return ALL_PORTS;
  if (!hasPorts(protocol)) return [];
  return portRangesOf(elementsOf(entry.get('ports')), context.unresolved);
}

/** Which instances a rule applies to, when not all of the network's. */
function targetsOf(attrs: ValueReader): string | undefined {
  const names = (field: string) =>
    elementsOf(attrs.get(field)).map((v) => (v.kind === 'unknown' ? v.expression : (stringOf(v) ?? '')));
  const tags = names('target_tags');
  if (tags.length > 0) return `instances are tagged ${tags.join(', ')}`;
  const accounts = names('target_service_accounts');
  if (accounts.length > 0) return `instances run as ${accounts.join(', ')}`;
  return undefined;
}

/** The egress rules of one firewall resource: none unless it is an enabled EGRESS firewall (GCP defaults to INGRESS). */
export function gcpEgressRules(attrs: ValueReader, context: GcpRuleContext): EgressRule[] {
  const direction = attrs.get('direction');
  if (direction?.kind === 'unknown') context.unresolved.push(unresolvedOf(direction));
  if ((stringOf(direction) ?? 'INGRESS').toUpperCase() !== 'EGRESS') return [];
  const disabled = attrs.get('disabled');
  if (disabled?.kind === 'scalar' && disabled.value === true) return [];
  const priority = numberOf(attrs.get('priority')) ?? GCP_DEFAULT_PRIORITY;
  const destinations = destinationsOf(attrs, context);
  const condition = targetsOf(attrs);
  const rules: EgressRule[] = [];
  const entries: [string, string, EgressRule['action']][] = [
    ['allows', 'allow', 'allow'],
    ['denies', 'deny', 'deny'],
  ];
  for (const [plural, singular, action] of entries) {
    for (const entry of elementsOf(attrs.get(plural) ?? attrs.get(singular))) {
      if (entry.kind === 'unknown') context.unresolved.push(unresolvedOf(entry));
      if (entry.kind !== 'object') continue;
      const protocol = protocolNamed(entry.fields.get('protocol'), context.unresolved);
      rules.push({
        action,
        priority,
        protocol,
        ports: portsOf(protocol, entry.fields, context),
        destinations,
        location: entry.at.location,
        origins: [],
        declaredBy: context.declaredBy,
        name: stringOf(attrs.get('name')),
        condition,
      });
    }
  }
  return rules;
}

/** `default`, `global/networks/default`, `projects/p/global/networks/default` and self links all end in the name. */
export function networkName(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1);
}

/** A network outside the scan, reported at a firewall of it under the name the firewall gives it. */
export function outsideNetwork(firewall: FirewallBase, networkType: string, reference: string): FirewallBase {
  return {
    ...firewall,
    id: `network ${reference}`,
    displayName: `network ${networkName(reference)}`,
    resourceType: networkType,
  };
}

/** A VPC network in the scan: it carries GCP's implied allow-egress rule. */
export interface NetworkParts {
  firewall: FirewallBase;
  /** Every way a firewall may name it: address or URN, its name. */
  keys: string[];
}

/** One firewall resource (google_compute_firewall, gcp:compute/firewall:Firewall). */
export interface GcpFirewallParts {
  /** The network it belongs to, as `NetworkParts.keys` spell it, most specific first. */
  networkKeys: string[];
  /** How it names its network: for a network outside the scan, the firewall it is reported under. */
  reference: string;
  rules: EgressRule[];
  /** Its direction is unknown: it may be the EGRESS deny that overrides the implied rule. */
  undecided: boolean;
  /** The firewall a network outside the scan is reported under (`network <reference>`), without the implied rule. */
  orphan: FirewallBase;
}

/**
 * One gcp-network firewall per VPC network. A network in the scan gets the implied allow-egress rule, unless a
 * firewall's direction is unknown (unknown is not open); a network outside it is checked on its rules alone
 * (its EGRESS denies may be elsewhere).
 */
export function assembleGcpNetworks(networks: NetworkParts[], firewalls: GcpFirewallParts[]): Firewall[] {
  const byKey = new Map<string, NetworkParts>();
  for (const network of networks)
    for (const key of network.keys) if (!byKey.has(key)) byKey.set(key, network);
  const members = new Map<NetworkParts, GcpFirewallParts[]>(networks.map((n) => [n, []]));
  const outside = new Map<string, GcpFirewallParts[]>();
  for (const firewall of firewalls) {
    const network = firewall.networkKeys.map((k) => byKey.get(k)).find((n) => n !== undefined);
    if (network) members.get(network)?.push(firewall);
    else {
      const name = networkName(firewall.reference);
      outside.set(name, [...(outside.get(name) ?? []), firewall]);
    }
  }
  const result: Firewall[] = networks.map((network) => {
    const list = members.get(network) ?? [];
    const rules = list.flatMap((f) => f.rules);
    const undecided = list.some((f) => f.undecided);
    const { id, resourceType, displayName, location } = network.firewall;
    return {
      ...network.firewall,
      egressDeclared: rules.length > 0 || undecided ? 'rules' : 'absent',
      rules,
      ...(undecided
        ? {}
        : { platformDefault: gcpImpliedEgress({ id, resourceType, displayName, location }) }),
    };
  });
  for (const list of outside.values()) {
    const rules = list.flatMap((f) => f.rules);
    if (rules.length > 0) result.push({ ...list[0].orphan, egressDeclared: 'rules', rules });
  }
  return result;
}
