// Questions rules ask about destinations: is it anywhere, is it an approved relay.
import { cidrContains, coversAnywhere, parseCidr } from './cidr.ts';
import type { Cidr, Destination } from './types.ts';

const LOOPBACK = [parseCidr('127.0.0.0/8'), parseCidr('::1/128')] as Cidr[];

/** A destination on the host itself (127.0.0.0/8, ::1/128): traffic to it never leaves the host. */
export function isLoopback(d: Destination): boolean {
  return d.kind === 'cidr' && LOOPBACK.some((l) => cidrContains(l, d.cidr));
}

/** Azure/GCP service tags and wildcards that mean "the internet". Compared case-insensitively. */
const ANYWHERE_TAGS = new Set(['*', 'internet', 'any', '0.0.0.0/0', '::/0']);

export function isAnywhereTag(tag: string): boolean {
  return ANYWHERE_TAGS.has(tag.trim().toLowerCase());
}

/**
 * The destinations of a rule that together reach anywhere: a single anywhere CIDR or tag, or a set of CIDRs
 * whose union covers all of IPv4 or IPv6 (0.0.0.0/1 + 128.0.0.0/1), loopback apart. Empty when they do not reach anywhere.
 */
export function anywhereDestinations(destinations: readonly Destination[]): Destination[] {
  const tags = destinations.filter((d) => d.kind === 'service-tag' && isAnywhereTag(d.tag));
  if (tags.length > 0) return tags;
  const cidrs = destinations.filter((d): d is Destination & { kind: 'cidr' } => d.kind === 'cidr');
  const single = cidrs.filter((d) => d.cidr.prefix === 0);
  if (single.length > 0) return single;
  // Loopback never leaves the host: a set that covers everything else is anywhere.
  const { v4, v6 } = coversAnywhere([...cidrs.map((d) => d.cidr), ...LOOPBACK]);
  const covering = cidrs.filter((d) => (v4 && d.cidr.version === 4) || (v6 && d.cidr.version === 6));
  // Name only the blocks that matter: drop those inside a larger one of the set.
  return covering.filter(
    (d) => !covering.some((o) => o !== d && o.cidr.prefix < d.cidr.prefix && cidrContains(o.cidr, d.cidr)),
  );
}

/** How a destination is written in messages: `0.0.0.0/0`, `security group aws_security_group.db`. */
export function describeDestination(d: Destination): string {
  switch (d.kind) {
    case 'cidr':
      return d.cidr.text;
    case 'security-group':
      return `security group ${d.ref}`;
    case 'prefix-list':
      return `prefix list ${d.ref}`;
    case 'service-tag':
      return d.tag;
    case 'unknown':
      return d.expression;
  }
}

/** A compiled list of approved destinations (`relays`, `allowedDestinations`): CIDRs, group refs, prefix lists. */
export interface DestinationMatcher {
  matches(d: Destination): boolean;
  isEmpty: boolean;
}

/** Strips module path and instance keys so `aws_security_group.relay` matches `module.x.aws_security_group.relay["a"]`. */
function bareAddress(ref: string): string {
  return ref
    .replace(/^(module\.[^.]+(\[[^\]]*\])?\.)+/, '')
    .replace(/\[[^\]]*\]$/, '')
    .replace(/\.(id|arn|group_id|GroupId)$/, '');
}

export function compileDestinations(specs: readonly string[]): DestinationMatcher {
  const cidrs: Cidr[] = [];
  const refs = new Set<string>();
  for (const spec of specs) {
    const cidr = parseCidr(spec);
    if (cidr) cidrs.push(cidr);
    else refs.add(spec.trim());
  }
  return {
    isEmpty: specs.length === 0,
    matches(d) {
      switch (d.kind) {
        case 'cidr':
          return cidrs.some((c) => cidrContains(c, d.cidr));
        case 'security-group':
        case 'prefix-list':
          return refs.has(d.ref) || refs.has(bareAddress(d.ref));
        case 'service-tag':
          return refs.has(d.tag);
        case 'unknown':
          return false;
      }
    },
  };
}
