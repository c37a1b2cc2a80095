// File discovery: which files a run reads, relative to which root. The only part of the engine that walks the disk.
import {
  closeSync,
  constants as fsConstants,
  existsSync,
  fstatSync,
  openSync,
  opendirSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GitIgnore } from './gitignore.ts';
import { pathGlob } from '../config/glob.ts';
import type { ProjectFiles } from './formats.ts';
import { diskProject } from './disk-project.ts';
import { describeFsError, readFiles } from './read.ts';
import type { Diagnostic, SourceFile } from './types.ts';
import { compareText } from '../model/order.ts';

// Reading moved to read.ts; the config loader reads its files through discovery's reader.
export { readSourceText, type ReadOutcome } from './read.ts';

/** A path named on the command line that does not exist: a usage error (exit 2), not a per-file diagnostic. */
export class MissingPathError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`no such file or directory: ${path}`);
    this.name = 'MissingPathError';
    this.path = path;
  }
}

export interface DiscoverOptions {
  cwd: string;
  /** Config `ignore` globs. */
  ignore: string[];
  /** Directory the `ignore` globs are relative to (the config file's); default: the scan root. */
  ignoreBase?: string;
  maxFileSize: number;
  /** `--no-ignore`: .gitignore and .git/info/exclude do not apply (config `ignore` globs still do). */
  noIgnore?: boolean;
}

export interface Discovery {
  /** Absolute scan root; every SourceFile.path and Location.file is relative to it. */
  root: string;
  files: SourceFile[];
  diagnostics: Diagnostic[];
  project: ProjectFiles;
}

/** A file found by the walk, not read yet (the worker pool reads each file where it is analysed). */
export interface FileRef {
  /** Relative to the scan root, '/'-separated. */
  path: string;
  absPath: string;
}

export interface FoundFiles {
  root: string;
  /** Sorted by path; each real file once. */
  files: FileRef[];
  /** Problems of the walk (unreadable directories, symlink loops); read errors come from readFound. */
  diagnostics: Diagnostic[];
  /** Files of interest left out because git ignores them (counted, never read; `--no-ignore` scans them). */
  gitIgnored: number;
}

/** Never walked, wherever they are. `.terraform` stays readable through ProjectFiles (downloaded modules). */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform']);
// egress-lint's own config and baseline files are read by the config loader, not linted. `s`: a file name may
// hold a newline, and such a file must not be skipped silently.
const INTERESTING = /^(?!\.egress-lint[.-]).*\.(tf|tfvars|json|ya?ml|template|sh|bash|rules|v4|v6|j2)$/is;
/** Scripts are often named without an extension (`bin/firewall`, `user-data`): those are read when they start with `#!` or `#cloud-config`. */
const SCRIPT_START = /^#(!|cloud-config)/;
function toSlash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function gitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The root paths are reported relative to: the git repository containing the first path, else cwd when that
 * path is inside it, else the first path's directory; widened to the common ancestor when another path lies
 * outside it. Throws MissingPathError for a path that does not exist.
 */
export function scanRoot(paths: readonly string[], cwd: string): string {
  const absolute = (paths.length ? paths : ['.']).map((p) => resolve(cwd, p));
  for (const [i, abs] of absolute.entries()) {
    if (!existsSync(abs)) throw new MissingPathError(paths[i] ?? abs);
  }
  const first = absolute[0];
  const firstDir = statSync(first).isDirectory() ? first : dirname(first);
  let root = gitRoot(firstDir) ?? (isInside(firstDir, cwd) ? resolve(cwd) : firstDir);
  for (const abs of absolute) {
    while (!isInside(abs, root)) root = dirname(root);
  }
  return root;
}

interface IgnoreLayer {
  /** Root-relative directory of the .gitignore ('' for the root). */
  base: string;
  rules: GitIgnore;
}

