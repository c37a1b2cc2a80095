// `npm run bench`: speed and memory of the built CLI (dist/cli.js) on the generated benchmark tree and on
// ../shared/corpus, against HashiCorp's parser (hclref, parse-only) on the same Terraform files in the same run.
// A benchmark, not a test: it prints figures and fails only when it cannot run.
// usage: node scripts/bench.mjs [--runs N] [--tree DIR] [--jobs N] [--no-corpus]
//   --tree  where the generated tree lives (default .bench/tree; generated when missing)
//   HCLREF  path of the hclref binary (default /tmp/hclref; built by ../shared/tools/hclref/build.sh)
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { env, execPath, exit, pid, stdout, version } from 'node:process';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateBenchTree } from './gen-bench-tree.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    tree: { type: 'string', default: join(repo, '.bench/tree') },
    jobs: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const cli = join(repo, 'dist/cli.js');
const corpus = resolve(repo, '../shared/corpus');
const hclref = env.HCLREF ?? '/tmp/hclref';
const print = (line = '') => stdout.write(`${line}\n`);

if (!existsSync(cli)) {
  print('dist/cli.js is missing: run npm run build first');
  exit(2);
}

// The same extensions discovery reads (src/engine/discover.ts), and the directories it never walks.
const INTERESTING = /\.(tf|tfvars|json|ya?ml|template)$/i;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform']);

function treeSize(dir, only = INTERESTING) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(d, entry.name));
      } else if (entry.isFile() && only.test(entry.name)) {
        files++;
        bytes += statSync(join(d, entry.name)).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

// Peak RSS and CPU of the whole process (all worker threads), written by the child as it exits.
const probeDir = join(tmpdir(), `egress-lint-bench-${pid}`);
mkdirSync(probeDir, { recursive: true });
const probe = join(probeDir, 'probe.mjs');
const probeOut = join(probeDir, 'usage.json');
writeFileSync(
  probe,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(${JSON.stringify(probeOut)}, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
`,
);

function timeLint(target) {
  const args = [
    '--import',
    pathToFileURL(probe).href,
    cli,
    target,
    '--format',
    'json',
    '--output',
    join(probeDir, 'report.json'),
  ];
  if (values.jobs) args.push('--jobs', values.jobs);
  rmSync(probeOut, { force: true });
  const start = performance.now();
  const child = spawnSync(execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0 && child.status !== 1 && child.status !== 2) {
    throw new Error(`egress-lint failed on ${target} (status ${child.status}): ${child.stderr}`);
  }
  const usage = JSON.parse(readFileSync(probeOut, 'utf8'));
  const report = JSON.parse(readFileSync(join(probeDir, 'report.json'), 'utf8'));
  return { seconds, ...usage, stats: report.stats, exit: child.status };
}

function hclrefAvailable() {
  try {
    accessSync(hclref, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function timeHclref(dir) {
  const start = performance.now();
  const child = spawnSync(hclref, [dir], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`hclref failed on ${dir}: ${child.stderr}`);
  return { seconds, line: child.stdout.trim() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (n, digits = 2) => n.toFixed(digits);

/** Lints `target` (and, with hclref, times its parse of `tfDir`) `runs` times, interleaved; prints one block. */
function bench(name, target, tfDir) {
  const size = treeSize(target);
  const withRef = tfDir !== undefined && hclrefAvailable() && existsSync(tfDir);
  const tfSize = tfDir && existsSync(tfDir) ? treeSize(tfDir, /\.tf$/) : undefined;
  const lint = [];
  const lintTf = [];
  const ref = [];
  for (let i = 0; i < runs; i++) {
    lint.push(timeLint(target));
    if (withRef) {
      if (tfDir !== target) lintTf.push(timeLint(tfDir));
      ref.push(timeHclref(tfDir));
    }
  }
  const seconds = median(lint.map((r) => r.seconds));
  const stats = lint[0].stats;
  print(`## ${name}: ${target}`);
  print(
    `  files ${size.files} (${fmt(size.bytes / 1e6, 1)} MB), ${stats.filesScanned} scanned, ${stats.firewalls} firewalls, ` +
      `${stats.errors} errors, ${stats.warnings} warnings, exit ${lint[0].exit}`,
  );
  print(
    `  lint      median ${fmt(seconds)} s (min ${fmt(Math.min(...lint.map((r) => r.seconds)))} s, cpu ${fmt(median(lint.map((r) => r.cpuMs)) / 1000)} s)` +
      `  ${fmt(size.files / seconds, 0)} files/s  ${fmt(size.bytes / 1e6 / seconds, 1)} MB/s  peak RSS ${fmt(Math.max(...lint.map((r) => r.maxRssKb)) / 1024, 0)} MB`,
  );
  if (!withRef) {
    if (tfDir !== undefined) print(`  hclref    not available (${hclref}): no ratio`);
    return;
  }
  const tfLint = tfDir === target ? lint : lintTf;
  const tfSeconds = median(tfLint.map((r) => r.seconds));
  const refSeconds = median(ref.map((r) => r.seconds));
  if (tfDir !== target) {
    print(
      `  lint .tf  median ${fmt(tfSeconds)} s (min ${fmt(Math.min(...tfLint.map((r) => r.seconds)))} s, cpu ${fmt(median(tfLint.map((r) => r.cpuMs)) / 1000)} s)` +
        `  ${tfSize.files} files, ${fmt(tfSize.bytes / 1e6, 1)} MB  peak RSS ${fmt(Math.max(...tfLint.map((r) => r.maxRssKb)) / 1024, 0)} MB`,
    );
  }
  print(
    `  hclref    median ${fmt(refSeconds)} s (min ${fmt(Math.min(...ref.map((r) => r.seconds)))} s)  parse-only: ${ref[0].line}`,
  );
  const perRun = tfLint.map((r, i) => r.seconds / ref[i].seconds);
  print(
    `  ratio     lint / hclref on the same .tf files: ${fmt(tfSeconds / refSeconds)} (median of medians; per run ${perRun.map((r) => fmt(r)).join(', ')})`,
  );
}

function benchVersion() {
  const times = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    spawnSync(execPath, [cli, '--version']);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  print(
    `## egress-lint --version: median ${fmt(median(times), 0)} ms, min ${fmt(sorted[0], 0)} ms, max ${fmt(sorted.at(-1), 0)} ms (20 runs)`,
  );
}

print(
  `egress-lint bench: node ${version}, ${runs} runs each, jobs ${values.jobs ?? 'default (available cores)'}`,
);
const tree = resolve(values.tree);
// The tree is regenerated whenever the generator changed since it was made.
const generator = createHash('sha256')
  .update(readFileSync(join(repo, 'scripts/gen-bench-tree.mjs')))
  .digest('hex');
const stamp = join(tree, '.generator');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== generator) {
  print(`generating the benchmark tree in ${tree} ...`);
  generateBenchTree(tree);
  writeFileSync(stamp, generator);
}
try {
  bench('generated tree', tree, join(tree, 'terraform'));
  if (!values['no-corpus'] && existsSync(corpus)) {
    bench('shared corpus', corpus);
    bench('shared corpus, Terraform', join(corpus, 'terraform'), join(corpus, 'terraform'));
  }
  benchVersion();
} finally {
  rmSync(probeDir, { recursive: true, force: true });
}
