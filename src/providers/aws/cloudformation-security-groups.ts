// AWS::EC2::SecurityGroup and AWS::EC2::SecurityGroupEgress → firewalls, through the AWS mapping shared with
// plan JSON and Pulumi (security-group.ts). This file adds what is CloudFormation's own: intrinsic values with
// their Fn::If variants, linking standalone rules by Ref/GetAtt, and AWS's allow-all rule on a group that declares
// no egress — also in an Fn::If branch that drops the whole list.
import { awsDefaultEgress } from './defaults.ts';
import type { EgressRule } from '../../model/types.ts';
import { get, type DocNode, type NodeLoc } from '../../formats/tree.ts';
import {
  assembleSecurityGroups,
  awsEgressRule,
  type AwsRule,
  type SecurityGroupParts,
  type StandaloneRuleParts,
} from './security-group.ts';
import { uniqueOrigins } from '../shared/rule-fields.ts';
import type { LocatedValue, ValueReader } from '../shared/values.ts';
import {
  TemplateExtractor,
  type Extraction,
  type PropertyValue,
} from '../../formats/cloudformation/extractor.ts';
import {
  combinations,
  describeConditions,
  mergeConditions,
  MAX_ALTERNATIVES,
  scalarText,
  type Condition,
  type Resolver,
} from '../../formats/cloudformation/intrinsics.ts';
import type { Resource, Template } from '../../formats/cloudformation/template.ts';

const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const SECURITY_GROUP_EGRESS = 'AWS::EC2::SecurityGroupEgress';
const PREFIX_LIST = 'AWS::EC2::PrefixList';

type DeclaredBy = EgressRule['declaredBy'];

/** The properties of one egress rule: an inline SecurityGroupEgress entry or a standalone resource's Properties. */
interface RuleSource {
  properties: DocNode;
  /** The rule as a whole: the list entry, or the standalone resource's header. */
  loc: NodeLoc;
  declaredBy: DeclaredBy;
  conditions: Condition[];
}

/** The properties of an egress rule that decide what it lets out. */
const RULE_PROPERTIES = [
  'IpProtocol',
  'FromPort',
  'ToPort',
  'CidrIp',
  'CidrIpv6',
  'DestinationSecurityGroupId',
  'DestinationPrefixListId',
] as const;

/** The resource a reference must name to stand for a destination, and the attribute that gives its id. */
const REFERENCE_TARGETS: Partial<Record<string, { type: string; attribute: string }>> = {
  DestinationSecurityGroupId: { type: SECURITY_GROUP, attribute: 'GroupId' },
  DestinationPrefixListId: { type: PREFIX_LIST, attribute: 'PrefixListId' },
};

const pascalNames = new Map<string, string>();

