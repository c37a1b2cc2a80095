// Pulumi AWS resources → security-group firewalls. aws (classic) follows Terraform's semantics (bridged provider:
// no egress declared = unmanaged); aws-native follows CloudFormation's (no egress declared = AWS's allow-all).
// EGR001 is judged on inputs plus standalone rules; rules on outputs (what is live), each reported once.
import { awsDefaultEgress } from './defaults.ts';
import type { Firewall, Unresolved } from '../../model/types.ts';
import {
  assembleSecurityGroups,
  awsEgressRule,
  type AwsRule,
  type SecurityGroupParts,
  type StandaloneRuleParts,
} from './security-group.ts';
import { firewallBase, type FirewallBase } from '../shared/firewall-base.ts';
import { elementsOf, nonEmptyStrings, stringOf, unresolvedOf, type ValueReader } from '../shared/values.ts';
import { liveOrDeclared, type ResourceView } from '../../formats/pulumi/resource-view.ts';

const CLASSIC_GROUP = 'aws:ec2/securityGroup:SecurityGroup';
const NATIVE_GROUP = 'aws-native:ec2:SecurityGroup';
/** Group types → the attribute holding their inline egress. */
const GROUP_EGRESS = new Map([
  [CLASSIC_GROUP, 'egress'],
  [NATIVE_GROUP, 'security_group_egress'],
]);
/** Standalone egress rule types → the attribute naming their group. */
const RULE_GROUP = new Map([
  ['aws:ec2/securityGroupRule:SecurityGroupRule', 'security_group_id'],
  ['aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule', 'security_group_id'],
  ['aws-native:ec2:SecurityGroupEgress', 'group_id'],
]);

export const PULUMI_AWS_TYPES = new Set([...GROUP_EGRESS.keys(), ...RULE_GROUP.keys()]);

function baseOf(view: ResourceView): FirewallBase {
  return firewallBase('pulumi', 'aws-security-group', view.declaredBy, view.related);
}

/** The ids a rule may use for this group: its AWS id (`sg-…`, also `groupId` in aws-native) and its URN. */
function groupKeys(view: ResourceView): string[] {
  return nonEmptyStrings([
    view.resource.id,
    stringOf(view.outputs?.get('id')),
    stringOf(view.outputs?.get('group_id')),
    view.resource.urn,
  ]);
}

function egressRules(
  reader: ValueReader | undefined,
  field: string,
  view: ResourceView,
  selfRef: string,
  unresolved: Unresolved[],
): AwsRule[] | undefined {
  const value = reader?.get(field);
  if (!value) return undefined;
  const rules: AwsRule[] = [];
  for (const element of elementsOf(value)) {
    if (element.kind === 'object')
      rules.push(awsEgressRule(element.fields, { declaredBy: view.declaredBy, selfRef, unresolved }));
    else if (element.kind === 'unknown') unresolved.push(unresolvedOf(element));
  }
  return rules;
}

function groupParts(view: ResourceView, unresolved: Unresolved[]): SecurityGroupParts {
  const field = GROUP_EGRESS.get(view.resource.type) ?? 'egress';
  const selfRef = view.resource.id ?? view.resource.urn;
  const live = egressRules(view.outputs, field, view, selfRef, unresolved);
  // Inputs only place live rules at their declaration; when outputs exist, their unknowns are the ones counted.
  let declared = egressRules(view.inputs, field, view, selfRef, live ? [] : unresolved);
  // As in CloudFormation, an empty SecurityGroupEgress list is no list: AWS still adds its allow-all rule.
  if (view.resource.type === NATIVE_GROUP && declared?.length === 0) declared = undefined;
  const base = baseOf(view);
  return {
    firewall: base,
    keys: groupKeys(view),
    declared,
    live,
    defaultWhenUndeclared: view.resource.type === NATIVE_GROUP ? awsDefaultEgress(base) : undefined,
  };
}

function standaloneParts(
  view: ResourceView,
  orphanOf: Map<string, FirewallBase>,
  unresolved: Unresolved[],
): StandaloneRuleParts | undefined {
  const reader = liveOrDeclared(view);
  if (!reader) return undefined;
  if (
    view.resource.type === 'aws:ec2/securityGroupRule:SecurityGroupRule' &&
    stringOf(reader.get('type')) !== 'egress'
  )
    return undefined;
  const field = RULE_GROUP.get(view.resource.type) ?? 'security_group_id';
  const groupId = stringOf(reader.get(field));
  const keys = nonEmptyStrings([groupId, ...view.dependencies(field)]);
  const rule = awsEgressRule(reader, {
    declaredBy: view.declaredBy,
    selfRef: keys[0] ?? view.resource.urn,
    unresolved,
  });
  const external = keys.map((k) => orphanOf.get(k)).find((o) => o !== undefined);
  const orphan: FirewallBase = external ?? {
    ...baseOf(view),
    id: groupId ?? view.resource.urn,
    displayName: groupId ? `security group ${groupId}` : view.declaredBy.displayName,
  };
  return { groupKeys: keys, rule, orphan };
}

export function awsFirewalls(views: ResourceView[], unresolved: Unresolved[]): Firewall[] {
  const groups: SecurityGroupParts[] = [];
  // Groups read with `.get()` are not this program's to declare: only the rules it attaches to them are checked.
  const externalGroups = new Map<string, FirewallBase>();
  for (const view of views) {
    if (!GROUP_EGRESS.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of groupKeys(view)) externalGroups.set(key, baseOf(view));
    else groups.push(groupParts(view, unresolved));
  }
  const standalone: StandaloneRuleParts[] = [];
  for (const view of views) {
    if (!RULE_GROUP.has(view.resource.type)) continue;
    const parts = standaloneParts(view, externalGroups, unresolved);
    if (parts) standalone.push(parts);
  }
  return assembleSecurityGroups(groups, standalone);
}
