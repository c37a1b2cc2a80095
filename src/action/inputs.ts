// The Action's inputs (action.yml), read and checked. The runner supplies every default from action.yml, so an
// empty required input was set empty on purpose: that is an error, as is a value outside the documented set.
// The inputs that mirror CLI options are parsed by the CLI's own parsers, so both accept exactly the same values.
import * as core from '@actions/core';
import { assignments, ruleLevels, wholeNumber } from '../cli/args.ts';
import type { CliRuleLevel, FailLevel } from '../engine/run.ts';

export interface ActionInputs {
  /** Files and directories to lint, relative to the workspace. */
  paths: string[];
  /** A config file instead of discovering `.egress-lint.yml`. */
  config?: string;
  failLevel: FailLevel;
  /** Undefined: any number of warnings is fine. */
  maxWarnings?: number;
  sarifFile: string;
  /** Whether suppressed and baselined findings go into the SARIF file (GitHub would show them as open alerts). */
  sarifSuppressed: 'keep' | 'drop';
  annotations: boolean;
  summary: boolean;
  onlyChanged: boolean;
  /** `--baseline`: a baseline file relative to the workspace. */
  baseline?: string;
  /** `--var-file`, `--var`, `--parameter`, `--rule`. */
  varFiles: string[];
  vars: Record<string, string>;
  parameters: Record<string, string>;
  ruleLevels: Record<string, CliRuleLevel>;
  /** `--pass-on-no-files`. */
  passOnNoFiles: boolean;
  /** Empty when none was given: the changed lines then come from git alone. */
  token: string;
}

const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'note', 'none'];

/** A failure the user can act on (an input, a file that cannot be written): its message is the whole story. */
export class ActionError extends Error {}

/** A multiline input's entries: one per line, blank lines and `#` comments left out. */
function entries(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Runs a CLI parser on an input, naming the input (not the CLI option) in its message. */
function parsed<T>(name: string, option: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new Error(`Input ${name}: ${(error as Error).message.replace(`--${option}`, name)}`);
  }
}

/** Throws ActionError with the input's name and what was expected. */
export function readInputs(): ActionInputs {
  // Masked first, so no later log line, debug message or error can show it.
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  try {
    const failLevel = core.getInput('fail-level', { required: true }) as FailLevel;
    if (!FAIL_LEVELS.includes(failLevel))
      throw new Error(`Input fail-level must be one of ${FAIL_LEVELS.join(', ')}; got '${failLevel}'`);
    const sarifSuppressed = core.getInput('sarif-suppressed') || 'drop';
    if (sarifSuppressed !== 'keep' && sarifSuppressed !== 'drop')
      throw new Error(`Input sarif-suppressed must be one of keep, drop; got '${sarifSuppressed}'`);
    const maxWarnings = core.getInput('max-warnings');
    const warningLimit =
      maxWarnings === ''
        ? -1
        : parsed('max-warnings', 'max-warnings', () => wholeNumber('max-warnings', maxWarnings, -1));
    return {
      paths: core.getMultilineInput('path', { required: true }),
      config: core.getInput('config') || undefined,
      failLevel,
      maxWarnings: warningLimit === -1 ? undefined : warningLimit,
      sarifFile: core.getInput('sarif-file', { required: true }),
      sarifSuppressed,
      annotations: core.getBooleanInput('annotations', { required: true }),
      summary: core.getBooleanInput('summary', { required: true }),
      onlyChanged: core.getBooleanInput('only-changed', { required: true }),
      baseline: core.getInput('baseline') || undefined,
      varFiles: entries('var-files'),
      vars: parsed('vars', 'var', () => assignments('var', entries('vars'))),
      parameters: parsed('parameters', 'parameter', () => assignments('parameter', entries('parameters'))),
      ruleLevels: parsed('rules', 'rule', () => ruleLevels(entries('rules'))),
      passOnNoFiles: core.getBooleanInput('pass-on-no-files'),
      token,
    };
  } catch (error) {
    throw new ActionError((error as Error).message);
  }
}
