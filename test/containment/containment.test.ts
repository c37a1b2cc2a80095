// Issue 13, through the real CLI: a piece of input that makes the engine fail, or would make it grow without
// bound, costs only that piece. Each case is a minimal hostile directory beside a healthy one; the report has the
// exact diagnostic for the first and every finding of the second, in JSON and SARIF, in one thread and with
// worker threads (EGRESS_LINT_POOL=force splits even a small scan into units and starts workers).
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import {
  diagnosticLines,
  findingLines,
  useBundledCli,
  WITNESS_RULE,
  type JsonReport,
} from '../limits/bundled-cli.ts';

const cli = useBundledCli();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const openGroup = (name: string, cidr = '"0.0.0.0/0"') => `resource "aws_security_group" "${name}" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [${cidr}]
  }
}
`;
/** The healthy neighbour: its finding (all traffic to anywhere, mail included) must survive whatever happens next to it. */
const HEALTHY = { 'healthy/main.tf': openGroup('healthy') };
const HEALTHY_FINDINGS = ['EGR002 healthy/main.tf:6'];

interface SarifLog {
  runs: {
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: string; message: { text: string } }[];
    }[];
  }[];
}

/**
 * Lints a tree in one thread and with workers, as JSON and SARIF; the two modes must print the same reports.
 * Returns the JSON report, its exit status, and the SARIF log.
 */
function lintBothWays(
  spec: TreeSpec,
  env: Record<string, string> = {},
): {
  status: number | null;
  report: JsonReport & { unresolved: { expression: string; reason: string }[] };
  sarif: SarifLog;
} {
  const t = makeTree(spec);
  cleanups.push(t.cleanup);
  const run = (format: string, pooled: boolean) => {
    const result = cli(['--format', format, '--jobs', pooled ? '2' : '1', '.'], {
      cwd: t.dir,
      env: pooled ? { EGRESS_LINT_POOL: 'force', ...env } : env,
    });
    expect(result.stderr).toBe('');
    return result;
  };
  const json = run('json', false);
  const sarif = run('sarif', false);
  expect(run('json', true).stdout).toBe(json.stdout);
  expect(run('sarif', true).stdout).toBe(sarif.stdout);
  expect(sarif.status).toBe(json.status);
  return {
    status: json.status,
    report: JSON.parse(json.stdout),
    sarif: JSON.parse(sarif.stdout) as SarifLog,
  };
}

