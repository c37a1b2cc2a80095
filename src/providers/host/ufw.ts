// ufw commands → the rules of one host's ufw firewall, in ufw's order (ufw(8), "RULE SYNTAX"):
// rules are evaluated first match first, in the order they were added; `insert N` places a rule at position N of
// the numbered list (incoming and outgoing rules share it) and `prepend` at the top; adding a rule that exists is
// skipped; `delete RULE` / `delete N` remove one; `reset` returns to the defaults. Only `out` rules are egress:
// a rule without a direction is incoming, `route` rules are forwarded traffic. `default allow|deny|reject
// outgoing` sets what no rule matches; ufw's own outgoing default is allow.
import type { Location, Protocol, Unresolved } from '../../model/types.ts';
import { ALL_PORTS } from '../../model/protocol.ts';
import { commandText, MAX_HOST_RULES, type HostPolicy, type HostRule, type Word } from './firewall.ts';
import { parseAddresses, parsePortList, serviceNamed } from './ports.ts';

interface UfwEntry {
  /** The rule as written after its action word, normalised: identifies it for `delete` and duplicates. */
  key: string;
  egress: HostRule[];
}

export interface UfwState {
  /** Every rule, incoming too: `insert N` and `delete N` count them all. */
  entries: UfwEntry[];
  /** The keys of `entries`, for the duplicate test without a scan of every rule (scripts with 100,000s). */
  keys: Set<string>;
  policy: HostPolicy;
  /** Where the first ufw command is: the firewall's location. */
  first?: Location;
}

export function newUfwState(): UfwState {
  return { entries: [], keys: new Set(), policy: { action: 'allow' } };
}

/**
 * Application profiles that Debian and Ubuntu packages install in /etc/ufw/applications.d, for `ufw allow out
 * 'Nginx Full'`. A profile defined on the host itself is unknown here: counted, never open.
 */
const APP_PROFILES: Record<string, { protocol: 'tcp' | 'udp'; ports: number[] }[]> = {
  openssh: [{ protocol: 'tcp', ports: [22] }],
  'nginx http': [{ protocol: 'tcp', ports: [80] }],
  'nginx https': [{ protocol: 'tcp', ports: [443] }],
  'nginx full': [{ protocol: 'tcp', ports: [80, 443] }],
  apache: [{ protocol: 'tcp', ports: [80] }],
  'apache secure': [{ protocol: 'tcp', ports: [443] }],
  'apache full': [{ protocol: 'tcp', ports: [80, 443] }],
  postfix: [{ protocol: 'tcp', ports: [25] }],
  'postfix smtps': [{ protocol: 'tcp', ports: [465] }],
  'postfix submission': [{ protocol: 'tcp', ports: [587] }],
};

const ACTIONS: Record<string, 'allow' | 'deny'> = {
  allow: 'allow',
  limit: 'allow',
  deny: 'deny',
  reject: 'deny',
};

/** What one parsed rule says, before it becomes egress rules. */
interface UfwRule {
  direction: 'in' | 'out';
  action: 'allow' | 'deny';
  protocol?: Word;
  to?: Word;
  port?: Word;
  app?: Word;
  /** The simple syntax's `PORT[/PROTOCOL]` or `APPNAME`. */
  spec?: Word;
  conditions: string[];
  loopback: boolean;
}

