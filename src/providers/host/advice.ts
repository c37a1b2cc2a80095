// Host firewall advice for a firewall with no egress policy (see src/providers/shared/advice.ts).
import type { NoEgressAdviceOf } from '../shared/advice.ts';

export const hostAdvice: NoEgressAdviceOf<'ufw' | 'iptables'> = {
  ufw: (firewall) =>
    `so ${firewall.platformDefault?.name} lets every process send anything anywhere. Run \`ufw default deny outgoing\` and allow only what is needed (\`ufw allow out 443/tcp\`)`,
  iptables: (firewall) =>
    `so the ${firewall.platformDefault?.name} lets every process send anything anywhere. Set \`-P OUTPUT DROP\` and ACCEPT only what is needed`,
};
