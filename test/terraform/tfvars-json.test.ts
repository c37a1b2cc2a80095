// .tfvars.json (issue 14, item 1): terraform.tfvars.json, *.auto.tfvars.json and --var-file x.tfvars.json are
// variable values, in Terraform's precedence order, pointing at their JSON lines; never parsed as configuration.
import { describe, expect, it } from 'vitest';
import { lintFixture, summary } from '../helpers.ts';

describe('.tfvars.json', () => {
  it('reads terraform.tfvars.json over terraform.tfvars, and *.auto.tfvars.json over both', () => {
    const result = lintFixture('terraform/tfvars-json');
    expect(result.diagnostics).toEqual([]);
    expect(summary(result, 'EGR002')).toEqual(['EGR002 error main.tf:18', 'EGR002 error main.tf:27']);
    const [json, auto] = result.findings.filter((f) => f.ruleId === 'EGR002');
    expect(json.message).toContain('0.0.0.0/0');
    expect(
      json.related.map((r) => `${r.location.file}:${r.location.line}:${r.location.column} ${r.description}`),
    ).toEqual(['terraform.tfvars.json:2:17 terraform.tfvars.json']);
    expect(auto.message).toContain('::/0');
    expect(auto.related.map((r) => `${r.location.file}:${r.location.line}`)).toEqual([
      'z.auto.tfvars.json:2',
    ]);
  });

  it('takes JSON strings literally (no templates) and objects as objects', () => {
    const result = lintFixture('terraform/tfvars-json');
    const smtp = result.findings.filter(
      (f) => f.ruleId === 'EGR003' && f.firewallId === 'aws_security_group.objects',
    );
    expect(smtp.map((f) => f.message)).toEqual([expect.stringContaining('192.0.2.0/24')]);
    // "${var.not_a_template}" is a string, and not a CIDR: counted, never evaluated.
    expect(
      result.unresolved.map((u) => `${u.location.file}:${u.location.line} ${u.expression} (${u.reason})`),
    ).toEqual(['main.tf:38 ${var.not_a_template} (not a valid CIDR)']);
  });

  it('reads --var-file x.tfvars.json, and reports a malformed one with its line', () => {
    const good = {
      path: 'prod.tfvars.json',
      absPath: 'prod.tfvars.json',
      text: '{ "from_json": ["10.9.0.0/16"] }',
    };
    const result = lintFixture('terraform/tfvars-json', { terraformVarFiles: [good] });
    expect(summary(result, 'EGR002')).toEqual(['EGR002 error main.tf:27']);
    const bad = { path: 'bad.tfvars.json', absPath: 'bad.tfvars.json', text: '{\n  "from_json": [\n}' };
    const broken = lintFixture('terraform/tfvars-json', { terraformVarFiles: [bad] });
    expect(broken.diagnostics.map((d) => `${d.location.file}:${d.location.line} ${d.level}`)).toEqual([
      'bad.tfvars.json:3 error',
    ]);
    const notObject = { path: 'list.tfvars.json', absPath: 'list.tfvars.json', text: '[1]' };
    expect(
      lintFixture('terraform/tfvars-json', { terraformVarFiles: [notObject] }).diagnostics[0].message,
    ).toBe('a .tfvars.json file must be a JSON object of variable values');
  });
});
