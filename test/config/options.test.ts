// Rule options: each rule declares the options it reads (meta.options), the config derives its schema, defaults and
// --print-config from those declarations, and a rule is given only the values of its own options.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { configOptions, smtpPorts } from '../../rules/options.ts';
import schema from '../../schema/egress-lint.schema.json' with { type: 'json' };
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { configSchema, validateConfig } from '../../src/config/validate.ts';
import { lintFiles } from '../../src/engine/lint.ts';
import type { Rule } from '../../src/engine/types.ts';

describe('rule options', () => {
  it('are the options the rules declare, each declared once and shared by the rules that read it', () => {
    const declared = new Set(rules.flatMap((r) => Object.entries(r.meta.options ?? {})));
    for (const [key, option] of declared)
      expect(option).toBe(configOptions[key as keyof typeof configOptions]);
    expect(new Set([...declared].map(([key]) => key))).toEqual(new Set(Object.keys(configOptions)));
  });

  it('make the shipped JSON Schema: its options are the declared ones, in order', () => {
    expect(
      JSON.stringify(configSchema(), null, 2),
      'schema/egress-lint.schema.json must be the config schema the rules declare (rules/options.ts)',
    ).toBe(JSON.stringify(schema, null, 2));
  });

  it('give the config its defaults', () => {
    for (const [key, option] of Object.entries(configOptions))
      expect(DEFAULT_CONFIG[key as keyof typeof configOptions]).toEqual(option.default);
  });

  it('give a rule the values of its own options only, from the config that applies', () => {
    const seen: Record<string, unknown>[] = [];
    const probe: Rule<{ smtpPorts: typeof smtpPorts }> = {
      meta: { ...rules[0].meta, id: 'PROBE', options: { smtpPorts } },
      check: (_firewall, context) => void seen.push(context.options),
    };
    const config = validateConfig({ smtpPorts: [25], relays: ['10.0.0.1/32'] }, 'inline.yml');
    const text = 'resource "aws_security_group" "a" {\n  egress = []\n}\n';
    lintFiles([{ path: 'main.tf', absPath: 'main.tf', text }], { config, rules: [probe] });
    expect(seen).toEqual([{ smtpPorts: [25] }]);
  });
});
