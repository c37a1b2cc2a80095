// What the Action needs from the workflow run: where the checkout is, which repository and commit, and, on a
// pull request, its number and the base and head commits. Read from the runner's environment and event payload.
import type { context as githubContext } from '@actions/github';

type GithubContext = typeof githubContext;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** How many files the pull request changes, from the event payload; lets a truncated file list be noticed. */
  changedFiles?: number;
}

export interface RunContext {
  /** The checkout: inputs' paths are relative to it. */
  workspace: string;
  /** `https://github.com/owner/repo`, or undefined outside a repository (local runs). */
  repositoryUrl?: string;
  /** The commit findings link to: the pull request's head, else the commit the workflow runs on. */
  linkSha?: string;
  /** The workflow run's page, where the job summary is shown. */
  runUrl?: string;
  pullRequest?: PullRequestRef;
}

/** Both pull_request and pull_request_target carry the pull request in the payload. */
function pullRequestOf(context: GithubContext): PullRequestRef | undefined {
  const pr = context.payload.pull_request;
  if (!pr || !process.env.GITHUB_REPOSITORY) return undefined;
  const base = (pr.base as { sha?: unknown } | undefined)?.sha;
  const head = (pr.head as { sha?: unknown } | undefined)?.sha;
  if (typeof base !== 'string' || typeof head !== 'string') return undefined;
  const changed = (pr as { changed_files?: unknown }).changed_files;
  return {
    ...context.repo,
    number: pr.number,
    baseSha: base,
    headSha: head,
    changedFiles: typeof changed === 'number' ? changed : undefined,
  };
}

export function runContextOf(context: GithubContext, env: NodeJS.ProcessEnv): RunContext {
  const pullRequest = pullRequestOf(context);
  const repositoryUrl = env.GITHUB_REPOSITORY ? `${context.serverUrl}/${env.GITHUB_REPOSITORY}` : undefined;
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repositoryUrl,
    linkSha: pullRequest?.headSha ?? env.GITHUB_SHA,
    runUrl:
      repositoryUrl && env.GITHUB_RUN_ID ? `${repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    pullRequest,
  };
}
