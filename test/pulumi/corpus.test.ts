// Real state exports recorded by pulumi-eks's upgrade tests: every egress rule to 0.0.0.0/0 is found, exactly once,
// at the rule resource that declares it (the groups' outputs list none of them live here).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.ts';
import type { SourceFile } from '../../src/engine/types.ts';
import { corpusPath, corpusPresent } from '../corpus.ts';

const CORPUS = corpusPath('pulumi/pulumi-eks/tests/testdata/recorded/TestProviderUpgrade/');

function stateFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.json'))
        out.push({ path: relative(CORPUS, abs), absPath: abs, text: readFileSync(abs, 'utf8') });
    }
  };
  walk(CORPUS);
  return out;
}

/** The EKS component's two groups, and the rule each gets to 0.0.0.0/0. */
const eks = (stack: string) => [
  `${stack}-eksClusterSecurityGroup <- ${stack}-eksClusterInternetEgressRule`,
  `${stack}-nodeSecurityGroup <- ${stack}-eksNodeInternetEgressRule`,
];
/** extra-sg adds its own group and rule, and a managed node group with one more. */
const extraSg = [
  ...eks('extra-sg'),
  'mySecurityGroup <- nodeIternetEgressRule',
  'example-mng-nodeSecurityGroup <- example-mng-eksNodeInternetEgressRule',
];

const EXPECTED: Record<string, string[]> = {
  'aws-profile-role/1.0.4/state.json': eks('example-aws-profile-role'),
  'aws-profile-role/2.2.1/state.json': eks('example-aws-profile-role'),
  'aws-profile-role/2.5.2/stack.json': eks('example-aws-profile-role'),
  'aws-profile-role/3.0.0/stack.json': eks('example-aws-profile-role'),
  'extra-sg/1.0.4/state.json': extraSg,
  'extra-sg/2.2.1/state.json': extraSg,
  'extra-sg/2.5.2/stack.json': extraSg,
  'extra-sg/3.0.0/stack.json': extraSg,
};

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf('::') + 2);

describe.skipIf(!corpusPresent)('pulumi-eks recorded states', () => {
  const files = corpusPresent ? stateFiles() : [];
  const result = lintFiles(files);

  it('analyses every state without a diagnostic', () => {
    expect(files.map((f) => f.path).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(result.diagnostics).toEqual([]);
  });

  it('finds each egress rule to 0.0.0.0/0 once, at the rule that declares it', () => {
    const found: Record<string, string[]> = {};
    for (const f of result.findings.filter((x) => x.ruleId === 'EGR002')) {
      expect(f.level).toBe('error');
      const rule =
        /^aws:ec2\/securityGroupRule:SecurityGroupRule (\S+) allows all traffic to 0\.0\.0\.0\/0/.exec(
          f.message,
        )?.[1];
      (found[f.location.file] ??= []).push(`${nameOf(f.firewallId)} <- ${rule}`);
    }
    for (const list of Object.values(found)) list.sort();
    const expected = Object.fromEntries(
      Object.entries(EXPECTED).map(([file, list]) => [file, [...list].sort()]),
    );
    expect(found).toEqual(expected);
  });

  it('agrees with a plain reading of the JSON: one finding per egress SecurityGroupRule to 0.0.0.0/0', () => {
    let rulesToAnywhere = 0;
    for (const file of files) {
      const state = JSON.parse(file.text) as {
        deployment: { resources: { type: string; inputs?: { type?: string; cidrBlocks?: string[] } }[] };
      };
      rulesToAnywhere += state.deployment.resources.filter(
        (r) =>
          r.type === 'aws:ec2/securityGroupRule:SecurityGroupRule' &&
          r.inputs?.type === 'egress' &&
          r.inputs.cidrBlocks?.includes('0.0.0.0/0'),
      ).length;
    }
    expect(rulesToAnywhere).toBe(24);
    expect(result.findings.filter((f) => f.ruleId === 'EGR002')).toHaveLength(rulesToAnywhere);
  });

  it('sees every group declare its egress through a standalone rule, so EGR001 is silent', () => {
    expect(result.findings.filter((f) => f.ruleId === 'EGR001')).toEqual([]);
    expect(result.firewalls.every((f) => f.egressDeclared === 'rules')).toBe(true);
  });
});
