import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  allowedDestinations,
  allowedPublicPorts,
  optionDefaults,
  relays,
  smtpPorts
} from "./chunk-Q6A7QMFS.js";
import {
  compareText
} from "./chunk-UICDTHOH.js";
import {
  anywhereDestinations,
  describeDestination,
  isAnywhereTag,
  isLoopback
} from "./chunk-V55TISQB.js";
import {
  ALL_PORTS,
  allTraffic,
  coversAllPorts,
  describeTrafficOf,
  formatPorts,
  formatPublicPort,
  portsInclude,
  protocolName,
  withinPublicPorts
} from "./chunk-G3BGQXE4.js";
import {
  ANY_V4,
  cidrContains,
  cidrOverlaps,
  cidrsCover,
  parseCidr
} from "./chunk-KMWAGXRE.js";

// src/config/types.ts
var DEFAULT_CONFIG = {
  ...optionDefaults(),
  rules: {},
  ignore: [],
  overrides: [],
  requireReason: false,
  ignoreResources: [],
  maxFileSize: 10 * 1024 * 1024
};

// src/model/effective.ts
var NOT_INTERNET = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "fc00::/7",
  "fe80::/10",
  "::1/128"
].map((text) => parseCidr(text));
function protocolCovers(deny, allow) {
  if (deny === "all") return true;
  if (typeof deny === "string" || typeof allow === "string") return deny === allow;
  return "number" in deny && "number" in allow && deny.number === allow.number;
}
var NOT_INTERNET_TAGS = /* @__PURE__ */ new Set([
  "virtualnetwork",
  "virtual_network",
  "azureloadbalancer",
  "azure_loadbalancer"
]);
function withinInternet(d) {
  if (d.kind === "service-tag") return !NOT_INTERNET_TAGS.has(d.tag.trim().toLowerCase());
  if (d.kind === "cidr") return d.cidr.prefix === 0 || !NOT_INTERNET.some((n) => cidrOverlaps(n, d.cidr));
  return false;
}
function denyReaches(deny, allow) {
  const cidrs = [];
  for (const d of deny.destinations) {
    if (d.kind === "service-tag") {
      const tag = d.tag.trim().toLowerCase();
      if (tag === "internet" ? withinInternet(allow) : isAnywhereTag(tag)) return true;
      if (allow.kind === "service-tag" && allow.tag.trim().toLowerCase() === tag) return true;
    } else if (d.kind === "cidr") cidrs.push(d.cidr);
    else if ((d.kind === "security-group" || d.kind === "prefix-list") && allow.kind === d.kind && allow.ref === d.ref)
      return true;
  }
  if (cidrs.length === 0) return false;
  if (allow.kind === "cidr") return cidrsCover(cidrs, allow.cidr);
  return allow.kind === "service-tag" && isAnywhereTag(allow.tag) && cidrsCover(cidrs, ANY_V4);
}
function subtract(ports, cut) {
  let result = ports;
  for (const c of cut) {
    const next = [];
    for (const r of result) {
      if (c.to < r.from || c.from > r.to) next.push(r);
      else {
        if (r.from < c.from) next.push({ from: r.from, to: c.from - 1 });
        if (r.to > c.to) next.push({ from: c.to + 1, to: r.to });
      }
    }
    result = next;
  }
  return result;
}
function evaluatedBefore(deny, allow, order) {
  if (Boolean(deny.isPlatformDefault) !== Boolean(allow.isPlatformDefault)) return !deny.isPlatformDefault;
  if (deny.priority !== void 0 && allow.priority !== void 0) return deny.priority <= allow.priority;
  order.position ??= new Map(order.rules.map((r, i) => [r, i]));
  return (order.position.get(deny) ?? 0) < (order.position.get(allow) ?? 0);
}
function ruleOrder(rules2) {
  return { rules: rules2, denies: rules2.filter((r) => r.action === "deny") };
}
function sameScope(deny, allow) {
  return deny.condition === void 0 || deny.condition === allow.condition;
}
function mightReach(deny, allow, destination) {
  const unknownProtocol = typeof deny.protocol !== "string" && "unknown" in deny.protocol;
  const unknownDestination = deny.destinations.some((d) => d.kind === "unknown");
  if (!unknownProtocol && !unknownDestination && Array.isArray(deny.ports)) return false;
  if (!unknownProtocol && !protocolCovers(deny.protocol, allow.protocol) && allow.protocol !== "all")
    return false;
  return unknownDestination || denyReaches(deny, destination);
}
function remainingPorts(protocol, ports, denies) {
  if (denies.some((d) => d.protocol === "all" && Array.isArray(d.ports))) return void 0;
  if (!Array.isArray(ports)) return ports;
  const covering = denies.filter((d) => protocolCovers(d.protocol, protocol));
  if (ports.length === 0) return covering.length > 0 ? void 0 : [];
  let open = ports;
  for (const deny of covering) if (Array.isArray(deny.ports)) open = subtract(open, deny.ports);
  return open.length === 0 ? void 0 : open;
}
function effectiveAllow(allow, rules2, order = ruleOrder(rules2)) {
  const denies = order.denies.filter((r) => sameScope(r, allow) && evaluatedBefore(r, allow, order));
  const destinations = [];
  for (const destination of allow.destinations) {
    if (isLoopback(destination)) continue;
    if (denies.some((d) => mightReach(d, allow, destination))) continue;
    const reaching = denies.filter((d) => denyReaches(d, destination));
    const ports = remainingPorts(allow.protocol, allow.ports, reaching);
    if (ports === void 0) continue;
    const portsOf = (protocol) => {
      if (allow.protocol === protocol) return ports;
      return allow.protocol === "all" ? remainingPorts(protocol, ALL_PORTS, reaching) ?? [] : [];
    };
    destinations.push({ destination, ports, tcp: portsOf("tcp"), udp: portsOf("udp") });
  }
  return { rule: allow, destinations };
}
function effectiveAllows(firewall) {
  const all = firewall.platformDefault ? [...firewall.rules, firewall.platformDefault.rule] : firewall.rules;
  const order = ruleOrder(all);
  return firewall.rules.filter((r) => r.action === "allow").map((r) => effectiveAllow(r, all, order)).filter((e) => e.destinations.length > 0);
}
function platformDefaultInForce(firewall) {
  if (!firewall.platformDefault) return false;
  const rule = firewall.platformDefault.rule;
  return effectiveAllow(rule, [...firewall.rules, rule]).destinations.length > 0;
}

