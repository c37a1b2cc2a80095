// One problem, one finding (issue 14, items 8-10): a module used by several roots, count/for_each instances with the
// same problem at the same place, and a plan JSON beside its .tf files each give one finding, naming the instances.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import type { SourceFile } from '../../src/engine/types.ts';
import { FIXTURES, lintFixture, readTree, summary } from '../helpers.ts';

const related = (f: { related: { location: { file: string; line: number }; description: string }[] }) =>
  f.related.map((r) => `${r.location.file}:${r.location.line} ${r.description}`);

describe('instances and roots', () => {
  const result = lintFixture('terraform/one-finding');

  it('reports the instances of a module used by two roots once per place, naming instances and roots', () => {
    expect(summary(result)).toEqual([
      'EGR002 error modules/sg/main.tf:18',
      'EGR003 warning modules/sg/main.tf:18', // the debug instance's 10.0.0.0/8 (all traffic to anywhere is EGR002's)
    ]);
    const [open] = result.findings;
    expect(open.message).toBe(
      'module.sg.aws_security_group.svc["api"], ["batch"], ["cron"] and 2 more (roots envs/prod and envs/staging) allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    );
    // Where the values came from, and the module call in each root.
    expect(related(open)).toEqual([
      'modules/sg/main.tf:3 variable "services" default',
      'envs/prod/main.tf:1 module "sg" call',
      'envs/staging/main.tf:1 module "sg" call',
      'envs/staging/main.tf:4 module "sg" argument "services"',
      // each instance's CIDR: one line of the default map each
      'modules/sg/main.tf:4 variable "services" default',
      'modules/sg/main.tf:5 variable "services" default',
      'modules/sg/main.tf:6 variable "services" default',
      'modules/sg/main.tf:7 variable "services" default',
    ]);
    expect(open.variants?.instances.map((i) => `${i.root} ${i.address}`)).toEqual([
      'envs/prod module.sg.aws_security_group.svc["api"]',
      'envs/prod module.sg.aws_security_group.svc["batch"]',
      'envs/prod module.sg.aws_security_group.svc["cron"]',
      'envs/prod module.sg.aws_security_group.svc["web"]',
      'envs/prod module.sg.aws_security_group.svc["worker"]',
      'envs/staging module.sg.aws_security_group.svc["api"]',
    ]);
  });

  it('reports an instance that differs where it differs', () => {
    const debug = result.findings.filter((f) => f.message.includes('10.0.0.0/8'));
    expect(debug.map((f) => f.message.split(' allows')[0])).toEqual([
      'module.sg.aws_security_group.svc["debug"] (root envs/staging)',
    ]);
  });

  it('fingerprints a merged finding by its declaration, whatever roots or instances it covers', () => {
    const prodOnly = lintFiles(
      readTree(join(FIXTURES, 'terraform/one-finding')).filter((f) => !f.path.startsWith('envs/staging')),
    );
    expect(prodOnly.findings[0].message).toMatch(
      /^module\.sg\.aws_security_group\.svc\["api"\], \["batch"\], \["cron"\] and 2 more allows/,
    );
    expect(prodOnly.findings[0].fingerprint).toBe(result.findings[0].fingerprint);
  });
  // Split into worker-pool units, the roots give the same report: test/engine/pool.test.ts lints every fixture.
});

describe('a plan JSON beside its .tf files', () => {
  const fixture = readTree(join(FIXTURES, 'plan/azure-gcp'));
  const under = (prefix: string): SourceFile[] => fixture.map((f) => ({ ...f, path: `${prefix}${f.path}` }));
  const lint = (files: SourceFile[]) => lintFiles(files, { project: memoryProject(files) });

  it('reports each problem once, whatever directory the scan starts from', () => {
    const fromInside = lint(under(''));
    const fromParent = lint(under('infra/'));
    expect(fromParent.findings.length).toBe(fromInside.findings.length);
    const seen = (r: typeof fromInside) =>
      r.findings.map((f) => `${f.ruleId} ${f.location.line}:${f.location.column} ${f.message.slice(0, 60)}`);
    expect(seen(fromParent)).toEqual(seen(fromInside));
    // Every place is reported once per rule.
    const places = fromParent.findings.map(
      (f) => `${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column} ${f.message}`,
    );
    expect(new Set(places).size).toBe(places.length);
  });
});
