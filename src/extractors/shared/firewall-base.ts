// A firewall as a format sees it before the shared assembly adds its rules, egress policy and platform default.
import type { EgressRule, Firewall, FirewallKind, Origin, Platform, Provider } from '../../model/types.ts';

export type FirewallBase = Omit<Firewall, 'egressDeclared' | 'rules' | 'platformDefault'>;

/** The resource that declares the rules as their firewall: same id, name, type and location. */
export function firewallBase(
  platform: Platform,
  provider: Provider,
  kind: FirewallKind,
  declaredBy: EgressRule['declaredBy'],
  related: Origin[],
): FirewallBase {
  const { id, displayName, resourceType, location } = declaredBy;
  return { platform, provider, kind, id, displayName, resourceType, location, related };
}
