import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-PYUYWIVF.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse3(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/formats/iptables-save/parse.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
var TABLE = /^\*(filter|nat|mangle|raw|security)\s*$/m;
function looksLikeIptablesSave(text) {
  return TABLE.test(text) && /^:[A-Za-z][\w-]*\s+\S+/m.test(text) && /^COMMIT\s*$/m.test(text);
}
function isIp6Save(text, path) {
  if (/ip6tables-save/.test(text) || /(^|[./_\s-])(v6|ipv6|ip6tables)([./_\s-]|$)/i.test(path)) return true;
  if (/iptables-save/.test(text) || /(^|[./_\s-])(v4|ipv4)([./_\s-]|$)/i.test(path)) return false;
  return /^-A .*\s-[ds]\s+[0-9a-fA-F]*:[0-9a-fA-F:]*/m.test(text);
}
function saveCommands(text, origin) {
  const out = [];
  let table = "filter";
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    const line = origin.line + i;
    const at = (column) => ({ file: origin.file, line, column: origin.column + column });
    const trimmed = raw.trim();
    if (trimmed.startsWith("*")) table = trimmed.slice(1);
    else if (trimmed.startsWith(":")) {
      const [chain, policy] = trimmed.slice(1).split(/\s+/);
      const words = (texts) => texts.map((text2) => ({ text: text2, location: at(1) }));
      out.push(
        policy && policy !== "-" ? { words: words(["-t", table, "-P", chain, policy]), line, policyText: `:${chain} ${policy}` } : { words: words(["-t", table, "-N", chain]), line }
      );
    } else if (trimmed.startsWith("-")) {
      const words = [
        { text: "-t", location: at(1) },
        { text: table, location: at(1) }
      ];
      let from = 0;
      for (const entry of (0, import_shell_quote.parse)(raw, (key) => `$${key}`)) {
        if (typeof entry !== "string") continue;
        const found = raw.indexOf(entry, from);
        if (found !== -1) from = found + entry.length;
        words.push({ text: entry, location: at((found === -1 ? 0 : found) + 1) });
      }
      out.push({ words, line });
    }
  }
  return out;
}

// src/formats/cloud-init/detect.ts
function looksLikeCloudConfig(text) {
  return /^#cloud-config\b/.test(text);
}

