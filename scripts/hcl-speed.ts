// Parse speed of parseHcl: parses every .tf file under DIR N times in one process and prints MB/s.
// usage: node scripts/run-ts.mjs scripts/hcl-speed.ts [DIR] [N]   (default ../shared/corpus/terraform, 20)
// Compare with HashiCorp's parser: /tmp/hclref DIR (prints seconds for parse + walk, including its file walk).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHcl } from '../src/formats/hcl/index.ts';

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

/** Wall and CPU (user+system, all threads: includes GC and JIT) milliseconds of one pass. */
function timed(): [number, number] {
  const c = process.cpuUsage();
  const t = performance.now();
  pass();
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return [wall, (cpu.user + cpu.system) / 1000];
}

const [coldWall, coldCpu] = timed();
for (let i = 0; i < 5; i++) pass(); // warm-up
const walls: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < n; i++) {
  const [w, c] = timed();
  walls.push(w);
  cpus.push(c);
}
walls.sort((a, b) => a - b);
cpus.sort((a, b) => a - b);
const mb = bytes / 1e6;
const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
const med = (a: number[]) => a[a.length >> 1];
console.log(`files=${texts.length} bytes=${bytes} passes=${n}`);
console.log(
  `first pass (cold): wall ${coldWall.toFixed(1)} ms (${rate(coldWall)}), cpu ${coldCpu.toFixed(1)} ms`,
);
console.log(
  `warm wall: min ${walls[0].toFixed(1)} ms (${rate(walls[0])}), median ${med(walls).toFixed(1)} ms (${rate(med(walls))})`,
);
console.log(
  `warm cpu:  min ${cpus[0].toFixed(1)} ms (${rate(cpus[0])}), median ${med(cpus).toFixed(1)} ms (${rate(med(cpus))})`,
);
