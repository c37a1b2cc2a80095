// The streaming JSON writer must spell a document exactly as JSON.stringify(value, null, 2) does.
import { describe, expect, it } from 'vitest';
import { collectText, lazyArray, writeJson } from '../../src/reporters/json-writer.ts';

const stringified = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const written = (value: unknown) => collectText((sink) => writeJson(value, sink));

describe('writeJson', () => {
  const cases: [string, unknown][] = [
    ['primitives', { a: 1, b: 'x\ny "q"', c: true, d: null, e: -0.5, f: Number.NaN }],
    ['empty containers', { a: [], b: {}, c: [[], {}] }],
    ['omitted values', { a: undefined, b: () => 1, c: [undefined, () => 1], d: 2 }],
    ['nested', { runs: [{ tool: { rules: [{ id: 'R', tags: ['a', 'b'] }] }, results: [{ x: [1] }] }] }],
    ['top-level array', [1, { a: [2, 3] }, 'end']],
    ['a toJSON object', { when: new Date(0), n: 1 }],
    ['unicode keys and values', { 'ké\u2028y': '\u0000\u2029é' }],
  ];
  it.each(cases)('%s', (_, value) => {
    expect(written(value)).toBe(stringified(value));
  });

  it('streams lazy arrays item by item, as the arrays they stand for', () => {
    const items = [{ a: 1, b: [1, 2] }, { a: 2, b: [] }, undefined];
    const made: number[] = [];
    const lazy = lazyArray(items, (item) => {
      made.push(made.length);
      return item && { ...item, c: { d: 'e' } };
    });
    const expected = items.map((item) => item && { ...item, c: { d: 'e' } });
    expect(written({ head: 1, items: lazy, none: lazyArray([], (x) => x), tail: [lazy] })).toBe(
      stringified({ head: 1, items: expected, none: [], tail: [expected] }),
    );
    expect(JSON.stringify({ items: lazy })).toBe(JSON.stringify({ items: expected }));
    expect(made.length).toBe(9);
  });

  it('writes in many pieces, not one string', () => {
    const pieces: string[] = [];
    writeJson({ items: lazyArray([1, 2, 3], (n) => ({ n })) }, { write: (t) => void pieces.push(t) });
    expect(pieces.length).toBeGreaterThan(3);
  });
});
