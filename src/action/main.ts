// The GitHub Action: a thin entry point over the engine the CLI uses. Lints, writes SARIF for code scanning,
// annotates (a pull request's own problems first), writes the job summary and the outputs, and fails the step
// when a problem reaches fail-level. Without API access all of that still happens; only the changed lines
// may be unknown, which one notice says.
import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { rules } from '../../rules/index.ts';
import { HOMEPAGE, VERSION } from '../cli/package-info.ts';
import { tuneV8ForLinting } from '../engine/v8-flags.ts';
import { UsageError } from '../cli/args.ts';
import { checkRuleIds } from '../cli/execute.ts';
import { ConfigError } from '../config/load.ts';
import { loadBaseline } from '../engine/baseline.ts';
import { MissingPathError } from '../engine/discover.ts';
import { outcomeOf, runLint, type FailLevel, type Outcome } from '../engine/run.ts';
import type { LintResult } from '../engine/types.ts';
import { writeReportFile } from '../reporters/report-file.ts';
import { GITHUB_MAX_RESULTS, writeSarif as streamSarif } from '../reporters/sarif.ts';
import { ruleDocsUrl } from '../reporters/uri.ts';
import { configOf, type ConfigSet } from '../config/set.ts';
import type { Config } from '../config/types.ts';
import { compileDestinations, type DestinationMatcher } from '../config/destinations.ts';
import type { Destination } from '../model/types.ts';
import { activeFindings, countProblems, plural, problemsOf, summaryText } from '../reporters/text.ts';
import { omittedMessage, planAnnotations } from './annotations.ts';
import { changedLinesOf, type ChangedLinesOutcome } from './changed-lines.ts';
import {
  causedByPullRequest,
  changedFirewalls,
  prioritisedProblems,
  splitByChangedLines,
} from './changed-scope.ts';
import { runContextOf, type RunContext } from './context.ts';
import { baseFindings } from './base-findings.ts';
import { ActionError, readInputs, type ActionInputs } from './inputs.ts';
import { failureSummary, jobSummary } from './summary.ts';

const RULE_NAMES: ReadonlyMap<string, string> = new Map(rules.map((r) => [r.meta.id, r.meta.name]));

function writeSarif(path: string, result: LintResult, root: string, suppressed: 'keep' | 'drop'): void {
  try {
    // Streamed: a large scan's log is never held whole.
    writeReportFile(path, (sink) =>
      streamSarif(
        result,
        { rules, toolVersion: VERSION, informationUri: HOMEPAGE, srcRoot: root, suppressed },
        sink,
      ),
    );
  } catch (error) {
    throw new ActionError(`cannot write the SARIF file ${path}: ${(error as Error).message}`);
  }
}

