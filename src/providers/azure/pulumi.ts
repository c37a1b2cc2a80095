// Pulumi Azure NSGs (azure-native and azure classic) and their standalone security rules → azure-nsg firewalls.
// The NSG's outputs list every live rule, standalone ones included: each is reported once, where it is declared.
import type { Firewall, Unresolved } from '../../model/types.ts';
import {
  assembleNsgs,
  azureOutboundRules,
  inlineAzureRules,
  undecidedRule,
  type NsgParts,
  type NsgRuleParts,
} from './nsg.ts';
import { firewallBase, type FirewallBase } from '../shared/firewall-base.ts';
import { nonEmptyStrings, stringOf } from '../shared/values.ts';
import { liveOrDeclared, type ResourceView } from '../../formats/pulumi/resource-view.ts';

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

function baseOf(view: ResourceView): FirewallBase {
  return firewallBase('pulumi', 'azure-nsg', view.declaredBy, view.related);
}

function nsgKeys(view: ResourceView): string[] {
  const name = stringIn(view, 'name') ?? stringIn(view, NSG_NAME.get(view.resource.type) ?? 'name');
  const id = (stringIn(view, 'id') ?? view.resource.id)?.toLowerCase();
  return nonEmptyStrings([view.resource.urn, nsgKey(stringIn(view, 'resource_group_name'), name), id]);
}

function nsgParts(view: ResourceView, unresolved: Unresolved[]): NsgParts {
  const context = (sink: Unresolved[]) => ({ declaredBy: view.declaredBy, unresolved: sink });
  const live = inlineAzureRules(view.outputs?.get('security_rules'), context(unresolved));
  // Inputs only place live rules at their declaration; when outputs exist, their unknowns are the ones counted.
  const declared = inlineAzureRules(view.inputs?.get('security_rules'), context(live ? [] : unresolved));
  return { firewall: baseOf(view), keys: nsgKeys(view), declared, live };
}

function ruleParts(
  view: ResourceView,
  external: Map<string, ResourceView>,
  unresolved: Unresolved[],
): NsgRuleParts | undefined {
  const reader = liveOrDeclared(view);
  if (!reader) return undefined;
  const nsgName = stringIn(view, 'network_security_group_name');
  // A rule's resource id is its NSG's id followed by /securityRules/<name>.
  const nsgId = (stringIn(view, 'id') ?? view.resource.id)
    ?.toLowerCase()
    .replace(/\/securityrules\/[^/]+$/, '');
  const byName = nsgKey(stringIn(view, 'resource_group_name'), nsgName);
  const groupKeys = nonEmptyStrings([...view.dependencies('network_security_group_name'), byName, nsgId]);
  const name = stringIn(view, RULE_NAME.get(view.resource.type) ?? 'name') ?? view.resource.urn;
  // An NSG read with `.get()` is not this program's: its rules here are checked without its defaults.
  const readNsg = groupKeys.map((k) => external.get(k)).find((v) => v !== undefined);
  const orphanId = byName ?? nsgId ?? view.resource.urn;
  return {
    groupKeys,
    name: name.toLowerCase(),
    rules: azureOutboundRules(reader, { declaredBy: view.declaredBy, unresolved, name }),
    undecided: undecidedRule(reader),
    orphan: readNsg
      ? baseOf(readNsg)
      : {
          ...baseOf(view),
          id: orphanId,
          displayName: nsgName ? `network security group ${nsgName}` : view.declaredBy.displayName,
        },
  };
}

export function azureFirewalls(views: ResourceView[], unresolved: Unresolved[]): Firewall[] {
  const nsgs: NsgParts[] = [];
  const external = new Map<string, ResourceView>();
  for (const view of views) {
    if (!NSG_NAME.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of nsgKeys(view)) external.set(key, view);
    else nsgs.push(nsgParts(view, unresolved));
  }
  const rules: NsgRuleParts[] = [];
  for (const view of views) {
    if (!RULE_NAME.has(view.resource.type)) continue;
    const parts = ruleParts(view, external, unresolved);
    if (parts) rules.push(parts);
  }
  return assembleNsgs(nsgs, rules);
}
