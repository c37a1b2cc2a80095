import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseHcl } from '../../../src/formats/hcl/index.ts';
import { fixture } from './helpers.ts';

function firstError(text: string) {
  const r = parseHcl(text);
  expect(r.errors.length).toBeGreaterThan(0);
  return r.errors[0];
}

describe('syntax errors (fixtures/hcl/invalid)', () => {
  const cases: [file: string, line: number, column: number, message: RegExp][] = [
    ['unclosed-block.tf', 1, 18, /^Unclosed block: expected "}" for block "resource" opened at line 1$/],
    ['unexpected-equals.tf', 2, 5, /^Invalid expression: unexpected "="$/],
    ['unterminated-string.tf', 1, 9, /^Invalid multi-line string/],
    ['missing-newline.tf', 1, 7, /^Missing newline after argument.*found "b"$/],
    ['unterminated-heredoc.tf', 1, 5, /^Unterminated heredoc: no closing "EOT" marker/],
    ['unclosed-tuple.tf', 2, 1, /^Missing item separator: expected "," or "]"; found "b"$/],
    ['duplicate-attribute.tf', 2, 1, /^Attribute redefined: "a" was already set at line 1/],
    ['unclosed-interpolation.tf', 1, 8, /^Unclosed template interpolation/],
    ['one-line-two-args.tf', 1, 10, /^Invalid single-line block: it can contain only one argument/],
    ['missing-endif.tf', 1, 6, /has no matching "%\{ endif \}"/],
    ['unterminated-comment.tf', 1, 7, /^Unterminated comment/],
    ['single-quotes.tf', 1, 5, /single quotes are not valid/],
    ['bad-escape.tf', 1, 6, /^Invalid escape sequence: "\\q"/],
    [
      'block-brace-next-line.tf',
      1,
      6,
      /^Argument or block definition required: expected "=" to set argument "block" or "\{"/,
    ],
    ['bad-number.tf', 1, 5, /^Invalid number literal: 1\.2\.3$/],
    ['quoted-name.tf', 1, 1, /^Invalid argument name: argument names must not be quoted$/],
  ];
  for (const [file, line, column, message] of cases) {
    it(file, () => {
      const e = firstError(fixture('invalid/' + file));
      expect({ line: e.line, column: e.column }).toEqual({ line, column });
      expect(e.message).toMatch(message);
    });
  }

  it('keeps the partial body parsed before the error', () => {
    const r = parseHcl('a = 1\nb { c = 2 }\nd = = 3\ne = 4\n');
    expect(r.errors).toEqual([{ line: 3, column: 5, message: 'Invalid expression: unexpected "="' }]);
    expect(r.body.attributes.map((a) => a.name)).toEqual(['a']);
    expect(r.body.blocks.map((b) => b.type)).toEqual(['b']);
  });

  it('keeps the first of duplicate attributes and continues', () => {
    const r = parseHcl('a = 1\na = 2\nb = 3\n');
    expect(r.errors).toHaveLength(1);
    expect(r.body.attributes.map((a) => [a.name, a.expr.start])).toEqual([
      ['a', 4],
      ['b', 16],
    ]);
  });
});

