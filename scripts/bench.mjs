// `npm run bench`: speed and memory of the built CLI (dist/cli.js) on the generated benchmark tree and on
// ../shared/corpus, against HashiCorp's parser (hclref, parse-only) on the same Terraform files in the same run.
// A benchmark, not a test: it prints figures and fails only when it cannot run.
// Each figure comes from runs interleaved with hclref's after one untimed warm-up of each; a ratio is the median of
// the per-pair ratios (lint run i / hclref run i), which cancels the machine's drift better than a ratio of medians.
// usage: node scripts/bench.mjs [--runs N] [--tree DIR] [--jobs N] [--node PATH] [--no-corpus] [--no-large]
//   --node      the Node.js binary that runs the CLI (default: this one), e.g. Node 24, the Action's runtime, whose
//               module compile cache (Node >= 22.1) the warm-up run fills
//   --tree      where the generated tree lives (default .bench/tree; generated when missing)
//   --no-large  skip the 25,000- and 50,000-file trees (generated beside --tree as tree-25000, tree-50000)
//   HCLREF      path of the hclref binary (default /tmp/hclref; built by ../shared/tools/hclref/build.sh)
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
import { DEFAULT_TREE_FILES, generateBenchTree } from './gen-bench-tree.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    tree: { type: 'string', default: join(repo, '.bench/tree') },
    jobs: { type: 'string' },
    node: { type: 'string', default: execPath },
    'no-corpus': { type: 'boolean', default: false },
    'no-large': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const node = values.node;
const nodeVersion =
  node === execPath ? version : spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
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

