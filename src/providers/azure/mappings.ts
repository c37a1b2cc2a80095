// Azure network security groups, per format.
import type { ProviderMappings } from '../mappings.ts';
import { PLAN_AZURE_TYPES, planAzureFirewalls } from './plan.ts';
import { azureFirewalls, PULUMI_AZURE_TYPES } from './pulumi.ts';
import { AZURE_NSG_TYPES, extractAzureNsgs } from './terraform.ts';

export const azure: ProviderMappings = {
  terraform: [
    { types: AZURE_NSG_TYPES, firewalls: (instances, { log }) => extractAzureNsgs(instances, log) },
  ],
  plan: [{ types: PLAN_AZURE_TYPES, firewalls: planAzureFirewalls }],
  pulumi: [{ types: PULUMI_AZURE_TYPES, firewalls: azureFirewalls }],
};
