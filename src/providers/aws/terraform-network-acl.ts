// aws_network_acl and aws_default_network_acl (inline `egress` blocks) and aws_network_acl_rule (egress = true)
// → aws-network-acl firewalls. Every NACL ends with the `*` entry that denies the rest, so a NACL that declares
// no egress entries lets nothing out: a custom NACL starts empty, and the provider removes every rule of an
// adopted default NACL that the configuration does not declare. Neither has a platform default that allows.
import { awsNaclFinalDeny } from './defaults.ts';
import type { EgressRule, Firewall } from '../../model/types.ts';
import type { ResourceInstance } from '../../formats/terraform/module.ts';
import { naclEgressRule } from './network-acl.ts';
import { addOrphanRules } from '../shared/firewall-base.ts';
import { elementsOf, unresolvedOf, type ValueReader } from '../shared/values.ts';
import {
  bodyReader,
  declaredByOf,
  outsideFirewall,
  referencedAddress,
} from '../../formats/terraform/value-reader.ts';
import { stringFrom, type UnresolvedLog } from '../../formats/terraform/model-values.ts';

const ACL_TYPES = new Set(['aws_network_acl', 'aws_default_network_acl']);
const RULE = 'aws_network_acl_rule';
export const AWS_NACL_TYPES = new Set([...ACL_TYPES, RULE]);

function entries(readers: ValueReader[], instance: ResourceInstance, log: UnresolvedLog): EgressRule[] {
  const context = { declaredBy: declaredByOf(instance), unresolved: log.entries };
  return readers.map((reader) => naclEgressRule(reader, context)).filter((rule) => rule !== undefined);
}

function inlineEntries(instance: ResourceInstance, log: UnresolvedLog): EgressRule[] {
  const readers: ValueReader[] = [];
  for (const element of elementsOf(bodyReader(instance.body, instance.extent).get('egress'))) {
    if (element.kind === 'unknown') log.entries.push(unresolvedOf(element));
    if (element.kind === 'object') readers.push(element.fields);
  }
  return entries(readers, instance, log);
}

/** Whether an aws_network_acl_rule is an egress entry (`egress` defaults to false); unknown counts as not. */
function isEgress(instance: ResourceInstance, log: UnresolvedLog): boolean {
  const value = instance.body.attr('egress');
  if (value?.t === 'unknown') log.add(instance.body.attrLocation('egress') ?? instance.location, value);
  return value !== undefined && stringFrom(value) === 'true';
}

export function extractAwsNetworkAcls(instances: ResourceInstance[], log: UnresolvedLog): Firewall[] {
  const acls = new Map<string, Firewall>();
  for (const instance of instances) {
    if (!ACL_TYPES.has(instance.type)) continue;
    const anchor = declaredByOf(instance);
    const rules = inlineEntries(instance, log);
    acls.set(instance.address, {
      platform: 'terraform',
      kind: 'aws-network-acl',
      ...anchor,
      egressDeclared: rules.length > 0 ? 'rules' : 'explicit-empty',
      rules: [...rules, awsNaclFinalDeny(anchor)],
      related: instance.module.callChain,
    });
  }

  const orphans = new Map<string, Firewall>();
  for (const instance of instances) {
    if (instance.type !== RULE || !isEgress(instance, log)) continue;
    const rules = entries([bodyReader(instance.body, instance.extent)], instance, log);
    if (rules.length === 0) continue;
    const address = referencedAddress(instance.body, 'network_acl_id');
    const acl = address ? acls.get(address) : undefined;
    if (acl) {
      // Before the final deny, which stays last.
      acl.rules.splice(acl.rules.length - 1, 0, ...rules);
      acl.egressDeclared = 'rules';
      continue;
    }
    // A NACL outside the scan (an id, a data source): the entry is still checked on its own.
    const value = instance.body.attr('network_acl_id');
    const name = value?.t === 'unknown' ? value.expr : value && stringFrom(value);
    const id = name ? `network ACL ${name}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, 'aws-network-acl', id), rules);
  }
  return [...acls.values(), ...orphans.values()];
}
