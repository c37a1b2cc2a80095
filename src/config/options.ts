// The config file's rule options, derived from what the rules declare (rules/options.ts, each rule's meta.options):
// their defaults, their part of the config schema, their normalisation, and the values each rule is given.
import { configOptions, type ConfigOptionValues } from '../../rules/options.ts';
import type { Rule, RuleOption } from '../engine/types.ts';

const OPTIONS: [keyof ConfigOptionValues, RuleOption][] = Object.entries(configOptions) as [
  keyof ConfigOptionValues,
  RuleOption,
][];

/** Every option at its default, in the order the config schema lists them. */
export function optionDefaults(): ConfigOptionValues {
  return Object.fromEntries(OPTIONS.map(([key, option]) => [key, option.default])) as ConfigOptionValues;
}

/** The config schema's properties for the options. */
export function optionSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(OPTIONS.map(([key, option]) => [key, option.schema]));
}

/** The options a config file sets (already accepted by the schema), normalised as their rules read them. */
export function normaliseOptions(data: Record<string, unknown>, file: string): Partial<ConfigOptionValues> {
  const values: Record<string, unknown> = {};
  for (const [key, option] of OPTIONS) {
    const value = data[key];
    if (value !== undefined) values[key] = option.normalise ? option.normalise(value, [key], file) : value;
  }
  return values as Partial<ConfigOptionValues>;
}

/** The option values of a config, by key, in the config schema's order. */
export function optionValues(config: ConfigOptionValues): ConfigOptionValues {
  return Object.fromEntries(OPTIONS.map(([key]) => [key, config[key]])) as ConfigOptionValues;
}

/** The values of the options one rule declares: a rule is given only its own. */
export function ruleOptionValues(rule: Rule, config: ConfigOptionValues): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(rule.meta.options ?? {}).map((key) => [key, config[key as keyof ConfigOptionValues]]),
  );
}
