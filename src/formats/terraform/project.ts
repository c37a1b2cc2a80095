// A Terraform tree: files grouped into module directories, root modules found, variables supplied, and
// every resource instance enumerated through local and downloaded (.terraform/modules) module calls.
import { nameSpan, parseHcl, parseTfJson } from '../hcl/index.ts';
import { parseJson } from '../json/index.ts';
import type { DocNode } from '../tree.ts';
import type { Diagnostic, SourceFile } from '../../engine/types.ts';
import type { ProjectFiles } from '../../engine/formats.ts';
import type { Unresolved } from '../../model/types.ts';
import {
  buildModuleConfig,
  dirOf,
  findAttribute,
  isLocalSource,
  joinPath,
  rootDirs,
  toLocation,
  type ConfigFile,
  type ModuleConfig,
} from './config.ts';
import { evaluate } from './evaluate.ts';
import { mayHoldFirewall } from './module-sources.ts';
import type { ParseCache } from './parse-cache.ts';
import { DiagnosticLog, RootBudget } from './limits.ts';
import { ModuleInstance, type InputValue, type ModuleResolver, type ResourceInstance } from './module.ts';
import { fromPlain, type Src, type Value } from './values.ts';

export interface TerraformInputs {
  vars: Record<string, string>;
  varFiles: SourceFile[];
  /** The whole scan holds several root modules, though these files may hold one (the worker pool splits scans). */
  severalRoots?: boolean;
  /** Trees of files parsed by an earlier unit of the same scan. */
  parseCache?: ParseCache;
}

export interface TerraformProject {
  roots: ModuleInstance[];
  /** Files that cannot be read or parsed (module directories are read while roots are evaluated). */
  diagnostics: Diagnostic[];
  /** Cycles, limits and internal errors, found while the roots are evaluated: read after extraction. */
  evaluation: DiagnosticLog;
  /** Module calls whose source is not available (not downloaded, remote): their resources are not analysed. */
  unresolved: Unresolved[];
}

/**
 * Each module's resources with their type, in declaration order: every root module's tree is walked once
 * per provider and once for user data, and a module's configuration is shared by all its instances.
 */
const resourceTypes = new WeakMap<ModuleConfig, { type: string; localAddress: string }[]>();

function typedResources(config: ModuleConfig): { type: string; localAddress: string }[] {
  let list = resourceTypes.get(config);
  if (!list) {
    list = [...config.resources.keys()].map((a) => ({ type: a.slice(0, a.indexOf('.')), localAddress: a }));
    resourceTypes.set(config, list);
  }
  return list;
}

/** Resource instances of the given types in a root module, depth first through its module calls. */
export function* resourcesOf(root: ModuleInstance, types: ReadonlySet<string>): Generator<ResourceInstance> {
  const stack = [root];
  while (stack.length > 0) {
    const module = stack.pop() as ModuleInstance;
    for (const { type, localAddress } of typedResources(module.config)) {
      if (types.has(type)) yield* module.instancesOf(localAddress);
    }
    const children: ModuleInstance[] = [];
    for (const name of module.config.moduleCalls.keys())
      for (const child of module.children(name)) children.push(child.instance);
    stack.push(...children.reverse());
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isTerraformFile(path: string): boolean {
  return path.endsWith('.tf') || path.endsWith('.tf.json');
}

export function isVarFile(path: string): boolean {
  return path.endsWith('.tfvars') || path.endsWith('.tfvars.json');
}

function parseConfigFile(
  file: SourceFile,
  diagnostics: Diagnostic[],
  cache?: ParseCache,
): ConfigFile | undefined {
  const parse = file.path.endsWith('.json') ? parseTfJson : parseHcl;
  const parsed = cache ? cache.parse(file.path, file.text, parse) : parse(file.text);
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors.slice(0, 5)) {
      diagnostics.push({
        level: 'error',
        location: { file: file.path, line: e.line, column: e.column },
        message: e.message,
      });
    }
    return undefined;
  }
  return { path: file.path, text: file.text, body: parsed.body };
}

