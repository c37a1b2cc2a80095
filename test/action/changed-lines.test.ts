// Changed lines from GitHub's patches and from `git diff`, which must agree, and git's handling of odd names.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addedLines,
  changedLinesFromGit,
  parseGitDiff,
  unquoteGitPath,
  type ChangedLines,
} from '../../src/action/changed-lines.ts';
import { fixtureJson, fixtureRepo, git } from './harness.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const asArrays = (changed: ChangedLines) =>
  Object.fromEntries([...changed].map(([file, lines]) => [file, lines === 'all' ? 'all' : [...lines]]));

describe('addedLines', () => {
  it('reads the new-side numbers of added lines across hunks, skipping removed lines and markers', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' a',
      '-b',
      '+B',
      '+B2',
      ' c',
      '',
      '@@ -20,3 +21,2 @@ resource "x" "y" {',
      ' m',
      '-n',
      ' o',
      '\\ No newline at end of file',
      '@@ -40,0 +41,1 @@',
      '+z',
    ].join('\n');
    // The empty line is a context line whose space was stripped: it still moves the count on.
    expect([...addedLines(patch)]).toEqual([2, 3, 41]);
  });

  it('is empty for a patch that only removes', () => {
    expect([...addedLines('@@ -3,2 +2,0 @@\n-x\n-y')]).toEqual([]);
  });

  it('reads the fixture pull request: legacy_03’s ports and the whole new mail.tf', () => {
    const repo = fixtureRepo('smtp-pr');
    cleanups.push(repo.cleanup);
    const files = fixtureJson('smtp-pr/pulls-files.json', repo) as { filename: string; patch: string }[];
    expect(Object.fromEntries(files.map((f) => [f.filename, [...addedLines(f.patch)]]))).toEqual({
      'legacy.tf': [21, 22],
      'mail.tf': [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
    // git diff against the base commit agrees with the API's patches.
    expect(asArrays(changedLinesFromGit(repo.dir, repo.baseSha))).toEqual({
      'legacy.tf': [21, 22],
      'mail.tf': [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
  });
});

describe('unquoteGitPath', () => {
  it('undoes C-style quoting, octal UTF-8 bytes included, and leaves plain names alone', () => {
    expect(unquoteGitPath('"b/caf\\303\\251.tf"')).toBe('b/café.tf');
    expect(unquoteGitPath('"b/tab\\there \\"q\\" \\\\.tf"')).toBe('b/tab\there "q" \\.tf');
    expect(unquoteGitPath('b/plain name.tf')).toBe('b/plain name.tf');
  });
});

describe('changedLinesFromGit', () => {
  function repoWith(
    base: Record<string, string>,
    head: Record<string, string | null>,
  ): { dir: string; base: string } {
    const dir = mkdtempSync(join(tmpdir(), 'egress-lint-git-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const write = (files: Record<string, string | null>) => {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) git(dir, ['rm', '-q', path]);
        else {
          mkdirSync(join(dir, path, '..'), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
      }
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-qm', 'c']);
    };
    git(dir, ['init', '-q']);
    write(base);
    const baseSha = git(dir, ['rev-parse', 'HEAD']);
    write(head);
    return { dir, base: baseSha };
  }

  it('handles names with spaces, non-ASCII and tabs, renames with edits, deletions and binary files', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('');
    const { dir, base } = repoWith(
      { 'old name.tf': body(10), 'gone.tf': 'x\n', 'keep.tf': body(5) },
      {
        'old name.tf': null,
        'new name.tf': body(10).replace('line 7\n', 'line seven\n'),
        'gone.tf': null,
        'réseau/café.tf': 'a\nb\n',
        'tab\tname.tf': 'a\n',
        'blob.bin': '\u0000\u0001binary',
        'keep.tf': body(5).replace('line 2\n', 'line 2\nline 2b\n'),
      },
    );
    expect(asArrays(changedLinesFromGit(dir, base))).toEqual({
      'keep.tf': [3],
      'new name.tf': [7],
      'réseau/café.tf': [1, 2],
      'tab\tname.tf': [1],
    });
  });

  it('refuses a base that is not a commit id, without running git', () => {
    expect(() => changedLinesFromGit(tmpdir(), '--output=/tmp/x')).toThrow(
      "base commit '--output=/tmp/x' is not a commit id",
    );
  });

  it('explains a base commit missing from the clone', () => {
    const repo = fixtureRepo('smtp-pr');
    cleanups.push(repo.cleanup);
    expect(() => changedLinesFromGit(repo.dir, 'f'.repeat(40))).toThrow(
      /^git diff ffffffffffff\.\.\.HEAD failed: \S/,
    );
  });
});

describe('parseGitDiff', () => {
  it('skips sections without a new file (deletions) and files whose hunks only remove', () => {
    const text = [
      'diff --git a/a.tf b/a.tf',
      'deleted file mode 100644',
      '--- a/a.tf',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git a/b.tf b/b.tf',
      '--- a/b.tf',
      '+++ b/b.tf',
      '@@ -2 +1,0 @@',
      '-y',
      'diff --git a/c d.tf b/c d.tf',
      '--- a/c d.tf\t',
      '+++ b/c d.tf\t',
      '@@ -0,0 +1 @@',
      '+z',
      '',
    ].join('\n');
    expect(asArrays(parseGitDiff(text))).toEqual({ 'c d.tf': [1] });
  });
});
