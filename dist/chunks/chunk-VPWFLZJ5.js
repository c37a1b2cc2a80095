import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  rules
} from "./chunk-KXZBHLR2.js";
import {
  ConfigError
} from "./chunk-G4RFJCIO.js";
import {
  GCP_DEFAULT_PRIORITY,
  addOrphanRules,
  assembleSecurityGroups,
  awsDefaultEgress,
  awsEgressRule,
  awsNaclFinalDeny,
  azureNsgDefaults,
  camelCase,
  docReader,
  elementsOf,
  firewallBase,
  gcpImpliedEgress,
  get,
  locationIn,
  looksLikeCloudFormation,
  mayBeTemplate,
  naclEgressRule,
  nonEmptyStrings,
  numberOf,
  parseJson,
  parseTree,
  placeIn,
  portRangesOf,
  protocolNamed,
  stringOf,
  unknownDestination,
  unresolvedOf
} from "./chunk-HEPJGZNP.js";
import {
  hclLineIndex,
  lineIndex
} from "./chunk-7EVMNQA2.js";
import {
  ALL_PORTS,
  ANY_V4,
  coversAllPorts,
  hasPorts,
  isDenyAllSentinel,
  normalizeProtocol,
  parseCidr,
  portsFromPair
} from "./chunk-OYDGSS33.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PYUYWIVF.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index2 = start + 1;
      let negated = EMPTY;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index2 + 1] === ":") {
          const nameStart = index2 + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index2 = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH2 && index2 + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index2, index2 + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out += char;
          index2++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match2) => `\\${match2}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index2, str) => index2 + 6 < str.length ? str.slice(index2 + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match2, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match2,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match2, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index2 = at + 1; index2 < run.length && !run[index2].wildcard; index2++) {
        separator += run[index2].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index2 = 0;
      while (index2 < length) {
        const char = source[index2];
        if (source.startsWith(WILDCARD, index2)) {
          tokens.push({ wildcard: true });
          index2 += WILDCARD.length;
        } else if (char === "[") {
          let end = index2 + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index2, end) });
          index2 = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index2, index2 + 2) });
          index2 += 2;
        } else if (char === "(") {
          let depth2 = 0;
          let end = index2;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth2++;
            } else if (source[end] === ")") {
              depth2--;
            }
            end++;
          } while (end < length && depth2 > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index2, end) });
          index2 = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index2++;
        } else {
          tokens.push({ single: char });
          index2++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match2, index2) => sources[index2]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH2) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index2 = body.indexOf(SLASH2);
      return index2 < 0 || index2 === body.length - 1;
    };
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index2 = path2.lastIndexOf(
        SLASH2,
        path2[end] === SLASH2 ? end - 1 : end
      );
      return index2 < 0 ? path2 : path2.slice(index2 + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH2,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index2) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index2
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path2) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index2 = rules2.length - 1; index2 >= 0; index2--) {
          const rule = rules2[index2];
          if (rule.checkRegex.test(path2)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path2, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index2 = length - 1; index2 >= 0; index2--) {
          const rule = rules2[index2];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path2);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path2, cache) {
        if (path2 in cache) {
          return cache[path2];
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine/baseline.ts
import { readFileSync } from "node:fs";

// src/model/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
function createBaseline(findings) {
  const entries2 = findings.filter((f) => !f.suppression).map((f) => ({
    ruleId: f.ruleId,
    file: f.location.file,
    firewallId: f.firewallId,
    fingerprint: f.fingerprint,
    message: f.message
  })).sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.firewallId, b.firewallId) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)
  );
  return { version: BASELINE_VERSION, findings: entries2 };
}
function serializeBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
function applyBaseline(findings, baseline) {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  let count = 0;
  for (const finding of findings) {
    if (finding.suppression || !accepted.has(finding.fingerprint)) continue;
    finding.suppression = { kind: "external", justification: "baseline" };
    count++;
  }
  return count;
}
var REQUIRED_FIELDS = ["ruleId", "file", "firewallId", "fingerprint"];
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, "", `not a baseline: invalid JSON (${error.message})`);
  }
  const record = data;
  if (typeof data !== "object" || data === null || record.version !== BASELINE_VERSION) {
    throw new ConfigError(
      file,
      "version",
      `expected ${BASELINE_VERSION} (a baseline written by --baseline-create)`
    );
  }
  if (!Array.isArray(record.findings)) throw new ConfigError(file, "findings", "expected a list");
  record.findings.forEach((entry, i) => {
    for (const field of REQUIRED_FIELDS) {
      if (typeof entry?.[field] !== "string") {
        throw new ConfigError(file, `findings[${i}].${field}`, "expected a string");
      }
    }
  });
  return data;
}
function loadBaseline(path2) {
  let text;
  try {
    text = readFileSync(path2, "utf8");
  } catch (error) {
    throw new ConfigError(
      path2,
      "",
      `cannot read the baseline (${error.code ?? String(error)})`
    );
  }
  return parseBaseline(text, path2);
}

// src/engine/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import {
  closeSync,
  constants as fsConstants,
  existsSync,
  fstatSync,
  openSync,
  opendirSync,
  readdirSync,
  readFileSync as readFileSync2,
  realpathSync,
  statSync
} from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep as sep2 } from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth2, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth2 > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth2 + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth2 + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index2) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index2);
  }
  #adopt(child, index2) {
    const gc = child.#parts[0];
    this.#parts.splice(index2, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/engine/discover.ts
var MissingPathError = class extends Error {
  path;
  constructor(path2) {
    super(`no such file or directory: ${path2}`);
    this.name = "MissingPathError";
    this.path = path2;
  }
};
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform"]);
var INTERESTING = /^(?!\.egress-lint[.-]).*\.(tf|tfvars|json|ya?ml|template)$/is;
var BINARY_SNIFF_BYTES = 8192;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSourceText(absPath, maxFileSize) {
  let bytes;
  let fd;
  try {
    fd = openSync(absPath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return {
        ok: false,
        line: 1,
        column: 1,
        message: "not a regular file (a FIFO, socket or device); not analysed"
      };
    }
    if (stat.size > maxFileSize)
      return { ok: false, line: 1, column: 1, message: tooLarge(stat.size, maxFileSize) };
    bytes = readFileSync2(fd);
  } catch (error) {
    return { ok: false, line: 1, column: 1, message: `cannot read the file: ${describeFsError(error)}` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (bytes.length > maxFileSize)
    return { ok: false, line: 1, column: 1, message: tooLarge(bytes.length, maxFileSize) };
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: "file is UTF-16 encoded; egress-lint reads UTF-8 only (re-save it as UTF-8)"
    };
  }
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1)
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `binary file (NUL byte at offset ${nul}); not analysed`
    };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      ...firstInvalidUtf8(bytes),
      message: "file is not valid UTF-8; not analysed (re-save it as UTF-8)"
    };
  }
}
function readFiles(refs, maxFileSize, diagnostics = []) {
  const out = { files: [], diagnostics: [...diagnostics] };
  for (const ref of refs) {
    const read = readFound(ref, maxFileSize);
    if ("text" in read) out.files.push(read);
    else out.diagnostics.push(read);
  }
  return out;
}
function readFound(ref, maxFileSize) {
  const outcome = readSourceText(ref.absPath, maxFileSize);
  if (outcome.ok) return { path: ref.path, absPath: ref.absPath, text: outcome.text };
  return {
    level: "error",
    message: outcome.message,
    location: { file: ref.path, line: outcome.line, column: outcome.column }
  };
}
function tooLarge(size, limit) {
  return `file is ${size.toLocaleString("en-US")} bytes, over the ${limit.toLocaleString("en-US")}-byte limit; not analysed (raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)`;
}
function describeFsError(error) {
  const code = error.code;
  if (code === "EACCES" || code === "EPERM") return `permission denied (${code})`;
  return code ? `${code}: ${error.message}` : String(error);
}
function firstInvalidUtf8(bytes) {
  const text = new TextDecoder("utf-8").decode(bytes);
  return lineIndex(text).position(text.indexOf("\uFFFD"));
}
function toSlash(p) {
  return sep2 === "/" ? p : p.split(sep2).join("/");
}
function isInside(child, parent) {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function gitRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function scanRoot(paths, cwd) {
  const absolute = (paths.length ? paths : ["."]).map((p) => resolve(cwd, p));
  for (const [i, abs] of absolute.entries()) {
    if (!existsSync(abs)) throw new MissingPathError(paths[i] ?? abs);
  }
  const first = absolute[0];
  const firstDir = statSync(first).isDirectory() ? first : dirname(first);
  let root = gitRoot(firstDir) ?? (isInside(firstDir, cwd) ? resolve(cwd) : firstDir);
  for (const abs of absolute) {
    while (!isInside(abs, root)) root = dirname(root);
  }
  return root;
}
function readIgnoreFile(file) {
  if (!existsSync(file)) return void 0;
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
}
function childPath(dir, name) {
  return dir.endsWith(sep2) ? dir + name : dir + sep2 + name;
}
function withGitignoreOf(dirAbs, dirRel, layers) {
  const text = readIgnoreFile(childPath(dirAbs, ".gitignore"));
  return text === void 0 ? layers : [...layers, { base: dirRel, rules: (0, import_ignore.default)().add(text) }];
}
var CDK_OUTPUT = /(^|\/)cdk\.out(\/|$)/;
function gitignored(rel, isDir, layers) {
  if (CDK_OUTPUT.test(rel)) return false;
  let ignored = false;
  for (const layer of layers) {
    const sub = layer.base === "" ? rel : rel.slice(layer.base.length + 1);
    const verdict = layer.rules.test(isDir ? `${sub}/` : sub);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}
function configGlobMatcher(globs, root, base) {
  if (globs.length === 0) return () => false;
  const baseRel = base && isInside(base, root) ? toSlash(relative(root, base)) : "";
  const matchers = globs.map(
    (g) => new Minimatch(g.replace(/^\.\//, ""), { dot: true, matchBase: !g.replace(/\/$/, "").includes("/") })
  );
  return (rel, isDir) => {
    if (baseRel !== "" && !rel.startsWith(`${baseRel}/`)) return false;
    const p = baseRel === "" ? rel : rel.slice(baseRel.length + 1);
    return matchers.some((m) => m.match(p) || isDir && m.match(`${p}/`));
  };
}
function findFiles(paths, options) {
  const cwd = resolve(options.cwd);
  const inputs = paths.length ? paths : ["."];
  const root = scanRoot(inputs, cwd);
  const relOf = (abs) => toSlash(relative(root, abs));
  const globIgnored = configGlobMatcher(options.ignore, root, options.ignoreBase);
  const files = /* @__PURE__ */ new Map();
  const readReal = /* @__PURE__ */ new Set();
  const walkedDirs = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const report = (file, message, level, line = 1, column = 1) => diagnostics.push({ level, message, location: { file, line, column } });
  const addFile = ({ abs, rel, real }) => {
    if (readReal.has(real) || files.has(rel)) return;
    readReal.add(real);
    files.set(rel, { path: rel, absPath: abs });
  };
  const ancestorLayers = (dirAbs) => {
    let layers = [];
    const exclude = readIgnoreFile(join(root, ".git", "info", "exclude"));
    if (exclude !== void 0) layers.push({ base: "", rules: (0, import_ignore.default)().add(exclude) });
    const chain = [];
    for (let dir = dirname(dirAbs); isInside(dir, root); dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === root) break;
    }
    for (const dir of chain) layers = withGitignoreOf(dir, relOf(dir), layers);
    return layers;
  };
  const rootReal = realpathSync(root);
  const pending = [];
  const linkedDirs = [];
  const linkedFiles = [];
  const startWalk = (startAbs) => {
    const rel = relOf(startAbs);
    const layers = ancestorLayers(startAbs);
    const named = rel !== "" && (gitignored(rel, true, layers) || globIgnored(rel, true));
    pending.push({
      abs: startAbs,
      rel,
      real: realpathSync(startAbs),
      layers: named ? [] : layers,
      globs: !named
    });
  };
  const walkPending = () => {
    while (pending.length > 0) {
      const dir = pending.pop();
      if (walkedDirs.has(dir.real)) continue;
      walkedDirs.add(dir.real);
      const own = withGitignoreOf(dir.abs, dir.rel, dir.layers);
      const ignored = (rel, isDir) => gitignored(rel, isDir, own) || dir.globs && globIgnored(rel, isDir);
      const subdirs = [];
      const found = [];
      const child = (name, real) => ({
        abs: childPath(dir.abs, name),
        rel: dir.rel === "" ? name : `${dir.rel}/${name}`,
        real,
        layers: own,
        globs: dir.globs
      });
      let handle;
      try {
        handle = opendirSync(dir.abs);
      } catch (error) {
        report(dir.rel || ".", `cannot read the directory: ${describeFsError(error)}`, "error");
        continue;
      }
      try {
        for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
          const name = entry.name;
          if (entry.isDirectory()) {
            const sub = child(name, childPath(dir.real, name));
            if (!SKIPPED_DIRS.has(name) && !ignored(sub.rel, true)) subdirs.push(sub);
          } else if (!entry.isSymbolicLink()) {
            if (!INTERESTING.test(name)) continue;
            const file = child(name, childPath(dir.real, name));
            if (!ignored(file.rel, false)) found.push(file);
          } else if (entry.isSymbolicLink()) {
            const target = followLink(childPath(dir.abs, name));
            if ("error" in target) {
              const rel = child(name, "").rel;
              if (target.error === "ELOOP" && !ignored(rel, false)) {
                report(
                  rel,
                  "symbolic link loop: the chain of links never reaches a file; not followed",
                  "warning"
                );
              } else if (target.error !== "ELOOP" && INTERESTING.test(name) && !ignored(rel, false)) {
                report(rel, `broken symbolic link (${target.error}); not analysed`, "warning");
              }
              continue;
            }
            const link = child(name, target.real);
            if (target.isDir) {
              if (SKIPPED_DIRS.has(name) || ignored(link.rel, true)) continue;
              if (dir.real === target.real || dir.real.startsWith(target.real + sep2)) {
                const to = toSlash(relative(rootReal, target.real)) || ".";
                report(
                  link.rel,
                  `symbolic link loop: points to ${to}, which contains it; not followed`,
                  "warning"
                );
              } else {
                linkedDirs.push(link);
              }
            } else if (INTERESTING.test(name) && !ignored(link.rel, false)) {
              linkedFiles.push(link);
            }
          }
        }
      } catch (error) {
        report(dir.rel || ".", `cannot list the directory: ${describeFsError(error)}`, "error");
      } finally {
        handle.closeSync();
      }
      found.sort((a, b) => compareText(a.rel, b.rel));
      for (const file of found) addFile(file);
      subdirs.sort((a, b) => compareText(b.rel, a.rel));
      pending.push(...subdirs);
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (statSync(abs).isDirectory()) {
      startWalk(abs);
      walkPending();
    } else {
      addFile({ abs, rel: relOf(abs), real: realpathSync(abs) });
    }
  }
  for (let link = linkedDirs.shift(); link; link = linkedDirs.shift()) {
    pending.push(link);
    walkPending();
  }
  for (const file of linkedFiles) addFile(file);
  const sorted = [...files.values()].sort((a, b) => compareText(a.path, b.path));
  diagnostics.sort((a, b) => compareText(a.location.file, b.location.file));
  return { root, files: sorted, diagnostics };
}
function isFileLink(abs) {
  const target = followLink(abs);
  return "isDir" in target && !target.isDir;
}
function followLink(abs) {
  try {
    const real = realpathSync(abs);
    return { real, isDir: statSync(real).isDirectory() };
  } catch (error) {
    return { error: error.code ?? String(error) };
  }
}
function diskProject(root, discovered, maxFileSize) {
  const byPath = new Map(discovered.map((f) => [f.path, f.text]));
  const lazy = /* @__PURE__ */ new Map();
  const inside2 = (path2) => {
    if (path2.includes("\\") || posix.isAbsolute(path2) || isAbsolute(path2)) return void 0;
    const normal = posix.normalize(path2);
    if (normal === ".." || normal.startsWith("../")) return void 0;
    return normal;
  };
  return {
    exists(path2) {
      const p = inside2(path2);
      if (p === void 0) return false;
      if (byPath.has(p)) return true;
      try {
        return statSync(join(root, p)).isFile();
      } catch {
        return false;
      }
    },
    read(path2) {
      const p = inside2(path2);
      if (p === void 0) return void 0;
      const known = byPath.get(p);
      if (known !== void 0) return known;
      if (!lazy.has(p)) {
        const outcome = readSourceText(join(root, p), maxFileSize);
        lazy.set(p, outcome.ok ? outcome.text : void 0);
      }
      return lazy.get(p);
    },
    paths: () => [...byPath.keys()],
    listDir(dir) {
      const p = dir === "" || dir === "." ? "" : inside2(dir);
      if (p === void 0) return void 0;
      try {
        const entries2 = readdirSync(join(root, p), { withFileTypes: true });
        return entries2.filter((e) => e.isFile() || e.isSymbolicLink() && isFileLink(join(root, p, e.name))).map((e) => e.name).sort();
      } catch {
        return void 0;
      }
    }
  };
}

// src/terraform/parse-cache.ts
var MAX_CACHED_BYTES = 4 * 1024 * 1024;
var ParseCache = class {
  constructor(shared, maxBytes = MAX_CACHED_BYTES) {
    this.maxBytes = maxBytes;
    this.shared = new Set(shared);
  }
  maxBytes;
  entries = /* @__PURE__ */ new Map();
  bytes = 0;
  /** The only paths worth keeping: files more than one unit reads. */
  shared;
  /** `parse(text)`, or the tree of an earlier call for the same path and text. */
  parse(path2, text, parse) {
    if (!this.shared.has(path2)) return parse(text);
    const entry = this.entries.get(path2);
    if (entry && entry.text === text) {
      this.entries.delete(path2);
      this.entries.set(path2, entry);
      return entry.parsed;
    }
    const parsed = parse(text);
    if (entry) this.forget(path2, entry.text);
    this.entries.set(path2, { text, parsed });
    this.bytes += text.length;
    for (const [oldest, { text: oldText }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(oldest, oldText);
    }
    return parsed;
  }
  forget(path2, text) {
    this.entries.delete(path2);
    this.bytes -= text.length;
  }
};

// src/parsers/hcl/ast.ts
function nameSpan(node) {
  return { start: node.start, end: node.nameEnd };
}

// src/parsers/hcl/lexer.ts
var EOF = 0;
var NEWLINE = 1;
var IDENT = 2;
var NUMBER = 3;
var OBRACE = 4;
var CBRACE = 5;
var OBRACK = 6;
var CBRACK = 7;
var OPAREN = 8;
var CPAREN = 9;
var OQUOTE = 10;
var CQUOTE = 11;
var OHEREDOC = 12;
var CHEREDOC = 13;
var TEMPLATE_INTERP = 14;
var TEMPLATE_CONTROL = 15;
var TEMPLATE_SEQ_END = 16;
var QUOTED_LIT = 17;
var STRING_LIT = 18;
var STAR = 19;
var SLASH = 20;
var PLUS = 21;
var MINUS = 22;
var PERCENT = 23;
var EQUAL = 24;
var EQUALOP = 25;
var NOTEQUAL = 26;
var LT = 27;
var LTE = 28;
var GT = 29;
var GTE = 30;
var AND = 31;
var OR = 32;
var BANG = 33;
var DOT = 34;
var COMMA = 35;
var ELLIPSIS = 36;
var FATARROW = 37;
var QUESTION = 38;
var COLON = 39;
var DOUBLECOLON = 40;
var INVALID = 41;
var F_TILDE = 1;
var F_ESCAPE = 1;
var F_FLUSH = 1;
var F_BADNUMBER = 1;
var INV_CHAR = 1;
var INV_CR = 2;
var INV_COMMENT = 3;
var INV_QUOTED_NEWLINE = 4;
var INV_BACKSLASH = 5;
var INV_BITWISE = 6;
var INV_SEMICOLON = 7;
var INV_BACKTICK = 8;
var INV_APOSTROPHE = 9;
var INV_CURLY_QUOTE = 10;
var MODE_MAIN = 0;
var MODE_STRING = 1;
var MODE_HEREDOC = 2;
var MODE_BARE = 3;
var IDC = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45)
    IDC[c] = 1;
}
var ID_START_RE = new RegExp("^\\p{ID_Start}$", "u");
var ID_CONTINUE_RE = new RegExp("^\\p{ID_Continue}$", "u");
function codePointAt(s, i) {
  return s.codePointAt(i) ?? 0;
}
function isSpace(c) {
  if (c <= 255) return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
var Tokens = class {
  count = 0;
  cap;
  type;
  flag;
  start;
  end;
  sLine;
  sCol;
  constructor(cap) {
    this.cap = cap;
    this.type = new Uint8Array(cap);
    this.flag = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.sLine = new Int32Array(cap);
    this.sCol = new Int32Array(cap);
  }
  grow() {
    const cap = this.cap * 2;
    const t = new Uint8Array(cap);
    t.set(this.type);
    this.type = t;
    const f = new Uint8Array(cap);
    f.set(this.flag);
    this.flag = f;
    this.start = growI32(this.start, cap);
    this.end = growI32(this.end, cap);
    this.sLine = growI32(this.sLine, cap);
    this.sCol = growI32(this.sCol, cap);
    this.cap = cap;
  }
};
function growI32(a, cap) {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
var Lexer = class {
  src = "";
  n = 0;
  line = 1;
  /** Offset of the first character of the current line (negative on a template's first line when it starts mid-line). */
  lineStart = 0;
  /**
   * Set once an astral character (surrogate pair) has been scanned: columns are then counted by code points
   * (slow path). Every scanning loop that can step over one sets it before the next column is computed.
   */
  astral = false;
  mode = MODE_MAIN;
  modes = [];
  braces = 0;
  retBraces = [];
  heredocs = [];
  /** Set by templateText: the flag of the text run it scanned, and where its line end is (-1: none). */
  textEsc = 0;
  textEol = -1;
  tk = new Tokens(16);
  /**
   * Tokenises `src` from `begin` (after a BOM) to `end` as a config file, or as a bare template when `template`.
   * `line`/`column` are the position of `src[begin]`.
   */
  run(src, begin, end, template2, tk, line, column) {
    this.src = src;
    this.n = end;
    this.line = line;
    this.lineStart = begin - (column - 1);
    this.astral = false;
    this.mode = template2 ? MODE_BARE : MODE_MAIN;
    this.modes.length = 0;
    this.braces = 0;
    this.retBraces.length = 0;
    this.heredocs.length = 0;
    tk.count = 0;
    this.tk = tk;
    let p = begin;
    for (; ; ) {
      const m = this.mode;
      p = m === MODE_MAIN ? this.lexMain(p) : m === MODE_STRING ? this.lexString(p) : m === MODE_HEREDOC ? this.lexHeredoc(p) : this.lexBare(p);
      if (p < 0) break;
    }
    this.src = "";
    return tk;
  }
  col(off) {
    const ls = this.lineStart;
    let c = off - ls + 1;
    if (this.astral) {
      const s = this.src;
      for (let i = ls < 1 ? 1 : ls + 1; i < off; i++) {
        const ch = s.charCodeAt(i);
        if (ch >= 56320 && ch <= 57343) {
          const h = s.charCodeAt(i - 1);
          if (h >= 55296 && h <= 56319) c--;
        }
      }
    }
    return c;
  }
  /** Emits a token that starts on the current line. */
  emit(type, s, e, flag) {
    const tk = this.tk;
    const k = tk.count;
    if (k === tk.cap) tk.grow();
    tk.type[k] = type;
    tk.flag[k] = flag;
    tk.start[k] = s;
    tk.end[k] = e;
    tk.sLine[k] = this.line;
    tk.sCol[k] = this.astral ? this.col(s) : s - this.lineStart + 1;
    tk.count = k + 1;
  }
  /** Emits a token whose start position was taken before scanning across lines. */
  emitFrom(type, s, e, flag, sLine, sCol) {
    const tk = this.tk;
    const k = tk.count;
    if (k === tk.cap) tk.grow();
    tk.type[k] = type;
    tk.flag[k] = flag;
    tk.start[k] = s;
    tk.end[k] = e;
    tk.sLine[k] = sLine;
    tk.sCol[k] = sCol;
    tk.count = k + 1;
  }
  /** Emits a newline token for [s, e) (e is just after the `\n`). */
  emitNewline(s, e) {
    const sLine = this.line;
    const sCol = this.col(s);
    this.line = sLine + 1;
    this.lineStart = e;
    this.emitFrom(NEWLINE, s, e, 0, sLine, sCol);
  }
  /** Emits an INVALID token and EOF; returns -1 (stop). */
  invalid(s, e, code) {
    this.emit(INVALID, s, e, code);
    this.emit(EOF, this.n, this.n, 0);
    return -1;
  }
  pushMode(m) {
    this.modes.push(this.mode);
    this.mode = m;
  }
  popMode() {
    this.mode = this.modes.length > 0 ? this.modes.pop() : MODE_MAIN;
  }
  /** `${` / `%{` (with optional `~`) at p; enters main mode. Returns the new position. */
  openSequence(p, c) {
    const tilde = this.src.charCodeAt(p + 2) === 126;
    const e = tilde ? p + 3 : p + 2;
    this.emit(c === 36 ? TEMPLATE_INTERP : TEMPLATE_CONTROL, p, e, tilde ? F_TILDE : 0);
    this.braces++;
    this.retBraces.push(this.braces);
    if (this.heredocs.length > 0) this.heredocs[this.heredocs.length - 1].startOfLine = false;
    this.pushMode(MODE_MAIN);
    return e;
  }
  /** Scans tokens in main mode until the mode changes (returns the position) or EOF (returns -1). */
  lexMain(p) {
    const s = this.src;
    const n = this.n;
    for (; ; ) {
      let c = p < n ? s.charCodeAt(p) : -1;
      while (c === 32) c = ++p < n ? s.charCodeAt(p) : -1;
      switch (c) {
        case -1:
          this.emit(EOF, n, n, 0);
          return -1;
        case 10:
          this.emitNewline(p, p + 1);
          p++;
          continue;
        case 123:
          this.emit(OBRACE, p, p + 1, 0);
          this.braces++;
          p++;
          continue;
        case 125: {
          const rb = this.retBraces;
          if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
            this.emit(TEMPLATE_SEQ_END, p, p + 1, 0);
            this.braces--;
            rb.pop();
            this.popMode();
            return p + 1;
          }
          this.emit(CBRACE, p, p + 1, 0);
          this.braces--;
          p++;
          continue;
        }
        case 34:
          this.emit(OQUOTE, p, p + 1, 0);
          this.pushMode(MODE_STRING);
          return p + 1;
        case 91:
          this.emit(OBRACK, p, p + 1, 0);
          p++;
          continue;
        case 93:
          this.emit(CBRACK, p, p + 1, 0);
          p++;
          continue;
        case 40:
          this.emit(OPAREN, p, p + 1, 0);
          p++;
          continue;
        case 41:
          this.emit(CPAREN, p, p + 1, 0);
          p++;
          continue;
        case 44:
          this.emit(COMMA, p, p + 1, 0);
          p++;
          continue;
        case 61: {
          const d = s.charCodeAt(p + 1);
          if (d === 61) {
            this.emit(EQUALOP, p, p + 2, 0);
            p += 2;
          } else if (d === 62) {
            this.emit(FATARROW, p, p + 2, 0);
            p += 2;
          } else {
            this.emit(EQUAL, p, p + 1, 0);
            p++;
          }
          continue;
        }
        case 46:
          if (s.charCodeAt(p + 1) === 46 && s.charCodeAt(p + 2) === 46) {
            this.emit(ELLIPSIS, p, p + 3, 0);
            p += 3;
          } else {
            this.emit(DOT, p, p + 1, 0);
            p++;
          }
          continue;
        default:
          break;
      }
      if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
        p = this.ident(p, p + 1);
        continue;
      }
      if (c >= 48 && c <= 57) {
        p = this.number(p);
        continue;
      }
      p = this.lexOther(p, c);
      if (p < 0 || this.mode !== MODE_MAIN) return p;
    }
  }
  /**
   * The less common main-mode tokens at p (character c). Returns the next position; after a mode change
   * (heredoc) the caller returns it; -1 after an INVALID token.
   */
  lexOther(p, c) {
    const s = this.src;
    switch (c) {
      case 9:
        return p + 1;
      case 13:
        if (s.charCodeAt(p + 1) === 10) {
          this.emitNewline(p, p + 2);
          return p + 2;
        }
        return this.invalid(p, p + 1, INV_CR);
      case 35:
        return this.lineComment(p);
      case 47: {
        const d = s.charCodeAt(p + 1);
        if (d === 47) return this.lineComment(p);
        if (d === 42) {
          const e = s.indexOf("*/", p + 2);
          if (e < 0) return this.invalid(p, p + 2, INV_COMMENT);
          for (let i = s.indexOf("\n", p + 2); i >= 0 && i < e; i = s.indexOf("\n", i + 1)) {
            this.line++;
            this.lineStart = i + 1;
          }
          if (!this.astral) this.astral = hasSurrogate(s, p, e);
          return e + 2;
        }
        this.emit(SLASH, p, p + 1, 0);
        return p + 1;
      }
      case 126: {
        if (s.charCodeAt(p + 1) !== 125) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(TEMPLATE_SEQ_END, p, p + 2, F_TILDE);
        const rb = this.retBraces;
        if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
          rb.pop();
          this.popMode();
        }
        this.braces--;
        return p + 2;
      }
      case 42:
        this.emit(STAR, p, p + 1, 0);
        return p + 1;
      case 37:
        this.emit(PERCENT, p, p + 1, 0);
        return p + 1;
      case 43:
        this.emit(PLUS, p, p + 1, 0);
        return p + 1;
      case 45:
        this.emit(MINUS, p, p + 1, 0);
        return p + 1;
      case 63:
        this.emit(QUESTION, p, p + 1, 0);
        return p + 1;
      case 33:
        if (s.charCodeAt(p + 1) === 61) {
          this.emit(NOTEQUAL, p, p + 2, 0);
          return p + 2;
        }
        this.emit(BANG, p, p + 1, 0);
        return p + 1;
      case 62:
        if (s.charCodeAt(p + 1) === 61) {
          this.emit(GTE, p, p + 2, 0);
          return p + 2;
        }
        this.emit(GT, p, p + 1, 0);
        return p + 1;
      case 60: {
        const d = s.charCodeAt(p + 1);
        if (d === 61) {
          this.emit(LTE, p, p + 2, 0);
          return p + 2;
        }
        if (d === 60) {
          const e = this.heredocOpener(p);
          if (e > 0) return e;
        }
        this.emit(LT, p, p + 1, 0);
        return p + 1;
      }
      case 38:
        if (s.charCodeAt(p + 1) !== 38) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(AND, p, p + 2, 0);
        return p + 2;
      case 124:
        if (s.charCodeAt(p + 1) !== 124) return this.invalid(p, p + 1, INV_BITWISE);
        this.emit(OR, p, p + 2, 0);
        return p + 2;
      case 58:
        if (s.charCodeAt(p + 1) === 58) {
          this.emit(DOUBLECOLON, p, p + 2, 0);
          return p + 2;
        }
        this.emit(COLON, p, p + 1, 0);
        return p + 1;
      case 94:
        return this.invalid(p, p + 1, INV_BITWISE);
      case 59:
        return this.invalid(p, p + 1, INV_SEMICOLON);
      case 96:
        return this.invalid(p, p + 1, INV_BACKTICK);
      case 39:
        return this.invalid(p, p + 1, INV_APOSTROPHE);
      default:
        break;
    }
    if (c < 128) return this.invalid(p, p + 1, INV_CHAR);
    const cp = codePointAt(s, p);
    const w = cp > 65535 ? 2 : 1;
    if (w === 2) this.astral = true;
    if (ID_START_RE.test(String.fromCodePoint(cp))) return this.ident(p, p + w);
    return this.invalid(p, p + w, cp === 8220 || cp === 8221 ? INV_CURLY_QUOTE : INV_CHAR);
  }
  /** `#` or `//` comment at p: becomes a NEWLINE token spanning the comment when it ends with one. */
  lineComment(p) {
    const nl = this.src.indexOf("\n", p);
    if (nl < 0) {
      if (!this.astral) this.astral = hasSurrogate(this.src, p, this.n);
      return this.n;
    }
    this.emitNewline(p, nl + 1);
    return nl + 1;
  }
  ident(s0, p) {
    const s = this.src;
    const n = this.n;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (d < 128) {
        if (IDC[d] === 0) break;
        p++;
      } else {
        const cp = codePointAt(s, p);
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        if (cp > 65535) {
          this.astral = true;
          p += 2;
        } else p++;
      }
    }
    this.emit(IDENT, s0, p, 0);
    return p;
  }
  number(p0) {
    const s = this.src;
    let q = p0 + 1;
    let end = q;
    let complex = false;
    for (; ; ) {
      const d = s.charCodeAt(q);
      if (d >= 48 && d <= 57) {
        q++;
        end = q;
      } else if (d === 46) {
        q++;
        complex = true;
      } else if (d === 101 || d === 69) {
        let r = q + 1;
        const sign = s.charCodeAt(r);
        if (sign === 43 || sign === 45) r++;
        const dd = s.charCodeAt(r);
        if (dd >= 48 && dd <= 57) {
          q = r + 1;
          end = q;
          complex = true;
        } else break;
      } else break;
    }
    this.emit(NUMBER, p0, end, complex && !validNumber(s, p0, end) ? F_BADNUMBER : 0);
    return end;
  }
  /** `<<` or `<<-` + identifier + newline at p: emits OHEREDOC and enters heredoc mode; 0 if not a heredoc. */
  heredocOpener(p) {
    const s = this.src;
    let q = p + 2;
    let flag = 0;
    if (s.charCodeAt(q) === 45) {
      q++;
      flag = F_FLUSH;
    }
    const c = s.charCodeAt(q);
    const ms = q;
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) q++;
    else if (c >= 128 && ID_START_RE.test(String.fromCodePoint(codePointAt(s, q)))) {
      if (codePointAt(s, q) > 65535) this.astral = true;
      q += codePointAt(s, q) > 65535 ? 2 : 1;
    } else return 0;
    while (q < this.n) {
      const d = s.charCodeAt(q);
      if (d < 128) {
        if (IDC[d] === 0) break;
        q++;
      } else {
        const cp = codePointAt(s, q);
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        if (cp > 65535) this.astral = true;
        q += cp > 65535 ? 2 : 1;
      }
    }
    const me = q;
    if (s.charCodeAt(q) === 13) q++;
    if (s.charCodeAt(q) !== 10) return 0;
    q++;
    const sLine = this.line;
    const sCol = this.col(p);
    this.line++;
    this.lineStart = q;
    this.emitFrom(OHEREDOC, p, q, flag, sLine, sCol);
    this.heredocs.push({ marker: s.slice(ms, me), startOfLine: true });
    this.pushMode(MODE_HEREDOC);
    return q;
  }
  lexString(p) {
    const s = this.src;
    const n = this.n;
    for (; ; ) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      let c = s.charCodeAt(p);
      if (c === 34) {
        this.emit(CQUOTE, p, p + 1, 0);
        this.popMode();
        return p + 1;
      }
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      if (c === 10 || c === 13) return this.invalid(p, p + 1, INV_QUOTED_NEWLINE);
      const start = p;
      let esc = 0;
      for (; ; ) {
        if (c === 92) {
          const d = s.charCodeAt(p + 1);
          if (p + 1 >= n || d === 10 || d === 13) break;
          if (d >= 55296 && d <= 56319) this.astral = true;
          esc = F_ESCAPE;
          p += 2;
        } else if (c === 36 || c === 37) {
          const d = s.charCodeAt(p + 1);
          if (d === 123) break;
          if (d === c && s.charCodeAt(p + 2) === 123) {
            esc = F_ESCAPE;
            p += 3;
          } else p++;
        } else if (c === 34 || c === 10 || c === 13) break;
        else {
          if (c >= 55296 && c <= 56319) this.astral = true;
          p++;
        }
        if (p >= n) break;
        c = s.charCodeAt(p);
      }
      if (p === start) return this.invalid(p, p + 1, INV_BACKSLASH);
      this.emit(QUOTED_LIT, start, p, esc);
    }
  }
  /**
   * A run of template text from `start` (heredocs and bare templates: no backslash escapes) up to and including a
   * line end, or up to a `${` / `%{` or the end. Sets `textEsc` and `textEol` (the line end's offset, or -1) and
   * returns the position after the run; in a heredoc a CR not followed by LF is reported and -1 returned.
   */
  templateText(start, heredoc) {
    const s = this.src;
    const n = this.n;
    let p = start;
    let c = s.charCodeAt(p);
    this.textEsc = 0;
    this.textEol = -1;
    for (; ; ) {
      if (c === 10) {
        this.textEol = p;
        return p + 1;
      }
      if (c === 13 && heredoc) {
        if (s.charCodeAt(p + 1) === 10) {
          this.textEol = p;
          return p + 2;
        }
        if (p > start) this.emit(STRING_LIT, start, p, this.textEsc);
        return this.invalid(p, p + 1, INV_CR);
      }
      if (c === 36 || c === 37) {
        const d = s.charCodeAt(p + 1);
        if (d === 123) return p;
        if (d === c && s.charCodeAt(p + 2) === 123) {
          this.textEsc = F_ESCAPE;
          p += 3;
        } else p++;
      } else {
        if (c >= 55296 && c <= 56319) this.astral = true;
        p++;
      }
      if (p >= n) return p;
      c = s.charCodeAt(p);
    }
  }
  /** Emits a text token that ends a line (its start position taken before moving to the next line). */
  emitTextLine(start, end, flag) {
    const sLine = this.line;
    const sCol = this.col(start);
    this.line++;
    this.lineStart = end;
    this.emitFrom(STRING_LIT, start, end, flag, sLine, sCol);
  }
  lexHeredoc(p) {
    const s = this.src;
    const n = this.n;
    const hd = this.heredocs[this.heredocs.length - 1];
    for (; ; ) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      const c = s.charCodeAt(p);
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      const start = p;
      p = this.templateText(start, true);
      if (p < 0) return -1;
      const eol = this.textEol;
      if (eol >= 0) {
        if (hd.startOfLine && isMarkerLine(s, start, eol, hd.marker)) {
          this.emit(CHEREDOC, start, eol, 0);
          this.emitNewline(eol, p);
          this.heredocs.pop();
          this.popMode();
          return p;
        }
        this.emitTextLine(start, p, this.textEsc);
        hd.startOfLine = true;
      } else {
        this.emit(STRING_LIT, start, p, this.textEsc);
        hd.startOfLine = false;
      }
    }
  }
  lexBare(p) {
    const s = this.src;
    const n = this.n;
    for (; ; ) {
      if (p >= n) {
        this.emit(EOF, n, n, 0);
        return -1;
      }
      const c = s.charCodeAt(p);
      if ((c === 36 || c === 37) && s.charCodeAt(p + 1) === 123) return this.openSequence(p, c);
      const start = p;
      p = this.templateText(start, false);
      if (this.textEol >= 0) this.emitTextLine(start, p, this.textEsc);
      else this.emit(STRING_LIT, start, p, this.textEsc);
    }
  }
};
function hasSurrogate(s, start, end) {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319) return true;
  }
  return false;
}
function isMarkerLine(s, start, end, marker) {
  let a = start;
  while (a < end && isSpace(s.charCodeAt(a))) a++;
  let b = end;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b - a === marker.length && s.startsWith(marker, a);
}
function validNumber(s, p, end) {
  let i = p;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i < end && s.charCodeAt(i) === 46) {
    i++;
    while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  }
  if (i < end && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
    i++;
    if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) i++;
    const d0 = i;
    while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === d0) return false;
  }
  return i === end;
}
var pooledLexer;
var pooledTokens;
function tokenize(src, begin, template2, line, column, end = src.length) {
  const lexer = pooledLexer ?? new Lexer();
  pooledLexer = void 0;
  let tk = pooledTokens;
  pooledTokens = void 0;
  if (!tk) tk = new Tokens(Math.max(64, end - begin >> 2));
  try {
    return lexer.run(src, begin, end, template2, tk, line, column);
  } finally {
    pooledLexer = lexer;
  }
}
function releaseTokens(tk) {
  if (!pooledTokens || pooledTokens.cap < tk.cap) pooledTokens = tk;
}