describe('more invalid inputs', () => {
  const cases: [src: string, line: number, column: number, message: RegExp][] = [
    ['a = {\n  b = 1 c = 2\n}\n', 2, 9, /^Missing attribute separator/],
    ['a = [for x in y : x => x]\n', 1, 19, /key expression \("=>"\) is not valid when building a tuple/],
    ['a = {for x in y : x}\n', 1, 19, /key expression \("key => value"\) is required/],
    ['a = "%{ else }"\n', 1, 6, /^Unexpected "%\{ else \}" directive/],
    ['a = "%{ bogus }"\n', 1, 9, /^Invalid template control keyword: "bogus"/],
    [
      'a = x.\n',
      1,
      7,
      /^Invalid attribute name: an attribute name is required after a dot; found a newline$/,
    ],
    ['a = x.0.1\n', 1, 7, /^Invalid legacy index syntax/],
    ['a = f(1 2)\n', 1, 9, /^Missing argument separator/],
    ['a = f(x..., y)\n', 1, 11, /^Missing closing parenthesis/],
    ['a "${x}" {}\n', 1, 4, /^Invalid block label: template sequences are not allowed/],
    [
      'a { b = 1\n}\n',
      1,
      10,
      /^Invalid single-line block: a block with an argument on its opening line must be closed on that same line$/,
    ],
    ['a {} b {}\n', 1, 6, /^Missing newline after block definition/],
    ['a = 1;\n', 1, 6, /";" is not valid/],
    ['a = x & y\n', 1, 7, /Did you mean "&&"\?/],
    ['a = \u201cx\u201d\n', 1, 5, /curly quotes/],
    ['a = 1 }\n', 1, 7, /^Missing newline after argument/],
    ['}\n', 1, 1, /^Unexpected "}"/],
    ['a = (1 + 2\n', 2, 1, /^Unbalanced parentheses: expected "\)" to close the "\(" at line 1/],
    ['a = ', 1, 5, /^Missing expression: expected an expression, found the end of the file$/],
    ['a = "\\u00"\n', 1, 6, /must be followed by four hexadecimal digits/],
    ['a = "\\UFFFFFFFF"\n', 1, 6, /cannot encode character U\+FFFFFFFF/],
    ['a = 1\rb = 2\n', 1, 6, /carriage return/],
  ];
  for (const [src, line, column, message] of cases) {
    it(JSON.stringify(src), () => {
      const e = firstError(src);
      expect(e.message).toMatch(message);
      expect({ line: e.line, column: e.column }).toEqual({ line, column });
    });
  }
});

describe('nesting limit', () => {
  const deep = (n: number, open: string, close: string, inner = '1') =>
    `a = ${open.repeat(n)}${inner}${close.repeat(n)}\n`;

  it(`accepts nesting below the limit (${MAX_DEPTH})`, () => {
    expect(parseHcl(deep(200, '[', ']')).errors).toEqual([]);
    expect(parseHcl(deep(200, '(', ')')).errors).toEqual([]);
  });

  const hostile: [string, string][] = [
    ['tuples', deep(5000, '[', ']')],
    ['parentheses', deep(5000, '(', ')')],
    ['objects', deep(5000, '{a=', '}')],
    ['function calls', deep(5000, 'f(', ')')],
    ['unclosed brackets', 'a = ' + '['.repeat(100000)],
    ['unary operators', 'a = ' + '-!'.repeat(50000) + '1\n'],
    ['conditionals', 'a = ' + 'x ? y : '.repeat(20000) + 'z\n'],
    ['index keys', 'a = ' + 'x['.repeat(5000) + '0' + ']'.repeat(5000) + '\n'],
    ['splats', 'a = x' + '[*]'.repeat(20000) + '\n'],
    ['interpolations', 'a = ' + '"${'.repeat(5000) + 'x' + '}"'.repeat(5000) + '\n'],
    ['template directives', 'a = "' + '%{ if x }'.repeat(5000) + '%{ endif }'.repeat(5000) + '"\n'],
    ['blocks', 'a {\n'.repeat(5000) + '}\n'.repeat(5000)],
    ['heredocs in interpolations', 'a = ' + '<<EOT\n${'.repeat(3000) + 'x' + '}\nEOT\n'.repeat(3000)],
  ];
  for (const [name, src] of hostile) {
    it(`reports "nesting too deep" for deeply nested ${name} instead of overflowing the stack`, () => {
      const r = parseHcl(src);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors[0].message).toMatch(/^Nesting too deep: more than 500 nested/);
    });
  }
});

describe('robustness', () => {
  it('never throws or hangs on random input', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = [
      'a',
      'b',
      ' ',
      '\n',
      '=',
      '{',
      '}',
      '[',
      ']',
      '(',
      ')',
      '"',
      '$',
      '%',
      '~',
      '<<EOT\n',
      'EOT\n',
      '#',
      '/*',
      '*/',
      '.',
      '*',
      ',',
      ':',
      '?',
      '1',
      '\\',
      '\r',
      'for',
      'in',
      'if',
      '=>',
      '...',
      '😀',
      '\t',
    ];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = Math.floor(rnd() * 60);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const r = parseHcl(s);
      expect(Array.isArray(r.errors)).toBe(true);
      for (const e of r.errors) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(typeof e.message).toBe('string');
      }
    }
  });

  it('empty input and comment-only input are valid and empty', () => {
    for (const src of ['', '\n\n', '# only\n// comments\n/* and */\n', '\ufeff']) {
      const r = parseHcl(src);
      expect(r.errors).toEqual([]);
      expect(r.body.attributes).toEqual([]);
      expect(r.body.blocks).toEqual([]);
    }
  });
});
