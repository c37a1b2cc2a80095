import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);

// src/config/errors.ts
var ConfigError = class extends Error {
  /** The config file (as given, usually absolute). */
  file;
  /** Where in the config, as a path like `relays[2].cidr`; empty when the whole file is at fault. */
  key;
  /** What was expected or what is wrong, e.g. `not a CIDR`. */
  expected;
  constructor(file, key, expected) {
    super(key ? `${file}: ${key}: ${expected}` : `${file}: ${expected}`);
    this.name = "ConfigError";
    this.file = file;
    this.key = key;
    this.expected = expected;
  }
};
function formatKeyPath(segments) {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

export {
  ConfigError,
  formatKeyPath
};