// src/model/view.ts
function isKnownProtocol(rule) {
  return typeof rule.protocol === "string" || !("unknown" in rule.protocol);
}
var views = /* @__PURE__ */ new WeakMap();
function egressView(firewall) {
  let view = views.get(firewall);
  if (view) return view;
  let allows;
  let defaultInForce;
  view = {
    get allows() {
      return allows ??= knownAllows(firewall);
    },
    get defaultInForce() {
      return defaultInForce ??= platformDefaultInForce(firewall);
    }
  };
  views.set(firewall, view);
  return view;
}
function knownAllows(firewall) {
  const allows = [];
  for (const { rule, destinations } of effectiveAllows(firewall)) {
    if (!isKnownProtocol(rule)) continue;
    const reaches = [];
    for (const { destination, ports, tcp, udp } of destinations) {
      if (destination.kind === "unknown" || !Array.isArray(ports)) continue;
      if (!Array.isArray(tcp) || !Array.isArray(udp)) continue;
      reaches.push({ destination, ports, tcp, udp });
    }
    if (reaches.length > 0) allows.push({ rule, reaches });
  }
  return allows;
}

// src/providers/aws/advice.ts
var EMPTY_EGRESS = {
  pulumi: "`egress: []` in its arguments",
  cloudformation: "the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)",
  terraform: "`egress = []`",
  "terraform-plan": "`egress = []`"
};
var awsAdvice = {
  // AWS adds an allow-all rule to a group created without egress (CloudFormation); Terraform and Pulumi remove it,
  // which leaves egress unmanaged rather than open.
  "aws-security-group": (firewall) => firewall.platformDefault ? `so AWS's default ${firewall.platformDefault.name} rule is in force: every port to every IPv4 address. Declare the egress it needs, or the deny-all idiom (one rule to 127.0.0.1/32, protocol -1)` : `so egress is unmanaged: rules added outside this code persist and are never reviewed or removed. Declare ${EMPTY_EGRESS[firewall.platform]} or the rules it needs`,
  "aws-network-acl": (firewall) => `so all outbound traffic is allowed by ${firewall.platformDefault?.name}. Declare egress entries that allow only what is needed`
};