// src/parsers/hcl/parser.ts
var MAX_DEPTH = 500;
var SKIMMED = { kind: "splat-item", start: 0, end: 0 };
var BAIL = { bail: true };
var PREC = new Uint8Array(64);
var OPS = [];
function op(t, prec, o) {
  PREC[t] = prec;
  OPS[t] = o;
}
op(OR, 1, "||");
op(AND, 2, "&&");
op(EQUALOP, 3, "==");
op(NOTEQUAL, 3, "!=");
op(LT, 4, "<");
op(LTE, 4, "<=");
op(GT, 4, ">");
op(GTE, 4, ">=");
op(PLUS, 5, "+");
op(MINUS, 5, "-");
op(STAR, 6, "*");
op(SLASH, 6, "/");
op(PERCENT, 6, "%");
var TT_TEXT = 0;
var TT_INTERP = 1;
var TT_IF = 2;
var TT_ELSE = 3;
var TT_ENDIF = 4;
var TT_FOR = 5;
var TT_ENDFOR = 6;
var Parser = class {
  src;
  base;
  type;
  flag;
  start;
  end;
  sLine;
  sCol;
  /** Index of the next raw token. */
  pos = 0;
  /** Number of tokens (the last is EOF). */
  count;
  /** Whether newlines are significant (bodies, object constructors) or skipped (inside (), [], templates). */
  nl = true;
  /**
   * False: skim mode. Expressions are checked (every error is found) but not built; attributes keep where their
   * expression is and build it on first use (LazyAttribute). Most expressions in a configuration (descriptions,
   * types, arguments of modules that are not downloaded) are never evaluated.
   */
  build = true;
  depth = 0;
  errors;
  tpl = [];
  /** How to name EOF in messages ("the end of the string" for templates embedded in JSON). */
  eofName = "the end of the file";
  tplIdx = 0;
  /** `base` is added to every token offset (for templates embedded in a larger file). */
  constructor(src, tk, errors, base) {
    this.src = src;
    this.base = base;
    this.type = tk.type;
    this.flag = tk.flag;
    this.start = tk.start;
    this.end = tk.end;
    this.sLine = tk.sLine;
    this.sCol = tk.sCol;
    this.count = tk.count;
    this.errors = errors;
  }
  // ---- tokens -------------------------------------------------------------------------------------------
  peek() {
    let i = this.pos;
    if (!this.nl) {
      const t = this.type;
      while (t[i] === NEWLINE) i++;
    }
    return i;
  }
  /** Offset of token i's start. */
  sp(i) {
    return this.start[i] + this.base;
  }
  /** Offset of token i's end. */
  ep(i) {
    return this.end[i] + this.base;
  }
  tokenPosition(i) {
    return { line: this.sLine[i], column: this.sCol[i] };
  }
  text(i) {
    return this.src.slice(this.start[i], this.end[i]);
  }
  isKeyword(i, kw) {
    if (this.type[i] !== IDENT) return false;
    const s = this.start[i];
    if (this.end[i] - s !== kw.length) return false;
    return this.src.startsWith(kw, s);
  }
  // ---- errors ---------------------------------------------------------------------------------------------
  /** Records an error that does not disturb parsing. */
  report(line, column, message) {
    this.errors.push({ line, column, message });
  }
  fail(i, message) {
    this.errors.push({ line: this.sLine[i], column: this.sCol[i], message });
    throw BAIL;
  }
  /** Fails on token i: with the lexical problem when it is INVALID, else "`context`: unexpected X". */
  unexpected(i, context) {
    if (this.type[i] === INVALID) this.fail(i, this.invalidMessage(i));
    this.fail(i, `${context}; found ${this.describe(i)}`);
  }
  tooDeep(i) {
    this.fail(i, `Nesting too deep: more than ${MAX_DEPTH} nested blocks or expressions`);
  }
  describe(i) {
    switch (this.type[i]) {
      case EOF:
        return this.eofName;
      case NEWLINE:
        return "a newline";
      case OQUOTE:
        return "a quoted string";
      case OHEREDOC:
        return "a heredoc";
      case QUOTED_LIT:
      case STRING_LIT:
        return "string text";
      case CQUOTE:
        return "the closing quote";
      case NUMBER:
        return `number ${this.text(i)}`;
      case IDENT:
        return `"${this.text(i)}"`;
      default:
        return JSON.stringify(this.text(i));
    }
  }
  invalidMessage(i) {
    const ch = this.text(i);
    switch (this.flag[i]) {
      case INV_CR:
        return "Invalid character: a carriage return must be followed by a line feed";
      case INV_COMMENT:
        return 'Unterminated comment: "/*" has no matching "*/"';
      case INV_QUOTED_NEWLINE:
        return "Invalid multi-line string: quoted strings may not be split over multiple lines; use the \\n escape or a heredoc (<<EOT)";
      case INV_BACKSLASH:
        return "Invalid escape sequence: a backslash must be followed by an escape character";
      case INV_BITWISE: {
        const hint = ch === "&" ? ' Did you mean "&&"?' : ch === "|" ? ' Did you mean "||"?' : ch === "~" ? ' Did you mean "!"?' : "";
        return `Unsupported operator: bitwise operators like "${ch}" are not supported.${hint}`;
      }
      case INV_SEMICOLON:
        return 'Invalid character: ";" is not valid; use newlines to separate arguments and blocks, and commas to separate items in collections';
      case INV_BACKTICK:
        return 'Invalid character: "`" is not valid; to write a multi-line string, use the heredoc syntax, like "<<EOT"';
      case INV_APOSTROPHE:
        return 'Invalid character: single quotes are not valid; use double quotes (") to enclose strings';
      case INV_CURLY_QUOTE:
        return 'Invalid character: curly quotes are not valid here; replace them with straight quotes (")';
      default:
        return `Invalid character: ${JSON.stringify(ch)} is not used in the HCL language`;
    }
  }
  // ---- bodies ---------------------------------------------------------------------------------------------
  /**
   * Parses body items into `attrs`/`blocks` until the closing brace of the block opened by token `open`
   * (or EOF at the top level, open = -1). Returns the index of the closing token.
   */
  parseBody(attrs, blocks, open, typeTok) {
    const type = this.type;
    let names = null;
    for (; ; ) {
      const i = this.pos;
      const t = type[i];
      if (t === IDENT) {
        this.pos = i + 1;
        const j = this.pos;
        const tj = type[j];
        if (tj === EQUAL) {
          const attr = this.parseAttribute(i, j, false);
          let dup;
          if (names === null && attrs.length < 16) {
            for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attr.name) dup = attrs[k];
          } else {
            if (names === null) {
              names = /* @__PURE__ */ new Set();
              for (let k = 0; k < attrs.length; k++) names.add(attrs[k].name);
            }
            if (names.has(attr.name)) {
              for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attr.name) dup = attrs[k];
            } else names.add(attr.name);
          }
          if (dup) {
            this.report(
              this.sLine[i],
              this.sCol[i],
              `Attribute redefined: "${attr.name}" was already set at line ${lineIndex(this.src).position(dup.start).line}; each argument may be set only once`
            );
          } else attrs.push(attr);
        } else if (tj === OQUOTE || tj === OBRACE || tj === IDENT) {
          blocks.push(this.parseBlock(i));
        } else {
          const name = this.text(i);
          this.unexpected(
            j,
            `Argument or block definition required: expected "=" to set argument "${name}" or "{" to open a "${name}" block`
          );
        }
        continue;
      }
      if (t === NEWLINE) {
        this.pos = i + 1;
        continue;
      }
      if (open >= 0) {
        if (t === CBRACE) {
          this.pos = i + 1;
          return i;
        }
        if (t === EOF) this.unclosed(typeTok, open);
      } else if (t === EOF) return i;
      if (t === OQUOTE) this.fail(i, "Invalid argument name: argument names must not be quoted");
      if (t === CBRACE && open < 0) this.fail(i, 'Unexpected "}": there is no open block to close here');
      this.unexpected(i, "Argument or block definition required");
    }
  }
  unclosed(typeTok, open) {
    this.fail(
      open,
      `Unclosed block: expected "}" for block "${this.text(typeTok)}" opened at line ${this.sLine[open]}`
    );
  }
  parseAttribute(nameTok, eqTok, singleLine) {
    this.pos = eqTok + 1;
    const expr = this.parseExpr();
    const exprEnd = this.ep(this.pos - 1);
    if (!singleLine) {
      const k = this.pos;
      const t = this.type[k];
      if (t === NEWLINE) this.pos = k + 1;
      else if (t !== EOF) {
        if (t === COMMA)
          this.fail(
            k,
            "Unexpected comma after argument: arguments must be separated by newlines, not commas"
          );
        this.unexpected(k, "Missing newline after argument: an argument definition must end with a newline");
      }
    }
    if (!this.build)
      return new LazyAttribute(
        this.text(nameTok),
        this.sp(nameTok),
        this.ep(nameTok),
        this.sp(eqTok + 1),
        exprEnd,
        this.src
      );
    return {
      name: this.text(nameTok),
      start: this.sp(nameTok),
      nameEnd: this.ep(nameTok),
      expr,
      end: expr.end
    };
  }
  parseBlock(typeTok) {
    if (++this.depth > MAX_DEPTH) this.tooDeep(typeTok);
    const type = this.type;
    const labels = [];
    const labelSpans = [];
    let i;
    for (; ; ) {
      i = this.pos;
      const t = type[i];
      if (t === OBRACE) break;
      if (t === OQUOTE) {
        const close2 = this.parseLabel(i, labels);
        labelSpans.push({ start: this.sp(i), end: this.ep(close2) });
      } else if (t === IDENT) {
        labels.push(this.text(i));
        labelSpans.push({ start: this.sp(i), end: this.ep(i) });
        this.pos = i + 1;
      } else if (t === EQUAL) {
        this.fail(
          i,
          'Invalid block definition: "=" marks an argument definition and must not be used when defining a block'
        );
      } else if (t === NEWLINE) {
        this.fail(
          i,
          'Invalid block definition: a block body must be delimited by "{" and "}", starting on the same line as the block header'
        );
      } else {
        this.unexpected(i, 'Invalid block definition: expected a quoted label or "{"');
      }
    }
    const open = i;
    this.pos = open + 1;
    const attributes = [];
    const blocks = [];
    let close;
    const j = this.pos;
    const tj = type[j];
    if (tj === NEWLINE || tj === EOF || tj === CBRACE) {
      close = this.parseBody(attributes, blocks, open, typeTok);
    } else {
      if (tj !== IDENT) this.unexpected(j, "Invalid single-line block: expected an argument definition");
      const k = j + 1;
      const tk = type[k];
      if (tk === EQUAL) attributes.push(this.parseAttribute(j, k, true));
      else if (tk === OQUOTE || tk === OBRACE || tk === IDENT)
        this.fail(
          j,
          `Invalid single-line block: it can contain only a single argument; put the nested block "${this.text(j)}" on a line of its own`
        );
      else this.unexpected(k, `Invalid single-line block: expected "=" after "${this.text(j)}"`);
      close = this.pos;
      const tc = type[close];
      if (tc === CBRACE) this.pos = close + 1;
      else if (tc === COMMA)
        this.fail(
          close,
          "Invalid single-line block: it can contain only one argument; use a multi-line block with one argument per line"
        );
      else if (tc === NEWLINE)
        this.fail(
          close,
          "Invalid single-line block: a block with an argument on its opening line must be closed on that same line"
        );
      else if (tc === EOF) this.unclosed(typeTok, open);
      else this.unexpected(close, 'Invalid single-line block: expected "}" right after the argument');
    }
    const eol = this.pos;
    const te = type[eol];
    if (te === NEWLINE) this.pos = eol + 1;
    else if (te !== EOF)
      this.unexpected(eol, "Missing newline after block definition: a block must end with a newline");
    this.depth--;
    const end = this.ep(close);
    return {
      type: this.text(typeTok),
      labels,
      start: this.sp(typeTok),
      typeSpan: { start: this.sp(typeTok), end: this.ep(typeTok) },
      labelSpans,
      body: { attributes, blocks, start: this.sp(open), end },
      end
    };
  }
  /** A quoted block label (no template sequences). Returns the index of the closing quote. */
  parseLabel(open, labels) {
    let value = "";
    let i = open + 1;
    for (; ; i++) {
      const t = this.type[i];
      if (t === CQUOTE) break;
      if (t === QUOTED_LIT) value += this.literalValue(i);
      else if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
        const c = t === TEMPLATE_INTERP ? "$" : "%";
        this.fail(
          i,
          `Invalid block label: template sequences are not allowed in a label; to write a literal "${c}{", write "${c}${c}{"`
        );
      } else if (t === EOF)
        this.fail(open, "Unterminated string: no closing quote for the string opened here");
      else this.unexpected(i, "Invalid block label");
    }
    labels.push(value);
    this.pos = i + 1;
    return i;
  }
  // ---- expressions ----------------------------------------------------------------------------------------
  /** Skim mode for the rest of the file: attributes become LazyAttributes. */
  skim() {
    this.build = false;
  }
  parseExpr() {
    if (++this.depth > MAX_DEPTH) this.tooDeep(this.peek());
    const cond = this.parseBinary(1);
    let out = cond;
    const q = this.peek();
    if (this.type[q] === QUESTION) {
      this.pos = q + 1;
      const a = this.parseExpr();
      const c = this.peek();
      if (this.type[c] !== COLON) this.unexpected(c, 'Missing false expression in conditional: expected ":"');
      this.pos = c + 1;
      const b = this.parseExpr();
      out = {
        kind: "conditional",
        condition: cond,
        then: a,
        else: b,
        start: cond.start,
        end: b.end
      };
    }
    this.depth--;
    return out;
  }
  parseBinary(min) {
    let lhs = this.parseOperand();
    for (; ; ) {
      const i = this.peek();
      const t = this.type[i];
      const prec = PREC[t];
      if (prec < min) return lhs;
      this.pos = i + 1;
      const rhs = this.parseBinary(prec + 1);
      if (!this.build) continue;
      lhs = {
        kind: "binary",
        op: OPS[t],
        left: lhs,
        right: rhs,
        start: lhs.start,
        end: rhs.end
      };
    }
  }
  /** A term with its traversals, or a unary operator applied to one. */
  parseOperand() {
    const i = this.peek();
    const t = this.type[i];
    if (t === MINUS || t === BANG) {
      this.pos = i + 1;
      if (++this.depth > MAX_DEPTH) this.tooDeep(i);
      const operand = this.parseOperand();
      this.depth--;
      return {
        kind: "unary",
        op: t === MINUS ? "-" : "!",
        operand,
        start: this.sp(i),
        end: operand.end
      };
    }
    return this.parseTraversals(this.parseTerm(i, t));
  }
  parseTerm(i, t) {
    switch (t) {
      case IDENT: {
        this.pos = i + 1;
        const j = this.peek();
        const tj = this.type[j];
        if (tj === OPAREN) return this.parseCall(i, i, j);
        if (tj === DOUBLECOLON) return this.parseNamespacedCall(i);
        if (!this.build) return SKIMMED;
        const name = this.text(i);
        const start = this.sp(i);
        const end = this.ep(i);
        if (name === "true") return { kind: "literal", value: true, start, end };
        if (name === "false") return { kind: "literal", value: false, start, end };
        if (name === "null") return { kind: "literal", value: null, start, end };
        return { kind: "variable", name, start, end };
      }
      case NUMBER: {
        this.pos = i + 1;
        const value = this.numberValue(i);
        return this.build ? { kind: "literal", value, start: this.sp(i), end: this.ep(i) } : SKIMMED;
      }
      case OQUOTE:
        return this.parseQuoted(i);
      case OHEREDOC:
        return this.parseHeredoc(i);
      case OBRACK:
        return this.parseTuple(i);
      case OBRACE:
        return this.parseObject(i);
      case OPAREN: {
        this.pos = i + 1;
        const saved = this.nl;
        this.nl = false;
        const expr = this.parseExpr();
        const c = this.peek();
        if (this.type[c] !== CPAREN)
          this.unexpected(
            c,
            `Unbalanced parentheses: expected ")" to close the "(" at line ${this.sLine[i]}`
          );
        this.pos = c + 1;
        this.nl = saved;
        return { kind: "paren", expr, start: this.sp(i), end: this.ep(c) };
      }
      default:
        if (t === EOF) this.fail(i, "Missing expression: expected an expression, found the end of the file");
        if (t === INVALID) this.fail(i, this.invalidMessage(i));
        this.fail(i, `Invalid expression: unexpected ${this.describe(i)}`);
    }
  }
  numberValue(i) {
    if (this.flag[i] & F_BADNUMBER) {
      this.report(this.sLine[i], this.sCol[i], `Invalid number literal: ${this.text(i)}`);
      return NaN;
    }
    return Number(this.text(i));
  }
  parseNamespacedCall(first) {
    let last = first;
    for (; ; ) {
      const d = this.peek();
      if (this.type[d] !== DOUBLECOLON) break;
      this.pos = d + 1;
      const n = this.peek();
      if (this.type[n] !== IDENT) this.unexpected(n, 'Invalid function name: expected a name after "::"');
      this.pos = n + 1;
      last = n;
    }
    const o = this.peek();
    if (this.type[o] !== OPAREN)
      this.unexpected(
        o,
        'Missing function call: a namespaced name like "provider::aws::fn" must be followed by "("'
      );
    return this.parseCall(first, last, o);
  }
  callName(first, last) {
    return first === last ? this.text(first) : this.src.slice(this.start[first], this.end[last]).replace(/\s+/g, "");
  }
  parseCall(first, last, open) {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    const args = [];
    let expandFinal = false;
    let close;
    for (; ; ) {
      let k = this.peek();
      if (this.type[k] === CPAREN) {
        close = k;
        break;
      }
      const arg = this.parseExpr();
      if (this.build) args.push(arg);
      k = this.peek();
      const t = this.type[k];
      if (t === CPAREN) {
        close = k;
        break;
      }
      if (t === COMMA) {
        this.pos = k + 1;
        continue;
      }
      if (t === ELLIPSIS) {
        expandFinal = true;
        this.pos = k + 1;
        close = this.peek();
        if (this.type[close] !== CPAREN)
          this.unexpected(
            close,
            'Missing closing parenthesis: an expanded argument (with "...") must be the last one'
          );
        break;
      }
      if (t === EOF)
        this.fail(open, `Unterminated function call: no ")" for the call to "${this.callName(first, last)}"`);
      this.unexpected(k, 'Missing argument separator: expected "," or ")"');
    }
    this.pos = close + 1;
    this.nl = saved;
    if (!this.build) return SKIMMED;
    return {
      kind: "call",
      name: this.callName(first, last),
      args,
      expandFinal,
      nameEnd: this.ep(last),
      start: this.sp(first),
      end: this.ep(close)
    };
  }
  parseTuple(open) {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    let k = this.peek();
    if (this.isKeyword(k, "for")) {
      const e = this.parseFor(open, k, false);
      this.nl = saved;
      return e;
    }
    const items = [];
    for (; ; ) {
      if (this.type[k] === CBRACK) break;
      const item = this.parseExpr();
      if (this.build) items.push(item);
      k = this.peek();
      const t = this.type[k];
      if (t === CBRACK) break;
      if (t === COMMA) {
        this.pos = k + 1;
        k = this.peek();
        continue;
      }
      if (t === EOF) this.fail(open, 'Unterminated tuple: no "]" for this "["');
      this.unexpected(k, 'Missing item separator: expected "," or "]"');
    }
    this.pos = k + 1;
    this.nl = saved;
    return this.build ? { kind: "tuple", items, start: this.sp(open), end: this.ep(k) } : SKIMMED;
  }
  parseObject(open) {
    this.pos = open + 1;
    const saved = this.nl;
    this.nl = false;
    const f = this.peek();
    if (this.isKeyword(f, "for")) {
      const e = this.parseFor(open, f, true);
      this.nl = saved;
      return e;
    }
    this.nl = true;
    const type = this.type;
    const items = [];
    let k;
    for (; ; ) {
      k = this.pos;
      let t = type[k];
      if (t === NEWLINE) {
        this.pos = k + 1;
        continue;
      }
      if (t === CBRACE) break;
      const force = t === OPAREN;
      let key = this.parseExpr();
      const s = this.pos;
      t = type[s];
      if (t !== EQUAL && t !== COLON) {
        if (t === NEWLINE || t === COMMA)
          this.fail(s, 'Missing attribute value: expected "=" and a value after the key');
        if (t === IDENT)
          this.fail(
            s,
            'Missing key/value separator: expected "="; to use a key containing periods or spaces, write it in quotes'
          );
        if (t === EOF) this.fail(open, 'Unterminated object: no "}" for this "{"');
        this.unexpected(s, 'Missing key/value separator: expected "=" or ":"');
      }
      this.pos = s + 1;
      const value = this.parseExpr();
      if (this.build) {
        if (!force && key.kind === "variable")
          key = { kind: "literal", value: key.name, start: key.start, end: key.end };
        items.push({ key, value, start: key.start, end: value.end });
      }
      k = this.pos;
      t = type[k];
      if (t === CBRACE) break;
      if (t === COMMA || t === NEWLINE) {
        this.pos = k + 1;
        continue;
      }
      if (t === EOF) this.fail(open, 'Unterminated object: no "}" for this "{"');
      this.unexpected(k, 'Missing attribute separator: expected a newline or ","');
    }
    this.pos = k + 1;
    this.nl = saved;
    return this.build ? { kind: "object", items, start: this.sp(open), end: this.ep(k) } : SKIMMED;
  }
  /** `[for ...]` / `{for ...}`; called with newlines off and `forTok` the `for` keyword. */
  /** `k, v in` or `v in` after `for` (in a for expression or a template directive); leaves pos after `in`. */
  parseForVariables(what) {
    let v = this.peek();
    if (this.type[v] !== IDENT)
      this.unexpected(v, `Invalid "for" ${what}: expected a variable name after "for"`);
    let valueVar = this.text(v);
    let keyVar;
    this.pos = v + 1;
    const c = this.peek();
    if (this.type[c] === COMMA) {
      keyVar = valueVar;
      this.pos = c + 1;
      v = this.peek();
      if (this.type[v] !== IDENT)
        this.unexpected(v, `Invalid "for" ${what}: expected the value variable name after ","`);
      valueVar = this.text(v);
      this.pos = v + 1;
    }
    const inTok = this.peek();
    if (!this.isKeyword(inTok, "in"))
      this.unexpected(inTok, `Invalid "for" ${what}: expected "in" after the variable names`);
    this.pos = inTok + 1;
    return { keyVar, valueVar };
  }
  parseFor(open, forTok, isObject) {
    const closeType = isObject ? CBRACE : CBRACK;
    this.pos = forTok + 1;
    const { keyVar, valueVar } = this.parseForVariables("expression");
    const collection = this.parseExpr();
    const colon = this.peek();
    if (this.type[colon] !== COLON)
      this.unexpected(colon, 'Invalid "for" expression: expected ":" after the collection expression');
    this.pos = colon + 1;
    let valueTok = this.peek();
    let valueExpr = this.parseExpr();
    let keyExpr;
    let keyTok = valueTok;
    const fa = this.peek();
    if (this.type[fa] === FATARROW) {
      this.pos = fa + 1;
      keyExpr = valueExpr;
      keyTok = valueTok;
      valueTok = this.peek();
      valueExpr = this.parseExpr();
    }
    let grouping = false;
    const el = this.peek();
    if (this.type[el] === ELLIPSIS) {
      grouping = true;
      this.pos = el + 1;
    }
    let condition;
    const ifTok = this.peek();
    if (this.isKeyword(ifTok, "if")) {
      this.pos = ifTok + 1;
      condition = this.parseExpr();
    }
    const close = this.peek();
    if (this.type[close] !== closeType)
      this.unexpected(
        close,
        `Invalid "for" expression: expected "${isObject ? "}" : "]"}" at the end of the expression`
      );
    this.pos = close + 1;
    if (!isObject) {
      if (keyExpr)
        this.report(
          this.sLine[keyTok],
          this.sCol[keyTok],
          'Invalid "for" expression: a key expression ("=>") is not valid when building a tuple'
        );
      if (grouping)
        this.report(
          this.sLine[el],
          this.sCol[el],
          'Invalid "for" expression: the grouping ellipsis (...) cannot be used when building a tuple'
        );
    } else if (!keyExpr) {
      this.report(
        this.sLine[valueTok],
        this.sCol[valueTok],
        'Invalid "for" expression: a key expression ("key => value") is required when building an object'
      );
    }
    const out = {
      kind: "for",
      valueVar,
      collection,
      valueExpr,
      grouping,
      object: isObject,
      start: this.sp(open),
      end: this.ep(close)
    };
    if (keyVar !== void 0) out.keyVar = keyVar;
    if (keyExpr) out.keyExpr = keyExpr;
    if (condition) out.condition = condition;
    return out;
  }
  parseTraversals(from) {
    const type = this.type;
    let ret = from;
    for (; ; ) {
      const i = this.peek();
      const t = type[i];
      if (t === DOT) {
        this.pos = i + 1;
        const j = this.peek();
        const tj = type[j];
        this.pos = j + 1;
        if (tj === IDENT) {
          if (this.build)
            ret = { kind: "getattr", object: ret, name: this.text(j), start: ret.start, end: this.ep(j) };
        } else if (tj === NUMBER) {
          const key = this.legacyIndex(j);
          if (this.build) ret = { kind: "index", object: ret, key, start: ret.start, end: this.ep(j) };
        } else if (tj === STAR) {
          const item = { kind: "splat-item", start: this.sp(i), end: this.ep(j) };
          let each = item;
          for (; ; ) {
            const d = this.peek();
            if (type[d] !== DOT) break;
            this.pos = d + 1;
            const a = this.peek();
            const ta = type[a];
            this.pos = a + 1;
            if (ta === IDENT)
              each = {
                kind: "getattr",
                object: each,
                name: this.text(a),
                start: item.start,
                end: this.ep(a)
              };
            else if (ta === NUMBER)
              each = {
                kind: "index",
                object: each,
                key: this.legacyIndex(a),
                start: item.start,
                end: this.ep(a)
              };
            else if (ta === STAR)
              this.fail(
                a,
                "Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat"
              );
            else this.unexpected(a, "Invalid attribute name: an attribute name is required after a dot");
          }
          ret = { kind: "splat", object: ret, each, start: ret.start, end: each.end };
        } else {
          this.unexpected(j, "Invalid attribute name: an attribute name is required after a dot");
        }
      } else if (t === OBRACK) {
        this.pos = i + 1;
        const j = this.peek();
        if (type[j] === STAR) {
          this.pos = j + 1;
          const c = this.peek();
          if (type[c] !== CBRACK)
            this.unexpected(c, 'Missing close bracket on splat index: "[*" must be followed by "]"');
          this.pos = c + 1;
          const item = { kind: "splat-item", start: this.sp(i), end: this.ep(c) };
          if (++this.depth > MAX_DEPTH) this.tooDeep(i);
          const each = this.parseTraversals(item);
          this.depth--;
          ret = { kind: "splat", object: ret, each, start: ret.start, end: each.end };
        } else {
          const saved = this.nl;
          this.nl = false;
          const key = this.parseExpr();
          const c = this.peek();
          if (type[c] !== CBRACK) this.unexpected(c, 'Missing close bracket on index: expected "]"');
          this.pos = c + 1;
          this.nl = saved;
          if (this.build) ret = { kind: "index", object: ret, key, start: ret.start, end: this.ep(c) };
        }
      } else return ret;
    }
  }
  /** The key of a legacy index step `.0`. */
  legacyIndex(j) {
    const text = this.text(j);
    const start = this.sp(j);
    const end = this.ep(j);
    const dot = text.indexOf(".");
    if (dot >= 0) {
      this.report(
        this.sLine[j],
        this.sCol[j],
        `Invalid legacy index syntax: chaining two legacy indexes is not allowed; use [${text.slice(0, dot)}][${text.slice(dot + 1)}] instead`
      );
      return { kind: "literal", value: Number(text.slice(0, dot)), start, end };
    }
    return { kind: "literal", value: this.numberValue(j), start, end };
  }
  // ---- templates ------------------------------------------------------------------------------------------
  parseQuoted(open) {
    const type = this.type;
    if (type[open + 1] === CQUOTE) {
      this.pos = open + 2;
      if (!this.build) return SKIMMED;
      const at = this.ep(open);
      return {
        kind: "template",
        parts: [{ kind: "text", value: "", start: at, end: at }],
        start: this.sp(open),
        end: this.ep(open + 1)
      };
    }
    if (type[open + 1] === QUOTED_LIT && type[open + 2] === CQUOTE && !(this.flag[open + 1] & F_ESCAPE)) {
      this.pos = open + 3;
      if (!this.build) return SKIMMED;
      const lit = open + 1;
      return {
        kind: "template",
        parts: [{ kind: "text", value: this.text(lit), start: this.sp(lit), end: this.ep(lit) }],
        start: this.sp(open),
        end: this.ep(open + 2)
      };
    }
    this.pos = open + 1;
    const items = this.templateItems(CQUOTE, open);
    const close = this.pos - 1;
    return this.buildTemplate(items, this.sp(open), this.ep(close), this.ep(open));
  }
  parseHeredoc(open) {
    this.pos = open + 1;
    const items = this.templateItems(CHEREDOC, open);
    const close = this.pos - 1;
    if (this.flag[open] & F_FLUSH) flushHeredoc(items);
    return this.buildTemplate(items, this.sp(open), this.ep(close), this.ep(open));
  }
  /** Builds a template expression from flat items (used by quoted strings, heredocs and bare templates). */
  buildTemplate(items, start, end, emptyAt) {
    this.tpl = items;
    this.tplIdx = 0;
    const parts = this.templateSeq(false);
    if (!this.build) return SKIMMED;
    if (parts.length === 0) parts.push({ kind: "text", value: "", start: emptyAt, end: emptyAt });
    return { kind: "template", parts, start, end };
  }
  /**
   * Reads template tokens up to the `end` token type (consumed) into flat items, applying `~` strip
   * markers. `open` is the opening token (-1 for a bare template).
   */
  templateItems(end, open) {
    const type = this.type;
    const items = [];
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    for (; ; ) {
      const i = this.pos;
      const t = type[i];
      if (t === end) {
        this.pos = i + 1;
        return items;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (t === QUOTED_LIT || t === STRING_LIT) {
        let text = this.literalValue(i);
        if (ltrim) text = trimLeft(text);
        items.push({
          k: TT_TEXT,
          text,
          expr: null,
          keyVar: void 0,
          valueVar: "",
          tok: i,
          start: this.sp(i),
          end: this.ep(i)
        });
        nextCanTrimPrev = true;
        this.pos = i + 1;
        continue;
      }
      if (t === TEMPLATE_INTERP || t === TEMPLATE_CONTROL) {
        if (canTrimPrev && this.flag[i] & F_TILDE) {
          const prev = items[items.length - 1];
          prev.text = trimRight(prev.text);
        }
        this.pos = i + 1;
        const saved = this.nl;
        this.nl = false;
        if (t === TEMPLATE_INTERP) {
          const expr = this.parseExpr();
          const c = this.closeSequence(i, end);
          items.push({
            k: TT_INTERP,
            text: "",
            expr,
            keyVar: void 0,
            valueVar: "",
            tok: i,
            start: this.sp(i),
            end: this.ep(c)
          });
          if (this.flag[c] & F_TILDE) ltrimNext = true;
        } else {
          const item = this.directive(i);
          if (this.flag[this.pos - 1] & F_TILDE) ltrimNext = true;
          items.push(item);
        }
        this.nl = saved;
        continue;
      }
      if (t === EOF) {
        if (open < 0) this.fail(i, "Unexpected end of template");
        if (type[open] === OHEREDOC) {
          const m = /<<-?(\S+)/.exec(this.text(open));
          this.fail(
            open,
            `Unterminated heredoc: no closing "${m ? m[1] : ""}" marker line for the heredoc opened here`
          );
        }
        this.fail(open, "Unterminated string: no closing quote for the string opened here");
      }
      this.unexpected(i, "Unterminated template string");
    }
  }
  /** Expects the `}` closing the `${`/`%{` at token `open`; returns its index (consumed). */
  closeSequence(open, end) {
    const c = this.peek();
    const t = this.type[c];
    if (t !== TEMPLATE_SEQ_END) {
      if (t === EOF)
        this.fail(
          open,
          `Unclosed template interpolation: no "}" for this "\${" before the end of the ${end === EOF ? "string" : "file"}`
        );
      if ((t === CQUOTE || t === OQUOTE) && end === CQUOTE)
        this.fail(
          open,
          'Unclosed template interpolation: no "}" for this "${" before the end of the quoted string'
        );
      if (t === COLON)
        this.fail(
          c,
          'Extra characters after interpolation expression: ":" is not expected here; to write a literal "${", escape it as "$${"'
        );
      this.unexpected(
        c,
        'Extra characters after interpolation expression: expected "}"; to write a literal "${", escape it as "$${"'
      );
    }
    this.pos = c + 1;
    return c;
  }
  /** `%{ if x }`, `%{ else }`, `%{ endif }`, `%{ for k, v in x }`, `%{ endfor }`; the `%{` is token `open`. */
  directive(open) {
    const kw = this.peek();
    if (this.type[kw] !== IDENT)
      this.unexpected(
        kw,
        'Invalid template directive: expected "if", "for", "else", "endif" or "endfor" after "%{"'
      );
    this.pos = kw + 1;
    const name = this.text(kw);
    let k;
    let expr = null;
    let keyVar;
    let valueVar = "";
    switch (name) {
      case "if":
        k = TT_IF;
        expr = this.parseExpr();
        break;
      case "else":
        k = TT_ELSE;
        break;
      case "endif":
        k = TT_ENDIF;
        break;
      case "endfor":
        k = TT_ENDFOR;
        break;
      case "for": {
        k = TT_FOR;
        ({ keyVar, valueVar } = this.parseForVariables("directive"));
        expr = this.parseExpr();
        break;
      }
      default:
        this.fail(
          kw,
          `Invalid template control keyword: "${name}" is not one of if, for, else, endif, endfor`
        );
    }
    const c = this.peek();
    if (this.type[c] !== TEMPLATE_SEQ_END)
      this.unexpected(c, `Extra characters in the "%{ ${name} }" directive: expected "}"`);
    this.pos = c + 1;
    return { k, text: name, expr, keyVar, valueVar, tok: open, start: this.sp(open), end: this.ep(c) };
  }
  /** Nests flat template items: reads until the end, or (nested) until an else/endif/endfor, not consumed. */
  templateSeq(nested) {
    const items = this.tpl;
    const parts = [];
    let lastText = null;
    let empty = 0;
    while (this.tplIdx < items.length) {
      const it = items[this.tplIdx];
      switch (it.k) {
        case TT_TEXT:
          this.tplIdx++;
          if (lastText) {
            lastText.value += it.text;
            lastText.end = it.end;
          } else {
            lastText = { kind: "text", value: it.text, start: it.start, end: it.end };
            parts.push(lastText);
          }
          if (lastText.value === "") empty++;
          continue;
        case TT_INTERP:
          this.tplIdx++;
          parts.push(it.expr);
          lastText = null;
          continue;
        case TT_IF:
        case TT_FOR:
          this.tplIdx++;
          parts.push(it.k === TT_IF ? this.templateIf(it) : this.templateFor(it));
          lastText = null;
          continue;
        default:
          if (nested) return dropEmptyText(parts, empty);
          this.fail(
            it.tok,
            `Unexpected "%{ ${it.text} }" directive: there is no matching "%{ ${it.text === "endfor" ? "for" : "if"} }" before it`
          );
      }
    }
    return dropEmptyText(parts, empty);
  }
  nestedTemplate(parts, emptyAt) {
    if (parts.length === 0)
      return {
        kind: "template",
        parts: [{ kind: "text", value: "", start: emptyAt, end: emptyAt }],
        start: emptyAt,
        end: emptyAt
      };
    return { kind: "template", parts, start: parts[0].start, end: parts[parts.length - 1].end };
  }
  templateIf(it) {
    if (++this.depth > MAX_DEPTH)
      this.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
    const items = this.tpl;
    const thenParts = this.templateSeq(true);
    let next = items[this.tplIdx];
    const missing = `Unexpected end of template: the "%{ if }" at line ${this.sLine[it.tok]} has no matching "%{ endif }"`;
    if (!next) this.fail(it.tok, missing);
    let elseParts;
    let elseTok;
    if (next.k === TT_ELSE) {
      elseTok = next;
      this.tplIdx++;
      elseParts = this.templateSeq(true);
      next = items[this.tplIdx];
      if (!next) this.fail(it.tok, missing);
    }
    if (next.k !== TT_ENDIF) {
      if (next.k === TT_ELSE)
        this.fail(
          next.tok,
          `Unexpected "%{ else }" directive: already in the else clause of the "%{ if }" at line ${this.sLine[it.tok]}`
        );
      this.fail(
        next.tok,
        `Unexpected "%{ ${next.text} }" directive: expected "%{ endif }" for the "%{ if }" at line ${this.sLine[it.tok]}`
      );
    }
    this.tplIdx++;
    this.depth--;
    const out = {
      kind: "template-if",
      condition: it.expr,
      then: this.nestedTemplate(thenParts, it.end),
      start: it.start,
      end: next.end
    };
    if (elseParts && elseTok) out.else = this.nestedTemplate(elseParts, elseTok.end);
    return out;
  }
  templateFor(it) {
    if (++this.depth > MAX_DEPTH)
      this.fail(it.tok, `Nesting too deep: more than ${MAX_DEPTH} nested template directives`);
    const body = this.templateSeq(true);
    const next = this.tpl[this.tplIdx];
    if (!next)
      this.fail(
        it.tok,
        `Unexpected end of template: the "%{ for }" at line ${this.sLine[it.tok]} has no matching "%{ endfor }"`
      );
    if (next.k !== TT_ENDFOR) {
      if (next.k === TT_ELSE)
        this.fail(next.tok, 'Unexpected "%{ else }" directive: a "%{ for }" directive has no else clause');
      this.fail(
        next.tok,
        `Unexpected "%{ ${next.text} }" directive: expected "%{ endfor }" for the "%{ for }" at line ${this.sLine[it.tok]}`
      );
    }
    this.tplIdx++;
    this.depth--;
    const out = {
      kind: "template-for",
      valueVar: it.valueVar,
      collection: it.expr,
      body: this.nestedTemplate(body, it.end),
      start: it.start,
      end: next.end
    };
    if (it.keyVar !== void 0) out.keyVar = it.keyVar;
    return out;
  }
  /** The value of a QUOTED_LIT (backslash and `$${` escapes) or STRING_LIT (`$${` / `%%{` escapes only). */
  literalValue(i) {
    const s = this.start[i];
    const e = this.end[i];
    const src = this.src;
    if (!(this.flag[i] & F_ESCAPE)) return src.slice(s, e);
    const quoted = this.type[i] === QUOTED_LIT;
    let out = "";
    let seg = s;
    let p = s;
    while (p < e) {
      const c = src.charCodeAt(p);
      if (c === 92 && quoted) {
        out += src.slice(seg, p);
        const d = src.charCodeAt(p + 1);
        let adv = 2;
        switch (d) {
          case 110:
            out += "\n";
            break;
          case 114:
            out += "\r";
            break;
          case 116:
            out += "	";
            break;
          case 34:
            out += '"';
            break;
          case 92:
            out += "\\";
            break;
          case 117:
          case 85: {
            const want = d === 117 ? 4 : 8;
            let h = p + 2;
            while (h < e && h - (p + 2) < want && isHex(src.charCodeAt(h))) h++;
            adv = h - p;
            const col = this.sCol[i] + (p - s);
            if (h - (p + 2) !== want) {
              this.report(
                this.sLine[i],
                col,
                `Invalid escape sequence: \\${d === 117 ? "u" : "U"} must be followed by ${want === 4 ? "four" : "eight"} hexadecimal digits`
              );
              break;
            }
            const cp = parseInt(src.slice(p + 2, h), 16);
            if (cp > 1114111 || cp >= 55296 && cp <= 57343) {
              this.report(
                this.sLine[i],
                col,
                `Invalid escape sequence: cannot encode character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`
              );
              break;
            }
            out += String.fromCodePoint(cp);
            break;
          }
          default: {
            const cp = src.codePointAt(p + 1) ?? 0;
            const ch = String.fromCodePoint(cp);
            adv = 1 + ch.length;
            this.report(
              this.sLine[i],
              this.sCol[i] + (p - s),
              `Invalid escape sequence: "\\${ch}" is not a valid escape; use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN`
            );
            out += ch;
          }
        }
        p += adv;
        seg = p;
      } else if ((c === 36 || c === 37) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 123) {
        out += src.slice(seg, p + 1) + "{";
        p += 3;
        seg = p;
      } else p++;
    }
    return out + src.slice(seg, e);
  }
};
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function trimLeft(s) {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}
function trimRight(s) {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}
function dropEmptyText(parts, empty) {
  if (empty === 0 || parts.length < 2) return parts;
  const out = parts.filter((p) => p.kind !== "text" || p.value !== "");
  if (out.length === 0) return [parts[0]];
  const k = out[0].kind;
  if (out.length === 1 && k !== "text" && k !== "template-if" && k !== "template-for") return parts;
  return out;
}
function flushHeredoc(items) {
  let min = Infinity;
  let newline = true;
  const adjust = [];
  for (const it of items) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (it.k === TT_TEXT) {
        const t = it.text;
        let units = 0;
        let count = 0;
        while (units < t.length && isSpace(t.charCodeAt(units))) {
          units++;
          count++;
        }
        if (units === t.length && t.endsWith("\n")) spaces = Infinity;
        else {
          spaces = count;
          adjust.push(it);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (it.k === TT_TEXT && it.text.endsWith("\n")) newline = true;
  }
  if (min === 0 || min === Infinity) return;
  for (const it of adjust) {
    it.text = it.text.slice(min);
    it.start += min;
  }
}
var LazyAttribute = class {
  constructor(name, start, nameEnd, exprStart, end, src) {
    this.name = name;
    this.start = start;
    this.nameEnd = nameEnd;
    this.exprStart = exprStart;
    this.end = end;
    this.src = src;
  }
  name;
  start;
  nameEnd;
  exprStart;
  end;
  src;
  built;
  get expr() {
    if (this.built) return this.built;
    const lineEnd = this.src.indexOf("\n", this.end);
    const tk = tokenize(this.src, this.exprStart, false, 1, 1, lineEnd < 0 ? this.src.length : lineEnd + 1);
    try {
      this.built = new Parser(this.src, tk, [], 0).parseExpr();
    } catch (e) {
      if (e === BAIL) throw new Error("HCL parser: an expression that was checked failed to build");
      throw e;
    } finally {
      releaseTokens(tk);
    }
    return this.built;
  }
};
function internalError(parser, e, errors) {
  if (e === BAIL) return;
  const pos = parser.tokenPosition(Math.min(parser.pos, parser.count - 1));
  const message = e instanceof RangeError ? "Nesting too deep: the input is nested too deeply to parse" : `Internal parser error: ${String(e)}`;
  errors.push({ line: pos.line, column: pos.column, message });
}
function parseHcl(text) {
  const begin = text.charCodeAt(0) === 65279 ? 1 : 0;
  const tk = tokenize(text, begin, false, 1, 1);
  const errors = [];
  const attributes = [];
  const blocks = [];
  const parser = new Parser(text, tk, errors, 0);
  parser.skim();
  try {
    parser.parseBody(attributes, blocks, -1, -1);
  } catch (e) {
    internalError(parser, e, errors);
  }
  const end = parser.ep(tk.count - 1);
  releaseTokens(tk);
  return { body: { attributes, blocks, start: begin, end }, errors };
}
function parseTemplate(text, start) {
  const errors = [];
  const end = start.offset + text.length;
  if (text.indexOf("${") < 0 && text.indexOf("%{") < 0) {
    return {
      expr: {
        kind: "template",
        parts: [{ kind: "text", value: text, start: start.offset, end }],
        start: start.offset,
        end
      },
      errors
    };
  }
  const tk = tokenize(text, 0, true, start.line, start.column);
  const parser = new Parser(text, tk, errors, start.offset);
  parser.eofName = "the end of the string";
  let expr;
  try {
    const items = parser.templateItems(EOF, -1);
    expr = parser.buildTemplate(items, start.offset, end, start.offset);
  } catch (e) {
    internalError(parser, e, errors);
    expr = {
      kind: "template",
      parts: [{ kind: "text", value: text, start: start.offset, end }],
      start: start.offset,
      end
    };
  }
  releaseTokens(tk);
  return { expr, errors };
}

// src/parsers/hcl/tfjson.ts
var LABELS = /* @__PURE__ */ new Map([
  ["resource", 2],
  ["data", 2],
  ["ephemeral", 2],
  ["module", 1],
  ["variable", 1],
  ["output", 1],
  ["provider", 1],
  ["check", 1]
]);
var MAX_DEPTH2 = 500;
var DYNAMIC_BLOCK_HOSTS = /* @__PURE__ */ new Set(["resource", "data", "ephemeral"]);
var JSON_ERRORS = {
  1: "invalid symbol",
  2: "invalid number format",
  3: "expected a property name",
  4: "expected a value",
  5: 'expected ":"',
  6: 'expected ","',
  7: 'expected "}"',
  8: 'expected "]"',
  9: "expected the end of the file",
  10: "comments are not allowed",
  11: "unexpected end of comment",
  12: "unexpected end of string",
  13: "unexpected end of number",
  14: "invalid unicode escape",
  15: "invalid escape character",
  16: "invalid character in string"
};
function spanOf(node) {
  return { start: node.offset, end: node.offset + node.length };
}
function propertiesOf(node, commentsAllowed) {
  const out = [];
  for (const prop of node.children ?? []) {
    const key = prop.children?.[0];
    const value = prop.children?.[1];
    if (key && value && !(commentsAllowed && key.value === "//")) out.push([key, value]);
  }
  return out;
}
var JsonMapper = class {
  constructor(text) {
    this.text = text;
    this.lines = hclLineIndex(text);
  }
  text;
  errors = [];
  lines;
  depth = 0;
  error(offset, message) {
    const pos = this.lines.position(offset);
    this.errors.push({ line: pos.line, column: pos.column, message });
  }
  /** Top-level property `type` with `labels` labels still to read from `node`. */
  blocks(type, typeKey, node, remaining, labels, labelKeys, out) {
    if (node.type === "array") {
      for (const el of node.children ?? []) this.blocks(type, typeKey, el, remaining, labels, labelKeys, out);
      return;
    }
    if (node.type !== "object") {
      const what = remaining > 0 ? `an object whose keys are the block's labels` : `an object for the block body`;
      this.error(node.offset, `Invalid "${type}" block: expected ${what}, found ${describe(node)}`);
      return;
    }
    if (remaining > 0) {
      for (const [key, value] of propertiesOf(node, true)) {
        this.blocks(
          type,
          typeKey,
          value,
          remaining - 1,
          [...labels, String(key.value)],
          [...labelKeys, key],
          out
        );
      }
      return;
    }
    const head = labelKeys.length > 0 ? labelKeys[labelKeys.length - 1] : typeKey;
    out.push({
      type,
      labels,
      start: head.offset,
      typeSpan: spanOf(typeKey),
      labelSpans: labelKeys.map(spanOf),
      body: this.body(node, DYNAMIC_BLOCK_HOSTS.has(type) ? "resource" : "attributes"),
      end: node.offset + node.length
    });
  }
  /**
   * A block body: every property is an attribute, except, in resources and data sources, the
   * `"dynamic": { "TYPE": { "for_each": ..., "iterator": ..., "content": { ... } } }` property, which becomes
   * `dynamic "TYPE"` blocks with a `content` block, as the native syntax writes them.
   */
  body(node, kind) {
    const attributes = [];
    const blocks = [];
    const firstSetAt = /* @__PURE__ */ new Map();
    const firstSetting = (name, key) => {
      const first = firstSetAt.get(name);
      if (first === void 0) {
        firstSetAt.set(name, key.offset);
        return true;
      }
      this.error(
        key.offset,
        `Attribute redefined: "${name}" was already set at line ${this.lines.position(first).line}; each argument may be set only once`
      );
      return false;
    };
    for (const [key, value] of propertiesOf(node, true)) {
      const name = String(key.value);
      if (kind === "resource" && name === "dynamic" && value.type === "object") {
        this.dynamicBlocks(key, value, blocks);
        continue;
      }
      if (kind === "dynamic-spec" && name === "content" && value.type === "object") {
        if (firstSetting(name, key))
          blocks.push({
            type: "content",
            labels: [],
            start: key.offset,
            typeSpan: spanOf(key),
            labelSpans: [],
            body: this.body(value, "resource"),
            end: value.offset + value.length
          });
        continue;
      }
      const expr = this.expr(value);
      if (firstSetting(name, key))
        attributes.push({ name, start: key.offset, nameEnd: key.offset + key.length, expr, end: expr.end });
    }
    return { attributes, blocks, ...spanOf(node) };
  }
  /** `{ "TYPE": spec | [spec, ...] }` of a `dynamic` property: one `dynamic "TYPE"` block per spec. */
  dynamicBlocks(dynamicKey, node, out) {
    for (const [typeKey, value] of propertiesOf(node, true)) {
      for (const spec of value.type === "array" ? value.children ?? [] : [value]) {
        if (spec.type !== "object") {
          this.error(
            spec.offset,
            `Invalid dynamic block: expected an object with "for_each" and "content", found ${describe(spec)}`
          );
          continue;
        }
        out.push({
          type: "dynamic",
          labels: [String(typeKey.value)],
          start: typeKey.offset,
          typeSpan: spanOf(dynamicKey),
          labelSpans: [spanOf(typeKey)],
          body: this.body(spec, "dynamic-spec"),
          end: spec.offset + spec.length
        });
      }
    }
  }
  expr(node) {
    const start = node.offset;
    const end = node.offset + node.length;
    if (this.depth >= MAX_DEPTH2) {
      this.error(node.offset, `Nesting too deep: more than ${MAX_DEPTH2} nested JSON values`);
      return { kind: "literal", value: null, start, end };
    }
    this.depth++;
    const e = this.exprInner(node, start, end);
    this.depth--;
    return e;
  }
  exprInner(node, start, end) {
    switch (node.type) {
      case "object": {
        const items = [];
        for (const [key, value] of propertiesOf(node, false)) {
          const v = this.expr(value);
          items.push({
            key: { kind: "literal", value: String(key.value), ...spanOf(key) },
            value: v,
            start: key.offset,
            end: v.end
          });
        }
        return { kind: "object", items, start, end };
      }
      case "array":
        return { kind: "tuple", items: (node.children ?? []).map((c) => this.expr(c)), start, end };
      case "string": {
        const value = String(node.value);
        const at = { ...this.lines.position(node.offset + 1), offset: node.offset + 1 };
        const raw = this.text.slice(node.offset + 1, node.offset + node.length - 1);
        const { expr, errors } = parseTemplate(value, at);
        if (raw !== value) {
          const remap = escapeRemapper(raw, value, at);
          remapOffsets(expr, remap.offset);
          for (const e of errors) Object.assign(e, remap.position(e.line, e.column));
        }
        for (const e of errors) this.errors.push(e);
        expr.start = start;
        expr.end = end;
        return expr;
      }
      case "number":
      case "boolean":
        return { kind: "literal", value: node.value, start, end };
      default:
        return { kind: "literal", value: null, start, end };
    }
  }
};
function escapeRemapper(raw, value, start) {
  const rawAt = new Int32Array(value.length + 1);
  let r = 0;
  for (let v = 0; v < value.length; v++) {
    rawAt[v] = r;
    if (raw.charCodeAt(r) === 92) r += raw.charCodeAt(r + 1) === 117 ? 6 : 2;
    else r++;
  }
  rawAt[value.length] = raw.length;
  const rawIndex = (valueIndex) => rawAt[Math.min(Math.max(valueIndex, 0), value.length)];
  const lineStarts = [0];
  for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const valueIndexAt = (line, column) => {
    const li = line - start.line;
    let i = lineStarts[Math.min(Math.max(li, 0), lineStarts.length - 1)];
    let col = li === 0 ? start.column : 1;
    while (col < column && i < value.length) {
      const c = value.charCodeAt(i);
      i += c >= 55296 && c <= 56319 ? 2 : 1;
      col++;
    }
    return i;
  };
  return {
    offset: (o) => start.offset + rawIndex(o - start.offset),
    position(line, column) {
      const ri = rawIndex(valueIndexAt(line, column));
      let rawColumn = start.column;
      for (let i = 0; i < ri; i++) {
        const c = raw.charCodeAt(i);
        const low = c >= 56320 && c <= 57343;
        if (!(low && i > 0 && raw.charCodeAt(i - 1) >= 55296 && raw.charCodeAt(i - 1) <= 56319))
          rawColumn++;
      }
      return { line: start.line, column: rawColumn };
    }
  };
}
function remapOffsets(root, remap) {
  const visit = (o) => {
    if (o === null || typeof o !== "object") return;
    if (Array.isArray(o)) {
      for (const x of o) visit(x);
      return;
    }
    const node = o;
    for (const k in node) {
      const v = node[k];
      if (typeof v === "number" && (k === "start" || k === "end" || k === "nameEnd")) node[k] = remap(v);
      else visit(v);
    }
  };
  visit(root);
}
function describe(node) {
  switch (node.type) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    case "array":
      return "an array";
    default:
      return "an object";
  }
}
function parseTfJson(text) {
  const m = new JsonMapper(text);
  const jsonErrors = [];
  let root;
  try {
    const json = text.charCodeAt(0) === 65279 ? " " + text.slice(1) : text;
    root = parseTree(json, jsonErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false
    });
  } catch {
    m.errors.push({ line: 1, column: 1, message: "Invalid JSON: nesting too deep to parse" });
    return { body: { attributes: [], blocks: [], start: 0, end: text.length }, errors: m.errors };
  }
  for (const e of jsonErrors) m.error(e.offset, `Invalid JSON: ${JSON_ERRORS[e.error] ?? "syntax error"}`);
  const blocks = [];
  const body = {
    attributes: [],
    blocks,
    start: text.charCodeAt(0) === 65279 ? 1 : 0,
    end: text.length
  };
  if (!root) return { body, errors: m.errors };
  if (root.type !== "object") {
    if (jsonErrors.length === 0)
      m.error(root.offset, `Invalid Terraform JSON: the root must be an object, found ${describe(root)}`);
    return { body, errors: m.errors };
  }
  try {
    for (const [key, value] of propertiesOf(root, true)) {
      const type = String(key.value);
      m.blocks(type, key, value, LABELS.get(type) ?? 0, [], [], blocks);
    }
  } catch (e) {
    m.errors.push({ line: 1, column: 1, message: `Internal parser error: ${String(e)}` });
  }
  return { body, errors: m.errors };
}

