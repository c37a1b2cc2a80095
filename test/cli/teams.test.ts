// How teams use the CLI, in process: a config per directory, --print-config fed back as a config, no silent
// green (nothing to lint, git-ignored files, cdktf.out/, --quiet with --fail-level), inputs that match nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { cliInProcess as cli } from './in-process.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tree(spec: TreeSpec): string {
  const t = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', ...spec });
  cleanups.push(t.cleanup);
  return t.dir;
}

interface Report {
  findings: { ruleId: string; level: string; location: { file: string; line: number } }[];
}
async function findings(args: string[], cwd: string): Promise<string[]> {
  const run = await cli(['--format', 'json', ...args], cwd);
  return (JSON.parse(run.stdout) as Report).findings.map(
    (f) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line}`,
  );
}

/** SMTP to 10.0.5.10 (EGR003) and all UDP ports to anywhere (EGR002 error) from one group. */
const SG = `resource "aws_security_group" "app" {
  egress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = ["10.0.5.10/32"]
  }
}
`;
const RELAY = 'relays: [10.0.5.10/32]\n';

describe('a config per directory', () => {
  const spec: TreeSpec = {
    '.egress-lint.yml': 'rules: { EGR003: note }\n',
    'infra/.egress-lint.yml': RELAY,
    'infra/main.tf': SG,
    'legacy/main.tf': SG,
    'legacy/nested/main.tf': SG,
    'legacy/nested/.egress-lint.yml': 'rules: { EGR003: off }\n',
  };

  it('gives each file the nearest config above it, up to the repository root', async () => {
    const dir = tree(spec);
    expect(await findings([], dir)).toEqual(['EGR003 note legacy/main.tf:6']);
    // Scanning two directories applies each one's own config, not the first one's to both.
    expect(await findings(['infra', 'legacy'], dir)).toEqual(['EGR003 note legacy/main.tf:6']);
    expect(await findings(['legacy/nested', 'infra'], dir)).toEqual([]);
  });

  it('lets --config override every config file', async () => {
    const dir = tree(spec);
    writeFileSync(join(dir, 'strict.yml'), 'rules: { EGR003: error }\n');
    expect(await findings(['--config', 'strict.yml'], dir)).toEqual([
      'EGR003 error infra/main.tf:6',
      'EGR003 error legacy/main.tf:6',
      'EGR003 error legacy/nested/main.tf:6',
    ]);
  });

  it('applies ignore globs of a nested config to its own directory only', async () => {
    const dir = tree({
      ...spec,
      'legacy/.egress-lint.yml': "ignore: ['nested/**']\nrules: { EGR003: warning }\n",
    });
    expect(await findings([], dir)).toEqual(['EGR003 warning legacy/main.tf:6']);
  });

  it('--print-config shows the config a file gets, --rule included, and its output works as that config', async () => {
    const dir = tree(spec);
    const printed = await cli(['--print-config', 'legacy/nested/main.tf', '--rule', 'EGR002:warn'], dir);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(
      '# from legacy/nested/.egress-lint.yml (the nearest config file), with --rule EGR002:warning;',
    );
    expect(printed.stdout).toContain('rules:\n  EGR003: off\n  EGR002: warning\n');
    writeFileSync(join(dir, 'printed.yml'), printed.stdout);
    const direct = await findings(['--rule', 'EGR002:warn', 'legacy/nested'], dir);
    expect(await findings(['--config', 'printed.yml', 'legacy/nested'], dir)).toEqual(direct);
    const relayed = await cli(['--print-config', 'infra/main.tf'], dir);
    expect(relayed.stdout).toContain('relays:\n  - 10.0.5.10/32\n');
  });
});

describe('no silent green', () => {
  it('exits 2 when there is nothing to lint, 0 with --pass-on-no-files', async () => {
    const dir = tree({ 'README.md': '# nothing here\n', 'package.json': '{}' });
    const run = await cli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'egress-lint: no Terraform, CloudFormation, Pulumi or host firewall file to lint in . (1 file read, none of those formats); pass --pass-on-no-files if that is expected\n',
    );
    // A failing run never shows the green check (it did: "✔ No problems" above exit 2).
    expect(run.stdout).toBe('✖ No problems · 1 file, 0 firewalls\n');
    const pass = await cli(['--pass-on-no-files'], dir);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toBe('✔ No problems · 1 file, 0 firewalls\n');
  });

  it('counts git-ignored IaC in one line, and scans it with --no-ignore', async () => {
    const dir = tree({
      '.gitignore': 'generated/\nlocal.tf\n',
      'main.tf': 'resource "aws_security_group" "ok" {\n  egress = []\n}\n',
      'local.tf': SG,
      'generated/a/main.tf': SG,
      'generated/b.yaml': 'x: 1\n',
      'generated/notes.txt': 'not counted',
    });
    const run = await cli([], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'egress-lint: skipped 3 git-ignored files of the kinds egress-lint reads (.tf, .tfvars, .json, .yaml, .yml, .template, .sh, .bash, .rules, .v4, .v6, .j2); --no-ignore scans them\n',
    );
    expect(await findings(['--no-ignore'], dir)).toEqual([
      'EGR003 warning generated/a/main.tf:6',
      'EGR003 warning local.tf:6',
    ]);
    expect((await cli(['--no-ignore'], dir)).stderr).toBe('');
  });

  it('scans cdktf.out/ (CDK for Terraform) like cdk.out/, though the project git-ignores it', async () => {
    const stack = {
      resource: {
        aws_security_group: {
          app: { egress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }] },
        },
      },
    };
    const dir = tree({
      '.gitignore': 'cdktf.out/\n',
      'cdktf.out/stacks/app/cdk.tf.json': JSON.stringify(stack, null, 2),
    });
    const run = await cli(['--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(
      (JSON.parse(run.stdout) as Report).findings.map((f) => `${f.ruleId} ${f.location.file}`),
    ).toContain('EGR002 cdktf.out/stacks/app/cdk.tf.json');
  });

  it('--quiet hides warnings but keeps the exit status an explicit --fail-level asks for', async () => {
    const dir = tree({ 'main.tf': SG }); // EGR003 warning: no relays configured
    expect((await cli(['--quiet'], dir)).status).toBe(0);
    const quiet = await cli(['--quiet', '--fail-level', 'warning', '--format', 'json'], dir);
    expect(quiet.status).toBe(1);
    expect((JSON.parse(quiet.stdout) as Report).findings).toEqual([]);
    // The terminal says why the run fails instead of "✔ No problems".
    const stylish = await cli(['--quiet', '--fail-level', 'warning', '--no-color'], dir);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toBe('✖ No problems, 1 hidden by --quiet · 1 file, 1 firewall\n');
    expect((await cli(['--quiet', '--no-color'], dir)).stdout).toBe(
      '✔ No problems, 1 hidden by --quiet · 1 file, 1 firewall\n',
    );
  });

  it('warns about --var, --parameter and relay entries that match nothing', async () => {
    const dir = tree({
      '.egress-lint.yml': 'relays: [10.0.5.10/32, aws_security_group.relay, 192.0.2.1/32]\n',
      'main.tf': `variable "cidrs" {\n  default = []\n}\nresource "aws_security_group" "relay" {\n  egress = []\n}\n${SG}`,
      'template.yaml':
        'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Cidr:\n    Type: String\n    Default: 10.0.0.0/8\nResources: {}\n',
    });
    const run = await cli(
      [
        '--var',
        'cidrs=["10.0.0.0/8"]',
        '--var',
        'cidr=x',
        '--parameter',
        'Cidr=10.1.0.0/16',
        '--parameter',
        'Vpc=x',
      ],
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n')).toEqual([
      'egress-lint: --var cidr matches no variable declared in a scanned Terraform root module',
      'egress-lint: --parameter Vpc matches no parameter of a scanned CloudFormation template',
      "egress-lint: relay '192.0.2.1/32' in .egress-lint.yml matches no security group, prefix list or destination in the scanned files",
      '',
    ]);
  });
});
