// Differential test of parseHcl against HashiCorp's HCL parser (hclref).
// usage: node scripts/run-ts.mjs scripts/hcl-differential.ts [DIR...]   (default ../shared/corpus/terraform)
// HCLREF=path overrides /tmp/hclref. Exits 1 on any disagreement.

import { compareWithHclref, formatReport, hclrefAvailable, hclrefPath } from './hcl-differential-lib.ts';

const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push('../shared/corpus/terraform');

if (!hclrefAvailable()) {
  console.log('hclref not built; skipping (build with ../shared/tools/hclref/build.sh)');
  process.exit(0);
}

console.log(`hclref: ${hclrefPath()}; paths: ${dirs.join(' ')}`);
const report = compareWithHclref(dirs);
console.log(formatReport(report));
process.exit(report.disagreements.length > 0 ? 1 : 0);
