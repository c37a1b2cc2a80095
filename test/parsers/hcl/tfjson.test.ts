import { describe, expect, it } from 'vitest';
import { parseTemplate, parseTfJson } from '../../../src/formats/hcl/index.ts';
import { attr, fixture, nameSpan, rng, show, slice } from './helpers.ts';

describe('parseTemplate', () => {
  const at = { line: 3, column: 10, offset: 40 };

  it('plain text is one text part', () => {
    const { expr, errors } = parseTemplate('0.0.0.0/0', at);
    expect(errors).toEqual([]);
    expect(show(expr)).toBe('tpl("0.0.0.0/0")');
    expect([expr.start, expr.end]).toEqual([40, 49]);
  });

  it('interpolations with positions offset from start', () => {
    const { expr, errors } = parseTemplate('a-${var.x}-b', at);
    expect(errors).toEqual([]);
    expect(show(expr)).toBe('tpl("a-" var.x "-b")');
    if (expr.kind !== 'template') throw new Error();
    expect(expr.parts.map((p) => [p.start, p.end])).toEqual([
      [40, 42],
      [44, 49],
      [50, 52],
    ]);
  });

  it('a lone interpolation, directives, escapes and strip markers', () => {
    expect(show(parseTemplate('${var.x}', at).expr)).toBe('tpl(var.x)');
    expect(show(parseTemplate('%{ for s in var.l }${s},%{ endfor }', at).expr)).toBe(
      'tpl(%for(s in var.l: tpl(s ",")))',
    );
    expect(show(parseTemplate('$${not} %%{not} \\n', at).expr)).toBe('tpl("${not} %{not} \\\\n")');
    expect(show(parseTemplate('a  ${~ x ~}  b', at).expr)).toBe('tpl("a" x "b")');
  });

  it('multi-line text: offsets count from start', () => {
    const { expr } = parseTemplate('x\ny ${z}', at);
    if (expr.kind !== 'template') throw new Error();
    expect(expr.parts.map((p) => [p.start, p.end])).toEqual([
      [40, 44],
      [46, 47],
    ]);
  });

  it('reports errors with positions and never throws', () => {
    const { expr, errors } = parseTemplate('x ${var.', at);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, column: 18 });
    expect(expr.kind).toBe('template');
    expect(parseTemplate('%{ if x }', at).errors[0].message).toMatch(/no matching "%\{ endif \}"/);
  });
});

describe('parseTfJson: dynamic blocks', () => {
  const text = fixture('../terraform/tfjson-dynamic/main.tf.json');
  const r = parseTfJson(text);

  it('maps "dynamic" in a resource to dynamic "TYPE" blocks with a content block', () => {
    expect(r.errors).toEqual([]);
    const [app, empty] = r.body.blocks.filter((b) => b.type === 'resource');
    expect(app.body.attributes.map((a) => a.name)).toEqual(['name']);
    const dynamic = app.body.blocks[0];
    expect([dynamic.type, dynamic.labels]).toEqual(['dynamic', ['egress']]);
    expect(slice(text, dynamic.typeSpan)).toBe('"dynamic"');
    expect(rng(text, dynamic.labelSpans[0])).toBe('16:11-16:19');
    expect(dynamic.body.attributes.map((a) => [a.name, show(a.expr)])).toEqual([
      ['for_each', 'tpl(var.egress_rules)'],
      ['iterator', 'tpl("rule")'],
    ]);
    const content = dynamic.body.blocks[0];
    expect(content.type).toBe('content');
    expect(content.body.attributes.map((a) => a.name)).toEqual([
      'from_port',
      'to_port',
      'protocol',
      'cidr_blocks',
    ]);
    // An array of specs is one dynamic block each.
    expect(empty.body.blocks.map((b) => [b.type, b.labels])).toEqual([['dynamic', ['egress']]]);
  });

  it('reports a dynamic block that is not an object, with its position', () => {
    const bad = parseTfJson('{"resource": {"aws_security_group": {"g": {"dynamic": {"egress": "x"}}}}}');
    expect(bad.errors).toEqual([
      {
        line: 1,
        column: 66,
        message: 'Invalid dynamic block: expected an object with "for_each" and "content", found a string',
      },
    ]);
  });

  it('keeps "dynamic" an ordinary attribute outside resources and data sources', () => {
    const locals = parseTfJson('{"locals": {"dynamic": {"egress": {"content": {}}}}}').body.blocks[0];
    expect(locals.body.blocks).toEqual([]);
    expect(locals.body.attributes.map((a) => a.name)).toEqual(['dynamic']);
  });
});

