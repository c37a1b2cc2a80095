// Value resolution (docs/design.md, "Values remember where they were written"): each fixture asserts exact rule ids, levels and lines, and where values came from.
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.ts';
import { parseHcl } from '../../src/formats/hcl/index.ts';
import { isConstant } from '../../src/formats/terraform/evaluate.ts';
import { lintFixture, summary } from '../helpers.ts';

describe('variables', () => {
  it('resolves defaults, terraform.tfvars and *.auto.tfvars in precedence order', () => {
    const result = lintFixture('terraform/variables');
    expect(summary(result, 'EGR002')).toEqual([
      'EGR002 error main.tf:25', // default ["0.0.0.0/0"]
      'EGR002 error main.tf:34', // terraform.tfvars overrides the private default
      'EGR002 error main.tf:43', // override.auto.tfvars ("::/0") beats terraform.tfvars
    ]);
  });

  it('points at the variable default and the tfvars line as related locations', () => {
    const result = lintFixture('terraform/variables');
    const [fromDefault, fromTfvars, fromAuto] = result.findings.filter((f) => f.ruleId === 'EGR002');
    expect(fromDefault.related).toEqual([
      {
        location: { file: 'main.tf', line: 2, column: 14, endLine: 2, endColumn: 25 },
        description: 'variable "default_only" default',
      },
    ]);
    expect(fromTfvars.related.map((r) => `${r.location.file}:${r.location.line} ${r.description}`)).toEqual([
      'terraform.tfvars:1 terraform.tfvars',
    ]);
    expect(fromAuto.related.map((r) => `${r.location.file}:${r.location.line} ${r.description}`)).toEqual([
      'override.auto.tfvars:1 override.auto.tfvars',
    ]);
    expect(fromDefault.message).toBe(
      'aws_security_group.a allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    );
  });

  it('takes --var and --var-file over every file', () => {
    const varFile = { path: 'prod.tfvars', absPath: 'prod.tfvars', text: 'from_tfvars = ["10.9.0.0/16"]\n' };
    const result = lintFixture('terraform/variables', {
      terraformVars: { from_cli: '0.0.0.0/0', from_auto: '["10.0.0.0/8"]' },
      terraformVarFiles: [varFile],
    });
    expect(summary(result, 'EGR002')).toEqual(['EGR002 error main.tf:25', 'EGR002 error main.tf:52']);
    const cli = result.findings.find((f) => f.ruleId === 'EGR002' && f.location.line === 52);
    expect(cli?.related.map((r) => r.description)).toEqual(['--var from_cli']);
  });

  it('leaves a variable without any value unknown: no finding, counted as unresolved', () => {
    const result = lintFixture('terraform/variables');
    expect(result.findings.filter((f) => f.location.line === 61)).toEqual([]);
    expect(result.unresolved).toEqual([
      {
        location: { file: 'main.tf', line: 61, column: 19, endLine: 61, endColumn: 33 },
        expression: 'var.no_default',
        reason: 'variable "no_default" has no default and no value is given',
      },
    ]);
  });
});

describe('variable defaults in module instances', () => {
  // `derived` refers to another variable, which Terraform refuses in a default; evaluated per instance all the same.
  const MODULE = `variable "cidrs" {
  default = ["0.0.0.0/0"]
}
variable "port" {}
variable "derived" {
  default = var.port
}
resource "aws_security_group" "this" {
  egress {
    from_port   = var.derived
    to_port     = var.derived
    protocol    = "tcp"
    cidr_blocks = var.cidrs
  }
}
`;
  const ROOT = ['smtp_open', 'smtp_inside', 'https_open']
    .map(
      (name) =>
        `module "${name}" {\n  source = "./modules/sg"\n  port = ${name.startsWith('smtp') ? 25 : 443}\n` +
        `${name === 'smtp_inside' ? '  cidrs = ["10.0.0.0/8"]\n' : ''}}\n`,
    )
    .join('');

  it("gives each instance its own value: its caller's argument, else the default", () => {
    const files = [
      { path: 'modules/sg/main.tf', absPath: 'modules/sg/main.tf', text: MODULE },
      { path: 'main.tf', absPath: 'main.tf', text: ROOT },
    ];
    const result = lintFiles(files);
    expect(result.findings.map((f) => `${f.ruleId} ${f.message.slice(0, f.message.indexOf(':'))}`)).toEqual([
      'EGR002 module.smtp_open.aws_security_group.this allows TCP port 25 to 0.0.0.0/0',
      'EGR003 module.smtp_inside.aws_security_group.this allows SMTP (port 25) to 10.0.0.0/8, which is not an approved mail relay; no relays are configured',
      'EGR003 module.smtp_open.aws_security_group.this allows SMTP (port 25) to 0.0.0.0/0, which is not an approved mail relay; no relays are configured',
    ]);
    const open = result.findings.find((f) => f.ruleId === 'EGR002');
    expect(open?.related.map((r) => `${r.description} ${r.location.file}:${r.location.line}`)).toEqual([
      'variable "cidrs" default modules/sg/main.tf:2',
      'module "smtp_open" argument "port" main.tf:3',
      'module "smtp_open" call main.tf:1',
    ]);
  });

  it('treats only expressions that refer to nothing as the same in every instance', () => {
    const constant = (expression: string) =>
      isConstant(parseHcl(`x = ${expression}\n`).body.attributes[0].expr);
    for (const expression of [
      '["0.0.0.0/0", 25, true, null]',
      '{ smtp = [25, 25, "tcp", "SMTP"], "https" = [443] }',
      '"port-${25 + 1}"',
      'cidrsubnet("10.0.0.0/8", 8, 1)',
      '-1 > 0 ? "a" : ("b")',
    ])
      expect([expression, constant(expression)]).toEqual([expression, true]);
    for (const expression of [
      'var.port',
      '["10.0.0.0/8", local.cidr]',
      '{ (var.key) = 1 }',
      '[for p in [25, 587] : p]',
      'path.module',
      '"%{ if true }a%{ endif }"',
    ])
      expect([expression, constant(expression)]).toEqual([expression, false]);
  });
});

describe('locals, templates, conditionals, for expressions and functions', () => {
  const result = lintFixture('terraform/locals-functions');
  it('finds exactly the open rules', () => {
    expect(summary(result, 'EGR002')).toEqual([
      'EGR002 error main.tf:29', // conditional on var.env == "prod"
      'EGR002 error main.tf:38', // flatten + concat + distinct of 0.0.0.0/1 and 128.0.0.0/1
      'EGR002 warning main.tf:56', // port 25 from a for expression and lookup, CIDR from merge
      'EGR002 warning main.tf:65', // split(join(...))
      'EGR002 error main.tf:74', // try() fallback and coalesce(format())
    ]);
  });
  it('resolves cidrsubnet over a template-built CIDR to private subnets (no EGR002)', () => {
    const subnets = result.firewalls.find((f) => f.id === 'aws_security_group.for_and_cidrsubnet');
    expect(subnets?.rules[0].destinations.map((d) => d.text)).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
  });
  it('names the local a value came from', () => {
    const conditional = result.findings.find((f) => f.ruleId === 'EGR002' && f.location.line === 29);
    expect(conditional?.related.map((r) => `${r.location.line} ${r.description}`)).toEqual([
      '13 local "open"',
    ]);
  });
});

describe('dynamic blocks, count and for_each', () => {
  const result = lintFixture('terraform/dynamic-count');
  it('expands each instance with its own values', () => {
    expect(summary(result, 'EGR002')).toEqual([
      'EGR002 warning main.tf:23', // dynamic "egress": only the port-25 element is reported
      'EGR002 error main.tf:34', // count.index == 1
      'EGR002 error main.tf:45', // for_each: the "bad" key
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'EGR002').map((f) => f.firewallId)).toEqual([
      'aws_security_group.dyn',
      'aws_security_group.counted[1]',
      'aws_security_group.each["bad"]',
    ]);
  });
  it('creates no instance for count = 0', () => {
    expect(result.firewalls.map((f) => f.id)).not.toContain('aws_security_group.none');
    expect(result.firewalls.some((f) => f.id.startsWith('aws_security_group.none'))).toBe(false);
  });
});

describe('modules', () => {
  it('evaluates local modules with their inputs, addresses carrying the module path', () => {
    const result = lintFixture('terraform/module-local');
    const open = result.findings.filter((f) => f.ruleId === 'EGR002');
    expect(open.map((f) => `${f.firewallId} ${f.location.file}:${f.location.line}`)).toEqual([
      'module.edge.aws_security_group.this modules/sg/main.tf:14',
      'module.per_env["dev"].aws_security_group.this modules/sg/main.tf:14',
    ]);
    // The for_each instances say the same at the same place: one finding naming both (issue 14, item 9).
    expect(open[1].message).toBe(
      'module.per_env["dev"].aws_vpc_security_group_egress_rule.all and module.per_env["prod"].aws_vpc_security_group_egress_rule.all allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    );
    expect(open[0].related.map((r) => `${r.location.file}:${r.location.line} ${r.description}`)).toEqual([
      'main.tf:4 module "edge" argument "egress_cidr"',
      'main.tf:1 module "edge" call',
    ]);
    expect(open[1].related.map((r) => `${r.location.file}:${r.location.line} ${r.description}`)).toEqual([
      'modules/sg/main.tf:4 variable "egress_cidr" default',
      'main.tf:13 module "per_env" call',
    ]);
    // The module directory is analysed through its callers only, not again on its own.
    expect(result.firewalls.map((f) => f.id).filter((id) => !id.startsWith('module.'))).toEqual([]);
  });

  it('follows .terraform/modules/modules.json to downloaded modules and reports the ones that are missing', () => {
    const result = lintFixture('terraform/modules-json');
    expect(summary(result, 'EGR002')).toEqual(['EGR002 error .terraform/modules/edge/main.tf:10']);
    expect(result.findings[0].firewallId).toBe('module.edge.aws_security_group.this');
    expect(result.unresolved.map((u) => `${u.location.line} ${u.reason}`)).toEqual([
      '7 the module is not downloaded (run terraform init to analyse it)',
    ]);
  });
});

describe('unknown values', () => {
  const result = lintFixture('terraform/unknown');
  it('never reports a value from a data source or a file function as open', () => {
    expect(summary(result, 'EGR002')).toEqual([]);
    expect(result.unresolved.map((u) => `${u.location.line} ${u.expression}`)).toEqual([
      '14 data.aws_vpc.main.cidr_block',
      '32 jsondecode(file("cidrs.json"))', // no such file in the fixture: Terraform would fail the plan
    ]);
  });
  it('resolves a configured argument of another resource, pointing at it as the origin', () => {
    const fw = result.firewalls.find((f) => f.id === 'aws_security_group.from_resource_argument');
    const [dest] = fw?.rules[0].destinations ?? [];
    expect(dest.text).toBe('10.20.0.0/16');
    expect(dest.location.line).toBe(23);
    expect(dest.origins.map((o) => `${o.location.line} ${o.description}`)).toEqual([
      '6 aws_vpc.app argument "cidr_block"',
    ]);
  });
});

describe('.tf.json', () => {
  it('reads JSON syntax with ${} templates', () => {
    const result = lintFixture('terraform/tfjson');
    expect(summary(result, 'EGR002')).toEqual(['EGR002 error main.tf.json:13']);
    expect(summary(result, 'EGR001')).toEqual(['EGR001 warning main.tf.json:17']);
  });

  it('expands dynamic blocks written in JSON (as CDK for Terraform writes them) over their for_each', () => {
    const result = lintFixture('terraform/tfjson-dynamic');
    // app: port 25 to the internet from the variable's second rule; empty: for_each [] makes no egress block, so
    // its egress is unmanaged (EGR001), exactly as if no block were written (issue 14, item 5).
    expect(summary(result)).toEqual([
      'EGR002 warning main.tf.json:23',
      'EGR003 error main.tf.json:23',
      'EGR001 warning main.tf.json:28',
    ]);
    const smtp = result.findings.find((f) => f.ruleId === 'EGR003');
    expect(smtp?.related.map((r) => `${r.description} ${r.location.line}:${r.location.column}`)).toEqual([
      'variable "egress_rules" default 7:33',
      'variable "egress_rules" default 7:19',
    ]);
  });
});
