// Effective egress: denies evaluated before an allow take away its ports and destinations; nothing else does.
// And the view rules read (src/model/view.ts): the same, with what could not be resolved left out once.
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../../src/model/cidr.ts';
import { effectiveAllow, effectiveAllows, platformDefaultInForce } from '../../src/model/effective.ts';
import { azureNsgDefaults } from '../../src/providers/azure/defaults.ts';
import { gcpImpliedEgress } from '../../src/providers/gcp/defaults.ts';
import { ALL_PORTS } from '../../src/model/protocol.ts';
import { egressView } from '../../src/model/view.ts';
import type {
  Destination,
  EgressRule,
  Firewall,
  Location,
  PortRange,
  Ports,
  Protocol,
} from '../../src/model/types.ts';

const at: Location = { file: 'main.tf', line: 1, column: 1 };
const declaredBy = { id: 'x', resourceType: 't', displayName: 'x', location: at };

function destination(text: string): Destination {
  const cidr = parseCidr(text);
  if (cidr) return { kind: 'cidr', cidr, text, location: at, origins: [] };
  if (text.startsWith('sg:'))
    return { kind: 'security-group', ref: text.slice(3), text, location: at, origins: [] };
  if (text.startsWith('?')) return { kind: 'unknown', expression: text, text, location: at, origins: [] };
  return { kind: 'service-tag', tag: text, text, location: at, origins: [] };
}

interface RuleSpec {
  priority?: number;
  protocol?: Protocol;
  /** A port range as [from, to], or ports as the model writes them. */
  ports?: [number, number] | Ports;
  to?: string[];
  condition?: string;
}

function portsOf(ports: RuleSpec['ports']): Ports {
  if (ports === undefined) return ALL_PORTS;
  if (
    Array.isArray(ports) &&
    ports.length === 2 &&
    typeof ports[0] === 'number' &&
    typeof ports[1] === 'number'
  )
    return [{ from: ports[0], to: ports[1] }];
  return ports as Ports;
}

function rule(action: EgressRule['action'], spec: RuleSpec = {}): EgressRule {
  const protocol = spec.protocol ?? 'tcp';
  const ports = portsOf(spec.ports);
  return {
    action,
    priority: spec.priority,
    protocol,
    ports,
    destinations: (spec.to ?? ['0.0.0.0/0']).map(destination),
    location: at,
    origins: [],
    declaredBy,
    condition: spec.condition,
  };
}

const allow = (spec?: RuleSpec) => rule('allow', spec);
const deny = (spec?: RuleSpec) => rule('deny', spec);

/** What the allow (the last rule) still lets out: `destination ports`, one entry per destination. */
function open(...rules: EgressRule[]): string[] {
  const target = rules[rules.length - 1];
  const text = (p: Ports) =>
    Array.isArray(p) ? p.map((r: PortRange) => `${r.from}-${r.to}`).join(',') : `?${p.unknown}`;
  return effectiveAllow(target, rules).destinations.map((d) => `${d.destination.text} ${text(d.ports)}`);
}

