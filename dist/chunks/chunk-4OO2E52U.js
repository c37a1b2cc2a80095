import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  isLoopback
} from "./chunk-V55TISQB.js";
import {
  ALL_PORTS,
  normalizeProtocol
} from "./chunk-G3BGQXE4.js";
import {
  ANY_V4,
  ANY_V6,
  cidrContains,
  parseCidr
} from "./chunk-KMWAGXRE.js";
import {
  basename,
  isIp6Save,
  looksLikeIptablesSave,
  saveCommands,
  shellCommands
} from "./chunk-ZREOZPZI.js";

// src/providers/host/firewall.ts
var MAX_HOST_RULES = 1e4;
var FAMILIES = {
  ufw: [ANY_V4, ANY_V6],
  iptables: [ANY_V4],
  ip6tables: [ANY_V6]
};
function anywhereOf(tool, location) {
  return FAMILIES[tool].map((cidr) => ({ kind: "cidr", cidr, text: cidr.text, location, origins: [] }));
}
function displayName(tool, source) {
  return `${tool} in ${source.kind} ${source.file}${source.scope ? ` (${source.scope})` : ""}`;
}
function commandText(tool, words) {
  const quoted = words.map((w) => /^[\w@%+=:,./$!-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`);
  return [tool, ...quoted].join(" ");
}
function hostFirewall(tool, source, rules, policy) {
  const id = `${source.file}#${source.scope ? `${source.scope}#` : ""}${tool}`;
  const name = displayName(tool, source);
  const declaredBy = (text, location) => ({
    id: `${id}:${text}`,
    resourceType: tool,
    displayName: `\`${text}\``,
    location
  });
  const egressRules = rules.map((rule, index) => ({
    action: rule.action,
    priority: index + 1,
    protocol: rule.protocol,
    ports: rule.ports,
    destinations: rule.destinations.length > 0 ? rule.destinations : anywhereOf(tool, rule.focus ?? rule.location),
    location: rule.location,
    origins: [],
    declaredBy: declaredBy(rule.text, rule.location),
    condition: rule.condition
  }));
  const firewall = {
    platform: "host",
    kind: tool === "ufw" ? "ufw" : "iptables",
    id,
    displayName: name,
    resourceType: tool,
    location: source.location,
    egressDeclared: egressRules.length > 0 || policy.location ? "rules" : "absent",
    rules: egressRules
  };
  const policyName = tool === "ufw" ? "ufw's default outgoing policy (allow)" : "OUTPUT chain policy ACCEPT";
  if (policy.action === "unknown") return firewall;
  if (policy.location && policy.text) {
    egressRules.push({
      action: policy.action,
      priority: egressRules.length + 1,
      protocol: "all",
      ports: ALL_PORTS,
      destinations: anywhereOf(tool, policy.location),
      location: policy.location,
      origins: [],
      declaredBy: declaredBy(policy.text, policy.location)
    });
  } else {
    const rule = {
      action: "allow",
      protocol: "all",
      ports: ALL_PORTS,
      destinations: anywhereOf(tool, source.location),
      location: source.location,
      origins: [],
      declaredBy: { id, resourceType: tool, displayName: name, location: source.location },
      name: policyName,
      isPlatformDefault: true
    };
    firewall.platformDefault = { name: policyName, rule };
  }
  return firewall;
}

// src/providers/host/ports.ts
var SERVICES = {
  ftp: { port: 21, protocols: ["tcp"] },
  ssh: { port: 22, protocols: ["tcp"] },
  telnet: { port: 23, protocols: ["tcp"] },
  smtp: { port: 25, protocols: ["tcp"] },
  domain: { port: 53, protocols: ["tcp", "udp"] },
  http: { port: 80, protocols: ["tcp"] },
  www: { port: 80, protocols: ["tcp"] },
  pop3: { port: 110, protocols: ["tcp"] },
  ntp: { port: 123, protocols: ["udp"] },
  imap2: { port: 143, protocols: ["tcp"] },
  imap: { port: 143, protocols: ["tcp"] },
  ldap: { port: 389, protocols: ["tcp", "udp"] },
  https: { port: 443, protocols: ["tcp", "udp"] },
  submissions: { port: 465, protocols: ["tcp"] },
  smtps: { port: 465, protocols: ["tcp"] },
  submission: { port: 587, protocols: ["tcp"] },
  imaps: { port: 993, protocols: ["tcp"] },
  pop3s: { port: 995, protocols: ["tcp"] },
  mysql: { port: 3306, protocols: ["tcp"] },
  postgresql: { port: 5432, protocols: ["tcp"] }
};
function serviceNamed(name) {
  return Object.hasOwn(SERVICES, name.toLowerCase()) ? SERVICES[name.toLowerCase()] : void 0;
}
function portNumber(text) {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : void 0;
  }
  return serviceNamed(text)?.port;
}
function parsePortList(word, unresolved) {
  if (word.unknown) return unknownPorts(word, "a variable that is not resolved", unresolved);
  const ranges = [];
  for (const part of word.text.split(",")) {
    const [lo, hi, extra] = part.split(":");
    const from = lo === "" ? 0 : portNumber(lo);
    const to = hi === void 0 ? from : hi === "" ? 65535 : portNumber(hi);
    if (from === void 0 || to === void 0 || extra !== void 0 || from > to)
      return unknownPorts(
        word,
        `\`${part}\` is not a port, a port range or a known service name`,
        unresolved
      );
    ranges.push({ from, to });
  }
  return ranges;
}
function unknownPorts(word, reason, unresolved) {
  unresolved.push({ location: word.location, expression: word.text, reason: `port ${reason}` });
  return { unknown: word.text };
}
function complementPorts(ports) {
  const sorted = [...ports].sort((a, b) => a.from - b.from);
  const out = [];
  let next = 0;
  for (const r of sorted) {
    if (r.from > next) out.push({ from: next, to: r.from - 1 });
    next = Math.max(next, r.to + 1);
  }
  if (next <= 65535) out.push({ from: next, to: 65535 });
  return out;
}
function parseAddresses(word, unresolved) {
  const base = { text: word.text, location: word.location, origins: [] };
  if (word.unknown) {
    unresolved.push({
      location: word.location,
      expression: word.text,
      reason: "destination is a variable that is not resolved"
    });
    return [{ ...base, kind: "unknown", expression: word.text }];
  }
  if (word.text === "any" || word.text === "0/0") return void 0;
  const destinations = [];
  for (const part of word.text.split(",")) {
    const cidr = parseCidr(part);
    if (!cidr) {
      unresolved.push({
        location: word.location,
        expression: part,
        reason: "destination is not an IP address or CIDR block (a host name is resolved only when the rule is loaded)"
      });
      destinations.push({ ...base, text: part, kind: "unknown", expression: part });
    } else {
      const destination = { ...base, text: part, kind: "cidr", cidr };
      if (!isLoopback(destination)) destinations.push(destination);
    }
  }
  return destinations;
}

// src/providers/host/iptables.ts
var BUILT_IN = ["INPUT", "FORWARD", "OUTPUT"];
var DECIDING = { ACCEPT: "allow", DROP: "deny", REJECT: "deny" };
var NON_DECIDING = /* @__PURE__ */ new Set([
  "",
  "LOG",
  "NFLOG",
  "ULOG",
  "MARK",
  "CONNMARK",
  "CT",
  "NOTRACK",
  "TCPMSS",
  "TOS",
  "DSCP",
  "TTL",
  "HL",
  "CLASSIFY",
  "AUDIT",
  "SET",
  "TRACE",
  "CHECKSUM"
]);
var MAX_JUMP_DEPTH = 16;
function newIptablesState(tool) {
  return { tool, chains: new Map(BUILT_IN.map((c) => [c, []])), policy: { action: "allow" } };
}
var COMMANDS = {
  "-A": "append",
  "--append": "append",
  "-I": "insert",
  "--insert": "insert",
  "-R": "replace",
  "--replace": "replace",
  "-D": "delete",
  "--delete": "delete",
  "-F": "flush",
  "--flush": "flush",
  "-N": "new",
  "--new-chain": "new",
  "-X": "remove",
  "--delete-chain": "remove",
  "-P": "policy",
  "--policy": "policy",
  "-E": "rename",
  "--rename-chain": "rename"
};
function applyIptables(state, words, location, unresolved, policyText) {
  let table = "filter";
  let command;
  let chain;
  const rest = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (w === "-t" || w === "--table") table = words[++i]?.text ?? table;
    else if (w.startsWith("-t") && w.length > 2 && !w.startsWith("--")) table = w.slice(2);
    else if (command === void 0 && COMMANDS[w]) {
      command = COMMANDS[w];
      chain = words[i + 1]?.text.startsWith("-") ? void 0 : words[++i];
    } else if (w === "-w" || w === "--wait" || w === "-v" || w === "--verbose" || w === "-n") continue;
    else rest.push(words[i]);
  }
  if (table !== "filter" || !command) return;
  if (command === "append" || command === "insert" || command === "replace" || command === "policy" || command === "new")
    state.first ??= location;
  if (chain?.unknown) {
    unresolved.push({
      location: chain.location,
      expression: chain.text,
      reason: "iptables chain is a variable that is not resolved"
    });
    return;
  }
  const name = chain?.text;
  const text = commandText(
    state.tool,
    words.map((w) => w.text)
  );
  switch (command) {
    case "policy":
      if (name === "OUTPUT" && rest[0]) {
        const action = DECIDING[rest[0].text];
        if (action) state.policy = { action, location, text: policyText ?? text };
        else if (rest[0].unknown) {
          state.policy = { action: "unknown", location };
          unresolved.push({
            location: rest[0].location,
            expression: rest[0].text,
            reason: "OUTPUT policy is a variable that is not resolved"
          });
        }
      }
      return;
    case "new":
      if (name && !state.chains.has(name)) state.chains.set(name, []);
      return;
    case "remove":
      if (name) {
        if (!BUILT_IN.includes(name)) state.chains.delete(name);
      } else for (const c of [...state.chains.keys()]) if (!BUILT_IN.includes(c)) state.chains.delete(c);
      return;
    case "flush":
      for (const c of name ? [name] : [...state.chains.keys()])
        if (state.chains.has(c)) state.chains.set(c, []);
      return;
    case "rename": {
      const to = rest[0]?.text;
      const rules2 = name ? state.chains.get(name) : void 0;
      if (name && to && rules2) {
        state.chains.delete(name);
        state.chains.set(to, rules2);
      }
      return;
    }
  }
  if (!name) return;
  const rules = state.chains.get(name) ?? (BUILT_IN.includes(name) ? [] : void 0);
  if (!rules) {
    unresolved.push({
      location,
      expression: name,
      reason: `chain ${name} is not created (-N) before this rule; the rule is not analysed`
    });
    return;
  }
  let spec = rest;
  let position;
  if ((command === "insert" || command === "replace" || command === "delete") && /^\d+$/.test(spec[0]?.text ?? "")) {
    position = Number(spec[0].text);
    spec = spec.slice(1);
  }
  if (command === "delete") {
    const at = position !== void 0 ? position - 1 : rules.findIndex((r) => r.text === specText(state.tool, name, spec));
    if (at >= 0 && at < rules.length) rules.splice(at, 1);
    return;
  }
  const rule = parseRuleSpec(spec, location, specText(state.tool, name, spec), unresolved);
  if (command === "append") rules.push(rule);
  else if (command === "insert") rules.splice(Math.min((position ?? 1) - 1, rules.length), 0, rule);
  else if (command === "replace" && position !== void 0 && position <= rules.length)
    rules[position - 1] = rule;
  state.chains.set(name, rules);
}
function specText(tool, chain, spec) {
  return commandText(tool, ["-A", chain, ...spec.map((w) => w.text)]);
}
var IGNORED_WITH_VALUE = /* @__PURE__ */ new Set([
  "--comment",
  "--reject-with",
  "--log-prefix",
  "--log-level",
  "-i",
  "--in-interface",
  "--icmp-type",
  "--icmpv6-type",
  "--tcp-flags"
]);
function parseRuleSpec(spec, location, text, unresolved) {
  const match = { protocol: "all", conditions: [] };
  let target = "";
  let negate = false;
  for (let i = 0; i < spec.length; i++) {
    const word = spec[i];
    const w = word.text;
    const value = () => spec[++i];
    if (w === "!") {
      negate = true;
      continue;
    }
    const negated = negate;
    negate = false;
    if (w === "-j" || w === "--jump" || w === "-g" || w === "--goto") target = value()?.text ?? "";
    else if (w === "-p" || w === "--protocol") {
      const v = value();
      if (!v || v.unknown || negated) match.unknown = `${negated ? "! " : ""}-p ${v?.text ?? ""}`;
      else match.protocol = normalizeProtocol(v.text);
    } else if (w === "-d" || w === "--destination" || w === "--dst") {
      const v = value();
      if (!v) continue;
      if (negated) match.unknown = `! -d ${v.text}`;
      else {
        const destinations = parseAddresses(v, unresolved);
        if (destinations !== void 0) {
          if (destinations.length === 0) match.local = true;
          match.destinations = destinations;
        }
      }
    } else if (w === "-o" || w === "--out-interface") {
      const v = value();
      if (!v) continue;
      if (v.text === "lo")
        match.local = match.local || !negated;
      else match.conditions.push(`${negated ? "not " : ""}out on ${v.text}`);
    } else if (w === "--dport" || w === "--destination-port" || w === "--dports" || w === "--destination-ports") {
      const v = value();
      if (!v) continue;
      const ports = parsePortList(v, unresolved);
      match.portsAt = v.location;
      match.ports = negated && Array.isArray(ports) ? complementPorts(ports) : negated ? { unknown: `! ${v.text}` } : ports;
    } else if (w === "--state" || w === "--ctstate") {
      const v = value();
      const states = (v?.text ?? "").split(",");
      if (!negated && !states.includes("NEW") && !states.includes("UNTRACKED")) match.repliesOnly = true;
    } else if (w === "-m" || w === "--match") {
      const name = value()?.text ?? "";
      if (!["tcp", "udp", "multiport", "state", "conntrack", "comment", "icmp", "icmp6", "limit"].includes(name))
        match.conditions.push(`-m ${name}`);
    } else if (w === "-s" || w === "--source" || w === "--src" || w === "--sport" || w === "--source-port" || w === "--sports" || w === "--uid-owner" || w === "--gid-owner") {
      match.conditions.push(`${negated ? "! " : ""}${w} ${value()?.text ?? ""}`);
    } else if (IGNORED_WITH_VALUE.has(w)) i++;
    else if (w.startsWith("-") && spec[i + 1] && !spec[i + 1].text.startsWith("-")) {
      match.conditions.push(`${w} ${spec[i + 1].text}`);
      i++;
    } else if (w.startsWith("-")) match.conditions.push(w);
  }
  if (match.ports !== void 0 && match.protocol !== "tcp" && match.protocol !== "udp" && !match.unknown)
    match.unknown = "a port match without -p tcp or -p udp (iptables refuses it)";
  return { match, target, location, text };
}
function matchText(text) {
  return text.replace(/^\S+ -A \S+ ?/, "").replace(/\s+(-j|--jump|-g|--goto) \S+.*$/, "");
}
function intersectPorts(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  if (!Array.isArray(a)) return a;
  if (!Array.isArray(b)) return b;
  const out = [];
  for (const x of a)
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (from <= to) out.push({ from, to });
    }
  return out;
}
function intersectDestinations(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  const out = [];
  for (const x of a)
    for (const y of b) {
      if (x.kind !== "cidr") out.push(x);
      else if (y.kind !== "cidr") out.push(y);
      else if (cidrContains(x.cidr, y.cidr)) out.push(y);
      else if (cidrContains(y.cidr, x.cidr)) out.push(x);
    }
  return out;
}
function intersect(outer, inner) {
  let protocol = inner.protocol;
  if (outer.protocol !== "all") {
    if (inner.protocol !== "all" && JSON.stringify(inner.protocol) !== JSON.stringify(outer.protocol))
      return void 0;
    protocol = outer.protocol;
  }
  const ports = intersectPorts(outer.ports, inner.ports);
  const destinations = intersectDestinations(outer.destinations, inner.destinations);
  if (Array.isArray(ports) && ports.length === 0 || destinations?.length === 0) return void 0;
  return {
    protocol,
    ports,
    portsAt: inner.portsAt ?? outer.portsAt,
    destinations,
    conditions: [...outer.conditions, ...inner.conditions],
    local: outer.local || inner.local,
    repliesOnly: outer.repliesOnly || inner.repliesOnly,
    unknown: outer.unknown ?? inner.unknown
  };
}
function hostRule(action, match, rule, conditions) {
  const all = [...match.conditions, ...conditions];
  const ported = match.protocol === "tcp" || match.protocol === "udp";
  return {
    action,
    protocol: match.protocol,
    ports: match.protocol === "all" ? ALL_PORTS : ported ? match.ports ?? ALL_PORTS : [],
    destinations: match.destinations ?? [],
    location: rule.location,
    focus: match.portsAt,
    text: rule.text,
    condition: all.length > 0 ? all.join(" and ") : void 0
  };
}
function iptablesRules(state, unresolved) {
  const out = [];
  const walk = (chain, context, stack, extra) => {
    const conditions = [...extra];
    for (const rule of state.chains.get(chain) ?? []) {
      if (out.length >= MAX_HOST_RULES) {
        unresolved.push({
          location: rule.location,
          expression: rule.text,
          reason: `more than ${MAX_HOST_RULES} rules (jumps followed); the rest is not analysed`
        });
        return;
      }
      const match = intersect(context, rule.match);
      if (!match || match.local || match.repliesOnly) continue;
      if (match.unknown) {
        unresolved.push({
          location: rule.location,
          expression: match.unknown,
          reason: "a match that cannot be evaluated statically; the rule is not analysed"
        });
        continue;
      }
      const action = DECIDING[rule.target];
      if (action) out.push(hostRule(action, match, rule, conditions));
      else if (rule.target === "RETURN") {
        if (chain === "OUTPUT") {
          if (state.policy.action !== "unknown")
            out.push(hostRule(state.policy.action, match, rule, conditions));
        } else if (rule.match.conditions.length === 0 && !rule.match.destinations && !rule.match.ports && rule.match.protocol === "all")
          return;
        else conditions.push(`not (${matchText(rule.text)})`);
      } else if (state.chains.has(rule.target) && !BUILT_IN.includes(rule.target)) {
        if (stack.includes(rule.target) || stack.length >= MAX_JUMP_DEPTH) {
          unresolved.push({
            location: rule.location,
            expression: rule.text,
            reason: stack.includes(rule.target) ? `jump loop through chain ${rule.target}` : `jumps nested deeper than ${MAX_JUMP_DEPTH}`
          });
          continue;
        }
        walk(rule.target, match, [...stack, rule.target], conditions);
      } else if (NON_DECIDING.has(rule.target))
        continue;
      else
        unresolved.push({
          location: rule.location,
          expression: rule.target,
          reason: `jump to chain ${rule.target}, which is not defined here`
        });
    }
  };
  walk("OUTPUT", { protocol: "all", conditions: [] }, ["OUTPUT"], []);
  return out;
}

