// Issue 19, item 2: a scan reads each file once. Units are planned from the first read and linted from its bytes;
// a module several units analyse is read once too (its bytes are shared, not moved). Counted at the file system:
// every open of a scanned file, whichever engine module makes it.
import * as fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findFiles } from '../../src/engine/discover.ts';
import { lintScan, type ScanOptions } from '../../src/engine/pool.ts';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { scanOptions } from './scan-options.ts';

const opened = new Map<string, number>();
const count = (path: unknown) => {
  if (typeof path === 'string') opened.set(path, (opened.get(path) ?? 0) + 1);
};

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => {
      count(args[0]);
      return real.openSync(...args);
    },
    readFileSync: (...args: Parameters<typeof real.readFileSync>) => {
      count(args[0]);
      return real.readFileSync(...args);
    },
  };
});

let cleanup: (() => void) | undefined;
beforeEach(() => opened.clear());
afterEach(() => cleanup?.());

const sg = (name: string) => `resource "aws_security_group" "${name}" {
  egress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
variable "cidr" {}
`;
const stack = (name: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  ${name}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`;

/** 250 files: roots that all call one shared module (read by every unit that analyses a caller), stacks, lone roots. */
function bigTree(): TreeSpec {
  const spec: TreeSpec = { 'modules/shared/main.tf': sg('shared') };
  for (let i = 0; i < 100; i++)
    spec[`svc-${i}/main.tf`] = `module "shared" {\n  source = "../modules/shared"\n  cidr = "0.0.0.0/0"\n}\n`;
  for (let i = 0; i < 100; i++) spec[`stacks/s${i}.yaml`] = stack(`G${i}`);
  for (let i = 0; i < 49; i++) spec[`lone-${i}/main.tf`] = sg('lone');
  return spec;
}

async function scan(spec: TreeSpec, sizes: Partial<ScanOptions>) {
  const tree = makeTree(spec);
  cleanup = tree.cleanup;
  const found = findFiles(['.'], { cwd: tree.dir, ignore: [], maxFileSize: 1 << 20 });
  opened.clear(); // discovery reads no file of interest, but .gitignore files do not count here
  const result = await lintScan(found, scanOptions(sizes));
  return { found, result };
}

describe('each file is read once', () => {
  it.each([
    ['split into units', { minFiles: 0, minBytes: 0 }],
    ['large by count, small by bytes: one lint call from the first read', {}],
    ['small: one lint call', { minFiles: Infinity }],
  ])('%s', async (_name, sizes) => {
    const { found, result } = await scan(bigTree(), sizes);
    expect(found.files).toHaveLength(250);
    expect(result.stats.filesScanned).toBe(250);
    // The units that call the shared module evaluated it with the callers' value: port 25 open to anywhere
    // (EGR002) and SMTP to anywhere (EGR003), one finding each however many callers share the problem.
    const shared = result.findings.filter((f) => f.location.file === 'modules/shared/main.tf');
    expect(shared.map((f) => f.ruleId).sort()).toEqual(['EGR002', 'EGR003']);
    for (const file of found.files) expect([file.path, opened.get(file.absPath)]).toEqual([file.path, 1]);
    expect(opened.size).toBe(250);
  });
});
