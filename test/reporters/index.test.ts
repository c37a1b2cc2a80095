// The CLI's entry point, and every reporter on a real lint result (the rules' bad examples plus a broken file).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../rules/examples.ts';
import { rules } from '../../rules/index.ts';
import { lintFiles } from '../../src/engine/lint.ts';
import type { SourceFile } from '../../src/engine/types.ts';
import {
  format,
  FORMAT_NAMES,
  toGithub,
  toJson,
  toMarkdownSummary,
  toSarif,
  toSarifLog,
  toStylish,
} from '../../src/reporters/index.ts';
import { sampleResult } from './fixtures.ts';

import { sarifErrors } from './sarif-schema.ts';

const options = {
  color: false,
  cwd: '/repo/infra',
  srcRoot: '/repo',
  rules,
  toolVersion: '0.1.0',
  informationUri: 'https://github.com/egress-lint/egress-lint',
};

describe('format', () => {
  it('dispatches every format name to its reporter', () => {
    const result = sampleResult();
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']);
    expect(format(result, 'stylish', options)).toBe(
      toStylish(result, { color: false, root: '/repo', cwd: '/repo/infra' }),
    );
    expect(format(result, 'json', options)).toBe(toJson(result));
    expect(format(result, 'sarif', options)).toBe(toSarif(result, options));
    expect(format(result, 'github', options)).toBe(toGithub(result, { rules }));
  });

  it('defaults to the registered rules', () => {
    const result = sampleResult();
    expect(format(result, 'sarif', { ...options, rules: undefined })).toBe(format(result, 'sarif', options));
  });
});

describe('reporters on a real lint result', () => {
  const files: SourceFile[] = rules.flatMap((rule) =>
    loadExamples(rule, fileURLToPath(new URL('../../rules/', import.meta.url))).bad.map((example, i) => {
      const path = `${rule.meta.id}/bad${i}/${example.file}`;
      return { path, absPath: path, text: example.code };
    }),
  );
  files.push({
    path: 'broken/main.tf',
    absPath: 'broken/main.tf',
    text: 'resource "aws_security_group" "x" {\n  egress {\n',
  });
  const result = lintFiles(files);

  it('has findings of every rule and a parse failure to report', () => {
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(rules.map((r) => r.meta.id)));
    expect(
      result.diagnostics.filter((d) => d.location.file === 'broken/main.tf' && d.level === 'error'),
    ).toHaveLength(1);
  });

  it('writes valid SARIF with a result per finding and the parse failure as a notification', () => {
    const log = toSarifLog(result, options);
    expect(sarifErrors(log)).toEqual([]);
    const [run] = log.runs;
    expect(run.results).toHaveLength(result.findings.length);
    expect(run.results.every((r) => /^[0-9a-f]{32}$/.test(r.partialFingerprints['egressLint/v1']))).toBe(
      true,
    );
    expect(run.invocations[0].executionSuccessful).toBe(true);
    const failures = run.invocations[0].toolExecutionNotifications.filter((n) => n.level === 'error');
    expect(failures.map((n) => n.locations?.[0].physicalLocation.artifactLocation.uri)).toEqual([
      'broken/main.tf',
    ]);
  });

  it('annotates every problem once and keeps the summary and JSON consistent with the result', () => {
    const problems = result.findings.filter((f) => !f.suppression).length + result.diagnostics.length;
    expect(toGithub(result).split('\n').filter(Boolean)).toHaveLength(problems);
    expect(JSON.parse(toJson(result)).findings).toHaveLength(result.findings.length);
    const summary = toMarkdownSummary(result, { rules });
    expect(summary).toContain('### Egress map');
    for (const firewall of result.firewalls)
      expect(summary).toContain(`(${firewall.resourceType.replace(/_/g, '\\_')})`);
    const stylish = toStylish(result, { color: false });
    for (const rule of rules) expect(stylish).toContain(`  ${rule.meta.id}\n`);
    expect(stylish).toContain('  (parse)\n');
  });
});
