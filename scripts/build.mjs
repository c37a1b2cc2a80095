// Bundles the CLI (dist/cli.js + lazily loaded chunks) and the GitHub Action (dist/index.js) with every
// dependency inlined, so both run from dist/ with no node_modules. Output is deterministic: CI rebuilds and
// checks `git diff --exit-code dist`.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const shared = {
  absWorkingDir: repo,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM has none, so provide one.
  // Aliased so it cannot clash with a bundled module's own `createRequire` import.
  banner: {
    js: "import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);",
  },
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; prefer ESM builds.
  mainFields: ['module', 'main'],
  define: {
    __EGRESS_LINT_VERSION__: JSON.stringify(pkg.version),
    __EGRESS_LINT_HOMEPAGE__: JSON.stringify(pkg.homepage ?? ''),
  },
  legalComments: 'eof',
  logLevel: 'warning',
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// The CLI entry stays small (argument parsing, --help, --version); the engine and reporters are split into
// chunks it imports after parsing, which keeps `egress-lint --version` fast.
await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` },
});
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);

if (existsSync(new URL('../src/action/main.ts', import.meta.url))) {
  await build({ ...shared, entryPoints: { index: 'src/action/main.ts' }, outdir: 'dist' });
}
