// aws_security_group, aws_default_security_group, aws_security_group_rule and
// aws_vpc_security_group_egress_rule → Firewalls. Terraform semantics (design §3): the provider revokes
// AWS's default allow-all, so a group without egress is "unmanaged", not open; `egress = []` is explicit.
import { isDenyAllSentinel } from './deny-all-idiom.ts';
import { portsFromPair } from '../../model/protocol.ts';
import type { Destination, EgressRule, Firewall, Location, Ports } from '../../model/types.ts';
import type { ResourceInstance } from '../../formats/terraform/module.ts';
import type { Value } from '../../formats/terraform/values.ts';
import { addOrphanRules } from '../shared/firewall-base.ts';
import { variantOf } from '../../formats/terraform/value-reader.ts';
import {
  blockFields,
  destinationsFrom,
  logMissing,
  objectFields,
  originsOf,
  portFrom,
  protocolFrom,
  stringFrom,
  type Fields,
  type UnresolvedLog,
} from '../../formats/terraform/model-values.ts';

const GROUP_TYPES = new Set(['aws_security_group', 'aws_default_security_group']);
export const AWS_SG_TYPES = new Set([
  ...GROUP_TYPES,
  'aws_security_group_rule',
  'aws_vpc_security_group_egress_rule',
]);

function declaredBy(instance: ResourceInstance): EgressRule['declaredBy'] {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.displayName,
    location: instance.location,
    variant: variantOf(instance),
  };
}

/** Ports of a rule; tcp and udp need both from_port and to_port (a missing one is logged, the ports unknown). */
function ports(
  protocol: EgressRule['protocol'],
  from: number | undefined | null,
  to: number | undefined | null,
  fields: Fields,
  log: UnresolvedLog,
): Ports {
  if (protocol === 'all') return portsFromPair('all', undefined, undefined);
  if (from === null || to === null) return { unknown: 'from_port/to_port' };
  if ((protocol === 'tcp' || protocol === 'udp') && (from === undefined || to === undefined)) {
    logMissing(log, fields.location, from === undefined ? 'from_port' : 'to_port');
    return { unknown: 'from_port/to_port' };
  }
  return portsFromPair(protocol, from, to);
}

/** One rule from the classic field names shared by inline egress and aws_security_group_rule. */
function classicRule(
  fields: Fields,
  instance: ResourceInstance,
  selfRef: string,
  log: UnresolvedLog,
  extraGroupField?: string,
): EgressRule {
  const protocol = protocolFrom(fields.get('protocol'), fields.locationOf('protocol'), log, 'protocol');
  const from = portFrom(fields.get('from_port'), fields.locationOf('from_port'), log);
  const to = portFrom(fields.get('to_port'), fields.locationOf('to_port'), log);
  const destinations: Destination[] = [
    ...destinationsFrom(
      fields.get('cidr_blocks'),
      'cidr',
      fields.locationOf('cidr_blocks'),
      fields.extent,
      log,
    ),
    ...destinationsFrom(
      fields.get('ipv6_cidr_blocks'),
      'cidr',
      fields.locationOf('ipv6_cidr_blocks'),
      fields.extent,
      log,
    ),
    ...destinationsFrom(
      fields.get('prefix_list_ids'),
      'prefix-list',
      fields.locationOf('prefix_list_ids'),
      fields.extent,
      log,
    ),
    ...destinationsFrom(
      fields.get('security_groups'),
      'security-group',
      fields.locationOf('security_groups'),
      fields.extent,
      log,
    ),
  ];
  if (extraGroupField)
    destinations.push(
      ...destinationsFrom(
        fields.get(extraGroupField),
        'security-group',
        fields.locationOf(extraGroupField),
        fields.extent,
        log,
      ),
    );
  const self = fields.get('self');
  if (self?.t === 'bool' && self.v) {
    destinations.push({
      kind: 'security-group',
      ref: selfRef,
      text: 'self',
      location: fields.locationOf('self'),
      origins: [],
    });
  }
  return {
    action: 'allow',
    protocol,
    ports: ports(protocol, from, to, fields, log),
    destinations,
    location: fields.location,
    origins: originsOf([fields.get('protocol'), fields.get('from_port'), fields.get('to_port')]),
    declaredBy: declaredBy(instance),
  };
}

function vpcEgressRule(instance: ResourceInstance, log: UnresolvedLog): EgressRule {
  const fields = blockFields(instance.body, instance.extent);
  const protocol = protocolFrom(
    fields.get('ip_protocol'),
    fields.locationOf('ip_protocol'),
    log,
    'ip_protocol',
  );
  // ip_protocol "-1" has no ports at all; peers that read from_port/to_port here miss the open rule.
  const from = portFrom(fields.get('from_port'), fields.locationOf('from_port'), log);
  const to = portFrom(fields.get('to_port'), fields.locationOf('to_port'), log);
  return {
    action: 'allow',
    protocol,
    ports: ports(protocol, from, to, fields, log),
    destinations: [
      ...destinationsFrom(
        fields.get('cidr_ipv4'),
        'cidr',
        fields.locationOf('cidr_ipv4'),
        fields.extent,
        log,
      ),
      ...destinationsFrom(
        fields.get('cidr_ipv6'),
        'cidr',
        fields.locationOf('cidr_ipv6'),
        fields.extent,
        log,
      ),
      ...destinationsFrom(
        fields.get('prefix_list_id'),
        'prefix-list',
        fields.locationOf('prefix_list_id'),
        fields.extent,
        log,
      ),
      ...destinationsFrom(
        fields.get('referenced_security_group_id'),
        'security-group',
        fields.locationOf('referenced_security_group_id'),
        fields.extent,
        log,
      ),
    ],
    location: instance.location,
    origins: originsOf([fields.get('ip_protocol'), fields.get('from_port'), fields.get('to_port')]),
    declaredBy: declaredBy(instance),
  };
}

