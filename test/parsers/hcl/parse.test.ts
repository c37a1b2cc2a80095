import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../../src/formats/hcl/index.ts';
import type { Expr } from '../../../src/formats/hcl/ast.ts';
import { allSpans, attr, fixture, nameSpan, rng, show, slice } from './helpers.ts';

function parseOk(text: string) {
  const r = parseHcl(text);
  expect(r.errors).toEqual([]);
  return r.body;
}

/** Parses `name = <expr>` and returns the expression. */
function expr(src: string): Expr {
  return parseOk(`x = ${src}\n`).attributes[0].expr;
}

describe('blocks', () => {
  const text = fixture('blocks.tf');
  const body = parseOk(text);

  it('finds top-level blocks with their labels in order', () => {
    expect(body.blocks.map((b) => [b.type, b.labels])).toEqual([
      ['terraform', []],
      ['resource', ['aws_security_group', 'app']],
      ['locals', []],
      ['module', ['mod_a', 'x']],
      ['empty', ['a']],
    ]);
  });

  it('gives exact ranges for type, labels, body and block', () => {
    const r = body.blocks[1];
    expect(rng(text, r.typeSpan)).toBe('5:1-5:9');
    expect(r.labelSpans.map((s) => rng(text, s))).toEqual(['5:10-5:30', '5:31-5:36']);
    expect(slice(text, r.labelSpans[0])).toBe('"aws_security_group"');
    expect(rng(text, r)).toBe('5:1-14:2');
    expect(slice(text, r).endsWith('}')).toBe(true);
    expect(rng(text, r.body)).toBe('5:37-14:2');
    expect(r.typeSpan.start).toBe(text.indexOf('resource'));
  });

  it('parses nested blocks, including repeated and empty ones', () => {
    const r = body.blocks[1];
    expect(r.body.attributes.map((a) => a.name)).toEqual(['name']);
    expect(r.body.blocks.map((b) => [b.type, rng(text, b)])).toEqual([
      ['egress', '8:3-11:4'],
      ['egress', '13:3-13:12'],
    ]);
    const eg = r.body.blocks[0];
    expect(
      eg.body.attributes.map((a) => [a.name, rng(text, nameSpan(a)), rng(text, a.expr), show(a.expr)]),
    ).toEqual([
      ['from_port', '9:5-9:14', '9:17-9:18', '0'],
      ['to_port', '10:5-10:12', '10:17-10:18', '0'],
    ]);
    expect(r.body.blocks[1].body.attributes).toEqual([]);
  });

  it('parses one-line blocks and identifier labels', () => {
    const locals = body.blocks[2];
    expect(rng(text, locals)).toBe('16:1-16:32');
    expect(locals.body.attributes.map((a) => [a.name, rng(text, a), show(a.expr)])).toEqual([
      ['region', '16:10-16:30', 'tpl("eu-west-1")'],
    ]);
    const mod = body.blocks[3];
    expect(mod.labelSpans.map((s) => rng(text, s))).toEqual(['17:8-17:13', '17:14-17:17']);
  });

  it('attribute range runs from the name to the end of the expression', () => {
    const a = body.blocks[0].body.attributes[0];
    expect(a.name).toBe('required_version');
    expect(rng(text, a)).toBe('2:3-2:30');
    expect(slice(text, a)).toBe('required_version = ">= 1.5"');
  });

  it('top-level body spans the file', () => {
    expect([body.start, body.end]).toEqual([0, text.length]);
  });
});

describe('literals', () => {
  const text = fixture('literals.tf');
  const body = parseOk(text);
  it('parses numbers (with exponents), booleans, null and strings', () => {
    const values = Object.fromEntries(body.attributes.map((a) => [a.name, show(a.expr)]));
    expect(values).toEqual({
      int: '42',
      float: '3.25',
      exp: '1000',
      exp_neg: '0.025',
      exp_plus: '100',
      yes: 'true',
      no: 'false',
      nothing: 'null',
      str: 'tpl("hello")',
      empty: 'tpl("")',
      neg: '(-7)',
    });
    expect(attr(body, 'exp_neg').expr).toMatchObject({ kind: 'literal', value: 0.025 });
    expect(rng(text, attr(body, 'exp_neg').expr)).toBe('4:12-4:18');
  });
  it('an empty string is a template with one empty text part right after the quote', () => {
    const e = attr(body, 'empty').expr;
    expect(e).toMatchObject({ kind: 'template', parts: [{ kind: 'text', value: '' }] });
    if (e.kind !== 'template') throw new Error();
    expect(rng(text, e.parts[0])).toBe('10:13-10:13');
  });
  it('a number followed by a dot is a number then a traversal', () => {
    expect(show(expr('1.5e3'))).toBe('1500');
    expect(show(expr('1.e5'))).toBe('100000');
  });
});

