#!/usr/bin/env node
// egress-lint's command line. Kept light: --help and --version answer before the engine is loaded.
import * as nodeModule from 'node:module';
import { parseCliArgs, UsageError, type CliOptions } from './cli/args.ts';
import { HELP } from './cli/help.ts';
import { VERSION } from './cli/package-info.ts';

// Node 22.1+ keeps the compiled code of the engine's chunks on disk between runs, which most of a short lint
// otherwise spends compiling (Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Read through a
// namespace: a named import of a function Node 20 lacks would fail to load.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const DEBUG = (process.env.DEBUG ?? '').split(',').some((d) => ['egress-lint', '*'].includes(d.trim()));

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const { executeCli } = await import('./cli/execute.ts');
    return await executeCli(options, {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`egress-lint: ${error.message}\nRun egress-lint --help for usage.\n`);
      return 2;
    }
    const detail = DEBUG ? ((error as Error).stack ?? String(error)) : (error as Error).message;
    const hint = DEBUG ? '' : '\n(run with DEBUG=egress-lint for the stack trace)';
    process.stderr.write(`egress-lint: internal error: ${detail}${hint}\n`);
    return 2;
  }
}

// A reader that stops early (`egress-lint | head`) closes the pipe: that is not an error, so exit quietly with the
// status the lint has (or will have) rather than print a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode, not exit(): lets a large report finish writing to a pipe.
process.exitCode = await main(process.argv.slice(2));
