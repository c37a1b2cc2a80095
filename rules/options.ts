// The options rules read from the config file, each a top-level key with its schema and default. A rule declares
// the ones it reads in `meta.options`; two rules reading one share its declaration. Listed in the order the config
// schema shows them (src/config/options.ts derives validation, defaults and --print-config from this list).
import { destinationList, portList, publicPortList } from '../src/config/option-kinds.ts';
import type { OptionValues } from '../src/engine/types.ts';

export const relays = destinationList(
  'Approved mail relays (EGR003): CIDRs, security-group ids or IaC addresses/logical ids, prefix-list ids.',
);

export const allowedDestinations = destinationList(
  'Destinations allowed for all egress; same syntax as relays.',
);

export const smtpPorts = portList(
  'Ports treated as SMTP by EGR003. Default: [25, 465, 587, 2525].',
  [25, 465, 587, 2525],
);

export const allowedPublicPorts = publicPortList(
  "Ports that may be open to anywhere without an EGR002 warning: a number allows it for TCP and UDP (443: HTTPS, and HTTP/3 over QUIC), '443/tcp' or '443/udp' for one protocol only. Default: [443].",
  [443],
);

/** Every option a rule declares (a test checks the rules read exactly these). */
export const configOptions = { relays, allowedDestinations, smtpPorts, allowedPublicPorts };

/** The option values a config holds. */
export type ConfigOptionValues = OptionValues<typeof configOptions>;
