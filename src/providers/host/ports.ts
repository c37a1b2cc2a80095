// Port and address words of host firewall commands: `53`, `80,443`, `60000:61000`, service names, addresses.
import { parseCidr } from '../../model/cidr.ts';
import { isLoopback } from '../../model/destinations.ts';
import type { Destination, PortRange, Ports, Unresolved } from '../../model/types.ts';
import type { Word } from './firewall.ts';

/**
 * Service names as /etc/services (Debian's netbase) lists them, for the names host firewall commands accept
 * instead of numbers (`ufw allow out https`, `--dport smtp`). A name not listed here is unknown, never open.
 */
const SERVICES: Record<string, { port: number; protocols: ('tcp' | 'udp')[] }> = {
  ftp: { port: 21, protocols: ['tcp'] },
  ssh: { port: 22, protocols: ['tcp'] },
  telnet: { port: 23, protocols: ['tcp'] },
  smtp: { port: 25, protocols: ['tcp'] },
  domain: { port: 53, protocols: ['tcp', 'udp'] },
  http: { port: 80, protocols: ['tcp'] },
  www: { port: 80, protocols: ['tcp'] },
  pop3: { port: 110, protocols: ['tcp'] },
  ntp: { port: 123, protocols: ['udp'] },
  imap2: { port: 143, protocols: ['tcp'] },
  imap: { port: 143, protocols: ['tcp'] },
  ldap: { port: 389, protocols: ['tcp', 'udp'] },
  https: { port: 443, protocols: ['tcp', 'udp'] },
  submissions: { port: 465, protocols: ['tcp'] },
  smtps: { port: 465, protocols: ['tcp'] },
  submission: { port: 587, protocols: ['tcp'] },
  imaps: { port: 993, protocols: ['tcp'] },
  pop3s: { port: 995, protocols: ['tcp'] },
  mysql: { port: 3306, protocols: ['tcp'] },
  postgresql: { port: 5432, protocols: ['tcp'] },
};

export function serviceNamed(name: string): { port: number; protocols: ('tcp' | 'udp')[] } | undefined {
  return Object.hasOwn(SERVICES, name.toLowerCase()) ? SERVICES[name.toLowerCase()] : undefined;
}

function portNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : undefined;
  }
  return serviceNamed(text)?.port;
}

/**
 * A port list as ufw and iptables write it: `53`, `80,443`, `60000:61000`, `1024:` (iptables: to 65535), service
 * names. Unknown (with the word as written) when a part is neither a number nor a known service.
 */
export function parsePortList(word: Word, unresolved: Unresolved[]): Ports {
  if (word.unknown) return unknownPorts(word, 'a variable that is not resolved', unresolved);
  const ranges: PortRange[] = [];
  for (const part of word.text.split(',')) {
    const [lo, hi, extra] = part.split(':');
    const from = lo === '' ? 0 : portNumber(lo);
    const to = hi === undefined ? from : hi === '' ? 65535 : portNumber(hi);
    if (from === undefined || to === undefined || extra !== undefined || from > to)
      return unknownPorts(
        word,
        `\`${part}\` is not a port, a port range or a known service name`,
        unresolved,
      );
    ranges.push({ from, to });
  }
  return ranges;
}

function unknownPorts(word: Word, reason: string, unresolved: Unresolved[]): Ports {
  unresolved.push({ location: word.location, expression: word.text, reason: `port ${reason}` });
  return { unknown: word.text };
}

/** The complement of port ranges within 0-65535 (`! --dport 25`). */
export function complementPorts(ports: PortRange[]): PortRange[] {
  const sorted = [...ports].sort((a, b) => a.from - b.from);
  const out: PortRange[] = [];
  let next = 0;
  for (const r of sorted) {
    if (r.from > next) out.push({ from: next, to: r.from - 1 });
    next = Math.max(next, r.to + 1);
  }
  if (next <= 65535) out.push({ from: next, to: 65535 });
  return out;
}

/**
 * Addresses of a `to`/`-d` word (`203.0.113.7`, `10.0.0.0/8`, `a,b`), loopback left out; unknown when a part
 * is not an address (a host name, a variable). Undefined for `any`.
 */
export function parseAddresses(word: Word, unresolved: Unresolved[]): Destination[] | undefined {
  const base = { text: word.text, location: word.location, origins: [] };
  if (word.unknown) {
    unresolved.push({
      location: word.location,
      expression: word.text,
      reason: 'destination is a variable that is not resolved',
    });
    return [{ ...base, kind: 'unknown', expression: word.text }];
  }
  if (word.text === 'any' || word.text === '0/0') return undefined;
  const destinations: Destination[] = [];
  for (const part of word.text.split(',')) {
    const cidr = parseCidr(part);
    if (!cidr) {
      unresolved.push({
        location: word.location,
        expression: part,
        reason:
          'destination is not an IP address or CIDR block (a host name is resolved only when the rule is loaded)',
      });
      destinations.push({ ...base, text: part, kind: 'unknown', expression: part });
    } else {
      const destination: Destination = { ...base, text: part, kind: 'cidr', cidr };
      if (!isLoopback(destination)) destinations.push(destination); // never leaves the host
    }
  }
  return destinations;
}
