// Hand-built LintResults for the reporter tests: findings (one suppressed, one with related locations),
// a parse failure, unresolved values, and firewalls with allow and deny rules and a platform default.
import { parseCidr } from '../../src/model/cidr.ts';
import type { Diagnostic, Finding, LintResult } from '../../src/engine/types.ts';
import type { Destination, EgressRule, Firewall, Location, Unresolved } from '../../src/model/types.ts';

export function loc(
  file: string,
  line: number,
  column = 1,
  end?: { line: number; column: number },
): Location {
  return end ? { file, line, column, endLine: end.line, endColumn: end.column } : { file, line, column };
}

export function cidr(text: string, location: Location): Destination {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`bad test CIDR ${text}`);
  return { kind: 'cidr', cidr: parsed, text, location, origins: [] };
}

export function tag(name: string, location: Location): Destination {
  return { kind: 'service-tag', tag: name, text: name, location, origins: [] };
}

export function finding(
  overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'level' | 'message' | 'location'>,
): Finding {
  return {
    related: [],
    firewallId: 'aws_security_group.app',
    platform: 'terraform',
    fingerprint: `fp-${overrides.ruleId}-${overrides.location.file}-${overrides.location.line}`,
    securitySeverity: '8.8',
    resource: loc(overrides.location.file, 1),
    ...overrides,
  };
}

/** A result with the given parts; stats default to zero files and the counts of the given lists. */
export function emptyResult(
  overrides: Partial<Omit<LintResult, 'stats'>> & { stats?: Partial<LintResult['stats']> } = {},
): LintResult {
  const firewalls = overrides.firewalls ?? [];
  const unresolved = overrides.unresolved ?? [];
  return {
    findings: overrides.findings ?? [],
    diagnostics: overrides.diagnostics ?? [],
    unresolved,
    firewalls,
    stats: {
      filesScanned: 0,
      filesSkipped: 0,
      firewalls: firewalls.length,
      unresolved: unresolved.length,
      ...overrides.stats,
    },
  };
}

const appRule: EgressRule = {
  action: 'allow',
  protocol: 'all',
  ports: [{ from: 0, to: 65535 }],
  destinations: [cidr('0.0.0.0/0', loc('main.tf', 6, 19, { line: 6, column: 30 }))],
  location: loc('main.tf', 2, 3),
  origins: [],
  declaredBy: {
    id: 'aws_security_group.app',
    resourceType: 'aws_security_group',
    displayName: 'aws_security_group.app',
    location: loc('main.tf', 1),
  },
};

export const appGroup: Firewall = {
  platform: 'terraform',
  kind: 'aws-security-group',
  id: 'aws_security_group.app',
  displayName: 'aws_security_group.app',
  resourceType: 'aws_security_group',
  location: loc('main.tf', 1),
  egressDeclared: 'rules',
  rules: [appRule],
};

export const dbGroup: Firewall = {
  ...appGroup,
  id: 'aws_security_group.db',
  displayName: 'aws_security_group.db',
  location: loc('main.tf', 10),
  egressDeclared: 'absent',
  rules: [],
};

function nsgRule(
  rule: Omit<EgressRule, 'origins' | 'declaredBy' | 'location'> & { line: number; name: string },
): EgressRule {
  const { line, ...rest } = rule;
  return {
    ...rest,
    origins: [],
    location: loc('nsg.tf', line),
    declaredBy: {
      id: `azurerm_network_security_rule.${rule.name}`,
      resourceType: 'azurerm_network_security_rule',
      displayName: `azurerm_network_security_rule.${rule.name}`,
      location: loc('nsg.tf', line),
    },
  };
}

const internetDefault: EgressRule = {
  action: 'allow',
  priority: 65001,
  protocol: 'all',
  ports: [{ from: 0, to: 65535 }],
  destinations: [tag('Internet', loc('nsg.tf', 1))],
  location: loc('nsg.tf', 1),
  origins: [],
  declaredBy: {
    id: 'azurerm_network_security_group.web',
    resourceType: 'azurerm_network_security_group',
    displayName: 'azurerm_network_security_group.web',
    location: loc('nsg.tf', 1),
  },
  isPlatformDefault: true,
};

/** Azure NSG: allow HTTPS+SMTP to `*` at 200, deny SMTP to Internet at 100, and AllowInternetOutBound still in force. */
export const webNsg: Firewall = {
  platform: 'terraform',
  kind: 'azure-nsg',
  id: 'azurerm_network_security_group.web',
  displayName: 'azurerm_network_security_group.web',
  resourceType: 'azurerm_network_security_group',
  location: loc('nsg.tf', 1),
  egressDeclared: 'rules',
  rules: [
    nsgRule({
      line: 20,
      name: 'https',
      action: 'allow',
      priority: 200,
      protocol: 'tcp',
      ports: [
        { from: 443, to: 443 },
        { from: 25, to: 25 },
      ],
      destinations: [tag('*', loc('nsg.tf', 24, 5))],
    }),
    nsgRule({
      line: 10,
      name: 'deny_smtp',
      action: 'deny',
      priority: 100,
      protocol: 'tcp',
      ports: [{ from: 25, to: 25 }],
      destinations: [tag('Internet', loc('nsg.tf', 14, 5))],
    }),
  ],
  platformDefault: { name: 'AllowInternetOutBound', priority: 65001, rule: internetDefault },
};

export const parseError: Diagnostic = {
  level: 'error',
  location: loc('broken.tf', 3, 5),
  message: "Unexpected token '}': expected an attribute or block.",
};

export const unusedSuppression: Diagnostic = {
  level: 'warning',
  code: 'unused-suppression',
  location: loc('main.tf', 14, 3),
  message: 'unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress',
};

export const unresolvedValues: Unresolved[] = [
  {
    location: loc('vars.tf', 12, 17),
    expression: 'var.egress_cidrs',
    reason: 'variable has no default and no value',
  },
  {
    location: loc('main.tf', 30, 3),
    expression: 'data.aws_vpc.main.cidr_block',
    reason: 'data sources are not read',
  },
];

/** Two active findings, one suppressed, a parse error, an unused suppression, two unresolved values, three firewalls. */
export function sampleResult(): LintResult {
  return emptyResult({
    findings: [
      finding({
        ruleId: 'EGR002',
        level: 'error',
        message:
          'aws_security_group.app allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere.',
        location: loc('main.tf', 6, 19, { line: 6, column: 30 }),
        related: [{ description: 'variable "egress_cidrs" default', location: loc('vars.tf', 2, 13) }],
        fingerprint: '0123456789abcdef0123456789abcdef',
      }),
      finding({
        ruleId: 'EGR001',
        level: 'warning',
        message: 'aws_security_group.db declares no egress policy.',
        location: loc('main.tf', 10, 1),
        firewallId: 'aws_security_group.db',
        securitySeverity: '5.0',
        fingerprint: 'fedcba9876543210fedcba9876543210',
      }),
      finding({
        ruleId: 'EGR003',
        level: 'warning',
        message: 'azurerm_network_security_rule.https allows SMTP (port 25) to *.',
        location: loc('nsg.tf', 24, 5),
        firewallId: 'azurerm_network_security_group.web',
        securitySeverity: '8.1',
        fingerprint: '11111111111111111111111111111111',
        suppression: {
          kind: 'inSource',
          justification: 'relay migration, ticket 42',
          location: loc('nsg.tf', 23, 7),
        },
      }),
    ],
    diagnostics: [parseError, unusedSuppression],
    unresolved: unresolvedValues,
    firewalls: [appGroup, dbGroup, webNsg],
    stats: { filesScanned: 5, filesSkipped: 1 },
  });
}
