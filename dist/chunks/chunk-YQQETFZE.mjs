import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  parseMLTable,
  require_picomatch,
  require_utils
} from "./chunk-MLP5G3CD.mjs";
import {
  ACCEPTED_EXTENSIONS,
  formatFromName,
  hasAcceptedExtension,
  isGzipName
} from "./chunk-RN6D2NHL.mjs";
import {
  allowedFolders,
  assertInside,
  containedPath,
  defaultContainment
} from "./chunk-BVD3ISGW.mjs";
import {
  LIMITS,
  formatBytes
} from "./chunk-H45GLWZJ.mjs";
import {
  CancelledError,
  ConfigurationError,
  ServiceError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.splitWhen = exports.flatten = void 0;
    function flatten2(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten2;
    function splitWhen(items, predicate) {
      let result = [[]], groupIndex = 0;
      for (let item of items)
        predicate(item) ? (groupIndex++, result[groupIndex] = []) : result[groupIndex].push(item);
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name, this.isBlockDevice = stats.isBlockDevice.bind(stats), this.isCharacterDevice = stats.isCharacterDevice.bind(stats), this.isDirectory = stats.isDirectory.bind(stats), this.isFIFO = stats.isFIFO.bind(stats), this.isFile = stats.isFile.bind(stats), this.isSocket = stats.isSocket.bind(stats), this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os"), path3 = __require("path"), IS_WINDOWS_PLATFORM = os.platform() === "win32", LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2, POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g, WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g, DOS_DEVICE_PATH_RE = /^\\\\([.?])/, WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path3.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        let secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\")
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function(str) {
      if (typeof str != "string" || str === "")
        return !1;
      for (var match; match = /(\\).|([@?!+*]\(.*\))/g.exec(str); ) {
        if (match[2]) return !0;
        str = str.slice(match.index + match[0].length);
      }
      return !1;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob(), chars = { "{": "}", "(": ")", "[": "]" }, strictCheck = function(str) {
      if (str[0] === "!")
        return !0;
      for (var index = 0, pipeIndex = -2, closeSquareIndex = -2, closeCurlyIndex = -2, closeParenIndex = -2, backSlashIndex = -2; index < str.length; ) {
        if (str[index] === "*" || str[index + 1] === "?" && /[\].+)]/.test(str[index]) || closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]" && (closeSquareIndex < index && (closeSquareIndex = str.indexOf("]", index)), closeSquareIndex > index && (backSlashIndex === -1 || backSlashIndex > closeSquareIndex || (backSlashIndex = str.indexOf("\\", index), backSlashIndex === -1 || backSlashIndex > closeSquareIndex))) || closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}" && (closeCurlyIndex = str.indexOf("}", index), closeCurlyIndex > index && (backSlashIndex = str.indexOf("\\", index), backSlashIndex === -1 || backSlashIndex > closeCurlyIndex)) || closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")" && (closeParenIndex = str.indexOf(")", index), closeParenIndex > index && (backSlashIndex = str.indexOf("\\", index), backSlashIndex === -1 || backSlashIndex > closeParenIndex)) || pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|" && (pipeIndex < index && (pipeIndex = str.indexOf("|", index)), pipeIndex !== -1 && str[pipeIndex + 1] !== ")" && (closeParenIndex = str.indexOf(")", pipeIndex), closeParenIndex > pipeIndex && (backSlashIndex = str.indexOf("\\", pipeIndex), backSlashIndex === -1 || backSlashIndex > closeParenIndex))))
          return !0;
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            n !== -1 && (index = n + 1);
          }
          if (str[index] === "!")
            return !0;
        } else
          index++;
      }
      return !1;
    }, relaxedCheck = function(str) {
      if (str[0] === "!")
        return !0;
      for (var index = 0; index < str.length; ) {
        if (/[*?{}()[\]]/.test(str[index]))
          return !0;
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            n !== -1 && (index = n + 1);
          }
          if (str[index] === "!")
            return !0;
        } else
          index++;
      }
      return !1;
    };
    module.exports = function(str, options) {
      if (typeof str != "string" || str === "")
        return !1;
      if (isExtglob(str))
        return !0;
      var check = strictCheck;
      return options && options.strict === !1 && (check = relaxedCheck), check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob(), pathPosixDirname = __require("path").posix.dirname, isWin32 = __require("os").platform() === "win32", slash = "/", backslash = /\\/g, enclosure = /[\{\[].*[\}\]]$/, globby = /(^|[^\\])([\{\[]|\([^\)]+$)/, escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function(str, opts) {
      var options = Object.assign({ flipBackslashes: !0 }, opts);
      options.flipBackslashes && isWin32 && str.indexOf(slash) < 0 && (str = str.replace(backslash, slash)), enclosure.test(str) && (str += slash), str += "a";
      do
        str = pathPosixDirname(str);
      while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => typeof num == "number" ? Number.isInteger(num) : typeof num == "string" && num.trim() !== "" ? Number.isInteger(Number(num)) : !1;
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => limit === !1 || !exports.isInteger(min) || !exports.isInteger(max) ? !1 : (Number(max) - Number(min)) / Number(step) >= limit;
    exports.escapeNode = (block, n = 0, type) => {
      let node = block.nodes[n];
      node && (type && node.type === type || node.type === "open" || node.type === "close") && node.escaped !== !0 && (node.value = "\\" + node.value, node.escaped = !0);
    };
    exports.encloseBrace = (node) => node.type !== "brace" ? !1 : node.commas >> 0 + node.ranges >> 0 === 0 ? (node.invalid = !0, !0) : !1;
    exports.isInvalidBrace = (block) => block.type !== "brace" ? !1 : block.invalid === !0 || block.dollar ? !0 : block.commas >> 0 + block.ranges >> 0 === 0 || block.open !== !0 || block.close !== !0 ? (block.invalid = !0, !0) : !1;
    exports.isOpenOrClose = (node) => node.type === "open" || node.type === "close" ? !0 : node.open === !0 || node.close === !0;
    exports.reduce = (nodes) => nodes.reduce((acc, node) => (node.type === "text" && acc.push(node.value), node.type === "range" && (node.type = "text"), acc), []);
    exports.flatten = (...args) => {
      let result = [], flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          let ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          ele !== void 0 && result.push(ele);
        }
        return result;
      };
      return flat(args), result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    module.exports = (ast, options = {}) => {
      let stringify = (node, parent = {}) => {
        let invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent), invalidNode = node.invalid === !0 && options.escapeInvalid === !0, output = "";
        if (node.value)
          return (invalidBlock || invalidNode) && utils.isOpenOrClose(node) ? "\\" + node.value : node.value;
        if (node.value)
          return node.value;
        if (node.nodes)
          for (let child of node.nodes)
            output += stringify(child);
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      return typeof num == "number" ? num - num === 0 : typeof num == "string" && num.trim() !== "" ? Number.isFinite ? Number.isFinite(+num) : isFinite(+num) : !1;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number(), toRegexRange = (min, max, options) => {
      if (isNumber(min) === !1)
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      if (max === void 0 || min === max)
        return String(min);
      if (isNumber(max) === !1)
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      let opts = { relaxZeros: !0, ...options };
      typeof opts.strictZeros == "boolean" && (opts.relaxZeros = opts.strictZeros === !1);
      let relax = String(opts.relaxZeros), shorthand = String(opts.shorthand), capture = String(opts.capture), wrap = String(opts.wrap), cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey))
        return toRegexRange.cache[cacheKey].result;
      let a = Math.min(min, max), b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        return opts.capture ? `(${result})` : opts.wrap === !1 ? result : `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max), state = { min, max, a, b }, positives = [], negatives = [];
      if (isPadded && (state.isPadded = isPadded, state.maxLen = String(state.max).length), a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts), a = state.a = 0;
      }
      return b >= 0 && (positives = splitToPatterns(a, b, state, opts)), state.negatives = negatives, state.positives = positives, state.result = collatePatterns(negatives, positives, opts), opts.capture === !0 ? state.result = `(${state.result})` : opts.wrap !== !1 && positives.length + negatives.length > 1 && (state.result = `(?:${state.result})`), toRegexRange.cache[cacheKey] = state, state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", !1, options) || [], onlyPositive = filterPatterns(pos, neg, "", !1, options) || [], intersected = filterPatterns(neg, pos, "-?", !0, options) || [];
      return onlyNegative.concat(intersected).concat(onlyPositive).join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1, zeros = 1, stop = countNines(min, nines), stops = /* @__PURE__ */ new Set([max]);
      for (; min <= stop && stop <= max; )
        stops.add(stop), nines += 1, stop = countNines(min, nines);
      for (stop = countZeros(max + 1, zeros) - 1; min < stop && stop <= max; )
        stops.add(stop), zeros += 1, stop = countZeros(max + 1, zeros) - 1;
      return stops = [...stops], stops.sort(compare), stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop)
        return { pattern: start, count: [], digits: 0 };
      let zipped = zip(start, stop), digits = zipped.length, pattern = "", count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        startDigit === stopDigit ? pattern += startDigit : startDigit !== "0" || stopDigit !== "9" ? pattern += toCharacterClass(startDigit, stopDigit, options) : count++;
      }
      return count && (pattern += options.shorthand === !0 ? "\\d" : "[0-9]"), { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max), tokens = [], start = min, prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i], obj = rangeToPattern(String(start), String(max2), options), zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          prev.count.length > 1 && prev.count.pop(), prev.count.push(obj.count[0]), prev.string = prev.pattern + toQuantifier(prev.count), start = max2 + 1;
          continue;
        }
        tok.isPadded && (zeros = padZeros(max2, tok, options)), obj.string = zeros + obj.pattern + toQuantifier(obj.count), tokens.push(obj), start = max2 + 1, prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        !intersection && !contains(comparison, "string", string) && result.push(prefix + string), intersection && contains(comparison, "string", string) && result.push(prefix + string);
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      return stop || start > 1 ? `{${start + (stop ? "," + stop : "")}}` : "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded)
        return value;
      let diff = Math.abs(tok.maxLen - String(value).length), relax = options.relaxZeros !== !1;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default:
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util"), toRegexRange = require_to_regex_range(), isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val), transform = (toNumber) => (value) => toNumber === !0 ? Number(value) : String(value), isValidValue = (value) => typeof value == "number" || typeof value == "string" && value !== "", isNumber = (num) => Number.isInteger(+num), zeros = (input) => {
      let value = `${input}`, index = -1;
      if (value[0] === "-" && (value = value.slice(1)), value === "0") return !1;
      for (; value[++index] === "0"; ) ;
      return index > 0;
    }, stringify = (start, end, options) => typeof start == "string" || typeof end == "string" ? !0 : options.stringify === !0, pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        dash && (input = input.slice(1)), input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      return toNumber === !1 ? String(input) : input;
    }, toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      for (negative && (input = input.slice(1), maxLength--); input.length < maxLength; ) input = "0" + input;
      return negative ? "-" + input : input;
    }, toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0), parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:", positives = "", negatives = "", result;
      return parts.positives.length && (positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|")), parts.negatives.length && (negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`), positives && negatives ? result = `${positives}|${negatives}` : result = positives || negatives, options.wrap ? `(${prefix}${result})` : result;
    }, toRange = (a, b, isNumbers, options) => {
      if (isNumbers)
        return toRegexRange(a, b, { wrap: !1, ...options });
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    }, toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === !0, prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    }, rangeError = (...args) => new RangeError("Invalid range arguments: " + util.inspect(...args)), invalidRange = (start, end, options) => {
      if (options.strictRanges === !0) throw rangeError([start, end]);
      return [];
    }, invalidStep = (step, options) => {
      if (options.strictRanges === !0)
        throw new TypeError(`Expected step "${step}" to be a number`);
      return [];
    }, fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start), b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === !0) throw rangeError([start, end]);
        return [];
      }
      a === 0 && (a = 0), b === 0 && (b = 0);
      let descending = a > b, startString = String(start), endString = String(end), stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString), maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0, toNumber = padded === !1 && stringify(start, end, options) === !1, format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1)
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), !0, options);
      let parts = { negatives: [], positives: [] }, push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num)), range = [], index = 0;
      for (; descending ? a >= b : a <= b; )
        options.toRegex === !0 && step > 1 ? push(a) : range.push(pad(format(a, index), maxLen, toNumber)), a = descending ? a - step : a + step, index++;
      return options.toRegex === !0 ? step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: !1, ...options }) : range;
    }, fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1)
        return invalidRange(start, end, options);
      let format = options.transform || ((val) => String.fromCharCode(val)), a = `${start}`.charCodeAt(0), b = `${end}`.charCodeAt(0), descending = a > b, min = Math.min(a, b), max = Math.max(a, b);
      if (options.toRegex && step === 1)
        return toRange(min, max, !1, options);
      let range = [], index = 0;
      for (; descending ? a >= b : a <= b; )
        range.push(format(a, index)), a = descending ? a - step : a + step, index++;
      return options.toRegex === !0 ? toRegex(range, null, { wrap: !1, options }) : range;
    }, fill2 = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start))
        return [start];
      if (!isValidValue(start) || !isValidValue(end))
        return invalidRange(start, end, options);
      if (typeof step == "function")
        return fill2(start, end, 1, { transform: step });
      if (isObject(step))
        return fill2(start, end, 0, step);
      let opts = { ...options };
      return opts.capture === !0 && (opts.wrap = !0), step = step || opts.step || 1, isNumber(step) ? isNumber(start) && isNumber(end) ? fillNumbers(start, end, step, opts) : fillLetters(start, end, Math.max(Math.abs(step), 1), opts) : step != null && !isObject(step) ? invalidStep(step, opts) : fill2(start, end, 1, step);
    };
    module.exports = fill2;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill2 = require_fill_range(), utils = require_utils2(), compile = (ast, options = {}) => {
      let walk = (node, parent = {}) => {
        let invalidBlock = utils.isInvalidBrace(parent), invalidNode = node.invalid === !0 && options.escapeInvalid === !0, invalid = invalidBlock === !0 || invalidNode === !0, prefix = options.escapeInvalid === !0 ? "\\" : "", output = "";
        if (node.isOpen === !0)
          return prefix + node.value;
        if (node.isClose === !0)
          return console.log("node.isClose", prefix, node.value), prefix + node.value;
        if (node.type === "open")
          return invalid ? prefix + node.value : "(";
        if (node.type === "close")
          return invalid ? prefix + node.value : ")";
        if (node.type === "comma")
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        if (node.value)
          return node.value;
        if (node.nodes && node.ranges > 0) {
          let args = utils.reduce(node.nodes), range = fill2(...args, { ...options, wrap: !1, toRegex: !0, strictZeros: !0 });
          if (range.length !== 0)
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
        }
        if (node.nodes)
          for (let child of node.nodes)
            output += walk(child, node);
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill2 = require_fill_range(), stringify = require_stringify(), utils = require_utils2(), append = (queue = "", stash = "", enclose = !1) => {
      let result = [];
      if (queue = [].concat(queue), stash = [].concat(stash), !stash.length) return queue;
      if (!queue.length)
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      for (let item of queue)
        if (Array.isArray(item))
          for (let value of item)
            result.push(append(value, stash, enclose));
        else
          for (let ele of stash)
            enclose === !0 && typeof ele == "string" && (ele = `{${ele}}`), result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
      return utils.flatten(result);
    }, expand = (ast, options = {}) => {
      let rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit, walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent, q = parent.queue;
        for (; p.type !== "brace" && p.type !== "root" && p.parent; )
          p = p.parent, q = p.queue;
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== !0 && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          let args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit))
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          let range = fill2(...args, options);
          range.length === 0 && (range = stringify(node, options)), q.push(append(q.pop(), range)), node.nodes = [];
          return;
        }
        let enclose = utils.encloseBrace(node), queue = node.queue, block = node;
        for (; block.type !== "brace" && block.type !== "root" && block.parent; )
          block = block.parent, queue = block.queue;
        for (let i = 0; i < node.nodes.length; i++) {
          let child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            i === 1 && queue.push(""), queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          child.nodes && walk(child, node);
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: `
`,
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify(), {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants(), parse = (input, options = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      let opts = options || {}, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max)
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      let ast = { type: "root", input, nodes: [] }, stack = [ast], block = ast, prev = ast, brackets = 0, length = input.length, index = 0, depth = 0, value, advance = () => input[index++], push = (node) => {
        if (node.type === "text" && prev.type === "dot" && (prev.type = "text"), prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        return block.nodes.push(node), node.parent = block, node.prev = prev, prev = node, node;
      };
      for (push({ type: "bos" }); index < length; )
        if (block = stack[stack.length - 1], value = advance(), !(value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE)) {
          if (value === CHAR_BACKSLASH) {
            push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
            continue;
          }
          if (value === CHAR_RIGHT_SQUARE_BRACKET) {
            push({ type: "text", value: "\\" + value });
            continue;
          }
          if (value === CHAR_LEFT_SQUARE_BRACKET) {
            brackets++;
            let next;
            for (; index < length && (next = advance()); ) {
              if (value += next, next === CHAR_LEFT_SQUARE_BRACKET) {
                brackets++;
                continue;
              }
              if (next === CHAR_BACKSLASH) {
                value += advance();
                continue;
              }
              if (next === CHAR_RIGHT_SQUARE_BRACKET && (brackets--, brackets === 0))
                break;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === CHAR_LEFT_PARENTHESES) {
            block = push({ type: "paren", nodes: [] }), stack.push(block), push({ type: "text", value });
            continue;
          }
          if (value === CHAR_RIGHT_PARENTHESES) {
            if (block.type !== "paren") {
              push({ type: "text", value });
              continue;
            }
            block = stack.pop(), push({ type: "text", value }), block = stack[stack.length - 1];
            continue;
          }
          if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
            let open2 = value, next;
            for (options.keepQuotes !== !0 && (value = ""); index < length && (next = advance()); ) {
              if (next === CHAR_BACKSLASH) {
                value += next + advance();
                continue;
              }
              if (next === open2) {
                options.keepQuotes === !0 && (value += next);
                break;
              }
              value += next;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === CHAR_LEFT_CURLY_BRACE) {
            depth++;
            let brace = {
              type: "brace",
              open: !0,
              close: !1,
              dollar: prev.value && prev.value.slice(-1) === "$" || block.dollar === !0,
              depth,
              commas: 0,
              ranges: 0,
              nodes: []
            };
            block = push(brace), stack.push(block), push({ type: "open", value });
            continue;
          }
          if (value === CHAR_RIGHT_CURLY_BRACE) {
            if (block.type !== "brace") {
              push({ type: "text", value });
              continue;
            }
            let type = "close";
            block = stack.pop(), block.close = !0, push({ type, value }), depth--, block = stack[stack.length - 1];
            continue;
          }
          if (value === CHAR_COMMA && depth > 0) {
            if (block.ranges > 0) {
              block.ranges = 0;
              let open2 = block.nodes.shift();
              block.nodes = [open2, { type: "text", value: stringify(block) }];
            }
            push({ type: "comma", value }), block.commas++;
            continue;
          }
          if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
            let siblings = block.nodes;
            if (depth === 0 || siblings.length === 0) {
              push({ type: "text", value });
              continue;
            }
            if (prev.type === "dot") {
              if (block.range = [], prev.value += value, prev.type = "range", block.nodes.length !== 3 && block.nodes.length !== 5) {
                block.invalid = !0, block.ranges = 0, prev.type = "text";
                continue;
              }
              block.ranges++, block.args = [];
              continue;
            }
            if (prev.type === "range") {
              siblings.pop();
              let before = siblings[siblings.length - 1];
              before.value += prev.value + value, prev = before, block.ranges--;
              continue;
            }
            push({ type: "dot", value });
            continue;
          }
          push({ type: "text", value });
        }
      do
        if (block = stack.pop(), block.type !== "root") {
          block.nodes.forEach((node) => {
            node.nodes || (node.type === "open" && (node.isOpen = !0), node.type === "close" && (node.isClose = !0), node.nodes || (node.type = "text"), node.invalid = !0);
          });
          let parent = stack[stack.length - 1], index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      while (stack.length > 0);
      return push({ type: "eos" }), ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify(), compile = require_compile(), expand = require_expand(), parse = require_parse(), braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input))
        for (let pattern of input) {
          let result = braces.create(pattern, options);
          Array.isArray(result) ? output.push(...result) : output.push(result);
        }
      else
        output = [].concat(braces.create(input, options));
      return options && options.expand === !0 && options.nodupes === !0 && (output = [...new Set(output)]), output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => stringify(typeof input == "string" ? braces.parse(input, options) : input, options);
    braces.compile = (input, options = {}) => (typeof input == "string" && (input = braces.parse(input, options)), compile(input, options));
    braces.expand = (input, options = {}) => {
      typeof input == "string" && (input = braces.parse(input, options));
      let result = expand(input, options);
      return options.noempty === !0 && (result = result.filter(Boolean)), options.nodupes === !0 && (result = [...new Set(result)]), result;
    };
    braces.create = (input, options = {}) => input === "" || input.length < 3 ? [input] : options.expand !== !0 ? braces.compile(input, options) : braces.expand(input, options);
    module.exports = braces;
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util"), braces = require_braces(), picomatch2 = require_picomatch(), utils = require_utils(), isEmptyString = (v) => v === "" || v === "./", hasBraces = (v) => {
      let index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    }, micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns), list = [].concat(list);
      let omit = /* @__PURE__ */ new Set(), keep = /* @__PURE__ */ new Set(), items = /* @__PURE__ */ new Set(), negatives = 0, onResult = (state) => {
        items.add(state.output), options && options.onResult && options.onResult(state);
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch2(String(patterns[i]), { ...options, onResult }, !0), negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        negated && negatives++;
        for (let item of list) {
          let matched = isMatch(item, !0);
          (negated ? !matched.isMatch : matched.isMatch) && (negated ? omit.add(matched.output) : (omit.delete(matched.output), keep.add(matched.output)));
        }
      }
      let matches2 = (negatives === patterns.length ? [...items] : [...keep]).filter((item) => !omit.has(item));
      if (options && matches2.length === 0) {
        if (options.failglob === !0)
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        if (options.nonull === !0 || options.nullglob === !0)
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
      }
      return matches2;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch2(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set(), items = [], onResult = (state) => {
        options.onResult && options.onResult(state), items.push(state.output);
      }, matches2 = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items)
        matches2.has(item) || result.add(item);
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str != "string")
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      if (Array.isArray(pattern))
        return pattern.some((p) => micromatch.contains(str, p, options));
      if (typeof pattern == "string") {
        if (isEmptyString(str) || isEmptyString(pattern))
          return !1;
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern))
          return !0;
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: !0 });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj))
        throw new TypeError("Expected the first argument to be an object");
      let keys = micromatch(Object.keys(obj), patterns, options), res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch2(String(pattern), options);
        if (items.some((item) => isMatch(item)))
          return !0;
      }
      return !1;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch2(String(pattern), options);
        if (!items.every((item) => isMatch(item)))
          return !1;
      }
      return !0;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str != "string")
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      return [].concat(patterns).every((p) => picomatch2(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options), match = picomatch2.makeRe(String(glob), { ...options, capture: !0 }).exec(posix ? utils.toPosixSlashes(input) : input);
      if (match)
        return match.slice(1).map((v) => v === void 0 ? "" : v);
    };
    micromatch.makeRe = (...args) => picomatch2.makeRe(...args);
    micromatch.scan = (...args) => picomatch2.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || []))
        for (let str of braces(String(pattern), options))
          res.push(picomatch2.parse(str, options));
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern != "string") throw new TypeError("Expected a string");
      return options && options.nobrace === !0 || !hasBraces(pattern) ? [pattern] : braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern != "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: !0 });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path3 = __require("path"), globParent = require_glob_parent(), micromatch = require_micromatch(), GLOBSTAR = "**", ESCAPE_SYMBOL = "\\", COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/, REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/, REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/, GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/, BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./, DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      return pattern === "" ? !1 : !!(options.caseSensitiveMatch === !1 || pattern.includes(ESCAPE_SYMBOL) || COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern) || options.extglob !== !1 && GLOB_EXTENSION_SYMBOLS_RE.test(pattern) || options.braceExpansion !== !1 && hasBraceExpansion(pattern));
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      let openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1)
        return !1;
      let closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1)
        return !1;
      let braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: !1 });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      let basename = path3.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => collection.concat(expandBraceExpansion(pattern)), []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      let patterns = micromatch.braces(pattern, { expand: !0, nodupes: !0, keepEscaping: !0 });
      return patterns.sort((a, b) => a.length - b.length), patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: !0 }));
      return parts.length === 0 && (parts = [pattern]), parts[0].startsWith("/") && (parts[0] = parts[0].slice(1), parts.unshift("")), parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      let absolute = [], relative = [];
      for (let pattern of patterns)
        isAbsolute(pattern) ? absolute.push(pattern) : relative.push(pattern);
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path3.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream"), PassThrough = Stream.PassThrough, slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      let streamsQueue = [], args = slice.call(arguments), merging = !1, options = args[args.length - 1];
      options && !Array.isArray(options) && options.pipe == null ? args.pop() : options = {};
      let doEnd = options.end !== !1, doPipeError = options.pipeError === !0;
      options.objectMode == null && (options.objectMode = !0), options.highWaterMark == null && (options.highWaterMark = 64 * 1024);
      let mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++)
          streamsQueue.push(pauseStreams(arguments[i], options));
        return mergeStream(), this;
      }
      function mergeStream() {
        if (merging)
          return;
        merging = !0;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        Array.isArray(streams) || (streams = [streams]);
        let pipesCount = streams.length + 1;
        function next() {
          --pipesCount > 0 || (merging = !1, mergeStream());
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend), stream.removeListener("end", onend), doPipeError && stream.removeListener("error", onerror), next();
          }
          function onerror(err2) {
            mergedStream.emit("error", err2);
          }
          if (stream._readableState.endEmitted)
            return next();
          stream.on("merge2UnpipeEnd", onend), stream.on("end", onend), doPipeError && stream.on("error", onerror), stream.pipe(mergedStream, { end: !1 }), stream.resume();
        }
        for (let i = 0; i < streams.length; i++)
          pipe(streams[i]);
        next();
      }
      function endStream() {
        merging = !1, mergedStream.emit("queueDrain"), doEnd && mergedStream.end();
      }
      return mergedStream.setMaxListeners(0), mergedStream.add = addStream, mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      }), args.length && addStream.apply(null, args), mergedStream;
    }
    function pauseStreams(streams, options) {
      if (Array.isArray(streams))
        for (let i = 0, len = streams.length; i < len; i++)
          streams[i] = pauseStreams(streams[i], options);
      else {
        if (!streams._readableState && streams.pipe && (streams = streams.pipe(PassThrough(options))), !streams._readableState || !streams.pause || !streams.pipe)
          throw new Error("Only readable stream can be merged.");
        streams.pause();
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      let mergedStream = merge2(streams);
      return streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      }), mergedStream.once("close", () => propagateCloseEventToSources(streams)), mergedStream.once("end", () => propagateCloseEventToSources(streams)), mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input == "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs2 = require_fs();
    exports.fs = fs2;
    var path3 = require_path();
    exports.path = path3;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      let patterns = processPatterns(input, settings), ignore = processPatterns(settings.ignore, settings), positivePatterns = getPositivePatterns(patterns), negativePatterns = getNegativePatternsAsPositive(patterns, ignore), staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings)), dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings)), staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        !1
      ), dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        !0
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      return settings.braceExpansion && (patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns)), settings.baseNameMatch && (patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`)), patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      let tasks = [], patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive), patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive), outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory), insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      return tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic)), "." in insideCurrentDirectoryGroup ? tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic)) : tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic)), tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      return utils.pattern.getNegativePatterns(patterns).concat(ignore).map(utils.pattern.convertToPositivePattern);
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      let group = {};
      return patterns.reduce((collection, pattern) => {
        let base = utils.pattern.getBaseDirectory(pattern);
        return base in collection ? collection[base].push(pattern) : collection[base] = [pattern], collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => convertPatternGroupToTask(base, positive[base], negative, dynamic));
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.read = void 0;
    function read(path3, settings, callback) {
      settings.fs.lstat(path3, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path3, (statError, stat3) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          settings.markSymbolicLink && (stat3.isSymbolicLink = () => !0), callSuccessCallback(callback, stat3);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.read = void 0;
    function read(path3, settings) {
      let lstat = settings.fs.lstatSync(path3);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink)
        return lstat;
      try {
        let stat3 = settings.fs.statSync(path3);
        return settings.markSymbolicLink && (stat3.isSymbolicLink = () => !0), stat3;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink)
          return lstat;
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      stat: fs2.stat,
      lstatSync: fs2.lstatSync,
      statSync: fs2.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      return fsMethods === void 0 ? exports.FILE_SYSTEM_ADAPTER : Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var fs2 = require_fs2(), Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, !0), this.fs = fs2.createFileSystemAdapter(this._options.fs), this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, !1), this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, !0);
      }
      _getValue(option, value) {
        return option ?? value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async(), sync = require_sync(), settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat3(path3, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback == "function") {
        async.read(path3, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path3, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat3;
    function statSync2(path3, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return sync.read(path3, settings);
    }
    exports.statSync = statSync2;
    function getSettings(settingsOrOptions = {}) {
      return settingsOrOptions instanceof settings_1.default ? settingsOrOptions : new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask == "function" ? queueMicrotask.bind(typeof window < "u" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err2) => setTimeout(() => {
      throw err2;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys, isSync = !0;
      Array.isArray(tasks) ? (results = [], pending = tasks.length) : (keys = Object.keys(tasks), results = {}, pending = keys.length);
      function done(err2) {
        function end() {
          cb && cb(err2, results), cb = null;
        }
        isSync ? queueMicrotask2(end) : end();
      }
      function each(i, err2, result) {
        results[i] = result, (--pending === 0 || err2) && done(err2);
      }
      pending ? keys ? keys.forEach(function(key) {
        tasks[key](function(err2, result) {
          each(key, err2, result);
        });
      }) : tasks.forEach(function(task, i) {
        task(function(err2, result) {
          each(i, err2, result);
        });
      }) : done(null), isSync = !1;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0)
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10), MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10), SUPPORTED_MAJOR_VERSION = 10, SUPPORTED_MINOR_VERSION = 10, IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION, IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name, this.isBlockDevice = stats.isBlockDevice.bind(stats), this.isCharacterDevice = stats.isCharacterDevice.bind(stats), this.isDirectory = stats.isDirectory.bind(stats), this.isFIFO = stats.isFIFO.bind(stats), this.isFile = stats.isFile.bind(stats), this.isSocket = stats.isSocket.bind(stats), this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.fs = void 0;
    var fs2 = require_fs3();
    exports.fs = fs2;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      return a.endsWith(separator) ? a + b : a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out(), rpl = require_run_parallel(), constants_1 = require_constants2(), utils = require_utils4(), common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir2(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: !0 }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        let entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        let tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats), done(null, entry);
        });
      };
    }
    function readdir2(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        let tasks = names.map((name) => {
          let path3 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path3, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              let entry = {
                name,
                path: path3,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              settings.stats && (entry.stats = stats), done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir2;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out(), constants_1 = require_constants2(), utils = require_utils4(), common = require_common();
    function read(directory, settings) {
      return !settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES ? readdirWithFileTypes(directory, settings) : readdir2(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      return settings.fs.readdirSync(directory, { withFileTypes: !0 }).map((dirent) => {
        let entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks)
          try {
            let stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink)
              throw error;
          }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir2(directory, settings) {
      return settings.fs.readdirSync(directory).map((name) => {
        let entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator), stats = fsStat.statSync(entryPath, settings.fsStatSettings), entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        return settings.stats && (entry.stats = stats), entry;
      });
    }
    exports.readdir = readdir2;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      stat: fs2.stat,
      lstatSync: fs2.lstatSync,
      statSync: fs2.statSync,
      readdir: fs2.readdir,
      readdirSync: fs2.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      return fsMethods === void 0 ? exports.FILE_SYSTEM_ADAPTER : Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var path3 = __require("path"), fsStat = require_out(), fs2 = require_fs4(), Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, !1), this.fs = fs2.createFileSystemAdapter(this._options.fs), this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path3.sep), this.stats = this._getValue(this._options.stats, !1), this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, !0), this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option ?? value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2(), sync = require_sync2(), settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path3, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback == "function") {
        async.read(path3, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path3, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path3, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return sync.read(path3, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      return settingsOrOptions instanceof settings_1.default ? settingsOrOptions : new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor(), tail = head;
      function get() {
        var current = head;
        return current.next ? head = current.next : (head = new Constructor(), tail = head), current.next = null, current;
      }
      function release(obj) {
        tail.next = obj, tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context == "function" && (_concurrency = worker, worker = context, context = null), !(_concurrency >= 1))
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      var cache = reusify(Task), queueHead = null, queueTail = null, _running = 0, errorHandler = null, self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: !1,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1))
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          if (_concurrency = value, !self.paused)
            for (; queueHead && _running < _concurrency; )
              _running++, release();
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = !0;
      }
      function length() {
        for (var current = queueHead, counter = 0; current; )
          current = current.next, counter++;
        return counter;
      }
      function getQueue() {
        for (var current = queueHead, tasks = []; current; )
          tasks.push(current.value), current = current.next;
        return tasks;
      }
      function resume() {
        if (self.paused) {
          if (self.paused = !1, queueHead === null) {
            _running++, release();
            return;
          }
          for (; queueHead && _running < _concurrency; )
            _running++, release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context, current.release = release, current.value = value, current.callback = done || noop, current.errorHandler = errorHandler, _running >= _concurrency || self.paused ? queueTail ? (queueTail.next = current, queueTail = current) : (queueHead = current, queueTail = current, self.saturated()) : (_running++, worker.call(context, current.value, current.worked));
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context, current.release = release, current.value = value, current.callback = done || noop, current.errorHandler = errorHandler, _running >= _concurrency || self.paused ? queueHead ? (current.next = queueHead, queueHead = current) : (queueHead = current, queueTail = current, self.saturated()) : (_running++, worker.call(context, current.value, current.worked));
      }
      function release(holder) {
        holder && cache.release(holder);
        var next = queueHead;
        next && _running <= _concurrency ? self.paused ? _running-- : (queueTail === queueHead && (queueTail = null), queueHead = next.next, next.next = null, worker.call(context, next.value, next.worked), queueTail === null && self.empty()) : --_running === 0 && self.drain();
      }
      function kill() {
        queueHead = null, queueTail = null, self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null, queueTail = null, self.drain(), self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        for (queueHead = null, queueTail = null; current; ) {
          var next = current.next, callback = current.callback, errorHandler2 = current.errorHandler, val = current.value, context2 = current.context;
          current.value = null, current.callback = noop, current.errorHandler = null, current.next = null, errorHandler2 && errorHandler2(new Error("abort"), val), callback.call(context2, new Error("abort")), cache.release(current), current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null, this.callback = noop, this.next = null, this.release = noop, this.context = null, this.errorHandler = null;
      var self = this;
      this.worked = function(err2, result) {
        var callback = self.callback, errorHandler = self.errorHandler, val = self.value;
        self.value = null, self.callback = noop, self.errorHandler && errorHandler(err2, val), callback.call(self.context, err2, result), self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      typeof context == "function" && (_concurrency = worker, worker = context, context = null);
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency), pushCb = queue.push, unshiftCb = queue.unshift;
      return queue.push = push, queue.unshift = unshift, queue.drained = drained, queue;
      function push(value) {
        var p = new Promise(function(resolve2, reject) {
          pushCb(value, function(err2, result) {
            if (err2) {
              reject(err2);
              return;
            }
            resolve2(result);
          });
        });
        return p.catch(noop), p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve2, reject) {
          unshiftCb(value, function(err2, result) {
            if (err2) {
              reject(err2);
              return;
            }
            resolve2(result);
          });
        });
        return p.catch(noop), p;
      }
      function drained() {
        var p = new Promise(function(resolve2) {
          process.nextTick(function() {
            if (queue.idle())
              resolve2();
            else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                typeof previousDrain == "function" && previousDrain(), resolve2(), queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      return settings.errorFilter === null ? !0 : !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      return a === "" ? b : a.endsWith(separator) ? a + b : a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var common = require_common2(), Reader = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var events_1 = __require("events"), fsScandir = require_out2(), fastq = require_queue(), common = require_common2(), reader_1 = require_reader(), AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings), this._settings = _settings, this._scandir = fsScandir.scandir, this._emitter = new events_1.EventEmitter(), this._queue = fastq(this._worker.bind(this), this._settings.concurrency), this._isFatalError = !1, this._isDestroyed = !1, this._queue.drain = () => {
          this._isFatalError || this._emitter.emit("end");
        };
      }
      read() {
        return this._isFatalError = !1, this._isDestroyed = !1, setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        }), this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed)
          throw new Error("The reader is already destroyed");
        this._isDestroyed = !0, this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        let queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          error !== null && this._handleError(error);
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (let entry of entries)
            this._handleEntry(entry, item.base);
          done(null, void 0);
        });
      }
      _handleError(error) {
        this._isDestroyed || !common.isFatalError(this._settings, error) || (this._isFatalError = !0, this._isDestroyed = !0, this._emitter.emit("error", error));
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError)
          return;
        let fullpath = entry.path;
        base !== void 0 && (entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator)), common.isAppliedFilter(this._settings.entryFilter, entry) && this._emitEntry(entry), entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry) && this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var async_1 = require_async3(), AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._reader = new async_1.default(this._root, this._settings), this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        }), this._reader.onEntry((entry) => {
          this._storage.push(entry);
        }), this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        }), this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var stream_1 = __require("stream"), async_1 = require_async3(), StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._reader = new async_1.default(this._root, this._settings), this._stream = new stream_1.Readable({
          objectMode: !0,
          read: () => {
          },
          destroy: () => {
            this._reader.isDestroyed || this._reader.destroy();
          }
        });
      }
      read() {
        return this._reader.onError((error) => {
          this._stream.emit("error", error);
        }), this._reader.onEntry((entry) => {
          this._stream.push(entry);
        }), this._reader.onEnd(() => {
          this._stream.push(null);
        }), this._reader.read(), this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var fsScandir = require_out2(), common = require_common2(), reader_1 = require_reader(), SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments), this._scandir = fsScandir.scandirSync, this._storage = [], this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        return this._pushToQueue(this._root, this._settings.basePath), this._handleQueue(), this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (let item of this._queue.values())
          this._handleDirectory(item.directory, item.base);
      }
      _handleDirectory(directory, base) {
        try {
          let entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (let entry of entries)
            this._handleEntry(entry, base);
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (common.isFatalError(this._settings, error))
          throw error;
      }
      _handleEntry(entry, base) {
        let fullpath = entry.path;
        base !== void 0 && (entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator)), common.isAppliedFilter(this._settings.entryFilter, entry) && this._pushToStorage(entry), entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry) && this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var sync_1 = require_sync3(), SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var path3 = __require("path"), fsScandir = require_out2(), Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.basePath = this._getValue(this._options.basePath, void 0), this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY), this.deepFilter = this._getValue(this._options.deepFilter, null), this.entryFilter = this._getValue(this._options.entryFilter, null), this.errorFilter = this._getValue(this._options.errorFilter, null), this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path3.sep), this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option ?? value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4(), stream_1 = require_stream2(), sync_1 = require_sync4(), settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback == "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return new sync_1.default(directory, settings).read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return new stream_1.default(directory, settings).read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      return settingsOrOptions instanceof settings_1.default ? settingsOrOptions : new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var path3 = __require("path"), fsStat = require_out(), utils = require_utils3(), Reader = class {
      constructor(_settings) {
        this._settings = _settings, this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path3.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        let entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        return this._settings.stats && (entry.stats = stats), entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var stream_1 = __require("stream"), fsStat = require_out(), fsWalk = require_out3(), reader_1 = require_reader2(), ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments), this._walkStream = fsWalk.walkStream, this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        let filepaths = patterns.map(this._getFullEntryPath, this), stream = new stream_1.PassThrough({ objectMode: !0 });
        stream._write = (index, _enc, done) => this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
          entry !== null && options.entryFilter(entry) && stream.push(entry), index === filepaths.length - 1 && stream.end(), done();
        }).catch(done);
        for (let i = 0; i < filepaths.length; i++)
          stream.write(i);
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error))
            return null;
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve2, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => error === null ? resolve2(stats) : reject(error));
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var fsWalk = require_out3(), reader_1 = require_reader2(), stream_1 = require_stream3(), ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments), this._walkAsync = fsWalk.walk, this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve2, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            error === null ? resolve2(entries) : reject(error);
          });
        });
      }
      async static(patterns, options) {
        let entries = [], stream = this._readerStream.static(patterns, options);
        return new Promise((resolve2, reject) => {
          stream.once("error", reject), stream.on("data", (entry) => entries.push(entry)), stream.once("end", () => resolve2(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils = require_utils3(), Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns, this._settings = _settings, this._micromatchOptions = _micromatchOptions, this._storage = [], this._fillStorage();
      }
      _fillStorage() {
        for (let pattern of this._patterns) {
          let segments = this._getPatternSegments(pattern), sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        return utils.pattern.getPatternParts(pattern, this._micromatchOptions).map((part) => utils.pattern.isDynamicPattern(part, this._settings) ? {
          dynamic: !0,
          pattern: part,
          patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
        } : {
          dynamic: !1,
          pattern: part
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var matcher_1 = require_matcher(), PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        let parts = filepath.split("/"), levels = parts.length, patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (let pattern of patterns) {
          let section = pattern.sections[0];
          if (!pattern.complete && levels > section.length || parts.every((part, index) => {
            let segment = pattern.segments[index];
            return !!(segment.dynamic && segment.patternRe.test(part) || !segment.dynamic && segment.pattern === part);
          }))
            return !0;
        }
        return !1;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils = require_utils3(), partial_1 = require_partial(), DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings, this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        let matcher = this._getMatcher(positive), negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        let affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path) || this._isSkippedSymbolicLink(entry))
          return !1;
        let filepath = utils.path.removeLeadingDotSegment(entry.path);
        return this._isSkippedByPositivePatterns(filepath, matcher) ? !1 : this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        return this._settings.deep === 1 / 0 ? !1 : this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        let entryPathDepth = entryPath.split("/").length;
        if (basePath === "")
          return entryPathDepth;
        let basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils = require_utils3(), EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings, this._micromatchOptions = _micromatchOptions, this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        let [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative), patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: !0 })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: !0 }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        let filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath) || this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry))
          return !1;
        let isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        return this._settings.unique && isMatched && this._createIndexRecord(filepath), isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        return !(!this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory) || this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory) || this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory));
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0)
          return !1;
        let fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0)
          return !1;
        let isMatched = utils.pattern.matchAny(filepath, patternsRe);
        return !isMatched && isDirectory ? utils.pattern.matchAny(filepath + "/", patternsRe) : isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils = require_utils3(), ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils = require_utils3(), EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        return this._settings.absolute && (filepath = utils.path.makeAbsolute(this._settings.cwd, filepath), filepath = utils.path.unixify(filepath)), this._settings.markDirectories && entry.dirent.isDirectory() && (filepath += "/"), this._settings.objectMode ? Object.assign(Object.assign({}, entry), { path: filepath }) : filepath;
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var path3 = __require("path"), deep_1 = require_deep(), entry_1 = require_entry(), error_1 = require_error(), entry_2 = require_entry2(), Provider = class {
      constructor(_settings) {
        this._settings = _settings, this.errorFilter = new error_1.default(this._settings), this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions()), this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions()), this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path3.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        let basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: !0,
          strictSlashes: !1
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var async_1 = require_async5(), provider_1 = require_provider(), ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments), this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        let root = this._getRootDirectory(task), options = this._getReaderOptions(task);
        return (await this.api(root, task, options)).map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        return task.dynamic ? this._reader.dynamic(root, options) : this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var stream_1 = __require("stream"), stream_2 = require_stream3(), provider_1 = require_provider(), ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments), this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        let root = this._getRootDirectory(task), options = this._getReaderOptions(task), source = this.api(root, task, options), destination = new stream_1.Readable({ objectMode: !0, read: () => {
        } });
        return source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end")), destination.once("close", () => source.destroy()), destination;
      }
      api(root, task, options) {
        return task.dynamic ? this._reader.dynamic(root, options) : this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var fsStat = require_out(), fsWalk = require_out3(), reader_1 = require_reader2(), ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments), this._walkSync = fsWalk.walkSync, this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        let entries = [];
        for (let pattern of patterns) {
          let filepath = this._getFullEntryPath(pattern), entry = this._getEntry(filepath, pattern, options);
          entry === null || !options.entryFilter(entry) || entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          let stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error))
            return null;
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var sync_1 = require_sync5(), provider_1 = require_provider(), ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments), this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        let root = this._getRootDirectory(task), options = this._getReaderOptions(task);
        return this.api(root, task, options).map(options.transform);
      }
      api(root, task, options) {
        return task.dynamic ? this._reader.dynamic(root, options) : this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = __require("fs"), os = __require("os"), CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      lstatSync: fs2.lstatSync,
      stat: fs2.stat,
      statSync: fs2.statSync,
      readdir: fs2.readdir,
      readdirSync: fs2.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.absolute = this._getValue(this._options.absolute, !1), this.baseNameMatch = this._getValue(this._options.baseNameMatch, !1), this.braceExpansion = this._getValue(this._options.braceExpansion, !0), this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, !0), this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT), this.cwd = this._getValue(this._options.cwd, process.cwd()), this.deep = this._getValue(this._options.deep, 1 / 0), this.dot = this._getValue(this._options.dot, !1), this.extglob = this._getValue(this._options.extglob, !0), this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, !0), this.fs = this._getFileSystemMethods(this._options.fs), this.globstar = this._getValue(this._options.globstar, !0), this.ignore = this._getValue(this._options.ignore, []), this.markDirectories = this._getValue(this._options.markDirectories, !1), this.objectMode = this._getValue(this._options.objectMode, !1), this.onlyDirectories = this._getValue(this._options.onlyDirectories, !1), this.onlyFiles = this._getValue(this._options.onlyFiles, !0), this.stats = this._getValue(this._options.stats, !1), this.suppressErrors = this._getValue(this._options.suppressErrors, !1), this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, !1), this.unique = this._getValue(this._options.unique, !0), this.onlyDirectories && (this.onlyFiles = !1), this.stats && (this.objectMode = !0), this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks(), async_1 = require_async6(), stream_1 = require_stream4(), sync_1 = require_sync6(), settings_1 = require_settings4(), utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      let works = getWorks(source, async_1.default, options), result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2, FastGlob2.globSync = sync, FastGlob2.globStream = stream, FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        let works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        let works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        let patterns = [].concat(source), settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        let settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        return assertPatternsInput(source), utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        return assertPatternsInput(source), utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          return assertPatternsInput(source), utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          return assertPatternsInput(source), utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          return assertPatternsInput(source), utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          return assertPatternsInput(source), utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      let patterns = [].concat(source), settings = new settings_1.default(options), tasks = taskManager.generate(patterns, settings), provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      if (![].concat(input).every((item) => utils.string.isString(item) && !utils.string.isEmpty(item)))
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
    }
    module.exports = FastGlob;
  }
});

// shared/drift/readers/row-admission.ts
var SKIP_ROW = -1, STOP_READING = -2, RowAdmission = class {
  /** Rows seen so far. */
  seen = 0;
  maxRows;
  reservoir;
  random;
  constructor(maxRows, sample) {
    if (maxRows !== void 0 && !(Number.isInteger(maxRows) && maxRows > 0))
      throw new ConfigurationError(`maxRows must be a positive integer, got ${maxRows}.`);
    if (sample !== void 0) {
      if (!(Number.isInteger(sample.rows) && sample.rows > 0))
        throw new ConfigurationError(`sample.rows must be a positive integer, got ${sample.rows}.`);
      if (!Number.isInteger(sample.seed)) throw new ConfigurationError(`sample.seed must be an integer, got ${sample.seed}.`);
    }
    this.maxRows = maxRows ?? 1 / 0, this.reservoir = sample?.rows ?? 1 / 0, this.random = seededUniform(sample?.seed ?? 0);
  }
  /** Rows held: every row seen, or the reservoir once it is full. */
  get held() {
    return Math.min(this.seen, this.reservoir);
  }
  /** The most rows that can be held. */
  get limit() {
    return Math.min(this.maxRows, this.reservoir);
  }
  get exhausted() {
    return this.seen >= this.maxRows;
  }
  /** The slot for the next row, SKIP_ROW or STOP_READING. */
  next() {
    let index = this.seen;
    if (index >= this.maxRows) return STOP_READING;
    if (this.seen = index + 1, index < this.reservoir) return index;
    let slot = Math.floor(this.random() * (index + 1));
    return slot < this.reservoir ? slot : SKIP_ROW;
  }
};
function sampleCdfErrorBound(sampleRows, confidence = 0.99) {
  return Math.sqrt(Math.log(2 / (1 - confidence)) / (2 * sampleRows));
}
function seededUniform(seed) {
  let state = (seed ^ Math.floor(seed / 4294967296) ^ 2654435769) >>> 0, next32 = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), (t ^ t >>> 14) >>> 0;
  };
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}

// shared/drift/readers/local.ts
var import_fast_glob = __toESM(require_out4());
import { statSync } from "node:fs";
import { open, readFile, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// node_modules/hyparquet/src/node.js
import { createReadStream, promises as fs } from "fs";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
], Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT",
  "ALP"
], FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
], ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
], CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
], PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
], BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
], EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  let flags = getFlags(reader);
  if (flags.type === 1)
    return { type: "Point", coordinates: readPosition(reader, flags) };
  if (flags.type === 2)
    return { type: "LineString", coordinates: readLine(reader, flags) };
  if (flags.type === 3)
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  if (flags.type === 4) {
    let points = [];
    for (let i = 0; i < flags.count; i++)
      points.push(readPosition(reader, getFlags(reader)));
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    let lines = [];
    for (let i = 0; i < flags.count; i++)
      lines.push(readLine(reader, getFlags(reader)));
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    let polygons = [];
    for (let i = 0; i < flags.count; i++)
      polygons.push(readPolygon(reader, getFlags(reader)));
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    let geometries = [];
    for (let i = 0; i < flags.count; i++)
      geometries.push(wkbToGeojson(reader));
    return { type: "GeometryCollection", geometries };
  } else
    throw new Error(`Unsupported geometry type: ${flags.type}`);
}
function getFlags(reader) {
  let { view } = reader, littleEndian = view.getUint8(reader.offset++) === 1, rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  let type = rawType % 1e3, flags = Math.floor(rawType / 1e3), count = 0;
  type > 1 && type <= 7 && (count = view.getUint32(reader.offset, littleEndian), reader.offset += 4);
  let dim = 2;
  return flags && dim++, flags === 3 && dim++, { littleEndian, type, dim, count };
}
function readPosition(reader, flags) {
  let points = [];
  for (let i = 0; i < flags.dim; i++) {
    let coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8, points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  let points = [];
  for (let i = 0; i < flags.count; i++)
    points.push(readPosition(reader, flags));
  return points;
}
function readPolygon(reader, flags) {
  let { view } = reader, rings = [];
  for (let r = 0; r < flags.count; r++) {
    let count = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4, rings.push(readLine(reader, { ...flags, count }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder = new TextDecoder(), DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return;
    let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith("_DICTIONARY")) {
    let output = data;
    data instanceof Uint8Array && !(dictionary instanceof Uint8Array) && (output = new dictionary.constructor(data.length));
    for (let i = 0; i < data.length; i++)
      output[i] = dictionary[data[i]];
    return output;
  } else
    return convert(data, columnDecoder);
}
function convert(data, columnDecoder) {
  let { element, parsers, utf8 = !0, schemaPath } = columnDecoder, { type, converted_type: ctype, logical_type: ltype } = element, nullable = element.repetition_type !== "REQUIRED";
  if (type === "BYTE_ARRAY" && element.name === "inline" && schemaPath?.at(-2)?.element.logical_type?.type === "FILE" || schemaPath?.some((s) => s.element.logical_type?.type === "VARIANT") && type === "BYTE_ARRAY" && ctype !== "UTF8" && ltype?.type !== "STRING")
    return data;
  if (ctype === "DECIMAL") {
    let scale = element.scale || 0, factor = 10 ** scale, arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++)
      data[i] instanceof Uint8Array ? arr[i] = scale > 308 ? parseDecimal(data[i]) * 10 ** -scale : parseDecimal(data[i]) / factor : arr[i] = Number(data[i]) / factor;
    return arr;
  }
  if (!ctype && type === "INT96")
    return Array.from(data).map((v) => parsers.timestampFromNanoseconds(parseInt96Nanos(v)));
  if (ctype === "DATE")
    return Array.from(data).map((v) => parsers.dateFromDays(v));
  if (ctype === "TIMESTAMP_MILLIS")
    return Array.from(data).map((v) => parsers.timestampFromMilliseconds(v));
  if (ctype === "TIMESTAMP_MICROS")
    return Array.from(data).map((v) => parsers.timestampFromMicroseconds(v));
  if (ctype === "JSON")
    return data.map((v) => parsers.jsonFromBytes(v));
  if (ctype === "BSON")
    throw new Error("parquet bson not supported");
  if (ctype === "INTERVAL")
    throw new Error("parquet interval not supported");
  if (ltype?.type === "GEOMETRY")
    return data.map((v) => parsers.geometryFromBytes(v));
  if (ltype?.type === "GEOGRAPHY")
    return data.map((v) => parsers.geographyFromBytes(v));
  if (ltype?.type === "UUID")
    return data.map((v) => parsers.uuidFromBytes(v));
  if (ctype === "UTF8" || ltype?.type === "STRING" || utf8 && type === "BYTE_ARRAY")
    return data.map((v) => parsers.stringFromBytes(v));
  if (ctype === "UINT_64" || ltype?.type === "INTEGER" && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length);
    let arr = nullable ? new Array(data.length) : new BigUint64Array(data.length);
    for (let i = 0; i < arr.length; i++) arr[i] = data[i];
    return arr;
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length);
    let arr = nullable ? new Array(data.length) : new Uint32Array(data.length);
    for (let i = 0; i < arr.length; i++)
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i];
    return arr;
  }
  if (ltype?.type === "FLOAT16")
    return Array.from(data).map(parseFloat16);
  if (ltype?.type === "TIMESTAMP") {
    let { unit } = ltype, parser = parsers.timestampFromMilliseconds;
    unit === "MICROS" && (parser = parsers.timestampFromMicroseconds), unit === "NANOS" && (parser = parsers.timestampFromNanoseconds);
    let arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++)
      arr[i] = parser(data[i]);
    return arr;
  }
  return data;
}
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (let byte of bytes)
    value = value * 256n + BigInt(byte);
  let bits = bytes.length * 8;
  return value >= 2n ** BigInt(bits - 1) && (value -= 2n ** BigInt(bits)), Number(value);
}
function parseInt96Nanos(value) {
  let days = (value >> 64n) - 2440588n, nano = value & 0xffffffffffffffffn;
  return days * 86400000000000n + nano;
}
function parseFloat16(bytes) {
  if (!bytes) return;
  let int16 = bytes[1] << 8 | bytes[0], sign = int16 >> 15 ? -1 : 1, exp = int16 >> 10 & 31, frac = int16 & 1023;
  return exp === 0 ? sign * 2 ** -14 * (frac / 1024) : exp === 31 ? frac ? NaN : sign * (1 / 0) : sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path3) {
  let element = schema[rootIndex], children = [], count = 1;
  if (element.num_children)
    for (; children.length < element.num_children; ) {
      let childElement = schema[rootIndex + count], child = schemaTree(schema, rootIndex + count, [...path3, childElement.name]);
      count += child.count, children.push(child);
    }
  return { count, element, children, path: path3 };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  let path3 = [tree];
  for (let part of name) {
    let child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path3.push(child), tree = child;
  }
  return path3;
}
function getPhysicalColumns(schemaTree2) {
  let columns = [];
  function traverse(node) {
    if (node.children.length)
      for (let child of node.children)
        traverse(child);
    else
      columns.push(node.path.join("."));
  }
  return traverse(schemaTree2), columns;
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (let { element } of schemaPath)
    element.repetition_type === "REPEATED" && maxLevel++;
  return maxLevel;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (let { element } of schemaPath.slice(1))
    element.repetition_type !== "REQUIRED" && maxLevel++;
  return maxLevel;
}
function isListLike(schema) {
  if (!schema || schema.element.converted_type !== "LIST" || schema.children.length > 1) return !1;
  let firstChild = schema.children[0];
  return !(firstChild.children.length > 1 || firstChild.element.repetition_type !== "REPEATED");
}
function isMapLike(schema) {
  if (!schema || schema.element.converted_type !== "MAP" || schema.children.length > 1) return !1;
  let firstChild = schema.children[0];
  return !(firstChild.children.length !== 2 || firstChild.element.repetition_type !== "REPEATED" || firstChild.children.find((child) => child.element.name === "key")?.element.repetition_type === "REPEATED" || firstChild.children.find((child) => child.element.name === "value")?.element.repetition_type === "REPEATED");
}
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return !1;
  let [, column] = schemaPath;
  return !(column.element.repetition_type === "REPEATED" || column.children.length);
}

// node_modules/hyparquet/src/thrift.js
function deserializeTCompactProtocol(reader) {
  let value = {}, fid = 0;
  for (; ; ) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    let byte = reader.view.getUint8(reader.offset++), type = byte & 15;
    if (type === 0) break;
    let delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader), value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case 1:
      return !0;
    case 2:
      return !1;
    case 3:
      return reader.view.getInt8(reader.offset++);
    case 4:
    case 5:
      return readZigZag(reader);
    case 6:
      return readZigZagBigInt(reader);
    case 7: {
      let value = reader.view.getFloat64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 8: {
      let stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength)
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      let strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      return reader.offset += stringLength, strBytes;
    }
    case 9: {
      let byte = reader.view.getUint8(reader.offset++), elemType = byte & 15, listSize = byte >> 4;
      listSize === 15 && (listSize = readVarInt(reader));
      let boolType = elemType === 1 || elemType === 2, values = new Array(listSize);
      for (let i = 0; i < listSize; i++)
        values[i] = boolType ? readElement(reader, 3) === 1 : readElement(reader, elemType);
      return values;
    }
    case 12:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0, shift = 0;
  for (; ; ) {
    let byte = reader.view.getUint8(reader.offset++);
    if (result |= (byte & 127) << shift, !(byte & 128))
      return result;
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n, shift = 0n;
  for (; ; ) {
    let byte = reader.view.getUint8(reader.offset++);
    if (result |= BigInt(byte & 127) << shift, !(byte & 128))
      return result;
    shift += 7n;
  }
}
function readZigZag(reader) {
  let zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  let zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  let columns = /* @__PURE__ */ new Map(), geo = key_value_metadata?.find(({ key }) => key === "geo")?.value, decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (let [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    let type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY", id = column.crs?.id ?? column.crs?.ids?.[0], crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    let { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    type === "BYTE_ARRAY" && !logical_type && (schema[i].logical_type = columns.get(name));
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19, decoder2 = new TextDecoder();
function decode(value) {
  return value && decoder2.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = !0 } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  let footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize), footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength), footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, !0) !== 827474256)
    throw new Error("parquet file invalid (footer != PAR1)");
  let metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, !0);
  if (metadataLength > asyncBuffer.byteLength - 8)
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  if (metadataLength + 8 > initialFetchSize) {
    let metadataOffset = asyncBuffer.byteLength - metadataLength - 8, metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset), combinedBuffer = new ArrayBuffer(metadataLength + 8), combinedView = new Uint8Array(combinedBuffer);
    return combinedView.set(new Uint8Array(metadataBuffer)), combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset), parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = !0 } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer)
    view = new DataView(arrayBuffer);
  else if (arrayBuffer instanceof Uint8Array)
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  else
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  let allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8)
    throw new Error("parquet file is too short");
  if (view.getUint32(view.byteLength - 4, !0) !== 827474256)
    throw new Error("parquet file invalid (footer != PAR1)");
  let metadataLengthOffset = view.byteLength - 8, metadataLength = view.getUint32(metadataLengthOffset, !0);
  if (metadataLength > view.byteLength - 8)
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  let metadataOffset = metadataLengthOffset - metadataLength, metadata = deserializeTCompactProtocol({ view, offset: metadataOffset }), version = metadata.field_1, schema = metadata.field_2.map((field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10)
  })), columnSchema = schema.filter((e) => e.type), num_rows = metadata.field_3, row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  })), key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  })), created_by = decode(metadata.field_6);
  return geoparquet && markGeoColumns(schema, key_value_metadata), {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  return logicalType2?.field_1 ? { type: "STRING" } : logicalType2?.field_2 ? { type: "MAP" } : logicalType2?.field_3 ? { type: "LIST" } : logicalType2?.field_4 ? { type: "ENUM" } : logicalType2?.field_5 ? {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  } : logicalType2?.field_6 ? { type: "DATE" } : logicalType2?.field_7 ? {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  } : logicalType2?.field_8 ? {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  } : logicalType2?.field_10 ? {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  } : logicalType2?.field_11 ? { type: "NULL" } : logicalType2?.field_12 ? { type: "JSON" } : logicalType2?.field_13 ? { type: "BSON" } : logicalType2?.field_14 ? { type: "UUID" } : logicalType2?.field_15 ? { type: "FLOAT16" } : logicalType2?.field_16 ? {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  } : logicalType2?.field_17 ? {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  } : logicalType2?.field_18 ? {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  } : logicalType2?.field_19 ? { type: "FILE" } : logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  let { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  let view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, !0);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, !0);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4)
    return view.getInt32(0, !0) / 10 ** (schema.scale || 0);
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8)
    return Number(view.getBigInt64(0, !0)) / 10 ** (schema.scale || 0);
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, !0));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, !0));
  let unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, !0);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, !0);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, !0);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, !0);
  if (converted_type === "DECIMAL") {
    let scale = schema.scale || 0;
    return scale > 308 ? parseDecimal(value) * 10 ** -scale : parseDecimal(value) / 10 ** scale;
  }
  return logical_type?.type === "FLOAT16" ? parseFloat16(value) : logical_type?.type === "UUID" ? parsers.uuidFromBytes(value) : value;
}

// node_modules/hyparquet/src/indexes.js
function readColumnIndex(reader, schema, parsers = void 0) {
  let allParsers = { ...DEFAULT_PARSERS, ...parsers }, thrift = deserializeTCompactProtocol(reader);
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7
  };
}
function readOffsetIndex(reader) {
  let thrift = deserializeTCompactProtocol(reader);
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map((loc) => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3
    })),
    unencoded_byte_array_data_bytes: thrift.field_2
  };
}

// node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn, PRIME1 = 0x9e3779b185ebca87n, PRIME2 = 0xc2b2ae3d27d4eb4fn, PRIME3 = 0x165667b19e3779f9n, PRIME4 = 0x85ebca77c2b2ae63n, PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round(acc, val) {
  return acc = acc + val * PRIME2 & MASK, acc = rotl64(acc, 31n), acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  return acc ^= round(0n, val), acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input, seed = 0n) {
  let view = new DataView(input.buffer, input.byteOffset, input.byteLength), len = input.byteLength, offset = 0, h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK, v2 = seed + PRIME2 & MASK, v3 = seed, v4 = seed - PRIME1 & MASK;
    for (; offset + 32 <= len; )
      v1 = round(v1, view.getBigUint64(offset, !0)), offset += 8, v2 = round(v2, view.getBigUint64(offset, !0)), offset += 8, v3 = round(v3, view.getBigUint64(offset, !0)), offset += 8, v4 = round(v4, view.getBigUint64(offset, !0)), offset += 8;
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK, h64 = mergeRound(h64, v1), h64 = mergeRound(h64, v2), h64 = mergeRound(h64, v3), h64 = mergeRound(h64, v4);
  } else
    h64 = seed + PRIME5 & MASK;
  for (h64 = h64 + BigInt(len) & MASK; offset + 8 <= len; )
    h64 ^= round(0n, view.getBigUint64(offset, !0)), h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK, offset += 8;
  for (offset + 4 <= len && (h64 ^= BigInt(view.getUint32(offset, !0)) * PRIME1 & MASK, h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK, offset += 4); offset < len; )
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK, h64 = rotl64(h64, 11n) * PRIME1 & MASK, offset += 1;
  return h64 ^= h64 >> 33n, h64 = h64 * PRIME2 & MASK, h64 ^= h64 >> 29n, h64 = h64 * PRIME3 & MASK, h64 ^= h64 >> 32n, h64;
}

// node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder(), SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  let m = new Uint32Array(8), low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++)
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27);
  return m;
}
function sbbfContains(blocks, hash) {
  let offset = blockIndex(hash, blocks.length >> 3) << 3, m = blockMask(hash);
  for (let i = 0; i < 8; i++)
    if ((blocks[offset + i] & m[i]) === 0) return !1;
  return !0;
}
function readBloomFilter(reader) {
  let header = deserializeTCompactProtocol(reader), numBytes = header.field_1;
  if (typeof numBytes != "number" || numBytes <= 0 || numBytes % 32 !== 0 || !header.field_2?.field_1 || !header.field_3?.field_1 || !header.field_4?.field_1) return;
  let { view, offset } = reader;
  if (offset + numBytes > view.byteLength)
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`);
  let blocks = new Uint32Array(numBytes >> 2);
  for (let i = 0; i < blocks.length; i++)
    blocks[i] = view.getUint32(offset + i * 4, !0);
  return reader.offset = offset + numBytes, { numBytes, blocks };
}
function hashParquetValue(value, element) {
  if (value == null) return;
  let { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN")
    return typeof value != "boolean" ? void 0 : xxhash64(new Uint8Array([value ? 1 : 0]));
  if (type === "FLOAT") {
    if (typeof value != "number") return;
    let buf = new ArrayBuffer(4);
    return new DataView(buf).setFloat32(0, value, !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value != "number") return;
    let buf = new ArrayBuffer(8);
    return new DataView(buf).setFloat64(0, value, !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS" || logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL" || typeof value != "number" || !Number.isInteger(value)) return;
    let buf = new ArrayBuffer(4);
    return new DataView(buf).setInt32(0, value | 0, !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS" || converted_type === "TIME_MICROS" || converted_type === "DECIMAL" || logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return;
    let bigValue;
    if (typeof value == "bigint") bigValue = value;
    else if (typeof value == "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return;
    let buf = new ArrayBuffer(8);
    return new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY")
    return converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL" || logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT" || logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY" ? void 0 : typeof value == "string" ? xxhash64(textEncoder.encode(value)) : value instanceof Uint8Array ? xxhash64(value) : void 0;
  if (type === "FIXED_LEN_BYTE_ARRAY")
    return converted_type === "DECIMAL" || converted_type === "INTERVAL" || logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16" || logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY" ? void 0 : value instanceof Uint8Array ? xxhash64(value) : void 0;
}
function bloomEligibleColumns(filter) {
  let out = /* @__PURE__ */ new Set();
  return walkBloomEligible(filter, out), out;
}
function walkBloomEligible(filter, out) {
  if (filter) {
    if ("$and" in filter && Array.isArray(filter.$and)) {
      for (let sub of filter.$and) walkBloomEligible(sub, out);
      return;
    }
    if ("$or" in filter && Array.isArray(filter.$or)) {
      for (let sub of filter.$or) walkBloomEligible(sub, out);
      return;
    }
    if (!("$nor" in filter))
      for (let [field, condition] of Object.entries(filter))
        field.startsWith("$") || (typeof condition == "object" && condition !== null && !Array.isArray(condition) ? ("$eq" in condition || "$in" in condition) && out.add(field) : out.add(field));
  }
}

// node_modules/hyparquet/src/utils.js
function concat(aaa, bbb) {
  for (let i = 0; i < bbb.length; i += 1e4)
    aaa.push(...bbb.slice(i, i + 1e4));
}
function equals(a, b, strict = !0) {
  if (strict ? a === b : a == b) return !0;
  if (!a || !b || typeof a != "object" || typeof b != "object") return !1;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return !1;
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) return !1;
    return !0;
  }
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return !1;
    for (let i = 0; i < a.length; i++)
      if (!equals(a[i], b[i], strict)) return !1;
    return !0;
  }
  let aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return !1;
  for (let k of aKeys)
    if (!equals(a[k], b[k], strict)) return !1;
  return !0;
}
function flatten(chunks) {
  if (!chunks) return [];
  if (chunks.length === 1) return chunks[0];
  let output = [];
  for (let chunk of chunks)
    concat(output, chunk);
  return output;
}

// node_modules/hyparquet/src/filter.js
var encoder = new TextEncoder();
function pathsNeededForFilter(filter) {
  if (!filter) return [];
  let paths = [];
  return "$and" in filter && Array.isArray(filter.$and) ? paths.push(...filter.$and.flatMap(pathsNeededForFilter)) : "$or" in filter && Array.isArray(filter.$or) ? paths.push(...filter.$or.flatMap(pathsNeededForFilter)) : "$nor" in filter && Array.isArray(filter.$nor) ? paths.push(...filter.$nor.flatMap(pathsNeededForFilter)) : paths.push(...Object.keys(filter)), [...new Set(paths)];
}
function columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map((path3) => path3.split(".")[0]))];
}
function matchFilter(record, filter, strict = !0) {
  return "$and" in filter && Array.isArray(filter.$and) ? filter.$and.every((subQuery) => matchFilter(record, subQuery, strict)) : "$or" in filter && Array.isArray(filter.$or) ? filter.$or.some((subQuery) => matchFilter(record, subQuery, strict)) : "$nor" in filter && Array.isArray(filter.$nor) ? !filter.$nor.some((subQuery) => matchFilter(record, subQuery, strict)) : Object.entries(filter).every(([field, condition]) => {
    let value = resolve(record, field);
    return typeof condition != "object" || condition === null || Array.isArray(condition) ? equals(value, condition, strict) : Object.entries(condition || {}).every(([operator, target]) => operator === "$gt" ? value != null && value > target : operator === "$gte" ? value != null && value >= target : operator === "$lt" ? value != null && value < target : operator === "$lte" ? value != null && value <= target : operator === "$eq" ? equals(value, target, strict) : operator === "$ne" ? !equals(value, target, strict) : operator === "$in" ? Array.isArray(target) && matchesIn(value, target, strict) : operator === "$nin" ? Array.isArray(target) && !matchesIn(value, target, strict) : operator === "$not" ? !matchFilter({ value }, { value: target }, strict) : !0);
  });
}
function matchesIn(value, targets, strict) {
  return targets.some((target) => equals(value, target, strict) || Array.isArray(value) && value.some((element) => equals(element, target, strict)));
}
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = !0, bloomFilters, schemaElements }) {
  if (!filter) return !1;
  if ("$and" in filter && Array.isArray(filter.$and))
    return filter.$and.some((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  if ("$or" in filter && Array.isArray(filter.$or))
    return filter.$or.every((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  if ("$nor" in filter && Array.isArray(filter.$nor))
    return !1;
  for (let [field, condition] of Object.entries(filter)) {
    let columnIndex = physicalColumns.indexOf(field);
    if (columnIndex === -1) continue;
    let stats = rowGroup.columns[columnIndex].meta_data?.statistics, { min, max, min_value, max_value, null_count: nullCount } = stats || {}, minVal = min_value !== void 0 ? min_value : min, maxVal = max_value !== void 0 ? max_value : max, haveStats = minVal !== void 0 && maxVal !== void 0, bloom = bloomFilters?.[field], element = schemaElements?.[field], matchingNulls = matchFilter({ value: null }, { value: condition }, strict) && (nullCount === void 0 || nullCount > 0);
    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element))
      return !0;
    for (let [operator, target] of Object.entries(condition || {}))
      if (bloom && element) {
        if (operator === "$eq") {
          let hash = hashParquetValue(target, element);
          if (hash !== void 0 && !sbbfContains(bloom.blocks, hash)) return !0;
        }
        if (operator === "$in" && Array.isArray(target) && target.length > 0) {
          let allAbsent = !0;
          for (let v of target) {
            let h = hashParquetValue(v, element);
            if (h === void 0 || sbbfContains(bloom.blocks, h)) {
              allAbsent = !1;
              break;
            }
          }
          if (allAbsent) return !0;
        }
      }
  }
  return !1;
}
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === void 0 || maxVal === void 0) return !1;
  let mayContainNaN = element?.type === "FLOAT" || element?.type === "DOUBLE" || element?.logical_type?.type === "FLOAT16";
  for (let [operator, target] of Object.entries(condition || {})) {
    let minComparison = compareParquetValues(minVal, target, strict, element), maxComparison = compareParquetValues(maxVal, target, strict, element), relationalBoundsAreSafe = !(minVal instanceof Uint8Array || maxVal instanceof Uint8Array) && (element?.type !== "BYTE_ARRAY" || typeof target == "string" && [...target].every((character) => character.charCodeAt(0) <= 127));
    if (operator === "$gt" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison <= 0 || operator === "$gte" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison < 0 || operator === "$lt" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison >= 0 || operator === "$lte" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison > 0) return !0;
    if (operator === "$eq") {
      let targetMinComparison = compareParquetValues(target, minVal, strict, element), targetMaxComparison = compareParquetValues(target, maxVal, strict, element);
      if (targetMinComparison !== void 0 && targetMinComparison < 0 || targetMaxComparison !== void 0 && targetMaxComparison > 0) return !0;
    }
    if (operator === "$ne" && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict) || operator === "$in" && Array.isArray(target) && target.every((value) => {
      let valueMinComparison = compareParquetValues(value, minVal, strict, element), valueMaxComparison = compareParquetValues(value, maxVal, strict, element);
      return valueMinComparison !== void 0 && valueMinComparison < 0 || valueMaxComparison !== void 0 && valueMaxComparison > 0;
    }) || operator === "$nin" && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some((value) => equals(minVal, value, strict))) return !0;
  }
  return !1;
}
function compareParquetValues(a, b, strict, element) {
  if (element?.type === "BYTE_ARRAY")
    return typeof a != "string" || typeof b != "string" ? void 0 : compareBytes(encoder.encode(a), encoder.encode(b));
  if (a instanceof Uint8Array || b instanceof Uint8Array)
    return !(a instanceof Uint8Array) || !(b instanceof Uint8Array) ? void 0 : compareBytes(a, b);
  if (a < b) return -1;
  if (a > b) return 1;
  if (equals(a, b, strict)) return 0;
}
function compareBytes(a, b) {
  let length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict);
}
function filterPageRanges(filter, columnPages, groupRows, strict = !0) {
  if (!filter) return;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    let ranges;
    for (let subFilter of filter.$and)
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict));
    return ranges;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    let ranges = [];
    for (let subFilter of filter.$or) {
      let subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict);
      if (!subRanges) return;
      ranges = unionRanges(ranges, subRanges);
    }
    return ranges;
  }
  if ("$nor" in filter && Array.isArray(filter.$nor))
    return;
  let result;
  for (let [field, condition] of Object.entries(filter)) {
    let pages = columnPages[field];
    if (!pages) continue;
    let nullCanMatch = matchesNull(condition, strict), keep = [];
    for (let i = 0; i < pages.pageStarts.length; i++) {
      let start = pages.pageStarts[i], end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows, nullCount = pages.nullCounts?.[i], matchingNulls = nullCanMatch && (nullCount === void 0 || nullCount > 0);
      if (!(!pages.nullPages[i] && !matchingNulls && canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element))) {
        let last = keep[keep.length - 1];
        last && last[1] === start ? last[1] = end : keep.push([start, end]);
      }
    }
    result = intersectRanges(result, keep);
  }
  return result;
}
function intersectRanges(a, b) {
  if (!a) return b;
  if (!b) return a;
  let out = [], i = 0, j = 0;
  for (; i < a.length && j < b.length; ) {
    let start = Math.max(a[i][0], b[j][0]), end = Math.min(a[i][1], b[j][1]);
    start < end && out.push([start, end]), a[i][1] < b[j][1] ? i++ : j++;
  }
  return out;
}
function unionRanges(a, b) {
  let out = [], i = 0, j = 0;
  for (; i < a.length || j < b.length; ) {
    let next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++], last = out[out.length - 1];
    last && next[0] <= last[1] ? last[1] = Math.max(last[1], next[1]) : out.push([next[0], next[1]]);
  }
  return out;
}
function resolve(record, path3) {
  let value = record;
  for (let part of path3.split("."))
    value = value?.[part];
  return value;
}

