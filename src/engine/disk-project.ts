// Project access for the formats (ProjectFiles): the files a lint call was handed, from memory, and anything else
// under the scan root (downloaded modules, Pulumi sources) lazily from disk, never outside it.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import { isFileLink, isInside } from './discover.ts';
import type { ProjectFiles } from './formats.ts';
import { readSourceText } from './read.ts';
import type { SourceFile } from './types.ts';

/** Project access: discovered files from memory, anything else under the root (e.g. `.terraform/modules`) lazily from disk. */
export function diskProject(
  root: string,
  discovered: readonly SourceFile[],
  maxFileSize: number,
): ProjectFiles {
  const byPath = new Map(discovered.map((f) => [f.path, f.text]));
  const lazy = new Map<string, string | undefined>();
  let rootReal: string | undefined;
  const confined = new Map<string, string | undefined>();
  /** The path, when it names something under the root, also once symbolic links are resolved. */
  const inside = (path: string): string | undefined => {
    if (confined.has(path)) return confined.get(path);
    const normal = confine(path);
    confined.set(path, normal);
    return normal;
  };
  const confine = (path: string): string | undefined => {
    if (path.includes('\\') || posix.isAbsolute(path) || isAbsolute(path)) return undefined;
    const normal = posix.normalize(path);
    if (normal === '..' || normal.startsWith('../')) return undefined;
    if (byPath.has(normal)) return normal;
    const full = join(root, normal);
    // Most paths asked for do not exist (Pulumi.yaml, modules.json): checked without the cost of an exception.
    if (!lstatSync(full, { throwIfNoEntry: false })) return normal;
    try {
      // One realpath(3) call: the JavaScript realpathSync lstats every component of the path.
      rootReal ??= realpathSync.native(root);
      if (!isInside(realpathSync.native(full), rootReal)) return undefined;
    } catch {
      // A dangling link: reading it fails on its own.
    }
    return normal;
  };
  return {
    exists(path) {
      const p = inside(path);
      if (p === undefined) return false;
      if (byPath.has(p)) return true;
      try {
        return statSync(join(root, p)).isFile();
      } catch {
        return false;
      }
    },
    read(path) {
      const p = inside(path);
      if (p === undefined) return undefined;
      const known = byPath.get(p);
      if (known !== undefined) return known;
      if (!lazy.has(p)) {
        const outcome = readSourceText(join(root, p), maxFileSize);
        lazy.set(p, outcome.ok ? outcome.text : undefined);
      }
      return lazy.get(p);
    },
    paths: () => [...byPath.keys()],
    listDir(dir) {
      const p = dir === '' || dir === '.' ? '' : inside(dir);
      if (p === undefined) return undefined;
      try {
        const entries = readdirSync(join(root, p), { withFileTypes: true });
        return entries
          .filter((e) => e.isFile() || (e.isSymbolicLink() && isFileLink(join(root, p, e.name))))
          .map((e) => e.name)
          .sort();
      } catch {
        return undefined;
      }
    },
  };
}
