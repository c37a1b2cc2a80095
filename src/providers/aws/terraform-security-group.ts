// aws_security_group, aws_default_security_group, aws_security_group_rule and
// aws_vpc_security_group_egress_rule → Firewalls, through the AWS mapping shared with plan JSON, Pulumi and
// CloudFormation (security-group.ts) under Terraform's semantics (TerraformArguments there). Terraform semantics
// (docs/design.md, Platform semantics): the provider revokes AWS's default allow-all, so a group without egress is "unmanaged", not open;
// `egress = []` is explicit.
import type { EgressRule, Firewall, Unresolved } from '../../model/types.ts';
import type { BodyView, ResourceInstance } from '../../formats/terraform/module.ts';
import { bodyReader, variantOf, type ReadOptions } from '../../formats/terraform/value-reader.ts';
import { logMissing, stringFrom, type UnresolvedLog } from '../../formats/terraform/model-values.ts';
import type { FirewallBase } from '../shared/firewall-base.ts';
import { elementsOf, type LocatedValue, type ValueReader } from '../shared/values.ts';
import {
  assembleSecurityGroups,
  awsEgressRule,
  type AwsRule,
  type SecurityGroupParts,
  type StandaloneRuleParts,
  type TerraformArguments,
} from './security-group.ts';

const GROUP_TYPES = new Set(['aws_security_group', 'aws_default_security_group']);
const CLASSIC_RULE = 'aws_security_group_rule';
const VPC_RULE = 'aws_vpc_security_group_egress_rule';
export const AWS_SG_TYPES = new Set([...GROUP_TYPES, CLASSIC_RULE, VPC_RULE]);

/** References stay symbolic in every field; an object's field is used at its own literal (as the old copy did). */
const READ: ReadOptions = { references: 'symbolic', fieldUseSite: 'literal' };

const CLASSIC: TerraformArguments = { protocolArgument: 'protocol' };
const VPC: TerraformArguments = { protocolArgument: 'ip_protocol' };

function declaredBy(instance: ResourceInstance): EgressRule['declaredBy'] {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.displayName,
    location: instance.location,
    variant: variantOf(instance),
  };
}

function base(instance: ResourceInstance, id: string, displayName: string): FirewallBase {
  return {
    platform: 'terraform',
    kind: 'aws-security-group',
    id,
    displayName,
    resourceType: instance.type,
    location: instance.location,
    related: instance.module.callChain,
    variant: variantOf(instance, id),
  };
}

/** Where protocol and ports came from, when a variable, a local, tfvars or a module argument set them. */
function originsOf(attrs: ValueReader): EgressRule['origins'] {
  return ['protocol', 'ip_protocol', 'from_port', 'to_port'].flatMap(
    (name) => attrs.get(name)?.at.origins ?? [],
  );
}

function rule(
  attrs: ValueReader,
  instance: ResourceInstance,
  selfRef: string,
  terraform: TerraformArguments,
  unresolved: Unresolved[],
): AwsRule {
  const mapped = awsEgressRule(attrs, { declaredBy: declaredBy(instance), selfRef, unresolved, terraform });
  return { ...mapped, rule: { ...mapped.rule, origins: originsOf(attrs) } };
}

/** Arguments whose unknown value is reported where the argument is written, not where its value comes from. */
const REPORTED_AT_ARGUMENT = new Set(['protocol', 'ip_protocol', 'from_port', 'to_port']);

/**
 * A block's arguments as Terraform's semantics report them: `self` at the argument as written (`self = lookup(…,
 * true)`, not the literal it evaluates to) and with no origins; an unknown protocol or port at its argument.
 */
function atArguments(attrs: ValueReader, block: BodyView | undefined): ValueReader {
  // Read once: the mapping and originsOf ask for the same arguments, and each read evaluates.
  const read = new Map<string, LocatedValue | undefined>();
  const placed = (name: string): LocatedValue | undefined => {
    const value = attrs.get(name);
    if (!value) return value;
    if (name === 'self')
      return { ...value, at: { location: block?.attrLocation(name) ?? value.at.location, origins: [] } };
    if (value.kind === 'unknown' && REPORTED_AT_ARGUMENT.has(name))
      return { ...value, at: { ...value.at, location: block?.attrLocation(name) ?? value.at.location } };
    return value;
  };
  return {
    at: attrs.at,
    get(name) {
      if (!read.has(name)) read.set(name, placed(name));
      return read.get(name);
    },
  };
}

