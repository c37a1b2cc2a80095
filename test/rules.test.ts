// Every rule's good/bad examples (rules/<id>-<name>.examples.yaml) run as tests: bad examples fire exactly on their
// expected lines, good ones not at all.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExamples, type RuleExample } from '../rules/examples.ts';
import { rules } from '../rules/index.ts';
import { DEFAULT_CONFIG } from '../src/config/types.ts';
import { lintFiles } from '../src/engine/lint.ts';
import type { Rule } from '../src/engine/types.ts';

const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));

function findingsFor(rule: Rule, example: RuleExample) {
  const config = { ...DEFAULT_CONFIG, ...example.settings };
  const result = lintFiles([{ path: example.file, absPath: example.file, text: example.code }], { config });
  expect(result.diagnostics, 'example must parse cleanly').toEqual([]);
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function linesFor(rule: Rule, example: RuleExample): number[] {
  return findingsFor(rule, example).map((f) => f.location.line);
}

describe.each(rules.map((r) => [r.meta.id, r, loadExamples(r, RULES_DIR)] as const))(
  '%s',
  (_id, rule, examples) => {
    it('has complete metadata', () => {
      expect(rule.meta.name).toMatch(/^[a-z0-9-]+$/);
      expect(rule.meta.tags).toContain('security');
      expect(Number(rule.meta.securitySeverity)).toBeGreaterThan(0);
      expect(examples.bad.length).toBeGreaterThan(0);
      expect(examples.good.length).toBeGreaterThan(0);
    });
    it('shows a good example in every format it has a bad one in', () => {
      const goodFormats = new Set(examples.good.map((e) => e.format));
      expect(examples.bad.map((e) => e.format).filter((format) => !goodFormats.has(format))).toEqual([]);
    });
    for (const example of examples.bad) {
      it(`fires on bad ${example.format} example: ${example.title ?? example.file}`, () => {
        const findings = findingsFor(rule, example);
        expect(findings.map((f) => f.location.line)).toEqual(example.expectLines);
        if (example.expectLevels) expect(findings.map((f) => f.level)).toEqual(example.expectLevels);
        if (example.expectMessage) expect(findings[0]?.message).toContain(example.expectMessage);
      });
    }
    for (const example of examples.good) {
      it(`is silent on good ${example.format} example: ${example.title ?? example.file}`, () => {
        expect(linesFor(rule, example)).toEqual([]);
      });
    }
  },
);

it('registers every rule file in rules/index.ts, each with its examples beside it', () => {
  const files = readdirSync(RULES_DIR);
  const ruleFiles = files.filter((f) => /^egr\d{3}-.*\.ts$/.test(f));
  expect(ruleFiles.length).toBe(rules.length);
  const ids = rules.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(files.filter((f) => f.endsWith('.examples.yaml')).sort()).toEqual(
    ruleFiles.map((f) => f.replace(/\.ts$/, '.examples.yaml')).sort(),
  );
});
