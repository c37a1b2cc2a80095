// Issue 14, items 3-7: type constraints with optional() defaults, partly unknown lists, empty dynamic blocks, the
// forms that link a standalone rule to its group, and rules missing a required argument.
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import type { LintResult } from '../../src/engine/types.ts';
import { FIXTURE_RULES, summary } from '../helpers.ts';

function lintTf(files: Record<string, string>, vars: Record<string, string> = {}): LintResult {
  const sources = Object.entries(files).map(([path, text]) => ({ path, absPath: path, text }));
  return lintFiles(sources, { project: memoryProject(sources), terraformVars: vars, rules: FIXTURE_RULES });
}

const unresolved = (r: LintResult) =>
  r.unresolved.map((u) => `${u.location.line} ${u.expression}: ${u.reason}`);

describe('type constraints (item 3)', () => {
  const main = `variable "rules" {
  type = list(object({
    port  = optional(number, 25)
    cidrs = optional(list(string), ["0.0.0.0/0"])
    note  = optional(string)
  }))
  default = [{}, { port = "443", cidrs = ["10.0.0.0/8"], extra = true }]
}

resource "aws_security_group" "typed" {
  dynamic "egress" {
    for_each = var.rules
    content {
      from_port   = egress.value.port
      to_port     = egress.value.port
      protocol    = "tcp"
      cidr_blocks = egress.value.cidrs
    }
  }
}
`;

  it('fills optional attributes with their defaults, converts values to the declared type', () => {
    const result = lintTf({ 'main.tf': main });
    // The first rule is all defaults: port 25 to 0.0.0.0/0. The second, "443" as a number, to 10.0.0.0/8.
    expect(summary(result)).toEqual(['EGR002 warning main.tf:17', 'EGR003 error main.tf:17']);
    const fw = result.firewalls[0];
    expect(
      fw.rules.map((r) => `${JSON.stringify(r.ports)} ${r.destinations.map((d) => d.text).join(',')}`),
    ).toEqual(['[{"from":25,"to":25}] 0.0.0.0/0', '[{"from":443,"to":443}] 10.0.0.0/8']);
    expect(result.findings[0].related.map((r) => `${r.location.line} ${r.description}`)).toEqual([
      '4 variable "rules" optional default', // the CIDR
      '3 variable "rules" optional default', // the port
    ]);
  });

  it('leaves a value that does not fit the type unknown, with the reason', () => {
    const result = lintTf({ 'main.tf': main }, { rules: '[{ port = "smtp" }]' });
    expect(summary(result)).toEqual([]);
    expect(unresolved(result)).toEqual([
      `14 egress.value.port: invalid value for the variable's type at [0].port: number required, got string`,
      `15 egress.value.port: invalid value for the variable's type at [0].port: number required, got string`,
      `17 egress.value.cidrs: invalid value for the variable's type at [0].port: number required, got string`,
    ]);
  });

  it('requires attributes that are not optional', () => {
    const result = lintTf({
      'main.tf': `variable "r" {
  type    = object({ cidr = string })
  default = {}
}
resource "aws_security_group" "a" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.r.cidr]
  }
}
`,
    });
    expect(unresolved(result)).toEqual([
      `10 var.r.cidr: invalid value for the variable's type: attribute "cidr" is required`,
    ]);
  });
});

describe('partly unknown lists (item 4)', () => {
  it('reports the known open element of concat(["0.0.0.0/0"], var.unset) and counts the rest', () => {
    const result = lintTf({
      'main.tf': `variable "unset" {}
resource "aws_security_group" "a" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = distinct(concat(["0.0.0.0/0"], var.unset))
  }
}
resource "aws_security_group" "b" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = length(concat(["10.0.0.0/8"], var.unset)) > 1 ? ["0.0.0.0/0"] : []
  }
}
`,
    });
    // All traffic to the known 0.0.0.0/0: one EGR002 error, which says mail is included.
    expect(summary(result)).toEqual(['EGR002 error main.tf:7']);
    expect(unresolved(result)).toEqual([
      '7 var.unset: variable "unset" has no default and no value is given',
      '15 length(concat(["10.0.0.0/8"], var.unset)) > 1 ? ["0.0.0.0/0"] : []: condition is not known: variable "unset" has no default and no value is given',
    ]);
  });
});

