// Per-path configuration: `overrides: [{ files: [globs], rules: { … } }]`, later entries winning.
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { pathGlob, type Glob } from './glob.ts';
import type { Config } from './types.ts';

const compiled = new Map<string, Glob>();

/**
 * Whether a file (relative to the scan root, '/'-separated) matches a glob. A glob without `/` matches the file's
 * base name in any directory (`*.tf`), as in .gitignore and ESLint; dotfiles and dot directories are matched.
 */
export function matchesGlob(file: string, glob: string): boolean {
  let matcher = compiled.get(glob);
  if (!matcher) compiled.set(glob, (matcher = pathGlob(glob)));
  return matcher.test(file);
}

export function matchesAnyGlob(file: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(file, g));
}

/**
 * The configuration that applies to one file (`--print-config`): every matching override's rule levels merged
 * over the top-level `rules`, in order, and no overrides left to apply.
 */
export function effectiveConfigFor(config: Config, file: string): Config {
  const rules = { ...config.rules };
  for (const override of config.overrides) {
    if (matchesAnyGlob(file, override.files)) Object.assign(rules, override.rules);
  }
  return { ...config, rules, overrides: [] };
}

/**
 * Override globs are written relative to the config file's directory (as in ESLint); the engine matches paths
 * relative to the scan root. Rebases them when the config sits below the root; a config outside the root
 * (`--config ../x.yml`) keeps them relative to the root.
 */
export function rebaseOverrides(config: Config, root: string): Config {
  if (!config.path) return config;
  const dir = relative(root, dirname(config.path)).split(sep).join('/');
  if (dir === '' || dir.startsWith('..') || isAbsolute(dir)) return config;
  const rebase = (glob: string) => {
    const bare = glob.replace(/^\.?\//, '');
    return bare.includes('/') ? `${dir}/${bare}` : `${dir}/**/${bare}`;
  };
  return { ...config, overrides: config.overrides.map((o) => ({ ...o, files: o.files.map(rebase) })) };
}
