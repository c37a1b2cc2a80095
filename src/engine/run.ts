// One lint run from options to result: config, discovery, var files, engine. Shared by the CLI and the Action.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { configIn, findConfig, loadConfig } from '../config/load.ts';
import { effectiveConfigFor, rebaseOverrides } from '../config/overrides.ts';
import { allConfigs, configOf, type ConfigSet } from '../config/set.ts';
import { DEFAULT_CONFIG, type Config } from '../config/types.ts';
import { configGlobMatcher, findFiles, MissingPathError, readSourceText, scanRoot } from './discover.ts';
import type { Baseline } from './baseline.ts';
import { lintScan } from './pool.ts';
import type { Diagnostic, Level, LevelSetting, LintResult, Rule, SourceFile } from './types.ts';

/** A rule level from the command line; `default` re-enables a rule at its built-in level, whatever the config says. */
export type CliRuleLevel = LevelSetting | 'default';

export interface RunOptions {
  /** Files and directories to scan, relative to cwd; default `.`. */
  paths: string[];
  cwd: string;
  /** `--config`: used for every file instead of each file's nearest `.egress-lint.yml`. */
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
  /** `--no-ignore`: scan git-ignored files too. */
  noIgnore?: boolean;
  /**
   * The rules to run; default, every registered rule (rules/index.ts). For tests of the engine, CLI and policy with
   * a rule of their own (test/probe-rule.ts). A rule is code, which cannot be sent to a worker thread: a scan given
   * its rules runs in this thread.
   */
  rules?: readonly Rule[];
}

export interface RunOutput {
  result: LintResult;
  /** Absolute scan root; locations in the result are relative to it. */
  root: string;
  /** The configuration of each scanned file. */
  configs: ConfigSet;
  /**
   * What the user should know about the run itself, one line each, not tied to a file: files git ignores that were
   * skipped, `--var`/`--parameter`/relay entries that matched nothing. The CLI prints them on stderr, the Action as
   * warnings; they never change the exit code.
   */
  notices: string[];
  /** Nothing was linted: no file of a format egress-lint reads (the CLI exits 2 unless told to pass). */
  nothingLinted: boolean;
}

/** Throws MissingPathError (a path or var file does not exist) and ConfigError (invalid config): both are exit 2. */
export async function runLint(options: RunOptions): Promise<RunOutput> {
  const cwd = resolve(options.cwd);
  const paths = options.paths.length ? options.paths : ['.'];
  const root = scanRoot(paths, cwd);
  const cliLevels = options.ruleLevels ?? {};
  const loader = new ConfigLoader(root, cliLevels);
  const fallback = options.configPath
    ? await loader.load(resolve(cwd, options.configPath))
    : withCliRuleLevels(DEFAULT_CONFIG, cliLevels);

  // Config ignore globs are applied below, per file, by the config that applies to it.
  const found = findFiles(paths, {
    cwd,
    ignore: [],
    maxFileSize: fallback.maxFileSize,
    noIgnore: options.noIgnore,
  });
  const configs: ConfigSet = { byDir: {}, fallback };
  if (!options.configPath) {
    for (const dir of new Set(found.files.map((f) => posix.dirname(f.path)))) {
      await loader.addNearest(configs, dir === '.' ? '' : dir);
    }
  }
  const named = namedPaths(paths, cwd, root);
  const ignoredByConfig = configIgnoreFilter(configs, named, root);
  found.files = found.files.filter((f) => !ignoredByConfig(f.path));
  // Files are read before a config applies to them, so the size limit is the run's: the flag, else the config of
  // the first path named.
  const first = resolve(cwd, paths[0]);
  const probe = toSlashes(relative(root, statSync(first).isDirectory() ? join(first, '_') : first));
  if (!options.configPath) await loader.addNearest(configs, posix.dirname(probe).replace(/^\.$/, ''));
  const maxFileSize = options.maxFileSize ?? configOf(configs, probe).maxFileSize;
  const varFiles = readVarFiles(options.varFiles ?? [], cwd, found.root, maxFileSize);

  const ruleLevels: Record<string, LevelSetting> = {};
  for (const [id, level] of Object.entries(cliLevels)) if (level !== 'default') ruleLevels[id] = level;

  const result = await lintScan(found, {
    jobs: options.rules ? 1 : (options.jobs ?? availableParallelism()),
    maxFileSize,
    lint: {
      configs,
      terraformVars: options.vars ?? {},
      terraformVarFiles: varFiles.files,
      cfnParameters: options.parameters ?? {},
      ruleLevels,
      baseline: options.baseline,
      rules: options.rules,
    },
    diagnostics: varFiles.diagnostics,
    keepFirewalls: options.keepFirewalls,
  });
  const notices = unmatchedInputs(result, options, configs, found.root);
  if (found.gitIgnored > 0)
    notices.unshift(
      `skipped ${found.gitIgnored} git-ignored file${found.gitIgnored === 1 ? '' : 's'} of the kinds egress-lint reads (.tf, .tfvars, .json, .yaml, .yml, .template, .sh, .bash, .rules, .v4, .v6, .j2); --no-ignore scans them`,
    );
  const linted = result.stats.filesScanned - result.stats.filesSkipped;
  return {
    result,
    root: found.root,
    configs,
    notices,
    // Warnings (a symbolic link loop) do not make a scan that linted nothing a pass; errors exit 2 anyway.
    nothingLinted: linted === 0,
  };
}

