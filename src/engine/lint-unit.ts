// Linting one unit of a large scan, in this thread or a worker: its files (read already, or read now) through the
// engine; what comes back is plain data.
import { prepareForContent } from './analyzers.ts';
import { diskProject } from './disk-project.ts';
import { internalError } from './errors.ts';
import { lintFiles, type LintOptions } from './lint.ts';
import { firewallKey } from './merge.ts';
import { foundFile, readSourceBytes, type BytesOutcome } from './read.ts';
import type { UnitContext, UnitResult, WorkUnit } from './units.ts';
import type { Diagnostic, SourceFile } from './types.ts';

/**
 * Lints one unit: decodes its files from their first read (`read`; a file missing there is read now), a file that
 * cannot be analysed becoming its diagnostic, and runs the engine. `thread`: this thread's options (caches).
 */
export async function lintUnit(
  unit: WorkUnit,
  context: UnitContext,
  thread: Partial<LintOptions>,
  read?: ReadonlyMap<string, BytesOutcome>,
): Promise<UnitResult> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let contextRead = 0;
  for (const [refs, isContext] of [
    [unit.owned, false],
    [unit.context, true],
  ] as const) {
    for (const ref of refs) {
      const file = foundFile(ref, read?.get(ref.path) ?? readSourceBytes(ref.absPath, context.maxFileSize));
      if (!('text' in file)) diagnostics.push(file);
      else {
        files.push(file);
        if (isContext) contextRead++;
      }
    }
  }
  // The order discovery hands files to the engine, so each analyser sees them as in a single call.
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const project = { ...diskProject(context.root, files, context.maxFileSize), paths: () => context.allPaths };
  await prepareForContent(files, project);
  try {
    const result = lintFiles(files, { ...context.lint, ...thread, project, diagnostics });
    return {
      findings: result.findings,
      diagnostics: result.diagnostics,
      unresolved: result.unresolved,
      firewalls: context.keepFirewalls ? result.firewalls : [],
      firewallKeys: result.firewalls.map(firewallKey),
      filesScanned: result.stats.filesScanned - contextRead,
      filesSkipped: result.stats.filesSkipped,
      inputsUsed: result.inputsUsed ?? [],
    };
  } catch (error) {
    // Analysers and rules contain their errors (lintFiles); one escaping from suppressions or the baseline costs
    // this unit, whose every file says so, not the run.
    return failedUnit(unit, error, 'while analysing it', diagnostics);
  }
}

/** A unit none of whose files was analysed: one diagnostic per file it owns, after `diagnostics`. */
export function failedUnit(
  unit: WorkUnit,
  error: unknown,
  when: string,
  diagnostics: Diagnostic[] = [],
): UnitResult {
  const others = unit.owned.length + unit.context.length - 1;
  const group = others > 0 ? ` and the ${others} other files analysed with it` : '';
  return {
    findings: [],
    diagnostics: [
      ...diagnostics,
      ...unit.owned.map((f) => internalError(f.path, error, `${when}${group}; not analysed`)),
    ],
    unresolved: [],
    firewalls: [],
    firewallKeys: [],
    filesScanned: 0,
    filesSkipped: 0,
    inputsUsed: [],
  };
}
