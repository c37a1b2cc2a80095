// Glob matching in linear time. The scanned repository controls its .gitignore files and its egress-lint config
// (`ignore`, `overrides[].files`, `ignoreResources`): a pattern with many `*` or `**` must not make a run take
// minutes, as the regular expressions of minimatch and `ignore` do (catastrophic backtracking; `*a*a*a*a*a*a*a*b`
// took 4 s on a 40-character name, `**/a/**/a/…` never finished on a deep path). A pattern is compiled into a
// sequence of steps and matched by simulating every position of the pattern at once: time is at most the
// pattern's length times the path's, whatever the pattern.

/** One step of a compiled pattern. */
type Step =
  | { kind: 'char'; char: string }
  /** `?`: one character other than `/` (any character where `/` is not special). */
  | { kind: 'one' }
  /** `[…]`: one character of a set (never `/` where `/` is special). */
  | { kind: 'class'; negated: boolean; ranges: [string, string][] }
  /** `*`: any run of characters other than `/` (any run where `/` is not special). */
  | { kind: 'star' }
  /** `**` as a whole path segment: any run of characters, `/` included. */
  | { kind: 'globstar' }
  /** `**\/`: nothing, or any run of characters ending with `/` (zero or more whole directories). */
  | { kind: 'dirs' };

export interface GlobOptions {
  /** `/` separates segments: `*`, `?` and classes never match it (paths); false for ids such as URNs. */
  segments: boolean;
  /** Only `*` and `?` are special (ids such as `aws_security_group.x["a"]`): no classes, braces or escapes. */
  wildcardsOnly?: boolean;
}

/** Alternatives a `{a,b}` pattern expands to at most; further braces match themselves. */
const MAX_BRACE_ALTERNATIVES = 64;

/** A compiled glob: `test(text)` in time linear in the text (times the pattern's length). */
export class Glob {
  private readonly alternatives: Step[][];

  constructor(
    pattern: string,
    private readonly options: GlobOptions = { segments: true },
  ) {
    this.alternatives = options.wildcardsOnly
      ? [compileWildcards(pattern)]
      : expandBraces(pattern).map((p) => compile(p, options.segments));
  }

  test(text: string): boolean {
    return this.alternatives.some((steps) => run(steps, text, this.options.segments));
  }
}

/** `{a,b}c` → `ac`, `bc` (nested too), up to MAX_BRACE_ALTERNATIVES results. */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const out: string[] = [];
  for (const option of options) {
    for (const expanded of expandBraces(pattern.slice(0, start) + option + pattern.slice(end + 1))) {
      if (out.length >= MAX_BRACE_ALTERNATIVES) return out;
      out.push(expanded);
    }
  }
  return out;
}

/** The first `{…,…}` with a top-level comma, and its options. */
function findBrace(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const options: string[] = [];
    let from = start + 1;
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        options.push(pattern.slice(from, i));
        if (options.length > 1) return { start, end: i, options };
        break;
      } else if (c === ',' && depth === 1) {
        options.push(pattern.slice(from, i));
        from = i + 1;
      }
    }
  }
  return undefined;
}

function compile(pattern: string, segments: boolean): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      steps.push({ kind: 'char', char: pattern[++i] });
    } else if (c === '*') {
      let j = i;
      while (pattern[j + 1] === '*') j++;
      const double = j > i;
      const segmentStart = i === 0 || pattern[i - 1] === '/';
      const segmentEnd = j + 1 === pattern.length || pattern[j + 1] === '/';
      if (double && segments && segmentStart && segmentEnd) {
        if (pattern[j + 1] === '/') {
          steps.push({ kind: 'dirs' });
          j++; // the `/` belongs to the step
        } else steps.push({ kind: 'globstar' });
      } else if (steps[steps.length - 1]?.kind !== 'star') steps.push({ kind: 'star' });
      i = j;
    } else if (c === '?') {
      steps.push({ kind: 'one' });
    } else if (c === '[') {
      const parsed = parseClass(pattern, i);
      if (parsed) {
        steps.push(parsed.step);
        i = parsed.end;
      } else steps.push({ kind: 'char', char: c });
    } else {
      steps.push({ kind: 'char', char: c });
    }
  }
  return steps;
}

