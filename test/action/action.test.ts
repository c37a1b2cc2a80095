// End to end: the bundled Action (what action.yml's runs.main points at) run as a runner runs it, on a git
// repository where a pull request adds an SMTP rule to 0.0.0.0/0, with a fake GitHub API on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTree } from '../discover/tree.ts';
import { KNOWN_RULES } from '../helpers.ts';
import { sarifErrors } from '../reporters/sarif-schema.ts';
import {
  ACTION_FIXTURES,
  annotationsOf,
  fixtureJson,
  fixtureRepo,
  git,
  inputsEnv,
  readOutputs,
  REPO,
  runAction,
  startFakeApi,
  writeJson,
  type ActionRun,
  type ApiBehaviour,
  type ApiCall,
  type FixtureRepo,
} from './harness.ts';

const TOKEN = 'ghs_e2eSecretToken4f9c2a7b1d';
const OWNER = 'octo-org';
const REPO_NAME = 'network';

let bundle: string;
beforeAll(() => {
  // scripts/build.mjs as CI runs it, into a temporary directory rather than dist/: other test files may be
  // reading dist/ at the same time, and CI separately checks that dist/ is what this build produces.
  const outdir = mkdtempSync(join(tmpdir(), 'egress-lint-action-build-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], {
    cwd: REPO,
    encoding: 'utf8',
  });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
  };
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  bundle = join(outdir, 'index.js');
});
afterAll(() => rmSync(join(bundle, '..'), { recursive: true, force: true }));

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Scenario {
  /** Inputs set in the workflow; the rest take action.yml's defaults. */
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'push';
  /** How the fake API answers; default: the pull request's files. */
  api?: ApiBehaviour;
  /** A workspace to use instead of a fresh clone of the fixture repository. */
  workspace?: string;
  env?: Record<string, string>;
}

interface Outcome {
  run: ActionRun;
  repo: FixtureRepo;
  workspace: string;
  annotations: string[];
  summary: string;
  outputs: Record<string, string>;
  calls: ApiCall[];
}

function smtpPullRequest(): FixtureRepo {
  const repo = fixtureRepo('smtp-pr');
  cleanups.push(repo.cleanup);
  return repo;
}

/** A clone as actions/checkout makes by default: depth 1, so the base commit is not there to diff against. */
function shallowClone(repo: FixtureRepo): string {
  const dir = mkdtempSync(join(tmpdir(), 'egress-lint-shallow-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  git(dir, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, '.']);
  return dir;
}

async function act(scenario: Scenario = {}, repo: FixtureRepo = smtpPullRequest()): Promise<Outcome> {
  const files = fixtureJson('smtp-pr/pulls-files.json', repo) as unknown[];
  const api = await startFakeApi(scenario.api ?? { files, owner: OWNER, repo: REPO_NAME, number: 7 });
  cleanups.push(api.close);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'egress-lint-runner-'));
  cleanups.push(() => rmSync(runnerTemp, { recursive: true, force: true }));
  const event = scenario.event ?? 'pull_request';
  const eventPath = join(runnerTemp, 'event.json');
  writeJson(eventPath, fixtureJson(event === 'push' ? 'push-event.json' : 'smtp-pr/event.json', repo));
  // The runner creates both files before the step runs.
  const summaryPath = join(runnerTemp, 'step_summary');
  const outputPath = join(runnerTemp, 'output');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const workspace = scenario.workspace ?? repo.dir;
  const run = await runAction(bundle, workspace, {
    ...inputsEnv(scenario.inputs ?? {}, TOKEN),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO_NAME}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: repo.headSha,
    GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'egress',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    HOME: runnerTemp,
    ...scenario.env,
  });
  return {
    run,
    repo,
    workspace,
    annotations: annotationsOf(run.stdout),
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: readOutputs(outputPath),
    calls: api.calls,
  };
}

/** `warning mail.tf:8 EGR002` for a finding's annotation; the whole command for the others. */
function brief(command: string): string {
  const m = /^::(\w+) file=([^,]*),line=(\d+),.*title=(EGR\d+) /.exec(command);
  return m ? `${m[1]} ${m[2]}:${m[3]} ${m[4]}` : command;
}