/** Whether a destination is an approved relay of the config that applies to a file. */
function relayTest(configs: ConfigSet): (destination: Destination, file: string) => boolean {
  const matchers = new Map<Config, DestinationMatcher>();
  return (destination, file) => {
    const config = configOf(configs, file);
    let matcher = matchers.get(config);
    if (!matcher) matchers.set(config, (matcher = compileDestinations(config.relays)));
    return !matcher.isEmpty && matcher.matches(destination);
  };
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
  if (!(inputs.annotations || inputs.onlyChanged || inputs.summary) || problemsOf(result).length === 0)
    return undefined;
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

function failureMessage(
  outcome: Outcome,
  reported: LintResult,
  failLevel: FailLevel,
  maxWarnings: number | undefined,
): string | undefined {
  if (outcome.exitCode === 2)
    return `egress-lint: ${plural(outcome.failedFiles, 'file')} could not be analysed (see the annotations).`;
  if (outcome.exitCode === 1) {
    const limit =
      maxWarnings !== undefined && outcome.warnings > maxWarnings
        ? ` or over max-warnings ${maxWarnings}`
        : '';
    return `egress-lint: ${summaryText(reported)}. The step fails at fail-level ${failLevel}${limit}.`;
  }
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

/** The lint the inputs describe, in `dir` (the workspace, or a copy of the base commit's tree). */
function lintIn(inputs: ActionInputs, dir: string, workspace: string) {
  const inWorkspace = (path: string) => (isAbsolute(path) ? path : resolve(workspace, path));
  return runLint({
    paths: inputs.paths,
    cwd: dir,
    // Files the run is told to use are the workspace's, whichever tree is linted.
    configPath: inputs.config === undefined ? undefined : inWorkspace(inputs.config),
    varFiles: inputs.varFiles.map(inWorkspace),
    vars: inputs.vars,
    parameters: inputs.parameters,
    ruleLevels: inputs.ruleLevels,
    baseline: inputs.baseline === undefined ? undefined : loadBaseline(inWorkspace(inputs.baseline)),
  });
}

/** With only-changed on a pull request: the findings at its base commit, so that findings it caused off its changed lines count too. */
async function baseFingerprintsFor(
  inputs: ActionInputs,
  runContext: RunContext,
  root: string,
): Promise<ReadonlySet<string> | undefined> {
  const pr = runContext.pullRequest;
  if (!pr) return undefined;
  const base = await baseFindings(
    root,
    pr.baseSha,
    async (dir) => (await lintIn(inputs, dir, runContext.workspace)).result,
  );
  if ('reason' in base) {
    core.info(`Only findings on changed lines are the pull request's: ${base.reason}.`);
    return undefined;
  }
  return base.fingerprints;
}

async function lintAndReport(inputs: ActionInputs, runContext: RunContext): Promise<void> {
  tuneV8ForLinting();
  checkRuleIds(inputs.ruleLevels, 'the rules input');
  const { result, root, notices, nothingLinted, configs } = await lintIn(
    inputs,
    runContext.workspace,
    runContext.workspace,
  );
  const sarifPath = resolve(runContext.workspace, inputs.sarifFile);
  writeSarif(sarifPath, result, root, inputs.sarifSuppressed);
  const uploaded = inputs.sarifSuppressed === 'drop' ? activeFindings(result).length : result.findings.length;
  if (uploaded > GITHUB_MAX_RESULTS)
    notices.push(
      `${uploaded} results: GitHub code scanning rejects more than ${GITHUB_MAX_RESULTS} per run, so ${inputs.sarifFile} keeps the ${GITHUB_MAX_RESULTS} most severe (the job summary counts them all).`,
    );
  for (const notice of notices) core.warning(notice, { title: 'egress-lint' });

  const changed = await changedLinesFor(inputs, runContext, result, root);
  const baseFingerprints =
    inputs.onlyChanged && changed?.lines ? await baseFingerprintsFor(inputs, runContext, root) : undefined;
  const scoped =
    inputs.onlyChanged && changed?.lines
      ? splitByChangedLines(result, changed.lines, baseFingerprints)
      : undefined;
  const caused = changed?.lines ? causedByPullRequest(changed.lines, baseFingerprints) : undefined;
  // SARIF keeps everything (code scanning would read a missing alert as fixed); the rest reports the scope.
  const reported = scoped?.onChangedLines ?? result;
  const outcome = outcomeOf(reported, inputs.failLevel, inputs.maxWarnings);
  const failure =
    nothingLinted && !inputs.passOnNoFiles
      ? `egress-lint: no Terraform, CloudFormation, Pulumi or host firewall file to lint in ${inputs.paths.join(', ')}; set pass-on-no-files if that is expected.`
      : failureMessage(outcome, reported, inputs.failLevel, inputs.maxWarnings);
  const unknownChanges =
    changed && !changed.lines ? unknownChangesMessage(changed.reason, inputs, runContext) : undefined;

  if (unknownChanges) core.notice(unknownChanges, { title: 'egress-lint' });
  if (inputs.annotations) {
    const plan = planAnnotations(prioritisedProblems(reported, changed?.lines), RULE_NAMES, {
      error: failure ? 1 : 0,
      warning: notices.length,
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
      ruleDocs: (id) => ruleDocsUrl(HOMEPAGE, id),
      ownFinding: caused,
      changedFirewalls:
        caused && changed?.lines ? changedFirewalls(result, changed.lines, caused) : undefined,
      isRelay: relayTest(configs),
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

const runContext = runContextOf(context, process.env);
try {
  await lintAndReport(readInputs(), runContext);
} catch (error) {
  const expected =
    error instanceof ActionError ||
    error instanceof ConfigError ||
    error instanceof MissingPathError ||
    error instanceof UsageError;
  if (!expected) core.debug((error as Error).stack ?? String(error));
  const message = `egress-lint: ${expected ? '' : 'internal error: '}${(error as Error).message}`;
  core.setFailed(message);
  // The summary says why nothing was linted, unless it was turned off (read leniently: the inputs may be what failed).
  if (core.getInput('summary') !== 'false') {
    await writeSummary(failureSummary(message, runContext)).catch((e: Error) => core.warning(e.message));
  }
}