/** `--print-config FILE`: the configuration a run applies to FILE (overrides merged, --rule applied) and where it came from. */
export async function configForFile(
  file: string,
  cwd: string,
  configPath: string | undefined,
  ruleLevels: Record<string, CliRuleLevel> = {},
): Promise<{ config: Config; source: string }> {
  const root = scanRoot([file], cwd);
  const abs = resolve(cwd, file);
  const relativePath = toSlashes(relative(root, abs));
  const loader = new ConfigLoader(root, ruleLevels);
  const configFile = configPath
    ? resolve(cwd, configPath)
    : findConfig(statSync(abs).isDirectory() ? abs : dirname(abs), root);
  const config = configFile ? await loader.load(configFile) : withCliRuleLevels(DEFAULT_CONFIG, ruleLevels);
  const effective = effectiveConfigFor(config, relativePath);
  for (const [id, level] of Object.entries(ruleLevels)) if (level !== 'default') effective.rules[id] = level;
  const source = !configFile
    ? 'the defaults (no config file found)'
    : configPath
      ? `--config ${configPath}`
      : `${relative(cwd, configFile) || configFile} (the nearest config file)`;
  return { config: effective, source };
}

/** Loads each config file once, rebased to the scan root, with bare `--rule ID` applied. */
class ConfigLoader {
  private readonly loaded = new Map<string, Promise<Config>>();
  /**
   * Root-relative directory → the nearest config file at or above it (undefined: none), so each directory, parents
   * included, is looked in once: sibling directories share their parents' answer.
   */
  private readonly nearest = new Map<string, string | undefined>();

  constructor(
    private readonly root: string,
    private readonly cliLevels: Record<string, CliRuleLevel>,
  ) {}

  load(file: string): Promise<Config> {
    let config = this.loaded.get(file);
    if (!config) {
      config = loadConfig(file).then((c) => withCliRuleLevels(rebaseOverrides(c, this.root), this.cliLevels));
      this.loaded.set(file, config);
    }
    return config;
  }

  /** Adds the nearest config of a root-relative directory to the set, keyed by the directory that holds it. */
  async addNearest(set: ConfigSet, dir: string): Promise<void> {
    const file = this.nearestFile(dir);
    if (file === undefined) return;
    const key = toSlashes(relative(this.root, dirname(file)));
    set.byDir[key] ??= await this.load(file);
  }

  /** findConfig from a root-relative directory up to the root, memoised per directory on the way. */
  private nearestFile(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const file =
      configIn(resolve(this.root, dir)) ?? (dir === '' ? undefined : this.nearestFile(parentOf(dir)));
    this.nearest.set(dir, file);
    return file;
  }
}

/** The root-relative parent of a root-relative directory ('' for the root). */
function parentOf(dir: string): string {
  const parent = posix.dirname(dir);
  return parent === '.' ? '' : parent;
}

/** Paths named on the command line, root-relative ('' for the root itself). */
interface NamedPaths {
  dirs: string[];
  files: Set<string>;
}

function namedPaths(paths: readonly string[], cwd: string, root: string): NamedPaths {
  const named: NamedPaths = { dirs: [], files: new Set() };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const rel = toSlashes(relative(root, abs));
    if (statSync(abs).isDirectory()) named.dirs.push(rel);
    else named.files.add(rel);
  }
  return named;
}

/**
 * Config `ignore` globs, each config's relative to its own directory, applied to the files the walk found: the
 * globs of the config that applies to a file decide. As in the walk, a directory the globs exclude excludes what
 * it holds; a file named on the command line is always scanned, and so is a directory named there even when the
 * globs exclude it (only the globs below it apply).
 */
function configIgnoreFilter(configs: ConfigSet, named: NamedPaths, root: string): (file: string) => boolean {
  const matchers = new Map<Config, (rel: string, isDir: boolean) => boolean>();
  const matcherOf = (config: Config) => {
    let matcher = matchers.get(config);
    if (!matcher) {
      matcher = configGlobMatcher(config.ignore, root, config.path ? dirname(config.path) : undefined);
      matchers.set(config, matcher);
    }
    return matcher;
  };
  return (file) => {
    const config = configOf(configs, file);
    if (config.ignore.length === 0 || named.files.has(file)) return false;
    const ignored = matcherOf(config);
    const parts = file.split('/');
    // The deepest named directory holding the file: the walk started there, so only what lies below it is judged.
    const start = named.dirs
      .filter((d) => d === '' || file.startsWith(`${d}/`))
      .reduce((deepest, d) => Math.max(deepest, d === '' ? 0 : d.split('/').length), 0);
    for (let depth = start + 1; depth <= parts.length; depth++) {
      if (ignored(parts.slice(0, depth).join('/'), depth < parts.length)) return true;
    }
    return false;
  };
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

/**
 * `--var`, `--parameter` and relay entries that nothing in the scan declares or reaches: a typo, or a value meant
 * for files this run does not scan. Said once each; the run goes on (an unused value changes nothing).
 */
function unmatchedInputs(
  result: LintResult,
  options: RunOptions,
  configs: ConfigSet,
  root: string,
): string[] {
  const used = new Set(result.inputsUsed ?? []);
  const notices: string[] = [];
  for (const name of Object.keys(options.vars ?? {}))
    if (!used.has(`var:${name}`))
      notices.push(`--var ${name} matches no variable declared in a scanned Terraform root module`);
  for (const name of Object.keys(options.parameters ?? {}))
    if (!used.has(`parameter:${name}`))
      notices.push(`--parameter ${name} matches no parameter of a scanned CloudFormation template`);
  for (const config of allConfigs(configs)) {
    const where = toSlashes(relative(root, config.path ?? ''));
    for (const entry of config.relays)
      if (!used.has(`relay:${config.path ?? ''}\0${entry}`))
        notices.push(
          `relay '${entry}' in ${where} matches no security group, prefix list or destination in the scanned files`,
        );
  }
  return notices;
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
    const path = toSlashes(rel.startsWith('..') ? abs : rel);
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

function toSlashes(path: string): string {
  return path.split(sep).join('/');
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
