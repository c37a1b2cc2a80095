// Resolved attribute values with their locations, as the provider mappings (aws-sg.ts, Azure, GCP) read them.
// Formats that carry resolved values (plan JSON, Pulumi state) adapt their positioned DocNode tree to this.
import type { Location, Origin, Unresolved } from '../../model/types.ts';
import type { DocNode, NodeLoc } from '../../parsers/tree.ts';

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
  | { kind: 'unknown'; expression: string; reason: string; at: Placement };

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
 * A DocNode as a located value. `unknownMask` is plan JSON's `after_unknown` tree, parallel to the value:
 * `true` marks a value (or list element) that Terraform knows only after apply.
 */
export function docValue(
  node: DocNode,
  options: DocValueOptions,
  unknownMask?: DocNode,
): LocatedValue | undefined {
  const at = options.place(node.loc);
  if (unknownMask?.type === 'scalar' && unknownMask.value === true) {
    return {
      kind: 'unknown',
      expression: '(known after apply)',
      reason: 'the value is known only after apply',
      at,
    };
  }
  const unknown = options.unknownOf?.(node);
  if (unknown) return { kind: 'unknown', ...unknown, at };
  switch (node.type) {
    case 'scalar':
      return node.value === null ? undefined : { kind: 'scalar', value: node.value, at };
    case 'array': {
      const items: LocatedValue[] = [];
      node.items.forEach((item, i) => {
        const mask = unknownMask?.type === 'array' ? unknownMask.items[i] : undefined;
        const value = docValue(item, options, mask);
        if (value) items.push(value);
      });
      return { kind: 'list', items, at };
    }
    case 'object':
      return { kind: 'object', fields: docReader(node, options, unknownMask), at };
  }
}

/** The attributes of an object node; an attribute that is absent but masked unknown reads as unknown. */
export function docReader(node: DocNode, options: DocValueOptions, unknownMask?: DocNode): ValueReader {
  const at = options.place(node.loc);
  return {
    at,
    get(name) {
      const key = options.naming === 'camel' ? camelCase(name) : name;
      const value = entry(node, key);
      const mask = entry(unknownMask, key);
      if (value && !(value.type === 'scalar' && value.value === null)) return docValue(value, options, mask);
      if (mask?.type === 'scalar' && mask.value === true) {
        return {
          kind: 'unknown',
          expression: '(known after apply)',
          reason: 'the value is known only after apply',
          at,
        };
      }
      return undefined;
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

/** Records an unknown value so the run can report what it did not analyse. */
export function unresolvedOf(value: LocatedValue & { kind: 'unknown' }): Unresolved {
  return { location: value.at.location, expression: value.expression, reason: value.reason };
}
