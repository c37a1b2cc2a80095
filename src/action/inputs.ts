// The Action's inputs (action.yml), read and checked. The runner supplies every default from action.yml, so an
// empty required input was set empty on purpose: that is an error, as is a value outside the documented set.
import * as core from '@actions/core';
import type { FailLevel } from '../engine/run.ts';

export interface ActionInputs {
  /** Files and directories to lint, relative to the workspace. */
  paths: string[];
  /** A config file instead of discovering `.egress-lint.yml`. */
  config?: string;
  failLevel: FailLevel;
  sarifFile: string;
  annotations: boolean;
  summary: boolean;
  onlyChanged: boolean;
  /** Empty when none was given: the changed lines then come from git alone. */
  token: string;
}

const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'note', 'none'];

/** A failure the user can act on (an input, a file that cannot be written): its message is the whole story. */
export class ActionError extends Error {}

/** Throws ActionError with the input's name and what was expected. */
export function readInputs(): ActionInputs {
  // Masked first, so no later log line, debug message or error can show it.
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  try {
    const failLevel = core.getInput('fail-level', { required: true }) as FailLevel;
    if (!FAIL_LEVELS.includes(failLevel))
      throw new Error(`Input fail-level must be one of ${FAIL_LEVELS.join(', ')}; got '${failLevel}'`);
    return {
      paths: core.getMultilineInput('path', { required: true }),
      config: core.getInput('config') || undefined,
      failLevel,
      sarifFile: core.getInput('sarif-file', { required: true }),
      annotations: core.getBooleanInput('annotations', { required: true }),
      summary: core.getBooleanInput('summary', { required: true }),
      onlyChanged: core.getBooleanInput('only-changed', { required: true }),
      token,
    };
  } catch (error) {
    throw new ActionError((error as Error).message);
  }
}