// node_modules/hyparquet/src/plan.js
var runLimit = 1 << 21, columnGapLimit = 8192;
function parquetPlan(options) {
  let { metadata, rowStart = 0, columns, useOffsetIndex = !1 } = options;
  if (!metadata) throw new Error("parquetPlan requires metadata");
  let groups = [], fetches = [], indexes = [], scanPlan = parquetPlanGroups(options);
  for (let group of scanPlan.groups) {
    let groupPlan = parquetPlanGroup({ ...group, columns, useOffsetIndex });
    groups.push(...groupPlan.groups), fetches.push(...groupPlan.fetches), indexes.push(...groupPlan.indexes);
  }
  return fetches.push(...indexes), { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups };
}
function parquetPlanGroups({ metadata, rowStart = 0, rowEnd = 1 / 0, columns, filter, filterStrict = !0, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error("parquetPlan requires metadata");
  let schemaTree2 = parquetSchema(metadata), physicalColumns = getPhysicalColumns(schemaTree2), elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  } : schemaElements, groups = [], groupStart = 0;
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    let rowGroup = metadata.row_groups[groupIndex], groupRows = Number(rowGroup.num_rows), groupEnd = groupStart + groupRows;
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath
    })) {
      let selectStart = Math.max(rowStart - groupStart, 0), selectEnd = Math.min(rowEnd - groupStart, groupRows), pageRanges = pageRangesByGroup?.[groupIndex], pageLocations = pageLocationsByGroup?.[groupIndex], ranges = pageRanges ? pageRanges.map(([start, end]) => [Math.max(start, selectStart), Math.min(end, selectEnd)]).filter(([start, end]) => start < end) : [[selectStart, selectEnd]];
      ranges.length > 1 && (ranges = rowGroup.columns.every((chunk) => {
        let columnName = chunk.meta_data?.path_in_schema[0], columnPath = chunk.meta_data?.path_in_schema.join(".");
        return columns && columnName && !columns.includes(columnName) ? !0 : !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath]);
      }) ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) : [[ranges[0][0], ranges[ranges.length - 1][1]]]), ranges.length && groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations });
    }
    groupStart = groupEnd;
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart };
}
function parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = !1, pageRanges, pageLocations }) {
  let chunks = [], fetches = [], indexes = [], narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows;
  for (let chunk of rowGroup.columns) {
    let meta = chunk.meta_data;
    if (chunk.file_path) throw new Error("parquet file_path not supported");
    if (!meta) throw new Error("parquet column metadata is undefined");
    if (columns && !columns.includes(meta.path_in_schema[0])) continue;
    let columnOffset = meta.dictionary_page_offset || meta.data_page_offset, startByte = Number(columnOffset), endByte = Number(columnOffset + meta.total_compressed_size), chunkPageLocations = pageLocations?.[meta.path_in_schema.join(".")];
    if (chunkPageLocations && narrowed)
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } });
    else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      let startByte2 = Number(chunk.offset_index_offset);
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte: startByte2, endByte: startByte2 + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte }
      });
    } else
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } });
  }
  let columnRanges = [], run;
  for (let chunk of chunks)
    "pageLocations" in chunk || ("offsetIndex" in chunk ? indexes.push(chunk.offsetIndex) : columns ? columnRanges.push(chunk.range) : run && chunk.range.endByte - run.startByte <= runLimit ? run.endByte = chunk.range.endByte : (run && fetches.push(run), run = { ...chunk.range }));
  return run && fetches.push(run), fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit)), { groups: ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd
  })), fetches, indexes };
}
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  let selectedPageLayouts = rowGroup.columns.filter((chunk) => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || "")).map((chunk) => pageLocations?.[chunk.meta_data?.path_in_schema.join(".") || ""]), merged = [];
  for (let range of ranges) {
    let last = merged[merged.length - 1], overlapsPage = last && selectedPageLayouts.some((pages) => {
      if (!pages) return !0;
      let lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows)), rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows));
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1];
    });
    last && overlapsPage ? last[1] = range[1] : merged.push([...range]);
  }
  return merged;
}
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = 1 / 0, last = -1 / 0;
  for (let i = 0; i < pages.length; i++) {
    let pageStart = Number(pages[i].first_row_index);
    (i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows) > rangeStart && pageStart < rangeEnd && (first = Math.min(first, i), last = i);
  }
  return [first, last];
}
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = !0 }) {
  let result = metadata.row_groups.map(() => (
    /** @type {Record<string, BloomFilter>} */
    {}
  )), eligibleCols = bloomEligibleColumns(filter);
  if (eligibleCols.size === 0) return result;
  let physicalColumns = getPhysicalColumns(parquetSchema(metadata)), tasks = [];
  return metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (!canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict }))
      for (let colName of eligibleCols) {
        let columnIdx = physicalColumns.indexOf(colName);
        if (columnIdx === -1) continue;
        let meta = rowGroup.columns[columnIdx]?.meta_data;
        if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue;
        let start = Number(meta.bloom_filter_offset), end = start + meta.bloom_filter_length;
        tasks.push((async () => {
          let buffer = await file.slice(start, end), bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 });
          bloom && (result[rgIdx][colName] = bloom);
        })());
      }
  }), tasks.length && await Promise.all(tasks), result;
}
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = !0, rowStart = 0, rowEnd = 1 / 0, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  let pageRangesByGroup = metadata.row_groups.map(() => {
  }), pageLocationsByGroup = metadata.row_groups.map(() => (
    /** @type {Record<string, PageLocation[]>} */
    {}
  ));
  if (filter && "$nor" in filter && Array.isArray(filter.$nor))
    return { pageRangesByGroup, pageLocationsByGroup };
  let filterColumns = pathsNeededForFilter(filter);
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup };
  let schemaTree2 = parquetSchema(metadata), physicalColumns = getPhysicalColumns(schemaTree2), elementsByPath = {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  }, indexRanges = [], indexTasks = [], candidateGroups = [], groupStart = 0;
  if (metadata.row_groups.forEach((rowGroup, rgIdx) => {
    let groupRows = Number(rowGroup.num_rows), groupEnd = groupStart + groupRows, overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd;
    if (groupStart = groupEnd, !overlaps || canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return;
    let columnPages = {}, columnTaskCount = 0, scheduledOffsetPaths = /* @__PURE__ */ new Set(), hasFilterIndex = !1;
    for (let columnName of filterColumns) {
      let columnIdx = physicalColumns.indexOf(columnName);
      if (columnIdx === -1) continue;
      let chunk = rowGroup.columns[columnIdx];
      if (!chunk?.meta_data || !chunk.column_index_offset || !chunk.column_index_length || !chunk.offset_index_offset || !chunk.offset_index_length) continue;
      let element = elementsByPath[columnName];
      if (!element) continue;
      hasFilterIndex = !0, scheduledOffsetPaths.add(columnName);
      let columnIndexStart = Number(chunk.column_index_offset), offsetIndexStart = Number(chunk.offset_index_offset), columnIndexEnd = columnIndexStart + chunk.column_index_length, offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      ), columnTaskCount++, indexTasks.push(async (prefetchedFile) => {
        let [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
        ]), columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers), offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations, columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map((page) => Number(page.first_row_index)),
          element
        };
      });
    }
    if (hasFilterIndex)
      for (let chunk of rowGroup.columns) {
        let meta = chunk.meta_data;
        if (!meta) continue;
        let columnName = meta.path_in_schema[0], columnPath = meta.path_in_schema.join(".");
        if (columns && !columns.includes(columnName) || scheduledOffsetPaths.has(columnPath) || !chunk.offset_index_offset || !chunk.offset_index_length) continue;
        scheduledOffsetPaths.add(columnPath);
        let offsetIndexStart = Number(chunk.offset_index_offset), offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd }), columnTaskCount++, indexTasks.push(async (prefetchedFile) => {
          let offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd), offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations;
        });
      }
    columnTaskCount && candidateGroups.push({ rgIdx, groupRows, columnPages });
  }), indexTasks.length) {
    let prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) });
    await Promise.all(indexTasks.map((task) => task(prefetchedFile)));
    for (let { rgIdx, groupRows, columnPages } of candidateGroups)
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict);
  }
  return { pageRangesByGroup, pageLocationsByGroup };
}
function coalesceByteRanges(ranges, maxGap = 0, maxSize = 1 / 0) {
  let sorted = ranges.map((range) => ({ ...range })).sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte), merged = [];
  for (let range of sorted) {
    let last = merged[merged.length - 1];
    last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize ? last.endByte = Math.max(last.endByte, range.endByte) : merged.push(range);
  }
  return merged;
}
function physicalSchemaElements(schemaTree2) {
  let elements = {};
  function traverse(node) {
    if (node.children.length)
      for (let child of node.children) traverse(child);
    else
      elements[node.path.join(".")] = node.element;
  }
  return traverse(schemaTree2), elements;
}
function prefetchAsyncBuffer(file, { fetches }) {
  let promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte));
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      let index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte);
      if (index < 0)
        return file.slice(start, end);
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        let startOffset = start - fetches[index].startByte, endOffset = end - fetches[index].startByte;
        return promises[index] instanceof Promise ? promises[index].then((buffer) => buffer.slice(startOffset, endOffset)) : promises[index].slice(startOffset, endOffset);
      } else
        return promises[index];
    }
  };
}