/** ip_protocol → IpProtocol: the shared mapping asks in snake_case, CloudFormation spells PascalCase. Memoised: a hot path. */
function pascalCase(name: string): string {
  let pascal = pascalNames.get(name);
  if (pascal === undefined) {
    pascal = name.replace(/(^|_)([a-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());
    pascalNames.set(name, pascal);
  }
  return pascal;
}

class SecurityGroupExtractor extends TemplateExtractor {
  private readonly groups: SecurityGroupParts[] = [];
  private readonly standalone: StandaloneRuleParts[] = [];
  /** Groups that a standalone rule attaches to: it removes AWS's default rule, also in an Fn::If branch. */
  private readonly groupsWithStandaloneRules = new Set<string>();
  /** Per group, the conditions under which Fn::If drops its inline list, leaving AWS's default in force. */
  private readonly conditionalDefaults = new Map<SecurityGroupParts, Condition[][]>();

  run(): Extraction {
    for (const resource of this.resourcesOf(SECURITY_GROUP)) this.securityGroup(resource);
    for (const resource of this.resourcesOf(SECURITY_GROUP_EGRESS)) this.standaloneRule(resource);
    for (const [group, conditionSets] of this.conditionalDefaults) {
      if (this.groupsWithStandaloneRules.has(group.firewall.id)) continue;
      for (const conditions of conditionSets)
        group.declared?.push({ rule: this.conditionalDefault(group, conditions), denyAll: false });
    }
    // Every Fn::If variant of a rule reports its unknown properties again: count each once.
    const byKey = new Map(
      this.unresolved.map((u) => [`${u.location.line}:${u.location.column}:${u.expression}:${u.reason}`, u]),
    );
    const unresolved = [...byKey.values()];
    return {
      firewalls: assembleSecurityGroups(this.groups, this.standalone),
      unresolved,
      diagnostics: this.diagnostics,
    };
  }

  private securityGroup(resource: Resource): void {
    const declaredBy = this.declaredBy(resource);
    const egress = get(resource.properties, 'SecurityGroupEgress');
    const group: SecurityGroupParts = {
      firewall: {
        platform: 'cloudformation',
        kind: 'aws-security-group',
        id: resource.logicalId,
        displayName: declaredBy.displayName,
        resourceType: resource.type,
        location: declaredBy.location,
        ...(egress ? { egressLocation: this.location(egress.loc) } : {}),
      },
      keys: [resource.logicalId],
      defaultWhenUndeclared: awsDefaultEgress(declaredBy),
    };
    this.groups.push(group);
    if (egress) group.declared = this.inlineRules(group, egress, declaredBy, this.existsWhen(resource));
  }

  /** The inline rules; undefined when no branch declares any (an empty list is no list to CloudFormation). */
  private inlineRules(
    group: SecurityGroupParts,
    egress: DocNode,
    declaredBy: DeclaredBy,
    exists: Condition[],
  ): AwsRule[] | undefined {
    const rules: AwsRule[] = [];
    const droppedWhen: Condition[][] = [];
    for (const list of this.resolver.branches(egress)) {
      if (!list.node || (list.node.type === 'array' && list.node.items.length === 0)) {
        if (list.conditions.length > 0) droppedWhen.push([...exists, ...list.conditions]);
        continue;
      }
      if (list.node.type === 'scalar') {
        this.warn(list.node.loc, `SecurityGroupEgress of ${declaredBy.id} is not a list of rules`);
        continue;
      }
      // One rule written as a mapping: read as that rule (as cfn_nag does), not as "no egress".
      if (list.node.type === 'object')
        this.warn(
          list.node.loc,
          `SecurityGroupEgress of ${declaredBy.id} is a single rule, not a list: read as one rule; write it as a list item (- IpProtocol: …)`,
        );
      for (const item of list.node.type === 'array' ? list.node.items : [list.node]) {
        for (const entry of this.resolver.branches(item)) {
          if (!entry.node) continue;
          if (entry.node.type !== 'object') {
            this.warn(entry.node.loc, `SecurityGroupEgress entry of ${declaredBy.id} is not a mapping`);
            continue;
          }
          const conditions = mergeConditions([...exists, ...list.conditions], entry.conditions);
          if (conditions)
            rules.push(
              ...this.ruleVariants({ properties: entry.node, loc: entry.node.loc, declaredBy, conditions }),
            );
        }
      }
    }
    if (rules.length === 0) return undefined;
    if (droppedWhen.length > 0) this.conditionalDefaults.set(group, droppedWhen);
    return rules;
  }

  private standaloneRule(resource: Resource): void {
    const properties = resource.properties;
    if (properties?.type !== 'object') {
      this.warn(resource.keyLoc, `${resource.logicalId} has no Properties`);
      return;
    }
    const declaredBy = this.declaredBy(resource);
    const groupId = get(properties, 'GroupId');
    const targets = groupId ? this.resolver.resolve(groupId) : [];
    const outside = targets.flatMap((t) => {
      if (t.value.kind === 'ref' && t.value.resourceType === SECURITY_GROUP) return [];
      return [scalarText(t.value) ?? (t.value.kind === 'unknown' ? t.value.expression : 'unknown')];
    });
    if (targets.length === 0) outside.push('not given');
    // A group outside this template (an id, a parameter, an import) is still checked, on its own.
    const orphan: StandaloneRuleParts['orphan'] = {
      platform: 'cloudformation',
      kind: 'aws-security-group',
      id: resource.logicalId,
      displayName: `${declaredBy.displayName} (group ${outside.join(' or ')})`,
      resourceType: resource.type,
      location: declaredBy.location,
    };
    for (const target of targets.length > 0
      ? targets
      : [{ value: { kind: 'absent' as const }, conditions: [], origins: [] }]) {
      const group = target.value.kind === 'ref' ? target.value.logicalId : undefined;
      if (group) this.groupsWithStandaloneRules.add(group);
      const conditions = mergeConditions(this.existsWhen(resource), target.conditions);
      if (!conditions) continue;
      const source: RuleSource = { properties, loc: resource.keyLoc, declaredBy, conditions };
      for (const rule of this.ruleVariants(source))
        this.standalone.push({ groupKeys: group ? [group] : [], rule, orphan });
    }
  }

  /** One rule per combination of its properties' Fn::If branches, each named by the conditions it needs. */
  private ruleVariants(source: RuleSource): AwsRule[] {
    const properties = RULE_PROPERTIES.map((name) => this.propertyValues(get(source.properties, name)));
    const variants = combinations(properties);
    if (!variants) {
      this.warn(
        source.loc,
        `egress rule of ${source.declaredBy.id} has more than ${MAX_ALTERNATIVES} Fn::If variants; not analysed`,
      );
      return [];
    }
    const rules: AwsRule[] = [];
    for (const { picks, conditions: own } of variants) {
      const conditions = mergeConditions(source.conditions, own);
      if (!conditions) continue; // a property's branch that the enclosing branch rules out
      const byName = new Map<string, PropertyValue>(RULE_PROPERTIES.map((name, i) => [name, picks[i]]));
      const mapped = awsEgressRule(this.reader(source, byName), {
        declaredBy: source.declaredBy,
        selfRef: source.declaredBy.id,
        unresolved: this.unresolved,
      });
      if (mapped.rule.destinations.length === 0) {
        this.warn(
          source.loc,
          `egress rule of ${source.declaredBy.id} has no destination (CidrIp, CidrIpv6, DestinationSecurityGroupId or DestinationPrefixListId); AWS does not add it`,
        );
        continue;
      }
      const condition = describeConditions(conditions);
      const origins = uniqueOrigins(
        ['IpProtocol', 'FromPort', 'ToPort'].flatMap((name) => byName.get(name)?.origins ?? []),
      );
      rules.push({ ...mapped, rule: { ...mapped.rule, origins, ...(condition ? { condition } : {}) } });
    }
    return rules;
  }

  /** The picked property values, read by the shared mapping under its snake_case names. */
  private reader(source: RuleSource, byName: Map<string, PropertyValue>): ValueReader {
    return {
      at: { location: this.location(source.loc), origins: [] },
      get: (name) => {
        const property = pascalCase(name);
        const picked = byName.get(property);
        return picked ? this.located(property, picked) : undefined;
      },
    };
  }

  private located(property: string, picked: PropertyValue): LocatedValue | undefined {
    const { value } = picked;
    // A reference to a group or prefix list of this template names it by logical id (relays can list it so).
    const target = REFERENCE_TARGETS[property];
    const namesTarget =
      value.kind === 'ref' &&
      target !== undefined &&
      value.resourceType === target.type &&
      (value.attribute ?? target.attribute) === target.attribute;
    const pick: PropertyValue = namesTarget
      ? { ...picked, value: { kind: 'scalar', value: value.logicalId } }
      : picked;
    return this.locatedValue(pick, (v) =>
      v.kind === 'list'
        ? `${property} takes one value, not a list`
        : `${[v.logicalId, v.attribute].filter(Boolean).join('.')} is known only at deploy time`,
    );
  }

  /** AWS's default rule, in force in the Fn::If branch that drops the whole inline list; located at that list. */
  private conditionalDefault(group: SecurityGroupParts, conditions: Condition[]): EgressRule {
    const { id, resourceType, displayName, location } = group.firewall;
    const rule = awsDefaultEgress({ id, resourceType, displayName, location }).rule;
    const at = group.firewall.egressLocation ?? location;
    const condition = describeConditions(conditions);
    return {
      ...rule,
      location: at,
      destinations: rule.destinations.map((d) => ({ ...d, location: at })),
      ...(condition ? { condition } : {}),
    };
  }
}

export function extractSecurityGroups(template: Template, resolver: Resolver): Extraction {
  return new SecurityGroupExtractor(template, resolver).run();
}
