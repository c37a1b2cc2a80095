// The heavy half of the CLI, loaded only after the arguments parsed: run, filter, report, exit status.
import { resolve } from 'node:path';
import { rules as registry } from '../../rules/index.ts';
import { ConfigError } from '../config/load.ts';
import { applyBaseline, createBaseline, loadBaseline, serializeBaseline } from '../engine/baseline.ts';
import { MissingPathError } from '../engine/discover.ts';
import { configForFile, outcomeOf, runLint } from '../engine/run.ts';
import type { LintResult, Rule } from '../engine/types.ts';
import { chunkedSink, writeFormat, writeReportFile, type TextSink } from '../reporters/index.ts';
import { countProblems, plural, problemTotal } from '../reporters/text.ts';
import { colorEnabled, UsageError, type CliOptions } from './args.ts';
import { HOMEPAGE, VERSION } from './package-info.ts';
import { tuneV8ForLinting } from '../engine/v8-flags.ts';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** `--quiet`: errors only in the report; the exit status is the full result's (see executeCli). */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    findings: result.findings.filter((f) => f.level === 'error'),
    diagnostics: result.diagnostics.filter((d) => d.level === 'error'),
  };
}

/** Throws UsageError for a rule id no rule has (the Action checks its rules input with it too). */
export function checkRuleIds(
  levels: Record<string, unknown>,
  option = '--rule',
  rules: readonly Rule[] = registry,
): void {
  const known = rules.map((r) => r.meta.id);
  for (const id of Object.keys(levels)) {
    if (!known.includes(id))
      throw new UsageError(`unknown rule '${id}' in ${option} (known rules: ${known.join(', ')})`);
  }
}

/**
 * Runs the lint the options describe; returns the exit code. Throws UsageError; other expected errors become exit 2
 * here. `rules`: every registered rule, or the tests' own (see RunOptions.rules).
 */
export async function executeCli(
  options: CliOptions,
  io: CliIo,
  rules: readonly Rule[] = registry,
): Promise<number> {
  checkRuleIds(options.ruleLevels, '--rule', rules);
  let output;
  try {
    if (options.printConfig !== undefined) {
      const { config, source } = await configForFile(
        options.printConfig,
        io.cwd,
        options.config,
        options.ruleLevels,
      );
      const { printConfig } = await import('../config/print.ts');
      io.stdout.write(
        printConfig(config, { file: options.printConfig, source, rules, cliLevels: options.ruleLevels }),
      );
      return 0;
    }
    tuneV8ForLinting();
    output = await runLint({
      paths: options.paths,
      cwd: io.cwd,
      configPath: options.config,
      vars: options.vars,
      varFiles: options.varFiles,
      parameters: options.parameters,
      ruleLevels: options.ruleLevels,
      maxFileSize: options.maxFileSize,
      jobs: options.jobs,
      // No CLI format draws the firewalls (only the Action's job summary does): their count is enough.
      keepFirewalls: false,
      noIgnore: options.noIgnore,
      rules: rules === registry ? undefined : rules,
      baseline: options.baseline === undefined ? undefined : loadBaseline(resolve(io.cwd, options.baseline)),
    });
  } catch (error) {
    if (error instanceof MissingPathError) throw new UsageError(error.message);
    if (error instanceof ConfigError) {
      io.stderr.write(`egress-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  if (options.baselineCreate !== undefined) {
    const baseline = createBaseline(output.result.findings);
    const text = serializeBaseline(baseline);
    if (!writeReport(io, options.baselineCreate, (sink) => sink.write(text))) return 2;
    // Reported as a later `--baseline` run would see it: everything recorded is now suppressed.
    applyBaseline(output.result.findings, baseline);
    io.stderr.write(
      `egress-lint: recorded ${baseline.findings.length} findings in ${options.baselineCreate}\n`,
    );
  }

  for (const notice of output.notices) io.stderr.write(`egress-lint: ${notice}\n`);

  const nothingLinted = output.nothingLinted && !options.passOnNoFiles;
  // --quiet hides warnings from the report, never from an explicit --fail-level; like ESLint's, it leaves them out
  // of --max-warnings.
  const exitCode = nothingLinted
    ? 2
    : outcomeOf(output.result, options.failLevel, options.quiet ? undefined : options.maxWarnings).exitCode;
  const result = options.quiet ? errorsOnly(output.result) : output.result;
  const formatOptions = {
    color: colorEnabled(options.color, io.env, options.output === undefined && io.stdout.isTTY === true),
    cwd: io.cwd,
    rules,
    toolVersion: VERSION,
    informationUri: HOMEPAGE,
    srcRoot: output.root,
    failed: exitCode !== 0,
    hiddenByQuiet: problemTotal(countProblems(output.result)) - problemTotal(countProblems(result)),
  };
  // Streamed (JSON and SARIF item by item), so a large report is never held whole.
  const writeText = (sink: TextSink) => {
    let last = '';
    writeFormat(result, options.format, formatOptions, {
      write(text) {
        if (text === '') return;
        last = text;
        sink.write(text);
      },
    });
    if (last !== '' && !last.endsWith('\n')) sink.write('\n');
  };
  if (options.output === undefined) {
    const sink = chunkedSink((chunk) => io.stdout.write(chunk));
    writeText(sink);
    sink.end();
  } else if (!writeReport(io, options.output, writeText)) return 2;
  if (nothingLinted) {
    io.stderr.write(
      `egress-lint: no Terraform, CloudFormation, Pulumi or host firewall file to lint in ${options.paths.join(', ')} ` +
        `(${plural(output.result.stats.filesScanned, 'file')} read, none of those formats); ` +
        `pass --pass-on-no-files if that is expected\n`,
    );
  }
  return exitCode;
}

/** Writes a file the user named (creating its directory); false, with the reason on stderr, when it cannot. */
function writeReport(io: CliIo, path: string, write: (sink: TextSink) => void): boolean {
  try {
    writeReportFile(resolve(io.cwd, path), write);
    return true;
  } catch (error) {
    io.stderr.write(`egress-lint: cannot write ${path}: ${(error as Error).message}\n`);
    return false;
  }
}
