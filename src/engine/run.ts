// One lint run from options to result: config, discovery, var files, engine. Shared by the CLI and the Action.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import { findConfig, loadConfig } from '../config/load.ts';
import { effectiveConfigFor, rebaseOverrides } from '../config/overrides.ts';
import { DEFAULT_CONFIG, type Config } from '../config/types.ts';
import { findFiles, MissingPathError, readSourceText, scanRoot } from './discover.ts';
import type { Baseline } from './baseline.ts';
import { lintScan } from './pool.ts';
import type { Diagnostic, Level, LevelSetting, LintResult, SourceFile } from './types.ts';

/** A rule level from the command line; `default` re-enables a rule at its built-in level, whatever the config says. */
export type CliRuleLevel = LevelSetting | 'default';

export interface RunOptions {
  /** Files and directories to scan, relative to cwd; default `.`. */
  paths: string[];
  cwd: string;
  /** `--config`: used instead of searching for `.egress-lint.yml`. */
  configPath?: string;
  /** `--var name=value` */
  vars?: Record<string, string>;
  /** `--var-file` paths, relative to cwd, in order. */
  varFiles?: string[];
  /** `--parameter Name=Value` */
  parameters?: Record<string, string>;
  /** `--rule ID:level` */
  ruleLevels?: Record<string, CliRuleLevel>;
  /** `--max-file-size`: wins over the config's maxFileSize. */
  maxFileSize?: number;
  /** `--baseline`: findings recorded in it are reported as suppressed. */
  baseline?: Baseline;
  /** `--jobs`: threads for a large scan (this one and jobs - 1 workers); default, the available cores. */
  jobs?: number;
  /** False: result.firewalls may be left empty, only stats.firewalls counted (the CLI's reports need no more). */
  keepFirewalls?: boolean;
}

export interface RunOutput {
  result: LintResult;
  /** Absolute scan root; locations in the result are relative to it. */
  root: string;
  config: Config;
}

/** Throws MissingPathError (a path or var file does not exist) and ConfigError (invalid config): both are exit 2. */
export async function runLint(options: RunOptions): Promise<RunOutput> {
  const cwd = resolve(options.cwd);
  const paths = options.paths.length ? options.paths : ['.'];
  const root = scanRoot(paths, cwd);
  const config = withCliRuleLevels(
    await resolveConfig(paths, cwd, root, options.configPath),
    options.ruleLevels ?? {},
  );
  const maxFileSize = options.maxFileSize ?? config.maxFileSize;

  const discovery = findFiles(paths, {
    cwd,
    ignore: config.ignore,
    ignoreBase: config.path ? dirname(config.path) : undefined,
    maxFileSize,
  });
  const varFiles = readVarFiles(options.varFiles ?? [], cwd, discovery.root, maxFileSize);

  const ruleLevels: Record<string, LevelSetting> = {};
  for (const [id, level] of Object.entries(options.ruleLevels ?? {}))
    if (level !== 'default') ruleLevels[id] = level;

  const result = await lintScan(discovery, {
    jobs: options.jobs ?? availableParallelism(),
    maxFileSize,
    lint: {
      config,
      terraformVars: options.vars ?? {},
      terraformVarFiles: varFiles.files,
      cfnParameters: options.parameters ?? {},
      ruleLevels,
      baseline: options.baseline,
    },
    diagnostics: varFiles.diagnostics,
    keepFirewalls: options.keepFirewalls,
  });
  return { result, root: discovery.root, config };
}

/** `--print-config FILE`: the configuration a run would apply to FILE, overrides merged. Throws like runLint. */
export async function configForFile(file: string, cwd: string, configPath?: string): Promise<Config> {
  const root = scanRoot([file], cwd);
  const relativePath = relative(root, resolve(cwd, file)).split(sep).join('/');
  return effectiveConfigFor(await resolveConfig([file], cwd, root, configPath), relativePath);
}

/** `--config`, else the nearest `.egress-lint.*` from the first scanned directory up to the root, else defaults. */
async function resolveConfig(
  paths: readonly string[],
  cwd: string,
  root: string,
  configPath: string | undefined,
): Promise<Config> {
  if (configPath) return rebaseOverrides(await loadConfig(resolve(cwd, configPath)), root);
  const first = resolve(cwd, paths[0]);
  const found = findConfig(statSync(first).isDirectory() ? first : dirname(first), root);
  return found ? rebaseOverrides(await loadConfig(found), root) : DEFAULT_CONFIG;
}

/** Bare `--rule ID` drops the config's settings for that rule (top level and overrides) so its built-in level applies. */
function withCliRuleLevels(config: Config, levels: Record<string, CliRuleLevel>): Config {
  const restored = Object.keys(levels).filter((id) => levels[id] === 'default');
  if (restored.length === 0) return config;
  const without = (rules: Record<string, LevelSetting>) =>
    Object.fromEntries(Object.entries(rules).filter(([id]) => !restored.includes(id)));
  return {
    ...config,
    rules: without(config.rules),
    overrides: config.overrides.map((o) => ({ ...o, rules: without(o.rules) })),
  };
}

/** `--var-file` contents; a missing file is a usage error, an unreadable one a diagnostic. */
function readVarFiles(
  paths: readonly string[],
  cwd: string,
  root: string,
  maxFileSize: number,
): { files: SourceFile[]; diagnostics: Diagnostic[] } {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    if (!existsSync(abs)) throw new MissingPathError(given);
    const rel = relative(root, abs);
    const path = (rel.startsWith('..') ? abs : rel).split(sep).join('/');
    const outcome = readSourceText(abs, maxFileSize);
    if (outcome.ok) files.push({ path, absPath: abs, text: outcome.text });
    else
      diagnostics.push({
        level: 'error',
        message: outcome.message,
        location: { file: path, line: outcome.line, column: outcome.column },
      });
  }
  return { files, diagnostics };
}

export type FailLevel = Level | 'none';

export interface Outcome {
  /** Unsuppressed findings, suppression problems and discovery warnings, per level (as the reporters count them). */
  errors: number;
  warnings: number;
  notes: number;
  /** Files that could not be read or parsed: error diagnostics without a suppression `code`. */
  failedFiles: number;
  /** 0 clean, 1 problems at or above the fail level or too many warnings, 2 a file could not be analysed. */
  exitCode: 0 | 1 | 2;
}

const SEVERITY: Record<Level, number> = { note: 0, warning: 1, error: 2 };

/** ESLint-style exit status of a result; `maxWarnings` undefined means unlimited. */
export function outcomeOf(result: LintResult, failLevel: FailLevel, maxWarnings?: number): Outcome {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const failed = new Set<string>();
  for (const finding of result.findings) if (!finding.suppression) counts[finding.level]++;
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.level === 'error' && !diagnostic.code) failed.add(diagnostic.location.file);
    else counts[diagnostic.level]++;
  }
  const failing =
    failLevel !== 'none' &&
    (Object.keys(counts) as Level[]).some((l) => counts[l] > 0 && SEVERITY[l] >= SEVERITY[failLevel]);
  const tooManyWarnings = maxWarnings !== undefined && counts.warning > maxWarnings;
  const exitCode = failed.size > 0 ? 2 : failing || tooManyWarnings ? 1 : 0;
  return {
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    failedFiles: failed.size,
    exitCode,
  };
}
