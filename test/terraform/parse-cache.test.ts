// ParseCache: a shared module's tree is reused across units, never for another text, and memory stays bounded.
import { describe, expect, it } from 'vitest';
import type { ParsedHcl } from '../../src/formats/hcl/ast.ts';
import { parseHcl } from '../../src/formats/hcl/index.ts';
import { ParseCache } from '../../src/formats/terraform/parse-cache.ts';

/** parseHcl, counting its calls per text. */
function countingParser(): { parse: (text: string) => ParsedHcl; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    parse: (text) => {
      calls.push(text);
      return parseHcl(text);
    },
  };
}

describe('ParseCache', () => {
  it('parses a shared file once for the same text, again when its text differs', () => {
    const cache = new ParseCache(['modules/edge/main.tf']);
    const { parse, calls } = countingParser();
    const first = cache.parse('modules/edge/main.tf', 'a = 1\n', parse);
    // A unit reads the file again: an equal string, not the same one.
    const again = cache.parse('modules/edge/main.tf', ['a = 1', ''].join('\n'), parse);
    expect(again).toBe(first);
    expect(calls).toEqual(['a = 1\n']);
    const changed = cache.parse('modules/edge/main.tf', 'a = 2\n', parse);
    expect(changed).not.toBe(first);
    expect(changed.body.attributes[0].expr).toMatchObject({ kind: 'literal', value: 2 });
    expect(calls).toEqual(['a = 1\n', 'a = 2\n']);
  });

  it('keeps no file that only one unit reads', () => {
    const cache = new ParseCache(['shared.tf']);
    const { parse, calls } = countingParser();
    const first = cache.parse('own.tf', 'a = 1\n', parse);
    expect(cache.parse('own.tf', 'a = 1\n', parse)).not.toBe(first);
    expect(calls).toHaveLength(2);
  });

  it('drops the least recently used trees beyond its size', () => {
    const paths = ['a.tf', 'b.tf', 'c.tf'];
    const cache = new ParseCache(paths, 22); // room for two of these files
    const { parse, calls } = countingParser();
    const text = (p: string) => `x = "${p}"\n`; // 11 characters
    for (const p of paths.slice(0, 2)) cache.parse(p, text(p), parse);
    cache.parse('a.tf', text('a.tf'), parse); // a is now the most recent: b goes when c comes
    cache.parse('c.tf', text('c.tf'), parse);
    expect(calls).toHaveLength(3);
    cache.parse('a.tf', text('a.tf'), parse);
    cache.parse('c.tf', text('c.tf'), parse);
    expect(calls).toHaveLength(3);
    cache.parse('b.tf', text('b.tf'), parse);
    expect(calls).toHaveLength(4);
  });

  it('keeps its parse errors with the tree', () => {
    const cache = new ParseCache(['bad.tf']);
    const { parse, calls } = countingParser();
    const first = cache.parse('bad.tf', 'a = \n', parse);
    expect(first.errors.length).toBeGreaterThan(0);
    expect(cache.parse('bad.tf', 'a = \n', parse).errors).toEqual(first.errors);
    expect(calls).toHaveLength(1);
  });
});
