// CloudFormation end to end through lintFiles: fixtures with the exact rule ids, levels and lines they must give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.ts';
import { lintFiles, type LintOptions } from '../../src/engine/lint.ts';
import type { LintResult, SourceFile } from '../../src/engine/types.ts';
import {
  cloudformationAnalyzer,
  cloudformationSuppressions,
} from '../../src/formats/cloudformation/index.ts';
import { describeRules, FIXTURE_RULES, FIXTURES, firewallsOf, readTree, summary } from '../helpers.ts';

const DIR = join(FIXTURES, 'cloudformation');

function fixture(path: string): SourceFile {
  return { path, absPath: join(DIR, path), text: readFileSync(join(DIR, path), 'utf8') };
}

function lint(
  files: SourceFile[],
  options: Omit<LintOptions, 'config'> & { config?: Partial<Config> } = {},
): LintResult {
  return lintFiles(files, {
    rules: FIXTURE_RULES,
    ...options,
    config: { ...DEFAULT_CONFIG, ...options.config },
  });
}

function firewall(result: LintResult, id: string) {
  const found = result.firewalls.find((f) => f.id === id);
  if (!found) throw new Error(`no firewall ${id}`);
  return found;
}

function messagesAt(result: LintResult, ruleId: string, line: number): string[] {
  // Sorted: findings at one location come in no particular order.
  return result.findings
    .filter((f) => f.ruleId === ruleId && f.location.line === line)
    .map((f) => f.message)
    .sort();
}

describe('security groups (YAML)', () => {
  const result = lint([fixture('security-groups.yaml')]);

  it('reports exactly these findings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR001 error security-groups.yaml:4', // no egress: AWS's allow-all rule
      'EGR001 error security-groups.yaml:8', // SecurityGroupEgress: [] is no list
      // -1 to 0.0.0.0/0 (string '-1'); its SMTP is part of this error, not a second finding (EGR003)
      'EGR002 error security-groups.yaml:36',
      'EGR002 error security-groups.yaml:38', // -1 to ::/0 (number -1)
      'EGR002 warning security-groups.yaml:47', // IpProtocol 6 = tcp, port 25
      'EGR003 error security-groups.yaml:47', // SMTP to anywhere: an error, relays or not
      'EGR002 warning security-groups.yaml:51', // IpProtocol '17' = udp, port 53; 443 below is allowed
      'EGR003 warning security-groups.yaml:64', // 587 to MailRelaySecurityGroup (no relays configured)
      'EGR003 warning security-groups.yaml:68', // 25 to OtherGroup via GetAtt
      'EGR003 warning security-groups.yaml:72', // 465 to a prefix list
      'EGR002 warning security-groups.yaml:81',
      'EGR003 error security-groups.yaml:81',
      'EGR003 warning security-groups.yaml:105', // standalone rule linked by Ref
      'EGR002 error security-groups.yaml:111', // standalone rule of a group outside the template
    ]);
  });

  it('states the CloudFormation consequence of declaring no egress', () => {
    expect(messagesAt(result, 'EGR001', 4)).toEqual([
      "AWS::EC2::SecurityGroup NoEgressGroup declares no egress policy, so AWS's default allow-all egress rule is in force: every port to every IPv4 address. Declare the egress it needs, or the deny-all idiom (one rule to 127.0.0.1/32, protocol -1).",
    ]);
  });

  it('reads the deny-all idioms as an explicit empty set', () => {
    expect(firewall(result, 'LocalhostIdiomGroup')).toMatchObject({
      egressDeclared: 'explicit-empty',
      rules: [],
    });
    expect(firewall(result, 'CdkSentinelGroup')).toMatchObject({
      egressDeclared: 'explicit-empty',
      rules: [],
    });
  });

  it('attaches standalone rules by GetAtt and by Ref, which removes AWS default rule', () => {
    for (const id of ['OtherGroup', 'LinkedByRefGroup']) {
      const group = firewall(result, id);
      expect(group.egressDeclared).toBe('rules');
      expect(group.platformDefault).toBeUndefined();
      expect(group.rules.map((r) => r.declaredBy.resourceType)).toEqual(['AWS::EC2::SecurityGroupEgress']);
    }
  });

  it('checks a standalone rule whose group is outside the template on its own', () => {
    expect(firewall(result, 'ForeignGroupEgress').displayName).toBe(
      'AWS::EC2::SecurityGroupEgress ForeignGroupEgress (group sg-0aaaabbbbccccdddd)',
    );
  });

  it('names destination groups by logical id', () => {
    expect(messagesAt(result, 'EGR003', 64)[0]).toContain('to security group MailRelaySecurityGroup,');
    expect(messagesAt(result, 'EGR003', 68)[0]).toContain('to security group OtherGroup,');
  });
});

