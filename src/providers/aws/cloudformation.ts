// AWS's CloudFormation mappings: loaded with the CloudFormation analyser (see ProviderMappings.cloudformation).
import type { CloudFormationMapping } from '../mappings.ts';
import { extractNetworkAcls } from './cloudformation-network-acl.ts';
import { extractSecurityGroups } from './cloudformation-security-groups.ts';

export const awsCloudFormation: CloudFormationMapping[] = [extractSecurityGroups, extractNetworkAcls];
