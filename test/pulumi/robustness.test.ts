// Odd shapes in otherwise valid state and plan files (a list where an object belongs, a number for a CIDR, null
// anywhere) must never reach the "internal error" path: the analysers read what they can and go on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { FIXTURES } from '../helpers.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaced(doc: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) return doc.map((v, i) => (i === head ? replaced(v, rest, replacement) : v));
  if (doc && typeof doc === 'object')
    return { ...doc, [head]: replaced(doc[head as string], rest, replacement) };
  return doc;
}

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -70000, max: 70000 }),
  fc.constantFrom(
    '',
    '0.0.0.0/0',
    '::/0',
    'not-a-cidr',
    '-1',
    'tcp',
    '*',
    'EGRESS',
    'Outbound',
    'egress',
    '4dabf18193072939515e22adb298388d',
  ),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constant<Json>([null, 1, 'x']),
  fc.constant<Json>({
    '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270',
    ciphertext: 'x',
  }),
);

const FILES = [
  'pulumi/aws-classic/stack.json',
  'pulumi/azure/stack.json',
  'pulumi/gcp/stack.json',
  'plan/modules-and-refs/plan.json',
  'plan/azure-gcp/plan.out.json',
];

describe('odd shapes in state and plan files', () => {
  for (const name of FILES) {
    const doc = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Json;
    const all = paths(doc);

    it(`never fails internally on mutations of ${name}`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(all.length - 1), oddValue), { minLength: 1, maxLength: 4 }),
          (edits) => {
            let mutated = doc;
            for (const [i, value] of edits) mutated = replaced(mutated, all[i], value);
            const file = {
              path: 'state.json',
              absPath: 'state.json',
              text: JSON.stringify(mutated, null, 2),
            };
            const result = lintFiles([file], { project: memoryProject([file]) });
            expect(result.diagnostics.filter((d) => d.message.includes('internal error'))).toEqual([]);
            expect(JSON.stringify(result.findings)).not.toContain('"ciphertext"');
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
