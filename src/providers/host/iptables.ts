// iptables / ip6tables commands → the egress rules of the filter table's OUTPUT chain (iptables(8)):
// rules are examined in order and the first whose matches hold decides (ACCEPT, DROP, REJECT); a jump to a
// user-defined chain examines that chain and comes back after the jump unless it decided; RETURN ends a user chain
// early, and in a built-in chain hands the packet to the chain's policy (`-P OUTPUT ACCEPT|DROP`, ACCEPT when
// never set). Other tables (nat, mangle, raw) do not filter and are not egress rules. Conntrack/state matches
// without NEW (`ESTABLISHED,RELATED`) only see replies, never new egress.
import { cidrContains } from '../../model/cidr.ts';
import { ALL_PORTS, normalizeProtocol } from '../../model/protocol.ts';
import type { Destination, Location, PortRange, Ports, Protocol, Unresolved } from '../../model/types.ts';
import {
  commandText,
  MAX_HOST_RULES,
  type HostPolicy,
  type HostRule,
  type HostTool,
  type Word,
} from './firewall.ts';
import { complementPorts, parseAddresses, parsePortList } from './ports.ts';

/** What a rule's matches select, as far as egress goes. Undefined fields match everything. */
interface Match {
  protocol: Protocol;
  ports?: Ports;
  /** Where the port match is written. */
  portsAt?: Location;
  destinations?: Destination[];
  conditions: string[];
  /** Only loopback traffic (`-o lo`, `-d 127.0.0.1`): never egress. */
  local?: boolean;
  /** Only packets of existing connections (`--ctstate ESTABLISHED,RELATED`): replies, not new egress. */
  repliesOnly?: boolean;
  /** A match that cannot be known (a negated address, a variable protocol): the rule is left out, counted. */
  unknown?: string;
}

interface ChainRule {
  match: Match;
  /** ACCEPT, DROP, REJECT, RETURN, a user chain, or another target (LOG, MARK…: they decide nothing). */
  target: string;
  location: Location;
  text: string;
}

export interface IptablesState {
  tool: HostTool;
  /** The filter table's chains, built-in and user-defined, by name. */
  chains: Map<string, ChainRule[]>;
  policy: HostPolicy;
  first?: Location;
}

const BUILT_IN = ['INPUT', 'FORWARD', 'OUTPUT'];
const DECIDING: Record<string, 'allow' | 'deny'> = { ACCEPT: 'allow', DROP: 'deny', REJECT: 'deny' };
/** Targets that let the packet go on to the next rule (and a rule without a target, which only counts). */
const NON_DECIDING = new Set([
  '',
  'LOG',
  'NFLOG',
  'ULOG',
  'MARK',
  'CONNMARK',
  'CT',
  'NOTRACK',
  'TCPMSS',
  'TOS',
  'DSCP',
  'TTL',
  'HL',
  'CLASSIFY',
  'AUDIT',
  'SET',
  'TRACE',
  'CHECKSUM',
]);
/** Jumps into user chains are followed this deep; deeper (or a loop) is counted as unresolved. */
const MAX_JUMP_DEPTH = 16;

export function newIptablesState(tool: HostTool): IptablesState {
  return { tool, chains: new Map(BUILT_IN.map((c) => [c, []])), policy: { action: 'allow' } };
}

const COMMANDS: Record<string, string> = {
  '-A': 'append',
  '--append': 'append',
  '-I': 'insert',
  '--insert': 'insert',
  '-R': 'replace',
  '--replace': 'replace',
  '-D': 'delete',
  '--delete': 'delete',
  '-F': 'flush',
  '--flush': 'flush',
  '-N': 'new',
  '--new-chain': 'new',
  '-X': 'remove',
  '--delete-chain': 'remove',
  '-P': 'policy',
  '--policy': 'policy',
  '-E': 'rename',
  '--rename-chain': 'rename',
};

/**
 * Applies one iptables command (the words after `iptables`). `policyText` names a policy set by an iptables-save
 * line (`:OUTPUT ACCEPT`) rather than by `-P`.
 */