// src/terraform/config.ts
var lineIndexes = /* @__PURE__ */ new WeakMap();
function toLocation(file, span) {
  let lines = lineIndexes.get(file);
  if (!lines) lineIndexes.set(file, lines = hclLineIndex(file.text));
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return {
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column
  };
}
function exprText(file, expr) {
  const text = file.text.slice(expr.start, expr.end);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function buildModuleConfig(dir, files) {
  const config = {
    dir,
    files,
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    moduleCalls: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map()
  };
  for (const file of files) {
    const blocks = file.body.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const first = block.labels[0];
      const second = block.labels[1];
      switch (block.type) {
        case "variable":
          if (first !== void 0) config.variables.set(first, { node: block, file });
          break;
        case "locals":
          for (const attr of block.body.attributes) config.locals.set(attr.name, { node: attr, file });
          break;
        case "output":
          if (first !== void 0) config.outputs.set(first, { node: block, file });
          break;
        case "module":
          if (first !== void 0) config.moduleCalls.set(first, { node: block, file });
          break;
        case "resource":
          if (first !== void 0 && second !== void 0)
            config.resources.set(`${first}.${second}`, { node: block, file });
          break;
      }
    }
  }
  return config;
}
function findAttribute(body, name) {
  const attributes = body.attributes;
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return attributes[i];
  return void 0;
}
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../");
}
function dirOf(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i);
}
function joinPath(dir, rel) {
  const parts = dir === "" || dir === "." ? [] : dir.split("/");
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}

