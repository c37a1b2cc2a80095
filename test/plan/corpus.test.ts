// terraform-compliance's functional tests: every plan is analysed without a diagnostic, and for each main.tf +
// plan.out.json pair the plan and the .tf give the same findings (rule and resource address), except where the
// corpus pairs a main.tf with a plan made from other code.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePair, pairDirs } from '../../scripts/plan-vs-tf-compare.ts';
import { analyzers } from '../../src/engine/analyzers.ts';
import { lintFiles } from '../../src/engine/lint.ts';
import { corpusPath } from '../corpus.ts';
import { FIXTURE_RULES, readTree } from '../helpers.ts';

const CORPUS = corpusPath('plan/terraform-compliance');
const present = existsSync(CORPUS);

describe.skipIf(!present)('terraform-compliance plans', () => {
  it('analyses every plan.out.json without a diagnostic', () => {
    const plans = readTree(CORPUS).filter((f) => f.path.endsWith('plan.out.json'));
    expect(plans).toHaveLength(121);
    const result = lintFiles(plans, { rules: FIXTURE_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.filesSkipped).toBe(0);
    expect(result.firewalls.length).toBeGreaterThan(0);
  });

  it.skipIf(!analyzers.some((a) => a.id === 'terraform'))(
    'gives the .tf findings for each main.tf + plan pair',
    () => {
      const disagreements: Record<string, { onlyTf: string[]; onlyPlan: string[] }> = {};
      let agreed = 0;
      for (const dir of pairDirs(CORPUS)) {
        const c = comparePair(CORPUS, dir, FIXTURE_RULES);
        expect(c.diagnostics, relative(CORPUS, dir)).toEqual([]);
        agreed += c.agreed.length;
        if (c.onlyTf.length + c.onlyPlan.length > 0)
          disagreements[c.dir] = { onlyTf: c.onlyTf, onlyPlan: c.onlyPlan };
      }
      expect(agreed).toBeGreaterThan(0);
      expect(disagreements).toEqual({
        // plan.out.json was made from a larger configuration: main.tf has no aws_security_group.elb.
        'tests/functional/test_issue-127': {
          onlyTf: [],
          onlyPlan: ['EGR002 aws_security_group.elb'],
        },
        // plan.out.json is of other code: main.tf's egress rule on sg-123456 and the plan's aws_security_group.allow_tls
        // (not in main.tf) have nothing in common.
        'tests/functional/test_issue-554': {
          onlyTf: ['EGR002 sg-123456'],
          onlyPlan: ['EGR001 aws_security_group.allow_tls'],
        },
        'tests/functional/test_issue-sgr': {
          onlyTf: ['EGR002 sg-123456'],
          onlyPlan: ['EGR001 aws_security_group.allow_tls'],
        },
      });
    },
  );
});
