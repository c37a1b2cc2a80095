// JSON formats analysed one file at a time (plan JSON, Pulumi state): each file parsed once into the positioned
// tree; a file that cannot be parsed, or trips a bug, gets a Diagnostic and the others are still analysed.
import type { FormatAnalyzer } from '../../engine/formats.ts';
import type { AnalysisResult, Diagnostic, SourceFile } from '../../engine/types.ts';
import { internalError } from '../../engine/errors.ts';
import { parseJson } from './index.ts';
import type { DocNode } from '../tree.ts';

/** A string scalar's value, else undefined. */
export function docString(node: DocNode | undefined): string | undefined {
  return node?.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** The string items of a list node (other items left out); none when it is not a list. */
export function docStrings(node: DocNode | undefined): string[] {
  if (node?.type !== 'array') return [];
  return node.items.flatMap((item) => docString(item) ?? []);
}

function parseJsonFile(file: SourceFile): { root: DocNode } | { diagnostic: Diagnostic } {
  const parsed = parseJson(file.text);
  if (parsed.root) return { root: parsed.root };
  const [first, ...more] = parsed.errors;
  const extra = more.length > 0 ? ` (and ${more.length} more error${more.length > 1 ? 's' : ''})` : '';
  return {
    diagnostic: {
      level: 'error',
      location: { file: file.path, line: first?.line ?? 1, column: first?.column ?? 1 },
      message: `${first?.message ?? 'empty JSON document'}${extra}`,
    },
  };
}

export function analyzeJsonFiles(
  analyzer: FormatAnalyzer['id'],
  files: SourceFile[],
  analyzeOne: (file: SourceFile, root: DocNode, result: AnalysisResult) => void,
): AnalysisResult {
  const result: AnalysisResult = { firewalls: [], diagnostics: [], unresolved: [] };
  for (const file of files) {
    const parsed = parseJsonFile(file);
    if ('diagnostic' in parsed) {
      result.diagnostics.push(parsed.diagnostic);
      continue;
    }
    try {
      analyzeOne(file, parsed.root, result);
    } catch (error) {
      result.diagnostics.push(internalError(file.path, error, `the ${analyzer} analyser failed on it`));
    }
  }
  return result;
}