/** Auto-loaded variable files of a root directory, in Terraform's precedence order (later wins). */
function autoVarFiles(dir: string, varFiles: SourceFile[]): SourceFile[] {
  const inDir = varFiles.filter((f) => dirOf(f.path) === dir);
  const named = (n: string) => inDir.filter((f) => baseName(f.path) === n);
  const auto = inDir
    .filter((f) => /\.auto\.tfvars(\.json)?$/.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return [...named('terraform.tfvars'), ...named('terraform.tfvars.json'), ...auto];
}

/** Reads a var file into name → value, with each value pointing at its line. */
function readVarFile(
  file: SourceFile,
  diagnostics: Diagnostic[],
  host: ModuleInstance,
): Map<string, InputValue> {
  if (file.path.endsWith('.json')) return readJsonVarFile(file, diagnostics);
  const out = new Map<string, InputValue>();
  const config = parseConfigFile(file, diagnostics);
  if (!config) return out;
  const via = baseName(file.path);
  for (const attr of config.body.attributes) {
    const location = toLocation(config, nameSpan(attr));
    let memo: Value | undefined;
    out.set(attr.name, {
      value: () => (memo ??= evaluate(attr.expr, { module: host, file: config, via })),
      origin: { location, description: via },
    });
  }
  return out;
}

/** A JSON value of a .tfvars.json file, each part pointing at where it is written. Values are literal: no templates. */
function jsonVarValue(node: DocNode, file: string, via: string): Value {
  const src: Src = {
    loc: {
      file,
      line: node.loc.line,
      column: node.loc.column,
      endLine: node.loc.endLine,
      endColumn: node.loc.endColumn,
    },
    via,
  };
  switch (node.type) {
    case 'array':
      return { t: 'list', items: node.items.map((i) => jsonVarValue(i, file, via)), src };
    case 'object':
      return {
        t: 'object',
        attrs: new Map(node.entries.map((e) => [e.key, jsonVarValue(e.value, file, via)])),
        src,
      };
    default:
      return fromPlain(node.value, src);
  }
}

/** `terraform.tfvars.json`, `*.auto.tfvars.json`, `--var-file x.tfvars.json`: one JSON object of variable values. */
function readJsonVarFile(file: SourceFile, diagnostics: Diagnostic[]): Map<string, InputValue> {
  const out = new Map<string, InputValue>();
  const parsed = parseJson(file.text);
  // The first error only: the JSON parser's recovery reports the same mistake several times.
  const [e] = parsed.errors;
  if (e)
    diagnostics.push({
      level: 'error',
      location: { file: file.path, line: e.line, column: e.column },
      message: e.message,
    });
  if (parsed.errors.length > 0) return out;
  const root = parsed.root;
  if (root?.type !== 'object') {
    diagnostics.push({
      level: 'error',
      location: { file: file.path, line: root?.loc.line ?? 1, column: root?.loc.column ?? 1 },
      message: 'a .tfvars.json file must be a JSON object of variable values',
    });
    return out;
  }
  const via = baseName(file.path);
  for (const entry of root.entries) {
    const location = { file: file.path, line: entry.keyLoc.line, column: entry.keyLoc.column };
    const value = jsonVarValue(entry.value, file.path, via);
    out.set(entry.key, { value: () => value, origin: { location, description: via } });
  }
  return out;
}

/** `--var name=value`: an HCL expression when it parses as one with a literal-ish shape, else a raw string. */
function cliVar(name: string, raw: string, host: ModuleInstance): InputValue {
  const file: ConfigFile = {
    path: '(command line)',
    text: `v = ${raw}`,
    body: { attributes: [], blocks: [], start: 0, end: 0 },
  };
  const parsed = /^\s*[[{"\d-]|^\s*(true|false|null)\s*$/.test(raw) ? parseHcl(file.text) : undefined;
  const attr = parsed && parsed.errors.length === 0 ? parsed.body.attributes[0] : undefined;
  const location = { file: '(command line)', line: 1, column: 1 };
  return {
    value: () =>
      attr
        ? evaluate(attr.expr, { module: host, file, via: `--var ${name}` })
        : fromPlain(raw, { loc: location, via: `--var ${name}` }),
    origin: { location, description: `--var ${name}` },
  };
}

export function loadTerraformProject(
  files: SourceFile[],
  inputs: TerraformInputs,
  project: ProjectFiles,
): TerraformProject {
  const diagnostics: Diagnostic[] = [];
  const byDir = new Map<string, ConfigFile[]>();
  const varFiles: SourceFile[] = [];
  for (const file of files) {
    if (isVarFile(file.path)) {
      varFiles.push(file);
      continue;
    }
    const parsed = parseConfigFile(file, diagnostics, inputs.parseCache);
    const dir = dirOf(file.path);
    const list = byDir.get(dir) ?? [];
    if (parsed) list.push(parsed);
    byDir.set(dir, list);
  }
  const configs = new Map<string, ModuleConfig>();
  for (const [dir, list] of byDir) configs.set(dir, buildModuleConfig(dir, list));

  // Directories outside the walk (downloaded modules) are parsed on first use.
  const configFor = (dir: string): ModuleConfig | undefined => {
    const known = configs.get(dir);
    if (known) return known;
    const names = project.listDir(dir)?.filter(isTerraformFile) ?? [];
    const parsed: ConfigFile[] = [];
    for (const name of names.sort()) {
      const path = dir ? `${dir}/${name}` : name;
      const text = project.read(path);
      if (text === undefined)
        diagnostics.push({
          level: 'warning',
          location: { file: path, line: 1, column: 1 },
          message:
            'cannot read this module file (unreadable, too large, not UTF-8, or a link outside the scanned directories); the module is analysed without it',
        });
      const file =
        text === undefined ? undefined : parseConfigFile({ path, absPath: path, text }, diagnostics);
      if (file) parsed.push(file);
    }
    const config = names.length > 0 ? buildModuleConfig(dir, parsed) : undefined;
    if (config) configs.set(dir, config);
    return config;
  };

  // A directory called as a local module by another scanned directory is analysed through its callers,
  // with their inputs, rather than a second time on its own with defaults.
  const localCalls = (dir: string): string[] => {
    const targets: string[] = [];
    for (const call of configs.get(dir)?.moduleCalls.values() ?? []) {
      const source = findAttribute(call.node.body, 'source');
      const text =
        source?.expr.kind === 'template' &&
        source.expr.parts.length === 1 &&
        source.expr.parts[0].kind === 'text'
          ? source.expr.parts[0].value
          : undefined;
      const target = text && isLocalSource(text) ? joinPath(dir, text.replace(/\/+$/, '')) : undefined;
      if (target !== undefined) targets.push(target);
    }
    return targets;
  };

  const roots: ModuleInstance[] = [];
  const unresolved: Unresolved[] = [];
  const log = new DiagnosticLog();
  const rootList = rootDirs(configs.keys(), localCalls);
  for (const dir of rootList) {
    const config = configs.get(dir) as ModuleConfig;
    const resolve = moduleResolver(dir, configFor, project, diagnostics, unresolved);
    const rootInputs = new Map<string, InputValue>();
    const budget = new RootBudget(`root module ${dir || '.'}`, log);
    const root = new ModuleInstance(config, '', rootInputs, { resolve, budget }, []);
    root.files = { project, rootDir: dir };
    for (const file of [...autoVarFiles(dir, varFiles), ...inputs.varFiles]) {
      for (const [k, v] of readVarFile(file, diagnostics, root)) rootInputs.set(k, v);
    }
    for (const [k, raw] of Object.entries(inputs.vars)) rootInputs.set(k, cliVar(k, raw, root));
    roots.push(root);
  }
  if (roots.length > 1 || inputs.severalRoots)
    for (const root of roots) root.rootLabel = ` (root ${root.config.dir || '.'})`;
  // Var files whose directory holds no configuration are still parsed, so their syntax errors are reported.
  for (const file of varFiles)
    if (!configs.has(dirOf(file.path))) {
      if (file.path.endsWith('.json')) readJsonVarFile(file, diagnostics);
      else parseConfigFile(file, diagnostics);
    }

  return {
    roots,
    diagnostics,
    evaluation: log,
    unresolved,
  };
}

interface ModulesManifest {
  Modules?: { Key?: string; Dir?: string }[];
}

/** Local sources resolve by path; others through `.terraform/modules/modules.json` of the root, when present. */
function moduleResolver(
  rootDir: string,
  configFor: (dir: string) => ModuleConfig | undefined,
  project: ProjectFiles,
  diagnostics: Diagnostic[],
  unresolved: Unresolved[],
): ModuleResolver {
  let manifest: Map<string, string> | undefined;
  const manifestDirs = () => {
    if (manifest) return manifest;
    manifest = new Map();
    const path = joinPath(rootDir, '.terraform/modules/modules.json') as string;
    const text = project.read(path);
    if (text === undefined) return manifest;
    try {
      const parsed = JSON.parse(text) as ModulesManifest;
      for (const m of parsed.Modules ?? []) {
        if (m.Key && m.Dir) {
          const dir = joinPath(rootDir, m.Dir.replace(/\\/g, '/'));
          if (dir !== undefined) manifest.set(m.Key, dir);
        }
      }
    } catch (error) {
      diagnostics.push({
        level: 'warning',
        location: { file: path, line: 1, column: 1 },
        message: `cannot read module manifest: ${(error as Error).message}`,
      });
    }
    return manifest;
  };
  return (caller, name, source, at) => {
    let dir: string | undefined;
    if (isLocalSource(source)) dir = joinPath(caller.config.dir, source.replace(/\/+$/, ''));
    else {
      const key = [...caller.prefix.matchAll(/module\.([^.[]+)/g)]
        .map((m) => m[1])
        .concat(name)
        .join('.');
      dir = manifestDirs().get(key);
    }
    const config = dir === undefined ? undefined : configFor(dir);
    if (config) return config;
    let why: string | undefined;
    if (!isLocalSource(source))
      // A module that cannot hold a firewall (another provider's, an S3 bucket's) decides no firewall's egress.
      why = mayHoldFirewall(source)
        ? 'the module is not downloaded (run terraform init to analyse it)'
        : undefined;
    else if (dir === undefined)
      why = 'the module directory is outside the scanned directory (scan a directory that contains it)';
    else if (project.listDir(dir) === undefined) why = 'the module directory does not exist';
    else why = 'the module directory has no Terraform files';
    if (why)
      unresolved.push({ location: at, expression: `module "${name}" source = "${source}"`, reason: why });
    return undefined;
  };
}
