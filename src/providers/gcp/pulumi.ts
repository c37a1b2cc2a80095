// Pulumi GCP firewalls → one gcp-network firewall per VPC network (shared assembly: a network in the state
// carries GCP's implied allow-egress rule; firewalls of a network outside it are checked without that default).
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
import { liveOrDeclared, type ResourceView } from '../../formats/pulumi/resource-view.ts';

const FIREWALL = 'gcp:compute/firewall:Firewall';
const NETWORK = 'gcp:compute/network:Network';

export const PULUMI_GCP_TYPES = new Set([FIREWALL, NETWORK]);

function baseOf(view: ResourceView): FirewallBase {
  return firewallBase('pulumi', 'gcp-network', view.declaredBy, view.related);
}

function networkParts(view: ResourceView): NetworkParts {
  const names = [stringOf(view.outputs?.get('self_link')), stringOf(liveOrDeclared(view)?.get('name'))];
  return {
    firewall: baseOf(view),
    keys: [view.resource.urn, ...names.flatMap((n) => (n ? [networkName(n)] : []))],
  };
}

function firewallParts(view: ResourceView, unresolved: Unresolved[]): GcpFirewallParts | undefined {
  const reader = liveOrDeclared(view);
  if (!reader) return undefined;
  const reference = stringOf(reader.get('network')) ?? '(network not set)';
  return {
    networkKeys: [...view.dependencies('network'), networkName(reference)],
    reference,
    rules: gcpEgressRules(reader, { declaredBy: view.declaredBy, unresolved }),
    undecided: reader.get('direction')?.kind === 'unknown',
    orphan: outsideNetwork(baseOf(view), NETWORK, reference),
  };
}

export function gcpFirewalls(views: ResourceView[], unresolved: Unresolved[]): Firewall[] {
  const networks = views.filter((v) => v.resource.type === NETWORK && !v.resource.external).map(networkParts);
  const firewalls = views
    .filter((v) => v.resource.type === FIREWALL)
    .flatMap((v) => firewallParts(v, unresolved) ?? []);
  return assembleGcpNetworks(networks, firewalls);
}
