// The real bundled CLI, spawned on fixture copies outside any git repository (so paths are relative to the copy).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzers } from '../../src/engine/analyzers.ts';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { FIXTURE_RULES, KNOWN_RULES } from '../helpers.ts';
import { cliInProcess } from './in-process.ts';

const REPO = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(REPO, 'fixtures/cli');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const hasTerraform = analyzers.some((a) => a.id === 'terraform');
const hasCloudFormation = analyzers.some((a) => a.id === 'cloudformation');

let buildDir: string;
beforeAll(() => {
  // Built into a temporary directory, not dist/: other tests may be running dist/ at the same time.
  buildDir = mkdtempSync(join(tmpdir(), 'egress-lint-build-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', buildDir], {
    cwd: REPO,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
});
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'DEBUG', 'GITHUB_ACTIONS']) delete base[key];
  const r = spawnSync(process.execPath, [join(buildDir, 'cli.js'), ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of fixtures/cli/<name> in a temporary directory (no enclosing git repository or config). */
function fixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'egress-lint-cli-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The CLI in this process with EGR001-EGR003 only (see 'Terraform findings through the CLI'). */
const inProcess = (args: string[], cwd: string) => cliInProcess(args, cwd, FIXTURE_RULES);

function tree(spec: TreeSpec): string {
  const t = makeTree(spec);
  cleanups.push(t.cleanup);
  return t.dir;
}

interface JsonReport {
  findings: { ruleId: string; level: string; location: { file: string; line: number } }[];
  diagnostics: { level: string; message: string; location: { file: string; line: number } }[];
}

function jsonOf(run: Run): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

const findingLines = (report: JsonReport) =>
  report.findings.map((f) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line}`);

const SG_CLOSED = 'resource "aws_security_group" "a" {\n  egress = []\n}\n';
/** A symlink loop is reported as a warning diagnostic by discovery, whatever analysers are registered. */
const WITH_WARNING: TreeSpec = { 'main.tf': SG_CLOSED, 'mod/loop': { symlink: '..' } };

describe('egress-lint --version and --help', () => {
  it('prints the package version', () => {
    expect(cli(['--version'], REPO)).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(cli(['-v'], REPO).stdout).toBe(`${VERSION}\n`);
  });

  it('prints usage with examples', () => {
    const run = cli(['--help'], REPO);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: egress-lint \[options\] \[paths\.\.\.\]/);
    expect(run.stdout).toContain('--fail-level LEVEL');
    expect(run.stdout).toContain(
      'Examples:\n  egress-lint                                  lint the current directory',
    );
  });
});

describe('bad usage exits 2 with one line naming the problem', () => {
  it.each([
    [['--frobnicate'], "unknown option '--frobnicate'"],
    [['-x'], "unknown option '-x'"],
    [
      ['--format', 'xml'],
      "invalid value 'xml' for --format (expected stylish, json, sarif, github, junit, gitlab)",
    ],
    [
      ['--fail-level', 'fatal'],
      "invalid value 'fatal' for --fail-level (expected error, warning, note, none)",
    ],
    [['--max-warnings', 'many'], "invalid value 'many' for --max-warnings (expected a whole number >= -1)"],
    [
      ['--max-file-size', 'huge'],
      "invalid value 'huge' for --max-file-size (expected bytes, e.g. 20000000 or 20m)",
    ],
    [
      ['--rule', 'EGR002:loud'],
      "invalid value 'loud' for --rule (expected error, warning (warn), note or off, or ESLint numbers 0 (off), 1 (warning), 2 (error))",
    ],
    [['--rule', 'EGR999:off'], `unknown rule 'EGR999' in --rule (${KNOWN_RULES})`],
    [
      ['--rule', 'not a rule'],
      "invalid value 'not a rule' for --rule (expected ID or ID:level, e.g. EGR002:off)",
    ],
    [['--var', 'novalue'], "invalid value 'novalue' for --var (expected NAME=VALUE)"],
    [['--parameter', '=x'], "invalid value '=x' for --parameter (expected NAME=VALUE)"],
    [['--output'], "option '-o, --output <value>' needs a value"],
    [['--quiet=yes'], "option '-q, --quiet' does not take a value"],
    [['--color', '--no-color'], '--color and --no-color cannot be used together'],
    [['no/such/dir'], 'no such file or directory: no/such/dir'],
    [['--var-file', 'missing.tfvars'], 'no such file or directory: missing.tfvars'],
  ])('%j', (args, message) => {
    const dir = tree({ 'main.tf': SG_CLOSED });
    expect(cli(args, dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: `egress-lint: ${message}\nRun egress-lint --help for usage.\n`,
    });
  });
});

describe('configuration errors exit 2', () => {
  it('names the config file and the key', () => {
    const dir = fixture('bad-config');
    const run = cli([], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^egress-lint: .*\.egress-lint\.yml.*smtpPorts\[1\]/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a --config file that does not exist', () => {
    const dir = tree({ 'main.tf': SG_CLOSED });
    const run = cli(['--config', 'nope.yml'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nope.yml');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('files that cannot be analysed', () => {
  it('exit 2, reported in every format with the path', () => {
    const dir = tree({ 'main.tf': SG_CLOSED, 'blob.json': new Uint8Array([0x7b, 0, 0x7d]) });
    const message = 'binary file (NUL byte at offset 1); not analysed';
    const json = cli(['--format', 'json'], dir);
    expect(json.status).toBe(2);
    expect(jsonOf(json).diagnostics).toMatchObject([
      { level: 'error', message, location: { file: 'blob.json', line: 1 } },
    ]);

    const sarif = cli(['--format', 'sarif'], dir);
    expect(sarif.status).toBe(2);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe(VERSION);
    expect(log.runs[0].results).toEqual([]);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((n: any) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['error', 'blob.json'],
    ]);

    const github = cli(['--format', 'github'], dir);
    expect(github.status).toBe(2);
    expect(github.stdout).toContain(`::error file=blob.json,line=1`);

    const stylish = cli([], dir);
    expect(stylish.status).toBe(2);
    expect(stylish.stdout).toContain('blob.json');
    expect(stylish.stdout).toContain(message);
  });

  it('--max-file-size sets the limit', () => {
    const dir = tree({ 'main.tf': SG_CLOSED });
    const run = cli(['--max-file-size', '10', '--format', 'json'], dir);
    expect(run.status).toBe(2);
    expect(jsonOf(run).diagnostics.map((d) => d.message)).toEqual([
      `file is ${SG_CLOSED.length} bytes, over the 10-byte limit; not analysed (raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)`,
    ]);
    expect(cli(['--max-file-size', '1k'], dir).status).toBe(0);
  });
});

describe('exit status and output options', () => {
  it('exits 0 on a clean tree with empty reports', () => {
    const dir = tree({ 'main.tf': SG_CLOSED });
    const json = cli(['--format', 'json'], dir);
    expect(json.status).toBe(0);
    expect(jsonOf(json)).toMatchObject({ findings: [], diagnostics: [] });
    const sarif = cli(['--format', 'sarif'], dir);
    expect(sarif.status).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
    expect(cli(['--format', 'github'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('--output writes the report to a file (creating directories) and nothing to stdout', () => {
    const dir = tree({ 'main.tf': SG_CLOSED });
    const run = cli(['--format', 'sarif', '-o', 'reports/egress.sarif'], dir);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'reports/egress.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('--output to an unwritable place exits 2 with the reason', () => {
    const dir = tree({ 'main.tf': SG_CLOSED });
    mkdirSync(join(dir, 'out.json'));
    const run = cli(['--format', 'json', '--output', 'out.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^egress-lint: cannot write out\.json: EISDIR/);
  });

  it('warnings: exit 0 by default, 1 at --fail-level warning or over --max-warnings, hidden by --quiet', () => {
    const dir = tree(WITH_WARNING);
    const report = cli(['--format', 'json'], dir);
    expect(report.status).toBe(0);
    expect(jsonOf(report).diagnostics.map((d) => `${d.level} ${d.location.file}`)).toEqual([
      'warning mod/loop',
    ]);
    expect(cli(['--fail-level', 'warning'], dir).status).toBe(1);
    expect(cli(['--fail-level', 'note'], dir).status).toBe(1);
    expect(cli(['--max-warnings', '1'], dir).status).toBe(0);
    expect(cli(['--max-warnings', '0'], dir).status).toBe(1);
    expect(cli(['--max-warnings', '-1'], dir).status).toBe(0);
    expect(cli(['--max-warnings=-1', '--fail-level', 'warning'], dir).status).toBe(1);
    const quiet = cli(['--quiet', '--max-warnings', '0', '--format', 'json'], dir);
    expect(quiet.status).toBe(0);
    expect(jsonOf(quiet).diagnostics).toEqual([]);
  });

  it('colours stylish output only when asked or on a terminal', () => {
    const dir = tree(WITH_WARNING);
    const ESC = '\u001b[';
    expect(cli([], dir).stdout).not.toContain(ESC);
    expect(cli(['--color'], dir).stdout).toContain(ESC);
    expect(cli([], dir, { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(cli(['--no-color'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(cli([], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
  });
});

// In process, with the rules these fixtures were written for (EGR001-EGR003): what the options do to their findings,
// which a rule added later does not change. The bundled CLI's own exit codes and output are tested above.
describe.skipIf(!hasTerraform)('Terraform findings through the CLI', () => {
  // main.tf:6 is all traffic to anywhere: one EGR002 error, whose message says mail is included.
  const FINDINGS = ['EGR002 error main.tf:6', 'EGR002 warning main.tf:15', 'EGR001 warning main.tf:19'];

  it('exits 1 on findings at the fail level and reports each on its line', async () => {
    const run = await inProcess(['--format', 'json'], fixture('findings'));
    expect(run.status).toBe(1);
    expect(findingLines(jsonOf(run))).toEqual(FINDINGS);
  });

  it('exits 0 on a clean project', async () => {
    expect(await inProcess([], fixture('clean'))).toMatchObject({ status: 0, stderr: '' });
  });

  it('exits 2 on a parse error and still reports the other files', async () => {
    const run = await inProcess(['--format', 'json'], fixture('parse-error'));
    expect(run.status).toBe(2);
    const report = jsonOf(run);
    expect(report.diagnostics.map((d) => `${d.level} ${d.location.file}:${d.location.line}`)).toEqual([
      'error broken.tf:3',
    ]);
    expect(findingLines(report)).toEqual(['EGR002 error open.tf:6']);
  });

  it('--fail-level decides which findings fail the run', async () => {
    const dir = fixture('findings');
    expect((await inProcess(['--fail-level', 'none'], dir)).status).toBe(0);
    // Lowering EGR002 hands the SMTP it included back to EGR003, an error (SMTP to anywhere).
    expect((await inProcess(['--fail-level', 'error', '--rule', 'EGR002:warning'], dir)).status).toBe(1);
    const lowered = ['--rule', 'EGR002:warning', '--rule', 'EGR003:warning'];
    expect((await inProcess(['--fail-level', 'error', ...lowered], dir)).status).toBe(0);
    expect((await inProcess(['--fail-level', 'warning', ...lowered], dir)).status).toBe(1);
    const warningsOnly = ['--rule', 'EGR002:off', '--rule', 'EGR003:warning'];
    expect((await inProcess(['--max-warnings', '3', ...warningsOnly], dir)).status).toBe(0);
    expect((await inProcess(['--max-warnings', '1', ...warningsOnly], dir)).status).toBe(1);
  });

  it('--rule sets levels and turns rules off; a bare id undoes the config', async () => {
    const dir = fixture('findings');
    const levels = await inProcess(
      ['--format', 'json', '--rule', 'EGR002:off', '--rule', 'egr001:error'],
      dir,
    );
    // With EGR002 off, EGR003 reports the SMTP of main.tf:6 itself.
    expect(findingLines(jsonOf(levels))).toEqual(['EGR003 error main.tf:6', 'EGR001 error main.tf:19']);

    const configured = fixture('rule-off'); // .egress-lint.yml turns EGR002 off
    expect(findingLines(jsonOf(await inProcess(['--format', 'json'], configured)))).toEqual([
      'EGR003 error main.tf:6',
      'EGR001 warning main.tf:19',
    ]);
    expect(
      findingLines(jsonOf(await inProcess(['--format', 'json', '--rule', 'EGR002'], configured))),
    ).toEqual(FINDINGS);
  });

  it('--quiet reports errors only', async () => {
    const run = await inProcess(['--format', 'json', '--quiet'], fixture('findings'));
    expect(run.status).toBe(1);
    expect(findingLines(jsonOf(run))).toEqual(['EGR002 error main.tf:6']);
  });

  it('--var and --var-file feed Terraform variables', async () => {
    const dir = fixture('vars');
    expect(findingLines(jsonOf(await inProcess(['--format', 'json'], dir)))).toEqual([]);
    const opened = ['EGR002 warning main.tf:10'];
    expect(
      findingLines(jsonOf(await inProcess(['--format', 'json', '--var-file', 'open.tfvars'], dir))),
    ).toEqual(opened);
    expect(
      findingLines(jsonOf(await inProcess(['--format', 'json', '--var', 'egress_cidrs=["0.0.0.0/0"]'], dir))),
    ).toEqual(opened);
  });

  it('--format github emits one workflow command per finding', async () => {
    const run = await inProcess(['--format', 'github'], fixture('findings'));
    expect(run.status).toBe(1);
    const commands = run.stdout
      .trim()
      .split('\n')
      .map((l) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(l)?.slice(1).join(' '));
    expect(commands).toEqual(['error main.tf 6', 'warning main.tf 15', 'warning main.tf 19']);
  });

  it('explicit file paths are scanned even when the config ignores them', async () => {
    const dir = fixture('ignored'); // .egress-lint.yml ignores *.tf
    // Everything ignored: nothing to lint is not a pass.
    expect((await inProcess([], dir)).status).toBe(2);
    expect((await inProcess(['--pass-on-no-files'], dir)).status).toBe(0);
    const run = await inProcess(['--format', 'json', 'main.tf'], dir);
    expect(run.status).toBe(1);
    expect(findingLines(jsonOf(run))).toEqual(FINDINGS);
  });
});

describe.skipIf(!hasCloudFormation)('CloudFormation findings through the CLI', () => {
  it('reports on template lines; --parameter overrides a parameter default', async () => {
    const dir = fixture('cloudformation');
    const plain = await inProcess(['--format', 'json'], dir);
    expect(plain.status).toBe(1);
    expect(findingLines(jsonOf(plain))).toEqual(['EGR001 error template.yaml:7']);
    const opened = await inProcess(['--format', 'json', '--parameter', 'EgressCidr=0.0.0.0/0'], dir);
    expect(findingLines(jsonOf(opened))).toEqual([
      'EGR001 error template.yaml:7',
      'EGR002 warning template.yaml:21',
    ]);
  });
});
