// Plan JSON AWS resources → security-group firewalls, with Terraform's semantics: the provider revokes AWS's default
// rule, so a group whose egress is not declared (unknown in the plan) is "unmanaged"; `egress = []` is explicit.
// For a group that already exists, the planned egress is the live one and may hold standalone rules' permissions.
import type { Firewall, Unresolved } from '../../model/types.ts';
import {
  assembleSecurityGroups,
  awsEgressRule,
  type AwsRule,
  type SecurityGroupParts,
  type StandaloneRuleParts,
} from './security-group.ts';
import { firewallBase, type FirewallBase } from '../shared/firewall-base.ts';
import { elementsOf, stringOf, unresolvedOf } from '../shared/values.ts';
import { moduleInstance, staticAddress } from '../../formats/terraform-plan/addresses.ts';
import { GROUP_TYPES, type PlanView } from '../../formats/terraform-plan/resource-view.ts';

const RULE_TYPES = new Set(['aws_security_group_rule', 'aws_vpc_security_group_egress_rule']);
export const PLAN_AWS_TYPES = new Set([...GROUP_TYPES, ...RULE_TYPES]);

function baseOf(view: PlanView): FirewallBase {
  return firewallBase('terraform-plan', 'aws-security-group', view.declaredBy, view.related);
}

function groupParts(view: PlanView, unresolved: Unresolved[]): SecurityGroupParts {
  const { address, parsed, live } = view.resource;
  const egress = view.values.get('egress');
  // Egress that is not declared is computed, so unknown in the plan: not declared.
  const rules: AwsRule[] | undefined =
    egress && egress.kind !== 'unknown'
      ? elementsOf(egress).flatMap((e) => {
          // A rule known only after apply is not analysed, but it is counted like any other unknown.
          if (e.kind === 'unknown') unresolved.push(unresolvedOf(e));
          return e.kind === 'object'
            ? [awsEgressRule(e.fields, { declaredBy: view.declaredBy, selfRef: address, unresolved })]
            : [];
        })
      : undefined;
  const id = stringOf(view.values.get('id'));
  return {
    firewall: baseOf(view),
    keys: [address, staticAddress(parsed), ...(id ? [id] : [])],
    declared: rules,
    // Only a group being created shows exactly what is declared; an existing one shows its live rules.
    live: live ? rules : undefined,
  };
}

/**
 * How a standalone rule names its group, most specific first: the known id, then each referenced group address in
 * the rule's own module instance (with the rule's instance key, then without), then the configuration's address.
 */
function groupKeysOf(view: PlanView): string[] {
  const { parsed } = view.resource;
  const keys: string[] = [];
  const staticModule = staticAddress(parsed).slice(0, -`${parsed.type}.${parsed.name}`.length);
  for (const element of elementsOf(view.values.get('security_group_id'))) {
    const ref = stringOf(element);
    if (!ref) continue;
    const local = ref.startsWith(staticModule) ? ref.slice(staticModule.length) : undefined;
    if (local !== undefined && !local.startsWith('module.')) {
      keys.push(`${moduleInstance(parsed)}${local}${parsed.key}`, `${moduleInstance(parsed)}${local}`);
    }
    keys.push(ref);
  }
  return keys;
}

function standaloneParts(view: PlanView, unresolved: Unresolved[]): StandaloneRuleParts | undefined {
  const { parsed, address } = view.resource;
  if (parsed.type === 'aws_security_group_rule' && stringOf(view.values.get('type')) !== 'egress')
    return undefined;
  const keys = groupKeysOf(view);
  const group = keys[keys.length - 1];
  const rule = awsEgressRule(view.values, {
    declaredBy: view.declaredBy,
    selfRef: group ?? address,
    unresolved,
  });
  const orphan: FirewallBase = {
    ...baseOf(view),
    id: group ?? address,
    displayName: group ? `security group ${group}` : address,
  };
  return { groupKeys: keys, rule, orphan };
}

export function planAwsFirewalls(views: PlanView[], unresolved: Unresolved[]): Firewall[] {
  const groups: SecurityGroupParts[] = [];
  const standalone: StandaloneRuleParts[] = [];
  for (const view of views) {
    const type = view.resource.parsed.type;
    if (GROUP_TYPES.has(type)) groups.push(groupParts(view, unresolved));
    else if (RULE_TYPES.has(type)) {
      const parts = standaloneParts(view, unresolved);
      if (parts) standalone.push(parts);
    }
  }
  return assembleSecurityGroups(groups, standalone);
}
