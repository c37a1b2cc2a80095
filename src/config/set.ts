// Which configuration applies to a file: the nearest config file in its directory or above (up to the scan root),
// as with .editorconfig or ruff; one file's settings, never a merge of several. `--config` replaces them all.
// Plain data (sent to worker threads as is); paths are relative to the scan root, '/'-separated.
import { posix } from 'node:path';
import { DEFAULT_CONFIG, type Config } from './types.ts';

export interface ConfigSet {
  /** Root-relative directory ('' for the root) → the config file found in it. */
  byDir: Record<string, Config>;
  /** For files with no config file above them: the defaults, or `--config`'s file. */
  fallback: Config;
}

export function singleConfig(config: Config = DEFAULT_CONFIG): ConfigSet {
  return { byDir: {}, fallback: config };
}

/** The configuration for a root-relative file path (a path outside the root gets the fallback). */
export function configOf(set: ConfigSet, file: string): Config {
  if (file.startsWith('/') || file.startsWith('../')) return set.fallback;
  for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
    const key = dir === '.' ? '' : dir;
    const found = set.byDir[key];
    if (found) return found;
    if (key === '' || key === '/') return set.fallback;
  }
}

/** Every config in the set, each once. */
export function allConfigs(set: ConfigSet): Config[] {
  return [set.fallback, ...Object.values(set.byDir)];
}
