// Runs the bundled Action as the runner does: inputs as INPUT_* variables (defaults from action.yml), an event
// payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a fake GitHub API on 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const REPO = new URL('../../', import.meta.url).pathname;
export const ACTION_FIXTURES = join(REPO, 'fixtures/action');

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Contributor',
  GIT_AUTHOR_EMAIL: 'contributor@example.com',
  GIT_COMMITTER_NAME: 'Contributor',
  GIT_COMMITTER_EMAIL: 'contributor@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...GIT_IDENTITY, ...env },
  }).trim();
}

export interface FixtureRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  cleanup(): void;
}

/** A git repository with two commits: fixtures/action/<name>/base, then the tree replaced by …/head. */
export function fixtureRepo(name: string): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), 'egress-lint-action-'));
  git(dir, ['init', '-q']);
  const commit = (tree: 'base' | 'head', date: string) => {
    git(dir, ['rm', '-rq', '--ignore-unmatch', '.']);
    cpSync(join(ACTION_FIXTURES, name, tree), dir, { recursive: true });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', tree], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return git(dir, ['rev-parse', 'HEAD']);
  };
  const baseSha = commit('base', '2025-05-01T10:00:00Z');
  const headSha = commit('head', '2025-05-12T09:00:00Z');
  return { dir, baseSha, headSha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fixture JSON file with BASE_SHA and HEAD_SHA filled in. */
export function fixtureJson(path: string, repo: FixtureRepo): unknown {
  const text = readFileSync(join(ACTION_FIXTURES, path), 'utf8');
  return JSON.parse(text.replaceAll('BASE_SHA', repo.baseSha).replaceAll('HEAD_SHA', repo.headSha));
}

export interface ApiCall {
  method: string;
  url: string;
  authorization?: string;
}

export interface FakeApi {
  url: string;
  calls: ApiCall[];
  close(): Promise<void>;
}

export type ApiBehaviour =
  /** Serves the pull request's files one per page (with Link headers), so pagination is exercised. */
  | { files: unknown[]; owner: string; repo: string; number: number }
  /** Answers every request with this status and GitHub's error body. */
  | { status: number; message: string };

export async function startFakeApi(behaviour: ApiBehaviour): Promise<FakeApi> {
  const calls: ApiCall[] = [];
  const server = createServer((req, res) => {
    calls.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    if ('status' in behaviour) {
      json(behaviour.status, {
        message: behaviour.message,
        documentation_url: 'https://docs.github.com/rest',
      });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { owner, repo, number, files } = behaviour;
    if (req.method !== 'GET' || url.pathname !== `/repos/${owner}/${repo}/pulls/${number}/files`) {
      json(404, { message: 'Not Found' });
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageUrl = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return `http://${req.headers.host}${next.pathname}${next.search}`;
    };
    const links: Record<string, string> =
      page < files.length
        ? { link: `<${pageUrl(page + 1)}>; rel="next", <${pageUrl(files.length)}>; rel="last"` }
        : {};
    json(200, files.slice(page - 1, page), links);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** INPUT_* as the runner sets them: every input's default from action.yml unless given, `${{ github.token }}` evaluated. */
export function inputsEnv(given: Record<string, string>, token: string): Record<string, string> {
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = given[name] ?? input.default ?? '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace('${{ github.token }}', token);
  }
  return env;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node index.js` in the workspace with exactly `env` (plus PATH, for git). Asynchronous: the fake API runs in this process. */
export function runAction(bundle: string, cwd: string, env: Record<string, string>): Promise<ActionRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The outputs in GITHUB_OUTPUT's `name<<delimiter` format. */
export function readOutputs(path: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(path, 'utf8').matchAll(pattern)) outputs[m[1]] = m[3];
  return outputs;
}

/** Annotation commands on stdout (`::error …`, `::warning …`, `::notice …`), in order. */
export function annotationsOf(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line));
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2));
}