// src/providers/shared/advice.ts
function defaultNamed(firewall) {
  const name = firewall.platformDefault?.name;
  const priority = firewall.platformDefault?.priority;
  return priority === void 0 ? name : `${name}, priority ${priority}`;
}

// src/providers/azure/advice.ts
var azureAdvice = {
  "azure-nsg": (firewall) => `so internet egress is allowed by the platform default ${defaultNamed(firewall)}. Add an outbound Deny to Internet (or *) at a priority below 65000 and allow only what is needed`
};

// src/providers/gcp/advice.ts
var gcpAdvice = {
  "gcp-network": (firewall) => `so internet egress is allowed by the platform default ${defaultNamed(firewall)}. Add an EGRESS deny firewall for 0.0.0.0/0, all protocols, and allow only what is needed`
};

// src/providers/host/advice.ts
var hostAdvice = {
  ufw: (firewall) => `so ${firewall.platformDefault?.name} lets every process send anything anywhere. Run \`ufw default deny outgoing\` and allow only what is needed (\`ufw allow out 443/tcp\`)`,
  iptables: (firewall) => `so the ${firewall.platformDefault?.name} lets every process send anything anywhere. Set \`-P OUTPUT DROP\` and ACCEPT only what is needed`
};

// src/providers/advice.ts
var ADVICE = {
  ...awsAdvice,
  ...azureAdvice,
  ...gcpAdvice,
  ...hostAdvice
};
var noEgressAdvice = (firewall) => ADVICE[firewall.kind](firewall);

// rules/egr001-egress-not-declared.ts
var egr001 = {
  meta: {
    id: "EGR001",
    name: "egress-not-declared",
    shortDescription: "A firewall has no explicit egress policy.",
    fullDescription: "A security group, network ACL, NSG or VPC network declares no egress rules and no explicit empty set, so the platform default decides what may leave: allow-all on CloudFormation, Azure and GCP, unmanaged rules on Terraform and Pulumi.",
    help: [
      "Deny-by-default egress starts with declaring it. When a firewall declares nothing, the platform decides:",
      "",
      "- **CloudFormation** `AWS::EC2::SecurityGroup`: AWS adds an allow-all egress rule (0.0.0.0/0, all protocols).",
      '- **Terraform / Pulumi** `aws_security_group`: the provider removes that rule, but egress is *unmanaged* \u2014 rules added by hand or by other tools persist unnoticed. `egress = []` (Pulumi: `egress: []`) makes "no egress" explicit and enforced.',
      "- **Azure NSG**: `AllowInternetOutBound` (priority 65001) lets everything out unless an outbound deny overrides it.",
      "- **GCP VPC**: the implied allow-egress rule (priority 65535) lets everything out unless an EGRESS deny overrides it.",
      "- **Host firewalls**: ufw's outgoing default is allow, and iptables' built-in `OUTPUT` chain starts with policy ACCEPT: a script that sets neither `ufw default deny outgoing` nor `-P OUTPUT DROP` lets everything out.",
      "",
      "A deny whose protocol, ports or destination cannot be resolved (a variable without a value) might be the one that overrides the default: unknown is never open, so the firewall is counted as unresolved and not reported.",
      "",
      "**Fix**: declare the egress the workload needs, or an explicit empty set (`egress = []`; in CloudFormation one rule to `127.0.0.1/32` with protocol `-1`)."
    ].join("\n"),
    defaultLevel: "error",
    securitySeverity: "7.5",
    precision: "very-high",
    tags: ["security", "network", "egress"]
  },
  check(firewall, context) {
    const exposed = egressView(firewall).defaultInForce;
    if (!exposed && firewall.egressDeclared !== "absent") return;
    const declared = firewall.egressDeclared === "absent" ? "declares no egress policy" : "declares egress rules but none overrides the platform default";
    context.report({
      firewall,
      level: exposed ? "error" : "warning",
      securitySeverity: exposed ? "7.5" : "5.0",
      message: `${firewall.displayName} ${declared}, ${noEgressAdvice(firewall)}.`,
      location: firewall.location,
      key: "egress-not-declared"
    });
  }
};