function sarifOf(outcome: Outcome): { log: unknown; results: string[] } {
  const log = JSON.parse(readFileSync(join(outcome.workspace, 'egress-lint.sarif'), 'utf8')) as {
    runs: {
      results: {
        ruleId: string;
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        }[];
      }[];
    }[];
  };
  const results = log.runs[0].results.map((r) => {
    const { artifactLocation, region } = r.locations[0].physicalLocation;
    // EGR002/medium: a warning's own descriptor (its security-severity); the rule is EGR002.
    return `${r.ruleId.split('/')[0]} ${artifactLocation.uri}:${region.startLine}`;
  });
  return { log, results: results.sort() };
}

const LEGACY_LINES = [6, 15, 24, 33, 42, 51, 60, 69, 78, 87, 96];
const ALL_FINDINGS = [
  ...LEGACY_LINES.map((line) => `EGR002 legacy.tf:${line}`),
  'EGR002 mail.tf:8',
  'EGR003 mail.tf:8',
].sort();

/** The pull request's own problems first (mail.tf is new; legacy.tf:24 is legacy_03, whose ports it changed). */
const PRIORITISED = [
  'warning legacy.tf:24 EGR002',
  'warning mail.tf:8 EGR002',
  'error mail.tf:8 EGR003',
  ...[6, 15, 33, 42, 51, 60, 69, 78].map((line) => `warning legacy.tf:${line} EGR002`),
];

const OVERFLOW_NOTICE =
  '::notice title=egress-lint::2 more problems (2 warnings) are not shown as annotations: GitHub shows at most 10 per level. All of them are in the job summary (https://github.com/octo-org/network/actions/runs/4242) and in egress-lint.sarif.';

const FAILED_AT_ERROR =
  /^::error::egress-lint: 13 problems \(1 error, 12 warnings\) · .* The step fails at fail-level error\.$/;

function expectTokenOnlyMasked(run: ActionRun): void {
  const lines = run.stdout.split('\n').filter((line) => line.includes(TOKEN));
  expect(lines.every((line) => line === `::add-mask::${TOKEN}`)).toBe(true);
  expect(run.stderr).not.toContain(TOKEN);
}

