// GCP advice for a firewall with no egress policy (see src/providers/shared/advice.ts).
import { defaultNamed, type NoEgressAdviceOf } from '../shared/advice.ts';

export const gcpAdvice: NoEgressAdviceOf<'gcp-network'> = {
  'gcp-network': (firewall) =>
    `so internet egress is allowed by the platform default ${defaultNamed(firewall)}. Add an EGRESS deny firewall for 0.0.0.0/0, all protocols, and allow only what is needed`,
};
