import { openToAnywhere } from '../src/model/anywhere.ts';
import { compileDestinations } from '../src/config/destinations.ts';
import { describeDestination } from '../src/model/destinations.ts';
import { allTraffic, portsInclude } from '../src/model/protocol.ts';
import { egressView, type KnownAllow } from '../src/model/view.ts';
import { allowedDestinations, relays, smtpPorts } from './options.ts';
import type { Rule, RuleContext } from '../src/engine/types.ts';
import type { Destination, EgressRule, Firewall } from '../src/model/types.ts';

/** The config options it reads (rules/options.ts). */
const options = { relays, smtpPorts, allowedDestinations };

export const egr003: Rule<typeof options> = {
  meta: {
    id: 'EGR003',
    name: 'smtp-egress-to-non-relay',
    options,
    shortDescription: 'SMTP egress to a destination that is not an approved mail relay.',
    fullDescription:
      'An allow rule lets TCP (or all protocols) out on an SMTP port (smtpPorts, default 25, 465, 587, 2525) to a destination that is not listed under relays. SMTP to anywhere is always an error; to a specific destination, a warning until relays are configured. All traffic to anywhere is left to EGR002. Mail should leave only through an approved relay that authenticates, logs and rate-limits it.',
    help: [
      "Servers that can speak SMTP to any host can mail your data to anyone: this is how a customer once exfiltrated a company's leads through its own app. Mail should leave only through an approved relay.",
      '',
      'The rule fires when an allow rule covers TCP (or all protocols), includes an SMTP port (`smtpPorts`, default 25, 465, 587, 2525), and a destination is not an approved relay. SMTP to anywhere (`0.0.0.0/0`, `::/0`, `Internet`, `*`, or allows that together cover every address) is always an error: no approved relay is "anywhere". SMTP to a specific destination is an error when relays are configured, and a warning until you declare them.',
      '',
      'All traffic to anywhere includes SMTP, but that is one problem: EGR002 reports it as an error and its message says mail is included, so this rule does not report it again (unless EGR002 is turned off or lowered). Loopback (`127.0.0.0/8`, `::1`) is never a mail destination: a local MTA is fine.',
      '',
      '**Fix**: restrict SMTP egress to the relay, and declare the relay in `.egress-lint.yml`:',
      '',
      '```yaml',
      'relays:',
      '  - aws_security_group.mail_relay   # Terraform address, CloudFormation logical id, or sg- id',
      '  - 10.0.5.10/32                    # CIDR',
      '  - pl-0123456789abcdef0            # prefix list',
      '```',
    ].join('\n'),
    defaultLevel: 'error',
    securitySeverity: '8.1',
    precision: 'high',
    tags: ['security', 'network', 'egress', 'smtp'],
  },
  check(firewall, context) {
    const relayList = compileDestinations(context.options.relays);
    const allowed = compileDestinations(context.options.allowedDestinations);
    const { allows } = egressView(firewall);
    const { anywhere, reportedByOpenEgress } = anywhereOf(allows, (d) => allowed.matches(d), context);
    const approved = (d: Destination) =>
      relayList.matches(d) || allowed.matches(d) || reportedByOpenEgress.has(d);
    for (const { rule, reaches } of allows) {
      if (rule.protocol !== 'tcp' && rule.protocol !== 'all') continue;
      const offending = reaches.flatMap(({ destination, tcp }) => {
        const smtp = context.options.smtpPorts.filter((p) => portsInclude(tcp, p));
        return smtp.length > 0 && !approved(destination) ? [{ destination, smtp }] : [];
      });
      // SMTP to anywhere is an error whatever the relays; to a named destination, a warning until relays are declared.
      const toAnywhere = offending.filter((d) => anywhere.has(d.destination));
      const toNamed = offending.filter((d) => !anywhere.has(d.destination));
      const noRelays = relayList.isEmpty;
      if (toAnywhere.length > 0) reportSmtp(firewall, rule, toAnywhere, 'error', context, noRelays);
      if (toNamed.length > 0)
        reportSmtp(firewall, rule, toNamed, noRelays ? 'warning' : 'error', context, noRelays);
    }
  },
};

/**
 * Destinations that are anywhere (alone or with the firewall's other allows), and those EGR002 reports as an error
 * (all traffic to anywhere): that finding already says mail is included.
 */
function anywhereOf(
  allows: readonly KnownAllow[],
  excluded: (d: Destination) => boolean,
  context: RuleContext,
): { anywhere: Set<Destination>; reportedByOpenEgress: Set<Destination> } {
  const anywhere = new Set<Destination>();
  const reportedByOpenEgress = new Set<Destination>();
  for (const open of openToAnywhere(allows, excluded)) {
    open.open.forEach((d) => anywhere.add(d));
    const level = context.levelOf('EGR002', open.open[0].location.file, 'error');
    if (allTraffic(open.protocol, open.ports) && level === 'error')
      open.open.forEach((d) => reportedByOpenEgress.add(d));
  }
  return { anywhere, reportedByOpenEgress };
}

/** One finding per rule and level, at its first offending destination, naming every destination it reaches. */
function reportSmtp(
  firewall: Firewall,
  rule: EgressRule,
  offending: { destination: Destination; smtp: number[] }[],
  level: 'error' | 'warning',
  context: RuleContext,
  noRelays: boolean,
): void {
  const smtp = [...new Set(offending.flatMap((d) => d.smtp))].sort((a, b) => a - b);
  const where = offending.map((d) => describeDestination(d.destination)).join(', ');
  const hint = noRelays
    ? 'no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml'
    : 'only the configured relays may receive mail';
  context.report({
    firewall,
    level,
    message: `${rule.declaredBy.displayName} allows SMTP (port${smtp.length > 1 ? 's' : ''} ${smtp.join(', ')}) to ${where}${rule.condition ? ` when ${rule.condition}` : ''}, which ${offending.length > 1 ? 'are not approved mail relays' : 'is not an approved mail relay'}; ${hint}.`,
    location: offending[0].destination.location,
    resource: rule.declaredBy.location,
    related: [...offending.flatMap((d) => d.destination.origins), ...rule.origins],
    key: `${rule.declaredBy.id}|smtp ${smtp.join(',')}|${where}|${rule.condition ?? ''}`,
  });
}
