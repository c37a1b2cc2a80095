// `terraform show -json` plan documents: the managed resources with their planned values, and what is known only
// after apply (`after_unknown`), recognised by content whatever the file is called.
import { get, type DocNode } from '../tree.ts';
import { docString, docStrings } from '../json/document.ts';
import { parseAddress, type ResourceAddress } from './addresses.ts';

/**
 * Cheap test: a JSON object with `format_version` and planned values, resource changes, or (`terraform show -json`
 * of a state) values. Keys may come in any order, so the whole text is searched.
 */
export function looksLikePlan(text: string): boolean {
  return (
    /^\s*\{/.test(text) &&
    text.includes('"format_version"') &&
    (text.includes('"planned_values"') ||
      text.includes('"resource_changes"') ||
      /"values"\s*:\s*\{\s*"root_module"/.test(text))
  );
}

export interface PlanResource {
  /** The resource's object in the plan: where it is reported when no .tf declares it. */
  node: DocNode;
  address: string;
  parsed: ResourceAddress;
  values: DocNode;
  /** `change.after_unknown`: parallel to `values`, `true` where a value is known only after apply. */
  afterUnknown?: DocNode;
  /** `sensitive_values` (or `change.after_sensitive`): parallel to `values`, `true` where a value is sensitive. */
  sensitive?: DocNode;
  /** The values are those of an existing object (a no-op or update, or a state shown as JSON), not only what is declared. */
  live: boolean;
}

function collectModule(module: DocNode | undefined, into: DocNode[]): void {
  const resources = get(module, 'resources');
  if (resources?.type === 'array') into.push(...resources.items);
  const children = get(module, 'child_modules');
  if (children?.type === 'array') for (const child of children.items) collectModule(child, into);
}

/**
 * The managed resources of a plan, from `planned_values` (modules via `child_modules`), else from the changes'
 * `after` values for plans that carry only `resource_changes`, else from a shown state's `values`. Resources
 * planned for deletion are gone.
 */
export function planResources(plan: DocNode): PlanResource[] {
  const changes = new Map<string, DocNode | undefined>();
  const changeList = get(plan, 'resource_changes');
  if (changeList?.type === 'array') {
    for (const item of changeList.items) {
      const address = docString(get(item, 'address'));
      // A deposed object (the old half of a create-before-destroy) shares the address; it is being destroyed.
      if (address && !get(item, 'deposed')) changes.set(address, get(item, 'change'));
    }
  }
  const actionsOf = (change: DocNode | undefined) => docStrings(get(change, 'actions'));

  const result: PlanResource[] = [];
  const add = (node: DocNode, values: DocNode | undefined, change: DocNode | undefined, state: boolean) => {
    const address = docString(get(node, 'address'));
    const mode = docString(get(node, 'mode'));
    const parsed = address ? parseAddress(address) : undefined;
    if (!address || !parsed || (mode !== undefined && mode !== 'managed') || values?.type !== 'object')
      return;
    // `change.actions`: ["create"] shows what is declared; ["no-op"], ["update"] show an existing object.
    const actions = actionsOf(change);
    const live = state || (actions.length > 0 && !actions.includes('create'));
    const sensitive = get(node, 'sensitive_values') ?? get(change, 'after_sensitive');
    result.push({
      node,
      address,
      parsed,
      values,
      afterUnknown: get(change, 'after_unknown'),
      sensitive,
      live,
    });
  };
  const planned = get(plan, 'planned_values');
  const shownState = get(plan, 'values');
  if (planned || shownState) {
    const nodes: DocNode[] = [];
    collectModule(get(planned ?? shownState, 'root_module'), nodes);
    for (const node of nodes)
      add(node, get(node, 'values'), changes.get(docString(get(node, 'address')) ?? ''), !planned);
  } else if (changeList?.type === 'array') {
    for (const node of changeList.items) {
      const change = get(node, 'change');
      if (!get(node, 'deposed') && actionsOf(change).join() !== 'delete')
        add(node, get(change, 'after'), change, false);
    }
  }
  return result;
}