describe('the Action on a pull request that adds SMTP to 0.0.0.0/0', () => {
  it('annotates the pull request’s own problems first, 10 per level, then says where the rest are', async () => {
    const o = await act();
    expect(o.run.stderr).toBe('');
    expect(o.run.status).toBe(1);
    expect(o.annotations.map(brief)).toEqual([
      ...PRIORITISED,
      OVERFLOW_NOTICE,
      expect.stringMatching(FAILED_AT_ERROR),
    ]);
    expect(o.annotations).toContain(
      '::error file=mail.tf,line=8,col=24,endLine=8,endColumn=35,title=EGR003 smtp-egress-to-non-relay::aws_security_group_rule.smtp allows SMTP (port 25) to 0.0.0.0/0, which is not an approved mail relay; only the configured relays may receive mail.',
    );
    // Both pages of the files API, authenticated; the token is masked before anything else is printed.
    expect(o.calls).toEqual([
      {
        method: 'GET',
        url: `/repos/${OWNER}/${REPO_NAME}/pulls/7/files?per_page=100`,
        authorization: `token ${TOKEN}`,
      },
      {
        method: 'GET',
        url: `/repos/${OWNER}/${REPO_NAME}/pulls/7/files?per_page=100&page=2`,
        authorization: `token ${TOKEN}`,
      },
    ]);
    expect(o.run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expectTokenOnlyMasked(o.run);
  });

  it('writes the job summary: counts by rule, findings linked at the head commit, the egress map', async () => {
    const o = await act();
    const blob = `https://github.com/${OWNER}/${REPO_NAME}/blob/${o.repo.headSha}`;
    expect(o.summary).toContain('**✖ 13 problems (1 error, 12 warnings)');
    expect(o.summary).toContain(
      '| EGR002 open-egress | 0 | 12 | 0 | 0 |\n| EGR003 smtp-egress-to-non-relay | 1 | 0 | 0 | 0 |',
    );
    // The pull request's own findings first, marked, rule ids linked to their docs.
    const docs = 'https://github.com/egress-lint/egress-lint/blob/main/docs/rules';
    expect(o.summary).toContain(
      `| ✎ warning | [EGR002](${docs}/EGR002.md) | [legacy.tf:24](${blob}/legacy.tf#L24) |`,
    );
    expect(o.summary).toContain(
      `| ✎ error | [EGR003](${docs}/EGR003.md) | [mail.tf:8](${blob}/mail.tf#L8) | aws\\_security\\_group\\_rule.smtp allows SMTP (port 25) to 0.0.0.0/0`,
    );
    expect(o.summary.indexOf('| ✎ error | [EGR003]')).toBeLessThan(o.summary.indexOf(`[legacy.tf:6](`));
    // The map: ten identical legacy groups in one node, the changed one apart; the relay drawn as a relay.
    expect(o.summary).toContain(
      [
        '  subgraph g0["legacy.tf"]',
        '    f0_0["aws_security_group.legacy_01 and 9 like it"]',
        '    f0_1["✎ aws_security_group.legacy_03"]',
        '  end',
        '  subgraph g1["network.tf"]',
        '    f1_0["✎ aws_security_group.app"]',
        '  end',
        '  d0(("Internet"))',
        '  d1(["relay 10.0.5.10/32"])',
        '  f0_0 -->|"TCP port 8080"| d0',
        '  f0_1 -->|"TCP port 8081"| d0',
        '  f1_0 -->|"TCP port 25, TCP port 443"| d0',
        '  f1_0 -->|"TCP port 587"| d1',
        '  class f1_0 error',
        '  class f0_0,f0_1 warning',
        '  class f0_1,f1_0 changed',
      ].join('\n'),
    );
    // The tables per firewall, folded.
    const details = o.summary.slice(o.summary.indexOf('<details>'), o.summary.indexOf('</details>'));
    expect(details).toContain(
      `#### aws\\_security\\_group.app (aws\\_security\\_group) · [network.tf:1](${blob}/network.tf#L1)`,
    );
    expect(details).toContain(
      `| allow | 0.0.0.0/0 | TCP | port 443 | aws\\_security\\_group.app · [network.tf:4](${blob}/network.tf#L4) |\n`,
    );
    expect(details).toContain(
      `| allow | 0.0.0.0/0 | TCP | port 25 | aws\\_security\\_group\\_rule.smtp · [mail.tf:1](${blob}/mail.tf#L1) |`,
    );
    expect(Buffer.byteLength(o.summary)).toBeLessThan(1024 * 1024);
  });

  it('sets the outputs and writes a valid SARIF file with every finding', async () => {
    const o = await act();
    expect(o.outputs).toEqual({
      'sarif-file': join(o.workspace, 'egress-lint.sarif'),
      findings: '13',
      errors: '1',
      warnings: '12',
    });
    const sarif = sarifOf(o);
    expect(sarifErrors(sarif.log)).toEqual([]);
    expect(sarif.results).toEqual(ALL_FINDINGS);
  });

  it('with only-changed reports, counts and fails on the changed lines alone; SARIF keeps everything', async () => {
    const o = await act({ inputs: { 'only-changed': 'true' } });
    expect(o.run.status).toBe(1);
    expect(o.annotations.map(brief)).toEqual([
      ...PRIORITISED.slice(0, 3),
      expect.stringMatching(
        /^::error::egress-lint: 3 problems \(1 error, 2 warnings\) · .* fail-level error\.$/,
      ),
    ]);
    expect(o.outputs).toMatchObject({ findings: '3', errors: '1', warnings: '2' });
    expect(o.summary).toContain(
      'Only problems on lines changed by pull request #7 are listed (only-changed); 10 more problems elsewhere are in egress-lint.sarif.',
    );
    expect(o.summary).toContain('**✖ 3 problems (1 error, 2 warnings)');
    expect(o.summary).toContain('[legacy.tf:24]');
    expect(o.summary).not.toContain('[legacy.tf:6]');
    expect(sarifOf(o).results).toEqual(ALL_FINDINGS);
  });

  it('with fail-level none annotates and reports but does not fail the step', async () => {
    const o = await act({ inputs: { 'fail-level': 'none' } });
    expect(o.run.status).toBe(0);
    expect(o.annotations.map(brief)).toEqual([...PRIORITISED, OVERFLOW_NOTICE]);
    expect(o.outputs).toMatchObject({ findings: '13', errors: '1', warnings: '12' });
  });
});

describe('without the API (fork, read-only or no token)', () => {
  const forbidden: ApiBehaviour = { status: 403, message: 'Resource not accessible by integration' };

  it('on a 403 takes the changed lines from git diff: same annotations, no extra notice, token never logged (even in debug)', async () => {
    const o = await act({ api: forbidden, env: { RUNNER_DEBUG: '1' } });
    expect(o.run.status).toBe(1);
    expect(o.calls).toHaveLength(1);
    expect(o.annotations.map(brief)).toEqual([
      ...PRIORITISED,
      OVERFLOW_NOTICE,
      expect.stringMatching(FAILED_AT_ERROR),
    ]);
    expect(o.run.stdout).toContain(
      'Changed lines from git diff: the GitHub API answered HTTP 403 (Resource not accessible by integration',
    );
    expect(o.outputs).toMatchObject({ findings: '13', errors: '1', warnings: '12' });
    expect(sarifOf(o).results).toEqual(ALL_FINDINGS);
    expectTokenOnlyMasked(o.run);
  });

  it('with no token does not call the API and still orders by git diff', async () => {
    const o = await act({ inputs: { 'github-token': '' } });
    expect(o.calls).toEqual([]);
    expect(o.run.stdout).not.toContain('::add-mask::');
    expect(o.run.stdout).toContain('Changed lines from git diff: no github-token was given.');
    expect(o.annotations.map(brief)).toEqual([
      ...PRIORITISED,
      OVERFLOW_NOTICE,
      expect.stringMatching(FAILED_AT_ERROR),
    ]);
  });

  it('on a 403 in a shallow checkout (no base commit) degrades with one notice and never fails for that reason', async () => {
    const repo = smtpPullRequest();
    const o = await act(
      { api: forbidden, workspace: shallowClone(repo), inputs: { 'fail-level': 'none' } },
      repo,
    );
    expect(o.run.status).toBe(0);
    const degraded = o.annotations.filter((a) => a.includes('could not tell which lines'));
    expect(degraded).toHaveLength(1);
    expect(degraded[0]).toMatch(
      /^::notice title=egress-lint::egress-lint could not tell which lines pull request #7 changed \(the GitHub API answered HTTP 403 \(Resource not accessible by integration.*\), and git diff [0-9a-f]{12}\.\.\.HEAD failed: .*\), so annotations are in file order, not the pull request’s own first\. Grant the job `pull-requests: read`, or check out with `fetch-depth: 0`\.$/,
    );
    // File order; one notice slot went to the degradation notice, which leaves the warnings' 10 untouched.
    expect(o.annotations.filter((a) => !a.startsWith('::notice')).map(brief)).toEqual([
      ...LEGACY_LINES.slice(0, 10).map((line) => `warning legacy.tf:${line} EGR002`),
      'error mail.tf:8 EGR003',
    ]);
    expect(o.annotations.at(-1)).toBe(OVERFLOW_NOTICE);
    expect(o.summary).toContain('egress-lint could not tell which lines pull request #7 changed');
    expect(o.outputs).toMatchObject({ findings: '13', errors: '1', warnings: '12' });
    expect(sarifOf(o).results).toEqual(ALL_FINDINGS);
  });

  it('with only-changed and unknown changed lines reports everything, and says so', async () => {
    const repo = smtpPullRequest();
    const o = await act(
      { api: forbidden, workspace: shallowClone(repo), inputs: { 'only-changed': 'true' } },
      repo,
    );
    expect(o.run.status).toBe(1);
    expect(
      o.annotations.filter((a) => a.includes('so only-changed is ignored: every problem is reported')),
    ).toHaveLength(1);
    expect(o.outputs).toMatchObject({ findings: '13', errors: '1', warnings: '12' });
  });
});

describe('the Action outside pull requests and on bad input', () => {
  it('on a push lints everything in file order, links at GITHUB_SHA and makes no API call', async () => {
    const o = await act({ event: 'push', inputs: { 'only-changed': 'true' } });
    expect(o.calls).toEqual([]);
    expect(o.run.stdout).toContain('only-changed applies to pull requests: every problem is reported.');
    expect(o.annotations.map(brief).slice(0, 10)).toEqual(
      LEGACY_LINES.slice(0, 10).map((line) => `warning legacy.tf:${line} EGR002`),
    );
    expect(o.outputs).toMatchObject({ findings: '13' });
    expect(o.summary).toContain(
      `[mail.tf:8](https://github.com/${OWNER}/${REPO_NAME}/blob/${o.repo.headSha}/mail.tf#L8)`,
    );
  });

  it('uses the config input instead of the discovered .egress-lint.yml', async () => {
    const o = await act({ event: 'push', inputs: { config: join(ACTION_FIXTURES, 'egr002-off.yml') } });
    // EGR002 off: only EGR003 reports. SMTP to anywhere is an error whether or not relays are configured; with no
    // relays in this config, the mail through the relay in network.tf is reported as a warning as well.
    expect(o.annotations.map(brief)).toEqual([
      'error mail.tf:8 EGR003',
      'warning network.tf:17 EGR003',
      '::error::egress-lint: 2 problems (1 error, 1 warning) · 3 files, 12 firewalls. The step fails at fail-level error.',
    ]);
    expect(o.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' });
    expect(o.run.status).toBe(1);
  });

  it('annotates a file that cannot be parsed first and fails the step, still reporting the other files', async () => {
    const tree = makeTree({
      'broken.tf': 'resource "aws_security_group" "x" {\n  egress = [\n',
      'open.tf':
        'resource "aws_security_group" "open" {\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    });
    cleanups.push(tree.cleanup);
    const o = await act({ event: 'push', workspace: tree.dir, inputs: { 'fail-level': 'none' } });
    expect(o.run.status).toBe(1);
    expect(o.annotations[0]).toMatch(/^::error file=broken\.tf,line=\d+::/);
    expect(o.annotations.slice(1).map(brief)).toEqual([
      'error open.tf:6 EGR002',
      '::error::egress-lint: 1 file could not be analysed (see the annotations).',
    ]);
    expect(o.outputs).toMatchObject({ findings: '1', errors: '2', warnings: '0' });
  });

  it('keeps the job summary under GitHub’s 1 MiB limit on a large repository, saying what it left out', async () => {
    const group = (i: number) =>
      `resource "aws_security_group" "g${i}" {\n  egress {\n    from_port   = 8080\n    to_port     = 8080\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`;
    const tree = makeTree({ 'main.tf': Array.from({ length: 4000 }, (_, i) => group(i)).join('\n') });
    cleanups.push(tree.cleanup);
    const o = await act({ event: 'push', workspace: tree.dir, inputs: { 'fail-level': 'none' } });
    expect(o.run.status).toBe(0);
    expect(o.outputs).toMatchObject({ findings: '4000', warnings: '4000' });
    expect(Buffer.byteLength(o.summary)).toBeLessThanOrEqual(1_000_000);
    expect(o.summary).toMatch(/_\d+ more rows not shown: the job summary is limited to 1000000 bytes\./);
    expect(o.annotations).toHaveLength(11);
  });

  it('rejects an invalid input by name without writing anything', async () => {
    const o = await act({ inputs: { 'fail-level': 'fatal' } });
    expect(o.run.status).toBe(1);
    expect(o.annotations).toEqual([
      "::error::egress-lint: Input fail-level must be one of error, warning, note, none; got 'fatal'",
    ]);
    expect(existsSync(join(o.workspace, 'egress-lint.sarif'))).toBe(false);
    expect(o.outputs).toEqual({});
    expect(o.summary).toContain('**✖ Nothing was linted.** egress-lint: Input fail-level must be one of');

    const empty = await act({ inputs: { path: '' } });
    expect(empty.annotations).toEqual(['::error::egress-lint: Input required and not supplied: path']);
  });

  it('reports an invalid configuration with its path and key', async () => {
    const tree = makeTree({ '.egress-lint.yml': 'smtpPorts: [twenty-five]\n', 'main.tf': '' });
    cleanups.push(tree.cleanup);
    const o = await act({ event: 'push', workspace: tree.dir });
    expect(o.run.status).toBe(1);
    expect(o.annotations).toHaveLength(1);
    expect(o.annotations[0]).toMatch(/^::error::egress-lint: .*\.egress-lint\.yml.*smtpPorts/);
    // The job summary says why nothing was linted.
    expect(o.summary).toMatch(
      /^## egress-lint\n\n\*\*✖ Nothing was linted\.\*\* egress-lint: .*smtpPorts.* See the \[step log\]\(https:\/\/github\.com\/octo-org\/network\/actions\/runs\/4242\)\.\n$/,
    );
  });
});

describe('what teams set in the workflow', () => {
  it('with only-changed reports a finding a config change caused off its line (base commit linted), not older ones', async () => {
    const repo = fixtureRepo('config-pr');
    cleanups.push(repo.cleanup);
    const forbidden: ApiBehaviour = { status: 403, message: 'Resource not accessible by integration' };
    const o = await act({ inputs: { 'only-changed': 'true' }, api: forbidden }, repo);
    // main.tf did not change; the config did. old.tf's finding was there before the pull request.
    expect(o.annotations.map(brief)).toEqual(['warning main.tf:6 EGR002']);
    expect(o.outputs).toMatchObject({ findings: '1', warnings: '1' });
    expect(o.summary).toContain('| ✎ warning | [EGR002]');
    expect(o.summary).toContain('1 more problem elsewhere is in egress-lint.sarif.');

    // A shallow clone has neither the base commit nor the changed lines: everything is reported, as a notice says.
    const shallow = await act(
      { inputs: { 'only-changed': 'true' }, api: forbidden, workspace: shallowClone(repo) },
      repo,
    );
    expect(shallow.outputs).toMatchObject({ findings: '2' });
  });

  it('takes var files, vars, parameters, rule levels, max-warnings and a baseline as the CLI does', async () => {
    const tree = makeTree({
      'main.tf':
        'variable "cidrs" {\n  default = []\n}\nresource "aws_security_group" "a" {\n  egress {\n    from_port   = 8080\n    to_port     = 8080\n    protocol    = "tcp"\n    cidr_blocks = var.cidrs\n  }\n}\n',
      'prod.tfvars': 'cidrs = ["0.0.0.0/0"]\n',
      'stack.yaml':
        'Parameters:\n  Cidr:\n    Type: String\n    Default: 10.0.0.0/8\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupEgress:\n        - IpProtocol: tcp\n          FromPort: 8443\n          ToPort: 8443\n          CidrIp: !Ref Cidr\n',
    });
    cleanups.push(tree.cleanup);
    const plain = await act({ event: 'push', workspace: tree.dir });
    expect(plain.outputs).toMatchObject({ findings: '0' });
    expect(plain.run.status).toBe(0);

    const inputs = { 'var-files': 'prod.tfvars', parameters: 'Cidr=0.0.0.0/0', 'max-warnings': '1' };
    const opened = await act({ event: 'push', workspace: tree.dir, inputs });
    expect(opened.annotations.map(brief)).toEqual([
      'warning main.tf:9 EGR002',
      'warning stack.yaml:14 EGR002',
      '::error::egress-lint: 2 problems (0 errors, 2 warnings) · 3 files, 2 firewalls. The step fails at fail-level error or over max-warnings 1.',
    ]);
    const viaVars = await act({
      event: 'push',
      workspace: tree.dir,
      inputs: { vars: 'cidrs=["0.0.0.0/0"]\nunused=1', rules: 'EGR002:warn' },
    });
    expect(viaVars.annotations.map(brief)).toEqual([
      '::warning title=egress-lint::--var unused matches no variable declared in a scanned Terraform root module',
      'warning main.tf:9 EGR002',
    ]);
    const off = await act({ event: 'push', workspace: tree.dir, inputs: { ...inputs, rules: 'EGR002:0' } });
    expect(off.outputs).toMatchObject({ findings: '0' });
    const badRule = await act({ event: 'push', workspace: tree.dir, inputs: { rules: 'EGR999:off' } });
    expect(badRule.annotations).toEqual([
      `::error::egress-lint: unknown rule 'EGR999' in the rules input (${KNOWN_RULES})`,
    ]);

    // A baseline: recorded findings are suppressed, and dropped from the SARIF file unless kept.
    spawnSync(
      process.execPath,
      [
        join(bundle, '../cli.js'),
        '--baseline-create',
        'baseline.json',
        '--var-file',
        'prod.tfvars',
        '--parameter',
        'Cidr=0.0.0.0/0',
        '.',
      ],
      { cwd: tree.dir },
    );
    const based = await act({
      event: 'push',
      workspace: tree.dir,
      inputs: { ...inputs, baseline: 'baseline.json' },
    });
    expect(based.run.status).toBe(0);
    expect(based.outputs).toMatchObject({ findings: '0' });
    expect(sarifOf(based).results).toEqual([]);
    const kept = await act({
      event: 'push',
      workspace: tree.dir,
      inputs: { ...inputs, baseline: 'baseline.json', 'sarif-suppressed': 'keep' },
    });
    expect(sarifOf(kept).results).toEqual(['EGR002 main.tf:9', 'EGR002 stack.yaml:14']);
  });

  it('fails when there is nothing to lint, unless pass-on-no-files', async () => {
    const tree = makeTree({ 'README.md': '# docs only\n' });
    cleanups.push(tree.cleanup);
    const o = await act({ event: 'push', workspace: tree.dir });
    expect(o.run.status).toBe(1);
    expect(o.annotations).toEqual([
      '::error::egress-lint: no Terraform, CloudFormation, Pulumi or host firewall file to lint in .; set pass-on-no-files if that is expected.',
    ]);
    const passing = await act({ event: 'push', workspace: tree.dir, inputs: { 'pass-on-no-files': 'true' } });
    expect(passing.run.status).toBe(0);
  });
});
