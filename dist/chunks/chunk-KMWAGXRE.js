import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/model/cidr.ts
var V4_BITS = 32;
var V6_BITS = 128;
function parseV4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return void 0;
    const n = Number(part);
    if (n > 255) return void 0;
    value = value << 8n | BigInt(n);
  }
  return value;
}
function parseV6(text) {
  let head = text;
  let tailV4;
  const lastColon = text.lastIndexOf(":");
  if (lastColon >= 0 && text.indexOf(".", lastColon) > lastColon) {
    tailV4 = parseV4(text.slice(lastColon + 1));
    if (tailV4 === void 0) return void 0;
    head = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = head.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (s) => s === "" ? [] : s.split(":");
  const left = groupsOf(halves[0]);
  const right = halves.length === 2 ? groupsOf(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return void 0;
  const groups = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
    value = value << 16n | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== void 0) value = value & ~0xffffffffn | tailV4;
  return value;
}
function formatV4(value) {
  return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
}
function formatV6(value) {
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number(value >> shift & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
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
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}
function parseCidr(input) {
  const text = input.trim();
  const slash = text.indexOf("/");
  const addr = slash >= 0 ? text.slice(0, slash) : text;
  const prefixText = slash >= 0 ? text.slice(slash + 1) : void 0;
  const version = addr.includes(":") ? 6 : 4;
  const bits = version === 4 ? V4_BITS : V6_BITS;
  const value = version === 4 ? parseV4(addr) : parseV6(addr);
  if (value === void 0) return void 0;
  let prefix = bits;
  if (prefixText !== void 0) {
    if (!/^\d{1,3}$/.test(prefixText)) return void 0;
    prefix = Number(prefixText);
    if (prefix > bits) return void 0;
  }
  const hostBits = BigInt(bits - prefix);
  const network = value >> hostBits << hostBits;
  const format = version === 4 ? formatV4 : formatV6;
  return { version, network, prefix, text: `${format(network)}/${prefix}` };
}
function range(c) {
  const bits = c.version === 4 ? V4_BITS : V6_BITS;
  const size = 1n << BigInt(bits - c.prefix);
  return [c.network, c.network + size - 1n];
}
function cidrContains(outer, inner) {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false;
  const [lo, hi] = range(outer);
  return inner.network >= lo && inner.network <= hi;
}
function cidrOverlaps(a, b) {
  return cidrContains(a, b) || cidrContains(b, a);
}
function cidrsCover(cidrs, inner) {
  const [lo, hi] = range(inner);
  const ranges = cidrs.filter((c) => c.version === inner.version).map(range).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  let next = lo;
  for (const [from, to] of ranges) {
    if (to < next) continue;
    if (from > next) return false;
    next = to + 1n;
    if (next > hi) return true;
  }
  return false;
}
function coversAnywhere(cidrs) {
  return { v4: cidrsCover(cidrs, ANY_V4), v6: cidrsCover(cidrs, ANY_V6) };
}
var ANY_V4 = parseCidr("0.0.0.0/0");
var ANY_V6 = parseCidr("::/0");

export {
  formatV4,
  formatV6,
  parseCidr,
  cidrContains,
  cidrOverlaps,
  cidrsCover,
  coversAnywhere,
  ANY_V4,
  ANY_V6
};
