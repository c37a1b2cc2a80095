// Policy end to end through lintFiles on the fixtures in fixtures/policy: inline and Metadata suppressions,
// their problems, ignoreResources, overrides and the baseline, and how reporters show suppressed findings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { effectiveConfigFor } from '../../src/config/overrides.ts';
import { analyzers } from '../../src/engine/analyzers.ts';
import { applyBaseline, createBaseline, parseBaseline } from '../../src/engine/baseline.ts';
import type { LintResult } from '../../src/engine/types.ts';
import { summaryText } from '../../src/reporters/text.ts';
import { toSarifLog } from '../../src/reporters/sarif.ts';
import { FIXTURE_RULES, FIXTURES, lintFixture } from '../helpers.ts';

const hasTerraform = analyzers.some((a) => a.id === 'terraform');
const hasCloudFormation = analyzers.some((a) => a.id === 'cloudformation');
const hasPulumi = analyzers.some((a) => a.id === 'pulumi');

/** Lints fixtures/policy/<name> with its own .egress-lint.yml, if it has one. */
async function lintPolicy(name: string): Promise<LintResult> {
  const configFile = join(FIXTURES, 'policy', name, '.egress-lint.yml');
  return lintFixture(`policy/${name}`, {
    config: existsSync(configFile) ? await loadConfig(configFile) : undefined,
  });
}

const findings = (r: LintResult) =>
  r.findings.map(
    (f) =>
      `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line} ${f.suppression ? `suppressed(${f.suppression.kind}: ${f.suppression.justification})` : 'active'}`,
  );
const diagnostics = (r: LintResult) =>
  r.diagnostics.map((d) => `${d.code ?? 'file'} ${d.level} ${d.location.file}:${d.location.line}`);

