// AWS security groups and network ACLs, per format.
import type { ProviderMappings } from '../mappings.ts';
import { PLAN_AWS_TYPES, planAwsFirewalls } from './plan.ts';
import { awsFirewalls, PULUMI_AWS_TYPES } from './pulumi.ts';
import { AWS_NACL_TYPES, extractAwsNetworkAcls } from './terraform-network-acl.ts';
import { AWS_SG_TYPES, extractAwsSecurityGroups } from './terraform-security-group.ts';

export const aws: ProviderMappings = {
  terraform: [
    { types: AWS_SG_TYPES, firewalls: (instances, { log }) => extractAwsSecurityGroups(instances, log) },
    { types: AWS_NACL_TYPES, firewalls: (instances, { log }) => extractAwsNetworkAcls(instances, log) },
  ],
  plan: [{ types: PLAN_AWS_TYPES, firewalls: planAwsFirewalls }],
  pulumi: [{ types: PULUMI_AWS_TYPES, firewalls: awsFirewalls }],
  cloudformation: async () => (await import('./cloudformation.ts')).awsCloudFormation,
};
