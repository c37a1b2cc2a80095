import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, openSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  discoverFiles,
  findFiles,
  MissingPathError,
  type DiscoverOptions,
} from '../../src/engine/discover.ts';
import { makeTree, type TreeSpec } from './tree.ts';

const SG = 'resource "aws_security_group" "a" {\n  egress = []\n}\n';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tree(spec: TreeSpec): string {
  const t = makeTree(spec);
  cleanups.push(t.cleanup);
  return t.dir;
}

function discover(dir: string, paths: string[] = ['.'], options: Partial<DiscoverOptions> = {}) {
  return discoverFiles(paths, { cwd: dir, ignore: [], maxFileSize: 1024 * 1024, ...options });
}

const pathsOf = (d: ReturnType<typeof discover>) => d.files.map((f) => f.path);
const diagnosticsOf = (d: ReturnType<typeof discover>) =>
  d.diagnostics.map(
    (x) => `${x.level} ${x.location.file}:${x.location.line}:${x.location.column} ${x.message}`,
  );

describe('discoverFiles', () => {
  it('reads only files of interest, sorted, relative to the root with / separators', () => {
    const dir = tree({
      'main.tf': SG,
      'b/vars.tfvars': 'x = 1\n',
      'b/c/template.yaml': 'Resources: {}\n',
      'b/c/t.yml': 'a: 1\n',
      'plan.json': '{}',
      'stack.tf.json': '{}',
      'prod.tfvars.json': '{}',
      'cfn.template': '{}',
      'README.md': '# no',
      'script.sh': 'echo host firewall scripts are read',
      'bin/firewall': '#!/bin/sh\nufw enable\n',
      'bin/notes': 'no shebang',
      Makefile: 'no:',
    });
    const d = discover(dir);
    expect(d.root).toBe(dir);
    expect(pathsOf(d)).toEqual([
      'b/c/t.yml',
      'b/c/template.yaml',
      'b/vars.tfvars',
      'bin/firewall',
      'cfn.template',
      'main.tf',
      'plan.json',
      'prod.tfvars.json',
      'script.sh',
      'stack.tf.json',
    ]);
    expect(d.files.find((f) => f.path === 'main.tf')).toEqual({
      path: 'main.tf',
      absPath: join(dir, 'main.tf'),
      text: SG,
    });
    expect(d.diagnostics).toEqual([]);
  });

  it('skips .git, node_modules and .terraform, but reads downloaded modules through the project lazily', () => {
    const dir = tree({
      'main.tf': SG,
      '.git/config.json': '{}',
      'node_modules/pkg/package.json': '{}',
      'sub/node_modules/x.tf': SG,
      '.terraform/modules/modules.json': '{"Modules":[]}',
      '.terraform/modules/vpc/main.tf': SG,
      '.terraform/modules/vpc/notes.txt': 'n',
    });
    const d = discover(dir);
    expect(pathsOf(d)).toEqual(['main.tf']);
    expect(d.project.paths()).toEqual(['main.tf']);
    expect(d.project.read('.terraform/modules/modules.json')).toBe('{"Modules":[]}');
    expect(d.project.read('.terraform/modules/vpc/main.tf')).toBe(SG);
    expect(d.project.exists('.terraform/modules/vpc/main.tf')).toBe(true);
    expect(d.project.exists('.terraform/modules/vpc/missing.tf')).toBe(false);
    expect(d.project.listDir('.terraform/modules/vpc')).toEqual(['main.tf', 'notes.txt']);
    expect(d.project.listDir('.terraform/modules')).toEqual(['modules.json']);
    expect(d.project.listDir('nope')).toBeUndefined();
  });

  it('refuses project paths that escape the root', () => {
    const outer = tree({ 'secret.tf': 'secret', 'repo/main.tf': SG });
    const d = discover(join(outer, 'repo'));
    expect(d.project.read('main.tf')).toBe(SG);
    expect(d.project.read('../secret.tf')).toBeUndefined();
    expect(d.project.read('a/../../secret.tf')).toBeUndefined();
    expect(d.project.read(join(outer, 'secret.tf'))).toBeUndefined();
    expect(d.project.exists('../secret.tf')).toBe(false);
    expect(d.project.listDir('..')).toBeUndefined();
  });

  it('uses the git repository root as the root when scanning a subdirectory', () => {
    const dir = tree({ '.git/HEAD': 'ref: refs/heads/main\n', 'infra/prod/main.tf': SG, 'other/x.tf': SG });
    const d = discover(join(dir, 'infra'));
    expect(d.root).toBe(dir);
    expect(pathsOf(d)).toEqual(['infra/prod/main.tf']);
  });

  it('uses cwd as the root outside a git repository, widened when a path lies outside it', () => {
    const dir = tree({ 'work/sub/main.tf': SG, 'elsewhere/x.tf': SG });
    const inside = discover(join(dir, 'work'), ['sub']);
    expect(inside.root).toBe(join(dir, 'work'));
    expect(pathsOf(inside)).toEqual(['sub/main.tf']);
    const widened = discover(join(dir, 'work'), ['.', '../elsewhere']);
    expect(widened.root).toBe(dir);
    expect(pathsOf(widened)).toEqual(['elsewhere/x.tf', 'work/sub/main.tf']);
  });

  it('uses the first path as the root when it lies outside cwd and any git repository', () => {
    const dir = tree({ 'work/notes.txt': '', 'elsewhere/x.tf': SG, 'elsewhere/y.tf': SG });
    const d = discover(join(dir, 'work'), ['../elsewhere']);
    expect(d.root).toBe(join(dir, 'elsewhere'));
    expect(pathsOf(d)).toEqual(['x.tf', 'y.tf']);
    expect(discover(join(dir, 'work'), ['../elsewhere/y.tf']).root).toBe(join(dir, 'elsewhere'));
  });

  it('honours .gitignore files, nested ones for their subtree, with negations', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/info/exclude': 'excluded.tf\n',
      '.gitignore': 'build/\n*.generated.tf\n',
      'main.tf': SG,
      'excluded.tf': SG,
      'x.generated.tf': SG,
      'build/out.tf': SG,
      'mod/.gitignore': 'local.tf\n!keep.generated.tf\n',
      'mod/local.tf': SG,
      'mod/keep.generated.tf': SG,
      'mod/drop.generated.tf': SG,
      'other/local.tf': SG,
    });
    expect(pathsOf(discover(dir))).toEqual(['main.tf', 'mod/keep.generated.tf', 'other/local.tf']);
    // Scanning the subdirectory still applies the parent's .gitignore.
    expect(pathsOf(discover(join(dir, 'mod')))).toEqual(['mod/keep.generated.tf']);
  });

  it('counts the git-ignored files of interest it skips, and scans them with noIgnore', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/info/exclude': 'excluded.tf\n',
      '.gitignore': 'build/\n*.generated.tf\nsecret/\n',
      'main.tf': SG,
      'excluded.tf': SG,
      'x.generated.tf': SG,
      'x.generated.txt': 'not of interest',
      'build/out.tf': SG,
      'build/deep/stack.yaml': 'a: 1\n',
      'build/node_modules/pkg/package.json': '{}',
      'build/notes.md': '# not of interest\n',
      'config/.gitignore': 'secret.tfvars\n',
      'config/secret.tfvars': 'x = 1\n',
    });
    const found = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20 });
    expect(found.files.map((f) => f.path)).toEqual(['main.tf']);
    // excluded.tf, x.generated.tf, build/out.tf, build/deep/stack.yaml, config/secret.tfvars (node_modules never).
    expect(found.gitIgnored).toBe(5);
    const all = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20, noIgnore: true });
    expect(all.gitIgnored).toBe(0);
    expect(all.files.map((f) => f.path)).toEqual([
      'build/deep/stack.yaml',
      'build/out.tf',
      'config/secret.tfvars',
      'excluded.tf',
      'main.tf',
      'x.generated.tf',
    ]);
  });

  it('scans CDK for Terraform output (cdktf.out/) like cdk.out/', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'cdktf.out/\n',
      'cdktf.out/stacks/app/cdk.tf.json': '{}',
    });
    const found = findFiles(['.'], { cwd: dir, ignore: [], maxFileSize: 1 << 20 });
    expect(found.files.map((f) => f.path)).toEqual(['cdktf.out/stacks/app/cdk.tf.json']);
    expect(found.gitIgnored).toBe(0);
  });

  it('scans CDK output even though CDK projects git-ignore cdk.out/', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'cdk.out\nnode_modules\n',
      'cdk.out/AppStack.template.json': '{"Resources": {}}',
      'cdk.out/manifest.json': '{}',
      'app/cdk.out/Nested.template.json': '{"Resources": {}}',
    });
    expect(pathsOf(discover(dir))).toEqual([
      'app/cdk.out/Nested.template.json',
      'cdk.out/AppStack.template.json',
      'cdk.out/manifest.json',
    ]);
  });

  it('applies config ignore globs relative to the config directory, pruning directories', () => {
    const dir = tree({
      'main.tf': SG,
      'examples/a.tf': SG,
      'infra/test/b.tf': SG,
      'infra/c.tf': SG,
      'infra/skip.yaml': 'a: 1\n',
      'other/skip.yaml': 'a: 1\n',
    });
    const d = discover(dir, ['.'], {
      ignore: ['examples/**', 'test', 'skip.yaml'],
      ignoreBase: join(dir, 'infra'),
    });
    expect(pathsOf(d)).toEqual(['examples/a.tf', 'infra/c.tf', 'main.tf', 'other/skip.yaml']);
    expect(pathsOf(discover(dir, ['.'], { ignore: ['examples/**', '**/*.yaml'] }))).toEqual([
      'infra/c.tf',
      'infra/test/b.tf',
      'main.tf',
    ]);
  });

  it('always includes a file named explicitly, whatever its name and ignore rules', () => {
    const dir = tree({
      '.gitignore': 'ignored.tf\n',
      'ignored.tf': SG,
      Stackfile: 'Resources: {}\n',
      'main.tf': SG,
    });
    const d = discover(dir, ['ignored.tf', 'Stackfile'], { ignore: ['Stackfile'] });
    expect(pathsOf(d)).toEqual(['Stackfile', 'ignored.tf']);
  });

  it('walks a directory named explicitly even when it is ignored', () => {
    const dir = tree({
      '.gitignore': 'generated/\n',
      'generated/a.tf': SG,
      'generated/.gitignore': 'b.tf\n',
      'generated/b.tf': SG,
    });
    expect(pathsOf(discover(dir))).toEqual([]);
    expect(pathsOf(discover(dir, ['generated']))).toEqual(['generated/a.tf']);
  });

  it('throws MissingPathError for a path that does not exist', () => {
    const dir = tree({ 'main.tf': SG });
    expect(() => discover(dir, ['.', 'nope'])).toThrow(MissingPathError);
    expect(() => discover(dir, ['nope'])).toThrow('no such file or directory: nope');
  });

  it('reports a file over the size limit with its size and the limit, and does not read it', () => {
    const dir = tree({ 'big.json': `{"a":"${'x'.repeat(2000)}"}`, 'main.tf': SG });
    const d = discover(dir, ['.'], { maxFileSize: 1000 });
    expect(pathsOf(d)).toEqual(['main.tf']);
    expect(diagnosticsOf(d)).toEqual([
      'error big.json:1:1 file is 2,008 bytes, over the 1,000-byte limit; not analysed ' +
        '(raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)',
    ]);
  });

  it('reports binary, UTF-16 and non-UTF-8 files with the reason (and line of the bad byte)', () => {
    const dir = tree({
      'blob.json': new Uint8Array([0x7b, 0x00, 0x01, 0x7d]),
      'utf16.yaml': new Uint8Array([0xff, 0xfe, 0x61, 0x00]),
      'latin1.tf': Buffer.concat([
        Buffer.from('# ok\n# ok\nname = "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"\n'),
      ]),
    });
    expect(diagnosticsOf(discover(dir))).toEqual([
      'error blob.json:1:1 binary file (NUL byte at offset 1); not analysed',
      'error latin1.tf:3:12 file is not valid UTF-8; not analysed (re-save it as UTF-8)',
      'error utf16.yaml:1:1 file is UTF-16 encoded; egress-lint reads UTF-8 only (re-save it as UTF-8)',
    ]);
  });

  it('refuses a FIFO named like a file of interest instead of blocking on it', () => {
    const dir = tree({ 'main.tf': SG, 'pipe.tf': { symlink: 'fifo' } });
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(diagnosticsOf(discover(dir))).toEqual([
      'error pipe.tf:1:1 not a regular file (a FIFO, socket or device); not analysed',
    ]);
    expect(diagnosticsOf(discover(dir, ['fifo']))).toEqual([
      'error fifo:1:1 not a regular file (a FIFO, socket or device); not analysed',
    ]);
  });

  it('strips a UTF-8 byte order mark', () => {
    const dir = tree({ 'main.tf': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SG)]) });
    expect(discover(dir).files[0].text).toBe(SG);
  });

  it('reports a symlink loop once, never follows it, and reads each real file once', () => {
    const dir = tree({
      'a/main.tf': SG,
      'a/loop': { symlink: '..' },
      'a/self': { symlink: '.' },
      'b/alias': { symlink: '../a' },
      'b/alias.tf': { symlink: '../a/main.tf' },
      'dangling.tf': { symlink: 'missing.tf' },
      'dangling.txt': { symlink: 'missing.txt' },
      ping: { symlink: 'pong' },
      pong: { symlink: 'ping' },
    });
    const d = discover(dir);
    expect(pathsOf(d)).toEqual(['a/main.tf']);
    expect(diagnosticsOf(d)).toEqual([
      'warning a/loop:1:1 symbolic link loop: points to ., which contains it; not followed',
      'warning a/self:1:1 symbolic link loop: points to a, which contains it; not followed',
      'warning dangling.tf:1:1 broken symbolic link (ENOENT); not analysed',
      'warning ping:1:1 symbolic link loop: the chain of links never reaches a file; not followed',
      'warning pong:1:1 symbolic link loop: the chain of links never reaches a file; not followed',
    ]);
  });

  it('reports a file reachable through a symlink under its real path, whatever the names sort as', () => {
    const dir = tree({
      'z/main.tf': SG,
      'a-link': { symlink: 'z' },
      'b/a-file.tf': { symlink: '../z/main.tf' },
    });
    const d = discover(dir);
    expect(pathsOf(d)).toEqual(['z/main.tf']);
    expect(d.diagnostics).toEqual([]);
  });

  it('never reads through a link to a target outside the scanned directories, and says so', () => {
    const outer = tree({
      'shared/sg.tf': SG,
      'secret.tf': 'root:x:0:0:root:/root:/bin/bash\n',
      'repo/main.tf': SG,
      'repo/modules': { symlink: '../shared' },
      'repo/passwd.tf': { symlink: '../secret.tf' },
    });
    const d = discover(join(outer, 'repo'));
    expect(pathsOf(d)).toEqual(['main.tf']);
    expect(diagnosticsOf(d)).toEqual([
      'error modules:1:1 symbolic link to a target outside the scanned directories; not followed, not analysed',
      'error passwd.tf:1:1 symbolic link to a target outside the scanned directories; not followed, not analysed',
    ]);
    // Scanning the parent too makes the root the parent: links inside it are followed.
    expect(pathsOf(discover(join(outer, 'repo'), ['.', '../shared']))).toEqual([
      'repo/main.tf',
      'repo/passwd.tf',
      'shared/sg.tf',
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file (EACCES)', () => {
    const dir = tree({ 'main.tf': SG, 'secret.tf': SG });
    chmodSync(join(dir, 'secret.tf'), 0o000);
    expect(diagnosticsOf(discover(dir))).toEqual([
      'error secret.tf:1:1 cannot read the file: permission denied (EACCES)',
    ]);
  });

  it('walks a directory of 100,000 entries', () => {
    const dir = tree({});
    const big = join(dir, 'big');
    mkdirSync(big);
    for (let i = 0; i < 100_000; i++) {
      const fd = openSync(join(big, `f${i}.${i % 100 === 0 ? 'tf' : 'txt'}`), 'w');
      if (i % 100 === 0) writeSync(fd, SG);
      closeSync(fd);
    }
    const d = discover(dir);
    expect(d.files.length).toBe(1000);
    expect(d.files[0].path).toBe('big/f0.tf');
    expect(d.diagnostics).toEqual([]);
  });
});