describe('relays', () => {
  it('match by logical id, prefix list and CIDR', () => {
    const relays = ['MailRelaySecurityGroup', 'pl-0123456789abcdef0', '203.0.113.0/24'];
    const result = lint([fixture('security-groups.yaml')], { config: { relays } });
    // 64 (logical id), 72 (prefix list) and 105 (CIDR) are relays now; the rest are errors once relays exist.
    expect(summary(result, 'EGR003')).toEqual([
      'EGR003 error security-groups.yaml:47',
      'EGR003 error security-groups.yaml:68',
      'EGR003 error security-groups.yaml:81',
    ]);
  });

  it('match by security-group id', () => {
    const cfnParameters = { RelayGroupId: 'sg-0123456789abcdef0' };
    const withoutRelay = lint([fixture('intrinsics.yaml')], { cfnParameters });
    expect(summary(withoutRelay, 'EGR003')).toContain('EGR003 warning intrinsics.yaml:108');
    const withRelay = lint([fixture('intrinsics.yaml')], {
      cfnParameters,
      config: { relays: ['sg-0123456789abcdef0'] },
    });
    expect(summary(withRelay, 'EGR003')).not.toContain('EGR003 error intrinsics.yaml:108');
  });
});

describe('intrinsic functions', () => {
  const result = lint([fixture('intrinsics.yaml')]);

  it('reports exactly these findings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR002 warning intrinsics.yaml:43', // Ref to parameter defaults (CIDR and port)
      'EGR003 error intrinsics.yaml:43',
      'EGR002 warning intrinsics.yaml:52', // !Sub
      'EGR002 warning intrinsics.yaml:56', // !Join
      'EGR002 warning intrinsics.yaml:60', // !Select from a CommaDelimitedList
      'EGR002 warning intrinsics.yaml:64', // !Select of !Split
      'EGR002 warning intrinsics.yaml:69', // Fn::Sub with a variable map
      'EGR002 error intrinsics.yaml:79', // !FindInMap keyed by a parameter
      'EGR003 warning intrinsics.yaml:83', // !FindInMap keyed by AWS::Region: every row agrees
      'EGR002 warning intrinsics.yaml:92', // !If: each branch checked
      'EGR003 error intrinsics.yaml:92',
      'EGR003 warning intrinsics.yaml:92',
      'EGR002 error intrinsics.yaml:97', // !If around a whole rule
      'EGR002 error intrinsics.yaml:121', // !If that drops the list: AWS's default in that branch
      'EGR002 error intrinsics.yaml:135', // a resource Condition: only the branch that can exist
    ]);
  });

  it('names the Fn::If condition of each branch', () => {
    expect(messagesAt(result, 'EGR003', 92)).toEqual([
      'AWS::EC2::SecurityGroup ConditionalGroup allows SMTP (port 25) to 0.0.0.0/0 when condition IsProd is false, which is not an approved mail relay; no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml.',
      'AWS::EC2::SecurityGroup ConditionalGroup allows SMTP (port 25) to 10.0.5.10/32 when condition IsProd is true, which is not an approved mail relay; no relays are configured: list the approved mail relay under `relays` in .egress-lint.yml.',
    ]);
    expect(messagesAt(result, 'EGR002', 121)).toEqual([
      'AWS::EC2::SecurityGroup ConditionalListGroup allows all traffic to 0.0.0.0/0 when condition IsProd is false: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    ]);
  });

  it('applies a resource Condition to its rules and drops the branches it rules out', () => {
    expect(firewall(result, 'ProdOnlyGroup').rules.map((r) => r.condition)).toEqual([
      'condition IsProd is true',
    ]);
    expect(messagesAt(result, 'EGR002', 135)).toEqual([
      'AWS::EC2::SecurityGroup ProdOnlyGroup allows all traffic to 0.0.0.0/0 when condition IsProd is true: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    ]);
  });

  it('points at where values came from: parameter defaults and mappings', () => {
    const related = (line: number) =>
      result.findings
        .find((f) => f.ruleId === 'EGR002' && f.location.line === line)
        ?.related.map((o) => `${o.description} @${o.location.line}`);
    expect(related(43)).toEqual(['parameter EgressCidr default @6', 'parameter SmtpPort default @9']);
    expect(related(79)).toEqual(['parameter Stage default @20', 'Mappings StageEgress.dev.Cidr @24']);
  });

  it('counts values known only at deploy time as unresolved, never as findings', () => {
    expect(result.unresolved.map((u) => `${u.location.line} ${u.expression} | ${u.reason}`)).toEqual([
      '104 {"Fn::ImportValue":"shared-egress-cidr"} | Fn::ImportValue is another stack\'s export, known only at deploy time',
      '108 {"Ref":"RelayGroupId"} | parameter RelayGroupId has no default; pass --parameter RelayGroupId=VALUE',
      '110 {"Fn::GetAtt":["Vpc","CidrBlock"]} | Vpc.CidrBlock is known only at deploy time',
      '112 {"Fn::Sub":"${AWS::Region}-cidr"} | pseudo parameter AWS::Region is known only at deploy time',
    ]);
    expect(result.findings.filter((f) => f.location.line >= 104 && f.location.line <= 112)).toEqual([]);
  });

  it('takes --parameter over the default, pseudo parameters included', () => {
    const overridden = lint([fixture('intrinsics.yaml')], {
      cfnParameters: { EgressCidr: '10.1.0.0/16', 'AWS::Region': 'eu-west-1' },
    });
    expect(summary(overridden).filter((s) => s.endsWith(':43'))).toEqual([
      'EGR003 warning intrinsics.yaml:43',
    ]);
    const finding = overridden.findings.find((f) => f.location.line === 43);
    expect(finding?.related.map((o) => `${o.description} @${o.location.line}`)).toEqual([
      '--parameter EgressCidr=10.1.0.0/16 @4',
      'parameter SmtpPort default @9',
    ]);
    expect(overridden.unresolved.find((u) => u.location.line === 112)?.reason).toBe('not a CIDR');
  });
});

describe('security groups (JSON)', () => {
  const result = lint([fixture('security-groups.json')]);

  it('reports exactly these findings, with the Metadata suppression applied', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR003 warning security-groups.json:21', // Fn::GetAtt of a group → reference by logical id
      'EGR002 warning security-groups.json:27', // Fn::If: the Ref branch
      'EGR003 error security-groups.json:27',
      'EGR003 warning security-groups.json:27',
      'EGR002 warning security-groups.json:45', // Fn::Join, standalone rule linked by Ref, IpProtocol 6
      'EGR003 error security-groups.json:45',
      // Suppressed by Metadata. The SMTP it includes is that one finding's (EGR002 says mail is included), so
      // the Metadata naming EGR002 alone suppresses all there is.
      'EGR002 error security-groups.json:57',
    ]);
    const suppressed = result.findings.filter((f) => f.suppression);
    expect(suppressed.map((f) => [f.ruleId, f.location.line, f.suppression?.justification])).toEqual([
      ['EGR002', 57, 'build agents pull from the internet'],
    ]);
  });

  it('attaches the standalone rule to the relay group, which then declares egress', () => {
    expect(firewall(result, 'MailRelaySecurityGroup').egressDeclared).toBe('rules');
    expect(firewall(result, 'LockedSecurityGroup').egressDeclared).toBe('explicit-empty');
  });

  it('exposes the Metadata suppressions', () => {
    expect(cloudformationSuppressions(fixture('security-groups.json'))).toEqual([
      {
        logicalId: 'BuildSecurityGroup',
        resourceLine: 48,
        ids: [
          {
            id: 'EGR002',
            reason: 'build agents pull from the internet',
            location: { file: 'security-groups.json', line: 52, column: 22, endLine: 52, endColumn: 89 },
          },
        ],
      },
    ]);
    expect(cloudformationSuppressions(fixture('security-groups.yaml'))).toEqual([]);
  });
});

