// `npm run fuzz -- --runs N`: the property-based fuzz tests in test/fuzz (not part of `npm test`).
// vitest hands arguments after `--` to nobody, so the run count is read here and passed on in the environment.
import { defineConfig } from 'vitest/config';

function runsFromArgv(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
  if (at === -1) return undefined;
  return argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
}

const runs = runsFromArgv(process.argv) ?? process.env.FUZZ_RUNS ?? '200';
if (!/^\d+$/.test(runs)) throw new Error(`--runs expects a whole number, got '${runs}'`);

export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.test.ts'],
    // A hang is caught per input by the harness (test/fuzz/harness.ts); this only stops a runaway file.
    testTimeout: 30 * 60_000,
    pool: 'threads',
    setupFiles: ['test/setup.ts'],
    env: { FUZZ_RUNS: runs },
  },
});
