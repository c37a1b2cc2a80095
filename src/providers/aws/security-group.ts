// AWS security-group egress from located attribute values, the one mapping of every format: Terraform (under
// TerraformArguments), plan JSON, Pulumi state and CloudFormation (the attribute names of Terraform, Pulumi and
// aws-native/CloudFormation are read alike): one rule from its attributes, and the groups assembled from inline,
// standalone and live rules.
import { parseCidr } from '../../model/cidr.ts';
import { normalizeProtocol, portsFromPair } from '../../model/protocol.ts';
import type {
  Destination,
  EgressRule,
  Firewall,
  PlatformDefault,
  Ports,
  Protocol,
  Unresolved,
} from '../../model/types.ts';
import { addOrphanRules, type FirewallBase } from '../shared/firewall-base.ts';
import { unknownDestination } from '../shared/rule-fields.ts';
import { elementsOf, numberOf, unresolvedOf, type LocatedValue, type ValueReader } from '../shared/values.ts';

/**
 * Destination attributes by canonical snake_case name. Terraform/Pulumi classic: cidr_blocks … security_groups
 * (source_security_group_id on an egress aws_security_group_rule is its destination); aws_vpc_security_group_egress_rule:
 * cidr_ipv4 … referenced_security_group_id; CloudFormation/aws-native: cidr_ip … destination_security_group_id.
 */
const DESTINATION_FIELDS: [string, 'cidr' | 'prefix-list' | 'security-group'][] = [
  ['cidr_blocks', 'cidr'],
  ['ipv6_cidr_blocks', 'cidr'],
  ['cidr_ipv4', 'cidr'],
  ['cidr_ipv6', 'cidr'],
  ['cidr_ip', 'cidr'],
  ['prefix_list_ids', 'prefix-list'],
  ['prefix_list_id', 'prefix-list'],
  ['destination_prefix_list_id', 'prefix-list'],
  ['security_groups', 'security-group'],
  ['source_security_group_id', 'security-group'],
  ['referenced_security_group_id', 'security-group'],
  ['destination_security_group_id', 'security-group'],
];

export interface AwsRuleContext {
  declaredBy: EgressRule['declaredBy'];
  /** What `self = true` points at: the group's cloud id, URN or Terraform address. */
  selfRef: string;
  /** Collects every value that could not be resolved. */
  unresolved: Unresolved[];
  /** Terraform's semantics when the values are a .tf configuration's; absent for resolved values. */
  terraform?: TerraformArguments;
}

/**
 * How the AWS provider reads a rule as written in a Terraform configuration, where it differs from values that a
 * deployment tool resolved (plan JSON, Pulumi state, CloudFormation):
 * - the protocol argument (`protocol`, or `ip_protocol` of aws_vpc_security_group_egress_rule) is required, and so
 *   are `from_port` and `to_port` for tcp and udp: a missing one leaves the rule unanalysed and is counted as a
 *   "required argument" (resolved values: a missing bound means every port);
 * - a port that is unknown or not a number makes the range unknown (`from_port/to_port`), and an unknown one is
 *   counted even under protocol -1; a numeric string converts as Terraform converts it;
 * - a protocol that is not a string converts as Terraform converts it, without being counted;
 * - a reference to another resource names that resource, whatever attribute it reads and in whichever field
 *   (`cidr_blocks = [aws_vpc.main.cidr_block]` is a destination inside the deployment, not an unknown);
 * - an unknown `self` adds no destination; an invalid CIDR is "not a valid CIDR";
 * - the deny-all idiom needs its ports written as numbers.
 */
export interface TerraformArguments {
  /** The argument that holds the protocol, named when it is missing. */
  protocolArgument: 'protocol' | 'ip_protocol';
}

/** The AWS deny-all idioms: one rule to 127.0.0.1/32 protocol -1, or CDK's 255.255.255.255/32 icmp 252-86. */
function isDenyAllSentinel(rule: EgressRule, rawFromPort?: number, rawToPort?: number): boolean {
  if (rule.destinations.length !== 1) return false;
  const d = rule.destinations[0];
  if (d.kind !== 'cidr') return false;
  if (d.cidr.text === '127.0.0.1/32' && rule.protocol === 'all') return true;
  return (
    d.cidr.text === '255.255.255.255/32' &&
    rule.protocol === 'icmp' &&
    rawFromPort === 252 &&
    rawToPort === 86
  );
}

