// Terraform's JSON configuration syntax (.tf.json) mapped onto the HCL AST, with positions from jsonc-parser.
//
// Block types and their label counts are known at the top level (resource/data: 2, module/variable/output/
// provider/check: 1, others: 0). Inside a block body every property becomes an attribute: without a schema,
// a nested block is indistinguishable from an object-valued attribute, so consumers handle both forms.
// Strings are parsed as templates (`${...}`, `%{...}`); template positions inside a string are exact when
// the JSON string has no backslash escapes and approximate (shifted by the escapes) otherwise.

import { parseTree, type Node, type ParseError as JsonError } from 'jsonc-parser';
import type { Attribute, Block, Body, Expr, ObjectItem, ParseError, ParsedHcl, Span } from './ast.ts';
import { parseTemplate } from './parser.ts';
import { hclLineIndex, type LineIndex } from '../positions.ts';

const LABELS = new Map<string, number>([
  ['resource', 2],
  ['data', 2],
  ['ephemeral', 2],
  ['module', 1],
  ['variable', 1],
  ['output', 1],
  ['provider', 1],
  ['check', 1],
]);

const MAX_DEPTH = 500;

/** Block types whose bodies may hold `dynamic` blocks (nested blocks exist only in these). */
const DYNAMIC_BLOCK_HOSTS = new Set(['resource', 'data', 'ephemeral']);

// jsonc-parser's ParseErrorCode values.
const JSON_ERRORS: Record<number, string> = {
  1: 'invalid symbol',
  2: 'invalid number format',
  3: 'expected a property name',
  4: 'expected a value',
  5: 'expected ":"',
  6: 'expected ","',
  7: 'expected "}"',
  8: 'expected "]"',
  9: 'expected the end of the file',
  10: 'comments are not allowed',
  11: 'unexpected end of comment',
  12: 'unexpected end of string',
  13: 'unexpected end of number',
  14: 'invalid unicode escape',
  15: 'invalid escape character',
  16: 'invalid character in string',
};

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/**
 * The [key, value] properties of a JSON object. Where the object is a block body or a level of labels,
 * `"//"` keys are comments (Terraform's JSON syntax) and are left out; in an object value they are data.
 */
function propertiesOf(node: Node, commentsAllowed: boolean): [Node, Node][] {
  const out: [Node, Node][] = [];
  for (const prop of node.children ?? []) {
    const key = prop.children?.[0];
    const value = prop.children?.[1];
    if (key && value && !(commentsAllowed && key.value === '//')) out.push([key, value]);
  }
  return out;
}

/**
 * What a body may hold besides attributes: a resource's (or data source's) `dynamic` property, or, in a
 * dynamic block's specification, its `content` block.
 */
type BodyKind = 'attributes' | 'resource' | 'dynamic-spec';

class JsonMapper {
  readonly errors: ParseError[] = [];
  readonly lines: LineIndex;
  private depth = 0;

  constructor(readonly text: string) {
    this.lines = hclLineIndex(text);
  }

  error(offset: number, message: string): void {
    const pos = this.lines.position(offset);
    this.errors.push({ line: pos.line, column: pos.column, message });
  }

  /** Top-level property `type` with `labels` labels still to read from `node`. */
  blocks(
    type: string,
    typeKey: Node,
    node: Node,
    remaining: number,
    labels: string[],
    labelKeys: Node[],
    out: Block[],
  ): void {
    if (node.type === 'array') {
      for (const el of node.children ?? []) this.blocks(type, typeKey, el, remaining, labels, labelKeys, out);
      return;
    }
    if (node.type !== 'object') {
      const what =
        remaining > 0 ? `an object whose keys are the block's labels` : `an object for the block body`;
      this.error(node.offset, `Invalid "${type}" block: expected ${what}, found ${describe(node)}`);
      return;
    }
    if (remaining > 0) {
      for (const [key, value] of propertiesOf(node, true)) {
        this.blocks(
          type,
          typeKey,
          value,
          remaining - 1,
          [...labels, String(key.value)],
          [...labelKeys, key],
          out,
        );
      }
      return;
    }
    const head = labelKeys.length > 0 ? labelKeys[labelKeys.length - 1] : typeKey;
    out.push({
      type,
      labels,
      start: head.offset,
      typeSpan: spanOf(typeKey),
      labelSpans: labelKeys.map(spanOf),
      body: this.body(node, DYNAMIC_BLOCK_HOSTS.has(type) ? 'resource' : 'attributes'),
      end: node.offset + node.length,
    });
  }

