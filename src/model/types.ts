// The provider-neutral egress model. Extractors produce it; rules read only it.

/** A position in a scanned file. Lines and columns are 1-based. `file` is relative to the scan root, '/'-separated. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Where a value came from, when that is not where it is used (a variable default, a tfvars entry, a module call). */
export interface Origin {
  location: Location;
  /** What the place is, in the words of its format: a variable's default, a values file, a module input. */
  description: string;
}

/** `host`: a host's own firewall (ufw, iptables) from scripts, cloud-init, Ansible or rule files (src/providers/host). */
export type Platform = 'terraform' | 'terraform-plan' | 'cloudformation' | 'pulumi' | 'host';
export type FirewallKind =
  'aws-security-group' | 'aws-network-acl' | 'azure-nsg' | 'gcp-network' | 'ufw' | 'iptables';

/**
 * How a firewall states its egress policy:
 * - `explicit-empty`: declared and empty (an empty list, or the platform's idiom for one);
 * - `rules`: at least one egress rule declared (inline or standalone);
 * - `absent`: nothing declared; the platform default applies (see `platformDefault`).
 */
export type EgressDeclared = 'explicit-empty' | 'rules' | 'absent';

/** A default rule the platform adds, which lets traffic out unless a declared rule overrides it. */
export interface PlatformDefault {
  name: string;
  priority?: number;
  /** What it lets out, as a rule, so effective-egress evaluation can treat it like any other rule. */
  rule: EgressRule;
}

export interface Firewall {
  platform: Platform;
  kind: FirewallKind;
  /** Stable id, as the format names the resource: its full address, logical id or URN. */
  id: string;
  /** What a user recognises: the resource's name as its format writes it. */
  displayName: string;
  resourceType: string;
  location: Location;
  egressDeclared: EgressDeclared;
  /** Every egress rule attached to this firewall, inline and standalone, in declaration order. */
  rules: EgressRule[];
  /** Where the egress list itself was declared, when it was (empty or not): more specific than the header. */
  egressLocation?: Location;
  /** A default rule of the platform that still allows traffic when nothing overrides it. */
  platformDefault?: PlatformDefault;
  /** Related locations (the module call that instantiated it, the state entry it was read from). */
  related?: Origin[];
  /** One of several instances of one declaration: findings about them at the same place are reported once. */
  variant?: Variant;
}

/**
 * An instance of a declaration that has several (a resource repeated by a count or loop, a module used by several
 * root modules). A finding that differs between instances only by their name is reported once, naming them all.
 */
export interface Variant {
  /** What the instances share: the address without instance keys and root. */
  family: string;
  /** This instance's name as its displayName spells it, without the root: the address with its instance keys. */
  address: string;
  /** The root module's directory, when the scan holds several. */
  root?: string;
}

export type Protocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | { number: number } | { unknown: string };

/** Inclusive port range; `all` protocols always carry [{from:0,to:65535}]. */
export interface PortRange {
  from: number;
  to: number;
}

export type Ports = PortRange[] | { unknown: string };

export interface Cidr {
  version: 4 | 6;
  /** Network address as a bigint (host bits cleared). */
  network: bigint;
  prefix: number;
  /** Canonical text, e.g. `0.0.0.0/0`, `10.0.0.0/8`, `::/0`. */
  text: string;
}

interface DestinationBase {
  /** The text as written or resolved, for messages. */
  text: string;
  location: Location;
  origins: Origin[];
}

export type Destination =
  | (DestinationBase & { kind: 'cidr'; cidr: Cidr })
  /** `ref` names a group as the format refers to it: a cloud id, a resource address or a logical id. */
  | (DestinationBase & { kind: 'security-group'; ref: string })
  | (DestinationBase & { kind: 'prefix-list'; ref: string })
  /** Named address sets and wildcards of the platform: `*`, `Internet`, `Any`, `VirtualNetwork`, … */
  | (DestinationBase & { kind: 'service-tag'; tag: string })
  | (DestinationBase & { kind: 'unknown'; expression: string });

export interface EgressRule {
  action: 'allow' | 'deny';
  /** Lower number = evaluated first (a priority or rule number). Undefined where rules have no order. */
  priority?: number;
  protocol: Protocol;
  ports: Ports;
  destinations: Destination[];
  /** The rule as a whole: the egress block, the standalone rule resource, the list element. */
  location: Location;
  /** Where the protocol/ports came from when not at `location`. */
  origins: Origin[];
  /** The resource that declared it: the firewall itself, or a standalone rule resource. */
  declaredBy: {
    id: string;
    resourceType: string;
    displayName: string;
    location: Location;
    variant?: Variant;
  };
  /** A name for messages when the platform names rules (a rule name or number). */
  name?: string;
  /** Set when this variant only holds under a condition (a conditional branch of the source). */
  condition?: string;
  /** True for rules synthesised from a platform default. */
  isPlatformDefault?: boolean;
}

/** A value that could not be resolved statically; counted and reported, never a finding. */
export interface Unresolved {
  location: Location;
  expression: string;
  reason: string;
}
