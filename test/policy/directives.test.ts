// Directive syntax and placement, without any analyser: what `egress-lint:ignore` comments say and cover.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileResourcePattern,
  parseDirectives,
  parseDirectiveSpec,
} from '../../src/engine/suppressions.ts';
import { KNOWN_RULES } from '../helpers.ts';

const read = (p: string) => readFileSync(new URL(`../../fixtures/policy/${p}`, import.meta.url), 'utf8');

describe('parseDirectiveSpec', () => {
  it('reads one or several rule ids, separated by commas or spaces, in any case', () => {
    expect(parseDirectiveSpec('EGR002')).toEqual({ ruleIds: ['EGR002'], expires: undefined });
    expect(parseDirectiveSpec(' EGR001,EGR002  egr003 ')).toEqual({
      ruleIds: ['EGR001', 'EGR002', 'EGR003'],
      expires: undefined,
    });
  });

  it('reads an expiry date', () => {
    expect(parseDirectiveSpec('EGR002 exp:2027-03-31')).toEqual({
      ruleIds: ['EGR002'],
      expires: '2027-03-31',
    });
  });

  it.each([
    ['', 'no rule id: write egress-lint:ignore EGR002 -- reason'],
    ['exp:2027-03-31', 'no rule id: write egress-lint:ignore EGR002 -- reason'],
    ['EGR02', `unknown rule EGR02 (${KNOWN_RULES})`],
    ['EGR002 exp:2027-02-30', 'invalid expiry date "2027-02-30": write YYYY-MM-DD'],
    ['EGR002 exp:31/03/2027', 'invalid expiry date "31/03/2027": write YYYY-MM-DD'],
    ['EGR002 partner integration', 'unexpected "partner": write the reason after --'],
  ])('rejects %j', (spec, error) => {
    expect(parseDirectiveSpec(spec)).toEqual({ error });
  });
});