function timeLint(target, format = 'json') {
  const report = join(probeDir, `report.${format}`);
  const args = ['--import', pathToFileURL(probe).href, cli, target, '--format', format, '--output', report];
  if (values.jobs) args.push('--jobs', values.jobs);
  rmSync(probeOut, { force: true });
  const start = performance.now();
  const child = spawnSync(node, args, { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0 && child.status !== 1 && child.status !== 2) {
    throw new Error(`egress-lint failed on ${target} (status ${child.status}): ${child.stderr}`);
  }
  const usage = JSON.parse(readFileSync(probeOut, 'utf8'));
  const stats = format === 'json' ? JSON.parse(readFileSync(report, 'utf8')).stats : undefined;
  return { seconds, ...usage, stats, exit: child.status };
}

function hclrefAvailable() {
  try {
    accessSync(hclref, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// GNU time gives hclref's CPU and peak RSS (Debian's `time` package); without it only wall time is shown.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const hclrefUsage = join(probeDir, 'hclref-usage.txt');

function timeHclref(dir) {
  const [command, args] = gnuTime
    ? [gnuTime, ['-f', '%U %S %M', '-o', hclrefUsage, hclref, dir]]
    : [hclref, [dir]];
  const start = performance.now();
  const child = spawnSync(command, args, { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`hclref failed on ${dir}: ${child.stderr}`);
  const usage = { seconds, line: child.stdout.trim() };
  if (gnuTime) {
    const [user, sys, maxRssKb] = readFileSync(hclrefUsage, 'utf8')
      .trim()
      .split('\n')
      .at(-1)
      .split(' ')
      .map(Number);
    Object.assign(usage, { cpuMs: (user + sys) * 1000, maxRssKb });
  }
  return usage;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (n, digits = 2) => n.toFixed(digits);
/** Median and minimum wall time of some runs, with their median CPU when known. */
const timeSummary = (rs) =>
  `median ${fmt(median(rs.map((r) => r.seconds)))} s (min ${fmt(Math.min(...rs.map((r) => r.seconds)))} s` +
  (rs[0].cpuMs === undefined ? ')' : `, cpu ${fmt(median(rs.map((r) => r.cpuMs)) / 1000)} s)`);
const peakRss = (rs) =>
  rs[0].maxRssKb === undefined
    ? ''
    : `  peak RSS ${fmt(Math.max(...rs.map((r) => r.maxRssKb)) / 1024, 0)} MB`;

/**
 * Lints `target` (and, with hclref, lints and parses the .tf files of `tfDir`) `runs` times, interleaved, after
 * one untimed warm-up of each command; prints one block. With `sarif`, also the peak RSS of one SARIF run (the
 * larger report: issue 19 bounds both formats' memory).
 */
function bench(name, target, tfDir, { sarif = false } = {}) {
  const size = treeSize(target);
  const withRef = tfDir !== undefined && hclrefAvailable() && existsSync(tfDir);
  const tfSize = tfDir && existsSync(tfDir) ? treeSize(tfDir, /\.tf$/) : undefined;
  const separateTf = withRef && tfDir !== target;
  timeLint(target);
  if (separateTf) timeLint(tfDir);
  if (withRef) timeHclref(tfDir);
  const lint = [];
  const lintTf = [];
  const ref = [];
  for (let i = 0; i < runs; i++) {
    lint.push(timeLint(target));
    if (withRef) {
      if (separateTf) lintTf.push(timeLint(tfDir));
      ref.push(timeHclref(tfDir));
    }
  }
  const lintSeconds = median(lint.map((r) => r.seconds));
  const stats = lint[0].stats;
  print(`## ${name}: ${target}`);
  print(
    `  files ${size.files} (${fmt(size.bytes / 1e6, 1)} MB), ${stats.filesScanned} scanned, ${stats.firewalls} firewalls, ` +
      `${stats.errors} errors, ${stats.warnings} warnings, exit ${lint[0].exit}`,
  );
  print(
    `  lint      ${timeSummary(lint)}  ${fmt(size.files / lintSeconds, 0)} files/s  ${fmt(size.bytes / 1e6 / lintSeconds, 1)} MB/s${peakRss(lint)}`,
  );
  if (sarif) {
    const run = timeLint(target, 'sarif');
    print(`  sarif     one run ${fmt(run.seconds)} s (cpu ${fmt(run.cpuMs / 1000)} s)${peakRss([run])}`);
  }
  if (!withRef) {
    if (tfDir !== undefined) print(`  hclref    not available (${hclref}): no ratio`);
    return;
  }
  const tfLint = separateTf ? lintTf : lint;
  if (separateTf) {
    print(
      `  lint .tf  ${timeSummary(tfLint)}  ${tfSize.files} files, ${fmt(tfSize.bytes / 1e6, 1)} MB${peakRss(tfLint)}`,
    );
  }
  print(`  hclref    ${timeSummary(ref)}${peakRss(ref)}  parse-only: ${ref[0].line}`);
  const perPair = tfLint.map((r, i) => r.seconds / ref[i].seconds);
  print(
    `  ratio     lint / hclref on the same .tf files: median ${fmt(median(perPair))} of per-pair ratios ` +
      `(${perPair.map((r) => fmt(r)).join(', ')})`,
  );
}

function benchVersion() {
  const times = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    spawnSync(node, [cli, '--version']);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  print(
    `## egress-lint --version: median ${fmt(median(times), 0)} ms, min ${fmt(sorted[0], 0)} ms, max ${fmt(sorted.at(-1), 0)} ms (20 runs)`,
  );
}

print(
  `egress-lint bench: node ${nodeVersion}, ${runs} runs each, jobs ${values.jobs ?? 'default (available cores)'}`,
);
const tree = resolve(values.tree);
// A tree is regenerated whenever the generator changed since it was made.
const generator = createHash('sha256')
  .update(readFileSync(join(repo, 'scripts/gen-bench-tree.mjs')))
  .digest('hex');

/** The generated tree of about `files` files in `dir`, made anew when missing or stale. */
function generatedTree(dir, files) {
  const stamp = join(dir, '.generator');
  const want = `${generator} ${files}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    print(`generating the benchmark tree in ${dir} (${files} files) ...`);
    generateBenchTree(dir, { files });
    writeFileSync(stamp, want);
  }
  return dir;
}

const smallRealTree = join(corpus, 'terraform/terraform-azurerm-network-security-group');
try {
  generatedTree(tree, DEFAULT_TREE_FILES);
  bench('generated tree', tree, join(tree, 'terraform'));
  if (!values['no-corpus'] && existsSync(corpus)) {
    bench('small real tree (one Azure repository)', smallRealTree, smallRealTree);
    bench('shared corpus', corpus);
    bench('shared corpus, Terraform', join(corpus, 'terraform'), join(corpus, 'terraform'));
  }
  if (!values['no-large']) {
    for (const files of [25000, 50000]) {
      const dir = generatedTree(`${tree}-${files}`, files);
      bench(`generated tree, ${files} files`, dir, join(dir, 'terraform'), { sarif: true });
    }
  }
  benchVersion();
} finally {
  rmSync(probeDir, { recursive: true, force: true });
}
