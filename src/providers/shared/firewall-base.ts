// A firewall as a format sees it before the shared assembly adds its rules, egress policy and platform default;
// the firewall that rules whose own firewall is outside the scan are checked under.
import type { EgressRule, Firewall, FirewallKind, Origin, Platform } from '../../model/types.ts';

export type FirewallBase = Omit<Firewall, 'egressDeclared' | 'rules' | 'platformDefault'>;

/** The resource that declares the rules as their firewall: same id, name, type and location. */
export function firewallBase(
  platform: Platform,
  kind: FirewallKind,
  declaredBy: EgressRule['declaredBy'],
  related: Origin[],
): FirewallBase {
  const { id, displayName, resourceType, location, variant } = declaredBy;
  return {
    platform,
    kind,
    id,
    displayName,
    resourceType,
    location,
    related,
    ...(variant && { variant }),
  };
}

/**
 * Rules whose firewall is outside the scan are still checked, on their own (docs/design.md, Platform semantics): one firewall per id of
 * that firewall, with the rules of every resource that names it, in order.
 */
export function addOrphanRules(
  orphans: Map<string, Firewall>,
  orphan: FirewallBase,
  rules: EgressRule[],
): void {
  const existing = orphans.get(orphan.id);
  if (existing) existing.rules.push(...rules);
  else orphans.set(orphan.id, { ...orphan, egressDeclared: 'rules', rules: [...rules] });
}
