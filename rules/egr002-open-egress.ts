import { openToAnywhere, type OpenAllow } from '../src/model/anywhere.ts';
import { compileDestinations } from '../src/config/destinations.ts';
import { describeDestination } from '../src/model/destinations.ts';
import { compareText } from '../src/model/order.ts';
import {
  allTraffic,
  describeTrafficOf,
  formatPorts,
  formatPublicPort,
  portsInclude,
  protocolName,
  withinPublicPorts,
} from '../src/model/protocol.ts';
import { egressView } from '../src/model/view.ts';
import { allowedDestinations, allowedPublicPorts, smtpPorts } from './options.ts';
import type { Rule } from '../src/engine/types.ts';
import type { Location } from '../src/model/types.ts';

/** Where a partner rule is, for a message about a finding in `file`: its line, with its file when elsewhere. */
function placeOf(location: Location, file: string): string {
  return location.file === file ? `line ${location.line}` : `${location.file}:${location.line}`;
}

/** One finding: an allow open to anywhere, with every protocol it opens on the same ports. */
interface Problem {
  open: OpenAllow;
  protocols: OpenAllow['protocol'][];
  tcp: OpenAllow['tcp'][];
}

/**
 * One declared rule that opens the same ports for TCP and UDP (ufw's `allow out 53`, an Azure rule with protocol `*`
 * and ports) is one problem: its model rules (one per protocol) are reported together, naming both.
 */
function problemsOf(opens: readonly OpenAllow[]): Problem[] {
  const problems = new Map<string, Problem>();
  for (const open of opens) {
    const { rule, ports } = open;
    const { file, line, column } = rule.location;
    const key = [
      rule.declaredBy.id,
      `${file}:${line}:${column}`,
      open.open.map(describeDestination).join(' + '),
      open.partners.map((p) => `${p.rule.location.line}:${p.destinations.map(describeDestination)}`),
      rule.condition ?? '',
      formatPorts(ports),
      allTraffic(open.protocol, ports),
    ].join('|');
    const same = problems.get(key);
    if (same) {
      same.protocols.push(open.protocol);
      same.tcp.push(open.tcp);
    } else problems.set(key, { open, protocols: [open.protocol], tcp: [open.tcp] });
  }
  return [...problems.values()];
}

/** ", which with 128.0.0.0/1 (line 9) covers every address" when other allows complete "anywhere". */
function completedBy({ open, partners }: OpenAllow): string {
  if (partners.length === 0) return '';
  const others = partners.map(
    (p) =>
      `${p.destinations.map(describeDestination).join(' + ')} (${placeOf(p.rule.location, open[0].location.file)})`,
  );
  return `, which with ${others.join(', ')} covers every address`;
}

/** The config options it reads (rules/options.ts). */
const options = { allowedDestinations, allowedPublicPorts, smtpPorts };

export const egr002: Rule<typeof options> = {
  meta: {
    id: 'EGR002',
    name: 'open-egress',
    options,
    shortDescription: 'An egress rule allows traffic to anywhere on the internet.',
    fullDescription:
      'An allow rule reaches every address (0.0.0.0/0, ::/0, CIDRs whose union is the whole space, in one rule or across the rules of a firewall for the same protocol and ports, or Azure *, Internet, Any). All protocols or all ports is an error; other ports outside allowedPublicPorts (default 443, TCP and UDP; 443/tcp for TCP only) are a warning.',
    help: [
      "An egress rule to the whole internet lets a compromised or misused workload send data anywhere: a customer database mailed out, posted to an attacker's server, tunnelled over DNS or any open port.",
      '',
      '"Anywhere" is decided by CIDR arithmetic, per firewall: `0.0.0.0/0`, `::/0`, a non-canonical `1.2.3.4/0`, lists such as `0.0.0.0/1` + `128.0.0.0/1`, and allows of one firewall for the same protocol, ports and condition whose CIDRs together cover every address (in CloudFormation, one `CidrIp` per rule is the only way to write it) all count; each such rule is reported. Loopback (`127.0.0.0/8`, `::1`) never leaves the host and is never open.',
      '',
      'All protocols, or all TCP or UDP ports (`0-65535` or `1-65535`), to anywhere is an error; its message says when mail (SMTP) is included, which EGR003 then does not report again. Other ports outside `allowedPublicPorts` are a warning.',
      '',
      '`allowedPublicPorts` (default `[443]`): a bare port allows TCP and UDP (UDP 443 is HTTP/3 over QUIC, HTTPS like TCP 443); write `443/tcp` or `443/udp` to allow one protocol only.',
      '',
      '**Fix**: send traffic to named destinations (a proxy, a VPC endpoint, a prefix list, a peer security group). If HTTPS to the internet is genuinely needed, allow only port 443; other public ports can be allowed with `allowedPublicPorts` in `.egress-lint.yml`.',
    ].join('\n'),
    defaultLevel: 'error',
    securitySeverity: '8.8',
    precision: 'very-high',
    tags: ['security', 'network', 'egress'],
  },
  check(firewall, context) {
    const allowed = compileDestinations(context.options.allowedDestinations);
    const publicPorts = context.options.allowedPublicPorts;
    const opens = openToAnywhere(egressView(firewall).allows, (d) => allowed.matches(d)).filter(
      (o) => allTraffic(o.protocol, o.ports) || !withinPublicPorts(o.protocol, o.ports, publicPorts),
    );
    for (const { open: first, protocols, tcp } of problemsOf(opens)) {
      const { rule, open, ports } = first;
      protocols.sort((a, b) => compareText(protocolName(a), protocolName(b)));
      const everything = allTraffic(first.protocol, ports);
      const where = open.map(describeDestination).join(' + ');
      const traffic = describeTrafficOf(protocols, ports);
      const smtp = context.options.smtpPorts.filter((p) => tcp.some((t) => portsInclude(t, p)));
      const mail = everything && smtp.length > 0 ? `, mail (SMTP ports ${smtp.join(', ')}) included` : '';
      const why = everything
        ? `anything on the host can send data anywhere${mail}`
        : `only ${publicPorts.map(formatPublicPort).join(', ') || 'no ports'} may go to the internet (allowedPublicPorts)`;
      context.report({
        firewall,
        level: everything ? 'error' : 'warning',
        securitySeverity: everything ? '8.8' : '5.5',
        message: `${rule.declaredBy.displayName} allows ${traffic} to ${where}${completedBy(first)}${rule.condition ? ` when ${rule.condition}` : ''}: ${why}.`,
        location: open[0].location,
        resource: rule.declaredBy.location,
        related: [
          ...open.flatMap((d) => d.origins),
          ...rule.origins,
          ...first.partners.map((p) => ({
            location: p.rule.location,
            description: 'the rule that completes "anywhere"',
          })),
        ],
        key: `${rule.declaredBy.id}|${traffic}|${where}|${rule.condition ?? ''}`,
      });
    }
  },
};
