// The YAML parser: positions, CloudFormation short-form tags turned into the long form, and bad input as errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudformationTags } from '../../src/parsers/yaml/cloudformation-tags.ts';
import { MAX_ALIAS_NODES, parseYaml } from '../../src/parsers/yaml/index.ts';
import { get, toPlain, type DocNode } from '../../src/parsers/tree.ts';
import { FIXTURES } from '../helpers.ts';

const TAGS = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'And',
  'Or',
  'Not',
  'FindInMap',
  'ImportValue',
  'Base64',
  'Cidr',
  'GetAZs',
  'Condition',
];

function parseFixture(name: string) {
  const parsed = parseYaml(readFileSync(join(FIXTURES, 'cloudformation', name), 'utf8'), {
    tags: cloudformationTags,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.root as DocNode;
}

function longForm(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

describe('short-form tags', () => {
  const root = parseFixture('short-form-tags.yaml');

  it.each(TAGS.map((tag, i) => [tag, i] as const))('!%s in scalar, sequence and mapping form', (tag, i) => {
    const key = longForm(tag);
    const scalar = get(root, `${tag}Scalar`) as DocNode;
    const sequence = get(root, `${tag}Sequence`) as DocNode;
    const mapping = get(root, `${tag}Mapping`) as DocNode;
    // `!GetAtt a.b` is the scalar form of [a, b]: split at the first dot only.
    const scalarArg = tag === 'GetAtt' ? ['value', 'part'] : 'value.part';
    expect(toPlain(scalar)).toEqual({ [key]: scalarArg });
    expect(toPlain(sequence)).toEqual({ [key]: ['first', 'second'] });
    expect(toPlain(mapping)).toEqual({ [key]: { key: 'value' } });
    // The converted node starts at the tag: line 2 + 3 * index + form, column after `<Name>Scalar: `.
    const line = 2 + 3 * i;
    expect(scalar.loc).toMatchObject({ line, column: `${tag}Scalar: `.length + 1 });
    expect(sequence.loc).toMatchObject({ line: line + 1, column: `${tag}Sequence: `.length + 1 });
    expect(mapping.loc).toMatchObject({ line: line + 2, column: `${tag}Mapping: `.length + 1 });
    // The long-form key is located at the tag, the argument at the value.
    if (scalar.type !== 'object') throw new Error('expected an object');
    expect(scalar.entries[0].keyLoc).toMatchObject({ line, column: `${tag}Scalar: `.length + 1 });
    expect(scalar.entries[0].value.loc).toMatchObject({ line, column: `${tag}Scalar: !${tag} `.length + 1 });
  });

  it('converts block forms and nested tags', () => {
    expect(toPlain(get(root, 'BlockIf') as DocNode)).toEqual({
      'Fn::If': ['IsProd', { Ref: 'ProdCidr' }, { Ref: 'AWS::NoValue' }],
    });
    expect(get(root, 'BlockIf')?.loc).toMatchObject({ line: 53, column: 10 });
    expect(toPlain(get(root, 'BlockSub') as DocNode)).toEqual({
      'Fn::Sub': ['${Name}-${AWS::Region}', { Name: { 'Fn::GetAtt': ['Res', 'Attr'] } }],
    });
    expect(toPlain(get(root, 'BlockMapping') as DocNode)).toEqual({
      'Fn::Base64': { 'Fn::Join': [',', ['a', 'b']] },
    });
    expect(toPlain(get(root, 'Nested') as DocNode)).toEqual({
      'Fn::Select': [0, { 'Fn::Split': [',', { 'Fn::ImportValue': 'shared' }] }],
    });
    const nested = get(root, 'Nested');
    if (nested?.type !== 'object' || nested.entries[0].value.type !== 'array')
      throw new Error('expected Fn::Select');
    expect(nested.entries[0].value.items[1].loc).toMatchObject({ line: 62, column: 21 });
  });

  it('keeps Rain directives as their own key, so what they stand for stays unknown', () => {
    const parsed = parseYaml('Type: !Rain::Module ./vpc.yml\n', { tags: cloudformationTags });
    expect(parsed.errors).toEqual([]);
    expect(toPlain(parsed.root as DocNode)).toEqual({ Type: { 'Rain::Module': './vpc.yml' } });
  });

  it('expands aliases to their anchored node', () => {
    const parsed = parseYaml('a: &cidr 10.0.0.0/8\nb: *cidr\n');
    expect(toPlain(parsed.root as DocNode)).toEqual({ a: '10.0.0.0/8', b: '10.0.0.0/8' });
  });
});

describe('bad YAML is an error with its line, never a throw or a hang', () => {
  const errorsOf = (text: string) => parseYaml(text, { tags: cloudformationTags }).errors;

  it('reports a tag nobody knows', () => {
    expect(errorsOf('a:\n  b: !Reference x\n')).toEqual([
      { line: 2, column: 6, message: 'invalid YAML: unknown tag !Reference' },
    ]);
  });

  it('reports duplicate keys at the second one', () => {
    expect(errorsOf('a: 1\nb: 2\na: 3\n')).toEqual([
      { line: 3, column: 1, message: 'invalid YAML: Map keys must be unique' },
    ]);
  });

  it('reports tabs used as indentation', () => {
    expect(errorsOf('a:\n\tb: 1\n')).toEqual([
      { line: 2, column: 1, message: 'invalid YAML: Tabs are not allowed as indentation' },
    ]);
  });

  it('caps alias expansion (billion laughs)', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 0, prev = 'a'; i < 9; prev = `b${i}`, i++)
      lines.push(`b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    // Without the cap this expands to 9^10 nodes and runs out of memory.
    expect(errorsOf(`${lines.join('\n')}\n`)).toEqual([
      {
        line: 6,
        column: 10,
        message: `invalid YAML: alias expansion exceeds ${MAX_ALIAS_NODES} nodes (an alias bomb?)`,
      },
    ]);
  });

  it('reports an alias inside its own anchor, and an alias to nothing', () => {
    expect(errorsOf('a: &a [1, *a]\n')).toEqual([
      { line: 1, column: 11, message: 'invalid YAML: alias *a refers to itself' },
    ]);
    expect(errorsOf('a: *nowhere\n')).toEqual([
      { line: 1, column: 4, message: 'invalid YAML: unknown alias *nowhere' },
    ]);
  });

  it('reports nesting too deep for the parser (100,000 levels)', () => {
    const errors = errorsOf(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(1);
    // The library's composer overflows the stack first; it reports that as resource exhaustion.
    expect(errors[0].message).toMatch(/^invalid YAML: nesting too deep \(/);
  });

  it('reports several documents in one file', () => {
    expect(errorsOf('a: 1\n---\nb: 2\n')[0]).toMatchObject({ line: 2, column: 1 });
  });
});
