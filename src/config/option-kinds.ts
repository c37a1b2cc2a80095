// The kinds of value rule options take (src/engine/types.ts RuleOption): each with its JSON Schema (referring to the
// config schema's definitions, so every option of a kind is described and checked alike) and its normalisation.
import type { RuleOption } from '../engine/types.ts';
import { parseCidr } from '../model/cidr.ts';
import { ConfigError, formatKeyPath } from './errors.ts';

type KeyPath = (string | number)[];

/** A destination entry as the schema accepts it: a string, or an object naming what it holds. */
type DestinationEntry =
  string | { cidr?: string; securityGroup?: string; prefixList?: string; description?: string };

/** Text that is meant as an IP address or CIDR (so a failed parse is a typo, not a reference name). */
const ADDRESS_LIKE = /^[\d.]+(\/.*)?$|^[\da-f.]*:[\da-f:.]*(\/.*)?$|\/\d*$/i;
const NOT_A_DESTINATION = 'not a CIDR, security-group reference or prefix list';

/** A destination entry as the string the matcher reads (src/config/destinations.ts); objects name what they hold. */
function normaliseDestination(entry: DestinationEntry, at: KeyPath, file: string): string {
  if (typeof entry === 'string') {
    const spec = entry.trim();
    if (parseCidr(spec) || !(ADDRESS_LIKE.test(spec) || /\s/.test(spec))) return spec;
    throw new ConfigError(file, formatKeyPath(at), NOT_A_DESTINATION);
  }
  if (entry.cidr !== undefined) {
    if (parseCidr(entry.cidr)) return entry.cidr.trim();
    throw new ConfigError(file, formatKeyPath([...at, 'cidr']), 'not a CIDR');
  }
  const [key, value] =
    entry.securityGroup !== undefined
      ? ['securityGroup', entry.securityGroup]
      : ['prefixList', entry.prefixList ?? ''];
  if (/\s/.test(value.trim()))
    throw new ConfigError(
      file,
      formatKeyPath([...at, key]),
      `not a ${key === 'securityGroup' ? 'security-group reference' : 'prefix list'} (contains spaces)`,
    );
  return value.trim();
}

/** CIDRs, security-group references and prefix lists (`relays`, `allowedDestinations`). */
export function destinationList(description: string): RuleOption<string[]> {
  return {
    schema: { description, $ref: '#/definitions/destinationList' },
    default: [],
    normalise: (value, at, file) =>
      (value as DestinationEntry[]).map((entry, i) => normaliseDestination(entry, [...at, i], file)),
  };
}

/** Port numbers (`smtpPorts`). */
export function portList(description: string, defaults: number[]): RuleOption<number[]> {
  return { schema: { description, $ref: '#/definitions/portList' }, default: defaults };
}

/** Ports for TCP and UDP (`443`), or for one protocol (`'443/tcp'`, `'443/udp'`): `allowedPublicPorts`. */
export function publicPortList(
  description: string,
  defaults: (number | string)[],
): RuleOption<(number | string)[]> {
  return {
    schema: { description, type: 'array', items: { $ref: '#/definitions/publicPort' } },
    default: defaults,
  };
}
