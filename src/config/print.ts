// `--print-config FILE`: the configuration a run applies to FILE, as YAML that works as a config file when saved
// beside the one it came from (ignore globs are relative to that directory). Comments say where it came from and
// what the levels not listed are.
import { stringify } from 'yaml';
import type { CliRuleLevel } from '../engine/run.ts';
import type { Rule } from '../engine/types.ts';
import { optionValues } from './options.ts';
import type { Config } from './types.ts';

export function printConfig(
  config: Config,
  options: { file: string; source: string; rules: readonly Rule[]; cliLevels: Record<string, CliRuleLevel> },
): string {
  const flags = Object.entries(options.cliLevels).map(([id, level]) =>
    level === 'default' ? `--rule ${id}` : `--rule ${id}:${level}`,
  );
  const header = [
    `# The configuration egress-lint applies to ${options.file}`,
    `# from ${options.source}${flags.length ? `, with ${flags.join(' ')}` : ''}; matching overrides merged into rules.`,
  ];
  for (const rule of options.rules) {
    if (config.rules[rule.meta.id] === undefined)
      header.push(
        `# ${rule.meta.id} (${rule.meta.name}) not set: the rule's own level (${rule.meta.defaultLevel}, or lower where its docs say)`,
      );
  }
  const data = {
    ...optionValues(config),
    rules: config.rules,
    ignore: config.ignore,
    requireReason: config.requireReason,
    ignoreResources: config.ignoreResources,
    maxFileSize: config.maxFileSize,
  };
  return `${header.join('\n')}\n${stringify(data)}`;
}
