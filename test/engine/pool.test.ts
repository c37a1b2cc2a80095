// The worker pool: a scan split into units, linted in workers or one unit at a time, reports exactly what one
// lintFiles call over the whole scan reports.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { singleConfig } from '../../src/config/set.ts';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { findFiles } from '../../src/engine/discover.ts';
import { planUnits, surveyFile } from '../../src/engine/plan.ts';
import { lintScan, threadsFor } from '../../src/engine/pool.ts';
import { toJson } from '../../src/reporters/json.ts';
import { CORPUS_ROOT } from '../corpus.ts';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { scanOptions } from './scan-options.ts';
import { useBundledCli } from '../limits/bundled-cli.ts';

const REPO = new URL('../../', import.meta.url).pathname;
const CORPUS = CORPUS_ROOT;
const cli = useBundledCli();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tree(spec: TreeSpec): string {
  const t = makeTree(spec);
  cleanups.push(t.cleanup);
  return t.dir;
}

const sg = (name: string, cidr: string) => `resource "aws_security_group" "${name}" {
  egress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = [${cidr}]
  }
}
`;

/** A module whose suppression concerns the instance of one caller only (svc-a: SMTP to anywhere; svc-b: HTTPS inside). */
const RELAY = `variable "cidr" {}
variable "port" {}
# egress-lint:ignore EGR003 -- the relay
resource "aws_security_group" "relay" {
  egress {
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
`;
const callRelay = (port: number, cidr: string) =>
  `module "relay" {\n  source = "../modules/relay"\n  port = ${port}\n  cidr = "${cidr}"\n}\n`;

/**
 * Two roots calling one shared module (analysed in both), the same address in several roots, a module called
 * from a module, a suppression in a shared module used by one caller only, a cycle of module calls with no root,
 * var files with and without configuration, a broken file.
 */
const MONOREPO: TreeSpec = {
  'modules/edge/main.tf': `${sg('edge', 'var.cidr')}variable "cidr" {}\nmodule "inner" {\n  source = "../inner"\n  cidr = var.cidr\n}\n`,
  'modules/inner/main.tf': `${sg('inner', 'var.cidr')}variable "cidr" {}\n# egress-lint:ignore EGR003 -- reviewed\n`,
  'svc-a/main.tf': `${sg('app', '"0.0.0.0/0"')}module "edge" {\n  source = "../modules/edge/"\n  cidr = var.cidr\n}\nvariable "cidr" {}\n`,
  'svc-a/terraform.tfvars': 'cidr = "10.0.0.0/8"\n',
  'svc-a/relay.tf': callRelay(25, '0.0.0.0/0'),
  'svc-b/relay.tf': callRelay(443, '10.0.0.0/8'),
  'modules/relay/main.tf': RELAY,
  'svc-b/main.tf': `${sg('app', 'var.cidr')}module "edge" {\n  source = "../modules/edge"\n  cidr = "0.0.0.0/0"\n}\nvariable "cidr" {\n  default = "192.0.2.0/24"\n}\n`,
  'cycle/a/main.tf': `${sg('a', '"0.0.0.0/0"')}module "b" {\n  source = "../b"\n}\n`,
  'cycle/b/main.tf': `${sg('b', '"0.0.0.0/0"')}module "a" {\n  source = "../a"\n}\n`,
  'orphan/prod.tfvars': 'cidr = [\n',
  'broken/main.tf': 'resource "aws_security_group" {\n',
  'json/main.tf.json': JSON.stringify({ module: { edge: { source: '../modules/edge', cidr: '0.0.0.0/0' } } }),
  'stack.yaml': `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n`,
};

async function report(dir: string, split: boolean): Promise<string> {
  const found = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20 });
  const sizes = split ? { minFiles: 0, minBytes: 0 } : { minFiles: Infinity };
  return toJson(await lintScan(found, scanOptions(sizes)));
}

describe('planUnits', () => {
  it('puts each root with the local modules it calls, each file owned by one unit, cycles together', () => {
    const dir = tree(MONOREPO);
    const found = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20 });
    // Units of one byte: each root (with its modules) and each other file is a unit of its own.
    const surveyed = found.files.map((f) => surveyFile(f, 1 << 20));
    const plan = planUnits(surveyed, { jobs: 2, unitBytes: 1 });
    expect(plan.lint.terraformSeveralRoots).toBe(true);
    const units = plan.units
      .map((u) => ({
        owned: u.owned.map((f) => f.path).sort(),
        context: u.context.map((f) => f.path).sort(),
      }))
      .sort((a, b) => (a.owned[0] < b.owned[0] ? -1 : 1));
    expect(units).toEqual([
      { owned: ['broken/main.tf'], context: [] },
      { owned: ['cycle/a/main.tf', 'cycle/b/main.tf'], context: [] },
      { owned: ['json/main.tf.json', 'modules/edge/main.tf', 'modules/inner/main.tf'], context: [] },
      {
        owned: ['modules/relay/main.tf', 'svc-a/main.tf', 'svc-a/relay.tf', 'svc-a/terraform.tfvars'],
        context: ['modules/edge/main.tf', 'modules/inner/main.tf'],
      },
      { owned: ['orphan/prod.tfvars'], context: [] },
      { owned: ['stack.yaml'], context: [] },
      {
        owned: ['svc-b/main.tf', 'svc-b/relay.tf'],
        context: ['modules/edge/main.tf', 'modules/inner/main.tf', 'modules/relay/main.tf'],
      },
    ]);
    const owned = plan.units.flatMap((u) => u.owned.map((f) => f.path)).sort();
    expect(owned).toEqual(found.files.map((f) => f.path));
    // Read by two units: the ones each thread parses once (ParseCache).
    expect([...plan.shared].sort()).toEqual([
      'modules/edge/main.tf',
      'modules/inner/main.tf',
      'modules/relay/main.tf',
    ]);
  });
});

