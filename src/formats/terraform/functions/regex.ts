// Terraform's regular expressions are Go's RE2. This translates an RE2 pattern into a JavaScript RegExp with the
// same meaning, or says why it cannot: what RE2 rejects is an error (as in Terraform), what RE2 accepts but
// JavaScript cannot express exactly (ungreedy mode, flags in the middle of a pattern) leaves the call unknown.
import { unknown, type Value } from '../values.ts';
import { EvalError, UnknownArgument } from './args.ts';

/** RE2's ASCII classes ([[:alpha:]]), as JavaScript class contents. */
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** RE2's \s is ASCII whitespace only; JavaScript's also matches Unicode spaces. */
const PERL_SPACE = '\\t\\n\\f\\r ';

/** Characters JavaScript's Unicode mode lets (and needs) a backslash escape outside a class. */
const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

export interface TranslatedRegex {
  regex: RegExp;
  /** Capture group names in order; '' for an unnamed group. */
  groups: string[];
}

function unsupported(pattern: string, why: string): never {
  throw new UnknownArgument(
    unknown(
      `/${pattern}/`,
      `the regular expression uses ${why}, which JavaScript cannot match exactly`,
    ) as Value & {
      t: 'unknown';
    },
  );
}

function invalid(pattern: string, why: string): never {
  throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: ${why}`);
}

function literalChar(c: string): string {
  return JS_SYNTAX.has(c) ? `\\${c}` : c;
}

function codePointEscape(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

/** `\p{Greek}` → `\p{Script=Greek}`; general categories (L, Lu, Nd…) are spelled the same. */
function unicodeClass(name: string, negated: boolean): string {
  const bare = name.startsWith('^') ? name.slice(1) : name;
  const neg = negated !== name.startsWith('^');
  const spelled = /^[A-Z][a-z]?$/.test(bare) || bare === 'Any' ? bare : `Script=${bare}`;
  if (bare === 'Any') return neg ? '[^\\s\\S]' : '[\\s\\S]';
  return `\\${neg ? 'P' : 'p'}{${spelled}}`;
}

const cache = new Map<string, TranslatedRegex>();

/** Translates an RE2 pattern; throws EvalError for an invalid one, UnknownArgument for one JavaScript cannot run. */
export function translateRe2(pattern: string): TranslatedRegex {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let flags = 'u';
  let i = 0;
  // Leading flags: (?i), (?s), (?m), (?ims); U (ungreedy) swaps greedy and lazy, which JavaScript has no switch for.
  const leading = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (leading) {
    for (const f of leading[1]) {
      if (f === 'U') unsupported(pattern, 'the ungreedy flag (?U)');
      if (!'ims'.includes(f)) invalid(pattern, `invalid or unsupported Perl syntax: (?${leading[1]})`);
      if (!flags.includes(f)) flags += f;
    }
    i = leading[0].length;
  }
  const groups: string[] = [];
  let out = '';
  let inClass = false;
  let classStart = false;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      const [text, used] = escape(pattern, i, inClass);
      out += text;
      i += used;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === ']' && !classStart) {
        inClass = false;
        out += ']';
      } else if (c === '[' && pattern[i + 1] === ':') {
        const end = pattern.indexOf(':]', i + 2);
        const name = end < 0 ? '' : pattern.slice(i + 2, end);
        if (name.startsWith('^')) unsupported(pattern, `a negated class [[:${name}:]]`);
        const body = POSIX_CLASSES[name];
        if (!body) invalid(pattern, `invalid character class range: [:${name}:]`);
        out += body;
        i = end + 2;
        classStart = false;
        continue;
      } else if (c === '[' || c === ']') out += `\\${c}`;
      else out += c;
      classStart = false;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      i++;
      if (pattern[i] === '^') {
        out += '^';
        i++;
      }
      classStart = true;
      continue;
    }
    if (c === '(') {
      if (pattern[i + 1] === '?') {
        const rest = pattern.slice(i + 2);
        const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (named) {
          groups.push(named[1]);
          out += `(?<${named[1]}>`;
          i += 2 + named[0].length;
          continue;
        }
        if (rest.startsWith(':')) {
          out += '(?:';
          i += 3;
          continue;
        }
        if (/^[=!]|^<[=!]/.test(rest)) invalid(pattern, 'invalid or unsupported Perl syntax: lookaround');
        if (/^[a-zA-Z-]+[:)]/.test(rest)) unsupported(pattern, 'flags inside the pattern');
        invalid(pattern, `invalid or unsupported Perl syntax: (?${rest.slice(0, 2)}`);
      }
      groups.push('');
      out += '(';
      i++;
      continue;
    }
    if (c === '{') {
      const rep = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (rep) {
        if (Number(rep[1]) > 1000 || (rep[3] && Number(rep[3]) > 1000))
          invalid(pattern, `invalid repeat count: ${rep[0]}`);
        out += rep[0];
        i += rep[0].length;
        continue;
      }
      out += '\\{'; // RE2 reads a brace that starts no repetition as a literal
      i++;
      continue;
    }
    if (c === '}' || c === '/') {
      out += `\\${c}`;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  if (inClass) invalid(pattern, 'missing closing ]');
  let regex: RegExp;
  try {
    regex = new RegExp(out, flags);
  } catch (error) {
    invalid(pattern, (error as Error).message);
  }
  const translated = { regex, groups };
  if (cache.size > 500) cache.clear();
  cache.set(pattern, translated);
  return translated;
}

/** One escape sequence at `pattern[i]` ('\\'): its JavaScript spelling and how many characters it used. */
function escape(pattern: string, i: number, inClass: boolean): [string, number] {
  const next = pattern[i + 1];
  if (next === undefined) invalid(pattern, 'trailing backslash at end of expression');
  switch (next) {
    case 'A':
      return inClass ? invalid(pattern, 'invalid escape sequence: \\A') : ['(?<![\\s\\S])', 2];
    case 'z':
      return inClass ? invalid(pattern, 'invalid escape sequence: \\z') : ['(?![\\s\\S])', 2];
    case 'C':
      return unsupported(pattern, '\\C (any byte)');
    case 's':
      return [inClass ? PERL_SPACE : `[${PERL_SPACE}]`, 2];
    case 'S':
      return inClass ? unsupported(pattern, '\\S inside a class') : [`[^${PERL_SPACE}]`, 2];
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 'n':
    case 't':
    case 'r':
    case 'f':
    case 'v':
      return [`\\${next}`, 2];
    case 'b':
    case 'B':
      return inClass ? invalid(pattern, `invalid escape sequence: \\${next}`) : [`\\${next}`, 2];
    case 'a':
      return ['\\x07', 2];
    case 'Q': {
      const end = pattern.indexOf('\\E', i + 2);
      const text = pattern.slice(i + 2, end < 0 ? undefined : end);
      return [[...text].map(literalChar).join(''), (end < 0 ? pattern.length : end + 2) - i];
    }
    case 'x': {
      const braced = /^\{([0-9a-fA-F]{1,8})\}/.exec(pattern.slice(i + 2));
      if (braced) return [codePointEscape(parseInt(braced[1], 16)), 2 + braced[0].length];
      const two = /^[0-9a-fA-F]{2}/.exec(pattern.slice(i + 2));
      if (!two) invalid(pattern, 'invalid escape sequence: \\x');
      return [codePointEscape(parseInt(two[0], 16)), 4];
    }
    case 'p':
    case 'P': {
      const braced = /^\{(\^?[A-Za-z_]+)\}/.exec(pattern.slice(i + 2));
      const name = braced ? braced[1] : pattern[i + 2];
      if (!name || !/^\^?[A-Za-z_]+$/.test(name))
        invalid(pattern, `invalid character class range: \\${next}`);
      return [unicodeClass(name, next === 'P'), braced ? 2 + braced[0].length : 3];
    }
  }
  if (/[0-7]/.test(next)) {
    // RE2: \0 and \1-\7 followed by digits are octal; a lone \1-\9 would be a backreference, which RE2 lacks.
    const octal = /^[0-7]{1,3}/.exec(pattern.slice(i + 1))?.[0] ?? '';
    if (next !== '0' && octal.length < 2) invalid(pattern, `invalid escape sequence: \\${next}`);
    return [codePointEscape(parseInt(octal, 8)), 1 + octal.length];
  }
  if (/[A-Za-z0-9]/.test(next)) invalid(pattern, `invalid escape sequence: \\${next}`);
  // Escaped punctuation is that character.
  if (inClass) return ['-]\\^['.includes(next) ? `\\${next}` : next, 2];
  return [literalChar(next), 2];
}
