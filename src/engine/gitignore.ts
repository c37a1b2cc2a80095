// .gitignore rules, matched in linear time (src/config/glob.ts): the scanned repository writes them, and the
// `ignore` package's regular expressions backtrack without end on patterns such as `**/a/**/a/**/a/…/b`.
// Semantics as git's (gitignore(5)) and as `ignore().test()` reports them: the last matching rule decides, a `!`
// rule re-includes, and a path inside an ignored directory is ignored.
import { Glob } from '../config/glob.ts';

interface Rule {
  glob: Glob;
  negated: boolean;
  /** A trailing `/`: the rule matches directories only. */
  dirOnly: boolean;
}

/** What the rules of one .gitignore say about a path: ignored, re-included by a `!` rule, or nothing. */
export interface IgnoreVerdict {
  ignored: boolean;
  unignored: boolean;
}

export class GitIgnore {
  private readonly rules: Rule[] = [];

  constructor(text: string) {
    for (const raw of text.split(/\r?\n/)) {
      const rule = parseLine(raw);
      if (rule) this.rules.push(rule);
    }
  }

  /** A path relative to the .gitignore's directory; a directory's ends with `/`. */
  test(path: string): IgnoreVerdict {
    const isDir = path.endsWith('/');
    const parts = (isDir ? path.slice(0, -1) : path).split('/');
    // A directory above the path that is ignored hides it, whatever the rules say about the path itself.
    for (let i = 1; i < parts.length; i++) {
      const verdict = this.verdict(parts.slice(0, i).join('/'), true);
      if (verdict.ignored) return verdict;
    }
    return this.verdict(parts.join('/'), isDir);
  }

  private verdict(path: string, isDir: boolean): IgnoreVerdict {
    let verdict: IgnoreVerdict = { ignored: false, unignored: false };
    for (const rule of this.rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.negated ? !verdict.ignored && verdict.unignored : verdict.ignored) continue;
      if (rule.glob.test(path)) verdict = { ignored: !rule.negated, unignored: rule.negated };
    }
    return verdict;
  }
}

function parseLine(raw: string): Rule | undefined {
  // Trailing spaces are dropped unless escaped with a backslash.
  let line = raw.replace(/(?<!\\)\s+$/, '').replace(/\\(\s)$/, '$1');
  if (line === '' || line.startsWith('#')) return undefined;
  const negated = line.startsWith('!');
  if (negated) line = line.slice(1);
  else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
  const dirOnly = line.endsWith('/');
  if (dirOnly) line = line.slice(0, -1);
  if (line === '') return undefined;
  // A `/` at the start or in the middle anchors the pattern to this directory; else it matches at any depth.
  const anchored = line.includes('/');
  const pattern = anchored ? line.replace(/^\//, '') : `**/${line}`;
  return { glob: new Glob(pattern), negated, dirOnly };
}
