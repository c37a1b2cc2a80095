// Host firewalls (ufw, iptables) set up by the user data of the instances a deployment format declares. Host files
// of their own (scripts, cloud-init, Ansible) have their own analyser (index.ts), loaded apart.
import type { ProviderMappings } from '../mappings.ts';
import { USER_DATA_TYPES, userDataFirewalls } from './terraform-user-data.ts';

export const host: ProviderMappings = {
  terraform: [
    {
      types: USER_DATA_TYPES,
      what: "the host firewalls in instances' user data",
      firewalls: (instances, { log, project, diagnostics }) =>
        userDataFirewalls(instances, project, log.entries, diagnostics),
    },
  ],
  cloudformation: async () => [(await import('./cloudformation-mapping.ts')).userDataMapping],
};
