// Intrinsic-function evaluation on its own: the cases the fixtures do not reach through a security group.
import { describe, expect, it } from 'vitest';
import { Resolver, type Alternative } from '../../src/formats/cloudformation/intrinsics.ts';
import { loadTemplate, type Template } from '../../src/formats/cloudformation/template.ts';
import { get, type DocNode } from '../../src/formats/tree.ts';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Cidrs:
    Type: CommaDelimitedList
    Default: 10.0.0.0/8,10.1.0.0/16
  AmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
  Secret:
    Type: String
    NoEcho: true
    Default: do-not-print-me
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
Outputs:
  SameBranches: !If [C, 10.0.0.0/8, 10.0.0.0/8]
  NestedSameCondition: !If [C, !If [C, inner-true, inner-false], outer-false]
  EscapedSub: !Sub 'literal \${!NotAVariable} in \${AWS::Region}'
  SelectOutOfRange: !Select [5, !Ref Cidrs]
  SelectFromList: !Select [1, !Ref Cidrs]
  Azs: !GetAZs ''
  CidrFunction: !Cidr [10.0.0.0/16, 4, 8]
  Undefined: !Ref Nothing
  Ssm: !Ref AmiId
  NoEcho: !Ref Secret
  GroupRef: !Ref Group
  GroupAttribute: !GetAtt Group.VpcId
  TooMany: !Join ['', [!If [A, a, b], !If [B, a, b], !If [C, a, b], !If [D, a, b], !If [E, a, b]]]
  Optional: !If [C, !Ref AWS::NoValue, [!Ref AWS::NoValue, kept]]
`;

function setup(overrides: Record<string, string> = {}) {
  const loaded = loadTemplate({ path: 'template.yaml', absPath: 'template.yaml', text: TEMPLATE });
  if (loaded.kind !== 'template') throw new Error('fixture must be a template');
  const template: Template = loaded.template;
  const resolver = new Resolver(template, overrides);
  const output = (name: string) => get(get(template.root, 'Outputs'), name) as DocNode;
  const resolve = (name: string) => resolver.resolve(output(name));
  return { resolver, output, resolve };
}

/** value and conditions, without origins, for compact expectations */
function brief(alternatives: Alternative[]) {
  return alternatives.map((a) => ({ value: a.value, conditions: a.conditions }));
}

describe('Resolver', () => {
  const { resolve, resolver, output } = setup();

  it('merges Fn::If branches that evaluate alike', () => {
    expect(brief(resolve('SameBranches'))).toEqual([
      { value: { kind: 'scalar', value: '10.0.0.0/8' }, conditions: [] },
    ]);
  });

  it('drops combinations a condition rules out', () => {
    expect(brief(resolve('NestedSameCondition'))).toEqual([
      { value: { kind: 'scalar', value: 'inner-true' }, conditions: [{ name: 'C', holds: true }] },
      { value: { kind: 'scalar', value: 'outer-false' }, conditions: [{ name: 'C', holds: false }] },
    ]);
  });

  it('keeps ${!Literal} literal in Fn::Sub', () => {
    const { resolve: withRegion } = setup({ 'AWS::Region': 'eu-west-1' });
    expect(withRegion('EscapedSub')[0].value).toEqual({
      kind: 'scalar',
      value: 'literal ${NotAVariable} in eu-west-1',
    });
  });

  it('selects from a CommaDelimitedList default, and reports an index out of range as unknown', () => {
    expect(resolve('SelectFromList')[0].value).toEqual({ kind: 'scalar', value: '10.1.0.0/16' });
    expect(resolve('SelectOutOfRange')[0].value).toMatchObject({
      kind: 'unknown',
      reason: 'Fn::Select index out of range or list unknown',
    });
  });

  it('leaves deploy-time values unknown, with a reason', () => {
    const reasons = ['Azs', 'CidrFunction', 'Undefined', 'Ssm', 'NoEcho', 'TooMany'].map((name) => {
      const value = resolve(name)[0].value;
      return value.kind === 'unknown' ? value.reason : value.kind;
    });
    expect(reasons).toEqual([
      'Fn::GetAZs is known only at deploy time',
      'Fn::Cidr is not evaluated',
      'Ref to Nothing, which is neither a parameter nor a resource of this template',
      'parameter AmiId is read from SSM Parameter Store at deploy time',
      'parameter Secret is NoEcho (a secret), so it is not read',
      'more than 16 Fn::If combinations',
    ]);
  });

  it('makes Ref and Fn::GetAtt of a resource a reference by logical id', () => {
    expect(resolve('GroupRef')[0].value).toEqual({
      kind: 'ref',
      logicalId: 'Group',
      resourceType: 'AWS::EC2::SecurityGroup',
    });
    expect(resolve('GroupAttribute')[0].value).toEqual({
      kind: 'ref',
      logicalId: 'Group',
      resourceType: 'AWS::EC2::SecurityGroup',
      attribute: 'VpcId',
    });
  });

  it('splits a property switched by Fn::If into branches, AWS::NoValue as no node', () => {
    const branches = resolver.branches(output('Optional'));
    expect(branches.map((b) => [b.node?.type, b.conditions])).toEqual([
      [undefined, [{ name: 'C', holds: true }]],
      ['array', [{ name: 'C', holds: false }]],
    ]);
    // Inside a list, AWS::NoValue removes the element.
    expect(resolver.resolve(branches[1].node as DocNode)[0].value).toEqual({
      kind: 'list',
      items: [{ kind: 'scalar', value: 'kept' }],
    });
  });

  it('splits a --parameter value for a list parameter', () => {
    const { resolve: withOverride } = setup({ Cidrs: '192.168.0.0/16, 172.16.0.0/12' });
    expect(withOverride('SelectFromList')[0]).toMatchObject({
      value: { kind: 'scalar', value: '172.16.0.0/12' },
      origins: [{ description: '--parameter Cidrs=192.168.0.0/16, 172.16.0.0/12', location: { line: 3 } }],
    });
  });
});
