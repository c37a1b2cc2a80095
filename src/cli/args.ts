// Command-line arguments → validated options. No engine imports, so `--help` and `--version` stay fast.
import { parseArgs } from 'node:util';
import type { CliRuleLevel, FailLevel } from '../engine/run.ts';
import type { FormatName } from '../reporters/index.ts';
import { LEVEL_WORDS_TEXT, levelFromWord } from '../config/levels.ts';

/** A bad command line: exit 2 with this one-line message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The reporters' FORMAT_NAMES, repeated as a type-checked literal so parsing never loads the reporters. */
const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'];
const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'note', 'none'];

export interface CliOptions {
  paths: string[];
  format: FormatName;
  output?: string;
  config?: string;
  vars: Record<string, string>;
  varFiles: string[];
  parameters: Record<string, string>;
  failLevel: FailLevel;
  /** Undefined: any number of warnings is fine. */
  maxWarnings?: number;
  quiet: boolean;
  ruleLevels: Record<string, CliRuleLevel>;
  /** `--color` / `--no-color`; undefined lets the environment decide. */
  color?: boolean;
  maxFileSize?: number;
  /** `--jobs N`: threads for a large scan (N - 1 workers); undefined, the available cores. */
  jobs?: number;
  /** `--baseline FILE`: findings recorded in FILE are reported as suppressed. */
  baseline?: string;
  /** `--baseline-create FILE`: record this run's findings in FILE. */
  baselineCreate?: string;
  /** `--print-config FILE`: print the configuration that applies to FILE instead of linting. */
  printConfig?: string;
  /** `--no-ignore`: scan files git ignores. */
  noIgnore: boolean;
  /** `--pass-on-no-files`: a scan that finds nothing to lint exits 0 instead of 2. */
  passOnNoFiles: boolean;
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  var: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  parameter: { type: 'string', multiple: true },
  'fail-level': { type: 'string' },
  'max-warnings': { type: 'string' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  rule: { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  baseline: { type: 'string' },
  'baseline-create': { type: 'string' },
  'print-config': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'pass-on-no-files': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** node:util's messages are long and suggest `--`; keep the option they name. */
function usageFromParseError(error: Error & { code?: string }): UsageError {
  const named = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option '${named}'`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        /argument missing/.test(error.message)
          ? `option '${named}' needs a value`
          : `option '${named}' does not take a value`,
      );
    default:
      return new UsageError(error.message.split('\n')[0]);
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value '${value}' for --${option} (expected ${allowed.join(', ')})`);
}

/** `name=value` pairs; the value may itself contain '='. Shared with the Action's inputs. */
export function assignments(option: string, values: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of values) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    if (eq <= 0 || name === '')
      throw new UsageError(`invalid value '${pair}' for --${option} (expected NAME=VALUE)`);
    out[name] = pair.slice(eq + 1);
  }
  return out;
}

/** `ID` or `ID:level` entries (--rule, the Action's rules input). */
export function ruleLevels(values: readonly string[] = []): Record<string, CliRuleLevel> {
  const out: Record<string, CliRuleLevel> = {};
  for (const value of values) {
    const m = /^([A-Za-z]+\d+)(?::(.*))?$/.exec(value.trim());
    if (!m)
      throw new UsageError(`invalid value '${value}' for --rule (expected ID or ID:level, e.g. EGR002:off)`);
    const level = m[2] === undefined ? 'default' : levelFromWord(m[2].trim().toLowerCase());
    if (!level) throw new UsageError(`invalid value '${m[2]}' for --rule (expected ${LEVEL_WORDS_TEXT})`);
    out[m[1].toUpperCase()] = level;
  }
  return out;
}

export function wholeNumber(option: string, value: string, min: number): number {
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`invalid value '${value}' for --${option} (expected a whole number >= ${min})`);
  }
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Bytes, or with a binary suffix: 512k, 50m, 1g (a trailing `b`/`ib` is allowed). */
function byteSize(value: string): number {
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = m ? Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(
      `invalid value '${value}' for --max-file-size (expected bytes, e.g. 20000000 or 20m)`,
    );
  }
  return bytes;
}

/** `--max-warnings -1` (ESLint's "no limit"): node:util would read `-1` as an option, so join the pair. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? ''))
      out.push(`--max-warnings=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageFromParseError(error as Error & { code?: string });
  }
  const v = parsed.values;
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  // A new baseline records every current finding; reading an old one at the same time would leave some out.
  if (v.baseline && v['baseline-create'])
    throw new UsageError('--baseline and --baseline-create cannot be used together');
  const maxWarnings =
    v['max-warnings'] === undefined ? undefined : wholeNumber('max-warnings', v['max-warnings'], -1);
  return {
    paths: parsed.positionals.length ? parsed.positionals : ['.'],
    format: v.format === undefined ? 'stylish' : oneOf('format', v.format, FORMATS),
    output: v.output,
    config: v.config,
    vars: assignments('var', v.var),
    varFiles: v['var-file'] ?? [],
    parameters: assignments('parameter', v.parameter),
    failLevel: v['fail-level'] === undefined ? 'error' : oneOf('fail-level', v['fail-level'], FAIL_LEVELS),
    // ESLint's -1 means "no limit".
    maxWarnings: maxWarnings === -1 ? undefined : maxWarnings,
    quiet: v.quiet ?? false,
    ruleLevels: ruleLevels(v.rule),
    color: v.color ? true : v['no-color'] ? false : undefined,
    maxFileSize: v['max-file-size'] === undefined ? undefined : byteSize(v['max-file-size']),
    jobs: v.jobs === undefined ? undefined : wholeNumber('jobs', v.jobs, 1),
    baseline: v.baseline,
    baselineCreate: v['baseline-create'],
    printConfig: v['print-config'],
    noIgnore: v['no-ignore'] ?? false,
    passOnNoFiles: v['pass-on-no-files'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/** Colour for terminal output: the flag, else NO_COLOR / FORCE_COLOR, else only when writing to a terminal. */
export function colorEnabled(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  toTerminal: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return toTerminal;
}