describe('comments', () => {
  const text = fixture('comments.tf');
  const body = parseOk(text);
  it('skips #, // and /* */ comments everywhere', () => {
    expect(body.attributes.map((a) => [a.name, rng(text, nameSpan(a)), show(a.expr)])).toEqual([
      ['a', '5:1-5:2', '1'],
      ['b', '6:1-6:2', '2'],
      ['c', '7:1-7:2', '3'],
      ['e', '14:1-14:2', '4'],
    ]);
    expect(rng(text, attr(body, 'c').expr)).toBe('7:18-7:19');
    const d = body.blocks[0].body.attributes[0];
    expect(show(d.expr)).toBe('[1, 2]');
    expect(rng(text, d.expr)).toBe('9:7-12:4');
  });
  it('a comment at the end of the file without a newline is fine', () => {
    expect(parseOk('a = 1 # end').attributes.map((a) => a.name)).toEqual(['a']);
    expect(parseOk('a = 1 // end').attributes.length).toBe(1);
  });
  it('a block comment spanning lines keeps the line count', () => {
    const src = '/* a\nb\nc */ x = 1\n';
    expect(rng(src, nameSpan(parseOk(src).attributes[0]))).toBe('3:6-3:7');
  });
});

describe('templates', () => {
  const text = fixture('templates.tf');
  const body = parseOk(text);
  const t = (name: string) => show(attr(body, name).expr);

  it('interpolations', () => {
    expect(t('plain')).toBe('tpl("abc")');
    expect(t('interp')).toBe('tpl("a-" var.name "-b")');
    expect(t('only')).toBe('tpl(var.name)');
    expect(t('nested')).toBe('tpl(upper(tpl("in-" var.x)))');
  });

  it('escapes: \\n \\t \\" \\\\ \\uNNNN \\UNNNNNNNN', () => {
    const e = attr(body, 'escapes').expr;
    expect(e).toMatchObject({ kind: 'template', parts: [{ kind: 'text', value: 'tab\tnl\nq"bs\\uéU😀' }] });
  });

  it('$${ and %%{ are literal escapes; lone $ and % are text', () => {
    expect(t('dollar')).toBe('tpl("${literal} %{literal} $x %y $$ %%")');
  });

  it('%{if}/%{else} and %{for} directives', () => {
    expect(t('cond')).toBe('tpl(%if(var.on ? tpl("on") : tpl("off")))');
    expect(t('loop')).toBe('tpl(%for(k,v in var.m: tpl(k "=" v ";")))');
    const c = attr(body, 'cond').expr;
    if (c.kind !== 'template' || c.parts[0].kind !== 'template-if') throw new Error('shape');
    expect(rng(text, c.parts[0])).toBe('6:12-6:50');
    expect(slice(text, c.parts[0])).toBe('%{ if var.on }on%{ else }off%{ endif }');
  });

  it('strip markers ~ trim adjacent white space', () => {
    expect(t('strip')).toBe('tpl("a" var.x "b")');
    expect(t('dstrip')).toBe('tpl("x" %if(true ? tpl("y")) "z")');
  });

  it('an empty text left by a strip marker is kept when it stops a lone interpolation being a pass-through', () => {
    expect(show(expr('" ${~ x}"'))).toBe('tpl("" x)');
    expect(show(expr('"${x} ${~ y}"'))).toBe('tpl(x y)');
  });

  it('part ranges are exact', () => {
    const e = attr(body, 'interp').expr;
    if (e.kind !== 'template') throw new Error();
    expect(rng(text, e)).toBe('2:11-2:28');
    expect(e.parts.map((p) => slice(text, p))).toEqual(['a-', 'var.name', '-b']);
  });

  it('an if without else has no else branch; empty branches are empty text', () => {
    const e = expr('"%{ if a }%{ endif }"');
    expect(show(e)).toBe('tpl(%if(a ? tpl("")))');
  });
});