export function applyIptables(
  state: IptablesState,
  words: Word[],
  location: Location,
  unresolved: Unresolved[],
  policyText?: string,
): void {
  let table = 'filter';
  let command: string | undefined;
  let chain: Word | undefined;
  const rest: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (w === '-t' || w === '--table') table = words[++i]?.text ?? table;
    else if (w.startsWith('-t') && w.length > 2 && !w.startsWith('--')) table = w.slice(2);
    else if (command === undefined && COMMANDS[w]) {
      command = COMMANDS[w];
      chain = words[i + 1]?.text.startsWith('-') ? undefined : words[++i];
    } else if (w === '-w' || w === '--wait' || w === '-v' || w === '--verbose' || w === '-n') continue;
    else rest.push(words[i]);
  }
  if (table !== 'filter' || !command) return;
  // Flushing, deleting or listing alone declares nothing: the firewall is whatever other code built.
  if (
    command === 'append' ||
    command === 'insert' ||
    command === 'replace' ||
    command === 'policy' ||
    command === 'new'
  )
    state.first ??= location;
  if (chain?.unknown) {
    unresolved.push({
      location: chain.location,
      expression: chain.text,
      reason: 'iptables chain is a variable that is not resolved',
    });
    return;
  }
  const name = chain?.text;
  const text = commandText(
    state.tool,
    words.map((w) => w.text),
  );
  switch (command) {
    case 'policy':
      if (name === 'OUTPUT' && rest[0]) {
        const action = DECIDING[rest[0].text];
        if (action) state.policy = { action, location, text: policyText ?? text };
        else if (rest[0].unknown) {
          state.policy = { action: 'unknown', location };
          unresolved.push({
            location: rest[0].location,
            expression: rest[0].text,
            reason: 'OUTPUT policy is a variable that is not resolved',
          });
        }
      }
      return;
    case 'new':
      if (name && !state.chains.has(name)) state.chains.set(name, []);
      return;
    case 'remove':
      if (name) {
        if (!BUILT_IN.includes(name)) state.chains.delete(name);
      } else for (const c of [...state.chains.keys()]) if (!BUILT_IN.includes(c)) state.chains.delete(c);
      return;
    case 'flush':
      for (const c of name ? [name] : [...state.chains.keys()])
        if (state.chains.has(c)) state.chains.set(c, []);
      return;
    case 'rename': {
      const to = rest[0]?.text;
      const rules = name ? state.chains.get(name) : undefined;
      if (name && to && rules) {
        state.chains.delete(name);
        state.chains.set(to, rules);
      }
      return;
    }
  }
  if (!name) return;
  const rules = state.chains.get(name) ?? (BUILT_IN.includes(name) ? [] : undefined);
  if (!rules) {
    unresolved.push({
      location,
      expression: name,
      reason: `chain ${name} is not created (-N) before this rule; the rule is not analysed`,
    });
    return;
  }
  let spec = rest;
  let position: number | undefined;
  if (
    (command === 'insert' || command === 'replace' || command === 'delete') &&
    /^\d+$/.test(spec[0]?.text ?? '')
  ) {
    position = Number(spec[0].text);
    spec = spec.slice(1);
  }
  if (command === 'delete') {
    const at =
      position !== undefined
        ? position - 1
        : rules.findIndex((r) => r.text === specText(state.tool, name, spec));
    if (at >= 0 && at < rules.length) rules.splice(at, 1);
    return;
  }
  const rule = parseRuleSpec(spec, location, specText(state.tool, name, spec), unresolved);
  if (command === 'append') rules.push(rule);
  else if (command === 'insert') rules.splice(Math.min((position ?? 1) - 1, rules.length), 0, rule);
  else if (command === 'replace' && position !== undefined && position <= rules.length)
    rules[position - 1] = rule;
  state.chains.set(name, rules);
}

/** How a rule is named: its chain and spec as `-A` writes them, whichever command added it. */
function specText(tool: HostTool, chain: string, spec: Word[]): string {
  return commandText(tool, ['-A', chain, ...spec.map((w) => w.text)]);
}

/** Options whose value is the next word and that do not change which egress a rule matches. */
const IGNORED_WITH_VALUE = new Set([
  '--comment',
  '--reject-with',
  '--log-prefix',
  '--log-level',
  '-i',
  '--in-interface',
  '--icmp-type',
  '--icmpv6-type',
  '--tcp-flags',
]);

