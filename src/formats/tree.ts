// A positioned document tree shared by the JSON and YAML parsers, so extractors for CloudFormation, Pulumi
// state and plan JSON walk one shape whatever the syntax.

export interface NodeLoc {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ObjectEntry {
  key: string;
  keyLoc: NodeLoc;
  value: DocNode;
}

export type DocNode =
  | { type: 'object'; entries: ObjectEntry[]; loc: NodeLoc }
  | { type: 'array'; items: DocNode[]; loc: NodeLoc }
  | { type: 'scalar'; value: string | number | boolean | null; loc: NodeLoc };

export interface ParsedDoc {
  root: DocNode | undefined;
  errors: { line: number; column: number; message: string }[];
}

/** The entry's value for a key, or undefined. */
export function get(node: DocNode | undefined, key: string): DocNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (const e of node.entries) if (e.key === key) return e.value;
  return undefined;
}

/** Keeps the last entry of each duplicated key: what PyYAML (so CloudFormation, cfn-lint) and JSON.parse read. */
export function lastOfEachKey(entries: ObjectEntry[]): ObjectEntry[] {
  const last = new Map<string, ObjectEntry>();
  for (const entry of entries) last.set(entry.key, entry);
  return last.size === entries.length ? entries : entries.filter((e) => last.get(e.key) === e);
}

/** Plain JS value of a node (positions dropped); for small subtrees only. */
export function toPlain(node: DocNode): unknown {
  switch (node.type) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlain);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}
