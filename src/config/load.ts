// Finding and loading `.egress-lint.yml|yaml|json`. Declarative only: parsed as data, never executed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { LevelSetting } from '../engine/types.ts';
import { DEFAULT_CONFIG, type Config } from './types.ts';

export const CONFIG_FILE_NAMES = ['.egress-lint.yml', '.egress-lint.yaml', '.egress-lint.json'] as const;

/** An invalid config file: which file, which key, what was expected. */
export class ConfigError extends Error {
  readonly file: string;
  readonly key: string;
  readonly expected: string;
  constructor(file: string, key: string, expected: string) {
    super(`${file}: invalid config${key ? ` at "${key}"` : ''}: expected ${expected}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
    this.expected = expected;
  }
}

/** The nearest config file from startDir up to (and including) stopDir. */
export function findConfig(startDir: string, stopDir: string): string | undefined {
  const stop = resolve(stopDir);
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

const LEVELS: readonly LevelSetting[] = ['error', 'warning', 'note', 'off'];

type Check = (value: unknown) => boolean;
const isStringArray: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isPortArray: Check = (v) => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 0 && x <= 65535);
const isRuleLevels: Check = (v) =>
  isPlainObject(v) && Object.values(v).every((x) => LEVELS.includes(x as LevelSetting));

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FIELDS: Record<Exclude<keyof Config, 'path'>, [Check, string]> = {
  relays: [isStringArray, 'a list of strings (CIDRs, security-group ids or addresses, prefix-list ids)'],
  smtpPorts: [isPortArray, 'a list of port numbers (0-65535)'],
  allowedPublicPorts: [isPortArray, 'a list of port numbers (0-65535)'],
  allowedDestinations: [isStringArray, 'a list of strings (CIDRs, security-group ids or addresses, prefix-list ids)'],
  rules: [isRuleLevels, 'a map of rule id to error, warning, note or off'],
  ignore: [isStringArray, 'a list of glob strings'],
  overrides: [
    (v) => Array.isArray(v) && v.every((o) => isPlainObject(o) && isStringArray(o.files) && isRuleLevels(o.rules)),
    'a list of { files: [globs], rules: { ID: level } }',
  ],
  requireReason: [(v) => typeof v === 'boolean', 'true or false'],
  ignoreResources: [
    (v) => Array.isArray(v) && v.every((o) => isPlainObject(o) && typeof o.pattern === 'string' && typeof o.reason === 'string'),
    'a list of { pattern, reason } strings',
  ],
  maxFileSize: [(v) => Number.isInteger(v) && (v as number) > 0, 'a positive whole number of bytes'],
};

/** Reads, validates and merges a config file over DEFAULT_CONFIG; throws ConfigError on any problem. */
export function loadConfig(file: string): Config {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, '', `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    // JSON is YAML; one parser covers all three file names. No custom tags, no code.
    data = text.trim() === '' ? {} : parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(path, '', `valid YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) data = {};
  if (!isPlainObject(data)) throw new ConfigError(path, '', 'a mapping of settings at the top level');

  const config: Config = { ...DEFAULT_CONFIG, path };
  for (const [key, value] of Object.entries(data)) {
    const field = FIELDS[key as keyof typeof FIELDS];
    if (!field) throw new ConfigError(path, key, `one of the known keys: ${Object.keys(FIELDS).join(', ')}`);
    const [check, expected] = field;
    if (!check(value)) throw new ConfigError(path, key, expected);
    (config as unknown as Record<string, unknown>)[key] = value;
  }
  return config;
}
