// Issue 13, through the real CLI: a piece of input that makes the engine fail, or would make it grow without
// bound, costs only that piece. Each case is a minimal hostile directory beside a healthy one; the report has the
// exact diagnostic for the first and every finding of the second, in JSON and SARIF, in one thread and with
// worker threads (EGRESS_LINT_POOL=force splits even a small scan into units and starts workers).
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { diagnosticLines, findingLines, useBundledCli, type JsonReport } from '../limits/bundled-cli.ts';

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
/** The healthy neighbour: its two findings must survive whatever happens next to it. */
const HEALTHY = { 'healthy/main.tf': openGroup('healthy') };
const HEALTHY_FINDINGS = ['EGR002 healthy/main.tf:6', 'EGR003 healthy/main.tf:6'];

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
  expect(sarifSummary(sarif).results.filter((r) => r.includes('healthy/'))).toEqual([
    'EGR002 healthy/main.tf',
    'EGR003 healthy/main.tf',
  ]);
}

describe('an error in one expression costs that expression (an unknown value), not the unit', () => {
  it('a function that throws: cidrsubnet with a fractional newbits', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/main.tf': openGroup('bad', 'cidrsubnet("10.0.0.0/8", 1.5, 0)'),
    });
    expect(status).toBe(2);
    const message =
      'internal error in bad/main.tf while evaluating cidrsubnet("10.0.0.0/8", 1.5, 0): RangeError: The number 22.5 ' +
      'cannot be converted to a BigInt because it is not an integer (the value is treated as unknown)';
    expect(diagnosticLines(report)).toEqual([`error bad/main.tf:6 ${message}`]);
    expect(report.unresolved.map((u) => u.expression)).toEqual(['cidrsubnet("10.0.0.0/8", 1.5, 0)']);
    expectHealthyKept(report, sarif);
    expect(sarifSummary(sarif).errors).toEqual([message]);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('a variable whose default refers to itself', () => {
    const { status, report, sarif } = lintBothWays({
      ...HEALTHY,
      'bad/main.tf': `variable "x" {\n  default = var.x\n}\n${openGroup('bad', 'var.x')}`,
    });
    expect(status).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(report.unresolved.map((u) => `${u.expression}: ${u.reason}`)).toEqual(['var.x: cyclic reference']);
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