describe('heredocs', () => {
  const text = fixture('heredocs.tf');
  const body = parseOk(text);
  it('<<EOT keeps text verbatim', () => {
    const e = attr(body, 'plain').expr;
    expect(show(e)).toBe('tpl("hello\\n  world\\n")');
    expect(rng(text, e)).toBe('1:9-4:4');
    expect(rng(text, attr(body, 'plain'))).toBe('1:1-4:4');
  });
  it('<<-EOT strips the smallest indentation (blank lines ignored)', () => {
    const e = attr(body, 'indented').expr;
    expect(show(e)).toBe('tpl("first\\n  second\\n\\nthird " var.x "\\n")');
    if (e.kind !== 'template' || e.parts[0].kind !== 'text') throw new Error();
    // the text starts after the 4 stripped spaces
    expect(rng(text, e.parts[0]).split('-')[0]).toBe('6:5');
    expect(rng(text, e)).toBe('5:12-10:8');
  });
  it('interpolations in heredocs', () => {
    expect(show(attr(body, 'policy').expr)).toBe('tpl("{\\"a\\": \\"" var.arn "\\"}\\n")');
  });
  it('directives with strip markers in an indented heredoc follow HCL', () => {
    // HCL applies ~ before the <<- rule; the line after `%{ for ~}` is then not a line start.
    expect(show(attr(body, 'directive').expr)).toBe('tpl(%for(ip in var.ips: tpl("  allow " ip "\\n")))');
  });
  it('the attribute after a heredoc is on the right line', () => {
    expect(rng(text, nameSpan(attr(body, 'after')))).toBe('19:1-19:6');
  });
  it('the closing marker may be indented and followed by spaces', () => {
    expect(show(expr('<<EOT\nx\n   EOT   \n'))).toBe('tpl("x\\n")');
  });
  it('an empty heredoc', () => {
    expect(show(expr('<<EOT\nEOT'))).toBe('tpl("")');
  });
});

describe('collections', () => {
  const text = fixture('collections.tf');
  const body = parseOk(text);
  it('tuples', () => {
    expect(show(attr(body, 'tuple').expr)).toBe('[1, tpl("two"), three]');
    expect(show(attr(body, 'multi').expr)).toBe('[tpl("a"), tpl("b")]');
    expect(rng(text, attr(body, 'multi').expr)).toBe('2:9-5:2');
    expect(show(attr(body, 'empty_t').expr)).toBe('[]');
  });
  it('objects: ident keys become strings, "=" or ":", commas or newlines, (expr) keys', () => {
    expect(show(attr(body, 'obj').expr)).toBe('{"a" = 1, tpl("b") = 2, "c" = 3}');
    expect(show(attr(body, 'multi_obj').expr)).toBe(
      '{"name" = tpl("x"), tpl("quoted key") = 2, (var.k) = 3, "nested" = {"inner" = [1, 2]}}',
    );
    const o = attr(body, 'multi_obj').expr;
    if (o.kind !== 'object') throw new Error();
    expect(o.items.map((i) => rng(text, i))).toEqual(['9:3-9:13', '10:3-10:19', '11:3-11:14', '12:3-12:30']);
    expect(o.items[0].key).toMatchObject({ kind: 'literal', value: 'name' });
    expect(o.items[2].key).toMatchObject({ kind: 'paren', expr: { kind: 'getattr', name: 'k' } });
    expect(show(attr(body, 'empty_o').expr)).toBe('{}');
  });
});

