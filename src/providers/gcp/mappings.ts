// GCP VPC firewall rules, per format.
import type { ProviderMappings } from '../mappings.ts';
import { PLAN_GCP_TYPES, planGcpFirewalls } from './plan.ts';
import { gcpFirewalls, PULUMI_GCP_TYPES } from './pulumi.ts';
import { extractGcpFirewalls, GCP_FIREWALL_TYPES } from './terraform.ts';

export const gcp: ProviderMappings = {
  terraform: [
    { types: GCP_FIREWALL_TYPES, firewalls: (instances, { log }) => extractGcpFirewalls(instances, log) },
  ],
  plan: [{ types: PLAN_GCP_TYPES, firewalls: planGcpFirewalls }],
  pulumi: [{ types: PULUMI_GCP_TYPES, firewalls: gcpFirewalls }],
};
