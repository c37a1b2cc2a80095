// Azure NSG security rules from resolved attribute values (snake_case canonical names: azurerm and the camelCase
// of azure/azure-native alike) → outbound egress rules. NSG assembly and platform defaults are the caller's.
import { parseCidr } from '../../model/cidr.ts';
import {
  ALL_PORTS,
  coversAllPorts,
  hasPorts,
  normalizeProtocol,
  parsePortRangeText,
} from '../../model/protocol.ts';
import type { Destination, EgressRule, PortRange, Ports, Protocol, Unresolved } from '../../model/types.ts';
import {
  elementsOf,
  stringOf,
  numberOf,
  unresolvedOf,
  type LocatedValue,
  type ValueReader,
} from './values.ts';

export interface AzureRuleContext {
  declaredBy: EgressRule['declaredBy'];
  unresolved: Unresolved[];
  /** The rule's name when it is not a `name` attribute (azure-native's `securityRuleName` input). */
  name?: string;
}

function unknownDestination(
  value: LocatedValue & { kind: 'unknown' },
  context: AzureRuleContext,
): Destination {
  context.unresolved.push(unresolvedOf(value));
  return {
    kind: 'unknown',
    expression: value.expression,
    text: value.expression,
    location: value.at.location,
    origins: value.at.origins,
  };
}

/** An address prefix is a CIDR or IP, else a service tag (`*`, `Internet`, `VirtualNetwork`, `Storage.WestEurope`). */
function addressDestination(value: LocatedValue, context: AzureRuleContext): Destination | undefined {
  if (value.kind === 'unknown') return unknownDestination(value, context);
  const text = stringOf(value)?.trim();
  if (!text) return undefined;
  const { location, origins } = value.at;
  const cidr = parseCidr(text);
  return cidr
    ? { kind: 'cidr', cidr, text, location, origins }
    : { kind: 'service-tag', tag: text, text, location, origins };
}

/** Application security groups: azure-native lists objects `{ id }`, azurerm and azure list ids. */
function applicationGroupDestination(
  value: LocatedValue,
  context: AzureRuleContext,
): Destination | undefined {
  if (value.kind === 'unknown') return unknownDestination(value, context);
  const id = value.kind === 'object' ? stringOf(value.fields.get('id')) : stringOf(value);
  if (!id) return undefined;
  return {
    kind: 'security-group',
    ref: id,
    text: id,
    location: value.at.location,
    origins: value.at.origins,
  };
}

function portRanges(attrs: ValueReader, context: AzureRuleContext): Ports {
  const values = [
    ...elementsOf(attrs.get('destination_port_range')),
    ...elementsOf(attrs.get('destination_port_ranges')),
  ];
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

/** `Allow`/`Deny`, `Outbound`: a required enum; undefined (and counted) when it cannot be read. */
function enumOf(value: LocatedValue | undefined, context: AzureRuleContext): string | undefined {
  if (value?.kind === 'unknown') context.unresolved.push(unresolvedOf(value));
  return stringOf(value)?.toLowerCase();
}

/**
 * The egress rules of one NSG security rule: none for inbound rules. A `*` protocol on specific ports lets TCP and
 * UDP out on those ports, so it becomes one rule per protocol; on every port it is "all traffic".
 */
export function azureOutboundRules(attrs: ValueReader, context: AzureRuleContext): EgressRule[] {
  if (enumOf(attrs.get('direction'), context) !== 'outbound') return [];
  const access = enumOf(attrs.get('access'), context);
  if (access !== 'allow' && access !== 'deny') return [];
  const protocolValue = attrs.get('protocol');
  let protocol: Protocol;
  if (protocolValue?.kind === 'scalar') protocol = normalizeProtocol(String(protocolValue.value));
  else {
    if (protocolValue?.kind === 'unknown') context.unresolved.push(unresolvedOf(protocolValue));
    protocol = {
      unknown: protocolValue?.kind === 'unknown' ? protocolValue.expression : '(protocol not set)',
    };
  }
  const ports = portRanges(attrs, context);
  const destinations: Destination[] = [];
  for (const value of [
    ...elementsOf(attrs.get('destination_address_prefix')),
    ...elementsOf(attrs.get('destination_address_prefixes')),
  ]) {
    const d = addressDestination(value, context);
    if (d) destinations.push(d);
  }
  for (const field of [
    'destination_application_security_groups',
    'destination_application_security_group_ids',
  ]) {
    for (const value of elementsOf(attrs.get(field))) {
      const d = applicationGroupDestination(value, context);
      if (d) destinations.push(d);
    }
  }
  const rule = (p: Protocol, rulePorts: Ports): EgressRule => ({
    action: access,
    priority: numberOf(attrs.get('priority')),
    protocol: p,
    ports: rulePorts,
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy,
    name: stringOf(attrs.get('name')) ?? context.name,
  });
  if (protocol === 'all') {
    if (!Array.isArray(ports) || coversAllPorts(ports))
      return [rule('all', Array.isArray(ports) ? ALL_PORTS : ports)];
    return [rule('tcp', ports), rule('udp', ports)];
  }
  return [rule(protocol, hasPorts(protocol) ? ports : [])];
}
