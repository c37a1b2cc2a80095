// Plan JSON azurerm NSGs and standalone security rules → azure-nsg firewalls (shared assembly: Azure's default
// outbound rules, each live rule once). An NSG that already exists plans its live rules, standalone ones included.
import type { Firewall, Unresolved } from '../../model/types.ts';
import {
  assembleNsgs,
  azureOutboundRules,
  inlineAzureRules,
  nsgNameKey,
  undecidedRule,
  type InlineRules,
  type NsgParts,
  type NsgRuleParts,
} from './nsg.ts';
import { firewallBase, type FirewallBase } from '../shared/firewall-base.ts';
import { nonEmptyStrings, stringOf } from '../shared/values.ts';
import { staticAddress } from '../../formats/terraform-plan/addresses.ts';
import type { PlanView } from '../../formats/terraform-plan/resource-view.ts';

const NSG = 'azurerm_network_security_group';
const RULE = 'azurerm_network_security_rule';
const NSG_TYPES = new Set([NSG]);
export const PLAN_AZURE_TYPES = new Set([NSG, RULE]);

function baseOf(view: PlanView): FirewallBase {
  return firewallBase('terraform-plan', 'azure-nsg', view.declaredBy, view.related);
}

function nsgParts(view: PlanView, unresolved: Unresolved[]): NsgParts {
  const { values, resource } = view;
  const value = values.get('security_rule');
  // Rules that are not declared are computed, so unknown in the plan: not declared.
  const inline: InlineRules | undefined =
    value?.kind === 'unknown'
      ? undefined
      : inlineAzureRules(value, { declaredBy: view.declaredBy, unresolved });
  return {
    firewall: baseOf(view),
    keys: nonEmptyStrings([
      resource.address,
      staticAddress(resource.parsed),
      nsgNameKey(stringOf(values.get('resource_group_name')), stringOf(values.get('name'))),
      stringOf(values.get('id'))?.toLowerCase(),
    ]),
    declared: inline,
    live: resource.live ? inline : undefined,
  };
}

function ruleParts(view: PlanView, unresolved: Unresolved[]): NsgRuleParts {
  const { values } = view;
  const nsgName = stringOf(values.get('network_security_group_name'));
  const name = stringOf(values.get('name')) ?? view.resource.address;
  const orphanId = nsgName !== undefined ? `network security group ${nsgName}` : view.resource.address;
  return {
    groupKeys: nonEmptyStrings([
      ...view.referencedResources('network_security_group_name', NSG_TYPES),
      nsgNameKey(stringOf(values.get('resource_group_name')), nsgName),
    ]),
    name: name.toLowerCase(),
    rules: azureOutboundRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: undecidedRule(values),
    orphan: { ...baseOf(view), id: orphanId, displayName: orphanId },
  };
}

export function planAzureFirewalls(views: PlanView[], unresolved: Unresolved[]): Firewall[] {
  const nsgs = views.filter((v) => v.resource.parsed.type === NSG).map((v) => nsgParts(v, unresolved));
  const rules = views.filter((v) => v.resource.parsed.type === RULE).map((v) => ruleParts(v, unresolved));
  return assembleNsgs(nsgs, rules);
}