describe('parseTfJson', () => {
  const text = fixture('json/main.tf.json');
  const r = parseTfJson(text);

  it('is valid', () => {
    expect(r.errors).toEqual([]);
  });

  it('maps top-level keys to blocks with the right number of labels', () => {
    expect(r.body.blocks.map((b) => [b.type, b.labels])).toEqual([
      ['resource', ['aws_security_group', 'app']],
      ['variable', ['env']],
      ['locals', []],
      ['locals', []],
      ['module', ['net']],
      ['module', ['net']],
      ['terraform', []],
    ]);
    expect(r.body.attributes).toEqual([]);
  });

  it('gives key positions for type and labels, and the body object range', () => {
    const res = r.body.blocks[0];
    expect(rng(text, res.typeSpan)).toBe('3:3-3:13');
    expect(slice(text, res.typeSpan)).toBe('"resource"');
    expect(res.labelSpans.map((s) => rng(text, s))).toEqual(['4:5-4:25', '5:7-5:12']);
    expect(rng(text, res.body)).toBe('5:14-16:8');
    expect(rng(text, res)).toBe('5:7-16:8');
  });

  it('turns body properties into attributes, dropping "//" comments', () => {
    const body = r.body.blocks[0].body;
    expect(body.attributes.map((a) => a.name)).toEqual(['name', 'egress']);
    expect(body.blocks).toEqual([]);
    const name = attr(body, 'name');
    expect(rng(text, nameSpan(name))).toBe('7:9-7:15');
    expect(show(name.expr)).toBe('tpl("app-" var.env)');
    expect(rng(text, name.expr)).toBe('7:17-7:33');
    if (name.expr.kind !== 'template') throw new Error();
    // positions inside the string are exact when it has no escapes
    expect(slice(text, name.expr.parts[1])).toBe('var.env');
    expect(rng(text, name)).toBe('7:9-7:33');
  });

  it('converts nested values: objects, arrays, numbers, booleans, null, strings', () => {
    const egress = attr(r.body.blocks[0].body, 'egress').expr;
    expect(show(egress)).toBe(
      '[{"from_port" = 0, "cidr_blocks" = [tpl("0.0.0.0/0")], "self" = false, "description" = null}]',
    );
    if (egress.kind !== 'tuple' || egress.items[0].kind !== 'object') throw new Error();
    const item = egress.items[0].items[1];
    expect(item.key).toMatchObject({ kind: 'literal', value: 'cidr_blocks' });
    expect(rng(text, item.key)).toBe('11:13-11:26');
    expect(rng(text, item.value)).toBe('11:28-11:41');
  });

  it('an array of objects yields several blocks', () => {
    const locals = r.body.blocks.filter((b) => b.type === 'locals');
    expect(locals.map((b) => b.body.attributes.map((a) => [a.name, show(a.expr)]))).toEqual([
      [['a', '1']],
      [['b', 'tpl(%if(var.x ? tpl("y")))']],
    ]);
    const mods = r.body.blocks.filter((b) => b.type === 'module');
    expect(mods.map((b) => show(b.body.attributes[0].expr))).toEqual(['tpl("./net")', 'tpl("./net2")']);
    expect(mods.map((b) => rng(text, b.body).split(':')[0])).toEqual(['28', '29']);
  });

  it('maps template positions back through JSON escapes', () => {
    const src = '{"locals": {"a": "\\u0041\\n${var.y}"}}';
    const res = parseTfJson(src);
    expect(res.errors).toEqual([]);
    const e = res.body.blocks[0].body.attributes[0].expr;
    expect(show(e)).toBe('tpl("A\\n" var.y)');
    if (e.kind !== 'template') throw new Error();
    expect(slice(src, e.parts[1])).toBe('var.y');
    expect(e.parts[1].start).toBe(28);
    expect(rng(src, e.parts[1])).toBe('1:29-1:34');
    const bad = parseTfJson('{"locals": {"a": "\\t${x"}}');
    expect(bad.errors[0]).toMatchObject({ line: 1, column: 21 });
  });

  it('skips a leading BOM', () => {
    const res = parseTfJson('\ufeff{"locals": {"a": 1}}');
    expect(res.errors).toEqual([]);
    expect(res.body.blocks[0].typeSpan.start).toBe(2);
    expect(rng('\ufeff{"locals": {"a": 1}}', res.body.blocks[0].typeSpan)).toBe('1:2-1:10');
  });

  it('reports invalid JSON with line and column', () => {
    const e = parseTfJson(fixture('json/trailing-comma.tf.json')).errors;
    expect(e.length).toBeGreaterThan(0);
    expect(e[0]).toMatchObject({ line: 6, column: 7 });
    expect(e[0].message).toMatch(/^Invalid JSON/);
    expect(parseTfJson('{"a": }').errors[0]).toEqual({
      line: 1,
      column: 7,
      message: 'Invalid JSON: expected a value',
    });
  });

  it('reports template errors inside strings at their position', () => {
    const e = parseTfJson(fixture('json/bad-template.tf.json')).errors;
    expect(e).toHaveLength(1);
    // at the "${" inside the string
    expect(e[0]).toEqual({
      line: 3,
      column: 11,
      message: 'Unclosed template interpolation: no "}" for this "${" before the end of the string',
    });
  });

  it('rejects a root that is not an object, and bad block shapes', () => {
    expect(parseTfJson(fixture('json/not-object.tf.json')).errors[0].message).toMatch(
      /root must be an object/,
    );
    const bad = parseTfJson('{"resource": {"aws_x": {"a": 5}}}');
    expect(bad.errors[0]).toMatchObject({ line: 1, column: 30 });
    expect(bad.errors[0].message).toMatch(
      /^Invalid "resource" block: expected an object for the block body, found a number/,
    );
  });

  it('never throws on deep nesting', () => {
    const deep = '{"locals": {"a": ' + '['.repeat(100000) + ']'.repeat(100000) + '}}';
    const res = parseTfJson(deep);
    expect(res.errors.length).toBeGreaterThan(0);
    expect(res.errors[0].message).toMatch(/nesting too deep/i);
  });
});
