// The heavy half of the CLI, loaded only after the arguments parsed: run, filter, report, exit status.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rules } from '../../rules/index.ts';
import { ConfigError } from '../config/load.ts';
import { applyBaseline, createBaseline, loadBaseline, serializeBaseline } from '../engine/baseline.ts';
import { MissingPathError } from '../engine/discover.ts';
import { configForFile, outcomeOf, runLint } from '../engine/run.ts';
import type { LintResult } from '../engine/types.ts';
import { format } from '../reporters/index.ts';
import { colorEnabled, UsageError, type CliOptions } from './args.ts';
import { HOMEPAGE, VERSION } from './package-info.ts';
import { tuneV8ForLinting } from './v8-flags.ts';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** `--quiet`: errors only, in the report and in the exit status. */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    findings: result.findings.filter((f) => f.level === 'error'),
    diagnostics: result.diagnostics.filter((d) => d.level === 'error'),
  };
}

function checkRuleIds(options: CliOptions): void {
  const known = rules.map((r) => r.meta.id);
  for (const id of Object.keys(options.ruleLevels)) {
    if (!known.includes(id))
      throw new UsageError(`unknown rule '${id}' in --rule (known rules: ${known.join(', ')})`);
  }
}

/** Runs the lint the options describe; returns the exit code. Throws UsageError; other expected errors become exit 2 here. */
export async function executeCli(options: CliOptions, io: CliIo): Promise<number> {
  checkRuleIds(options);
  let output;
  try {
    if (options.printConfig !== undefined) {
      io.stdout.write(
        `${JSON.stringify(await configForFile(options.printConfig, io.cwd, options.config), null, 2)}\n`,
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
    if (!writeReport(io, options.baselineCreate, serializeBaseline(baseline))) return 2;
    // Reported as a later `--baseline` run would see it: everything recorded is now suppressed.
    applyBaseline(output.result.findings, baseline);
    io.stderr.write(
      `egress-lint: recorded ${baseline.findings.length} findings in ${options.baselineCreate}\n`,
    );
  }

  const result = options.quiet ? errorsOnly(output.result) : output.result;
  const report = format(result, options.format, {
    color: colorEnabled(options.color, io.env, options.output === undefined && io.stdout.isTTY === true),
    cwd: io.cwd,
    rules,
    toolVersion: VERSION,
    informationUri: HOMEPAGE,
    srcRoot: output.root,
  });
  const text = report === '' || report.endsWith('\n') ? report : `${report}\n`;
  if (options.output === undefined) io.stdout.write(text);
  else if (!writeReport(io, options.output, text)) return 2;
  return outcomeOf(result, options.failLevel, options.maxWarnings).exitCode;
}

/** Writes a file the user named (creating its directory); false, with the reason on stderr, when it cannot. */
function writeReport(io: CliIo, path: string, text: string): boolean {
  const file = resolve(io.cwd, path);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return true;
  } catch (error) {
    io.stderr.write(`egress-lint: cannot write ${path}: ${(error as Error).message}\n`);
    return false;
  }
}