/** Applies one ufw command (the words after `ufw`). Problems it cannot resolve are counted in `unresolved`. */
export function applyUfw(state: UfwState, words: Word[], location: Location, unresolved: Unresolved[]): void {
  const args = words.filter((w) => w.text !== '--force' && w.text !== '-f');
  if (args.some((w) => w.text === '--dry-run')) return; // changes nothing
  const head = args[0];
  if (!head) return;
  if (head.unknown) {
    unresolved.push({
      location: head.location,
      expression: head.text,
      reason: 'ufw command is a variable that is not resolved',
    });
    return;
  }
  const verb = head.text;
  // A script that enables ufw, sets a default or adds a rule has a ufw firewall; reload, status, logging do not.
  if (verb !== 'reset' && verb !== 'reload' && verb !== 'disable' && verb !== 'status' && verb !== 'logging')
    state.first ??= location;
  if (verb === 'reset') {
    state.entries = [];
    state.keys.clear();
    state.policy = { action: 'allow' };
    return;
  }
  if (verb === 'default') {
    const action = ACTIONS[args[1]?.text ?? ''];
    const direction = args[2]?.text ?? 'incoming';
    if (action && (direction === 'outgoing' || direction === 'out'))
      state.policy = { action, location, text: `ufw default ${args[1].text} outgoing` };
    else if (args[1]?.unknown) {
      // Unknown is not open: the default is neither assumed allow (EGR001) nor deny.
      if (direction === 'outgoing' || direction === 'out' || args[2]?.unknown)
        state.policy = { action: 'unknown', location };
      unresolved.push({
        location: args[1].location,
        expression: args[1].text,
        reason: 'ufw default policy is a variable that is not resolved',
      });
    } else if (!action && args[1])
      unresolved.push({
        location,
        expression: args.map((w) => w.text).join(' '),
        reason: 'ufw default policy is not allow, deny or reject',
      });
    return;
  }
  let rest = verb === 'rule' ? args.slice(1) : args;
  if (rest[0]?.text === 'route') return; // forwarded traffic, not this host's egress
  let position: number | undefined;
  let remove = false;
  for (;;) {
    const w = rest[0]?.text;
    if (w === 'delete') {
      remove = true;
      rest = rest.slice(1);
    } else if (w === 'insert') {
      position = Number(rest[1]?.text);
      rest = rest.slice(2);
    } else if (w === 'prepend') {
      position = 1;
      rest = rest.slice(1);
    } else break;
  }
  if (remove && rest.length === 1 && /^\d+$/.test(rest[0].text)) {
    const [removed] = state.entries.splice(Number(rest[0].text) - 1, 1);
    if (removed) state.keys.delete(removed.key);
    return;
  }
  const action = ACTIONS[rest[0]?.text ?? ''];
  if (!action) return; // enable, disable, status, logging, app, show, reload: no rule
  const rule = parseRule(action, rest.slice(1));
  const key = rest.map((w) => w.text).join(' ');
  if (remove) {
    const at = state.keys.has(key) ? state.entries.findIndex((e) => e.key === key) : -1;
    if (at !== -1) state.entries.splice(at, 1);
    state.keys.delete(key);
    return;
  }
  if (state.keys.has(key)) return; // ufw: "Skipping adding existing rule"
  const text = commandText(
    'ufw',
    args.map((w) => w.text),
  );
  const entry: UfwEntry = {
    key,
    egress: rule.direction === 'out' ? egressOf(rule, text, location, unresolved) : [],
  };
  if (
    position !== undefined &&
    Number.isInteger(position) &&
    position >= 1 &&
    position <= state.entries.length
  )
    state.entries.splice(position - 1, 0, entry);
  else state.entries.push(entry);
  state.keys.add(key);
}

function parseRule(action: 'allow' | 'deny', words: Word[]): UfwRule {
  const rule: UfwRule = { direction: 'in', action, conditions: [], loopback: false };
  let i = 0;
  const next = () => words[++i];
  for (; i < words.length; i++) {
    const w = words[i].text;
    if (w === 'in' || w === 'out') {
      rule.direction = w;
      if (words[i + 1]?.text === 'on') {
        const iface = words[i + 2];
        i += 2;
        if (iface?.text === 'lo') rule.loopback = true;
        else if (iface) rule.conditions.push(`on ${iface.text}`);
      }
    } else if (w === 'log' || w === 'log-all') continue;
    else if (w === 'proto') rule.protocol = next();
    else if (w === 'from') {
      const from = next();
      if (from && from.text !== 'any') rule.conditions.push(`from ${from.text}`);
      if (words[i + 1]?.text === 'port' || words[i + 1]?.text === 'app') {
        const kind = next().text;
        rule.conditions.push(`from ${kind} ${next()?.text ?? ''}`);
      }
    } else if (w === 'to') {
      rule.to = next();
      if (words[i + 1]?.text === 'port') rule.port = (next(), next());
      else if (words[i + 1]?.text === 'app') rule.app = (next(), next());
    } else if (w === 'comment') i++;
    else if (!rule.spec) rule.spec = words[i];
  }
  return rule;
}

