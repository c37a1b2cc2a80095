// JSON with positions, via jsonc-parser (fast, gives offsets), mapped to the shared DocNode tree.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineIndex, type LineIndex } from '../positions.ts';
import type { DocNode, NodeLoc, ParsedDoc } from '../tree.ts';

/** Deeper documents are rejected rather than risking a stack overflow in the walkers. */
export const MAX_DEPTH = 1000;

function loc(index: LineIndex, offset: number, length: number): NodeLoc {
  const start = index.position(offset);
  const end = index.position(offset + length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function depthExceeds(text: string, max: number): { offset: number } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return { offset: i };
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

function convert(node: Node, index: LineIndex): DocNode {
  const l = loc(index, node.offset, node.length);
  switch (node.type) {
    case 'object':
      return {
        type: 'object',
        loc: l,
        entries: (node.children ?? []).map((prop) => {
          const [k, v] = prop.children ?? [];
          return {
            key: String(k?.value ?? ''),
            keyLoc: loc(index, k.offset, k.length),
            value: v
              ? convert(v, index)
              : { type: 'scalar', value: null, loc: loc(index, k.offset, k.length) },
          };
        }),
      };
    case 'array':
      return { type: 'array', loc: l, items: (node.children ?? []).map((c) => convert(c, index)) };
    default:
      return { type: 'scalar', loc: l, value: node.value as string | number | boolean | null };
  }
}

/** Parses strict JSON (comments and trailing commas are errors, as in CloudFormation and state files). */
export function parseJson(text: string): ParsedDoc {
  const index = lineIndex(text);
  const deep = depthExceeds(text, MAX_DEPTH);
  if (deep) {
    const p = index.position(deep.offset);
    return { root: undefined, errors: [{ ...p, message: `nesting deeper than ${MAX_DEPTH} levels` }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return {
    root: tree && errors.length === 0 ? convert(tree, index) : undefined,
    errors: errors.map((e) => ({
      ...index.position(e.offset),
      message: `invalid JSON: ${printParseErrorCode(e.error)}`,
    })),
  };
}