/** A mapped rule, and whether it is AWS's deny-all idiom (which declares "no egress" rather than a rule). */
export interface AwsRule {
  rule: EgressRule;
  denyAll: boolean;
}

function notACidr(value: LocatedValue, text: string, context: AwsRuleContext): Destination {
  const reason = context.terraform ? 'not a valid CIDR' : 'not a CIDR';
  return unknownDestination({ kind: 'unknown', expression: text, reason, at: value.at }, context.unresolved);
}

function destinationOf(
  value: LocatedValue,
  kind: 'cidr' | 'prefix-list' | 'security-group',
  context: AwsRuleContext,
): Destination | undefined {
  if (value.kind === 'unknown') return unknownDestination(value, context.unresolved);
  const { location, origins } = value.at;
  if (value.kind === 'reference') {
    const named = kind === 'prefix-list' ? 'prefix-list' : 'security-group';
    return { kind: named, ref: value.address, text: value.text, location, origins };
  }
  const terraformText =
    context.terraform && value.kind === 'scalar' && typeof value.value !== 'string'
      ? String(value.value)
      : undefined;
  if (terraformText === undefined && (value.kind !== 'scalar' || typeof value.value !== 'string')) {
    const shape = context.terraform
      ? { expression: writtenText(value), reason: `expected a string, got ${value.kind}` }
      : { expression: `(${value.kind} where a ${kind} was expected)`, reason: 'unexpected value shape' };
    return unknownDestination({ kind: 'unknown', ...shape, at: value.at }, context.unresolved);
  }
  const written = terraformText ?? (value.kind === 'scalar' ? String(value.value) : '');
  const text = context.terraform ? written : written.trim();
  if (text === '') return undefined;
  if (kind === 'cidr') {
    const cidr = parseCidr(text);
    if (cidr) return { kind: 'cidr', cidr, text, location, origins };
    return notACidr(value, text, context);
  }
  return { kind, ref: text, text, location, origins };
}

/** A value that is not a protocol, as Terraform prints it (JSON). */
function writtenText(value: LocatedValue): string {
  const plain = (v: LocatedValue): unknown =>
    v.kind === 'scalar'
      ? v.value
      : v.kind === 'list'
        ? v.items.map(plain)
        : v.kind === 'reference'
          ? v.text
          : `(${v.kind})`;
  return JSON.stringify(plain(value));
}

/** A required argument that is not written: the rule cannot be analysed, and the run says so. */
function missingArgument(name: string, attrs: ValueReader, context: AwsRuleContext): void {
  context.unresolved.push({
    location: attrs.at.location,
    expression: name,
    reason: `required argument "${name}" is missing: the rule is not analysed`,
  });
}

function protocolOf(value: LocatedValue | undefined, attrs: ValueReader, context: AwsRuleContext): Protocol {
  if (value?.kind === 'scalar' && (typeof value.value === 'string' || typeof value.value === 'number'))
    return normalizeProtocol(value.value);
  const { terraform } = context;
  if (terraform && value === undefined) {
    missingArgument(terraform.protocolArgument, attrs, context);
    return { unknown: `(missing ${terraform.protocolArgument})` };
  }
  if (terraform && value?.kind === 'scalar') return normalizeProtocol(String(value.value));
  if (terraform && value && value.kind !== 'unknown') return { unknown: writtenText(value) };
  const unknown: LocatedValue & { kind: 'unknown' } =
    value?.kind === 'unknown'
      ? value
      : {
          kind: 'unknown',
          expression: '(protocol not set)',
          reason: 'the rule has no protocol',
          at: value?.at ?? attrs.at,
        };
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}

