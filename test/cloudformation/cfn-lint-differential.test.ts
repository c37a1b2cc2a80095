// egress-lint parses every template cfn-lint parses (CloudFormation reads YAML as PyYAML does; cfn-lint too).
// cfn-lint costs ~0.1 s per template, so it runs once over all the files it has no verdict for, and its verdicts
// are cached by content hash (and cfn-lint version) in node_modules/.cache, which git ignores. Skipped, with one
// line saying why, where cfn-lint or the corpus is absent.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../src/formats/cloudformation/template.ts';
import type { SourceFile } from '../../src/engine/types.ts';
import { FIXTURES, readTree } from '../helpers.ts';

const CORPUS = new URL('../../../shared/corpus/cloudformation/', import.meta.url).pathname;
const CACHE = new URL('../../node_modules/.cache/egress-lint/cfn-lint-parse.json', import.meta.url).pathname;
/** Files cfn-lint is given: what it reads as templates. */
const TEMPLATE_FILE = /\.(ya?ml|json|template)$/;

const version = (() => {
  const run = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
})();

/** cfn-lint's verdict per file: undefined when it parsed the file, else its E0000 message. */
function cfnLintParseErrors(files: SourceFile[]): Map<SourceFile, string | undefined> {
  const hash = (f: SourceFile) => createHash('sha256').update(`${version}\0${f.text}`).digest('hex');
  const cache: Record<string, string | null> = existsSync(CACHE)
    ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string | null>)
    : {};
  const missing = files.filter((f) => !(hash(f) in cache));
  if (missing.length > 0) {
    const run = spawnSync('cfn-lint', ['--format', 'parseable', '-t', ...missing.map((f) => f.absPath)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    const errors = new Map<string, string>();
    // file:line:column:endLine:endColumn:RULE:message
    for (const line of run.stdout.split('\n')) {
      const m = /^(.*?):\d+:\d+:\d+:\d+:E0000:(.*)$/.exec(line);
      if (m) errors.set(m[1], m[2]);
    }
    for (const f of missing) cache[hash(f)] = errors.get(f.absPath) ?? null;
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));
  }
  return new Map(files.map((f) => [f, cache[hash(f)] ?? undefined]));
}

/** Files cfn-lint parses and egress-lint does not, with egress-lint's error. */
function parsedOnlyByCfnLint(files: SourceFile[]): string[] {
  const verdicts = cfnLintParseErrors(files);
  return files.flatMap((f) => {
    if (verdicts.get(f) !== undefined) return [];
    const loaded = loadTemplate(f);
    return loaded.kind === 'invalid' ? [`${f.path}: ${loaded.diagnostics[0]?.message}`] : [];
  });
}

describe('differential against cfn-lint (`cfn-lint -t`, E0000: could not parse)', () => {
  if (!version) console.log('cfn-lint is not installed: the differential YAML test is skipped');
  else if (!existsSync(CORPUS))
    console.log(`${CORPUS} is absent: the corpus part of the cfn-lint test is skipped`);

  it.skipIf(!version || !existsSync(CORPUS))(
    'parses every corpus template cfn-lint parses',
    () => {
      const files = readTree(CORPUS).filter((f) => TEMPLATE_FILE.test(f.path));
      expect(files.length).toBeGreaterThan(300);
      expect(parsedOnlyByCfnLint(files)).toEqual([]);
    },
    300_000,
  );

  it.skipIf(!version)(
    'parses the lenient-indentation fixtures, which cfn-lint parses',
    () => {
      const files = readTree(join(FIXTURES, 'cloudformation/lenient-yaml'));
      const verdicts = cfnLintParseErrors(files);
      expect([...verdicts.values()]).toEqual(files.map(() => undefined));
      expect(parsedOnlyByCfnLint(files)).toEqual([]);
    },
    60_000,
  );
});
