// YAML with positions, via `yaml` (eemeli), mapped to the shared DocNode tree. Aliases are expanded here (with
// a budget, so an alias bomb is an error, not an out-of-memory); local tags (`!Ref`) go to a caller-supplied
// converter, and a tag nobody converts is an error with its line.
import { isAlias, isScalar, isSeq, parseDocument, type Alias, type Document, type ParsedNode } from 'yaml';
import { MAX_DEPTH } from '../json/index.ts';
import { lineIndex, type LineIndex } from '../positions.ts';
import type { DocNode, NodeLoc, ObjectEntry, ParsedDoc } from '../tree.ts';
import { originalColumn, repairIndentation, type IndentRepair } from './lenient-indent.ts';

/** Nodes that alias expansion may produce per document; real templates reuse a few anchors, a bomb asks for billions. */
export const MAX_ALIAS_NODES = 100_000;

/**
 * Turns a node carrying a local tag (`!Ref x`) into the node it stands for. `loc` spans the tag and its value,
 * `tagLoc` the tag alone. Returns undefined for a tag it does not know.
 */
export type TagConverter = (
  tag: string,
  value: DocNode,
  loc: NodeLoc,
  tagLoc: NodeLoc,
) => DocNode | undefined;

export interface YamlOptions {
  tags?: TagConverter;
}

/** Tags of the YAML core schema (`!!str`, `!!int`, …) are resolved by the library itself. */
const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';

/** Aborts the conversion of one document; becomes that document's error. */
class ConversionError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

interface Converter {
  doc: Document.Parsed;
  text: string;
  index: LineIndex;
  tags: TagConverter | undefined;
  aliasNodesLeft: number;
  /** The outermost alias being expanded: where an alias bomb is reported. */
  aliasOffset: number;
  /** Anchored nodes being expanded right now, to catch an alias inside its own anchor. */
  expanding: Set<ParsedNode>;
}