function parseRuleSpec(spec: Word[], location: Location, text: string, unresolved: Unresolved[]): ChainRule {
  const match: Match = { protocol: 'all', conditions: [] };
  let target = '';
  let negate = false;
  for (let i = 0; i < spec.length; i++) {
    const word = spec[i];
    const w = word.text;
    const value = () => spec[++i];
    if (w === '!') {
      negate = true;
      continue;
    }
    const negated = negate;
    negate = false;
    if (w === '-j' || w === '--jump' || w === '-g' || w === '--goto') target = value()?.text ?? '';
    else if (w === '-p' || w === '--protocol') {
      const v = value();
      if (!v || v.unknown || negated) match.unknown = `${negated ? '! ' : ''}-p ${v?.text ?? ''}`;
      else match.protocol = normalizeProtocol(v.text);
    } else if (w === '-d' || w === '--destination' || w === '--dst') {
      const v = value();
      if (!v) continue;
      if (negated) match.unknown = `! -d ${v.text}`;
      else {
        const destinations = parseAddresses(v, unresolved);
        if (destinations !== undefined) {
          if (destinations.length === 0) match.local = true;
          match.destinations = destinations;
        }
      }
    } else if (w === '-o' || w === '--out-interface') {
      const v = value();
      if (!v) continue;
      if (v.text === 'lo')
        match.local = match.local || !negated; // `! -o lo`: every other interface, all egress
      else match.conditions.push(`${negated ? 'not ' : ''}out on ${v.text}`);
    } else if (
      w === '--dport' ||
      w === '--destination-port' ||
      w === '--dports' ||
      w === '--destination-ports'
    ) {
      const v = value();
      if (!v) continue;
      const ports = parsePortList(v, unresolved);
      match.portsAt = v.location;
      match.ports =
        negated && Array.isArray(ports)
          ? complementPorts(ports)
          : negated
            ? { unknown: `! ${v.text}` }
            : ports;
    } else if (w === '--state' || w === '--ctstate') {
      const v = value();
      const states = (v?.text ?? '').split(',');
      if (!negated && !states.includes('NEW') && !states.includes('UNTRACKED')) match.repliesOnly = true;
    } else if (w === '-m' || w === '--match') {
      const name = value()?.text ?? '';
      if (
        !['tcp', 'udp', 'multiport', 'state', 'conntrack', 'comment', 'icmp', 'icmp6', 'limit'].includes(name)
      )
        match.conditions.push(`-m ${name}`);
    } else if (
      w === '-s' ||
      w === '--source' ||
      w === '--src' ||
      w === '--sport' ||
      w === '--source-port' ||
      w === '--sports' ||
      w === '--uid-owner' ||
      w === '--gid-owner'
    ) {
      match.conditions.push(`${negated ? '! ' : ''}${w} ${value()?.text ?? ''}`);
    } else if (IGNORED_WITH_VALUE.has(w)) i++;
    else if (w.startsWith('-') && spec[i + 1] && !spec[i + 1].text.startsWith('-')) {
      match.conditions.push(`${w} ${spec[i + 1].text}`);
      i++;
    } else if (w.startsWith('-')) match.conditions.push(w);
  }
  if (match.ports !== undefined && match.protocol !== 'tcp' && match.protocol !== 'udp' && !match.unknown)
    match.unknown = 'a port match without -p tcp or -p udp (iptables refuses it)';
  return { match, target, location, text };
}

/** A rule's matches as written: its text without the command, chain and target. */
function matchText(text: string): string {
  return text.replace(/^\S+ -A \S+ ?/, '').replace(/\s+(-j|--jump|-g|--goto) \S+.*$/, '');
}

function intersectPorts(a: Ports | undefined, b: Ports | undefined): Ports | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (!Array.isArray(a)) return a;
  if (!Array.isArray(b)) return b;
  const out: PortRange[] = [];
  for (const x of a)
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (from <= to) out.push({ from, to });
    }
  return out;
}

function intersectDestinations(
  a: Destination[] | undefined,
  b: Destination[] | undefined,
): Destination[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const out: Destination[] = [];
  for (const x of a)
    for (const y of b) {
      if (x.kind !== 'cidr') out.push(x);
      else if (y.kind !== 'cidr') out.push(y);
      else if (cidrContains(x.cidr, y.cidr)) out.push(y);
      else if (cidrContains(y.cidr, x.cidr)) out.push(x);
    }
  return out;
}

