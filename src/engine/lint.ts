// The engine: files → analysers → firewalls → rules → findings. No I/O here; discovery and the CLI do that.
import { createHash } from 'node:crypto';
import { rules as allRules } from '../../rules/index.ts';
import { matchesAnyGlob } from '../config/overrides.ts';
import { ruleOptionValues } from '../config/options.ts';
import { configOf, singleConfig, type ConfigSet } from '../config/set.ts';
import { relaysUsed } from '../config/destinations.ts';
import type { Config } from '../config/types.ts';
import { compareText } from '../model/order.ts';
import type { ParseCache } from '../formats/terraform/parse-cache.ts';
import type { Firewall, Origin } from '../model/types.ts';
import { analyzers } from './analyzers.ts';
import type { AnalyzeOptions, FormatAnalyzer, ProjectFiles } from './formats.ts';
import { internalError } from './errors.ts';
import { applyBaseline, type Baseline } from './baseline.ts';
import { applySuppressions } from './suppressions.ts';
import { familyKey, findingVariants, mergeVariants, variantOf } from './variants.ts';
import type {
  AnalysisResult,
  Diagnostic,
  Finding,
  FindingInput,
  Level,
  LevelSetting,
  LintResult,
  Rule,
  SourceFile,
} from './types.ts';

export interface LintOptions {
  /** One configuration for every file (tests); `configs` wins. */
  config?: Config;
  /** The configuration of each file: its nearest config file (see src/config/set.ts). */
  configs?: ConfigSet;
  terraformVars?: Record<string, string>;
  terraformVarFiles?: SourceFile[];
  cfnParameters?: Record<string, string>;
  /** The scan holds several Terraform root modules, though these files may hold one (see src/engine/pool.ts). */
  terraformSeveralRoots?: boolean;
  /** Terraform trees shared between the units of a scan (see src/engine/pool.ts). */
  terraformParseCache?: ParseCache;
  /** `--rule ID:level|off` from the command line; wins over config. */
  ruleLevels?: Record<string, LevelSetting>;
  /** Project access for cross-file lookups; defaults to the given files only. */
  project?: ProjectFiles;
  /** Diagnostics found before analysis (unreadable files, size limits). */
  diagnostics?: Diagnostic[];
  /** Only these rules run (examples as tests). */
  rules?: readonly Rule[];
  /** `--baseline`: findings recorded in it are reported as suppressed (external, 'baseline'). */
  baseline?: Baseline;
}

/** Project access over an in-memory file list (tests, fuzzing, the Action's changed files). */
export function memoryProject(files: readonly SourceFile[]): ProjectFiles {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  return {
    exists: (p) => byPath.has(p),
    read: (p) => byPath.get(p),
    paths: () => [...byPath.keys()],
    listDir: (dir) => {
      const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
      const names = [...byPath.keys()]
        .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map((p) => p.slice(prefix.length));
      return names.length > 0 ? names : undefined;
    },
  };
}

export function fingerprint(ruleId: string, file: string, firewallId: string, key: string): string {
  return createHash('sha256').update(`${ruleId}\0${file}\0${firewallId}\0${key}`).digest('hex').slice(0, 32);
}

/** Level for a rule on a file: command line, then the last matching override, then config `rules`, then the rule's. */
export function levelFor(
  ruleId: string,
  file: string,
  reported: Level,
  config: Config,
  cli: Record<string, LevelSetting>,
): LevelSetting {
  if (cli[ruleId]) return cli[ruleId];
  for (let i = config.overrides.length - 1; i >= 0; i--) {
    const o = config.overrides[i];
    if (o.rules[ruleId] && matchesAnyGlob(file, o.files)) {
      return o.rules[ruleId];
    }
  }
  return config.rules[ruleId] ?? reported;
}

/** A finding's related locations: where its values came from, then where its firewall came from (module calls,
 * a Pulumi state entry), each place once. */
function relatedOf(input: FindingInput): Origin[] {
  const seen = new Set<string>();
  return [...(input.related ?? []), ...(input.firewall.related ?? [])].filter((o) => {
    const key = `${o.location.file}:${o.location.line}:${o.location.column}`;
    if (seen.has(key) || (o.location.file === input.location.file && o.location.line === input.location.line))
      return false;
    seen.add(key);
    return true;
  });
}

export function lintFiles(files: readonly SourceFile[], options: LintOptions = {}): LintResult {
  const configs = options.configs ?? singleConfig(options.config);
  const analyzeOptions: AnalyzeOptions = {
    terraformVars: options.terraformVars ?? {},
    terraformVarFiles: options.terraformVarFiles ?? [],
    cfnParameters: options.cfnParameters ?? {},
    terraformSeveralRoots: options.terraformSeveralRoots,
    terraformParseCache: options.terraformParseCache,
    project: options.project ?? memoryProject(files),
  };

  const claimed = new Map<FormatAnalyzer, SourceFile[]>();
  let skipped = 0;
  for (const file of files) {
    const analyzer = analyzers.find((a) => a.claims(file));
    if (!analyzer) {
      skipped++;
      continue;
    }
    const list = claimed.get(analyzer) ?? [];
    list.push(file);
    claimed.set(analyzer, list);
  }

  const result: LintResult = {
    findings: [],
    diagnostics: [...(options.diagnostics ?? [])],
    unresolved: [],
    firewalls: [],
    stats: { filesScanned: files.length, filesSkipped: skipped, firewalls: 0, unresolved: 0 },
  };
  const inputsUsed = new Set<string>();
  for (const analyzer of analyzers) {
    const mine = claimed.get(analyzer);
    if (!mine) continue;
    analyzeContained(analyzer, mine, analyzeOptions, result, inputsUsed);
  }

  for (const input of relaysUsed(configs, result.firewalls)) inputsUsed.add(input);
  result.inputsUsed = [...inputsUsed];
  result.findings = runRules(result, options, configs, claimed);
  result.stats.firewalls = result.firewalls.length;
  result.stats.unresolved = result.unresolved.length;
  return result;
}

