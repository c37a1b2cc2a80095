// Every provider's advice for a firewall with no egress policy, by kind: EGR001 reads it, so the rule holds no
// platform's wording or syntax. A new kind of firewall is a type error here until its provider supplies advice.
import type { FirewallKind } from '../model/types.ts';
import { awsAdvice } from './aws/advice.ts';
import { azureAdvice } from './azure/advice.ts';
import { gcpAdvice } from './gcp/advice.ts';
import { hostAdvice } from './host/advice.ts';
import type { NoEgressAdvice } from './shared/advice.ts';

const ADVICE: Record<FirewallKind, NoEgressAdvice> = {
  ...awsAdvice,
  ...azureAdvice,
  ...gcpAdvice,
  ...hostAdvice,
};

/** What a firewall with no egress policy of its own lets out, and what to declare: the end of EGR001's message. */
export const noEgressAdvice: NoEgressAdvice = (firewall) => ADVICE[firewall.kind](firewall);
