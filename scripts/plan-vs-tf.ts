// Do a Terraform configuration and its plan give the same findings? Prints every disagreement per directory.
// usage: node scripts/run-ts.mjs scripts/plan-vs-tf.ts [corpus-dir]   (default ../shared/corpus/plan/terraform-compliance)
import { existsSync } from 'node:fs';
import { comparePair, DEFAULT_CORPUS, pairDirs } from './plan-vs-tf-compare.ts';

function main(): void {
  const corpus = process.argv[2] ?? DEFAULT_CORPUS;
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}`);
    process.exit(2);
  }
  let agreed = 0;
  let disagreements = 0;
  const pairs = pairDirs(corpus);
  for (const dir of pairs) {
    const c = comparePair(corpus, dir);
    agreed += c.agreed.length;
    disagreements += c.onlyTf.length + c.onlyPlan.length;
    if (c.onlyTf.length + c.onlyPlan.length + c.diagnostics.length === 0) continue;
    console.log(c.dir);
    for (const k of c.onlyTf) console.log(`  only .tf:  ${k}`);
    for (const k of c.onlyPlan) console.log(`  only plan: ${k}`);
    for (const d of c.diagnostics) console.log(`  diagnostic: ${d.slice(0, 200)}`);
  }
  console.log(`${pairs.length} pairs, ${agreed} findings agreed, ${disagreements} disagreements`);
}

main();