/**
 * Runs an analyser so that an exception escaping it (a bug: analysers report bad input as diagnostics) costs as
 * little as it can: for an analyser of independent files, the file that failed; else the files it was given,
 * each reported. Never another format's results.
 */
function analyzeContained(
  analyzer: FormatAnalyzer,
  files: SourceFile[],
  options: AnalyzeOptions,
  result: LintResult,
  inputsUsed: Set<string>,
): void {
  const add = (analysis: AnalysisResult) => {
    for (const f of analysis.firewalls) result.firewalls.push(f);
    for (const d of analysis.diagnostics) result.diagnostics.push(d);
    for (const u of analysis.unresolved) result.unresolved.push(u);
    result.stats.filesSkipped += analysis.skipped?.length ?? 0;
    for (const input of analysis.inputsUsed ?? []) inputsUsed.add(input);
  };
  try {
    add(analyzer.analyze(files, options));
    return;
  } catch (error) {
    if (!analyzer.independentFiles || files.length === 1) {
      const consequence = `the ${analyzer.id} analyser failed on it${files.length > 1 ? ` and ${files.length - 1} other files analysed with it` : ''}; not analysed`;
      for (const file of files) result.diagnostics.push(internalError(file.path, error, consequence));
      return;
    }
  }
  // Each file on its own gives the same results (the worker pool relies on it): find the one that fails.
  for (const file of files) {
    try {
      add(analyzer.analyze([file], options));
    } catch (error) {
      result.diagnostics.push(
        internalError(file.path, error, `the ${analyzer.id} analyser failed on it; not analysed`),
      );
    }
  }
}

function runRules(
  result: LintResult,
  options: LintOptions,
  configs: ConfigSet,
  claimed: ReadonlyMap<FormatAnalyzer, SourceFile[]>,
): Finding[] {
  const optionsOf = new Map<Config, Map<Rule, Record<string, unknown>>>();
  /** A firewall is judged by the options of the config that applies to the file declaring it; a rule gets its own. */
  const optionsFor = (rule: Rule, file: string): Record<string, unknown> => {
    const config = configOf(configs, file);
    const byRule = optionsOf.get(config) ?? new Map<Rule, Record<string, unknown>>();
    optionsOf.set(config, byRule);
    let values = byRule.get(rule);
    if (!values) byRule.set(rule, (values = ruleOptionValues(rule, config)));
    return values;
  };
  const cli = options.ruleLevels ?? {};
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const ruleList = options.rules ?? allRules;
  for (const rule of ruleList) {
    for (const firewall of result.firewalls) {
      try {
        checkFirewall(rule, firewall);
      } catch (error) {
        // A rule's bug costs its verdict on this firewall only.
        result.diagnostics.push(
          internalError(
            firewall.location,
            error,
            `rule ${rule.meta.id} failed on ${firewall.displayName}; not checked`,
          ),
        );
      }
    }
  }
  function checkFirewall(rule: Rule, firewall: Firewall): void {
    rule.check(firewall, {
      options: optionsFor(rule, firewall.location.file),
      levelOf: (ruleId, file, reported) => levelFor(ruleId, file, reported, configOf(configs, file), cli),
      report(input: FindingInput) {
        const file = input.location.file;
        const level = levelFor(rule.meta.id, file, input.level, configOf(configs, file), cli);
        if (level === 'off') return;
        // The same rule reached through two paths (e.g. inputs and outputs) is reported once: keyed by what the
        // fingerprint hashes, which is hashed only for the findings kept.
        const once = `${rule.meta.id}\0${input.location.file}\0${input.firewall.id}\0${input.key}`;
        if (seen.has(once)) return;
        seen.add(once);
        // An instance of several (count/for_each, a module of several roots) is fingerprinted by its family.
        const named = variantOf(input);
        const family = familyKey(input.firewall, input.key, named?.variant);
        const print = fingerprint(rule.meta.id, input.location.file, family.firewallId, family.key);
        findings.push({
          ruleId: rule.meta.id,
          level,
          message: input.message,
          location: input.location,
          related: relatedOf(input),
          firewallId: input.firewall.id,
          platform: input.firewall.platform,
          fingerprint: print,
          securitySeverity: input.securitySeverity ?? rule.meta.securitySeverity,
          resource: input.resource ?? input.firewall.location,
          ...(named && { variants: findingVariants(input, named) }),
        });
      },
    });
  }
  const merged = mergeVariants(findings);
  const ruleIds = new Set(ruleList.map((r) => r.meta.id));
  const analyserOf = new Map<SourceFile, FormatAnalyzer>();
  for (const [analyzer, files] of claimed) for (const file of files) analyserOf.set(file, analyzer);
  result.diagnostics.push(
    ...applySuppressions(merged, {
      files: [...analyserOf.keys()],
      project: options.project,
      configFor: (file) => configOf(configs, file),
      ruleIds,
      dataSuppressions: (file) => analyserOf.get(file)?.dataSuppressions?.(file) ?? [],
    }),
  );
  if (options.baseline) applyBaseline(merged, options.baseline);
  return merged.sort(compareFindings);
}

/** Report order: file, line, column, rule; then firewall and fingerprint, a total order, so results merged from the worker pool's units come out exactly as from one call. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.firewallId, b.firewallId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}
