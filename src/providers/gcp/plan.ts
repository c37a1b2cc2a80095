// Plan JSON google_compute_firewall and google_compute_network → one gcp-network firewall per VPC network
// (shared assembly: a network in the plan carries GCP's implied allow-egress rule).
import type { Firewall, Unresolved } from '../../model/types.ts';
import {
  assembleGcpNetworks,
  gcpEgressRules,
  networkName,
  outsideNetwork,
  type GcpFirewallParts,
  type NetworkParts,
} from './firewall.ts';
import { firewallBase, type FirewallBase } from '../shared/firewall-base.ts';
import { stringOf } from '../shared/values.ts';
import { staticAddress } from '../../formats/terraform-plan/addresses.ts';
import type { PlanView } from '../../formats/terraform-plan/resource-view.ts';

const FIREWALL = 'google_compute_firewall';
const NETWORK = 'google_compute_network';
const NETWORK_TYPES = new Set([NETWORK]);
export const PLAN_GCP_TYPES = new Set([FIREWALL, NETWORK]);

function baseOf(view: PlanView): FirewallBase {
  return firewallBase('terraform-plan', 'gcp-network', view.declaredBy, view.related);
}

function networkParts(view: PlanView): NetworkParts {
  const { resource, values } = view;
  const names = [stringOf(values.get('name')), stringOf(values.get('self_link'))];
  return {
    firewall: baseOf(view),
    keys: [
      resource.address,
      staticAddress(resource.parsed),
      ...names.flatMap((n) => (n ? [networkName(n)] : [])),
    ],
  };
}

function firewallParts(view: PlanView, unresolved: Unresolved[]): GcpFirewallParts {
  const { values } = view;
  const network = values.get('network');
  const reference =
    (network?.kind === 'unknown' ? network.expression : stringOf(network)) ?? '(network not set)';
  return {
    networkKeys: [...view.referencedResources('network', NETWORK_TYPES), networkName(reference)],
    reference,
    rules: gcpEgressRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: values.get('direction')?.kind === 'unknown',
    orphan: outsideNetwork(baseOf(view), NETWORK, reference),
  };
}

export function planGcpFirewalls(views: PlanView[], unresolved: Unresolved[]): Firewall[] {
  const networks = views.filter((v) => v.resource.parsed.type === NETWORK).map(networkParts);
  const firewalls = views
    .filter((v) => v.resource.parsed.type === FIREWALL)
    .map((v) => firewallParts(v, unresolved));
  return assembleGcpNetworks(networks, firewalls);
}
