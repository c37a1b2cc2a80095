// Fuzzing support: seed files (fixtures, and ../shared/corpus when present), fast-check arbitraries for random
// text and mutations of the seeds, the run count (`npm run fuzz -- --runs N`) and a per-input time bound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const REPO = new URL('../../', import.meta.url).pathname;
const CORPUS = join(REPO, '../shared/corpus');

/** Inputs per property: `npm run fuzz -- --runs N` (vitest.fuzz.config.ts passes it as FUZZ_RUNS). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Seeds larger than this are left out: mutations of big files only make each run slower. */
const MAX_SEED_BYTES = 48 * 1024;
/** Seeds per format from the corpus, taken evenly over its sorted file list so a run is reproducible. */
const MAX_CORPUS_SEEDS = 120;

export type SeedKind = 'tf' | 'tf.json' | 'tfvars' | 'cfn-yaml' | 'cfn-json' | 'pulumi' | 'plan' | 'host';

function walk(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(path, out);
    else if (stat?.isFile() && stat.size <= MAX_SEED_BYTES) out.push(path);
  }
  return out;
}

function evenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]);
}

function kindOf(path: string, text: string): SeedKind | undefined {
  // Host firewall sources: scripts, rule files, cloud-config, Ansible tasks (src/providers/host).
  if (/\.(sh|rules|v4|v6)$/.test(path) || /^#(!|cloud-config)/.test(text)) return 'host';
  if (/\.ya?ml$/.test(path) && /\b(ufw|ip6?tables)\s*:/.test(text)) return 'host';
  if (path.endsWith('.tf')) return 'tf';
  if (path.endsWith('.tf.json')) return 'tf.json';
  if (path.endsWith('.tfvars')) return 'tfvars';
  if (/\.(ya?ml|template)$/.test(path))
    return /Resources|AWSTemplateFormatVersion/.test(text) ? 'cfn-yaml' : undefined;
  if (path.endsWith('.json')) {
    if (/"(deployment|checkpoint)"/.test(text)) return 'pulumi';
    if (/"(planned_values|resource_changes|format_version)"/.test(text)) return 'plan';
    if (/"Resources"/.test(text)) return 'cfn-json';
  }
  return undefined;
}

let cache: Map<SeedKind, string[]> | undefined;

/** Seed texts by kind: every fixture, and a sample of the shared corpus. */
export function seeds(): Map<SeedKind, string[]> {
  if (cache) return cache;
  cache = new Map();
  const add = (paths: readonly string[]) => {
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const kind = kindOf(path, text);
      if (kind) cache!.set(kind, [...(cache!.get(kind) ?? []), text]);
    }
  };
  add(walk(join(REPO, 'fixtures')));
  for (const sub of ['terraform', 'cloudformation', 'pulumi', 'plan'])
    add(evenly(walk(join(CORPUS, sub)), MAX_CORPUS_SEEDS));
  return cache;
}

/** Fragments that steer mutations into the parsers' interesting corners. */
const FRAGMENTS = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  "'",
  '${',
  '%{',
  '}',
  '~}',
  '<<EOF\n',
  '<<-EOT\n',
  '\nEOF\n',
  '\\',
  '\\u',
  '#',
  '//',
  '/*',
  '*/',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\ufeff',
  '\u00e9',
  '\ud83d\ude00',
  '\ud800',
  '=',
  ':',
  ',',
  '.',
  '...',
  '=>',
  '?',
  '*',
  '&a ',
  '*a',
  '!Ref ',
  '!Sub ',
  '!If [',
  '!GetAtt ',
  '- ',
  ': ',
  '---\n',
  '... \n',
  '? ',
  '|\n',
  '>-\n',
  'null',
  'true',
  '-1',
  '1e999',
  '0x10',
  '0.0.0.0/0',
  '::/0',
  '10.0.0.0/8',
  'for x in y :',
  'if',
  'dynamic "egress"',
  'egress {',
  'ingress',
  'cidr_blocks',
  'module "m" { source = "./m" }',
  'var.x',
  'local.y',
  'count.index',
  'each.value',
  '"Fn::If"',
  '"Ref"',
  '"Fn::Sub"',
  '"Type"',
  '"AWS::EC2::SecurityGroup"',
  '"SecurityGroupEgress"',
  '"egress"',
  '"urn"',
  '"type"',
  '"outputs"',
  '"inputs"',
  '"resources"',
  '4dabf18193072939515e22adb298388d',
  '# egress-lint:ignore EGR002 -- reason',
  '# egress-lint:ignore EGR9 exp:2020-13-40',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