// node_modules/hyparquet/src/variant.js
var decoder3 = new TextDecoder(), metadataCache = /* @__PURE__ */ new WeakMap();
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value))
    return value.map((entry) => decodeVariantColumn(entry, parsers));
  if (typeof value != "object") return value;
  if ("metadata" in value) {
    let metadata = parseVariantMetadata(value.metadata), shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers), binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers);
    return shreddedFields && binaryValue ? { ...binaryValue, ...shreddedFields } : shreddedFields ?? binaryValue;
  }
  return value;
}
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue;
  if (typedValue && typeof typedValue == "object" && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ("typed_value" in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== void 0)
      return decodeTypedValue(typedValue.typed_value, metadata, parsers);
    if ("value" in typedValue && typedValue.value instanceof Uint8Array)
      return readVariant(makeReader(typedValue.value), metadata, parsers);
    if ("typed_value" in typedValue || "value" in typedValue)
      return null;
    let result = {};
    for (let [key, field] of Object.entries(typedValue))
      metadata.dictionary.includes(key) && (result[key] = decodeTypedValue(field, metadata, parsers));
    return result;
  }
  return typedValue instanceof Uint8Array ? readVariant(makeReader(typedValue), metadata, parsers) : Array.isArray(typedValue) ? typedValue.map((element) => decodeTypedValue(element, metadata, parsers)) : typedValue;
}
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer);
  bufferCache || (bufferCache = /* @__PURE__ */ new Map(), metadataCache.set(bytes.buffer, bufferCache));
  let key = `${bytes.byteOffset}:${bytes.byteLength}`, cached = bufferCache.get(key);
  if (cached) return cached;
  let reader = makeReader(bytes), header = reader.view.getUint8(reader.offset++), version = header & 15;
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`);
  let sorted = (header >> 4 & 1) === 1, offsetSize = (header >> 6 & 3) + 1, dictionarySize = readUnsigned(reader, offsetSize), offsets = new Array(dictionarySize + 1);
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = readUnsigned(reader, offsetSize);
  let base = reader.offset, dictionary = new Array(dictionarySize);
  for (let i = 0; i < dictionarySize; i++) {
    let start = offsets[i], end = offsets[i + 1], strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start);
    dictionary[i] = decoder3.decode(strBytes);
  }
  let metadata = { dictionary, sorted };
  return bufferCache.set(key, metadata), metadata;
}
function readUnsigned(reader, byteWidth2) {
  let value = 0;
  for (let i = 0; i < byteWidth2; i++)
    value |= reader.view.getUint8(reader.offset + i) << i * 8;
  return reader.offset += byteWidth2, value;
}
function readVariant(reader, metadata, parsers) {
  let typeByte = reader.view.getUint8(reader.offset++), basicType = typeByte & 3, header = typeByte >> 2;
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers);
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers);
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers);
  let bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header);
  return reader.offset += header, decoder3.decode(bytes);
}
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
    case 0:
      return null;
    case 1:
      return !0;
    case 2:
      return !1;
    case 3: {
      let value = reader.view.getInt8(reader.offset);
      return reader.offset += 1, value;
    }
    case 4: {
      let value = reader.view.getInt16(reader.offset, !0);
      return reader.offset += 2, value;
    }
    case 5: {
      let value = reader.view.getInt32(reader.offset, !0);
      return reader.offset += 4, value;
    }
    case 6: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 7: {
      let value = reader.view.getFloat64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 8:
      return readVariantDecimal(reader, 4);
    case 9:
      return readVariantDecimal(reader, 8);
    case 10:
      return readVariantDecimal(reader, 16);
    case 11: {
      let value = reader.view.getInt32(reader.offset, !0);
      return reader.offset += 4, parsers.dateFromDays(value);
    }
    case 12:
    // timestamp_micros (utc)
    case 13: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, parsers.timestampFromMicroseconds(value);
    }
    case 14: {
      let value = reader.view.getFloat32(reader.offset, !0);
      return reader.offset += 4, value;
    }
    case 15:
      return readVariantBinary(reader);
    case 16: {
      let bytes = readVariantBinary(reader);
      return decoder3.decode(bytes);
    }
    case 17: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 18:
    // timestamp_nanos (utc)
    case 19: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, parsers.timestampFromNanoseconds(value);
    }
    case 20: {
      let bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16);
      reader.offset += 16;
      let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    default:
      throw new Error(`parquet unsupported variant primitive type: ${typeId}`);
  }
}
function readVariantObject(reader, header, metadata, parsers) {
  let offsetWidth = (header & 3) + 1, idWidth = (header >> 2 & 3) + 1, numElements = header >> 4 & 1 ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++), fieldIds = new Array(numElements);
  for (let i = 0; i < numElements; i++)
    fieldIds[i] = readUnsigned(reader, idWidth);
  let offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = readUnsigned(reader, offsetWidth);
  let out = {};
  for (let i = 0; i < numElements; i++) {
    let key = metadata.dictionary[fieldIds[i]], valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i]
    };
    out[key] = readVariant(valueReader, metadata, parsers);
  }
  return reader.offset += offsets[offsets.length - 1], out;
}
function readVariantArray(reader, header, metadata, parsers) {
  let fieldOffsetSize = header & 3, isLarge = header >> 2 & 1, offsetWidth = fieldOffsetSize + 1, numElements = readUnsigned(reader, isLarge ? 4 : 1), offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = readUnsigned(reader, offsetWidth);
  let valuesStart = reader.offset, result = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    let valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i]
    };
    result[i] = readVariant(valueReader, metadata, parsers);
  }
  return reader.offset = valuesStart + offsets[offsets.length - 1], result;
}
function readVariantDecimal(reader, width) {
  let scale = reader.view.getUint8(reader.offset);
  reader.offset += 1;
  let unscaled;
  if (width === 4)
    unscaled = BigInt(reader.view.getInt32(reader.offset, !0)), reader.offset += 4;
  else if (width === 8)
    unscaled = reader.view.getBigInt64(reader.offset, !0), reader.offset += 8;
  else {
    let low = reader.view.getBigUint64(reader.offset, !0);
    unscaled = reader.view.getBigInt64(reader.offset + 8, !0) << 64n | low, reader.offset += 16;
  }
  return Number(unscaled) / 10 ** scale;
}
function readVariantBinary(reader) {
  let length = reader.view.getUint32(reader.offset, !0);
  reader.offset += 4;
  let bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
  return reader.offset += length, bytes;
}

// node_modules/hyparquet/src/assemble.js
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  let maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values;
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel);
  }
  let n = definitionLevels?.length || repetitionLevels.length, repetitionPath = schemaPath.map(({ element }) => element.repetition_type), valueIndex = 0, containerStack = [output], currentContainer = output, currentDepth = 0, currentDefLevel = 0, currentRepLevel = 0;
  if (repetitionLevels[0])
    for (; currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]; )
      currentDepth++, repetitionPath[currentDepth] !== "REQUIRED" && (currentContainer = currentContainer.at(-1), containerStack.push(currentContainer), currentDefLevel++), repetitionPath[currentDepth] === "REPEATED" && currentRepLevel++;
  for (let i = 0; i < n; i++) {
    let def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel, rep = repetitionLevels[i];
    for (; currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== "REPEATED"); )
      repetitionPath[currentDepth] !== "REQUIRED" && (containerStack.pop(), currentDefLevel--), repetitionPath[currentDepth] === "REPEATED" && currentRepLevel--, currentDepth--;
    for (currentContainer = containerStack.at(-1); (currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === "REPEATED") && (currentDefLevel < def || repetitionPath[currentDepth + 1] === "REQUIRED"); ) {
      if (currentDepth++, repetitionPath[currentDepth] !== "REQUIRED") {
        let newList = [];
        currentContainer.push(newList), currentContainer = newList, containerStack.push(newList), currentDefLevel++;
      }
      repetitionPath[currentDepth] === "REPEATED" && currentRepLevel++;
    }
    def === maxDefinitionLevel ? currentContainer.push(values[valueIndex++]) : currentDepth === repetitionPath.length - 2 ? currentContainer.push(repetitionPath[currentDepth + 1] === "REPEATED" ? [] : null) : currentContainer.push([]);
  }
  if (!output.length)
    for (let i = 0; i < maxDefinitionLevel; i++) {
      let newList = [];
      currentContainer.push(newList), currentContainer = newList;
    }
  return output;
}
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  let path3 = schema.path.join("."), optional = schema.element.repetition_type === "OPTIONAL", nextDepth = optional ? depth + 1 : depth;
  if (isListLike(schema)) {
    let sublist = schema.children[0], subDepth = nextDepth;
    sublist.children.length === 1 && (sublist = sublist.children[0], subDepth++), assembleNested(subcolumnData, sublist, parsers, subDepth);
    let subcolumn = sublist.path.join("."), values = subcolumnData.get(subcolumn);
    if (!values) throw new Error("parquet list column missing values");
    optional && flattenAtDepth(values, depth), subcolumnData.set(path3, values), subcolumnData.delete(subcolumn);
    return;
  }
  if (isMapLike(schema)) {
    let mapName = schema.children[0].element.name;
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1), assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1);
    let keys = subcolumnData.get(`${path3}.${mapName}.key`), values = subcolumnData.get(`${path3}.${mapName}.value`);
    if (!keys) throw new Error("parquet map column missing keys");
    if (!values) throw new Error("parquet map column missing values");
    if (keys.length !== values.length)
      throw new Error("parquet map column key/value length mismatch");
    let out = assembleMaps(keys, values, nextDepth);
    optional && flattenAtDepth(out, depth), subcolumnData.delete(`${path3}.${mapName}.key`), subcolumnData.delete(`${path3}.${mapName}.value`), subcolumnData.set(path3, out);
    return;
  }
  if (schema.children.length) {
    let invertDepth = schema.element.repetition_type === "REQUIRED" ? depth : depth + 1, struct = {};
    for (let child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth);
      let childData = subcolumnData.get(child.path.join("."));
      if (!childData) throw new Error("parquet struct missing child data");
      struct[child.element.name] = childData;
    }
    for (let child of schema.children)
      subcolumnData.delete(child.path.join("."));
    let inverted = invertStruct(struct, invertDepth);
    schema.element.logical_type?.type === "VARIANT" && (inverted = decodeVariantColumn(inverted, parsers)), optional && flattenAtDepth(inverted, depth), subcolumnData.set(path3, inverted);
  }
}
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++)
    depth ? flattenAtDepth(arr[i], depth - 1) : arr[i] = arr[i].length ? arr[i][0] : null;
}
function assembleMaps(keys, values, depth) {
  let out = [];
  for (let i = 0; i < keys.length; i++)
    if (depth)
      out.push(assembleMaps(keys[i], values[i], depth - 1));
    else if (keys[i]) {
      let obj = {};
      for (let j = 0; j < keys[i].length; j++) {
        let value = values[i][j];
        obj[keys[i][j]] = value === void 0 ? null : value;
      }
      out.push(obj);
    } else
      out.push(void 0);
  return out;
}
function invertStruct(struct, depth) {
  let keys = Object.keys(struct), length = struct[keys[0]]?.length, out = [];
  for (let i = 0; i < length; i++) {
    let obj = {};
    for (let key of keys) {
      if (struct[key].length !== length) throw new Error("parquet struct parsing error");
      obj[key] = struct[key][i];
    }
    depth ? out.push(invertStruct(obj, depth - 1)) : out.push(obj);
  }
  return out;
}

// node_modules/hyparquet/src/alp.js
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18
], POW10_NEG = [
  1,
  0.1,
  0.01,
  1e-3,
  1e-4,
  1e-5,
  1e-6,
  1e-7,
  1e-8,
  1e-9,
  1e-10,
  1e-11,
  1e-12,
  1e-13,
  1e-14,
  1e-15,
  1e-16,
  1e-17,
  1e-18
], POW10F = POW10.slice(0, 11).map(Math.fround), POW10F_NEG = POW10_NEG.slice(0, 11).map(Math.fround);
function alpDecode(reader, count, type) {
  if (type === "FLOAT")
    return alpDecodeFloat(reader, count);
  if (type === "DOUBLE")
    return alpDecodeDouble(reader, count);
  throw new Error(`ALP encoding unsupported type: ${type}`);
}
function readAlpHeader(reader) {
  let { view } = reader, compressionMode = view.getUint8(reader.offset++);
  if (compressionMode !== 0)
    throw new Error(`ALP unsupported compression mode: ${compressionMode}`);
  let integerEncoding = view.getUint8(reader.offset++);
  if (integerEncoding !== 0)
    throw new Error(`ALP unsupported integer encoding: ${integerEncoding}`);
  let logVectorSize = view.getUint8(reader.offset++);
  if (logVectorSize < 3 || logVectorSize > 15)
    throw new Error(`ALP invalid log_vector_size: ${logVectorSize}`);
  let vectorSize = 1 << logVectorSize, numElements = view.getInt32(reader.offset, !0);
  reader.offset += 4;
  let numVectors = Math.ceil(numElements / vectorSize), offsetArrayStart = reader.offset;
  return reader.offset += numVectors * 4, { vectorSize, numElements, numVectors, offsetArrayStart };
}
function alpDecodeFloat(reader, count) {
  let { view } = reader, { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader);
  if (numElements !== count)
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`);
  let output = new Float32Array(count), outputBytes = new Uint8Array(output.buffer);
  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, !0);
    let outputOffset = v * vectorSize, n = Math.min(vectorSize, numElements - outputOffset), exponent = view.getUint8(reader.offset++), factor = view.getUint8(reader.offset++), numExceptions = view.getUint16(reader.offset, !0);
    reader.offset += 2;
    let frameOfReference = view.getInt32(reader.offset, !0);
    reader.offset += 4;
    let bitWidth2 = view.getUint8(reader.offset++), deltas = unpackBits(reader, n, bitWidth2), mulFactor = POW10F[factor], mulExponent = POW10F_NEG[exponent];
    for (let i = 0; i < n; i++) {
      let encoded = deltas[i] + frameOfReference | 0;
      output[outputOffset + i] = Math.fround(Math.fround(encoded) * mulFactor) * mulExponent;
    }
    patchExceptions(reader, numExceptions, 4, outputBytes, outputOffset);
  }
  return output;
}
function alpDecodeDouble(reader, count) {
  let { view } = reader, { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader);
  if (numElements !== count)
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`);
  let output = new Float64Array(count), outputBytes = new Uint8Array(output.buffer);
  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, !0);
    let outputOffset = v * vectorSize, n = Math.min(vectorSize, numElements - outputOffset), exponent = view.getUint8(reader.offset++), factor = view.getUint8(reader.offset++), numExceptions = view.getUint16(reader.offset, !0);
    reader.offset += 2;
    let frameOfReference = view.getBigInt64(reader.offset, !0);
    reader.offset += 8;
    let bitWidth2 = view.getUint8(reader.offset++), mulFactor = POW10[factor], mulExponent = POW10_NEG[exponent], forNumber = Number(frameOfReference);
    if (bitWidth2 <= 32 && Number.isSafeInteger(forNumber)) {
      let deltas = unpackBits(reader, n, bitWidth2);
      for (let i = 0; i < n; i++)
        output[outputOffset + i] = (deltas[i] + forNumber) * mulFactor * mulExponent;
    } else {
      let deltas = unpackBitsBig(reader, n, bitWidth2);
      for (let i = 0; i < n; i++) {
        let encoded = BigInt.asIntN(64, deltas[i] + frameOfReference);
        output[outputOffset + i] = Number(encoded) * mulFactor * mulExponent;
      }
    }
    patchExceptions(reader, numExceptions, 8, outputBytes, outputOffset);
  }
  return output;
}
function patchExceptions(reader, numExceptions, byteSize, outputBytes, outputOffset) {
  if (!numExceptions) return;
  let { view } = reader, positionsStart = reader.offset, valuesStart = positionsStart + numExceptions * 2, source = new Uint8Array(view.buffer, view.byteOffset + valuesStart, numExceptions * byteSize);
  for (let e = 0; e < numExceptions; e++) {
    let pos = view.getUint16(positionsStart + e * 2, !0), dest = (outputOffset + pos) * byteSize;
    outputBytes.set(source.subarray(e * byteSize, (e + 1) * byteSize), dest);
  }
  reader.offset = valuesStart + numExceptions * byteSize;
}
function unpackBits(reader, count, bitWidth2) {
  let output = new Uint32Array(count);
  if (!bitWidth2) return output;
  let { view } = reader, start = reader.offset, modulus = 2 ** bitWidth2, bitPos = 0;
  for (let i = 0; i < count; i++) {
    let byteIndex = start + (bitPos >>> 3), shift = bitPos & 7, value = view.getUint8(byteIndex++) >>> shift, bits = 8 - shift;
    for (; bits < bitWidth2; )
      value += view.getUint8(byteIndex++) * 2 ** bits, bits += 8;
    output[i] = value % modulus, bitPos += bitWidth2;
  }
  return reader.offset = start + Math.ceil(count * bitWidth2 / 8), output;
}
function unpackBitsBig(reader, count, bitWidth2) {
  let output = new BigUint64Array(count);
  if (!bitWidth2) return output;
  let { view } = reader, start = reader.offset, mask = (1n << BigInt(bitWidth2)) - 1n, buffer = 0n, bitsInBuffer = 0, byteIndex = start;
  for (let i = 0; i < count; i++) {
    for (; bitsInBuffer < bitWidth2; )
      buffer |= BigInt(view.getUint8(byteIndex++)) << BigInt(bitsInBuffer), bitsInBuffer += 8;
    output[i] = buffer & mask, buffer >>= BigInt(bitWidth2), bitsInBuffer -= bitWidth2;
  }
  return reader.offset = start + Math.ceil(count * bitWidth2 / 8), output;
}

// node_modules/hyparquet/src/delta.js
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output);
    return;
  }
  let blockSize = readVarInt(reader), miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZagBigInt(reader), outputIndex = 0;
  output[outputIndex++] = value;
  let valuesPerMiniblock = blockSize / miniblockPerBlock;
  for (; outputIndex < count; ) {
    let minDelta = readZigZagBigInt(reader), bitWidths = new Uint8Array(miniblockPerBlock);
    for (let i = 0; i < miniblockPerBlock; i++)
      bitWidths[i] = reader.view.getUint8(reader.offset++);
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      let bitWidth2 = bitWidths[i];
      if (bitWidth2) {
        let bitpackPos = 0, miniblockCount = valuesPerMiniblock, mask = (1n << BigInt(bitWidth2)) - 1n;
        for (; miniblockCount && outputIndex < count; ) {
          let bits = BigInt(reader.view.getUint32(reader.offset, !0) >>> bitpackPos) & mask;
          for (bitpackPos += bitWidth2; bitpackPos >= 32; )
            bitpackPos -= 32, reader.offset += 4, bitpackPos && (bits |= BigInt(reader.view.getUint32(reader.offset, !0)) << BigInt(bitWidth2 - bitpackPos) & mask);
          let delta = minDelta + bits;
          value += delta, output[outputIndex++] = value, miniblockCount--;
        }
        miniblockCount && (reader.offset += Math.ceil((miniblockCount * bitWidth2 + bitpackPos) / 8));
      } else
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++)
          value += minDelta, output[outputIndex++] = value;
    }
  }
}
function deltaBinaryUnpackInt32(reader, count, output) {
  let blockSize = readVarInt(reader), miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZag(reader), outputIndex = 0;
  output[outputIndex++] = value;
  let valuesPerMiniblock = blockSize / miniblockPerBlock, { view } = reader;
  for (; outputIndex < count; ) {
    let minDelta = readZigZagInt33(reader), bitWidthsOffset = reader.offset, offset = bitWidthsOffset + miniblockPerBlock;
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      let bitWidth2 = view.getUint8(bitWidthsOffset + i), end = offset + valuesPerMiniblock * bitWidth2 / 8, bitOffset = 0;
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0, bitsRead = 0;
        for (; bitsRead < bitWidth2; ) {
          let bitsToRead = Math.min(8 - bitOffset, bitWidth2 - bitsRead);
          bitsRead < 32 && (residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead), bitsRead += bitsToRead, bitOffset += bitsToRead, bitOffset === 8 && (bitOffset = 0, offset++);
        }
        value = value + minDelta + residual | 0, output[outputIndex++] = value;
      }
      offset = end;
    }
    reader.offset = offset;
  }
}
function readZigZagInt33(reader) {
  let start = reader.offset, low = readVarInt(reader), high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0;
  return (low >>> 1 | high << 31) ^ -(low & 1);
}
function deltaLengthByteArray(reader, count, output) {
  let lengths = new Int32Array(count);
  deltaBinaryUnpack(reader, count, lengths);
  for (let i = 0; i < count; i++)
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i]), reader.offset += lengths[i];
}
function deltaByteArray(reader, count, output) {
  let prefixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, prefixData);
  let suffixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, suffixData);
  for (let i = 0; i < count; i++) {
    let suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i]);
    prefixData[i] ? (output[i] = new Uint8Array(prefixData[i] + suffixData[i]), output[i].set(output[i - 1].subarray(0, prefixData[i])), output[i].set(suffix, prefixData[i])) : output[i] = suffix, reader.offset += suffixData[i];
  }
}

// node_modules/hyparquet/src/encoding.js
function readRleBitPackedHybrid(reader, width, output, length) {
  length === void 0 && (length = reader.view.getUint32(reader.offset, !0), reader.offset += 4);
  let startOffset = reader.offset, seen = 0;
  for (; seen < output.length; ) {
    let header = readVarInt(reader);
    if (header & 1)
      seen = readBitPacked(reader, header, width, output, seen);
    else {
      let count = header >>> 1;
      readRle(reader, count, width, output, seen), seen += count;
    }
  }
  reader.offset = startOffset + length;
}
function readRle(reader, count, bitWidth2, output, seen) {
  let width = bitWidth2 + 7 >> 3, value = 0;
  for (let i = 0; i < width; i++)
    value |= reader.view.getUint8(reader.offset++) << (i << 3);
  for (let i = 0; i < count; i++)
    output[seen + i] = value;
}
function readBitPacked(reader, header, bitWidth2, output, seen) {
  let count = header >> 1 << 3, mask = (1 << bitWidth2) - 1, data = 0;
  if (reader.offset < reader.view.byteLength)
    data = reader.view.getUint8(reader.offset++);
  else if (mask)
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`);
  let left = 8, right = 0;
  for (; count; )
    right > 8 ? (right -= 8, left -= 8, data >>>= 8) : left - right < bitWidth2 ? (data |= reader.view.getUint8(reader.offset) << left, reader.offset++, left += 8) : (seen < output.length && (output[seen++] = data >> right & mask), count--, right += bitWidth2);
  return seen;
}
function byteStreamSplit(reader, count, type, typeLength) {
  let width = byteWidth(type, typeLength), bytes = new Uint8Array(count * width);
  for (let b = 0; b < width; b++)
    for (let i = 0; i < count; i++)
      bytes[i * width + b] = reader.view.getUint8(reader.offset++);
  if (type === "FLOAT") return new Float32Array(bytes.buffer);
  if (type === "DOUBLE") return new Float64Array(bytes.buffer);
  if (type === "INT32") return new Int32Array(bytes.buffer);
  if (type === "INT64") return new BigInt64Array(bytes.buffer);
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    let split = new Array(count);
    for (let i = 0; i < count; i++)
      split[i] = bytes.subarray(i * width, (i + 1) * width);
    return split;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
}
function byteWidth(type, typeLength) {
  switch (type) {
    case "INT32":
    case "FLOAT":
      return 4;
    case "INT64":
    case "DOUBLE":
      return 8;
    case "FIXED_LEN_BYTE_ARRAY":
      if (!typeLength) throw new Error("parquet byteWidth missing type_length");
      return typeLength;
    default:
      throw new Error(`parquet unsupported type: ${type}`);
  }
}