describe('traversals, splats and calls', () => {
  const text = fixture('traversals.tf');
  const body = parseOk(text);
  const t = (name: string) => show(attr(body, name).expr);
  it('attribute and index steps', () => {
    expect(t('attr')).toBe('var.a.b');
    expect(t('index')).toBe('var.list[0]');
    expect(t('key')).toBe('var.map[tpl("k")]');
    expect(t('dyn')).toBe('var.map[local.k]');
    expect(t('chain')).toBe('module.m.out[0].name');
  });
  it('legacy index .0 is an index step', () => {
    expect(t('legacy')).toBe('aws_instance.web[0].id');
    expect(attr(body, 'legacy').expr).toMatchObject({
      kind: 'getattr',
      object: { kind: 'index', key: { kind: 'literal', value: 0 } },
    });
  });
  it('full and attribute-only splats', () => {
    expect(t('splat')).toBe('splat(aws_instance.web, @.id)');
    expect(t('splat2')).toBe('splat(var.x, @)');
    expect(t('attrs')).toBe('splat(aws_instance.web, @.id)');
    expect(rng(text, attr(body, 'splat').expr)).toBe('6:10-6:32');
    // a full splat takes every following step; an attribute-only splat only attribute steps
    expect(show(expr('a[*].b[0].c'))).toBe('splat(a, @.b[0].c)');
    expect(show(expr('a.*.b[0]'))).toBe('splat(a, @.b)[0]');
    expect(show(expr('a[*][*].b'))).toBe('splat(a, splat(@, @.b))');
  });
  it('function calls, expansion and traversals on results', () => {
    expect(t('call')).toBe('lookup(var.m, tpl("k"), null)');
    expect(t('expand')).toBe('concat(var.lists...)');
    expect(t('none')).toBe('timestamp()');
    const c = attr(body, 'call').expr;
    if (c.kind !== 'call') throw new Error();
    expect(rng(text, nameSpan(c))).toBe('9:10-9:16');
    expect(rng(text, c)).toBe('9:10-9:34');
    expect(show(expr('f(1,\n 2,\n)'))).toBe('f(1, 2)');
  });
  it('provider-namespaced functions keep the full name', () => {
    const src = fixture('functions-namespaced.tf');
    const e = parseOk(src).attributes[0].expr;
    expect(show(e)).toBe('provider::aws::arn_parse(var.arn).region');
    if (e.kind !== 'getattr' || e.object.kind !== 'call') throw new Error();
    expect(rng(src, nameSpan(e.object))).toBe('1:7-1:31');
  });
});

describe('operators', () => {
  const text = fixture('operators.tf');
  const body = parseOk(text);
  const t = (name: string) => show(attr(body, name).expr);
  it('binary precedence: * / % over + - over comparisons over == != over && over ||', () => {
    expect(t('arith')).toBe('((1 + (2 * 3)) - ((4 / 2) % 3))');
    expect(t('logic')).toBe('((!a) || (b && (c == d)))');
    expect(t('cmp')).toBe('((a < b) == (c >= d))');
  });
  it('unary binds to the traversal; operators are left-associative', () => {
    expect(t('neg')).toBe('((-x.y) * 2)');
    expect(show(expr('1 - 2 - 3'))).toBe('((1 - 2) - 3)');
    expect(show(expr('-46 + 5'))).toBe('((-46) + 5)');
    expect(show(expr('!!a'))).toBe('(!(!a))');
  });
  it('parentheses and conditionals (right-associative)', () => {
    expect(t('paren')).toBe('(((1 + 2)) * 3)');
    expect(t('cond')).toBe('(a ? b : (c ? d : e))');
    expect(t('tern')).toBe('(((x > 0) && y) ? tpl("p") : tpl("n"))');
    expect(rng(text, attr(body, 'tern').expr)).toBe('7:9-7:31');
  });
  it('identifiers may contain dashes: a-b is a name, a - b a subtraction', () => {
    expect(show(expr('a-b'))).toBe('a-b');
    expect(show(expr('a - b'))).toBe('(a - b)');
    expect(show(expr('1-2'))).toBe('(1 - 2)');
  });
});

describe('for expressions', () => {
  const text = fixture('for.tf');
  const body = parseOk(text);
  const t = (name: string) => show(attr(body, name).expr);
  it('tuple and object forms, key/value vars, if, grouping', () => {
    expect(t('list')).toBe('[for s in var.list : upper(s)]');
    expect(t('kv')).toBe('[for k, v in var.map : tpl(k "=" v) if (v != tpl(""))]');
    expect(t('obj')).toBe('{for k, v in var.map : k => v}');
    expect(t('group')).toBe('{for s in var.list : substr(s, 0, 1) => s...}');
    expect(attr(body, 'group').expr).toMatchObject({
      kind: 'for',
      object: true,
      grouping: true,
      valueVar: 's',
    });
    expect(attr(body, 'obj').expr).toMatchObject({ kind: 'for', keyVar: 'k', valueVar: 'v' });
  });
  it('newlines are ignored inside a for expression', () => {
    expect(t('multi')).toBe('[for x in var.xs : (x * 2) if (x > 0)]');
    expect(rng(text, attr(body, 'multi').expr)).toBe('5:9-9:2');
  });
});

