// Test helpers: lint a fixture directory from disk and summarise findings as `RULE file:line`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rules as registry } from '../rules/index.ts';
import { DEFAULT_CONFIG, type Config } from '../src/config/types.ts';
import { lintFiles, memoryProject, type LintOptions } from '../src/engine/lint.ts';
import type { Finding, LintResult, Rule, SourceFile } from '../src/engine/types.ts';
import type { Firewall } from '../src/model/types.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every file under `dir` (including dot-directories such as .terraform), as SourceFiles relative to it. */
export function readTree(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else
        out.push({
          path: relative(dir, abs).split('\\').join('/'),
          absPath: abs,
          text: readFileSync(abs, 'utf8'),
        });
    }
  };
  walk(dir);
  return out;
}

/** The registered rules with these ids, in registry order; throws for an id no rule has. */
export function rulesById(...ids: string[]): Rule[] {
  for (const id of ids)
    if (!registry.some((r) => r.meta.id === id)) throw new Error(`no registered rule ${id}`);
  return registry.filter((r) => ids.includes(r.meta.id));
}

/** What a message about an unknown rule id lists: every registered rule. */
export const KNOWN_RULES = `known rules: ${registry.map((r) => r.meta.id).join(', ')}`;

/**
 * The rules the fixture tests pin the findings of: what they assert is each fixture's findings of these rules, so
 * a rule added later changes none of them (it brings its own examples, see CONTRIBUTING.md).
 */
export const FIXTURE_RULES: readonly Rule[] = rulesById('EGR001', 'EGR002', 'EGR003');

/**
 * Lints a fixture directory with FIXTURE_RULES unless `rules` says otherwise; `.terraform/` files are reachable
 * through the project but not scanned directly.
 */
export function lintFixture(
  name: string,
  options: Omit<LintOptions, 'config'> & { config?: Partial<Config> } = {},
): LintResult {
  const all = readTree(join(FIXTURES, name));
  const scanned = all.filter((f) => !f.path.startsWith('.terraform/') && !f.path.includes('/.terraform/'));
  return lintFiles(scanned, {
    rules: FIXTURE_RULES,
    ...options,
    config: { ...DEFAULT_CONFIG, ...options.config },
    project: memoryProject(all),
  });
}

export function summary(result: LintResult, ruleId?: string): string[] {
  return result.findings
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line}`);
}

/**
 * The firewall ids a finding is about: its own, or those of every instance it names when it merges several
 * (count/for_each instances, a module used by several roots).
 */
export function instanceIds(f: Finding): string[] {
  return f.variants ? [...new Set(f.variants.instances.map((i) => i.firewallId))] : [f.firewallId];
}

/** The firewalls one file declares, linted alone with the default config: for tests of the model, not of rules. */
export function firewallsOf(path: string, text: string): Firewall[] {
  const result = lintFiles([{ path, absPath: path, text }], { config: DEFAULT_CONFIG });
  if (result.diagnostics.length > 0) throw new Error(`${path}: ${result.diagnostics[0].message}`);
  return result.firewalls;
}

/** A firewall's rules as the model holds them, one line each: `deny 100 tcp 25 to 0.0.0.0/0 (line 7)`. */
export function describeRules(firewall: Firewall): string[] {
  return firewall.rules.map((r) => {
    const protocol = typeof r.protocol === 'string' ? r.protocol : JSON.stringify(r.protocol);
    const ports = Array.isArray(r.ports)
      ? r.ports.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`)).join(',')
      : `unknown ${r.ports.unknown}`;
    const to = r.destinations.map((d) => d.text).join(', ');
    return `${r.action} ${r.priority ?? '-'} ${protocol} ${ports} to ${to} (line ${r.location.line})`;
  });
}
