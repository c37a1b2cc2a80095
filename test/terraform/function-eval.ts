// Evaluates one expression as `local.value` of a one-file configuration (plus any other files given).
import { memoryProject } from '../../src/engine/lint.ts';
import type { SourceFile } from '../../src/engine/types.ts';
import { loadTerraformProject } from '../../src/formats/terraform/project.ts';
import { toPlain, type Value } from '../../src/formats/terraform/values.ts';

export function localValue(expression: string, files: Record<string, string> = {}): Value {
  const sources: SourceFile[] = [
    { path: 'main.tf', absPath: 'main.tf', text: `locals {\n  value = ${expression}\n}\n` },
    ...Object.entries(files).map(([path, text]) => ({ path, absPath: path, text })),
  ];
  const tf = sources.filter((f) => f.path.endsWith('.tf'));
  const { roots } = loadTerraformProject(tf, { vars: {}, varFiles: [] }, memoryProject(sources));
  return roots[0].local('value', { loc: { file: 'main.tf', line: 1, column: 1 } });
}

export function plainValue(expression: string, files: Record<string, string> = {}): unknown {
  const value = localValue(expression, files);
  return value.t === 'unknown' ? { unknown: value.reason } : toPlain(value);
}