// src/formats/shell/script.ts
var import_shell_quote2 = __toESM(require_shell_quote(), 1);
var MARK = "\0";
var SHELL_KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "then",
  "else",
  "elif",
  "fi",
  "do",
  "done",
  "while",
  "until",
  "!",
  "{",
  "}",
  "time"
]);
var DECLARATIONS = /* @__PURE__ */ new Set(["export", "readonly", "local", "declare", "typeset"]);
var PREFIXES = {
  sudo: /* @__PURE__ */ new Set(["-u", "-g", "-C", "-h", "-p", "-U", "-r", "-t", "-D"]),
  env: /* @__PURE__ */ new Set(["-u", "-C", "-S"]),
  command: /* @__PURE__ */ new Set(),
  exec: /* @__PURE__ */ new Set(["-a"]),
  nohup: /* @__PURE__ */ new Set(),
  nice: /* @__PURE__ */ new Set(["-n"])
};
function logicalLines(text) {
  const physical = text.split("\n");
  const lines = [];
  const heredocs = [];
  for (let i = 0; i < physical.length; i++) {
    const current = { text: "", starts: [] };
    for (; ; ) {
      const raw = physical[i].replace(/\r$/, "");
      current.starts.push({ offset: current.text.length, line: i, column: 0 });
      const trailing = /\\+$/.exec(raw)?.[0].length ?? 0;
      if (trailing % 2 === 1 && i + 1 < physical.length) {
        current.text += raw.slice(0, -1);
        i++;
      } else {
        current.text += raw;
        break;
      }
    }
    lines.push(current);
    const heredoc = /<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(current.text);
    if (heredoc) {
      const strip = heredoc[1] === "-";
      const start = i + 1;
      let end = start;
      while (end < physical.length && (strip ? physical[end].replace(/^\t+/, "") : physical[end]).replace(/\r$/, "") !== heredoc[3])
        end++;
      heredocs.push({ line: start, body: physical.slice(start, end).join("\n"), command: current.text });
      i = end;
    }
  }
  return { lines, heredocs };
}
function positionIn(line, offset, origin) {
  let at = line.starts[0];
  for (const s of line.starts) if (s.offset <= offset) at = s;
  return {
    file: origin.file,
    line: origin.line + at.line,
    column: origin.column + at.column + (offset - at.offset) + 1
  };
}
function environment(vars) {
  return (key) => vars.get(key) ?? `${MARK}${key}${MARK}`;
}
function wordOf(entry) {
  if (typeof entry === "string") {
    if (!entry.includes(MARK) && !entry.includes("`")) return { text: entry, unknown: false };
    return { text: entry.replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, "g"), "$$$1"), unknown: true };
  }
  if ("op" in entry && entry.op === "glob") return { text: entry.pattern, unknown: false };
  return void 0;
}
function commandWords(words) {
  let rest = words;
  for (; ; ) {
    const head = rest[0];
    if (!head) return rest;
    if (SHELL_KEYWORDS.has(head.text) || /^[A-Za-z_]\w*=/.test(head.text)) rest = rest.slice(1);
    else if (!head.unknown && /\s/.test(head.text.trim()))
      rest = [
        ...head.text.trim().split(/\s+/).map((text) => ({ ...head, text })),
        ...rest.slice(1)
      ];
    else if (PREFIXES[basename(head.text)]) {
      const valued = PREFIXES[basename(head.text)];
      let i = 1;
      while (rest[i]?.text.startsWith("-")) i += valued.has(rest[i].text) ? 2 : 1;
      rest = rest.slice(i);
    } else return rest;
  }
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function shellCommands(text, origin) {
  const vars = /* @__PURE__ */ new Map();
  const commands = [];
  const { lines, heredocs } = logicalLines(text);
  for (const line of lines) {
    if (line.text.trim() === "" || line.text.trimStart().startsWith("#")) continue;
    let entries;
    try {
      entries = (0, import_shell_quote2.parse)(line.text, environment(vars));
    } catch {
      continue;
    }
    let words = [];
    let searchFrom = 0;
    let substitution = 0;
    const flush = () => {
      const command = commandWords(words);
      if (command.length === 0 && words.length > 0) recordAssignments(words, vars);
      else if (DECLARATIONS.has(command[0]?.text ?? "")) recordAssignments(command.slice(1), vars);
      else if (command.length > 0) commands.push({ words: command, location: command[0].location });
      words = [];
    };
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k];
      if (typeof entry === "object" && "comment" in entry) break;
      if (typeof entry === "object" && "op" in entry && entry.op !== "glob") {
        if (entry.op === "(" && words.at(-1)?.text.endsWith("$")) {
          substitution++;
          words[words.length - 1] = {
            ...words[words.length - 1],
            text: `${words[words.length - 1].text}(\u2026)`,
            unknown: true
          };
          continue;
        }
        if (substitution > 0) {
          if (entry.op === "(") substitution++;
          if (entry.op === ")") substitution--;
          continue;
        }
        if ([">", ">>", "<", ">&", "<&", ">|", "<(", "<<<"].includes(entry.op))
          k++;
        else flush();
        continue;
      }
      if (substitution > 0) continue;
      const word = wordOf(entry);
      if (!word) continue;
      const found = line.text.indexOf(
        word.unknown ? word.text.replace(/\$.*/, "") || "$" : word.text,
        searchFrom
      );
      const offset = found === -1 ? searchFrom : found;
      if (found !== -1) searchFrom = found + Math.max(1, word.unknown ? 1 : word.text.length);
      words.push({
        text: word.text,
        location: positionIn(line, offset, origin),
        unknown: word.unknown || void 0
      });
    }
    flush();
  }
  return { commands, heredocs };
}
function recordAssignments(words, vars) {
  for (const w of words) {
    const m = /^([A-Za-z_]\w*)=(.*)$/s.exec(w.text);
    if (!m) continue;
    if (w.unknown) vars.delete(m[1]);
    else vars.set(m[1], m[2]);
  }
}
function hasShellShebang(text) {
  return /^#!\s*\S*?\/(?:env\s+(?:-\S+\s+)*)?(?:ba|da|k|z|a)?sh\b/.test(text);
}

// src/formats/ansible/detect.ts
function looksLikeAnsibleFirewall(text) {
  if (!/^\s*-\s/m.test(text)) return false;
  if (/^\s*(-\s+)?(community\.general\.ufw|ufw|ansible\.(builtin|legacy)\.iptables|iptables)\s*:/m.test(text))
    return true;
  return /^\s*(-\s+)?(ansible\.(builtin|legacy)\.)?(shell|command|raw)\s*:/m.test(text) && /\b(ufw|ip6?tables)\b/.test(text);
}

// src/providers/host/detect.ts
function mayBeHostFile(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /\.(sh|bash|rules|v4|v6|ya?ml|j2|cfg)$/i.test(name) || !name.includes(".");
}
function hostFormatOf(file) {
  const name = file.path.slice(file.path.lastIndexOf("/") + 1);
  if (/\.j2$/i.test(name)) return "jinja-template";
  if (looksLikeCloudConfig(file.text)) return "cloud-init";
  if (/(^|\.)rules(\.v[46])?$|\.v[46]$/i.test(name) || !/\.(sh|bash|ya?ml|json)$/i.test(name)) {
    if (looksLikeIptablesSave(file.text)) return "iptables-save";
  }
  if (/\.(sh|bash)$/i.test(name) || hasShellShebang(file.text)) return "shell";
  if (/\.ya?ml$/i.test(name) && looksLikeAnsibleFirewall(file.text)) return "ansible";
  return void 0;
}

export {
  looksLikeIptablesSave,
  isIp6Save,
  saveCommands,
  basename,
  shellCommands,
  hasShellShebang,
  mayBeHostFile,
  hostFormatOf
};
