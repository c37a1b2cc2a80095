// Bundles the CLI (dist/cli.js + lazily loaded chunks) and the GitHub Action (dist/index.js) with every
// dependency inlined, so both run from dist/ with no node_modules. Output is deterministic: CI rebuilds and
// checks `git diff --exit-code dist`.
// usage: node scripts/build.mjs [--outdir DIR]   (tests build into a temporary directory, not dist/)
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, URL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = resolve(repo, values.outdir);

// Bundled CommonJS dependencies call require() for Node built-ins; ESM has none, so provide one.
// Aliased so it cannot clash with a bundled module's own `createRequire` import.
const requireShim =
  "import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);";

const shared = {
  absWorkingDir: repo,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; prefer ESM builds.
  mainFields: ['module', 'main'],
  define: {
    __EGRESS_LINT_VERSION__: JSON.stringify(pkg.version),
    __EGRESS_LINT_HOMEPAGE__: JSON.stringify(pkg.homepage ?? ''),
  },
  banner: { js: requireShim },
  legalComments: 'eof',
  logLevel: 'warning',
};

// Stale chunks would otherwise linger next to the new ones.
rmSync(outdir, { recursive: true, force: true });

// The CLI entry stays small (argument parsing, --help, --version); the engine and reporters are split into
// chunks it imports after parsing, which keeps `egress-lint --version` fast. Chunk names hash their content.
// src/cli.ts starts with the `#!/usr/bin/env node` line; esbuild keeps it first in dist/cli.js only.
// dist/worker.js is the worker pool's thread (src/engine/pool.ts finds it beside the CLI and the Action); it
// shares the engine's chunks with the CLI.
await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/engine/worker.ts' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
chmodSync(join(outdir, 'cli.js'), 0o755);

if (existsSync(join(repo, 'src/action/main.ts'))) {
  await build({ ...shared, entryPoints: { index: 'src/action/main.ts' } });
}
