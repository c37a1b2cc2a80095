// A Terraform module directory's configuration: its blocks indexed by kind and name. Syntax only; no values.
import type { Attribute, Block, Body, Expr, Span } from '../hcl/ast.ts';
import { hclLineIndex, type LineIndex } from '../positions.ts';
import type { Location } from '../../model/types.ts';

export interface ConfigFile {
  path: string;
  text: string;
  body: Body;
}

export interface Located<T> {
  node: T;
  file: ConfigFile;
}

export interface ModuleConfig {
  dir: string;
  files: ConfigFile[];
  variables: Map<string, Located<Block>>;
  locals: Map<string, Located<Attribute>>;
  outputs: Map<string, Located<Block>>;
  moduleCalls: Map<string, Located<Block>>;
  /** `type.name` → block, for managed resources only. */
  resources: Map<string, Located<Block>>;
}

/** Line indexes of the files whose positions were asked for; most files never are. */
const lineIndexes = new WeakMap<ConfigFile, LineIndex>();

/** Where a span of a configuration file is, as reported. */
export function toLocation(file: ConfigFile, span: Span): Location {
  let lines = lineIndexes.get(file);
  if (!lines) lineIndexes.set(file, (lines = hclLineIndex(file.text)));
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return {
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** The source text of an expression, for messages about values that stay unknown. */
export function exprText(file: ConfigFile, expr: Expr): string {
  const text = file.text.slice(expr.start, expr.end);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export function buildModuleConfig(dir: string, files: ConfigFile[]): ModuleConfig {
  const config: ModuleConfig = {
    dir,
    files,
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    moduleCalls: new Map(),
    resources: new Map(),
  };
  // Index loops and no destructuring in these two hot functions: until the optimiser runs (most of a lint of a
  // few MB), `for...of` and `[a, b] = array` allocate an iterator result per element.
  for (const file of files) {
    const blocks = file.body.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const first = block.labels[0];
      const second = block.labels[1];
      switch (block.type) {
        case 'variable':
          if (first !== undefined) config.variables.set(first, { node: block, file });
          break;
        case 'locals':
          for (const attr of block.body.attributes) config.locals.set(attr.name, { node: attr, file });
          break;
        case 'output':
          if (first !== undefined) config.outputs.set(first, { node: block, file });
          break;
        case 'module':
          if (first !== undefined) config.moduleCalls.set(first, { node: block, file });
          break;
        case 'resource':
          if (first !== undefined && second !== undefined)
            config.resources.set(`${first}.${second}`, { node: block, file });
          break;
      }
    }
  }
  return config;
}

export function findAttribute(body: Body, name: string): Attribute | undefined {
  const attributes = body.attributes;
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return attributes[i];
  return undefined;
}

/** A module source that points into the project: `./x`, `../x`. Registry and git sources are not local. */
export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../');
}

/** The directory of a '/'-separated relative path ('' for a file at the root). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Joins and normalises '/'-separated relative paths; undefined when the result escapes the scan root. */
export function joinPath(dir: string, rel: string): string | undefined {
  const parts = dir === '' || dir === '.' ? [] : dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** The '/'-separated path from directory `from` to `to` (both relative to the scan root), as Terraform's path.module. */
export function relativePath(from: string, to: string): string {
  const a = from === '' || from === '.' ? [] : from.split('/');
  const b = to === '' || to === '.' ? [] : to.split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const parts = [...Array<string>(a.length - common).fill('..'), ...b.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

/**
 * The root modules of a set of module directories: those no other directory calls, and, for directories reached
 * only through a cycle of calls (`a → b → a`, which Terraform refuses and the evaluator reports), the first of
 * each such group in path order, so that their resources are still analysed. Sorted.
 */
export function rootDirs(dirs: Iterable<string>, callsOf: (dir: string) => Iterable<string>): string[] {
  const all = [...dirs].sort();
  const known = new Set(all);
  const called = new Set<string>();
  for (const dir of all) for (const to of callsOf(dir)) if (to !== dir && known.has(to)) called.add(to);
  const roots = all.filter((d) => !called.has(d));
  const reached = new Set<string>();
  const reach = (from: string) => {
    const stack = [from];
    reached.add(from);
    while (stack.length > 0)
      for (const to of callsOf(stack.pop() as string))
        if (known.has(to) && !reached.has(to)) {
          reached.add(to);
          stack.push(to);
        }
  };
  roots.forEach(reach);
  for (const dir of all)
    if (!reached.has(dir)) {
      roots.push(dir);
      reach(dir);
    }
  return roots.sort();
}