/** An unknown port bound makes the range unknown (unknown is not open); a missing one means "every port". */
function portsOf(
  protocol: Protocol,
  from: LocatedValue | undefined,
  to: LocatedValue | undefined,
  context: AwsRuleContext,
): Ports {
  if (protocol === 'all') return portsFromPair(protocol, undefined, undefined);
  for (const bound of [from, to]) {
    if (bound?.kind === 'unknown') {
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}

/** A port as Terraform converts it: undefined when absent, null when unknown (counted) or not a number. */
function terraformPort(value: LocatedValue | undefined, context: AwsRuleContext): number | undefined | null {
  if (value === undefined) return undefined;
  if (value.kind === 'unknown') {
    context.unresolved.push(unresolvedOf(value));
    return null;
  }
  if (value.kind !== 'scalar' || typeof value.value === 'boolean') return null;
  if (typeof value.value === 'number') return value.value;
  const n = Number(value.value);
  return value.value.trim() === '' || Number.isNaN(n) ? null : n;
}

/** Ports under Terraform's semantics (TerraformArguments); the port bounds were read, and counted, before. */
function terraformPorts(
  protocol: Protocol,
  from: number | undefined | null,
  to: number | undefined | null,
  attrs: ValueReader,
  context: AwsRuleContext,
): Ports {
  if (protocol === 'all') return portsFromPair('all', undefined, undefined);
  if (from === null || to === null) return { unknown: 'from_port/to_port' };
  if ((protocol === 'tcp' || protocol === 'udp') && (from === undefined || to === undefined)) {
    missingArgument(from === undefined ? 'from_port' : 'to_port', attrs, context);
    return { unknown: 'from_port/to_port' };
  }
  return portsFromPair(protocol, from, to);
}

/** A port written as a number, for the deny-all idiom (Terraform's semantics: not a numeric string). */
function writtenNumber(value: LocatedValue | undefined): number | undefined {
  return value?.kind === 'scalar' && typeof value.value === 'number' ? value.value : undefined;
}

/** One egress rule from its attributes (an inline egress element, or a standalone rule resource). */
export function awsEgressRule(attrs: ValueReader, context: AwsRuleContext): AwsRule {
  const protocol = protocolOf(attrs.get('protocol') ?? attrs.get('ip_protocol'), attrs, context);
  const from = attrs.get('from_port');
  const to = attrs.get('to_port');
  // Terraform's port bounds are read (and their unknowns counted) whatever the protocol.
  const terraformBounds = context.terraform
    ? { from: terraformPort(from, context), to: terraformPort(to, context) }
    : undefined;
  const destinations: Destination[] = [];
  for (const [field, kind] of DESTINATION_FIELDS) {
    for (const element of elementsOf(attrs.get(field))) {
      const destination = destinationOf(element, kind, context);
      if (destination) destinations.push(destination);
    }
  }
  const self = attrs.get('self');
  if (self?.kind === 'scalar' && self.value === true) {
    const { location, origins } = self.at;
    destinations.push({ kind: 'security-group', ref: context.selfRef, text: 'self', location, origins });
  } else if (self?.kind === 'unknown' && !context.terraform)
    destinations.push(unknownDestination(self, context.unresolved));
  const rule: EgressRule = {
    action: 'allow',
    protocol,
    ports: terraformBounds
      ? terraformPorts(protocol, terraformBounds.from, terraformBounds.to, attrs, context)
      : portsOf(protocol, from, to, context),
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy,
  };
  const denyAll = context.terraform
    ? isDenyAllSentinel(rule, writtenNumber(from), writtenNumber(to))
    : isDenyAllSentinel(rule, numberOf(from), numberOf(to));
  return { rule, denyAll };
}

/** A security group as a format sees it, before standalone rules are attached. */
export interface SecurityGroupParts {
  firewall: FirewallBase;
  /** Every id a standalone rule may use to name the group: cloud id, URN, Terraform address. */
  keys: string[];
  /** Inline egress as the code declares it; undefined when it declares none. */
  declared?: AwsRule[];
  /** Inline egress as it is live (state outputs, planned values): includes rules owned by standalone resources. */
  live?: AwsRule[];
  /**
   * The rule AWS adds when the group declares no egress at all, inline or standalone (CloudFormation and
   * aws-native semantics: adding a standalone egress rule removes it too); none for Terraform and Pulumi classic.
   */
  defaultWhenUndeclared?: PlatformDefault;
}

/** A standalone egress rule resource (aws_security_group_rule, SecurityGroupEgress, …). */
export interface StandaloneRuleParts {
  /** Ids of the group it attaches to, as `SecurityGroupParts.keys` spell them. */
  groupKeys: string[];
  rule: AwsRule;
  /** The firewall it is checked under when its group is not in the scan (docs/design.md, Platform semantics: still checked on its own). */
  orphan: FirewallBase;
}

function protocolKey(p: Protocol): string {
  if (typeof p === 'string') return p;
  return 'number' in p ? `#${p.number}` : `?${p.unknown}`;
}

function portsKey(ports: Ports): string {
  return Array.isArray(ports) ? ports.map((r) => `${r.from}-${r.to}`).join(',') : `?${ports.unknown}`;
}

function destinationKey(d: Destination): string {
  switch (d.kind) {
    case 'cidr':
      return `cidr:${d.cidr.text}`;
    case 'security-group':
      return `sg:${d.ref}`;
    case 'prefix-list':
      return `pl:${d.ref}`;
    case 'service-tag':
      return `tag:${d.tag.toLowerCase()}`;
    case 'unknown':
      return `?:${d.expression}`;
  }
}

/** Identity of one permission (protocol, ports, one destination), however the rules that grant it are grouped. */
function permissionKey(rule: EgressRule, d: Destination): string {
  return `${protocolKey(rule.protocol)}|${portsKey(rule.ports)}|${destinationKey(d)}`;
}

/**
 * The live inline rules that no other resource accounts for: a permission that a standalone rule (or the platform
 * default) grants is reported there, not twice. A remaining permission that the code also declares inline is
 * located at that declaration.
 */
function unclaimedLiveRules(
  live: EgressRule[],
  claimedBy: EgressRule[],
  declared: EgressRule[],
): EgressRule[] {
  const claimed = new Set(claimedBy.flatMap((r) => r.destinations.map((d) => permissionKey(r, d))));
  const declaredAt = new Map<string, { rule: EgressRule; destination: Destination }>();
  for (const rule of declared)
    for (const destination of rule.destinations)
      declaredAt.set(permissionKey(rule, destination), { rule, destination });
  const result: EgressRule[] = [];
  for (const rule of live) {
    const destinations: Destination[] = [];
    let location = rule.location;
    for (const d of rule.destinations) {
      const key = permissionKey(rule, d);
      if (claimed.has(key)) continue;
      const match = declaredAt.get(key);
      if (match && destinations.length === 0) location = match.rule.location;
      destinations.push(match?.destination ?? d);
    }
    if (destinations.length > 0) result.push({ ...rule, location, destinations });
  }
  return result;
}

function withoutSentinels(rules: AwsRule[]): EgressRule[] {
  return rules.filter((r) => !r.denyAll).map((r) => r.rule);
}

/**
 * Security groups with their standalone rules attached. EGR001's question (is egress declared?) is answered from
 * the declared inline egress and the standalone rules; the rules themselves are the live ones where known.
 */
export function assembleSecurityGroups(
  groups: SecurityGroupParts[],
  standalone: StandaloneRuleParts[],
): Firewall[] {
  const attached = new Map<SecurityGroupParts, AwsRule[]>(groups.map((g) => [g, []]));
  const byKey = new Map<string, SecurityGroupParts>();
  for (const group of groups) for (const key of group.keys) if (!byKey.has(key)) byKey.set(key, group);
  const orphans = new Map<string, Firewall>();
  for (const part of standalone) {
    const group = part.groupKeys.map((k) => byKey.get(k)).find((g) => g !== undefined);
    if (group) {
      attached.get(group)?.push(part.rule);
      continue;
    }
    if (part.rule.denyAll) continue;
    addOrphanRules(orphans, part.orphan, [part.rule.rule]);
  }

  const firewalls: Firewall[] = [];
  for (const group of groups) {
    const standaloneRules = attached.get(group) ?? [];
    const separate = withoutSentinels(standaloneRules);
    const declared = group.declared === undefined ? undefined : withoutSentinels(group.declared);
    const platformDefault =
      group.declared === undefined && standaloneRules.length === 0 ? group.defaultWhenUndeclared : undefined;
    let egressDeclared: Firewall['egressDeclared'];
    if (separate.length > 0 || (declared !== undefined && declared.length > 0)) egressDeclared = 'rules';
    else if (declared !== undefined || standaloneRules.length > 0) egressDeclared = 'explicit-empty';
    else egressDeclared = 'absent';
    const claimedBy = platformDefault ? [...separate, platformDefault.rule] : separate;
    const inline = group.live
      ? unclaimedLiveRules(withoutSentinels(group.live), claimedBy, declared ?? [])
      : (declared ?? []);
    firewalls.push({ ...group.firewall, egressDeclared, rules: [...inline, ...separate], platformDefault });
  }
  return [...firewalls, ...orphans.values()];
}
