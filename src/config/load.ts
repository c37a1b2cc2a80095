// Finding and loading `.egress-lint.yml|yaml|json`. Declarative only: parsed as data, never executed.
import { existsSync, statSync } from 'node:fs';
import { readSourceText } from '../engine/discover.ts';
import { dirname, extname, join, resolve } from 'node:path';
import { parseJson } from '../formats/json/index.ts';
import { toPlain, type DocNode } from '../formats/tree.ts';
import { ConfigError } from './errors.ts';
import type { Config } from './types.ts';

export { ConfigError } from './errors.ts';

export const CONFIG_FILE_NAMES = ['.egress-lint.yml', '.egress-lint.yaml', '.egress-lint.json'] as const;

/** A config is a page of settings; anything this large is a mistake or an attack, not a config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config file in dir itself, if any (the first of CONFIG_FILE_NAMES that is a file). */
export function configIn(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(dir, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The nearest config file from startDir up to (and including) stopDir, the repository root. */
export function findConfig(startDir: string, stopDir: string): string | undefined {
  const stop = resolve(stopDir);
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    const file = configIn(dir);
    if (file) return file;
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

/** JSON.parse-style last-one-wins would hide a mistake, and YAML configs reject duplicates too. */
function rejectDuplicateKeys(node: DocNode, file: string): void {
  if (node.type === 'array') node.items.forEach((item) => rejectDuplicateKeys(item, file));
  if (node.type !== 'object') return;
  const seen = new Set<string>();
  for (const entry of node.entries) {
    if (seen.has(entry.key)) {
      throw new ConfigError(
        file,
        '',
        `line ${entry.keyLoc.line}, column ${entry.keyLoc.column}: invalid JSON: duplicate key "${entry.key}"`,
      );
    }
    seen.add(entry.key);
    rejectDuplicateKeys(entry.value, file);
  }
}

function parseJsonConfig(text: string, file: string): unknown {
  const parsed = parseJson(text);
  const problem = parsed.errors[0];
  if (problem || !parsed.root) {
    const where = problem ? `line ${problem.line}, column ${problem.column}: ` : '';
    throw new ConfigError(file, '', `${where}${problem?.message ?? 'invalid JSON: empty file'}`);
  }
  rejectDuplicateKeys(parsed.root, file);
  return toPlain(parsed.root);
}

/** Reads, validates and merges a config file over DEFAULT_CONFIG; rejects with ConfigError on any problem. */
export async function loadConfig(file: string): Promise<Config> {
  const path = resolve(file);
  // Never blocks or reads without end: a FIFO or a device (/dev/zero) is refused before a byte is read.
  const read = readSourceText(path, MAX_CONFIG_BYTES, '');
  if (!read.ok) throw new ConfigError(path, '', read.message);
  const text = read.text;
  // The YAML library is loaded only when a YAML config is read (a run without one needs none).
  const data =
    extname(path) === '.json'
      ? parseJsonConfig(text, path)
      : (await import('./yaml-config.ts')).parseYamlConfig(text, path);
  // The validator (ajv: a quarter of the CLI's code) is loaded only when there is a config file to check.
  const { validateConfig } = await import('./validate.ts');
  // An empty YAML file (or one with only comments) is a valid config of defaults.
  return validateConfig(data ?? {}, path);
}
