// The real-world Terraform corpus: no crash, no parse failure (HashiCorp's parser accepts every file), and the
// findings reviewed by hand stay found.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { instanceIds, readTree } from '../helpers.ts';

const CORPUS = new URL('../../../shared/corpus/terraform/', import.meta.url).pathname;

describe.skipIf(!existsSync(CORPUS))('Terraform corpus', () => {
  const files = existsSync(CORPUS) ? readTree(CORPUS) : [];
  const result = lintFiles(files, { project: memoryProject(files) });
  const tf = files.filter((f) => f.path.endsWith('.tf'));

  it('analyses every file without a diagnostic', () => {
    expect(tf.length).toBeGreaterThan(800);
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.filesScanned).toBe(files.length);
  });

  it('keeps the findings reviewed by hand', () => {
    // A finding merging a module's instances in several roots stands for each of them.
    const seen = result.findings.flatMap((f) =>
      instanceIds(f).map((id) => `${f.ruleId} ${f.location.file}:${f.location.line} ${id}`),
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        // examples/http: egress_rules = ["all-all"] with the module's default egress CIDRs 0.0.0.0/0 and ::/0
        'EGR002 terraform-aws-security-group/main.tf:533 terraform-aws-security-group/examples/http//module.http_sg.module.sg.aws_security_group.this_name_prefix[0]',
        // examples/complete: postgresql-tcp to "0.0.0.0/0,2.2.2.2/32" (split on commas)
        'EGR002 terraform-aws-security-group/main.tf:658 terraform-aws-security-group/examples/complete//module.complete_sg.aws_security_group.this_name_prefix[0]',
        // examples/rules-only: a group whose rules are all ingress
        'EGR001 terraform-aws-security-group/examples/rules-only/main.tf:21 terraform-aws-security-group/examples/rules-only//aws_security_group.service_one',
        // the VPC endpoints module's group declares ingress only
        'EGR001 terraform-aws-vpc/modules/vpc-endpoints/main.tf:81 terraform-aws-vpc/examples/complete//module.vpc_endpoints.aws_security_group.this[0]',
      ]),
    );
  });

  it('never reports an unresolved value as open', () => {
    const unresolvedAt = new Set(result.unresolved.map((u) => `${u.location.file}:${u.location.line}`));
    for (const f of result.findings)
      expect(unresolvedAt.has(`${f.location.file}:${f.location.line}`)).toBe(false);
  });
});