// src/terraform/values.ts
function unknown(expr, reason, src) {
  return { t: "unknown", expr, reason, src };
}
function asString(v) {
  switch (v.t) {
    case "string":
      return v.v;
    case "number":
      return String(v.v);
    case "bool":
      return String(v.v);
    default:
      return void 0;
  }
}
function asNumber(v) {
  if (v.t === "number") return v.v;
  if (v.t === "string" && v.v.trim() !== "" && !Number.isNaN(Number(v.v))) return Number(v.v);
  return void 0;
}
function asBool(v) {
  if (v.t === "bool") return v.v;
  if (v.t === "string" && (v.v === "true" || v.v === "false")) return v.v === "true";
  return void 0;
}
function elements(v) {
  if (v.t === "list") return v.items;
  if (v.t === "object") return [...v.attrs.keys()].sort().map((k) => v.attrs.get(k));
  return void 0;
}
function toPlain(v) {
  switch (v.t) {
    case "list":
      return v.items.map(toPlain);
    case "object":
      return Object.fromEntries([...v.attrs].map(([k, x]) => [k, toPlain(x)]));
    case "null":
      return null;
    case "unknown":
      return `(unknown: ${v.expr})`;
    case "ref":
      return `${v.address}${v.attr.map((a) => `.${a}`).join("")}`;
    default:
      return v.v;
  }
}
function equalValues(a, b) {
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}
function fromPlain(x, src) {
  if (x === null || x === void 0) return { t: "null", src };
  if (typeof x === "string") return { t: "string", v: x, src };
  if (typeof x === "number") return { t: "number", v: x, src };
  if (typeof x === "boolean") return { t: "bool", v: x, src };
  if (Array.isArray(x)) return { t: "list", items: x.map((i) => fromPlain(i, src)), src };
  return {
    t: "object",
    attrs: new Map(Object.entries(x).map(([k, i]) => [k, fromPlain(i, src)])),
    src
  };
}

