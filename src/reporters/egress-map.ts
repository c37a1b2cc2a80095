// Where a firewall can send traffic, as rows of text: the denies as declared, the allows as they remain after
// the denies evaluated before them, and the platform default when it is still in force.
import { describeDestination } from '../model/destinations.ts';
import { effectiveAllow, effectiveAllows, platformDefaultInForce } from '../model/effective.ts';
import { formatPorts, protocolName } from '../model/protocol.ts';
import type { Destination, EgressRule, Firewall, Location, Ports } from '../model/types.ts';

export interface EgressMapRow {
  action: 'allow' | 'deny';
  destination: string;
  /** The destination itself (the summary's map groups destinations by kind). */
  target: Destination;
  protocol: string;
  /** Empty for protocols without ports (ICMP). */
  ports: string;
  /** Who declared it: `aws_security_group_rule.smtp`, `… rule DenyAll, priority 100`, or the platform default. */
  declaredBy: string;
  /** Where it was declared; absent for the platform default, which is not in the code. */
  location?: Location;
}

/** The declaring resource, with the rule's own name, priority and condition when it has them. */
export function ruleSource(rule: EgressRule): string {
  const details = [
    rule.name !== undefined ? `rule ${rule.name}` : undefined,
    rule.priority !== undefined ? `priority ${rule.priority}` : undefined,
    rule.condition !== undefined ? `when ${rule.condition}` : undefined,
  ].filter((d) => d !== undefined);
  return details.length > 0
    ? `${rule.declaredBy.displayName} (${details.join(', ')})`
    : rule.declaredBy.displayName;
}

function row(
  rule: EgressRule,
  destination: Destination,
  ports: Ports,
  declaredBy: string,
  location?: Location,
): EgressMapRow {
  return {
    action: rule.action,
    destination: describeDestination(destination),
    target: destination,
    protocol: protocolName(rule.protocol),
    ports: formatPorts(ports),
    declaredBy,
    location,
  };
}

/** Lower priority numbers first (that is how NSG, GCP and NACL rules are evaluated), then declaration order. */
function evaluationOrder(rules: readonly EgressRule[]): EgressRule[] {
  return [...rules].sort((a, b) => {
    if (a.priority === b.priority) return 0;
    if (a.priority === undefined) return 1;
    if (b.priority === undefined) return -1;
    return a.priority - b.priority;
  });
}

export function egressMapRows(firewall: Firewall): EgressMapRow[] {
  const effective = new Map(effectiveAllows(firewall).map((e) => [e.rule, e.destinations]));
  const rows: EgressMapRow[] = [];
  for (const rule of evaluationOrder(firewall.rules)) {
    const targets =
      rule.action === 'deny'
        ? rule.destinations.map((destination) => ({ destination, ports: rule.ports }))
        : (effective.get(rule) ?? []);
    for (const { destination, ports } of targets)
      rows.push(row(rule, destination, ports, ruleSource(rule), rule.location));
  }
  const fallback = firewall.platformDefault;
  if (fallback && platformDefaultInForce(firewall)) {
    const source = `platform default ${fallback.name}${fallback.priority !== undefined ? ` (priority ${fallback.priority})` : ''}`;
    for (const { destination, ports } of effectiveAllow(fallback.rule, [...firewall.rules, fallback.rule])
      .destinations) {
      rows.push(row(fallback.rule, destination, ports, source));
    }
  }
  return rows;
}