/** Traffic both matches select (a jump's matches and a rule's in the chain it jumps to); undefined when none. */
function intersect(outer: Match, inner: Match): Match | undefined {
  let protocol = inner.protocol;
  if (outer.protocol !== 'all') {
    if (inner.protocol !== 'all' && JSON.stringify(inner.protocol) !== JSON.stringify(outer.protocol))
      return undefined;
    protocol = outer.protocol;
  }
  const ports = intersectPorts(outer.ports, inner.ports);
  const destinations = intersectDestinations(outer.destinations, inner.destinations);
  if ((Array.isArray(ports) && ports.length === 0) || destinations?.length === 0) return undefined;
  return {
    protocol,
    ports,
    portsAt: inner.portsAt ?? outer.portsAt,
    destinations,
    conditions: [...outer.conditions, ...inner.conditions],
    local: outer.local || inner.local,
    repliesOnly: outer.repliesOnly || inner.repliesOnly,
    unknown: outer.unknown ?? inner.unknown,
  };
}

function hostRule(action: 'allow' | 'deny', match: Match, rule: ChainRule, conditions: string[]): HostRule {
  const all = [...match.conditions, ...conditions];
  const ported = match.protocol === 'tcp' || match.protocol === 'udp';
  return {
    action,
    protocol: match.protocol,
    ports: match.protocol === 'all' ? ALL_PORTS : ported ? (match.ports ?? ALL_PORTS) : [],
    destinations: match.destinations ?? [],
    location: rule.location,
    focus: match.portsAt,
    text: rule.text,
    condition: all.length > 0 ? all.join(' and ') : undefined,
  };
}

/** The OUTPUT chain flattened to first-match egress rules, jumps followed (bounded), replies and loopback left out. */
export function iptablesRules(state: IptablesState, unresolved: Unresolved[]): HostRule[] {
  const out: HostRule[] = [];
  const walk = (chain: string, context: Match, stack: string[], extra: string[]): void => {
    const conditions = [...extra];
    for (const rule of state.chains.get(chain) ?? []) {
      if (out.length >= MAX_HOST_RULES) {
        unresolved.push({
          location: rule.location,
          expression: rule.text,
          reason: `more than ${MAX_HOST_RULES} rules (jumps followed); the rest is not analysed`,
        });
        return;
      }
      const match = intersect(context, rule.match);
      if (!match || match.local || match.repliesOnly) continue;
      if (match.unknown) {
        unresolved.push({
          location: rule.location,
          expression: match.unknown,
          reason: 'a match that cannot be evaluated statically; the rule is not analysed',
        });
        continue;
      }
      const action = DECIDING[rule.target];
      if (action) out.push(hostRule(action, match, rule, conditions));
      else if (rule.target === 'RETURN') {
        if (chain === 'OUTPUT') {
          if (state.policy.action !== 'unknown')
            out.push(hostRule(state.policy.action, match, rule, conditions));
        } else if (
          rule.match.conditions.length === 0 &&
          !rule.match.destinations &&
          !rule.match.ports &&
          rule.match.protocol === 'all'
        )
          return;
        // A conditional RETURN: what follows in this chain holds only for the traffic it did not return.
        else conditions.push(`not (${matchText(rule.text)})`);
      } else if (state.chains.has(rule.target) && !BUILT_IN.includes(rule.target)) {
        if (stack.includes(rule.target) || stack.length >= MAX_JUMP_DEPTH) {
          unresolved.push({
            location: rule.location,
            expression: rule.text,
            reason: stack.includes(rule.target)
              ? `jump loop through chain ${rule.target}`
              : `jumps nested deeper than ${MAX_JUMP_DEPTH}`,
          });
          continue;
        }
        walk(rule.target, match, [...stack, rule.target], conditions);
      } else if (NON_DECIDING.has(rule.target))
        continue; // logs or marks the packet and goes on
      else
        unresolved.push({
          location: rule.location,
          expression: rule.target,
          reason: `jump to chain ${rule.target}, which is not defined here`,
        });
    }
  };
  walk('OUTPUT', { protocol: 'all', conditions: [] }, ['OUTPUT'], []);
  return out;
}
