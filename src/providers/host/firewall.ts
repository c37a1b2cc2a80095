// A host firewall (ufw, iptables, ip6tables) as the shared model: its rules in evaluation order, then its default.
// Host firewalls are first-match like NSGs and NACLs, so each rule's priority is its position in the evaluated
// list and src/model/effective.ts decides what every allow still lets out, as it does for those.
import { ANY_V4, ANY_V6 } from '../../model/cidr.ts';
import { ALL_PORTS } from '../../model/protocol.ts';
import type {
  Cidr,
  Destination,
  EgressRule,
  Firewall,
  Location,
  Ports,
  Protocol,
} from '../../model/types.ts';

export type HostTool = 'ufw' | 'iptables' | 'ip6tables';

/**
 * The most rules one host firewall is evaluated with (ufw rules; iptables rules with jumps followed). Real hosts
 * have hundreds; first-match evaluation compares every allow with the denies before it, so a generated script of
 * 100,000s would take hours. The rest is counted as not analysed.
 */
export const MAX_HOST_RULES = 10_000;

/** One word of a command, with where it is written. `unknown`: it holds a value that cannot be resolved. */
export interface Word {
  text: string;
  location: Location;
  unknown?: boolean;
}

/** One egress rule of a host firewall, before it is placed in evaluation order. */
export interface HostRule {
  action: 'allow' | 'deny';
  protocol: Protocol;
  ports: Ports;
  /** Empty: anywhere (every address of the rule's families). */
  destinations: Destination[];
  location: Location;
  /** The command as written, normalised: what names the rule in messages and fingerprints. */
  text: string;
  /** The most specific place when no address is written (the port): where "anywhere" is reported. */
  focus?: Location;
  /** Set when the rule matches only part of the traffic (an interface, a source, a uid): see EgressRule.condition. */
  condition?: string;
}

/** What decides traffic no rule matched: ufw's outgoing default, the OUTPUT chain's policy. */
export interface HostPolicy {
  /** `unknown`: set from a value that is not resolved; then neither the default nor a rule is assumed. */
  action: 'allow' | 'deny' | 'unknown';
  /** Where it is set; undefined when nothing sets it and the tool's own default (allow) applies. */
  location?: Location;
  /** As written, e.g. `ufw default deny outgoing`, `-P OUTPUT DROP`, `:OUTPUT ACCEPT`. */
  text?: string;
}

/** Where a host firewall's rules came from: the file, and what in it (a script, cloud-init, an Ansible play). */
export interface HostSource {
  file: string;
  /** e.g. `script`, `cloud-init`, `iptables-save`, `Ansible`; for display names. */
  kind: string;
  /** Distinguishes several hosts in one file (an Ansible play); part of the firewall id. */
  scope?: string;
  /** Where the firewall is shown: its first command. */
  location: Location;
}

const FAMILIES: Record<HostTool, Cidr[]> = {
  ufw: [ANY_V4, ANY_V6],
  iptables: [ANY_V4],
  ip6tables: [ANY_V6],
};

export function anywhereOf(tool: HostTool, location: Location): Destination[] {
  return FAMILIES[tool].map((cidr) => ({ kind: 'cidr', cidr, text: cidr.text, location, origins: [] }));
}

function displayName(tool: HostTool, source: HostSource): string {
  return `${tool} in ${source.kind} ${source.file}${source.scope ? ` (${source.scope})` : ''}`;
}

/** A command as a user would write it again: words with spaces or quotes are quoted. */
export function commandText(tool: string, words: readonly string[]): string {
  const quoted = words.map((w) => (/^[\w@%+=:,./$!-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`));
  return [tool, ...quoted].join(' ');
}

/**
 * The firewall of one tool on one host. Every rule is declared by the firewall itself (its command text names it);
 * a declared policy becomes the last rule (a deny-all, or for an explicit allow an allow-all that rules report),
 * an undeclared one the platform default (allow), which EGR001 reports while it is in force.
 */
export function hostFirewall(
  tool: HostTool,
  source: HostSource,
  rules: readonly HostRule[],
  policy: HostPolicy,
): Firewall {
  const id = `${source.file}#${source.scope ? `${source.scope}#` : ''}${tool}`;
  const name = displayName(tool, source);
  const declaredBy = (text: string, location: Location) => ({
    id: `${id}:${text}`,
    resourceType: tool,
    displayName: `\`${text}\``,
    location,
  });
  const egressRules: EgressRule[] = rules.map((rule, index) => ({
    action: rule.action,
    priority: index + 1,
    protocol: rule.protocol,
    ports: rule.ports,
    destinations:
      rule.destinations.length > 0 ? rule.destinations : anywhereOf(tool, rule.focus ?? rule.location),
    location: rule.location,
    origins: [],
    declaredBy: declaredBy(rule.text, rule.location),
    condition: rule.condition,
  }));
  const firewall: Firewall = {
    platform: 'host',
    kind: tool === 'ufw' ? 'ufw' : 'iptables',
    id,
    displayName: name,
    resourceType: tool,
    location: source.location,
    egressDeclared: egressRules.length > 0 || policy.location ? 'rules' : 'absent',
    rules: egressRules,
  };
  const policyName = tool === 'ufw' ? "ufw's default outgoing policy (allow)" : 'OUTPUT chain policy ACCEPT';
  if (policy.action === 'unknown') return firewall;
  if (policy.location && policy.text) {
    egressRules.push({
      action: policy.action,
      priority: egressRules.length + 1,
      protocol: 'all',
      ports: ALL_PORTS,
      destinations: anywhereOf(tool, policy.location),
      location: policy.location,
      origins: [],
      declaredBy: declaredBy(policy.text, policy.location),
    });
  } else {
    const rule: EgressRule = {
      action: 'allow',
      protocol: 'all',
      ports: ALL_PORTS,
      destinations: anywhereOf(tool, source.location),
      location: source.location,
      origins: [],
      declaredBy: { id, resourceType: tool, displayName: name, location: source.location },
      name: policyName,
      isPlatformDefault: true,
    };
    firewall.platformDefault = { name: policyName, rule };
  }
  return firewall;
}
