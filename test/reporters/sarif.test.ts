import { describe, expect, it } from 'vitest';
import { toSarif, toSarifLog, type SarifOptions } from '../../src/reporters/sarif.ts';
import { directoryUri, relativeUri } from '../../src/reporters/uri.ts';
import { FIXTURE_RULES } from '../helpers.ts';
import { emptyResult, finding, loc, parseError, sampleResult } from './fixtures.ts';

import { sarifErrors, sarifSchemaDraft } from './sarif-schema.ts';

// The rules of the hand-built findings (EGR001-EGR003), whatever else is registered.
const options: SarifOptions = {
  rules: FIXTURE_RULES,
  toolVersion: '1.2.3',
  informationUri: 'https://github.com/egress-lint/egress-lint',
  srcRoot: '/home/ci/work/my repo',
};

describe('the SARIF schema check itself', () => {
  it('uses the schema draft the file declares, and rejects invalid logs', async () => {
    expect(sarifSchemaDraft).toBe('https://json-schema.org/draft/2020-12/schema');
    const log = toSarifLog(emptyResult(), options);
    expect(sarifErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
    const badUri = structuredClone(log);
    badUri.runs[0].tool.driver.informationUri = 'not a uri';
    expect(sarifErrors(badUri)).not.toEqual([]);
  });
});

describe('toSarif', () => {
  it('describes the tool and every rule, with results: [] on a clean run', () => {
    const log = toSarifLog(emptyResult(), options);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.results).toEqual([]);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [], toolConfigurationNotifications: [] },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/work/my%20repo/' } });
    const { driver } = run.tool;
    expect([driver.name, driver.version, driver.informationUri]).toEqual([
      'egress-lint',
      '1.2.3',
      'https://github.com/egress-lint/egress-lint',
    ]);
    expect(driver.rules.map((r) => r.id)).toEqual(FIXTURE_RULES.map((r) => r.meta.id));
    const egr002 = driver.rules[1];
    const meta = FIXTURE_RULES[1].meta;
    expect(egr002).toEqual({
      id: 'EGR002',
      name: 'open-egress',
      shortDescription: { text: meta.shortDescription },
      fullDescription: { text: meta.fullDescription },
      help: { text: expect.any(String), markdown: meta.help },
      helpUri: 'https://github.com/egress-lint/egress-lint/blob/main/docs/rules/EGR002.md',
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'network', 'egress'],
        precision: 'very-high',
        'security-severity': '8.8',
      },
    });
    for (const rule of driver.rules) {
      expect(rule.properties?.tags).toContain('security');
      expect(typeof rule.properties?.['security-severity']).toBe('string');
      expect(rule.help?.text).not.toMatch(/\*\*|`/);
    }
    expect(toSarif(emptyResult(), options)).toBe(`${JSON.stringify(log, null, 2)}\n`);
  });

  it('writes help.text as plain text: no emphasis, code spans or fences', () => {
    const help = toSarifLog(emptyResult(), options).runs[0].tool.driver.rules[2].help?.text ?? '';
    expect(help).toContain('(smtpPorts, default 25, 465, 587, 2525)');
    expect(help).toContain(
      'Fix: restrict SMTP egress to the relay, and declare the relay in .egress-lint.yml:\n\nrelays:\n',
    );
  });

  it('leaves out originalUriBaseIds without a srcRoot, and keeps a trailing slash', () => {
    expect(
      toSarifLog(emptyResult(), { ...options, srcRoot: undefined }).runs[0].originalUriBaseIds,
    ).toBeUndefined();
    expect(toSarifLog(emptyResult(), { ...options, srcRoot: '/' }).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///' },
    });
  });

  it('writes findings with locations, related locations, fingerprints, severities and suppressions', () => {
    const log = toSarifLog(sampleResult(), options);
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.map((r) => r.ruleId)).toEqual(['EGR002', 'EGR001/medium', 'EGR003']);
    expect(results[0]).toEqual({
      ruleId: 'EGR002',
      ruleIndex: 1,
      level: 'error',
      message: {
        text: 'aws_security_group.app allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere. From: [variable "egress_cidrs" default](1).',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 6, startColumn: 19, endLine: 6, endColumn: 30 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'vars.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 13 },
          },
          message: { text: 'variable "egress_cidrs" default' },
        },
      ],
      partialFingerprints: { 'egressLint/v1': '0123456789abcdef0123456789abcdef' },
      properties: { 'security-severity': '8.8' },
    });
    // A warning scored 5.0 under a rule scored 7.5: its own descriptor, since GitHub reads the rule's score.
    expect(results[1].ruleIndex).toBe(3);
    expect(log.runs[0].tool.driver.rules[3]).toMatchObject({
      id: 'EGR001/medium',
      name: 'egress-not-declared',
      properties: { 'security-severity': '5.0' },
    });
    expect(results[1].properties).toEqual({ 'security-severity': '5.0' });
    expect(results[1].relatedLocations).toBeUndefined();
    expect(results[1].suppressions).toBeUndefined();
    expect(results[2].ruleIndex).toBe(2);
    expect(results[2].suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'relay migration, ticket 42',
        location: {
          physicalLocation: {
            artifactLocation: { uri: 'nsg.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 23, startColumn: 7 },
          },
        },
      },
    ]);
    for (const result of results) {
      expect(result.partialFingerprints['egressLint/v1']).toMatch(/^[0-9a-f]{32}$/);
      for (const l of [...result.locations, ...(result.relatedLocations ?? [])]) {
        expect(l.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      }
    }
  });

  it('writes an external suppression without a location, and without an empty justification', () => {
    const result = emptyResult({
      findings: [
        finding({
          ruleId: 'EGR001',
          level: 'warning',
          message: 'm',
          location: loc('a.tf', 1),
          suppression: { kind: 'external', justification: 'baseline' },
        }),
        finding({
          ruleId: 'EGR001',
          level: 'warning',
          message: 'm',
          location: loc('b.tf', 1),
          suppression: { kind: 'inSource', justification: '' },
        }),
      ],
    });
    const log = toSarifLog(result, options);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results.map((r) => r.suppressions)).toEqual([
      [{ kind: 'external', justification: 'baseline' }],
      [{ kind: 'inSource' }],
    ]);
  });

  it('reports parse failures as error notifications with the file and line, and the run as successful', () => {
    const log = toSarifLog(emptyResult({ diagnostics: [parseError] }), options);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: "Unexpected token '}': expected an attribute or block." },
          descriptor: { id: 'parse-error', index: 0 },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'broken.tf', uriBaseId: '%SRCROOT%' },
                region: { startLine: 3, startColumn: 5 },
              },
            },
          ],
        },
      ],
      toolConfigurationNotifications: [],
    });
    expect(log.runs[0].tool.driver.notifications[0]).toEqual({
      id: 'parse-error',
      shortDescription: { text: 'A file could not be read or parsed; the other files were still analysed.' },
    });
  });

  it('marks the run unsuccessful when an analyser failed internally', () => {
    const crash = {
      level: 'error' as const,
      location: loc('main.tf', 1),
      message: 'internal error in the terraform analyser: TypeError: x',
    };
    const [invocation] = toSarifLog(emptyResult({ diagnostics: [crash] }), options).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].descriptor).toEqual({ id: 'internal-error', index: 1 });
  });

  it('reports suppression problems as configuration notifications named by their code', () => {
    const log = toSarifLog(sampleResult(), options);
    const [invocation] = log.runs[0].invocations;
    expect(invocation.toolConfigurationNotifications).toEqual([
      {
        level: 'warning',
        message: { text: 'unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress' },
        descriptor: { id: 'unused-suppression', index: 4 },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' },
              region: { startLine: 14, startColumn: 3 },
            },
          },
        ],
      },
    ]);
    const ids = log.runs[0].tool.driver.notifications.map((n) => n.id);
    expect(ids).toEqual([
      'parse-error',
      'internal-error',
      'unresolved',
      'results-capped',
      'unused-suppression',
      'expired-suppression',
      'suppression-without-reason',
      'invalid-suppression',
    ]);
  });

  it('reports unresolved values as notes, then a count', () => {
    const notes = toSarifLog(sampleResult(), options).runs[0].invocations[0].toolExecutionNotifications.slice(
      1,
    );
    expect(notes).toEqual([
      {
        level: 'note',
        message: {
          text: 'Not analysed: var.egress_cidrs could not be resolved statically (variable has no default and no value).',
        },
        descriptor: { id: 'unresolved', index: 2 },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'vars.tf', uriBaseId: '%SRCROOT%' },
              region: { startLine: 12, startColumn: 17 },
            },
          },
        ],
      },
      {
        level: 'note',
        message: {
          text: 'Not analysed: data.aws_vpc.main.cidr_block could not be resolved statically (data sources are not read).',
        },
        descriptor: { id: 'unresolved', index: 2 },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' },
              region: { startLine: 30, startColumn: 3 },
            },
          },
        ],
      },
      {
        level: 'note',
        message: { text: '2 values could not be resolved statically and were not analysed.' },
        descriptor: { id: 'unresolved', index: 2 },
      },
    ]);
  });

  it('lists at most 1000 unresolved values and counts the rest', () => {
    const unresolved = Array.from({ length: 1234 }, (_, i) => ({
      location: loc('vars.tf', i + 1, 1),
      expression: `var.v${i}`,
      reason: 'no value',
    }));
    const log = toSarifLog(emptyResult({ unresolved }), options);
    expect(sarifErrors(log)).toEqual([]);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1001);
    expect(notes[999].message.text).toBe(
      'Not analysed: var.v999 could not be resolved statically (no value).',
    );
    expect(notes[1000].message.text).toBe(
      '1234 values could not be resolved statically and were not analysed; the first 1000 are listed.',
    );
  });

  it('keeps regions valid: 1-based, no end before the start', () => {
    const result = emptyResult({
      findings: [
        finding({
          ruleId: 'EGR001',
          level: 'warning',
          message: 'm',
          location: { file: 'a.tf', line: 0, column: 0 },
        }),
        finding({
          ruleId: 'EGR001',
          level: 'warning',
          message: 'm',
          location: { file: 'b.tf', line: 5, column: 9, endLine: 5, endColumn: 3 },
        }),
        finding({
          ruleId: 'EGR001',
          level: 'warning',
          message: 'm',
          location: { file: 'c.tf', line: 5, column: 9, endLine: 7, endColumn: 3 },
        }),
      ],
    });
    const log = toSarifLog(result, options);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results.map((r) => r.locations[0].physicalLocation.region)).toEqual([
      { startLine: 1 },
      { startLine: 5, startColumn: 9, endLine: 5 },
      { startLine: 5, startColumn: 9, endLine: 7, endColumn: 3 },
    ]);
  });

  it('percent-encodes file names in result and notification URIs', () => {
    const file = 'my infra/50% #1 é:ü.tf';
    const result = emptyResult({
      findings: [finding({ ruleId: 'EGR002', level: 'error', message: 'm', location: loc(file, 2) })],
      diagnostics: [{ level: 'error', location: loc(file, 1), message: 'bad' }],
    });
    const log = toSarifLog(result, { ...options, srcRoot: '/src/my repo#2/ünï%' });
    expect(sarifErrors(log)).toEqual([]);
    const encoded = 'my%20infra/50%25%20%231%20%C3%A9%3A%C3%BC.tf';
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(encoded);
    expect(
      log.runs[0].invocations[0].toolExecutionNotifications[0].locations?.[0].physicalLocation
        .artifactLocation.uri,
    ).toBe(encoded);
    expect(log.runs[0].originalUriBaseIds?.['%SRCROOT%'].uri).toBe(
      'file:///src/my%20repo%232/%C3%BCn%C3%AF%25/',
    );
  });
});

describe('URIs', () => {
  it('encodes each path segment and keeps the separators', () => {
    expect(relativeUri('a/b c/d.tf')).toBe('a/b%20c/d.tf');
    expect(relativeUri('c:/x?.tf')).toBe('c%3A/x%3F.tf');
    expect(relativeUri('日本/main.tf')).toBe('%E6%97%A5%E6%9C%AC/main.tf');
  });

  it('never throws on a lone surrogate (a file name that is not valid UTF-16)', () => {
    expect(relativeUri('a\ud800b.tf')).toBe('a%EF%BF%BDb.tf');
    expect(directoryUri('/x/\udc00')).toBe('file:///x/%EF%BF%BD/');
  });
});

describe('SARIF as GitHub code scanning reads it', () => {
  it('links every related location from the message, escaping brackets in names', () => {
    const result = emptyResult({
      findings: [
        finding({
          ruleId: 'EGR002',
          level: 'error',
          message: 'aws_security_group.app["a"] allows all traffic to 0.0.0.0/0.',
          location: loc('main.tf', 6, 19),
          related: [
            { description: 'variable "cidrs" default', location: loc('vars.tf', 2, 13) },
            { description: 'module.edge["x"] argument', location: loc('main.tf', 30, 3) },
          ],
        }),
      ],
    });
    const [sarif] = toSarifLog(result, options).runs[0].results;
    expect(sarif.message.text).toBe(
      'aws_security_group.app\\["a"\\] allows all traffic to 0.0.0.0/0. From: [variable "cidrs" default](1), [module.edge\\["x"\\] argument](2).',
    );
    expect(sarif.relatedLocations?.map((l) => l.id)).toEqual([1, 2]);
  });

  it('gives a finding scored below its rule a descriptor of its own, once', () => {
    const base = { ruleId: 'EGR001', level: 'warning' as const, message: 'm', securitySeverity: '5.0' };
    const log = toSarifLog(
      emptyResult({
        findings: [
          finding({ ...base, location: loc('a.tf', 1) }),
          finding({ ...base, location: loc('b.tf', 1) }),
        ],
      }),
      options,
    );
    const { rules: descriptors } = log.runs[0].tool.driver;
    expect(descriptors.map((d) => `${d.id} ${d.properties?.['security-severity']}`)).toEqual([
      'EGR001 7.5',
      'EGR002 8.8',
      'EGR003 8.1',
      'EGR001/medium 5.0',
    ]);
    expect(log.runs[0].results.map((r) => `${r.ruleId} ${r.ruleIndex}`)).toEqual([
      'EGR001/medium 3',
      'EGR001/medium 3',
    ]);
    expect(sarifErrors(log)).toEqual([]);
  });

  it('drops suppressed results when asked (GitHub ignores suppressions and would show them as open alerts)', () => {
    const all = sampleResult();
    const kept = toSarifLog(all, options).runs[0].results;
    const dropped = toSarifLog(all, { ...options, suppressed: 'drop' }).runs[0].results;
    expect(kept.some((r) => r.suppressions)).toBe(true);
    expect(dropped).toHaveLength(kept.length - all.findings.filter((f) => f.suppression).length);
    expect(dropped.some((r) => r.suppressions)).toBe(false);
  });

  it('caps results at the limit, keeping the most severe, with a notification', () => {
    const findings = [
      finding({
        ruleId: 'EGR002',
        level: 'warning',
        message: 'w',
        location: loc('a.tf', 1),
        securitySeverity: '5.5',
      }),
      finding({ ruleId: 'EGR002', level: 'error', message: 'e', location: loc('b.tf', 1) }),
      finding({
        ruleId: 'EGR003',
        level: 'error',
        message: 'e2',
        location: loc('c.tf', 1),
        securitySeverity: '8.1',
      }),
    ];
    const log = toSarifLog(emptyResult({ findings }), { ...options, maxResults: 2 });
    expect(log.runs[0].results.map((r) => r.message.text)).toEqual(['e', 'e2']);
    const [notice] = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notice).toMatchObject({
      level: 'warning',
      descriptor: { id: 'results-capped' },
      message: {
        text: '1 result left out: GitHub code scanning rejects a run with more than 2 results; the most severe were kept (the JSON report has all 3).',
      },
    });
    expect(sarifErrors(log)).toEqual([]);
  });
});
