// The default rules platforms add on their own (design §3), built in one place for every format:
// AWS's allow-all egress on a new group (CloudFormation, Cloud Control), Azure's NSG default outbound rules,
// GCP's implied allow-egress rule, a network ACL's final `*` deny.
import { ANY_V4, ANY_V6 } from './cidr.ts';
import { ALL_PORTS } from './protocol.ts';
import type { Cidr, Destination, EgressRule, Location, PlatformDefault } from './types.ts';

/** The firewall a default belongs to; default rules are located at, and declared by, it. */
export interface DefaultAnchor {
  id: string;
  resourceType: string;
  displayName: string;
  location: Location;
}

function defaultRule(
  anchor: DefaultAnchor,
  action: EgressRule['action'],
  name: string,
  destination: Destination,
  priority?: number,
): EgressRule {
  return {
    action,
    priority,
    protocol: 'all',
    ports: ALL_PORTS,
    destinations: [destination],
    location: anchor.location,
    origins: [],
    declaredBy: { ...anchor },
    name,
    isPlatformDefault: true,
  };
}

/** The whole IPv4 or IPv6 space, located at the firewall. */
function anywhere(anchor: DefaultAnchor, cidr: Cidr): Destination {
  return { kind: 'cidr', cidr, text: cidr.text, location: anchor.location, origins: [] };
}

function serviceTag(anchor: DefaultAnchor, tag: string): Destination {
  return { kind: 'service-tag', tag, text: tag, location: anchor.location, origins: [] };
}

/** AWS adds an allow-all IPv4 egress rule to a group created without egress (CloudFormation, aws-native). */
export function awsDefaultEgress(anchor: DefaultAnchor): PlatformDefault {
  return {
    name: 'allow-all egress',
    rule: defaultRule(anchor, 'allow', 'allow-all egress', anywhere(anchor, ANY_V4)),
  };
}

const AZURE_ALLOW_INTERNET_OUT_PRIORITY = 65001;
const AZURE_DENY_ALL_OUT_PRIORITY = 65500;

/**
 * Azure NSG defaults that decide internet egress: AllowInternetOutBound (65001, cannot be deleted) as the
 * platform default, and DenyAllOutBound (65500), the last rule of every NSG, to append to its rules.
 * AllowVnetOutBound (65000) is left out: it only reaches the virtual network, which no rule treats as egress.
 */
export function azureNsgDefaults(anchor: DefaultAnchor): {
  platformDefault: PlatformDefault;
  denyAllOutBound: EgressRule;
} {
  const allow = defaultRule(
    anchor,
    'allow',
    'AllowInternetOutBound',
    serviceTag(anchor, 'Internet'),
    AZURE_ALLOW_INTERNET_OUT_PRIORITY,
  );
  return {
    platformDefault: {
      name: 'AllowInternetOutBound',
      priority: AZURE_ALLOW_INTERNET_OUT_PRIORITY,
      rule: allow,
    },
    denyAllOutBound: defaultRule(
      anchor,
      'deny',
      'DenyAllOutBound',
      serviceTag(anchor, '*'),
      AZURE_DENY_ALL_OUT_PRIORITY,
    ),
  };
}

/** A NACL's `*` entry comes after the highest rule number (32766). */
const AWS_NACL_LAST_ENTRY_PRIORITY = 32767;

/** Every network ACL ends with the `*` entry, which denies what no numbered entry allowed (IPv4 and IPv6). */
export function awsNaclFinalDeny(anchor: DefaultAnchor): EgressRule {
  const rule = defaultRule(anchor, 'deny', '*', anywhere(anchor, ANY_V4), AWS_NACL_LAST_ENTRY_PRIORITY);
  return { ...rule, destinations: [...rule.destinations, anywhere(anchor, ANY_V6)] };
}

const GCP_IMPLIED_EGRESS_PRIORITY = 65535;
/** GCP firewall rules default to this priority when none is set. */
export const GCP_DEFAULT_PRIORITY = 1000;

/** Every GCP VPC network has an implied rule allowing all egress to 0.0.0.0/0 at the lowest priority. */
export function gcpImpliedEgress(anchor: DefaultAnchor): PlatformDefault {
  const rule = defaultRule(
    anchor,
    'allow',
    'implied allow-egress rule',
    anywhere(anchor, ANY_V4),
    GCP_IMPLIED_EGRESS_PRIORITY,
  );
  return { name: 'implied allow-egress rule', priority: GCP_IMPLIED_EGRESS_PRIORITY, rule };
}
