// Builds throwaway directory trees for discovery and CLI tests (symlink loops and binary files cannot live in git).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Path → content; a `{ symlink }` entry makes a symbolic link with that (relative) target. */
export type TreeSpec = Record<string, string | Uint8Array | { symlink: string }>;

export function makeTree(spec: TreeSpec): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'egress-lint-'));
  writeTree(dir, spec);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeTree(dir: string, spec: TreeSpec): void {
  for (const [path, content] of Object.entries(spec)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, abs);
    else writeFileSync(abs, content);
  }
}
