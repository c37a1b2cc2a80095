// The one error type config loading throws: which file, which key, what was expected.

export class ConfigError extends Error {
  /** The config file (as given, usually absolute). */
  readonly file: string;
  /** Where in the config, as a path like `relays[2].cidr`; empty when the whole file is at fault. */
  readonly key: string;
  /** What was expected or what is wrong, e.g. `not a CIDR`. */
  readonly expected: string;

  constructor(file: string, key: string, expected: string) {
    super(key ? `${file}: ${key}: ${expected}` : `${file}: ${expected}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
    this.expected = expected;
  }
}

/** `['relays', 2, 'cidr']` → `relays[2].cidr`; keys that are not identifiers are quoted: `rules["my rule"]`. */
export function formatKeyPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
