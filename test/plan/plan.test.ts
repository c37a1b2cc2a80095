// Terraform plan JSON: planned values, modules, references known only after apply, .tf declarations as primary
// locations, live egress of existing groups, bad input. Lines are those of the fixtures under fixtures/plan/.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../scripts/plan-vs-tf-compare.ts';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { analyzers } from '../../src/engine/analyzers.ts';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import type { LintResult } from '../../src/engine/types.ts';
import { toJson } from '../../src/reporters/json.ts';
import { FIXTURE_RULES, FIXTURES, readTree, summary } from '../helpers.ts';

/** Lints only a fixture's plan files; its .tf files are there to be found as declarations, not analysed. */
function lintPlan(fixture: string, relays: string[] = []): LintResult {
  const all = readTree(join(FIXTURES, fixture));
  const plans = all.filter((f) => !f.path.endsWith('.tf') && !f.path.startsWith('.terraform/'));
  return lintFiles(plans, {
    project: memoryProject(all),
    config: { ...DEFAULT_CONFIG, relays },
    rules: FIXTURE_RULES,
  });
}

const where = (r: { location: { file: string; line: number } }) => `${r.location.file}:${r.location.line}`;

describe('root and module resources, located at their .tf declarations', () => {
  const result = lintPlan('plan/modules-and-refs');
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);

  it('reports exactly these findings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR002 error main.tf:1', // inline egress block, all traffic to 0.0.0.0/0
      'EGR001 warning main.tf:11', // egress not declared: unknown in the plan
      'EGR003 warning main.tf:29', // 587 to the relay group, known only after apply: no relays configured
      'EGR002 warning main.tf:55', // attached through module.edge.sg_id
      'EGR002 warning modules/edge/main.tf:1', // module instances [0] and [1], declared in the module's directory
      'EGR003 error modules/edge/main.tf:1', // SMTP to anywhere, both instances in one finding
      'EGR001 warning plan.json:89', // no .tf declares it: the resource in the plan
    ]);
    // The two count instances say the same at the same place: one finding naming both (issue 14, item 9).
    const edge = result.findings.find(
      (f) => f.ruleId === 'EGR002' && f.location.file === 'modules/edge/main.tf',
    );
    expect(edge?.message).toMatch(/^module\.edge\.aws_security_group\.this\[0\] and \[1\] allows /);
  });

  it('uses Terraform addresses as ids and keeps the planned value as a related location', () => {
    expect(result.firewalls.map((f) => f.id).sort()).toEqual([
      'aws_security_group.app',
      'aws_security_group.bare',
      'aws_security_group.closed',
      'aws_security_group.generated',
      'aws_security_group.relay',
      'aws_security_group.web',
      'module.edge.aws_security_group.this[0]',
      'module.edge.aws_security_group.this[1]',
    ]);
    expect(result.firewalls.every((f) => f.platform === 'terraform-plan')).toBe(true);
    const web = result.findings.find(
      (f) => f.ruleId === 'EGR002' && f.firewallId === 'aws_security_group.web',
    );
    expect(web?.location).toEqual({ file: 'main.tf', line: 1, column: 1 });
    // The planned value, then the group's own entry in the plan.
    expect(web?.related.map(where)).toEqual(['plan.json:19', 'plan.json:7']);
    expect(byId('aws_security_group.web')?.related?.map(where)).toEqual(['plan.json:7']);
  });

  it('applies Terraform semantics to declared, empty and missing egress', () => {
    expect(byId('aws_security_group.bare')?.egressDeclared).toBe('absent');
    expect(byId('aws_security_group.closed')?.egressDeclared).toBe('explicit-empty');
    expect(byId('aws_security_group.app')?.egressDeclared).toBe('rules');
    expect(result.firewalls.every((f) => f.platformDefault === undefined)).toBe(true);
  });

  it('links rules to groups known only after apply through the configuration', () => {
    expect(byId('aws_security_group.app')?.rules.map((r) => r.declaredBy.id)).toEqual([
      'aws_security_group_rule.app_mail',
      'aws_security_group_rule.app_vpc',
    ]);
    expect(byId('module.edge.aws_security_group.this[0]')?.rules.map((r) => r.declaredBy.id)).toEqual([
      'module.edge.aws_security_group.this[0]',
      'aws_vpc_security_group_egress_rule.edge_dns',
    ]);
    const mail = byId('aws_security_group.app')?.rules[0];
    expect(mail?.destinations.map((d) => (d.kind === 'security-group' ? d.ref : d.kind))).toEqual([
      'aws_security_group.relay',
    ]);
  });

  it('counts a value known only after apply as unresolved, named by its expression', () => {
    expect(result.unresolved).toEqual([
      {
        location: { file: 'main.tf', line: 38, column: 1 },
        expression: 'aws_vpc.main.cidr_block',
        reason: 'the value is known only after apply',
      },
    ]);
  });

  it('accepts the relay by its address (the others become errors once relays are configured)', () => {
    expect(summary(lintPlan('plan/modules-and-refs', ['aws_security_group.relay']), 'EGR003')).toEqual([
      'EGR003 error modules/edge/main.tf:1',
    ]);
  });
});