/** Values that keep a file parseable but change what it means: the evaluator, extractors and rules get exercised. */
const VALUES = [
  '"0.0.0.0/0"',
  '"::/0"',
  '"10.0.0.0/8"',
  '"1.2.3.4/0"',
  '"0.0.0.0/1"',
  '"128.0.0.0/1"',
  '"300.1.1.1/33"',
  '"fe80::/10"',
  '"-1"',
  '-1',
  '0',
  '25',
  '465',
  '587',
  '2525',
  '65535',
  '65536',
  '-5',
  '1.5',
  '"tcp"',
  '"udp"',
  '"icmp"',
  '"all"',
  '"6"',
  '"17"',
  '"58"',
  'null',
  'true',
  '[]',
  '{}',
  '[null]',
  '""',
  '"*"',
  '"Internet"',
  '"Any"',
  'var.x',
  'local.y',
  '"${var.z}"',
  'aws_security_group.other.id',
  '"sg-0123"',
  '"pl-0123"',
  '["0.0.0.0/0", "::/0"]',
  '{ Ref: X }',
  '"Allow"',
  '"Deny"',
  '"Outbound"',
  '"EGRESS"',
  '"egress"',
  '"ingress"',
  '4096',
  '"4dabf18193072939515e22adb298388d"',
];
/** A quoted string or a number: where a value can be swapped without breaking the syntax. */
const VALUE_SLOT = /"(?:[^"\\\n]|\\.){0,60}"|-?\b\d+(?:\.\d+)?\b/g;

type Mutation = (text: string, at: number, other: string) => string;

/** Replaces the value slot nearest after `at` (wrapping around) with one of VALUES. */
function swapValue(value: string): Mutation {
  return (text, at) => {
    const slots = [...text.matchAll(VALUE_SLOT)];
    if (slots.length === 0) return text;
    const slot = slots.find((m) => (m.index ?? 0) >= at) ?? slots[0];
    const start = slot.index ?? 0;
    return text.slice(0, start) + value + text.slice(start + slot[0].length);
  };
}

/** One random edit at a random place: delete, insert, duplicate, replace, truncate, splice, repeat. */
const mutation: fc.Arbitrary<{ edit: Mutation; at: number }> = fc.record({
  at: fc.nat(),
  edit: fc.oneof(
    fc.nat(64).map(
      (n): Mutation =>
        (t, at) =>
          t.slice(0, at) + t.slice(at + n),
    ),
    fragment.map(
      (f): Mutation =>
        (t, at) =>
          t.slice(0, at) + f + t.slice(at),
    ),
    fc.nat(256).map(
      (n): Mutation =>
        (t, at) =>
          t.slice(0, at + n) + t.slice(at),
    ),
    fragment.map(
      (f): Mutation =>
        (t, at) =>
          t.slice(0, at) + f + t.slice(at + f.length),
    ),
    fc.constant<Mutation>((t, at) => t.slice(0, at)),
    fc.nat().map(
      (n): Mutation =>
        (t, at, other) =>
          t.slice(0, at) + other.slice(n % (other.length + 1)),
    ),
    fc.tuple(fragment, fc.integer({ min: 2, max: 400 })).map(
      ([f, n]): Mutation =>
        (t, at) =>
          t.slice(0, at) + f.repeat(n) + t.slice(at),
    ),
    fc.constantFrom(...VALUES).map(swapValue),
    fc.constantFrom(...VALUES).map(swapValue),
    fc.constantFrom(...VALUES).map(swapValue),
  ),
});

/** A seed of one of `kinds`, mutated 1 to 5 times (or random text, now and then). */
export function mutatedText(kinds: readonly SeedKind[]): fc.Arbitrary<string> {
  const pool = kinds.flatMap((k) => seeds().get(k) ?? []);
  const randomText = fc.oneof(
    fc.string({ maxLength: 2000, unit: 'binary' }),
    fc.array(fragment, { maxLength: 200 }).map((f) => f.join('')),
  );
  if (pool.length === 0) return randomText;
  const mutated = fc
    .tuple(
      fc.nat(pool.length - 1),
      fc.nat(pool.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 5 }),
    )
    .map(([i, j, edits]) =>
      edits.reduce((text, { edit, at }) => edit(text, at % (text.length + 1), pool[j]), pool[i]),
    );
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: randomText });
}

/**
 * Runs `check` on one input and fails when it took longer than `boundMs`: a hang shows as a slow input with the
 * input in the message (the bound is generous, for a loaded machine; the work is synchronous, so it is measured).
 */
export function withinTimeBound<T>(boundMs: number, input: string, check: () => T): T {
  const start = performance.now();
  const result = check();
  const elapsed = performance.now() - start;
  if (elapsed > boundMs) {
    throw new Error(
      `took ${elapsed.toFixed(0)} ms (bound ${boundMs} ms) on an input of ${input.length} characters: ${JSON.stringify(input.slice(0, 300))}`,
    );
  }
  return result;
}

/** A position a diagnostic or parse error may carry: 1-based, whole numbers. */
export function isPosition(line: unknown, column: unknown): boolean {
  return (
    Number.isInteger(line) && (line as number) >= 1 && Number.isInteger(column) && (column as number) >= 1
  );
}