// node_modules/hyparquet/src/plain.js
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return [];
  if (type === "BOOLEAN")
    return readPlainBoolean(reader, count);
  if (type === "INT32")
    return readPlainInt32(reader, count);
  if (type === "INT64")
    return readPlainInt64(reader, count);
  if (type === "INT96")
    return readPlainInt96(reader, count);
  if (type === "FLOAT")
    return readPlainFloat(reader, count);
  if (type === "DOUBLE")
    return readPlainDouble(reader, count);
  if (type === "BYTE_ARRAY")
    return readPlainByteArray(reader, count);
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet missing fixed length");
    return readPlainByteArrayFixed(reader, count, fixedLength);
  } else
    throw new Error(`parquet unhandled type: ${type}`);
}
function readPlainBoolean(reader, count) {
  let values = new Array(count);
  for (let i = 0; i < count; i++) {
    let byteOffset = reader.offset + (i / 8 | 0), bitOffset = i % 8, byte = reader.view.getUint8(byteOffset);
    values[i] = (byte & 1 << bitOffset) !== 0;
  }
  return reader.offset += Math.ceil(count / 8), values;
}
function readPlainInt32(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 4 ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 4, values;
}
function readPlainInt64(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 8 ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 8, values;
}
function readPlainInt96(reader, count) {
  let values = new Array(count);
  for (let i = 0; i < count; i++) {
    let low = reader.view.getBigInt64(reader.offset + i * 12, !0), high = reader.view.getInt32(reader.offset + i * 12 + 8, !0);
    values[i] = BigInt(high) << 64n | low;
  }
  return reader.offset += count * 12, values;
}
function readPlainFloat(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 4 ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 4, values;
}
function readPlainDouble(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 8 ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 8, values;
}
function readPlainByteArray(reader, count) {
  let values = new Array(count);
  for (let i = 0; i < count; i++) {
    let length = reader.view.getUint32(reader.offset, !0);
    reader.offset += 4, values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length), reader.offset += length;
  }
  return values;
}
function readPlainByteArrayFixed(reader, count, fixedLength) {
  let values = new Array(count);
  for (let i = 0; i < count; i++)
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength), reader.offset += fixedLength;
  return values;
}
function align(buffer, offset, size) {
  let aligned = new ArrayBuffer(size);
  return new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size)), aligned;
}