describe('masking by priority', () => {
  it('a deny at a higher priority hides an allow; the opposite order does not', () => {
    expect(open(deny({ priority: 100, ports: [25, 25] }), allow({ priority: 200, ports: [25, 25] }))).toEqual(
      [],
    );
    expect(open(deny({ priority: 300, ports: [25, 25] }), allow({ priority: 200, ports: [25, 25] }))).toEqual(
      ['0.0.0.0/0 25-25'],
    );
  });

  it('takes away only the denied ports of a wider allow', () => {
    expect(
      open(deny({ priority: 100, ports: [25, 25] }), allow({ priority: 200, ports: [0, 1024] })),
    ).toEqual(['0.0.0.0/0 0-24,26-1024']);
    expect(
      open(
        deny({ priority: 100, ports: [0, 79] }),
        deny({ priority: 110, ports: [81, 65535] }),
        allow({ priority: 200 }),
      ),
    ).toEqual(['0.0.0.0/0 80-80']);
  });

  it('lets the deny win a tie (GCP) and falls back to declaration order without priorities', () => {
    expect(open(deny({ priority: 1000 }), allow({ priority: 1000 }))).toEqual([]);
    expect(open(deny(), allow())).toEqual([]);
    expect(open(allow(), deny())).toEqual(['0.0.0.0/0 0-65535']);
  });

  it('evaluates the platform default rules after every declared rule', () => {
    const anchor = { ...declaredBy };
    const { platformDefault, denyAllOutBound } = azureNsgDefaults(anchor);
    // DenyAllOutBound (65500) never masks a declared allow, even one whose priority is unknown.
    expect(effectiveAllow(allow(), [denyAllOutBound, allow()]).destinations).toHaveLength(1);
    const declaredDeny = deny({ protocol: 'all', to: ['Internet'] });
    expect(
      effectiveAllow(platformDefault.rule, [declaredDeny, denyAllOutBound, platformDefault.rule])
        .destinations,
    ).toEqual([]);
  });

  it('ignores a deny that holds only under a condition the allow does not share', () => {
    expect(
      open(deny({ priority: 100, condition: 'instances are tagged web' }), allow({ priority: 200 })),
    ).toEqual(['0.0.0.0/0 0-65535']);
    const scoped = { condition: 'instances are tagged web' };
    expect(open(deny({ priority: 100, ...scoped }), allow({ priority: 200, ...scoped }))).toEqual([]);
  });
});

describe('protocols', () => {
  it('an all-protocols deny masks every protocol, a TCP deny does not mask UDP', () => {
    expect(open(deny({ priority: 1, protocol: 'all' }), allow({ priority: 2, protocol: 'udp' }))).toEqual([]);
    expect(open(deny({ priority: 1, protocol: 'tcp' }), allow({ priority: 2, protocol: 'udp' }))).toEqual([
      '0.0.0.0/0 0-65535',
    ]);
  });

  it('keeps an all-protocols allow open on every port, and tells which TCP and UDP ports are still open', () => {
    const view = (...rules: EgressRule[]) => {
      const [d] = effectiveAllow(rules[rules.length - 1], rules).destinations;
      return { ports: d.ports, tcp: d.tcp, udp: d.udp };
    };
    const rest = [
      { from: 0, to: 24 },
      { from: 26, to: 65535 },
    ];
    expect(view(deny({ priority: 1, ports: [25, 25] }), allow({ priority: 2, protocol: 'all' }))).toEqual({
      ports: ALL_PORTS,
      tcp: rest,
      udp: ALL_PORTS,
    });
    expect(
      view(deny({ priority: 1, protocol: 'udp', ports: [25, 25] }), allow({ priority: 2, protocol: 'all' })),
    ).toEqual({ ports: ALL_PORTS, tcp: ALL_PORTS, udp: rest });
    expect(view(deny({ priority: 1 }), allow({ priority: 2, protocol: 'all' }))).toEqual({
      ports: ALL_PORTS,
      tcp: [],
      udp: ALL_PORTS,
    });
    expect(view(deny({ priority: 1, ports: [25, 25] }), allow({ priority: 2, ports: [0, 1024] }))).toEqual({
      ports: [
        { from: 0, to: 24 },
        { from: 26, to: 1024 },
      ],
      tcp: [
        { from: 0, to: 24 },
        { from: 26, to: 1024 },
      ],
      udp: [],
    });
  });

  it('masks ICMP by an ICMP or all-protocols deny only', () => {
    expect(
      open(
        deny({ priority: 1, protocol: 'icmp', ports: [] }),
        allow({ priority: 2, protocol: 'icmp', ports: [] }),
      ),
    ).toEqual([]);
    expect(open(deny({ priority: 1 }), allow({ priority: 2, protocol: 'icmp', ports: [] }))).toEqual([
      '0.0.0.0/0 ',
    ]);
  });

  it('never masks away unknown ports; a deny with unknown ports or protocol leaves the allow unknown, not open', () => {
    expect(open(deny({ priority: 1, ports: { unknown: 'var.p' } }), allow({ priority: 2 }))).toEqual([]);
    expect(
      open(deny({ priority: 1, ports: [25, 25] }), allow({ priority: 2, ports: { unknown: 'var.p' } })),
    ).toEqual(['0.0.0.0/0 ?var.p']);
    expect(open(deny({ priority: 1, protocol: { unknown: 'var.proto' } }), allow({ priority: 2 }))).toEqual(
      [],
    );
    // An unknown deny evaluated after the allow, or to a destination it cannot reach, changes nothing.
    expect(open(deny({ priority: 2, protocol: { unknown: 'var.proto' } }), allow({ priority: 1 }))).toEqual([
      '0.0.0.0/0 0-65535',
    ]);
    expect(
      open(
        deny({ priority: 1, protocol: { unknown: 'var.proto' }, to: ['10.0.0.0/8'] }),
        allow({ priority: 2 }),
      ),
    ).toEqual(['0.0.0.0/0 0-65535']);
    expect(
      open(
        deny({ priority: 1, protocol: 'udp', ports: { unknown: 'var.p' } }),
        allow({ priority: 2, protocol: 'tcp' }),
      ),
    ).toEqual(['0.0.0.0/0 0-65535']);
  });

  it('never counts loopback as egress', () => {
    expect(
      open(allow({ priority: 1, to: ['127.0.0.1/32', '::1/128', '127.0.0.0/8', '10.0.0.1/32'] })),
    ).toEqual(['10.0.0.1/32 0-65535']);
  });
});

