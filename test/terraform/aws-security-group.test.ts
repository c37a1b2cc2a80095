// AWS security groups in Terraform: every resource form, linking, the deny-all idiom, CIDR arithmetic.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { lintFiles } from '../../src/engine/lint.ts';
import { lintFixture, summary } from '../helpers.ts';

describe('security-group forms', () => {
  const result = lintFixture('terraform/sg-forms');
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR002 error main.tf:7', // egress = [{ ... }] attribute form
      'EGR001 warning main.tf:21', // aws_security_group without egress: unmanaged
      'EGR001 warning main.tf:25', // aws_default_security_group without egress
      'EGR002 warning main.tf:39', // aws_security_group_rule, protocol "6", port 25
      'EGR003 error main.tf:39',
      'EGR002 error main.tf:54', // aws_vpc_security_group_egress_rule ip_protocol -1 to ::/0, group outside the scan
      'EGR003 warning main.tf:62', // SMTP to a security group, with no relays configured
    ]);
  });

  it('tells explicit-empty, absent and declared apart', () => {
    expect(byId('aws_security_group.explicit_empty')?.egressDeclared).toBe('explicit-empty');
    expect(byId('aws_security_group.unmanaged')?.egressDeclared).toBe('absent');
    expect(byId('aws_security_group.sentinel')?.egressDeclared).toBe('explicit-empty');
    expect(byId('aws_security_group.sentinel')?.rules).toEqual([]);
  });

  it('links standalone rules to their group by reference and ignores ingress', () => {
    const linked = byId('aws_security_group.linked');
    expect(linked?.egressDeclared).toBe('rules');
    expect(linked?.rules.map((r) => r.declaredBy.id)).toEqual(['aws_security_group_rule.smtp']);
    expect(linked?.rules[0].protocol).toBe('tcp');
    expect(linked?.rules[0].ports).toEqual([{ from: 25, to: 25 }]);
  });

  it('checks a rule whose group is outside the scan on its own, with all ports for ip_protocol -1', () => {
    const outside = byId('sg-0123456789abcdef0');
    expect(outside?.rules[0].protocol).toBe('all');
    expect(outside?.rules[0].ports).toEqual([{ from: 0, to: 65535 }]);
    expect(result.findings.find((f) => f.location.line === 54)?.message).toBe(
      'aws_vpc_security_group_egress_rule.outside_scan allows all traffic to ::/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    );
  });

  it('keeps references to other groups symbolic, so a relay matches by address', () => {
    const toRelay = byId('aws_security_group.to_relay');
    expect(toRelay?.rules[0].destinations.map((d) => (d.kind === 'security-group' ? d.ref : d.kind))).toEqual(
      ['aws_security_group.relay'],
    );
    const withRelay = lintFixture('terraform/sg-forms', { config: { relays: ['aws_security_group.relay'] } });
    expect(withRelay.findings.filter((f) => f.location.line === 62)).toEqual([]);
    // With relays configured, the other SMTP findings become errors.
    expect(summary(withRelay, 'EGR003')).toEqual(['EGR003 error main.tf:39']);
  });
});

describe('CIDR arithmetic, not string comparison', () => {
  it('treats 1.2.3.4/0, two /1 halves and ::/0 as anywhere, and a partial union as not', () => {
    const result = lintFixture('terraform/cidr-math');
    expect(summary(result, 'EGR002')).toEqual([
      'EGR002 warning main.tf:6', // 1.2.3.4/0, TCP 8080
      'EGR002 error main.tf:15', // 0.0.0.0/1 + 128.0.0.0/1, all UDP ports
      'EGR002 warning main.tf:33', // ::/0 port 22
    ]);
    expect(result.findings[0].message).toBe(
      'aws_security_group.non_canonical allows TCP port 8080 to 0.0.0.0/0: only 443 may go to the internet (allowedPublicPorts).',
    );
  });
  it('honours allowedPublicPorts', () => {
    const result = lintFixture('terraform/cidr-math', { config: { allowedPublicPorts: [443, 8080, 22] } });
    expect(summary(result, 'EGR002')).toEqual(['EGR002 error main.tf:15']);
  });
});

// The shared AWS mapping (src/providers/aws/security-group.ts) reads a .tf configuration under Terraform's semantics
// (TerraformArguments there), where they differ from resolved values (plan JSON, Pulumi state, CloudFormation).
describe("Terraform's semantics in the shared AWS mapping", () => {
  const text = `
variable "unknown" {}
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_security_group" "g" {
  egress {
    protocol    = "tcp"
    from_port   = 25
    cidr_blocks = ["not-a-cidr"]
    ipv6_cidr_blocks = [aws_vpc.main.ipv6_cidr_block]
    self        = var.unknown
  }
  egress {
    from_port   = var.unknown
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`;
  const result = lintFiles([{ path: 'main.tf', absPath: 'main.tf', text }], { config: DEFAULT_CONFIG });
  const [first, second, third] = result.firewalls.find((f) => f.id === 'aws_security_group.g')!.rules;
  const unresolvedAt = (line: number) =>
    result.unresolved.filter((u) => u.location.line === line).map((u) => `${u.expression}: ${u.reason}`);

  it('makes a missing required argument (to_port for tcp, protocol) unknown, and counts it', () => {
    expect(first.ports).toEqual({ unknown: 'from_port/to_port' });
    expect(unresolvedAt(5)).toEqual([
      'to_port: required argument "to_port" is missing: the rule is not analysed',
    ]);
    expect(third.protocol).toEqual({ unknown: '(missing protocol)' });
    expect(unresolvedAt(18)).toEqual([
      'protocol: required argument "protocol" is missing: the rule is not analysed',
    ]);
  });

  it('reads a reference to another resource as that resource, in any field; an invalid CIDR is counted', () => {
    expect(first.destinations.map((d) => [d.kind, d.kind === 'security-group' ? d.ref : '', d.text])).toEqual(
      [
        ['unknown', '', 'not-a-cidr'],
        ['security-group', 'aws_vpc.main', 'aws_vpc.main.ipv6_cidr_block'],
      ],
    );
    expect(unresolvedAt(8)).toEqual(['not-a-cidr: not a valid CIDR']);
  });

  it('adds no destination for an unknown self, and counts an unknown port even under protocol -1', () => {
    expect(unresolvedAt(10)).toEqual([]);
    expect(second.ports).toEqual([{ from: 0, to: 65535 }]);
    expect(unresolvedAt(13)).toEqual([
      'var.unknown: variable "unknown" has no default and no value is given',
    ]);
  });
});
