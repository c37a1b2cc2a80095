// CloudFormation throughput on the AWS sample-template corpus: YAML and JSON apart, parse alone and the whole lint.
// usage: node scripts/run-ts.mjs scripts/cfn-speed.ts [corpus dir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareAnalyzers } from '../src/engine/analyzers.ts';
import { lintFiles, memoryProject } from '../src/engine/lint.ts';
import type { SourceFile } from '../src/engine/types.ts';
import { looksLikeCloudFormation } from '../src/formats/cloudformation/detect.ts';
import { loadTemplate } from '../src/formats/cloudformation/template.ts';

const ROUNDS = 7;
const root = process.argv[2] ?? '../shared/corpus/cloudformation/aws-cloudformation-templates';
if (!existsSync(root)) {
  console.error(`no corpus at ${root}`);
  process.exit(2);
}

function readAll(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...readAll(abs));
    else out.push({ path: relative(root, abs), absPath: abs, text: readFileSync(abs, 'utf8') });
  }
  return out;
}

/** Median wall time of `ROUNDS` runs after one warm-up, in milliseconds. */
function median(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

const templates = readAll(root).filter(looksLikeCloudFormation);
await prepareAnalyzers(templates.map((t) => t.path));
const groups = {
  YAML: templates.filter((f) => !f.text.trimStart().startsWith('{')),
  JSON: templates.filter((f) => f.text.trimStart().startsWith('{')),
};
console.log(`corpus ${root}: ${templates.length} templates, median of ${ROUNDS} runs`);
for (const [name, files] of Object.entries(groups)) {
  const megabytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
  const parse = median(() => files.forEach(loadTemplate));
  const lint = median(() => lintFiles(files, { project: memoryProject(files) }));
  const rate = (ms: number) => `${(megabytes / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(
    `${name}: ${files.length} files, ${megabytes.toFixed(2)} MB | parse ${parse.toFixed(1)} ms, ${rate(parse)} | lint ${lint.toFixed(1)} ms, ${rate(lint)}`,
  );
}