// src/terraform/functions.ts
var EvalError = class extends Error {
};
function list(items, src) {
  return { t: "list", items, src };
}
function needList(v, fn) {
  const items = elements(v);
  if (!items) throw new EvalError(`${fn}: expected a list, got ${v.t}`);
  return items;
}
function needString(v, fn) {
  const s = asString(v);
  if (s === void 0) throw new EvalError(`${fn}: expected a string, got ${v.t}`);
  return s;
}
function needNumber(v, fn) {
  const n = asNumber(v);
  if (n === void 0) throw new EvalError(`${fn ? `${fn}: ` : ""}expected a number, got ${v.t}`);
  return n;
}
function distinct(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((i) => {
    const key = JSON.stringify(toPlain(i));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function flatten(items) {
  return items.flatMap((i) => i.t === "list" ? flatten(i.items) : [i]);
}
function objectOf(v, fn) {
  if (v.t === "object") return v.attrs;
  if (v.t === "null") return /* @__PURE__ */ new Map();
  throw new EvalError(`${fn}: expected a map or object, got ${v.t}`);
}
function format(spec, args) {
  let next = 0;
  return spec.replace(/%(-?\d*)(\.\d+)?([sdvqft%])/g, (_m, _width, _prec, verb) => {
    if (verb === "%") return "%";
    const arg = args[next++];
    if (!arg) throw new EvalError("format: not enough arguments");
    const s = asString(arg) ?? JSON.stringify(toPlain(arg));
    return verb === "q" ? JSON.stringify(s) : s;
  });
}
function cidrsubnet(prefix, newbits, netnum) {
  const base = parseCidr(prefix);
  if (!base) throw new EvalError(`cidrsubnet: invalid CIDR ${prefix}`);
  const bits = base.version === 4 ? 32 : 128;
  const length = base.prefix + newbits;
  if (length > bits || netnum < 0 || netnum >= 2 ** newbits) throw new EvalError("cidrsubnet: out of range");
  const network = base.network | BigInt(netnum) << BigInt(bits - length);
  const text = base.version === 4 ? addressText4(network) : (parseCidr(`${v6Text(network)}/128`)?.text ?? "").split("/")[0];
  return `${text}/${length}`;
}
function cidrhost(prefix, hostnum) {
  const base = parseCidr(prefix);
  if (!base) throw new EvalError(`cidrhost: invalid CIDR ${prefix}`);
  const address = base.network + BigInt(hostnum);
  return base.version === 4 ? addressText4(address) : (parseCidr(v6Text(address))?.text ?? "").split("/")[0];
}
function addressText4(n) {
  return [24n, 16n, 8n, 0n].map((s) => String(n >> s & 0xffn)).join(".");
}
function v6Text(n) {
  const groups = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push((n >> s & 0xffffn).toString(16));
  return groups.join(":");
}
var FUNCTIONS = {
  concat: (args, src) => list(
    args.flatMap((a) => needList(a, "concat")),
    src
  ),
  flatten: ([a], src) => list(flatten(needList(a, "flatten")), src),
  distinct: ([a], src) => list(distinct(needList(a, "distinct")), src),
  toset: ([a], src) => list(distinct(needList(a, "toset")), src),
  tolist: ([a], src) => list(needList(a, "tolist"), src),
  tomap: ([a]) => a.t === "object" ? a : { t: "object", attrs: objectOf(a, "tomap") },
  compact: ([a], src) => list(
    needList(a, "compact").filter((i) => !(i.t === "string" && i.v === "") && i.t !== "null"),
    src
  ),
  length: ([a], src) => {
    if (a.t === "string") return { t: "number", v: [...a.v].length, src };
    if (a.t === "object") return { t: "number", v: a.attrs.size, src };
    return { t: "number", v: needList(a, "length").length, src };
  },
  element: ([a, i]) => {
    const items = needList(a, "element");
    if (items.length === 0) throw new EvalError("element: empty list");
    return items[Math.floor(needNumber(i, "element")) % items.length];
  },
  index: ([a, v], src) => {
    const at = needList(a, "index").findIndex((x) => equalValues(x, v));
    if (at < 0) throw new EvalError("index: value not found");
    return { t: "number", v: at, src };
  },
  slice: ([a, from, to], src) => list(needList(a, "slice").slice(needNumber(from, "slice"), needNumber(to, "slice")), src),
  reverse: ([a], src) => list([...needList(a, "reverse")].reverse(), src),
  sort: ([a], src) => list(
    [...needList(a, "sort")].sort((x, y) => compareText(asString(x) ?? "", asString(y) ?? "")),
    src
  ),
  contains: ([a, v], src) => ({ t: "bool", v: needList(a, "contains").some((x) => equalValues(x, v)), src }),
  one: ([a]) => {
    const items = needList(a, "one");
    if (items.length > 1) throw new EvalError("one: more than one element");
    return items[0] ?? { t: "null" };
  },
  keys: ([a], src) => list(
    [...objectOf(a, "keys").keys()].sort().map((k) => ({ t: "string", v: k, src })),
    src
  ),
  values: ([a], src) => list(elements(a) ?? needList(a, "values"), src),
  merge: (args, src) => {
    const attrs = /* @__PURE__ */ new Map();
    for (const a of args) for (const [k, v] of objectOf(a, "merge")) attrs.set(k, v);
    return { t: "object", attrs, src };
  },
  lookup: ([m, k, fallback]) => {
    const found = objectOf(m, "lookup").get(needString(k, "lookup"));
    if (found) return found;
    if (fallback) return fallback;
    throw new EvalError(`lookup: no key ${asString(k)}`);
  },
  zipmap: ([ks, vs], src) => {
    const keys = needList(ks, "zipmap");
    const vals = needList(vs, "zipmap");
    return { t: "object", attrs: new Map(keys.map((k, i) => [needString(k, "zipmap"), vals[i]])), src };
  },
  coalesce: (args) => {
    const found = args.find((a) => a.t !== "null" && !(a.t === "string" && a.v === ""));
    if (!found) throw new EvalError("coalesce: no non-null argument");
    return found;
  },
  coalescelist: (args) => {
    const found = args.find((a) => (elements(a)?.length ?? 0) > 0);
    if (!found) throw new EvalError("coalescelist: no non-empty list");
    return found;
  },
  range: (args, src) => {
    const [start, end, step] = args.length === 1 ? [0, needNumber(args[0], "range"), 1] : [
      needNumber(args[0], "range"),
      needNumber(args[1], "range"),
      args[2] ? needNumber(args[2], "range") : 1
    ];
    if (step === 0 || Math.abs((end - start) / step) > 1e4)
      throw new EvalError("range: too many elements");
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push({ t: "number", v: i, src });
    return list(out, src);
  },
  join: ([sep4, a], src) => ({
    t: "string",
    v: needList(a, "join").map((i) => needString(i, "join")).join(needString(sep4, "join")),
    src
  }),
  split: ([sep4, s], src) => {
    const text = needString(s, "split");
    const parts = text === "" ? [""] : text.split(needString(sep4, "split"));
    return list(
      parts.map((p) => ({ t: "string", v: p, src: s.src ?? src })),
      src
    );
  },
  format: ([spec, ...args], src) => ({ t: "string", v: format(needString(spec, "format"), args), src }),
  formatlist: ([spec, ...args], src) => {
    const n = Math.max(...args.map((a) => elements(a)?.length ?? 1));
    const rows = [];
    for (let i = 0; i < n; i++) {
      const row = args.map((a) => a.t === "list" ? a.items[i] : a);
      rows.push({ t: "string", v: format(needString(spec, "formatlist"), row), src });
    }
    return list(rows, src);
  },
  lower: ([s], src) => ({ t: "string", v: needString(s, "lower").toLowerCase(), src: s.src ?? src }),
  upper: ([s], src) => ({ t: "string", v: needString(s, "upper").toUpperCase(), src: s.src ?? src }),
  trimspace: ([s], src) => ({ t: "string", v: needString(s, "trimspace").trim(), src: s.src ?? src }),
  replace: ([s, from, to], src) => ({
    t: "string",
    v: needString(s, "replace").split(needString(from, "replace")).join(needString(to, "replace")),
    src: s.src ?? src
  }),
  substr: ([s, off, len], src) => {
    const text = needString(s, "substr");
    const n = needNumber(len, "substr");
    return { t: "string", v: text.substr(needNumber(off, "substr"), n < 0 ? void 0 : n), src };
  },
  startswith: ([s, p], src) => ({
    t: "bool",
    v: needString(s, "startswith").startsWith(needString(p, "startswith")),
    src
  }),
  endswith: ([s, p], src) => ({
    t: "bool",
    v: needString(s, "endswith").endsWith(needString(p, "endswith")),
    src
  }),
  tostring: ([s]) => s.t === "null" ? s : { t: "string", v: needString(s, "tostring"), src: s.src },
  tonumber: ([s]) => s.t === "null" ? s : { t: "number", v: needNumber(s, "tonumber"), src: s.src },
  tobool: ([s]) => {
    if (s.t === "null") return s;
    const b = asBool(s);
    if (b === void 0) throw new EvalError("tobool: not a bool");
    return { t: "bool", v: b, src: s.src };
  },
  min: (args, src) => ({ t: "number", v: Math.min(...args.map((a) => needNumber(a, "min"))), src }),
  max: (args, src) => ({ t: "number", v: Math.max(...args.map((a) => needNumber(a, "max"))), src }),
  abs: ([a], src) => ({ t: "number", v: Math.abs(needNumber(a, "abs")), src }),
  cidrsubnet: ([p, nb, nn], src) => ({
    t: "string",
    v: cidrsubnet(needString(p, "cidrsubnet"), needNumber(nb, "cidrsubnet"), needNumber(nn, "cidrsubnet")),
    src
  }),
  cidrhost: ([p, n], src) => ({
    t: "string",
    v: cidrhost(needString(p, "cidrhost"), needNumber(n, "cidrhost")),
    src
  }),
  setunion: (args, src) => list(distinct(args.flatMap((a) => needList(a, "setunion"))), src),
  setsubtract: ([a, b], src) => list(
    needList(a, "setsubtract").filter((x) => !needList(b, "setsubtract").some((y) => equalValues(x, y))),
    src
  ),
  setintersection: ([a, ...rest], src) => list(
    distinct(
      needList(a, "setintersection").filter(
        (x) => rest.every((r) => needList(r, "setintersection").some((y) => equalValues(x, y)))
      )
    ),
    src
  ),
  jsonencode: ([a], src) => ({ t: "string", v: JSON.stringify(toPlain(a)), src })
};
function callUnknown(name, src) {
  return unknown(`${name}(...)`, `function ${name} is not evaluated statically`, src);
}

// src/terraform/evaluate.ts
var MAX_DEPTH3 = 1e3;
var depth = 0;
function withNames(scope, names) {
  const merged = new Map(scope.names ?? []);
  for (const [k, v] of Object.entries(names)) merged.set(k, v);
  return { ...scope, names: merged };
}
var LiteralSrc = class {
  constructor(file, span, via) {
    this.file = file;
    this.span = span;
    this.via = via;
  }
  file;
  span;
  via;
  location;
  get loc() {
    return this.location ??= toLocation(this.file, this.span);
  }
};
function srcOf(scope, expr) {
  return new LiteralSrc(scope.file, expr, scope.via);
}
function evaluate(expr, scope) {
  try {
    return evalExpr(expr, scope);
  } catch (error) {
    if (error instanceof EvalError)
      return unknown(exprText(scope.file, expr), error.message, srcOf(scope, expr));
    throw error;
  }
}
function isConstant(expr) {
  switch (expr.kind) {
    case "literal":
      return true;
    case "template":
      return expr.parts.every((part) => part.kind === "text" || isConstant(part));
    case "tuple":
      return expr.items.every(isConstant);
    case "object":
      return expr.items.every(
        (item) => (item.key.kind === "variable" || isConstant(item.key)) && isConstant(item.value)
      );
    case "call":
      return expr.args.every(isConstant);
    case "unary":
      return isConstant(expr.operand);
    case "binary":
      return isConstant(expr.left) && isConstant(expr.right);
    case "conditional":
      return isConstant(expr.condition) && isConstant(expr.then) && isConstant(expr.else);
    case "paren":
      return isConstant(expr.expr);
    default:
      return false;
  }
}
function evalExpr(expr, scope) {
  if (depth >= MAX_DEPTH3) throw new EvalError("expression nested too deeply");
  depth++;
  try {
    return evalNode(expr, scope);
  } finally {
    depth--;
  }
}
function evalNode(expr, scope) {
  switch (expr.kind) {
    case "literal":
      return literal(expr.value, srcOf(scope, expr));
    case "template":
      return template(expr.parts, scope, srcOf(scope, expr));
    case "template-if": {
      const cond = evalExpr(expr.condition, scope);
      if (cond.t === "unknown") return cond;
      return asBool(cond) ? evalExpr(expr.then, scope) : expr.else ? evalExpr(expr.else, scope) : literal("", srcOf(scope, expr));
    }
    case "template-for": {
      const items = forItems(evalExpr(expr.collection, scope));
      if (!items)
        return unknown(
          exprText(scope.file, expr),
          "template for over an unknown collection",
          srcOf(scope, expr)
        );
      let out = "";
      for (const [k, v] of items) {
        const names = { [expr.valueVar]: v };
        if (expr.keyVar) names[expr.keyVar] = k;
        const part = evalExpr(expr.body, withNames(scope, names));
        const s = asString(part);
        if (s === void 0)
          return part.t === "unknown" ? part : unknown(exprText(scope.file, expr), "template for produced a non-string");
        out += s;
      }
      return literal(out, srcOf(scope, expr));
    }
    case "tuple":
      return { t: "list", items: expr.items.map((i) => evalExpr(i, scope)), src: srcOf(scope, expr) };
    case "object": {
      const attrs = /* @__PURE__ */ new Map();
      for (const item of expr.items) {
        const key = item.key.kind === "variable" ? item.key.name : asString(evalExpr(item.key, scope));
        if (key === void 0)
          return unknown(exprText(scope.file, expr), "object key is not known", srcOf(scope, expr));
        attrs.set(key, evalExpr(item.value, scope));
      }
      return { t: "object", attrs, src: srcOf(scope, expr) };
    }
    case "variable":
    case "getattr":
    case "index":
      return traversal(expr, scope);
    case "splat": {
      const base = evalExpr(expr.object, scope);
      if (base.t === "unknown") return base;
      const items = base.t === "list" ? base.items : base.t === "null" ? [] : [base];
      return {
        t: "list",
        items: items.map((item) => evalExpr(expr.each, withNames(scope, { "[*]": item }))),
        src: srcOf(scope, expr)
      };
    }
    case "splat-item": {
      const item = scope.names?.get("[*]");
      if (!item) throw new EvalError("splat item outside a splat");
      return item;
    }
    case "call":
      return call(expr, scope);
    case "unary": {
      const v = evalExpr(expr.operand, scope);
      if (v.t === "unknown") return v;
      if (expr.op === "!") return { t: "bool", v: !needBool(v), src: srcOf(scope, expr) };
      return { t: "number", v: -needNumber(v), src: srcOf(scope, expr) };
    }
    case "binary":
      return binary(expr, scope);
    case "conditional": {
      const cond = evalExpr(expr.condition, scope);
      if (cond.t === "unknown") {
        const [a, b] = [evalExpr(expr.then, scope), evalExpr(expr.else, scope)];
        return equalValues(a, b) ? a : unknown(exprText(scope.file, expr), `condition is not known: ${cond.reason}`, srcOf(scope, expr));
      }
      return needBool(cond) ? evalExpr(expr.then, scope) : evalExpr(expr.else, scope);
    }
    case "for":
      return forExpr(expr, scope);
    case "paren":
      return evalExpr(expr.expr, scope);
  }
}
function literal(value, src) {
  if (value === null) return { t: "null", src };
  if (typeof value === "string") return { t: "string", v: value, src };
  if (typeof value === "number") return { t: "number", v: value, src };
  return { t: "bool", v: value, src };
}
function template(parts, scope, src) {
  if (parts.length === 1 && parts[0].kind !== "text") return evalExpr(parts[0], scope);
  let out = "";
  for (const part of parts) {
    if (part.kind === "text") {
      out += part.value;
      continue;
    }
    const v = evalExpr(part, scope);
    if (v.t === "unknown") return unknown(exprText(scope.file, part), v.reason, src);
    if (v.t === "ref")
      return unknown(exprText(scope.file, part), `${toPlain(v)} is known only after apply`, src);
    const s = asString(v);
    if (s === void 0) {
      if (v.t === "null") throw new EvalError("template interpolates null");
      throw new EvalError(`cannot interpolate a ${v.t} into a string`);
    }
    out += s;
  }
  return { t: "string", v: out, src };
}
function needBool(v) {
  const b = asBool(v);
  if (b === void 0) throw new EvalError(`expected a bool, got ${v.t}`);
  return b;
}
function binary(expr, scope) {
  const src = srcOf(scope, expr);
  const left = evalExpr(expr.left, scope);
  if (expr.op === "&&" || expr.op === "||") {
    if (left.t !== "unknown") {
      const l = needBool(left);
      if (expr.op === "&&" && !l) return { t: "bool", v: false, src };
      if (expr.op === "||" && l) return { t: "bool", v: true, src };
    }
    const right2 = evalExpr(expr.right, scope);
    if (left.t === "unknown") return left;
    if (right2.t === "unknown") return right2;
    return { t: "bool", v: needBool(right2), src };
  }
  const right = evalExpr(expr.right, scope);
  if (expr.op === "==" || expr.op === "!=") {
    if (left.t === "unknown") return left;
    if (right.t === "unknown") return right;
    const eq = equalValues(left, right);
    return { t: "bool", v: expr.op === "==" ? eq : !eq, src };
  }
  if (left.t === "unknown") return left;
  if (right.t === "unknown") return right;
  const a = needNumber(left);
  const b = needNumber(right);
  switch (expr.op) {
    case "+":
      return { t: "number", v: a + b, src };
    case "-":
      return { t: "number", v: a - b, src };
    case "*":
      return { t: "number", v: a * b, src };
    case "/":
      if (b === 0) throw new EvalError("division by zero");
      return { t: "number", v: a / b, src };
    case "%":
      if (b === 0) throw new EvalError("division by zero");
      return { t: "number", v: a % b, src };
    case "<":
      return { t: "bool", v: a < b, src };
    case ">":
      return { t: "bool", v: a > b, src };
    case "<=":
      return { t: "bool", v: a <= b, src };
    case ">=":
      return { t: "bool", v: a >= b, src };
  }
}
function forItems(v) {
  if (v.t === "list") return v.items.map((item, i) => [{ t: "number", v: i }, item]);
  if (v.t === "object")
    return [...v.attrs.keys()].sort().map((k) => [{ t: "string", v: k }, v.attrs.get(k)]);
  if (v.t === "null") return [];
  return void 0;
}
function forExpr(expr, scope) {
  const src = srcOf(scope, expr);
  const collection = evalExpr(expr.collection, scope);
  if (collection.t === "unknown") return unknown(exprText(scope.file, expr), collection.reason, src);
  const items = forItems(collection);
  if (!items) throw new EvalError(`for expression over a ${collection.t}`);
  const outList = [];
  const outMap = /* @__PURE__ */ new Map();
  for (const [k, v] of items) {
    const names = { [expr.valueVar]: v };
    if (expr.keyVar) names[expr.keyVar] = k;
    const inner = withNames(scope, names);
    if (expr.condition) {
      const keep = evalExpr(expr.condition, inner);
      if (keep.t === "unknown") return unknown(exprText(scope.file, expr), keep.reason, src);
      if (!needBool(keep)) continue;
    }
    const value = evalExpr(expr.valueExpr, inner);
    if (!expr.object) {
      outList.push(value);
      continue;
    }
    const key = asString(evalExpr(expr.keyExpr, inner));
    if (key === void 0) return unknown(exprText(scope.file, expr), "for expression key is not known", src);
    if (expr.grouping) {
      const group = outMap.get(key);
      if (group?.t === "list") group.items.push(value);
      else outMap.set(key, { t: "list", items: [value], src });
    } else {
      if (outMap.has(key)) throw new EvalError(`duplicate key ${key} in for expression`);
      outMap.set(key, value);
    }
  }
  return expr.object ? { t: "object", attrs: outMap, src } : { t: "list", items: outList, src };
}
function call(expr, scope) {
  const src = srcOf(scope, expr);
  if (expr.name === "try" || expr.name === "can") {
    for (const arg of expr.args) {
      try {
        const v = evalExpr(arg, scope);
        if (expr.name === "can") return v.t === "unknown" ? v : { t: "bool", v: true, src };
        return v;
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    if (expr.name === "can") return { t: "bool", v: false, src };
    throw new EvalError("try: no argument could be evaluated");
  }
  const fn = FUNCTIONS[expr.name];
  if (!fn) return callUnknown(expr.name, src);
  let args = expr.args.map((a) => evalExpr(a, scope));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last.t === "unknown") return last;
    args = [...args.slice(0, -1), ...elements(last) ?? []];
  }
  const unknownArg = args.find((a) => a.t === "unknown");
  if (unknownArg)
    return unknown(exprText(scope.file, expr), unknownArg.t === "unknown" ? unknownArg.reason : "", src);
  return fn(args, src);
}
function flattenTraversal(expr) {
  const steps = [];
  let node = expr;
  for (; ; ) {
    if (node.kind === "getattr") steps.unshift({ attr: node.name });
    else if (node.kind === "index") steps.unshift({ index: node.key });
    else break;
    node = node.object;
  }
  return { root: node, steps };
}
function traversal(expr, scope) {
  const { root, steps } = flattenTraversal(expr);
  const text = () => exprText(scope.file, expr);
  const src = srcOf(scope, expr);
  let value;
  let rest = steps;
  if (root.kind !== "variable") {
    value = evalExpr(root, scope);
  } else {
    const bound2 = scope.names?.get(root.name);
    const first = steps[0];
    const firstName = first && "attr" in first ? first.attr : void 0;
    if (bound2) value = bound2;
    else if (root.name === "var" && firstName) {
      value = scope.module.variable(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === "local" && firstName) {
      value = scope.module.local(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === "module" && firstName) {
      value = scope.module.moduleOutputs(firstName, src);
      rest = steps.slice(1);
    } else if (root.name === "path" && firstName) {
      value = { t: "string", v: firstName === "module" ? scope.module.config.dir || "." : ".", src };
      rest = steps.slice(1);
    } else if (root.name === "terraform" && firstName === "workspace") {
      value = { t: "string", v: "default", src };
      rest = steps.slice(1);
    } else if (root.name === "data") {
      return unknown(text(), "data sources are read only at plan time", src);
    } else if (firstName && scope.module.config.resources.has(`${root.name}.${firstName}`)) {
      value = scope.module.resourceRef(`${root.name}.${firstName}`, src);
      rest = steps.slice(1);
    } else if (root.name === "count" || root.name === "each" || root.name === "self") {
      throw new EvalError(`${root.name} is not available here`);
    } else {
      return unknown(
        text(),
        `${root.name}${firstName ? `.${firstName}` : ""} is not declared in this module`,
        src
      );
    }
  }
  for (const step of rest) {
    if (value.t === "unknown") return unknown(text(), value.reason, src);
    if ("attr" in step) value = getAttr(value, step.attr, scope);
    else {
      const key = evalExpr(step.index, scope);
      if (key.t === "unknown") return unknown(text(), key.reason, src);
      value = index(value, key, scope);
    }
  }
  return value;
}
function getAttr(value, name, scope) {
  switch (value.t) {
    case "object": {
      const found = value.attrs.get(name);
      if (!found) throw new EvalError(`object has no attribute "${name}"`);
      return found;
    }
    case "ref":
      return scope.module.refAttribute(value, name);
    case "list":
      if (/^\d+$/.test(name)) return index(value, { t: "number", v: Number(name) }, scope);
      throw new EvalError(`a list has no attribute "${name}"`);
    case "null":
      throw new EvalError(`attempt to get attribute "${name}" from null`);
    default:
      throw new EvalError(`a ${value.t} has no attribute "${name}"`);
  }
}
function index(value, key, scope) {
  switch (value.t) {
    case "list": {
      const i = asNumber(key);
      if (i === void 0 || i < 0 || i >= value.items.length || !Number.isInteger(i)) {
        throw new EvalError(`index ${String(toPlain(key))} out of range for a list of ${value.items.length}`);
      }
      return value.items[i];
    }
    case "object": {
      const k = asString(key);
      const found = k === void 0 ? void 0 : value.attrs.get(k);
      if (!found) throw new EvalError(`no element with key ${String(toPlain(key))}`);
      return found;
    }
    case "ref":
      return scope.module.refAttribute(value, `[${JSON.stringify(toPlain(key))}]`);
    case "null":
      throw new EvalError("attempt to index null");
    default:
      throw new EvalError(`a ${value.t} cannot be indexed`);
  }
}

// src/terraform/module.ts
var MAX_MODULE_DEPTH = 16;
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var constantDefaults = /* @__PURE__ */ new WeakMap();
var ModuleInstance = class _ModuleInstance {
  constructor(config, prefix, inputs, resolver, callChain, depth2 = 0) {
    this.config = config;
    this.prefix = prefix;
    this.inputs = inputs;
    this.resolver = resolver;
    this.callChain = callChain;
    this.depth = depth2;
  }
  config;
  prefix;
  inputs;
  resolver;
  callChain;
  depth;
  localCache = /* @__PURE__ */ new Map();
  variableCache = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  resourceCache;
  childCache = /* @__PURE__ */ new Map();
  /** Appended to addresses in messages, e.g. ` (root examples/http)`; set on roots, inherited by children. */
  rootLabel = "";
  outputsCache;
  guard(key, compute, fallback) {
    if (this.evaluating.has(key)) return fallback();
    this.evaluating.add(key);
    try {
      return compute();
    } finally {
      this.evaluating.delete(key);
    }
  }
  variable(name, src) {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const input = this.inputs.get(name);
    const declared = this.config.variables.get(name);
    let value;
    if (input)
      value = this.guard(`var.${name}`, input.value, () => unknown(`var.${name}`, "cyclic reference", src));
    else if (declared) {
      const def = findAttribute(declared.node.body, "default");
      value = def ? this.defaultValue(name, def.expr, declared.file) : unknown(`var.${name}`, `variable "${name}" has no default and no value is given`, src);
    } else value = unknown(`var.${name}`, `variable "${name}" is not declared`, src);
    if (value.t === "null" && declared && input) {
      const nullable = findAttribute(declared.node.body, "nullable");
      const def = findAttribute(declared.node.body, "default");
      if (def && nullable?.expr.kind === "literal" && nullable.expr.value === false) {
        value = this.defaultValue(name, def.expr, declared.file);
      }
    }
    this.variableCache.set(name, value);
    return value;
  }
  defaultValue(name, expr, file) {
    const known = constantDefaults.get(expr);
    if (known) return known;
    const value = evaluate(expr, { module: this, file, via: `variable "${name}" default` });
    if (value.t !== "unknown" && isConstant(expr)) constantDefaults.set(expr, value);
    return value;
  }
  local(name, src) {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const declared = this.config.locals.get(name);
    if (!declared) return unknown(`local.${name}`, `local "${name}" is not declared`, src);
    const value = this.guard(
      `local.${name}`,
      () => evaluate(declared.node.expr, { module: this, file: declared.file, via: `local "${name}"` }),
      () => unknown(`local.${name}`, "cyclic reference", src)
    );
    this.localCache.set(name, value);
    return value;
  }
  /** Child module instances of a call, expanded by count/for_each. */
  children(name) {
    const cached = this.childCache.get(name);
    if (cached) return cached;
    const call2 = this.config.moduleCalls.get(name);
    const result = [];
    this.childCache.set(name, result);
    if (!call2 || this.depth >= MAX_MODULE_DEPTH) return result;
    const scope = { module: this, file: call2.file };
    const sourceAttr = findAttribute(call2.node.body, "source");
    const source = sourceAttr ? asString(evaluate(sourceAttr.expr, scope)) : void 0;
    if (source === void 0) return result;
    const callOrigin = {
      location: toLocation(call2.file, call2.node.typeSpan),
      description: `module "${name}" call`
    };
    const config = this.resolver(this, name, source, callOrigin.location);
    if (!config) return result;
    for (const { key, names } of expand2(call2, scope)) {
      const keyText = key === void 0 ? "" : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      const inputs = /* @__PURE__ */ new Map();
      for (const attr of call2.node.body.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        let memo;
        inputs.set(attr.name, {
          value: () => memo ??= evaluate(attr.expr, {
            ...inner,
            via: inner.via ?? `module "${name}" argument "${attr.name}"`
          }),
          origin: {
            location: toLocation(call2.file, nameSpan(attr)),
            description: `module "${name}" argument`
          }
        });
      }
      const instance = new _ModuleInstance(
        config,
        `${this.prefix}module.${name}${keyText}.`,
        inputs,
        this.resolver,
        [...this.callChain, callOrigin],
        this.depth + 1
      );
      instance.rootLabel = this.rootLabel;
      result.push({ key, instance });
    }
    return result;
  }
  /** This instance's outputs as an object, evaluated once (every `module.x.y` reference reads it). */
  outputs(callerName) {
    if (this.outputsCache) return this.outputsCache;
    const attrs = /* @__PURE__ */ new Map();
    for (const [out, block] of this.config.outputs) {
      const valueAttr = findAttribute(block.node.body, "value");
      if (!valueAttr) continue;
      attrs.set(
        out,
        this.guard(
          `output.${out}`,
          () => evaluate(valueAttr.expr, { module: this, file: block.file }),
          () => unknown(`${callerName}.${out}`, "cyclic reference")
        )
      );
    }
    this.outputsCache = { t: "object", attrs };
    return this.outputsCache;
  }
  /** `module.NAME` as a value: an object of outputs, or a list/map of them for count/for_each. */
  moduleOutputs(name, src) {
    const call2 = this.config.moduleCalls.get(name);
    if (!call2) return unknown(`module.${name}`, `module "${name}" is not declared`, src);
    const children = this.children(name);
    if (children.length === 0 && !findAttribute(call2.node.body, "count") && !findAttribute(call2.node.body, "for_each")) {
      return unknown(`module.${name}`, `module "${name}" source is not available locally`, src);
    }
    const outputsOf = (child) => child.outputs(`module.${name}`);
    if (findAttribute(call2.node.body, "for_each")) {
      return {
        t: "object",
        attrs: new Map(children.map((c) => [asString(c.key) ?? "", outputsOf(c.instance)])),
        src
      };
    }
    if (findAttribute(call2.node.body, "count"))
      return { t: "list", items: children.map((c) => outputsOf(c.instance)), src };
    return outputsOf(children[0].instance);
  }
  /** Instances of one resource (`type.name`) in this module, expanded by count/for_each on first use. */
  instancesOf(localAddress) {
    this.resourceCache ??= /* @__PURE__ */ new Map();
    const cached = this.resourceCache.get(localAddress);
    if (cached) return cached;
    const located = this.config.resources.get(localAddress);
    if (!located) return [];
    const [type, name] = localAddress.split(".");
    const scope = { module: this, file: located.file };
    const instances = expand2(located, scope).map(({ key, names }) => {
      const keyText = key === void 0 ? "" : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      return {
        type,
        name,
        address: `${this.prefix}${localAddress}${keyText}`,
        displayName: `${this.prefix}${localAddress}${keyText}${this.rootLabel}`,
        localAddress,
        module: this,
        block: located.node,
        file: located.file,
        body: new BodyView(located.node.body, inner, located.node),
        location: toLocation(located.file, headerSpan(located)),
        extent: toLocation(located.file, located.node)
      };
    });
    this.resourceCache.set(localAddress, instances);
    return instances;
  }
  /** `aws_security_group.x` as a value: a ref, or a list/map of refs for count/for_each. */
  resourceRef(localAddress, src) {
    const located = this.config.resources.get(localAddress);
    const instances = this.instancesOf(localAddress);
    const ref = (i) => ({ t: "ref", address: i.address, attr: [], src });
    if (findAttribute(located.node.body, "for_each")) {
      return {
        t: "object",
        attrs: new Map(instances.map((i) => [i.address.slice(i.address.lastIndexOf("[") + 2, -2), ref(i)])),
        src
      };
    }
    if (findAttribute(located.node.body, "count")) return { t: "list", items: instances.map(ref), src };
    return instances[0] ? ref(instances[0]) : unknown(localAddress, "resource has no instances", src);
  }
  /**
   * Reading an attribute of a resource: an argument written in its configuration is evaluated (so
   * `aws_vpc.main.cidr_block` resolves); anything else (id, arn, computed) stays a symbolic reference.
   */
  refAttribute(ref, name) {
    if (ref.attr.length === 0 && !name.startsWith("[")) {
      const instance = this.findInstance(ref.address);
      const attr = instance && findAttribute(instance.block.body, name);
      if (instance && attr) {
        const scope = { ...instance.body.scope, via: `${instance.localAddress} argument "${name}"` };
        return this.guard(
          `${ref.address}.${name}`,
          () => evaluate(attr.expr, scope),
          () => unknown(`${ref.address}.${name}`, "cyclic reference")
        );
      }
    }
    return { ...ref, attr: [...ref.attr, name] };
  }
  findInstance(address) {
    if (!address.startsWith(this.prefix)) return void 0;
    const local = address.slice(this.prefix.length).replace(/\[.*\]$/, "");
    return this.instancesOf(local).find((i) => i.address === address);
  }
};
function expand2(located, scope) {
  const body = located.node.body;
  const count = findAttribute(body, "count");
  if (count) {
    const n = asNumber(evaluate(count.expr, scope));
    if (n === void 0)
      return [{ names: { count: objectOf2({ index: unknown("count.index", "count is not known") }) } }];
    return Array.from({ length: Math.max(0, Math.min(n, 1e3)) }, (_, i) => ({
      key: { t: "number", v: i },
      names: { count: objectOf2({ index: { t: "number", v: i } }) }
    }));
  }
  const forEach = findAttribute(body, "for_each");
  if (forEach) {
    const collection = evaluate(forEach.expr, scope);
    const items = collection.t === "list" ? collection.items.map((v) => [v, v]) : forItems(collection);
    if (!items) {
      const why = collection.t === "unknown" ? collection.reason : "for_each is not a map or set";
      return [
        { names: { each: objectOf2({ key: unknown("each.key", why), value: unknown("each.value", why) }) } }
      ];
    }
    return items.slice(0, 1e3).map(([k, v]) => ({ key: k, names: { each: objectOf2({ key: k, value: v }) } }));
  }
  return [{}];
}
function headerSpan(located) {
  const labels = located.node.labelSpans;
  return located.file.path.endsWith(".json") && labels.length > 0 ? labels[labels.length - 1] : located.node.typeSpan;
}
function objectOf2(attrs) {
  return { t: "object", attrs: new Map(Object.entries(attrs)) };
}
var BodyView = class _BodyView {
  constructor(body, scope, block) {
    this.body = body;
    this.scope = scope;
    this.block = block;
  }
  body;
  scope;
  block;
  get file() {
    return this.scope.file.path;
  }
  has(name) {
    return findAttribute(this.body, name) !== void 0;
  }
  attr(name) {
    const a = findAttribute(this.body, name);
    return a ? evaluate(a.expr, this.scope) : void 0;
  }
  attrExpr(name) {
    return findAttribute(this.body, name)?.expr;
  }
  /** Location of an attribute's expression (or its name when asked). */
  attrLocation(name) {
    const a = findAttribute(this.body, name);
    return a ? toLocation(this.scope.file, a.expr) : void 0;
  }
  text(expr) {
    return exprText(this.scope.file, expr);
  }
  /** Header location of the block (type keyword), or the body start. */
  get location() {
    return toLocation(this.scope.file, this.block ? this.block.typeSpan : this.body);
  }
  /** Whether a nested block of this type is written, statically or as `dynamic "type"`. */
  hasBlocks(type) {
    return this.body.blocks.some((b) => b.type === type || b.type === "dynamic" && b.labels[0] === type);
  }
  /** Nested blocks of a type in order, with `dynamic` blocks expanded over their for_each. */
  blocks(type) {
    const out = [];
    for (const b of this.body.blocks) {
      if (b.type === type) out.push(new _BodyView(b.body, this.scope, b));
      else if (b.type === "dynamic" && b.labels[0] === type) out.push(...this.dynamic(b, type));
    }
    return out;
  }
  dynamic(block, type) {
    const content = block.body.blocks.find((b) => b.type === "content");
    const forEach = findAttribute(block.body, "for_each");
    if (!content || !forEach) return [];
    const iteratorAttr = findAttribute(block.body, "iterator");
    const iterator = iteratorAttr?.expr.kind === "variable" ? iteratorAttr.expr.name : iteratorAttr && asString(evaluate(iteratorAttr.expr, this.scope)) || type;
    const collection = evaluate(forEach.expr, this.scope);
    const items = collection.t === "list" ? collection.items.map((v, i) => [{ t: "number", v: i }, v]) : forItems(collection);
    if (!items) {
      const why = collection.t === "unknown" ? collection.reason : "for_each is not a collection";
      const names = {
        [iterator]: objectOf2({
          key: unknown(`${iterator}.key`, why),
          value: unknown(`${iterator}.value`, why)
        })
      };
      return [new _BodyView(content.body, withNames(this.scope, names), block)];
    }
    return items.map(
      ([key, value]) => new _BodyView(content.body, withNames(this.scope, { [iterator]: objectOf2({ key, value }) }), block)
    );
  }
};

// src/terraform/project.ts
function* resourcesOf(root, types2) {
  const stack = [root];
  while (stack.length > 0) {
    const module = stack.pop();
    for (const localAddress of module.config.resources.keys()) {
      if (types2.has(localAddress.slice(0, localAddress.indexOf("."))))
        yield* module.instancesOf(localAddress);
    }
    const children = [];
    for (const name of module.config.moduleCalls.keys())
      for (const child of module.children(name)) children.push(child.instance);
    stack.push(...children.reverse());
  }
}
function baseName(path2) {
  return path2.slice(path2.lastIndexOf("/") + 1);
}
function isTerraformFile(path2) {
  return path2.endsWith(".tf") || path2.endsWith(".tf.json");
}
function isVarFile(path2) {
  return path2.endsWith(".tfvars") || path2.endsWith(".tfvars.json");
}
function parseConfigFile(file, diagnostics, cache) {
  const parse = file.path.endsWith(".json") ? parseTfJson : parseHcl;
  const parsed = cache ? cache.parse(file.path, file.text, parse) : parse(file.text);
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors.slice(0, 5)) {
      diagnostics.push({
        level: "error",
        location: { file: file.path, line: e.line, column: e.column },
        message: e.message
      });
    }
    return void 0;
  }
  return { path: file.path, text: file.text, body: parsed.body };
}
function autoVarFiles(dir, varFiles) {
  const inDir = varFiles.filter((f) => dirOf(f.path) === dir);
  const named = (n) => inDir.filter((f) => baseName(f.path) === n);
  const auto = inDir.filter((f) => /\.auto\.tfvars(\.json)?$/.test(f.path)).sort((a, b) => a.path < b.path ? -1 : 1);
  return [...named("terraform.tfvars"), ...named("terraform.tfvars.json"), ...auto];
}
function readVarFile(file, diagnostics, host) {
  const out = /* @__PURE__ */ new Map();
  const config = parseConfigFile(file, diagnostics);
  if (!config) return out;
  const via = baseName(file.path);
  for (const attr of config.body.attributes) {
    const location = toLocation(config, nameSpan(attr));
    let memo;
    out.set(attr.name, {
      value: () => memo ??= evaluate(attr.expr, { module: host, file: config, via }),
      origin: { location, description: via }
    });
  }
  return out;
}
function cliVar(name, raw, host) {
  const file = {
    path: "(command line)",
    text: `v = ${raw}`,
    body: { attributes: [], blocks: [], start: 0, end: 0 }
  };
  const parsed = /^\s*[[{"\d-]|^\s*(true|false|null)\s*$/.test(raw) ? parseHcl(file.text) : void 0;
  const attr = parsed && parsed.errors.length === 0 ? parsed.body.attributes[0] : void 0;
  const location = { file: "(command line)", line: 1, column: 1 };
  return {
    value: () => attr ? evaluate(attr.expr, { module: host, file, via: `--var ${name}` }) : fromPlain(raw, { loc: location, via: `--var ${name}` }),
    origin: { location, description: `--var ${name}` }
  };
}
function loadTerraformProject(files, inputs, project) {
  const diagnostics = [];
  const byDir = /* @__PURE__ */ new Map();
  const varFiles = [];
  for (const file of files) {
    if (isVarFile(file.path)) {
      varFiles.push(file);
      continue;
    }
    const parsed = parseConfigFile(file, diagnostics, inputs.parseCache);
    const dir = dirOf(file.path);
    const list2 = byDir.get(dir) ?? [];
    if (parsed) list2.push(parsed);
    byDir.set(dir, list2);
  }
  const configs = /* @__PURE__ */ new Map();
  for (const [dir, list2] of byDir) configs.set(dir, buildModuleConfig(dir, list2));
  const configFor = (dir) => {
    const known = configs.get(dir);
    if (known) return known;
    const names = project.listDir(dir)?.filter(isTerraformFile) ?? [];
    const parsed = [];
    for (const name of names.sort()) {
      const path2 = dir ? `${dir}/${name}` : name;
      const text = project.read(path2);
      const file = text === void 0 ? void 0 : parseConfigFile({ path: path2, absPath: path2, text }, diagnostics);
      if (file) parsed.push(file);
    }
    const config = names.length > 0 ? buildModuleConfig(dir, parsed) : void 0;
    if (config) configs.set(dir, config);
    return config;
  };
  const called = /* @__PURE__ */ new Set();
  for (const config of configs.values()) {
    for (const call2 of config.moduleCalls.values()) {
      const source = findAttribute(call2.node.body, "source");
      const text = source?.expr.kind === "template" && source.expr.parts.length === 1 && source.expr.parts[0].kind === "text" ? source.expr.parts[0].value : void 0;
      if (text && isLocalSource(text)) {
        const target = joinPath(config.dir, text.replace(/\/+$/, ""));
        if (target !== void 0 && target !== config.dir) called.add(target);
      }
    }
  }
  const roots = [];
  const unresolved = [];
  for (const [dir, config] of [...configs].sort(([a], [b]) => a < b ? -1 : 1)) {
    if (called.has(dir)) continue;
    const resolver = moduleResolver(dir, configFor, project, diagnostics, unresolved);
    const rootInputs = /* @__PURE__ */ new Map();
    const root = new ModuleInstance(config, "", rootInputs, resolver, []);
    for (const file of [...autoVarFiles(dir, varFiles), ...inputs.varFiles]) {
      for (const [k, v] of readVarFile(file, diagnostics, root)) rootInputs.set(k, v);
    }
    for (const [k, raw] of Object.entries(inputs.vars)) rootInputs.set(k, cliVar(k, raw, root));
    roots.push(root);
  }
  if (roots.length > 1 || inputs.severalRoots)
    for (const root of roots) root.rootLabel = ` (root ${root.config.dir || "."})`;
  for (const file of varFiles) if (!configs.has(dirOf(file.path))) parseConfigFile(file, diagnostics);
  return {
    roots,
    diagnostics,
    unresolved
  };
}
function moduleResolver(rootDir, configFor, project, diagnostics, unresolved) {
  let manifest;
  const manifestDirs = () => {
    if (manifest) return manifest;
    manifest = /* @__PURE__ */ new Map();
    const path2 = joinPath(rootDir, ".terraform/modules/modules.json");
    const text = project.read(path2);
    if (text === void 0) return manifest;
    try {
      const parsed = JSON.parse(text);
      for (const m of parsed.Modules ?? []) {
        if (m.Key && m.Dir) {
          const dir = joinPath(rootDir, m.Dir.replace(/\\/g, "/"));
          if (dir !== void 0) manifest.set(m.Key, dir);
        }
      }
    } catch (error) {
      diagnostics.push({
        level: "warning",
        location: { file: path2, line: 1, column: 1 },
        message: `cannot read module manifest: ${error.message}`
      });
    }
    return manifest;
  };
  return (caller, name, source, at) => {
    let dir;
    if (isLocalSource(source)) dir = joinPath(caller.config.dir, source.replace(/\/+$/, ""));
    else {
      const key = [...caller.prefix.matchAll(/module\.([^.[]+)/g)].map((m) => m[1]).concat(name).join(".");
      dir = manifestDirs().get(key);
    }
    const config = dir === void 0 ? void 0 : configFor(dir);
    if (!config) {
      const why = isLocalSource(source) ? "the module directory has no Terraform files" : "the module is not downloaded (run terraform init to analyse it)";
      unresolved.push({ location: at, expression: `module "${name}" source = "${source}"`, reason: why });
    }
    return config;
  };
}

// src/extractors/terraform/values.ts
function blockFields(view, extent) {
  return {
    extent,
    get: (name) => view.attr(name),
    locationOf: (name) => view.attrLocation(name) ?? view.location,
    location: view.location
  };
}
function objectFields(value, fallback, extent) {
  const location = value.src && !value.src.via ? value.src.loc : fallback;
  return {
    extent,
    get: (name) => value.attrs.get(name),
    locationOf: (name) => {
      const v = value.attrs.get(name);
      return v?.src && !v.src.via ? v.src.loc : location;
    },
    location
  };
}
var UnresolvedLog = class {
  entries = [];
  add(location, value) {
    this.entries.push({ location, expression: value.expr, reason: value.reason });
  }
};
function inside(loc, extent) {
  return loc.file === extent.file && loc.line >= extent.line && loc.line <= (extent.endLine ?? extent.line);
}
function placeOf(value, useSite, extent) {
  const src = value.src;
  if (!src) return { location: useSite, origins: [] };
  if (!src.via && inside(src.loc, extent)) return { location: src.loc, origins: [] };
  return { location: useSite, origins: src.via ? [{ location: src.loc, description: src.via }] : [] };
}
function originsOf(values) {
  const out = [];
  for (const v of values) if (v?.src?.via) out.push({ location: v.src.loc, description: v.src.via });
  return out;
}
function destinationsFrom(value, kind, useSite, extent, log) {
  if (!value || value.t === "null") return [];
  const items = value.t === "list" ? value.items : value.t === "unknown" || value.t === "ref" || asString(value) !== void 0 ? [value] : elements(value) ?? [value];
  const out = [];
  for (const item of items) {
    if (item.t === "null") continue;
    const { location, origins } = placeOf(item, useSite, extent);
    if (item.t === "unknown") {
      log.add(location, item);
      out.push({ kind: "unknown", expression: item.expr, text: item.expr, location, origins });
      continue;
    }
    if (item.t === "ref") {
      out.push({
        kind: kind === "prefix-list" ? "prefix-list" : "security-group",
        ref: item.address,
        text: String(toPlain(item)),
        location,
        origins
      });
      continue;
    }
    const text = asString(item);
    if (text === void 0 || text === "") {
      if (text === "") continue;
      const u = {
        t: "unknown",
        expr: JSON.stringify(toPlain(item)),
        reason: `expected a string, got ${item.t}`
      };
      log.add(location, u);
      out.push({ kind: "unknown", expression: u.expr, text: u.expr, location, origins });
      continue;
    }
    if (kind === "cidr") {
      const cidr = parseCidr(text);
      if (cidr) out.push({ kind: "cidr", cidr, text, location, origins });
      else {
        log.add(location, { t: "unknown", expr: text, reason: "not a valid CIDR" });
        out.push({ kind: "unknown", expression: text, text, location, origins });
      }
    } else out.push({ kind, ref: text, text, location, origins });
  }
  return out;
}
function protocolFrom(value, location, log) {
  if (!value || value.t === "null") return { unknown: "(missing)" };
  if (value.t === "unknown") {
    log.add(location, value);
    return { unknown: value.expr };
  }
  const text = asString(value);
  return text === void 0 ? { unknown: JSON.stringify(toPlain(value)) } : normalizeProtocol(text);
}
function portFrom(value, location, log) {
  if (!value || value.t === "null") return void 0;
  if (value.t === "unknown") {
    log.add(location, value);
    return null;
  }
  const n = asNumber(value);
  return n === void 0 ? null : n;
}
function stringFrom(value) {
  return value ? asString(value) : void 0;
}

// src/extractors/terraform/value-reader.ts
var IDENTITY_ATTRIBUTES = /* @__PURE__ */ new Set(["id", "self_link"]);
function locatedValue(value, useSite, extent) {
  const at = placeOf(value, useSite, extent);
  switch (value.t) {
    case "null":
      return void 0;
    case "string":
    case "number":
    case "bool":
      return { kind: "scalar", value: value.v, at };
    case "unknown":
      return { kind: "unknown", expression: value.expr, reason: value.reason, at };
    case "ref": {
      const attr = value.attr[value.attr.length - 1];
      if (value.attr.length <= 1 && (attr === void 0 || IDENTITY_ATTRIBUTES.has(attr)))
        return { kind: "scalar", value: value.address, at };
      return {
        kind: "unknown",
        expression: String(toPlain(value)),
        reason: `${String(toPlain(value))} is known only after apply`,
        at
      };
    }
    case "list": {
      const items = value.items.map((item) => locatedValue(item, useSite, extent)).filter((item) => item !== void 0);
      return { kind: "list", items, at };
    }
    case "object":
      return { kind: "object", fields: objectReader(value, at, extent), at };
  }
}
function objectReader(value, at, extent) {
  return {
    at,
    get(name) {
      const field = value.attrs.get(name);
      return field ? locatedValue(field, at.location, extent) : void 0;
    }
  };
}
function bodyReader(view, extent) {
  return {
    at: { location: view.location, origins: [] },
    get(name) {
      const value = view.attr(name);
      if (value !== void 0) return locatedValue(value, view.attrLocation(name) ?? view.location, extent);
      if (!view.hasBlocks(name)) return void 0;
      const blocks = view.blocks(name);
      const items = blocks.map((block) => ({
        kind: "object",
        fields: bodyReader(block, extent),
        at: { location: block.location, origins: [] }
      }));
      return { kind: "list", items, at: { location: blocks[0]?.location ?? view.location, origins: [] } };
    }
  };
}
function unwrapTemplate(expr) {
  if (expr.kind === "template" && expr.parts.length === 1 && expr.parts[0].kind !== "text")
    return expr.parts[0];
  return expr;
}
function referencedAddress(view, name) {
  const expr = view.attrExpr(name);
  if (!expr) return void 0;
  const traversal2 = unwrapTemplate(expr);
  if (traversal2.kind !== "getattr") return void 0;
  const target = evaluate(traversal2.object, view.scope);
  return target.t === "ref" && target.attr.length === 0 ? target.address : void 0;
}
function outsideFirewall(instance, provider, kind, id) {
  return {
    platform: "terraform",
    provider,
    kind,
    id,
    displayName: id,
    resourceType: instance.type,
    location: instance.location,
    related: instance.module.callChain
  };
}
function declaredByOf(instance) {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.address,
    location: instance.location
  };
}

// src/extractors/terraform/aws-network-acl.ts
var ACL_TYPES = /* @__PURE__ */ new Set(["aws_network_acl", "aws_default_network_acl"]);
var RULE = "aws_network_acl_rule";
var AWS_NACL_TYPES = /* @__PURE__ */ new Set([...ACL_TYPES, RULE]);
function entries(readers, instance, log) {
  const context = { declaredBy: declaredByOf(instance), unresolved: log.entries };
  return readers.map((reader) => naclEgressRule(reader, context)).filter((rule) => rule !== void 0);
}
function inlineEntries(instance, log) {
  const readers = [];
  for (const element of elementsOf(bodyReader(instance.body, instance.extent).get("egress"))) {
    if (element.kind === "unknown") log.entries.push(unresolvedOf(element));
    if (element.kind === "object") readers.push(element.fields);
  }
  return entries(readers, instance, log);
}
function isEgress(instance, log) {
  const value = instance.body.attr("egress");
  if (value?.t === "unknown") log.add(instance.body.attrLocation("egress") ?? instance.location, value);
  return value !== void 0 && stringFrom(value) === "true";
}
function extractAwsNetworkAcls(instances, log) {
  const acls = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (!ACL_TYPES.has(instance.type)) continue;
    const anchor = declaredByOf(instance);
    const rules2 = inlineEntries(instance, log);
    acls.set(instance.address, {
      platform: "terraform",
      provider: "aws",
      kind: "aws-network-acl",
      ...anchor,
      egressDeclared: rules2.length > 0 ? "rules" : "explicit-empty",
      rules: [...rules2, awsNaclFinalDeny(anchor)],
      related: instance.module.callChain
    });
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== RULE || !isEgress(instance, log)) continue;
    const rules2 = entries([bodyReader(instance.body, instance.extent)], instance, log);
    if (rules2.length === 0) continue;
    const address = referencedAddress(instance.body, "network_acl_id");
    const acl = address ? acls.get(address) : void 0;
    if (acl) {
      acl.rules.splice(acl.rules.length - 1, 0, ...rules2);
      acl.egressDeclared = "rules";
      continue;
    }
    const value = instance.body.attr("network_acl_id");
    const name = value?.t === "unknown" ? value.expr : value && stringFrom(value);
    const id = name ? `network ACL ${name}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, "aws", "aws-network-acl", id), rules2);
  }
  return [...acls.values(), ...orphans.values()];
}

// src/extractors/terraform/aws-security-group.ts
var GROUP_TYPES = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
var AWS_SG_TYPES = /* @__PURE__ */ new Set([
  ...GROUP_TYPES,
  "aws_security_group_rule",
  "aws_vpc_security_group_egress_rule"
]);
function declaredBy(instance) {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.displayName,
    location: instance.location
  };
}
function ports(protocol, from, to) {
  if (protocol === "all") return portsFromPair("all", void 0, void 0);
  if (from === null || to === null) return { unknown: "from_port/to_port" };
  return portsFromPair(protocol, from, to);
}
function classicRule(fields, instance, selfRef, log, extraGroupField) {
  const protocol = protocolFrom(fields.get("protocol"), fields.locationOf("protocol"), log);
  const from = portFrom(fields.get("from_port"), fields.locationOf("from_port"), log);
  const to = portFrom(fields.get("to_port"), fields.locationOf("to_port"), log);
  const destinations = [
    ...destinationsFrom(
      fields.get("cidr_blocks"),
      "cidr",
      fields.locationOf("cidr_blocks"),
      fields.extent,
      log
    ),
    ...destinationsFrom(
      fields.get("ipv6_cidr_blocks"),
      "cidr",
      fields.locationOf("ipv6_cidr_blocks"),
      fields.extent,
      log
    ),
    ...destinationsFrom(
      fields.get("prefix_list_ids"),
      "prefix-list",
      fields.locationOf("prefix_list_ids"),
      fields.extent,
      log
    ),
    ...destinationsFrom(
      fields.get("security_groups"),
      "security-group",
      fields.locationOf("security_groups"),
      fields.extent,
      log
    )
  ];
  if (extraGroupField)
    destinations.push(
      ...destinationsFrom(
        fields.get(extraGroupField),
        "security-group",
        fields.locationOf(extraGroupField),
        fields.extent,
        log
      )
    );
  const self = fields.get("self");
  if (self?.t === "bool" && self.v) {
    destinations.push({
      kind: "security-group",
      ref: selfRef,
      text: "self",
      location: fields.locationOf("self"),
      origins: []
    });
  }
  return {
    action: "allow",
    protocol,
    ports: ports(protocol, from, to),
    destinations,
    location: fields.location,
    origins: originsOf([fields.get("protocol"), fields.get("from_port"), fields.get("to_port")]),
    declaredBy: declaredBy(instance)
  };
}
function vpcEgressRule(instance, log) {
  const fields = blockFields(instance.body, instance.extent);
  const protocol = protocolFrom(fields.get("ip_protocol"), fields.locationOf("ip_protocol"), log);
  const from = portFrom(fields.get("from_port"), fields.locationOf("from_port"), log);
  const to = portFrom(fields.get("to_port"), fields.locationOf("to_port"), log);
  return {
    action: "allow",
    protocol,
    ports: ports(protocol, from, to),
    destinations: [
      ...destinationsFrom(
        fields.get("cidr_ipv4"),
        "cidr",
        fields.locationOf("cidr_ipv4"),
        fields.extent,
        log
      ),
      ...destinationsFrom(
        fields.get("cidr_ipv6"),
        "cidr",
        fields.locationOf("cidr_ipv6"),
        fields.extent,
        log
      ),
      ...destinationsFrom(
        fields.get("prefix_list_id"),
        "prefix-list",
        fields.locationOf("prefix_list_id"),
        fields.extent,
        log
      ),
      ...destinationsFrom(
        fields.get("referenced_security_group_id"),
        "security-group",
        fields.locationOf("referenced_security_group_id"),
        fields.extent,
        log
      )
    ],
    location: instance.location,
    origins: originsOf([fields.get("ip_protocol"), fields.get("from_port"), fields.get("to_port")]),
    declaredBy: declaredBy(instance)
  };
}
function inlineRules(instance, log) {
  const body = instance.body;
  const fromFields = (fields) => ({
    rule: classicRule(fields, instance, instance.address, log),
    fields
  });
  if (body.hasBlocks("egress"))
    return {
      declared: true,
      rules: body.blocks("egress").map((b) => fromFields(blockFields(b, instance.extent)))
    };
  const value = body.attr("egress");
  const location = body.attrLocation("egress");
  if (!value || !location) return { declared: false, rules: [] };
  if (value.t === "unknown") {
    log.add(location, value);
    return { declared: true, rules: [], location };
  }
  const items = value.t === "list" ? value.items : value.t === "null" ? [] : [value];
  const rules2 = items.filter((i) => i.t === "object").map((i) => fromFields(objectFields(i, location, instance.extent)));
  return { declared: value.t !== "null", rules: rules2, location };
}
function targetGroup(value) {
  if (!value) return void 0;
  if (value.t === "ref") return value.address;
  return stringFrom(value);
}
function withoutSentinels(rules2) {
  const portOf = (v) => v?.t === "number" ? v.v : void 0;
  return rules2.filter(
    ({ rule, fields }) => !isDenyAllSentinel(rule, portOf(fields.get("from_port")), portOf(fields.get("to_port")))
  ).map(({ rule }) => rule);
}
function extractAwsSecurityGroups(instances, log) {
  const groups = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (!GROUP_TYPES.has(instance.type)) continue;
    const inline = inlineRules(instance, log);
    const rules2 = withoutSentinels(inline.rules);
    groups.set(instance.address, {
      platform: "terraform",
      provider: "aws",
      kind: "aws-security-group",
      id: instance.address,
      displayName: instance.displayName,
      resourceType: instance.type,
      location: instance.location,
      // An empty list, or only the deny-all idiom, is an explicit empty egress set.
      egressDeclared: !inline.declared ? "absent" : rules2.length > 0 ? "rules" : "explicit-empty",
      rules: rules2,
      egressLocation: inline.location,
      related: instance.module.callChain
    });
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    let rule;
    if (instance.type === "aws_security_group_rule") {
      const type = stringFrom(instance.body.attr("type"));
      if (type !== "egress") continue;
      rule = classicRule(
        blockFields(instance.body, instance.extent),
        instance,
        "",
        log,
        "source_security_group_id"
      );
    } else if (instance.type === "aws_vpc_security_group_egress_rule") {
      rule = vpcEgressRule(instance, log);
    } else continue;
    const target = targetGroup(instance.body.attr("security_group_id"));
    for (const d of rule.destinations)
      if (d.kind === "security-group" && d.ref === "") d.ref = target ?? instance.address;
    if (withoutSentinels([{ rule, fields: blockFields(instance.body, instance.extent) }]).length === 0) {
      const group2 = target ? groups.get(target) : void 0;
      if (group2 && group2.egressDeclared === "absent") group2.egressDeclared = "explicit-empty";
      continue;
    }
    const group = target ? groups.get(target) : void 0;
    if (group) {
      group.rules.push(rule);
      group.egressDeclared = "rules";
      continue;
    }
    addOrphanRules(
      orphans,
      {
        platform: "terraform",
        provider: "aws",
        kind: "aws-security-group",
        id: target ?? instance.address,
        displayName: target ? `security group ${target}` : instance.displayName,
        resourceType: instance.type,
        location: instance.location,
        related: instance.module.callChain
      },
      [rule]
    );
  }
  return [...groups.values(), ...orphans.values()];
}

// src/extractors/shared/azure-nsg.ts
function addressDestination(value, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const text = stringOf(value)?.trim();
  if (!text) return void 0;
  const { location, origins } = value.at;
  const cidr = parseCidr(text);
  return cidr ? { kind: "cidr", cidr, text, location, origins } : { kind: "service-tag", tag: text, text, location, origins };
}
function applicationGroupDestination(value, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const id = value.kind === "object" ? stringOf(value.fields.get("id")) : stringOf(value);
  if (!id) return void 0;
  return {
    kind: "security-group",
    ref: id,
    text: id,
    location: value.at.location,
    origins: value.at.origins
  };
}
function enumOf(value, context) {
  if (value?.kind === "unknown") context.unresolved.push(unresolvedOf(value));
  return stringOf(value)?.toLowerCase();
}
function azureOutboundRules(attrs, context) {
  if (enumOf(attrs.get("direction"), context) !== "outbound") return [];
  const access = enumOf(attrs.get("access"), context);
  if (access !== "allow" && access !== "deny") return [];
  const protocol = protocolNamed(attrs.get("protocol"), context.unresolved);
  const ports2 = portRangesOf(
    [...elementsOf(attrs.get("destination_port_range")), ...elementsOf(attrs.get("destination_port_ranges"))],
    context.unresolved
  );
  const destinations = [];
  for (const value of [
    ...elementsOf(attrs.get("destination_address_prefix")),
    ...elementsOf(attrs.get("destination_address_prefixes"))
  ]) {
    const d = addressDestination(value, context);
    if (d) destinations.push(d);
  }
  for (const field of [
    "destination_application_security_groups",
    "destination_application_security_group_ids"
  ]) {
    for (const value of elementsOf(attrs.get(field))) {
      const d = applicationGroupDestination(value, context);
      if (d) destinations.push(d);
    }
  }
  const priority = numberOf(attrs.get("priority"));
  const name = stringOf(attrs.get("name")) ?? context.name;
  const rule = (p, rulePorts) => ({
    action: access,
    priority,
    protocol: p,
    ports: rulePorts,
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy,
    name
  });
  if (protocol === "all") {
    if (!Array.isArray(ports2) || coversAllPorts(ports2))
      return [rule("all", Array.isArray(ports2) ? ALL_PORTS : ports2)];
    return [rule("tcp", ports2), rule("udp", ports2)];
  }
  return [rule(protocol, hasPorts(protocol) ? ports2 : [])];
}
function undecidedRule(attrs) {
  const direction = attrs.get("direction");
  if (direction?.kind === "unknown") return true;
  return stringOf(direction)?.toLowerCase() === "outbound" && attrs.get("access")?.kind === "unknown";
}
function nsgNameKey(resourceGroup, name) {
  return resourceGroup !== void 0 && name !== void 0 ? `${resourceGroup}/${name}`.toLowerCase() : void 0;
}
function inlineAzureRules(value, context) {
  if (!value) return void 0;
  const inline = { byName: /* @__PURE__ */ new Map(), undecided: false };
  elementsOf(value).forEach((element, i) => {
    if (element.kind === "unknown") context.unresolved.push(unresolvedOf(element));
    if (element.kind !== "object") {
      inline.undecided = true;
      return;
    }
    const name = (stringOf(element.fields.get("name")) ?? `#${i}`).toLowerCase();
    inline.byName.set(name, azureOutboundRules(element.fields, context));
    inline.undecided ||= undecidedRule(element.fields);
  });
  return inline;
}
function assembleNsgs(nsgs, standalone) {
  const byKey = /* @__PURE__ */ new Map();
  for (const nsg of nsgs) for (const key of nsg.keys) if (!byKey.has(key)) byKey.set(key, nsg);
  const attached = new Map(nsgs.map((n) => [n, []]));
  const orphans = /* @__PURE__ */ new Map();
  for (const rule of standalone) {
    const nsg = rule.groupKeys.map((k) => byKey.get(k)).find((n) => n !== void 0);
    if (nsg) attached.get(nsg)?.push(rule);
    else if (rule.rules.length > 0) addOrphanRules(orphans, rule.orphan, rule.rules);
  }
  const firewalls = nsgs.map((nsg) => {
    const rules2 = attached.get(nsg) ?? [];
    const claimed = new Set(rules2.map((r) => r.name));
    const inline = [];
    for (const [name, live] of (nsg.live ?? nsg.declared)?.byName ?? []) {
      if (!claimed.has(name)) inline.push(...nsg.declared?.byName.get(name) ?? live);
    }
    const separate = rules2.flatMap((r) => r.rules);
    const undecided = Boolean(
      nsg.declared?.undecided || nsg.live?.undecided || rules2.some((r) => r.undecided)
    );
    const declaresOutbound = separate.length > 0 || [...nsg.declared?.byName.values() ?? []].some((r) => r.length > 0);
    const { id, resourceType, displayName, location } = nsg.firewall;
    const { platformDefault, denyAllOutBound } = azureNsgDefaults({
      id,
      resourceType,
      displayName,
      location
    });
    return {
      ...nsg.firewall,
      egressDeclared: declaresOutbound || undecided ? "rules" : "absent",
      rules: [...inline, ...separate, denyAllOutBound],
      // Unknown is not open: when a rule might be the overriding deny, the default is not judged.
      ...undecided ? {} : { platformDefault }
    };
  });
  return [...firewalls, ...orphans.values()];
}

// src/extractors/terraform/azure-nsg.ts
var NSG = "azurerm_network_security_group";
var RULE2 = "azurerm_network_security_rule";
var AZURE_NSG_TYPES = /* @__PURE__ */ new Set([NSG, RULE2]);
function nsgParts(instance, log) {
  const context = { declaredBy: declaredByOf(instance), unresolved: log.entries };
  const parts = { instance, inline: [], attached: [], undecided: false };
  for (const element of elementsOf(bodyReader(instance.body, instance.extent).get("security_rule"))) {
    if (element.kind === "unknown") log.entries.push(unresolvedOf(element));
    if (element.kind !== "object") parts.undecided = true;
    else {
      parts.inline.push(...azureOutboundRules(element.fields, context));
      parts.undecided ||= undecidedRule(element.fields);
    }
  }
  return parts;
}
function nsgFirewall({ instance, inline, attached, undecided }) {
  const anchor = declaredByOf(instance);
  const { platformDefault, denyAllOutBound } = azureNsgDefaults(anchor);
  const declared = [...inline, ...attached];
  return {
    platform: "terraform",
    provider: "azure",
    kind: "azure-nsg",
    ...anchor,
    egressDeclared: declared.length > 0 || undecided ? "rules" : "absent",
    rules: [...declared, denyAllOutBound],
    // Unknown is not open: when a rule might be the overriding deny, the default is not judged.
    ...undecided ? {} : { platformDefault },
    related: instance.module.callChain
  };
}
function extractAzureNsgs(instances, log) {
  const byAddress = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== NSG) continue;
    const parts = nsgParts(instance, log);
    byAddress.set(instance.address, parts);
    const key = nsgNameKey(
      stringFrom(instance.body.attr("resource_group_name")),
      stringFrom(instance.body.attr("name"))
    );
    if (key) byName.set(key, parts);
  }
  const orphans = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (instance.type !== RULE2) continue;
    const reader = bodyReader(instance.body, instance.extent);
    const rules2 = azureOutboundRules(reader, { declaredBy: declaredByOf(instance), unresolved: log.entries });
    const undecided = undecidedRule(reader);
    if (rules2.length === 0 && !undecided) continue;
    const nsgName = stringFrom(instance.body.attr("network_security_group_name"));
    const reference = referencedAddress(instance.body, "network_security_group_name");
    const nsg = (reference ? byAddress.get(reference) : void 0) ?? byName.get(nsgNameKey(stringFrom(instance.body.attr("resource_group_name")), nsgName) ?? "");
    if (nsg) {
      nsg.attached.push(...rules2);
      nsg.undecided ||= undecided;
      continue;
    }
    if (rules2.length === 0) continue;
    const id = nsgName !== void 0 ? `network security group ${nsgName}` : instance.address;
    addOrphanRules(orphans, outsideFirewall(instance, "azure", "azure-nsg", id), rules2);
  }
  return [...[...byAddress.values()].map(nsgFirewall), ...orphans.values()];
}