// node_modules/hyparquet/src/snappy.js
var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++)
    toArray[toPos + i] = fromArray[fromPos + i];
}
function snappyUncompress(input, output) {
  let inputLength = input.byteLength, outputLength = output.byteLength, pos = 0, outPos = 0;
  for (; pos < inputLength; ) {
    let c = input[pos];
    if (pos++, c < 128)
      break;
  }
  if (outputLength && pos >= inputLength)
    throw new Error("invalid snappy length header");
  for (; pos < inputLength; ) {
    let c = input[pos], len = 0;
    if (pos++, pos >= inputLength)
      throw new Error("missing eof marker");
    if ((c & 3) === 0) {
      let len2 = (c >>> 2) + 1;
      if (len2 > 60) {
        if (pos + 3 >= inputLength)
          throw new Error("snappy error literal pos + 3 >= inputLength");
        let lengthSize = len2 - 60;
        len2 = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24), len2 = (len2 & WORD_MASK[lengthSize]) + 1, pos += lengthSize;
      }
      if (pos + len2 > inputLength)
        throw new Error("snappy error literal exceeds input length");
      copyBytes(input, pos, output, outPos, len2), pos += len2, outPos += len2;
    } else {
      let offset = 0;
      switch (c & 3) {
        case 1:
          len = (c >>> 2 & 7) + 4, offset = input[pos] + (c >>> 5 << 8), pos++;
          break;
        case 2:
          if (inputLength <= pos + 1)
            throw new Error("snappy error end of input");
          len = (c >>> 2) + 1, offset = input[pos] + (input[pos + 1] << 8), pos += 2;
          break;
        case 3:
          if (inputLength <= pos + 3)
            throw new Error("snappy error end of input");
          len = (c >>> 2) + 1, offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24), pos += 4;
          break;
        default:
          break;
      }
      if (offset === 0 || isNaN(offset))
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      if (offset > outPos)
        throw new Error("cannot copy from before start of buffer");
      copyBytes(output, outPos - offset, output, outPos, len), outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}

// node_modules/hyparquet/src/datapage.js
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), reader = { view, offset: 0 }, dataPage, repetitionLevels = readRepetitionLevels(reader, daph, schemaPath), { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath), nValues = daph.num_values - numNulls;
  if (daph.encoding === "PLAIN")
    dataPage = readPlain(reader, type, nValues, element.type_length);
  else if (daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY" || daph.encoding === "RLE") {
    let bitWidth2 = type === "BOOLEAN" ? 1 : view.getUint8(reader.offset++);
    bitWidth2 ? (dataPage = new Array(nValues), type === "BOOLEAN" ? (readRleBitPackedHybrid(reader, bitWidth2, dataPage), dataPage = dataPage.map((x) => !!x)) : readRleBitPackedHybrid(reader, bitWidth2, dataPage, view.byteLength - reader.offset)) : dataPage = new Uint8Array(nValues);
  } else if (daph.encoding === "BYTE_STREAM_SPLIT")
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length);
  else if (daph.encoding === "ALP")
    dataPage = alpDecode(reader, nValues, type);
  else if (daph.encoding === "DELTA_BINARY_PACKED")
    dataPage = type === "INT32" ? new Int32Array(nValues) : new BigInt64Array(nValues), deltaBinaryUnpack(reader, nValues, dataPage);
  else if (daph.encoding === "DELTA_LENGTH_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaLengthByteArray(reader, nValues, dataPage);
  else if (daph.encoding === "DELTA_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaByteArray(reader, nValues, dataPage);
  else
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`);
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    let maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
    if (maxRepetitionLevel) {
      let values = new Array(daph.num_values);
      return readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values), values;
    }
  }
  return [];
}
function readDefinitionLevels(reader, daph, schemaPath) {
  let maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 };
  let definitionLevels = new Array(daph.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels);
  let numNulls = daph.num_values;
  for (let def of definitionLevels)
    def === maxDefinitionLevel && numNulls--;
  return numNulls === 0 && (definitionLevels.length = 0), { definitionLevels, numNulls };
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  let page, customDecompressor = compressors?.[codec];
  if (codec === "UNCOMPRESSED")
    page = compressedBytes;
  else if (customDecompressor)
    page = customDecompressor(compressedBytes, uncompressed_page_size);
  else if (codec === "SNAPPY")
    page = new Uint8Array(uncompressed_page_size), snappyUncompress(compressedBytes, page);
  else
    throw new Error(`parquet unsupported compression codec: ${codec}`);
  if (page?.length !== uncompressed_page_size)
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`);
  return page;
}
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  let reader = { view: new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength), offset: 0 }, { type, element, schemaPath, codec, compressors } = columnDecoder, daph2 = ph.data_page_header_v2;
  if (!daph2) throw new Error("parquet data page header v2 is undefined");
  let repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath);
  reader.offset = daph2.repetition_levels_byte_length;
  let definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath), uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length, page = compressedBytes.subarray(reader.offset);
  daph2.is_compressed !== !1 && uncompressedPageSize && (page = decompressPage(page, uncompressedPageSize, codec, compressors));
  let pageView = new DataView(page.buffer, page.byteOffset, page.byteLength), pageReader = { view: pageView, offset: 0 }, dataPage, nValues = daph2.num_values - daph2.num_nulls;
  if (daph2.encoding === "PLAIN")
    dataPage = readPlain(pageReader, type, nValues, element.type_length);
  else if (daph2.encoding === "RLE")
    dataPage = new Array(nValues), readRleBitPackedHybrid(pageReader, 1, dataPage), dataPage = dataPage.map((x) => !!x);
  else if (daph2.encoding === "PLAIN_DICTIONARY" || daph2.encoding === "RLE_DICTIONARY") {
    let bitWidth2 = pageView.getUint8(pageReader.offset++);
    dataPage = new Array(nValues), readRleBitPackedHybrid(pageReader, bitWidth2, dataPage, uncompressedPageSize - 1);
  } else if (daph2.encoding === "DELTA_BINARY_PACKED")
    dataPage = type === "INT32" ? new Int32Array(nValues) : new BigInt64Array(nValues), deltaBinaryUnpack(pageReader, nValues, dataPage);
  else if (daph2.encoding === "DELTA_LENGTH_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaLengthByteArray(pageReader, nValues, dataPage);
  else if (daph2.encoding === "DELTA_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaByteArray(pageReader, nValues, dataPage);
  else if (daph2.encoding === "BYTE_STREAM_SPLIT")
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length);
  else if (daph2.encoding === "ALP")
    dataPage = alpDecode(pageReader, nValues, type);
  else
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`);
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  let maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  if (!maxRepetitionLevel) return [];
  let values = new Array(daph2.num_values);
  return readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length), values;
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  let maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (maxDefinitionLevel) {
    let values = new Array(daph2.num_values);
    return readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length), values;
  }
}
function bitWidth(value) {
  return 32 - Math.clz32(value);
}

// node_modules/hyparquet/src/column.js
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  let { pathInSchema, schemaPath } = columnDecoder, isFlat = isFlatColumn(schemaPath), chunks = [], dictionary, lastChunk, rowCount = 0, skipped = 0, emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount
    });
  });
  for (; (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) && !(reader.offset >= reader.view.byteLength - 1); ) {
    let header = parquetHeader(reader);
    if (header.type === "DICTIONARY_PAGE") {
      let { data } = readPage(reader, header, columnDecoder, dictionary, void 0, 0);
      data && (dictionary = convert(data, columnDecoder));
    } else {
      let lastChunkLength = lastChunk?.length || 0, result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount);
      result.skipped ? (chunks.length || (skipped += result.skipped), rowCount += result.skipped) : result.data && lastChunk === result.data ? rowCount += result.data.length - lastChunkLength : result.data && result.data.length && (emitLastChunk?.(), chunks.push(result.data), rowCount += result.data.length, lastChunk = result.data);
    }
  }
  return emitLastChunk?.(), { data: chunks, skipped };
}
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  let { type, element, schemaPath, codec, compressors } = columnDecoder, compressedBytes = new Uint8Array(
    reader.view.buffer,
    reader.view.byteOffset + reader.offset,
    header.compressed_page_size
  );
  if (reader.offset += header.compressed_page_size, header.type === "DATA_PAGE") {
    let daph = header.data_page_header;
    if (!daph) throw new Error("parquet data page header is undefined");
    if (pageStart > daph.num_values && isFlatColumn(schemaPath))
      return { skipped: daph.num_values };
    let page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors), { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder), values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder), output = Array.isArray(previousChunk) ? previousChunk : [];
    return { skipped: 0, data: assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) };
  } else if (header.type === "DATA_PAGE_V2") {
    let daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error("parquet data page header v2 is undefined");
    if (pageStart > daph2.num_rows)
      return { skipped: daph2.num_rows };
    let { definitionLevels, repetitionLevels, dataPage } = readDataPageV2(compressedBytes, header, columnDecoder), values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder), output = Array.isArray(previousChunk) ? previousChunk : [];
    return { skipped: 0, data: assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) };
  } else if (header.type === "DICTIONARY_PAGE") {
    let diph = header.dictionary_page_header;
    if (!diph) throw new Error("parquet dictionary page header is undefined");
    let page = decompressPage(
      compressedBytes,
      Number(header.uncompressed_page_size),
      codec,
      compressors
    ), reader2 = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    return { skipped: 0, data: readPlain(reader2, type, diph.num_values, element.type_length) };
  } else
    throw new Error(`parquet unsupported page type: ${header.type}`);
}
function parquetHeader(reader) {
  let header = deserializeTCompactProtocol(reader), type = PageTypes[header.field_1], uncompressed_page_size = header.field_2, compressed_page_size = header.field_3, crc = header.field_4, data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5)
  }, index_page_header = header.field_6, dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3
  }, data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === void 0 ? !0 : header.field_8.field_7,
    // default true
    statistics: pageStatistics(header.field_8.field_8)
  };
  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2
  };
}
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}

// node_modules/hyparquet/src/rowgroup.js
function readRowGroup(options, { metadata }, groupPlan) {
  let asyncColumns = [], schemaTree2 = parquetSchema(metadata);
  for (let chunk of groupPlan.chunks) {
    let { path_in_schema: pathInSchema } = chunk.columnMetadata, schemaPath = getTreePath(schemaTree2, pathInSchema), columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers }
    }, { startByte, endByte } = chunk.range;
    "pageLocations" in chunk ? asyncColumns.push({
      pathInSchema,
      data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder)
    }) : "offsetIndex" in chunk ? asyncColumns.push({
      pathInSchema,
      // fetch offset index
      data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte)).then((arrayBuffer) => {
        let pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations;
        return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder);
      })
    }) : asyncColumns.push({
      pathInSchema,
      data: Promise.resolve(options.file.slice(startByte, endByte)).then((buffer) => {
        let reader = { view: new DataView(buffer), offset: 0 };
        return readColumn(reader, groupPlan, columnDecoder, options.onPage);
      })
    });
  }
  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns
  };
}
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  let { data_page_offset, dictionary_page_offset } = chunk.columnMetadata, { selectStart, selectEnd } = groupPlan, { startByte, endByte } = chunk.range, skipped = -1, hasDict = dictionary_page_offset || data_page_offset < pages[0].offset;
  for (let i = 0; i < pages.length; i++) {
    let page = pages[i], pageStart = Number(page.first_row_index), pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupPlan.groupRows;
    skipped < 0 && pageEnd > selectStart && (startByte = Number(page.offset), skipped = pageStart), pageStart < selectEnd && (endByte = Number(page.offset) + page.compressed_page_size);
  }
  skipped < 0 && (skipped = 0);
  let view;
  if (hasDict && skipped) {
    let dictLength = Number(pages[0].offset) - chunk.range.startByte, [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte)
    ]), combined = new Uint8Array(dictLength + dataBuffer.byteLength);
    combined.set(new Uint8Array(dictBuffer, 0, dictLength)), combined.set(new Uint8Array(dataBuffer), dictLength), view = new DataView(combined.buffer);
  } else hasDict ? view = new DataView(await options.file.slice(chunk.range.startByte, endByte)) : view = new DataView(await options.file.slice(startByte, endByte));
  let reader = { view, offset: 0 }, adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped
  } : groupPlan, { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage);
  return {
    data,
    skipped: skipped + columnSkipped
  };
}
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  let asyncPages = await Promise.all(asyncColumns.map(
    (column) => column.data.then(({ skipped, data }) => ({ skipped, data: flatten(data) }))
  )), selectCount = selectEnd - selectStart;
  if (rowFormat === "object") {
    let groupData2 = Array(selectCount);
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      let rowData = {};
      for (let i = 0; i < asyncColumns.length; i++) {
        let { data, skipped } = asyncPages[i];
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped];
      }
      groupData2[selectRow] = rowData;
    }
    return groupData2;
  }
  let includedColumnNames = asyncColumns.map((child) => child.pathInSchema[0]).filter((name) => !columns || columns.includes(name)), columnOrder = columns ?? includedColumnNames, columnIndexes = columnOrder.map((name) => asyncColumns.findIndex((column) => column.pathInSchema[0] === name)), groupData = Array(selectCount);
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    let rowData = Array(asyncColumns.length);
    for (let i = 0; i < columnOrder.length; i++) {
      let colIdx = columnIndexes[i];
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`);
      let { data, skipped } = asyncPages[colIdx];
      rowData[i] = data[selectStart + selectRow - skipped];
    }
    groupData[selectRow] = rowData;
  }
  return groupData;
}
function assembleAsync(asyncRowGroup, schemaTree2, parsers) {
  let { asyncColumns } = asyncRowGroup, allParsers = { ...DEFAULT_PARSERS, ...parsers }, assembled = [];
  for (let child of schemaTree2.children)
    if (child.children.length) {
      let childColumns = asyncColumns.filter((column) => column.pathInSchema[0] === child.element.name);
      if (!childColumns.length) continue;
      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          let resolved = await Promise.all(childColumns.map((c) => c.data)), subcolumnData = /* @__PURE__ */ new Map(), flattened = resolved.map(({ data }) => flatten(data)), skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map((result) => result.skipped)), end = Math.min(asyncRowGroup.selectEnd ?? 1 / 0, ...resolved.map((result, i) => result.skipped + flattened[i].length));
          for (let i = 0; i < childColumns.length; i++) {
            let start = skipped - resolved[i].skipped, length = Math.max(0, end - skipped);
            subcolumnData.set(
              childColumns[i].pathInSchema.join("."),
              flattened[i].slice(start, start + length)
            );
          }
          assembleNested(subcolumnData, child, allParsers);
          let assembled2 = subcolumnData.get(child.element.name);
          if (!assembled2) throw new Error("parquet column data not assembled");
          return { data: [assembled2], skipped };
        })()
      });
    } else {
      let asyncColumn = asyncColumns.find((column) => column.pathInSchema[0] === child.element.name);
      asyncColumn && assembled.push(asyncColumn);
    }
  return { ...asyncRowGroup, asyncColumns: assembled };
}

