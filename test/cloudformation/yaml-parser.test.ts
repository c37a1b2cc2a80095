// The YAML parser: positions, CloudFormation short-form tags turned into the long form, and bad input as errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudformationTags } from '../../src/formats/yaml/cloudformation-tags.ts';
import { MAX_ALIAS_NODES, parseYaml } from '../../src/formats/yaml/index.ts';
import { get, toPlain, type DocNode } from '../../src/formats/tree.ts';
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

  it('keeps duplicate keys, as parseJson does (the template loader reports them)', () => {
    const parsed = parseYaml('a: 1\nb: 2\na: 3\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.root?.type === 'object' && parsed.root.entries.map((e) => e.key)).toEqual(['a', 'b', 'a']);
  });

  it('reports a document that does not parse once, not once per consequence', () => {
    const lines = Array.from({ length: 800 }, (_, i) => `  K${i}: ] }`);
    const errors = errorsOf(`Resources:\n${lines.join('\n')}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 7 });
    expect(errors[0].message).toMatch(
      /^invalid YAML: .*\(and \d{3,} later errors, probably caused by this one\)$/,
    );
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

describe('indentation CloudFormation (PyYAML) accepts and YAML 1.2 does not', () => {
  const DIR = join(FIXTURES, 'cloudformation', 'lenient-yaml');
  const read = (name: string) => {
    const parsed = parseYaml(readFileSync(join(DIR, name), 'utf8'), { tags: cloudformationTags });
    expect(parsed.errors).toEqual([]);
    return parsed.root as DocNode;
  };
  const at = (node: DocNode | undefined, ...path: (string | number)[]): DocNode | undefined =>
    path.reduce<DocNode | undefined>(
      (n, k) => (typeof k === 'number' ? (n?.type === 'array' ? n.items[k] : undefined) : get(n, k)),
      node,
    );
  const where = (n: DocNode | undefined) => n && [n.loc.line, n.loc.column, n.loc.endLine, n.loc.endColumn];

  it('reads quoted scalars whose continuation and closing lines sit at or below the parent key', () => {
    const root = read('quoted-policy.yaml');
    const policy = at(root, 'Resources', 'BucketPolicy', 'Properties', 'PolicyDocument');
    expect(toPlain(policy as DocNode)).toEqual({
      'Fn::Sub':
        '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:${AWS::Partition}:s3:::bucket/*" } ] }',
    });
    // Positions are those of the file as written: the closing quote is on line 11, column 2.
    expect(where(at(policy, 'Fn::Sub'))).toEqual([7, 28, 11, 3]);
    const description = at(root, 'Resources', 'BucketPolicy', 'Properties', 'Description');
    expect(toPlain(description as DocNode)).toBe('closing quote below the key');
    expect(where(description)).toEqual([12, 20, 13, 17]);
    expect(
      where(at(root, 'Resources', 'AppSecurityGroup', 'Properties', 'SecurityGroupEgress', 0, 'CidrIp')),
    ).toEqual([22, 19, 22, 28]);
  });

  it('reads flow collections indented less than their key, comments and block scalars untouched', () => {
    const root = read('flow-under-key.yaml');
    const egress = at(root, 'Resources', 'AppSecurityGroup', 'Properties', 'SecurityGroupEgress');
    expect(toPlain(egress as DocNode)).toEqual([{ IpProtocol: -1, CidrIp: '0.0.0.0/0' }]);
    expect(where(egress)).toEqual([8, 28, 11, 8]);
    expect(where(at(egress, 0))).toEqual([9, 5, 10, 22]);
    expect(where(at(egress, 0, 'CidrIp'))).toEqual([10, 11, 10, 20]);
    const tag = at(root, 'Resources', 'AppSecurityGroup', 'Properties', 'Tags', 0, 'Value');
    expect(toPlain(tag as DocNode)).toEqual({ 'Fn::Join': ['-', ['app', 'egress']] });
    expect(where(at(tag, 'Fn::Join', 1, 1))).toEqual([16, 5, 16, 13]);
    const note = at(root, 'Resources', 'Note', 'Properties');
    expect(toPlain(note as DocNode)).toEqual({
      Type: 'String',
      Value: "a block scalar with a 'quote and a [ bracket\n  that stays as written\n",
      Description: "it's single-quoted, over two lines",
    });
  });

  it('still reports a quoted scalar that never closes, once', () => {
    const errors = parseYaml("a:\n  b: 'open\nc: 1\n").errors;
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^invalid YAML: /);
  });
});
