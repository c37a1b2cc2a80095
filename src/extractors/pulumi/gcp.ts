// Pulumi GCP firewalls → one gcp-network firewall per VPC network. A network in the state carries GCP's implied
// allow-egress rule; firewalls of a network outside the state are still checked, without that default.
import { gcpImpliedEgress } from '../../model/platform-defaults.ts';
import type { EgressRule, Firewall, Unresolved } from '../../model/types.ts';
import { gcpEgressRules } from '../shared/gcp-firewall.ts';
import { stringOf } from '../shared/values.ts';
import { liveOrDeclared, type ResourceView } from './resource-view.ts';

const FIREWALL = 'gcp:compute/firewall:Firewall';
const NETWORK = 'gcp:compute/network:Network';

export const PULUMI_GCP_TYPES = new Set([FIREWALL, NETWORK]);

/** `default`, `global/networks/default`, `projects/p/global/networks/default` and the self link all end in the name. */
function networkName(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1);
}

interface NetworkGroup {
  view?: ResourceView;
  /** A network outside the state: how the firewalls name it. */
  reference?: string;
  rules: EgressRule[];
  firstFirewall?: ResourceView;
}

function networkFirewall(group: NetworkGroup): Firewall | undefined {
  const { view } = group;
  if (view) {
    const anchor = {
      id: view.resource.urn,
      resourceType: view.resource.type,
      displayName: view.displayName,
      location: view.location,
    };
    return {
      platform: 'pulumi',
      provider: 'gcp',
      kind: 'gcp-network',
      ...anchor,
      related: view.related,
      egressDeclared: group.rules.length > 0 ? 'rules' : 'absent',
      rules: group.rules,
      platformDefault: gcpImpliedEgress(anchor),
    };
  }
  const first = group.firstFirewall;
  if (!first || group.rules.length === 0 || group.reference === undefined) return undefined;
  return {
    platform: 'pulumi',
    provider: 'gcp',
    kind: 'gcp-network',
    id: `network ${group.reference}`,
    displayName: `network ${networkName(group.reference)}`,
    resourceType: NETWORK,
    location: first.location,
    related: first.related,
    egressDeclared: 'rules',
    rules: group.rules,
  };
}

export function gcpFirewalls(views: ResourceView[], unresolved: Unresolved[]): Firewall[] {
  const groups: NetworkGroup[] = [];
  const byKey = new Map<string, NetworkGroup>();
  for (const view of views) {
    if (view.resource.type !== NETWORK || view.resource.external) continue;
    const group: NetworkGroup = { view, rules: [] };
    groups.push(group);
    const names = [
      stringOf(view.outputs?.get('self_link')),
      stringOf(view.outputs?.get('name')),
      stringOf(view.inputs?.get('name')),
    ];
    byKey.set(view.resource.urn, group);
    for (const name of names) if (name) byKey.set(networkName(name), group);
  }
  for (const view of views) {
    if (view.resource.type !== FIREWALL) continue;
    const reader = liveOrDeclared(view);
    if (!reader) continue;
    const rules = gcpEgressRules(reader, { declaredBy: view.declaredBy, unresolved });
    const reference = stringOf(reader.get('network'));
    const keys = [...view.dependencies('network'), ...(reference ? [networkName(reference)] : [])];
    let group = keys.map((k) => byKey.get(k)).find((g) => g !== undefined);
    if (!group) {
      const key = reference ?? view.resource.urn;
      group = { reference: key, rules: [], firstFirewall: view };
      groups.push(group);
      byKey.set(networkName(key), group);
    }
    group.rules.push(...rules);
  }
  return groups.map(networkFirewall).filter((f): f is Firewall => f !== undefined);
}
