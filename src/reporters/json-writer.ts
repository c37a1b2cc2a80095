// Writes a JSON document piece by piece, exactly as `JSON.stringify(value, null, 2)` would spell it, so a report of
// tens of thousands of findings is never held as one string, nor as one tree of report objects: the large arrays
// are `lazyArray`s whose items are built, serialised and dropped one at a time.

/** Where report text goes, in order; `write` may be called many times. */
export interface TextSink {
  write(text: string): void;
}

/** An array whose items are made while writing (`map` of each source item); written as a JSON array. */
export class LazyArray<T> {
  constructor(
    readonly items: Iterable<T>,
    readonly map: (item: T) => unknown,
  ) {}

  /** The items as an ordinary array: what the document holds when it is built whole (e.g. toSarifLog). */
  toJSON(): unknown[] {
    return Array.from(this.items, this.map);
  }
}

export function lazyArray<T>(items: Iterable<T>, map: (item: T) => unknown): LazyArray<T> {
  return new LazyArray(items, map);
}

const INDENT = '  ';

/** JSON.stringify(value, null, 2) with each line after the first indented by `indent`; undefined when it omits the value. */
function stringifyAt(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !(value instanceof LazyArray);
}

/**
 * Writes `value` at `indent` as JSON.stringify(value, null, 2) does (values it omits are omitted, `undefined` in an
 * array is `null`), descending into objects and arrays so that a LazyArray anywhere is streamed item by item.
 * Strings never hold a raw line break in JSON, so re-indenting a stringified item line by line is exact.
 */
function writeValue(value: unknown, sink: TextSink, indent: string): void {
  if (value instanceof LazyArray) {
    const inner = indent + INDENT;
    let first = true;
    for (const item of value.items) {
      sink.write(`${first ? '[' : ','}\n${inner}${stringifyAt(value.map(item), inner) ?? 'null'}`);
      first = false;
    }
    sink.write(first ? '[]' : `\n${indent}]`);
    return;
  }
  if (!isPlainContainer(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    sink.write(stringifyAt(value, indent) ?? 'null');
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return sink.write('[]');
    value.forEach((item, i) => {
      sink.write(`${i === 0 ? '[' : ','}\n${inner}`);
      if (omitted(item)) sink.write('null');
      else writeValue(item, sink, inner);
    });
    sink.write(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (omitted(item)) continue;
    sink.write(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    writeValue(item, sink, inner);
    first = false;
  }
  sink.write(first ? '{}' : `\n${indent}}`);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Writes `value` as `${JSON.stringify(value, null, 2)}\n`, streaming its LazyArrays. */
export function writeJson(value: unknown, sink: TextSink): void {
  writeValue(value, sink, '');
  sink.write('\n');
}

/** Collects what a writer writes into one string (tests, small reports, callers that need the text). */
export function collectText(write: (sink: TextSink) => void): string {
  const parts: string[] = [];
  write({ write: (text) => void parts.push(text) });
  return parts.join('');
}
