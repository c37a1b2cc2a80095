// AWS::EC2::SecurityGroup and AWS::EC2::SecurityGroupEgress → Firewall / EgressRule. CloudFormation semantics
// (design §3): a group that declares no egress keeps AWS's allow-all rule; any egress rule, inline or standalone,
// replaces it; the 127.0.0.1/32 idiom and CDK's sentinel declare "no egress".
import type { Diagnostic } from '../../engine/types.ts';
import { ANY_V4, parseCidr } from '../../model/cidr.ts';
import { isDenyAllSentinel } from '../../model/destinations.ts';
import { normalizeProtocol, portsFromPair, ALL_PORTS } from '../../model/protocol.ts';
import type {
  Destination,
  EgressRule,
  Firewall,
  Location,
  Origin,
  Ports,
  Protocol,
  Unresolved,
} from '../../model/types.ts';
import { get, type DocNode, type NodeLoc } from '../../parsers/tree.ts';
import {
  combinations,
  describeConditions,
  expressionText,
  MAX_ALTERNATIVES,
  mergeConditions,
  scalarText,
  type Alternative,
  type Condition,
  type Resolver,
  type Value,
} from './intrinsics.ts';
import { toLocation, type Resource, type Template } from './template.ts';

export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
export const SECURITY_GROUP_EGRESS = 'AWS::EC2::SecurityGroupEgress';
const PREFIX_LIST = 'AWS::EC2::PrefixList';

export interface Extraction {
  firewalls: Firewall[];
  unresolved: Unresolved[];
  diagnostics: Diagnostic[];
}

type DeclaredBy = EgressRule['declaredBy'];

/** An egress rule property set: an inline SecurityGroupEgress entry or a standalone resource's Properties. */
interface RuleSource {
  properties: DocNode;
  /** Where the rule as a whole is: the list entry, or the standalone resource's header. */
  loc: NodeLoc;
  declaredBy: DeclaredBy;
  conditions: Condition[];
}

interface GroupState {
  firewall: Firewall;
  rules: EgressRule[];
  sentinels: number;
  /** Conditions under which the inline egress list is absent or empty (an empty array: unconditionally). */
  absentWhen: Condition[][];
  hasStandaloneRules: boolean;
}

const RULE_FIELDS = [
  'IpProtocol',
  'FromPort',
  'ToPort',
  'CidrIp',
  'CidrIpv6',
  'DestinationSecurityGroupId',
  'DestinationPrefixListId',
] as const;
type RuleField = (typeof RULE_FIELDS)[number];

type DestinationBase = { text: string; location: Location; origins: Origin[] };

/** A field's evaluation together with the node it was written at. */
type FieldAlternative = Alternative & { node: DocNode | undefined };

/** The CDK construct path without the trailing `/Resource` of L1 resources, when the template comes from CDK. */
function cdkPathOf(resource: Resource): string | undefined {
  const path = get(resource.metadata, 'aws:cdk:path');
  return path?.type === 'scalar' && typeof path.value === 'string'
    ? path.value.replace(/\/Resource$/, '')
    : undefined;
}

/** What a user recognises: the construct path for CDK output (a CDK user never sees logical ids), else type and id. */
export function displayNameOf(resource: Resource): string {
  const cdkPath = cdkPathOf(resource);
  return cdkPath ? `${cdkPath} (${resource.logicalId})` : `${resource.type} ${resource.logicalId}`;
}

class SecurityGroupExtractor {
  private readonly out: Extraction = { firewalls: [], unresolved: [], diagnostics: [] };
  private readonly groups = new Map<string, GroupState>();
  private readonly seenUnresolved = new Set<string>();

  constructor(
    private readonly template: Template,
    private readonly resolver: Resolver,
  ) {}

  run(): Extraction {
    for (const resource of this.template.resources.values()) {
      if (resource.type === SECURITY_GROUP) this.securityGroup(resource);
    }
    for (const resource of this.template.resources.values()) {
      if (resource.type === SECURITY_GROUP_EGRESS) this.standaloneRule(resource);
    }
    for (const group of this.groups.values()) this.out.firewalls.push(this.finish(group));
    return this.out;
  }

  private location(loc: NodeLoc): Location {
    return toLocation(this.template.file, loc);
  }