/** The protocols a rule's `proto` word (or a port spec's `/proto`) names; none given → tcp and udp for ports, all otherwise. */
function protocolsOf(text: string | undefined, hasPorts: boolean): Protocol[] {
  if (text === undefined || text === 'any') return hasPorts ? ['tcp', 'udp'] : ['all'];
  if (text === 'tcp' || text === 'udp') return [text];
  if (text === 'ipv6') return [{ number: 41 }];
  if (text === 'esp') return [{ number: 50 }];
  if (text === 'ah') return [{ number: 51 }];
  if (text === 'gre') return [{ number: 47 }];
  return [{ unknown: text }];
}

function egressOf(rule: UfwRule, text: string, location: Location, unresolved: Unresolved[]): HostRule[] {
  if (rule.loopback) return []; // `out on lo`: never leaves the host
  const addresses = rule.to ? parseAddresses(rule.to, unresolved) : undefined;
  if (addresses?.length === 0) return []; // loopback only
  const destinations = addresses ?? [];
  const base = {
    action: rule.action,
    destinations,
    location,
    text,
    condition: rule.conditions.length > 0 ? rule.conditions.join(' and ') : undefined,
  };
  const app =
    rule.app ??
    (rule.spec &&
    !rule.spec.unknown &&
    !/^[\d,:]+(\/\w+)?$/.test(rule.spec.text) &&
    !serviceNamed(rule.spec.text.split('/')[0])
      ? rule.spec
      : undefined);
  if (app) {
    const profile = app.unknown ? undefined : APP_PROFILES[app.text.toLowerCase()];
    if (!profile) {
      unresolved.push({
        location: app.location,
        expression: app.text,
        reason: 'ufw application profile that egress-lint does not know (defined on the host)',
      });
      return [{ ...base, protocol: 'tcp', ports: { unknown: `app ${app.text}` } }];
    }
    return profile.map((p) => ({
      ...base,
      focus: app.location,
      protocol: p.protocol,
      ports: p.ports.map((n) => ({ from: n, to: n })),
    }));
  }
  let portWord = rule.port;
  let protocolText = rule.protocol?.text;
  if (rule.spec) {
    const [ports, proto] = rule.spec.text.split('/');
    portWord = { ...rule.spec, text: ports };
    protocolText = proto ?? protocolText;
    const service = proto === undefined ? serviceNamed(ports) : undefined;
    if (service && !/^\d/.test(ports))
      return service.protocols.map((protocol) => ({
        ...base,
        focus: rule.spec?.location,
        protocol,
        ports: [{ from: service.port, to: service.port }],
      }));
  }
  const ports = portWord ? parsePortList(portWord, unresolved) : ALL_PORTS;
  return protocolsOf(protocolText, portWord !== undefined).map((protocol) => ({
    ...base,
    focus: portWord?.location,
    protocol,
    ports: protocol === 'all' ? ALL_PORTS : protocol === 'tcp' || protocol === 'udp' ? ports : [],
  }));
}

/** The egress rules of the final state, in evaluation order; past MAX_HOST_RULES, counted as not analysed. */
export function ufwRules(state: UfwState, unresolved: Unresolved[]): HostRule[] {
  const rules = state.entries.flatMap((e) => e.egress);
  if (rules.length <= MAX_HOST_RULES) return rules;
  const first = rules[MAX_HOST_RULES];
  unresolved.push({
    location: first.location,
    expression: first.text,
    reason: `more than ${MAX_HOST_RULES} egress rules; this one and the ${rules.length - MAX_HOST_RULES - 1} after it are not analysed`,
  });
  return rules.slice(0, MAX_HOST_RULES);
}