// node_modules/hyparquet/src/scan.js
async function prepareParquetRead(options) {
  let prepared = await prepareParquetOptions(options);
  return {
    options: prepared,
    plan: parquetPlan(prepared)
  };
}
async function prepareParquetOptions(options) {
  let metadata = options.metadata ?? await parquetMetadataAsync(options.file, options), schemaColumns = parquetSchema(metadata).children.map((child) => child.element.name), missingFilterColumns = columnsNeededForFilter(options.filter).filter((column) => !schemaColumns.includes(column));
  if (missingFilterColumns.length)
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(", ")}`);
  if (options.columns) {
    let missingColumns = options.columns.filter((column) => !schemaColumns.includes(column));
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`);
  }
  let prepared = { ...options, metadata };
  return prepared = await withBloomFilters(prepared), prepared = await withPageIndexes(prepared), prepared;
}
function readParquetPlan(options, plan) {
  let readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) };
  return plan.groups.map((group) => readRowGroup(readOptions, plan, group));
}
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options;
  let schemaTree2 = parquetSchema(options.metadata), schemaElements = {};
  for (let child of schemaTree2.children) schemaElements[child.element.name] = child.element;
  let bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict
  });
  return { ...options, bloomFiltersByGroup, schemaElements };
}
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options;
  let { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers
  });
  return { ...options, pageRangesByGroup, pageLocationsByGroup };
}

// node_modules/hyparquet/src/read.js
var rowIndex = (
  /** @type {typeof import('../src/types.js').rowIndex} */
  /* @__PURE__ */ Symbol("rowIndex")
);
async function parquetRead(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  let { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = !0 } = options;
  if (filter && rowFormat !== "object")
    throw new Error('parquet filter requires rowFormat: "object"');
  if (options.includeRowIndex && rowFormat !== "object")
    throw new Error('parquet includeRowIndex requires rowFormat: "object"');
  let filterColumns = columnsNeededForFilter(filter), readColumns = columns;
  if (columns && filterColumns.length) {
    let selectedColumns = new Set(columns), extraColumns = filterColumns.filter((column) => !selectedColumns.has(column));
    extraColumns.length && (readColumns = [...columns, ...extraColumns]);
  }
  let readOptions = readColumns === columns ? options : { ...options, columns: readColumns }, prepared = await prepareParquetRead(readOptions), preparedOptions = prepared.options, requiresProjection = readColumns !== columns, asyncGroups = readParquetPlan(preparedOptions, prepared.plan);
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups);
    return;
  }
  if (!preparedOptions.metadata) throw new Error("parquet requires metadata");
  let schemaTree2 = parquetSchema(preparedOptions.metadata), assembled = asyncGroups.map((arg) => assembleAsync(arg, schemaTree2, options.parsers));
  if (onChunk)
    for (let asyncGroup of assembled)
      for (let asyncColumn of asyncGroup.asyncColumns)
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart2 = asyncGroup.groupStart + skipped;
          for (let columnData of data)
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart: rowStart2,
              rowEnd: rowStart2 + columnData.length
            }), rowStart2 += columnData.length;
        }, () => {
        });
  if (onComplete) {
    await awaitAllColumns(assembled);
    let rows = [];
    for (let asyncGroup of assembled) {
      let selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0), selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? 1 / 0) - asyncGroup.groupStart, asyncGroup.groupRows), groupData = rowFormat === "object" ? await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, "object") : await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, "array");
      if (options.includeRowIndex)
        for (let i = 0; i < groupData.length; i++)
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i
          });
      if (filter) {
        for (
          let row of
          /** @type {Record<string, any>[]} */
          groupData
        )
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns)
              for (let col of filterColumns)
                columns.includes(col) || delete row[col];
            rows.push(row);
          }
      } else
        concat(rows, groupData);
    }
    onComplete(rows);
  } else
    await awaitAllColumns(assembled);
}
async function awaitAllColumns(asyncGroups) {
  let all = asyncGroups.flatMap((g) => g.asyncColumns.map((c) => c.data)), failed = (await Promise.allSettled(all)).find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

// node_modules/hyparquet/src/node.js
async function asyncBufferFromFile(filename) {
  let { size } = await fs.stat(filename);
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0));
      let reader = createReadStream(filename, { start, end: end === void 0 ? void 0 : end - 1 });
      return new Promise((resolve2, reject) => {
        let chunks = [];
        reader.on("data", (chunk) => chunks.push(chunk)), reader.on("error", reject), reader.on("end", () => {
          let buffer = Buffer.concat(chunks);
          buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? resolve2(buffer.buffer) : resolve2(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
        });
      });
    }
  };
}

// shared/drift/readers/local.ts
var import_picomatch = __toESM(require_picomatch());

// shared/core/folder-walk.ts
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
async function walkFiles(folder, options) {
  let visitedFolders = /* @__PURE__ */ new Set(), seenFiles = /* @__PURE__ */ new Set(), files = [];
  async function walk(absolute, real) {
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real), options.signal?.throwIfAborted();
    let entries = await readdir(absolute, { withFileTypes: !0 });
    for (let entry of entries) {
      if (options.skipHidden && entry.name.startsWith(".")) continue;
      let entryPath = path.join(absolute, entry.name), kind = entry.isFile() ? "file" : entry.isDirectory() ? "folder" : void 0, entryReal = path.join(real, entry.name);
      if (entry.isSymbolicLink()) {
        let target = await realpath(entryPath).catch(() => {
        });
        if (target === void 0) continue;
        assertInside(target, options.allowed, options.origin, path.relative(folder, entryPath) || entryPath);
        let info = await stat(target);
        kind = info.isFile() ? "file" : info.isDirectory() ? "folder" : void 0, entryReal = target;
      }
      kind === "folder" ? await walk(entryPath, entryReal) : kind === "file" && !seenFiles.has(entryReal) && (seenFiles.add(entryReal), files.push(entryPath));
    }
  }
  return await walk(path.resolve(folder), await realpath(folder)), files.sort();
}

// shared/drift/readers/local.ts
var MLTABLE_FILE = "MLTable", READ_CHUNK_BYTES = 1 << 20;
function localFileSource(filePath) {
  return {
    name: filePath,
    size: statSync(filePath).size,
    localPath: filePath,
    open: () => readChunks(filePath),
    randomAccess: () => asyncBufferFromFile(filePath)
  };
}
async function* readChunks(filePath) {
  let handle = await open(filePath, "r");
  try {
    let buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    for (; ; ) {
      let { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
async function resolveLocalDataset(location, containment = defaultContainment()) {
  let info = await statOrUndefined(location);
  if (info === void 0) {
    let pattern = process.platform === "win32" ? location.replaceAll("\\", "/") : location;
    if (!import_fast_glob.default.isDynamicPattern(pattern)) throw new ConfigurationError(`Data path ${location} does not exist.`);
    let files = await globFiles(pattern, process.cwd(), containment, location);
    if (files.length === 0) throw new ConfigurationError(`Data glob ${location} matched no file.`);
    return { label: location, sources: files.map(localFileSource) };
  }
  if (info.isDirectory()) {
    let mltable = path2.join(location, MLTABLE_FILE);
    if ((await statOrUndefined(mltable))?.isFile()) return resolveLocalMLTable(location, containment);
    let files = (await filesUnder(location, containment, location)).filter(hasAcceptedExtension);
    if (files.length === 0)
      throw new ConfigurationError(`Data folder ${location} has no MLTable file and no data file (${ACCEPTED_EXTENSIONS.join(", ")}).`);
    return { label: location, sources: files.map(localFileSource) };
  }
  return path2.basename(location) === MLTABLE_FILE ? resolveLocalMLTable(path2.dirname(location), containment) : (formatFromName(location), { label: location, sources: [localFileSource(location)] });
}
async function resolveLocalMLTable(folder, containment = defaultContainment()) {
  let origin = path2.join(folder, MLTABLE_FILE), spec = parseMLTable(await readFile(origin, "utf8"), origin), files = [];
  for (let entry of spec.paths) files.push(...await localPathFiles(folder, entry, origin, containment));
  if (files.length === 0) throw new ConfigurationError(`${origin}: its paths match no file.`);
  return { label: folder, sources: files.map(localFileSource), format: spec.format };
}
async function localPathFiles(folder, entry, origin, containment) {
  let value = entry.value.startsWith("file://") ? entry.value.slice(7) : entry.value;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    throw new ConfigurationError(`${origin}: ${entry.kind} "${entry.value}" is a remote URI; only local paths are read from a local MLTable.`);
  if (entry.kind === "pattern") {
    let files = await globFiles(value, folder, containment, origin, folder);
    if (files.length === 0) throw new ConfigurationError(`${origin}: pattern "${entry.value}" matched no file.`);
    return files.filter((file) => path2.basename(file) !== MLTABLE_FILE);
  }
  let target = await containedPath(path2.resolve(folder, value), folder, containment, origin, entry.value), info = await statOrUndefined(target);
  if (entry.kind === "file") {
    if (!info?.isFile()) throw new ConfigurationError(`${origin}: file "${entry.value}" does not exist (looked for ${target}).`);
    return [target];
  }
  if (!info?.isDirectory()) throw new ConfigurationError(`${origin}: folder "${entry.value}" does not exist (looked for ${target}).`);
  return (await filesUnder(target, containment, origin)).filter((file) => path2.basename(file) !== MLTABLE_FILE);
}
function filesUnder(folder, containment, origin) {
  return walkFiles(folder, { allowed: allowedFolders(containment, folder), origin, skipHidden: !0 });
}
async function globFiles(pattern, cwd, containment, origin, namedIn) {
  let { base, glob } = import_picomatch.default.scan(pattern), root = path2.resolve(cwd, base || ".");
  if (!(await statOrUndefined(root))?.isDirectory()) return [];
  namedIn !== void 0 && (root = await containedPath(root, namedIn, containment, origin, base));
  let matches2 = (0, import_picomatch.default)(glob, { dot: !1 }), matched = (await walkFiles(root, { allowed: allowedFolders(containment, namedIn ?? root), origin, skipHidden: !0 })).filter((file) => matches2(path2.relative(root, file).split(path2.sep).join("/")));
  return path2.isAbsolute(pattern) || namedIn !== void 0 ? matched : matched.map((file) => path2.relative(cwd, file));
}
async function statOrUndefined(target) {
  try {
    return await stat2(target);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return;
    throw new ConfigurationError(`Cannot read ${target}: ${error.message}`);
  }
}

// shared/drift/readers/row-store.ts
function grownCapacity(current, needed, hint) {
  return Math.max(needed, current * 2, Math.ceil(hint.expectedRows() * 1.1) + 4096);
}
var Float64Store = class {
  constructor(hint) {
    this.hint = hint;
  }
  hint;
  length = 0;
  values = new Float64Array(4096);
  set(row, value) {
    if (row >= this.length) {
      if (row >= this.values.length) {
        let grown2 = new Float64Array(grownCapacity(this.values.length, row + 1, this.hint));
        grown2.set(this.values.subarray(0, this.length)), this.values = grown2;
      }
      row > this.length && this.values.fill(NaN, this.length, row), this.length = row + 1;
    }
    this.values[row] = value;
  }
  get(row) {
    return this.values[row];
  }
  /** The finite values in row order, compacted in place; the store is released. */
  takeFinite() {
    let values = this.values, length = this.length, written = 0;
    for (let i = 0; i < length; i++) {
      let value = values[i];
      value - value === 0 && (values[written++] = value);
    }
    return this.values = new Float64Array(0), this.length = 0, values.subarray(0, written);
  }
}, Uint32Store = class {
  constructor(hint) {
    this.hint = hint;
  }
  hint;
  length = 0;
  values = new Uint32Array(4096);
  set(row, code) {
    if (row >= this.length) {
      if (row >= this.values.length) {
        let grown2 = new Uint32Array(grownCapacity(this.values.length, row + 1, this.hint));
        grown2.set(this.values.subarray(0, this.length)), this.values = grown2;
      }
      row > this.length && this.values.fill(4294967295, this.length, row), this.length = row + 1;
    }
    this.values[row] = code;
  }
  /** Marks which codes occur. */
  markUsed(used) {
    let values = this.values;
    for (let i = 0; i < this.length; i++) {
      let code = values[i];
      code !== 4294967295 && (used[code] = 1);
    }
  }
  /** The non-missing codes in row order, each replaced by `remap[code]`, compacted in place; the store is released. */
  takePresent(remap) {
    let values = this.values, length = this.length, written = 0;
    for (let i = 0; i < length; i++) {
      let code = values[i];
      code !== 4294967295 && (values[written++] = remap[code]);
    }
    return this.values = new Uint32Array(0), this.length = 0, values.subarray(0, written);
  }
};

// shared/drift/readers/byte-dictionary.ts
var ByteDictionary = class {
  slots = new Int32Array(1024);
  starts = new Int32Array(256);
  lengths = new Int32Array(256);
  hashes = new Int32Array(256);
  codes = new Uint32Array(256);
  pool = Buffer.allocUnsafe(16384);
  poolUsed = 0;
  count = 0;
  /** The code stored for these bytes, or -1. */
  find(buf, start, end, hash) {
    let slots = this.slots, mask = slots.length - 1, length = end - start;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      let entry = slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.lengths[entry] === length && this.equals(entry, buf, start, length)) return this.codes[entry];
    }
  }
  add(buf, start, end, hash, code) {
    let length = end - start;
    if (this.count >= 65536 || this.poolUsed + length > 4194304) return;
    if (this.count === this.starts.length && this.growEntries(), this.poolUsed + length > this.pool.length) {
      let grown2 = Buffer.allocUnsafe(Math.max(this.pool.length * 2, this.poolUsed + length));
      this.pool.copy(grown2, 0, 0, this.poolUsed), this.pool = grown2;
    }
    let entry = this.count++;
    this.pool.set(buf.subarray(start, end), this.poolUsed), this.starts[entry] = this.poolUsed, this.lengths[entry] = length, this.hashes[entry] = hash, this.codes[entry] = code, this.poolUsed += length, this.count * 2 > this.slots.length ? this.rehash() : this.place(entry);
  }
  equals(entry, buf, start, length) {
    let pool = this.pool, at = this.starts[entry];
    for (let i = 0; i < length; i++) if (pool[at + i] !== buf[start + i]) return !1;
    return !0;
  }
  place(entry) {
    let mask = this.slots.length - 1, slot = this.hashes[entry] & mask;
    for (; this.slots[slot] !== 0; ) slot = slot + 1 & mask;
    this.slots[slot] = entry + 1;
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }
  growEntries() {
    let size = this.starts.length * 2;
    this.starts = grow(this.starts, size), this.lengths = grow(this.lengths, size), this.hashes = grow(this.hashes, size);
    let codes = new Uint32Array(size);
    codes.set(this.codes), this.codes = codes;
  }
};
function hashBytes(buf, start, end) {
  let hash = -2128831035;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 16777619);
  return hash;
}
function grow(array, size) {
  let grown2 = new Int32Array(size);
  return grown2.set(array), grown2;
}

// shared/drift/readers/decode-bytes.ts
import { isUtf8 } from "node:buffer";
var InvalidUtf8Error = class extends Error {
  constructor(shown) {
    super(`the value ${shown} is not valid UTF-8`);
    this.shown = shown;
  }
  shown;
};
function showBytes(buf, start, end) {
  let shown = "";
  for (let i = start; i < Math.min(end, start + 80); i++) {
    let byte = buf[i];
    shown += byte >= 32 && byte < 127 && byte !== 34 && byte !== 92 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `"${shown}${end - start > 80 ? "\u2026" : ""}"`;
}
function checkedUtf8(text, buf, start, end) {
  if (text.includes("\uFFFD") && !isUtf8(buf.subarray(start, end))) throw new InvalidUtf8Error(showBytes(buf, start, end));
  return text;
}
var hasSlicers = typeof Buffer.prototype.utf8Slice == "function";
function decodeBytes(buf, start, end, encoding) {
  if (!hasSlicers) return encoding === "utf8" ? checkedUtf8(buf.toString(encoding, start, end), buf, start, end) : buf.toString(encoding, start, end);
  let slicing = buf;
  return encoding === "utf8" ? checkedUtf8(slicing.utf8Slice(start, end), buf, start, end) : encoding === "latin1" ? slicing.latin1Slice(start, end) : slicing.asciiSlice(start, end);
}

// shared/drift/readers/byte-codes.ts
var POW102 = Array.from({ length: 23 }, (_, i) => +`1e${i}`);

// shared/drift/readers/parse-number.ts
var LOWER_E = 101, UPPER_E = 69;
function parseDecimalBytes(buf, start, end) {
  let i = start, negative = !1, c = buf[i];
  c === 45 ? (negative = !0, i++) : c === 43 && i++;
  let mantissa = 0, digits = 0, exponentDigits = 0, scale = 0;
  for (; i < end; ) {
    let d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d, digits++, i++;
  }
  if (i < end && buf[i] === 46)
    for (i++; i < end; ) {
      let d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d, digits++, scale--, i++;
    }
  if (digits === 0) return NaN;
  if (i < end) {
    if (c = buf[i], c !== LOWER_E && c !== UPPER_E) return NaN;
    i++;
    let exponentNegative = !1;
    c = i < end ? buf[i] : 0, c === 45 ? (exponentNegative = !0, i++) : c === 43 && i++;
    let exponent = 0;
    for (; i < end; ) {
      let d = buf[i] - 48;
      if (d < 0 || d > 9) return NaN;
      exponent = exponent * 10 + d, exponentDigits++, i++;
    }
    if (exponentDigits === 0 || i < end) return NaN;
    scale += exponentNegative ? -exponent : exponent;
  }
  if (mantissa > 9007199254740992 || exponentDigits > 4) return Number(decodeBytes(buf, start, end, "latin1"));
  let value;
  if (scale === 0) value = mantissa;
  else if (scale < 0 && scale >= -22) value = mantissa / POW102[-scale];
  else if (scale > 0 && scale <= 22) value = mantissa * POW102[scale];
  else return Number(decodeBytes(buf, start, end, "latin1"));
  return negative ? -value : value;
}
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/, MISSING_TOKENS = /* @__PURE__ */ new Set([
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null"
]);
function parseNumberText(text) {
  if (MISSING_TOKENS.has(text)) return NaN;
  let trimmed = text.trim();
  if (trimmed === "") return NaN;
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  let lower = trimmed.toLowerCase();
  if (lower === "nan" || lower === "-nan" || lower === "+nan") return NaN;
  if (lower === "inf" || lower === "+inf" || lower === "infinity" || lower === "+infinity") return 1 / 0;
  if (lower === "-inf" || lower === "-infinity") return -1 / 0;
}
function numberToText(value) {
  return value === 1 / 0 ? "inf" : value === -1 / 0 ? "-inf" : String(value);
}

// shared/drift/readers/column-builder.ts
var BOOLEAN_SPELLINGS = /* @__PURE__ */ new Map([
  ["True", "true"],
  ["TRUE", "true"],
  ["False", "false"],
  ["FALSE", "false"]
]), INTEGER_TEXT = /^\s*[+-]?\d+\s*$/, DIGIT_0 = 48, DIGIT_9 = 57;
function isIntegerLiteral(buf, start, end) {
  let i = start;
  if ((buf[i] === 43 || buf[i] === 45) && i++, i === end) return !1;
  for (; i < end; i++) if (buf[i] < DIGIT_0 || buf[i] > DIGIT_9) return !1;
  return !0;
}
var CELL_ESCAPED = 2, ColumnBuilder = class {
  constructor(name, categorical, capacity) {
    this.name = name;
    this.capacity = capacity;
    this.numbers = categorical ? null : new Float64Store(capacity), this.codes = categorical ? new Uint32Store(capacity) : null;
    for (let token of MISSING_TOKENS) this.lookup.set(token, 4294967295);
  }
  name;
  capacity;
  numbers;
  codes;
  lookup = /* @__PURE__ */ new Map();
  dictionary = [];
  byteCodes = new ByteDictionary();
  /** Index of the last file that had this column; used to check that files agree. */
  lastFile = -1;
  /** The row (its number among the rows seen) that last set this column; lets a reader mark the rows without it as missing. */
  rowSerial = 0;
  /** Every number so far was written as a whole number without a decimal point or exponent (pandas would read it as an integer). */
  integerLiterals = !0;
  get isNumerical() {
    return this.numbers !== null;
  }
  /** A delimited-text cell: bytes `[start, end)` of `buf`; `flags` has CELL_ESCAPED when it holds doubled quotes. */
  setBytes(row, buf, start, end, flags, encoding) {
    if (start === end) {
      this.setMissing(row);
      return;
    }
    if ((flags & CELL_ESCAPED) === 0) {
      if (this.numbers === null) {
        this.setHashedBytes(row, buf, start, end, hashBytes(buf, start, end), encoding);
        return;
      }
      let value = parseDecimalBytes(buf, start, end);
      if (value === value) {
        this.numbers.set(row, value), this.integerLiterals && !isIntegerLiteral(buf, start, end) && (this.integerLiterals = !1);
        return;
      }
    }
    let text = decodeBytes(buf, start, end, encoding);
    (flags & CELL_ESCAPED) !== 0 && (text = text.replaceAll('""', '"')), this.setText(row, text);
  }
  /** A number parsed by the caller, for a column still numerical; `integerLiteral` when it was written without a decimal point. */
  setParsedNumber(row, value, integerLiteral) {
    this.numbers.set(row, value), integerLiteral || (this.integerLiterals = !1);
  }
  /** The source stores this column as floating point (Parquet FLOAT/DOUBLE): its values are not integers whatever they are. */
  markFloatingPoint() {
    this.integerLiterals = !1;
  }
  /** A non-empty category cell of a categorical column, `hash` being `hashBytes` of its bytes. */
  setHashedBytes(row, buf, start, end, hash, encoding) {
    let code = this.byteCodes.find(buf, start, end, hash);
    code < 0 && (code = this.codeFor(decodeBytes(buf, start, end, encoding)), this.byteCodes.add(buf, start, end, hash, code)), this.codes.set(row, code);
  }
  /** A string value given as UTF-8 bytes without escapes, `hash` being `hashBytes` of them: makes the column categorical. */
  setLabelBytes(row, buf, start, end, hash) {
    this.numbers !== null && this.becomeCategorical(), this.setHashedBytes(row, buf, start, end, hash, "utf8");
  }
  /** Text that may hold a number (a delimited-text cell). */
  setText(row, text) {
    if (this.numbers !== null) {
      let value = parseNumberText(text);
      if (value !== void 0) {
        this.numbers.set(row, value), this.integerLiterals && !INTEGER_TEXT.test(text) && (this.integerLiterals = !1);
        return;
      }
      this.becomeCategorical();
    }
    this.setCategory(row, text);
  }
  /** A typed number (JSON, Parquet). NaN and ±Infinity count as missing. */
  setNumber(row, value) {
    this.integerLiterals && !Number.isInteger(value) && (this.integerLiterals = !1), this.numbers !== null ? this.numbers.set(row, value) : value !== value ? this.codes.set(row, 4294967295) : this.setCategory(row, numberToText(value));
  }
  /** A typed string or label (JSON string, boolean): makes the column categorical. */
  setLabel(row, text) {
    this.numbers !== null && this.becomeCategorical(), this.setCategory(row, text);
  }
  setMissing(row) {
    this.numbers !== null ? this.numbers.set(row, NaN) : this.codes.set(row, 4294967295);
  }
  /** A decoded value (JSON, Parquet): numbers numerical, strings and booleans labels, null missing, anything else its JSON text. */
  setValue(row, value) {
    switch (typeof value) {
      case "number":
        this.setNumber(row, value);
        return;
      case "bigint":
        this.setNumber(row, Number(value));
        return;
      case "string":
        this.setLabel(row, value);
        return;
      case "boolean":
        this.setLabel(row, value ? "true" : "false");
        return;
      default:
        value == null ? this.setMissing(row) : value instanceof Date ? Number.isNaN(value.getTime()) ? this.setMissing(row) : this.setLabel(row, value.toISOString()) : this.setLabel(row, JSON.stringify(value, (_, item) => typeof item == "bigint" ? item.toString() : item));
    }
  }
  /** The column over `rowCount` rows; undefined when no row holds a valid value. */
  finish(rowCount) {
    if (this.numbers !== null) {
      let values = this.numbers.takeFinite();
      if (values.length === 0) return;
      let missing = rowCount - values.length;
      return { column: { kind: "numerical", values, integer: this.integerLiterals && missing === 0 }, missing };
    }
    let codes = this.codes, used = new Uint8Array(this.dictionary.length);
    codes.markUsed(used);
    let remap = new Uint32Array(this.dictionary.length), dictionary = [];
    for (let code = 0; code < used.length; code++)
      used[code] === 1 && (remap[code] = dictionary.length, dictionary.push(this.dictionary[code]));
    let present = codes.takePresent(remap);
    if (present.length !== 0)
      return { column: { kind: "categorical", codes: present, dictionary }, missing: rowCount - present.length };
  }
  setCategory(row, text) {
    this.codes.set(row, this.codeFor(text));
  }
  codeFor(text) {
    let code = this.lookup.get(text);
    if (code === void 0) {
      let canonical = BOOLEAN_SPELLINGS.get(text);
      if (canonical !== void 0)
        return code = this.codeFor(canonical), this.lookup.set(text, code), code;
      code = this.dictionary.length, this.dictionary.push(text), this.lookup.set(text, code);
    }
    return code;
  }
  becomeCategorical() {
    let numbers = this.numbers;
    this.numbers = null, this.codes = new Uint32Store(this.capacity);
    for (let row = 0; row < numbers.length; row++) {
      let value = numbers.get(row);
      value === value ? this.setCategory(row, numberToText(value)) : this.codes.set(row, 4294967295);
    }
  }
};

// shared/drift/readers/csv-parser.ts
var QUOTE = 34, LF = 10, CR = 13, SKIP = 0, NUMERICAL = 1, CATEGORICAL = 2, INCOMPLETE = -1, NO_SLOT = -3, CsvSyntaxError = class extends Error {
  constructor(line, problem) {
    super(`line ${line}: ${problem}`);
    this.line = line;
    this.problem = problem;
  }
  line;
  problem;
}, CsvParser = class {
  constructor(delimiter, encoding, admission) {
    this.delimiter = delimiter;
    this.encoding = encoding;
    this.admission = admission;
  }
  delimiter;
  encoding;
  admission;
  /** Bytes of the row still incomplete at the end of the last chunk live at the start of `scratch`. */
  scratch = Buffer.alloc(0);
  pendingLength = 0;
  /** The slot given to a row that was cut by the end of a chunk, reused when the row is parsed again. */
  pendingSlot = NO_SLOT;
  atStart = !0;
  skipLineFeed = !1;
  /** Line of the row being parsed. */
  line = 1;
  builders = [];
  kinds = new Uint8Array(0);
  width = -1;
  firstRowHandler = null;
  /** Set once `maxRows` rows were read. */
  stopped = !1;
  /** Hands the next row's cells to `handler` as text; `handler` returns true when that row is data too (after `setColumns`). */
  onFirstRow(handler) {
    this.firstRowHandler = handler;
  }
  /** One entry per field of a row: the column's builder, or null to skip the field. */
  setColumns(builders) {
    this.builders = builders, this.width = builders.length, this.kinds = Uint8Array.from(builders, (builder) => builder === null ? SKIP : builder.isNumerical ? NUMERICAL : CATEGORICAL);
  }
  /** Parses the rows `chunk` completes; `chunk` may be reused by its owner once this returns. */
  push(chunk) {
    if (this.stopped) return;
    let buf = chunk;
    this.pendingLength > 0 && (this.reserve(this.pendingLength + chunk.length), chunk.copy(this.scratch, this.pendingLength), buf = this.scratch.subarray(0, this.pendingLength + chunk.length));
    let consumed = this.parse(buf, !1), rest = buf.length - consumed;
    if (rest > LIMITS.maxLineBytes && !this.stopped) throw new CsvSyntaxError(this.line, `a line is longer than ${formatBytes(LIMITS.maxLineBytes)}, the limit of a line`);
    rest === 0 || this.stopped ? this.pendingLength = 0 : buf === chunk ? (this.reserve(rest), chunk.copy(this.scratch, 0, consumed), this.pendingLength = rest) : (this.scratch.copyWithin(0, consumed, buf.length), this.pendingLength = rest);
  }
  end() {
    if (this.stopped) return;
    let buf = this.scratch.subarray(0, this.pendingLength);
    this.pendingLength = 0, this.parse(buf, !0);
  }
  /** Grows the scratch buffer, keeping the pending bytes; it is reused, so fresh memory is touched only once. */
  reserve(bytes) {
    if (this.scratch.length >= bytes) return;
    let grown2 = Buffer.allocUnsafe(Math.max(bytes, this.scratch.length * 2, 65536));
    this.scratch.copy(grown2, 0, 0, this.pendingLength), this.scratch = grown2;
  }
  /** Parses every complete row of `buf`; returns the offset where the first incomplete row starts. */
  parse(buf, final) {
    let length = buf.length, pos = 0;
    if (this.atStart) {
      if (length < 3 && !final) return 0;
      this.atStart = !1, buf[0] === 239 && buf[1] === 187 && buf[2] === 191 && (pos = 3);
    }
    for (this.skipLineFeed && pos < length && (this.skipLineFeed = !1, buf[pos] === LF && pos++); pos < length; ) {
      let first = buf[pos];
      if (first === LF || first === CR) {
        pos = this.afterRow(buf, pos, 0);
        continue;
      }
      let next = this.firstRowHandler !== null ? this.collectRow(buf, pos, final) : this.parseRow(buf, pos, final);
      if (next === INCOMPLETE) return pos;
      if (this.stopped) return length;
      pos = next;
    }
    return length;
  }
  /** Offset after the line end at `rowEnd`; counts the row's lines. */
  afterRow(buf, rowEnd, innerLines) {
    return this.line += 1 + innerLines, rowEnd >= buf.length ? buf.length : buf[rowEnd] !== CR ? rowEnd + 1 : rowEnd + 1 < buf.length ? buf[rowEnd + 1] === LF ? rowEnd + 2 : rowEnd + 1 : (this.skipLineFeed = !0, buf.length);
  }
  /** Index of the closing quote of the quoted cell opening at `open`, or INCOMPLETE. Sets `quotedFlags` and `quotedLines`. */
  closingQuote(buf, open2, final) {
    let length = buf.length, flags = 0, lines = 0, j = open2 + 1;
    for (; ; ) {
      if (j >= length) {
        if (final) throw new CsvSyntaxError(this.line, "a quoted field is not closed before the end of the file");
        return INCOMPLETE;
      }
      let c = buf[j];
      if (c === QUOTE) {
        if (j + 1 >= length && !final) return INCOMPLETE;
        if (j + 1 < length && buf[j + 1] === QUOTE) {
          flags = CELL_ESCAPED, j += 2;
          continue;
        }
        break;
      }
      c === LF && lines++, j++;
    }
    let after = j + 1;
    if (after < length) {
      let c = buf[after];
      if (c !== this.delimiter && c !== LF && c !== CR)
        throw new CsvSyntaxError(this.line + lines, `unexpected character "${String.fromCharCode(c)}" after a closing quote`);
    }
    return this.quotedFlags = flags, this.quotedLines = lines, j;
  }
  quotedFlags = 0;
  quotedLines = 0;
  /** End of the unquoted cell starting at `i`: the delimiter, line end, or `buf.length`. */
  cellEnd(buf, i) {
    let delimiter = this.delimiter, length = buf.length;
    for (; i < length; ) {
      let c = buf[i];
      if (c === delimiter || c === LF || c === CR) break;
      i++;
    }
    return i;
  }
  /** Reads one row as text for the first-row handler. */
  collectRow(buf, pos, final) {
    let cells = [], innerLines = 0, i = pos, end;
    for (; ; ) {
      let text;
      if (i < buf.length && buf[i] === QUOTE) {
        let close = this.closingQuote(buf, i, final);
        if (close === INCOMPLETE) return INCOMPLETE;
        innerLines += this.quotedLines, text = decodeBytes(buf, i + 1, close, this.encoding), this.quotedFlags !== 0 && (text = text.replaceAll('""', '"')), end = close + 1;
      } else {
        if (end = this.cellEnd(buf, i), end >= buf.length && !final) return INCOMPLETE;
        text = decodeBytes(buf, i, end, this.encoding);
      }
      if (cells.push(text), end < buf.length && buf[end] === this.delimiter) {
        i = end + 1;
        continue;
      }
      break;
    }
    let handler = this.firstRowHandler;
    return this.firstRowHandler = null, handler(cells) ? pos : this.afterRow(buf, end, innerLines);
  }
  /** Parses one data row into the columns; returns the offset of the next row, or INCOMPLETE. */
  parseRow(buf, pos, final) {
    let slot = this.pendingSlot;
    if (slot === NO_SLOT && (slot = this.admission.next(), slot === STOP_READING))
      return this.stopped = !0, buf.length;
    let length = buf.length, delimiter = this.delimiter, encoding = this.encoding, builders = this.builders, kinds = this.kinds, width = this.width, innerLines = 0, column = 0, i = pos, end;
    for (; ; column++) {
      let kind = slot < 0 || column >= width ? SKIP : kinds[column];
      if (i < length && buf[i] === QUOTE) {
        let close = this.closingQuote(buf, i, final);
        if (close === INCOMPLETE) break;
        if (innerLines += this.quotedLines, kind !== SKIP) {
          let builder = builders[column];
          builder.setBytes(slot, buf, i + 1, close, this.quotedFlags, encoding), kinds[column] = builder.isNumerical ? NUMERICAL : CATEGORICAL;
        }
        end = close + 1;
      } else if (kind === NUMERICAL) {
        let k = i, negative = !1, c = k < length ? buf[k] : LF;
        c === 45 ? (negative = !0, k++) : c === 43 && k++;
        let mantissa = 0, digits = 0, scale = 0;
        for (; k < length; ) {
          let d = buf[k] - 48;
          if (d < 0 || d > 9) break;
          mantissa = mantissa * 10 + d, digits++, k++;
        }
        let dotted = k < length && buf[k] === 46;
        if (dotted)
          for (k++; k < length; ) {
            let d = buf[k] - 48;
            if (d < 0 || d > 9) break;
            mantissa = mantissa * 10 + d, digits++, scale--, k++;
          }
        if (k >= length && !final) break;
        if (c = k < length ? buf[k] : LF, (c === delimiter || c === LF || c === CR) && digits > 0 && mantissa <= 9007199254740992 && scale >= -22) {
          let magnitude = scale === 0 ? mantissa : mantissa / POW102[-scale];
          builders[column].setParsedNumber(slot, negative ? -magnitude : magnitude, !dotted), end = k;
        } else {
          if (end = this.cellEnd(buf, k), end >= length && !final) break;
          let builder = builders[column];
          builder.setBytes(slot, buf, i, end, 0, encoding), builder.isNumerical || (kinds[column] = CATEGORICAL);
        }
      } else if (kind === CATEGORICAL) {
        let hash = -2128831035, k = i;
        for (; k < length; ) {
          let c = buf[k];
          if (c === delimiter || c === LF || c === CR) break;
          hash = Math.imul(hash ^ c, 16777619), k++;
        }
        if (k >= length && !final) break;
        k === i ? builders[column].setMissing(slot) : builders[column].setHashedBytes(slot, buf, i, k, hash, encoding), end = k;
      } else if (end = this.cellEnd(buf, i), end >= length && !final) break;
      if (end < length && buf[end] === delimiter) {
        i = end + 1;
        continue;
      }
      if (column + 1 !== width) throw new CsvSyntaxError(this.line, `${column + 1} fields where the header has ${width}`);
      return this.pendingSlot = NO_SLOT, this.afterRow(buf, end, innerLines);
    }
    return this.pendingSlot = slot, INCOMPLETE;
  }
};

// shared/drift/readers/csv.ts
var LATIN1_HINT = "a Latin-1 file is read with an MLTable whose read_delimited has encoding: latin1.", CsvReader = class {
  firstHeader = null;
  delimiter;
  encoding;
  header;
  constructor(format) {
    let delimiter = format.delimiter === "\\t" ? "	" : format.delimiter ?? ",";
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || delimiter === '"' || delimiter === `
` || delimiter === "\r")
      throw new ConfigurationError(`The CSV delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}.`);
    this.delimiter = delimiter.charCodeAt(0), this.encoding = format.encoding ?? "utf8", this.header = format.header ?? "every-file";
  }
  async read(source, table) {
    let parser = new CsvParser(this.delimiter, this.encoding, table.admission), useNames = (names) => {
      if (names.length > LIMITS.maxColumns)
        throw new ConfigurationError(`${source.name} has ${names.length} columns, over the limit of ${LIMITS.maxColumns} columns of a dataset.`);
      this.firstHeader ??= names, parser.setColumns(names.map((name) => table.column(name)));
    }, headerSeen = this.header === "none" || this.header === "first-file" && this.firstHeader !== null;
    headerSeen ? this.firstHeader !== null ? useNames(this.firstHeader) : parser.onFirstRow((cells) => (useNames(cells.map((_, i) => `Column${i + 1}`)), !0)) : parser.onFirstRow((cells) => (headerSeen = !0, useNames(headerNames(cells, source.name)), !1));
    try {
      for await (let chunk of source.open())
        if (parser.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), table.noteBytes(chunk.byteLength), parser.stopped) break;
      parser.end();
    } catch (error) {
      throw error instanceof CsvSyntaxError ? new ConfigurationError(`${source.name} is not valid CSV at line ${error.line}: ${error.problem}.`) : error instanceof InvalidUtf8Error ? new ConfigurationError(`${source.name} line ${parser.line}: ${error.message}; ${LATIN1_HINT}`) : error;
    }
    if (!headerSeen) throw new ConfigurationError(`${source.name} is empty: a header line was expected.`);
  }
};
function headerNames(cells, file) {
  let seen = /* @__PURE__ */ new Set();
  return cells.map((cell, i) => {
    let name = cell === "" ? `Unnamed: ${i}` : cell;
    if (seen.has(name)) throw new ConfigurationError(`${file} has two columns named "${name}": column names must be unique.`);
    return seen.add(name), name;
  });
}

