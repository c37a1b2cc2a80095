// Approved destinations from the config file (`relays`, `allowedDestinations`): CIDRs, and references to a security
// group or prefix list as IaC writes them (an id, a resource address, a logical id), matched against the model's
// destinations.
import { cidrContains, parseCidr } from '../model/cidr.ts';
import type { Cidr, Destination, Firewall } from '../model/types.ts';
import { allConfigs, type ConfigSet } from './set.ts';

/** A compiled list of approved destinations (`relays`, `allowedDestinations`): CIDRs, group refs, prefix lists. */
export interface DestinationMatcher {
  matches(d: Destination): boolean;
  /** Whether it names the firewall itself or a destination of its rules (a relay entry that matches something). */
  mentions(firewall: Firewall): boolean;
  isEmpty: boolean;
}

/**
 * The resource a reference names, without what the format adds around it: a Terraform module path, instance key or
 * attribute (`module.x.aws_security_group.relay["a"].id`), CloudFormation's `.GroupId`; so a config entry naming the
 * resource (`aws_security_group.relay`) matches every way it is referred to.
 */
function bareAddress(ref: string): string {
  return ref
    .replace(/^(module\.[^.]+(\[[^\]]*\])?\.)+/, '')
    .replace(/\[[^\]]*\]$/, '')
    .replace(/\.(id|arn|group_id|GroupId)$/, '');
}

/** A firewall's id as a reference, without the root module directory ids carry (`envs/prod//aws_security_group.x`). */
function firewallRef(firewall: Firewall): Destination {
  const ref = firewall.id.slice(firewall.id.indexOf('//') + 1).replace(/^\//, '');
  return { kind: 'security-group', ref, text: ref, location: firewall.location, origins: [] };
}

export function compileDestinations(specs: readonly string[]): DestinationMatcher {
  const cidrs: Cidr[] = [];
  const refs = new Set<string>();
  for (const spec of specs) {
    const cidr = parseCidr(spec);
    if (cidr) cidrs.push(cidr);
    else refs.add(spec.trim());
  }
  const matcher: DestinationMatcher = {
    isEmpty: specs.length === 0,
    mentions: (firewall) =>
      matcher.matches(firewallRef(firewall)) ||
      firewall.rules.some((r) => r.destinations.some((d) => matcher.matches(d))),
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
  return matcher;
}

/** The `relay:` inputs (see LintResult.inputsUsed) that name one of these firewalls or a destination of their rules. */
export function relaysUsed(configs: ConfigSet, firewalls: readonly Firewall[]): string[] {
  const used: string[] = [];
  for (const config of allConfigs(configs)) {
    for (const entry of config.relays) {
      const matcher = compileDestinations([entry]);
      if (firewalls.some((f) => matcher.mentions(f))) used.push(`relay:${config.path ?? ''}\0${entry}`);
    }
  }
  return used;
}