describe('a downloaded module', () => {
  it('is found through .terraform/modules/modules.json', () => {
    expect(summary(lintPlan('plan/downloaded-module'))).toEqual([
      'EGR001 warning .terraform/modules/edge/main.tf:5',
    ]);
  });
});

describe('a plan of existing groups, with resource_changes only', () => {
  const result = lintPlan('plan/existing');

  it('reports each live permission once, at the resource that declares it', () => {
    expect(summary(result)).toEqual([
      'EGR002 warning tfplan.json:64', // live tcp 22 that no standalone rule accounts for
      'EGR002 error tfplan.json:97', // the standalone rule's permission, also listed in the group's live egress
    ]);
    expect(result.findings[1].message).toBe(
      'aws_security_group_rule.legacy_all allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    );
  });

  it('ignores resources planned for deletion', () => {
    expect(result.firewalls.map((f) => f.id)).toEqual([
      'aws_security_group.legacy',
      'aws_security_group.quiet',
    ]);
  });
});

describe('Azure NSGs and GCP networks', () => {
  const result = lintPlan('plan/azure-gcp');

  it('reports exactly these findings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      'EGR001 error main.tf:1', // an outbound allow, but no deny overrides AllowInternetOutBound
      'EGR002 warning main.tf:7', // the standalone rule, linked by a name known through the configuration
      'EGR003 error main.tf:7',
      'EGR001 error main.tf:38', // no EGRESS deny: the implied allow-egress rule is in force
      'EGR002 error main.tf:42', // linked to the network by a self link known only after apply
    ]);
    const locked = result.firewalls.find((f) => f.id === 'azurerm_network_security_group.locked');
    expect(locked?.rules.map((r) => `${r.name} ${r.action} ${r.priority}`)).toEqual([
      'deny-internet deny 4000',
      'DenyAllOutBound deny 65500',
    ]);
  });

  it.skipIf(!analyzers.some((a) => a.id === 'terraform'))('agrees with the .tf it was planned from', () => {
    const comparison = comparePair(join(FIXTURES, 'plan'), join(FIXTURES, 'plan/azure-gcp'), FIXTURE_RULES);
    expect(comparison.onlyTf).toEqual([]);
    expect(comparison.onlyPlan).toEqual([]);
    expect(comparison.agreed).toHaveLength(5);
  });
});

describe('sensitive values', () => {
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'aws_security_group.x',
            mode: 'managed',
            type: 'aws_security_group',
            name: 'x',
            values: {
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['198.51.100.7/32'] }],
            },
            sensitive_values: { egress: [{ cidr_blocks: true }] },
          },
        ],
      },
    },
  };
  const result = lintFiles([
    { path: 'plan.json', absPath: 'plan.json', text: JSON.stringify(plan, null, 2) },
  ]);

  it('reads a value the plan marks sensitive as unknown, and never prints it', () => {
    expect(result.unresolved.map((u) => `${where(u)} ${u.expression}`)).toEqual([
      'plan.json:17 (sensitive value)',
    ]);
    expect(result.firewalls[0].egressDeclared).toBe('rules');
    expect(toJson(result)).not.toContain('198.51.100.7');
  });
});

describe('detection and bad input', () => {
  it('claims plan JSON by content whatever the file is called', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_security_group.x',
              mode: 'managed',
              type: 'aws_security_group',
              name: 'x',
              values: { name: 'x' },
            },
          ],
        },
      },
    });
    const result = lintFiles([{ path: 'out/tfplan', absPath: 'out/tfplan', text }]);
    expect(summary(result)).toEqual(['EGR001 warning out/tfplan:1']);
    expect(result.firewalls[0].platform).toBe('terraform-plan');
  });

  it('reports malformed JSON with path and line', () => {
    expect(lintPlan('plan/broken').diagnostics).toEqual([
      {
        level: 'error',
        location: { file: 'plan.json', line: 7, column: 7 },
        message: 'invalid JSON: CommaExpected (and 8 more errors)',
      },
    ]);
  });
});
