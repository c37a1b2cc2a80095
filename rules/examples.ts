// The rules' examples live beside each rule in rules/<id>-<name>.examples.yaml (as trivy-checks keeps its checks'):
// loaded and checked here for the tests that run them (test/rules.test.ts) and the pages that show them
// (scripts/gen-docs.ts). The linter itself never reads them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { validateConfig } from '../src/config/validate.ts';
import type { Level, Rule } from '../src/engine/types.ts';
import { configOptions, type ConfigOptionValues } from './options.ts';

export const EXAMPLE_FORMATS = [
  'terraform',
  'cloudformation-yaml',
  'cloudformation-json',
  'pulumi',
  'terraform-plan',
  'shell',
  'iptables-save',
  'cloud-init',
  'ansible',
] as const;

/** An example that is run as a test and rendered into the rule's docs. */
export interface RuleExample {
  format: (typeof EXAMPLE_FORMATS)[number];
  /** File name within a virtual project, e.g. main.tf, template.yaml */
  file: string;
  /** The file's text, exactly (a YAML `|` block keeps one final newline). */
  code: string;
  /** Lines (1-based, in `code`) where the rule must fire; empty for a good example (which omits the field). */
  expectLines: number[];
  /** The level of each finding, in the order of `expectLines`, when the example is about levels. */
  expectLevels?: Level[];
  /** Text the first finding's message must contain, when the example is about what the message says. */
  expectMessage?: string;
  title?: string;
  /** Overrides applied when running this example (e.g. relays), as they would be written in `.egress-lint.yml`. */
  settings?: Partial<ConfigOptionValues>;
}

export interface RuleExamples {
  bad: RuleExample[];
  good: RuleExample[];
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note'];
const FIELDS = {
  bad: ['title', 'format', 'file', 'settings', 'expectLines', 'expectLevels', 'expectMessage', 'code'],
  good: ['title', 'format', 'file', 'settings', 'code'],
};

/** The examples file of a rule: `egr001-egress-not-declared.examples.yaml` beside `egr001-egress-not-declared.ts`. */
export function examplesFileOf(rule: Rule): string {
  return `${rule.meta.id.toLowerCase()}-${rule.meta.name}.examples.yaml`;
}

/** A wrong or missing field, naming the file, the example and the field. */
export class ExampleError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'ExampleError';
  }
}

type Fields = Record<string, unknown>;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function checkExample(kind: 'bad' | 'good', data: unknown, fail: (problem: string) => never): RuleExample {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('not a mapping');
  const e = data as Fields;
  const unknown = Object.keys(e).filter((key) => !FIELDS[kind].includes(key));
  if (unknown.length > 0)
    fail(
      `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (a ${kind} example has ${FIELDS[kind].join(', ')})`,
    );
  if (e.title !== undefined && !isText(e.title)) fail('title is not text');
  if (!EXAMPLE_FORMATS.includes(e.format as RuleExample['format']))
    fail(`format ${JSON.stringify(e.format)} is not one of ${EXAMPLE_FORMATS.join(', ')}`);
  if (!isText(e.file)) fail('file (the name the code is linted as) is missing or not text');
  if (!isText(e.code)) fail('code is missing or not text');
  const lineCount = e.code.replace(/\n$/, '').split('\n').length;
  if (kind === 'bad') {
    const lines = e.expectLines;
    if (!Array.isArray(lines) || lines.length === 0)
      fail('expectLines (the lines the rule reports) is missing');
    for (const line of lines)
      if (!Number.isInteger(line) || line < 1 || line > lineCount)
        fail(`expectLines: ${JSON.stringify(line)} is not a line of code (1-${lineCount})`);
    if (e.expectLevels !== undefined) {
      const levels = e.expectLevels;
      if (!Array.isArray(levels) || levels.length !== lines.length)
        fail('expectLevels must give one level per entry of expectLines');
      const wrong = levels.find((level) => !LEVELS.includes(level));
      if (wrong !== undefined)
        fail(`expectLevels: ${JSON.stringify(wrong)} is not one of ${LEVELS.join(', ')}`);
    }
    if (e.expectMessage !== undefined && !isText(e.expectMessage)) fail('expectMessage is not text');
  }
  if (e.settings !== undefined) {
    const settings = e.settings;
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
      fail('settings is not a mapping');
    const other = Object.keys(settings).filter((key) => !(key in configOptions));
    if (other.length > 0)
      fail(`settings: ${other.join(', ')} is not a rule setting (${Object.keys(configOptions).join(', ')})`);
    try {
      validateConfig(structuredClone(settings), 'settings');
    } catch (error) {
      fail((error as Error).message);
    }
  }
  return { ...(e as unknown as RuleExample), expectLines: kind === 'bad' ? (e.expectLines as number[]) : [] };
}

/** The rule's examples from `rulesDir`, checked: throws an ExampleError naming the file and example when one is wrong. */
export function loadExamples(rule: Rule, rulesDir: string): RuleExamples {
  const file = join(rulesDir, examplesFileOf(rule));
  const name = `rules/${examplesFileOf(rule)}`;
  if (!existsSync(file))
    throw new ExampleError(name, 'file', `missing: every rule has its good and bad examples beside it`);
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length > 0) throw new ExampleError(name, 'YAML', document.errors[0].message);
  if (!isMap(document.contents)) throw new ExampleError(name, 'top level', 'not a mapping of bad: and good:');
  const data = document.toJS() as Fields;
  const stray = Object.keys(data).filter((key) => key !== 'bad' && key !== 'good');
  if (stray.length > 0)
    throw new ExampleError(name, 'top level', `unknown key ${stray.join(', ')} (bad, good)`);
  const examples: RuleExamples = { bad: [], good: [] };
  for (const kind of ['bad', 'good'] as const) {
    const list = document.get(kind);
    if (!isSeq(list) || list.items.length === 0)
      throw new ExampleError(name, kind, `a list of at least one ${kind} example is missing`);
    examples[kind] = (data[kind] as unknown[]).map((entry, i) => {
      const title = (entry as Fields | null)?.title;
      const where = `${kind}[${i}]${typeof title === 'string' ? ` "${title}"` : ''}`;
      return checkExample(kind, entry, (problem) => {
        throw new ExampleError(name, where, problem);
      });
    });
  }
  return examples;
}
