// "Anywhere" per firewall: allows whose destinations together cover the whole space, for the same protocol, ports
// and condition, are open to anywhere, each reported at its own destinations with the others as partners.
import { describe, expect, it } from 'vitest';
import { openToAnywhere } from '../../src/model/anywhere.ts';
import { parseCidr } from '../../src/model/cidr.ts';
import { egressView } from '../../src/model/view.ts';
import { ALL_PORTS } from '../../src/model/protocol.ts';
import type { Cidr, EgressRule, Firewall, Location, Protocol } from '../../src/model/types.ts';

const at = (line: number): Location => ({ file: 'main.tf', line, column: 1 });

function rule(
  line: number,
  protocol: Protocol,
  cidrs: string[],
  ports = ALL_PORTS,
  condition?: string,
): EgressRule {
  return {
    action: 'allow',
    protocol,
    ports: protocol === 'all' ? ALL_PORTS : ports,
    destinations: cidrs.map((text) => ({
      kind: 'cidr',
      cidr: parseCidr(text) as Cidr,
      text,
      location: at(line),
      origins: [],
    })),
    location: at(line),
    origins: [],
    declaredBy: { id: 'sg', resourceType: 'aws_security_group', displayName: 'sg', location: at(1) },
    ...(condition ? { condition } : {}),
  };
}

function firewallOf(rules: EgressRule[]): Firewall {
  return {
    platform: 'cloudformation',
    kind: 'aws-security-group',
    id: 'sg',
    displayName: 'sg',
    resourceType: 'AWS::EC2::SecurityGroup',
    location: at(1),
    egressDeclared: 'rules',
    rules,
  };
}

function open(...rules: EgressRule[]): string[] {
  return openToAnywhere(egressView(firewallOf(rules)).allows, () => false)
    .map(
      (o) =>
        `${o.rule.location.line}: ${o.open.map((d) => d.text).join(' + ')}` +
        (o.partners.length > 0 ? ` with ${o.partners.map((p) => p.rule.location.line).join(', ')}` : ''),
    )
    .sort();
}