// src/providers/host/ufw.ts
function newUfwState() {
  return { entries: [], keys: /* @__PURE__ */ new Set(), policy: { action: "allow" } };
}
var APP_PROFILES = {
  openssh: [{ protocol: "tcp", ports: [22] }],
  "nginx http": [{ protocol: "tcp", ports: [80] }],
  "nginx https": [{ protocol: "tcp", ports: [443] }],
  "nginx full": [{ protocol: "tcp", ports: [80, 443] }],
  apache: [{ protocol: "tcp", ports: [80] }],
  "apache secure": [{ protocol: "tcp", ports: [443] }],
  "apache full": [{ protocol: "tcp", ports: [80, 443] }],
  postfix: [{ protocol: "tcp", ports: [25] }],
  "postfix smtps": [{ protocol: "tcp", ports: [465] }],
  "postfix submission": [{ protocol: "tcp", ports: [587] }]
};
var ACTIONS = {
  allow: "allow",
  limit: "allow",
  deny: "deny",
  reject: "deny"
};
function applyUfw(state, words, location, unresolved) {
  const args = words.filter((w) => w.text !== "--force" && w.text !== "-f");
  if (args.some((w) => w.text === "--dry-run")) return;
  const head = args[0];
  if (!head) return;
  if (head.unknown) {
    unresolved.push({
      location: head.location,
      expression: head.text,
      reason: "ufw command is a variable that is not resolved"
    });
    return;
  }
  const verb = head.text;
  if (verb !== "reset" && verb !== "reload" && verb !== "disable" && verb !== "status" && verb !== "logging")
    state.first ??= location;
  if (verb === "reset") {
    state.entries = [];
    state.keys.clear();
    state.policy = { action: "allow" };
    return;
  }
  if (verb === "default") {
    const action2 = ACTIONS[args[1]?.text ?? ""];
    const direction = args[2]?.text ?? "incoming";
    if (action2 && (direction === "outgoing" || direction === "out"))
      state.policy = { action: action2, location, text: `ufw default ${args[1].text} outgoing` };
    else if (args[1]?.unknown) {
      if (direction === "outgoing" || direction === "out" || args[2]?.unknown)
        state.policy = { action: "unknown", location };
      unresolved.push({
        location: args[1].location,
        expression: args[1].text,
        reason: "ufw default policy is a variable that is not resolved"
      });
    } else if (!action2 && args[1])
      unresolved.push({
        location,
        expression: args.map((w) => w.text).join(" "),
        reason: "ufw default policy is not allow, deny or reject"
      });
    return;
  }
  let rest = verb === "rule" ? args.slice(1) : args;
  if (rest[0]?.text === "route") return;
  let position;
  let remove = false;
  for (; ; ) {
    const w = rest[0]?.text;
    if (w === "delete") {
      remove = true;
      rest = rest.slice(1);
    } else if (w === "insert") {
      position = Number(rest[1]?.text);
      rest = rest.slice(2);
    } else if (w === "prepend") {
      position = 1;
      rest = rest.slice(1);
    } else break;
  }
  if (remove && rest.length === 1 && /^\d+$/.test(rest[0].text)) {
    const [removed] = state.entries.splice(Number(rest[0].text) - 1, 1);
    if (removed) state.keys.delete(removed.key);
    return;
  }
  const action = ACTIONS[rest[0]?.text ?? ""];
  if (!action) return;
  const rule = parseRule(action, rest.slice(1));
  const key = rest.map((w) => w.text).join(" ");
  if (remove) {
    const at = state.keys.has(key) ? state.entries.findIndex((e) => e.key === key) : -1;
    if (at !== -1) state.entries.splice(at, 1);
    state.keys.delete(key);
    return;
  }
  if (state.keys.has(key)) return;
  const text = commandText(
    "ufw",
    args.map((w) => w.text)
  );
  const entry = {
    key,
    egress: rule.direction === "out" ? egressOf(rule, text, location, unresolved) : []
  };
  if (position !== void 0 && Number.isInteger(position) && position >= 1 && position <= state.entries.length)
    state.entries.splice(position - 1, 0, entry);
  else state.entries.push(entry);
  state.keys.add(key);
}
function parseRule(action, words) {
  const rule = { direction: "in", action, conditions: [], loopback: false };
  let i = 0;
  const next = () => words[++i];
  for (; i < words.length; i++) {
    const w = words[i].text;
    if (w === "in" || w === "out") {
      rule.direction = w;
      if (words[i + 1]?.text === "on") {
        const iface = words[i + 2];
        i += 2;
        if (iface?.text === "lo") rule.loopback = true;
        else if (iface) rule.conditions.push(`on ${iface.text}`);
      }
    } else if (w === "log" || w === "log-all") continue;
    else if (w === "proto") rule.protocol = next();
    else if (w === "from") {
      const from = next();
      if (from && from.text !== "any") rule.conditions.push(`from ${from.text}`);
      if (words[i + 1]?.text === "port" || words[i + 1]?.text === "app") {
        const kind = next().text;
        rule.conditions.push(`from ${kind} ${next()?.text ?? ""}`);
      }
    } else if (w === "to") {
      rule.to = next();
      if (words[i + 1]?.text === "port") rule.port = (next(), next());
      else if (words[i + 1]?.text === "app") rule.app = (next(), next());
    } else if (w === "comment") i++;
    else if (!rule.spec) rule.spec = words[i];
  }
  return rule;
}
function protocolsOf(text, hasPorts) {
  if (text === void 0 || text === "any") return hasPorts ? ["tcp", "udp"] : ["all"];
  if (text === "tcp" || text === "udp") return [text];
  if (text === "ipv6") return [{ number: 41 }];
  if (text === "esp") return [{ number: 50 }];
  if (text === "ah") return [{ number: 51 }];
  if (text === "gre") return [{ number: 47 }];
  return [{ unknown: text }];
}
function egressOf(rule, text, location, unresolved) {
  if (rule.loopback) return [];
  const addresses = rule.to ? parseAddresses(rule.to, unresolved) : void 0;
  if (addresses?.length === 0) return [];
  const destinations = addresses ?? [];
  const base = {
    action: rule.action,
    destinations,
    location,
    text,
    condition: rule.conditions.length > 0 ? rule.conditions.join(" and ") : void 0
  };
  const app = rule.app ?? (rule.spec && !rule.spec.unknown && !/^[\d,:]+(\/\w+)?$/.test(rule.spec.text) && !serviceNamed(rule.spec.text.split("/")[0]) ? rule.spec : void 0);
  if (app) {
    const profile = app.unknown ? void 0 : APP_PROFILES[app.text.toLowerCase()];
    if (!profile) {
      unresolved.push({
        location: app.location,
        expression: app.text,
        reason: "ufw application profile that egress-lint does not know (defined on the host)"
      });
      return [{ ...base, protocol: "tcp", ports: { unknown: `app ${app.text}` } }];
    }
    return profile.map((p) => ({
      ...base,
      focus: app.location,
      protocol: p.protocol,
      ports: p.ports.map((n) => ({ from: n, to: n }))
    }));
  }
  let portWord = rule.port;
  let protocolText = rule.protocol?.text;
  if (rule.spec) {
    const [ports2, proto] = rule.spec.text.split("/");
    portWord = { ...rule.spec, text: ports2 };
    protocolText = proto ?? protocolText;
    const service = proto === void 0 ? serviceNamed(ports2) : void 0;
    if (service && !/^\d/.test(ports2))
      return service.protocols.map((protocol) => ({
        ...base,
        focus: rule.spec?.location,
        protocol,
        ports: [{ from: service.port, to: service.port }]
      }));
  }
  const ports = portWord ? parsePortList(portWord, unresolved) : ALL_PORTS;
  return protocolsOf(protocolText, portWord !== void 0).map((protocol) => ({
    ...base,
    focus: portWord?.location,
    protocol,
    ports: protocol === "all" ? ALL_PORTS : protocol === "tcp" || protocol === "udp" ? ports : []
  }));
}
function ufwRules(state, unresolved) {
  const rules = state.entries.flatMap((e) => e.egress);
  if (rules.length <= MAX_HOST_RULES) return rules;
  const first = rules[MAX_HOST_RULES];
  unresolved.push({
    location: first.location,
    expression: first.text,
    reason: `more than ${MAX_HOST_RULES} egress rules; this one and the ${rules.length - MAX_HOST_RULES - 1} after it are not analysed`
  });
  return rules.slice(0, MAX_HOST_RULES);
}

