// Parse speed of parseHcl: parses every .tf file under DIR N times in one process and prints MB/s.
// usage: node scripts/run-ts.mjs scripts/hcl-speed.ts [DIR] [N]   (default ../shared/corpus/terraform, 20)
// Compare with HashiCorp's parser: /tmp/hclref DIR (prints seconds for parse + walk, including its file walk).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHcl } from '../src/parsers/hcl/index.ts';

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.tf')) out.push(p);
  }
  return out;
}

const dir = process.argv[2] ?? '../shared/corpus/terraform';
const n = Number(process.argv[3] ?? 20);
const texts = walk(dir, []).map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);

function pass(): number {
  let nodes = 0;
  for (const t of texts) {
    const r = parseHcl(t);
    nodes += r.body.attributes.length + r.body.blocks.length + r.errors.length;
  }
  return nodes;
}

const t0 = performance.now();
pass();
const cold = performance.now() - t0;
for (let i = 0; i < 5; i++) pass(); // warm-up
const times: number[] = [];
for (let i = 0; i < n; i++) {
  const s = performance.now();
  pass();
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
const mb = bytes / 1e6;
console.log(`files=${texts.length} bytes=${bytes} passes=${n}`);
console.log(`first pass (cold): ${cold.toFixed(1)} ms (${(mb / (cold / 1000)).toFixed(1)} MB/s)`);
console.log(`warm: min ${times[0].toFixed(1)} ms, median ${median.toFixed(1)} ms per pass -> ${(mb / (median / 1000)).toFixed(1)} MB/s (median)`);
