// GCP firewalls in Terraform: grouped per network, the implied allow-egress rule, priorities, ties, scopes.
import { describe, expect, it } from 'vitest';
import { effectiveAllows } from '../../src/model/effective.ts';
import { describeRules, firewallsOf, lintFixture, summary } from '../helpers.ts';

describe('GCP VPC networks', () => {
  const result = lintFixture('terraform/gcp/networks');
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);
  const messageAt = (ruleId: string, line: number) =>
    result.findings.find((f) => f.ruleId === ruleId && f.location.line === line)?.message;

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR001 error main.tf:4', // only an INGRESS firewall: the implied allow-egress rule is in force
      'EGR002 warning main.tf:40', // 25, 587, 2525 with 25 and 587 masked by deny-smtp (priority 500 < 600)
      'EGR003 error main.tf:40',
      'EGR002 warning main.tf:53', // priority 400, before deny-smtp: not masked
      'EGR003 error main.tf:53',
      'EGR001 error main.tf:108', // a deny for tagged instances only does not override the implied rule
      'EGR002 error main.tf:124', // network outside the scan, no destination_ranges: 0.0.0.0/0
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('attributes the implied rule to the network resource and names it with its priority', () => {
    expect(messageAt('EGR001', 4)).toBe(
      'google_compute_network.open declares no egress policy, so internet egress is allowed by the platform default implied allow-egress rule, priority 65535. Add an EGRESS deny firewall for 0.0.0.0/0, all protocols, and allow only what is needed.',
    );
  });

  it('reports what a partly masked rule still lets out, and lets the deny win a tie', () => {
    expect(messageAt('EGR002', 40)).toBe(
      'google_compute_firewall.mail allows TCP port 2525 to 0.0.0.0/0: only 443 may go to the internet (allowedPublicPorts).',
    );
    // smtps_tie (priority 500, like deny-smtp) is masked; disabled_all is ignored; https is port 443 only.
    expect(result.findings.filter((f) => f.location.line >= 61 && f.location.line < 108)).toEqual([]);
  });

  it('groups firewalls by the network they name: .id, .self_link and .name alike, defaults to priority 1000', () => {
    const locked = byId('google_compute_network.locked');
    expect(locked?.egressDeclared).toBe('rules');
    expect(locked?.rules.map((r) => `${r.declaredBy.id} ${r.action} ${r.priority}`)).toEqual([
      'google_compute_firewall.deny_smtp deny 500',
      'google_compute_firewall.mail allow 600',
      'google_compute_firewall.smtp_first allow 400',
      'google_compute_firewall.smtps_tie allow 500',
      'google_compute_firewall.https allow 1000',
      'google_compute_firewall.deny_all deny 65534',
    ]);
  });

  it('checks firewalls of a network outside the scan on their own, without the implied rule', () => {
    const legacy = byId('network projects/p/global/networks/legacy');
    expect(legacy?.displayName).toBe('network legacy');
    expect(legacy?.platformDefault).toBeUndefined();
    expect(legacy?.location.line).toBe(124);
  });
});

describe('unknown values in a network', () => {
  it('does not judge the implied rule when a firewall might be the overriding EGRESS deny', () => {
    const result = lintFixture('terraform/gcp/unknown');
    expect(summary(result)).toEqual([]);
    expect(result.unresolved.map((u) => `${u.location.line} ${u.expression}`)).toEqual(['10 var.direction']);
  });
});

// Moved from EGR003's examples: it pinned GCP's tie rule (at equal priority the deny wins), not the rule.
describe('GCP priorities', () => {
  it('at equal priority (the default 1000) the deny wins, so the SMTP allow is masked', () => {
    const firewall = (
      name: string,
      action: string,
      ports: string,
    ) => `resource "google_compute_firewall" "${name.replace('-', '_')}" {
  name      = "${name}"
  network   = "default"
  direction = "EGRESS"

  ${action} {
    protocol = "tcp"
    ports    = [${ports}]
  }
}
`;
    const [network] = firewallsOf(
      'main.tf',
      `${firewall('deny-smtp', 'deny', '"25", "465", "587", "2525"')}\n${firewall('smtp', 'allow', '"25"')}`,
    );
    expect(network.id).toBe('network default');
    expect(describeRules(network)).toEqual([
      'deny 1000 tcp 25,465,587,2525 to 0.0.0.0/0 (line 6)',
      'allow 1000 tcp 25 to 0.0.0.0/0 (line 17)',
    ]);
    expect(effectiveAllows(network)).toEqual([]);
  });
});