  private declaredBy(resource: Resource): DeclaredBy {
    return {
      id: resource.logicalId,
      resourceType: resource.type,
      displayName: displayNameOf(resource),
      location: this.location(resource.keyLoc),
    };
  }

  private warn(loc: NodeLoc, message: string): void {
    this.out.diagnostics.push({ level: 'warning', location: this.location(loc), message });
  }

  private securityGroup(resource: Resource): void {
    const cdkPath = cdkPathOf(resource);
    const firewall: Firewall = {
      platform: 'cloudformation',
      provider: 'aws',
      kind: 'aws-security-group',
      id: resource.logicalId,
      displayName: displayNameOf(resource),
      resourceType: resource.type,
      location: this.location(resource.keyLoc),
      egressDeclared: 'absent',
      rules: [],
      ...(cdkPath ? { note: `CDK path ${cdkPath}` } : {}),
    };
    const group: GroupState = {
      firewall,
      rules: [],
      sentinels: 0,
      absentWhen: [],
      hasStandaloneRules: false,
    };
    this.groups.set(resource.logicalId, group);
    const egress = get(resource.properties, 'SecurityGroupEgress');
    if (!egress) {
      group.absentWhen.push([]);
      return;
    }
    firewall.egressLocation = this.location(egress.loc);
    const declaredBy = this.declaredBy(resource);
    for (const list of this.resolver.branches(egress)) {
      if (!list.node || (list.node.type === 'array' && list.node.items.length === 0)) {
        // CloudFormation treats an empty list like no list: AWS's allow-all rule stays.
        group.absentWhen.push(list.conditions);
        continue;
      }
      if (list.node.type !== 'array') {
        this.warn(list.node.loc, `SecurityGroupEgress of ${resource.logicalId} is not a list of rules`);
        continue;
      }
      for (const item of list.node.items) {
        for (const entry of this.resolver.branches(item)) {
          if (!entry.node) continue;
          if (entry.node.type !== 'object') {
            this.warn(entry.node.loc, `SecurityGroupEgress entry of ${resource.logicalId} is not a mapping`);
            continue;
          }
          const conditions = mergeConditions(list.conditions, entry.conditions);
          if (conditions)
            this.addRules(group, { properties: entry.node, loc: entry.node.loc, declaredBy, conditions });
        }
      }
    }
  }

  private standaloneRule(resource: Resource): void {
    const properties = resource.properties;
    if (properties?.type !== 'object') {
      this.warn(resource.keyLoc, `${resource.logicalId} has no Properties`);
      return;
    }
    const declaredBy = this.declaredBy(resource);
    const source = (conditions: Condition[]): RuleSource => ({
      properties,
      loc: resource.keyLoc,
      declaredBy,
      conditions,
    });
    const groupId = get(properties, 'GroupId');
    const targets = groupId ? this.resolver.resolve(groupId) : [];
    const outside: string[] = [];
    let standalone: GroupState | undefined;
    for (const target of targets) {
      const group = target.value.kind === 'ref' ? this.groups.get(target.value.logicalId) : undefined;
      if (group) {
        group.hasStandaloneRules = true;
        this.addRules(group, source(target.conditions));
        continue;
      }
      // A group outside this template (an id, a parameter, an import): the rule is still checked on its own.
      outside.push(
        scalarText(target.value) ?? (target.value.kind === 'unknown' ? target.value.expression : 'unknown'),
      );
      standalone ??= this.standaloneGroup(resource);
      this.addRules(standalone, source(target.conditions));
    }
    if (targets.length === 0) {
      outside.push('not given');
      this.addRules((standalone = this.standaloneGroup(resource)), source([]));
    }
    if (standalone) standalone.firewall.displayName += ` (group ${outside.join(' or ')})`;
  }

  private standaloneGroup(resource: Resource): GroupState {
    const firewall: Firewall = {
      platform: 'cloudformation',
      provider: 'aws',
      kind: 'aws-security-group',
      id: resource.logicalId,
      displayName: displayNameOf(resource),
      resourceType: resource.type,
      location: this.location(resource.keyLoc),
      egressDeclared: 'rules',
      rules: [],
    };
    const group: GroupState = { firewall, rules: [], sentinels: 0, absentWhen: [], hasStandaloneRules: true };
    this.groups.set(`${resource.logicalId}\0standalone`, group);
    return group;
  }

