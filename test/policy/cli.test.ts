// The policy flags of the CLI, in process: --print-config, --baseline-create and --baseline, and override globs
// relative to the config file's directory.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCliArgs, UsageError } from '../../src/cli/args.ts';
import { rebaseOverrides } from '../../src/config/overrides.ts';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { analyzers } from '../../src/engine/analyzers.ts';
import { FIXTURE_RULES, FIXTURES } from '../helpers.ts';
import { cliInProcess } from '../cli/in-process.ts';

const hasTerraform = analyzers.some((a) => a.id === 'terraform');
/** The CLI with the rules the policy fixtures were written for: a rule added later changes none of these runs. */
const cli = (args: string[], cwd: string) => cliInProcess(args, cwd, FIXTURE_RULES);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A copy of fixtures/policy/<name> outside any git repository, so it is its own scan root. */
function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'egress-lint-policy-'));
  cpSync(join(FIXTURES, 'policy', name), dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('--print-config', () => {
  it('prints the configuration that applies to a file, overrides merged', async () => {
    const dir = copy('overrides');
    const sandbox = await cli(['--print-config', 'app/dev.sandbox.tf'], dir);
    expect(sandbox.status).toBe(0);
    // The settings a config file can hold: no overrides left to apply, no path.
    const settings: Partial<typeof DEFAULT_CONFIG> = { ...DEFAULT_CONFIG, rules: { EGR002: 'off' } };
    delete settings.overrides;
    expect(parse(sandbox.stdout)).toEqual(settings);
    expect(sandbox.stdout).toMatch(
      /^# The configuration egress-lint applies to app\/dev\.sandbox\.tf\n# from \.egress-lint\.yml \(the nearest config file\); matching overrides merged into rules\.\n# EGR001 \(egress-not-declared\) not set/,
    );
    const legacy = await cli(['--print-config', 'legacy/main.tf'], dir);
    expect(parse(legacy.stdout).rules).toEqual({ EGR002: 'warning' });
  });

  it('matches override globs relative to the config file, found below the scan root', async () => {
    const repo = new URL('../../', import.meta.url).pathname;
    const legacy = await cli(['--print-config', 'fixtures/policy/overrides/legacy/main.tf'], repo);
    expect(parse(legacy.stdout).rules).toEqual({ EGR002: 'warning' });
    const app = await cli(['--print-config', 'fixtures/policy/overrides/app/main.tf'], repo);
    expect(parse(app.stdout).rules).toEqual({ EGR002: 'error' });
  });

  it('exits 2 naming the key when the config is invalid', async () => {
    const dir = copy('overrides');
    writeFileSync(join(dir, '.egress-lint.yml'), 'rules:\n  EGR002: loud\n');
    const run = await cli(['--print-config', 'app/main.tf'], dir);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: `egress-lint: ${join(dir, '.egress-lint.yml')}: rules.EGR002: expected a level: error, warning (warn), note or off, or ESLint numbers 0 (off), 1 (warning), 2 (error)\n`,
    });
  });
});

describe.skipIf(!hasTerraform)('--baseline-create and --baseline', () => {
  it('records the current findings, then fails only on new ones after a block moved', async () => {
    const dir = copy('baseline/before');
    const created = await cli(
      ['--baseline-create', 'egress-baseline.json', '--fail-level', 'warning', '--no-color'],
      dir,
    );
    expect(created.stderr).toBe('egress-lint: recorded 2 findings in egress-baseline.json\n');
    expect(created.status).toBe(0);
    expect(created.stdout).toBe('✔ No problems, 2 suppressed · 1 file, 2 firewalls\n');
    const recorded = JSON.parse(readFileSync(join(dir, 'egress-baseline.json'), 'utf8'));
    expect(
      recorded.findings.map((f: { ruleId: string; firewallId: string }) => `${f.ruleId} ${f.firewallId}`),
    ).toEqual(['EGR002 aws_security_group.web', 'EGR002 aws_security_group.worker']);

    cpSync(join(FIXTURES, 'policy/baseline/after/main.tf'), join(dir, 'main.tf'));
    const json = await cli(
      ['--baseline', 'egress-baseline.json', '--format', 'json', '--fail-level', 'warning'],
      dir,
    );
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      findings: { ruleId: string; location: { line: number }; suppression: unknown }[];
    };
    expect(
      report.findings.filter((f) => !f.suppression).map((f) => `${f.ruleId}:${f.location.line}`),
    ).toEqual(['EGR002:28', 'EGR003:28']);
    expect(report.findings.filter((f) => f.suppression)).toHaveLength(2);
  });

  it('exits 2 on a baseline that is not one, and refuses both flags together', async () => {
    const dir = copy('baseline/before');
    writeFileSync(join(dir, 'b.json'), '{"version": 7, "findings": []}');
    const run = await cli(['--baseline', 'b.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `egress-lint: ${join(dir, 'b.json')}: version: expected 1 (a baseline written by --baseline-create)\n`,
    );
    expect(() => parseCliArgs(['--baseline', 'a.json', '--baseline-create', 'b.json'])).toThrow(UsageError);
  });
});

describe('rebaseOverrides', () => {
  const config = {
    ...DEFAULT_CONFIG,
    path: '/repo/infra/.egress-lint.yml',
    overrides: [{ files: ['legacy/**', '*.sandbox.tf', './app/*.tf'], rules: {} }],
  };

  it('makes globs relative to the config directory match root-relative paths', () => {
    expect(rebaseOverrides(config, '/repo').overrides[0].files).toEqual([
      'infra/legacy/**',
      'infra/**/*.sandbox.tf',
      'infra/app/*.tf',
    ]);
  });

  it('leaves them when the config is at the root or outside it', () => {
    expect(rebaseOverrides(config, '/repo/infra')).toBe(config);
    expect(rebaseOverrides(config, '/elsewhere')).toBe(config);
  });
});
