// The GitHub Action: a thin entry point over the engine the CLI uses. Lints, writes SARIF for code scanning,
// annotates (a pull request's own problems first), writes the job summary and the outputs, and fails the step
// when a problem reaches fail-level. Without API access all of that still happens; only the changed lines
// may be unknown, which one notice says.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { rules } from '../../rules/index.ts';
import { HOMEPAGE, VERSION } from '../cli/package-info.ts';
import { tuneV8ForLinting } from '../cli/v8-flags.ts';
import { ConfigError } from '../config/load.ts';
import { MissingPathError } from '../engine/discover.ts';
import { outcomeOf, runLint, type FailLevel, type Outcome } from '../engine/run.ts';
import type { LintResult } from '../engine/types.ts';
import { toSarif } from '../reporters/sarif.ts';
import { activeFindings, countProblems, plural, problemsOf, summaryText } from '../reporters/text.ts';
import { omittedMessage, planAnnotations } from './annotations.ts';
import { changedLinesOf, type ChangedLinesOutcome } from './changed-lines.ts';
import { prioritisedProblems, splitByChangedLines } from './changed-scope.ts';
import { runContextOf, type RunContext } from './context.ts';
import { ActionError, readInputs, type ActionInputs } from './inputs.ts';
import { jobSummary } from './summary.ts';

const RULE_NAMES: ReadonlyMap<string, string> = new Map(rules.map((r) => [r.meta.id, r.meta.name]));

function writeSarif(path: string, result: LintResult, root: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      toSarif(result, { rules, toolVersion: VERSION, informationUri: HOMEPAGE, srcRoot: root }),
    );
  } catch (error) {
    throw new ActionError(`cannot write the SARIF file ${path}: ${(error as Error).message}`);
  }
}

/** Changed lines are worth fetching on a pull request with problems to order or filter. */
async function changedLinesFor(
  inputs: ActionInputs,
  runContext: RunContext,
  result: LintResult,
  root: string,
): Promise<ChangedLinesOutcome | undefined> {
  const pr = runContext.pullRequest;
  if (!pr) {
    if (inputs.onlyChanged) core.info('only-changed applies to pull requests: every problem is reported.');
    return undefined;
  }
  if (!(inputs.annotations || inputs.onlyChanged) || problemsOf(result).length === 0) return undefined;
  const changed = await changedLinesOf(pr, { token: inputs.token, cwd: root });
  if (changed.lines && changed.source === 'git')
    core.info(`Changed lines from git diff: ${changed.apiProblem}.`);
  return changed;
}

/** The one notice for changed lines that could not be had: why, what it changes, how to get them. */
function unknownChangesMessage(reason: string, inputs: ActionInputs, runContext: RunContext): string {
  const effect = inputs.onlyChanged
    ? 'only-changed is ignored: every problem is reported'
    : 'annotations are in file order, not the pull request’s own first';
  return `egress-lint could not tell which lines pull request #${runContext.pullRequest?.number} changed (${reason}), so ${effect}. Grant the job \`pull-requests: read\`, or check out with \`fetch-depth: 0\`.`;
}

function failureMessage(outcome: Outcome, reported: LintResult, failLevel: FailLevel): string | undefined {
  if (outcome.exitCode === 2)
    return `egress-lint: ${plural(outcome.failedFiles, 'file')} could not be analysed (see the annotations).`;
  if (outcome.exitCode === 1)
    return `egress-lint: ${summaryText(reported)}. The step fails at fail-level ${failLevel}.`;
  return undefined;
}

function whereToLook(inputs: ActionInputs, runContext: RunContext): string {
  if (!inputs.summary) return `All of them are in ${inputs.sarifFile}.`;
  return `All of them are in the job summary${runContext.runUrl ? ` (${runContext.runUrl})` : ''} and in ${inputs.sarifFile}.`;
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY)
    return core.info('No GITHUB_STEP_SUMMARY: the job summary is not written.');
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    throw new ActionError(`cannot write the job summary: ${(error as Error).message}`);
  }
}

async function lintAndReport(): Promise<void> {
  tuneV8ForLinting();
  const inputs = readInputs();
  const runContext = runContextOf(context, process.env);
  const { result, root } = await runLint({
    paths: inputs.paths,
    cwd: runContext.workspace,
    configPath: inputs.config,
  });
  const sarifPath = resolve(runContext.workspace, inputs.sarifFile);
  writeSarif(sarifPath, result, root);

  const changed = await changedLinesFor(inputs, runContext, result, root);
  const scoped =
    inputs.onlyChanged && changed?.lines ? splitByChangedLines(result, changed.lines) : undefined;
  // SARIF keeps everything (code scanning would read a missing alert as fixed); the rest reports the scope.
  const reported = scoped?.onChangedLines ?? result;
  const outcome = outcomeOf(reported, inputs.failLevel);
  const failure = failureMessage(outcome, reported, inputs.failLevel);
  const unknownChanges =
    changed && !changed.lines ? unknownChangesMessage(changed.reason, inputs, runContext) : undefined;

  if (unknownChanges) core.notice(unknownChanges, { title: 'egress-lint' });
  if (inputs.annotations) {
    const plan = planAnnotations(prioritisedProblems(reported, changed?.lines), RULE_NAMES, {
      error: failure ? 1 : 0,
      notice: unknownChanges ? 1 : 0,
    });
    for (const command of plan.commands) process.stdout.write(`${command}\n`);
    const omitted = omittedMessage(plan.omitted, whereToLook(inputs, runContext));
    if (omitted) core.notice(omitted, { title: 'egress-lint' });
  }

  if (inputs.summary) {
    const summary = jobSummary(reported, {
      runContext,
      sarifFile: inputs.sarifFile,
      elsewhere: scoped?.elsewhere,
      unknownChanges,
    });
    await writeSummary(summary);
  }

  const counts = countProblems(reported);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('findings', activeFindings(reported).length);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  if (failure) core.setFailed(failure);
}

try {
  await lintAndReport();
} catch (error) {
  const expected =
    error instanceof ActionError || error instanceof ConfigError || error instanceof MissingPathError;
  if (!expected) core.debug((error as Error).stack ?? String(error));
  core.setFailed(`egress-lint: ${expected ? '' : 'internal error: '}${(error as Error).message}`);
}