function locOf(c: Converter, start: number, end: number): NodeLoc {
  const s = c.index.position(start);
  const e = c.index.position(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** Where the tag written before a node starts (`!Ref x`: the `!`), or undefined when it is not found verbatim. */
function tagStart(text: string, tag: string, valueStart: number): number | undefined {
  let i = valueStart;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text.startsWith(tag, i - tag.length) ? i - tag.length : undefined;
}

function keyText(key: ParsedNode | null): string {
  if (key === null) return '';
  if (isScalar(key)) return String(key.value);
  throw new ConversionError(
    key.range[0],
    'complex mapping keys (a mapping, sequence or alias as a key) are not supported',
  );
}

function convert(node: ParsedNode, depth: number, inAlias: boolean, c: Converter): DocNode {
  if (depth > MAX_DEPTH) throw new ConversionError(node.range[0], `nesting deeper than ${MAX_DEPTH} levels`);
  if (isAlias(node)) return expandAlias(node, depth, inAlias, c);
  if (inAlias && --c.aliasNodesLeft < 0) {
    throw new ConversionError(
      c.aliasOffset,
      `alias expansion exceeds ${MAX_ALIAS_NODES} nodes (an alias bomb?)`,
    );
  }
  const [start, end] = node.range;
  let result: DocNode;
  if (isScalar(node)) {
    const v = node.value;
    const value =
      v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
    result = { type: 'scalar', value, loc: locOf(c, start, end) };
  } else if (isSeq(node)) {
    const items = node.items.map((item) => convert(item as ParsedNode, depth + 1, inAlias, c));
    result = { type: 'array', items, loc: locOf(c, start, end) };
  } else {
    const entries: ObjectEntry[] = node.items.map((pair) => {
      const key = pair.key as ParsedNode | null;
      const keyLoc = key ? locOf(c, key.range[0], key.range[1]) : locOf(c, start, start);
      const value = pair.value as ParsedNode | null;
      return {
        key: keyText(key),
        keyLoc,
        value: value ? convert(value, depth + 1, inAlias, c) : { type: 'scalar', value: null, loc: keyLoc },
      };
    });
    result = { type: 'object', entries, loc: locOf(c, start, end) };
  }
  return node.tag && !node.tag.startsWith(CORE_TAG_PREFIX) ? applyTag(node.tag, result, start, c) : result;
}

function applyTag(tag: string, value: DocNode, valueStart: number, c: Converter): DocNode {
  const from = tagStart(c.text, tag, valueStart);
  const tagLoc = from === undefined ? value.loc : locOf(c, from, from + tag.length);
  const loc = { ...value.loc, line: tagLoc.line, column: tagLoc.column };
  const converted = c.tags?.(tag, value, loc, tagLoc);
  if (!converted) throw new ConversionError(from ?? valueStart, `unknown tag ${tag}`);
  return converted;
}

function expandAlias(alias: Alias.Parsed, depth: number, inAlias: boolean, c: Converter): DocNode {
  const target = alias.resolve(c.doc) as ParsedNode | undefined;
  if (!target) throw new ConversionError(alias.range[0], `unknown alias *${alias.source}`);
  if (c.expanding.has(target))
    throw new ConversionError(alias.range[0], `alias *${alias.source} refers to itself`);
  if (!inAlias) c.aliasOffset = alias.range[0];
  c.expanding.add(target);
  const result = convert(target, depth + 1, true, c);
  c.expanding.delete(target);
  return result;
}

/** Errors after the first of a document that does not parse are mostly its consequences: one diagnostic says so. */
function firstError(
  errors: readonly { line: number; column: number; message: string }[],
): ParsedDoc['errors'] {
  if (errors.length <= 1) return [...errors];
  const more = errors.length - 1;
  return [
    {
      ...errors[0],
      message: `${errors[0].message} (and ${more} later error${more > 1 ? 's' : ''}, probably caused by this one)`,
    },
  ];
}

/** Line/column of the repaired text, as written in the original. */
function repairedIndex(repair: IndentRepair): LineIndex {
  const index = lineIndex(repair.text);
  return {
    position(offset) {
      const { line, column } = index.position(offset);
      return { line, column: originalColumn(repair, line, column) };
    },
  };
}

function compose(text: string): Document.Parsed {
  // The library records a warning (an Error) for every local tag (`!Ref`) it does not know; their stack traces
  // were a quarter of parsing a CloudFormation template, and nothing reads them.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // prettyErrors off: its context excerpt is costly (and runs out of memory) on pathological input.
    // Duplicate keys are kept, as parseJson keeps them: the caller decides what they mean (see duplicateKeyErrors).
    return parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * Parses one YAML document. Errors carry 1-based positions; with any error the root is undefined, and the first
 * error stands for those it caused. Duplicate keys are not errors here: like parseJson, every entry is kept.
 * Indentation that PyYAML accepts and YAML 1.2 does not (see lenient-indent.ts) is repaired, positions unchanged.
 */
export function parseYaml(text: string, options: YamlOptions = {}): ParsedDoc {
  let index = lineIndex(text);
  let source = text;
  const at = (offset: number) => index.position(Math.min(Math.max(offset, 0), source.length));
  let doc: Document.Parsed;
  try {
    doc = compose(text);
    const repair = doc.errors.length > 0 ? repairIndentation(text) : undefined;
    if (repair) {
      const repaired = compose(repair.text);
      if (repaired.errors.length === 0) {
        doc = repaired;
        source = repair.text;
        index = repairedIndex(repair);
      }
    }
  } catch (error) {
    return { root: undefined, errors: [{ ...at(0), message: `invalid YAML: ${(error as Error).message}` }] };
  }
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      // The library reports a stack overflow in its composer as resource exhaustion; say what caused it.
      const reason = e.code === 'RESOURCE_EXHAUSTION' ? `nesting too deep (${e.message})` : e.message;
      return { ...at(e.pos[0]), message: `invalid YAML: ${reason}` };
    });
    return { root: undefined, errors: firstError(errors) };
  }
  if (!doc.contents) return { root: undefined, errors: [] };
  const converter: Converter = {
    doc,
    text: source,
    index,
    tags: options.tags,
    aliasNodesLeft: MAX_ALIAS_NODES,
    aliasOffset: 0,
    expanding: new Set(),
  };
  try {
    return { root: convert(doc.contents, 0, false, converter), errors: [] };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    return { root: undefined, errors: [{ ...at(error.offset), message: `invalid YAML: ${error.message}` }] };
  }
}