// src/extractors/shared/gcp-firewall.ts
function destinationsOf(attrs, context) {
  const values = elementsOf(attrs.get("destination_ranges"));
  if (values.length === 0)
    return [
      {
        kind: "cidr",
        cidr: ANY_V4,
        text: ANY_V4.text,
        location: attrs.at.location,
        origins: attrs.at.origins
      }
    ];
  const destinations = [];
  for (const value of values) {
    if (value.kind === "unknown") {
      destinations.push(unknownDestination(value, context.unresolved));
      continue;
    }
    const text = stringOf(value)?.trim();
    if (!text) continue;
    const cidr = parseCidr(text);
    const { location, origins } = value.at;
    if (cidr) destinations.push({ kind: "cidr", cidr, text, location, origins });
    else
      destinations.push(
        unknownDestination(
          { kind: "unknown", expression: text, reason: "not a CIDR", at: value.at },
          context.unresolved
        )
      );
  }
  return destinations;
}
function portsOf(protocol, entry, context) {
  if (protocol === "all") return ALL_PORTS;
  if (!hasPorts(protocol)) return [];
  return portRangesOf(elementsOf(entry.get("ports")), context.unresolved);
}
function targetsOf(attrs) {
  const names = (field) => elementsOf(attrs.get(field)).map((v) => v.kind === "unknown" ? v.expression : stringOf(v) ?? "");
  const tags = names("target_tags");
  if (tags.length > 0) return `instances are tagged ${tags.join(", ")}`;
  const accounts = names("target_service_accounts");
  if (accounts.length > 0) return `instances run as ${accounts.join(", ")}`;
  return void 0;
}
function gcpEgressRules(attrs, context) {
  const direction = attrs.get("direction");
  if (direction?.kind === "unknown") context.unresolved.push(unresolvedOf(direction));
  if ((stringOf(direction) ?? "INGRESS").toUpperCase() !== "EGRESS") return [];
  const disabled = attrs.get("disabled");
  if (disabled?.kind === "scalar" && disabled.value === true) return [];
  const priority = numberOf(attrs.get("priority")) ?? GCP_DEFAULT_PRIORITY;
  const destinations = destinationsOf(attrs, context);
  const condition = targetsOf(attrs);
  const rules2 = [];
  const entries2 = [
    ["allows", "allow", "allow"],
    ["denies", "deny", "deny"]
  ];
  for (const [plural, singular, action] of entries2) {
    for (const entry of elementsOf(attrs.get(plural) ?? attrs.get(singular))) {
      if (entry.kind === "unknown") context.unresolved.push(unresolvedOf(entry));
      if (entry.kind !== "object") continue;
      const protocol = protocolNamed(entry.fields.get("protocol"), context.unresolved);
      rules2.push({
        action,
        priority,
        protocol,
        ports: portsOf(protocol, entry.fields, context),
        destinations,
        location: entry.at.location,
        origins: [],
        declaredBy: context.declaredBy,
        name: stringOf(attrs.get("name")),
        condition
      });
    }
  }
  return rules2;
}
function networkName(value) {
  return value.slice(value.lastIndexOf("/") + 1);
}
function outsideNetwork(firewall, networkType, reference) {
  return {
    ...firewall,
    id: `network ${reference}`,
    displayName: `network ${networkName(reference)}`,
    resourceType: networkType
  };
}
function assembleGcpNetworks(networks, firewalls) {
  const byKey = /* @__PURE__ */ new Map();
  for (const network of networks)
    for (const key of network.keys) if (!byKey.has(key)) byKey.set(key, network);
  const members = new Map(networks.map((n) => [n, []]));
  const outside = /* @__PURE__ */ new Map();
  for (const firewall of firewalls) {
    const network = firewall.networkKeys.map((k) => byKey.get(k)).find((n) => n !== void 0);
    if (network) members.get(network)?.push(firewall);
    else {
      const name = networkName(firewall.reference);
      outside.set(name, [...outside.get(name) ?? [], firewall]);
    }
  }
  const result = networks.map((network) => {
    const list2 = members.get(network) ?? [];
    const rules2 = list2.flatMap((f) => f.rules);
    const undecided = list2.some((f) => f.undecided);
    const { id, resourceType, displayName, location } = network.firewall;
    return {
      ...network.firewall,
      egressDeclared: rules2.length > 0 || undecided ? "rules" : "absent",
      rules: rules2,
      ...undecided ? {} : { platformDefault: gcpImpliedEgress({ id, resourceType, displayName, location }) }
    };
  });
  for (const list2 of outside.values()) {
    const rules2 = list2.flatMap((f) => f.rules);
    if (rules2.length > 0) result.push({ ...list2[0].orphan, egressDeclared: "rules", rules: rules2 });
  }
  return result;
}

// src/extractors/terraform/gcp-firewall.ts
var FIREWALL = "google_compute_firewall";
var NETWORK = "google_compute_network";
var GCP_FIREWALL_TYPES = /* @__PURE__ */ new Set([FIREWALL, NETWORK]);
function networkOf(firewall) {
  const address = referencedAddress(firewall.body, "network");
  const value = firewall.body.attr("network");
  const text = value === void 0 ? void 0 : value.t === "unknown" ? value.expr : stringFrom(value);
  return { address, reference: text ?? "(network not set)" };
}
function networkFirewall(group) {
  if (group.network) {
    const anchor = declaredByOf(group.network);
    return {
      platform: "terraform",
      provider: "gcp",
      kind: "gcp-network",
      ...anchor,
      egressDeclared: group.rules.length > 0 || group.undecided ? "rules" : "absent",
      rules: group.rules,
      // Unknown is not open: when a firewall might be the overriding deny, the default is not judged.
      ...group.undecided ? {} : { platformDefault: gcpImpliedEgress(anchor) },
      related: group.network.module.callChain
    };
  }
  const first = group.firstFirewall;
  if (!first || group.rules.length === 0 || group.reference === void 0) return void 0;
  const firewall = firewallBase(
    "terraform",
    "gcp",
    "gcp-network",
    declaredByOf(first),
    first.module.callChain
  );
  return {
    ...outsideNetwork(firewall, NETWORK, group.reference),
    egressDeclared: "rules",
    rules: group.rules
  };
}
function extractGcpFirewalls(instances, log) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const network of instances) {
    if (network.type !== NETWORK) continue;
    const group = { network, rules: [] };
    groups.push(group);
    byKey.set(network.address, group);
    const name = stringFrom(network.body.attr("name"));
    if (name !== void 0) byKey.set(`name:${name}`, group);
  }
  for (const firewall of instances) {
    if (firewall.type !== FIREWALL) continue;
    const reader = bodyReader(firewall.body, firewall.extent);
    const rules2 = gcpEgressRules(reader, { declaredBy: declaredByOf(firewall), unresolved: log.entries });
    const { address, reference } = networkOf(firewall);
    let group = (address ? byKey.get(address) : void 0) ?? byKey.get(`name:${networkName(reference)}`);
    if (!group) {
      group = { reference, rules: [], firstFirewall: firewall };
      groups.push(group);
      byKey.set(`name:${networkName(reference)}`, group);
    }
    group.rules.push(...rules2);
    group.undecided ||= reader.get("direction")?.kind === "unknown";
  }
  return groups.map(networkFirewall).filter((f) => f !== void 0);
}

// src/extractors/terraform/index.ts
function dedupeUnresolved(entries2) {
  const seen = /* @__PURE__ */ new Set();
  return entries2.filter((u) => {
    const key = `${u.location.file}:${u.location.line}:${u.location.column}:${u.expression}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var terraformAnalyzer = {
  id: "terraform",
  claims: (file) => isTerraformFile(file.path) || isVarFile(file.path),
  analyze(files, options) {
    const project = loadTerraformProject(
      files,
      {
        vars: options.terraformVars,
        varFiles: options.terraformVarFiles,
        severalRoots: options.terraformSeveralRoots,
        parseCache: options.terraformParseCache
      },
      options.project
    );
    const log = new UnresolvedLog();
    const firewalls = [];
    for (const root of project.roots) {
      const rootFirewalls = [
        ...extractAwsSecurityGroups([...resourcesOf(root, AWS_SG_TYPES)], log),
        ...extractAwsNetworkAcls([...resourcesOf(root, AWS_NACL_TYPES)], log),
        ...extractAzureNsgs([...resourcesOf(root, AZURE_NSG_TYPES)], log),
        ...extractGcpFirewalls([...resourcesOf(root, GCP_FIREWALL_TYPES)], log)
      ];
      if (root.config.dir) for (const f of rootFirewalls) f.id = `${root.config.dir}//${f.id}`;
      firewalls.push(...rootFirewalls);
    }
    return {
      firewalls,
      diagnostics: project.diagnostics,
      unresolved: dedupeUnresolved([...project.unresolved, ...log.entries])
    };
  }
};

