// Every rule's good/bad examples run as tests: bad examples fire exactly on their expected lines, good ones not at all.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.ts';
import { DEFAULT_CONFIG } from '../src/config/types.ts';
import { lintFiles } from '../src/engine/lint.ts';
import type { Rule, RuleExample } from '../src/engine/types.ts';

function findingsFor(rule: Rule, example: RuleExample) {
  const config = { ...DEFAULT_CONFIG, ...example.settings };
  const result = lintFiles([{ path: example.file, absPath: example.file, text: example.code }], { config });
  expect(result.diagnostics, 'example must parse cleanly').toEqual([]);
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function linesFor(rule: Rule, example: RuleExample): number[] {
  return findingsFor(rule, example).map((f) => f.location.line);
}

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('has complete metadata', () => {
    expect(rule.meta.name).toMatch(/^[a-z0-9-]+$/);
    expect(rule.meta.tags).toContain('security');
    expect(Number(rule.meta.securitySeverity)).toBeGreaterThan(0);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
  });
  for (const example of rule.examples.bad) {
    it(`fires on bad ${example.format} example: ${example.title ?? example.file}`, () => {
      const findings = findingsFor(rule, example);
      expect(findings.map((f) => f.location.line)).toEqual(example.expectLines);
      if (example.expectLevels) expect(findings.map((f) => f.level)).toEqual(example.expectLevels);
      if (example.expectMessage) expect(findings[0]?.message).toContain(example.expectMessage);
    });
  }
  for (const example of rule.examples.good) {
    it(`is silent on good ${example.format} example: ${example.title ?? example.file}`, () => {
      expect(linesFor(rule, example)).toEqual([]);
    });
  }
});

it('registers every rule file in rules/index.ts', () => {
  const files = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => /^egr\d{3}-.*\.ts$/.test(f));
  expect(files.length).toBe(rules.length);
  const ids = rules.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});
