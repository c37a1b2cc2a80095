// Pulumi state exports: detection by content, every mapped resource type, declared vs live, program locations,
// secrets, bad input. Lines are those of the fixtures under fixtures/pulumi/.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { toJson } from '../../src/reporters/json.ts';
import { toSarif } from '../../src/reporters/sarif.ts';
import { join } from 'node:path';
import {
  describeRules,
  FIXTURE_RULES,
  FIXTURES,
  firewallsOf,
  lintFixture,
  readTree,
  summary,
} from '../helpers.ts';

const SG = 'urn:pulumi:dev::web::aws:ec2/securityGroup:SecurityGroup::';

describe('aws classic: declared vs live, standalone rules, program locations', () => {
  const result = lintFixture('pulumi/aws-classic');
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);

  it('reports exactly these findings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR002 warning index.ts:3', // web-sg: live-only tcp 22 to 0.0.0.0/0 (added outside the program)
      'EGR003 warning index.ts:3', // web-sg: declared tcp 25 to 10.0.0.0/8
      'EGR002 error index.ts:10', // web-all-out, also listed in web-sg's outputs: reported once, here
      'EGR001 warning index.ts:14', // bare-sg (its copy pending deletion is not reported again)
      'EGR002 warning stack.json:186', // api-sg: program file outside the scan, so its declared input in the state
      'EGR002 error stack.json:314', // aws:vpc SecurityGroupEgressRule ipProtocol -1 (no ports)
      'EGR002 error stack.json:328', // a rule whose group (sg-0outside) is not in the state
      'EGR002 warning stack.json:370', // a rule on a group read with .get(): checked, the group itself is not
    ]);
  });

  it('names resources by URN type and name and keeps the state entry as a related location', () => {
    const all = result.findings.find((f) => f.ruleId === 'EGR002' && f.location.line === 10);
    expect(all?.firewallId).toBe(`${SG}web-sg`);
    expect(all?.message).toBe(
      'aws:ec2/securityGroupRule:SecurityGroupRule web-all-out allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    );
    expect(all?.location).toEqual({ file: 'index.ts', line: 10, column: 1 });
    // The rule's state entry, then its group's.
    expect(all?.related.map((r) => `${r.location.file}:${r.location.line}`)).toEqual([
      'stack.json:133',
      'stack.json:30',
    ]);
    const smtp = result.findings.find((f) => f.ruleId === 'EGR003' && f.location.line === 3);
    // The live permission the program also declares is placed at its input, not at the output copy.
    expect(smtp?.related.map((r) => `${r.location.file}:${r.location.line}`)).toEqual([
      'stack.json:47',
      'stack.json:30',
    ]);
    expect(byId(`${SG}web-sg`)?.displayName).toBe('aws:ec2/securityGroup:SecurityGroup web-sg');
    expect(byId(`${SG}web-sg`)?.related?.map((r) => `${r.location.file}:${r.location.line}`)).toEqual([
      'stack.json:30',
    ]);
  });

  it('judges EGR001 on inputs plus standalone rules', () => {
    expect(byId(`${SG}bare-sg`)?.egressDeclared).toBe('absent');
    expect(byId(`${SG}empty-sg`)?.egressDeclared).toBe('explicit-empty');
    expect(byId(`${SG}deny-all-sg`)?.egressDeclared).toBe('explicit-empty');
    expect(byId(`${SG}deny-all-sg`)?.rules).toEqual([]);
    expect(byId(`${SG}vpc-rule-sg`)?.egressDeclared).toBe('rules');
    expect(byId(`${SG}shared-sg`)?.egressDeclared).toBe('rules');
    expect(result.firewalls.filter((f) => f.id === `${SG}bare-sg`)).toHaveLength(1);
  });

  it('treats secrets as unknown and never prints them', () => {
    expect(result.unresolved).toEqual([
      {
        location: { file: 'stack.json', line: 231, column: 25, endLine: 234, endColumn: 12 },
        expression: '[secret]',
        reason: 'a Pulumi secret: its value is encrypted in the state',
      },
    ]);
    const mailRule = byId(`${SG}api-sg`)?.rules.find((r) => r.declaredBy.id.endsWith('::api-mail'));
    expect(mailRule?.destinations.map((d) => d.kind)).toEqual(['unknown']);
    const sarif = toSarif(result, {
      rules,
      toolVersion: '0.0.0',
      informationUri: 'https://example.com',
      srcRoot: '/src',
    });
    expect(sarif).toContain('stack.json');
    const model = JSON.stringify(result, (_key, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    );
    for (const output of [sarif, toJson(result), model]) expect(output).not.toContain('SECRET-CIPHERTEXT');
  });
});

