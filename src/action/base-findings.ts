// What a pull request caused: the findings that were not there at its base commit. A change can make a finding
// without touching its line (a config file, a deleted deny rule, a variable default elsewhere); comparing with a
// lint of the base commit's tree (by fingerprint, which does not depend on line numbers) finds those too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintResult } from '../engine/types.ts';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export type BaseFindings = { fingerprints: ReadonlySet<string> } | { reason: string };

/**
 * Lints the base commit's tree, written by `git archive` into a temporary directory (no checkout, no hooks, no
 * filters run; the base commit must be in the clone: `fetch-depth: 0`). `lint` runs the same lint as the head's in
 * the directory it is given. Never throws: a failure is the reason the comparison could not be made.
 */
export async function baseFindings(
  repoDir: string,
  baseSha: string,
  lint: (dir: string) => Promise<LintResult>,
): Promise<BaseFindings> {
  if (!SHA.test(baseSha)) return { reason: `base commit '${baseSha}' is not a commit id` };
  const dir = mkdtempSync(join(tmpdir(), 'egress-lint-base-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', baseSha], {
      cwd: repoDir,
      maxBuffer: 2 * 1024 * 1024 * 1024,
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', dir], {
      input: tar,
      timeout: 120_000,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const result = await lint(dir);
    return { fingerprints: new Set(result.findings.map((f) => f.fingerprint)) };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    return {
      reason: `the base commit could not be linted: ${stderr.split('\n')[0] || (error as Error).message}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
