// Each parser on random text and on mutations of the fixtures and the corpus: never a throw, never a hang,
// every problem an error with a 1-based position and a message.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseHcl, parseTfJson } from '../../src/formats/hcl/index.ts';
import type { Body } from '../../src/formats/hcl/ast.ts';
import { parseJson } from '../../src/formats/json/index.ts';
import { cloudformationTags } from '../../src/formats/yaml/cloudformation-tags.ts';
import { parseYaml } from '../../src/formats/yaml/index.ts';
import { isPosition, mutatedText, RUNS, withinTimeBound, type SeedKind } from './harness.ts';

const PARSE_BOUND_MS = 3000;

interface Parsed {
  errors: { line: number; column: number; message: string }[];
}

function checkParser(kinds: readonly SeedKind[], parse: (text: string) => Parsed): void {
  fc.assert(
    fc.property(mutatedText(kinds), (text) => {
      const parsed = withinTimeBound(PARSE_BOUND_MS, text, () => parse(text));
      for (const e of parsed.errors) {
        if (!isPosition(e.line, e.column) || typeof e.message !== 'string' || e.message === '') {
          throw new Error(`malformed error ${JSON.stringify(e)}`);
        }
      }
    }),
    { numRuns: RUNS },
  );
}

function checkExpressions(body: Body): void {
  for (const a of body.attributes) {
    const { expr } = a;
    if (expr.end !== a.end || expr.start < a.nameEnd)
      throw new Error(
        `attribute ${a.name} spans ${a.start}-${a.end}, its expression ${expr.start}-${expr.end}`,
      );
  }
  for (const b of body.blocks) checkExpressions(b.body);
}

describe('parsers never throw or hang, and report every problem with a position', () => {
  it('HCL native syntax', () => checkParser(['tf', 'tfvars'], parseHcl));
  // Expressions are only checked while parsing and built when first read (LazyAttribute): each must build, and
  // span exactly what the attribute says, even in a file with an error further on.
  it('HCL native syntax: every attribute expression builds on demand', () =>
    checkParser(['tf', 'tfvars'], (text) => {
      const parsed = parseHcl(text);
      checkExpressions(parsed.body);
      return parsed;
    }));
  it('Terraform JSON syntax', () => checkParser(['tf.json', 'cfn-json'], parseTfJson));
  it('YAML with CloudFormation tags', () =>
    checkParser(['cfn-yaml'], (t) => parseYaml(t, { tags: cloudformationTags })));
  it('JSON with positions', () => checkParser(['cfn-json', 'pulumi', 'plan'], parseJson));
});
