// Pulumi Azure NSGs (azure-native and azure classic) and their standalone security rules → azure-nsg firewalls.
// The NSG's outputs list every live rule, standalone ones included: each is reported once, where it is declared.
import { azureNsgDefaults } from '../../model/platform-defaults.ts';
import type { EgressRule, Firewall, Unresolved } from '../../model/types.ts';
import { azureOutboundRules } from '../shared/azure-nsg.ts';
import { elementsOf, stringOf, type ValueReader } from '../shared/values.ts';
import { liveOrDeclared, type ResourceView } from './resource-view.ts';

/** NSG types → the input that names the NSG. */
const NSG_NAME = new Map([
  ['azure-native:network:NetworkSecurityGroup', 'network_security_group_name'],
  ['azure:network/networkSecurityGroup:NetworkSecurityGroup', 'name'],
]);
/** Standalone rule types → the input that names the rule. */
const RULE_NAME = new Map([
  ['azure-native:network:SecurityRule', 'security_rule_name'],
  ['azure:network/networkSecurityRule:NetworkSecurityRule', 'name'],
]);

export const PULUMI_AZURE_TYPES = new Set([...NSG_NAME.keys(), ...RULE_NAME.keys()]);

/** Azure names are case-insensitive; an NSG is known by resource group and name, or by its resource id. */
function nsgKey(resourceGroup: string | undefined, name: string | undefined): string | undefined {
  return resourceGroup && name ? `${resourceGroup}/${name}`.toLowerCase() : undefined;
}

function stringIn(view: ResourceView, field: string): string | undefined {
  return stringOf(view.outputs?.get(field)) ?? stringOf(view.inputs?.get(field));
}

function defined(values: (string | undefined)[]): string[] {
  return values.filter((v): v is string => v !== undefined && v !== '');
}

interface StandaloneRule {
  view: ResourceView;
  groupKeys: string[];
  name: string;
  nsgName?: string;
  rules: EgressRule[];
}

function standaloneRule(view: ResourceView, unresolved: Unresolved[]): StandaloneRule | undefined {
  const reader = liveOrDeclared(view);
  if (!reader) return undefined;
  const nsgName = stringIn(view, 'network_security_group_name');
  // A rule's resource id is its NSG's id followed by /securityRules/<name>.
  const ruleId = stringIn(view, 'id') ?? view.resource.id;
  const nsgId = ruleId?.toLowerCase().replace(/\/securityrules\/[^/]+$/, '');
  const name = stringIn(view, RULE_NAME.get(view.resource.type) ?? 'name') ?? view.resource.urn;
  return {
    view,
    groupKeys: defined([
      ...view.dependencies('network_security_group_name'),
      nsgKey(stringIn(view, 'resource_group_name'), nsgName),
      nsgId,
    ]),
    name: name.toLowerCase(),
    nsgName,
    rules: azureOutboundRules(reader, { declaredBy: view.declaredBy, unresolved, name }),
  };
}

/** The rules listed inside an NSG, by rule name (lower case). */
function inlineRules(
  reader: ValueReader | undefined,
  view: ResourceView,
  unresolved: Unresolved[],
): Map<string, EgressRule[]> | undefined {
  const value = reader?.get('security_rules');
  if (!value) return undefined;
  const byName = new Map<string, EgressRule[]>();
  elementsOf(value).forEach((element, i) => {
    if (element.kind !== 'object') return;
    const name = (stringOf(element.fields.get('name')) ?? `#${i}`).toLowerCase();
    byName.set(name, azureOutboundRules(element.fields, { declaredBy: view.declaredBy, unresolved }));
  });
  return byName;
}

function nsgFirewall(view: ResourceView, attached: StandaloneRule[], unresolved: Unresolved[]): Firewall {
  const live = inlineRules(view.outputs, view, unresolved);
  const declared = inlineRules(view.inputs, view, live ? [] : unresolved);
  const claimed = new Set(attached.map((s) => s.name));
  const inline: EgressRule[] = [];
  for (const [name, rules] of live ?? declared ?? []) {
    if (claimed.has(name)) continue;
    // A live rule the program declares inline is reported at that declaration.
    inline.push(...(declared?.get(name) ?? rules));
  }
  const separate = attached.flatMap((s) => s.rules);
  const anchor = {
    id: view.resource.urn,
    resourceType: view.resource.type,
    displayName: view.displayName,
    location: view.location,
  };
  const { platformDefault, denyAllOutBound } = azureNsgDefaults(anchor);
  // Judged on what the program declares (inputs) plus standalone rules, as for every Pulumi firewall.
  const declaresOutbound = separate.length > 0 || [...(declared?.values() ?? [])].some((r) => r.length > 0);
  return {
    platform: 'pulumi',
    provider: 'azure',
    kind: 'azure-nsg',
    ...anchor,
    related: view.related,
    egressDeclared: declaresOutbound ? 'rules' : 'absent',
    rules: [...inline, ...separate, denyAllOutBound],
    platformDefault,
  };
}

export function azureFirewalls(views: ResourceView[], unresolved: Unresolved[]): Firewall[] {
  const nsgs = views.filter((v) => NSG_NAME.has(v.resource.type) && !v.resource.external);
  const byKey = new Map<string, ResourceView>();
  for (const view of views) {
    if (!NSG_NAME.has(view.resource.type)) continue;
    const name =
      stringOf(view.outputs?.get('name')) ?? stringIn(view, NSG_NAME.get(view.resource.type) ?? 'name');
    const id = (stringIn(view, 'id') ?? view.resource.id)?.toLowerCase();
    for (const key of defined([view.resource.urn, nsgKey(stringIn(view, 'resource_group_name'), name), id]))
      byKey.set(key, view);
  }
  const attached = new Map<ResourceView, StandaloneRule[]>();
  const orphans = new Map<string, Firewall>();
  for (const view of views) {
    if (!RULE_NAME.has(view.resource.type)) continue;
    const rule = standaloneRule(view, unresolved);
    if (!rule || rule.rules.length === 0) continue;
    const nsg = rule.groupKeys.map((k) => byKey.get(k)).find((v) => v !== undefined);
    if (nsg && !nsg.resource.external) {
      attached.set(nsg, [...(attached.get(nsg) ?? []), rule]);
      continue;
    }
    // The NSG is outside the scan (or only read): the rule is still checked on its own, without NSG defaults.
    const id = nsg?.resource.urn ?? rule.groupKeys[0] ?? view.resource.urn;
    const orphan = orphans.get(id);
    if (orphan) orphan.rules.push(...rule.rules);
    else {
      orphans.set(id, {
        platform: 'pulumi',
        provider: 'azure',
        kind: 'azure-nsg',
        id,
        displayName:
          nsg?.displayName ?? (rule.nsgName ? `network security group ${rule.nsgName}` : view.displayName),
        resourceType: nsg?.resource.type ?? view.resource.type,
        location: view.location,
        related: view.related,
        egressDeclared: 'rules',
        rules: [...rule.rules],
      });
    }
  }
  return [...nsgs.map((v) => nsgFirewall(v, attached.get(v) ?? [], unresolved)), ...orphans.values()];
}