/** Inline rules: `egress` blocks (static and dynamic) or the `egress = [...]` attribute form. */
function groupParts(instance: ResourceInstance, log: UnresolvedLog): SecurityGroupParts {
  const body = instance.body;
  const parts: SecurityGroupParts = {
    firewall: base(instance, instance.address, instance.displayName),
    keys: [instance.address],
  };
  const inline = (attrs: ValueReader) => rule(attrs, instance, instance.address, CLASSIC, log.entries);
  if (body.hasBlocks('egress')) {
    // `dynamic "egress"` over an empty collection writes no block: egress is unmanaged, as if none were written.
    const blocks = body.blocks('egress');
    if (blocks.length > 0)
      parts.declared = blocks.map((block) =>
        inline(atArguments(bodyReader(block, instance.extent, READ), block)),
      );
    return parts;
  }
  const location = body.attrLocation('egress');
  if (!location) return parts;
  parts.firewall.egressLocation = location;
  const egress = bodyReader(body, instance.extent, READ).get('egress');
  if (!egress) return parts; // egress = null
  if (egress.kind === 'unknown') {
    log.entries.push({ location, expression: egress.expression, reason: egress.reason });
    parts.declared = [];
    return parts;
  }
  // Elements that are not objects (unknown ones included) are not rules.
  parts.declared = elementsOf(egress)
    .filter((e): e is LocatedValue & { kind: 'object' } => e.kind === 'object')
    .map((e) => inline(atArguments(e.fields, undefined)));
  return parts;
}

/** An egress rule resource, with the group it names; undefined for an ingress rule. */
function standaloneParts(instance: ResourceInstance, log: UnresolvedLog): StandaloneRuleParts | undefined {
  const body = instance.body;
  if (instance.type === CLASSIC_RULE) {
    const typeValue = body.attr('type');
    const typeAt = body.attrLocation('type') ?? instance.location;
    // An ingress rule is not ours; one whose type is missing or not known may be egress: counted, not skipped.
    if (typeValue?.t === 'unknown') log.add(typeAt, typeValue);
    else if (!typeValue || typeValue.t === 'null') logMissing(log, typeAt, 'type');
    if (stringFrom(typeValue) !== 'egress') return undefined;
  }
  const groupValue = body.attr('security_group_id');
  if (!groupValue) logMissing(log, instance.location, 'security_group_id');
  // A reference names the group by address, else the literal id.
  const target = groupValue?.t === 'ref' ? groupValue.address : stringFrom(groupValue);
  const attrs = atArguments(bodyReader(body, instance.extent, READ), body);
  const mapped = rule(
    attrs,
    instance,
    target ?? instance.address,
    instance.type === VPC_RULE ? VPC : CLASSIC,
    log.entries,
  );
  // aws_vpc_security_group_egress_rule's rule is the resource itself, reported at its header.
  if (instance.type === VPC_RULE) mapped.rule.location = instance.location;
  // A rule whose group is outside the scan (an id, a data source) is still checked on its own.
  const orphan = base(
    instance,
    target ?? instance.address,
    target ? `security group ${target}` : instance.displayName,
  );
  return { groupKeys: target ? [target] : [], rule: mapped, orphan };
}

export function extractAwsSecurityGroups(instances: ResourceInstance[], log: UnresolvedLog): Firewall[] {
  const groups: SecurityGroupParts[] = [];
  const standalone: StandaloneRuleParts[] = [];
  for (const instance of instances) {
    if (GROUP_TYPES.has(instance.type)) groups.push(groupParts(instance, log));
    else {
      const parts = standaloneParts(instance, log);
      if (parts) standalone.push(parts);
    }
  }
  return assembleSecurityGroups(groups, standalone);
}
