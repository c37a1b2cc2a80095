// Bad input (README "Speed and limits") through the real CLI: every input that hits a limit is one clear per-file diagnostic (path, line,
// reason), the exit status is 2, and the other files are still analysed and reported. Large and binary files are
// generated here, at run time, never committed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { diagnosticLines, findingLines, useBundledCli, type JsonReport } from './bundled-cli.ts';

const cli = useBundledCli();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tree(spec: TreeSpec): string {
  const t = makeTree(spec);
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A healthy file next to every bad one: its findings prove the run went on. */
const OPEN_TF = `resource "aws_security_group" "open" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
const OPEN_FINDINGS = ['EGR002 open.tf:6'];

function lint(dir: string, ...args: string[]): { status: number | null; report: JsonReport } {
  const run = cli(['--format', 'json', ...args, '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

const cfnGroup = (properties: string) =>
  `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n${properties}`;

describe('file size', () => {
  it('reports a file over the default 10 MB limit without reading it', () => {
    const dir = tree({ 'open.tf': OPEN_TF, 'big.tf': `# ${'x'.repeat(80)}\n`.repeat(130_000) });
    const { status, report } = lint(dir);
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error big.tf:1 file is 10,790,000 bytes, over the 10,485,760-byte limit; not analysed ' +
        '(raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });

  it('takes the limit from --max-file-size, and from maxFileSize in the config', () => {
    const dir = tree({
      'open.tf': OPEN_TF,
      'padded.tf': `# ${'x'.repeat(2000)}\n${OPEN_TF.replace('"open"', '"padded"')}`,
    });
    const tooLarge = 'error padded.tf:1 file is 2,156 bytes, over the 1,024-byte limit; not analysed';
    const flag = lint(dir, '--max-file-size', '1k');
    expect(flag.status).toBe(2);
    expect(diagnosticLines(flag.report).map((l) => l.split(' (')[0])).toEqual([tooLarge]);
    expect(findingLines(flag.report)).toEqual(OPEN_FINDINGS);

    writeFileSync(join(dir, '.egress-lint.yml'), 'maxFileSize: 1024\n');
    expect(diagnosticLines(lint(dir).report).map((l) => l.split(' (')[0])).toEqual([tooLarge]);
    // The flag wins over the config.
    const raised = lint(dir, '--max-file-size', '1m');
    expect(raised.report.diagnostics).toEqual([]);
    expect(findingLines(raised.report)).toEqual([...OPEN_FINDINGS, 'EGR002 padded.tf:7']);
  });
});

