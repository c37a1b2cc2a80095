// Azure advice for a firewall with no egress policy (see src/providers/shared/advice.ts).
import { defaultNamed, type NoEgressAdviceOf } from '../shared/advice.ts';

export const azureAdvice: NoEgressAdviceOf<'azure-nsg'> = {
  'azure-nsg': (firewall) =>
    `so internet egress is allowed by the platform default ${defaultNamed(firewall)}. Add an outbound Deny to Internet (or *) at a priority below 65000 and allow only what is needed`,
};
