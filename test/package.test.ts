// The npm package: the CLI with its bundled libraries and nothing else (not the Action's bundle), a licence, no
// runtime dependencies, a pre-commit hook; the packed CLI runs from an empty directory with no node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = new URL('../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
const temp = mkdtempSync(join(tmpdir(), 'egress-lint-pack-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface PackEntry {
  files: { path: string }[];
}

describe('the npm package', () => {
  it('has no runtime dependencies: every library is bundled into dist/', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
  });

  it('ships the CLI, its worker and chunks, the schemas and the licence, not the Action', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: REPO,
        encoding: 'utf8',
      }),
    ) as PackEntry[];
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'dist/worker.js',
        'schema/egress-lint.schema.json',
        'schema/report.schema.json',
      ]),
    );
    expect(paths).not.toContain('dist/index.js');
    expect(
      paths.filter(
        (p) => !/^(dist\/(cli|worker)\.js|dist\/chunks\/|schema\/|LICENSE|README\.md|package\.json)/.test(p),
      ),
    ).toEqual([]);
  });

  it('runs from the packed tarball with no node_modules', () => {
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', temp], {
      cwd: REPO,
      stdio: 'ignore',
    });
    execFileSync('tar', ['-xzf', join(temp, `egress-lint-${String(pkg.version)}.tgz`), '-C', temp]);
    const run = spawnSync(
      process.execPath,
      [join(temp, 'package/dist/cli.js'), '--format', 'json', 'examples'],
      {
        cwd: REPO,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('offers a pre-commit hook that installs the package as a node tool and lints the tree', () => {
    const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'egress-lint', language: 'node', pass_filenames: false });
    expect(Object.keys(pkg.bin as object)).toContain(hooks[0].entry);
    expect(new RegExp(hooks[0].files as string).test('infra/main.tf')).toBe(true);
  });
});
