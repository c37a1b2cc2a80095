import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  lineIndex
} from "./chunk-7EVMNQA2.js";
import {
  ALL_PORTS,
  ANY_V4,
  ANY_V6,
  isDenyAllSentinel,
  normalizeProtocol,
  parseCidr,
  parsePortRangeText,
  portsFromPair
} from "./chunk-OYDGSS33.js";

// src/extractors/cloudformation/detect.ts
var TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;
function mayBeTemplate(path) {
  return TEMPLATE_EXTENSIONS.test(path);
}
var FORMAT_VERSION = /^\s*["']?AWSTemplateFormatVersion["']?\s*:|"AWSTemplateFormatVersion"\s*:/m;
var RESOURCES_KEY = /^["']?Resources["']?\s*:|"Resources"\s*:\s*\{/m;
var AWS_TYPE = /\bType["']?\s*:\s*["']?AWS::/;
function looksLikeCloudFormation(file) {
  if (!mayBeTemplate(file.path)) return false;
  return FORMAT_VERSION.test(file.text) || RESOURCES_KEY.test(file.text) && AWS_TYPE.test(file.text);
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/parsers/json/index.ts
var MAX_DEPTH = 1e3;
function loc(index, offset, length) {
  const start = index.position(offset);
  const end = index.position(offset + length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function depthExceeds(text, max) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return { offset: i };
    } else if (c === 125 || c === 93) depth--;
  }
  return void 0;
}
function convert(node, index) {
  const l = loc(index, node.offset, node.length);
  switch (node.type) {
    case "object":
      return {
        type: "object",
        loc: l,
        entries: (node.children ?? []).map((prop) => {
          const [k, v] = prop.children ?? [];
          return {
            key: String(k?.value ?? ""),
            keyLoc: loc(index, k.offset, k.length),
            value: v ? convert(v, index) : { type: "scalar", value: null, loc: loc(index, k.offset, k.length) }
          };
        })
      };
    case "array":
      return { type: "array", loc: l, items: (node.children ?? []).map((c) => convert(c, index)) };
    default:
      return { type: "scalar", loc: l, value: node.value };
  }
}
function parseJson(text) {
  const index = lineIndex(text);
  const deep = depthExceeds(text, MAX_DEPTH);
  if (deep) {
    const p = index.position(deep.offset);
    return { root: void 0, errors: [{ ...p, message: `nesting deeper than ${MAX_DEPTH} levels` }] };
  }
  const errors = [];
  const tree = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
  return {
    root: tree && errors.length === 0 ? convert(tree, index) : void 0,
    errors: errors.map((e) => ({
      ...index.position(e.offset),
      message: `invalid JSON: ${printParseErrorCode(e.error)}`
    }))
  };
}

// src/parsers/tree.ts
function get(node, key) {
  if (node?.type !== "object") return void 0;
  for (const e of node.entries) if (e.key === key) return e.value;
  return void 0;
}
function toPlain(node) {
  switch (node.type) {
    case "scalar":
      return node.value;
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}

// src/model/platform-defaults.ts
function defaultRule(anchor, action, name, destination, priority) {
  return {
    action,
    priority,
    protocol: "all",
    ports: ALL_PORTS,
    destinations: [destination],
    location: anchor.location,
    origins: [],
    declaredBy: { ...anchor },
    name,
    isPlatformDefault: true
  };
}
function anywhere(anchor, cidr) {
  return { kind: "cidr", cidr, text: cidr.text, location: anchor.location, origins: [] };
}
function serviceTag(anchor, tag) {
  return { kind: "service-tag", tag, text: tag, location: anchor.location, origins: [] };
}
function awsDefaultEgress(anchor) {
  return {
    name: "allow-all egress",
    rule: defaultRule(anchor, "allow", "allow-all egress", anywhere(anchor, ANY_V4))
  };
}
var AZURE_ALLOW_INTERNET_OUT_PRIORITY = 65001;
var AZURE_DENY_ALL_OUT_PRIORITY = 65500;
function azureNsgDefaults(anchor) {
  const allow = defaultRule(
    anchor,
    "allow",
    "AllowInternetOutBound",
    serviceTag(anchor, "Internet"),
    AZURE_ALLOW_INTERNET_OUT_PRIORITY
  );
  return {
    platformDefault: {
      name: "AllowInternetOutBound",
      priority: AZURE_ALLOW_INTERNET_OUT_PRIORITY,
      rule: allow
    },
    denyAllOutBound: defaultRule(
      anchor,
      "deny",
      "DenyAllOutBound",
      serviceTag(anchor, "*"),
      AZURE_DENY_ALL_OUT_PRIORITY
    )
  };
}
var AWS_NACL_LAST_ENTRY_PRIORITY = 32767;
function awsNaclFinalDeny(anchor) {
  const rule = defaultRule(anchor, "deny", "*", anywhere(anchor, ANY_V4), AWS_NACL_LAST_ENTRY_PRIORITY);
  return { ...rule, destinations: [...rule.destinations, anywhere(anchor, ANY_V6)] };
}
var GCP_IMPLIED_EGRESS_PRIORITY = 65535;
var GCP_DEFAULT_PRIORITY = 1e3;
function gcpImpliedEgress(anchor) {
  const rule = defaultRule(
    anchor,
    "allow",
    "implied allow-egress rule",
    anywhere(anchor, ANY_V4),
    GCP_IMPLIED_EGRESS_PRIORITY
  );
  return { name: "implied allow-egress rule", priority: GCP_IMPLIED_EGRESS_PRIORITY, rule };
}

// src/extractors/shared/values.ts
function locationIn(file, loc2) {
  return { file, line: loc2.line, column: loc2.column, endLine: loc2.endLine, endColumn: loc2.endColumn };
}
function placeIn(file, declaration, description) {
  return (loc2) => declaration ? { location: declaration, origins: [{ location: locationIn(file, loc2), description }] } : { location: locationIn(file, loc2), origins: [] };
}
var camelNames = /* @__PURE__ */ new Map();
function camelCase(name) {
  let camel = camelNames.get(name);
  if (camel === void 0) {
    camel = name.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
    camelNames.set(name, camel);
  }
  return camel;
}
function entry(node, key) {
  if (node?.type !== "object") return void 0;
  for (const e of node.entries) if (e.key === key) return e.value;
  return void 0;
}
function isMarked(tree) {
  return tree?.type === "scalar" && tree.value === true;
}
function childMasks(masks, child) {
  return masks.flatMap((m) => {
    const tree = m.tree ? child(m.tree) : void 0;
    return tree ? [{ ...m, tree }] : [];
  });
}
function docValue(node, options, masks = []) {
  const at = options.place(node.loc);
  const marked = masks.find((m) => isMarked(m.tree));
  if (marked) return { kind: "unknown", expression: marked.expression, reason: marked.reason, at };
  const unknown = options.unknownOf?.(node);
  if (unknown) return { kind: "unknown", ...unknown, at };
  switch (node.type) {
    case "scalar":
      return node.value === null ? void 0 : { kind: "scalar", value: node.value, at };
    case "array": {
      const items = [];
      node.items.forEach((item, i) => {
        const value = docValue(
          item,
          options,
          childMasks(masks, (t) => t.type === "array" ? t.items[i] : void 0)
        );
        if (value) items.push(value);
      });
      return { kind: "list", items, at };
    }
    case "object":
      return { kind: "object", fields: docReader(node, options, masks), at };
  }
}
function docReader(node, options, masks = []) {
  const at = options.place(node.loc);
  return {
    at,
    get(name) {
      const key = options.naming === "camel" ? camelCase(name) : name;
      const value = entry(node, key);
      const below = childMasks(masks, (t) => entry(t, key));
      if (value && !(value.type === "scalar" && value.value === null)) return docValue(value, options, below);
      const marked = below.find((m) => isMarked(m.tree));
      return marked ? { kind: "unknown", expression: marked.expression, reason: marked.reason, at } : void 0;
    }
  };
}
function elementsOf(value) {
  if (!value) return [];
  return value.kind === "list" ? value.items : [value];
}
function stringOf(value) {
  return value?.kind === "scalar" && typeof value.value === "string" ? value.value : void 0;
}
function numberOf(value) {
  if (value?.kind !== "scalar") return void 0;
  if (typeof value.value === "number") return value.value;
  if (typeof value.value === "string" && /^-?\d+$/.test(value.value.trim())) return Number(value.value);
  return void 0;
}
function nonEmptyStrings(values) {
  return values.filter((v) => v !== void 0 && v !== "");
}
function unresolvedOf(value) {
  return { location: value.at.location, expression: value.expression, reason: value.reason };
}

// src/extractors/shared/rule-fields.ts
function unknownDestination(value, unresolved) {
  unresolved.push(unresolvedOf(value));
  const { location, origins } = value.at;
  return { kind: "unknown", expression: value.expression, text: value.expression, location, origins };
}
function protocolNamed(value, unresolved) {
  if (value?.kind === "scalar") return normalizeProtocol(String(value.value));
  if (value?.kind === "unknown") {
    unresolved.push(unresolvedOf(value));
    return { unknown: value.expression };
  }
  return { unknown: "(protocol not set)" };
}
function portRangesOf(values, unresolved) {
  if (values.length === 0) return ALL_PORTS;
  const ranges = [];
  for (const value of values) {
    if (value.kind === "unknown") {
      unresolved.push(unresolvedOf(value));
      return { unknown: value.expression };
    }
    const text = value.kind === "scalar" ? String(value.value) : "";
    const range = parsePortRangeText(text);
    if (!range) {
      unresolved.push({ location: value.at.location, expression: text, reason: "not a port or port range" });
      return { unknown: text };
    }
    ranges.push(range);
  }
  return ranges;
}
function uniqueOrigins(origins) {
  const seen = /* @__PURE__ */ new Set();
  return origins.filter((o) => {
    const key = `${o.location.file}:${o.location.line}:${o.location.column}:${o.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/extractors/shared/aws-network-acl.ts
function either(attrs, ...names) {
  for (const name of names) {
    const value = attrs.get(name);
    if (value) return value;
  }
  return void 0;
}
function unknownOf(value, attrs, missing) {
  if (value?.kind === "unknown") return value;
  const expression = value?.kind === "scalar" ? String(value.value) : `(${missing})`;
  return {
    kind: "unknown",
    expression,
    reason: value ? `not a valid ${missing}` : `${missing} is not set`,
    at: value?.at ?? attrs.at
  };
}
function protocolOf(attrs, context) {
  const value = attrs.get("protocol");
  if (value?.kind === "scalar" && typeof value.value !== "boolean") {
    const protocol = normalizeProtocol(value.value);
    if (!(typeof protocol === "object" && "unknown" in protocol)) return protocol;
  }
  const unknown = unknownOf(value, attrs, "protocol");
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}
function portsOf(protocol, attrs, context) {
  const from = attrs.get("from_port");
  const to = attrs.get("to_port");
  if (protocol !== "all") {
    for (const bound of [from, to]) {
      if (bound?.kind !== "unknown") continue;
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}
function destinationsOf(attrs, context) {
  const destinations = [];
  for (const value of [attrs.get("cidr_block"), attrs.get("ipv6_cidr_block")]) {
    if (!value) continue;
    const text = stringOf(value)?.trim();
    if (text === "") continue;
    const cidr = text === void 0 ? void 0 : parseCidr(text);
    const { location, origins } = value.at;
    if (cidr) {
      destinations.push({ kind: "cidr", cidr, text, location, origins });
      continue;
    }
    const unknown = unknownOf(value, attrs, "CIDR");
    context.unresolved.push(unresolvedOf(unknown));
    destinations.push({
      kind: "unknown",
      expression: unknown.expression,
      text: unknown.expression,
      location,
      origins
    });
  }
  return destinations;
}
function originsOf(values) {
  return uniqueOrigins(values.flatMap((v) => v?.at.origins ?? []));
}
function naclEgressRule(attrs, context) {
  const actionValue = either(attrs, "rule_action", "action");
  const action = stringOf(actionValue)?.toLowerCase();
  if (action !== "allow" && action !== "deny") {
    context.unresolved.push(unresolvedOf(unknownOf(actionValue, attrs, "rule action")));
    return void 0;
  }
  const ruleNumber = either(attrs, "rule_number", "rule_no");
  const priority = numberOf(ruleNumber);
  if (priority === void 0)
    context.unresolved.push(unresolvedOf(unknownOf(ruleNumber, attrs, "rule number")));
  const protocol = protocolOf(attrs, context);
  return {
    action,
    priority,
    protocol,
    ports: portsOf(protocol, attrs, context),
    destinations: destinationsOf(attrs, context),
    location: attrs.at.location,
    origins: originsOf([attrs.get("protocol"), attrs.get("from_port"), attrs.get("to_port")]),
    declaredBy: context.declaredBy
  };
}

// src/extractors/shared/firewall-base.ts
function firewallBase(platform, provider, kind, declaredBy, related) {
  const { id, displayName, resourceType, location } = declaredBy;
  return { platform, provider, kind, id, displayName, resourceType, location, related };
}
function addOrphanRules(orphans, orphan, rules) {
  const existing = orphans.get(orphan.id);
  if (existing) existing.rules.push(...rules);
  else orphans.set(orphan.id, { ...orphan, egressDeclared: "rules", rules: [...rules] });
}

// src/extractors/shared/aws-sg.ts
var DESTINATION_FIELDS = [
  ["cidr_blocks", "cidr"],
  ["ipv6_cidr_blocks", "cidr"],
  ["cidr_ipv4", "cidr"],
  ["cidr_ipv6", "cidr"],
  ["cidr_ip", "cidr"],
  ["prefix_list_ids", "prefix-list"],
  ["prefix_list_id", "prefix-list"],
  ["destination_prefix_list_id", "prefix-list"],
  ["security_groups", "security-group"],
  ["source_security_group_id", "security-group"],
  ["referenced_security_group_id", "security-group"],
  ["destination_security_group_id", "security-group"]
];
function destinationOf(value, kind, context) {
  if (value.kind === "unknown") return unknownDestination(value, context.unresolved);
  const { location, origins } = value.at;
  if (value.kind !== "scalar" || typeof value.value !== "string") {
    return unknownDestination(
      {
        kind: "unknown",
        expression: `(${value.kind} where a ${kind} was expected)`,
        reason: "unexpected value shape",
        at: value.at
      },
      context.unresolved
    );
  }
  const text = value.value.trim();
  if (text === "") return void 0;
  if (kind === "cidr") {
    const cidr = parseCidr(text);
    if (cidr) return { kind: "cidr", cidr, text, location, origins };
    return unknownDestination(
      { kind: "unknown", expression: text, reason: "not a CIDR", at: value.at },
      context.unresolved
    );
  }
  return { kind, ref: text, text, location, origins };
}
function protocolOf2(value, attrs, context) {
  if (value?.kind === "scalar" && (typeof value.value === "string" || typeof value.value === "number"))
    return normalizeProtocol(value.value);
  const unknown = value?.kind === "unknown" ? value : {
    kind: "unknown",
    expression: "(protocol not set)",
    reason: "the rule has no protocol",
    at: value?.at ?? attrs.at
  };
  context.unresolved.push(unresolvedOf(unknown));
  return { unknown: unknown.expression };
}
function portsOf2(protocol, from, to, context) {
  if (protocol === "all") return portsFromPair(protocol, void 0, void 0);
  for (const bound of [from, to]) {
    if (bound?.kind === "unknown") {
      context.unresolved.push(unresolvedOf(bound));
      return { unknown: bound.expression };
    }
  }
  return portsFromPair(protocol, numberOf(from), numberOf(to));
}
function awsEgressRule(attrs, context) {
  const protocol = protocolOf2(attrs.get("protocol") ?? attrs.get("ip_protocol"), attrs, context);
  const from = attrs.get("from_port");
  const to = attrs.get("to_port");
  const destinations = [];
  for (const [field, kind] of DESTINATION_FIELDS) {
    for (const element of elementsOf(attrs.get(field))) {
      const destination = destinationOf(element, kind, context);
      if (destination) destinations.push(destination);
    }
  }
  const self = attrs.get("self");
  if (self?.kind === "scalar" && self.value === true) {
    const { location, origins } = self.at;
    destinations.push({ kind: "security-group", ref: context.selfRef, text: "self", location, origins });
  } else if (self?.kind === "unknown") destinations.push(unknownDestination(self, context.unresolved));
  const rule = {
    action: "allow",
    protocol,
    ports: portsOf2(protocol, from, to, context),
    destinations,
    location: attrs.at.location,
    origins: [],
    declaredBy: context.declaredBy
  };
  return { rule, denyAll: isDenyAllSentinel(rule, numberOf(from), numberOf(to)) };
}
function protocolKey(p) {
  if (typeof p === "string") return p;
  return "number" in p ? `#${p.number}` : `?${p.unknown}`;
}
function portsKey(ports) {
  return Array.isArray(ports) ? ports.map((r) => `${r.from}-${r.to}`).join(",") : `?${ports.unknown}`;
}
function destinationKey(d) {
  switch (d.kind) {
    case "cidr":
      return `cidr:${d.cidr.text}`;
    case "security-group":
      return `sg:${d.ref}`;
    case "prefix-list":
      return `pl:${d.ref}`;
    case "service-tag":
      return `tag:${d.tag.toLowerCase()}`;
    case "unknown":
      return `?:${d.expression}`;
  }
}
function permissionKey(rule, d) {
  return `${protocolKey(rule.protocol)}|${portsKey(rule.ports)}|${destinationKey(d)}`;
}
function unclaimedLiveRules(live, claimedBy, declared) {
  const claimed = new Set(claimedBy.flatMap((r) => r.destinations.map((d) => permissionKey(r, d))));
  const declaredAt = /* @__PURE__ */ new Map();
  for (const rule of declared)
    for (const destination of rule.destinations)
      declaredAt.set(permissionKey(rule, destination), { rule, destination });
  const result = [];
  for (const rule of live) {
    const destinations = [];
    let location = rule.location;
    for (const d of rule.destinations) {
      const key = permissionKey(rule, d);
      if (claimed.has(key)) continue;
      const match = declaredAt.get(key);
      if (match && destinations.length === 0) location = match.rule.location;
      destinations.push(match?.destination ?? d);
    }
    if (destinations.length > 0) result.push({ ...rule, location, destinations });
  }
  return result;
}
function withoutSentinels(rules) {
  return rules.filter((r) => !r.denyAll).map((r) => r.rule);
}
function assembleSecurityGroups(groups, standalone) {
  const attached = new Map(groups.map((g) => [g, []]));
  const byKey = /* @__PURE__ */ new Map();
  for (const group of groups) for (const key of group.keys) if (!byKey.has(key)) byKey.set(key, group);
  const orphans = /* @__PURE__ */ new Map();
  for (const part of standalone) {
    const group = part.groupKeys.map((k) => byKey.get(k)).find((g) => g !== void 0);
    if (group) {
      attached.get(group)?.push(part.rule);
      continue;
    }
    if (part.rule.denyAll) continue;
    addOrphanRules(orphans, part.orphan, [part.rule.rule]);
  }
  const firewalls = [];
  for (const group of groups) {
    const standaloneRules = attached.get(group) ?? [];
    const separate = withoutSentinels(standaloneRules);
    const declared = group.declared === void 0 ? void 0 : withoutSentinels(group.declared);
    const platformDefault = group.declared === void 0 && standaloneRules.length === 0 ? group.defaultWhenUndeclared : void 0;
    let egressDeclared;
    if (separate.length > 0 || declared !== void 0 && declared.length > 0) egressDeclared = "rules";
    else if (declared !== void 0 || standaloneRules.length > 0) egressDeclared = "explicit-empty";
    else egressDeclared = "absent";
    const claimedBy = platformDefault ? [...separate, platformDefault.rule] : separate;
    const inline = group.live ? unclaimedLiveRules(withoutSentinels(group.live), claimedBy, declared ?? []) : declared ?? [];
    firewalls.push({ ...group.firewall, egressDeclared, rules: [...inline, ...separate], platformDefault });
  }
  return [...firewalls, ...orphans.values()];
}

export {
  parseTree2 as parseTree,
  MAX_DEPTH,
  parseJson,
  get,
  toPlain,
  mayBeTemplate,
  looksLikeCloudFormation,
  awsDefaultEgress,
  azureNsgDefaults,
  awsNaclFinalDeny,
  GCP_DEFAULT_PRIORITY,
  gcpImpliedEgress,
  locationIn,
  placeIn,
  camelCase,
  docReader,
  elementsOf,
  stringOf,
  numberOf,
  nonEmptyStrings,
  unresolvedOf,
  unknownDestination,
  protocolNamed,
  portRangesOf,
  uniqueOrigins,
  naclEgressRule,
  firewallBase,
  addOrphanRules,
  awsEgressRule,
  assembleSecurityGroups
};
