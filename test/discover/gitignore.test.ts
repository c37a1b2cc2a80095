// .gitignore and config globs are matched by egress-lint's own linear-time matcher (src/config/glob.ts). It agrees
// with the `ignore` package (git's semantics) on random small rule sets, and stays fast where regular expressions
// backtrack without end.
import fc from 'fast-check';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { Glob, pathGlob } from '../../src/config/glob.ts';
import { GitIgnore } from '../../src/engine/gitignore.ts';

const segment = fc.constantFrom('a', 'b', 'ab', '.x', 'a.tf', 'b.tf');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const patternPart = fc.constantFrom('a', 'b', '*', '?', '**', '*.tf', '[ab]', 'a*', '.x', '[!a]');
const pattern = fc
  .tuple(
    fc.constantFrom('', '/', '!', '**/'),
    fc.array(patternPart, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '/'),
  )
  .map(([lead, parts, trail]) => `${lead}${parts.join('/')}${trail}`);

describe('GitIgnore', () => {
  it('agrees with the ignore package', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 4 }),
        path,
        fc.boolean(),
        (rules, p, isDir) => {
          const text = rules.join('\n');
          const tested = isDir ? `${p}/` : p;
          const expected = ignore().add(text).test(tested);
          const actual = new GitIgnore(text).test(tested);
          expect({ rules, tested, ...actual }).toEqual({
            rules,
            tested,
            ignored: expected.ignored,
            unignored: expected.unignored,
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('matches hostile patterns in linear time', () => {
    const deep = Array(200).fill('a').join('/');
    const rules = `${Array(30).fill('**/a').join('/')}/**/b\n${'*a'.repeat(40)}*b\n`;
    expect(new GitIgnore(rules).test(deep)).toEqual({ ignored: false, unignored: false });
    expect(pathGlob(`${'*a'.repeat(40)}*b`).test('a'.repeat(5000))).toBe(false);
    expect(pathGlob('{a,b}'.repeat(20)).test('ab'.repeat(10))).toBe(false);
  });
});

describe('Glob', () => {
  it.each([
    ['*.tf', 'x/y/main.tf', true],
    ['legacy/**', 'legacy/a/b.tf', true],
    ['legacy/**', 'legacy/', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/*/b', 'a/x/y/b', false],
    ['{x,y}.tf', 'y.tf', true],
    ['[a-c]?.tf', 'b1.tf', true],
    ['\\*.tf', '*.tf', true],
    ['\\*.tf', 'a.tf', false],
  ])('%s on %s: %s', (glob, text, expected) => {
    expect(pathGlob(glob).test(text)).toBe(expected);
  });

  it('wildcards only, for resource ids', () => {
    const glob = new Glob('aws_security_group.x["*"]', { segments: false, wildcardsOnly: true });
    expect(glob.test('aws_security_group.x["a/b"]')).toBe(true);
    expect(glob.test('aws_security_group.y["a"]')).toBe(false);
  });
});
