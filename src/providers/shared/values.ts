// Attribute values with their locations, as the provider mappings (src/providers/<provider>/) read them. Formats
// that carry resolved values (plan JSON, Pulumi state) adapt their positioned DocNode tree to this; Terraform adapts
// its evaluated values (src/formats/terraform/value-reader.ts), CloudFormation its resolved intrinsics.
import type { Location, Origin, Unresolved } from '../../model/types.ts';
import type { DocNode, NodeLoc } from '../../formats/tree.ts';

/** Where a value is reported, and where else it can be seen (the state entry behind a program line). */
export interface Placement {
  location: Location;
  origins: Origin[];
}

export type LocatedValue =
  | { kind: 'scalar'; value: string | number | boolean; at: Placement }
  | { kind: 'list'; items: LocatedValue[]; at: Placement }
  | { kind: 'object'; fields: ValueReader; at: Placement }
  /** A value that cannot be known statically; `expression` is safe to print (never a secret). */
  | { kind: 'unknown'; expression: string; reason: string; at: Placement }
  /**
   * Another resource of the same configuration, by address, with the reference as written
   * (`aws_security_group.relay.id`): only Terraform's reader gives these, and only when asked (bodyReader).
   */
  | { kind: 'reference'; address: string; text: string; at: Placement };

/** The attributes of one object (a resource, a rule block). Names are canonical snake_case. */
export interface ValueReader {
  at: Placement;
  /** The attribute's value; undefined when it is absent or null. */
  get(name: string): LocatedValue | undefined;
}

export interface DocValueOptions {
  /** Maps a node's position to where it is reported. */
  place(loc: NodeLoc): Placement;
  /** How the document spells canonical snake_case attribute names. */
  naming: 'snake' | 'camel';
  /** Recognises a node that stands for an unknown value (a Pulumi secret). */
  unknownOf?(node: DocNode): { expression: string; reason: string } | undefined;
}

/** A node's position in a file as a model Location. */
export function locationIn(file: string, loc: NodeLoc): Location {
  return { file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}

/**
 * Where a document's values are reported: at the source line that declared them (a .tf declaration, a program
 * line) with their place in the document as an origin, else at that place.
 */
export function placeIn(
  file: string,
  declaration: Location | undefined,
  description: string,
): (loc: NodeLoc) => Placement {
  return (loc) =>
    declaration
      ? { location: declaration, origins: [{ location: locationIn(file, loc), description }] }
      : { location: locationIn(file, loc), origins: [] };
}

const camelNames = new Map<string, string>();

/** from_port → fromPort (Pulumi and aws-native spell the provider's names in camelCase). Memoised: hot in big states. */
export function camelCase(name: string): string {
  let camel = camelNames.get(name);
  if (camel === undefined) {
    camel = name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    camelNames.set(name, camel);
  }
  return camel;
}

function entry(node: DocNode | undefined, key: string): DocNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (const e of node.entries) if (e.key === key) return e.value;
  return undefined;
}

/**
 * A tree parallel to a value whose `true` leaves mark parts that must read as unknown: plan JSON's
 * `after_unknown` (known only after apply) and `sensitive_values` (never printed).
 */
export interface ValueMask {
  tree: DocNode | undefined;
  expression: string;
  reason: string;
}

function isMarked(tree: DocNode | undefined): boolean {
  return tree?.type === 'scalar' && tree.value === true;
}

/** The masks for a child (object key or list index), dropping those that say nothing below this point. */
function childMasks(masks: readonly ValueMask[], child: (tree: DocNode) => DocNode | undefined): ValueMask[] {
  return masks.flatMap((m) => {
    const tree = m.tree ? child(m.tree) : undefined;
    return tree ? [{ ...m, tree }] : [];
  });
}

/** A DocNode as a located value; a part marked by a mask is unknown whatever the node holds. */
function docValue(
  node: DocNode,
  options: DocValueOptions,
  masks: readonly ValueMask[] = [],
): LocatedValue | undefined {
  const at = options.place(node.loc);
  const marked = masks.find((m) => isMarked(m.tree));
  if (marked) return { kind: 'unknown', expression: marked.expression, reason: marked.reason, at };
  const unknown = options.unknownOf?.(node);
  if (unknown) return { kind: 'unknown', ...unknown, at };
  switch (node.type) {
    case 'scalar':
      return node.value === null ? undefined : { kind: 'scalar', value: node.value, at };
    case 'array': {
      const items: LocatedValue[] = [];
      node.items.forEach((item, i) => {
        const value = docValue(
          item,
          options,
          childMasks(masks, (t) => (t.type === 'array' ? t.items[i] : undefined)),
        );
        if (value) items.push(value);
      });
      return { kind: 'list', items, at };
    }
    case 'object':
      return { kind: 'object', fields: docReader(node, options, masks), at };
  }
}

/** The attributes of an object node; an attribute that is absent but marked by a mask reads as unknown. */
export function docReader(
  node: DocNode,
  options: DocValueOptions,
  masks: readonly ValueMask[] = [],
): ValueReader {
  const at = options.place(node.loc);
  return {
    at,
    get(name) {
      const key = options.naming === 'camel' ? camelCase(name) : name;
      const value = entry(node, key);
      const below = childMasks(masks, (t) => entry(t, key));
      if (value && !(value.type === 'scalar' && value.value === null)) return docValue(value, options, below);
      const marked = below.find((m) => isMarked(m.tree));
      return marked
        ? { kind: 'unknown', expression: marked.expression, reason: marked.reason, at }
        : undefined;
    },
  };
}

/** A list's items, a single value as a one-item list (CloudFormation and Terraform accept both in places). */
export function elementsOf(value: LocatedValue | undefined): LocatedValue[] {
  if (!value) return [];
  return value.kind === 'list' ? value.items : [value];
}

/** The string of a scalar, or undefined. */
export function stringOf(value: LocatedValue | undefined): string | undefined {
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** A number from a number or a numeric string (CloudFormation and aws-native write ports as strings). */
export function numberOf(value: LocatedValue | undefined): number | undefined {
  if (value?.kind !== 'scalar') return undefined;
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && /^-?\d+$/.test(value.value.trim())) return Number(value.value);
  return undefined;
}

/** The strings that are set and not empty: the ids a resource may be named by. */
export function nonEmptyStrings(values: readonly (string | undefined)[]): string[] {
  return values.filter((v): v is string => v !== undefined && v !== '');
}

/** Records an unknown value so the run can report what it did not analyse. */
export function unresolvedOf(value: LocatedValue & { kind: 'unknown' }): Unresolved {
  return { location: value.at.location, expression: value.expression, reason: value.reason };
}