describe('destinations', () => {
  it('a deny of a wider CIDR, or of CIDRs that together cover it, hides the allow; a narrower one does not', () => {
    expect(
      open(deny({ priority: 1, to: ['10.0.0.0/8'] }), allow({ priority: 2, to: ['10.1.0.0/16'] })),
    ).toEqual([]);
    expect(
      open(
        deny({ priority: 1, to: ['0.0.0.0/1', '128.0.0.0/1'] }),
        allow({ priority: 2, to: ['0.0.0.0/0'] }),
      ),
    ).toEqual([]);
    expect(
      open(
        deny({ priority: 1, to: ['10.0.0.0/9', '10.128.0.0/9'] }),
        allow({ priority: 2, to: ['10.0.0.0/8'] }),
      ),
    ).toEqual([]);
    expect(
      open(deny({ priority: 1, to: ['10.0.0.0/8'] }), allow({ priority: 2, to: ['0.0.0.0/0'] })),
    ).toEqual(['0.0.0.0/0 0-65535']);
    expect(open(deny({ priority: 1, to: ['0.0.0.0/0'] }), allow({ priority: 2, to: ['::/0'] }))).toEqual([
      '::/0 0-65535',
    ]);
  });

  it('judges each destination of the allow on its own', () => {
    expect(
      open(
        deny({ priority: 1, to: ['10.0.0.0/8'] }),
        allow({ priority: 2, to: ['10.2.0.0/16', '8.8.8.8/32'] }),
      ),
    ).toEqual(['8.8.8.8/32 0-65535']);
  });

  it('reads Azure tags: * and Any cover everything, Internet covers public space and anywhere, VirtualNetwork only itself', () => {
    expect(
      open(deny({ priority: 1, to: ['*'] }), allow({ priority: 2, to: ['10.0.0.0/8', 'VirtualNetwork'] })),
    ).toEqual([]);
    expect(
      open(
        deny({ priority: 1, to: ['Internet'] }),
        allow({ priority: 2, to: ['*', '0.0.0.0/0', '8.8.8.8/32', 'Internet'] }),
      ),
    ).toEqual([]);
    expect(
      open(
        deny({ priority: 1, to: ['Internet'] }),
        allow({ priority: 2, to: ['10.0.0.0/8', 'VirtualNetwork', 'sg:asg'] }),
      ),
    ).toEqual(['10.0.0.0/8 0-65535', 'VirtualNetwork 0-65535', 'sg:asg 0-65535']);
    expect(
      open(
        deny({ priority: 1, to: ['VirtualNetwork'] }),
        allow({ priority: 2, to: ['VirtualNetwork', 'Internet'] }),
      ),
    ).toEqual(['Internet 0-65535']);
    // The Internet tag includes Azure's public address space: AzureCloud, Storage and the other service tags.
    expect(
      open(
        deny({ priority: 1, to: ['Internet'] }),
        allow({ priority: 2, to: ['Storage.WestEurope', 'AzureCloud'] }),
      ),
    ).toEqual([]);
    expect(open(deny({ priority: 1, to: ['0.0.0.0/0'] }), allow({ priority: 2, to: ['Internet'] }))).toEqual(
      [],
    );
  });

  it('matches group references by identity; a deny to an unknown destination leaves the allow unknown', () => {
    expect(
      open(deny({ priority: 1, to: ['sg:asg'] }), allow({ priority: 2, to: ['sg:asg', 'sg:other'] })),
    ).toEqual(['sg:other 0-65535']);
    expect(open(deny({ priority: 1, to: ['?var.cidr'] }), allow({ priority: 2 }))).toEqual([]);
  });
});

