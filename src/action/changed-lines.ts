// The lines a pull request adds or changes, per file: from GitHub's pull-request files API, else from
// `git diff` against the base commit in the checkout. Either can be unavailable (a fork's read-only token,
// no token, a shallow checkout); the caller then carries on without them.
import { execFileSync } from 'node:child_process';
import { getOctokit } from '@actions/github';
import type { PullRequestRef } from './context.ts';

/** Repository-relative path → new-side line numbers; `all` when the change is known but its lines are not. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

export type ChangedLinesOutcome =
  { lines: ChangedLines; source: 'api' | 'git'; apiProblem?: string } | { lines: undefined; reason: string };

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** New-side numbers of the added lines in unified-diff hunks (a GitHub `patch`, or one file of `git diff`). */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let next: number | undefined; // the new-side number of the next context or added line
  for (const line of patch.split('\n')) {
    const hunk = HUNK_HEADER.exec(line);
    if (hunk) next = Number(hunk[1]);
    else if (next === undefined)
      continue; // file headers before the first hunk
    else if (line.startsWith('+')) added.add(next++);
    // Removed lines and `\ No newline at end of file` exist only on the old side. An empty line is a context
    // line whose leading space was stripped by whatever carried the patch.
    else if (!line.startsWith('-') && !line.startsWith('\\')) next++;
  }
  return added;
}

/** Git's C-style quoting of unusual paths (`"caf\303\251.tf"`), undone; plain paths come back unchanged. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const parts = text
    .slice(1, -1)
    .split(/(\\[0-7]{3}|\\.)/)
    .map((part) => {
      if (!part.startsWith('\\') || part.length < 2) return Buffer.from(part, 'utf8');
      if (part.length === 4) return Buffer.from([parseInt(part.slice(1), 8)]);
      return Buffer.from([escapes[part[1]] ?? part.charCodeAt(1)]);
    });
  return Buffer.concat(parts).toString('utf8');
}

/** `+++ b/path` (git adds a tab after names with spaces), or undefined for a deleted file's `+++ /dev/null`. */
function newPathOf(header: string): string | undefined {
  const name = unquoteGitPath(header.slice(4).replace(/\t$/, ''));
  return name.startsWith('b/') ? name.slice(2) : undefined;
}

/** Changed lines from the text of `git diff --unified=0 --src-prefix=a/ --dst-prefix=b/`. */
export function parseGitDiff(text: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  for (const section of text.split(/^(?=diff --git )/m)) {
    const header = section.split('\n').find((line) => line.startsWith('+++ '));
    const path = header === undefined ? undefined : newPathOf(header);
    if (path === undefined) continue; // deleted, binary, or a mode change only: no new lines
    const lines = addedLines(section); // the `+++` header comes before the first hunk, so it is not counted
    if (lines.size > 0) changed.set(path, lines);
  }
  return changed;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * `git diff BASE...HEAD` in the checkout. The base must be in the clone (actions/checkout's default depth of 1
 * leaves it out). Arguments go to git as an array, never through a shell; external diff drivers and textconv
 * filters are off so nothing configured for the repository runs.
 */
export function changedLinesFromGit(cwd: string, baseSha: string): ChangedLines {
  if (!SHA.test(baseSha)) throw new Error(`base commit '${baseSha}' is not a commit id`);
  const args = [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    `${baseSha}...HEAD`,
    '--',
  ];
  try {
    const out = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return parseGitDiff(out);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const detail = stderr.split('\n')[0] || (error as Error).message;
    throw new Error(`git diff ${baseSha.slice(0, 12)}...HEAD failed: ${detail}`, { cause: error });
  }
}

const API_TIMEOUT_MS = 60_000;

interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
}

/** `GET /repos/{owner}/{repo}/pulls/{n}/files`, every page. */
export async function changedLinesFromApi(pr: PullRequestRef, token: string): Promise<ChangedLines> {
  const octokit = getOctokit(token);
  const files: PullRequestFile[] = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
    request: { signal: AbortSignal.timeout(API_TIMEOUT_MS) },
  });
  // The API lists at most 3,000 files; a shorter list than the payload's count would hide changed lines.
  if (pr.changedFiles !== undefined && files.length < pr.changedFiles)
    throw new Error(`the API listed ${files.length} of the pull request's ${pr.changedFiles} files`);
  const changed = new Map<string, ReadonlySet<number> | 'all'>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    // GitHub leaves `patch` out for binary files and very large diffs: the file changed, its lines are unknown.
    changed.set(file.filename, file.patch === undefined ? 'all' : addedLines(file.patch));
  }
  return changed;
}

/** An API failure in a few words, without the request (its headers carry the token). */
function apiProblem(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  return typeof status === 'number' && status > 0
    ? `the GitHub API answered HTTP ${status} (${message})`
    : `the GitHub API could not be reached (${message})`;
}

/** The API first (when there is a token), then git; a reason when neither is available. */
export async function changedLinesOf(
  pr: PullRequestRef,
  options: { token: string; cwd: string },
): Promise<ChangedLinesOutcome> {
  let problem = 'no github-token was given';
  if (options.token) {
    try {
      return { lines: await changedLinesFromApi(pr, options.token), source: 'api' };
    } catch (error) {
      problem = apiProblem(error);
    }
  }
  try {
    return { lines: changedLinesFromGit(options.cwd, pr.baseSha), source: 'git', apiProblem: problem };
  } catch (error) {
    return { lines: undefined, reason: `${problem}, and ${(error as Error).message}` };
  }
}
