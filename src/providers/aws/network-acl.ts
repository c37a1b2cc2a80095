// AWS network ACL egress entries from resolved attribute values, for every format that declares them: Terraform's
// inline `egress` blocks (rule_no, action) and aws_network_acl_rule (rule_number, rule_action), CloudFormation's
// AWS::EC2::NetworkAclEntry (RuleNumber, RuleAction, PortRange.From/To, read under the same snake_case names).
// A NACL evaluates entries by rule number, the first match decides, and its `*` entry denies the rest.
import { parseCidr } from '../../model/cidr.ts';
import { normalizeProtocol, portsFromPair } from '../../model/protocol.ts';
import type { Destination, EgressRule, Origin, Ports, Protocol, Unresolved } from '../../model/types.ts';
import { uniqueOrigins } from '../shared/rule-fields.ts';
import { numberOf, stringOf, unresolvedOf, type LocatedValue, type ValueReader } from '../shared/values.ts';

export interface NaclEntryContext {
  declaredBy: EgressRule['declaredBy'];
  unresolved: Unresolved[];
}

/** The first of several spellings that is set (`rule_number` on a rule resource, `rule_no` inline). */
function either(attrs: ValueReader, ...names: string[]): LocatedValue | undefined {
  for (const name of names) {
    const value = attrs.get(name);
    if (value) return value;
  }
  return undefined;
}

function unknownOf(
  value: LocatedValue | undefined,
  attrs: ValueReader,
  missing: string,
): LocatedValue & { kind: 'unknown' } {
  if (value?.kind === 'unknown') return value;
  const expression = value?.kind === 'scalar' ? String(value.value) : `(${missing})`;
  return {
    kind: 'unknown',
    expression,
    reason: value ? `not a valid ${missing}` : `${missing} is not set`,
    at: value?.at ?? attrs.at,
  };
}

function protocolOf(attrs: ValueReader, context: NaclEntryContext): Protocol {
  const value = attrs.get('protocol');
  if (value?.kind === 'scalar' && typeof value.value !== 'boolean') {
    const protocol = normalizeProtocol(value.value);
    if (!(typeof protocol === 'object' && 'unknown' in protocol)) return protocol;
  }
  const unknown = unknownOf(value, attrs, 'protocol');
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}

/** from_port/to_port; an unknown bound makes the range unknown (unknown is not open). Ignored for all protocols. */
function portsOf(protocol: Protocol, attrs: ValueReader, context: NaclEntryContext): Ports {
  const from = attrs.get('from_port');
  const to = attrs.get('to_port');
  if (protocol !== 'all') {
    for (const bound of [from, to]) {
      if (bound?.kind !== 'unknown') continue;
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}

function destinationsOf(attrs: ValueReader, context: NaclEntryContext): Destination[] {
  const destinations: Destination[] = [];
  for (const value of [attrs.get('cidr_block'), attrs.get('ipv6_cidr_block')]) {
    if (!value) continue;
    const text = stringOf(value)?.trim();
    if (text === '') continue; // "" is the idiom for "not this address family"
    const cidr = text === undefined ? undefined : parseCidr(text);
    const { location, origins } = value.at;
    if (cidr) {
      destinations.push({ kind: 'cidr', cidr, text: text as string, location, origins });
      continue;
    }
    const unknown = unknownOf(value, attrs, 'CIDR');
    context.unresolved.push(unresolvedOf(unknown));
    destinations.push({
      kind: 'unknown',
      expression: unknown.expression,
      text: unknown.expression,
      location,
      origins,
    });
  }
  return destinations;
}

/** Where protocol and ports came from when not written in the entry (a variable default, a parameter); each once. */
function originsOf(values: (LocatedValue | undefined)[]): Origin[] {
  return uniqueOrigins(values.flatMap((v) => v?.at.origins ?? []));
}

/**
 * One egress entry as a rule with its rule number as priority. Undefined when its action cannot be read: an
 * entry that may be an allow or a deny is neither reported nor allowed to hide another (it is counted unresolved).
 */
export function naclEgressRule(attrs: ValueReader, context: NaclEntryContext): EgressRule | undefined {
  const actionValue = either(attrs, 'rule_action', 'action');
  const action = stringOf(actionValue)?.toLowerCase();
  if (action !== 'allow' && action !== 'deny') {
    context.unresolved.push(unresolvedOf(unknownOf(actionValue, attrs, 'rule action')));
    return undefined;
  }
  const ruleNumber = either(attrs, 'rule_number', 'rule_no');
  const priority = numberOf(ruleNumber);
  if (priority === undefined)
    context.unresolved.push(unresolvedOf(unknownOf(ruleNumber, attrs, 'rule number')));
  const protocol = protocolOf(attrs, context);
  return {
    action,
    priority,
    protocol,
    ports: portsOf(protocol, attrs, context),
    destinations: destinationsOf(attrs, context),
    location: attrs.at.location,
    origins: originsOf([attrs.get('protocol'), attrs.get('from_port'), attrs.get('to_port')]),
    declaredBy: context.declaredBy,
  };
}