describe('empty dynamic blocks (item 5)', () => {
  it('treats dynamic "egress" over an empty collection as no egress declared (EGR001), like no block', () => {
    const result = lintTf({
      'main.tf': `variable "rules" {
  default = []
}
resource "aws_security_group" "dynamic_empty" {
  dynamic "egress" {
    for_each = var.rules
    content {
      from_port   = 0
      to_port     = 0
      protocol    = "-1"
      cidr_blocks = egress.value
    }
  }
}
resource "aws_security_group" "no_block" {}
`,
    });
    expect(summary(result)).toEqual(['EGR001 warning main.tf:4', 'EGR001 warning main.tf:15']);
    expect(result.findings[0].message).toBe(result.findings[1].message.replace('no_block', 'dynamic_empty'));
  });
});

describe('linking forms (item 6)', () => {
  const forms = [
    'join("", aws_security_group.g[*].id)',
    'one(aws_security_group.g[*].id)',
    'aws_security_group.g[0].id',
    'element(aws_security_group.g.*.id, 0)',
    'try(aws_security_group.g[0].id, "")',
    'concat(aws_security_group.g.*.id, [""])[0]',
  ];
  it.each(forms)('attaches a rule linked by %s to its group', (link) => {
    const result = lintTf({
      'main.tf': `resource "aws_security_group" "g" {
  count = 1
}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = ${link}
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
`,
    });
    expect(result.firewalls.map((f) => `${f.id} ${f.egressDeclared} ${f.rules.length}`)).toEqual([
      'aws_security_group.g[0] rules 1',
    ]);
    expect(summary(result)).toEqual([]);
  });

  it.each([
    'join("", aws_security_group.g[*].id)',
    'one(aws_security_group.g[*].id)',
    'try(aws_security_group.g.id, "")',
  ])('attaches a rule linked by %s to a group without count', (link) => {
    const result = lintTf({
      'main.tf': `resource "aws_security_group" "g" {}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = ${link}
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/8"
}
`,
    });
    expect(result.firewalls.map((f) => `${f.id} ${f.egressDeclared} ${f.rules.length}`)).toEqual([
      'aws_security_group.g rules 1',
    ]);
  });
});

describe('required arguments (item 7)', () => {
  it('reports a rule without protocol, ports, type or group as not analysed, never skipping it silently', () => {
    const result = lintTf({
      'main.tf': `resource "aws_security_group" "a" {
  egress {
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_vpc_security_group_egress_rule" "b" {
  security_group_id = aws_security_group.a.id
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}
resource "aws_security_group_rule" "c" {
  security_group_id = aws_security_group.a.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "d" {
  type        = "egress"
  from_port   = 0
  to_port     = 0
  protocol    = "-1"
  cidr_blocks = ["10.0.0.0/8"]
}
`,
    });
    // d has no group: it is still checked on its own (all traffic to 10.0.0.0/8 includes SMTP).
    expect(summary(result)).toEqual(['EGR003 warning main.tf:25']);
    expect(unresolved(result)).toEqual([
      '2 protocol: required argument "protocol" is missing: the rule is not analysed',
      '8 from_port: required argument "from_port" is missing: the rule is not analysed',
      '13 type: required argument "type" is missing: the rule is not analysed',
      '20 security_group_id: required argument "security_group_id" is missing: the rule is not analysed',
    ]);
  });
});

describe('for_each over a partly unknown set', () => {
  it('has unknown instances (Terraform needs every key), analysed once with unknown values', () => {
    const result = lintTf({
      'main.tf': `variable "extra" {}
resource "aws_security_group" "a" {
  for_each = toset(concat(["0.0.0.0/0"], var.extra))
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [each.value]
  }
}
`,
    });
    expect(result.firewalls.map((f) => f.id)).toEqual(['aws_security_group.a']);
    expect(summary(result)).toEqual([]);
    expect(unresolved(result)).toEqual([
      '8 each.value: variable "extra" has no default and no value is given',
    ]);
  });
});