  /**
   * A block body: every property is an attribute, except, in resources and data sources, the
   * `"dynamic": { "TYPE": { "for_each": ..., "iterator": ..., "content": { ... } } }` property, which becomes
   * `dynamic "TYPE"` blocks with a `content` block, as the native syntax writes them.
   */
  body(node: Node, kind: BodyKind): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const firstSetAt = new Map<string, number>();
    /** Whether this is the first time `name` is set here; a second time is reported. */
    const firstSetting = (name: string, key: Node): boolean => {
      const first = firstSetAt.get(name);
      if (first === undefined) {
        firstSetAt.set(name, key.offset);
        return true;
      }
      this.error(
        key.offset,
        `Attribute redefined: "${name}" was already set at line ${this.lines.position(first).line}; each argument may be set only once`,
      );
      return false;
    };
    for (const [key, value] of propertiesOf(node, true)) {
      const name = String(key.value);
      if (kind === 'resource' && name === 'dynamic' && value.type === 'object') {
        this.dynamicBlocks(key, value, blocks);
        continue;
      }
      if (kind === 'dynamic-spec' && name === 'content' && value.type === 'object') {
        // The generated block's arguments (and, in turn, its own dynamic blocks).
        if (firstSetting(name, key))
          blocks.push({
            type: 'content',
            labels: [],
            start: key.offset,
            typeSpan: spanOf(key),
            labelSpans: [],
            body: this.body(value, 'resource'),
            end: value.offset + value.length,
          });
        continue;
      }
      const expr = this.expr(value);
      if (firstSetting(name, key))
        attributes.push({ name, start: key.offset, nameEnd: key.offset + key.length, expr, end: expr.end });
    }
    return { attributes, blocks, ...spanOf(node) };
  }

  /** `{ "TYPE": spec | [spec, ...] }` of a `dynamic` property: one `dynamic "TYPE"` block per spec. */
  private dynamicBlocks(dynamicKey: Node, node: Node, out: Block[]): void {
    for (const [typeKey, value] of propertiesOf(node, true)) {
      for (const spec of value.type === 'array' ? (value.children ?? []) : [value]) {
        if (spec.type !== 'object') {
          this.error(
            spec.offset,
            `Invalid dynamic block: expected an object with "for_each" and "content", found ${describe(spec)}`,
          );
          continue;
        }
        out.push({
          type: 'dynamic',
          labels: [String(typeKey.value)],
          start: typeKey.offset,
          typeSpan: spanOf(dynamicKey),
          labelSpans: [spanOf(typeKey)],
          body: this.body(spec, 'dynamic-spec'),
          end: spec.offset + spec.length,
        });
      }
    }
  }

  expr(node: Node): Expr {
    const start = node.offset;
    const end = node.offset + node.length;
    if (this.depth >= MAX_DEPTH) {
      this.error(node.offset, `Nesting too deep: more than ${MAX_DEPTH} nested JSON values`);
      return { kind: 'literal', value: null, start, end };
    }
    this.depth++;
    const e = this.exprInner(node, start, end);
    this.depth--;
    return e;
  }

  private exprInner(node: Node, start: number, end: number): Expr {
    switch (node.type) {
      case 'object': {
        const items: ObjectItem[] = [];
        for (const [key, value] of propertiesOf(node, false)) {
          const v = this.expr(value);
          items.push({
            key: { kind: 'literal', value: String(key.value), ...spanOf(key) },
            value: v,
            start: key.offset,
            end: v.end,
          });
        }
        return { kind: 'object', items, start, end };
      }
      case 'array':
        return { kind: 'tuple', items: (node.children ?? []).map((c) => this.expr(c)), start, end };
      case 'string': {
        const value = String(node.value);
        const at = { ...this.lines.position(node.offset + 1), offset: node.offset + 1 };
        const raw = this.text.slice(node.offset + 1, node.offset + node.length - 1);
        const { expr, errors } = parseTemplate(value, at);
        if (raw !== value) {
          // The string has JSON escapes: map positions in the decoded value back to the source.
          const remap = escapeRemapper(raw, value, at);
          remapOffsets(expr, remap.offset);
          for (const e of errors) Object.assign(e, remap.position(e.line, e.column));
        }
        for (const e of errors) this.errors.push(e);
        expr.start = start;
        expr.end = end;
        return expr;
      }
      case 'number':
      case 'boolean':
        return { kind: 'literal', value: node.value as number | boolean, start, end };
      default:
        return { kind: 'literal', value: null, start, end };
    }
  }
}