// src/extractors/shared/json-document.ts
function docString(node) {
  return node?.type === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function docStrings(node) {
  if (node?.type !== "array") return [];
  return node.items.flatMap((item) => docString(item) ?? []);
}
function parseJsonFile(file) {
  const parsed = parseJson(file.text);
  if (parsed.root) return { root: parsed.root };
  const [first, ...more] = parsed.errors;
  const extra = more.length > 0 ? ` (and ${more.length} more error${more.length > 1 ? "s" : ""})` : "";
  return {
    diagnostic: {
      level: "error",
      location: { file: file.path, line: first?.line ?? 1, column: first?.column ?? 1 },
      message: `${first?.message ?? "empty JSON document"}${extra}`
    }
  };
}
function analyzeJsonFiles(analyzer, files, analyzeOne) {
  const result = { firewalls: [], diagnostics: [], unresolved: [] };
  for (const file of files) {
    const parsed = parseJsonFile(file);
    if ("diagnostic" in parsed) {
      result.diagnostics.push(parsed.diagnostic);
      continue;
    }
    try {
      analyzeOne(file, parsed.root, result);
    } catch (error) {
      result.diagnostics.push({
        level: "error",
        location: { file: file.path, line: 1, column: 1 },
        message: `internal error in the ${analyzer} analyser: ${error.stack ?? String(error)}`
      });
    }
  }
  return result;
}

// src/extractors/pulumi/state.ts
function looksLikePulumiState(text) {
  const head = text.slice(0, 4096);
  return /^\s*\{/.test(head) && /"version"\s*:/.test(head) && /"(deployment|checkpoint)"\s*:\s*\{/.test(head);
}
function stateResources(root) {
  const deployment = get(root, "deployment") ?? get(get(root, "checkpoint"), "latest");
  if (get(root, "checkpoint") && deployment?.type === "scalar" && deployment.value === null)
    return { resources: [] };
  if (deployment?.type !== "object") return { notState: "no `deployment` (or `checkpoint.latest`) object" };
  const list2 = get(deployment, "resources");
  if (list2 === void 0 || list2.type === "scalar" && list2.value === null) return { resources: [] };
  if (list2.type !== "array") return { notState: "`resources` is not a list" };
  const resources = [];
  for (const node of list2.items) {
    const urn = docString(get(node, "urn"));
    const type = docString(get(node, "type"));
    if (!urn || !type) continue;
    const flag = (key) => {
      const v = get(node, key);
      return v?.type === "scalar" && v.value === true;
    };
    if (flag("delete") || !flag("custom")) continue;
    resources.push({
      node,
      urn,
      type,
      id: docString(get(node, "id")),
      inputs: get(node, "inputs"),
      outputs: get(node, "outputs"),
      propertyDependencies: get(node, "propertyDependencies"),
      sourcePosition: docString(get(node, "sourcePosition")),
      external: flag("external")
    });
  }
  return { resources };
}
function parseUrn(urn) {
  const parts = urn.split("::");
  if (parts.length < 4 || !parts[0].startsWith("urn:pulumi:")) return void 0;
  const qualified = parts[2];
  return {
    project: parts[1],
    type: qualified.slice(qualified.lastIndexOf("$") + 1),
    name: parts.slice(3).join("::")
  };
}
function displayNameOf(resource) {
  const parsed = parseUrn(resource.urn);
  return parsed ? `${parsed.type} ${parsed.name}` : resource.urn;
}

// src/extractors/pulumi/resource-view.ts
var SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";
var UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
function pulumiUnknown(node) {
  if (node.type === "scalar") {
    if (node.value === SECRET_SIGNATURE)
      return { expression: "[secret]", reason: "a Pulumi secret: its value is encrypted in the state" };
    if (node.value === UNKNOWN_VALUE)
      return {
        expression: "[unknown]",
        reason: "Pulumi had not computed the value when the state was written"
      };
    return void 0;
  }
  if (node.type === "object" && node.entries.some((e) => e.key === SECRET_SIGNATURE)) {
    return { expression: "[secret]", reason: "a Pulumi secret: its value is encrypted in the state" };
  }
  return void 0;
}
function resourceView(resource, file, program) {
  const stateEntry = locationIn(file, resource.node.loc);
  const place = placeIn(file, program, `Pulumi state of ${resource.urn}`);
  const options = { place, naming: "camel", unknownOf: pulumiUnknown };
  const readerOf = (node) => node?.type === "object" && !pulumiUnknown(node) ? docReader(node, options) : void 0;
  const displayName = displayNameOf(resource);
  const location = program ?? stateEntry;
  return {
    resource,
    related: program ? [{ location: stateEntry, description: `Pulumi state entry of ${resource.urn}` }] : [],
    declaredBy: { id: resource.urn, resourceType: resource.type, displayName, location },
    inputs: readerOf(resource.inputs),
    outputs: readerOf(resource.outputs),
    dependencies(property) {
      return docStrings(get(resource.propertyDependencies, camelCase(property)));
    }
  };
}
function liveOrDeclared(view) {
  return view.outputs ?? view.inputs;
}

// src/extractors/pulumi/aws.ts
var CLASSIC_GROUP = "aws:ec2/securityGroup:SecurityGroup";
var NATIVE_GROUP = "aws-native:ec2:SecurityGroup";
var GROUP_EGRESS = /* @__PURE__ */ new Map([
  [CLASSIC_GROUP, "egress"],
  [NATIVE_GROUP, "security_group_egress"]
]);
var RULE_GROUP = /* @__PURE__ */ new Map([
  ["aws:ec2/securityGroupRule:SecurityGroupRule", "security_group_id"],
  ["aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "security_group_id"],
  ["aws-native:ec2:SecurityGroupEgress", "group_id"]
]);
var PULUMI_AWS_TYPES = /* @__PURE__ */ new Set([...GROUP_EGRESS.keys(), ...RULE_GROUP.keys()]);
function baseOf(view) {
  return firewallBase("pulumi", "aws", "aws-security-group", view.declaredBy, view.related);
}
function groupKeys(view) {
  return nonEmptyStrings([
    view.resource.id,
    stringOf(view.outputs?.get("id")),
    stringOf(view.outputs?.get("group_id")),
    view.resource.urn
  ]);
}
function egressRules(reader, field, view, selfRef, unresolved) {
  const value = reader?.get(field);
  if (!value) return void 0;
  const rules2 = [];
  for (const element of elementsOf(value)) {
    if (element.kind === "object")
      rules2.push(awsEgressRule(element.fields, { declaredBy: view.declaredBy, selfRef, unresolved }));
    else if (element.kind === "unknown") unresolved.push(unresolvedOf(element));
  }
  return rules2;
}
function groupParts(view, unresolved) {
  const field = GROUP_EGRESS.get(view.resource.type) ?? "egress";
  const selfRef = view.resource.id ?? view.resource.urn;
  const live = egressRules(view.outputs, field, view, selfRef, unresolved);
  let declared = egressRules(view.inputs, field, view, selfRef, live ? [] : unresolved);
  if (view.resource.type === NATIVE_GROUP && declared?.length === 0) declared = void 0;
  const base = baseOf(view);
  return {
    firewall: base,
    keys: groupKeys(view),
    declared,
    live,
    defaultWhenUndeclared: view.resource.type === NATIVE_GROUP ? awsDefaultEgress(base) : void 0
  };
}
function standaloneParts(view, orphanOf, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  if (view.resource.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && stringOf(reader.get("type")) !== "egress")
    return void 0;
  const field = RULE_GROUP.get(view.resource.type) ?? "security_group_id";
  const groupId = stringOf(reader.get(field));
  const keys = nonEmptyStrings([groupId, ...view.dependencies(field)]);
  const rule = awsEgressRule(reader, {
    declaredBy: view.declaredBy,
    selfRef: keys[0] ?? view.resource.urn,
    unresolved
  });
  const external = keys.map((k) => orphanOf.get(k)).find((o) => o !== void 0);
  const orphan = external ?? {
    ...baseOf(view),
    id: groupId ?? view.resource.urn,
    displayName: groupId ? `security group ${groupId}` : view.declaredBy.displayName
  };
  return { groupKeys: keys, rule, orphan };
}
function awsFirewalls(views, unresolved) {
  const groups = [];
  const externalGroups = /* @__PURE__ */ new Map();
  for (const view of views) {
    if (!GROUP_EGRESS.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of groupKeys(view)) externalGroups.set(key, baseOf(view));
    else groups.push(groupParts(view, unresolved));
  }
  const standalone = [];
  for (const view of views) {
    if (!RULE_GROUP.has(view.resource.type)) continue;
    const parts = standaloneParts(view, externalGroups, unresolved);
    if (parts) standalone.push(parts);
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/extractors/pulumi/azure.ts
var NSG_NAME = /* @__PURE__ */ new Map([
  ["azure-native:network:NetworkSecurityGroup", "network_security_group_name"],
  ["azure:network/networkSecurityGroup:NetworkSecurityGroup", "name"]
]);
var RULE_NAME = /* @__PURE__ */ new Map([
  ["azure-native:network:SecurityRule", "security_rule_name"],
  ["azure:network/networkSecurityRule:NetworkSecurityRule", "name"]
]);
var PULUMI_AZURE_TYPES = /* @__PURE__ */ new Set([...NSG_NAME.keys(), ...RULE_NAME.keys()]);
function nsgKey(resourceGroup, name) {
  return resourceGroup && name ? `${resourceGroup}/${name}`.toLowerCase() : void 0;
}
function stringIn(view, field) {
  return stringOf(view.outputs?.get(field)) ?? stringOf(view.inputs?.get(field));
}
function baseOf2(view) {
  return firewallBase("pulumi", "azure", "azure-nsg", view.declaredBy, view.related);
}
function nsgKeys(view) {
  const name = stringIn(view, "name") ?? stringIn(view, NSG_NAME.get(view.resource.type) ?? "name");
  const id = (stringIn(view, "id") ?? view.resource.id)?.toLowerCase();
  return nonEmptyStrings([view.resource.urn, nsgKey(stringIn(view, "resource_group_name"), name), id]);
}
function nsgParts2(view, unresolved) {
  const context = (sink) => ({ declaredBy: view.declaredBy, unresolved: sink });
  const live = inlineAzureRules(view.outputs?.get("security_rules"), context(unresolved));
  const declared = inlineAzureRules(view.inputs?.get("security_rules"), context(live ? [] : unresolved));
  return { firewall: baseOf2(view), keys: nsgKeys(view), declared, live };
}
function ruleParts(view, external, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  const nsgName = stringIn(view, "network_security_group_name");
  const nsgId = (stringIn(view, "id") ?? view.resource.id)?.toLowerCase().replace(/\/securityrules\/[^/]+$/, "");
  const byName = nsgKey(stringIn(view, "resource_group_name"), nsgName);
  const groupKeys2 = nonEmptyStrings([...view.dependencies("network_security_group_name"), byName, nsgId]);
  const name = stringIn(view, RULE_NAME.get(view.resource.type) ?? "name") ?? view.resource.urn;
  const readNsg = groupKeys2.map((k) => external.get(k)).find((v) => v !== void 0);
  const orphanId = byName ?? nsgId ?? view.resource.urn;
  return {
    groupKeys: groupKeys2,
    name: name.toLowerCase(),
    rules: azureOutboundRules(reader, { declaredBy: view.declaredBy, unresolved, name }),
    undecided: undecidedRule(reader),
    orphan: readNsg ? baseOf2(readNsg) : {
      ...baseOf2(view),
      id: orphanId,
      displayName: nsgName ? `network security group ${nsgName}` : view.declaredBy.displayName
    }
  };
}
function azureFirewalls(views, unresolved) {
  const nsgs = [];
  const external = /* @__PURE__ */ new Map();
  for (const view of views) {
    if (!NSG_NAME.has(view.resource.type)) continue;
    if (view.resource.external) for (const key of nsgKeys(view)) external.set(key, view);
    else nsgs.push(nsgParts2(view, unresolved));
  }
  const rules2 = [];
  for (const view of views) {
    if (!RULE_NAME.has(view.resource.type)) continue;
    const parts = ruleParts(view, external, unresolved);
    if (parts) rules2.push(parts);
  }
  return assembleNsgs(nsgs, rules2);
}

// src/extractors/pulumi/gcp.ts
var FIREWALL2 = "gcp:compute/firewall:Firewall";
var NETWORK2 = "gcp:compute/network:Network";
var PULUMI_GCP_TYPES = /* @__PURE__ */ new Set([FIREWALL2, NETWORK2]);
function baseOf3(view) {
  return firewallBase("pulumi", "gcp", "gcp-network", view.declaredBy, view.related);
}
function networkParts(view) {
  const names = [stringOf(view.outputs?.get("self_link")), stringOf(liveOrDeclared(view)?.get("name"))];
  return {
    firewall: baseOf3(view),
    keys: [view.resource.urn, ...names.flatMap((n) => n ? [networkName(n)] : [])]
  };
}
function firewallParts(view, unresolved) {
  const reader = liveOrDeclared(view);
  if (!reader) return void 0;
  const reference = stringOf(reader.get("network")) ?? "(network not set)";
  return {
    networkKeys: [...view.dependencies("network"), networkName(reference)],
    reference,
    rules: gcpEgressRules(reader, { declaredBy: view.declaredBy, unresolved }),
    undecided: reader.get("direction")?.kind === "unknown",
    orphan: outsideNetwork(baseOf3(view), NETWORK2, reference)
  };
}
function gcpFirewalls(views, unresolved) {
  const networks = views.filter((v) => v.resource.type === NETWORK2 && !v.resource.external).map(networkParts);
  const firewalls = views.filter((v) => v.resource.type === FIREWALL2).flatMap((v) => firewallParts(v, unresolved) ?? []);
  return assembleGcpNetworks(networks, firewalls);
}

// src/extractors/pulumi/source-positions.ts
import { posix as posix2 } from "node:path";
var SOURCE_POSITION = /^project:\/\/\/(.+?)#(\d+)(?:,(\d+))?$/;
var PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/;
function projectName(text) {
  return text ? /^name:\s*["']?([^"'\s#]+)/m.exec(text)?.[1] : void 0;
}
function pulumiProjectDir(project, statePath, projectNameInUrn) {
  const all = project.paths().filter((p) => PROJECT_FILE.test(p));
  const named = projectNameInUrn === void 0 ? [] : all.filter((p) => projectName(project.read(p)) === projectNameInUrn);
  const candidates = named.length > 0 ? named : all;
  const dirOf2 = (p) => posix2.dirname(p);
  const ancestors = candidates.map(dirOf2).filter((dir) => dir === "." || statePath.startsWith(`${dir}/`)).sort((a, b) => b.length - a.length);
  if (ancestors.length > 0) return ancestors[0];
  return candidates.length === 1 ? dirOf2(candidates[0]) : void 0;
}
function decodePath(path2) {
  try {
    return decodeURI(path2);
  } catch {
    return path2;
  }
}
function programLocation(project, projectDir, sourcePosition) {
  if (projectDir === void 0 || !sourcePosition) return void 0;
  const m = SOURCE_POSITION.exec(sourcePosition);
  if (!m) return void 0;
  const file = posix2.normalize(posix2.join(projectDir, decodePath(m[1])));
  if (file.startsWith("../") || file === ".." || posix2.isAbsolute(file) || !project.exists(file))
    return void 0;
  return { file, line: Number(m[2]), column: m[3] === void 0 ? 1 : Number(m[3]) };
}

// src/extractors/pulumi/index.ts
var FIREWALL_TYPES = /* @__PURE__ */ new Set([...PULUMI_AWS_TYPES, ...PULUMI_AZURE_TYPES, ...PULUMI_GCP_TYPES]);
var pulumiAnalyzer = {
  id: "pulumi",
  claims: (file) => looksLikePulumiState(file.text),
  analyze: (files, options) => analyzeJsonFiles("pulumi", files, (file, root, result) => {
    const state = stateResources(root);
    if ("notState" in state) {
      result.diagnostics.push({
        level: "error",
        location: { file: file.path, line: 1, column: 1 },
        message: `looks like a Pulumi state export but is not one: ${state.notState}`
      });
      return;
    }
    const resources = state.resources.filter((r) => FIREWALL_TYPES.has(r.type));
    if (resources.length === 0) return;
    const projectDir = pulumiProjectDir(options.project, file.path, parseUrn(resources[0].urn)?.project);
    const views = resources.map(
      (r) => resourceView(r, file.path, programLocation(options.project, projectDir, r.sourcePosition))
    );
    result.firewalls.push(
      ...awsFirewalls(views, result.unresolved),
      ...azureFirewalls(views, result.unresolved),
      ...gcpFirewalls(views, result.unresolved)
    );
  })
};

// src/extractors/plan/index.ts
import { posix as posix4 } from "node:path";

// src/extractors/plan/addresses.ts
function readKey(text, pos) {
  if (text[pos] !== "[") return ["", pos];
  let i = pos + 1;
  let inString = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "]") break;
  }
  return [text.slice(pos, i + 1), i + 1];
}
var NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
function readName(text, pos) {
  NAME.lastIndex = pos;
  const m = NAME.exec(text);
  return m ? [m[0], pos + m[0].length] : void 0;
}
function parseAddress(address) {
  const modules = [];
  let pos = 0;
  while (address.startsWith("module.", pos)) {
    const name2 = readName(address, pos + "module.".length);
    if (!name2) return void 0;
    const [key2, next] = readKey(address, name2[1]);
    if (address[next] !== ".") return void 0;
    modules.push({ name: name2[0], key: key2 });
    pos = next + 1;
  }
  const type = readName(address, pos);
  if (!type || type[0] === "data" || address[type[1]] !== ".") return void 0;
  const name = readName(address, type[1] + 1);
  if (!name) return void 0;
  const [key, end] = readKey(address, name[1]);
  if (end !== address.length) return void 0;
  return { modules, type: type[0], name: name[0], key };
}
function modulePrefix(modules) {
  return modules.map((m) => `module.${m}.`).join("");
}
function staticAddress(address) {
  return `${modulePrefix(address.modules.map((m) => m.name))}${address.type}.${address.name}`;
}
function moduleInstance(address) {
  return address.modules.map((m) => `module.${m.name}${m.key}.`).join("");
}

// src/extractors/plan/resource-view.ts
var GROUP_REFERENCES = /* @__PURE__ */ new Set([
  "security_group_id",
  "security_groups",
  "source_security_group_id",
  "referenced_security_group_id"
]);
var GROUP_TYPES2 = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
function typeOf(address) {
  const parts = address.split(".");
  return parts[parts.length - 2] ?? "";
}
function planView(resource, file, declaration, configuration) {
  const modulePath = resource.parsed.modules.map((m) => m.name);
  const place = placeIn(file, declaration, `planned value of ${resource.address}`);
  const planned = docReader(resource.values, { place, naming: "snake" }, [
    {
      tree: resource.sensitive,
      expression: "(sensitive value)",
      reason: "the plan marks the value sensitive"
    },
    {
      tree: resource.afterUnknown,
      expression: "(known after apply)",
      reason: "the value is known only after apply"
    }
  ]);
  const location = declaration ?? locationIn(file, resource.node.loc);
  const { type, name } = resource.parsed;
  const referencesOf = (attribute) => configuration.references(modulePath, type, name, attribute);
  const referencedResources = (attribute, types2) => [
    ...new Set(
      referencesOf(attribute).flatMap((r) => configuration.resolveResources(modulePath, r)).filter((address) => types2.has(typeOf(address)))
    )
  ];
  const values = {
    at: planned.at,
    get(attribute) {
      const value = planned.get(attribute);
      if (value?.kind !== "unknown") return value;
      const references = referencesOf(attribute);
      if (references.length === 0) return value;
      if (GROUP_REFERENCES.has(attribute)) {
        const groups = referencedResources(attribute, GROUP_TYPES2);
        if (groups.length > 0) {
          const items = groups.map((g) => ({ kind: "scalar", value: g, at: value.at }));
          return { kind: "list", items, at: value.at };
        }
      }
      return { ...value, expression: references[0] };
    }
  };
  return {
    resource,
    related: declaration ? [{ location: locationIn(file, resource.node.loc), description: `${resource.address} in the plan` }] : [],
    declaredBy: { id: resource.address, resourceType: type, displayName: resource.address, location },
    values,
    referencedResources
  };
}

// src/extractors/plan/aws.ts
var RULE_TYPES = /* @__PURE__ */ new Set(["aws_security_group_rule", "aws_vpc_security_group_egress_rule"]);
var PLAN_AWS_TYPES = /* @__PURE__ */ new Set([...GROUP_TYPES2, ...RULE_TYPES]);
function baseOf4(view) {
  return firewallBase("terraform-plan", "aws", "aws-security-group", view.declaredBy, view.related);
}
function groupParts2(view, unresolved) {
  const { address, parsed, live } = view.resource;
  const egress = view.values.get("egress");
  const rules2 = egress && egress.kind !== "unknown" ? elementsOf(egress).flatMap((e) => {
    if (e.kind === "unknown") unresolved.push(unresolvedOf(e));
    return e.kind === "object" ? [awsEgressRule(e.fields, { declaredBy: view.declaredBy, selfRef: address, unresolved })] : [];
  }) : void 0;
  const id = stringOf(view.values.get("id"));
  return {
    firewall: baseOf4(view),
    keys: [address, staticAddress(parsed), ...id ? [id] : []],
    declared: rules2,
    // Only a group being created shows exactly what is declared; an existing one shows its live rules.
    live: live ? rules2 : void 0
  };
}
function groupKeysOf(view) {
  const { parsed } = view.resource;
  const keys = [];
  const staticModule = staticAddress(parsed).slice(0, -`${parsed.type}.${parsed.name}`.length);
  for (const element of elementsOf(view.values.get("security_group_id"))) {
    const ref = stringOf(element);
    if (!ref) continue;
    const local = ref.startsWith(staticModule) ? ref.slice(staticModule.length) : void 0;
    if (local !== void 0 && !local.startsWith("module.")) {
      keys.push(`${moduleInstance(parsed)}${local}${parsed.key}`, `${moduleInstance(parsed)}${local}`);
    }
    keys.push(ref);
  }
  return keys;
}
function standaloneParts2(view, unresolved) {
  const { parsed, address } = view.resource;
  if (parsed.type === "aws_security_group_rule" && stringOf(view.values.get("type")) !== "egress")
    return void 0;
  const keys = groupKeysOf(view);
  const group = keys[keys.length - 1];
  const rule = awsEgressRule(view.values, {
    declaredBy: view.declaredBy,
    selfRef: group ?? address,
    unresolved
  });
  const orphan = {
    ...baseOf4(view),
    id: group ?? address,
    displayName: group ? `security group ${group}` : address
  };
  return { groupKeys: keys, rule, orphan };
}
function planAwsFirewalls(views, unresolved) {
  const groups = [];
  const standalone = [];
  for (const view of views) {
    const type = view.resource.parsed.type;
    if (GROUP_TYPES2.has(type)) groups.push(groupParts2(view, unresolved));
    else if (RULE_TYPES.has(type)) {
      const parts = standaloneParts2(view, unresolved);
      if (parts) standalone.push(parts);
    }
  }
  return assembleSecurityGroups(groups, standalone);
}

// src/extractors/plan/azure.ts
var NSG2 = "azurerm_network_security_group";
var RULE3 = "azurerm_network_security_rule";
var NSG_TYPES = /* @__PURE__ */ new Set([NSG2]);
var PLAN_AZURE_TYPES = /* @__PURE__ */ new Set([NSG2, RULE3]);
function baseOf5(view) {
  return firewallBase("terraform-plan", "azure", "azure-nsg", view.declaredBy, view.related);
}
function nsgParts3(view, unresolved) {
  const { values, resource } = view;
  const value = values.get("security_rule");
  const inline = value?.kind === "unknown" ? void 0 : inlineAzureRules(value, { declaredBy: view.declaredBy, unresolved });
  return {
    firewall: baseOf5(view),
    keys: nonEmptyStrings([
      resource.address,
      staticAddress(resource.parsed),
      nsgNameKey(stringOf(values.get("resource_group_name")), stringOf(values.get("name"))),
      stringOf(values.get("id"))?.toLowerCase()
    ]),
    declared: inline,
    live: resource.live ? inline : void 0
  };
}
function ruleParts2(view, unresolved) {
  const { values } = view;
  const nsgName = stringOf(values.get("network_security_group_name"));
  const name = stringOf(values.get("name")) ?? view.resource.address;
  const orphanId = nsgName !== void 0 ? `network security group ${nsgName}` : view.resource.address;
  return {
    groupKeys: nonEmptyStrings([
      ...view.referencedResources("network_security_group_name", NSG_TYPES),
      nsgNameKey(stringOf(values.get("resource_group_name")), nsgName)
    ]),
    name: name.toLowerCase(),
    rules: azureOutboundRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: undecidedRule(values),
    orphan: { ...baseOf5(view), id: orphanId, displayName: orphanId }
  };
}
function planAzureFirewalls(views, unresolved) {
  const nsgs = views.filter((v) => v.resource.parsed.type === NSG2).map((v) => nsgParts3(v, unresolved));
  const rules2 = views.filter((v) => v.resource.parsed.type === RULE3).map((v) => ruleParts2(v, unresolved));
  return assembleNsgs(nsgs, rules2);
}

// src/extractors/plan/configuration.ts
var NOT_RESOURCES = /* @__PURE__ */ new Set([
  "var",
  "local",
  "module",
  "data",
  "each",
  "count",
  "self",
  "path",
  "terraform"
]);
var MAX_HOPS = 8;
var PlanConfiguration = class {
  root;
  constructor(plan) {
    this.root = get(get(plan, "configuration"), "root_module");
  }
  /** The configuration of the module at a path of call names ([] = root). */
  module(path2) {
    let node = this.root;
    for (const name of path2) node = get(get(get(node, "module_calls"), name), "module");
    return node;
  }
  /** The `source` of the module call that instantiated the module at `path`. */
  moduleSource(path2) {
    if (path2.length === 0) return void 0;
    const call2 = get(get(this.module(path2.slice(0, -1)), "module_calls"), path2[path2.length - 1]);
    return docString(get(call2, "source"));
  }
  /** What a resource attribute's expression references, e.g. ["aws_security_group.relay.id", "aws_security_group.relay"]. */
  references(path2, type, name, attribute) {
    const resources = get(this.module(path2), "resources");
    if (resources?.type !== "array") return [];
    const resource = resources.items.find((r) => {
      const t = get(r, "type");
      const n = get(r, "name");
      const mode = get(r, "mode");
      return t?.type === "scalar" && t.value === type && n?.type === "scalar" && n.value === name && !(mode?.type === "scalar" && mode.value === "data");
    });
    return docStrings(get(get(get(resource, "expressions"), attribute), "references"));
  }
  /**
   * The resources (static addresses: module path, type, name) a reference made in module `path` leads to,
   * following module outputs (`module.sg.id`) and input variables (`var.group_id`) across module boundaries.
   */
  resolveResources(path2, reference, hops = 0) {
    if (hops > MAX_HOPS) return [];
    const parts = reference.split(".");
    const root = parts[0].replace(/\[.*$/, "");
    if (root === "module" && parts.length >= 3) {
      const call2 = parts[1].replace(/\[.*$/, "");
      const output = get(
        get(get(this.module([...path2, call2]), "outputs"), parts[2].replace(/\[.*$/, "")),
        "expression"
      );
      return docStrings(get(output, "references")).flatMap(
        (r) => this.resolveResources([...path2, call2], r, hops + 1)
      );
    }
    if (root === "var" && parts.length >= 2 && path2.length > 0) {
      const parent = path2.slice(0, -1);
      const call2 = get(get(this.module(parent), "module_calls"), path2[path2.length - 1]);
      const input = get(get(call2, "expressions"), parts[1].replace(/\[.*$/, ""));
      return docStrings(get(input, "references")).flatMap((r) => this.resolveResources(parent, r, hops + 1));
    }
    if (NOT_RESOURCES.has(root) || parts.length < 2) return [];
    return [`${modulePrefix(path2)}${root}.${parts[1].replace(/\[.*$/, "")}`];
  }
};

// src/extractors/plan/document.ts
function looksLikePlan(text) {
  return /^\s*\{/.test(text) && text.includes('"format_version"') && (text.includes('"planned_values"') || text.includes('"resource_changes"') || /"values"\s*:\s*\{\s*"root_module"/.test(text));
}
function collectModule(module, into) {
  const resources = get(module, "resources");
  if (resources?.type === "array") into.push(...resources.items);
  const children = get(module, "child_modules");
  if (children?.type === "array") for (const child of children.items) collectModule(child, into);
}
function planResources(plan) {
  const changes = /* @__PURE__ */ new Map();
  const changeList = get(plan, "resource_changes");
  if (changeList?.type === "array") {
    for (const item of changeList.items) {
      const address = docString(get(item, "address"));
      if (address && !get(item, "deposed")) changes.set(address, get(item, "change"));
    }
  }
  const actionsOf = (change) => docStrings(get(change, "actions"));
  const result = [];
  const add = (node, values, change, state) => {
    const address = docString(get(node, "address"));
    const mode = docString(get(node, "mode"));
    const parsed = address ? parseAddress(address) : void 0;
    if (!address || !parsed || mode !== void 0 && mode !== "managed" || values?.type !== "object")
      return;
    const actions = actionsOf(change);
    const live = state || actions.length > 0 && !actions.includes("create");
    const sensitive = get(node, "sensitive_values") ?? get(change, "after_sensitive");
    result.push({
      node,
      address,
      parsed,
      values,
      afterUnknown: get(change, "after_unknown"),
      sensitive,
      live
    });
  };
  const planned = get(plan, "planned_values");
  const shownState = get(plan, "values");
  if (planned || shownState) {
    const nodes = [];
    collectModule(get(planned ?? shownState, "root_module"), nodes);
    for (const node of nodes)
      add(node, get(node, "values"), changes.get(docString(get(node, "address")) ?? ""), !planned);
  } else if (changeList?.type === "array") {
    for (const node of changeList.items) {
      const change = get(node, "change");
      if (!get(node, "deposed") && actionsOf(change).join() !== "delete")
        add(node, get(change, "after"), change, false);
    }
  }
  return result;
}

// src/extractors/plan/gcp.ts
var FIREWALL3 = "google_compute_firewall";
var NETWORK3 = "google_compute_network";
var NETWORK_TYPES = /* @__PURE__ */ new Set([NETWORK3]);
var PLAN_GCP_TYPES = /* @__PURE__ */ new Set([FIREWALL3, NETWORK3]);
function baseOf6(view) {
  return firewallBase("terraform-plan", "gcp", "gcp-network", view.declaredBy, view.related);
}
function networkParts2(view) {
  const { resource, values } = view;
  const names = [stringOf(values.get("name")), stringOf(values.get("self_link"))];
  return {
    firewall: baseOf6(view),
    keys: [
      resource.address,
      staticAddress(resource.parsed),
      ...names.flatMap((n) => n ? [networkName(n)] : [])
    ]
  };
}
function firewallParts2(view, unresolved) {
  const { values } = view;
  const network = values.get("network");
  const reference = (network?.kind === "unknown" ? network.expression : stringOf(network)) ?? "(network not set)";
  return {
    networkKeys: [...view.referencedResources("network", NETWORK_TYPES), networkName(reference)],
    reference,
    rules: gcpEgressRules(values, { declaredBy: view.declaredBy, unresolved }),
    undecided: values.get("direction")?.kind === "unknown",
    orphan: outsideNetwork(baseOf6(view), NETWORK3, reference)
  };
}
function planGcpFirewalls(views, unresolved) {
  const networks = views.filter((v) => v.resource.parsed.type === NETWORK3).map(networkParts2);
  const firewalls = views.filter((v) => v.resource.parsed.type === FIREWALL3).map((v) => firewallParts2(v, unresolved));
  return assembleGcpNetworks(networks, firewalls);
}

// src/extractors/plan/tf-declarations.ts
import { posix as posix3 } from "node:path";
var RESOURCE_HEADER = /^[ \t]*(resource)[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]*\{/gm;
var TfDeclarations = class {
  constructor(project, configuration, rootDir) {
    this.project = project;
    this.configuration = configuration;
    this.rootDir = rootDir;
  }
  project;
  configuration;
  rootDir;
  headersByDir = /* @__PURE__ */ new Map();
  modulesJson;
  /** Module key (`edge.sg`) → directory, from `terraform init`'s `.terraform/modules/modules.json`. */
  downloadedModules() {
    if (this.modulesJson) return this.modulesJson;
    this.modulesJson = /* @__PURE__ */ new Map();
    const text = this.project.read(posix3.join(this.rootDir, ".terraform/modules/modules.json"));
    try {
      const parsed = text ? JSON.parse(text) : void 0;
      const modules = parsed?.Modules;
      if (Array.isArray(modules)) {
        for (const m of modules) {
          if (typeof m.Key === "string" && typeof m.Dir === "string") this.modulesJson.set(m.Key, m.Dir);
        }
      }
    } catch {
    }
    return this.modulesJson;
  }
  /** The directory of the module at a path of call names: local sources relative to the caller, else modules.json. */
  moduleDir(path2) {
    let dir = this.rootDir;
    for (let i = 1; i <= path2.length; i++) {
      const source = this.configuration.moduleSource(path2.slice(0, i));
      if (source !== void 0 && (source.startsWith("./") || source.startsWith("../"))) {
        dir = posix3.normalize(posix3.join(dir, source));
      } else {
        const downloaded = this.downloadedModules().get(path2.slice(0, i).join("."));
        if (downloaded === void 0) return void 0;
        dir = posix3.normalize(posix3.join(this.rootDir, downloaded));
      }
      if (dir.startsWith("../")) return void 0;
    }
    return dir.replace(/\/$/, "") || ".";
  }
  headers(dir) {
    let headers = this.headersByDir.get(dir);
    if (headers) return headers;
    headers = /* @__PURE__ */ new Map();
    const files = (this.project.listDir(dir) ?? []).filter((name) => name.endsWith(".tf"));
    for (const file of files.map((name) => dir === "." ? name : `${dir}/${name}`)) {
      const text = this.project.read(file);
      if (!text) continue;
      const index2 = lineIndex(text);
      for (const m of text.matchAll(RESOURCE_HEADER)) {
        const key = `${m[2]}.${m[3]}`;
        const at = index2.position(m.index + m[0].indexOf(m[1]));
        if (!headers.has(key)) headers.set(key, { file, line: at.line, column: at.column });
      }
    }
    this.headersByDir.set(dir, headers);
    return headers;
  }
  /** The `resource "type" "name"` header declaring a resource of the module at `path`, if it is in the scan. */
  find(path2, type, name) {
    const dir = this.moduleDir(path2);
    return dir === void 0 ? void 0 : this.headers(dir).get(`${type}.${name}`);
  }
};

// src/extractors/plan/index.ts
var FIREWALL_TYPES2 = /* @__PURE__ */ new Set([...PLAN_AWS_TYPES, ...PLAN_AZURE_TYPES, ...PLAN_GCP_TYPES]);
var terraformPlanAnalyzer = {
  id: "terraform-plan",
  claims: (file) => looksLikePlan(file.text),
  analyze: (files, options) => analyzeJsonFiles("terraform-plan", files, (file, root, result) => {
    const resources = planResources(root).filter((r) => FIREWALL_TYPES2.has(r.parsed.type));
    if (resources.length === 0) return;
    const configuration = new PlanConfiguration(root);
    const declarations = new TfDeclarations(options.project, configuration, posix4.dirname(file.path));
    const views = resources.map((r) => {
      const declaration = declarations.find(
        r.parsed.modules.map((m) => m.name),
        r.parsed.type,
        r.parsed.name
      );
      return planView(r, file.path, declaration, configuration);
    });
    result.firewalls.push(
      ...planAwsFirewalls(views, result.unresolved),
      ...planAzureFirewalls(views, result.unresolved),
      ...planGcpFirewalls(views, result.unresolved)
    );
  })
};

// src/engine/analyzers.ts
var cloudformation;
function loadedCloudFormation() {
  if (!cloudformation)
    throw new Error("CloudFormation support was not loaded (prepareAnalyzers) before linting");
  return cloudformation;
}
async function prepareAnalyzers(paths) {
  if (!cloudformation && paths.some(mayBeTemplate))
    cloudformation = (await import("./cloudformation-IQIPNY6V.js")).cloudformationAnalyzer;
}
var analyzers = [
  terraformAnalyzer,
  pulumiAnalyzer,
  terraformPlanAnalyzer,
  {
    id: "cloudformation",
    claims: looksLikeCloudFormation,
    analyze: (files, options) => loadedCloudFormation().analyze(files, options),
    dataSuppressions: (file) => loadedCloudFormation().dataSuppressions?.(file) ?? []
  }
];

// src/engine/pool.ts
import { closeSync as closeSync2, constants as fsConstants2, fstatSync as fstatSync2, openSync as openSync2, readSync, statSync as statSync2 } from "node:fs";

// src/engine/lint.ts
import { createHash } from "node:crypto";

// src/config/overrides.ts
import { dirname as dirname2, isAbsolute as isAbsolute2, relative as relative2, sep as sep3 } from "node:path";
var compiled = /* @__PURE__ */ new Map();
function matchesGlob(file, glob) {
  let matcher = compiled.get(glob);
  if (!matcher)
    compiled.set(glob, matcher = new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") }));
  return matcher.match(file);
}
function matchesAnyGlob(file, globs) {
  return globs.some((g) => matchesGlob(file, g));
}
function effectiveConfigFor(config, file) {
  const rules2 = { ...config.rules };
  for (const override of config.overrides) {
    if (matchesAnyGlob(file, override.files)) Object.assign(rules2, override.rules);
  }
  return { ...config, rules: rules2, overrides: [] };
}
function rebaseOverrides(config, root) {
  if (!config.path) return config;
  const dir = relative2(root, dirname2(config.path)).split(sep3).join("/");
  if (dir === "" || dir.startsWith("..") || isAbsolute2(dir)) return config;
  const rebase = (glob) => {
    const bare = glob.replace(/^\.?\//, "");
    return bare.includes("/") ? `${dir}/${bare}` : `${dir}/**/${bare}`;
  };
  return { ...config, overrides: config.overrides.map((o) => ({ ...o, files: o.files.map(rebase) })) };
}

// src/engine/suppressions.ts
var MARKER = "egress-lint:ignore";
var DIRECTIVE = /(^|\s)(#|\/\/|\/\*)\s*egress-lint:ignore(?![\w:-])(.*)$/;
var COMMENT_ONLY = /^\s*(#|\/\/|\/\*|\*)/;
var COMMENTLESS = /\.json$/i;
var KNOWN_RULE_IDS = rules.map((r) => r.meta.id);
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}
function unknownRule(id) {
  return KNOWN_RULE_IDS.includes(id.toUpperCase()) ? void 0 : `unknown rule ${id} (known rules: ${KNOWN_RULE_IDS.join(", ")})`;
}
function invalidExpiry(date) {
  return isCalendarDate(date) ? void 0 : `invalid expiry date "${date}": write YYYY-MM-DD`;
}
function parseDirectiveSpec(spec) {
  const ruleIds = [];
  let expires;
  for (const token of spec.split(/[\s,]+/).filter(Boolean)) {
    if (token.startsWith("exp:")) {
      expires = token.slice(4);
      const error = invalidExpiry(expires);
      if (error) return { error };
    } else if (/^[A-Za-z]+\d+$/.test(token)) {
      const error = unknownRule(token);
      if (error) return { error };
      ruleIds.push(token.toUpperCase());
    } else {
      return { error: `unexpected "${token}": write the reason after --` };
    }
  }
  if (ruleIds.length === 0) return { error: `no rule id: write ${MARKER} EGR002 -- reason` };
  return { ruleIds, expires };
}
function invalidDirective(location, error) {
  return {
    level: "error",
    code: "invalid-suppression",
    location,
    message: `invalid ${MARKER}: ${error}; it suppresses nothing`
  };
}
function parseDirectives(file, text) {
  const parsed = { directives: [], problems: [] };
  if (COMMENTLESS.test(file) || !text.includes(MARKER)) return parsed;
  const lines = text.split(/\r?\n/);
  const commentOnly = lines.map((l) => COMMENT_ONLY.test(l));
  lines.forEach((text2, i) => {
    const m = DIRECTIVE.exec(text2);
    if (!m) return;
    const location = { file, line: i + 1, column: m.index + m[1].length + 1 };
    const body = m[3].replace(/\*\/\s*$/, "");
    const dash = body.indexOf("--");
    const spec = parseDirectiveSpec(dash >= 0 ? body.slice(0, dash) : body);
    if ("error" in spec) {
      parsed.problems.push(invalidDirective(location, spec.error));
      return;
    }
    const directive = {
      ...spec,
      reason: dash >= 0 ? body.slice(dash + 2).trim() : "",
      location
    };
    if (!commentOnly[i]) {
      directive.line = i + 1;
    } else {
      let next = i + 1;
      while (next < lines.length && commentOnly[next]) next++;
      if (next < lines.length) directive.line = next + 1;
      let previous = i - 1;
      while (previous >= 0 && commentOnly[previous]) previous--;
      if (previous >= 0 && lines[previous].trim() !== "") directive.resourceLine = previous + 1;
    }
    parsed.directives.push(directive);
  });
  return parsed;
}
function dataDirectives(suppressions) {
  const parsed = { directives: [], problems: [] };
  for (const resource of suppressions) {
    for (const entry of resource.ids) {
      const error = unknownRule(entry.id) ?? (entry.expires === void 0 ? void 0 : invalidExpiry(entry.expires));
      if (error) {
        parsed.problems.push(invalidDirective(entry.location, error));
        continue;
      }
      parsed.directives.push({
        ruleIds: [entry.id.toUpperCase()],
        reason: entry.reason.trim(),
        expires: entry.expires,
        location: entry.location,
        resourceLine: resource.resourceLine,
        firewallId: resource.logicalId
      });
    }
  }
  return parsed;
}
function covers(d, f) {
  const onLine = (l, line) => line !== void 0 && l.file === d.location.file && l.line === line;
  const aboutFirewall = d.firewallId !== void 0 && f.firewallId === d.firewallId && f.resource.file === d.location.file;
  return onLine(f.location, d.line) || onLine(f.resource, d.line) || onLine(f.resource, d.resourceLine) || aboutFirewall;
}
function globToRegExp(glob) {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*+/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}
function resourceIdForms(firewallId) {
  const root = firewallId.indexOf("//");
  return root > 0 ? [firewallId, firewallId.slice(root + 2)] : [firewallId];
}
function applySuppressions(findings, context) {
  const { config, ruleIds } = context;
  const today = context.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const diagnostics = [];
  const byFile = /* @__PURE__ */ new Map();
  const admit = (parsed, judged) => {
    if (judged) diagnostics.push(...parsed.problems);
    for (const directive of parsed.directives) {
      const problem = directiveProblem(directive, config, today);
      if (problem) {
        if (judged) diagnostics.push(problem);
        continue;
      }
      const list2 = byFile.get(directive.location.file) ?? [];
      list2.push({ directive, used: judged ? /* @__PURE__ */ new Set() : void 0 });
      byFile.set(directive.location.file, list2);
    }
  };
  for (const file of context.files) {
    admit(parseDirectives(file.path, file.text), true);
    if (context.dataSuppressions) admit(dataDirectives(context.dataSuppressions(file)), true);
  }
  const analysed = new Set(context.files.map((f) => f.path));
  for (const path2 of new Set(findings.flatMap((f) => [f.location.file, f.resource.file]))) {
    const text = analysed.has(path2) ? void 0 : context.project?.read(path2);
    if (text !== void 0) admit(parseDirectives(path2, text), false);
  }
  const resourcePatterns = config.ignoreResources.map((r) => ({ ...r, regexp: globToRegExp(r.pattern) }));
  for (const finding of findings) {
    const candidates = [
      ...byFile.get(finding.location.file) ?? [],
      ...byFile.get(finding.resource.file) ?? []
    ];
    const match2 = candidates.find(
      (a) => a.directive.ruleIds.includes(finding.ruleId) && covers(a.directive, finding)
    );
    if (match2) {
      match2.used?.add(finding.ruleId);
      finding.suppression = {
        kind: "inSource",
        justification: match2.directive.reason,
        location: match2.directive.location
      };
      continue;
    }
    const ids = resourceIdForms(finding.firewallId);
    const byResource = resourcePatterns.find((r) => ids.some((id) => r.regexp.test(id)));
    if (byResource) finding.suppression = { kind: "external", justification: byResource.reason };
  }
  for (const { directive, used } of [...byFile.values()].flat()) {
    for (const id of directive.ruleIds) {
      if (!used || used.has(id) || !ruleIds.has(id)) continue;
      diagnostics.push({
        level: "warning",
        code: "unused-suppression",
        ruleId: id,
        location: directive.location,
        message: `unused ${MARKER} for ${id}: no ${id} finding here to suppress`
      });
    }
  }
  return diagnostics;
}
function directiveProblem(d, config, today) {
  const ids = d.ruleIds.join(", ");
  if (d.expires !== void 0 && d.expires < today) {
    return {
      level: "warning",
      code: "expired-suppression",
      location: d.location,
      message: `${MARKER} ${ids} expired on ${d.expires} and no longer suppresses${d.reason ? ` (reason was: ${d.reason})` : ""}`
    };
  }
  if (config.requireReason && d.reason === "") {
    return {
      level: "error",
      code: "suppression-without-reason",
      location: d.location,
      message: `${MARKER} ${ids} has no reason and requireReason is set, so it does not suppress: add "-- why this is acceptable"`
    };
  }
  return void 0;
}

// src/engine/lint.ts
function memoryProject(files) {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  return {
    exists: (p) => byPath.has(p),
    read: (p) => byPath.get(p),
    paths: () => [...byPath.keys()],
    listDir: (dir) => {
      const prefix = dir === "" || dir === "." ? "" : `${dir}/`;
      const names = [...byPath.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map((p) => p.slice(prefix.length));
      return names.length > 0 ? names : void 0;
    }
  };
}
function fingerprint(ruleId, file, firewallId, key) {
  return createHash("sha256").update(`${ruleId}\0${file}\0${firewallId}\0${key}`).digest("hex").slice(0, 32);
}
function levelFor(ruleId, file, reported, config, cli) {
  if (cli[ruleId]) return cli[ruleId];
  for (let i = config.overrides.length - 1; i >= 0; i--) {
    const o = config.overrides[i];
    if (o.rules[ruleId] && matchesAnyGlob(file, o.files)) {
      return o.rules[ruleId];
    }
  }
  return config.rules[ruleId] ?? reported;
}
function relatedOf(input) {
  const seen = /* @__PURE__ */ new Set();
  return [...input.related ?? [], ...input.firewall.related ?? []].filter((o) => {
    const key = `${o.location.file}:${o.location.line}:${o.location.column}`;
    if (seen.has(key) || o.location.file === input.location.file && o.location.line === input.location.line)
      return false;
    seen.add(key);
    return true;
  });
}
function internalErrorText(error) {
  const debug = /\begress-lint\b/.test(process.env.DEBUG ?? "");
  return (debug ? error.stack : error.message) ?? String(error);
}
function lintFiles(files, options = {}) {
  const config = options.config ?? DEFAULT_CONFIG;
  const analyzeOptions = {
    terraformVars: options.terraformVars ?? {},
    terraformVarFiles: options.terraformVarFiles ?? [],
    cfnParameters: options.cfnParameters ?? {},
    terraformSeveralRoots: options.terraformSeveralRoots,
    terraformParseCache: options.terraformParseCache,
    project: options.project ?? memoryProject(files)
  };
  const claimed = /* @__PURE__ */ new Map();
  let skipped = 0;
  for (const file of files) {
    const analyzer = analyzers.find((a) => a.claims(file));
    if (!analyzer) {
      skipped++;
      continue;
    }
    const list2 = claimed.get(analyzer) ?? [];
    list2.push(file);
    claimed.set(analyzer, list2);
  }
  const result = {
    findings: [],
    diagnostics: [...options.diagnostics ?? []],
    unresolved: [],
    firewalls: [],
    stats: { filesScanned: files.length, filesSkipped: skipped, firewalls: 0, unresolved: 0 }
  };
  for (const analyzer of analyzers) {
    const mine = claimed.get(analyzer);
    if (!mine) continue;
    try {
      const analysis = analyzer.analyze(mine, analyzeOptions);
      result.firewalls.push(...analysis.firewalls);
      result.diagnostics.push(...analysis.diagnostics);
      result.unresolved.push(...analysis.unresolved);
      result.stats.filesSkipped += analysis.skipped?.length ?? 0;
    } catch (error) {
      result.diagnostics.push({
        level: "error",
        location: { file: mine[0].path, line: 1, column: 1 },
        message: `internal error in the ${analyzer.id} analyser: ${internalErrorText(error)}`
      });
    }
  }
  result.findings = runRules(result, options, config, claimed);
  result.stats.firewalls = result.firewalls.length;
  result.stats.unresolved = result.unresolved.length;
  return result;
}
function runRules(result, options, config, claimed) {
  const settings = {
    relays: config.relays,
    smtpPorts: config.smtpPorts,
    allowedPublicPorts: config.allowedPublicPorts,
    allowedDestinations: config.allowedDestinations
  };
  const cli = options.ruleLevels ?? {};
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const ruleList = options.rules ?? rules;
  for (const rule of ruleList) {
    for (const firewall of result.firewalls) {
      rule.check(firewall, {
        settings,
        report(input) {
          const level = levelFor(rule.meta.id, input.location.file, input.level, config, cli);
          if (level === "off") return;
          const print = fingerprint(rule.meta.id, input.location.file, input.firewall.id, input.key);
          if (seen.has(print)) return;
          seen.add(print);
          findings.push({
            ruleId: rule.meta.id,
            level,
            message: input.message,
            location: input.location,
            related: relatedOf(input),
            firewallId: input.firewall.id,
            platform: input.firewall.platform,
            fingerprint: print,
            securitySeverity: input.securitySeverity ?? rule.meta.securitySeverity,
            resource: input.resource ?? input.firewall.location
          });
        }
      });
    }
  }
  const ruleIds = new Set(ruleList.map((r) => r.meta.id));
  const analyserOf = /* @__PURE__ */ new Map();
  for (const [analyzer, files] of claimed) for (const file of files) analyserOf.set(file, analyzer);
  result.diagnostics.push(
    ...applySuppressions(findings, {
      files: [...analyserOf.keys()],
      project: options.project,
      config,
      ruleIds,
      dataSuppressions: (file) => analyserOf.get(file)?.dataSuppressions?.(file) ?? []
    })
  );
  if (options.baseline) applyBaseline(findings, options.baseline);
  return findings.sort(compareFindings);
}
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.ruleId, b.ruleId) || compareText(a.firewallId, b.firewallId) || compareText(a.fingerprint, b.fingerprint);
}

// src/engine/pool.ts
var POOL_MIN_FILES = 200;
var POOL_MIN_BYTES = 2 * 1024 * 1024;
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
function forced() {
  return process.env.EGRESS_LINT_POOL === "force";
}
async function lintScan(found, options) {
  await prepareAnalyzers(found.files.map((f) => f.path));
  const force = forced();
  const plan = force || found.files.length >= (options.minFiles ?? POOL_MIN_FILES) ? planUnits(found.files, { ...options, unitBytes: force ? 1 : void 0 }) : void 0;
  let result;
  if (!plan || !force && plan.bytes < (options.minBytes ?? POOL_MIN_BYTES)) {
    const { files, diagnostics } = readFiles(found.files, options.maxFileSize, [
      ...found.diagnostics,
      ...options.diagnostics
    ]);
    const project = diskProject(found.root, files, options.maxFileSize);
    result = lintFiles(files, { ...options.lint, project, diagnostics });
  } else {
    const context = {
      root: found.root,
      maxFileSize: options.maxFileSize,
      allPaths: found.files.map((f) => f.path),
      sharedPaths: plan.shared,
      lint: { ...options.lint, terraformSeveralRoots: plan.severalRoots },
      keepFirewalls: options.keepFirewalls ?? true
    };
    const merge = new ResultMerger([...found.diagnostics, ...options.diagnostics]);
    const queue = { units: plan.units, next: 0, returned: [] };
    const parseCache = new ParseCache(context.sharedPaths);
    const big = force || plan.bytes >= (options.workerMinBytes ?? WORKER_MIN_BYTES);
    const script = options.jobs > 1 && big ? workerScript() : void 0;
    const workers = script ? startWorkers(
      // Loaded only here: most scans start no worker (its module costs ~2.5 ms to load).
      (await import("node:worker_threads")).Worker,
      script,
      queue,
      context,
      Math.min(options.jobs - 1, plan.units.length - 1),
      merge
    ) : void 0;
    do {
      for (let unit = take(queue); unit; unit = take(queue)) {
        merge.add(lintUnit(unit, context, parseCache, plan.read));
        if (workers) await new Promise((resume) => setImmediate(resume));
      }
      await workers;
    } while (!queueEmpty(queue));
    result = merge.result();
  }
  return inCanonicalOrder(result);
}
function lintUnit(unit, context, parseCache, preRead) {
  const files = [];
  const diagnostics = [];
  let contextRead = 0;
  for (const [refs, isContext] of [
    [unit.owned, false],
    [unit.context, true]
  ]) {
    for (const ref of refs) {
      const read = preRead?.get(ref.path) ?? readFound(ref, context.maxFileSize);
      if (!("text" in read)) diagnostics.push(read);
      else {
        files.push(read);
        if (isContext) contextRead++;
      }
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const project = { ...diskProject(context.root, files, context.maxFileSize), paths: () => context.allPaths };
  try {
    const result = lintFiles(files, {
      ...context.lint,
      project,
      diagnostics,
      terraformParseCache: parseCache
    });
    return {
      findings: result.findings,
      diagnostics: result.diagnostics,
      unresolved: result.unresolved,
      firewalls: context.keepFirewalls ? result.firewalls : [],
      firewallKeys: result.firewalls.map(firewallKey),
      filesScanned: result.stats.filesScanned - contextRead,
      filesSkipped: result.stats.filesSkipped
    };
  } catch (error) {
    const first = unit.owned[0] ?? unit.context[0];
    return {
      findings: [],
      diagnostics: [...diagnostics, internalError2(first?.path ?? ".", error)],
      unresolved: [],
      firewalls: [],
      firewallKeys: [],
      filesScanned: 0,
      filesSkipped: 0
    };
  }
}
function internalError2(file, error) {
  return {
    level: "error",
    location: { file, line: 1, column: 1 },
    message: `internal error while analysing this file's group: ${error?.message ?? String(error)}`
  };
}
var LOCAL_SOURCE = /^"?\s*[=:]\s*"(\.\.?\/[^"\r\n]*)"/;
var KEEP_READ_FILES = 2e3;
var KEEP_READ_BYTES = 8 * 1024 * 1024;
function sizeOf(ref) {
  try {
    return statSync2(ref.absPath).size;
  } catch {
    return 0;
  }
}
var UNIT_MIN_BYTES = 32 * 1024;
var UNIT_MAX_BYTES = 128 * 1024;
function planUnits(files, options) {
  const survey = surveyFiles(files, options.maxFileSize);
  const target = options.unitBytes ?? Math.min(Math.max(survey.bytes / (Math.max(options.jobs, 1) * 8), UNIT_MIN_BYTES), UNIT_MAX_BYTES);
  const { units, roots } = terraformUnits(survey.tfDirs, target);
  units.push(...batches(survey.others, target));
  const weight = (u) => u.owned.length + u.context.length;
  units.sort((a, b) => weight(b) - weight(a));
  const shared = [...new Set(units.flatMap((u) => u.context.map((f) => f.path)))];
  return { units, bytes: survey.bytes, severalRoots: roots > 1, read: survey.read, shared };
}
function surveyFiles(files, maxFileSize) {
  const survey = { tfDirs: /* @__PURE__ */ new Map(), others: [], bytes: 0, read: /* @__PURE__ */ new Map() };
  const keep = files.filter((f) => isTerraformFile(f.path)).length <= KEEP_READ_FILES;
  let readBytes = 0;
  const varFilesByDir = /* @__PURE__ */ new Map();
  for (const ref of files) {
    const dir = dirOf(ref.path);
    if (isTerraformFile(ref.path)) {
      let entry = survey.tfDirs.get(dir);
      if (!entry) survey.tfDirs.set(dir, entry = { files: [], bytes: 0, calls: /* @__PURE__ */ new Set() });
      entry.files.push(ref);
      let size;
      if (keep && readBytes <= KEEP_READ_BYTES) {
        const file = readFound(ref, maxFileSize);
        size = "text" in file ? file.text.length : 0;
        if ("text" in file) scanLocalCalls(file.text, dir, entry.calls);
        survey.read.set(ref.path, file);
        readBytes += size;
      } else {
        size = scanFileLocalCalls(ref, dir, maxFileSize, entry.calls);
      }
      entry.bytes += size;
      survey.bytes += size;
    } else if (isVarFile(ref.path)) {
      varFilesByDir.set(dir, [...varFilesByDir.get(dir) ?? [], ref]);
    } else {
      const size = sizeOf(ref);
      survey.others.push({ ref, bytes: size });
      survey.bytes += size;
    }
  }
  for (const [dir, refs] of varFilesByDir) {
    const entry = survey.tfDirs.get(dir);
    for (const ref of refs) {
      const size = sizeOf(ref);
      survey.bytes += size;
      if (entry) {
        entry.files.push(ref);
        entry.bytes += size;
      } else survey.others.push({ ref, bytes: size });
    }
  }
  return survey;
}
function terraformUnits(tfDirs, target) {
  const called = /* @__PURE__ */ new Set();
  for (const [dir, entry] of tfDirs)
    for (const to of entry.calls) if (to !== dir && tfDirs.has(to)) called.add(to);
  const roots = [...tfDirs.keys()].filter((d) => !called.has(d)).sort();
  const closureOf = (root) => {
    const seen = /* @__PURE__ */ new Set([root]);
    const stack = [root];
    while (stack.length > 0) {
      for (const to of tfDirs.get(stack.pop())?.calls ?? []) {
        if (tfDirs.has(to) && !seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    return [...seen];
  };
  const closures = roots.map((root) => {
    const dirs2 = closureOf(root);
    return {
      root,
      dirs: dirs2,
      key: dirs2.filter((d) => d !== root).sort().join("\0")
    };
  });
  closures.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : a.root < b.root ? -1 : 1);
  const units = [];
  const owned = /* @__PURE__ */ new Set();
  let dirs = /* @__PURE__ */ new Set();
  let unitBytes = 0;
  const flush = () => {
    if (dirs.size === 0) return;
    const unit = { owned: [], context: [] };
    for (const dir of [...dirs].sort()) {
      const files = tfDirs.get(dir)?.files ?? [];
      if (owned.has(dir)) unit.context.push(...files);
      else unit.owned.push(...files);
    }
    for (const dir of dirs) owned.add(dir);
    units.push(unit);
    dirs = /* @__PURE__ */ new Set();
    unitBytes = 0;
  };
  for (const { dirs: closure } of closures) {
    for (const dir of closure) {
      if (!dirs.has(dir)) unitBytes += tfDirs.get(dir)?.bytes ?? 0;
      dirs.add(dir);
    }
    if (unitBytes >= target) flush();
  }
  flush();
  for (const dir of tfDirs.keys()) if (!owned.has(dir)) dirs.add(dir);
  flush();
  return { units, roots: roots.length };
}
function batches(files, target) {
  const units = [];
  let batch = [];
  let batchBytes = 0;
  for (const { ref, bytes } of files) {
    batch.push(ref);
    batchBytes += bytes;
    if (batchBytes >= target) {
      units.push({ owned: batch, context: [] });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) units.push({ owned: batch, context: [] });
  return units;
}
function scanLocalCalls(text, dir, calls) {
  for (let at = text.indexOf("source"); at !== -1; at = text.indexOf("source", at + 6)) {
    if (at > 0 && isWordByte(text.charCodeAt(at - 1))) continue;
    const source = LOCAL_SOURCE.exec(text.slice(at + 6, at + 512))?.[1];
    if (source !== void 0) addLocalCall(source, dir, calls);
  }
}
function addLocalCall(source, dir, calls) {
  const target = joinPath(dir, source.replace(/\/+$/, ""));
  if (target !== void 0) calls.add(target);
}
var SOURCE = Buffer.from("source");
var scanBuffer = Buffer.alloc(256 * 1024);
function scanFileLocalCalls(ref, dir, maxFileSize, calls) {
  let fd;
  let length = 0;
  try {
    fd = openSync2(ref.absPath, fsConstants2.O_RDONLY | (fsConstants2.O_NONBLOCK ?? 0));
    const stat = fstatSync2(fd);
    if (!stat.isFile() || stat.size > maxFileSize) return 0;
    if (stat.size > scanBuffer.length) scanBuffer = Buffer.alloc(stat.size);
    for (let n = 1; n > 0 && length < stat.size; length += n)
      n = readSync(fd, scanBuffer, length, stat.size - length, length);
  } catch {
    return 0;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
  const bytes = scanBuffer.subarray(0, length);
  for (let at = bytes.indexOf(SOURCE); at !== -1; at = bytes.indexOf(SOURCE, at + SOURCE.length)) {
    if (at > 0 && isWordByte(bytes[at - 1])) continue;
    const after = bytes.toString("latin1", at + SOURCE.length, Math.min(length, at + 512));
    const source = LOCAL_SOURCE.exec(after)?.[1];
    if (source !== void 0) addLocalCall(Buffer.from(source, "latin1").toString("utf8"), dir, calls);
  }
  return length;
}
function isWordByte(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function workerScript() {
  if (!import.meta.url.endsWith(".js")) return void 0;
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    try {
      if (statSync2(url).isFile()) return url;
    } catch {
    }
  }
  return void 0;
}
function take(queue) {
  return queue.returned.pop() ?? (queue.next < queue.units.length ? queue.units[queue.next++] : void 0);
}
function queueEmpty(queue) {
  return queue.returned.length === 0 && queue.next >= queue.units.length;
}
var IN_FLIGHT = 2;
function startWorkers(Worker, script, queue, context, count, merge) {
  return new Promise((resolve2) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(script, { workerData: context });
      const held = [];
      let answered = false;
      const feed = () => {
        for (let unit = held.length < IN_FLIGHT ? take(queue) : void 0; unit; unit = held.length < IN_FLIGHT ? take(queue) : void 0) {
          held.push(unit);
          worker.postMessage(unit);
        }
        if (held.length === 0) {
          void worker.terminate();
          if (--running === 0) resolve2();
        }
      };
      worker.on("message", (result) => {
        answered = true;
        held.shift();
        merge.add(result);
        feed();
      });
      worker.on("error", (error) => {
        running--;
        if (!answered) {
          queue.returned.push(...held.splice(0));
        } else {
          for (const unit of held.splice(0)) merge.add(failedUnit(unit, error));
          if (!queueEmpty(queue)) {
            start();
            return;
          }
        }
        if (running === 0) resolve2();
      });
      running++;
      feed();
    };
    for (let i = 0; i < count; i++) start();
    if (count <= 0) resolve2();
  });
}
function failedUnit(unit, error) {
  return {
    findings: [],
    diagnostics: unit.owned.map((f) => internalError2(f.path, error)),
    unresolved: [],
    firewalls: [],
    firewallKeys: [],
    filesScanned: 0,
    filesSkipped: 0
  };
}
function locationKey(l) {
  return `${l.file}\0${l.line}\0${l.column}`;
}
function firewallKey(f) {
  return `${locationKey(f.location)}\0${f.id}`;
}
var ResultMerger = class {
  findings = [];
  diagnostics;
  unresolved = [];
  firewalls = [];
  firewallCount = 0;
  seen = /* @__PURE__ */ new Set();
  filesScanned = 0;
  filesSkipped = 0;
  constructor(diagnostics) {
    this.diagnostics = [...diagnostics];
  }
  add(unit) {
    const keys = [];
    const fresh = (items, kind, key, into) => {
      for (const item of items) {
        const k = `${kind}\0${key(item)}`;
        if (this.seen.has(k)) continue;
        keys.push(k);
        into.push(item);
      }
    };
    fresh(unit.findings, "f", (f) => f.fingerprint, this.findings);
    fresh(
      unit.diagnostics,
      "d",
      (d) => `${locationKey(d.location)}\0${d.code ?? ""}\0${d.message}`,
      this.diagnostics
    );
    fresh(unit.unresolved, "u", (u) => `${locationKey(u.location)}\0${u.expression}`, this.unresolved);
    for (const [i, key] of unit.firewallKeys.entries()) {
      const k = `w\0${key}`;
      if (this.seen.has(k)) continue;
      keys.push(k);
      this.firewallCount++;
      const firewall = unit.firewalls[i];
      if (firewall) this.firewalls.push(firewall);
    }
    for (const k of keys) this.seen.add(k);
    this.filesScanned += unit.filesScanned;
    this.filesSkipped += unit.filesSkipped;
  }
  result() {
    const used = /* @__PURE__ */ new Set();
    for (const f of this.findings) {
      if (f.suppression?.kind === "inSource" && f.suppression.location)
        used.add(`${locationKey(f.suppression.location)}\0${f.ruleId}`);
    }
    const diagnostics = this.diagnostics.filter(
      (d) => d.code !== "unused-suppression" || !used.has(`${locationKey(d.location)}\0${d.ruleId}`)
    );
    return {
      findings: this.findings.sort(compareFindings),
      diagnostics,
      unresolved: this.unresolved,
      firewalls: this.firewalls,
      stats: {
        filesScanned: this.filesScanned,
        filesSkipped: this.filesSkipped,
        firewalls: this.firewallCount,
        unresolved: this.unresolved.length
      }
    };
  }
};
function compareLocations(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
function inCanonicalOrder(result) {
  result.diagnostics.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.message, b.message)
  );
  result.unresolved.sort(
    (a, b) => compareLocations(a.location, b.location) || compareText(a.expression, b.expression)
  );
  result.firewalls.sort((a, b) => compareLocations(a.location, b.location) || compareText(a.id, b.id));
  return result;
}

export {
  createBaseline,
  serializeBaseline,
  applyBaseline,
  loadBaseline,
  MissingPathError,
  readSourceText,
  scanRoot,
  findFiles,
  effectiveConfigFor,
  rebaseOverrides,
  ParseCache,
  prepareAnalyzers,
  lintScan,
  lintUnit
};
