// How a large scan splits Terraform files into units (src/engine/pool.ts): each root module with every local module
// it calls, transitively; var files with their directory's configuration. Local module calls are found in each
// file's bytes, by text, so planning need not parse.
import type { PlannedUnits, UnitPlanner } from '../../engine/formats.ts';
import type { FileRef } from '../../engine/discover.ts';
import type { SurveyedFile, WorkUnit } from '../../engine/units.ts';
import { dirOf, joinPath, rootDirs } from './config.ts';
import { ParseCache } from './parse-cache.ts';
import { isTerraformFile, isVarFile } from './project.ts';

/**
 * `source = "./x"` or `"source": "../x"` (from just after `source`): a local module call. It may also match a
 * provisioner's `source`: an extra edge only makes a unit bigger, never changes what is found.
 */
const LOCAL_SOURCE = /^"?\s*[=:]\s*"(\.\.?\/[^"\r\n]*)"/;
const SOURCE = Buffer.from('source');
/** Characters after `source` a call is looked for in, as UTF-16 code units; a code unit is at most 3 UTF-8 bytes. */
const WINDOW_CHARS = 506;
const WINDOW_BYTES = WINDOW_CHARS * 3;

/** A directory of Terraform configuration: its files (var files included) and the local modules it calls. */
interface TerraformDir {
  files: FileRef[];
  bytes: number;
  calls: Set<string>;
}

export const terraformUnits: UnitPlanner = {
  plans: (path) => isTerraformFile(path) || isVarFile(path),
  survey: (path, bytes) =>
    isTerraformFile(path)
      ? localCalls(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), dirOf(path))
      : undefined,
  group: groupTerraformFiles,
  threadOptions: (shared) => ({ terraformParseCache: new ParseCache(shared) }),
};

/** The directories a Terraform file's bytes call as local modules (valid UTF-8, as the reader checked). */
export function localCalls(bytes: Buffer, dir: string): string[] {
  const calls: string[] = [];
  for (let at = bytes.indexOf(SOURCE); at !== -1; at = bytes.indexOf(SOURCE, at + SOURCE.length)) {
    if (at > 0 && isWordByte(bytes[at - 1])) continue; // `data_source`
    const start = at + SOURCE.length;
    const after = bytes
      .toString('utf8', start, Math.min(bytes.length, start + WINDOW_BYTES))
      .slice(0, WINDOW_CHARS);
    const source = LOCAL_SOURCE.exec(after)?.[1];
    if (source === undefined) continue;
    const target = joinPath(dir, source.replace(/\/+$/, ''));
    if (target !== undefined) calls.push(target);
  }
  return calls;
}

/** ASCII letters, digits and `_`: a `source` preceded by one is part of a longer name. */
function isWordByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function groupTerraformFiles(files: readonly SurveyedFile[], target: number): PlannedUnits {
  const tfDirs = new Map<string, TerraformDir>();
  const varFiles: SurveyedFile[] = [];
  for (const file of files) {
    if (!isTerraformFile(file.ref.path)) {
      varFiles.push(file);
      continue;
    }
    const dir = dirOf(file.ref.path);
    let entry = tfDirs.get(dir);
    if (!entry) tfDirs.set(dir, (entry = { files: [], bytes: 0, calls: new Set() }));
    entry.files.push(file.ref);
    entry.bytes += file.size;
    for (const call of (file.facts as string[] | undefined) ?? []) entry.calls.add(call);
  }
  // Var files go with their directory's configuration; without one they are only checked for syntax.
  const single: SurveyedFile[] = [];
  for (const file of varFiles) {
    const entry = tfDirs.get(dirOf(file.ref.path));
    if (!entry) single.push(file);
    else {
      entry.files.push(file.ref);
      entry.bytes += file.size;
    }
  }
  const { units, roots } = rootUnits(tfDirs, target);
  // More than one root module in the scan: messages name the root (see loadTerraformProject).
  return { units, single, lint: { terraformSeveralRoots: roots > 1 } };
}

/**
 * Batches of root modules, each with every local module it calls, transitively; a module called by roots in
 * several units is owned by the first and read as context by the others. Also returns how many roots there are.
 */
function rootUnits(
  tfDirs: ReadonlyMap<string, TerraformDir>,
  target: number,
): { units: WorkUnit[]; roots: number } {
  // As loadTerraformProject chooses them, so that messages name roots the same way however a scan is split.
  const roots = rootDirs(tfDirs.keys(), (dir) => tfDirs.get(dir)?.calls ?? []);

  const closureOf = (root: string): string[] => {
    const seen = new Set([root]);
    const stack = [root];
    while (stack.length > 0) {
      for (const to of tfDirs.get(stack.pop() as string)?.calls ?? []) {
        if (tfDirs.has(to) && !seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    return [...seen];
  };
  // Roots calling the same modules share units, so each unit parses few modules it does not own.
  const closures = roots.map((root) => {
    const dirs = closureOf(root);
    return {
      root,
      dirs,
      key: dirs
        .filter((d) => d !== root)
        .sort()
        .join('\0'),
    };
  });
  closures.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.root < b.root ? -1 : 1));

  const units: WorkUnit[] = [];
  const owned = new Set<string>();
  let dirs = new Set<string>();
  let unitBytes = 0;
  const flush = () => {
    if (dirs.size === 0) return;
    const unit: WorkUnit = { owned: [], context: [] };
    for (const dir of [...dirs].sort()) {
      const files = tfDirs.get(dir)?.files ?? [];
      if (owned.has(dir)) unit.context.push(...files);
      else unit.owned.push(...files);
    }
    for (const dir of dirs) owned.add(dir);
    units.push(unit);
    dirs = new Set();
    unitBytes = 0;
  };
  for (const { dirs: closure } of closures) {
    for (const dir of closure) {
      if (!dirs.has(dir)) unitBytes += tfDirs.get(dir)?.bytes ?? 0;
      dirs.add(dir);
    }
    if (unitBytes >= target) flush();
  }
  flush();
  return { units, roots: roots.length };
}
