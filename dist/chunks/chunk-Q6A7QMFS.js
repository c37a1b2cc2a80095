import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  ConfigError,
  formatKeyPath
} from "./chunk-G4RFJCIO.js";
import {
  parseCidr
} from "./chunk-KMWAGXRE.js";

// src/config/option-kinds.ts
var ADDRESS_LIKE = /^[\d.]+(\/.*)?$|^[\da-f.]*:[\da-f:.]*(\/.*)?$|\/\d*$/i;
var NOT_A_DESTINATION = "not a CIDR, security-group reference or prefix list";
function normaliseDestination(entry, at, file) {
  if (typeof entry === "string") {
    const spec = entry.trim();
    if (parseCidr(spec) || !(ADDRESS_LIKE.test(spec) || /\s/.test(spec))) return spec;
    throw new ConfigError(file, formatKeyPath(at), NOT_A_DESTINATION);
  }
  if (entry.cidr !== void 0) {
    if (parseCidr(entry.cidr)) return entry.cidr.trim();
    throw new ConfigError(file, formatKeyPath([...at, "cidr"]), "not a CIDR");
  }
  const [key, value] = entry.securityGroup !== void 0 ? ["securityGroup", entry.securityGroup] : ["prefixList", entry.prefixList ?? ""];
  if (/\s/.test(value.trim()))
    throw new ConfigError(
      file,
      formatKeyPath([...at, key]),
      `not a ${key === "securityGroup" ? "security-group reference" : "prefix list"} (contains spaces)`
    );
  return value.trim();
}
function destinationList(description) {
  return {
    schema: { description, $ref: "#/definitions/destinationList" },
    default: [],
    normalise: (value, at, file) => value.map((entry, i) => normaliseDestination(entry, [...at, i], file))
  };
}
function portList(description, defaults) {
  return { schema: { description, $ref: "#/definitions/portList" }, default: defaults };
}
function publicPortList(description, defaults) {
  return {
    schema: { description, type: "array", items: { $ref: "#/definitions/publicPort" } },
    default: defaults
  };
}

// rules/options.ts
var relays = destinationList(
  "Approved mail relays (EGR003): CIDRs, security-group ids or IaC addresses/logical ids, prefix-list ids."
);
var allowedDestinations = destinationList(
  "Destinations allowed for all egress; same syntax as relays."
);
var smtpPorts = portList(
  "Ports treated as SMTP by EGR003. Default: [25, 465, 587, 2525].",
  [25, 465, 587, 2525]
);
var allowedPublicPorts = publicPortList(
  "Ports that may be open to anywhere without an EGR002 warning: a number allows it for TCP and UDP (443: HTTPS, and HTTP/3 over QUIC), '443/tcp' or '443/udp' for one protocol only. Default: [443].",
  [443]
);
var configOptions = { relays, allowedDestinations, smtpPorts, allowedPublicPorts };

// src/config/options.ts
var OPTIONS = Object.entries(configOptions);
function optionDefaults() {
  return Object.fromEntries(OPTIONS.map(([key, option]) => [key, option.default]));
}
function optionSchemas() {
  return Object.fromEntries(OPTIONS.map(([key, option]) => [key, option.schema]));
}
function normaliseOptions(data, file) {
  const values = {};
  for (const [key, option] of OPTIONS) {
    const value = data[key];
    if (value !== void 0) values[key] = option.normalise ? option.normalise(value, [key], file) : value;
  }
  return values;
}
function optionValues(config) {
  return Object.fromEntries(OPTIONS.map(([key]) => [key, config[key]]));
}
function ruleOptionValues(rule, config) {
  return Object.fromEntries(
    Object.keys(rule.meta.options ?? {}).map((key) => [key, config[key]])
  );
}

export {
  relays,
  allowedDestinations,
  smtpPorts,
  allowedPublicPorts,
  optionDefaults,
  optionSchemas,
  normaliseOptions,
  optionValues,
  ruleOptionValues
};
