// `pulumi stack export` documents: version 3 `{ version, deployment: { resources } }` and the older checkpoint
// form `{ version, checkpoint: { latest: { resources } } }`, recognised by content whatever the file is called.
import { get, type DocNode } from '../tree.ts';
import { docString } from '../json/document.ts';

/** Cheap test on the first bytes: a JSON object with a `version` and a `deployment` or `checkpoint` key. */
export function looksLikePulumiState(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*\{/.test(head) && /"version"\s*:/.test(head) && /"(deployment|checkpoint)"\s*:\s*\{/.test(head);
}

/** One resource of the state, with the parts the mappings read. */
export interface StateResource {
  node: DocNode;
  urn: string;
  type: string;
  /** The provider's id (an AWS `sg-…`, an Azure resource id). */
  id?: string;
  inputs?: DocNode;
  outputs?: DocNode;
  /** Property name → URNs the value was computed from. */
  propertyDependencies?: DocNode;
  sourcePosition?: string;
  /** Read with `.get()`: live, but not managed by this program. */
  external: boolean;
}

/**
 * The managed resources of a state, or why the document is not one. Components and providers carry no
 * firewalls; resources pending deletion (the old copy of a replacement) would report the same URN twice.
 */
export function stateResources(
  root: DocNode | undefined,
): { resources: StateResource[] } | { notState: string } {
  const deployment = get(root, 'deployment') ?? get(get(root, 'checkpoint'), 'latest');
  if (get(root, 'checkpoint') && deployment?.type === 'scalar' && deployment.value === null)
    return { resources: [] };
  if (deployment?.type !== 'object') return { notState: 'no `deployment` (or `checkpoint.latest`) object' };
  const list = get(deployment, 'resources');
  if (list === undefined || (list.type === 'scalar' && list.value === null)) return { resources: [] };
  if (list.type !== 'array') return { notState: '`resources` is not a list' };
  const resources: StateResource[] = [];
  for (const node of list.items) {
    const urn = docString(get(node, 'urn'));
    const type = docString(get(node, 'type'));
    if (!urn || !type) continue;
    const flag = (key: string) => {
      const v = get(node, key);
      return v?.type === 'scalar' && v.value === true;
    };
    if (flag('delete') || !flag('custom')) continue;
    resources.push({
      node,
      urn,
      type,
      id: docString(get(node, 'id')),
      inputs: get(node, 'inputs'),
      outputs: get(node, 'outputs'),
      propertyDependencies: get(node, 'propertyDependencies'),
      sourcePosition: docString(get(node, 'sourcePosition')),
      external: flag('external'),
    });
  }
  return { resources };
}

/** `urn:pulumi:stack::project::parent$type::name` → its parts. */
export function parseUrn(urn: string): { project: string; type: string; name: string } | undefined {
  const parts = urn.split('::');
  if (parts.length < 4 || !parts[0].startsWith('urn:pulumi:')) return undefined;
  const qualified = parts[2];
  return {
    project: parts[1],
    type: qualified.slice(qualified.lastIndexOf('$') + 1),
    name: parts.slice(3).join('::'),
  };
}

/** How a resource is named in messages: its type and name from the URN. */
export function displayNameOf(resource: StateResource): string {
  const parsed = parseUrn(resource.urn);
  return parsed ? `${parsed.type} ${parsed.name}` : resource.urn;
}