// src/model/anywhere.ts
function protocolKey(p) {
  return typeof p === "string" ? p : String(p.number);
}
function portsKey(ports) {
  return coversAllPorts(ports) ? "all" : JSON.stringify(ports);
}
function addMember(pools, key, member) {
  const members = pools.get(key) ?? [];
  members.push(member);
  pools.set(key, members);
}
function byAllow(members) {
  const out = /* @__PURE__ */ new Map();
  for (const m of members) {
    const own = out.get(m.allow);
    if (own) own.push(m);
    else out.set(m.allow, [m]);
  }
  return out;
}
function openToAnywhere(allows, excluded) {
  const result = [];
  const reported = /* @__PURE__ */ new Set();
  const report = (open) => {
    result.push(open);
    open.open.forEach((d) => reported.add(d));
  };
  const together = reportAlone(poolsOf(allows, excluded), report);
  if (mayCoverTogether(together)) reportUnions(together, reported, report);
  return result;
}
function poolsOf(allows, excluded) {
  const pools = /* @__PURE__ */ new Map();
  for (const allow of allows) {
    const protocol = protocolKey(allow.rule.protocol);
    const condition = allow.rule.condition ?? "";
    for (const { destination, ports, tcp, udp } of allow.reaches) {
      if (excluded(destination)) continue;
      if (destination.kind !== "cidr" && destination.kind !== "service-tag") continue;
      addMember(pools, `${protocol}|${portsKey(ports)}|${condition}`, {
        allow,
        destination,
        ports,
        tcp,
        udp
      });
    }
  }
  return pools;
}
function reportAlone(pools, report) {
  const together = /* @__PURE__ */ new Map();
  for (const [key, members] of pools) {
    for (const [allow, own] of byAllow(members)) {
      const open = anywhereDestinations(own.map((m) => m.destination));
      if (open.length > 0) report(openAllow(allow, own, open, []));
      else for (const m of own) addMember(together, key, m);
    }
  }
  return together;
}
function reportUnions(together, reported, report) {
  for (const members of together.values()) reportTogether(members, reported, report);
  const split = /* @__PURE__ */ new Map();
  for (const [key, members] of together) {
    const [protocol, , condition] = key.split("|");
    if (protocol !== "all") continue;
    for (const m of members) {
      if (coversAllPorts(m.tcp)) addMember(split, `tcp|all|${condition}`, { ...m, ports: m.tcp });
      if (coversAllPorts(m.udp)) addMember(split, `udp|all|${condition}`, { ...m, ports: m.udp });
    }
  }
  for (const [key, members] of split) {
    const own = together.get(key);
    if (own) reportTogether([...own, ...members], reported, report);
  }
  for (const transport of ["tcp", "udp"]) {
    const byCondition = /* @__PURE__ */ new Map();
    for (const [key, members] of together) {
      const [protocol, , condition] = key.split("|");
      if (protocol !== transport && protocol !== "all") continue;
      for (const m of members) {
        const ports = m[transport];
        if (ports.length > 0) addMember(byCondition, condition, { ...m, ports });
      }
    }
    for (const members of byCondition.values()) {
      for (const range of sharedPortRanges(members)) {
        const ports = [range];
        for (const version of [4, 6]) {
          const covering = members.filter(
            (m) => (m.destination.kind !== "cidr" || m.destination.cidr.version === version) && m.ports.some((r) => r.from <= range.from && r.to >= range.to)
          );
          if (byAllow(covering).size < 2) continue;
          reportTogether(
            covering.map((m) => ({
              ...m,
              protocol: transport,
              ports,
              tcp: transport === "tcp" ? ports : [],
              udp: transport === "udp" ? ports : []
            })),
            reported,
            report
          );
        }
      }
    }
  }
}
var IPV4_NEEDED = (1n << 32n) - (1n << 24n);
var IPV6_NEEDED = (1n << 128n) - 1n;
function mayCoverTogether(pools) {
  let v4 = 0n;
  let v6 = 0n;
  for (const members of pools.values())
    for (const { destination: d } of members) {
      if (d.kind !== "cidr") continue;
      if (d.cidr.version === 4) v4 += 1n << BigInt(32 - d.cidr.prefix);
      else v6 += 1n << BigInt(128 - d.cidr.prefix);
    }
  return v4 >= IPV4_NEEDED || v6 >= IPV6_NEEDED;
}
var MAX_PORT_RANGES = 4096;
function sharedPortRanges(members) {
  const bounds = /* @__PURE__ */ new Set();
  for (const m of members)
    for (const r of m.ports) {
      bounds.add(r.from);
      bounds.add(r.to + 1);
    }
  if (bounds.size > MAX_PORT_RANGES + 1) return [];
  const sorted = [...bounds].sort((a, b) => a - b);
  const ranges = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const range = { from: sorted[i], to: sorted[i + 1] - 1 };
    if (members.some((m) => m.ports.some((r) => r.from <= range.from && r.to >= range.to)))
      ranges.push(range);
  }
  return ranges;
}
function reportTogether(members, reported, report) {
  const open = new Set(anywhereDestinations(members.map((m) => m.destination)));
  if (open.size === 0) return;
  const contributing = byAllow(members.filter((m) => open.has(m.destination)));
  for (const [allow, own] of contributing) {
    if (own.every((m) => reported.has(m.destination))) continue;
    const partners = [...contributing].filter(([other]) => other !== allow).map(([other, theirs]) => ({ rule: other.rule, destinations: theirs.map((m) => m.destination) }));
    report(
      openAllow(
        allow,
        own,
        own.map((m) => m.destination),
        partners
      )
    );
  }
}
function openAllow(allow, members, open, partners) {
  const first = members.find((m) => m.destination === open[0]) ?? members[0];
  const protocol = first.protocol ?? allow.rule.protocol;
  return { rule: allow.rule, protocol, open, ports: first.ports, tcp: first.tcp, partners };
}

