// CloudFormation network ACLs: AWS::EC2::NetworkAclEntry with Egress true, linked by Ref, rule-number masking.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.ts';
import { corpusPath } from '../corpus.ts';
import { effectiveAllows } from '../../src/model/effective.ts';
import { describeRules, FIXTURE_RULES, FIXTURES, firewallsOf, summary } from '../helpers.ts';

const PATH = 'network-acls.yaml';
const text = readFileSync(join(FIXTURES, 'cloudformation/nacl', PATH), 'utf8');

describe('CloudFormation network ACLs', () => {
  const result = lintFiles([{ path: PATH, absPath: PATH, text }], { rules: FIXTURE_RULES });
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);
  const messageAt = (ruleId: string, line: number) =>
    result.findings.find((f) => f.ruleId === ruleId && f.location.line === line)?.message;

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR002 warning network-acls.yaml:40', // rule 200, TCP 0-1024 to a parameter's 0.0.0.0/0, 25 denied by rule 100
      'EGR003 error network-acls.yaml:40',
      'EGR002 warning network-acls.yaml:63', // rule 50 comes before the deny of rule 100; the resource has a Condition
      'EGR003 error network-acls.yaml:63',
      'EGR002 error network-acls.yaml:82', // NACL outside the template, Egress: 'true', protocol -1 to ::/0
      'EGR002 warning network-acls.yaml:91', // RuleAction !If: the allow branch
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('reports a partly masked entry with what it still lets out, and not a fully masked one', () => {
    expect(messageAt('EGR002', 40)).toBe(
      'AWS::EC2::NetworkAclEntry LowPorts allows TCP ports 0-24, 26-1024 to 0.0.0.0/0: only 443 may go to the internet (allowedPublicPorts).',
    );
    // SmtpMasked (rule 300, port 25, line 52) is hidden by DenySmtp (rule 100).
    expect(result.findings.filter((f) => f.location.line === 52)).toEqual([]);
    expect(result.findings.find((f) => f.location.line === 40)?.related?.map((o) => o.description)).toContain(
      'parameter OpenCidr default',
    );
  });

  it('carries the resource Condition and Fn::If branches into the message', () => {
    expect(messageAt('EGR003', 63)).toMatch(
      /allows SMTP \(port 587\) to 0\.0\.0\.0\/0 when condition SmtpAllowed is true,/,
    );
    expect(messageAt('EGR002', 91)).toBe(
      'AWS::EC2::NetworkAclEntry DnsWhenAllowed allows UDP port 53 to 0.0.0.0/0 when condition SmtpAllowed is true: only 443 may go to the internet (allowedPublicPorts).',
    );
  });

  it('links egress entries by Ref, ignores ingress entries, and keeps the `*` entry last', () => {
    expect(byId('Empty')?.egressDeclared).toBe('explicit-empty');
    expect(
      byId('App')?.rules.map(
        (r) => `${r.declaredBy.id} ${r.action} ${r.priority}${r.condition ? ` (${r.condition})` : ''}`,
      ),
    ).toEqual([
      'DenySmtp deny 100',
      'LowPorts allow 200',
      'SmtpMasked allow 300',
      'Submission allow 50 (condition SmtpAllowed is true)',
      'DnsWhenAllowed allow 400 (condition SmtpAllowed is true)',
      'DnsWhenAllowed deny 400 (condition SmtpAllowed is false)',
      'App deny 32767',
    ]);
    expect(byId('AllV6')?.displayName).toBe(
      'AWS::EC2::NetworkAclEntry AllV6 (network ACL acl-0123456789abcdef0)',
    );
  });
});

const VPC_TEMPLATE = corpusPath(
  'cloudformation/aws-cloudformation-templates/VPC/VPC_With_Managed_NAT_And_Private_Subnet.yaml',
);

describe.skipIf(!existsSync(VPC_TEMPLATE))('aws-cloudformation-templates VPC NACL (corpus)', () => {
  it('reports the public NACL outbound entry -1 to 0.0.0.0/0, and not its inbound twin', () => {
    const path = 'VPC_With_Managed_NAT_And_Private_Subnet.yaml';
    const result = lintFiles([{ path, absPath: VPC_TEMPLATE, text: readFileSync(VPC_TEMPLATE, 'utf8') }], {
      rules: FIXTURE_RULES,
    });
    expect(result.diagnostics).toEqual([]);
    const acl = result.firewalls.filter((f) => f.kind === 'aws-network-acl');
    expect(acl.map((f) => `${f.id} ${f.rules.length}`)).toEqual(['PublicNetworkAcl 2']);
    expect(summary(result).filter((s) => s.endsWith(':235'))).toEqual([
      `EGR002 error ${path}:235`, // its message says mail is included: no second finding
    ]);
  });
});

// Moved from the rules' examples (EGR002 and EGR003 good ones): they pinned the rule-number order, not a rule.
describe('rule numbers decide, not the order in the template', () => {
  const acl = (entries: string) =>
    firewallsOf(
      'template.yaml',
      `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
${entries}`,
    );
  const entry = (name: string, number: number, action: string, protocol: number, ports = '') => `  ${name}:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: ${number}
      Protocol: ${protocol}
      RuleAction: ${action}
      Egress: true
      CidrBlock: 0.0.0.0/0
${ports}`;

  it('a deny of everything at a lower rule number leaves nothing to the later allow-all', () => {
    const [firewall] = acl(entry('DenyAll', 100, 'deny', -1) + entry('AllowAll', 200, 'allow', -1));
    expect(firewall.egressDeclared).toBe('rules');
    expect(describeRules(firewall)).toEqual([
      'deny 100 all 0-65535 to 0.0.0.0/0 (line 7)',
      'allow 200 all 0-65535 to 0.0.0.0/0 (line 16)',
      'deny 32767 all 0-65535 to 0.0.0.0/0, ::/0 (line 3)', // the `*` entry, last
    ]);
    expect(effectiveAllows(firewall)).toEqual([]);
  });

  it('a deny of port 25 at a lower rule number masks the later allow of 25', () => {
    const smtp = '      PortRange: { From: 25, To: 25 }\n';
    const [firewall] = acl(entry('DenySmtp', 90, 'deny', 6, smtp) + entry('Smtp', 100, 'allow', 6, smtp));
    expect(describeRules(firewall)).toEqual([
      'deny 90 tcp 25 to 0.0.0.0/0 (line 7)',
      'allow 100 tcp 25 to 0.0.0.0/0 (line 17)',
      'deny 32767 all 0-65535 to 0.0.0.0/0, ::/0 (line 3)',
    ]);
    expect(effectiveAllows(firewall)).toEqual([]);
  });
});
