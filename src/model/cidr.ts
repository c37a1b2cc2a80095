// CIDR arithmetic for IPv4 and IPv6 with bigints: "anywhere" is decided by coverage, not by string compare.
import type { Cidr } from './types.ts';

const V4_BITS = 32;
const V6_BITS = 128;

export function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

export function parseV6(text: string): bigint | undefined {
  let head = text;
  let tailV4: bigint | undefined;
  // An embedded IPv4 tail (::ffff:1.2.3.4) counts for two groups.
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.indexOf('.', lastColon) > lastColon) {
    tailV4 = parseV4(text.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groupsOf(halves[0]);
  const right = halves.length === 2 ? groupsOf(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== undefined) value = (value & ~0xffffffffn) | tailV4;
  return value;
}

export function formatV4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

export function formatV6(value: bigint): string {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // RFC 5952: compress the longest run (length >= 2) of zero groups.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Parses `a.b.c.d/n`, `x::y/n`, or a bare address (taken as /32 or /128). Returns undefined when not a CIDR. */
export function parseCidr(input: string): Cidr | undefined {
  const text = input.trim();
  const slash = text.indexOf('/');
  const addr = slash >= 0 ? text.slice(0, slash) : text;
  const prefixText = slash >= 0 ? text.slice(slash + 1) : undefined;
  const version = addr.includes(':') ? 6 : 4;
  const bits = version === 4 ? V4_BITS : V6_BITS;
  const value = version === 4 ? parseV4(addr) : parseV6(addr);
  if (value === undefined) return undefined;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = Number(prefixText);
    if (prefix > bits) return undefined;
  }
  const hostBits = BigInt(bits - prefix);
  const network = (value >> hostBits) << hostBits;
  const format = version === 4 ? formatV4 : formatV6;
  return { version, network, prefix, text: `${format(network)}/${prefix}` };
}

function range(c: Cidr): [bigint, bigint] {
  const bits = c.version === 4 ? V4_BITS : V6_BITS;
  const size = 1n << BigInt(bits - c.prefix);
  return [c.network, c.network + size - 1n];
}

/** True when `inner` lies entirely inside `outer` (same IP version). */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false;
  const [lo, hi] = range(outer);
  return inner.network >= lo && inner.network <= hi;
}

/** True when two CIDRs share at least one address. */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/** True when the union of the CIDRs contains `inner`: two /1 halves contain 0.0.0.0/0, two /9s contain their /8. */
export function cidrsCover(cidrs: readonly Cidr[], inner: Cidr): boolean {
  const [lo, hi] = range(inner);
  const ranges = cidrs
    .filter((c) => c.version === inner.version)
    .map(range)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = lo;
  for (const [from, to] of ranges) {
    if (to < next) continue;
    if (from > next) return false;
    next = to + 1n;
    if (next > hi) return true;
  }
  return false;
}

/** True when the union of the CIDRs covers every IPv4 address, or every IPv6 address. */
export function coversAnywhere(cidrs: readonly Cidr[]): { v4: boolean; v6: boolean } {
  return { v4: cidrsCover(cidrs, ANY_V4), v6: cidrsCover(cidrs, ANY_V6) };
}

/** The whole IPv4 space, as a CIDR. */
export const ANY_V4 = parseCidr('0.0.0.0/0') as Cidr;
/** The whole IPv6 space, as a CIDR. */
export const ANY_V6 = parseCidr('::/0') as Cidr;
