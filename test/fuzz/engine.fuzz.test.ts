// The whole engine (analysers, rules, suppressions) and every reporter on small projects made of mutated
// fixtures and corpus files: never a throw, never a hang, never a caught analyser crash; every problem a
// diagnostic with the file, a 1-based position and a reason.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import type { SourceFile } from '../../src/engine/types.ts';
import { format, FORMAT_NAMES } from '../../src/reporters/index.ts';
import { isPosition, mutatedText, RUNS, withinTimeBound, type SeedKind } from './harness.ts';

const LINT_BOUND_MS = 10_000;

/** Where each kind of seed goes in the project, so the analyser that should claim it sees it. */
const SLOTS: { path: string; kinds: SeedKind[] }[] = [
  { path: 'main.tf', kinds: ['tf'] },
  { path: 'modules/m/main.tf', kinds: ['tf'] },
  { path: 'terraform.tfvars', kinds: ['tfvars', 'tf'] },
  { path: 'extra.tf.json', kinds: ['tf.json'] },
  { path: 'templates/stack.yaml', kinds: ['cfn-yaml'] },
  { path: 'templates/stack.json', kinds: ['cfn-json'] },
  { path: 'pulumi/stack.json', kinds: ['pulumi'] },
  { path: 'plan/plan.json', kinds: ['plan'] },
];

/** One to three files in distinct slots. */
const project: fc.Arbitrary<SourceFile[]> = fc
  .uniqueArray(fc.nat(SLOTS.length - 1), { minLength: 1, maxLength: 3 })
  .chain((slots) =>
    fc.tuple(
      ...slots.map((i) =>
        mutatedText(SLOTS[i].kinds).map((text) => ({ path: SLOTS[i].path, absPath: SLOTS[i].path, text })),
      ),
    ),
  );

describe('the engine never throws or hangs, and reports every problem as a diagnostic', () => {
  it('lintFiles and every reporter', () => {
    fc.assert(
      fc.property(project, (files) => {
        const input = files.map((f) => `--- ${f.path}\n${f.text}`).join('\n');
        const result = withinTimeBound(LINT_BOUND_MS, input, () =>
          lintFiles(files, { project: memoryProject(files) }),
        );
        const paths = new Set(files.map((f) => f.path));
        for (const d of result.diagnostics) {
          if (d.message.startsWith('internal error')) throw new Error(`analyser crash: ${d.message}`);
          if (
            !paths.has(d.location.file) ||
            !isPosition(d.location.line, d.location.column) ||
            d.message === ''
          ) {
            throw new Error(`malformed diagnostic ${JSON.stringify(d)}`);
          }
        }
        for (const f of result.findings) {
          if (!isPosition(f.location.line, f.location.column))
            throw new Error(`finding without a position ${JSON.stringify(f)}`);
        }
        for (const name of FORMAT_NAMES) {
          const text = format(result, name, {
            color: true,
            toolVersion: '0.0.0',
            informationUri: 'https://example.com',
            rules,
          });
          if (name === 'json' || name === 'sarif') JSON.parse(text);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
