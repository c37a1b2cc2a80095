// Compares the findings of a Terraform configuration and of its plan: for every directory of a corpus holding a
// main.tf and a plan.out.json, lints the .tf files (Terraform analyser) and the plan (plan analyser) apart and
// compares the findings by rule and resource address. Used by scripts/plan-vs-tf.ts and test/plan/corpus.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintFiles, memoryProject } from '../src/engine/lint.ts';
import type { Finding, Rule, SourceFile } from '../src/engine/types.ts';

export const DEFAULT_CORPUS = '../shared/corpus/plan/terraform-compliance';

export interface PairComparison {
  /** The directory, relative to the corpus. */
  dir: string;
  /** `RULE address` of every finding only the .tf side reports. */
  onlyTf: string[];
  /** `RULE address` of every finding only the plan side reports. */
  onlyPlan: string[];
  agreed: string[];
  /** Files either side could not analyse. */
  diagnostics: string[];
}

function filesUnder(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.(tf|tfvars|json)$/.test(name))
        out.push({ path: relative(dir, abs), absPath: abs, text: readFileSync(abs, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** A finding by rule and the address of the resource that declared what fired (a rule resource, or the group). */
function keyOf(finding: Finding): string {
  return `${finding.ruleId} ${finding.firewallId}`;
}

function multisetDifference(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

/** `rules`: the rules both sides run (tests name theirs); default, every registered rule. */
export function comparePair(corpus: string, dir: string, rules?: readonly Rule[]): PairComparison {
  const all = filesUnder(dir);
  const project = memoryProject(all);
  const tfFiles = all.filter((f) => /\.(tf|tfvars)$/.test(f.path));
  const plan = all.filter((f) => f.path === 'plan.out.json');
  const tf = lintFiles(tfFiles, { project, rules });
  const planned = lintFiles(plan, { project, rules });
  const tfKeys = tf.findings
    .filter((f) => f.platform === 'terraform')
    .map(keyOf)
    .sort();
  const planKeys = planned.findings
    .filter((f) => f.platform === 'terraform-plan')
    .map(keyOf)
    .sort();
  return {
    dir: relative(corpus, dir),
    onlyTf: multisetDifference(tfKeys, planKeys),
    onlyPlan: multisetDifference(planKeys, tfKeys),
    agreed: multisetDifference(tfKeys, multisetDifference(tfKeys, planKeys)),
    diagnostics: [...tf.diagnostics, ...planned.diagnostics]
      .filter((d) => !d.code)
      .map((d) => `${d.location.file}:${d.location.line} ${d.message}`),
  };
}

/** Every directory of the corpus with a main.tf beside a plan.out.json. */
export function pairDirs(corpus: string): string[] {
  const dirs: string[] = [];
  const walk = (d: string) => {
    const names = readdirSync(d);
    if (names.includes('main.tf') && names.includes('plan.out.json')) dirs.push(d);
    for (const name of names)
      if (!name.startsWith('.') && statSync(join(d, name)).isDirectory()) walk(join(d, name));
  };
  walk(corpus);
  return dirs.sort();
}
