// What a provider tells the user about a firewall that declares no egress policy of its own (EGR001): what the
// platform does then, and how to declare the policy in the syntax of the file the firewall was read from.
import type { Firewall, FirewallKind } from '../../model/types.ts';

/** The end of "… declares no egress policy, <advice>.": what is in force, and what to declare instead. */
export type NoEgressAdvice = (firewall: Firewall) => string;

/** A provider's advice for each kind of firewall it maps. */
export type NoEgressAdviceOf<K extends FirewallKind> = Record<K, NoEgressAdvice>;

/** The platform default's name, with its priority when it has one: `AllowInternetOutBound, priority 65001`. */
export function defaultNamed(firewall: Firewall): string | undefined {
  const name = firewall.platformDefault?.name;
  const priority = firewall.platformDefault?.priority;
  return priority === undefined ? name : `${name}, priority ${priority}`;
}
