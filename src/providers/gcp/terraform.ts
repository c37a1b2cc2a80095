// google_compute_firewall grouped by VPC network (google_compute_network) → gcp-network firewalls. A network in
// the scan carries GCP's implied allow-egress rule (0.0.0.0/0, priority 65535), so a network without an EGRESS
// deny for 0.0.0.0/0 lets everything out, and that finding belongs to the network resource.
// Rules scoped by target_tags or target_service_accounts are checked as if they applied to the whole network,
// which is conservative for allows; a scoped deny carries its scope as a condition, so it hides only allows of
// the same scope (docs/design.md, Platform semantics: a deny that holds for some instances does not close the network).
import { gcpImpliedEgress } from './defaults.ts';
import type { EgressRule, Firewall } from '../../model/types.ts';
import type { ResourceInstance } from '../../formats/terraform/module.ts';
import { firewallBase } from '../shared/firewall-base.ts';
import { gcpEgressRules, networkName, outsideNetwork } from './firewall.ts';
import { bodyReader, declaredByOf, referencedAddress } from '../../formats/terraform/value-reader.ts';
import { stringFrom, type UnresolvedLog } from '../../formats/terraform/model-values.ts';

const FIREWALL = 'google_compute_firewall';
const NETWORK = 'google_compute_network';
export const GCP_FIREWALL_TYPES = new Set([FIREWALL, NETWORK]);

interface NetworkGroup {
  /** The network resource, when it is in the scan. */
  network?: ResourceInstance;
  /** How firewalls name a network outside the scan: its name, self link, or the unresolved expression. */
  reference?: string;
  rules: EgressRule[];
  firstFirewall?: ResourceInstance;
  /** A firewall whose direction is unknown may be the EGRESS deny that overrides the implied allow. */
  undecided?: boolean;
}

/** What a firewall's `network` names: a network resource's address, or a name or expression for one outside the scan. */
function networkOf(firewall: ResourceInstance): { address?: string; reference: string } {
  const address = referencedAddress(firewall.body, 'network');
  const value = firewall.body.attr('network');
  const text = value === undefined ? undefined : value.t === 'unknown' ? value.expr : stringFrom(value);
  return { address, reference: text ?? '(network not set)' };
}

function networkFirewall(group: NetworkGroup): Firewall | undefined {
  if (group.network) {
    const anchor = declaredByOf(group.network);
    return {
      platform: 'terraform',
      kind: 'gcp-network',
      ...anchor,
      egressDeclared: group.rules.length > 0 || group.undecided ? 'rules' : 'absent',
      rules: group.rules,
      // Unknown is not open: when a firewall might be the overriding deny, the default is not judged.
      ...(group.undecided ? {} : { platformDefault: gcpImpliedEgress(anchor) }),
      related: group.network.module.callChain,
    };
  }
  const first = group.firstFirewall;
  if (!first || group.rules.length === 0 || group.reference === undefined) return undefined;
  // A network outside the scan: its rules are checked, but not its default (its EGRESS denies may be elsewhere).
  const firewall = firewallBase('terraform', 'gcp-network', declaredByOf(first), first.module.callChain);
  return {
    ...outsideNetwork(firewall, NETWORK, group.reference),
    egressDeclared: 'rules',
    rules: group.rules,
  };
}

export function extractGcpFirewalls(instances: ResourceInstance[], log: UnresolvedLog): Firewall[] {
  const groups: NetworkGroup[] = [];
  const byKey = new Map<string, NetworkGroup>();
  for (const network of instances) {
    if (network.type !== NETWORK) continue;
    const group: NetworkGroup = { network, rules: [] };
    groups.push(group);
    byKey.set(network.address, group);
    const name = stringFrom(network.body.attr('name'));
    if (name !== undefined) byKey.set(`name:${name}`, group);
  }
  for (const firewall of instances) {
    if (firewall.type !== FIREWALL) continue;
    const reader = bodyReader(firewall.body, firewall.extent);
    const rules = gcpEgressRules(reader, { declaredBy: declaredByOf(firewall), unresolved: log.entries });
    const { address, reference } = networkOf(firewall);
    let group = (address ? byKey.get(address) : undefined) ?? byKey.get(`name:${networkName(reference)}`);
    if (!group) {
      group = { reference, rules: [], firstFirewall: firewall };
      groups.push(group);
      byKey.set(`name:${networkName(reference)}`, group);
    }
    group.rules.push(...rules);
    group.undecided ||= reader.get('direction')?.kind === 'unknown';
  }
  return groups.map(networkFirewall).filter((f) => f !== undefined);
}