describe('the checkpoint form of older state files', () => {
  const result = lintFixture('pulumi/checkpoint');

  it('reads checkpoint.latest, and an empty checkpoint cleanly', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR002 error .pulumi/stacks/prod.json:21',
      'EGR001 warning .pulumi/stacks/prod.json:44',
    ]);
  });
});

describe('detection by content', () => {
  const text = `{"version": 3, "deployment": {"resources": [{"urn": "urn:pulumi:s::p::aws:ec2/securityGroup:SecurityGroup::n", "custom": true, "type": "aws:ec2/securityGroup:SecurityGroup", "inputs": {}}]}}`;

  it('claims a state export whatever the file is called', () => {
    const file = { path: 'backups/prod-stack.export', absPath: 'backups/prod-stack.export', text };
    const result = lintFiles([file]);
    expect(summary(result)).toEqual(['EGR001 warning backups/prod-stack.export:1']);
    expect(result.firewalls[0].platform).toBe('pulumi');
  });

  it('leaves other JSON alone', () => {
    const file = {
      path: 'package.json',
      absPath: 'package.json',
      text: '{"version": "1.0.0", "deployment": "blue"}',
    };
    const result = lintFiles([file], { project: memoryProject([file]) });
    expect(result.diagnostics).toEqual([]);
    expect(result.firewalls).toEqual([]);
  });
});

describe('aws-native: CloudFormation semantics', () => {
  const result = lintFixture('pulumi/aws-native');
  const byName = (name: string) => result.firewalls.find((f) => f.id.endsWith(`::${name}`));

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR001 error stack.json:6', // no egress declared: AWS's allow-all is in force (and not reported again from outputs)
      'EGR002 warning stack.json:33',
      'EGR003 error stack.json:33',
      'EGR001 error stack.json:113', // securityGroupEgress: [] is no list, as in CloudFormation
    ]);
    expect(result.findings[0].message).toContain("AWS's default allow-all egress rule is in force");
  });

  it("treats CDK's sentinel as no egress, and a standalone SecurityGroupEgress as removing AWS's default", () => {
    expect(byName('closed')?.egressDeclared).toBe('explicit-empty');
    const withStandalone = byName('with-standalone');
    expect(withStandalone?.platformDefault).toBeUndefined();
    // The live 10.1.0.0/16 permission is the standalone rule's: reported (here: not at all) once, there.
    expect(withStandalone?.rules.map((r) => r.declaredBy.displayName)).toEqual([
      'aws-native:ec2:SecurityGroupEgress db-out',
    ]);
  });
});

describe('Azure NSGs (azure-native and azure classic)', () => {
  const result = lintFixture('pulumi/azure');

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR001 error stack.json:6', // only an inbound rule: AllowInternetOutBound is in force
      // protocol * on ports 25 and 587 lets TCP and UDP out: one finding naming both protocols; reported at the
      // standalone SecurityRule, not again from the NSG's outputs
      'EGR002 warning stack.json:139',
      'EGR003 error stack.json:139',
      'EGR002 error stack.json:208', // classic NetworkSecurityRule: * to * at priority 100, before the NSG's deny-all
      'EGR002 warning stack.json:227', // a rule whose NSG is not in the state
    ]);
  });

  it('names both protocols of a rule with protocol * in one finding', () => {
    const open = result.findings.filter((f) => f.ruleId === 'EGR002' && f.location.line === 139);
    expect(open.map((f) => f.message)).toEqual([expect.stringContaining('TCP and UDP ports 25, 587')]);
  });

  it('adds the platform defaults, and lets a higher-priority deny override AllowInternetOutBound', () => {
    const locked = result.firewalls.find((f) => f.id.endsWith('::locked-nsg'));
    expect(locked?.platformDefault?.name).toBe('AllowInternetOutBound');
    expect(locked?.platformDefault?.priority).toBe(65001);
    expect(locked?.rules.map((r) => `${r.name} ${r.action} ${r.priority}`)).toEqual([
      'allow-https-out allow 100',
      'deny-internet-out deny 4000',
      'smtp-out allow 200',
      'smtp-out allow 200',
      'DenyAllOutBound deny 65500',
    ]);
    expect(result.findings.some((f) => f.ruleId === 'EGR001' && f.firewallId === locked?.id)).toBe(false);
    const elsewhere = result.firewalls.find((f) => f.id === 'rg-other/not-in-this-stack');
    expect(elsewhere?.displayName).toBe('network security group not-in-this-stack');
    expect(elsewhere?.platformDefault).toBeUndefined();
  });
});

