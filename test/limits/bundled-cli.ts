// The real bundled CLI for end-to-end tests: built once per test file into a temporary directory (not dist/,
// which other tests may be running), spawned on throwaway trees.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

const REPO = new URL('../../', import.meta.url).pathname;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface JsonReport {
  findings: { ruleId: string; level: string; message: string; location: { file: string; line: number } }[];
  diagnostics: {
    level: string;
    code: string | null;
    message: string;
    location: { file: string; line: number; column: number };
  }[];
  stats: { filesScanned: number; filesSkipped: number; firewalls: number };
}

/** Registers beforeAll/afterAll hooks that build the CLI; returns a function that runs it. */
export function useBundledCli(): ((
  args: string[],
  options?: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number },
) => CliRun) & { script: () => string } {
  let buildDir = '';
  beforeAll(() => {
    buildDir = mkdtempSync(join(tmpdir(), 'egress-lint-build-'));
    chmodSync(buildDir, 0o755); // readable by the unprivileged user some tests run it as
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', buildDir], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
  });
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  const run = (
    args: string[],
    options: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {},
  ): CliRun => {
    const env = { ...process.env };
    for (const key of ['NO_COLOR', 'FORCE_COLOR', 'DEBUG', 'GITHUB_ACTIONS', 'EGRESS_LINT_POOL'])
      delete env[key];
    const spawnOptions: SpawnSyncOptions = {
      cwd: options.cwd,
      env: { ...env, ...options.env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
    };
    if (options.uid !== undefined) Object.assign(spawnOptions, { uid: options.uid, gid: options.gid });
    const r = spawnSync(process.execPath, [join(buildDir, 'cli.js'), ...args], spawnOptions);
    return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
  };
  /** The built CLI's path, for tests that need a shell around it (pipes). */
  return Object.assign(run, { script: () => join(buildDir, 'cli.js') });
}

/** `level file:line message` per diagnostic. */
export function diagnosticLines(report: JsonReport): string[] {
  return report.diagnostics.map((d) => `${d.level} ${d.location.file}:${d.location.line} ${d.message}`);
}

/**
 * The rule whose findings show that a file was analysed: these tests lint inputs with all traffic to anywhere, an
 * EGR002 error whatever else is registered. What other rules (one added later) report there is not what they test.
 */
export const WITNESS_RULE = 'EGR002';

/** `ruleId file:line` per finding of WITNESS_RULE. */
export function findingLines(report: JsonReport): string[] {
  return report.findings
    .filter((f) => f.ruleId === WITNESS_RULE)
    .map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`);
}
