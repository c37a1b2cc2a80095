// The view rules read: each allow's known destinations and ports after the denies, and whether the platform default
// is in force. What could not be resolved is left out here, once (unknown is never open), so no rule re-checks it.
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../../src/model/cidr.ts';
import { gcpImpliedEgress } from '../../src/model/platform-defaults.ts';
import { ALL_PORTS } from '../../src/model/protocol.ts';
import type {
  Cidr,
  Destination,
  EgressRule,
  Firewall,
  Location,
  Ports,
  Protocol,
} from '../../src/model/types.ts';
import { egressView } from '../../src/model/view.ts';

const at = (line: number): Location => ({ file: 'main.tf', line, column: 1 });
const declaredBy = { id: 'net', resourceType: 'google_compute_network', displayName: 'net', location: at(1) };

function cidr(text: string, line: number): Destination {
  return { kind: 'cidr', cidr: parseCidr(text) as Cidr, text, location: at(line), origins: [] };
}

function unknown(line: number): Destination {
  return { kind: 'unknown', expression: 'var.x', text: 'var.x', location: at(line), origins: [] };
}

function rule(line: number, fields: Partial<EgressRule> & { protocol: Protocol; ports: Ports }): EgressRule {
  return {
    action: 'allow',
    destinations: [cidr('0.0.0.0/0', line)],
    location: at(line),
    origins: [],
    declaredBy,
    ...fields,
  };
}

function firewall(rules: EgressRule[], withDefault = false): Firewall {
  return {
    platform: 'terraform',
    provider: 'gcp',
    kind: 'gcp-network',
    id: 'net',
    displayName: 'net',
    resourceType: 'google_compute_network',
    location: at(1),
    egressDeclared: rules.length > 0 ? 'rules' : 'absent',
    rules,
    ...(withDefault && { platformDefault: gcpImpliedEgress(declaredBy) }),
  };
}

const lines = (fw: Firewall) =>
  egressView(fw).allows.map((a) => `${a.rule.location.line}: ${a.reaches.map((r) => r.destination.text)}`);

describe('egressView', () => {
  it('leaves out unknown destinations, ports and protocols, and allows left with nothing known', () => {
    const fw = firewall([
      rule(2, {
        protocol: 'tcp',
        ports: [{ from: 25, to: 25 }],
        destinations: [unknown(2), cidr('10.0.0.0/8', 2)],
      }),
      rule(3, { protocol: 'tcp', ports: { unknown: 'var.port' } }),
      rule(4, { protocol: { unknown: 'var.protocol' }, ports: ALL_PORTS }),
      rule(5, { protocol: 'all', ports: { unknown: 'var.port' } }),
      rule(6, { protocol: 'udp', ports: [{ from: 53, to: 53 }] }),
    ]);
    expect(lines(fw)).toEqual(['2: 10.0.0.0/8', '6: 0.0.0.0/0']);
    const [, dns] = egressView(fw).allows;
    expect(dns.reaches[0]).toMatchObject({
      ports: [{ from: 53, to: 53 }],
      tcp: [],
      udp: [{ from: 53, to: 53 }],
    });
  });

  it('drops what a deny that could not be resolved might mask, and the platform default it might override', () => {
    const deny = rule(2, {
      action: 'deny',
      priority: 100,
      protocol: 'all',
      ports: ALL_PORTS,
      destinations: [unknown(2)],
    });
    const allow = rule(3, { priority: 200, protocol: 'tcp', ports: [{ from: 443, to: 443 }] });
    expect(lines(firewall([deny, allow], true))).toEqual([]);
    expect(egressView(firewall([deny], true)).defaultInForce).toBe(false);
    expect(egressView(firewall([], true)).defaultInForce).toBe(true);
    expect(egressView(firewall([allow])).defaultInForce).toBe(false);
  });

  it('is built once per firewall, for every rule that reads it', () => {
    const fw = firewall([rule(2, { protocol: 'tcp', ports: [{ from: 443, to: 443 }] })]);
    expect(egressView(fw)).toBe(egressView(fw));
    expect(egressView(fw).allows).toBe(egressView(fw).allows);
  });
});
