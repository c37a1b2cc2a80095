// Baseline files: creation, validation, and marking recorded findings as suppressed.
import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  createBaseline,
  parseBaseline,
  serializeBaseline,
} from '../../src/engine/baseline.ts';
import { ConfigError } from '../../src/config/errors.ts';
import type { Finding } from '../../src/engine/types.ts';

function finding(ruleId: string, firewallId: string, fingerprint: string, line = 1): Finding {
  return {
    ruleId,
    level: 'error',
    message: `${firewallId} allows all traffic to 0.0.0.0/0`,
    location: { file: 'main.tf', line, column: 1 },
    related: [],
    firewallId,
    platform: 'terraform',
    fingerprint,
    securitySeverity: '8.8',
    resource: { file: 'main.tf', line, column: 1 },
  };
}

describe('createBaseline', () => {
  it('records unsuppressed findings without line numbers, sorted for stable diffs', () => {
    const suppressed = {
      ...finding('EGR001', 'aws_security_group.c', 'ccc'),
      suppression: { kind: 'inSource' as const, justification: 'x' },
    };
    const baseline = createBaseline([
      finding('EGR002', 'aws_security_group.b', 'bbb', 9),
      finding('EGR002', 'aws_security_group.a', 'aaa', 30),
      suppressed,
    ]);
    expect(baseline).toEqual({
      version: 1,
      findings: [
        {
          ruleId: 'EGR002',
          file: 'main.tf',
          firewallId: 'aws_security_group.a',
          fingerprint: 'aaa',
          message: 'aws_security_group.a allows all traffic to 0.0.0.0/0',
        },
        {
          ruleId: 'EGR002',
          file: 'main.tf',
          firewallId: 'aws_security_group.b',
          fingerprint: 'bbb',
          message: 'aws_security_group.b allows all traffic to 0.0.0.0/0',
        },
      ],
    });
    expect(parseBaseline(serializeBaseline(baseline), 'b.json')).toEqual(baseline);
  });
});

describe('applyBaseline', () => {
  it('marks findings with a recorded fingerprint as external suppressions and leaves new ones', () => {
    const baseline = createBaseline([finding('EGR002', 'aws_security_group.a', 'aaa')]);
    const findings = [
      finding('EGR002', 'aws_security_group.a', 'aaa', 50),
      finding('EGR002', 'aws_security_group.new', 'nnn'),
    ];
    expect(applyBaseline(findings, baseline)).toBe(1);
    expect(findings.map((f) => f.suppression ?? null)).toEqual([
      { kind: 'external', justification: 'baseline' },
      null,
    ]);
  });

  it('keeps an inline suppression rather than replacing it', () => {
    const inline = { kind: 'inSource' as const, justification: 'mirrors' };
    const findings = [{ ...finding('EGR002', 'aws_security_group.a', 'aaa'), suppression: inline }];
    expect(
      applyBaseline(findings, {
        version: 1,
        findings: [
          { ruleId: 'EGR002', file: 'main.tf', firewallId: 'aws_security_group.a', fingerprint: 'aaa' },
        ],
      }),
    ).toBe(0);
    expect(findings[0].suppression).toBe(inline);
  });
});

describe('parseBaseline', () => {
  it.each([
    ['not json', '', 'not a baseline: invalid JSON'],
    ['{"version": 2, "findings": []}', 'version', 'expected 1 (a baseline written by --baseline-create)'],
    ['[]', 'version', 'expected 1 (a baseline written by --baseline-create)'],
    ['{"version": 1}', 'findings', 'expected a list'],
    [
      '{"version": 1, "findings": [{"ruleId": "EGR002", "file": "main.tf", "firewallId": "x"}]}',
      'findings[0].fingerprint',
      'expected a string',
    ],
  ])('rejects %s', (text, key, expected) => {
    let error: unknown;
    try {
      parseBaseline(text, 'baseline.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe(key);
    expect((error as ConfigError).expected.startsWith(expected)).toBe(true);
  });
});
