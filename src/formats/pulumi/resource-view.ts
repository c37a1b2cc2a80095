// One state resource as the provider mappings see it: its name, where to report it (the program line when the
// program is in the scan, else the state entry), and its inputs and outputs as located values with secrets hidden.
import type { EgressRule, Location, Origin } from '../../model/types.ts';
import { get, type DocNode } from '../tree.ts';
import { docStrings } from '../json/document.ts';
import {
  camelCase,
  docReader,
  locationIn,
  placeIn,
  type DocValueOptions,
  type ValueReader,
} from '../../providers/shared/values.ts';
import { displayNameOf, type StateResource } from './state.ts';

/** Pulumi's marker for a secret: the value itself, or the key of the object that wraps the ciphertext. */
const SECRET_SIGNATURE = '4dabf18193072939515e22adb298388d';
/** Pulumi's marker for an output not yet computed (seen in states written during a preview). */
const UNKNOWN_VALUE = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

/** Secrets and not-yet-computed outputs are unknown; the secret's value is never read, let alone printed. */
function pulumiUnknown(node: DocNode): { expression: string; reason: string } | undefined {
  if (node.type === 'scalar') {
    if (node.value === SECRET_SIGNATURE)
      return { expression: '[secret]', reason: 'a Pulumi secret: its value is encrypted in the state' };
    if (node.value === UNKNOWN_VALUE)
      return {
        expression: '[unknown]',
        reason: 'Pulumi had not computed the value when the state was written',
      };
    return undefined;
  }
  if (node.type === 'object' && node.entries.some((e) => e.key === SECRET_SIGNATURE)) {
    return { expression: '[secret]', reason: 'a Pulumi secret: its value is encrypted in the state' };
  }
  return undefined;
}

export interface ResourceView {
  resource: StateResource;
  /** The state entry, when the resource is reported at its program line. */
  related: Origin[];
  /**
   * The resource as the declarer of its rules, named by type and name (`aws:ec2/securityGroup:SecurityGroup web-sg`)
   * and located at the program line that created it when that file is in the scan, else at its state entry.
   */
  declaredBy: EgressRule['declaredBy'];
  inputs?: ValueReader;
  outputs?: ValueReader;
  /** The URNs a property was computed from (propertyDependencies), canonical snake_case name. */
  dependencies(property: string): string[];
}

export function resourceView(
  resource: StateResource,
  file: string,
  program: Location | undefined,
): ResourceView {
  const stateEntry = locationIn(file, resource.node.loc);
  const place = placeIn(file, program, `Pulumi state of ${resource.urn}`);
  const options: DocValueOptions = { place, naming: 'camel', unknownOf: pulumiUnknown };
  const readerOf = (node: DocNode | undefined) =>
    node?.type === 'object' && !pulumiUnknown(node) ? docReader(node, options) : undefined;
  const displayName = displayNameOf(resource);
  const location = program ?? stateEntry;
  return {
    resource,
    related: program ? [{ location: stateEntry, description: `Pulumi state entry of ${resource.urn}` }] : [],
    declaredBy: { id: resource.urn, resourceType: resource.type, displayName, location },
    inputs: readerOf(resource.inputs),
    // Empty outputs: the resource is not created yet (a failed or pending create), so its inputs are what counts.
    outputs:
      resource.outputs?.type === 'object' && resource.outputs.entries.length === 0
        ? undefined
        : readerOf(resource.outputs),
    dependencies(property) {
      return docStrings(get(resource.propertyDependencies, camelCase(property)));
    },
  };
}

/** What is live when known (outputs), else what the program asked for (inputs): e.g. a rule not yet created. */
export function liveOrDeclared(view: ResourceView): ValueReader | undefined {
  return view.outputs ?? view.inputs;
}