describe('suppressions in YAML', () => {
  const template = (suppression: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  BuildSecurityGroup:
${suppression}    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: build
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 80
          ToPort: 80
          CidrIp: 0.0.0.0/0
`;
  const lintText = (text: string) => lint([{ path: 'template.yaml', absPath: 'template.yaml', text }]);

  it('accepts the comment form', () => {
    const result = lintText(template('    # egress-lint:ignore EGR002 -- mirrors are fetched over HTTP\n'));
    expect(result.findings.map((f) => [f.ruleId, f.location.line, f.suppression?.justification])).toEqual([
      ['EGR002', 12, 'mirrors are fetched over HTTP'],
    ]);
  });

  it('accepts the Metadata form', () => {
    const metadata =
      '    Metadata:\n      egress-lint:\n        ignore:\n          - id: EGR002\n            reason: mirrors\n';
    const result = lintText(template(metadata));
    expect(result.findings.map((f) => [f.ruleId, f.location.line, f.suppression?.justification])).toEqual([
      ['EGR002', 16, 'mirrors'],
    ]);
    expect(
      cloudformationSuppressions({
        path: 'template.yaml',
        absPath: 'template.yaml',
        text: template(metadata),
      }),
    ).toEqual([
      {
        logicalId: 'BuildSecurityGroup',
        resourceLine: 3,
        ids: [
          {
            id: 'EGR002',
            reason: 'mirrors',
            location: { file: 'template.yaml', line: 7, column: 13, endLine: 9, endColumn: 1 },
          },
        ],
      },
    ]);
  });
});

describe('CDK output and SAM', () => {
  const cdk = lint(readTree(join(DIR, 'cdk.out')).map((f) => ({ ...f, path: `cdk.out/${f.path}` })));

  it('scans cdk.out/*.template.json and skips the manifest', () => {
    expect(cdk.diagnostics).toEqual([]);
    expect(cdk.stats).toMatchObject({ filesScanned: 2, filesSkipped: 1 });
    expect(summary(cdk)).toEqual([
      'EGR002 error cdk.out/MyStack.template.json:9',
      'EGR003 warning cdk.out/MyStack.template.json:54',
    ]);
  });

  it('names resources by their construct path', () => {
    expect(messagesAt(cdk, 'EGR002', 9)).toEqual([
      'MyStack/App/SecurityGroup (AppSecurityGroupABC123) allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    ]);
    expect(messagesAt(cdk, 'EGR003', 54)[0]).toMatch(
      /^MyStack\/Worker\/SecurityGroup\/to MyStackAppSecurityGroup:25 \(WorkerSecurityGroupfromMyStackAppSecurityGroup443\) allows SMTP \(port 25\) to security group AppSecurityGroupABC123,/,
    );
    // The construct path reaches the model in the firewall's name (Firewall.note, which held it too, was never read).
    expect(firewall(cdk, 'AppSecurityGroupABC123').displayName).toBe(
      'MyStack/App/SecurityGroup (AppSecurityGroupABC123)',
    );
  });

  it("reads CDK's sentinel plus a standalone rule as declared egress", () => {
    expect(firewall(cdk, 'WorkerSecurityGroupDEF456').egressDeclared).toBe('rules');
  });

  it('parses SAM templates and checks their EC2 resources', () => {
    const sam = lint([fixture('sam/template.yaml')]);
    expect(sam.diagnostics).toEqual([]);
    expect(summary(sam)).toEqual([
      'EGR002 warning sam/template.yaml:27',
      'EGR003 error sam/template.yaml:27',
    ]);
  });
});

describe('files that are not CloudFormation', () => {
  it('are skipped quietly and counted, by content rather than extension', () => {
    const files = readTree(join(DIR, 'not-cloudformation'));
    expect(files.map((f) => f.path)).toEqual([
      '.github/workflows/ci.yml',
      'docker-compose.yml',
      'macro-event.json',
      'package.json',
    ]);
    // The macro event mentions Resources with an AWS:: type, so it is parsed, then found not to be a template.
    expect(files.map((f) => cloudformationAnalyzer.claims(f))).toEqual([false, false, true, false]);
    const result = lint(files);
    expect(result.diagnostics).toEqual([]);
    expect(result.firewalls).toEqual([]);
    expect(result.stats).toMatchObject({ filesScanned: 4, filesSkipped: 4 });
  });

  it('claims a template whatever its extension, when its content says so', () => {
    const text = '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {} }';
    expect(cloudformationAnalyzer.claims({ path: 'stack.template', absPath: 'stack.template', text })).toBe(
      true,
    );
  });
});

describe('conditions the parameters decide', () => {
  const file = () => [fixture('conditions.yaml')];

  it('checks only the branch that applies, drops resources never created, and keeps both branches of the rest', () => {
    const result = lint(file());
    expect(summary(result)).toEqual([
      'EGR002 error conditions.yaml:25', // IsProd is false with Stage's default: the 0.0.0.0/0 branch
      'EGR002 warning conditions.yaml:35', // DevOnly exists: IsDevInEurope (And, Not, Condition) is true
      'EGR002 warning conditions.yaml:49', // Owner has no default: each branch, named by its condition
      'EGR002 warning conditions.yaml:49',
      'EGR002 warning conditions.yaml:58', // SecurityGroupEgress as a single mapping: read as one rule
      'EGR003 error conditions.yaml:58',
    ]);
    expect(result.firewalls.map((f) => f.id)).not.toContain('ProdOrUsOnly');
    expect(messagesAt(result, 'EGR002', 25)[0]).not.toContain('when condition');
    expect(messagesAt(result, 'EGR002', 49).map((m) => m.replace(/.* when (.*): .*/, '$1'))).toEqual([
      'condition OwnedByOps is true',
      'condition OwnedByOps is false',
    ]);
  });

  it('takes --parameter values over defaults', () => {
    const result = lint(file(), { cfnParameters: { Stage: 'prod', Owner: 'ops' } });
    expect(summary(result)).toEqual([
      'EGR003 warning conditions.yaml:25', // IsProd: the 10.0.0.0/8 branch (mail to a private range, no relays)
      'EGR001 error conditions.yaml:36', // ProdOrUsOnly is created now, and declares no egress
      'EGR002 warning conditions.yaml:49', // OwnedByOps is true: 0.0.0.0/0 only
      'EGR002 warning conditions.yaml:58',
      'EGR003 error conditions.yaml:58',
    ]);
  });

  it('warns that a single-mapping SecurityGroupEgress should be a list, and does not read it as no egress', () => {
    const result = lint(file());
    expect(result.diagnostics).toEqual([
      {
        level: 'warning',
        location: { file: 'conditions.yaml', line: 55, column: 9, endLine: 59, endColumn: 1 },
        message:
          'SecurityGroupEgress of SingleRule is a single rule, not a list: read as one rule; write it as a list item (- IpProtocol: …)',
      },
    ]);
    expect(result.findings.filter((f) => f.firewallId === 'SingleRule' && f.ruleId === 'EGR001')).toEqual([]);
  });
});

describe('a broken part never costs the whole file', () => {
  it('reports a duplicate key in one resource as an error and analyses the rest', () => {
    const result = lint([fixture('partial/duplicate-in-lambda.yaml')]);
    expect(result.diagnostics).toEqual([
      {
        level: 'error',
        location: { file: 'partial/duplicate-in-lambda.yaml', line: 9, column: 7 },
        message: 'invalid YAML: duplicate key "Runtime" (first at line 7)',
      },
    ]);
    // Port 25 to anywhere: a warning for open egress, and an error for SMTP whatever the relays.
    expect(summary(result)).toEqual([
      'EGR002 warning partial/duplicate-in-lambda.yaml:21',
      'EGR003 error partial/duplicate-in-lambda.yaml:21',
    ]);
  });

  it('analyses the template lint ran on with the lenient indentation PyYAML accepts', () => {
    const result = lint(readTree(join(DIR, 'lenient-yaml')));
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR002 error flow-under-key.yaml:10',
      'EGR002 warning quoted-policy.yaml:22',
      'EGR003 error quoted-policy.yaml:22',
    ]);
  });
});

describe('bad input', () => {
  it('gives one clear error per file, and the run goes on', () => {
    const deep = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const files = [
      ...readTree(join(DIR, 'bad')).map((f) => ({ ...f, path: `bad/${f.path}` })),
      { path: 'bad/deep.json', absPath: 'bad/deep.json', text: deep },
      fixture('sam/template.yaml'),
    ];
    const result = lint(files);
    expect(
      result.diagnostics.map(
        (d) => `${d.level} ${d.location.file}:${d.location.line}:${d.location.column} ${d.message}`,
      ),
    ).toEqual([
      'error bad/alias-bomb.yaml:10:14 invalid YAML: alias expansion exceeds 100000 nodes (an alias bomb?)',
      'error bad/duplicate-keys.json:8:5 invalid JSON: duplicate key "Group" (first at line 4)',
      'error bad/duplicate-keys.yaml:7:7 invalid YAML: duplicate key "GroupDescription" (first at line 6)',
      'error bad/tabs.yaml:4:1 invalid YAML: Tabs are not allowed as indentation',
      'error bad/unknown-tag.yaml:6:25 invalid YAML: unknown tag !Reference',
      'error bad/deep.json:1:1056 nesting deeper than 1000 levels',
    ]);
    // The templates with a duplicate key are still analysed: their groups declare no egress.
    expect(summary(result)).toEqual([
      'EGR001 error bad/duplicate-keys.json:8',
      'EGR001 error bad/duplicate-keys.yaml:3',
      'EGR002 warning sam/template.yaml:27',
      'EGR003 error sam/template.yaml:27',
    ]);
  });
});

// Moved from EGR002's examples: they pinned how the template is resolved, not the rule.
describe('values the template itself decides', () => {
  const group = (parameters: string, cidr: string) =>
    firewallsOf(
      'template.yaml',
      `AWSTemplateFormatVersion: '2010-09-09'
${parameters}Resources:
  AppSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: egress by parameter
      SecurityGroupEgress:
        - IpProtocol: -1
          CidrIp: ${cidr}
`,
    );

  it('a Ref to a parameter takes its default, and says where it came from', () => {
    const [sg] = group(
      'Parameters:\n  EgressCidr:\n    Type: String\n    Default: 0.0.0.0/0\n',
      '!Ref EgressCidr',
    );
    expect(describeRules(sg)).toEqual(['allow - all 0-65535 to 0.0.0.0/0 (line 12)']);
    expect(sg.rules[0].destinations[0].origins.map((o) => `${o.description} @${o.location.line}`)).toEqual([
      'parameter EgressCidr default @5',
    ]);
  });

  it('a condition the parameters decide selects its branch, with no condition left on the rule', () => {
    const [sg] = group(
      'Parameters:\n  Stage:\n    Type: String\n    Default: prod\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\n',
      '!If [IsProd, 10.0.0.0/8, 0.0.0.0/0]',
    );
    expect(describeRules(sg)).toEqual(['allow - all 0-65535 to 10.0.0.0/8 (line 14)']);
    expect(sg.rules[0].condition).toBeUndefined();
  });
});