  /** Every variant of one rule (Fn::If in its fields), added to the group; the deny-all idioms are counted apart. */
  private addRules(group: GroupState, source: RuleSource): void {
    const fields = RULE_FIELDS.map((name): FieldAlternative[] => {
      const node = get(source.properties, name);
      if (!node) return [{ value: { kind: 'absent' }, conditions: [], origins: [], node }];
      return this.resolver.resolve(node).map((alt) => ({ ...alt, node }));
    });
    const variants = combinations(fields);
    if (!variants) {
      this.warn(
        source.loc,
        `egress rule of ${source.declaredBy.id} has more than ${MAX_ALTERNATIVES} Fn::If variants; not analysed`,
      );
      return;
    }
    for (const { picks, conditions: fieldConditions } of variants) {
      const conditions = mergeConditions(source.conditions, fieldConditions);
      if (!conditions) continue; // a field's Fn::If branch that the enclosing branch rules out
      const byField = new Map(RULE_FIELDS.map((name, i) => [name, picks[i]]));
      const rule = this.rule(source, byField, conditions);
      if (!rule) continue;
      if (isDenyAllSentinel(rule.rule, rule.from, rule.to)) group.sentinels++;
      else group.rules.push(rule.rule);
    }
  }

  private rule(
    source: RuleSource,
    fields: Map<RuleField, FieldAlternative>,
    conditions: Condition[],
  ): { rule: EgressRule; from?: number; to?: number } | undefined {
    const field = (name: RuleField) => fields.get(name) as FieldAlternative;
    const protocol = this.protocol(field('IpProtocol'), source);
    const from = this.port(field('FromPort'));
    const to = this.port(field('ToPort'));
    let ports: Ports;
    if (protocol === 'all' || (from !== 'unknown' && to !== 'unknown')) {
      ports = portsFromPair(
        protocol,
        from === 'unknown' ? undefined : from,
        to === 'unknown' ? undefined : to,
      );
    } else {
      ports = { unknown: [field('FromPort'), field('ToPort')].map((f) => this.expression(f)).join('-') };
    }
    const destinations = [
      this.destination('cidr4', field('CidrIp')),
      this.destination('cidr6', field('CidrIpv6')),
      this.destination('security-group', field('DestinationSecurityGroupId')),
      this.destination('prefix-list', field('DestinationPrefixListId')),
    ].filter((d): d is Destination => d !== undefined);
    if (destinations.length === 0) {
      this.warn(
        source.loc,
        `egress rule of ${source.declaredBy.id} has no destination (CidrIp, CidrIpv6, DestinationSecurityGroupId or DestinationPrefixListId); AWS does not add it`,
      );
      return undefined;
    }
    const condition = describeConditions(conditions);
    const origins = uniqueOrigins(
      ['IpProtocol', 'FromPort', 'ToPort'].flatMap((name) => field(name as RuleField).origins),
    );
    return {
      rule: {
        action: 'allow',
        protocol,
        ports,
        destinations,
        location: this.location(source.loc),
        origins,
        declaredBy: source.declaredBy,
        ...(condition ? { condition } : {}),
      },
      from: from === 'unknown' ? undefined : from,
      to: to === 'unknown' ? undefined : to,
    };
  }

  private expression(f: FieldAlternative): string {
    if (f.value.kind === 'unknown') return f.value.expression;
    return scalarText(f.value) ?? (f.node ? expressionText(f.node) : 'unset');
  }

  private protocol(f: FieldAlternative, source: RuleSource): Protocol {
    const text = scalarText(f.value);
    if (text !== undefined) {
      const protocol = normalizeProtocol(text);
      if (typeof protocol !== 'string' && 'unknown' in protocol)
        this.unresolved(f, `IpProtocol ${text} is not a protocol`);
      return protocol;
    }
    if (f.value.kind === 'absent') {
      this.warn(source.loc, `egress rule of ${source.declaredBy.id} has no IpProtocol`);
      return { unknown: 'missing IpProtocol' };
    }
    this.unresolved(f, 'IpProtocol');
    return { unknown: this.expression(f) };
  }

  private port(f: FieldAlternative): number | undefined | 'unknown' {
    if (f.value.kind === 'absent') return undefined;
    const n = Number(scalarText(f.value));
    if (Number.isInteger(n)) return n;
    this.unresolved(f, 'port');
    return 'unknown';
  }