interface TemplateStart {
  line: number;
  column: number;
  offset: number;
}

/**
 * For a JSON string whose source `raw` (between the quotes, starting at `start`) decodes to `value`: moves
 * node offsets and error positions computed on `value` (as parseTemplate does, from `start`) to the source.
 * JSON strings hold no raw newlines, so the line is always `start.line`.
 */
function escapeRemapper(
  raw: string,
  value: string,
  start: TemplateStart,
): { offset(o: number): number; position(line: number, column: number): { line: number; column: number } } {
  // rawAt[i] = index in raw of the character that decodes to value[i]; rawAt[value.length] = raw.length.
  const rawAt = new Int32Array(value.length + 1);
  let r = 0;
  for (let v = 0; v < value.length; v++) {
    rawAt[v] = r;
    if (raw.charCodeAt(r) === 92) r += raw.charCodeAt(r + 1) === 117 ? 6 : 2;
    else r++;
  }
  rawAt[value.length] = raw.length;
  const rawIndex = (valueIndex: number) => rawAt[Math.min(Math.max(valueIndex, 0), value.length)];
  // The value index of a (line, column) computed by parseTemplate: walk value counting lines and code points.
  const lineStarts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const valueIndexAt = (line: number, column: number): number => {
    const li = line - start.line;
    let i = lineStarts[Math.min(Math.max(li, 0), lineStarts.length - 1)];
    let col = li === 0 ? start.column : 1;
    while (col < column && i < value.length) {
      const c = value.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      col++;
    }
    return i;
  };
  return {
    offset: (o) => start.offset + rawIndex(o - start.offset),
    position(line, column) {
      const ri = rawIndex(valueIndexAt(line, column));
      let rawColumn = start.column;
      for (let i = 0; i < ri; i++) {
        const c = raw.charCodeAt(i);
        const low = c >= 0xdc00 && c <= 0xdfff;
        if (!(low && i > 0 && raw.charCodeAt(i - 1) >= 0xd800 && raw.charCodeAt(i - 1) <= 0xdbff))
          rawColumn++;
      }
      return { line: start.line, column: rawColumn };
    },
  };
}

/** Applies `remap` to every offset in an expression tree (node spans and call name ends). */
function remapOffsets(root: Expr, remap: (offset: number) => number): void {
  const visit = (o: unknown): void => {
    if (o === null || typeof o !== 'object') return;
    if (Array.isArray(o)) {
      for (const x of o) visit(x);
      return;
    }
    const node = o as Record<string, unknown>;
    for (const k in node) {
      const v = node[k];
      if (typeof v === 'number' && (k === 'start' || k === 'end' || k === 'nameEnd')) node[k] = remap(v);
      else visit(v);
    }
  };
  visit(root);
}

function describe(node: Node): string {
  switch (node.type) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    default:
      return 'an object';
  }
}

/** Parses a Terraform JSON configuration file (.tf.json). Never throws; `errors` is empty for a valid file. */
export function parseTfJson(text: string): ParsedHcl {
  const m = new JsonMapper(text);
  const jsonErrors: JsonError[] = [];
  let root: Node | undefined;
  try {
    // A leading BOM is skipped (replaced by a space, keeping offsets), as the native syntax does.
    const json = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    root = parseTree(json, jsonErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch {
    // jsonc-parser recurses per nesting level: absurdly deep input overflows the stack.
    m.errors.push({ line: 1, column: 1, message: 'Invalid JSON: nesting too deep to parse' });
    return { body: { attributes: [], blocks: [], start: 0, end: text.length }, errors: m.errors };
  }
  for (const e of jsonErrors) m.error(e.offset, `Invalid JSON: ${JSON_ERRORS[e.error] ?? 'syntax error'}`);
  const blocks: Block[] = [];
  const body: Body = {
    attributes: [],
    blocks,
    start: text.charCodeAt(0) === 0xfeff ? 1 : 0,
    end: text.length,
  };
  if (!root) return { body, errors: m.errors };
  if (root.type !== 'object') {
    if (jsonErrors.length === 0)
      m.error(root.offset, `Invalid Terraform JSON: the root must be an object, found ${describe(root)}`);
    return { body, errors: m.errors };
  }
  try {
    for (const [key, value] of propertiesOf(root, true)) {
      const type = String(key.value);
      m.blocks(type, key, value, LABELS.get(type) ?? 0, [], [], blocks);
    }
  } catch (e) {
    m.errors.push({ line: 1, column: 1, message: `Internal parser error: ${String(e)}` });
  }
  return { body, errors: m.errors };
}
