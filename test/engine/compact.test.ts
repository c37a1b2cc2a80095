// What the worker pool keeps of a unit's results: equal copies that share their repeated strings.
import { describe, expect, it } from 'vitest';
import { detachedCopy, keyDigest, compactResult, StringPool } from '../../src/engine/compact.ts';
import type { UnitResult } from '../../src/engine/units.ts';
import type { Finding } from '../../src/engine/types.ts';

const at = (file: string, line: number) => ({ file, line, column: 1 });

function finding(file: string, line: number): Finding {
  return {
    ruleId: 'EGR001',
    level: 'warning',
    message: `message ${line}`,
    location: at(file, line),
    related: [{ description: 'variable "cidr" default', location: at(`${file.slice(0, -3)}/vars.tf`, 2) }],
    firewallId: 'aws_security_group.a',
    platform: 'terraform',
    fingerprint: `print${line}`,
    securitySeverity: '7.5',
    resource: at(file, 1),
    suppression: { kind: 'inSource', justification: 'ok', location: at(file, line - 1) },
    variants: { template: 'message \0', instances: [{ address: 'a["x"]', root: 'envs/a', firewallId: 'x' }] },
  };
}

function unit(): UnitResult {
  return {
    findings: [finding(['main', '.tf'].join(''), 3), finding(['ma', 'in.tf'].join(''), 5)],
    diagnostics: [{ location: at('bad.tf', 1), message: 'parse error', level: 'error' }],
    unresolved: [{ location: at('main.tf', 4), expression: 'var.x', reason: 'no value' }],
    firewalls: [],
    firewallKeys: ['main.tf\u00001\u00001\u0000aws_security_group.a'],
    filesScanned: 2,
    filesSkipped: 0,
    inputsUsed: [],
  } as UnitResult;
}

describe('compact unit results', () => {
  it('copies a result without changing it', () => {
    const original = unit();
    const copy = detachedCopy(original);
    expect(copy).toEqual(original);
    expect(copy.findings[0]).not.toBe(original.findings[0]);
  });

  // (Whether two strings are one in memory cannot be observed from JavaScript: bench and heap snapshots show it.)
  it('rebuilds results compact without changing any value', () => {
    const result = compactResult(detachedCopy(unit()), new StringPool());
    expect(result).toEqual(unit());
    const plain = {
      ...unit(),
      findings: [{ ...finding('main.tf', 3), suppression: undefined, variants: undefined }],
    };
    expect(compactResult(plain, new StringPool())).toEqual(plain);
    const pool = new StringPool();
    expect(pool.get(['main', '.tf'].join(''))).toBe('main.tf');
    expect(pool.get(['ma', 'in.tf'].join(''))).toBe('main.tf');
  });

  it('tells keys apart by a fixed-size digest', () => {
    expect(keyDigest('f\0a')).toHaveLength(32);
    expect(keyDigest('f\0a')).toBe(keyDigest('f\0a'));
    expect(keyDigest('f\0a')).not.toBe(keyDigest('f\0b'));
  });
});
