// Public Ansible firewall roles (../shared/corpus/hostfw, kept as data): no crash, every file analysed or
// reported (claimed and analysed, skipped as not a host source, or a Jinja template skipped and counted), and
// what each role's own defaults mean for outgoing traffic.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/engine/discover.ts';
import { lintFiles } from '../../src/engine/lint.ts';
import { hostFormatOf } from '../../src/providers/host/detect.ts';
import { FIXTURE_RULES } from '../helpers.ts';

const CORPUS = new URL('../../../shared/corpus/hostfw/', import.meta.url).pathname;
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping the host firewall corpus test: ${CORPUS} is absent`);

describe.skipIf(!present)('corpus: public Ansible firewall roles', () => {
  const discovery = present
    ? discoverFiles([CORPUS], { cwd: CORPUS, ignore: [], maxFileSize: 10 * 1024 * 1024 })
    : undefined;

  it('lints every file without a crash or a parse failure, each analysed or counted as skipped', () => {
    const { files, project } = discovery!;
    const result = lintFiles(files, { project, rules: FIXTURE_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.filesScanned).toBe(files.length);
    const templates = files.filter((f) => hostFormatOf(f) === 'jinja-template');
    expect(templates.map((f) => f.path).sort()).toEqual([
      'Oefenweb+ansible-ufw/templates/etc/ansible/facts.d/ufw.fact.j2',
      'Oefenweb+ansible-ufw/templates/etc/default/ufw.j2',
      'geerlingguy+ansible-role-firewall/templates/firewall.bash.j2',
      'geerlingguy+ansible-role-firewall/templates/firewall.init.j2',
      'geerlingguy+ansible-role-firewall/templates/firewall.unit.j2',
      'robertdebock+ansible-role-firewall/templates/iptables.j2',
      'weareinteractive+ansible-ufw/templates/ufw.j2',
    ]);
    // Each template is shown as not analysed (terminal hint, job summary, JSON, SARIF), at its first firewall line.
    expect(
      result.unresolved
        .filter((u) => u.expression === 'Jinja template')
        .map((u) => `${u.location.file}:${u.location.line}`)
        .sort(),
    ).toEqual([
      'Oefenweb+ansible-ufw/templates/etc/ansible/facts.d/ufw.fact.j2:1',
      'Oefenweb+ansible-ufw/templates/etc/default/ufw.j2:3',
      'geerlingguy+ansible-role-firewall/templates/firewall.bash.j2:2',
      'geerlingguy+ansible-role-firewall/templates/firewall.init.j2:26',
      'geerlingguy+ansible-role-firewall/templates/firewall.unit.j2:8',
      'robertdebock+ansible-role-firewall/templates/iptables.j2:2',
      'weareinteractive+ansible-ufw/templates/ufw.j2:3',
    ]);
    const analysed = files.filter((f) => hostFormatOf(f) === 'ansible').map((f) => f.path);
    expect(analysed.sort()).toEqual([
      'Oefenweb+ansible-ufw/handlers/main.yml',
      'Oefenweb+ansible-ufw/tasks/configure.yml',
      'Oefenweb+ansible-ufw/tasks/main.yml',
      'geerlingguy+ansible-role-firewall/tasks/disable-other-firewalls.yml',
      'geerlingguy+ansible-role-firewall/tasks/main.yml',
      'robertdebock+ansible-role-firewall/tasks/main.yml',
      'weareinteractive+ansible-ufw/handlers/main.yml',
      'weareinteractive+ansible-ufw/tasks/manage.yml',
      'weareinteractive+ansible-ufw/tasks/service.yml',
    ]);
    // Everything else is neither Terraform, CloudFormation, Pulumi, a plan nor a host source: skipped, counted.
    expect(result.stats.filesSkipped).toBe(files.length - analysed.length);
  });

  it("reports what the roles' defaults do to outgoing traffic", () => {
    const { files, project } = discovery!;
    const result = lintFiles(files, { project, rules: FIXTURE_RULES });
    expect(
      result.findings.map((f) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line}`),
    ).toEqual([
      // ufw_default_outgoing_policy: allow (defaults/main.yml), written out by the policy task
      // (one finding: all traffic to anywhere includes mail, which EGR003 does not repeat)
      'EGR002 error Oefenweb+ansible-ufw/tasks/configure.yml:47',
      // opens ports with ufw, never sets the outgoing default
      'EGR001 error robertdebock+ansible-role-firewall/tasks/main.yml:33',
      'EGR001 error weareinteractive+ansible-ufw/tasks/manage.yml:3',
    ]);
  });
});
