// IP network functions: cidrhost, cidrnetmask, cidrsubnet, cidrsubnets, with the errors Terraform gives.
import { formatV4, formatV6, parseCidr } from '../../../model/cidr.ts';
import type { Cidr } from '../../../model/types.ts';
import { def, fail, list, needInteger, needString, str, type FunctionDef } from './args.ts';

function network(text: string, fn: string): Cidr & { bits: number } {
  const cidr = text.includes('/') ? parseCidr(text) : undefined;
  if (!cidr) fail(fn, `invalid CIDR expression: invalid CIDR address: ${text}`);
  return { ...cidr, bits: cidr.version === 4 ? 32 : 128 };
}

function addressText(version: 4 | 6, address: bigint): string {
  return version === 4 ? formatV4(address) : formatV6(address);
}

function subnet(base: Cidr & { bits: number }, newbits: number, netnum: number, fn: string): string {
  const length = base.prefix + newbits;
  if (newbits < 0) fail(fn, 'new bits must not be negative');
  if (length > base.bits)
    fail(fn, `insufficient address space to extend prefix of ${base.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    fail(fn, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const address = base.network | (BigInt(netnum) << BigInt(base.bits - length));
  return `${addressText(base.version, address)}/${length}`;
}

function host(base: Cidr & { bits: number }, hostnum: number): string {
  const size = 1n << BigInt(base.bits - base.prefix);
  const offset = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (offset < 0n || offset >= size)
    fail('cidrhost', `prefix of ${base.prefix} bits cannot accommodate a host numbered ${hostnum}`);
  return addressText(base.version, base.network + offset);
}

/** Terraform's cidrsubnets: consecutive subnets, each aligned to its own size, after the previous one. */
function subnets(base: Cidr & { bits: number }, newbits: number[]): string[] {
  const space = 1n << BigInt(base.bits);
  const maskOf = (length: number) => (space - 1n) ^ ((1n << BigInt(base.bits - length)) - 1n);
  const first = base.prefix + (newbits[0] ?? 0);
  // The subnet just before the network (go-cidr's PreviousSubnet), so the first NextSubnet lands at its start.
  let current = { address: ((base.network - 1n + space) % space) & maskOf(first), length: first };
  const end = base.network + (1n << BigInt(base.bits - base.prefix));
  return newbits.map((bits) => {
    const length = base.prefix + bits;
    if (bits < 1) fail('cidrsubnets', 'must extend prefix by at least one bit');
    if (length > base.bits)
      fail(
        'cidrsubnets',
        `would extend prefix to ${length} bits, which is too long for an IPv${base.version} address`,
      );
    const currentLast = current.address + (1n << BigInt(base.bits - current.length)) - 1n;
    const last = (currentLast & maskOf(length)) + (1n << BigInt(base.bits - length));
    if (last >= space || last < base.network || last >= end)
      fail(
        'cidrsubnets',
        `not enough remaining address space for a subnet with a prefix of ${length} bits after ${addressText(base.version, current.address)}/${current.length}`,
      );
    current = { address: last, length };
    return `${addressText(base.version, last)}/${length}`;
  });
}

export const NETWORK_FUNCTIONS: Record<string, FunctionDef> = {
  cidrhost: def(2, 2, ([p, n], ctx) =>
    str(host(network(needString(p, 'cidrhost'), 'cidrhost'), needInteger(n, 'cidrhost')), ctx.src),
  ),
  cidrnetmask: def(1, 1, ([p]) => {
    const base = network(needString(p, 'cidrnetmask'), 'cidrnetmask');
    if (base.version !== 4) fail('cidrnetmask', 'only IPv4 networks are supported');
    return str(formatV4(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - base.prefix)) - 1n)));
  }),
  cidrsubnet: def(3, 3, ([p, nb, nn], ctx) =>
    str(
      subnet(
        network(needString(p, 'cidrsubnet'), 'cidrsubnet'),
        needInteger(nb, 'cidrsubnet'),
        needInteger(nn, 'cidrsubnet'),
        'cidrsubnet',
      ),
      ctx.src,
    ),
  ),
  cidrsubnets: def(1, Infinity, ([p, ...bits], ctx) =>
    list(
      subnets(
        network(needString(p, 'cidrsubnets'), 'cidrsubnets'),
        bits.map((b) => needInteger(b, 'cidrsubnets')),
      ).map((s) => str(s, ctx.src)),
      ctx.src,
    ),
  ),
};