// src/config/set.ts
import { posix } from "node:path";
function singleConfig(config = DEFAULT_CONFIG) {
  return { byDir: {}, fallback: config };
}
function configOf(set, file) {
  if (file.startsWith("/") || file.startsWith("../")) return set.fallback;
  for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
    const key = dir === "." ? "" : dir;
    const found = set.byDir[key];
    if (found) return found;
    if (key === "" || key === "/") return set.fallback;
  }
}
function allConfigs(set) {
  return [set.fallback, ...Object.values(set.byDir)];
}

// src/config/destinations.ts
function bareAddress(ref) {
  return ref.replace(/^(module\.[^.]+(\[[^\]]*\])?\.)+/, "").replace(/\[[^\]]*\]$/, "").replace(/\.(id|arn|group_id|GroupId)$/, "");
}
function firewallRef(firewall) {
  const ref = firewall.id.slice(firewall.id.indexOf("//") + 1).replace(/^\//, "");
  return { kind: "security-group", ref, text: ref, location: firewall.location, origins: [] };
}
function compileDestinations(specs) {
  const cidrs = [];
  const refs = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const cidr = parseCidr(spec);
    if (cidr) cidrs.push(cidr);
    else refs.add(spec.trim());
  }
  const matcher = {
    isEmpty: specs.length === 0,
    mentions: (firewall) => matcher.matches(firewallRef(firewall)) || firewall.rules.some((r) => r.destinations.some((d) => matcher.matches(d))),
    matches(d) {
      switch (d.kind) {
        case "cidr":
          return cidrs.some((c) => cidrContains(c, d.cidr));
        case "security-group":
        case "prefix-list":
          return refs.has(d.ref) || refs.has(bareAddress(d.ref));
        case "service-tag":
          return refs.has(d.tag);
        case "unknown":
          return false;
      }
    }
  };
  return matcher;
}
function relaysUsed(configs, firewalls) {
  const used = [];
  for (const config of allConfigs(configs)) {
    for (const entry of config.relays) {
      const matcher = compileDestinations([entry]);
      if (firewalls.some((f) => matcher.mentions(f))) used.push(`relay:${config.path ?? ""}\0${entry}`);
    }
  }
  return used;
}

