// GCP VPC firewall rules from resolved attribute values (google_compute_firewall's snake_case; Pulumi's camelCase
// and plural `allows`/`denies` read alike) → egress rules. Grouping per network and the implied rule are the caller's.
import { ANY_V4, parseCidr } from '../../model/cidr.ts';
import { GCP_DEFAULT_PRIORITY } from '../../model/platform-defaults.ts';
import { ALL_PORTS, hasPorts, normalizeProtocol, parsePortRangeText } from '../../model/protocol.ts';
import type { Destination, EgressRule, PortRange, Ports, Protocol, Unresolved } from '../../model/types.ts';
import {
  elementsOf,
  numberOf,
  stringOf,
  unresolvedOf,
  type LocatedValue,
  type ValueReader,
} from './values.ts';

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
    const { location, origins } = value.at;
    if (value.kind === 'unknown') {
      context.unresolved.push(unresolvedOf(value));
      destinations.push({
        kind: 'unknown',
        expression: value.expression,
        text: value.expression,
        location,
        origins,
      });
      continue;
    }
    const text = stringOf(value)?.trim();
    if (!text) continue;
    const cidr = parseCidr(text);
    if (cidr) destinations.push({ kind: 'cidr', cidr, text, location, origins });
    else {
      context.unresolved.push({ location, expression: text, reason: 'not a CIDR' });
      destinations.push({ kind: 'unknown', expression: text, text, location, origins });
    }
  }
  return destinations;
}

function protocolOf(value: LocatedValue | undefined, context: GcpRuleContext): Protocol {
  if (value?.kind === 'scalar') return normalizeProtocol(String(value.value));
  if (value?.kind === 'unknown') {
    context.unresolved.push(unresolvedOf(value));
    return { unknown: value.expression };
  }
  return { unknown: '(protocol not set)' };
}

/** `ports: ["80", "8000-8080"]`; none listed means every port of the protocol. */
function portsOf(protocol: Protocol, entry: ValueReader, context: GcpRuleContext): Ports {
  if (protocol === 'all') return ALL_PORTS;
  if (!hasPorts(protocol)) return [];
  const values = elementsOf(entry.get('ports'));
  if (values.length === 0) return ALL_PORTS;
  const ranges: PortRange[] = [];
  for (const value of values) {
    if (value.kind === 'unknown') {
      context.unresolved.push(unresolvedOf(value));
      return { unknown: value.expression };
    }
    const text = value.kind === 'scalar' ? String(value.value) : '';
    const range = parsePortRangeText(text);
    if (!range) {
      context.unresolved.push({
        location: value.at.location,
        expression: text,
        reason: 'not a port or port range',
      });
      return { unknown: text };
    }
    ranges.push(range);
  }
  return ranges;
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
      const protocol = protocolOf(entry.fields.get('protocol'), context);
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