describe('YAML alias expansion', () => {
  it('stops an alias bomb at a node budget', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const bomb = `Metadata:\n${levels.map((l) => `  ${l}`).join('\n')}\n${cfnGroup('      GroupDescription: *a9\n')}`;
    const dir = tree({ 'open.tf': OPEN_TF, 'bomb.yaml': bomb });
    const { status, report } = lint(dir);
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error bomb.yaml:6 invalid YAML: alias expansion exceeds 100000 nodes (an alias bomb?)',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });
});

describe('nesting depth', () => {
  const depth = 5000;
  const nested = (open: string, close: string, inner = '') =>
    open.repeat(depth) + inner + close.repeat(depth);

  it('reports HCL expressions and blocks nested past the limit', () => {
    const dir = tree({
      'open.tf': OPEN_TF,
      'lists/main.tf': `locals {\n  x = ${nested('[', ']')}\n}\n`,
      'parens/main.tf': `locals {\n  x = ${nested('(', ')', '1')}\n}\n`,
      'blocks/main.tf': Array.from({ length: depth }, (_, i) => `b${i} {\n`).join('') + '}\n'.repeat(depth),
    });
    const { status, report } = lint(dir);
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error blocks/main.tf:501 Nesting too deep: more than 500 nested blocks or expressions',
      'error lists/main.tf:2 Nesting too deep: more than 500 nested blocks or expressions',
      'error parens/main.tf:2 Nesting too deep: more than 500 nested blocks or expressions',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });

  it('reports JSON (Terraform, CloudFormation, Pulumi) and YAML nested past the limit', () => {
    const pulumi = JSON.stringify({
      version: 3,
      deployment: {
        resources: [
          {
            urn: 'urn:pulumi:dev::p::aws:ec2/securityGroup:SecurityGroup::sg',
            type: 'aws:ec2/securityGroup:SecurityGroup',
            inputs: { egress: [] },
          },
        ],
      },
    });
    const dir = tree({
      'open.tf': OPEN_TF,
      'deep.tf.json': `{"locals": {"x": ${nested('[', ']')}}}`,
      'deep.json': `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"Tags": ${nested('[', ']')}}}}}`,
      'deep.yaml': cfnGroup(`      Tags: ${nested('[', ']')}\n`),
      'stack.json': `${pulumi.slice(0, -3)}, "x": ${nested('[', ']')}}]}}`,
    });
    const { status, report } = lint(dir);
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error deep.json:1 nesting deeper than 1000 levels',
      'error deep.tf.json:1 Invalid JSON: nesting too deep to parse',
      'error deep.yaml:6 invalid YAML: nesting too deep (Maximum call stack size exceeded)',
      'error stack.json:1 nesting deeper than 1000 levels',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });
});

describe('binary, non-UTF-8 and unreadable files', () => {
  it('reports binary, UTF-16 and Latin-1 files with the reason', () => {
    const dir = tree({
      'open.tf': OPEN_TF,
      'image.tf': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'utf16.yaml': Buffer.from('\ufeffResources: {}\n', 'utf16le'),
      'latin1.tf': Buffer.concat([
        Buffer.from('locals {\n  name = "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"\n}\n'),
      ]),
    });
    const { status, report } = lint(dir);
    expect(status).toBe(2);
    expect(diagnosticLines(report)).toEqual([
      'error image.tf:1 binary file (NUL byte at offset 8); not analysed',
      'error latin1.tf:2 file is not valid UTF-8; not analysed (re-save it as UTF-8)',
      'error utf16.yaml:1 file is UTF-16 encoded; egress-lint reads UTF-8 only (re-save it as UTF-8)',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });

  it('reports a file it may not read, and a FIFO it must not wait on', () => {
    const dir = tree({ 'open.tf': OPEN_TF, 'secret.tf': OPEN_TF });
    execFileSync('mkfifo', [join(dir, 'pipe.tf')]);
    chmodSync(join(dir, 'secret.tf'), 0o000);
    chmodSync(dir, 0o755);
    // root reads any file: run as an unprivileged user then, so that the permission applies.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = cli(['--format', 'json', '.'], { cwd: dir, ...asUser });
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(diagnosticLines(report)).toEqual([
      'error pipe.tf:1 not a regular file (a FIFO, socket or device); not analysed',
      'error secret.tf:1 cannot read the file: permission denied (EACCES)',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });
});

describe('symbolic link loops', () => {
  it('follows a link at most once and never loops, reporting each loop', () => {
    const dir = tree({
      'open.tf': OPEN_TF,
      'modules/up': { symlink: '..' },
      'modules/self': { symlink: '.' },
      ping: { symlink: 'pong' },
      pong: { symlink: 'ping' },
    });
    const { status, report } = lint(dir);
    // Loops are warnings: nothing that should have been analysed was lost.
    expect(status).toBe(1);
    expect(diagnosticLines(report)).toEqual([
      'warning modules/self:1 symbolic link loop: points to modules, which contains it; not followed',
      'warning modules/up:1 symbolic link loop: points to ., which contains it; not followed',
      'warning ping:1 symbolic link loop: the chain of links never reaches a file; not followed',
      'warning pong:1 symbolic link loop: the chain of links never reaches a file; not followed',
    ]);
    expect(findingLines(report)).toEqual(OPEN_FINDINGS);
  });
});

describe('a directory of 100,000 files', () => {
  it('walks it and analyses the files of interest in it', () => {
    const dir = tree({ 'open.tf': OPEN_TF });
    const big = join(dir, 'big');
    mkdirSync(big);
    for (let i = 0; i < 100_000; i++) {
      if (i % 1000 === 0) writeFileSync(join(big, `sg-${i}.tf`), OPEN_TF.replace('"open"', `"open_${i}"`));
      else writeFileSync(join(big, `note-${i}.txt`), '');
    }
    const { status, report } = lint(dir);
    expect(status).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(report.stats.filesScanned).toBe(101);
    expect(report.findings.filter((f) => f.ruleId === 'EGR002')).toHaveLength(101);
  });
});
