// Formats other CI systems read (JUnit XML, GitLab Code Quality), and the documented shape of --format json.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toGitlabIssues, toJson, toJunit, type JsonReport } from '../../src/reporters/index.ts';
import { emptyResult, finding, loc, parseError, sampleResult } from './fixtures.ts';

const reportSchema = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
/** The report as a reader of `--format json` gets it. */
const jsonReport = (result: Parameters<typeof toJson>[0]) => JSON.parse(toJson(result)) as JsonReport;

describe('--format json', () => {
  it('matches the JSON Schema shipped in the package, and the schema rejects a report of another shape', () => {
    for (const result of [sampleResult(), emptyResult()]) {
      expect(validateReport(jsonReport(result)), JSON.stringify(validateReport.errors)).toBe(true);
    }
    const report = jsonReport(sampleResult());
    expect(validateReport({ ...report, version: 2 })).toBe(false);
    expect(validateReport({ ...report, findings: [{ ...report.findings[0], line: 3 }] })).toBe(false);
  });
});

describe('--format junit', () => {
  it('has a suite per file, a failure per problem, an error per file not analysed, suppressed findings skipped', () => {
    const xml = toJunit(sampleResult());
    const counts = sampleResult();
    const suppressed = counts.findings.filter((f) => f.suppression).length;
    const active = counts.findings.length - suppressed;
    const codes = counts.diagnostics.filter((d) => d.code).length;
    const failed = counts.diagnostics.filter((d) => !d.code).length;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="egress-lint" /);
    expect(xml).toContain(
      `tests="${active + suppressed + codes + failed}" failures="${active + codes}" errors="${failed}" skipped="${suppressed}"`,
    );
    expect(xml.match(/<failure /g)).toHaveLength(active + codes);
    expect(xml.match(/<error /g)).toHaveLength(failed);
    expect(xml.match(/<skipped /g)).toHaveLength(suppressed);
    expect(xml.match(/<testsuite /g)).toHaveLength(
      new Set([...counts.findings, ...counts.diagnostics].map((p) => p.location.file)).size,
    );
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const result = emptyResult({
      findings: [
        finding({
          ruleId: 'EGR002',
          level: 'error',
          message: 'a <b> & "c"\u0001\n',
          location: loc('x&y.tf', 2),
        }),
      ],
    });
    const xml = toJunit(result);
    expect(xml).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;\ufffd&#10;"');
    expect(xml).toContain('<testsuite name="x&amp;y.tf"');
    expect(xml).not.toContain('\u0001');
  });

  it('is one passing test case when there is nothing to report', () => {
    const xml = toJunit(emptyResult({ stats: { filesScanned: 3 } }));
    expect(xml).toContain('<testsuites name="egress-lint" tests="1" failures="0" errors="0" skipped="0">');
    expect(xml).toContain('<testcase name="no egress problems in 3 files" classname="egress-lint"/>');
  });
});

describe('--format gitlab', () => {
  it('lists unsuppressed findings and diagnostics as Code Quality issues with unique fingerprints', () => {
    const result = sampleResult();
    const issues = toGitlabIssues(result);
    expect(issues).toHaveLength(
      result.findings.filter((f) => !f.suppression).length + result.diagnostics.length,
    );
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual([
        'check_name',
        'description',
        'fingerprint',
        'location',
        'severity',
      ]);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const parse = issues.find((i) => i.description === parseError.message);
    expect(parse).toMatchObject({
      check_name: 'file-not-analysed',
      severity: 'major',
      location: { path: parseError.location.file },
    });
    const first = result.findings.find((f) => !f.suppression)!;
    expect(issues[0]).toEqual({
      description: first.message,
      check_name: first.ruleId,
      fingerprint: first.fingerprint,
      severity: first.level === 'error' ? 'critical' : first.level === 'warning' ? 'minor' : 'info',
      location: { path: first.location.file, lines: { begin: first.location.line } },
    });
  });
});
