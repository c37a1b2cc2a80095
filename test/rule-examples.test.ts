// The examples files beside the rules: code comes back exactly as written, and a wrong or missing field is an
// error naming the file, the example and the field (so a typo cannot silently drop an expectation).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../rules/examples.ts';
import { rules } from '../rules/index.ts';
import type { Rule } from '../src/engine/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'egress-lint-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const probe: Rule = { meta: { ...rules[0].meta, id: 'EGR999', name: 'probe' }, check() {} };
const FILE = 'rules/egr999-probe.examples.yaml';

function load(yaml: string) {
  writeFileSync(join(dir, 'egr999-probe.examples.yaml'), yaml);
  return loadExamples(probe, dir);
}

const GOOD = `good:
  - title: fine
    format: terraform
    file: main.tf
    code: |
      x
`;

function bad(fields: string): string {
  return `bad:\n  - title: broken\n${fields.replace(/^/gm, '    ')}\n${GOOD}`;
}

describe('loadExamples', () => {
  it('keeps code exactly: indentation, inner blank lines, and the final newline `|`, `|-` and `|+` say', () => {
    const examples = load(`bad:
  - format: shell
    file: a.sh
    expectLines: [2]
    code: |
      if true; then

        ufw allow out 25
      fi
  - format: shell
    file: b.sh
    expectLines: [1]
    code: |-
      ufw allow out 25
  - format: shell
    file: c.sh
    expectLines: [1]
    code: |+
      ufw allow out 25

${GOOD}`);
    expect(examples.bad.map((e) => e.code)).toEqual([
      'if true; then\n\n  ufw allow out 25\nfi\n',
      'ufw allow out 25',
      'ufw allow out 25\n\n',
    ]);
    expect(examples.good).toEqual([
      { title: 'fine', format: 'terraform', file: 'main.tf', code: 'x\n', expectLines: [] },
    ]);
  });

  it.each([
    ['format: shell\nfile: a.sh\ncode: x', 'expectLines (the lines the rule reports) is missing'],
    ['format: shell\nfile: a.sh\nexpectLine: [1]\ncode: x', 'unknown field expectLine'],
    ['format: bash\nfile: a.sh\nexpectLines: [1]\ncode: x', 'format "bash" is not one of terraform'],
    ['format: shell\nexpectLines: [1]\ncode: x', 'file (the name the code is linted as) is missing'],
    ['format: shell\nfile: a.sh\nexpectLines: [1]', 'code is missing or not text'],
    ['format: shell\nfile: a.sh\nexpectLines: [3]\ncode: x', 'expectLines: 3 is not a line of code (1-1)'],
    [
      'format: shell\nfile: a.sh\nexpectLines: [1]\nexpectLevels: [error, warning]\ncode: x',
      'expectLevels must give one level per entry of expectLines',
    ],
    [
      'format: shell\nfile: a.sh\nexpectLines: [1]\nexpectLevels: [fatal]\ncode: x',
      'expectLevels: "fatal" is not one of error, warning, note',
    ],
    [
      'format: shell\nfile: a.sh\nexpectLines: [1]\nsettings: { relay: [10.0.0.1/32] }\ncode: x',
      'settings: relay is not a rule setting',
    ],
    [
      'format: shell\nfile: a.sh\nexpectLines: [1]\nsettings: { relays: [10.0.0.300/32] }\ncode: x',
      'settings: relays[0]: not a CIDR',
    ],
  ])('names the file, the example and the field: %j', (fields, problem) => {
    expect(() => load(bad(fields))).toThrow(`${FILE}: bad[0] "broken": ${problem}`);
  });

  it('a good example expects nothing, and each list must be there', () => {
    expect(() =>
      load(
        `bad:\n  - { format: shell, file: a.sh, expectLines: [1], code: x }\n${GOOD}    expectLines: [1]\n`,
      ),
    ).toThrow(`${FILE}: good[0] "fine": unknown field expectLines (a good example has title, format, file`);
    expect(() => load(GOOD)).toThrow(`${FILE}: bad: a list of at least one bad example is missing`);
    expect(() => load(`${GOOD}oops: 1\n`)).toThrow(`${FILE}: top level: unknown key oops (bad, good)`);
    expect(() => load('bad: [\n')).toThrow(`${FILE}: YAML:`);
    rmSync(join(dir, 'egr999-probe.examples.yaml'));
    expect(() => loadExamples(probe, dir)).toThrow(`${FILE}: file: missing`);
  });
});