// rules/egr002-open-egress.ts
function placeOf(location, file) {
  return location.file === file ? `line ${location.line}` : `${location.file}:${location.line}`;
}
function problemsOf(opens) {
  const problems = /* @__PURE__ */ new Map();
  for (const open of opens) {
    const { rule, ports } = open;
    const { file, line, column } = rule.location;
    const key = [
      rule.declaredBy.id,
      `${file}:${line}:${column}`,
      open.open.map(describeDestination).join(" + "),
      open.partners.map((p) => `${p.rule.location.line}:${p.destinations.map(describeDestination)}`),
      rule.condition ?? "",
      formatPorts(ports),
      allTraffic(open.protocol, ports)
    ].join("|");
    const same = problems.get(key);
    if (same) {
      same.protocols.push(open.protocol);
      same.tcp.push(open.tcp);
    } else problems.set(key, { open, protocols: [open.protocol], tcp: [open.tcp] });
  }
  return [...problems.values()];
}
function completedBy({ open, partners }) {
  if (partners.length === 0) return "";
  const others = partners.map(
    (p) => `${p.destinations.map(describeDestination).join(" + ")} (${placeOf(p.rule.location, open[0].location.file)})`
  );
  return `, which with ${others.join(", ")} covers every address`;
}
var options = { allowedDestinations, allowedPublicPorts, smtpPorts };
var egr002 = {
  meta: {
    id: "EGR002",
    name: "open-egress",
    options,
    shortDescription: "An egress rule allows traffic to anywhere on the internet.",
    fullDescription: "An allow rule reaches every address (0.0.0.0/0, ::/0, CIDRs whose union is the whole space, in one rule or across the rules of a firewall for the same protocol and ports, or Azure *, Internet, Any). All protocols or all ports is an error; other ports outside allowedPublicPorts (default 443, TCP and UDP; 443/tcp for TCP only) are a warning.",
    help: [
      "An egress rule to the whole internet lets a compromised or misused workload send data anywhere: a customer database mailed out, posted to an attacker's server, tunnelled over DNS or any open port.",
      "",
      '"Anywhere" is decided by CIDR arithmetic, per firewall: `0.0.0.0/0`, `::/0`, a non-canonical `1.2.3.4/0`, lists such as `0.0.0.0/1` + `128.0.0.0/1`, and allows of one firewall for the same protocol, ports and condition whose CIDRs together cover every address (in CloudFormation, one `CidrIp` per rule is the only way to write it) all count; each such rule is reported. Loopback (`127.0.0.0/8`, `::1`) never leaves the host and is never open.',
      "",
      "All protocols, or all TCP or UDP ports (`0-65535` or `1-65535`), to anywhere is an error; its message says when mail (SMTP) is included, which EGR003 then does not report again. Other ports outside `allowedPublicPorts` are a warning.",
      "",
      "`allowedPublicPorts` (default `[443]`): a bare port allows TCP and UDP (UDP 443 is HTTP/3 over QUIC, HTTPS like TCP 443); write `443/tcp` or `443/udp` to allow one protocol only.",
      "",
      "**Fix**: send traffic to named destinations (a proxy, a VPC endpoint, a prefix list, a peer security group). If HTTPS to the internet is genuinely needed, allow only port 443; other public ports can be allowed with `allowedPublicPorts` in `.egress-lint.yml`."
    ].join("\n"),
    defaultLevel: "error",
    securitySeverity: "8.8",
    precision: "very-high",
    tags: ["security", "network", "egress"]
  },
  check(firewall, context) {
    const allowed = compileDestinations(context.options.allowedDestinations);
    const publicPorts = context.options.allowedPublicPorts;
    const opens = openToAnywhere(egressView(firewall).allows, (d) => allowed.matches(d)).filter(
      (o) => allTraffic(o.protocol, o.ports) || !withinPublicPorts(o.protocol, o.ports, publicPorts)
    );
    for (const { open: first, protocols, tcp } of problemsOf(opens)) {
      const { rule, open, ports } = first;
      protocols.sort((a, b) => compareText(protocolName(a), protocolName(b)));
      const everything = allTraffic(first.protocol, ports);
      const where = open.map(describeDestination).join(" + ");
      const traffic = describeTrafficOf(protocols, ports);
      const smtp = context.options.smtpPorts.filter((p) => tcp.some((t) => portsInclude(t, p)));
      const mail = everything && smtp.length > 0 ? `, mail (SMTP ports ${smtp.join(", ")}) included` : "";
      const why = everything ? `anything on the host can send data anywhere${mail}` : `only ${publicPorts.map(formatPublicPort).join(", ") || "no ports"} may go to the internet (allowedPublicPorts)`;
      context.report({
        firewall,
        level: everything ? "error" : "warning",
        securitySeverity: everything ? "8.8" : "5.5",
        message: `${rule.declaredBy.displayName} allows ${traffic} to ${where}${completedBy(first)}${rule.condition ? ` when ${rule.condition}` : ""}: ${why}.`,
        location: open[0].location,
        resource: rule.declaredBy.location,
        related: [
          ...open.flatMap((d) => d.origins),
          ...rule.origins,
          ...first.partners.map((p) => ({
            location: p.rule.location,
            description: 'the rule that completes "anywhere"'
          }))
        ],
        key: `${rule.declaredBy.id}|${traffic}|${where}|${rule.condition ?? ""}`
      });
    }
  }
};