describe.skipIf(!hasTerraform || !hasCloudFormation)('suppressing a block', () => {
  it('covers everything inside the block a directive is above or on the header of (HCL and YAML)', async () => {
    const result = await lintPolicy('blocks');
    expect(findings(result)).toEqual([
      'EGR002 warning main.tf:10 suppressed(inSource: HTTP to package mirrors (NET-7))',
      'EGR002 warning main.tf:17 suppressed(inSource: FTP to the partner (NET-8))',
      'EGR002 warning main.tf:24 active',
      'EGR002 warning template.yaml:12 suppressed(inSource: HTTP to package mirrors (NET-7))',
      "EGR003 warning template.yaml:17 suppressed(inSource: the partner's relay, to be declared (NET-9))",
      // Above SecurityGroupEgress: the whole list, this rule too.
      'EGR002 warning template.yaml:21 suppressed(inSource: HTTP to package mirrors (NET-7))',
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe.skipIf(!hasTerraform)('Terraform inline suppressions', () => {
  it('suppresses on the line, above it, above the resource and at the top of the resource', async () => {
    const result = await lintPolicy('inline');
    expect(findings(result)).toEqual([
      "EGR001 warning main.tf:2 suppressed(inSource: egress is managed by the platform team's module (NET-12))",
      'EGR002 error main.tf:14 suppressed(inSource: partner SFTP and SMTP integration (NET-42))',
      'EGR002 warning main.tf:23 suppressed(inSource: HTTP to package mirrors (NET-7))',
      'EGR002 warning main.tf:34 suppressed(inSource: callbacks to customer webhooks on 8080)',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports an expired, an unused and a malformed directive, and the findings they fail to suppress', async () => {
    const result = await lintPolicy('problems');
    expect(findings(result)).toEqual(['EGR002 error main.tf:6 active', 'EGR002 warning main.tf:25 active']);
    expect(diagnostics(result).sort()).toEqual([
      'expired-suppression warning main.tf:6',
      'invalid-suppression error main.tf:25',
      'unused-suppression warning main.tf:10',
    ]);
  });

  it('under requireReason, reports a directive without a reason and does not let it suppress', async () => {
    const result = await lintPolicy('require-reason');
    expect(findings(result)).toEqual([
      'EGR002 warning main.tf:7 active',
      'EGR002 warning main.tf:16 suppressed(inSource: webhooks to customers (NET-51))',
    ]);
    expect(diagnostics(result)).toEqual(['suppression-without-reason error main.tf:6']);
  });
});

describe.skipIf(!hasTerraform)('config policy', () => {
  it('applies overrides by glob: a directory glob and a base-name glob', async () => {
    const result = await lintPolicy('overrides');
    expect(findings(result)).toEqual([
      'EGR002 error app/main.tf:6 active',
      'EGR002 warning legacy/main.tf:6 active',
    ]);
    const config = await loadConfig(join(FIXTURES, 'policy/overrides/.egress-lint.yml'));
    expect(effectiveConfigFor(config, 'app/dev.sandbox.tf').rules).toEqual({ EGR002: 'off' });
  });

  it('suppresses findings about resources matched by ignoreResources, as external with the reason', async () => {
    expect(findings(await lintPolicy('ignore-resources'))).toEqual([
      'EGR002 error main.tf:6 suppressed(external: legacy VPC, decommissioned in Q3 (NET-77))',
      'EGR002 error main.tf:15 active',
    ]);
  });
});

describe.skipIf(!hasTerraform)('allowedDestinations', () => {
  it('lets any egress reach the listed prefix lists and CIDRs, and nothing else', async () => {
    expect(findings(lintFixture('policy/allowed-destinations'))).toEqual([
      'EGR003 warning main.tf:6 active',
      'EGR003 warning main.tf:13 active',
      'EGR003 warning main.tf:20 active',
    ]);
    expect(findings(await lintPolicy('allowed-destinations'))).toEqual(['EGR003 warning main.tf:20 active']);
  });
});

describe.skipIf(!hasPulumi)('Pulumi state', () => {
  it('suppresses by URN glob through ignoreResources (state files have no comments)', async () => {
    const reason = 'bastion needs SSH out to partner hosts (SEC-1234)';
    expect(findings(await lintPolicy('pulumi-ignore-resources'))).toEqual([
      `EGR002 error stack.json:24 suppressed(external: ${reason})`,
      'EGR002 error stack.json:62 active',
    ]);
  });
});

describe.skipIf(!hasTerraform)('baseline', () => {
  const before = lintFixture('policy/baseline/before'); // no config there
  const baseline = createBaseline(before.findings);

  it('records the findings of the code as it was (the committed baseline.json; keys only, messages may be reworded)', () => {
    const committed = parseBaseline(
      readFileSync(join(FIXTURES, 'policy/baseline/baseline.json'), 'utf8'),
      'baseline.json',
    );
    const keys = (entries: typeof baseline.findings) => entries.map(({ message: _message, ...key }) => key);
    expect(keys(baseline.findings)).toEqual(keys(committed.findings));
  });

  it('survives a moved and edited block: only the new group is reported', () => {
    const after = lintFixture('policy/baseline/after', { baseline });
    expect(findings(after)).toEqual([
      'EGR002 error main.tf:10 suppressed(external: baseline)',
      'EGR002 warning main.tf:19 suppressed(external: baseline)',
      'EGR002 warning main.tf:28 active',
      'EGR003 error main.tf:28 active',
    ]);
  });

  it('can also be applied after the run', () => {
    const after = lintFixture('policy/baseline/after');
    expect(applyBaseline(after.findings, baseline)).toBe(2);
  });
});

describe.skipIf(!hasCloudFormation)('CloudFormation Metadata suppressions', () => {
  it('suppresses by resource Metadata in JSON and YAML, next to comment directives in YAML', async () => {
    const result = await lintPolicy('cloudformation-metadata');
    expect(findings(result)).toEqual([
      'EGR002 warning template.json:13 suppressed(inSource: HTTP to package mirrors (NET-7))',
      'EGR001 error template.json:16 active',
      'EGR002 warning template.yaml:16 suppressed(inSource: HTTP to package mirrors (NET-7))',
      'EGR002 warning template.yaml:25 suppressed(inSource: webhooks to customers (NET-51))',
    ]);
    expect(diagnostics(result)).toEqual(['unused-suppression warning template.json:20']);
  });
});

describe.skipIf(!hasTerraform)('reporting suppressed findings', () => {
  it('keeps them in SARIF as results with an inSource or external suppression and its justification', async () => {
    const inline = await lintPolicy('inline');
    const log = toSarifLog(inline, {
      rules: FIXTURE_RULES,
      toolVersion: '0.0.0',
      informationUri: 'https://example.invalid/egress-lint',
    });
    const results = log.runs[0].results;
    expect(results).toHaveLength(4);
    expect(results[2].suppressions).toEqual([
      { kind: 'inSource', justification: 'HTTP to package mirrors (NET-7)', location: expect.anything() },
    ]);
    const baselined = lintFixture('policy/baseline/after', {
      baseline: createBaseline(lintFixture('policy/baseline/before').findings),
    });
    const external = toSarifLog(baselined, {
      rules: FIXTURE_RULES,
      toolVersion: '0.0.0',
      informationUri: 'https://example.invalid/egress-lint',
    });
    expect(external.runs[0].results.map((r) => r.suppressions ?? null)).toEqual([
      [{ kind: 'external', justification: 'baseline' }],
      [{ kind: 'external', justification: 'baseline' }],
      null,
      null,
    ]);
  });

  it('counts them in the summary line', async () => {
    expect(summaryText(await lintPolicy('inline'))).toBe('No problems, 4 suppressed · 1 file, 4 firewalls');
    expect(summaryText(await lintPolicy('problems'))).toMatch(/^5 problems \(2 errors, 3 warnings\) · /);
  });
});