describe('newline sensitivity', () => {
  it('newlines are ignored inside (), [] and function calls', () => {
    expect(show(expr('(1 +\n 2)'))).toBe('((1 + 2))');
    expect(show(expr('[1 +\n 2]'))).toBe('[(1 + 2)]');
    expect(show(expr('f(\n1\n,\n2\n)'))).toBe('f(1, 2)');
    expect(show(expr('x[\n0\n]'))).toBe('x[0]');
  });
  it('but end an attribute, and separate object items', () => {
    expect(parseHcl('a = 1 +\n2\n').errors).toHaveLength(1);
    expect(parseHcl('a = {\n b = 1 +\n 2\n}\n').errors).toHaveLength(1);
    expect(show(expr('{\n a = 1\n b = 2\n}'))).toBe('{"a" = 1, "b" = 2}');
  });
});

describe('positions', () => {
  it('CRLF line endings', () => {
    const text = fixture('crlf.tf');
    const body = parseOk(text);
    const a = body.blocks[0];
    expect(rng(text, a)).toBe('1:1-6:2');
    expect(a.body.attributes.map((x) => [x.name, rng(text, nameSpan(x)), rng(text, x.expr)])).toEqual([
      ['b', '2:3-2:4', '2:7-2:8'],
      ['c', '3:3-3:4', '3:7-5:4'],
    ]);
    expect(show(a.body.attributes[1].expr)).toBe('tpl("line\\r\\n")');
    expect(rng(text, nameSpan(body.attributes[0]))).toBe('7:1-7:2');
    expect(body.attributes[0].start).toBe(text.indexOf('d = '));
  });

  it('a UTF-8 BOM is skipped for columns but counted in offsets', () => {
    const text = fixture('bom.tf');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const body = parseOk(text);
    expect(body.attributes[0].start).toBe(1);
    expect(rng(text, nameSpan(body.attributes[0]))).toBe('1:1-1:2');
    expect(rng(text, body.blocks[0])).toBe('2:1-3:2');
  });

  it('columns count code points; offsets are UTF-16 indexes', () => {
    const text = fixture('unicode.tf');
    const body = parseOk(text);
    expect(rng(text, attr(body, 'name').expr)).toBe('1:8-1:21');
    expect(rng(text, attr(body, 'emoji').expr)).toBe('2:9-2:13');
    const after = attr(body, 'after').expr;
    expect(rng(text, after)).toBe('3:9-3:17');
    if (after.kind !== 'binary') throw new Error();
    expect(after.right.start).toBe(text.indexOf('== x') + 3);
    expect(rng(text, after.right)).toBe('3:16-3:17');
  });

  it('astral characters in comments, identifiers and heredocs count as one column', () => {
    const t1 = '/* 😀 */ a = 1\n';
    expect(rng(t1, nameSpan(parseOk(t1).attributes[0]))).toBe('1:9-1:10');
    const t2 = '𝒜 = 1\nb = 𝒜 + c\n';
    const b2 = parseOk(t2);
    expect(b2.attributes.map((a) => a.name)).toEqual(['𝒜', 'b']);
    expect(rng(t2, nameSpan(b2.attributes[0]))).toBe('1:1-1:2');
    const sum = b2.attributes[1].expr;
    if (sum.kind !== 'binary') throw new Error();
    expect(rng(t2, sum.right)).toBe('2:9-2:10');
    const t3 = 'h = <<EOT\n😀 ${x}\nEOT\n';
    const h = parseOk(t3).attributes[0].expr;
    if (h.kind !== 'template') throw new Error();
    expect(rng(t3, h.parts[1])).toBe('2:5-2:6');
    const t4 = 'a = 1 # 😀😀';
    const b4 = parseHcl(t4).body;
    expect(b4.end).toBe(12);
    expect(rng(t4, b4)).toBe('1:1-1:11');
  });

  it('every span slices back to its own source text', () => {
    for (const f of ['templates.tf', 'traversals.tf', 'operators.tf', 'for.tf', 'collections.tf']) {
      const text = fixture(f);
      for (const a of parseOk(text).attributes) {
        expect(slice(text, nameSpan(a))).toBe(a.name);
        for (const span of allSpans(a.expr)) {
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.start).toBeGreaterThanOrEqual(a.expr.start);
          expect(span.end).toBeLessThanOrEqual(a.expr.end);
        }
      }
    }
  });
});