describe('lintScan', () => {
  it('reports the same split into units as in one call: a monorepo of shared modules', async () => {
    const dir = tree(MONOREPO);
    const whole = await report(dir, false);
    expect(JSON.parse(whole).findings.length).toBeGreaterThan(8);
    expect(whole).toContain('(root svc-a)');
    expect(whole).toContain('"justification": "the relay"');
    const unused = (
      JSON.parse(whole) as { diagnostics: { code: string | null; location: { file: string } }[] }
    ).diagnostics
      .filter((d) => d.code === 'unused-suppression')
      .map((d) => d.location.file);
    expect(unused).toEqual(['modules/inner/main.tf']);
    expect(await report(dir, true)).toBe(whole);
  });

  it('reports the same split into units as in one call: every fixture', async () => {
    const dir = join(REPO, 'fixtures');
    expect(await report(dir, true)).toBe(await report(dir, false));
  });

  it.skipIf(!existsSync(CORPUS))(
    'reports the same split into units as in one call: the shared corpus',
    async () => {
      expect(await report(CORPUS, true)).toBe(await report(CORPUS, false));
    },
  );
});

describe('egress-lint --jobs', () => {
  it('prints the same report with workers as without, in every format', () => {
    const dir = tree(MONOREPO);
    for (const format of ['json', 'sarif', 'stylish', 'github']) {
      const single = cli(['--format', format, '--jobs', '1', '.'], { cwd: dir });
      const pooled = cli(['--format', format, '--jobs', '3', '.'], {
        cwd: dir,
        env: { EGRESS_LINT_POOL: 'force' },
      });
      expect(single.status).toBe(2); // broken/main.tf
      expect(pooled.status).toBe(2);
      expect(pooled.stderr).toBe('');
      expect(pooled.stdout).toBe(single.stdout);
    }
  });

  it('waits for a worker holding every unit', () => {
    // Two units, one worker: the worker takes both before this thread looks at the queue.
    const dir = tree({
      'modules/relay/main.tf': RELAY,
      'svc-a/main.tf': callRelay(25, '0.0.0.0/0'),
      'svc-b/main.tf': callRelay(443, '10.0.0.0/8'),
    });
    const single = cli(['--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    const pooled = cli(['--format', 'json', '--jobs', '2', '.'], {
      cwd: dir,
      env: { EGRESS_LINT_POOL: 'force' },
    });
    expect(JSON.parse(single.stdout).stats.filesScanned).toBe(3);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('never uses more threads than the machine has cores', () => {
    const cores = availableParallelism();
    expect(threadsFor(1000)).toBe(cores);
    expect(threadsFor(1)).toBe(1);
    expect(threadsFor(cores)).toBe(cores);
  });

  it('rejects a --jobs that is not a whole number of at least 1', () => {
    const run = cli(['--jobs', '0', '.'], { cwd: tree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("invalid value '0' for --jobs (expected a whole number >= 1)");
  });
});

describe('inputs that match something, across units', () => {
  it('unites what each unit matched: a --var one root declares counts for the whole scan', async () => {
    const dir = tree({
      'a/main.tf': 'variable "only_in_a" {}\n',
      'b/main.tf': 'variable "only_in_b" {}\n',
      'stack.yaml':
        "AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Cidr:\n    Type: String\nResources: {}\n",
    });
    const found = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20 });
    for (const sizes of [{ minFiles: 0, minBytes: 0 }, { minFiles: Infinity }]) {
      const result = await lintScan(
        found,
        scanOptions({
          ...sizes,
          lint: {
            configs: singleConfig({ ...DEFAULT_CONFIG, relays: ['10.0.5.10/32'] }),
            terraformVars: { only_in_a: '1', only_in_b: '2', nowhere: '3' },
            cfnParameters: { Cidr: '10.0.0.0/8', Vpc: 'x' },
          },
        }),
      );
      expect([...(result.inputsUsed ?? [])].sort()).toEqual([
        'parameter:Cidr',
        'var:only_in_a',
        'var:only_in_b',
      ]);
    }
  });
});
