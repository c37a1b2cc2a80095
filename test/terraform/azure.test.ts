// Azure NSGs in Terraform: inline and standalone rules, AllowInternetOutBound, masking by priority, service tags.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { corpusPath } from '../corpus.ts';
import { effectiveAllows } from '../../src/model/effective.ts';
import { describeRules, firewallsOf, instanceIds, lintFixture, readTree, summary } from '../helpers.ts';

describe('Azure network security groups', () => {
  const result = lintFixture('terraform/azure/nsg');
  const byId = (id: string) => result.firewalls.find((f) => f.id === id);
  const messageAt = (ruleId: string, line: number) =>
    result.findings.find((f) => f.ruleId === ruleId && f.location.line === line)?.message;

  it('reports exactly these findings', () => {
    expect(summary(result)).toEqual([
      'EGR001 error main.tf:4', // only an inbound rule: AllowInternetOutBound is in force
      'EGR001 error main.tf:22', // a TCP 25 deny does not override AllowInternetOutBound
      'EGR002 warning main.tf:48', // 25-587 to *, with 25 masked by deny-smtp
      'EGR003 error main.tf:48',
      'EGR002 warning main.tf:137', // UDP 53 to 0.0.0.0/0 (the 10.0.0.0/8 element is not anywhere)
      'EGR003 warning main.tf:151', // SMTP to the VirtualNetwork tag: not anywhere, but not a relay
      'EGR003 warning main.tf:171', // SMTP to an application security group, linked by resource group and name
      'EGR002 error main.tf:185', // NSG outside the scan: the rule on its own
      'EGR002 warning main.tf:199', // protocol Esp (50) to Internet
      'EGR001 error main.tf:209', // rules from a dynamic block, none a deny
      'EGR002 warning main.tf:225', // the dynamic block's smtp element; https (443) is allowed
      'EGR003 error main.tf:225',
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('names the platform default and its priority', () => {
    expect(messageAt('EGR001', 4)).toBe(
      'azurerm_network_security_group.open declares no egress policy, so internet egress is allowed by the platform default AllowInternetOutBound, priority 65001. Add an outbound Deny to Internet (or *) at a priority below 65000 and allow only what is needed.',
    );
  });

  it('reports a partly masked rule with only the ports it still lets out, and not a fully masked one', () => {
    expect(messageAt('EGR002', 48)).toBe(
      'azurerm_network_security_group.masking allows TCP ports 26-587 to *: only 443 may go to the internet (allowedPublicPorts).',
    );
    expect(messageAt('EGR003', 48)).toMatch(/allows SMTP \(ports 465, 587\) to \*,/);
    // smtp-masked (line 60) is hidden by deny-smtp at priority 100; smtp-after-deny (line 102) by deny-internet at 4000.
    expect(result.findings.filter((f) => f.location.line === 60 || f.location.line === 102)).toEqual([]);
  });

  it('lets a declared deny of Internet or * override AllowInternetOutBound, and keeps DenyAllOutBound last', () => {
    expect(result.findings.filter((f) => f.location.line === 64 || f.location.line === 106)).toEqual([]);
    const linked = byId('azurerm_network_security_group.linked');
    expect(linked?.rules.map((r) => `${r.action} ${r.name} ${r.priority}`)).toEqual([
      'deny deny-all-out 4096',
      'allow dns 300',
      'allow smtp-vnet 310',
      'allow submission 320',
      'allow ipsec 330',
      'deny DenyAllOutBound 65500',
    ]);
    expect(linked?.platformDefault?.priority).toBe(65001);
  });

  it('expands dynamic security_rule blocks and points at the local the value came from', () => {
    const finding = result.findings.find((f) => f.ruleId === 'EGR003' && f.location.line === 225);
    expect(finding?.related?.map((o) => `${o.location.line} ${o.description}`)).toContain(
      '204 local "outbound"',
    );
  });

  it('ignores inbound rules, and checks a rule whose NSG is outside the scan without the defaults', () => {
    expect(byId('azurerm_network_security_group.open')?.egressDeclared).toBe('absent');
    const outside = byId('network security group shared-nsg');
    expect(outside?.platformDefault).toBeUndefined();
    expect(outside?.rules.map((r) => r.protocol)).toEqual(['all']);
  });

  it('matches an application security group relay by address', () => {
    const withRelay = lintFixture('terraform/azure/nsg', {
      config: { ...DEFAULT_CONFIG, relays: ['azurerm_application_security_group.relay'] },
    });
    expect(summary(withRelay, 'EGR003')).toEqual([
      'EGR003 error main.tf:48',
      'EGR003 error main.tf:151',
      'EGR003 error main.tf:225',
    ]);
  });
});

describe('unknown values in an NSG', () => {
  it('does not judge AllowInternetOutBound when a rule might be the overriding deny', () => {
    const result = lintFixture('terraform/azure/unknown');
    expect(summary(result)).toEqual([]);
    expect(result.unresolved.map((u) => `${u.location.line} ${u.expression}`)).toEqual(['13 var.access']);
  });
});

const NSG_MODULE = corpusPath('terraform/terraform-azurerm-network-security-group/');

describe.skipIf(!existsSync(NSG_MODULE))('terraform-azurerm-network-security-group (corpus)', () => {
  const files = existsSync(NSG_MODULE) ? readTree(NSG_MODULE) : [];
  const result = lintFiles(files, { project: memoryProject(files) });
  const nsgs = result.firewalls.filter((f) => f.kind === 'azure-nsg');

  it('analyses the module and its examples without a diagnostic or an unresolved value', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.unresolved).toEqual([]);
    expect(nsgs.length).toBeGreaterThan(40);
  });

  it('keeps the findings reviewed by hand: every example declares inbound rules only', () => {
    const seen = result.findings.flatMap((f) =>
      instanceIds(f).map((id) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line} ${id}`),
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        // predefined_rules = [{ name = "SMTP" }]: the module's SMTP rule is ["Inbound", "Allow", "Tcp", "*", "25", …]
        'EGR001 error main.tf:5 examples/SMTP//module.nsg.module.nsg.azurerm_network_security_group.nsg',
        // custom_rules = [{ name = "myssh", direction = "Inbound", … }]
        'EGR001 error main.tf:5 examples/Custom-Rules//module.nsg.azurerm_network_security_group.nsg',
      ]),
    );
    const customRules = nsgs.find(
      (f) => f.id === 'examples/Custom-Rules//module.nsg.azurerm_network_security_group.nsg',
    );
    expect(customRules?.egressDeclared).toBe('absent');
    // Nothing but AllowInternetOutBound is reported: no NSG in the module declares an outbound rule.
    expect(
      new Set(
        result.findings
          .filter((f) => instanceIds(f).some((id) => nsgs.some((n) => n.id === id)))
          .map((f) => f.ruleId),
      ),
    ).toEqual(new Set(['EGR001']));
  });
});

// Moved from EGR002's examples: it pinned the priority order of an NSG's rules, not the rule.
describe('NSG priorities', () => {
  it('an allow that a higher-priority deny fully masks lets nothing out', () => {
    const rule = (name: string, access: string, priority: number, to: string) => `
  security_rule {
    name                       = "${name}"
    direction                  = "Outbound"
    access                     = "${access}"
    priority                   = ${priority}
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "${to}"
  }
`;
    const [nsg] = firewallsOf(
      'main.tf',
      `resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
${rule('deny-internet', 'Deny', 100, 'Internet')}${rule('legacy-all-out', 'Allow', 200, '*')}}
`,
    );
    expect(describeRules(nsg)).toEqual([
      'deny 100 all 0-65535 to Internet (line 6)',
      'allow 200 all 0-65535 to * (line 18)',
      'deny 65500 all 0-65535 to * (line 1)', // DenyAllOutBound
    ]);
    expect(nsg.platformDefault).toMatchObject({ name: 'AllowInternetOutBound', priority: 65001 });
    expect(effectiveAllows(nsg)).toEqual([]);
  });
});