describe('openToAnywhere', () => {
  it('reports a rule open on its own, without partners', () => {
    expect(open(rule(2, 'all', ['0.0.0.0/0']), rule(3, 'all', ['10.0.0.0/8']))).toEqual(['2: 0.0.0.0/0']);
    expect(open(rule(2, 'tcp', ['0.0.0.0/1', '128.0.0.0/1'], [{ from: 22, to: 22 }]))).toEqual([
      '2: 0.0.0.0/1 + 128.0.0.0/1',
    ]);
  });

  it('reports allows that together cover the space, for the same protocol and ports, at each of them', () => {
    expect(open(rule(2, 'all', ['0.0.0.0/1']), rule(3, 'all', ['128.0.0.0/1']))).toEqual([
      '2: 0.0.0.0/1 with 3',
      '3: 128.0.0.0/1 with 2',
    ]);
    expect(
      open(
        rule(2, 'tcp', ['::/1'], [{ from: 25, to: 25 }]),
        rule(3, 'tcp', ['8000::/1'], [{ from: 25, to: 25 }]),
      ),
    ).toEqual(['2: ::/1 with 3', '3: 8000::/1 with 2']);
  });

  it('lets an all-protocols allow complete TCP or UDP allows of every port (0-65535 or 1-65535)', () => {
    expect(
      open(rule(2, 'all', ['0.0.0.0/1']), rule(3, 'tcp', ['128.0.0.0/1'], [{ from: 1, to: 65535 }])),
    ).toEqual(['2: 0.0.0.0/1 with 3', '3: 128.0.0.0/1 with 2']);
  });

  it('combines allows with different ports on the ports they share, as that protocol only', () => {
    const findings = (...rules: EgressRule[]) =>
      openToAnywhere(egressView(firewallOf(rules)).allows, () => false)
        .map(
          (o) =>
            `${o.rule.location.line}: ${String(o.protocol)} ${JSON.stringify(o.ports)} ${o.open[0].text}`,
        )
        .sort();
    // SMTP to every IPv4 address, written as TCP 25 to one half and every TCP port (or everything) to the other.
    expect(
      findings(
        rule(2, 'tcp', ['0.0.0.0/1'], [{ from: 25, to: 25 }]),
        rule(3, 'tcp', ['128.0.0.0/1'], [{ from: 0, to: 65535 }]),
      ),
    ).toEqual(['2: tcp [{"from":25,"to":25}] 0.0.0.0/1', '3: tcp [{"from":25,"to":25}] 128.0.0.0/1']);
    expect(
      findings(rule(2, 'tcp', ['0.0.0.0/1'], [{ from: 20, to: 30 }]), rule(3, 'all', ['128.0.0.0/1'])),
    ).toEqual(['2: tcp [{"from":20,"to":30}] 0.0.0.0/1', '3: tcp [{"from":20,"to":30}] 128.0.0.0/1']);
    expect(
      findings(
        rule(2, 'udp', ['0.0.0.0/1'], [{ from: 400, to: 500 }]),
        rule(3, 'udp', ['128.0.0.0/1'], [{ from: 450, to: 600 }]),
      ),
    ).toEqual(['2: udp [{"from":450,"to":500}] 0.0.0.0/1', '3: udp [{"from":450,"to":500}] 128.0.0.0/1']);
  });

  it('names only the same address family as partners in the port-by-port check', () => {
    expect(
      open(
        rule(2, 'tcp', ['0.0.0.0/1'], [{ from: 25, to: 25 }]),
        rule(3, 'all', ['128.0.0.0/1']),
        rule(4, 'all', ['::/1']),
        rule(5, 'all', ['8000::/1']),
      ),
    ).toEqual(['2: 0.0.0.0/1 with 3', '3: 128.0.0.0/1 with 2', '4: ::/1 with 5', '5: 8000::/1 with 4']);
  });

  it('bounds the port-by-port check at 4,096 port ranges per transport (the pools of equal ports still apply)', () => {
    const many = (count: number) =>
      open(
        ...Array.from({ length: count }, (_, i) =>
          rule(2, 'tcp', ['0.0.0.0/1'], [{ from: 2 * i + 1, to: 2 * i + 1 }]),
        ),
        rule(3, 'tcp', ['128.0.0.0/1'], [{ from: 0, to: 65535 }]),
      );
    expect(many(2046)).toHaveLength(2047);
    expect(many(2048)).toEqual([]);
  });

  it('does not combine different ports, protocols or conditions', () => {
    expect(
      open(
        rule(2, 'tcp', ['0.0.0.0/1'], [{ from: 22, to: 22 }]),
        rule(3, 'tcp', ['128.0.0.0/1'], [{ from: 25, to: 25 }]),
      ),
    ).toEqual([]);
    expect(open(rule(2, 'tcp', ['0.0.0.0/1']), rule(3, 'udp', ['128.0.0.0/1']))).toEqual([]);
    expect(
      open(
        rule(2, 'all', ['0.0.0.0/1'], ALL_PORTS, 'c is true'),
        rule(3, 'all', ['128.0.0.0/1'], ALL_PORTS, 'c is false'),
      ),
    ).toEqual([]);
  });

  it('never counts loopback: not a destination, and a set covering all but loopback is anywhere', () => {
    expect(
      open(
        rule(2, 'all', [
          '0.0.0.0/2',
          '64.0.0.0/3',
          '96.0.0.0/4',
          '112.0.0.0/5',
          '120.0.0.0/6',
          '124.0.0.0/7',
          '126.0.0.0/8',
        ]),
        rule(3, 'all', ['127.0.0.0/8']),
        rule(4, 'all', ['128.0.0.0/1']),
      ),
    ).toEqual([
      '2: 0.0.0.0/2 + 64.0.0.0/3 + 96.0.0.0/4 + 112.0.0.0/5 + 120.0.0.0/6 + 124.0.0.0/7 + 126.0.0.0/8 with 4',
      '4: 128.0.0.0/1 with 2',
    ]);
  });
});
