// The rule set is an input of the engine: runLint, the pool and the CLI run the rules they are given (here the
// tests' probe rule), and only those; with none given, every registered rule.
import { afterEach, describe, expect, it } from 'vitest';
import { rules as registry } from '../../rules/index.ts';
import { runLint } from '../../src/engine/run.ts';
import { cliInProcess } from '../cli/in-process.ts';
import { makeTree } from '../discover/tree.ts';
import { probeRule } from '../probe-rule.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** An egress block of an aws_security_group, six lines. */
const egress = (port: number, protocol: string, cidr: string) =>
  `  egress {\n    from_port   = ${port}\n    to_port     = ${port}\n    protocol    = "${protocol}"\n    cidr_blocks = ["${cidr}"]\n  }\n`;
/** Two allow rules, at lines 2 and 8. */
const GROUP = `resource "aws_security_group" "app" {\n${egress(443, 'tcp', '10.0.0.0/8')}${egress(0, '-1', '0.0.0.0/0')}}\n`;

function tree(files: Record<string, string>): string {
  const t = makeTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

const lines = (findings: { ruleId: string; level: string; location: { file: string; line: number } }[]) =>
  findings.map((f) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line}`);

describe('the rules option', () => {
  it('runs only the rules given, in this thread and split into units alike', async () => {
    const dir = tree({ 'a/main.tf': GROUP, 'b/main.tf': GROUP });
    const expected = [
      'PROBE01 error a/main.tf:2',
      'PROBE01 error a/main.tf:8',
      'PROBE01 error b/main.tf:2',
      'PROBE01 error b/main.tf:8',
    ];
    const { result } = await runLint({ paths: ['.'], cwd: dir, rules: [probeRule] });
    expect(lines(result.findings)).toEqual(expected);
    expect(result.findings[0].message).toBe('aws_security_group.app (root a) allows tcp to 10.0.0.0/8');
    // The pool's smallest units (the way a large scan runs), with more threads asked for than the rules allow.
    process.env.EGRESS_LINT_POOL = 'force';
    try {
      const pooled = await runLint({ paths: ['.'], cwd: dir, rules: [probeRule], jobs: 4 });
      expect(lines(pooled.result.findings)).toEqual(expected);
    } finally {
      delete process.env.EGRESS_LINT_POOL;
    }
  });

  it('defaults to every registered rule', async () => {
    const dir = tree({ 'main.tf': GROUP });
    const { result } = await runLint({ paths: ['.'], cwd: dir });
    expect(result.findings.map((f) => f.ruleId)).not.toContain(probeRule.meta.id);
    expect(result.findings.every((f) => registry.some((r) => r.meta.id === f.ruleId))).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('is the CLI’s rule set: --rule levels, the known ids, and the reports', async () => {
    const dir = tree({ 'main.tf': GROUP });
    const run = (...args: string[]) => cliInProcess(args, dir, [probeRule]);
    const json = await run('--format', 'json');
    expect(json.status).toBe(1);
    expect(lines(JSON.parse(json.stdout).findings)).toEqual([
      'PROBE01 error main.tf:2',
      'PROBE01 error main.tf:8',
    ]);
    expect((await run('--rule', 'PROBE01:warning')).status).toBe(0);
    expect((await run('--rule', 'PROBE01:off', '--format', 'json')).stdout).toContain('"findings": []');
    await expect(run('--rule', 'EGR002:off')).rejects.toThrow(
      "unknown rule 'EGR002' in --rule (known rules: PROBE01)",
    );
    const sarif = JSON.parse((await run('--format', 'sarif')).stdout);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['PROBE01']);
  });
});