// rules/egr003-smtp-egress-to-non-relay.ts
var options2 = { relays, smtpPorts, allowedDestinations };
var egr003 = {
  meta: {
    id: "EGR003",
    name: "smtp-egress-to-non-relay",
    options: options2,
    shortDescription: "SMTP egress to a destination that is not an approved mail relay.",
    fullDescription: "An allow rule lets TCP (or all protocols) out on an SMTP port (smtpPorts, default 25, 465, 587, 2525) to a destination that is not listed under relays. SMTP to anywhere is always an error; to a specific destination, a warning until relays are configured. All traffic to anywhere is left to EGR002. Mail should leave only through an approved relay that authenticates, logs and rate-limits it.",
    help: [
      "Servers that can speak SMTP to any host can mail your data to anyone: this is how a customer once exfiltrated a company's leads through its own app. Mail should leave only through an approved relay.",
      "",
      'The rule fires when an allow rule covers TCP (or all protocols), includes an SMTP port (`smtpPorts`, default 25, 465, 587, 2525), and a destination is not an approved relay. SMTP to anywhere (`0.0.0.0/0`, `::/0`, `Internet`, `*`, or allows that together cover every address) is always an error: no approved relay is "anywhere". SMTP to a specific destination is an error when relays are configured, and a warning until you declare them.',
      "",
      "All traffic to anywhere includes SMTP, but that is one problem: EGR002 reports it as an error and its message says mail is included, so this rule does not report it again (unless EGR002 is turned off or lowered). Loopback (`127.0.0.0/8`, `::1`) is never a mail destination: a local MTA is fine.",
      "",
      "**Fix**: restrict SMTP egress to the relay, and declare the relay in `.egress-lint.yml`:",
      "",
      "```yaml",
      "relays:",
      "  - aws_security_group.mail_relay   # Terraform address, CloudFormation logical id, or sg- id",
      "  - 10.0.5.10/32                    # CIDR",
      "  - pl-0123456789abcdef0            # prefix list",
      "```"
    ].join("\n"),
    defaultLevel: "error",
    securitySeverity: "8.1",
    precision: "high",
    tags: ["security", "network", "egress", "smtp"]
  },
  check(firewall, context) {
    const relayList = compileDestinations(context.options.relays);
    const allowed = compileDestinations(context.options.allowedDestinations);
    const { allows } = egressView(firewall);
    const { anywhere, reportedByOpenEgress } = anywhereOf(allows, (d) => allowed.matches(d), context);
    const approved = (d) => relayList.matches(d) || allowed.matches(d) || reportedByOpenEgress.has(d);
    for (const { rule, reaches } of allows) {
      if (rule.protocol !== "tcp" && rule.protocol !== "all") continue;
      const offending = reaches.flatMap(({ destination, tcp }) => {
        const smtp = context.options.smtpPorts.filter((p) => portsInclude(tcp, p));
        return smtp.length > 0 && !approved(destination) ? [{ destination, smtp }] : [];
      });
      const toAnywhere = offending.filter((d) => anywhere.has(d.destination));
      const toNamed = offending.filter((d) => !anywhere.has(d.destination));
      const noRelays = relayList.isEmpty;
      if (toAnywhere.length > 0) reportSmtp(firewall, rule, toAnywhere, "error", context, noRelays);
      if (toNamed.length > 0)
        reportSmtp(firewall, rule, toNamed, noRelays ? "warning" : "error", context, noRelays);
    }
  }
};
function anywhereOf(allows, excluded, context) {
  const anywhere = /* @__PURE__ */ new Set();
  const reportedByOpenEgress = /* @__PURE__ */ new Set();
  for (const open of openToAnywhere(allows, excluded)) {
    open.open.forEach((d) => anywhere.add(d));
    const level = context.levelOf("EGR002", open.open[0].location.file, "error");
    if (allTraffic(open.protocol, open.ports) && level === "error")
      open.open.forEach((d) => reportedByOpenEgress.add(d));
  }
  return { anywhere, reportedByOpenEgress };
}
function reportSmtp(firewall, rule, offending, level, context, noRelays) {
  const smtp = [...new Set(offending.flatMap((d) => d.smtp))].sort((a, b) => a - b);
  const where = offending.map((d) => describeDestination(d.destination)).join(", ");
  const hint = noRelays ? "no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml" : "only the configured relays may receive mail";
  context.report({
    firewall,
    level,
    message: `${rule.declaredBy.displayName} allows SMTP (port${smtp.length > 1 ? "s" : ""} ${smtp.join(", ")}) to ${where}${rule.condition ? ` when ${rule.condition}` : ""}, which ${offending.length > 1 ? "are not approved mail relays" : "is not an approved mail relay"}; ${hint}.`,
    location: offending[0].destination.location,
    resource: rule.declaredBy.location,
    related: [...offending.flatMap((d) => d.destination.origins), ...rule.origins],
    key: `${rule.declaredBy.id}|smtp ${smtp.join(",")}|${where}|${rule.condition ?? ""}`
  });
}

// rules/index.ts
var rules = [egr001, egr002, egr003];

export {
  DEFAULT_CONFIG,
  singleConfig,
  configOf,
  allConfigs,
  relaysUsed,
  rules
};
