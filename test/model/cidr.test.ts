import { describe, expect, it } from 'vitest';
import { cidrContains, coversAnywhere, parseCidr } from '../../src/model/cidr.ts';
import { normalizeProtocol, portsFromPair, parsePortRangeText } from '../../src/model/protocol.ts';
import { anywhereDestinations } from '../../src/model/destinations.ts';
import type { Destination } from '../../src/model/types.ts';

const cidr = (t: string) => {
  const c = parseCidr(t);
  if (!c) throw new Error(`not a CIDR: ${t}`);
  return c;
};

describe('parseCidr', () => {
  it.each([
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['1.2.3.4/0', '0.0.0.0/0'],
    ['10.1.2.3/8', '10.0.0.0/8'],
    ['192.168.1.1', '192.168.1.1/32'],
    ['::/0', '::/0'],
    ['2001:DB8::1/32', '2001:db8::/32'],
    ['::ffff:10.0.0.1/128', '::ffff:a00:1/128'],
    ['fe80:0:0:0:0:0:0:1/64', 'fe80::/64'],
  ])('%s → %s', (input, text) => {
    expect(parseCidr(input)?.text).toBe(text);
  });
  it.each(['', '10.0.0.0/33', '256.0.0.0/8', '1.2.3/8', 'sg-123', '::1::2/64', '10.0.0.0/-1', '0.0.0.0/0/0'])(
    'rejects %j',
    (input) => {
      expect(parseCidr(input)).toBeUndefined();
    },
  );
});

describe('coverage', () => {
  it('decides anywhere by union', () => {
    expect(coversAnywhere([cidr('0.0.0.0/1'), cidr('128.0.0.0/1')])).toEqual({ v4: true, v6: false });
    expect(coversAnywhere([cidr('0.0.0.0/1'), cidr('128.0.0.0/2')])).toEqual({ v4: false, v6: false });
    expect(coversAnywhere([cidr('::/1'), cidr('8000::/1')])).toEqual({ v4: false, v6: true });
    expect(coversAnywhere([cidr('0.0.0.0/2'), cidr('64.0.0.0/2'), cidr('128.0.0.0/1')]).v4).toBe(true);
  });
  it('contains', () => {
    expect(cidrContains(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(cidrContains(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
    expect(cidrContains(cidr('0.0.0.0/0'), cidr('::/0'))).toBe(false);
  });
  it('picks the destinations that make a rule reach anywhere', () => {
    const loc = { file: 'f', line: 1, column: 1 };
    const d = (t: string): Destination => ({
      kind: 'cidr',
      cidr: cidr(t),
      text: t,
      location: loc,
      origins: [],
    });
    expect(
      anywhereDestinations([d('10.0.0.0/8'), d('0.0.0.0/1'), d('128.0.0.0/1')]).map((x) => x.text),
    ).toEqual(['0.0.0.0/1', '128.0.0.0/1']);
    expect(
      anywhereDestinations([
        { kind: 'service-tag', tag: 'Internet', text: 'Internet', location: loc, origins: [] },
      ]),
    ).toHaveLength(1);
    expect(
      anywhereDestinations([
        { kind: 'service-tag', tag: 'VirtualNetwork', text: 'VirtualNetwork', location: loc, origins: [] },
      ]),
    ).toHaveLength(0);
  });
});

describe('protocols and ports', () => {
  it.each([
    ['-1', 'all'],
    ['ALL', 'all'],
    [-1, 'all'],
    ['6', 'tcp'],
    ['TCP', 'tcp'],
    [17, 'udp'],
    ['1', 'icmp'],
    ['58', 'icmpv6'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeProtocol(input)).toBe(expected);
  });
  it('keeps other protocol numbers', () => {
    expect(normalizeProtocol('50')).toEqual({ number: 50 });
  });
  it('ignores ports for "all" and ICMP type/code', () => {
    expect(portsFromPair('all', 25, 25)).toEqual([{ from: 0, to: 65535 }]);
    expect(portsFromPair('icmp', 8, 0)).toEqual([]);
    expect(portsFromPair('tcp', 0, 0)).toEqual([{ from: 0, to: 0 }]);
    expect(portsFromPair('tcp', -1, -1)).toEqual([{ from: 0, to: 65535 }]);
  });
  it('parses Azure/GCP port text', () => {
    expect(parsePortRangeText('*')).toEqual({ from: 0, to: 65535 });
    expect(parsePortRangeText('1024-65535')).toEqual({ from: 1024, to: 65535 });
    expect(parsePortRangeText('70000')).toBeUndefined();
  });
});
