// The CLI run in this process (parse, then execute) with captured output: fast end-to-end tests of options.
import { parseCliArgs } from '../../src/cli/args.ts';
import { executeCli } from '../../src/cli/execute.ts';
import type { Rule } from '../../src/engine/types.ts';

/** `rules`: the rules to run (e.g. test/probe-rule.ts); default, every registered rule. */
export async function cliInProcess(
  args: string[],
  cwd: string,
  rules?: readonly Rule[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await executeCli(
    parseCliArgs(args),
    {
      cwd,
      env: {},
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    },
    rules,
  );
  return { status, stdout, stderr };
}
