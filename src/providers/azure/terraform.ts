// azurerm_network_security_group (inline security_rule blocks) and azurerm_network_security_rule → azure-nsg
// firewalls with Azure's default outbound rules (docs/design.md, Platform semantics): AllowInternetOutBound (65001) lets everything out to
// the internet unless a declared outbound deny overrides it; DenyAllOutBound (65500) ends every NSG.
import { azureNsgDefaults } from './defaults.ts';
import type { EgressRule, Firewall } from '../../model/types.ts';
import type { ResourceInstance } from '../../formats/terraform/module.ts';
import { azureOutboundRules, nsgNameKey, undecidedRule } from './nsg.ts';
import { addOrphanRules } from '../shared/firewall-base.ts';
import { elementsOf, unresolvedOf } from '../shared/values.ts';
import {
  bodyReader,
  declaredByOf,
  outsideFirewall,
  referencedAddress,
} from '../../formats/terraform/value-reader.ts';
import { stringFrom, type UnresolvedLog } from '../../formats/terraform/model-values.ts';

const NSG = 'azurerm_network_security_group';
const RULE = 'azurerm_network_security_rule';
export const AZURE_NSG_TYPES = new Set([NSG, RULE]);

interface NsgParts {
  instance: ResourceInstance;
  inline: EgressRule[];
  attached: EgressRule[];
  /** A rule whose direction or access is unknown may be the outbound deny that overrides AllowInternetOutBound. */
  undecided: boolean;
}

function nsgParts(instance: ResourceInstance, log: UnresolvedLog): NsgParts {
  const context = { declaredBy: declaredByOf(instance), unresolved: log.entries };
  const parts: NsgParts = { instance, inline: [], attached: [], undecided: false };
  for (const element of elementsOf(bodyReader(instance.body, instance.extent).get('security_rule'))) {
    if (element.kind === 'unknown') log.entries.push(unresolvedOf(element));
    if (element.kind !== 'object') parts.undecided = true;
    else {
      parts.inline.push(...azureOutboundRules(element.fields, context));
      parts.undecided ||= undecidedRule(element.fields);
    }
  }
  return parts;
}

function nsgFirewall({ instance, inline, attached, undecided }: NsgParts): Firewall {
  const anchor = declaredByOf(instance);
  const { platformDefault, denyAllOutBound } = azureNsgDefaults(anchor);
  const declared = [...inline, ...attached];
  return {
    platform: 'terraform',
    kind: 'azure-nsg',
    ...anchor,
    egressDeclared: declared.length > 0 || undecided ? 'rules' : 'absent',
    rules: [...declared, denyAllOutBound],
    // Unknown is not open: when a rule might be the overriding deny, the default is not judged.
    ...(undecided ? {} : { platformDefault }),
    related: instance.module.callChain,
  };
}

export function extractAzureNsgs(instances: ResourceInstance[], log: UnresolvedLog): Firewall[] {
  const byAddress = new Map<string, NsgParts>();
  const byName = new Map<string, NsgParts>();
  for (const instance of instances) {
    if (instance.type !== NSG) continue;
    const parts = nsgParts(instance, log);
    byAddress.set(instance.address, parts);
    const key = nsgNameKey(
      stringFrom(instance.body.attr('resource_group_name')),
      stringFrom(instance.body.attr('name')),
    );
    if (key) byName.set(key, parts);
  }

  const orphans = new Map<string, Firewall>();
  for (const instance of instances) {
    if (instance.type !== RULE) continue;
    const reader = bodyReader(instance.body, instance.extent);
    const rules = azureOutboundRules(reader, { declaredBy: declaredByOf(instance), unresolved: log.entries });
    const undecided = undecidedRule(reader);
    if (rules.length === 0 && !undecided) continue;
    const nsgName = stringFrom(instance.body.attr('network_security_group_name'));
    const reference = referencedAddress(instance.body, 'network_security_group_name');
    const nsg =
      (reference ? byAddress.get(reference) : undefined) ??
      byName.get(nsgNameKey(stringFrom(instance.body.attr('resource_group_name')), nsgName) ?? '');
    if (nsg) {
      nsg.attached.push(...rules);
      nsg.undecided ||= undecided;
      continue;
    }
    if (rules.length === 0) continue;
    // The NSG is outside the scan: the rule is still checked on its own, without the NSG's defaults (the NSG may
    // have other rules that are not in the scan either).
    const id = nsgName !== undefined ? `network security group ${nsgName}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, 'azure-nsg', id), rules);
  }
  return [...[...byAddress.values()].map(nsgFirewall), ...orphans.values()];
}