function compileWildcards(pattern: string): Step[] {
  const steps: Step[] = [];
  for (const c of pattern) {
    if (c === '*') {
      if (steps[steps.length - 1]?.kind !== 'star') steps.push({ kind: 'star' });
    } else steps.push(c === '?' ? { kind: 'one' } : { kind: 'char', char: c });
  }
  return steps;
}

/**
 * A path glob as config files write them (`ignore`, `overrides[].files`): `./` is the base directory, and a glob
 * without `/` (but a trailing one) matches a name in any directory, as in .gitignore and ESLint.
 */
export function pathGlob(pattern: string): Glob {
  const bare = pattern.replace(/^\.\//, '');
  return new Glob(bare.replace(/\/$/, '').includes('/') ? bare : `**/${bare}`);
}

/** `[abc]`, `[a-z]`, `[!a]`, `[^a]`; undefined when the bracket is not closed (then it is a literal). */
function parseClass(pattern: string, at: number): { step: Step; end: number } | undefined {
  let i = at + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < pattern.length; first = false) {
    let c = pattern[i];
    if (c === ']' && !first) return { step: { kind: 'class', negated, ranges }, end: i };
    if (c === '\\' && i + 1 < pattern.length) c = pattern[++i];
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      let to = pattern[i + 2];
      i += 2;
      if (to === '\\' && i + 1 < pattern.length) to = pattern[++i];
      ranges.push([c, to]);
    } else ranges.push([c, c]);
    i++;
  }
  return undefined;
}

function stepMatches(step: Step, c: string, segments: boolean): boolean {
  const separator = segments && c === '/';
  switch (step.kind) {
    case 'char':
      return step.char === c;
    case 'one':
      return !separator;
    case 'class':
      return !separator && step.ranges.some(([from, to]) => c >= from && c <= to) !== step.negated;
    default:
      return false;
  }
}

/**
 * Simulates the pattern at every position at once: `active[i]` says the text read so far can end just before
 * step i. Each character is read once, each step looked at once per character.
 */
function run(steps: Step[], text: string, segments: boolean): boolean {
  const n = steps.length;
  let active = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // Inside a `**\/` (part way through a directory name): it may not end there, so it is not closed over.
  const inside = new Uint8Array(n + 1);
  active[0] = 1;
  closure(steps, active);
  for (let t = 0; t < text.length; t++) {
    const c = text[t];
    next.fill(0);
    inside.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      const step = steps[i];
      if (step.kind === 'star') {
        if (!(segments && c === '/')) next[i] = 1;
      } else if (step.kind === 'globstar') next[i] = 1;
      else if (step.kind === 'dirs') {
        if (c === '/')
          next[i] = 1; // a whole directory read: another may follow, or the rest of the pattern
        else inside[i] = 1;
      } else if (stepMatches(step, c, segments)) next[i + 1] = 1;
    }
    closure(steps, next);
    for (let i = 0; i < n; i++) if (inside[i]) next[i] = 1;
    for (let i = 0; i <= n && !any; i++) any = next[i] === 1;
    if (!any) return false;
    [active, next] = [next, active];
  }
  return active[n] === 1;
}

/** Steps that may match nothing (`*`, `**`, `**\/`) let the simulation go on past them without reading. */
function closure(steps: Step[], active: Uint8Array): void {
  for (let i = 0; i < steps.length; i++) {
    const kind = steps[i].kind;
    if (active[i] && (kind === 'star' || kind === 'globstar' || kind === 'dirs')) active[i + 1] = 1;
  }
}
