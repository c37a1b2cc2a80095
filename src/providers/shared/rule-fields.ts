// Rule fields that the provider mappings read alike from located values: a protocol written as a name, a list of
// port ranges written as text (Azure NSG rules, GCP firewalls), a destination that cannot be known statically,
// where a rule's values came from.
import { ALL_PORTS, normalizeProtocol, parsePortRangeText } from '../../model/protocol.ts';
import type { Destination, Origin, PortRange, Ports, Protocol, Unresolved } from '../../model/types.ts';
import { unresolvedOf, type LocatedValue } from './values.ts';

/** An unknown value as a destination, counted as unresolved (unknown is not open). */
export function unknownDestination(
  value: LocatedValue & { kind: 'unknown' },
  unresolved: Unresolved[],
): Destination {
  unresolved.push(unresolvedOf(value));
  const { location, origins } = value.at;
  return { kind: 'unknown', expression: value.expression, text: value.expression, location, origins };
}

/** `Tcp`, `*`, `6`, `all`: a protocol by name or number; unknown (and counted when unresolved) otherwise. */
export function protocolNamed(value: LocatedValue | undefined, unresolved: Unresolved[]): Protocol {
  if (value?.kind === 'scalar') return normalizeProtocol(String(value.value));
  if (value?.kind === 'unknown') {
    unresolved.push(unresolvedOf(value));
    return { unknown: value.expression };
  }
  return { unknown: '(protocol not set)' };
}

/**
 * Port ranges written as text (`443`, `8000-8080`, `*`); none listed means every port. One that cannot be read
 * makes the whole list unknown (unknown is not open) and is counted.
 */
export function portRangesOf(values: readonly LocatedValue[], unresolved: Unresolved[]): Ports {
  if (values.length === 0) return ALL_PORTS;
  const ranges: PortRange[] = [];
  for (const value of values) {
    if (value.kind === 'unknown') {
      unresolved.push(unresolvedOf(value));
      return { unknown: value.expression };
    }
    const text = value.kind === 'scalar' ? String(value.value) : '';
    const range = parsePortRangeText(text);
    if (!range) {
      unresolved.push({ location: value.at.location, expression: text, reason: 'not a port or port range' });
      return { unknown: text };
    }
    ranges.push(range);
  }
  return ranges;
}

/** Origins with each place named once: protocol and ports often come from the same variable or parameter. */
export function uniqueOrigins(origins: readonly Origin[]): Origin[] {
  const seen = new Set<string>();
  return origins.filter((o) => {
    const key = `${o.location.file}:${o.location.line}:${o.location.column}:${o.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