describe('per firewall', () => {
  const firewall = (rules: EgressRule[], platformDefault?: Firewall['platformDefault']): Firewall => ({
    platform: 'terraform',
    kind: 'gcp-network',
    id: 'net',
    displayName: 'net',
    resourceType: 'google_compute_network',
    location: at,
    egressDeclared: rules.length > 0 ? 'rules' : 'absent',
    rules,
    platformDefault,
  });

  it('drops fully masked allows and keeps partly masked ones', () => {
    const fw = firewall([
      deny({ priority: 100, ports: [25, 25] }),
      allow({ priority: 200, ports: [25, 25] }),
      allow({ priority: 300, ports: [20, 30] }),
    ]);
    expect(effectiveAllows(fw).map((e) => e.destinations[0].ports)).toEqual([
      [
        { from: 20, to: 24 },
        { from: 26, to: 30 },
      ],
    ]);
  });

  it('the GCP implied allow stays in force unless an all-protocols deny for 0.0.0.0/0 overrides it', () => {
    const implied = gcpImpliedEgress(declaredBy);
    expect(platformDefaultInForce(firewall([], implied))).toBe(true);
    expect(platformDefaultInForce(firewall([deny({ priority: 1000, ports: [25, 25] })], implied))).toBe(true);
    expect(platformDefaultInForce(firewall([deny({ priority: 65535, protocol: 'all' })], implied))).toBe(
      false,
    );
    expect(
      platformDefaultInForce(
        firewall([deny({ priority: 65535, protocol: 'all', to: ['10.0.0.0/8'] })], implied),
      ),
    ).toBe(true);
  });

  describe('egressView, the view rules read', () => {
    it('leaves out unknown destinations, ports and protocols, and allows left with nothing known', () => {
      const named = allow({ ports: [25, 25], to: ['?var.x', '10.0.0.0/8'] });
      const dns = allow({ protocol: 'udp', ports: [53, 53] });
      const fw = firewall([
        named,
        allow({ ports: { unknown: 'var.port' } }),
        allow({ protocol: { unknown: 'var.protocol' } }),
        allow({ protocol: 'all', ports: { unknown: 'var.port' } }),
        dns,
      ]);
      const { allows } = egressView(fw);
      expect(allows.map((a) => a.rule)).toEqual([named, dns]);
      expect(allows.map((a) => a.reaches.map((r) => r.destination.text))).toEqual([
        ['10.0.0.0/8'],
        ['0.0.0.0/0'],
      ]);
      expect(allows[1].reaches[0]).toMatchObject({ tcp: [], udp: [{ from: 53, to: 53 }] });
    });

    it('drops what an unresolved deny might mask, and the platform default it might override', () => {
      const implied = gcpImpliedEgress(declaredBy);
      const unresolved = deny({ priority: 1, protocol: 'all', to: ['?var.cidr'] });
      expect(egressView(firewall([unresolved, allow({ priority: 2 })], implied)).allows).toEqual([]);
      expect(egressView(firewall([unresolved], implied)).defaultInForce).toBe(false);
      expect(egressView(firewall([], implied)).defaultInForce).toBe(true);
    });

    it('is built once per firewall, for every rule that reads it', () => {
      const fw = firewall([allow({ ports: [443, 443] })]);
      expect(egressView(fw)).toBe(egressView(fw));
      expect(egressView(fw).allows).toBe(egressView(fw).allows);
    });
  });
});
