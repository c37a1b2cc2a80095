// Ansible playbooks and task files → the firewall tasks they run, in order, with their arguments rendered.
// Variables come from the task's loop item, task and block `vars`, the play's `vars` and literal `vars_files`,
// and, for a file inside a role (`<role>/tasks/*.yml`), the role's `vars/main.yml` over its `defaults/main.yml`.
// Inventory variables and facts are not known here: values that need them are unknown. `when:` is not
// evaluated; the provider decides what a conditional task means (see src/providers/host/ansible.ts).
import type { Location, Unresolved } from '../../model/types.ts';
import type { ProjectFiles } from '../../engine/formats.ts';
import type { Diagnostic } from '../../engine/types.ts';
import { get, toPlain, type DocNode } from '../tree.ts';
import { parseYaml } from '../yaml/index.ts';
import type { TextOrigin } from '../shell/script.ts';
import { keepTaggedValue, scalarOrigin } from '../yaml/scalar.ts';
import { OMIT, render, UNKNOWN, type Scope, type Value } from './jinja.ts';

export { UNKNOWN };

export type FirewallModule = 'ufw' | 'iptables' | 'shell';

const MODULES: Record<string, FirewallModule> = {
  ufw: 'ufw',
  'community.general.ufw': 'ufw',
  iptables: 'iptables',
  'ansible.builtin.iptables': 'iptables',
  'ansible.legacy.iptables': 'iptables',
};
const SHELL_MODULES = new Set(
  ['shell', 'command', 'raw'].flatMap((m) => [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`]),
);
const BLOCK_KEYS = ['block', 'rescue', 'always'];
const PLAY_TASK_KEYS = ['pre_tasks', 'tasks', 'post_tasks', 'handlers'];

/** A module argument after rendering: its value, the text as written, and where it is written. */
export interface TaskArg {
  value: Value;
  source: string;
  location: Location;
}

export interface FirewallTask {
  module: FirewallModule;
  args: Map<string, TaskArg>;
  location: Location;
  /** The task has a `when:`: it may not run. */
  conditional: boolean;
  /** shell/command: the command text, Jinja rendered (unknown parts as `$…` variables), and where it starts. */
  script?: { text: string; origin: TextOrigin; placeholders: Map<string, string> };
}

function plain(node: DocNode | undefined): Value | undefined {
  return node === undefined ? undefined : (toPlain(node) as Value);
}

function objectOf(value: Value | undefined): Record<string, Value> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** The role a file belongs to: `<role>/tasks/x.yml` → `<role>`. */
export function roleDirOf(path: string): string | undefined {
  const m = /^(.*?)(?:^|\/)(tasks|handlers)\/[^/]+$/.exec(path);
  return m ? m[1] : undefined;
}

function readVars(project: ProjectFiles, dir: string, sub: string): Record<string, Value> {
  for (const name of ['main.yml', 'main.yaml']) {
    const text = project.read(`${dir ? `${dir}/` : ''}${sub}/${name}`);
    if (text === undefined) continue;
    return objectOf(plain(parseYaml(text, { tags: keepTaggedValue }).root));
  }
  return {};
}

interface Walk {
  file: string;
  lines: string[];
  tasks: FirewallTask[];
  unresolved: Unresolved[];
}

function scopeOf(layers: readonly Record<string, Value>[]): Scope {
  return (name) => {
    for (const layer of layers) if (Object.hasOwn(layer, name)) return layer[name];
    return undefined;
  };
}

function locationOf(file: string, node: DocNode): Location {
  return { file, line: node.loc.line, column: node.loc.column };
}

/** Loop items: a literal list, or a template that renders to one; unknown → one run with an unknown item. */
function loopItems(task: DocNode, scope: Scope): { items: Value[]; nodes?: DocNode[] } | undefined {
  const loop = get(task, 'loop') ?? get(task, 'with_items') ?? get(task, 'with_list');
  if (!loop) return undefined;
  const flatten = get(task, 'with_items') !== undefined;
  if (loop.type === 'array') {
    const items = loop.items.map((n) => render(plain(n) ?? null, scope));
    return flatten && items.some(Array.isArray) ? { items: items.flat() } : { items, nodes: loop.items };
  }
  const value = render(plain(loop) ?? null, scope);
  if (!Array.isArray(value)) return { items: [UNKNOWN] };
  return { items: flatten ? value.flat() : value };
}

/** Where an argument's value comes from when it is `{{ item }}` or `{{ item.key }}` of a literal loop list. */
function itemLocation(
  source: string,
  loopVar: string,
  itemNode: DocNode | undefined,
  file: string,
): Location | undefined {
  const m = new RegExp(`^\\s*\\{\\{\\s*${loopVar}(?:\\.(\\w+))?\\s*(\\|[^}]*)?\\}\\}\\s*$`).exec(source);
  if (!m || !itemNode) return undefined;
  const node = m[1] ? get(itemNode, m[1]) : itemNode;
  return node ? locationOf(file, node) : undefined;
}

/** Jinja in a command line: known values substituted, the others as `$__jinja_N` shell variables. */
function renderScript(text: string, scope: Scope): { text: string; placeholders: Map<string, string> } {
  const placeholders = new Map<string, string>();
  const out = text.replace(/\{\{(.*?)\}\}/gs, (whole) => {
    const v = render(whole, scope);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    const name = `__jinja_${placeholders.size + 1}`;
    placeholders.set(`$${name}`, whole);
    return `$${name}`;
  });
  return { text: out, placeholders };
}

function walkTasks(list: DocNode | undefined, layers: Record<string, Value>[], w: Walk): void {
  if (list?.type !== 'array') return;
  for (const task of list.items) {
    if (task.type !== 'object') continue;
    const taskVars = objectOf(plain(get(task, 'vars')));
    const inner = [taskVars, ...layers];
    for (const key of BLOCK_KEYS) walkTasks(get(task, key), inner, w);
    const entry = task.entries.find((e) => MODULES[e.key] !== undefined || SHELL_MODULES.has(e.key));
    if (!entry) continue;
    const module = MODULES[entry.key] ?? 'shell';
    const loopVar = String(plain(get(get(task, 'loop_control'), 'loop_var')) ?? 'item');
    const loop = loopItems(task, scopeOf(inner));
    const runs: { item?: Value; node?: DocNode }[] = loop
      ? loop.items.map((item, i) => ({ item, node: loop.nodes?.[i] }))
      : [{}];
    for (const run of runs) {
      const itemLayer: Record<string, Value> = {};
      if (run.item !== undefined) itemLayer[loopVar] = run.item;
      const scope = scopeOf([itemLayer, ...inner]);
      const args = new Map<string, TaskArg>();
      const addArg = (key: string, node: DocNode) => {
        const raw = plain(node) ?? null;
        const source = typeof raw === 'string' ? raw : JSON.stringify(raw);
        const value = render(raw, scope);
        if (value === OMIT) return;
        args.set(key, {
          value,
          source,
          location: itemLocation(source, loopVar, run.node, w.file) ?? locationOf(w.file, node),
        });
      };
      const value = entry.value;
      if (value.type === 'object') for (const e of value.entries) addArg(e.key, e.value);
      else if (module !== 'shell' && value.type === 'scalar' && typeof value.value === 'string') {
        // Free-form `ufw: rule=allow port=22`
        for (const m of value.value.matchAll(/(\w+)=((?:\{\{.*?\}\}|"[^"]*"|'[^']*'|[^\s])+)/g))
          args.set(m[1], {
            value: render(m[2].replace(/^["']|["']$/g, ''), scope),
            source: m[2],
            location: locationOf(w.file, value),
          });
      }
      for (const e of get(task, 'args')?.type === 'object'
        ? (get(task, 'args') as DocNode & { type: 'object' }).entries
        : [])
        addArg(e.key, e.value);
      const fwTask: FirewallTask = {
        module,
        args,
        location: locationOf(w.file, task),
        conditional: get(task, 'when') !== undefined,
      };
      if (module === 'shell') {
        const node = value.type === 'scalar' ? value : get(value, 'cmd');
        const argv = get(value, 'argv');
        if (node?.type === 'scalar' && typeof node.value === 'string') {
          fwTask.script = { ...renderScript(node.value, scope), origin: scalarOrigin(w.file, w.lines, node) };
        } else if (argv?.type === 'array') {
          const words = argv.items.map((n) => `'${String(plain(n)).replaceAll("'", "'\\''")}'`).join(' ');
          fwTask.script = {
            ...renderScript(words, scope),
            origin: { file: w.file, line: argv.loc.line, column: argv.loc.column - 1 },
          };
        } else continue;
      }
      w.tasks.push(fwTask);
    }
  }
}

/** The firewall tasks of a playbook or task file, in the order they run. */
export function ansibleFirewallTasks(
  text: string,
  file: string,
  project: ProjectFiles,
): { tasks: FirewallTask[]; errors: Diagnostic[]; unresolved: Unresolved[] } {
  const parsed = parseYaml(text, { tags: keepTaggedValue });
  const w: Walk = { file, lines: text.split('\n'), tasks: [], unresolved: [] };
  if (!parsed.root) {
    const e = parsed.errors[0];
    return {
      tasks: [],
      unresolved: [],
      errors: [
        {
          level: 'error',
          location: { file, line: e?.line ?? 1, column: e?.column ?? 1 },
          message: `invalid Ansible YAML: ${e?.message ?? 'no document'}`,
        },
      ],
    };
  }
  const role = roleDirOf(file);
  const roleLayers =
    role === undefined ? [] : [readVars(project, role, 'vars'), readVars(project, role, 'defaults')];
  if (parsed.root.type !== 'array') return { tasks: [], errors: [], unresolved: [] };
  const isPlaybook = parsed.root.items.some((p) => get(p, 'hosts') !== undefined);
  if (!isPlaybook) walkTasks(parsed.root, roleLayers, w);
  else
    for (const play of parsed.root.items) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const files = plain(get(play, 'vars_files'));
      const fileVars = (Array.isArray(files) ? files : []).map((f) => {
        const path = typeof f === 'string' && !f.includes('{{') ? project.read(`${dir}${f}`) : undefined;
        return path === undefined ? {} : objectOf(plain(parseYaml(path, { tags: keepTaggedValue }).root));
      });
      const layers = [objectOf(plain(get(play, 'vars'))), ...fileVars.reverse(), ...roleLayers];
      for (const key of PLAY_TASK_KEYS) walkTasks(get(play, key), layers, w);
    }
  return { tasks: w.tasks, errors: [], unresolved: w.unresolved };
}

const INCLUDE_KEYS = ['import_tasks', 'include_tasks', 'include'].flatMap((k) => [k, `ansible.builtin.${k}`]);

/**
 * The task files of a role's `tasks/` directory in the order a run reaches them: from main.yml through literal
 * `import_tasks`/`include_tasks` (each file once), then the files nothing includes, by name.
 */
export function roleTaskOrder(tasksDir: string, project: ProjectFiles): string[] {
  const names = (project.listDir(tasksDir) ?? []).filter((n) => /\.ya?ml$/.test(n)).sort();
  const order: string[] = [];
  const visit = (name: string, depth: number) => {
    const path = `${tasksDir}/${name}`;
    if (order.includes(path) || depth > 16 || !names.includes(name)) return;
    order.push(path);
    const text = project.read(path);
    const root = text === undefined ? undefined : parseYaml(text, { tags: keepTaggedValue }).root;
    for (const task of root?.type === 'array' ? root.items : []) {
      for (const key of INCLUDE_KEYS) {
        const arg = get(task, key);
        const target = plain(arg?.type === 'object' ? get(arg, 'file') : arg);
        if (typeof target === 'string' && !target.includes('{{'))
          visit(target.replace(/^\.\//, ''), depth + 1);
      }
    }
  };
  visit(names.includes('main.yml') ? 'main.yml' : 'main.yaml', 0);
  for (const name of names) if (!order.includes(`${tasksDir}/${name}`)) order.push(`${tasksDir}/${name}`);
  return order;
}