  private destination(
    kind: 'cidr4' | 'cidr6' | 'security-group' | 'prefix-list',
    f: FieldAlternative,
  ): Destination | undefined {
    if (f.value.kind === 'absent' || !f.node) return undefined;
    const base: DestinationBase = {
      text: this.expression(f),
      location: this.location(f.node.loc),
      origins: f.origins,
    };
    const value: Value = f.value;
    const text = scalarText(value);
    if (kind === 'cidr4' || kind === 'cidr6') {
      const cidr = text === undefined ? undefined : parseCidr(text);
      if (cidr && cidr.version === (kind === 'cidr4' ? 4 : 6)) return { ...base, kind: 'cidr', cidr };
      return this.unknownDestination(
        f,
        base,
        text === undefined ? 'destination CIDR' : `${text} is not an IPv${kind === 'cidr4' ? 4 : 6} CIDR`,
      );
    }
    if (text !== undefined) return { ...base, kind, ref: text };
    if (value.kind === 'ref') {
      const wanted = kind === 'security-group' ? SECURITY_GROUP : PREFIX_LIST;
      const attribute = kind === 'security-group' ? 'GroupId' : 'PrefixListId';
      if (value.resourceType === wanted && (value.attribute === undefined || value.attribute === attribute)) {
        return { ...base, kind, ref: value.logicalId };
      }
    }
    return this.unknownDestination(
      f,
      base,
      kind === 'security-group' ? 'destination security group' : 'destination prefix list',
    );
  }

  private unknownDestination(f: FieldAlternative, base: DestinationBase, what: string): Destination {
    this.unresolved(f, what);
    return { ...base, kind: 'unknown', expression: base.text };
  }

  /** Records a value that could not be resolved; reported as a count, never as a finding. */
  private unresolved(f: FieldAlternative, what: string): void {
    if (!f.node) return;
    const reason =
      f.value.kind === 'unknown'
        ? `${what}: ${f.value.reason}`
        : f.value.kind === 'ref'
          ? `${what}: ${[f.value.logicalId, f.value.attribute].filter(Boolean).join('.')} is known only at deploy time`
          : what;
    const expression = this.expression(f);
    const key = `${f.node.loc.line}:${f.node.loc.column}:${reason}`;
    if (this.seenUnresolved.has(key)) return;
    this.seenUnresolved.add(key);
    this.out.unresolved.push({ location: this.location(f.node.loc), expression, reason });
  }

  private finish(group: GroupState): Firewall {
    const { firewall } = group;
    firewall.rules = group.rules;
    if (group.rules.length === 0) {
      if (group.sentinels > 0) firewall.egressDeclared = 'explicit-empty';
      else if (firewall.egressDeclared === 'absent') firewall.platformDefault = awsDefault(firewall, []);
      return firewall;
    }
    firewall.egressDeclared = 'rules';
    if (!group.hasStandaloneRules) {
      // Fn::If switching the whole list off leaves AWS's allow-all rule in that branch.
      for (const conditions of group.absentWhen) firewall.rules.push(awsDefault(firewall, conditions).rule);
    }
    return firewall;
  }
}

/** FromPort and ToPort often share a parameter: one related location is enough. */
function uniqueOrigins(origins: Origin[]): Origin[] {
  const seen = new Set<string>();
  return origins.filter((o) => {
    const key = `${o.description}@${o.location.line}:${o.location.column}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** AWS's default egress rule for a group created without egress: all protocols to 0.0.0.0/0. */
function awsDefault(firewall: Firewall, conditions: Condition[]): NonNullable<Firewall['platformDefault']> {
  const location = firewall.egressLocation ?? firewall.location;
  const condition = describeConditions(conditions);
  return {
    name: 'allow-all egress (0.0.0.0/0, all protocols)',
    rule: {
      action: 'allow',
      protocol: 'all',
      ports: ALL_PORTS,
      destinations: [{ kind: 'cidr', cidr: ANY_V4, text: ANY_V4.text, location, origins: [] }],
      location,
      origins: [],
      declaredBy: {
        id: firewall.id,
        resourceType: firewall.resourceType,
        displayName: firewall.displayName,
        location: firewall.location,
      },
      name: "AWS's default egress rule",
      isPlatformDefault: true,
      ...(condition ? { condition } : {}),
    },
  };
}

export function extractSecurityGroups(template: Template, resolver: Resolver): Extraction {
  return new SecurityGroupExtractor(template, resolver).run();
}
