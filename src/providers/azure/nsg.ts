// Azure NSGs from resolved attribute values (snake_case canonical names: azurerm and the camelCase of
// azure/azure-native alike): security rules → outbound egress rules, and NSGs assembled from inline, standalone
// and live rules with Azure's default outbound rules (docs/design.md, Platform semantics).
import { parseCidr } from '../../model/cidr.ts';
import { azureNsgDefaults } from './defaults.ts';
import { ALL_PORTS, coversAllPorts, hasPorts } from '../../model/protocol.ts';
import type { Destination, EgressRule, Firewall, Ports, Protocol, Unresolved } from '../../model/types.ts';
import { addOrphanRules, type FirewallBase } from '../shared/firewall-base.ts';
import { portRangesOf, protocolNamed, unknownDestination } from '../shared/rule-fields.ts';
import {
  elementsOf,
  stringOf,
  numberOf,
  unresolvedOf,
  type LocatedValue,
  type ValueReader,
} from '../shared/values.ts';

export interface AzureRuleContext {
  declaredBy: EgressRule['declaredBy'];
  unresolved: Unresolved[];
  /** The rule's name when it is not a `name` attribute (azure-native's `securityRuleName` input). */
  name?: string;
}

/** An address prefix is a CIDR or IP, else a service tag (`*`, `Internet`, `VirtualNetwork`, `Storage.WestEurope`). */
function addressDestination(value: LocatedValue, context: AzureRuleContext): Destination | undefined {
  if (value.kind === 'unknown') return unknownDestination(value, context.unresolved);
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
  if (value.kind === 'unknown') return unknownDestination(value, context.unresolved);
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
  const protocol = protocolNamed(attrs.get('protocol'), context.unresolved);
  const ports = portRangesOf(
    [...elementsOf(attrs.get('destination_port_range')), ...elementsOf(attrs.get('destination_port_ranges'))],
    context.unresolved,
  );
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
  const priority = numberOf(attrs.get('priority'));
  const name = stringOf(attrs.get('name')) ?? context.name;
  const rule = (p: Protocol, rulePorts: Ports): EgressRule => ({
    action: access,
    priority,
    protocol: p,
    ports: rulePorts,
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy,
    name,
  });
  if (protocol === 'all') {
    if (!Array.isArray(ports) || coversAllPorts(ports))
      return [rule('all', Array.isArray(ports) ? ALL_PORTS : ports)];
    return [rule('tcp', ports), rule('udp', ports)];
  }
  return [rule(protocol, hasPorts(protocol) ? ports : [])];
}

/**
 * Whether a security rule may be outbound but cannot be read as allow or deny: it may be the deny that overrides
 * AllowInternetOutBound, so the NSG's default is then not judged (unknown is not open).
 */
export function undecidedRule(attrs: ValueReader): boolean {
  const direction = attrs.get('direction');
  if (direction?.kind === 'unknown') return true;
  return stringOf(direction)?.toLowerCase() === 'outbound' && attrs.get('access')?.kind === 'unknown';
}

/** Azure names are case-insensitive; an NSG is known by its resource group and name. */
export function nsgNameKey(resourceGroup: string | undefined, name: string | undefined): string | undefined {
  return resourceGroup !== undefined && name !== undefined
    ? `${resourceGroup}/${name}`.toLowerCase()
    : undefined;
}

/** An NSG's inline rules by rule name (lower case): how live rules are matched to declarations and standalone rules. */
export interface InlineRules {
  byName: Map<string, EgressRule[]>;
  undecided: boolean;
}

/** The inline `security_rule(s)` list of an NSG; undefined when the NSG has none. */
export function inlineAzureRules(
  value: LocatedValue | undefined,
  context: AzureRuleContext,
): InlineRules | undefined {
  if (!value) return undefined;
  const inline: InlineRules = { byName: new Map(), undecided: false };
  elementsOf(value).forEach((element, i) => {
    if (element.kind === 'unknown') context.unresolved.push(unresolvedOf(element));
    if (element.kind !== 'object') {
      inline.undecided = true;
      return;
    }
    const name = (stringOf(element.fields.get('name')) ?? `#${i}`).toLowerCase();
    inline.byName.set(name, azureOutboundRules(element.fields, context));
    inline.undecided ||= undecidedRule(element.fields);
  });
  return inline;
}

/** An NSG as a format sees it, before standalone rules are attached. */
export interface NsgParts {
  firewall: FirewallBase;
  /** Every id a standalone rule may use to name the NSG: address or URN, `resource-group/name`, resource id. */
  keys: string[];
  /** Inline rules as the code declares them; undefined when it declares none. */
  declared?: InlineRules;
  /** Inline rules as they are live (state outputs, planned values of an existing NSG): standalone ones included. */
  live?: InlineRules;
}

/** A standalone security rule resource (azurerm_network_security_rule, SecurityRule, …). */
export interface NsgRuleParts {
  groupKeys: string[];
  /** The rule's name, lower case: the NSG's live list names it too. */
  name: string;
  rules: EgressRule[];
  undecided: boolean;
  /** The firewall it is checked under when its NSG is not in the scan: without the NSG's defaults. */
  orphan: FirewallBase;
}

/**
 * NSGs with their standalone rules attached, Azure's default outbound rules added, and each live rule reported
 * once: at the standalone rule that owns it, else at its inline declaration, else at the live entry.
 */
export function assembleNsgs(nsgs: NsgParts[], standalone: NsgRuleParts[]): Firewall[] {
  const byKey = new Map<string, NsgParts>();
  for (const nsg of nsgs) for (const key of nsg.keys) if (!byKey.has(key)) byKey.set(key, nsg);
  const attached = new Map<NsgParts, NsgRuleParts[]>(nsgs.map((n) => [n, []]));
  const orphans = new Map<string, Firewall>();
  for (const rule of standalone) {
    const nsg = rule.groupKeys.map((k) => byKey.get(k)).find((n) => n !== undefined);
    if (nsg) attached.get(nsg)?.push(rule);
    else if (rule.rules.length > 0) addOrphanRules(orphans, rule.orphan, rule.rules);
  }
  const firewalls = nsgs.map((nsg): Firewall => {
    const rules = attached.get(nsg) ?? [];
    const claimed = new Set(rules.map((r) => r.name));
    const inline: EgressRule[] = [];
    for (const [name, live] of (nsg.live ?? nsg.declared)?.byName ?? []) {
      if (!claimed.has(name)) inline.push(...(nsg.declared?.byName.get(name) ?? live));
    }
    const separate = rules.flatMap((r) => r.rules);
    const undecided = Boolean(
      nsg.declared?.undecided || nsg.live?.undecided || rules.some((r) => r.undecided),
    );
    const declaresOutbound =
      separate.length > 0 || [...(nsg.declared?.byName.values() ?? [])].some((r) => r.length > 0);
    const { id, resourceType, displayName, location } = nsg.firewall;
    const { platformDefault, denyAllOutBound } = azureNsgDefaults({
      id,
      resourceType,
      displayName,
      location,
    });
    return {
      ...nsg.firewall,
      egressDeclared: declaresOutbound || undecided ? 'rules' : 'absent',
      rules: [...inline, ...separate, denyAllOutBound],
      // Unknown is not open: when a rule might be the overriding deny, the default is not judged.
      ...(undecided ? {} : { platformDefault }),
    };
  });
  return [...firewalls, ...orphans.values()];
}
