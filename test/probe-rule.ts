// A rule of the tests' own, as ESLint's engine tests have theirs: the engine, CLI, policy and reporter tests need
// "a rule that reports predictably", not the real rule set, so adding or changing a real rule breaks none of them.
import type { Rule } from '../src/engine/types.ts';

/**
 * PROBE01 reports every allow rule of every firewall, once, at the rule's location, as an error: "<firewall> allows
 * <protocol> to <destinations>". Nothing else: no settings, no platform knowledge.
 */
export const probeRule: Rule = {
  meta: {
    id: 'PROBE01',
    name: 'probe',
    shortDescription: 'Reports every allow rule (tests only).',
    fullDescription: 'Reports every allow rule of every firewall at its location (tests only).',
    help: 'A rule for the tests of the engine, the CLI, the policy and the reporters.',
    defaultLevel: 'error',
    securitySeverity: '5.0',
    precision: 'very-high',
    tags: ['security', 'test'],
  },
  check(firewall, context) {
    firewall.rules.forEach((rule, index) => {
      if (rule.action !== 'allow') return;
      const protocol = typeof rule.protocol === 'string' ? rule.protocol : JSON.stringify(rule.protocol);
      context.report({
        firewall,
        level: 'error',
        message: `${firewall.displayName} allows ${protocol} to ${rule.destinations.map((d) => d.text).join(', ')}`,
        location: rule.location,
        key: `allow|${index}`,
      });
    });
  },
};
