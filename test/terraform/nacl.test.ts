// AWS network ACLs in Terraform: inline entries, standalone rules, rule-number order, the final `*` deny.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { instanceIds, lintFixture, readTree, summary } from '../helpers.ts';

describe('network ACLs', () => {
  const result = lintFixture('terraform/nacl/acls');
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);
  const findingAt = (ruleId: string, line: number) =>
    result.findings.find((f) => f.ruleId === ruleId && f.location.line === line);

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR002 error main.tf:14', // adopted default NACL: allow all to 0.0.0.0/0
      'EGR002 error main.tf:23', // and to ::/0
      'EGR002 warning main.tf:45', // rule 200, 0-1024, with 25 denied by rule 100
      'EGR003 error main.tf:45',
      'EGR002 warning main.tf:63', // rule 50 comes before the deny of rule 60: not masked
      'EGR003 error main.tf:63',
      'EGR002 error main.tf:106', // aws_network_acl_rule with egress = true, values from a variable default
      'EGR002 warning main.tf:126', // NACL outside the scan, protocol "6"
      'EGR003 error main.tf:126',
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('reports a partly masked entry with what it still lets out, and not a fully masked one', () => {
    expect(findingAt('EGR002', 45)?.message).toBe(
      'aws_network_acl.masking allows TCP ports 0-24, 26-1024 to 0.0.0.0/0: only 443 may go to the internet (allowedPublicPorts).',
    );
    expect(findingAt('EGR003', 45)?.message).toMatch(/allows SMTP \(ports 465, 587\) to 0\.0\.0\.0\/0,/);
    // Rule 300 (line 54) allows only port 25, which rule 100 denies first.
    expect(result.findings.filter((f) => f.location.line === 54)).toEqual([]);
  });

  it('treats a NACL without egress entries as denying everything, with the `*` entry last', () => {
    const empty = byId('aws_network_acl.custom_empty');
    expect(empty?.egressDeclared).toBe('explicit-empty');
    expect(empty?.platformDefault).toBeUndefined();
    expect(
      empty?.rules.map((r) => `${r.action} ${r.priority} ${r.destinations.map((d) => d.text).join(',')}`),
    ).toEqual(['deny 32767 0.0.0.0/0,::/0']);
    const linked = byId('aws_network_acl.linked');
    expect(linked?.rules.map((r) => `${r.declaredBy.id} ${r.action} ${r.priority}`)).toEqual([
      'aws_network_acl_rule.outbound[0] allow 100',
      'aws_network_acl.linked deny 32767',
    ]);
  });

  it('points at the variable default the open entry came from', () => {
    expect(findingAt('EGR002', 106)?.related?.map((o) => `${o.location.line} ${o.description}`)).toContain(
      '87 variable "outbound_acl_rules" default',
    );
  });
});

const VPC = new URL('../../../shared/corpus/terraform/terraform-aws-vpc/', import.meta.url).pathname;

describe.skipIf(!existsSync(VPC))('terraform-aws-vpc NACLs (corpus)', () => {
  const files = existsSync(VPC) ? readTree(VPC) : [];
  const result = lintFiles(files, { project: memoryProject(files) });
  const acls = new Set(result.firewalls.filter((f) => f.kind === 'aws-network-acl').map((f) => f.id));
  const seen = result.findings.flatMap((f) =>
    instanceIds(f)
      .filter((id) => acls.has(id))
      .map((id) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line} ${id}`),
  );

  it('analyses the module and its examples without a diagnostic', () => {
    expect(result.diagnostics).toEqual([]);
    expect(acls.size).toBeGreaterThan(10);
  });

  it('keeps the findings reviewed by hand', () => {
    expect(seen).toEqual(
      expect.arrayContaining([
        // aws_default_network_acl with the module's default egress (variables.tf): rule 100 allows all to 0.0.0.0/0 …
        'EGR002 error main.tf:1480 examples/simple//module.vpc.aws_default_network_acl.this[0]',
        'EGR002 error main.tf:1484 examples/block-public-access//module.vpc.aws_default_network_acl.this[0]',
        // … and rule 101 to ::/0
        'EGR002 error main.tf:1484 examples/simple//module.vpc.aws_default_network_acl.this[0]',
        // examples/outpost: dedicated NACL, outbound rule 100 TCP 80 to 0.0.0.0/0 and rule 150 TCP 90 to ::/0
      ]),
    );
    // Rule 110 (TCP 443 to 0.0.0.0/0) is an allowed public port; 1433 and 22 go to 10.0.100.0/22 only.
    expect(seen.filter((s) => s.includes('outpost[0]'))).toHaveLength(2);
  });

  it('never reports an unresolved value as open', () => {
    const unresolvedAt = new Set(result.unresolved.map((u) => `${u.location.file}:${u.location.line}`));
    for (const f of result.findings)
      expect(unresolvedAt.has(`${f.location.file}:${f.location.line}`)).toBe(false);
  });
});

describe('network ACLs in .tf.json', () => {
  it('links a rule to its NACL through an interpolated reference', () => {
    const result = lintFixture('terraform/nacl/tfjson');
    expect(summary(result)).toEqual(['EGR002 warning main.tf.json:15', 'EGR003 error main.tf.json:15']);
    expect(
      result.firewalls.find((f) => f.id === 'aws_network_acl.app')?.rules.map((r) => r.declaredBy.id),
    ).toEqual(['aws_network_acl_rule.smtp', 'aws_network_acl.app']);
  });
});