/** The SARIF log's results by `ruleId file`, and its error notifications' texts. */
function sarifSummary(sarif: SarifLog): { results: string[]; errors: string[] } {
  const run = sarif.runs[0];
  return {
    results: run.results.map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}`),
    errors: run.invocations[0].toolExecutionNotifications
      .filter((n) => n.level === 'error')
      .map((n) => n.message.text),
  };
}

function expectHealthyKept(report: JsonReport, sarif: SarifLog): void {
  expect(findingLines(report).filter((l) => l.includes('healthy/'))).toEqual(HEALTHY_FINDINGS);
  expect(
    sarifSummary(sarif).results.filter((r) => r.includes('healthy/') && r.startsWith(`${WITNESS_RULE} `)),
  ).toEqual(['EGR002 healthy/main.tf']);
}

describe('an error in one expression costs that expression (an unknown value), not the unit', () => {
  it('a function error: cidrsubnet with a fractional newbits is an unknown value with its reason', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/main.tf': openGroup('bad', 'cidrsubnet("10.0.0.0/8", 1.5, 0)'),
    });
    // Terraform refuses the call too; egress-lint counts the value as not analysed (a library exception inside a
    // function becomes the call's error, src/formats/terraform/functions/index.ts, so it never escapes).
    expect(status).toBe(1);
    expect(diagnosticLines(report)).toEqual([]);
    expect(report.unresolved.map((u) => `${u.expression}: ${u.reason}`)).toEqual([
      '[cidrsubnet("10.0.0.0/8", 1.5, 0)]: cidrsubnet: expected a whole number, got 1.5',
    ]);
    expectHealthyKept(report, sarif);
  });

  it('a variable whose default refers to itself', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/main.tf': `variable "x" {\n  default = var.x\n}\n${openGroup('bad', 'var.x')}`,
    });
    // Terraform refuses the configuration ("Variables not allowed"): an error at the reference, exit 2.
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error bad/main.tf:2 cyclic reference: var.x refers to itself (Terraform refuses this configuration); it is treated as unknown',
    ]);
    expect(sarifSummary(sarif).errors).toEqual([
      'cyclic reference: var.x refers to itself (Terraform refuses this configuration); it is treated as unknown',
    ]);
    expect(report.unresolved.map((u) => `${u.expression}: ${u.reason}`)).toEqual(['var.x: cyclic reference']);
    expectHealthyKept(report, sarif);
  });

  it('locals that refer to each other (Terraform: "Cycle: local.a, local.b") are an error at the reference', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/main.tf': `locals {\n  a = local.b\n  b = "\${local.a}x"\n}\n${openGroup('bad', 'local.a')}`,
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error bad/main.tf:3 cyclic reference: local.a refers to itself (Terraform refuses this configuration); it is treated as unknown',
    ]);
    expect(report.unresolved.map((u) => `${u.expression}: ${u.reason}`)).toEqual([
      'local.a: cyclic reference',
    ]);
    expectHealthyKept(report, sarif);
  });

  it('thirty locals that each double a string stop at the string limit', () => {
    const locals = ['  s0 = "ab"'];
    for (let i = 1; i <= 30; i++) locals.push(`  s${i} = "\${local.s${i - 1}}\${local.s${i - 1}}"`);
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/main.tf': `locals {\n${locals.join('\n')}\n}\n${openGroup('bad', 'local.s30')}`,
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error bad/main.tf:21 evaluation limit: a string of 1,048,576 characters, over the 1,000,000-character limit; ' +
        '"${local.s18}${local.s18}" is treated as unknown',
    ]);
    expectHealthyKept(report, sarif);
  });

  it('a module with an unknown for_each, referenced as a whole', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/m/main.tf': 'output "id" {\n  value = "10.0.0.0/8"\n}\n',
      'bad/main.tf': `data "aws_vpcs" "all" {}\nmodule "m" {\n  source   = "./m"\n  for_each = data.aws_vpcs.all.ids\n}\n${openGroup('bad').replace('["0.0.0.0/0"]', '[for k, v in module.m : v.id]')}`,
    });
    expect(status).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(report.unresolved.map((u) => `${u.expression}: ${u.reason}`)).toContain(
      '[for k, v in module.m : v.id]: the for_each of module "m" is not known',
    );
    expectHealthyKept(report, sarif);
  });
});

describe('evaluation is bounded, and what a bound leaves out is reported', () => {
  it('a module that calls itself, and a -> b -> a across directories, are cycles naming the chain', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'self/main.tf': `${openGroup('self')}module "again" {\n  source = "./"\n}\n`,
      'a/main.tf': `${openGroup('a')}module "b" {\n  source = "../b"\n}\n`,
      'b/main.tf': `${openGroup('b')}module "a" {\n  source = "../a"\n}\n`,
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error b/main.tf:9 module call cycle: a → b → a (Terraform refuses cyclic module calls); module "a" is not expanded here',
      'error self/main.tf:9 module call cycle: self → self (Terraform refuses cyclic module calls); module "again" is not expanded here',
    ]);
    // Both modules of the cycle are still analysed, once each.
    expect(findingLines(report)).toEqual([
      'EGR002 a/main.tf:6',
      'EGR002 b/main.tf:6',
      ...HEALTHY_FINDINGS,
      'EGR002 self/main.tf:6',
    ]);
    expectHealthyKept(report, sarif);
    expect(sarifSummary(sarif).errors).toHaveLength(2);
  });

  it('three nested module calls of count = 1000 stop at the instance budget, saying which instances are left out', () => {
    const level = (next: string) =>
      `variable "i" {\n  default = 0\n}\nmodule "m" {\n  source = "${next}"\n  count  = 1000\n  i      = count.index\n}\n`;
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'deep/main.tf': level('./l1'),
      'deep/l1/main.tf': level('../l2'),
      'deep/l2/main.tf': level('../l3'),
      'deep/l3/main.tf': `variable "i" {}\n${openGroup('leaf')}`,
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error deep/l1/main.tf:4 module.m[1].module.m has 1,000 instances (count), over the budget of 10,000 resource ' +
        'and module instances of root module deep: module.m[1].module.m[0] to module.m[1].module.m[999] (1,000) not ' +
        'analysed; and 998,000 instances of it in other module instances',
      'error deep/l2/main.tf:4 module.m[0].module.m[4].module.m has 1,000 instances (count), over the budget of ' +
        '10,000 resource and module instances of root module deep: module.m[0].module.m[4].module.m[0] to ' +
        'module.m[0].module.m[4].module.m[999] (1,000) not analysed; and 995,000 instances of it in other module instances',
    ]);
    expectHealthyKept(report, sarif);
  });

  it('analyses a count past 1,000: the open rule of instance 1,000 is reported', () => {
    const { status, report } = lintBothWays({
      ...HEALTHY,
      'many/main.tf': openGroup('many', 'count.index == 1000 ? "0.0.0.0/0" : "10.0.0.0/8"').replace(
        '{\n',
        '{\n  count = 1001\n',
      ),
    });
    expect(status).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'EGR002').map((f) => f.message.split(' ')[0])).toEqual([
      'aws_security_group.healthy',
      'aws_security_group.many[1000]',
    ]);
  });

  it('reports the instances of a for_each over the budget, by key', () => {
    const keys = Array.from({ length: 10_002 }, (_, i) => `"k${String(i).padStart(5, '0')}"`);
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'many/main.tf': openGroup('many').replace('{\n', `{\n  for_each = toset([${keys.join(', ')}])\n`),
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error many/main.tf:1 aws_security_group.many has 10,002 instances (for_each), over the budget of 10,000 ' +
        'resource and module instances of root module many: aws_security_group.many["k10000"] to ' +
        'aws_security_group.many["k10001"] (2) not analysed',
    ]);
    expectHealthyKept(report, sarif);
  });
});

describe('CloudFormation', () => {
  it('analyses a template with a 200,000-element list', () => {
    const tags = Array.from({ length: 200_000 }, (_, i) => `10.0.${i % 250}.0/24`);
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        G: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'g',
            Tags: tags,
            SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }],
          },
        },
      },
    };
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'big.json': JSON.stringify(template, null, 1),
    });
    expect(status).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(findingLines(report)).toEqual(['EGR002 big.json:200013', ...HEALTHY_FINDINGS]);
    expectHealthyKept(report, sarif);
  });
});

describe('CloudFormation Resources that is not a mapping', () => {
  it('is reported, not skipped', () => {
    const version = 'AWSTemplateFormatVersion: "2010-09-09"\n';
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'list.yaml': `${version}Resources:\n  - Type: AWS::EC2::SecurityGroup\n`,
      'text.yaml': `${version}Resources: none\n`,
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      "error list.yaml:3 Resources is not a mapping (it is a list): the template's resources are not analysed",
      'error text.yaml:2 Resources is not a mapping (it is the string "none"): the template\'s resources are not analysed',
    ]);
    expectHealthyKept(report, sarif);
  });
});

describe('worker threads', () => {
  it('a worker that runs out of memory costs its unit only: reported, and the other units complete', () => {
    const t = makeTree({
      ...HEALTHY,
      'other/main.tf': openGroup('other'),
      // The unit of most files is sent to the worker first: 10,000 groups do not fit in a 16 MB heap.
      'heavy/main.tf': openGroup('heavy').replace('{\n', '{\n  count = 10000\n'),
      'heavy/a.tf': '# a\n',
      'heavy/b.tf': '# b\n',
    });
    cleanups.push(t.cleanup);
    const run = cli(['--format', 'json', '--jobs', '2', '.'], {
      cwd: t.dir,
      env: { EGRESS_LINT_POOL: 'force', EGRESS_LINT_WORKER_HEAP_MB: '16' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    const consequence =
      '(a worker thread stopped while analysing it and the 2 other files analysed with it; not analysed)';
    expect(diagnosticLines(report)).toEqual(
      ['heavy/a.tf', 'heavy/b.tf', 'heavy/main.tf'].map(
        (file) =>
          `error ${file}:1 internal error in ${file}: Error: Worker terminated due to reaching memory limit: ` +
          `JS heap out of memory ${consequence}`,
      ),
    );
    expect(findingLines(report)).toEqual([...HEALTHY_FINDINGS, 'EGR002 other/main.tf:6']);
  });
});

describe('the command line', () => {
  it('refuses a --config or --baseline that is a device or a FIFO, without reading it', () => {
    const t = makeTree(HEALTHY);
    cleanups.push(t.cleanup);
    execFileSync('mkfifo', [join(t.dir, 'fifo.yml')]);
    for (const [option, what] of [
      ['--config', ''],
      ['--baseline', 'cannot read the baseline: '],
    ]) {
      for (const file of ['/dev/zero', '/dev/urandom', join(t.dir, 'fifo.yml')]) {
        const run = cli([option, file, '.'], { cwd: t.dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(
          `egress-lint: ${file}: ${what}not a regular file (a FIFO, socket or device); not analysed\n`,
        );
      }
    }
  });

  it('exits quietly, with the lint status, when stdout is closed early', () => {
    const t = makeTree({
      ...HEALTHY,
      'many/main.tf': openGroup('many').replace('{\n', '{\n  count = 2000\n'),
    });
    cleanups.push(t.cleanup);
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cli.script()}" --format json . | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      {
        cwd: t.dir,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('1\n');
  });

  it('never starts a stylish line with "::" (a workflow command to the runner)', () => {
    const t = makeTree({ '::error title=x::y.tf': openGroup('g') });
    cleanups.push(t.cleanup);
    const run = cli(['--no-color', '.'], { cwd: t.dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(lines).toContain('./::error title=x::y.tf');
  });
});

describe('symbolic links and unparseable input', () => {
  it('never reads through a link out of the repository, and quotes at most a short excerpt of bad input', () => {
    const outside = makeTree({
      'passwd.tf': `root:x:0:0:root:/root:/bin/bash\n`,
      'mod/main.tf': openGroup('far'),
    });
    cleanups.push(outside.cleanup);
    const secret = 'x'.repeat(300);
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      '.git/HEAD': 'ref: refs/heads/main\n',
      'passwd.tf': { symlink: join(outside.dir, 'passwd.tf') },
      'far/main.tf': { symlink: join(outside.dir, 'mod/main.tf') },
      'long.tf': `variable "x" {\n  default = "a" ${secret}\n}\n`,
    });
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error far/main.tf:1 symbolic link to a target outside the scanned directories; not followed, not analysed',
      `error long.tf:2 Missing newline after argument: an argument definition must end with a newline; found "${'x'.repeat(40)}…"`,
      'error passwd.tf:1 symbolic link to a target outside the scanned directories; not followed, not analysed',
    ]);
    expect(JSON.stringify(report)).not.toContain('root:x');
    expectHealthyKept(report, sarif);
  });
});
