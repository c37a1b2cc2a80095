// Inline suppressions: `# egress-lint:ignore EGR002 -- reason` (also `//`) on the finding's line, the line
// above it, or at the top of the resource that declared it. Comment syntax is the same in HCL and YAML.
import type { Config } from '../config/types.ts';
import type { ProjectFiles } from './formats.ts';
import type { Finding, LintResult } from './types.ts';

const DIRECTIVE = /(?:#|\/\/)\s*egress-lint:ignore\s+([A-Z0-9, ]+?)(?:\s+--\s*(.*?))?\s*(?:\*\/)?$/;

interface Directive {
  ids: Set<string>;
  reason: string;
}

function directivesOf(text: string): Map<number, Directive> {
  const map = new Map<number, Directive>();
  if (!text.includes('egress-lint:ignore')) return map;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (m) map.set(i + 1, { ids: new Set(m[1].split(/[\s,]+/).filter(Boolean)), reason: (m[2] ?? '').trim() });
  });
  return map;
}

export function applySuppressions(
  findings: Finding[],
  _result: LintResult,
  project: ProjectFiles | undefined,
  _config: Config,
): void {
  if (!project) return;
  const cache = new Map<string, Map<number, Directive>>();
  const directives = (file: string) => {
    let d = cache.get(file);
    if (!d) cache.set(file, (d = directivesOf(project.read(file) ?? '')));
    return d;
  };
  for (const finding of findings) {
    const { location, resource } = finding;
    const candidates: [string, number][] = [
      [location.file, location.line],
      [location.file, location.line - 1],
      [resource.file, resource.line],
      [resource.file, resource.line - 1],
      [resource.file, resource.line + 1],
    ];
    for (const [file, line] of candidates) {
      const d = directives(file).get(line);
      if (d?.ids.has(finding.ruleId)) {
        finding.suppression = { kind: 'inSource', justification: d.reason };
        break;
      }
    }
  }
}