interface RuleWithFields {
  rule: EgressRule;
  fields: Fields;
}

/** Inline rules of a group: `egress` blocks (static and dynamic) or the `egress = [...]` attribute form. */
function inlineRules(
  instance: ResourceInstance,
  log: UnresolvedLog,
): { declared: boolean; rules: RuleWithFields[]; location?: Location } {
  const body = instance.body;
  const fromFields = (fields: Fields) => ({
    rule: classicRule(fields, instance, instance.address, log),
    fields,
  });
  if (body.hasBlocks('egress')) {
    // `dynamic "egress"` over an empty collection writes no block: egress is unmanaged, as if none were written.
    const blocks = body.blocks('egress');
    return {
      declared: blocks.length > 0,
      rules: blocks.map((b) => fromFields(blockFields(b, instance.extent))),
    };
  }
  const value = body.attr('egress');
  const location = body.attrLocation('egress');
  if (!value || !location) return { declared: false, rules: [] };
  if (value.t === 'unknown') {
    log.add(location, value);
    return { declared: true, rules: [], location };
  }
  const items: Value[] = value.t === 'list' ? value.items : value.t === 'null' ? [] : [value];
  const rules = items
    .filter((i): i is Value & { t: 'object' } => i.t === 'object')
    .map((i) => fromFields(objectFields(i, location, instance.extent)));
  return { declared: value.t !== 'null', rules, location };
}

/** Resolves a standalone rule's `security_group_id` to a group address (or the literal id). */
function targetGroup(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  if (value.t === 'ref') return value.address;
  return stringFrom(value);
}

/** Drops AWS's deny-all idiom (127.0.0.1/32 protocol -1, CDK's 255.255.255.255/32 icmp 252-86). */
function withoutSentinels(rules: RuleWithFields[]): EgressRule[] {
  const portOf = (v: Value | undefined) => (v?.t === 'number' ? v.v : undefined);
  return rules
    .filter(
      ({ rule, fields }) =>
        !isDenyAllSentinel(rule, portOf(fields.get('from_port')), portOf(fields.get('to_port'))),
    )
    .map(({ rule }) => rule);
}

export function extractAwsSecurityGroups(instances: ResourceInstance[], log: UnresolvedLog): Firewall[] {
  const groups = new Map<string, Firewall>();
  for (const instance of instances) {
    if (!GROUP_TYPES.has(instance.type)) continue;
    const inline = inlineRules(instance, log);
    const rules = withoutSentinels(inline.rules);
    groups.set(instance.address, {
      platform: 'terraform',
      provider: 'aws',
      kind: 'aws-security-group',
      id: instance.address,
      displayName: instance.displayName,
      resourceType: instance.type,
      location: instance.location,
      // An empty list, or only the deny-all idiom, is an explicit empty egress set.
      egressDeclared: !inline.declared ? 'absent' : rules.length > 0 ? 'rules' : 'explicit-empty',
      rules,
      egressLocation: inline.location,
      related: instance.module.callChain,
      variant: variantOf(instance),
    });
  }

  const orphans = new Map<string, Firewall>();
  for (const instance of instances) {
    let rule: EgressRule | undefined;
    if (instance.type === 'aws_security_group_rule') {
      const typeValue = instance.body.attr('type');
      const typeAt = instance.body.attrLocation('type') ?? instance.location;
      // An ingress rule is not ours; one whose type is missing or not known may be egress: counted, not skipped.
      if (typeValue?.t === 'unknown') log.add(typeAt, typeValue);
      else if (!typeValue || typeValue.t === 'null') logMissing(log, typeAt, 'type');
      if (stringFrom(typeValue) !== 'egress') continue;
      rule = classicRule(
        blockFields(instance.body, instance.extent),
        instance,
        '',
        log,
        'source_security_group_id',
      );
    } else if (instance.type === 'aws_vpc_security_group_egress_rule') {
      rule = vpcEgressRule(instance, log);
    } else continue;
    const groupValue = instance.body.attr('security_group_id');
    if (!groupValue) logMissing(log, instance.location, 'security_group_id');
    const target = targetGroup(groupValue);
    for (const d of rule.destinations)
      if (d.kind === 'security-group' && d.ref === '') d.ref = target ?? instance.address;
    if (withoutSentinels([{ rule, fields: blockFields(instance.body, instance.extent) }]).length === 0) {
      const group = target ? groups.get(target) : undefined;
      if (group && group.egressDeclared === 'absent') group.egressDeclared = 'explicit-empty';
      continue;
    }
    const group = target ? groups.get(target) : undefined;
    if (group) {
      group.rules.push(rule);
      group.egressDeclared = 'rules';
      continue;
    }
    // A rule whose group is outside the scan (an id, a data source) is still checked on its own.
    addOrphanRules(
      orphans,
      {
        platform: 'terraform',
        provider: 'aws',
        kind: 'aws-security-group',
        id: target ?? instance.address,
        displayName: target ? `security group ${target}` : instance.displayName,
        resourceType: instance.type,
        location: instance.location,
        related: instance.module.callChain,
        variant: variantOf(instance, target ?? instance.address),
      },
      [rule],
    );
  }
  return [...groups.values(), ...orphans.values()];
}