function readIgnoreFile(file: string): string | undefined {
  // Checked first: most directories have none, and a failed read costs an exception.
  if (!existsSync(file)) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `join` for a name read from a directory: no normalising (a third of a walk's time). */
function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

function withGitignoreOf(dirAbs: string, dirRel: string, layers: IgnoreLayer[]): IgnoreLayer[] {
  const text = readIgnoreFile(childPath(dirAbs, '.gitignore'));
  return text === undefined ? layers : [...layers, { base: dirRel, rules: new GitIgnore(text) }];
}

/**
 * CDK synthesises into cdk.out/ (CloudFormation templates), CDK for Terraform into cdktf.out/ (.tf.json); both are
 * git-ignored by their project templates, and both are exactly what to check.
 */
const CDK_OUTPUT = /(^|\/)cdk(tf)?\.out(\/|$)/;

/** Git semantics: the deepest .gitignore with an opinion wins (a negation re-includes). */
function gitignored(rel: string, isDir: boolean, layers: readonly IgnoreLayer[]): boolean {
  if (CDK_OUTPUT.test(rel)) return false;
  let ignored = false;
  for (const layer of layers) {
    const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
    const verdict = layer.rules.test(isDir ? `${sub}/` : sub);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

type GlobMatcher = (rel: string, isDir: boolean) => boolean;

/** Config ignore globs, relative to the config's directory when that is inside the root, else to the root. */
export function configGlobMatcher(
  globs: readonly string[],
  root: string,
  base: string | undefined,
): GlobMatcher {
  if (globs.length === 0) return () => false;
  const baseRel = base && isInside(base, root) ? toSlash(relative(root, base)) : '';
  const matchers = globs.map(pathGlob);
  return (rel, isDir) => {
    if (baseRel !== '' && !rel.startsWith(`${baseRel}/`)) return false;
    const p = baseRel === '' ? rel : rel.slice(baseRel.length + 1);
    // `dir/**` also names the directory itself, so it is pruned instead of walked.
    return matchers.some((m) => m.test(p) || (isDir && m.test(`${p}/`)));
  };
}

interface FoundFile {
  abs: string;
  /** Root-relative, '/'-separated: the path reported. */
  rel: string;
  /** Real path: the identity used to read each file and directory once. */
  real: string;
}

interface PendingDir extends FoundFile {
  /** .gitignore rules of the directories above it. */
  layers: IgnoreLayer[];
  /** Whether config ignore globs apply (not inside a directory named explicitly). */
  globs: boolean;
}

/** Walks and reads the files of interest under `paths`; explicit file paths are always included. */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery {
  const found = findFiles(paths, options);
  const { files, diagnostics } = readFiles(found.files, options.maxFileSize, found.diagnostics);
  // Directory entries arrive in no particular order; sorting keeps reports and exit codes reproducible.
  diagnostics.sort((a, b) => compareText(a.location.file, b.location.file));
  return {
    root: found.root,
    files,
    diagnostics,
    project: diskProject(found.root, files, options.maxFileSize),
  };
}

/** Walks `paths` for the files of interest without reading them; explicit file paths are always included. */
export function findFiles(paths: readonly string[], options: DiscoverOptions): FoundFiles {
  const cwd = resolve(options.cwd);
  const inputs = paths.length ? paths : ['.'];
  const root = scanRoot(inputs, cwd);
  const relOf = (abs: string) => toSlash(relative(root, abs));
  const globIgnored = configGlobMatcher(options.ignore, root, options.ignoreBase);
  const gitIgnoredDirs: string[] = [];
  let gitIgnored = 0;

  const files = new Map<string, FileRef>();
  const readReal = new Set<string>();
  const walkedDirs = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, message: string, level: Diagnostic['level'], line = 1, column = 1) =>
    diagnostics.push({ level, message, location: { file, line, column } });

  const addFile = ({ abs, rel, real }: FoundFile) => {
    if (readReal.has(real) || files.has(rel)) return; // reached twice (overlapping paths or a symlink): read once
    readReal.add(real);
    files.set(rel, { path: rel, absPath: abs });
  };

  const ancestorLayers = (dirAbs: string): IgnoreLayer[] => {
    let layers: IgnoreLayer[] = [];
    if (options.noIgnore) return layers;
    const exclude = readIgnoreFile(join(root, '.git', 'info', 'exclude'));
    if (exclude !== undefined) layers.push({ base: '', rules: new GitIgnore(exclude) });
    const chain: string[] = [];
    for (let dir = dirname(dirAbs); isInside(dir, root); dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === root) break;
    }
    for (const dir of chain) layers = withGitignoreOf(dir, relOf(dir), layers);
    return layers;
  };

  const rootReal = realpathSync(root);
  // Links are followed only to targets inside the scan root or a path named on the command line: a link in the
  // repository to /etc/passwd or ~/.aws must not be read (its content could be quoted in a parse error).
  const confined = [rootReal, ...inputs.map((p) => realpathSync(resolve(cwd, p)))];
  const insideScan = (real: string) => confined.some((dir) => isInside(real, dir));
  /** Real directories, depth first. */
  const pending: PendingDir[] = [];
  // Symlinked directories and files wait until every real one is read, so a file reached both ways is
  // reported under its real path (the one annotations and code scanning can open).
  const linkedDirs: PendingDir[] = [];
  const linkedFiles: FoundFile[] = [];

  const startWalk = (startAbs: string) => {
    const rel = relOf(startAbs);
    const layers = ancestorLayers(startAbs);
    // A directory named explicitly is scanned even when ignore rules exclude it; rules inside it still apply.
    const named = rel !== '' && (gitignored(rel, true, layers) || globIgnored(rel, true));
    pending.push({
      abs: startAbs,
      rel,
      real: realpathSync(startAbs),
      layers: named ? [] : layers,
      globs: !named,
    });
  };

  const walkPending = () => {
    while (pending.length > 0) {
      const dir = pending.pop()!;
      if (walkedDirs.has(dir.real)) continue;
      walkedDirs.add(dir.real);
      const own = options.noIgnore ? dir.layers : withGitignoreOf(dir.abs, dir.rel, dir.layers);
      const ignored = (rel: string, isDir: boolean) =>
        gitignored(rel, isDir, own) || (dir.globs && globIgnored(rel, isDir));
      /** Git-ignored (and not excluded by config anyway): counted, so a skip is never silent. */
      const countIfGitIgnored = (rel: string, abs: string, isDir: boolean) => {
        if (!(dir.globs && globIgnored(rel, isDir)) && gitignored(rel, isDir, own)) {
          if (isDir) gitIgnoredDirs.push(abs);
          else gitIgnored++;
        }
      };
      const subdirs: PendingDir[] = [];
      const found: FoundFile[] = [];
      const child = (name: string, real: string): PendingDir => ({
        abs: childPath(dir.abs, name),
        rel: dir.rel === '' ? name : `${dir.rel}/${name}`,
        real,
        layers: own,
        globs: dir.globs,
      });
      let handle;
      try {
        handle = opendirSync(dir.abs);
      } catch (error) {
        report(dir.rel || '.', `cannot read the directory: ${describeFsError(error)}`, 'error');
        continue;
      }
      try {
        // Entries are streamed; only this directory's names of interest are held, never every Dirent at once.
        for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
          const name = entry.name;
          if (entry.isDirectory()) {
            const sub = child(name, childPath(dir.real, name));
            if (SKIPPED_DIRS.has(name)) continue;
            if (!ignored(sub.rel, true)) subdirs.push(sub);
            else countIfGitIgnored(sub.rel, sub.abs, true);
          } else if (!entry.isSymbolicLink()) {
            // Regular files, and FIFOs, sockets and devices named like one: reading refuses those with a reason.
            if (
              !INTERESTING.test(name) &&
              !(!name.includes('.') && startsLikeScript(childPath(dir.abs, name)))
            )
              continue;
            const file = child(name, childPath(dir.real, name));
            if (!ignored(file.rel, false)) found.push(file);
            else countIfGitIgnored(file.rel, file.abs, false);
          } else if (entry.isSymbolicLink()) {
            const target = followLink(childPath(dir.abs, name));
            if ('error' in target) {
              // A dangling link matters only where a file of interest was meant; a chain of links that never
              // ends could have been a directory, so it is always reported.
              const rel = child(name, '').rel;
              if (target.error === 'ELOOP' && !ignored(rel, false)) {
                report(
                  rel,
                  'symbolic link loop: the chain of links never reaches a file; not followed',
                  'warning',
                );
              } else if (target.error !== 'ELOOP' && INTERESTING.test(name) && !ignored(rel, false)) {
                report(rel, `broken symbolic link (${target.error}); not analysed`, 'warning');
              }
              continue;
            }
            const link = child(name, target.real);
            if (!insideScan(target.real)) {
              // An error, not a warning: what the link points at is not analysed, and a run that did not look must
              // not pass (a pull request could otherwise hide a firewall, or read the runner's files, this way).
              if ((target.isDir || INTERESTING.test(name)) && !ignored(link.rel, target.isDir))
                report(
                  link.rel,
                  'symbolic link to a target outside the scanned directories; not followed, not analysed',
                  'error',
                );
              continue;
            }
            if (target.isDir) {
              if (SKIPPED_DIRS.has(name) || ignored(link.rel, true)) continue;
              if (dir.real === target.real || dir.real.startsWith(target.real + sep)) {
                const to = toSlash(relative(rootReal, target.real)) || '.';
                report(
                  link.rel,
                  `symbolic link loop: points to ${to}, which contains it; not followed`,
                  'warning',
                );
              } else {
                linkedDirs.push(link);
              }
            } else if (INTERESTING.test(name) && !ignored(link.rel, false)) {
              linkedFiles.push(link);
            }
          }
        }
      } catch (error) {
        report(dir.rel || '.', `cannot list the directory: ${describeFsError(error)}`, 'error');
      } finally {
        handle.closeSync();
      }
      found.sort((a, b) => compareText(a.rel, b.rel));
      for (const file of found) addFile(file);
      subdirs.sort((a, b) => compareText(b.rel, a.rel)); // reversed: popped in name order
      pending.push(...subdirs);
    }
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (statSync(abs).isDirectory()) {
      startWalk(abs);
      walkPending();
    } else {
      addFile({ abs, rel: relOf(abs), real: realpathSync(abs) });
    }
  }
  for (let link = linkedDirs.shift(); link; link = linkedDirs.shift()) {
    pending.push(link);
    walkPending();
  }
  for (const file of linkedFiles) addFile(file);

  const sorted = [...files.values()].sort((a, b) => compareText(a.path, b.path));
  diagnostics.sort((a, b) => compareText(a.location.file, b.location.file));
  for (const dir of gitIgnoredDirs) gitIgnored += countInteresting(dir);
  return { root, files: sorted, diagnostics, gitIgnored };
}

/** Files of interest under a git-ignored directory, for the count only: not read, symbolic links not followed. */
function countInteresting(start: string): number {
  let count = 0;
  const dirs = [start];
  for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable: nothing to count, and nothing was going to be scanned there
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) dirs.push(childPath(dir, entry.name));
      } else if (entry.isFile() && INTERESTING.test(entry.name)) count++;
    }
  }
  return count;
}

/** Whether an extension-less file starts like a script; reads its first bytes only. */
function startsLikeScript(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, head.length, 0);
    return SCRIPT_START.test(head.subarray(0, read).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function isFileLink(abs: string): boolean {
  const target = followLink(abs);
  return 'isDir' in target && !target.isDir;
}

/** A symlink's target, or the error code: ENOENT when dangling, ELOOP for a chain of links that never ends. */
function followLink(abs: string): { real: string; isDir: boolean } | { error: string } {
  try {
    const real = realpathSync(abs);
    return { real, isDir: statSync(real).isDirectory() };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