// src/providers/host/host.ts
var HostFirewalls = class {
  unresolved = [];
  ufw = newUfwState();
  iptables = newIptablesState("iptables");
  ip6tables = newIptablesState("ip6tables");
  /** Runs one command if it is ufw, iptables or ip6tables (any path, `-legacy`/`-nft` variants); others are ignored. */
  command(words, location) {
    const name = basename(words[0]?.text ?? "");
    if (name === "ufw") applyUfw(this.ufw, words.slice(1), location, this.unresolved);
    else if (/^iptables(-legacy|-nft)?$/.test(name))
      applyIptables(this.iptables, words.slice(1), location, this.unresolved);
    else if (/^ip6tables(-legacy|-nft)?$/.test(name))
      applyIptables(this.ip6tables, words.slice(1), location, this.unresolved);
  }
  /**
   * A shell script (or one line of cloud-init `runcmd`); iptables-save here-documents are read as rule files.
   * `placeholders`: shell variables that stand for template expressions (Jinja, Terraform) that could not be
   * resolved, shown as written in messages.
   */
  script(text, origin, placeholders) {
    const { commands, heredocs, unreadable } = shellCommands(text, origin);
    for (const u of unreadable)
      this.unresolved.push({
        location: u.location,
        expression: u.text.trim().slice(0, 120),
        reason: `line not analysed: ${u.reason}`
      });
    for (const c of commands) {
      if (placeholders) {
        for (const word of c.words)
          if (word.unknown) word.text = word.text.replace(/\$\w+/g, (name) => placeholders.get(name) ?? name);
      }
      this.command(c.words, c.location);
    }
    for (const h of heredocs)
      if (looksLikeIptablesSave(h.body))
        this.saveFile(h.body, { ...origin, line: origin.line + h.line }, h.command);
  }
  /** An iptables-save file; `name` (its path, or the command writing it) helps tell IPv6 from IPv4. */
  saveFile(text, origin, name) {
    const state = isIp6Save(text, name) ? this.ip6tables : this.iptables;
    for (const c of saveCommands(text, origin))
      applyIptables(
        state,
        c.words,
        { file: origin.file, line: c.line, column: 1 },
        this.unresolved,
        c.policyText
      );
  }
  /** The firewalls an instance's user data built, named after the instance and linked to it (a related location). */
  userDataFirewalls(instance, related) {
    const firewalls = this.firewalls({ file: instance, kind: "user data of" });
    for (const firewall of firewalls) firewall.related = [related];
    return firewalls;
  }
  /** The firewalls the commands touched, each located at its first command. */
  firewalls(source) {
    const out = [];
    if (this.ufw.first)
      out.push(
        hostFirewall(
          "ufw",
          { ...source, location: this.ufw.first },
          ufwRules(this.ufw, this.unresolved),
          this.ufw.policy
        )
      );
    for (const state of [this.iptables, this.ip6tables])
      if (state.first)
        out.push(
          hostFirewall(
            state.tool,
            { ...source, location: state.first },
            iptablesRules(state, this.unresolved),
            state.policy
          )
        );
    return out;
  }
};

export {
  HostFirewalls
};