describe('parseDirectives', () => {
  it('finds each placement in the inline fixture with the line it covers', () => {
    const { directives, problems } = parseDirectives('main.tf', read('inline/main.tf'));
    expect(problems).toEqual([]);
    expect(directives).toEqual([
      // Above a resource header: covers line 2 (the header, so the whole resource) to its closing brace.
      {
        ruleIds: ['EGR001'],
        reason: "egress is managed by the platform team's module (NET-12)",
        expires: undefined,
        location: { file: 'main.tf', line: 1, column: 1 },
        line: 2,
        endLine: 4,
      },
      // First line inside a resource: covers the next code line and the resource whose header is line 6.
      {
        ruleIds: ['EGR002'],
        reason: 'partner SFTP and SMTP integration (NET-42)',
        expires: '2099-12-31',
        location: { file: 'main.tf', line: 7, column: 3 },
        line: 8,
        resourceLine: 6,
      },
      // Trailing `//`: covers its own line.
      {
        ruleIds: ['EGR002'],
        reason: 'HTTP to package mirrors (NET-7)',
        expires: undefined,
        location: { file: 'main.tf', line: 23, column: 33 },
        line: 23,
      },
      // A run of comment lines: covers the code line after the run.
      {
        ruleIds: ['EGR002'],
        reason: 'callbacks to customer webhooks on 8080',
        expires: undefined,
        location: { file: 'main.tf', line: 32, column: 5 },
        line: 34,
        resourceLine: 31,
      },
    ]);
  });

  it('reports a malformed directive with its location and keeps the valid ones', () => {
    const { directives, problems } = parseDirectives('main.tf', read('problems/main.tf'));
    expect(directives.map((d) => [d.location.line, d.ruleIds, d.expires])).toEqual([
      [6, ['EGR002'], '2020-01-31'],
      [10, ['EGR003'], undefined],
    ]);
    expect(problems).toEqual([
      {
        level: 'error',
        code: 'invalid-suppression',
        location: { file: 'main.tf', line: 25, column: 33 },
        message: `invalid egress-lint:ignore: unknown rule EGR02 (${KNOWN_RULES}); it suppresses nothing`,
      },
    ]);
  });

  it('covers the whole block a directive is above, or on the header of: HCL braces, YAML indentation', () => {
    const hcl = [
      'resource "aws_security_group" "app" {',
      '  # egress-lint:ignore EGR002 -- mirrors',
      '  egress {',
      '    description = "a } in a string, and a heredoc below"',
      '    policy = <<EOF',
      '    }',
      'EOF',
      '    cidr_blocks = ["0.0.0.0/0"]',
      '  }',
      '  egress { // egress-lint:ignore EGR003 -- relay migration',
      '    cidr_blocks = ["0.0.0.0/0"]',
      '  }',
      '}',
    ].join('\n');
    expect(parseDirectives('main.tf', hcl).directives.map((d) => [d.line, d.endLine])).toEqual([
      [3, 9],
      [10, 12],
    ]);
    const yaml = [
      'Resources:',
      '  Group:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      # egress-lint:ignore EGR002 -- mirrors',
      '      SecurityGroupEgress:',
      '        - IpProtocol: -1',
      '',
      '          # a comment inside the block',
      '          CidrIp: 0.0.0.0/0',
      '      # egress-lint:ignore EGR003 -- one item',
      '      - IpProtocol: tcp',
      '        CidrIp: 0.0.0.0/0',
      '      GroupDescription: x # egress-lint:ignore EGR001 -- a scalar opens no block',
      '      VpcId: vpc-1',
    ].join('\n');
    expect(parseDirectives('t.yaml', yaml).directives.map((d) => [d.line, d.endLine])).toEqual([
      [6, 10],
      [12, 13],
      [14, undefined],
    ]);
  });

  it('reads YAML comments and block comments', () => {
    const yaml = 'Egress:\n  - CidrIp: 0.0.0.0/0 # egress-lint:ignore EGR002 -- mirrors\n';
    expect(parseDirectives('t.yaml', yaml).directives).toMatchObject([
      { ruleIds: ['EGR002'], reason: 'mirrors', line: 2 },
    ]);
    const block = 'cidr_blocks = ["0.0.0.0/0"] /* egress-lint:ignore EGR002 -- mirrors */\n';
    expect(parseDirectives('main.tf', block).directives).toMatchObject([
      { ruleIds: ['EGR002'], reason: 'mirrors', line: 1 },
    ]);
  });

  it('takes everything after the first -- as the reason, and no -- as no reason', () => {
    const text = '# egress-lint:ignore EGR002 -- partners -- see NET-1\n# egress-lint:ignore EGR003\nx = 1\n';
    expect(parseDirectives('main.tf', text).directives.map((d) => d.reason)).toEqual([
      'partners -- see NET-1',
      '',
    ]);
  });

  it('ignores JSON files (no comments there) and markers that do not start a comment', () => {
    expect(parseDirectives('template.json', '{ "Description": "# egress-lint:ignore EGR002 -- x" }')).toEqual(
      { directives: [], problems: [] },
    );
    const text =
      'name = "sg#egress-lint:ignore EGR002"\n# egress-lint:ignore-file EGR002\n# egress-lint:ignored EGR002\n';
    expect(parseDirectives('main.tf', text)).toEqual({ directives: [], problems: [] });
  });

  it('does not let a directive reach past a blank line or the end of the file', () => {
    const text =
      'resource "a" "b" {\n\n  # egress-lint:ignore EGR002 -- x\n}\n# egress-lint:ignore EGR001 -- y';
    expect(parseDirectives('main.tf', text).directives.map((d) => [d.line, d.resourceLine])).toEqual([
      [4, undefined],
      [undefined, 4],
    ]);
  });
});

describe('compileResourcePattern (ignoreResources patterns)', () => {
  it('lets * cross the separators of URNs and addresses', () => {
    const urn = 'urn:pulumi:prod::shop::aws:ec2/securityGroup:SecurityGroup::bastion';
    expect(compileResourcePattern('urn:pulumi:prod::shop::*::bastion').test(urn)).toBe(true);
    expect(compileResourcePattern('urn:pulumi:dev::*').test(urn)).toBe(false);
    expect(compileResourcePattern('module.legacy.*').test('module.legacy.aws_security_group.x["a"]')).toBe(
      true,
    );
  });

  it('matches the whole id, with ? for one character and everything else literal', () => {
    expect(compileResourcePattern('aws_security_group.web').test('aws_security_group.web_2')).toBe(false);
    expect(compileResourcePattern('aws_security_group.web_?').test('aws_security_group.web_2')).toBe(true);
    expect(compileResourcePattern('aws_security_group.x["a"]').test('aws_security_group.x["a"]')).toBe(true);
    expect(compileResourcePattern('a.b').test('axb')).toBe(false);
  });
});
