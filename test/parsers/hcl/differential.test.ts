// parseHcl against HashiCorp's parser (hclref, built by ../shared/tools/hclref/build.sh into /tmp/hclref).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareWithHclref,
  formatReport,
  hclrefAvailable,
  runHclref,
} from '../../../scripts/hcl-differential-lib.ts';
import { parseHcl } from '../../../src/formats/hcl/index.ts';
import { corpusPath } from '../../corpus.ts';
import { FIXTURES } from './helpers.ts';

const CORPUS = corpusPath('terraform');
const haveRef = hclrefAvailable();
const haveCorpus = existsSync(CORPUS);

describe('differential against hclref', () => {
  it.skipIf(!haveRef || !haveCorpus)(
    'agrees on every corpus file: verdict and every block/attribute position',
    () => {
      const r = compareWithHclref([CORPUS]);
      expect(r.files).toBeGreaterThan(800);
      expect(r.disagreements, formatReport(r)).toEqual([]);
      expect(r.verdictAgree).toBe(r.files);
      expect(r.itemsMatched).toBe(r.itemsTotal);
      expect(r.itemsTotal).toBeGreaterThan(30000);
    },
  );

  it.skipIf(!haveRef)('agrees on the feature fixtures (provider::ns::fn needs HCL >= 2.21, left out)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hcl-fixtures-'));
    try {
      for (const f of readdirSync(FIXTURES)) {
        if (f.endsWith('.tf') && f !== 'functions-namespaced.tf') writeFileSync(join(dir, f), parseSource(f));
      }
      const r = compareWithHclref([dir]);
      expect(r.files).toBeGreaterThanOrEqual(12);
      expect(r.disagreements, formatReport(r)).toEqual([]);
      expect(r.itemFiles).toBe(r.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const invalid: Record<string, string> = {
    'unclosed-block': 'a {\n  b = 1\n',
    'equals-twice': 'a = = 1\n',
    'quoted-newline': 'a = "x\ny"\n',
    'missing-newline': 'a = 1 b = 2\n',
    'heredoc-at-eof': 'a = <<EOT\nx\nEOT',
    'unclosed-tuple': 'a = [1, 2\n',
    duplicate: 'a = 1\na = 2\n',
    'unclosed-interp': 'a = "${x"\n',
    'one-line-two-args': 'a { b = 1, c = 2 }\n',
    'missing-endif': 'a = "%{ if x }y"\n',
    'unterminated-comment': 'a = 1 /* x\n',
    'single-quotes': "a = 'x'\n",
    'bad-escape': 'a = "\\q"\n',
    'brace-next-line': 'a\n{\n}\n',
    'bad-number': 'a = 1.2.3\n',
    'legacy-chain': 'a = x.0.1\n',
    'tuple-for-key': 'a = [for x in y : x => x]\n',
    'object-for-no-key': 'a = {for x in y : x}\n',
    'object-newline-op': 'a = {\n  b = 1 +\n  2\n}\n',
    semicolon: 'a = 1;\n',
    bitwise: 'a = x & y\n',
    'label-template': 'a "${x}" {}\n',
    'block-after-block': 'a {} b {}\n',
    'dot-newline': 'a = x\n.y\n',
    'nested-attr-splat': 'a = x.*.y.*\n',
    'else-without-if': 'a = "%{ else }"\n',
    'bad-directive': 'a = "%{ bogus }"\n',
    'lone-cr': 'a = 1\rb = 2\n',
    'curly-quotes': 'a = \u201cx\u201d\n',
    'unicode-escape': 'a = "\\u12"\n',
  };

  it.skipIf(!haveRef)('crafted invalid inputs: hclref and parseHcl both reject them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hcl-invalid-'));
    try {
      for (const [name, src] of Object.entries(invalid)) writeFileSync(join(dir, name + '.tf'), src);
      for (const f of readdirSync(join(FIXTURES, 'invalid')))
        writeFileSync(join(dir, 'fixture-' + f), parseSource('invalid/' + f));
      const dumps = runHclref([dir]);
      expect(dumps.length).toBe(Object.keys(invalid).length + readdirSync(join(FIXTURES, 'invalid')).length);
      const verdicts = dumps.map((d) => {
        const name = d.file.slice(dir.length + 1);
        const src = name.startsWith('fixture-')
          ? parseSource('invalid/' + name.slice(8))
          : invalid[name.slice(0, -3)];
        return { name, hclref: (d.errors ?? []).length > 0, ours: parseHcl(src).errors.length > 0 };
      });
      expect(verdicts.filter((v) => !v.hclref || !v.ours)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!haveRef)('crafted tricky valid inputs: both accept them with the same items', () => {
    const valid: Record<string, string> = {
      'heredoc-nested': 'a = <<EOT\n${<<EOF\ny\nEOF\n}\nEOT\nb = 1\n',
      'marker-spaces': 'a = <<EOT\nx\n  EOT  \nb = 2\n',
      'paren-newlines': 'a = (x\n.y)\n',
      'for-multiline': 'a = {\nfor k, v in m : k => v\n}\n',
      'index-newline': 'a = x[\n0\n]\n',
      'comment-in-one-line-block': 'a {/*\n*/ b = 1 }\nc = 2\n',
      tabs: 'a\t=\t1\n',
      'unicode-ident': '\u00e4 = \u00e4\n',
      'legacy-splat-index': 'a = x.*.y.0\n',
      'call-on-newline-in-parens': 'a = (f\n(1))\n',
      'eof-without-newline': 'a {\n  b = 1\n}',
      crlf: 'a {\r\n  b = <<-EOT\r\n    x\r\n  EOT\r\n}\r\n',
    };
    const dir = mkdtempSync(join(tmpdir(), 'hcl-valid-'));
    try {
      for (const [name, src] of Object.entries(valid)) writeFileSync(join(dir, name + '.tf'), src);
      const r = compareWithHclref([dir]);
      expect(r.files).toBe(Object.keys(valid).length);
      expect(r.disagreements, formatReport(r)).toEqual([]);
      expect(r.itemFiles).toBe(r.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function parseSource(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}