// shared/drift/readers/json-line-scanner.ts
var JSON_STRING = 1, JSON_NUMBER = 2, JSON_TRUE = 3, JSON_FALSE = 4, JSON_NULL = 5, QUOTE2 = 34, BACKSLASH = 92, COLON = 58, COMMA = 44, OPEN = 123, CLOSE = 125, FlatJsonScanner = class {
  count = 0;
  keyStart = new Int32Array(32);
  keyEnd = new Int32Array(32);
  keyHash = new Int32Array(32);
  kind = new Uint8Array(32);
  valueStart = new Int32Array(32);
  valueEnd = new Int32Array(32);
  valueHash = new Int32Array(32);
  number = new Float64Array(32);
  at = 0;
  /** True when `buf[start, end)` is a flat object; its fields are then in the arrays, `count` of them. */
  scan(buf, start, end) {
    this.count = 0;
    let i = skipBlanks(buf, start, end);
    if (i >= end || buf[i] !== OPEN) return !1;
    if (i = skipBlanks(buf, i + 1, end), i < end && buf[i] === CLOSE) return skipBlanks(buf, i + 1, end) === end;
    for (; ; ) {
      this.count === this.kind.length && this.grow();
      let field = this.count;
      if (i >= end || buf[i] !== QUOTE2 || !this.string(buf, i + 1, end) || (this.keyStart[field] = i + 1, this.keyEnd[field] = this.at, this.keyHash[field] = this.lastHash, i = skipBlanks(buf, this.at + 1, end), i >= end || buf[i] !== COLON) || (i = skipBlanks(buf, i + 1, end), i >= end)) return !1;
      let c = buf[i];
      if (c === QUOTE2) {
        if (!this.string(buf, i + 1, end)) return !1;
        this.kind[field] = JSON_STRING, this.valueStart[field] = i + 1, this.valueEnd[field] = this.at, this.valueHash[field] = this.lastHash, i = this.at + 1;
      } else if (c === 45 || c >= 48 && c <= 57) {
        let after = this.numberAt(buf, i, end, field);
        if (after < 0) return !1;
        this.kind[field] = JSON_NUMBER, i = after;
      } else if (matches(buf, i, end, "true"))
        this.kind[field] = JSON_TRUE, i += 4;
      else if (matches(buf, i, end, "false"))
        this.kind[field] = JSON_FALSE, i += 5;
      else if (matches(buf, i, end, "null"))
        this.kind[field] = JSON_NULL, i += 4;
      else
        return !1;
      if (this.count++, i = skipBlanks(buf, i, end), i >= end) return !1;
      if (buf[i] === COMMA) {
        i = skipBlanks(buf, i + 1, end);
        continue;
      }
      return buf[i] !== CLOSE ? !1 : skipBlanks(buf, i + 1, end) === end;
    }
  }
  lastHash = 0;
  /** Writes the value of field `field` of the line scanned from `buf` into `builder` at `row`. */
  storeValue(field, builder, row, buf) {
    switch (this.kind[field]) {
      case JSON_STRING:
        builder.setLabelBytes(row, buf, this.valueStart[field], this.valueEnd[field], this.valueHash[field]);
        return;
      case JSON_NUMBER:
        builder.setNumber(row, this.number[field]);
        return;
      case JSON_TRUE:
        builder.setLabel(row, "true");
        return;
      case JSON_FALSE:
        builder.setLabel(row, "false");
        return;
      default:
        builder.setMissing(row);
    }
  }
  /** Scans string content from `i` to its closing quote (left in `at`), hashing it; false on an escape or control character. */
  string(buf, i, end) {
    let hash = -2128831035;
    for (; i < end; ) {
      let c = buf[i];
      if (c === QUOTE2)
        return this.at = i, this.lastHash = hash, !0;
      if (c === BACKSLASH || c < 32) return !1;
      hash = Math.imul(hash ^ c, 16777619), i++;
    }
    return !1;
  }
  /** Parses a JSON number at `i` into `number[field]`; returns the offset after it, or -1 when it is not valid JSON. */
  numberAt(buf, i, end, field) {
    let start = i, negative = !1;
    if (buf[i] === 45 && (negative = !0, i++), i >= end) return -1;
    let first = buf[i] - 48;
    if (first < 0 || first > 9) return -1;
    let mantissa = 0, scale = 0, digits = 0;
    for (; i < end; ) {
      let d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d, digits++, i++;
    }
    if (first === 0 && digits > 1) return -1;
    if (i < end && buf[i] === 46) {
      i++;
      let fractionStart = i;
      for (; i < end; ) {
        let d = buf[i] - 48;
        if (d < 0 || d > 9) break;
        mantissa = mantissa * 10 + d, scale--, i++;
      }
      if (i === fractionStart) return -1;
    }
    if (i < end && (buf[i] === 101 || buf[i] === 69)) {
      i++, i < end && (buf[i] === 43 || buf[i] === 45) && i++;
      let exponentStart = i;
      for (; i < end && buf[i] >= 48 && buf[i] <= 57; ) i++;
      return i === exponentStart ? -1 : (this.number[field] = parseDecimalBytes(buf, start, i), i);
    }
    if (mantissa <= 9007199254740992 && scale >= -22) {
      let magnitude = scale === 0 ? mantissa : mantissa / POW102[-scale];
      this.number[field] = negative ? -magnitude : magnitude;
    } else
      this.number[field] = parseDecimalBytes(buf, start, i);
    return i;
  }
  grow() {
    let size = this.kind.length * 2;
    this.keyStart = grown(this.keyStart, size), this.keyEnd = grown(this.keyEnd, size), this.keyHash = grown(this.keyHash, size), this.valueStart = grown(this.valueStart, size), this.valueEnd = grown(this.valueEnd, size), this.valueHash = grown(this.valueHash, size);
    let kind = new Uint8Array(size);
    kind.set(this.kind), this.kind = kind;
    let number = new Float64Array(size);
    number.set(this.number), this.number = number;
  }
};
function skipBlanks(buf, i, end) {
  for (; i < end; ) {
    let c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    i++;
  }
  return i;
}
function matches(buf, i, end, word) {
  if (i + word.length > end) return !1;
  for (let k = 0; k < word.length; k++) if (buf[i + k] !== word.charCodeAt(k)) return !1;
  return !0;
}
function grown(array, size) {
  let bigger = new Int32Array(size);
  return bigger.set(array), bigger;
}

// shared/drift/readers/jsonl.ts
var LF2 = 10, MAX_SCANNED_KEYS = 32768;
async function readJsonLines(source, format, table) {
  let admission = table.admission, dropInvalid = format.invalidLines === "drop", line = 0, setValue = (builder, slot, value) => {
    builder.rowSerial = admission.seen, builder.setValue(slot, value);
  }, markColumns = (record) => {
    for (let key in record) {
      let value = record[key];
      if (value !== null && typeof value == "object" && !Array.isArray(value))
        for (let inner in value) table.column(`${key}.${inner}`);
      else
        table.column(key);
    }
  }, scanner = new FlatJsonScanner(), keyCodes = new ByteDictionary(), keyBuilders = [], builderForKey = (buf, start, end, hash) => {
    let index = keyCodes.find(buf, start, end, hash);
    return index < 0 && (index = keyBuilders.length, keyBuilders.push(table.column(decodeBytes(buf, start, end, "utf8"))), keyCodes.add(buf, start, end, hash, index)), keyBuilders[index];
  }, readScanned = (buf) => {
    let slot = admission.next();
    if (slot === STOP_READING) return !1;
    let { count, keyStart, keyEnd, keyHash } = scanner;
    if (slot < 0) {
      for (let k = 0; k < count; k++) builderForKey(buf, keyStart[k], keyEnd[k], keyHash[k]);
      return !0;
    }
    let serial = admission.seen;
    for (let k = 0; k < count; k++) {
      let builder = builderForKey(buf, keyStart[k], keyEnd[k], keyHash[k]);
      builder !== null && (builder.rowSerial = serial, scanner.storeValue(k, builder, slot, buf));
    }
    let columns = table.materialised;
    for (let i = 0; i < columns.length; i++) columns[i].rowSerial !== serial && columns[i].setMissing(slot);
    return !0;
  }, readLine2 = (buf, start, end) => {
    if (line++, end > start && buf[end - 1] === 13 && end--, buf[start] === 239 && buf[start + 1] === 187 && buf[start + 2] === 191 && start + 3 <= end && (start += 3), keyBuilders.length < MAX_SCANNED_KEYS && scanner.scan(buf, start, end)) return readScanned(buf);
    let text = decodeBytes(buf, start, end, "utf8");
    if (text.trim() === "") return !0;
    if (nestingDepth(text) > LIMITS.maxJsonDepth)
      throw new ConfigurationError(`${source.name} line ${line}: a value is nested deeper than ${LIMITS.maxJsonDepth} levels, the limit of a JSON Lines record.`);
    let record = parseRecord(text);
    if (record === void 0) {
      if (dropInvalid) return !0;
      throw new ConfigurationError(`${source.name} is not valid JSON Lines at line ${line}: each line must be one JSON object.`);
    }
    let slot = admission.next();
    if (slot === STOP_READING) return !1;
    if (slot < 0)
      return markColumns(record), !0;
    for (let key in record) {
      let value = record[key];
      if (value !== null && typeof value == "object" && !Array.isArray(value))
        for (let inner in value) {
          let builder = table.column(`${key}.${inner}`);
          builder !== null && setValue(builder, slot, value[inner]);
        }
      else {
        let builder = table.column(key);
        builder !== null && setValue(builder, slot, value);
      }
    }
    let columns = table.materialised;
    for (let i = 0; i < columns.length; i++) columns[i].rowSerial !== admission.seen && columns[i].setMissing(slot);
    return !0;
  }, lines = new LineSplitter(), stopped = !1;
  try {
    for await (let chunk of source.open()) {
      let bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (stopped = !lines.push(bytes, readLine2), table.noteBytes(bytes.length), stopped) break;
    }
    stopped || lines.end(readLine2);
  } catch (error) {
    throw error instanceof InvalidUtf8Error ? new ConfigurationError(`${source.name} line ${line}: ${error.message}.`) : error instanceof LineTooLongError ? new ConfigurationError(`${source.name} line ${line + 1} is longer than ${formatBytes(LIMITS.maxLineBytes)}, the limit of a line.`) : error;
  }
}
var LineTooLongError = class extends Error {
};
function nestingDepth(text) {
  let depth = 0, deepest = 0, inString = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    inString ? c === 92 ? i++ : c === 34 && (inString = !1) : c === 34 ? inString = !0 : c === 91 || c === 123 ? deepest = Math.max(deepest, ++depth) : (c === 93 || c === 125) && depth--;
  }
  return deepest;
}
var LineSplitter = class {
  scratch = Buffer.alloc(0);
  pendingLength = 0;
  /** Calls `onLine` for every line `chunk` completes, until it returns false; returns false if it did. */
  push(chunk, onLine) {
    let start = 0, end = chunk.indexOf(LF2);
    if (this.pendingLength > 0) {
      if (end < 0)
        return this.keep(chunk, 0, chunk.length), !0;
      this.keep(chunk, 0, end);
      let length = this.pendingLength;
      if (this.pendingLength = 0, !onLine(this.scratch, 0, length)) return !1;
      start = end + 1, end = chunk.indexOf(LF2, start);
    }
    for (; end >= 0; ) {
      if (!onLine(chunk, start, end)) return !1;
      start = end + 1, end = chunk.indexOf(LF2, start);
    }
    return start < chunk.length && this.keep(chunk, start, chunk.length), !0;
  }
  end(onLine) {
    this.pendingLength > 0 && onLine(this.scratch, 0, this.pendingLength), this.pendingLength = 0;
  }
  /** Appends `chunk[from, to)` to the pending bytes. */
  keep(chunk, from, to) {
    let needed = this.pendingLength + to - from;
    if (needed > LIMITS.maxLineBytes) throw new LineTooLongError();
    if (this.scratch.length < needed) {
      let grown2 = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2, 65536));
      this.scratch.copy(grown2, 0, 0, this.pendingLength), this.scratch = grown2;
    }
    chunk.copy(this.scratch, this.pendingLength, from, to), this.pendingLength = needed;
  }
};
function parseRecord(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    try {
      parsed = JSON.parse(replaceNonFiniteLiterals(text));
    } catch {
      return;
    }
  }
  return parsed !== null && typeof parsed == "object" && !Array.isArray(parsed) ? parsed : void 0;
}
function replaceNonFiniteLiterals(text) {
  let out = "", copied = 0, inString = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (inString) {
      c === "\\" ? i++ : c === '"' && (inString = !1);
      continue;
    }
    if (c === '"') {
      inString = !0;
      continue;
    }
    for (let literal of ["NaN", "-Infinity", "Infinity"])
      if (text.startsWith(literal, i)) {
        out += text.slice(copied, i) + "null", i += literal.length - 1, copied = i + 1;
        break;
      }
  }
  return out + text.slice(copied);
}

