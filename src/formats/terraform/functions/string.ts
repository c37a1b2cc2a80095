// String functions: https://developer.hashicorp.com/terraform/language/functions (String Functions).
import type { Value } from '../values.ts';
import {
  unknownIfTooLarge,
  def,
  fail,
  graphemes,
  list,
  needInteger,
  needList,
  needObject,
  needString,
  str,
  type FunctionDef,
} from './args.ts';
import { formatValue } from './format.ts';
import { translateRe2 } from './regex.ts';

/** One match as Terraform's regex returns it: the match, a list of captures, or a map of named captures. */
function matchResult(match: RegExpExecArray, groups: string[], pattern: string): Value {
  if (groups.length === 0) return str(match[0]);
  const named = groups.filter((g) => g !== '').length;
  if (named > 0 && named < groups.length)
    fail('regex', `pattern ${JSON.stringify(pattern)} mixes named and unnamed capture groups`);
  const capture = (i: number): Value => (match[i] === undefined ? { t: 'null' } : str(match[i]));
  if (named === 0) return list(groups.map((_, i) => capture(i + 1)));
  return { t: 'object', attrs: new Map(groups.map((name, i) => [name, capture(i + 1)])) };
}

function allMatches(pattern: string, text: string): RegExpExecArray[] {
  const { regex } = translateRe2(pattern);
  const global = new RegExp(regex.source, `${regex.flags}g`);
  const out: RegExpExecArray[] = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push(m);
    if (m[0] === '') global.lastIndex += (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** Go's Regexp.Expand: `$1`, `${1}`, `$name`, `${name}` (the longest name), `$$`; a missing group is empty. */
function expandReplacement(
  template: string,
  match: string[],
  groups: Record<string, string | undefined>,
): string {
  return template.replace(
    /\$(\$|\{(\w+)\}|(\w+))/g,
    (whole, _all: string, braced?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const name = (braced ?? bare) as string;
      if (/^\d+$/.test(name)) return match[Number(name)] ?? '';
      return groups[name] ?? '';
    },
  );
}

function replace(text: string, search: string, replacement: string): string {
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
    const pattern = search.slice(1, -1);
    const { regex } = translateRe2(pattern);
    const global = new RegExp(regex.source, `${regex.flags}g`);
    return text.replace(global, (...args: unknown[]) => {
      const last = args[args.length - 1];
      const groups = (typeof last === 'object' && last !== null ? last : {}) as Record<
        string,
        string | undefined
      >;
      const count = args.findIndex((a) => typeof a === 'number');
      return expandReplacement(replacement, args.slice(0, count) as string[], groups);
    });
  }
  const count = search === '' ? text.length + 1 : text.split(search).length - 1;
  unknownIfTooLarge('replace', text.length + count * replacement.length);
  return text.replaceAll(search, replacement);
}

// Go maps case one character at a time (unicode.ToUpper/ToLower), where JavaScript applies Unicode's full mappings:
// `ß` has no one-character capital and stays (JavaScript: `SS`); `Σ` is `σ` wherever it stands (JavaScript: `ς` at a
// word's end); `İ` is `i` (JavaScript: `i` and a combining dot).
function upperChar(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === c.length || [...upper].length === 1 ? upper : c;
}

function lowerChar(c: string): string {
  return [...c.toLowerCase()][0] ?? c;
}

/** Go's strings.Title: the first letter of each word upper-cased; letters, digits, `_` and `'` continue a word. */
function title(text: string): string {
  let previous = ' ';
  let out = '';
  for (const c of text) {
    out += /[\p{L}\p{N}_']/u.test(previous) ? c : upperChar(c);
    previous = c;
  }
  return out;
}

/** Go's strings.Trim: characters in `cutset` removed from both ends. */
function trimChars(text: string, cutset: string): string {
  const chars = new Set(cutset);
  const items = [...text];
  let start = 0;
  let end = items.length;
  while (start < end && chars.has(items[start])) start++;
  while (end > start && chars.has(items[end - 1])) end--;
  return items.slice(start, end).join('');
}

function substr(text: string, offset: number, length: number): string {
  const chars = graphemes(text);
  let from = offset < 0 ? chars.length + offset : offset;
  if (from < 0) from = 0;
  if (from > chars.length) fail('substr', 'offset is beyond the end of the string');
  return chars.slice(from, length < 0 ? undefined : from + length).join('');
}

export const STRING_FUNCTIONS: Record<string, FunctionDef> = {
  chomp: def(1, 1, ([s]) => str(needString(s, 'chomp').replace(/(?:\r\n?|\n)*$/, ''))),
  endswith: def(2, 2, ([s, x]) => ({
    t: 'bool',
    v: needString(s, 'endswith').endsWith(needString(x, 'endswith')),
  })),
  format: def(1, Infinity, ([spec, ...args], ctx) =>
    str(formatValue(needString(spec, 'format'), args), ctx.src),
  ),
  formatlist: def(1, Infinity, ([spec, ...args], ctx) => {
    const template = needString(spec, 'formatlist');
    const lengths = args.filter((a) => a.t === 'list').map((a) => needList(a, 'formatlist').length);
    if (new Set(lengths).size > 1) fail('formatlist', 'all list arguments must have the same length');
    const rows: Value[] = [];
    const n = lengths[0] ?? 1;
    for (let i = 0; i < n; i++)
      rows.push(
        str(
          formatValue(
            template,
            args.map((a) => (a.t === 'list' ? a.items[i] : a)),
          ),
          ctx.src,
        ),
      );
    return list(rows, ctx.src);
  }),
  indent: def(2, 2, ([n, s]) => {
    const spaces = Math.max(0, needInteger(n, 'indent'));
    const text = needString(s, 'indent');
    unknownIfTooLarge('indent', text.length + spaces * text.split('\n').length);
    return str(text.replaceAll('\n', `\n${' '.repeat(spaces)}`));
  }),
  join: def(2, Infinity, ([sep, ...lists], ctx) => {
    const separator = needString(sep, 'join');
    const items = lists.flatMap((l) => needList(l, 'join'));
    // join("", [x]) of one element is that element: a reference stays a reference (`join("", aws_x.y[*].id)`).
    if (items.length === 1 && items[0].t === 'ref') return items[0];
    return str(
      items
        .map((i) => {
          if (i.t === 'null') fail('join', 'element is null');
          return needString(i, 'join');
        })
        .join(separator),
      ctx.src,
    );
  }),
  lower: def(1, 1, ([s], ctx) =>
    str(Array.from(needString(s, 'lower'), lowerChar).join(''), s.src ?? ctx.src),
  ),
  regex: def(2, 2, ([p, s]) => {
    const pattern = needString(p, 'regex');
    const text = needString(s, 'regex');
    const { regex, groups } = translateRe2(pattern);
    const match = regex.exec(text);
    if (!match) fail('regex', 'pattern did not match any part of the given string');
    return matchResult(match, groups, pattern);
  }),
  regexall: def(2, 2, ([p, s]) => {
    const pattern = needString(p, 'regexall');
    const { groups } = translateRe2(pattern);
    return list(allMatches(pattern, needString(s, 'regexall')).map((m) => matchResult(m, groups, pattern)));
  }),
  replace: def(3, 3, ([s, search, replacement], ctx) =>
    str(
      replace(needString(s, 'replace'), needString(search, 'replace'), needString(replacement, 'replace')),
      s.src ?? ctx.src,
    ),
  ),
  split: def(2, 2, ([sep, s], ctx) => {
    const text = needString(s, 'split');
    const separator = needString(sep, 'split');
    const parts = text === '' ? [''] : separator === '' ? [...text] : text.split(separator);
    return list(
      parts.map((p) => str(p, s.src ?? ctx.src)),
      ctx.src,
    );
  }),
  startswith: def(2, 2, ([s, x]) => ({
    t: 'bool',
    v: needString(s, 'startswith').startsWith(needString(x, 'startswith')),
  })),
  strcontains: def(2, 2, ([s, x]) => ({
    t: 'bool',
    v: needString(s, 'strcontains').includes(needString(x, 'strcontains')),
  })),
  strrev: def(1, 1, ([s]) => str(graphemes(needString(s, 'strrev')).reverse().join(''))),
  substr: def(3, 3, ([s, offset, length]) =>
    str(substr(needString(s, 'substr'), needInteger(offset, 'substr'), needInteger(length, 'substr'))),
  ),
  templatestring: def(2, 2, ([template, vars], ctx) =>
    ctx.renderTemplate(needString(template, 'templatestring'), needObject(vars, 'templatestring')),
  ),
  title: def(1, 1, ([s]) => str(title(needString(s, 'title')))),
  trim: def(2, 2, ([s, cutset], ctx) =>
    str(trimChars(needString(s, 'trim'), needString(cutset, 'trim')), s.src ?? ctx.src),
  ),
  trimprefix: def(2, 2, ([s, prefix], ctx) => {
    const text = needString(s, 'trimprefix');
    const p = needString(prefix, 'trimprefix');
    return str(text.startsWith(p) ? text.slice(p.length) : text, s.src ?? ctx.src);
  }),
  trimsuffix: def(2, 2, ([s, suffix], ctx) => {
    const text = needString(s, 'trimsuffix');
    const p = needString(suffix, 'trimsuffix');
    return str(p !== '' && text.endsWith(p) ? text.slice(0, -p.length) : text, s.src ?? ctx.src);
  }),
  trimspace: def(1, 1, ([s], ctx) => str(needString(s, 'trimspace').trim(), s.src ?? ctx.src)),
  upper: def(1, 1, ([s], ctx) =>
    str(Array.from(needString(s, 'upper'), upperChar).join(''), s.src ?? ctx.src),
  ),
};
