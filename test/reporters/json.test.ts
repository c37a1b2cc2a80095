import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/reporters/json.ts';
import { emptyResult, sampleResult } from './fixtures.ts';

describe('toJson', () => {
  it('writes every finding (suppressed ones with their suppression), diagnostics, unresolved values and stats', () => {
    const text = toJson(sampleResult());
    expect(text.endsWith('}\n')).toBe(true);
    const report = JSON.parse(text);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'diagnostics', 'unresolved', 'stats']);
    expect(report.version).toBe(1);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['EGR002', 'EGR001', 'EGR003']);
    expect(report.findings[0]).toEqual({
      ruleId: 'EGR002',
      level: 'error',
      message:
        'aws_security_group.app allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere.',
      location: { file: 'main.tf', line: 6, column: 19, endLine: 6, endColumn: 30 },
      related: [
        {
          description: 'variable "egress_cidrs" default',
          location: { file: 'vars.tf', line: 2, column: 13 },
        },
      ],
      firewallId: 'aws_security_group.app',
      platform: 'terraform',
      fingerprint: '0123456789abcdef0123456789abcdef',
      securitySeverity: '8.8',
      resource: { file: 'main.tf', line: 1, column: 1 },
      suppression: null,
    });
    expect(Object.keys(report.findings[0])).toEqual([
      'ruleId',
      'level',
      'message',
      'location',
      'related',
      'firewallId',
      'platform',
      'fingerprint',
      'securitySeverity',
      'resource',
      'suppression',
    ]);
    expect(report.findings[2].suppression).toEqual({
      kind: 'inSource',
      justification: 'relay migration, ticket 42',
      location: { file: 'nsg.tf', line: 23, column: 7 },
    });
    expect(report.diagnostics).toEqual([
      {
        level: 'error',
        code: null,
        message: "Unexpected token '}': expected an attribute or block.",
        location: { file: 'broken.tf', line: 3, column: 5 },
      },
      {
        level: 'warning',
        code: 'unused-suppression',
        message: 'unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress',
        location: { file: 'main.tf', line: 14, column: 3 },
      },
    ]);
    expect(report.unresolved).toEqual([
      {
        location: { file: 'vars.tf', line: 12, column: 17 },
        expression: 'var.egress_cidrs',
        reason: 'variable has no default and no value',
      },
      {
        location: { file: 'main.tf', line: 30, column: 3 },
        expression: 'data.aws_vpc.main.cidr_block',
        reason: 'data sources are not read',
      },
    ]);
    expect(report.stats).toEqual({
      filesScanned: 5,
      filesSkipped: 1,
      firewalls: 3,
      unresolved: 2,
      errors: 2,
      warnings: 2,
      notes: 0,
      suppressed: 1,
    });
  });

  it('writes empty lists on a clean run', () => {
    expect(JSON.parse(toJson(emptyResult({ stats: { filesScanned: 2 } })))).toEqual({
      version: 1,
      findings: [],
      diagnostics: [],
      unresolved: [],
      stats: {
        filesScanned: 2,
        filesSkipped: 0,
        firewalls: 0,
        unresolved: 0,
        errors: 0,
        warnings: 0,
        notes: 0,
        suppressed: 0,
      },
    });
  });
});