// shared/drift/readers/parquet-compressors.ts
import { brotliDecompressSync, gunzipSync } from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array;
var i32 = Int32Array, slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  (s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length);
  var n = new u8(e - s);
  return n.set(v.subarray(s, e)), n;
}, fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  for ((s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length); s < e; ++s)
    v[s] = n;
  return v;
}, cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  for ((s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length); s < e; )
    v[t++] = v[s++];
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
], err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  if (e.code = ind, Error.captureStackTrace && Error.captureStackTrace(e, err), !nt)
    throw e;
  return e;
}, rb = function(d, b, n) {
  for (var i = 0, o = 0; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
}, b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
}, rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4], ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    flg & 8 && err(0);
    var bt = 6 - ss, db = df == 3 ? 4 : df, di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss, fss = rb(dat, bt, fsb) + (fcf == 1 && 256), ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    ws > 2145386496 && err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    return buf[0] = 1, buf[4] = 4, buf[8] = 8, {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893)
    return b4(dat, 4) + 8;
  err(0);
}, msb = function(val) {
  for (var bits = 0; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
}, rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4, al = (dat[bt] & 15) + 5;
  al > mal && err(3);
  for (var sz = 1 << al, probs = sz, sym = -1, re = -1, i = -1, ht = sz, buf = new ab(512 + (sz << 2)), freq = new i16(buf, 0, 256), dstate = new u16(buf, 0, 256), nstate = new u16(buf, 512, sz), bb1 = 512 + (sz << 1), syms = new u8(buf, bb1, sz), nbits = new u8(buf, bb1 + sz); sym < 255 && probs > 0; ) {
    var bits = msb(probs + 1), cbt = tpos >> 3, msk = (1 << bits + 1) - 1, val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk, msk1fb = (1 << bits) - 1, msv = msk - probs - 1, sval = val & msk1fb;
    if (sval < msv ? (tpos += bits, val = sval) : (tpos += bits + 1, val > msk1fb && (val -= msv)), freq[++sym] = --val, val == -1 ? (probs += val, syms[--ht] = sym) : probs -= val, !val)
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3, tpos += 2, sym += re;
      } while (re == 3);
  }
  (sym > 255 || probs) && err(0);
  for (var sympos = 0, sstep = (sz >> 1) + (sz >> 3) + 3, smask = sz - 1, s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do
        sympos = sympos + sstep & smask;
      while (sympos >= ht);
    }
  }
  for (sympos && err(0), i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++, nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
}, rhu = function(dat, bt) {
  var i = 0, wc = -1, buf = new u8(292), hb = dat[bt], hw = buf.subarray(0, 256), rc = buf.subarray(256, 268), ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3, lb = dat[bt];
    lb || err(0);
    for (var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1, fpos = (++bt << 3) - 8 + msb(lb); fpos -= btr1, !(fpos < epos); ) {
      var cbt = fpos >> 3;
      if (st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1, hw[++wc] = fdt.s[st1], fpos -= btr2, fpos < epos)
        break;
      cbt = fpos >> 3, st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1, hw[++wc] = fdt.s[st2], btr1 = fdt.n[st1], st1 = fdt.t[st1], btr2 = fdt.n[st2], st2 = fdt.t[st2];
    }
    ++wc > 255 && err(0);
  } else {
    for (wc = hb - 127; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4, hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    wt > 11 && err(0), wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1, ts = 1 << mb, rem = ts - wes;
  for (rem & rem - 1 && err(0), hw[wc++] = msb(rem) + 1, i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1), syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  for (ri[mb] = 0, i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  for (ri[0] != ts && err(0), i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
}, dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1], dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1], doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1], b2bl = function(b, s) {
  for (var len = b.length, bl = new i32(len), i = 0; i < len; ++i)
    bl[i] = s, s += 1 << b[i];
  return bl;
}, llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36), llbl = /* @__PURE__ */ b2bl(llb, 0), mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53), mlbl = /* @__PURE__ */ b2bl(mlb, 3), dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  lb || err(0);
  for (var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1; pos > eb && i < ss; ) {
    var cbt = pos >> 3, val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk, out[++i] = hu.s[st], pos -= btr = hu.n[st];
  }
  (pos != eb || i + 1 != ss) && err(0);
}, dhu4 = function(dat, out, hu) {
  var bt = 6, ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu), dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu), dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu), dhu(dat.subarray(bt), out.subarray(sz3), hu);
}, rzb = function(dat, st, out) {
  var _a, bt = st.b, b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13, ebt = (bt += 3) + sz;
  if (btype == 1)
    return bt >= dat.length ? void 0 : (st.b = bt + 1, out ? (fill(out, dat[bt], st.y, st.y += sz), out) : fill(new u8(sz), dat[bt]));
  if (!(ebt > dat.length)) {
    if (btype == 0)
      return st.b = ebt, out ? (out.set(dat.subarray(bt, ebt), st.y), st.y += sz, out) : slc(dat, bt, ebt);
    if (btype == 2) {
      var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3, lss = b3 >> 4, lcs = 0, s4 = 0;
      lbt < 2 ? sf & 1 ? lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12) : lss = b3 >> 3 : (s4 = sf, sf < 2 ? (lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2) : sf == 2 ? (lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6) : (lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10)), ++bt;
      var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m), spl = buf.length - lss;
      if (lbt == 0)
        buf.set(dat.subarray(bt, bt += lss), spl);
      else if (lbt == 1)
        fill(buf, dat[bt++], spl);
      else {
        var hu = st.h;
        if (lbt == 2) {
          var hud = rhu(dat, bt);
          lcs += bt - (bt = hud[0]), st.h = hu = hud[1];
        } else hu || err(0);
        (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
      }
      var ns = dat[bt++];
      if (ns) {
        ns == 255 ? ns = (dat[bt++] | dat[bt++] << 8) + 32512 : ns > 127 && (ns = ns - 128 << 8 | dat[bt++]);
        var scm = dat[bt++];
        scm & 3 && err(0);
        for (var dts = [dmlt, doct, dllt], i = 2; i > -1; --i) {
          var md = scm >> (i << 1) + 2 & 3;
          if (md == 1) {
            var rbuf = new u8([0, 0, dat[bt++]]);
            dts[i] = {
              s: rbuf.subarray(2, 3),
              n: rbuf.subarray(0, 1),
              t: new u16(rbuf.buffer, 0, 1),
              b: 0
            };
          } else md == 2 ? (_a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1]) : md == 3 && (st.t || err(0), dts[i] = st.t[i]);
        }
        var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2], lb = dat[ebt - 1];
        lb || err(0);
        var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0, lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
        cbt = (spos -= oct.b) >> 3;
        var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
        cbt = (spos -= mlt.b) >> 3;
        var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
        for (++ns; --ns; ) {
          var llc = llt.s[lst], lbtr = llt.n[lst], mlc = mlt.s[mst], mbtr = mlt.n[mst], ofc = oct.s[ost], obtr = oct.n[ost];
          cbt = (spos -= ofc) >> 3;
          var ofp = 1 << ofc, off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
          cbt = (spos -= mlb[mlc]) >> 3;
          var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
          cbt = (spos -= llb[llc]) >> 3;
          var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
          if (cbt = (spos -= lbtr) >> 3, lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1), cbt = (spos -= mbtr) >> 3, mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1), cbt = (spos -= obtr) >> 3, ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1), off > 3)
            st.o[2] = st.o[1], st.o[1] = st.o[0], st.o[0] = off -= 3;
          else {
            var idx = off - (ll != 0);
            idx ? (off = idx == 3 ? st.o[0] - 1 : st.o[idx], idx > 1 && (st.o[2] = st.o[1]), st.o[1] = st.o[0], st.o[0] = off) : off = st.o[0];
          }
          for (var i = 0; i < ll; ++i)
            buf[oubt + i] = buf[spl + i];
          oubt += ll, spl += ll;
          var stin = oubt - off;
          if (stin < 0) {
            var len = -stin, bs = st.e + stin;
            len > ml && (len = ml);
            for (var i = 0; i < len; ++i)
              buf[oubt + i] = st.w[bs + i];
            oubt += len, ml -= len, stin = 0;
          }
          for (var i = 0; i < ml; ++i)
            buf[oubt + i] = buf[stin + i];
          oubt += ml;
        }
        if (oubt != spl)
          for (; spl < buf.length; )
            buf[oubt++] = buf[spl++];
        else
          oubt = buf.length;
        out ? st.y += oubt : buf = slc(buf, 0, oubt);
      } else if (out) {
        if (st.y += lss, spl)
          for (var i = 0; i < lss; ++i)
            buf[i] = buf[spl + i];
      } else spl && (buf = slc(buf, spl));
      return st.b = ebt, buf;
    }
    err(2);
  }
}, cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  for (var buf = new u8(ol), i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b), b += chk.length;
  }
  return buf;
};
function decompress(dat, buf) {
  for (var bufs = [], nb = +!buf, bt = 0, ol = 0; dat.length; ) {
    var st = rzfh(dat, nb || buf);
    if (typeof st == "object") {
      for (nb ? (buf = null, st.w.length == st.u && (bufs.push(buf = st.w), ol += st.u)) : (bufs.push(buf), st.e = 0); !st.l; ) {
        var blk = rzb(dat, st, buf);
        blk || err(5), buf ? st.e = st.y : (bufs.push(blk), ol += blk.length, cpw(st.w, 0, blk.length), st.w.set(blk, st.w.length - blk.length));
      }
      bt = st.b + st.c * 4;
    } else
      bt = st;
    dat = dat.subarray(bt);
  }
  return cct(bufs, ol);
}

// node_modules/hyparquet-compressors/src/lz4.js
function decompressLz4(input, outputLength) {
  let output = new Uint8Array(outputLength);
  try {
    let i = 0, o = 0;
    for (; i < input.length - 8; ) {
      let expectedOutputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++], expectedInputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++];
      if (input.length - i < expectedInputLength) throw new Error("lz4 not hadoop");
      if (output.length < expectedOutputLength) throw new Error("lz4 not hadoop");
      if (lz4basic(input.subarray(i, i + expectedInputLength), output, o) !== expectedOutputLength) throw new Error("lz4 not hadoop");
      if (i += expectedInputLength, o += expectedOutputLength, i === input.length) return output;
    }
    if (i < input.length) throw new Error("lz4 not hadoop");
  } catch (error) {
    if (error instanceof Error && error.message !== "lz4 not hadoop") throw error;
    lz4basic(input, output, 0);
  }
  return output;
}
function decompressLz4Raw(input, outputLength) {
  let output = new Uint8Array(outputLength);
  return lz4basic(input, output, 0), output;
}
function lz4basic(input, output, outputIndex) {
  let len = outputIndex;
  for (let i = 0; i < input.length; ) {
    let token = input[i++], literals = token >> 4;
    if (literals) {
      let byte2 = literals + 240;
      for (; byte2 === 255; ) literals += byte2 = input[i++];
      if (output.set(input.subarray(i, i + literals), len), len += literals, i += literals, i >= input.length) return len - outputIndex;
    }
    let offset = input[i++] | input[i++] << 8;
    if (!offset || offset > len)
      throw new Error(`lz4 offset out of range ${offset}`);
    let matchLength = token & 15, byte = matchLength + 240;
    for (; byte === 255; ) matchLength += byte = input[i++];
    matchLength += 4;
    let pos = len - offset, end = len + matchLength;
    for (; len < end; ) output[len++] = output[pos++];
  }
  return len - outputIndex;
}

// shared/drift/readers/parquet-compressors.ts
var parquetCompressors = {
  GZIP: (input) => gunzipSync(input),
  BROTLI: (input) => brotliDecompressSync(input),
  ZSTD: (input) => decompress(input),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw
};

// shared/drift/readers/parquet.ts
var CHECKED_TEXT = {
  stringFromBytes(bytes) {
    if (!bytes) return bytes;
    try {
      return decodeBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.byteLength, "utf8");
    } catch (error) {
      if (error instanceof InvalidUtf8Error) return error;
      throw error;
    }
  }
};
async function readParquet(source, table) {
  let file = source.randomAccess ? await source.randomAccess() : await bufferWhole(source), metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new ConfigurationError(`${source.name} is not a readable Parquet file: ${errorMessage(error)}.`);
  }
  let builders = /* @__PURE__ */ new Map();
  for (let { element } of parquetSchema(metadata).children) {
    let builder = table.column(element.name);
    builder !== null && (builders.set(element.name, builder), (element.type === "FLOAT" || element.type === "DOUBLE") && builder.markFloatingPoint());
  }
  let columns = [...builders.keys()];
  table.expectRows(Number(metadata.num_rows), source.size);
  let admission = table.admission, groupStart = 0;
  for (let group of metadata.row_groups) {
    let groupRows = Number(group.num_rows), slots = new Int32Array(groupRows), taken = 0, stop = !1;
    for (; taken < groupRows; ) {
      let slot = admission.next();
      if (slot === STOP_READING) {
        stop = !0;
        break;
      }
      slots[taken++] = slot;
    }
    let rowStart = groupStart, rowEnd = groupStart + taken;
    if (taken > 0 && columns.length > 0) {
      let invalid, onChunk = (chunk) => {
        let builder = builders.get(chunk.columnName);
        if (builder === void 0 || invalid) return;
        let from = Math.max(chunk.rowStart, rowStart), to = Math.min(chunk.rowEnd, rowEnd);
        for (let row = from; row < to; row++) {
          let value = chunk.columnData[row - chunk.rowStart];
          if (value instanceof InvalidUtf8Error) {
            invalid = new ConfigurationError(`${source.name} column ${JSON.stringify(chunk.columnName)} row ${row + 1}: ${value.message}.`);
            return;
          }
          let slot = slots[row - rowStart];
          slot >= 0 && builder.setValue(slot, value);
        }
      };
      try {
        await parquetRead({ file, metadata, columns, rowStart, rowEnd, compressors: parquetCompressors, parsers: CHECKED_TEXT, onChunk });
      } catch (error) {
        throw new ConfigurationError(`${source.name} could not be read as Parquet: ${errorMessage(error)}.`);
      }
      if (invalid) throw invalid;
    }
    if (stop) return;
    groupStart += groupRows;
  }
}
async function bufferWhole(source) {
  let parts = [];
  for await (let chunk of source.open()) parts.push(Buffer.from(chunk));
  let whole = Buffer.concat(parts);
  return {
    byteLength: whole.byteLength,
    slice: (start, end) => whole.buffer.slice(whole.byteOffset + start, whole.byteOffset + (end ?? whole.byteLength))
  };
}

// shared/drift/readers/gzip.ts
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
function gunzipSource(source) {
  return { name: source.name, open: () => gunzipChunks(source) };
}
async function* gunzipChunks(source) {
  let output = pipeline(Readable.from(copies(source.open())), createGunzip(), () => {
  });
  for await (let chunk of output) yield chunk;
}
async function* copies(chunks) {
  for await (let chunk of chunks) yield Buffer.from(chunk);
}

// shared/drift/readers/abortable.ts
function throwIfCancelled(signal, name) {
  if (signal.aborted) throw new CancelledError(`Cancelled while reading ${name}.`);
}
function abortableSource(source, signal) {
  return signal === void 0 ? source : {
    name: source.name,
    size: source.size,
    open: () => abortableChunks(source, signal),
    randomAccess: source.randomAccess && (async () => abortableBuffer(await source.randomAccess(), signal, source.name))
  };
}
async function* abortableChunks(source, signal) {
  throwIfCancelled(signal, source.name);
  for await (let chunk of source.open())
    yield chunk, await new Promise((resolve2) => setImmediate(resolve2)), throwIfCancelled(signal, source.name);
}
function abortableBuffer(buffer, signal, name) {
  return {
    byteLength: buffer.byteLength,
    slice: async (start, end) => (throwIfCancelled(signal, name), buffer.slice(start, end))
  };
}

// shared/drift/readers/table-builder.ts
var TableBuilder = class {
  constructor(label, options = {}) {
    this.label = label;
    this.admission = new RowAdmission(options.maxRows, options.sample), this.wanted = options.columns ? new Set(options.columns) : void 0, this.excluded = new Set(options.exclude ?? []), this.categorical = new Set(options.categorical ?? []);
  }
  label;
  admission;
  builders = /* @__PURE__ */ new Map();
  wanted;
  excluded;
  categorical;
  files = [];
  rowsHint = 0;
  bytesRead = 0;
  /** Bytes of the whole dataset when every source knows its size. */
  totalBytes;
  get currentFile() {
    return this.files[this.files.length - 1] ?? this.label;
  }
  /** True once `maxRows` rows were read: later files need not be opened. */
  get done() {
    return this.admission.exhausted;
  }
  /** Sizes column storage: rows expected in the whole dataset (0 when unknown), capped by maxRows and the sample. */
  expectedRows() {
    return Math.min(this.rowsHint, this.admission.limit);
  }
  /** Text readers report each chunk they consumed: the first rows, scaled to `totalBytes`, estimate the row count. */
  noteBytes(bytes) {
    this.bytesRead += bytes, this.rowsHint === 0 && this.totalBytes !== void 0 && this.admission.seen > 0 && (this.rowsHint = Math.ceil(this.admission.seen / this.bytesRead * this.totalBytes));
  }
  /** A reader that knows a file's row count up front (Parquet). */
  expectRows(rows, fileBytes) {
    if (this.rowsHint !== 0) return;
    let scale = this.totalBytes !== void 0 && fileBytes ? this.totalBytes / fileBytes : 1;
    this.rowsHint = this.admission.seen + Math.ceil(rows * scale);
  }
  beginFile(name) {
    this.files.push(name);
  }
  /** The builder for a column of the current file, or null when the column is not materialised. */
  column(name) {
    let builder = this.builders.get(name);
    if (builder === void 0) {
      if (this.builders.size >= LIMITS.maxColumns)
        throw new ConfigurationError(`${this.currentFile} has more than ${LIMITS.maxColumns} columns, the limit of a dataset; list the columns to compare in features.`);
      let materialise = (this.wanted === void 0 || this.wanted.has(name)) && !this.excluded.has(name);
      if (materialise && this.files.length > 1)
        throw new ConfigurationError(`Column "${name}" is in ${this.currentFile} but not in ${this.files[0]}: all files of ${this.label} must have the same columns.`);
      builder = materialise ? new ColumnBuilder(name, this.categorical.has(name), this) : null, this.builders.set(name, builder), builder !== null && this.materialised.push(builder);
    }
    return builder !== null && (builder.lastFile = this.files.length - 1), builder;
  }
  /** Columns materialised so far, in order of first appearance. */
  materialised = [];
  /** Checks that the file just read had every materialised column. */
  endFile() {
    let fileIndex = this.files.length - 1;
    for (let builder of this.builders.values())
      if (builder !== null && builder.lastFile !== fileIndex)
        throw new ConfigurationError(`Column "${builder.name}" is in ${this.files[0]} but missing from ${this.currentFile}: all files of ${this.label} must have the same columns.`);
  }
  finish() {
    let names = [...this.builders.keys()];
    for (let name of this.wanted ?? [])
      if (!this.builders.has(name))
        throw new ConfigurationError(`Column "${name}" is not in ${this.label}; its columns are: ${names.join(", ")}.`);
    if (this.admission.seen === 0) throw new ConfigurationError(`${this.label} has no data rows.`);
    let rowCount = this.admission.held, columns = /* @__PURE__ */ new Map(), missing = /* @__PURE__ */ new Map();
    for (let builder of this.builders.values()) {
      if (builder === null) continue;
      let finished = builder.finish(rowCount);
      if (finished === void 0)
        throw new ConfigurationError(`Column "${builder.name}" of ${this.label} has no valid values in ${rowCount} rows (all empty, NaN or infinite); exclude it or fix the data.`);
      columns.set(builder.name, finished.column), missing.set(builder.name, finished.missing);
    }
    if (columns.size === 0) throw new ConfigurationError(`No column of ${this.label} is left to read; its columns are: ${names.join(", ")}.`);
    return { columns, rowCount, sourceRowCount: this.admission.seen, missing, sources: [...this.files] };
  }
};

// shared/drift/readers/cancellable.ts
function throwIfCancelled2(signal, doing) {
  if (signal?.aborted) throw new CancelledError(`${doing} was cancelled.`);
}
function cancellableSource(source, signal) {
  if (signal === void 0) return source;
  let doing = `Reading ${source.name}`, randomAccess = source.randomAccess?.bind(source);
  return {
    name: source.name,
    size: source.size,
    ...source.localPath === void 0 ? {} : { localPath: source.localPath },
    open: () => checkedChunks(source.open(signal), signal, doing),
    ...randomAccess ? {
      randomAccess: async () => (throwIfCancelled2(signal, doing), checkedBuffer(await rethrowCancelled(randomAccess(signal), signal, doing), signal, doing))
    } : {}
  };
}
async function* checkedChunks(chunks, signal, doing) {
  throwIfCancelled2(signal, doing);
  let iterator = chunks[Symbol.asyncIterator]();
  try {
    for (; ; ) {
      let next = await rethrowCancelled(iterator.next(), signal, doing);
      if (throwIfCancelled2(signal, doing), next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
function checkedBuffer(buffer, signal, doing) {
  return {
    byteLength: buffer.byteLength,
    slice: async (start, end) => (throwIfCancelled2(signal, doing), rethrowCancelled(Promise.resolve(buffer.slice(start, end)), signal, doing))
  };
}
async function rethrowCancelled(pending, signal, doing) {
  try {
    return await pending;
  } catch (error) {
    throw throwIfCancelled2(signal, doing), error;
  }
}

// shared/drift/readers/read-table.ts
async function readTable(source, options = {}) {
  let dataset = await toDataset(source);
  if (dataset.sources.length === 0) throw new ConfigurationError(`${dataset.label} holds no file.`);
  let table = new TableBuilder(dataset.label, options);
  dataset.sources.every((file) => file.size !== void 0) && (table.totalBytes = dataset.sources.reduce((sum, file) => sum + file.size, 0));
  let csvReaders = /* @__PURE__ */ new Map();
  for (let source2 of dataset.sources) {
    if (table.done) break;
    throwIfCancelled2(options.signal, `Reading ${dataset.label}`);
    let file = cancellableSource(source2, options.signal), format = dataset.format ?? formatFromName(file.name), abortable = abortableSource(file, options.signal), input = format.kind !== "parquet" && isGzipName(file.name) ? gunzipSource(abortable) : abortable;
    table.beginFile(file.name);
    try {
      format.kind === "csv" ? await csvReaderFor(csvReaders, format).read(input, table) : format.kind === "jsonl" ? await readJsonLines(input, format, table) : await readParquet(input, table);
    } catch (error) {
      throw error instanceof ConfigurationError || error instanceof CancelledError ? error : new ConfigurationError(`Cannot read ${file.name}: ${error.message}`);
    }
    table.endFile();
  }
  return table.finish();
}
async function toDataset(source) {
  return typeof source == "string" ? resolveLocalDataset(source) : isByteSourceList(source) ? { label: source.map((file) => file.name).join(", "), sources: source } : "sources" in source ? source : { label: source.name, sources: [source] };
}
function isByteSourceList(source) {
  return Array.isArray(source);
}
function csvReaderFor(readers, format) {
  let key = JSON.stringify([format.delimiter, format.header, format.encoding]), reader = readers.get(key);
  return reader === void 0 && (reader = new CsvReader(format), readers.set(key, reader)), reader;
}

// shared/drift/readers/worker/protocol.ts
function serializeError(error) {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}
function deserializeError(error) {
  switch (error.name) {
    case "ConfigurationError":
    case "SettingError":
      return new ConfigurationError(error.message);
    case "CancelledError":
      return new CancelledError(error.message);
    case "ServiceError":
      return new ServiceError(error.message);
    default:
      return new Error(error.message);
  }
}
function columnBuffers(columns) {
  let buffers = /* @__PURE__ */ new Set();
  for (let column of columns) buffers.add((column.kind === "numerical" ? column.values : column.codes).buffer);
  return [...buffers];
}

export {
  numberToText,
  sampleCdfErrorBound,
  localFileSource,
  resolveLocalDataset,
  throwIfCancelled2 as throwIfCancelled,
  cancellableSource,
  readTable,
  serializeError,
  deserializeError,
  columnBuffers
};