describe('GCP firewalls, grouped per network', () => {
  const result = lintFixture('pulumi/gcp');

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR001 error stack.json:6', // only an allow for 443: the implied allow-egress rule is still in force
      'EGR002 warning stack.json:96', // priority 900 allow, evaluated before the deny-all at 65000
      'EGR003 error stack.json:96',
      'EGR002 error stack.json:129', // no destinationRanges = 0.0.0.0/0, network outside the state
    ]);
    const smtp = result.findings.find((f) => f.ruleId === 'EGR003');
    expect(smtp?.message).toContain('when instances are tagged mailer');
  });

  it('ignores ingress and disabled firewalls', () => {
    const locked = result.firewalls.find((f) => f.id.endsWith('::locked-net'));
    expect(locked?.rules.map((r) => `${r.declaredBy.displayName} ${r.action} ${r.priority}`)).toEqual([
      'gcp:compute/firewall:Firewall deny-all-out deny 65000',
      'gcp:compute/firewall:Firewall smtp-out allow 900',
    ]);
  });
});

describe('bad input', () => {
  it('reports malformed JSON with path and line', () => {
    expect(lintFixture('pulumi/broken').diagnostics).toEqual([
      {
        level: 'error',
        location: { file: 'stack.json', line: 5, column: 75 },
        message: 'invalid JSON: PropertyNameExpected (and 1 more error)',
      },
    ]);
  });

  it('still analyses the other files of the run', () => {
    const files = [
      ...readTree(join(FIXTURES, 'pulumi/checkpoint')),
      { path: 'truncated.json', absPath: 'truncated.json', text: '{"version": 3, "deployment": {' },
    ];
    const result = lintFiles(files, { rules: FIXTURE_RULES });
    expect(result.diagnostics.map((d) => `${d.location.file}:${d.location.line}`)).toEqual([
      'truncated.json:1',
    ]);
    expect(summary(result)).toHaveLength(2);
  });
});

// Moved from EGR002's examples: it pinned how the state is read (a standalone rule also listed live), not the rule.
describe('a standalone rule the group also lists among its outputs', () => {
  it('is one rule of the group, declared by the standalone rule', () => {
    const [sg, ...others] = firewallsOf(
      'stack.json',
      `{
  "version": 3,
  "deployment": {
    "resources": [
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroup:SecurityGroup::app-sg",
        "custom": true,
        "id": "sg-0app",
        "type": "aws:ec2/securityGroup:SecurityGroup",
        "inputs": { "name": "app" },
        "outputs": {
          "id": "sg-0app",
          "egress": [{ "protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"] }]
        }
      },
      {
        "urn": "urn:pulumi:dev::app::aws:ec2/securityGroupRule:SecurityGroupRule::app-all-out",
        "custom": true,
        "type": "aws:ec2/securityGroupRule:SecurityGroupRule",
        "inputs": {
          "type": "egress",
          "securityGroupId": "sg-0app",
          "protocol": "-1",
          "fromPort": 0,
          "toPort": 0,
          "cidrBlocks": ["0.0.0.0/0"]
        }
      }
    ]
  }
}
`,
    );
    expect(others).toEqual([]);
    expect(sg.egressDeclared).toBe('rules');
    expect(describeRules(sg)).toEqual(['allow - all 0-65535 to 0.0.0.0/0 (line 20)']);
    expect(sg.rules[0].declaredBy.id).toBe(
      `urn:pulumi:dev::app::aws:ec2/securityGroupRule:SecurityGroupRule::app-all-out`,
    );
  });
});
