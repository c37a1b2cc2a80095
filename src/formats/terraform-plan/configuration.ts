// The plan's `configuration` block: what each resource's expressions reference (to link a rule to its group when
// the id is known only after apply) and each module call's source (to find the module's .tf files).
import { get, type DocNode } from '../tree.ts';
import { docString, docStrings } from '../json/document.ts';
import { modulePrefix } from './addresses.ts';

/** Reference roots that are not resources. */
const NOT_RESOURCES = new Set([
  'var',
  'local',
  'module',
  'data',
  'each',
  'count',
  'self',
  'path',
  'terraform',
]);
/** Module outputs and variables may pass a value through a few modules; deeper chains are not followed. */
const MAX_HOPS = 8;

export class PlanConfiguration {
  private readonly root: DocNode | undefined;

  constructor(plan: DocNode) {
    this.root = get(get(plan, 'configuration'), 'root_module');
  }

  /** The configuration of the module at a path of call names ([] = root). */
  private module(path: readonly string[]): DocNode | undefined {
    let node = this.root;
    for (const name of path) node = get(get(get(node, 'module_calls'), name), 'module');
    return node;
  }

  /** The `source` of the module call that instantiated the module at `path`. */
  moduleSource(path: readonly string[]): string | undefined {
    if (path.length === 0) return undefined;
    const call = get(get(this.module(path.slice(0, -1)), 'module_calls'), path[path.length - 1]);
    return docString(get(call, 'source'));
  }

  /** What a resource attribute's expression references, e.g. ["aws_security_group.relay.id", "aws_security_group.relay"]. */
  references(path: readonly string[], type: string, name: string, attribute: string): string[] {
    const resources = get(this.module(path), 'resources');
    if (resources?.type !== 'array') return [];
    const resource = resources.items.find((r) => {
      const t = get(r, 'type');
      const n = get(r, 'name');
      const mode = get(r, 'mode');
      return (
        t?.type === 'scalar' &&
        t.value === type &&
        n?.type === 'scalar' &&
        n.value === name &&
        !(mode?.type === 'scalar' && mode.value === 'data')
      );
    });
    return docStrings(get(get(get(resource, 'expressions'), attribute), 'references'));
  }

  /**
   * The resources (static addresses: module path, type, name) a reference made in module `path` leads to,
   * following module outputs (`module.sg.id`) and input variables (`var.group_id`) across module boundaries.
   */
  resolveResources(path: readonly string[], reference: string, hops = 0): string[] {
    if (hops > MAX_HOPS) return [];
    const parts = reference.split('.');
    const root = parts[0].replace(/\[.*$/, '');
    if (root === 'module' && parts.length >= 3) {
      const call = parts[1].replace(/\[.*$/, '');
      const output = get(
        get(get(this.module([...path, call]), 'outputs'), parts[2].replace(/\[.*$/, '')),
        'expression',
      );
      return docStrings(get(output, 'references')).flatMap((r) =>
        this.resolveResources([...path, call], r, hops + 1),
      );
    }
    if (root === 'var' && parts.length >= 2 && path.length > 0) {
      const parent = path.slice(0, -1);
      const call = get(get(this.module(parent), 'module_calls'), path[path.length - 1]);
      const input = get(get(call, 'expressions'), parts[1].replace(/\[.*$/, ''));
      return docStrings(get(input, 'references')).flatMap((r) => this.resolveResources(parent, r, hops + 1));
    }
    if (NOT_RESOURCES.has(root) || parts.length < 2) return [];
    return [`${modulePrefix(path)}${root}.${parts[1].replace(/\[.*$/, '')}`];
  }
}
