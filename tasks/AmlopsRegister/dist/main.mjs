import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __filename = __amlopsFileURLToPath(import.meta.url);
const __dirname = __amlopsDirname(__filename);
import {
  ConfigurationError,
  __commonJS,
  __require,
  __toESM,
  errorMessage,
  safeParse
} from "./chunks/chunk-RD6TRGY3.mjs";

// node_modules/concat-map/index.js
var require_concat_map = __commonJS({
  "node_modules/concat-map/index.js"(exports, module) {
    module.exports = function(xs, fn) {
      for (var res = [], i = 0; i < xs.length; i++) {
        var x = fn(xs[i], i);
        isArray(x) ? res.push.apply(res, x) : res.push(x);
      }
      return res;
    };
    var isArray = Array.isArray || function(xs) {
      return Object.prototype.toString.call(xs) === "[object Array]";
    };
  }
});

// node_modules/balanced-match/index.js
var require_balanced_match = __commonJS({
  "node_modules/balanced-match/index.js"(exports, module) {
    "use strict";
    module.exports = balanced;
    function balanced(a, b, str) {
      a instanceof RegExp && (a = maybeMatch(a, str)), b instanceof RegExp && (b = maybeMatch(b, str));
      var r = range(a, b, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + a.length, r[1]),
        post: str.slice(r[1] + b.length)
      };
    }
    function maybeMatch(reg, str) {
      var m = str.match(reg);
      return m ? m[0] : null;
    }
    balanced.range = range;
    function range(a, b, str) {
      var begs, beg, left, right, result, ai = str.indexOf(a), bi = str.indexOf(b, ai + 1), i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b)
          return [ai, bi];
        for (begs = [], left = str.length; i >= 0 && !result; )
          i == ai ? (begs.push(i), ai = str.indexOf(a, i + 1)) : begs.length == 1 ? result = [begs.pop(), bi] : (beg = begs.pop(), beg < left && (left = beg, right = bi), bi = str.indexOf(b, i + 1)), i = ai < bi && ai >= 0 ? ai : bi;
        begs.length && (result = [left, right]);
      }
      return result;
    }
  }
});

// node_modules/brace-expansion/index.js
var require_brace_expansion = __commonJS({
  "node_modules/brace-expansion/index.js"(exports, module) {
    var concatMap = require_concat_map(), balanced = require_balanced_match();
    module.exports = expandTop;
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0", escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0", escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0", escComma = "\0COMMA" + Math.random().toFixed(16) + "\0", escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0", EXPANSION_MAX = 1e5, EXPANSION_MAX_LENGTH = 4e6, EXPANSION_MAX_DEPTH = 1e3, EXPANSION_MAX_REWRITES = 1e3, EXPANSION_MAX_STEPS = 2e7, CALL_STEPS = 16;
    function numeric(str) {
      return parseInt(str, 10) == str ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.split("\\\\").join(escSlash).split("\\{").join(escOpen).split("\\}").join(escClose).split("\\,").join(escComma).split("\\.").join(escPeriod);
    }
    function unescapeBraces(str) {
      return str.split(escSlash).join("\\").split(escOpen).join("{").split(escClose).join("}").split(escComma).join(",").split(escPeriod).join(".");
    }
    function pushAll(target, items) {
      for (var i = 0; i < items.length; i++)
        target.push(items[i]);
    }
    function balancedWithBudget(str, masked, budget) {
      if (!(budget.remaining < 0)) {
        var r = balanced.range("{", "}", masked), unmatched = r !== void 0 && masked.indexOf("{") < r[0];
        if (budget.remaining -= r && !unmatched ? r[1] + 1 : str.length, !(!r || budget.remaining < 0))
          return {
            end: r[1],
            pre: str.slice(0, r[0]),
            body: str.slice(r[0] + 1, r[1]),
            post: str.slice(r[1] + 1),
            unmatched
          };
      }
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      for (var open = [], i = 0; i < masked.length; i++) {
        var c = masked.charCodeAt(i);
        c === 123 ? open.push(i) : c === 125 && open.length && open.pop();
      }
      for (var out = "", last = 0, j = 0; j < open.length; j++)
        out += masked.slice(last, open[j]) + "\0", last = open[j] + 1;
      return out + masked.slice(last);
    }
    function commaSetFollows(str, budget) {
      if (budget.remaining -= str.length, budget.remaining < 0)
        return !1;
      for (var close = !1, i = str.length - 1; i >= 0; i--) {
        var c = str.charCodeAt(i);
        if (c === 125)
          close = !0;
        else if (c === 10 || c === 13 || c === 8232 || c === 8233)
          close = !1;
        else if (c === 44 && close && str.charCodeAt(i + 1) !== 44)
          return !0;
      }
      return !1;
    }
    function parseCommaParts(str, budget) {
      for (var parts = [], carry = ""; ; ) {
        var m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0)
          return;
        if (!m) {
          var tail = str.split(",");
          return tail[0] = carry + tail[0], pushAll(parts, tail), parts;
        }
        var pre = m.pre, body = m.body, post = m.post, p = pre.split(",");
        if (p[0] = carry + p[0], p[p.length - 1] += "{" + body + "}", !post.length)
          return pushAll(parts, p), parts;
        carry = p.pop(), pushAll(parts, p), str = post;
      }
    }
    function bound(value, fallback) {
      return value == null || isNaN(value) ? fallback : value;
    }
    function expandTop(str, options) {
      if (!str) return [];
      options = options || {};
      var max = bound(options.max, EXPANSION_MAX), maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH), maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH), maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES), maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
      return str.substr(0, 2) === "{}" && (str = "\\{\\}" + str.substr(2)), expand(
        escapeBraces(str),
        max,
        maxLength,
        maxDepth,
        0,
        maxRewrites,
        { remaining: maxSteps },
        !0
      ).map(unescapeBraces);
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
    function combine(acc, base, pre, values, max, maxLength, dropEmpties, outBase, budget) {
      var out = [], length = 0, nonEmpty;
      outer: for (var a = 0; a < acc.length; a++) {
        var prefix = acc[a] + pre, vs = values;
        dropEmpties && prefix.length === base[a] && (nonEmpty || (nonEmpty = values.filter(Boolean)), vs = nonEmpty);
        for (var v = 0; v < vs.length; v++) {
          if (out.length >= max) break outer;
          var expansion = prefix + vs[v];
          if (length + expansion.length > maxLength) break outer;
          out.push(expansion), outBase.push(base[a]), length += expansion.length;
        }
      }
      return budget.remaining -= out.length, out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      var n = body.split(/\.\./), N = [];
      if (n[0] === void 0 || n[1] === void 0)
        return N;
      var x = numeric(n[0]), y = numeric(n[1]), width = Math.max(n[0].length, n[1].length), incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1, test = lte, reverse = y < x;
      reverse && (incr *= -1, test = gte);
      for (var pad = n.some(isPadded), cost = pad ? width : 1, length = 0, i = x; test(i, y) && N.length < max; i += incr) {
        if (budget.remaining -= cost, budget.remaining < 0)
          return;
        var c;
        if (isAlphaSequence)
          c = String.fromCharCode(i), c === "\\" && (c = "");
        else if (c = String(i), pad) {
          var need = width - c.length;
          if (need > 0) {
            var z = new Array(need + 1).join("0");
            i < 0 ? c = "-" + z + c.slice(1) : c = z + c;
          }
        }
        if (length + c.length > maxLength) break;
        N.push(c), length += c.length;
      }
      return N;
    }
    function expand(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      if (budget.remaining -= CALL_STEPS, depth > maxDepth)
        return [str];
      for (var acc = [""], accBase = [0], rewrites = 0, dropEmpties = !1, firstGroup = !0, masked = str, nextBase; ; ) {
        var m = balancedWithBudget(str, masked, budget);
        if (!m)
          return combine(
            acc,
            accBase,
            str,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        m.unmatched && (masked = maskUnmatchedOpens(masked, budget));
        var pre = m.pre, literal = function() {
          return combine(
            acc,
            accBase,
            pre + "{" + m.body + "}" + m.post,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        };
        if (/\$$/.test(pre))
          return combine(
            acc,
            accBase,
            str,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        var isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body), isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(
          m.body
        ), isSequence = isNumericSequence || isAlphaSequence, isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++, str = m.pre + "{" + m.body + escClose + m.post, masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1), isTop = !0, firstGroup = !0, dropEmpties = !1, accBase = [];
            for (var b = 0; b < acc.length; b++)
              accBase.push(acc[b].length);
            continue;
          }
          return literal();
        }
        firstGroup && (dropEmpties = isTop && !isSequence, firstGroup = !1);
        var values;
        if (isSequence) {
          if (values = expandSequence(
            m.body,
            isAlphaSequence,
            max,
            maxLength,
            budget
          ), !values)
            return literal();
        } else {
          var n = parseCommaParts(m.body, budget);
          if (!n)
            return literal();
          if (n.length === 1 && n[0] !== void 0) {
            if (n = expand(
              n[0],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              !1
            ).map(embrace), budget.remaining < 0)
              return literal();
            if (n.length === 1) {
              nextBase = [];
              var single = combine(
                acc,
                accBase,
                pre + n[0],
                [""],
                max,
                maxLength,
                dropEmpties && !m.post.length,
                nextBase,
                budget
              );
              if (budget.remaining < 0)
                return literal();
              if (acc = single, accBase = nextBase, !m.post.length) break;
              str = m.post, masked = masked.slice(m.end + 1);
              continue;
            }
          }
          for (var dropsEmpties = dropEmpties && !m.post.length && !pre, d = 0; dropsEmpties && d < acc.length; d++)
            acc[d].length !== accBase[d] && (dropsEmpties = !1);
          values = [];
          var valuesLength = 0;
          outer: for (var j = 0; j < n.length; j++) {
            var expanded = expand(
              n[j],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              !1
            );
            if (budget.remaining < 0)
              return literal();
            for (var k = 0; k < expanded.length; k++) {
              var v = expanded[k];
              if (!(dropsEmpties && !v)) {
                if (values.length >= max || valuesLength + v.length > maxLength)
                  break outer;
                values.push(v), valuesLength += v.length;
              }
            }
          }
        }
        nextBase = [];
        var next = combine(
          acc,
          accBase,
          pre,
          values,
          max,
          maxLength,
          dropEmpties && !m.post.length,
          nextBase,
          budget
        );
        if (budget.remaining < 0)
          return literal();
        if (acc = next, accBase = nextBase, !m.post.length) break;
        str = m.post, masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/minimatch/minimatch.js
var require_minimatch = __commonJS({
  "node_modules/minimatch/minimatch.js"(exports, module) {
    module.exports = minimatch;
    minimatch.Minimatch = Minimatch;
    var path = (function() {
      try {
        return __require("path");
      } catch {
      }
    })() || {
      sep: "/"
    };
    minimatch.sep = path.sep;
    var GLOBSTAR = minimatch.GLOBSTAR = Minimatch.GLOBSTAR = {}, expand = require_brace_expansion(), plTypes = {
      "!": { open: "(?:(?!(?:", close: "))[^/]*?)" },
      "?": { open: "(?:", close: ")?" },
      "+": { open: "(?:", close: ")+" },
      "*": { open: "(?:", close: ")*" },
      "@": { open: "(?:", close: ")" }
    }, qmark = "[^/]", star = qmark + "*?", twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?", twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?", reSpecials = charSet("().*{}+?[]^$\\!");
    function charSet(s) {
      return s.split("").reduce(function(set, c) {
        return set[c] = !0, set;
      }, {});
    }
    var slashSplit = /\/+/;
    minimatch.filter = filter;
    function filter(pattern, options) {
      return options = options || {}, function(p, i, list) {
        return minimatch(p, pattern, options);
      };
    }
    function ext(a, b) {
      b = b || {};
      var t = {};
      return Object.keys(a).forEach(function(k) {
        t[k] = a[k];
      }), Object.keys(b).forEach(function(k) {
        t[k] = b[k];
      }), t;
    }
    minimatch.defaults = function(def) {
      if (!def || typeof def != "object" || !Object.keys(def).length)
        return minimatch;
      var orig = minimatch, m = function(p, pattern, options) {
        return orig(p, pattern, ext(def, options));
      };
      return m.Minimatch = function(pattern, options) {
        return new orig.Minimatch(pattern, ext(def, options));
      }, m.Minimatch.defaults = function(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }, m.filter = function(pattern, options) {
        return orig.filter(pattern, ext(def, options));
      }, m.defaults = function(options) {
        return orig.defaults(ext(def, options));
      }, m.makeRe = function(pattern, options) {
        return orig.makeRe(pattern, ext(def, options));
      }, m.braceExpand = function(pattern, options) {
        return orig.braceExpand(pattern, ext(def, options));
      }, m.match = function(list, pattern, options) {
        return orig.match(list, pattern, ext(def, options));
      }, m;
    };
    Minimatch.defaults = function(def) {
      return minimatch.defaults(def).Minimatch;
    };
    function minimatch(p, pattern, options) {
      return assertValidPattern(pattern), options || (options = {}), !options.nocomment && pattern.charAt(0) === "#" ? !1 : new Minimatch(pattern, options).match(p);
    }
    function Minimatch(pattern, options) {
      if (!(this instanceof Minimatch))
        return new Minimatch(pattern, options);
      assertValidPattern(pattern), options || (options = {}), pattern = pattern.trim(), !options.allowWindowsEscape && path.sep !== "/" && (pattern = pattern.split(path.sep).join("/")), this.options = options, this.maxGlobstarRecursion = options.maxGlobstarRecursion !== void 0 ? options.maxGlobstarRecursion : 200, this.set = [], this.pattern = pattern, this.regexp = null, this.negate = !1, this.comment = !1, this.empty = !1, this.partial = !!options.partial, this.make();
    }
    Minimatch.prototype.debug = function() {
    };
    Minimatch.prototype.make = make;
    function make() {
      var pattern = this.pattern, options = this.options;
      if (!options.nocomment && pattern.charAt(0) === "#") {
        this.comment = !0;
        return;
      }
      if (!pattern) {
        this.empty = !0;
        return;
      }
      this.parseNegate();
      var set = this.globSet = this.braceExpand();
      options.debug && (this.debug = function() {
        console.error.apply(console, arguments);
      }), this.debug(this.pattern, set), set = this.globParts = set.map(function(s) {
        return s.split(slashSplit);
      }), this.debug(this.pattern, set), set = set.map(function(s, si, set2) {
        return s.map(this.parse, this);
      }, this), this.debug(this.pattern, set), set = set.filter(function(s) {
        return s.indexOf(!1) === -1;
      }), this.debug(this.pattern, set), this.set = set;
    }
    Minimatch.prototype.parseNegate = parseNegate;
    function parseNegate() {
      var pattern = this.pattern, negate = !1, options = this.options, negateOffset = 0;
      if (!options.nonegate) {
        for (var i = 0, l = pattern.length; i < l && pattern.charAt(i) === "!"; i++)
          negate = !negate, negateOffset++;
        negateOffset && (this.pattern = pattern.substr(negateOffset)), this.negate = negate;
      }
    }
    minimatch.braceExpand = function(pattern, options) {
      return braceExpand(pattern, options);
    };
    Minimatch.prototype.braceExpand = braceExpand;
    function braceExpand(pattern, options) {
      return options || (this instanceof Minimatch ? options = this.options : options = {}), pattern = typeof pattern > "u" ? this.pattern : pattern, assertValidPattern(pattern), options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern) ? [pattern] : expand(pattern);
    }
    var MAX_PATTERN_LENGTH = 1024 * 64, assertValidPattern = function(pattern) {
      if (typeof pattern != "string")
        throw new TypeError("invalid pattern");
      if (pattern.length > MAX_PATTERN_LENGTH)
        throw new TypeError("pattern is too long");
    };
    Minimatch.prototype.parse = parse;
    var SUBPARSE = {};
    function parse(pattern, isSub) {
      assertValidPattern(pattern);
      var options = this.options;
      if (pattern === "**")
        if (options.noglobstar)
          pattern = "*";
        else
          return GLOBSTAR;
      if (pattern === "") return "";
      var re = "", hasMagic = !!options.nocase, escaping = !1, patternListStack = [], negativeLists = [], stateChar, inClass = !1, reClassStart = -1, classStart = -1, patternStart = pattern.charAt(0) === "." ? "" : options.dot ? "(?!(?:^|\\/)\\.{1,2}(?:$|\\/))" : "(?!\\.)", self2 = this;
      function clearStateChar() {
        if (stateChar) {
          switch (stateChar) {
            case "*":
              re += star, hasMagic = !0;
              break;
            case "?":
              re += qmark, hasMagic = !0;
              break;
            default:
              re += "\\" + stateChar;
              break;
          }
          self2.debug("clearStateChar %j %j", stateChar, re), stateChar = !1;
        }
      }
      for (var i = 0, len = pattern.length, c; i < len && (c = pattern.charAt(i)); i++) {
        if (this.debug("%s	%s %s %j", pattern, i, re, c), escaping && reSpecials[c]) {
          re += "\\" + c, escaping = !1;
          continue;
        }
        switch (c) {
          /* istanbul ignore next */
          case "/":
            return !1;
          case "\\":
            clearStateChar(), escaping = !0;
            continue;
          // the various stateChar values
          // for the "extglob" stuff.
          case "?":
          case "*":
          case "+":
          case "@":
          case "!":
            if (this.debug("%s	%s %s %j <-- stateChar", pattern, i, re, c), inClass) {
              this.debug("  in class"), c === "!" && i === classStart + 1 && (c = "^"), re += c;
              continue;
            }
            if (c === "*" && stateChar === "*") continue;
            self2.debug("call clearStateChar %j", stateChar), clearStateChar(), stateChar = c, options.noext && clearStateChar();
            continue;
          case "(":
            if (inClass) {
              re += "(";
              continue;
            }
            if (!stateChar) {
              re += "\\(";
              continue;
            }
            patternListStack.push({
              type: stateChar,
              start: i - 1,
              reStart: re.length,
              open: plTypes[stateChar].open,
              close: plTypes[stateChar].close
            }), re += stateChar === "!" ? "(?:(?!(?:" : "(?:", this.debug("plType %j %j", stateChar, re), stateChar = !1;
            continue;
          case ")":
            if (inClass || !patternListStack.length) {
              re += "\\)";
              continue;
            }
            clearStateChar(), hasMagic = !0;
            var pl = patternListStack.pop();
            re += pl.close, pl.type === "!" && negativeLists.push(pl), pl.reEnd = re.length;
            continue;
          case "|":
            if (inClass || !patternListStack.length || escaping) {
              re += "\\|", escaping = !1;
              continue;
            }
            clearStateChar(), re += "|";
            continue;
          // these are mostly the same in regexp and glob
          case "[":
            if (clearStateChar(), inClass) {
              re += "\\" + c;
              continue;
            }
            inClass = !0, classStart = i, reClassStart = re.length, re += c;
            continue;
          case "]":
            if (i === classStart + 1 || !inClass) {
              re += "\\" + c, escaping = !1;
              continue;
            }
            var cs = pattern.substring(classStart + 1, i);
            try {
              RegExp("[" + cs + "]");
            } catch {
              var sp = this.parse(cs, SUBPARSE);
              re = re.substr(0, reClassStart) + "\\[" + sp[0] + "\\]", hasMagic = hasMagic || sp[1], inClass = !1;
              continue;
            }
            hasMagic = !0, inClass = !1, re += c;
            continue;
          default:
            clearStateChar(), escaping ? escaping = !1 : reSpecials[c] && !(c === "^" && inClass) && (re += "\\"), re += c;
        }
      }
      for (inClass && (cs = pattern.substr(classStart + 1), sp = this.parse(cs, SUBPARSE), re = re.substr(0, reClassStart) + "\\[" + sp[0], hasMagic = hasMagic || sp[1]), pl = patternListStack.pop(); pl; pl = patternListStack.pop()) {
        var tail = re.slice(pl.reStart + pl.open.length);
        this.debug("setting tail", re, pl), tail = tail.replace(/((?:\\{2}){0,64})(\\?)\|/g, function(_, $1, $2) {
          return $2 || ($2 = "\\"), $1 + $1 + $2 + "|";
        }), this.debug(`tail=%j
   %s`, tail, tail, pl, re);
        var t = pl.type === "*" ? star : pl.type === "?" ? qmark : "\\" + pl.type;
        hasMagic = !0, re = re.slice(0, pl.reStart) + t + "\\(" + tail;
      }
      clearStateChar(), escaping && (re += "\\\\");
      var addPatternStart = !1;
      switch (re.charAt(0)) {
        case "[":
        case ".":
        case "(":
          addPatternStart = !0;
      }
      for (var n = negativeLists.length - 1; n > -1; n--) {
        var nl = negativeLists[n], nlBefore = re.slice(0, nl.reStart), nlFirst = re.slice(nl.reStart, nl.reEnd - 8), nlLast = re.slice(nl.reEnd - 8, nl.reEnd), nlAfter = re.slice(nl.reEnd);
        nlLast += nlAfter;
        var openParensBefore = nlBefore.split("(").length - 1, cleanAfter = nlAfter;
        for (i = 0; i < openParensBefore; i++)
          cleanAfter = cleanAfter.replace(/\)[+*?]?/, "");
        nlAfter = cleanAfter;
        var dollar = "";
        nlAfter === "" && isSub !== SUBPARSE && (dollar = "$");
        var newRe = nlBefore + nlFirst + nlAfter + dollar + nlLast;
        re = newRe;
      }
      if (re !== "" && hasMagic && (re = "(?=.)" + re), addPatternStart && (re = patternStart + re), isSub === SUBPARSE)
        return [re, hasMagic];
      if (!hasMagic)
        return globUnescape(pattern);
      var flags = options.nocase ? "i" : "";
      try {
        var regExp = new RegExp("^" + re + "$", flags);
      } catch {
        return new RegExp("$.");
      }
      return regExp._glob = pattern, regExp._src = re, regExp;
    }
    minimatch.makeRe = function(pattern, options) {
      return new Minimatch(pattern, options || {}).makeRe();
    };
    Minimatch.prototype.makeRe = makeRe;
    function makeRe() {
      if (this.regexp || this.regexp === !1) return this.regexp;
      var set = this.set;
      if (!set.length)
        return this.regexp = !1, this.regexp;
      var options = this.options, twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot, flags = options.nocase ? "i" : "", re = set.map(function(pattern) {
        return pattern.map(function(p) {
          return p === GLOBSTAR ? twoStar : typeof p == "string" ? regExpEscape(p) : p._src;
        }).join("\\/");
      }).join("|");
      re = "^(?:" + re + ")$", this.negate && (re = "^(?!" + re + ").*$");
      try {
        this.regexp = new RegExp(re, flags);
      } catch {
        this.regexp = !1;
      }
      return this.regexp;
    }
    minimatch.match = function(list, pattern, options) {
      options = options || {};
      var mm = new Minimatch(pattern, options);
      return list = list.filter(function(f) {
        return mm.match(f);
      }), mm.options.nonull && !list.length && list.push(pattern), list;
    };
    Minimatch.prototype.match = function(f, partial) {
      if (typeof partial > "u" && (partial = this.partial), this.debug("match", f, this.pattern), this.comment) return !1;
      if (this.empty) return f === "";
      if (f === "/" && partial) return !0;
      var options = this.options;
      path.sep !== "/" && (f = f.split(path.sep).join("/")), f = f.split(slashSplit), this.debug(this.pattern, "split", f);
      var set = this.set;
      this.debug(this.pattern, "set", set);
      var filename, i;
      for (i = f.length - 1; i >= 0 && (filename = f[i], !filename); i--)
        ;
      for (i = 0; i < set.length; i++) {
        var pattern = set[i], file = f;
        options.matchBase && pattern.length === 1 && (file = [filename]);
        var hit = this.matchOne(file, pattern, partial);
        if (hit)
          return options.flipNegate ? !0 : !this.negate;
      }
      return options.flipNegate ? !1 : this.negate;
    };
    Minimatch.prototype.matchOne = function(file, pattern, partial) {
      return pattern.indexOf(GLOBSTAR) !== -1 ? this._matchGlobstar(file, pattern, partial, 0, 0) : this._matchOne(file, pattern, partial, 0, 0);
    };
    Minimatch.prototype._matchGlobstar = function(file, pattern, partial, fileIndex, patternIndex) {
      var i, firstgs = -1;
      for (i = patternIndex; i < pattern.length; i++)
        if (pattern[i] === GLOBSTAR) {
          firstgs = i;
          break;
        }
      var lastgs = -1;
      for (i = pattern.length - 1; i >= 0; i--)
        if (pattern[i] === GLOBSTAR) {
          lastgs = i;
          break;
        }
      var head = pattern.slice(patternIndex, firstgs), body = partial ? pattern.slice(firstgs + 1) : pattern.slice(firstgs + 1, lastgs), tail = partial ? [] : pattern.slice(lastgs + 1);
      if (head.length) {
        var fileHead = file.slice(fileIndex, fileIndex + head.length);
        if (!this._matchOne(fileHead, head, partial, 0, 0))
          return !1;
        fileIndex += head.length;
      }
      var fileTailMatch = 0;
      if (tail.length) {
        if (tail.length + fileIndex > file.length) return !1;
        var tailStart = file.length - tail.length;
        if (this._matchOne(file, tail, partial, tailStart, 0))
          fileTailMatch = tail.length;
        else {
          if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length || (tailStart--, !this._matchOne(file, tail, partial, tailStart, 0)))
            return !1;
          fileTailMatch = tail.length + 1;
        }
      }
      if (!body.length) {
        var sawSome = !!fileTailMatch;
        for (i = fileIndex; i < file.length - fileTailMatch; i++) {
          var f = String(file[i]);
          if (sawSome = !0, f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".")
            return !1;
        }
        return partial || sawSome;
      }
      for (var bodySegments = [[[], 0]], currentBody = bodySegments[0], nonGsParts = 0, nonGsPartsSums = [0], bi = 0; bi < body.length; bi++) {
        var b = body[bi];
        b === GLOBSTAR ? (nonGsPartsSums.push(nonGsParts), currentBody = [[], 0], bodySegments.push(currentBody)) : (currentBody[0].push(b), nonGsParts++);
      }
      for (var idx = bodySegments.length - 1, fileLength = file.length - fileTailMatch, si = 0; si < bodySegments.length; si++)
        bodySegments[si][1] = fileLength - (nonGsPartsSums[idx--] + bodySegments[si][0].length);
      return !!this._matchGlobStarBodySections(
        file,
        bodySegments,
        fileIndex,
        0,
        partial,
        0,
        !!fileTailMatch
      );
    };
    Minimatch.prototype._matchGlobStarBodySections = function(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
      var bs = bodySegments[bodyIndex];
      if (!bs) {
        for (var i = fileIndex; i < file.length; i++) {
          sawTail = !0;
          var f = file[i];
          if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".")
            return !1;
        }
        return sawTail;
      }
      for (var body = bs[0], after = bs[1]; fileIndex <= after; ) {
        var m = this._matchOne(
          file.slice(0, fileIndex + body.length),
          body,
          partial,
          fileIndex,
          0
        );
        if (m && globStarDepth < this.maxGlobstarRecursion) {
          var sub = this._matchGlobStarBodySections(
            file,
            bodySegments,
            fileIndex + body.length,
            bodyIndex + 1,
            partial,
            globStarDepth + 1,
            sawTail
          );
          if (sub !== !1)
            return sub;
        }
        var f = file[fileIndex];
        if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".")
          return !1;
        fileIndex++;
      }
      return partial || null;
    };
    Minimatch.prototype._matchOne = function(file, pattern, partial, fileIndex, patternIndex) {
      var fi, pi, fl, pl;
      for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
        this.debug("matchOne loop");
        var p = pattern[pi], f = file[fi];
        if (this.debug(pattern, p, f), p === !1 || p === GLOBSTAR) return !1;
        var hit;
        if (typeof p == "string" ? (hit = f === p, this.debug("string match", p, f, hit)) : (hit = f.match(p), this.debug("pattern match", p, f, hit)), !hit) return !1;
      }
      if (fi === fl && pi === pl)
        return !0;
      if (fi === fl)
        return partial;
      if (pi === pl)
        return fi === fl - 1 && file[fi] === "";
      throw new Error("wtf?");
    };
    function globUnescape(s) {
      return s.replace(/\\(.)/g, "$1");
    }
    function regExpEscape(s) {
      return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    }
  }
});

// node_modules/azure-pipelines-task-lib/taskcommand.js
var require_taskcommand = __commonJS({
  "node_modules/azure-pipelines-task-lib/taskcommand.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.commandFromString = exports.TaskCommand = void 0;
    var CMD_PREFIX = "##vso[", TaskCommand = (
      /** @class */
      (function() {
        function TaskCommand2(command, properties, message) {
          command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
        }
        return TaskCommand2.prototype.toString = function() {
          var cmdStr = CMD_PREFIX + this.command;
          if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += " ";
            for (var key in this.properties)
              if (this.properties.hasOwnProperty(key)) {
                var val = this.properties[key];
                val && (cmdStr += key + "=" + escape("" + (val || "")) + ";");
              }
          }
          cmdStr += "]";
          var message = "" + (this.message || "");
          return cmdStr += escapedata(message), cmdStr;
        }, TaskCommand2;
      })()
    );
    exports.TaskCommand = TaskCommand;
    function commandFromString(commandLine) {
      var preLen = CMD_PREFIX.length, lbPos = commandLine.indexOf("["), rbPos = commandLine.indexOf("]");
      if (lbPos == -1 || rbPos == -1 || rbPos - lbPos < 3)
        throw new Error("Invalid command brackets");
      var cmdInfo = commandLine.substring(lbPos + 1, rbPos), spaceIdx = cmdInfo.indexOf(" "), command = cmdInfo, properties = {};
      if (spaceIdx > 0) {
        command = cmdInfo.trim().substring(0, spaceIdx);
        var propSection = cmdInfo.trim().substring(spaceIdx + 1), propLines = propSection.split(";");
        propLines.forEach(function(propLine) {
          if (propLine = propLine.trim(), propLine.length > 0) {
            var eqIndex = propLine.indexOf("=");
            if (eqIndex == -1)
              throw new Error("Invalid property: " + propLine);
            var key = propLine.substring(0, eqIndex), val = propLine.substring(eqIndex + 1);
            properties[key] = unescape(val);
          }
        });
      }
      var msg = unescapedata(commandLine.substring(rbPos + 1)), cmd = new TaskCommand(command, properties, msg);
      return cmd;
    }
    exports.commandFromString = commandFromString;
    function escapedata(s) {
      return s.replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    }
    function unescapedata(s) {
      return s.replace(/%0D/g, "\r").replace(/%0A/g, `
`).replace(/%AZP25/g, "%");
    }
    function escape(s) {
      return s.replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/]/g, "%5D").replace(/;/g, "%3B");
    }
    function unescape(s) {
      return s.replace(/%0D/g, "\r").replace(/%0A/g, `
`).replace(/%5D/g, "]").replace(/%3B/g, ";").replace(/%AZP25/g, "%");
    }
  }
});

// node_modules/azure-pipelines-task-lib/vault.js
var require_vault = __commonJS({
  "node_modules/azure-pipelines-task-lib/vault.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Vault = void 0;
    var fs = __require("fs"), path = __require("path"), crypto = __require("crypto"), algorithm = "aes-256-ctr", encryptEncoding = "hex", unencryptedEncoding = "utf8", Vault = (
      /** @class */
      (function() {
        function Vault2(keyPath) {
          this._keyFile = path.join(keyPath, ".taskkey"), this._store = {}, this.genKey();
        }
        return Vault2.prototype.initialize = function() {
        }, Vault2.prototype.storeSecret = function(name, data) {
          if (!name || name.length == 0)
            return !1;
          if (name = name.toLowerCase(), !data || data.length == 0)
            return this._store.hasOwnProperty(name) && delete this._store[name], !1;
          var key = this.getKey(), iv = crypto.randomBytes(16), cipher = crypto.createCipheriv(algorithm, key, iv), crypted = cipher.update(data, unencryptedEncoding, encryptEncoding), cryptedFinal = cipher.final(encryptEncoding);
          return this._store[name] = iv.toString(encryptEncoding) + crypted + cryptedFinal, !0;
        }, Vault2.prototype.retrieveSecret = function(name) {
          var secret;
          if (name = (name || "").toLowerCase(), this._store.hasOwnProperty(name)) {
            var key = this.getKey(), data = this._store[name], ivDataBuffer = Buffer.from(data, encryptEncoding), iv = ivDataBuffer.slice(0, 16), encryptedText = ivDataBuffer.slice(16), decipher = crypto.createDecipheriv(algorithm, key, iv), dec = decipher.update(encryptedText), decFinal = decipher.final(unencryptedEncoding);
            secret = dec + decFinal;
          }
          return secret;
        }, Vault2.prototype.getKey = function() {
          var key = fs.readFileSync(this._keyFile).toString("utf8");
          return crypto.createHash("sha256").update(key).digest();
        }, Vault2.prototype.genKey = function() {
          var key;
          if (crypto.randomUUID)
            key = crypto.randomUUID();
          else {
            var bytes = crypto.randomBytes(16);
            bytes[6] = bytes[6] & 15 | 64, bytes[8] = bytes[8] & 63 | 128;
            var hex = bytes.toString("hex");
            key = hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
          }
          fs.writeFileSync(this._keyFile, key, { encoding: "utf8" });
        }, Vault2;
      })()
    );
    exports.Vault = Vault;
  }
});

// node_modules/semver/semver.js
var require_semver = __commonJS({
  "node_modules/semver/semver.js"(exports, module) {
    exports = module.exports = SemVer;
    var debug2;
    typeof process == "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? debug2 = function() {
      var args = Array.prototype.slice.call(arguments, 0);
      args.unshift("SEMVER"), console.log.apply(console, args);
    } : debug2 = function() {
    };
    exports.SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256, MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991, MAX_SAFE_COMPONENT_LENGTH = 16, MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6, re = exports.re = [], safeRe = exports.safeRe = [], src = exports.src = [], R = 0, LETTERDASHNUMBER = "[a-zA-Z0-9-]", safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    function makeSafeRe(value) {
      for (var i2 = 0; i2 < safeRegexReplacements.length; i2++) {
        var token = safeRegexReplacements[i2][0], max = safeRegexReplacements[i2][1];
        value = value.split(token + "*").join(token + "{0," + max + "}").split(token + "+").join(token + "{1," + max + "}");
      }
      return value;
    }
    var NUMERICIDENTIFIER = R++;
    src[NUMERICIDENTIFIER] = "0|[1-9]\\d*";
    var NUMERICIDENTIFIERLOOSE = R++;
    src[NUMERICIDENTIFIERLOOSE] = "\\d+";
    var NONNUMERICIDENTIFIER = R++;
    src[NONNUMERICIDENTIFIER] = "\\d*[a-zA-Z-]" + LETTERDASHNUMBER + "*";
    var MAINVERSION = R++;
    src[MAINVERSION] = "(" + src[NUMERICIDENTIFIER] + ")\\.(" + src[NUMERICIDENTIFIER] + ")\\.(" + src[NUMERICIDENTIFIER] + ")";
    var MAINVERSIONLOOSE = R++;
    src[MAINVERSIONLOOSE] = "(" + src[NUMERICIDENTIFIERLOOSE] + ")\\.(" + src[NUMERICIDENTIFIERLOOSE] + ")\\.(" + src[NUMERICIDENTIFIERLOOSE] + ")";
    var PRERELEASEIDENTIFIER = R++;
    src[PRERELEASEIDENTIFIER] = "(?:" + src[NUMERICIDENTIFIER] + "|" + src[NONNUMERICIDENTIFIER] + ")";
    var PRERELEASEIDENTIFIERLOOSE = R++;
    src[PRERELEASEIDENTIFIERLOOSE] = "(?:" + src[NUMERICIDENTIFIERLOOSE] + "|" + src[NONNUMERICIDENTIFIER] + ")";
    var PRERELEASE = R++;
    src[PRERELEASE] = "(?:-(" + src[PRERELEASEIDENTIFIER] + "(?:\\." + src[PRERELEASEIDENTIFIER] + ")*))";
    var PRERELEASELOOSE = R++;
    src[PRERELEASELOOSE] = "(?:-?(" + src[PRERELEASEIDENTIFIERLOOSE] + "(?:\\." + src[PRERELEASEIDENTIFIERLOOSE] + ")*))";
    var BUILDIDENTIFIER = R++;
    src[BUILDIDENTIFIER] = LETTERDASHNUMBER + "+";
    var BUILD = R++;
    src[BUILD] = "(?:\\+(" + src[BUILDIDENTIFIER] + "(?:\\." + src[BUILDIDENTIFIER] + ")*))";
    var FULL = R++, FULLPLAIN = "v?" + src[MAINVERSION] + src[PRERELEASE] + "?" + src[BUILD] + "?";
    src[FULL] = "^" + FULLPLAIN + "$";
    var LOOSEPLAIN = "[v=\\s]*" + src[MAINVERSIONLOOSE] + src[PRERELEASELOOSE] + "?" + src[BUILD] + "?", LOOSE = R++;
    src[LOOSE] = "^" + LOOSEPLAIN + "$";
    var GTLT = R++;
    src[GTLT] = "((?:<|>)?=?)";
    var XRANGEIDENTIFIERLOOSE = R++;
    src[XRANGEIDENTIFIERLOOSE] = src[NUMERICIDENTIFIERLOOSE] + "|x|X|\\*";
    var XRANGEIDENTIFIER = R++;
    src[XRANGEIDENTIFIER] = src[NUMERICIDENTIFIER] + "|x|X|\\*";
    var XRANGEPLAIN = R++;
    src[XRANGEPLAIN] = "[v=\\s]*(" + src[XRANGEIDENTIFIER] + ")(?:\\.(" + src[XRANGEIDENTIFIER] + ")(?:\\.(" + src[XRANGEIDENTIFIER] + ")(?:" + src[PRERELEASE] + ")?" + src[BUILD] + "?)?)?";
    var XRANGEPLAINLOOSE = R++;
    src[XRANGEPLAINLOOSE] = "[v=\\s]*(" + src[XRANGEIDENTIFIERLOOSE] + ")(?:\\.(" + src[XRANGEIDENTIFIERLOOSE] + ")(?:\\.(" + src[XRANGEIDENTIFIERLOOSE] + ")(?:" + src[PRERELEASELOOSE] + ")?" + src[BUILD] + "?)?)?";
    var XRANGE = R++;
    src[XRANGE] = "^" + src[GTLT] + "\\s*" + src[XRANGEPLAIN] + "$";
    var XRANGELOOSE = R++;
    src[XRANGELOOSE] = "^" + src[GTLT] + "\\s*" + src[XRANGEPLAINLOOSE] + "$";
    var COERCE = R++;
    src[COERCE] = "(?:^|[^\\d])(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "})(?:\\.(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "}))?(?:\\.(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "}))?(?:$|[^\\d])";
    var LONETILDE = R++;
    src[LONETILDE] = "(?:~>?)";
    var TILDETRIM = R++;
    src[TILDETRIM] = "(\\s*)" + src[LONETILDE] + "\\s+";
    re[TILDETRIM] = new RegExp(src[TILDETRIM], "g");
    safeRe[TILDETRIM] = new RegExp(makeSafeRe(src[TILDETRIM]), "g");
    var tildeTrimReplace = "$1~", TILDE = R++;
    src[TILDE] = "^" + src[LONETILDE] + src[XRANGEPLAIN] + "$";
    var TILDELOOSE = R++;
    src[TILDELOOSE] = "^" + src[LONETILDE] + src[XRANGEPLAINLOOSE] + "$";
    var LONECARET = R++;
    src[LONECARET] = "(?:\\^)";
    var CARETTRIM = R++;
    src[CARETTRIM] = "(\\s*)" + src[LONECARET] + "\\s+";
    re[CARETTRIM] = new RegExp(src[CARETTRIM], "g");
    safeRe[CARETTRIM] = new RegExp(makeSafeRe(src[CARETTRIM]), "g");
    var caretTrimReplace = "$1^", CARET = R++;
    src[CARET] = "^" + src[LONECARET] + src[XRANGEPLAIN] + "$";
    var CARETLOOSE = R++;
    src[CARETLOOSE] = "^" + src[LONECARET] + src[XRANGEPLAINLOOSE] + "$";
    var COMPARATORLOOSE = R++;
    src[COMPARATORLOOSE] = "^" + src[GTLT] + "\\s*(" + LOOSEPLAIN + ")$|^$";
    var COMPARATOR = R++;
    src[COMPARATOR] = "^" + src[GTLT] + "\\s*(" + FULLPLAIN + ")$|^$";
    var COMPARATORTRIM = R++;
    src[COMPARATORTRIM] = "(\\s*)" + src[GTLT] + "\\s*(" + LOOSEPLAIN + "|" + src[XRANGEPLAIN] + ")";
    re[COMPARATORTRIM] = new RegExp(src[COMPARATORTRIM], "g");
    safeRe[COMPARATORTRIM] = new RegExp(makeSafeRe(src[COMPARATORTRIM]), "g");
    var HYPHENRANGE = R++;
    src[HYPHENRANGE] = "^\\s*(" + src[XRANGEPLAIN] + ")\\s+-\\s+(" + src[XRANGEPLAIN] + ")\\s*$";
    var HYPHENRANGELOOSE = R++;
    src[HYPHENRANGELOOSE] = "^\\s*(" + src[XRANGEPLAINLOOSE] + ")\\s+-\\s+(" + src[XRANGEPLAINLOOSE] + ")\\s*$";
    var STAR = R++;
    src[STAR] = "(<|>)?=?\\s*\\*";
    for (i = 0; i < R; i++)
      debug2(i, src[i]), re[i] || (re[i] = new RegExp(src[i]), safeRe[i] = new RegExp(makeSafeRe(src[i])));
    var i;
    exports.parse = parse;
    function parse(version, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), version instanceof SemVer)
        return version;
      if (typeof version != "string" || version.length > MAX_LENGTH)
        return null;
      var r = options.loose ? safeRe[LOOSE] : safeRe[FULL];
      if (!r.test(version))
        return null;
      try {
        return new SemVer(version, options);
      } catch {
        return null;
      }
    }
    exports.valid = valid;
    function valid(version, options) {
      var v = parse(version, options);
      return v ? v.version : null;
    }
    exports.clean = clean;
    function clean(version, options) {
      var s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    }
    exports.SemVer = SemVer;
    function SemVer(version, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), version instanceof SemVer) {
        if (version.loose === options.loose)
          return version;
        version = version.version;
      } else if (typeof version != "string")
        throw new TypeError("Invalid Version: " + version);
      if (version.length > MAX_LENGTH)
        throw new TypeError("version is longer than " + MAX_LENGTH + " characters");
      if (!(this instanceof SemVer))
        return new SemVer(version, options);
      debug2("SemVer", version, options), this.options = options, this.loose = !!options.loose;
      var m = version.trim().match(options.loose ? safeRe[LOOSE] : safeRe[FULL]);
      if (!m)
        throw new TypeError("Invalid Version: " + version);
      if (this.raw = version, this.major = +m[1], this.minor = +m[2], this.patch = +m[3], this.major > MAX_SAFE_INTEGER || this.major < 0)
        throw new TypeError("Invalid major version");
      if (this.minor > MAX_SAFE_INTEGER || this.minor < 0)
        throw new TypeError("Invalid minor version");
      if (this.patch > MAX_SAFE_INTEGER || this.patch < 0)
        throw new TypeError("Invalid patch version");
      m[4] ? this.prerelease = m[4].split(".").map(function(id) {
        if (/^[0-9]+$/.test(id)) {
          var num = +id;
          if (num >= 0 && num < MAX_SAFE_INTEGER)
            return num;
        }
        return id;
      }) : this.prerelease = [], this.build = m[5] ? m[5].split(".") : [], this.format();
    }
    SemVer.prototype.format = function() {
      return this.version = this.major + "." + this.minor + "." + this.patch, this.prerelease.length && (this.version += "-" + this.prerelease.join(".")), this.version;
    };
    SemVer.prototype.toString = function() {
      return this.version;
    };
    SemVer.prototype.compare = function(other) {
      return debug2("SemVer.compare", this.version, this.options, other), other instanceof SemVer || (other = new SemVer(other, this.options)), this.compareMain(other) || this.comparePre(other);
    };
    SemVer.prototype.compareMain = function(other) {
      return other instanceof SemVer || (other = new SemVer(other, this.options)), compareIdentifiers(this.major, other.major) || compareIdentifiers(this.minor, other.minor) || compareIdentifiers(this.patch, other.patch);
    };
    SemVer.prototype.comparePre = function(other) {
      if (other instanceof SemVer || (other = new SemVer(other, this.options)), this.prerelease.length && !other.prerelease.length)
        return -1;
      if (!this.prerelease.length && other.prerelease.length)
        return 1;
      if (!this.prerelease.length && !other.prerelease.length)
        return 0;
      var i2 = 0;
      do {
        var a = this.prerelease[i2], b = other.prerelease[i2];
        if (debug2("prerelease compare", i2, a, b), a === void 0 && b === void 0)
          return 0;
        if (b === void 0)
          return 1;
        if (a === void 0)
          return -1;
        if (a === b)
          continue;
        return compareIdentifiers(a, b);
      } while (++i2);
    };
    SemVer.prototype.inc = function(release, identifier) {
      switch (release) {
        case "premajor":
          this.prerelease.length = 0, this.patch = 0, this.minor = 0, this.major++, this.inc("pre", identifier);
          break;
        case "preminor":
          this.prerelease.length = 0, this.patch = 0, this.minor++, this.inc("pre", identifier);
          break;
        case "prepatch":
          this.prerelease.length = 0, this.inc("patch", identifier), this.inc("pre", identifier);
          break;
        // If the input is a non-prerelease version, this acts the same as
        // prepatch.
        case "prerelease":
          this.prerelease.length === 0 && this.inc("patch", identifier), this.inc("pre", identifier);
          break;
        case "major":
          (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) && this.major++, this.minor = 0, this.patch = 0, this.prerelease = [];
          break;
        case "minor":
          (this.patch !== 0 || this.prerelease.length === 0) && this.minor++, this.patch = 0, this.prerelease = [];
          break;
        case "patch":
          this.prerelease.length === 0 && this.patch++, this.prerelease = [];
          break;
        // This probably shouldn't be used publicly.
        // 1.0.0 "pre" would become 1.0.0-0 which is the wrong direction.
        case "pre":
          if (this.prerelease.length === 0)
            this.prerelease = [0];
          else {
            for (var i2 = this.prerelease.length; --i2 >= 0; )
              typeof this.prerelease[i2] == "number" && (this.prerelease[i2]++, i2 = -2);
            i2 === -1 && this.prerelease.push(0);
          }
          identifier && (this.prerelease[0] === identifier ? isNaN(this.prerelease[1]) && (this.prerelease = [identifier, 0]) : this.prerelease = [identifier, 0]);
          break;
        default:
          throw new Error("invalid increment argument: " + release);
      }
      return this.format(), this.raw = this.version, this;
    };
    exports.inc = inc;
    function inc(version, release, loose, identifier) {
      typeof loose == "string" && (identifier = loose, loose = void 0);
      try {
        return new SemVer(version, loose).inc(release, identifier).version;
      } catch {
        return null;
      }
    }
    exports.diff = diff;
    function diff(version1, version2) {
      if (eq(version1, version2))
        return null;
      var v1 = parse(version1), v2 = parse(version2), prefix = "";
      if (v1.prerelease.length || v2.prerelease.length) {
        prefix = "pre";
        var defaultResult = "prerelease";
      }
      for (var key in v1)
        if ((key === "major" || key === "minor" || key === "patch") && v1[key] !== v2[key])
          return prefix + key;
      return defaultResult;
    }
    exports.compareIdentifiers = compareIdentifiers;
    var numeric = /^[0-9]+$/;
    function compareIdentifiers(a, b) {
      var anum = numeric.test(a), bnum = numeric.test(b);
      return anum && bnum && (a = +a, b = +b), a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }
    exports.rcompareIdentifiers = rcompareIdentifiers;
    function rcompareIdentifiers(a, b) {
      return compareIdentifiers(b, a);
    }
    exports.major = major;
    function major(a, loose) {
      return new SemVer(a, loose).major;
    }
    exports.minor = minor;
    function minor(a, loose) {
      return new SemVer(a, loose).minor;
    }
    exports.patch = patch;
    function patch(a, loose) {
      return new SemVer(a, loose).patch;
    }
    exports.compare = compare;
    function compare(a, b, loose) {
      return new SemVer(a, loose).compare(new SemVer(b, loose));
    }
    exports.compareLoose = compareLoose;
    function compareLoose(a, b) {
      return compare(a, b, !0);
    }
    exports.rcompare = rcompare;
    function rcompare(a, b, loose) {
      return compare(b, a, loose);
    }
    exports.sort = sort;
    function sort(list, loose) {
      return list.sort(function(a, b) {
        return exports.compare(a, b, loose);
      });
    }
    exports.rsort = rsort;
    function rsort(list, loose) {
      return list.sort(function(a, b) {
        return exports.rcompare(a, b, loose);
      });
    }
    exports.gt = gt;
    function gt(a, b, loose) {
      return compare(a, b, loose) > 0;
    }
    exports.lt = lt;
    function lt(a, b, loose) {
      return compare(a, b, loose) < 0;
    }
    exports.eq = eq;
    function eq(a, b, loose) {
      return compare(a, b, loose) === 0;
    }
    exports.neq = neq;
    function neq(a, b, loose) {
      return compare(a, b, loose) !== 0;
    }
    exports.gte = gte;
    function gte(a, b, loose) {
      return compare(a, b, loose) >= 0;
    }
    exports.lte = lte;
    function lte(a, b, loose) {
      return compare(a, b, loose) <= 0;
    }
    exports.cmp = cmp;
    function cmp(a, op, b, loose) {
      switch (op) {
        case "===":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a === b;
        case "!==":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError("Invalid operator: " + op);
      }
    }
    exports.Comparator = Comparator;
    function Comparator(comp, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), comp instanceof Comparator) {
        if (comp.loose === !!options.loose)
          return comp;
        comp = comp.value;
      }
      if (!(this instanceof Comparator))
        return new Comparator(comp, options);
      comp = comp.trim().split(/\s+/).join(" "), debug2("comparator", comp, options), this.options = options, this.loose = !!options.loose, this.parse(comp), this.semver === ANY ? this.value = "" : this.value = this.operator + this.semver.version, debug2("comp", this);
    }
    var ANY = {};
    Comparator.prototype.parse = function(comp) {
      var r = this.options.loose ? safeRe[COMPARATORLOOSE] : safeRe[COMPARATOR], m = comp.match(r);
      if (!m)
        throw new TypeError("Invalid comparator: " + comp);
      this.operator = m[1], this.operator === "=" && (this.operator = ""), m[2] ? this.semver = new SemVer(m[2], this.options.loose) : this.semver = ANY;
    };
    Comparator.prototype.toString = function() {
      return this.value;
    };
    Comparator.prototype.test = function(version) {
      return debug2("Comparator.test", version, this.options.loose), this.semver === ANY ? !0 : (typeof version == "string" && (version = new SemVer(version, this.options)), cmp(version, this.operator, this.semver, this.options));
    };
    Comparator.prototype.intersects = function(comp, options) {
      if (!(comp instanceof Comparator))
        throw new TypeError("a Comparator is required");
      (!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      });
      var rangeTmp;
      if (this.operator === "")
        return rangeTmp = new Range(comp.value, options), satisfies(this.value, rangeTmp, options);
      if (comp.operator === "")
        return rangeTmp = new Range(this.value, options), satisfies(comp.semver, rangeTmp, options);
      var sameDirectionIncreasing = (this.operator === ">=" || this.operator === ">") && (comp.operator === ">=" || comp.operator === ">"), sameDirectionDecreasing = (this.operator === "<=" || this.operator === "<") && (comp.operator === "<=" || comp.operator === "<"), sameSemVer = this.semver.version === comp.semver.version, differentDirectionsInclusive = (this.operator === ">=" || this.operator === "<=") && (comp.operator === ">=" || comp.operator === "<="), oppositeDirectionsLessThan = cmp(this.semver, "<", comp.semver, options) && (this.operator === ">=" || this.operator === ">") && (comp.operator === "<=" || comp.operator === "<"), oppositeDirectionsGreaterThan = cmp(this.semver, ">", comp.semver, options) && (this.operator === "<=" || this.operator === "<") && (comp.operator === ">=" || comp.operator === ">");
      return sameDirectionIncreasing || sameDirectionDecreasing || sameSemVer && differentDirectionsInclusive || oppositeDirectionsLessThan || oppositeDirectionsGreaterThan;
    };
    exports.Range = Range;
    function Range(range, options) {
      if ((!options || typeof options != "object") && (options = {
        loose: !!options,
        includePrerelease: !1
      }), range instanceof Range)
        return range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease ? range : new Range(range.raw, options);
      if (range instanceof Comparator)
        return new Range(range.value, options);
      if (!(this instanceof Range))
        return new Range(range, options);
      if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range.trim().split(/\s+/).join(" "), this.set = this.raw.split("||").map(function(range2) {
        return this.parseRange(range2.trim());
      }, this).filter(function(c) {
        return c.length;
      }), !this.set.length)
        throw new TypeError("Invalid SemVer Range: " + this.raw);
      this.format();
    }
    Range.prototype.format = function() {
      return this.range = this.set.map(function(comps) {
        return comps.join(" ").trim();
      }).join("||").trim(), this.range;
    };
    Range.prototype.toString = function() {
      return this.range;
    };
    function isWhitespace(char) {
      var code = char && char.charCodeAt(0);
      return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
    }
    function isVersionPrefix(char) {
      return char === "v" || char === "=" || isWhitespace(char);
    }
    function isDigit(char) {
      return char !== void 0 && char >= "0" && char <= "9";
    }
    function isLetter(char) {
      return char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    }
    function isIdentifierCharacter(char) {
      return isDigit(char) || isLetter(char) || char === "-";
    }
    function isVersionStart(char) {
      return isDigit(char) || char === "x" || char === "X" || char === "*";
    }
    function findDigitsEndIndex(range, start, limit, digitRuns) {
      if (!isDigit(range[start]))
        return start;
      if (start >= digitRuns.start && start < digitRuns.end)
        return Math.min(start + limit, digitRuns.end);
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd)
        return Math.min(start + limit, digitRuns.previousEnd);
      for (var end = start + 1; isDigit(range[end]); )
        end++;
      return digitRuns.previousStart = digitRuns.start, digitRuns.previousEnd = digitRuns.end, digitRuns.start = start, digitRuns.end = end, Math.min(start + limit, end);
    }
    function findVersionNumberEndIndex(range, start, loose, digitRuns) {
      return !loose && range[start] === "0" ? start + 1 : findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    }
    function findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns) {
      if (isDigit(range[start]))
        return findVersionNumberEndIndex(range, start, loose, digitRuns);
      if (!isLetter(range[start]) && range[start] !== "-")
        return start;
      for (var end = start + 1, limit = end + MAX_SAFE_BUILD_LENGTH; end < limit && isIdentifierCharacter(range[end]); )
        end++;
      return end;
    }
    function findPrereleaseEndIndex(range, start, loose, digitRuns) {
      var hyphen = range[start] === "-";
      if (!loose && !hyphen)
        return start;
      var identifierStart = start + (hyphen ? 1 : 0), end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen)
          return start;
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      for (; range[end] === "."; ) {
        var next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }
    function findBuildEndIndex(range, start) {
      if (range[start] !== "+")
        return start;
      var end = start + 1;
      do {
        for (var identifierStart = end; end - identifierStart < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end]); )
          end++;
        if (end === identifierStart)
          return identifierStart === start + 1 ? start : end - 1;
        if (range[end] !== ".")
          return end;
        end++;
      } while (!0);
    }
    function findLooseFullVersionEndIndex(range, start, digitRuns) {
      for (var end = start, component = 0; component < 3; component++) {
        var next = findVersionNumberEndIndex(range, end, !0, digitRuns);
        if (next === end)
          return start;
        if (end = next, component < 2) {
          if (range[end] !== ".")
            return start;
          end++;
        }
      }
      return findBuildEndIndex(range, findPrereleaseEndIndex(range, end, !0, digitRuns));
    }
    function findPartialVersionComponentEndIndex(range, start, digitRuns) {
      return isDigit(range[start]) ? findVersionNumberEndIndex(range, start, !1, digitRuns) : isVersionStart(range[start]) ? start + 1 : start;
    }
    function findVersionEndIndex(range, start, digitRuns) {
      var end = findLooseFullVersionEndIndex(range, start, digitRuns);
      if (end !== start)
        return end;
      end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (var component = 0; component < 2; component++) {
        if (range[end] !== ".")
          return end;
        var next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1)
          return end;
        end = next;
      }
      return findBuildEndIndex(range, findPrereleaseEndIndex(range, end, !1, digitRuns));
    }
    function findRemovableWhitespaceIndex(range, position) {
      return isWhitespace(range[position]) && position++, (range[position] === "<" || range[position] === ">") && position++, range[position] === "=" && position++, isWhitespace(range[position]) ? position : -1;
    }
    function trimComparatorWhitespace(range) {
      for (var result = "", copyFrom = 0, cursor = 0, digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }; cursor < range.length; ) {
        var matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">")
          cursor++;
        else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        for (; cursor < range.length && isVersionPrefix(range[cursor]); )
          cursor++;
        if (isVersionStart(range[cursor])) {
          var whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
          whitespacePosition !== -1 && (result += range.slice(copyFrom, whitespacePosition), copyFrom = whitespacePosition + 1), cursor = findVersionEndIndex(range, cursor, digitRuns);
        }
      }
      return result + range.slice(copyFrom);
    }
    Range.prototype.parseRange = function(range) {
      var loose = this.options.loose, hr = loose ? safeRe[HYPHENRANGELOOSE] : safeRe[HYPHENRANGE];
      range = range.replace(hr, hyphenReplace), debug2("hyphen replace", range), range = trimComparatorWhitespace(range), debug2("comparator trim", range), range = range.replace(safeRe[TILDETRIM], tildeTrimReplace), range = range.replace(safeRe[CARETTRIM], caretTrimReplace);
      var compRe = loose ? safeRe[COMPARATORLOOSE] : safeRe[COMPARATOR], set = range.split(" ").map(function(comp) {
        return parseComparator(comp, this.options);
      }, this).join(" ").split(/\s+/);
      return this.options.loose && (set = set.filter(function(comp) {
        return !!comp.match(compRe);
      })), set = set.map(function(comp) {
        return new Comparator(comp, this.options);
      }, this), set;
    };
    Range.prototype.intersects = function(range, options) {
      if (!(range instanceof Range))
        throw new TypeError("a Range is required");
      return this.set.some(function(thisComparators) {
        return thisComparators.every(function(thisComparator) {
          return range.set.some(function(rangeComparators) {
            return rangeComparators.every(function(rangeComparator) {
              return thisComparator.intersects(rangeComparator, options);
            });
          });
        });
      });
    };
    exports.toComparators = toComparators;
    function toComparators(range, options) {
      return new Range(range, options).set.map(function(comp) {
        return comp.map(function(c) {
          return c.value;
        }).join(" ").trim().split(" ");
      });
    }
    function parseComparator(comp, options) {
      return debug2("comp", comp, options), comp = replaceCarets(comp, options), debug2("caret", comp), comp = replaceTildes(comp, options), debug2("tildes", comp), comp = replaceXRanges(comp, options), debug2("xrange", comp), comp = replaceStars(comp, options), debug2("stars", comp), comp;
    }
    function isX(id) {
      return !id || id.toLowerCase() === "x" || id === "*";
    }
    function replaceTildes(comp, options) {
      return comp.trim().split(/\s+/).map(function(comp2) {
        return replaceTilde(comp2, options);
      }).join(" ");
    }
    function replaceTilde(comp, options) {
      var r = options.loose ? safeRe[TILDELOOSE] : safeRe[TILDE];
      return comp.replace(r, function(_, M, m, p, pr) {
        debug2("tilde", comp, _, M, m, p, pr);
        var ret;
        return isX(M) ? ret = "" : isX(m) ? ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0" : isX(p) ? ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0" : pr ? (debug2("replaceTilde pr", pr), ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + (+m + 1) + ".0") : ret = ">=" + M + "." + m + "." + p + " <" + M + "." + (+m + 1) + ".0", debug2("tilde return", ret), ret;
      });
    }
    function replaceCarets(comp, options) {
      return comp.trim().split(/\s+/).map(function(comp2) {
        return replaceCaret(comp2, options);
      }).join(" ");
    }
    function replaceCaret(comp, options) {
      debug2("caret", comp, options);
      var r = options.loose ? safeRe[CARETLOOSE] : safeRe[CARET];
      return comp.replace(r, function(_, M, m, p, pr) {
        debug2("caret", comp, _, M, m, p, pr);
        var ret;
        return isX(M) ? ret = "" : isX(m) ? ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0" : isX(p) ? M === "0" ? ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0" : ret = ">=" + M + "." + m + ".0 <" + (+M + 1) + ".0.0" : pr ? (debug2("replaceCaret pr", pr), M === "0" ? m === "0" ? ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + m + "." + (+p + 1) : ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + (+m + 1) + ".0" : ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + (+M + 1) + ".0.0") : (debug2("no pr"), M === "0" ? m === "0" ? ret = ">=" + M + "." + m + "." + p + " <" + M + "." + m + "." + (+p + 1) : ret = ">=" + M + "." + m + "." + p + " <" + M + "." + (+m + 1) + ".0" : ret = ">=" + M + "." + m + "." + p + " <" + (+M + 1) + ".0.0"), debug2("caret return", ret), ret;
      });
    }
    function replaceXRanges(comp, options) {
      return debug2("replaceXRanges", comp, options), comp.split(/\s+/).map(function(comp2) {
        return replaceXRange(comp2, options);
      }).join(" ");
    }
    function replaceXRange(comp, options) {
      comp = comp.trim();
      var r = options.loose ? safeRe[XRANGELOOSE] : safeRe[XRANGE];
      return comp.replace(r, function(ret, gtlt, M, m, p, pr) {
        debug2("xRange", comp, ret, gtlt, M, m, p, pr);
        var xM = isX(M), xm = xM || isX(m), xp = xm || isX(p), anyX = xp;
        return gtlt === "=" && anyX && (gtlt = ""), xM ? gtlt === ">" || gtlt === "<" ? ret = "<0.0.0" : ret = "*" : gtlt && anyX ? (xm && (m = 0), p = 0, gtlt === ">" ? (gtlt = ">=", xm ? (M = +M + 1, m = 0, p = 0) : (m = +m + 1, p = 0)) : gtlt === "<=" && (gtlt = "<", xm ? M = +M + 1 : m = +m + 1), ret = gtlt + M + "." + m + "." + p) : xm ? ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0" : xp && (ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0"), debug2("xRange return", ret), ret;
      });
    }
    function replaceStars(comp, options) {
      return debug2("replaceStars", comp, options), comp.trim().replace(safeRe[STAR], "");
    }
    function hyphenReplace($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr, tb) {
      return isX(fM) ? from = "" : isX(fm) ? from = ">=" + fM + ".0.0" : isX(fp) ? from = ">=" + fM + "." + fm + ".0" : from = ">=" + from, isX(tM) ? to = "" : isX(tm) ? to = "<" + (+tM + 1) + ".0.0" : isX(tp) ? to = "<" + tM + "." + (+tm + 1) + ".0" : tpr ? to = "<=" + tM + "." + tm + "." + tp + "-" + tpr : to = "<=" + to, (from + " " + to).trim();
    }
    Range.prototype.test = function(version) {
      if (!version)
        return !1;
      typeof version == "string" && (version = new SemVer(version, this.options));
      for (var i2 = 0; i2 < this.set.length; i2++)
        if (testSet(this.set[i2], version, this.options))
          return !0;
      return !1;
    };
    function testSet(set, version, options) {
      for (var i2 = 0; i2 < set.length; i2++)
        if (!set[i2].test(version))
          return !1;
      if (version.prerelease.length && !options.includePrerelease) {
        for (i2 = 0; i2 < set.length; i2++)
          if (debug2(set[i2].semver), set[i2].semver !== ANY && set[i2].semver.prerelease.length > 0) {
            var allowed = set[i2].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
              return !0;
          }
        return !1;
      }
      return !0;
    }
    exports.satisfies = satisfies;
    function satisfies(version, range, options) {
      try {
        range = new Range(range, options);
      } catch {
        return !1;
      }
      return range.test(version);
    }
    exports.maxSatisfying = maxSatisfying;
    function maxSatisfying(versions, range, options) {
      var max = null, maxSV = null;
      try {
        var rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach(function(v) {
        rangeObj.test(v) && (!max || maxSV.compare(v) === -1) && (max = v, maxSV = new SemVer(max, options));
      }), max;
    }
    exports.minSatisfying = minSatisfying;
    function minSatisfying(versions, range, options) {
      var min = null, minSV = null;
      try {
        var rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach(function(v) {
        rangeObj.test(v) && (!min || minSV.compare(v) === 1) && (min = v, minSV = new SemVer(min, options));
      }), min;
    }
    exports.minVersion = minVersion;
    function minVersion(range, loose) {
      range = new Range(range, loose);
      var minver = new SemVer("0.0.0");
      if (range.test(minver) || (minver = new SemVer("0.0.0-0"), range.test(minver)))
        return minver;
      minver = null;
      for (var i2 = 0; i2 < range.set.length; ++i2) {
        var comparators = range.set[i2];
        comparators.forEach(function(comparator) {
          var compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              compver.prerelease.length === 0 ? compver.patch++ : compver.prerelease.push(0), compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              (!minver || gt(minver, compver)) && (minver = compver);
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error("Unexpected operation: " + comparator.operator);
          }
        });
      }
      return minver && range.test(minver) ? minver : null;
    }
    exports.validRange = validRange;
    function validRange(range, options) {
      try {
        return new Range(range, options).range || "*";
      } catch {
        return null;
      }
    }
    exports.ltr = ltr;
    function ltr(version, range, options) {
      return outside(version, range, "<", options);
    }
    exports.gtr = gtr;
    function gtr(version, range, options) {
      return outside(version, range, ">", options);
    }
    exports.outside = outside;
    function outside(version, range, hilo, options) {
      version = new SemVer(version, options), range = new Range(range, options);
      var gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt, ltefn = lte, ltfn = lt, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt, ltefn = gte, ltfn = gt, comp = "<", ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options))
        return !1;
      for (var i2 = 0; i2 < range.set.length; ++i2) {
        var comparators = range.set[i2], high = null, low = null;
        if (comparators.forEach(function(comparator) {
          comparator.semver === ANY && (comparator = new Comparator(">=0.0.0")), high = high || comparator, low = low || comparator, gtfn(comparator.semver, high.semver, options) ? high = comparator : ltfn(comparator.semver, low.semver, options) && (low = comparator);
        }), high.operator === comp || high.operator === ecomp || (!low.operator || low.operator === comp) && ltefn(version, low.semver))
          return !1;
        if (low.operator === ecomp && ltfn(version, low.semver))
          return !1;
      }
      return !0;
    }
    exports.prerelease = prerelease;
    function prerelease(version, options) {
      var parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    }
    exports.intersects = intersects;
    function intersects(r1, r2, options) {
      return r1 = new Range(r1, options), r2 = new Range(r2, options), r1.intersects(r2);
    }
    exports.coerce = coerce;
    function coerce(version) {
      if (version instanceof SemVer)
        return version;
      if (typeof version != "string")
        return null;
      var match = version.match(safeRe[COERCE]);
      return match == null ? null : parse(match[1] + "." + (match[2] || "0") + "." + (match[3] || "0"));
    }
  }
});

// node_modules/azure-pipelines-task-lib/lib-resource.js
var require_lib_resource = __commonJS({
  "node_modules/azure-pipelines-task-lib/lib-resource.js"(exports, module) {
    module.exports = {
      messages: {
        LIB_CopyDirectoryWithoutRecursiveOption: "cp: cannot copy a directory '%s' without the recursive option",
        LIB_CopyFileFailed: "Error while copying the file. Attempts left: %s",
        LIB_DirectoryStackEmpty: "Directory stack is empty",
        LIB_EndpointAuthNotExist: "Endpoint auth data not present: %s",
        LIB_EndpointDataNotExist: "Endpoint data parameter %s not present: %s",
        LIB_EndpointNotExist: "Endpoint not present: %s",
        LIB_FailOnCode: "Failure return code: %d",
        LIB_InputRequired: "Input required: %s",
        LIB_InvalidEndpointAuth: "Invalid endpoint auth: %s",
        LIB_InvalidPattern: "Invalid pattern: '%s'",
        LIB_InvalidSecureFilesInput: "Invalid secure file input: %s",
        LIB_LocStringNotFound: "Can\\'t find loc string for key: %s",
        LIB_MergeTestResultNotSupported: "Merging test results from multiple files to one test run is not supported on this version of build agent for OSX/Linux, each test result file will be published as a separate test run in VSO/TFS.",
        LIB_MkdirFailed: "Unable to create directory '%s'. %s",
        LIB_MkdirFailedFileExists: "Unable to create directory '%s'. Conflicting file exists: '%s'",
        LIB_MkdirFailedInvalidDriveRoot: "Unable to create directory '%s'. Root directory does not exist: '%s'",
        LIB_MkdirFailedInvalidShare: "Unable to create directory '%s'. Unable to verify the directory exists: '%s'. If directory is a file share, please verify the share name is correct, the share is online, and the current process has permission to access the share.",
        LIB_MultilineSecret: "Secrets cannot contain multiple lines",
        LIB_NotFoundPreviousDirectory: "Could not find previous directory",
        LIB_OperationFailed: "Failed %s: %s",
        LIB_ParameterIsRequired: "%s not supplied",
        LIB_PathHasNullByte: "Path cannot contain null bytes",
        LIB_PathIsNotADirectory: "Path is not a directory: %s",
        LIB_PathNotFound: "Not found %s: %s",
        LIB_PlatformNotSupported: "Platform not supported: %s",
        LIB_ProcessError: "There was an error when attempting to execute the process '%s'. This may indicate the process failed to start. Error: %s",
        LIB_ProcessExitCode: "The process '%s' failed with exit code %s",
        LIB_ProcessStderr: "The process '%s' failed because one or more lines were written to the STDERR stream",
        LIB_ResourceFileAlreadySet: "Resource file has already set to: %s",
        LIB_ResourceFileNotExist: "Resource file doesn\\'t exist: %s",
        LIB_ResourceFileNotSet: "Resource file haven\\'t set, can\\'t find loc string for key: %s",
        LIB_ReturnCode: "Return code: %d",
        LIB_StdioNotClosed: "The STDIO streams did not close within %s seconds of the exit event from process '%s'. This may indicate a child process inherited the STDIO streams and has not yet exited.",
        LIB_UndefinedNodeVersion: "Node version is undefined.",
        LIB_UnhandledEx: "Unhandled: %s",
        LIB_UseFirstGlobMatch: "Multiple workspace matches. using first.",
        LIB_WhichNotFound_Linux: "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
        LIB_WhichNotFound_Win: "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file."
      },
      localizedMessages: {
        "de-DE": {
          "loc.messages.LIB_CopyFileFailed": "Fehler beim Kopieren der Datei. Verbleibende Versuche: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "Der Verzeichnisstapel ist leer.",
          "loc.messages.LIB_EndpointAuthNotExist": "Die Endpunkt-Authentifizierungsdatensind nicht vorhanden: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Der Endpunkt-Datenparameter %s ist nicht vorhanden: %s",
          "loc.messages.LIB_EndpointNotExist": "Der Endpunkt ist nicht vorhanden: %s",
          "loc.messages.LIB_FailOnCode": "Fehler beim R\xFCckgabecode: %d",
          "loc.messages.LIB_InputRequired": "Eingabe erforderlich: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Ung\xFCltige Endpunktauthentifizierung: %s",
          "loc.messages.LIB_InvalidPattern": 'Ung\xFCltiges Muster: "%s"',
          "loc.messages.LIB_InvalidSecureFilesInput": "Ung\xFCltige sichere Dateiausgabe: %s",
          "loc.messages.LIB_LocStringNotFound": "Die Lokalisierungszeichenfolge f\xFCr den folgenden Schl\xFCssel wurde nicht gefunden: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "Das Mergen von Testergebnissen aus mehreren Dateien in einen Testlauf wird von dieser Version des Build-Agents f\xFCr OSX/Linux nicht unterst\xFCtzt. Jede Testergebnisdatei wird als separater Testlauf in VSO/TFS ver\xF6ffentlicht.",
          "loc.messages.LIB_MkdirFailed": 'Das Verzeichnis "%s" kann nicht erstellt werden. %s',
          "loc.messages.LIB_MkdirFailedFileExists": 'Das Verzeichnis "%s" kann nicht erstellt werden. Eine in Konflikt stehende Datei ist vorhanden: "%s"',
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": 'Das Verzeichnis "%s" kann nicht erstellt werden. Das Stammverzeichnis ist nicht vorhanden: %s',
          "loc.messages.LIB_MkdirFailedInvalidShare": 'Das Verzeichnis "%s" kann nicht erstellt werden. Es kann nicht \xFCberpr\xFCft werden, ob das Verzeichnis vorhanden ist: {%s}. Wenn das Verzeichnis eine Dateifreigabe ist, stellen Sie sicher, dass der Freigabename richtig, die Freigabe online und der aktuelle Prozess berechtigt ist, auf die Freigabe zuzugreifen.',
          "loc.messages.LIB_MultilineSecret": "Geheimnisse d\xFCrfen nicht mehrere Zeilen enthalten",
          "loc.messages.LIB_NotFoundPreviousDirectory": "Vorheriges Verzeichnis wurde nicht gefunden.",
          "loc.messages.LIB_OperationFailed": "Fehler %s: %s",
          "loc.messages.LIB_ParameterIsRequired": '"%s" wurde nicht angegeben.',
          "loc.messages.LIB_PathHasNullByte": "Der Pfad darf keine NULL-Bytes enthalten.",
          "loc.messages.LIB_PathIsNotADirectory": "Der Pfad ist kein Verzeichnis: %s",
          "loc.messages.LIB_PathNotFound": "Nicht gefunden %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "Plattform wird nicht unterst\xFCtzt: %s",
          "loc.messages.LIB_ProcessError": 'Fehler beim Ausf\xFChren des Prozesses "%s". M\xF6glicherweise konnte der Prozess nicht gestartet werden. Fehler: %s',
          "loc.messages.LIB_ProcessExitCode": 'Fehler beim Prozess "%s" mit Exitcode %s.',
          "loc.messages.LIB_ProcessStderr": 'Fehler beim Prozess "%s": Mindestens eine Zeile wurde in den STDERR-Datenstrom geschrieben.',
          "loc.messages.LIB_ResourceFileAlreadySet": "Die Ressourcendatei wurde bereits festgelegt auf: %s",
          "loc.messages.LIB_ResourceFileNotExist": "Die Ressourcendatei ist nicht vorhanden: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Die Ressourcendatei wurde nicht festgelegt. Die Lokalisierungszeichenfolge f\xFCr den folgenden Schl\xFCssel wurde nicht gefunden: %s",
          "loc.messages.LIB_ReturnCode": "R\xFCckgabecode: %d",
          "loc.messages.LIB_StdioNotClosed": 'Die STDIO-Datenstr\xF6me wurden nicht innerhalb von %s\xA0Sekunden nach dem Beendigungsereignis aus dem Prozess "%s" geschlossen. M\xF6glicherweise hat ein untergeordneter Prozess die STDIO-Datenstr\xF6me geerbt und wurde noch nicht beendet.',
          "loc.messages.LIB_UndefinedNodeVersion": "Die Knotenversion ist nicht definiert.",
          "loc.messages.LIB_UnhandledEx": "Ausnahmefehler: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Mehrere Arbeitsbereich\xFCbereinstimmungen. Die erste \xDCbereinstimmung wird verwendet.",
          "loc.messages.LIB_WhichNotFound_Linux": "Ausf\xFChrbare Datei nicht gefunden: '%s'. Pr\xFCfen Sie, ob der Dateipfad vorhanden ist oder sich die Datei in einem von der PATH-Umgebungsvariablen angegebenen Verzeichnis befindet. Pr\xFCfen Sie zudem den Dateimodus, um sicherzustellen, dass die Datei ausf\xFChrbar ist.",
          "loc.messages.LIB_WhichNotFound_Win": 'Ausf\xFChrbare Datei nicht gefunden: "%s". Pr\xFCfen Sie, ob der Dateipfad vorhanden ist oder sich die Datei in einem von der PATH-Umgebungsvariablen angegebenen Verzeichnis befindet. Pr\xFCfen Sie zudem, ob die Datei eine g\xFCltige Erweiterung f\xFCr eine ausf\xFChrbare Datei aufweist.'
        },
        "en-US": {
          "loc.messages.LIB_CopyDirectoryWithoutRecursiveOption": "cp: cannot copy a directory '%s' without the recursive option",
          "loc.messages.LIB_CopyFileFailed": "Error while copying the file. Attempts left: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "Directory stack is empty",
          "loc.messages.LIB_EndpointAuthNotExist": "Endpoint auth data not present: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Endpoint data parameter %s not present: %s",
          "loc.messages.LIB_EndpointNotExist": "Endpoint not present: %s",
          "loc.messages.LIB_FailOnCode": "Failure return code: %d",
          "loc.messages.LIB_InputRequired": "Input required: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Invalid endpoint auth: %s",
          "loc.messages.LIB_InvalidPattern": "Invalid pattern: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "Invalid secure file input: %s",
          "loc.messages.LIB_LocStringNotFound": "Can\\'t find loc string for key: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "Merging test results from multiple files to one test run is not supported on this version of build agent for OSX/Linux, each test result file will be published as a separate test run in VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "Unable to create directory '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "Unable to create directory '%s'. Conflicting file exists: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "Unable to create directory '%s'. Root directory does not exist: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "Unable to create directory '%s'. Unable to verify the directory exists: '%s'. If directory is a file share, please verify the share name is correct, the share is online, and the current process has permission to access the share.",
          "loc.messages.LIB_MultilineSecret": "Secrets cannot contain multiple lines",
          "loc.messages.LIB_NotFoundPreviousDirectory": "Could not find previous directory",
          "loc.messages.LIB_OperationFailed": "Failed %s: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s not supplied",
          "loc.messages.LIB_PathHasNullByte": "Path cannot contain null bytes",
          "loc.messages.LIB_PathIsNotADirectory": "Path is not a directory: %s",
          "loc.messages.LIB_PathNotFound": "Not found %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "Platform not supported: %s",
          "loc.messages.LIB_ProcessError": "There was an error when attempting to execute the process '%s'. This may indicate the process failed to start. Error: %s",
          "loc.messages.LIB_ProcessExitCode": "The process '%s' failed with exit code %s",
          "loc.messages.LIB_ProcessStderr": "The process '%s' failed because one or more lines were written to the STDERR stream",
          "loc.messages.LIB_ResourceFileAlreadySet": "Resource file has already set to: %s",
          "loc.messages.LIB_ResourceFileNotExist": "Resource file doesn\\'t exist: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Resource file haven\\'t set, can\\'t find loc string for key: %s",
          "loc.messages.LIB_ReturnCode": "Return code: %d",
          "loc.messages.LIB_StdioNotClosed": "The STDIO streams did not close within %s seconds of the exit event from process '%s'. This may indicate a child process inherited the STDIO streams and has not yet exited.",
          "loc.messages.LIB_UndefinedNodeVersion": "Node version is undefined.",
          "loc.messages.LIB_UnhandledEx": "Unhandled: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Multiple workspace matches. using first.",
          "loc.messages.LIB_WhichNotFound_Linux": "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.",
          "loc.messages.LIB_WhichNotFound_Win": "Unable to locate executable file: '%s'. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file."
        },
        "es-ES": {
          "loc.messages.LIB_CopyFileFailed": "Error al copiar el archivo. Intentos restantes: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "La pila de directorios est\xE1 vac\xEDa",
          "loc.messages.LIB_EndpointAuthNotExist": "Los datos de autenticaci\xF3n del punto de conexi\xF3n no existen: %s.",
          "loc.messages.LIB_EndpointDataNotExist": "El par\xE1metro %s de datos del punto de conexi\xF3n no existe: %s.",
          "loc.messages.LIB_EndpointNotExist": "No hay punto de conexi\xF3n: %s",
          "loc.messages.LIB_FailOnCode": "C\xF3digo de retorno de error: %d",
          "loc.messages.LIB_InputRequired": "Entrada requerida: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Autenticaci\xF3n de punto de conexi\xF3n no v\xE1lida: %s",
          "loc.messages.LIB_InvalidPattern": "Patr\xF3n no v\xE1lido: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "Entrada de archivo seguro no v\xE1lida: %s",
          "loc.messages.LIB_LocStringNotFound": "No se encuentra la cadena localizada para la clave: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "Esta versi\xF3n del agente de compilaci\xF3n para OSX/Linux no admite la fusi\xF3n mediante combinaci\xF3n de resultados de pruebas de varios archivos en una serie de pruebas. Cada archivo de resultados de pruebas se publicar\xE1 como una serie de pruebas diferente en VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "No se puede crear el directorio '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "No se puede crear el directorio '%s'. Hay un conflicto entre archivos: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "No se puede crear el directorio '%s'. El directorio ra\xEDz no existe: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "No se puede crear el directorio '%s'. No se puede comprobar si el directorio existe: '%s'. Si el directorio es un recurso compartido de archivos, compruebe que el nombre es correcto, que est\xE1 en l\xEDnea y que el proceso actual tiene permiso de acceso a este.",
          "loc.messages.LIB_MultilineSecret": "Los secretos no pueden contener varias l\xEDneas.",
          "loc.messages.LIB_NotFoundPreviousDirectory": "No se ha encontrado el directorio anterior",
          "loc.messages.LIB_OperationFailed": "Error de %s: %s",
          "loc.messages.LIB_ParameterIsRequired": "No se ha proporcionado %s",
          "loc.messages.LIB_PathHasNullByte": "La ruta de acceso no puede tener bytes nulos",
          "loc.messages.LIB_PathIsNotADirectory": "La ruta de acceso no es un directorio: %s",
          "loc.messages.LIB_PathNotFound": "No se encuentra %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "No se admite la plataforma: %s",
          "loc.messages.LIB_ProcessError": 'Error al intentar ejecutar el proceso "%s". Esto puede indicar que no se pudo iniciar el proceso. Error: %s',
          "loc.messages.LIB_ProcessExitCode": 'Error del proceso "%s" con el c\xF3digo de salida %s',
          "loc.messages.LIB_ProcessStderr": 'Error del proceso "%s" porque se escribieron una o varias l\xEDneas en la secuencia STDERR',
          "loc.messages.LIB_ResourceFileAlreadySet": "El archivo de recursos se ha establecido ya en: %s",
          "loc.messages.LIB_ResourceFileNotExist": "El archivo de recursos no existe: %s",
          "loc.messages.LIB_ResourceFileNotSet": "No se ha establecido el archivo de recursos. No se encuentra la cadena localizada para la clave: %s",
          "loc.messages.LIB_ReturnCode": "C\xF3digo de retorno: %d",
          "loc.messages.LIB_StdioNotClosed": 'Las secuencias STDIO no se cerraron en un plazo de %s\xA0segundos desde el evento de salida del proceso "%s". Esto puede indicar que un proceso secundario ha heredado las secuencias STDIO y a\xFAn no se ha cerrado.',
          "loc.messages.LIB_UndefinedNodeVersion": "La versi\xF3n del nodo no est\xE1 definida.",
          "loc.messages.LIB_UnhandledEx": "No controlada: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Hay varias coincidencias en el \xE1rea de trabajo. Se usar\xE1 la primera.",
          "loc.messages.LIB_WhichNotFound_Linux": 'No se puede encontrar el archivo ejecutable: "%s". Compruebe que la ruta de acceso del archivo existe o que el archivo se puede encontrar en un directorio especificado en la variable de entorno PATH. Revise tambi\xE9n el modo de archivo para comprobar que el archivo es ejecutable.',
          "loc.messages.LIB_WhichNotFound_Win": 'No se puede encontrar el archivo ejecutable: "%s". Compruebe que la ruta de acceso del archivo existe o que el archivo se puede encontrar en un directorio especificado en la variable de entorno PATH. Revise tambi\xE9n que el archivo tenga una extensi\xF3n v\xE1lida para un archivo ejecutable.'
        },
        "fr-FR": {
          "loc.messages.LIB_CopyFileFailed": "Erreur durant la copie du fichier. Tentatives restantes\xA0: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "La pile de r\xE9pertoires est vide",
          "loc.messages.LIB_EndpointAuthNotExist": "Donn\xE9es d'authentification du point de terminaison absentes\xA0: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Param\xE8tre de donn\xE9es du point de terminaison %s absent\xA0: %s",
          "loc.messages.LIB_EndpointNotExist": "Point de terminaison absent\xA0: %s",
          "loc.messages.LIB_FailOnCode": "Code de retour de l'\xE9chec\xA0: %d",
          "loc.messages.LIB_InputRequired": "Entr\xE9e n\xE9cessaire\xA0: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Authentification du point de terminaison non valide\xA0: %s",
          "loc.messages.LIB_InvalidPattern": "Mod\xE8le non valide\xA0: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "Entr\xE9e de fichier s\xE9curis\xE9 non valide\xA0: %s",
          "loc.messages.LIB_LocStringNotFound": "Cha\xEEne localis\xE9e introuvable pour la cl\xE9\xA0: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "La fusion des r\xE9sultats des tests de plusieurs fichiers en une seule s\xE9rie de tests n'est pas prise en charge dans cette version de l'agent de build pour OSX/Linux. Chaque fichier de r\xE9sultats des tests est publi\xE9 en tant que s\xE9rie de tests distincte dans VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "Impossible de cr\xE9er le r\xE9pertoire '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "Impossible de cr\xE9er le r\xE9pertoire '%s'. Pr\xE9sence d'un fichier en conflit\xA0: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "Impossible de cr\xE9er le r\xE9pertoire '%s'. Le r\xE9pertoire racine n'existe pas\xA0: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "Impossible de cr\xE9er le r\xE9pertoire '%s'. Impossible de v\xE9rifier l'existence du r\xE9pertoire\xA0: '%s'. Si le r\xE9pertoire est un partage de fichiers, v\xE9rifiez que le nom du partage est correct, que le partage est en ligne, et que le processus actuel est autoris\xE9 \xE0 acc\xE9der au partage.",
          "loc.messages.LIB_MultilineSecret": "Les secrets ne peuvent pas contenir plusieurs lignes",
          "loc.messages.LIB_NotFoundPreviousDirectory": "D\xE9sol\xE9, nous n\u2019avons pas pu trouver le r\xE9pertoire pr\xE9c\xE9dent",
          "loc.messages.LIB_OperationFailed": "\xC9chec de %s\xA0: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s non fourni",
          "loc.messages.LIB_PathHasNullByte": "Le chemin ne peut pas contenir d'octets de valeur Null",
          "loc.messages.LIB_PathIsNotADirectory": "Le chemin d\u2019acc\xE8s n\u2019est pas un r\xE9pertoire : %s",
          "loc.messages.LIB_PathNotFound": "%s\xA0: %s introuvable",
          "loc.messages.LIB_PlatformNotSupported": "Plateforme non prise en charge\xA0: %s",
          "loc.messages.LIB_ProcessError": "Erreur durant la tentative d'ex\xE9cution du processus '%s'. Cela peut indiquer que le processus n'a pas r\xE9ussi \xE0 d\xE9marrer. Erreur\xA0: %s",
          "loc.messages.LIB_ProcessExitCode": "\xC9chec du processus '%s'. Code de sortie\xA0: %s",
          "loc.messages.LIB_ProcessStderr": "\xC9chec du processus '%s', car une ou plusieurs lignes ont \xE9t\xE9 \xE9crites dans le flux STDERR",
          "loc.messages.LIB_ResourceFileAlreadySet": "Le fichier de ressources est d\xE9j\xE0 d\xE9fini\xA0: %s",
          "loc.messages.LIB_ResourceFileNotExist": "Le fichier de ressources n'existe pas\xA0: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Le fichier de ressources n'est pas d\xE9fini. La cha\xEEne localis\xE9e de la cl\xE9 est introuvable\xA0: %s",
          "loc.messages.LIB_ReturnCode": "Code de retour\xA0: %d",
          "loc.messages.LIB_StdioNotClosed": "Les flux STDIO ne se sont pas ferm\xE9s dans les %s secondes qui ont suivi l'\xE9v\xE9nement exit du processus '%s'. Cela peut indiquer qu'un processus enfant a h\xE9rit\xE9 des flux STDIO et qu'il n'est pas encore sorti.",
          "loc.messages.LIB_UndefinedNodeVersion": "La version du n\u0153ud n\u2019est pas d\xE9finie.",
          "loc.messages.LIB_UnhandledEx": "Non g\xE9r\xE9\xA0: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Plusieurs espaces de travail correspondants. Utilisation du premier d'entre eux.",
          "loc.messages.LIB_WhichNotFound_Linux": "Impossible de localiser le fichier ex\xE9cutable\xA0: '%s'. V\xE9rifiez si le chemin du fichier existe ou si le fichier peut se trouver dans un r\xE9pertoire sp\xE9cifi\xE9 par la variable d'environnement PATH. V\xE9rifiez \xE9galement le Mode de Fichier pour d\xE9terminer si le fichier est ex\xE9cutable.",
          "loc.messages.LIB_WhichNotFound_Win": "Impossible de localiser le fichier ex\xE9cutable\xA0: '%s'. V\xE9rifiez si le chemin du fichier existe ou si le fichier peut se trouver dans un r\xE9pertoire sp\xE9cifi\xE9 par la variable d'environnement PATH. V\xE9rifiez \xE9galement si le fichier a une extension de fichier ex\xE9cutable valide."
        },
        "it-IT": {
          "loc.messages.LIB_CopyFileFailed": "Si \xE8 verificato un errore durante la copia del file. Tentativi rimasti: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "Lo stack della directory \xE8 vuoto",
          "loc.messages.LIB_EndpointAuthNotExist": "I dati di autenticazione endpoint non sono presenti: %s",
          "loc.messages.LIB_EndpointDataNotExist": "Il parametro %s dei dati dell'endpoint non \xE8 presente: %s",
          "loc.messages.LIB_EndpointNotExist": "Endpoint non presente: %s",
          "loc.messages.LIB_FailOnCode": "Codice restituito dell'errore: %d",
          "loc.messages.LIB_InputRequired": "Input richiesto: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "Autenticazione endpoint non valida: %s",
          "loc.messages.LIB_InvalidPattern": "Criterio non valido: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "L'input del file protetto non \xE8 valido: %s",
          "loc.messages.LIB_LocStringNotFound": "La stringa localizzata per la chiave %s non \xE8 stata trovata",
          "loc.messages.LIB_MergeTestResultNotSupported": "L'unione di pi\xF9 file risultanti da un'unica esecuzione dei test non \xE8 supportata in questa versione dell'agente di compilazione per OS X/Linux. Ogni file dei risultati del test verr\xE0 pubblicato come esecuzione dei test separata in VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": "Non \xE8 possibile creare la directory '%s'. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "Non \xE8 possibile creare la directory '%s'. Esiste un file in conflitto: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "Non \xE8 possibile creare la directory '%s'. La directory radice non esiste: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "Non \xE8 possibile creare la directory '%s' perch\xE9 non \xE8 possibile verificarne l'esistenza: '%s'. Se la directory \xE8 una condivisione file, verificare che il nome della condivisione sia corretto, che la condivisione sia online e che il processo corrente sia autorizzato ad accedervi.",
          "loc.messages.LIB_MultilineSecret": "I segreti non possono contenere pi\xF9 righe",
          "loc.messages.LIB_NotFoundPreviousDirectory": "Non \xE8 stato possibile trovare la directory precedente",
          "loc.messages.LIB_OperationFailed": "Operazione %s non riuscita: %s",
          "loc.messages.LIB_ParameterIsRequired": "Parametro %s non fornito",
          "loc.messages.LIB_PathHasNullByte": "Il percorso non pu\xF2 contenere byte Null",
          "loc.messages.LIB_PathIsNotADirectory": "Il percorso non \xE8 una directory: %s",
          "loc.messages.LIB_PathNotFound": "Percorso %s non trovato: %s",
          "loc.messages.LIB_PlatformNotSupported": "Piattaforma non supportata: %s",
          "loc.messages.LIB_ProcessError": "Si \xE8 verificato un errore durante il tentativo di eseguire il processo '%s'. Questo errore pu\xF2 indicare che non \xE8 stato possibile avviare il processo. Errore: %s",
          "loc.messages.LIB_ProcessExitCode": "Il processo '%s' non \xE8 riuscito. Codice di uscita: %s",
          "loc.messages.LIB_ProcessStderr": "Il processo '%s' non \xE8 riuscito perch\xE9 una o pi\xF9 righe sono state scritte nel flusso STDERR",
          "loc.messages.LIB_ResourceFileAlreadySet": "Il file di risorse \xE8 gi\xE0 stato impostato su %s",
          "loc.messages.LIB_ResourceFileNotExist": "Il file di risorse non esiste: %s",
          "loc.messages.LIB_ResourceFileNotSet": "Il file di risorse non \xE8 stato impostato. La stringa localizzata per la chiave %s non \xE8 stata trovata",
          "loc.messages.LIB_ReturnCode": "Codice restituito: %d",
          "loc.messages.LIB_StdioNotClosed": "I flussi STDIO non si sono chiusi entro %s secondi dall'evento di uscita dal processo '%s'. Questa condizione pu\xF2 indicare che un processo figlio ha ereditato i flussi STDIO e non \xE8 ancora stato terminato.",
          "loc.messages.LIB_UndefinedNodeVersion": "La versione del nodo non \xE8 definita.",
          "loc.messages.LIB_UnhandledEx": "Eccezione non gestita: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "Sono presenti pi\xF9 corrispondenze dell'area di lavoro. Verr\xE0 usata la prima.",
          "loc.messages.LIB_WhichNotFound_Linux": "Il file eseguibile '%s' non \xE8 stato trovato. Verificare se il percorso di file esiste o il file \xE8 presente in una directory specificata dalla variabile di ambiente PATH. Controllare anche la modalit\xE0 file per verificare che il file sia eseguibile.",
          "loc.messages.LIB_WhichNotFound_Win": "Il file eseguibile '%s' non \xE8 stato trovato. Verificare se il percorso di file esiste o il file \xE8 presente in una directory specificata dalla variabile di ambiente PATH. Controllare anche che l'estensione sia valida per un file eseguibile."
        },
        "ja-JP": {
          "loc.messages.LIB_CopyFileFailed": "\u30D5\u30A1\u30A4\u30EB\u306E\u30B3\u30D4\u30FC\u4E2D\u306B\u30A8\u30E9\u30FC\u304C\u767A\u751F\u3057\u307E\u3057\u305F\u3002\u6B8B\u308A\u306E\u8A66\u884C\u56DE\u6570: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA \u30B9\u30BF\u30C3\u30AF\u304C\u7A7A\u3067\u3059",
          "loc.messages.LIB_EndpointAuthNotExist": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u306E\u8A8D\u8A3C\u30C7\u30FC\u30BF\u304C\u3042\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u306E\u30C7\u30FC\u30BF \u30D1\u30E9\u30E1\u30FC\u30BF\u30FC %s \u304C\u3042\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_EndpointNotExist": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u304C\u5B58\u5728\u3057\u307E\u305B\u3093: %s",
          "loc.messages.LIB_FailOnCode": "\u5931\u6557\u306E\u30EA\u30BF\u30FC\u30F3 \u30B3\u30FC\u30C9: %d",
          "loc.messages.LIB_InputRequired": "\u5165\u529B\u304C\u5FC5\u8981\u3067\u3059: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\u30A8\u30F3\u30C9\u30DD\u30A4\u30F3\u30C8\u306E\u8A8D\u8A3C\u304C\u7121\u52B9\u3067\u3059: %s",
          "loc.messages.LIB_InvalidPattern": "\u7121\u52B9\u306A\u30D1\u30BF\u30FC\u30F3: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "\u7121\u52B9\u306A\u30BB\u30AD\u30E5\u30A2 \u30D5\u30A1\u30A4\u30EB\u5165\u529B: %s",
          "loc.messages.LIB_LocStringNotFound": "\u30AD\u30FC\u306E loc \u6587\u5B57\u5217\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "\u8907\u6570\u306E\u30D5\u30A1\u30A4\u30EB\u304B\u3089\u306E\u30C6\u30B9\u30C8\u7D50\u679C\u3092 1 \u3064\u306E\u30C6\u30B9\u30C8\u5B9F\u884C\u306B\u30DE\u30FC\u30B8\u3059\u308B\u51E6\u7406\u306F\u3001OSX/Linux \u7528\u306E\u30D3\u30EB\u30C9 \u30A8\u30FC\u30B8\u30A7\u30F3\u30C8\u306E\u3053\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u3067\u306F\u30B5\u30DD\u30FC\u30C8\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002\u5404\u30C6\u30B9\u30C8\u7D50\u679C\u30D5\u30A1\u30A4\u30EB\u304C VSO/TFS \u3067\u5225\u500B\u306E\u30C6\u30B9\u30C8\u5B9F\u884C\u3068\u3057\u3066\u767A\u884C\u3055\u308C\u307E\u3059\u3002",
          "loc.messages.LIB_MkdirFailed": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002%s",
          "loc.messages.LIB_MkdirFailedFileExists": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002\u7AF6\u5408\u3059\u308B\u30D5\u30A1\u30A4\u30EB\u304C\u5B58\u5728\u3057\u307E\u3059: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002\u30EB\u30FC\u30C8 \u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u5B58\u5728\u3057\u307E\u305B\u3093: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA '%s' \u3092\u4F5C\u6210\u3067\u304D\u307E\u305B\u3093\u3002\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u5B58\u5728\u3059\u308B\u3053\u3068\u3092\u78BA\u8A8D\u3067\u304D\u307E\u305B\u3093: '%s'\u3002\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u30D5\u30A1\u30A4\u30EB\u5171\u6709\u3067\u3042\u308B\u5834\u5408\u3001\u305D\u306E\u5171\u6709\u540D\u304C\u6B63\u3057\u3044\u3053\u3068\u3001\u305D\u306E\u5171\u6709\u304C\u30AA\u30F3\u30E9\u30A4\u30F3\u3067\u3042\u308B\u3053\u3068\u3001\u305D\u3057\u3066\u73FE\u5728\u306E\u30D7\u30ED\u30BB\u30B9\u306B\u305D\u306E\u5171\u6709\u3078\u306E\u30A2\u30AF\u30BB\u30B9\u8A31\u53EF\u304C\u3042\u308B\u3053\u3068\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002",
          "loc.messages.LIB_MultilineSecret": "\u30B7\u30FC\u30AF\u30EC\u30C3\u30C8\u306B\u8907\u6570\u306E\u884C\u3092\u542B\u3081\u308B\u3053\u3068\u306F\u3067\u304D\u307E\u305B\u3093",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u524D\u306E\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3067\u3057\u305F",
          "loc.messages.LIB_OperationFailed": "\u5931\u6557\u3057\u307E\u3057\u305F %s: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s \u304C\u63D0\u4F9B\u3055\u308C\u3066\u3044\u307E\u305B\u3093",
          "loc.messages.LIB_PathHasNullByte": "\u30D1\u30B9\u306B null \u30D0\u30A4\u30C8\u3092\u542B\u3081\u308B\u3053\u3068\u306F\u3067\u304D\u307E\u305B\u3093",
          "loc.messages.LIB_PathIsNotADirectory": "\u30D1\u30B9\u304C\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u3067\u306F\u3042\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_PathNotFound": "\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3067\u3057\u305F %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "\u30D7\u30E9\u30C3\u30C8\u30D5\u30A9\u30FC\u30E0\u304C\u30B5\u30DD\u30FC\u30C8\u3055\u308C\u3066\u3044\u307E\u305B\u3093: %s",
          "loc.messages.LIB_ProcessError": "\u30D7\u30ED\u30BB\u30B9 '%s' \u3092\u5B9F\u884C\u3057\u3088\u3046\u3068\u3057\u3066\u3044\u308B\u3068\u304D\u306B\u30A8\u30E9\u30FC\u304C\u767A\u751F\u3057\u307E\u3057\u305F\u3002\u30D7\u30ED\u30BB\u30B9\u306E\u958B\u59CB\u306B\u5931\u6557\u3057\u305F\u304A\u305D\u308C\u304C\u3042\u308A\u307E\u3059\u3002\u30A8\u30E9\u30FC: %s",
          "loc.messages.LIB_ProcessExitCode": "\u30D7\u30ED\u30BB\u30B9 '%s' \u304C\u7D42\u4E86\u30B3\u30FC\u30C9 %s \u3067\u5931\u6557\u3057\u307E\u3057\u305F",
          "loc.messages.LIB_ProcessStderr": "1 \u3064\u4EE5\u4E0A\u306E\u884C\u304C STDERR \u30B9\u30C8\u30EA\u30FC\u30E0\u306B\u66F8\u304D\u8FBC\u307E\u308C\u305F\u305F\u3081\u3001\u30D7\u30ED\u30BB\u30B9 '%s' \u304C\u5931\u6557\u3057\u307E\u3057\u305F",
          "loc.messages.LIB_ResourceFileAlreadySet": "\u30EA\u30BD\u30FC\u30B9 \u30D5\u30A1\u30A4\u30EB\u306F\u65E2\u306B %s \u306B\u8A2D\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059",
          "loc.messages.LIB_ResourceFileNotExist": "\u30EA\u30BD\u30FC\u30B9 \u30D5\u30A1\u30A4\u30EB\u304C\u5B58\u5728\u3057\u307E\u305B\u3093: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\u30EA\u30BD\u30FC\u30B9 \u30D5\u30A1\u30A4\u30EB\u304C\u8A2D\u5B9A\u3055\u308C\u3066\u304A\u3089\u305A\u3001\u30AD\u30FC\u306E loc \u6587\u5B57\u5217\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: %s",
          "loc.messages.LIB_ReturnCode": "\u30EA\u30BF\u30FC\u30F3 \u30B3\u30FC\u30C9: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \u30B9\u30C8\u30EA\u30FC\u30E0\u304C\u3001\u30D7\u30ED\u30BB\u30B9 '%s' \u306E\u7D42\u4E86\u30A4\u30D9\u30F3\u30C8\u304B\u3089 %s \u79D2\u4EE5\u5185\u306B\u7D42\u4E86\u3057\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u3053\u308C\u306F\u3001\u5B50\u30D7\u30ED\u30BB\u30B9\u304C STDIO \u30B9\u30C8\u30EA\u30FC\u30E0\u3092\u7D99\u627F\u3057\u3001\u307E\u3060\u7D42\u4E86\u3057\u3066\u3044\u306A\u3044\u3053\u3068\u3092\u793A\u3057\u3066\u3044\u308B\u53EF\u80FD\u6027\u304C\u3042\u308A\u307E\u3059\u3002",
          "loc.messages.LIB_UndefinedNodeVersion": "\u30CE\u30FC\u30C9\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u304C\u5B9A\u7FA9\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002",
          "loc.messages.LIB_UnhandledEx": "\u672A\u51E6\u7406: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u8907\u6570\u306E\u30EF\u30FC\u30AF\u30B9\u30DA\u30FC\u30B9\u304C\u4E00\u81F4\u3057\u307E\u3059\u3002\u6700\u521D\u306E\u30EF\u30FC\u30AF\u30B9\u30DA\u30FC\u30B9\u304C\u4F7F\u7528\u3055\u308C\u307E\u3059\u3002",
          "loc.messages.LIB_WhichNotFound_Linux": "\u5B9F\u884C\u53EF\u80FD\u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: '%s'\u3002\u30D5\u30A1\u30A4\u30EB \u30D1\u30B9\u304C\u5B58\u5728\u3059\u308B\u3053\u3068\u3001\u307E\u305F\u306F\u305D\u306E\u30D5\u30A1\u30A4\u30EB\u304C PATH \u74B0\u5883\u5909\u6570\u3067\u6307\u5B9A\u3055\u308C\u305F\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u5185\u306B\u3042\u308B\u3053\u3068\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002\u30D5\u30A1\u30A4\u30EB\u304C\u5B9F\u884C\u53EF\u80FD\u304B\u3069\u3046\u304B\u306B\u3064\u3044\u3066\u30D5\u30A1\u30A4\u30EB \u30E2\u30FC\u30C9\u3082\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002",
          "loc.messages.LIB_WhichNotFound_Win": "\u5B9F\u884C\u53EF\u80FD\u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093: '%s'\u3002\u30D5\u30A1\u30A4\u30EB \u30D1\u30B9\u304C\u5B58\u5728\u3059\u308B\u3053\u3068\u3001\u307E\u305F\u306F\u305D\u306E\u30D5\u30A1\u30A4\u30EB\u304C PATH \u74B0\u5883\u5909\u6570\u3067\u6307\u5B9A\u3055\u308C\u305F\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA\u5185\u306B\u3042\u308B\u3053\u3068\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002\u305D\u306E\u30D5\u30A1\u30A4\u30EB\u306B\u5B9F\u884C\u53EF\u80FD\u30D5\u30A1\u30A4\u30EB\u306E\u6709\u52B9\u306A\u62E1\u5F35\u5B50\u304C\u3064\u3044\u3066\u3044\u308B\u3053\u3068\u3082\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002"
        },
        "ko-KR": {
          "loc.messages.LIB_CopyFileFailed": "\uD30C\uC77C\uC744 \uBCF5\uC0AC\uD558\uB294 \uB3D9\uC548 \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uB0A8\uC740 \uC2DC\uB3C4 \uD69F\uC218: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\uB514\uB809\uD130\uB9AC \uC2A4\uD0DD\uC774 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_EndpointAuthNotExist": "\uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uC778\uC99D \uB370\uC774\uD130\uAC00 \uC5C6\uC74C: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uB370\uC774\uD130 \uB9E4\uAC1C \uBCC0\uC218 %s\uC774(\uAC00) \uC5C6\uC74C: %s",
          "loc.messages.LIB_EndpointNotExist": "\uC5D4\uB4DC\uD3EC\uC778\uD2B8\uAC00 \uC5C6\uC74C: %s",
          "loc.messages.LIB_FailOnCode": "\uC2E4\uD328 \uBC18\uD658 \uCF54\uB4DC: %d",
          "loc.messages.LIB_InputRequired": "\uC785\uB825 \uD544\uC694: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\uC798\uBABB\uB41C \uC5D4\uB4DC\uD3EC\uC778\uD2B8 \uC778\uC99D: %s",
          "loc.messages.LIB_InvalidPattern": "\uC798\uBABB\uB41C \uD328\uD134: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "\uBCF4\uC548 \uD30C\uC77C \uC785\uB825\uC774 \uC798\uBABB\uB428: %s",
          "loc.messages.LIB_LocStringNotFound": "\uD0A4\uC5D0 \uB300\uD55C loc \uBB38\uC790\uC5F4\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC74C: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "\uC774 OSX/Linux\uC6A9 \uBE4C\uB4DC \uC5D0\uC774\uC804\uD2B8 \uBC84\uC804\uC5D0\uC11C \uC5EC\uB7EC \uD30C\uC77C\uC758 \uD14C\uC2A4\uD2B8 \uACB0\uACFC\uB97C \uD558\uB098\uC758 \uD14C\uC2A4\uD2B8 \uC2E4\uD589\uC73C\uB85C \uBCD1\uD569\uD558\uB294 \uAC83\uC744 \uC9C0\uC6D0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAC01 \uD14C\uC2A4\uD2B8 \uACB0\uACFC \uD30C\uC77C\uC740 VSO/TFS\uC5D0\uC11C \uBCC4\uB3C4\uC758 \uD14C\uC2A4\uD2B8 \uC2E4\uD589\uC73C\uB85C \uAC8C\uC2DC\uB429\uB2C8\uB2E4.",
          "loc.messages.LIB_MkdirFailed": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. %s",
          "loc.messages.LIB_MkdirFailedFileExists": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uCDA9\uB3CC\uD558\uB294 \uD30C\uC77C '%s'\uC774(\uAC00) \uC788\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB8E8\uD2B8 \uB514\uB809\uD130\uB9AC '%s'\uC774(\uAC00) \uC5C6\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_MkdirFailedInvalidShare": "'%s' \uB514\uB809\uD130\uB9AC\uB97C \uB9CC\uB4E4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. '%s' \uB514\uB809\uD130\uB9AC\uAC00 \uC788\uB294\uC9C0 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB514\uB809\uD130\uB9AC\uAC00 \uD30C\uC77C \uACF5\uC720\uC778 \uACBD\uC6B0 \uACF5\uC720 \uC774\uB984\uC774 \uC62C\uBC14\uB974\uACE0, \uACF5\uC720\uAC00 \uC628\uB77C\uC778 \uC0C1\uD0DC\uC774\uBA70, \uD604\uC7AC \uD504\uB85C\uC138\uC2A4\uC5D0 \uACF5\uC720\uC5D0 \uC561\uC138\uC2A4\uD560 \uC218 \uC788\uB294 \uAD8C\uD55C\uC774 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694.",
          "loc.messages.LIB_MultilineSecret": "\uBE44\uBC00\uC5D0 \uC5EC\uB7EC \uC904\uC744 \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\uC774\uC804 \uB514\uB809\uD130\uB9AC\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_OperationFailed": "%s \uC2E4\uD328: %s",
          "loc.messages.LIB_ParameterIsRequired": "%s\uC774(\uAC00) \uC81C\uACF5\uB418\uC9C0 \uC54A\uC74C",
          "loc.messages.LIB_PathHasNullByte": "\uACBD\uB85C\uC5D0 null \uBC14\uC774\uD2B8\uB97C \uD3EC\uD568\uD560 \uC218 \uC5C6\uC74C",
          "loc.messages.LIB_PathIsNotADirectory": "\uACBD\uB85C\uAC00 \uB514\uB809\uD130\uB9AC\uAC00 \uC544\uB2D9\uB2C8\uB2E4. %s",
          "loc.messages.LIB_PathNotFound": "%s\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC74C: %s",
          "loc.messages.LIB_PlatformNotSupported": "\uC9C0\uC6D0\uB418\uC9C0 \uC54A\uB294 \uD50C\uB7AB\uD3FC: %s",
          "loc.messages.LIB_ProcessError": "'%s' \uD504\uB85C\uC138\uC2A4\uB97C \uC2E4\uD589\uD560 \uB54C \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uC774\uB294 \uD504\uB85C\uC138\uC2A4\uB97C \uC2DC\uC791\uD558\uC9C0 \uBABB\uD588\uC74C\uC744 \uB098\uD0C0\uB0BC \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC624\uB958: %s",
          "loc.messages.LIB_ProcessExitCode": "'%s' \uD504\uB85C\uC138\uC2A4\uAC00 \uC2E4\uD328\uD568(\uC885\uB8CC \uCF54\uB4DC %s)",
          "loc.messages.LIB_ProcessStderr": "\uD558\uB098 \uC774\uC0C1\uC758 \uC904\uC774 STDERR \uC2A4\uD2B8\uB9BC\uC5D0 \uC4F0\uC600\uC73C\uBBC0\uB85C '%s' \uD504\uB85C\uC138\uC2A4\uAC00 \uC2E4\uD328\uD568",
          "loc.messages.LIB_ResourceFileAlreadySet": "\uB9AC\uC18C\uC2A4 \uD30C\uC77C\uC774 \uC774\uBBF8 \uB2E4\uC74C\uC73C\uB85C \uC124\uC815\uB428: %s",
          "loc.messages.LIB_ResourceFileNotExist": "\uB9AC\uC18C\uC2A4 \uD30C\uC77C\uC774 \uC5C6\uC74C: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\uB9AC\uC18C\uC2A4 \uD30C\uC77C\uC774 \uC124\uC815\uB418\uC9C0 \uC54A\uC558\uACE0 \uD0A4\uC5D0 \uB300\uD55C loc \uBB38\uC790\uC5F4\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC74C: %s",
          "loc.messages.LIB_ReturnCode": "\uBC18\uD658 \uCF54\uB4DC: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \uC2A4\uD2B8\uB9BC\uC774 %s\uCD08 \uC774\uB0B4('%s' \uD504\uB85C\uC138\uC2A4\uC758 \uC885\uB8CC \uC774\uBCA4\uD2B8 \uD6C4)\uC5D0 \uB2EB\uD788\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uC774\uB294 \uC790\uC2DD \uD504\uB85C\uC138\uC2A4\uAC00 STDIO \uC2A4\uD2B8\uB9BC\uC744 \uC0C1\uC18D\uD588\uC73C\uBA70 \uC544\uC9C1 \uC885\uB8CC\uB418\uC9C0 \uC54A\uC558\uC74C\uC744 \uB098\uD0C0\uB0BC \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_UndefinedNodeVersion": "\uB178\uB4DC \uBC84\uC804\uC774 \uC815\uC758\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4.",
          "loc.messages.LIB_UnhandledEx": "\uCC98\uB9AC\uB418\uC9C0 \uC54A\uC74C: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\uC5EC\uB7EC \uC791\uC5C5 \uC601\uC5ED\uC774 \uC77C\uCE58\uD569\uB2C8\uB2E4. \uCCAB \uBC88\uC9F8 \uC791\uC5C5 \uC601\uC5ED\uC744 \uC0AC\uC6A9\uD558\uC138\uC694.",
          "loc.messages.LIB_WhichNotFound_Linux": "\uC2E4\uD589 \uD30C\uC77C '%s'\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C \uACBD\uB85C\uAC00 \uC788\uB294\uC9C0 \uB610\uB294 PATH \uD658\uACBD \uBCC0\uC218\uC5D0\uC11C \uC9C0\uC815\uD55C \uB514\uB809\uD130\uB9AC \uB0B4\uC5D0\uC11C \uD30C\uC77C\uC744 \uCC3E\uC744 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694. \uB610\uD55C \uD30C\uC77C \uBAA8\uB4DC\uB97C \uD655\uC778\uD558\uC5EC \uD30C\uC77C\uC744 \uC2E4\uD589\uD560 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694.",
          "loc.messages.LIB_WhichNotFound_Win": "\uC2E4\uD589 \uD30C\uC77C '%s'\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C \uACBD\uB85C\uAC00 \uC788\uB294\uC9C0 \uB610\uB294 PATH \uD658\uACBD \uBCC0\uC218\uC5D0\uC11C \uC9C0\uC815\uD55C \uB514\uB809\uD130\uB9AC \uB0B4\uC5D0\uC11C \uD30C\uC77C\uC744 \uCC3E\uC744 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694. \uB610\uD55C \uD30C\uC77C\uC774 \uC2E4\uD589 \uD30C\uC77C\uC5D0 \uB300\uD574 \uC62C\uBC14\uB978 \uD655\uC7A5\uBA85\uC744 \uAC00\uC9C0\uACE0 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694."
        },
        "ru-RU": {
          "loc.messages.LIB_CopyFileFailed": "\u041E\u0448\u0438\u0431\u043A\u0430 \u043F\u0440\u0438 \u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u043D\u0438\u0438 \u0444\u0430\u0439\u043B\u0430. \u041E\u0441\u0442\u0430\u0432\u0448\u0435\u0435\u0441\u044F \u0447\u0438\u0441\u043B\u043E \u043F\u043E\u043F\u044B\u0442\u043E\u043A: %s.",
          "loc.messages.LIB_DirectoryStackEmpty": "\u0421\u0442\u0435\u043A \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0430 \u043F\u0443\u0441\u0442",
          "loc.messages.LIB_EndpointAuthNotExist": "\u041E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u044E\u0442 \u0434\u0430\u043D\u043D\u044B\u0435 \u0434\u043B\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u043F\u043E\u0434\u043B\u0438\u043D\u043D\u043E\u0441\u0442\u0438 \u043A\u043E\u043D\u0435\u0447\u043D\u043E\u0439 \u0442\u043E\u0447\u043A\u0438: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u041E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 %s \u0434\u0430\u043D\u043D\u044B\u0445 \u043A\u043E\u043D\u0435\u0447\u043D\u043E\u0439 \u0442\u043E\u0447\u043A\u0438: %s",
          "loc.messages.LIB_EndpointNotExist": "\u041A\u043E\u043D\u0435\u0447\u043D\u0430\u044F \u0442\u043E\u0447\u043A\u0430 \u043E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442: %s.",
          "loc.messages.LIB_FailOnCode": "\u041A\u043E\u0434 \u0432\u043E\u0437\u0432\u0440\u0430\u0442\u0430 \u043F\u0440\u0438 \u0441\u0431\u043E\u0435: %d.",
          "loc.messages.LIB_InputRequired": "\u0422\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044F \u0432\u0432\u0435\u0441\u0442\u0438 \u0434\u0430\u043D\u043D\u044B\u0435: %s.",
          "loc.messages.LIB_InvalidEndpointAuth": "\u041D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u0430\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0430 \u043F\u043E\u0434\u043B\u0438\u043D\u043D\u043E\u0441\u0442\u0438 \u043A\u043E\u043D\u0435\u0447\u043D\u043E\u0439 \u0442\u043E\u0447\u043A\u0438: %s.",
          "loc.messages.LIB_InvalidPattern": '\u041D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0439 \u0448\u0430\u0431\u043B\u043E\u043D: "%s"',
          "loc.messages.LIB_InvalidSecureFilesInput": "\u041D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0435 \u0432\u0445\u043E\u0434\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435 \u0437\u0430\u0449\u0438\u0442\u043D\u043E\u0433\u043E \u0444\u0430\u0439\u043B\u0430: %s",
          "loc.messages.LIB_LocStringNotFound": "\u041D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u043D\u0430\u0439\u0442\u0438 \u043B\u043E\u043A\u0430\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u0443\u044E \u0441\u0442\u0440\u043E\u043A\u0443 \u0434\u043B\u044F \u043A\u043B\u044E\u0447\u0430: %s.",
          "loc.messages.LIB_MergeTestResultNotSupported": "\u041E\u0431\u044A\u0435\u0434\u0438\u043D\u0435\u043D\u0438\u0435 \u0440\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442\u043E\u0432 \u0442\u0435\u0441\u0442\u043E\u0432 \u0438\u0437 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u0438\u0445 \u0444\u0430\u0439\u043B\u043E\u0432 \u0432 \u043E\u0434\u0438\u043D \u0442\u0435\u0441\u0442\u043E\u0432\u044B\u0439 \u0437\u0430\u043F\u0443\u0441\u043A \u043D\u0435 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442\u0441\u044F \u0432 \u044D\u0442\u043E\u0439 \u0432\u0435\u0440\u0441\u0438\u0438 \u0430\u0433\u0435\u043D\u0442\u0430 \u0441\u0431\u043E\u0440\u043A\u0438 \u0434\u043B\u044F OSX/Linux. \u041A\u0430\u0436\u0434\u044B\u0439 \u0444\u0430\u0439\u043B \u0440\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442\u043E\u0432 \u0442\u0435\u0441\u0442\u0430 \u0431\u0443\u0434\u0435\u0442 \u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D \u0432 \u043A\u0430\u0447\u0435\u0441\u0442\u0432\u0435 \u043E\u0442\u0434\u0435\u043B\u044C\u043D\u043E\u0433\u043E \u0442\u0435\u0441\u0442\u043E\u0432\u043E\u0433\u043E \u0437\u0430\u043F\u0443\u0441\u043A\u0430 \u0432 VSO/TFS.",
          "loc.messages.LIB_MkdirFailed": '\u041D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". %s',
          "loc.messages.LIB_MkdirFailedFileExists": '\u041D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u0421\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u043A\u043E\u043D\u0444\u043B\u0438\u043A\u0442\u0443\u044E\u0449\u0438\u0439 \u0444\u0430\u0439\u043B: "%s"',
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u041A\u043E\u0440\u043D\u0435\u0432\u043E\u0439 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u043D\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442: "%s"',
          "loc.messages.LIB_MkdirFailedInvalidShare": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C, \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u043B\u0438 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 "%s". \u0415\u0441\u043B\u0438 \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u0444\u0430\u0439\u043B\u043E\u0432\u044B\u043C \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u043C, \u0443\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u0438\u043C\u044F \u0440\u0435\u0441\u0443\u0440\u0441\u0430 \u0443\u043A\u0430\u0437\u0430\u043D\u043E \u043F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u043E, \u043E\u043D \u0440\u0430\u0431\u043E\u0442\u0430\u0435\u0442 \u0438 \u0442\u0435\u043A\u0443\u0449\u0438\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u0438\u043C\u0435\u0435\u0442 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u043D\u0430 \u0434\u043E\u0441\u0442\u0443\u043F \u043A \u043D\u0435\u043C\u0443.',
          "loc.messages.LIB_MultilineSecret": "\u0421\u0435\u043A\u0440\u0435\u0442 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u043C\u043D\u043E\u0433\u043E\u0441\u0442\u0440\u043E\u0447\u043D\u044B\u043C",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043D\u0430\u0439\u0442\u0438 \u043F\u0440\u0435\u0434\u044B\u0434\u0443\u0449\u0438\u0439 \u043A\u0430\u0442\u0430\u043B\u043E\u0433",
          "loc.messages.LIB_OperationFailed": "\u0421\u0431\u043E\u0439 %s: %s.",
          "loc.messages.LIB_ParameterIsRequired": "\u041D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D %s.",
          "loc.messages.LIB_PathHasNullByte": "\u041F\u0443\u0442\u044C \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u0441\u043E\u0434\u0435\u0440\u0436\u0430\u0442\u044C \u043F\u0443\u0441\u0442\u044B\u0435 \u0431\u0430\u0439\u0442\u044B.",
          "loc.messages.LIB_PathIsNotADirectory": "\u041F\u0443\u0442\u044C \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u043E\u043C: %s",
          "loc.messages.LIB_PathNotFound": "\u041D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D %s: %s.",
          "loc.messages.LIB_PlatformNotSupported": "\u041F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430 \u043D\u0435 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442\u0441\u044F: %s",
          "loc.messages.LIB_ProcessError": '\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u0430 \u043E\u0448\u0438\u0431\u043A\u0430 \u043F\u0440\u0438 \u043F\u043E\u043F\u044B\u0442\u043A\u0435 \u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u044C \u043F\u0440\u043E\u0446\u0435\u0441\u0441 "%s". \u042D\u0442\u043E \u043C\u043E\u0436\u0435\u0442 \u043E\u0437\u043D\u0430\u0447\u0430\u0442\u044C, \u0447\u0442\u043E \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u044C. \u041E\u0448\u0438\u0431\u043A\u0430: %s',
          "loc.messages.LIB_ProcessExitCode": '\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u0435\u043B \u0441\u0431\u043E\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 "%s" \u0441 \u043A\u043E\u0434\u043E\u043C \u0432\u044B\u0445\u043E\u0434\u0430 %s.',
          "loc.messages.LIB_ProcessStderr": '\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u0435\u043B \u0441\u0431\u043E\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 "%s", \u0442\u0430\u043A \u043A\u0430\u043A \u043E\u0434\u043D\u0430 \u0438\u043B\u0438 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0441\u0442\u0440\u043E\u043A \u0431\u044B\u043B\u0438 \u0437\u0430\u043F\u0438\u0441\u0430\u043D\u044B \u0432 \u043F\u043E\u0442\u043E\u043A STDERR.',
          "loc.messages.LIB_ResourceFileAlreadySet": "\u0424\u0430\u0439\u043B \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432 \u0443\u0436\u0435 \u0437\u0430\u0434\u0430\u043D: %s.",
          "loc.messages.LIB_ResourceFileNotExist": "\u0424\u0430\u0439\u043B \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432 \u043D\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442: %s.",
          "loc.messages.LIB_ResourceFileNotSet": "\u0424\u0430\u0439\u043B \u0440\u0435\u0441\u0443\u0440\u0441\u043E\u0432 \u043D\u0435 \u0437\u0430\u0434\u0430\u043D, \u043D\u0435 \u0443\u0434\u0430\u0435\u0442\u0441\u044F \u043D\u0430\u0439\u0442\u0438 \u043B\u043E\u043A\u0430\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u0443\u044E \u0441\u0442\u0440\u043E\u043A\u0443 \u0434\u043B\u044F \u043A\u043B\u044E\u0447\u0430: %s.",
          "loc.messages.LIB_ReturnCode": "\u041A\u043E\u0434 \u0432\u043E\u0437\u0432\u0440\u0430\u0442\u0430: %d",
          "loc.messages.LIB_StdioNotClosed": '\u041F\u043E\u0442\u043E\u043A\u0438 STDIO \u043D\u0435 \u0431\u044B\u043B\u0438 \u0437\u0430\u043A\u0440\u044B\u0442\u044B \u0432 \u0442\u0435\u0447\u0435\u043D\u0438\u0435 %s\xA0\u0441 \u043F\u043E\u0441\u043B\u0435 \u043F\u043E\u043B\u0443\u0447\u0435\u043D\u0438\u044F \u0441\u043E\u0431\u044B\u0442\u0438\u044F \u0432\u044B\u0445\u043E\u0434\u0430 \u043E\u0442 \u043F\u0440\u043E\u0446\u0435\u0441\u0441\u0430 "%s". \u042D\u0442\u043E \u043C\u043E\u0436\u0435\u0442 \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E\u0432\u0430\u0442\u044C \u043E \u0442\u043E\u043C, \u0447\u0442\u043E \u0434\u043E\u0447\u0435\u0440\u043D\u0438\u0439 \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u0443\u043D\u0430\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043B \u043F\u043E\u0442\u043E\u043A\u0438 STDIO \u0438 \u0435\u0449\u0435 \u043D\u0435 \u0437\u0430\u0432\u0435\u0440\u0448\u0438\u043B \u0440\u0430\u0431\u043E\u0442\u0443.',
          "loc.messages.LIB_UndefinedNodeVersion": "\u0412\u0435\u0440\u0441\u0438\u044F \u0443\u0437\u043B\u0430 \u043D\u0435 \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u0435\u043D\u0430.",
          "loc.messages.LIB_UnhandledEx": "\u041D\u0435 \u043E\u0431\u0440\u0430\u0431\u043E\u0442\u0430\u043D\u043E: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u041D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0440\u0430\u0431\u043E\u0447\u0438\u0445 \u043E\u0431\u043B\u0430\u0441\u0442\u0435\u0439 \u0441\u043E\u0432\u043F\u0430\u0434\u0430\u0435\u0442, \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u043D\u0430 \u043F\u0435\u0440\u0432\u0430\u044F \u0440\u0430\u0431\u043E\u0447\u0430\u044F \u043E\u0431\u043B\u0430\u0441\u0442\u044C.",
          "loc.messages.LIB_WhichNotFound_Linux": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043D\u0430\u0439\u0442\u0438 \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u044B\u0439 \u0444\u0430\u0439\u043B: "%s". \u0423\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u043F\u0443\u0442\u044C \u043A \u0444\u0430\u0439\u043B\u0443 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u0438 \u0444\u0430\u0439\u043B \u043C\u043E\u0436\u043D\u043E \u043D\u0430\u0439\u0442\u0438 \u0432 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435, \u0443\u043A\u0430\u0437\u0430\u043D\u043D\u043E\u043C \u043F\u0435\u0440\u0435\u043C\u0435\u043D\u043D\u043E\u0439 \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u044F PATH. \u0422\u0430\u043A\u0436\u0435 \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0440\u0435\u0436\u0438\u043C \u0444\u0430\u0439\u043B\u0430, \u0447\u0442\u043E\u0431\u044B \u0443\u0431\u0435\u0434\u0438\u0442\u044C\u0441\u044F, \u0447\u0442\u043E \u0444\u0430\u0439\u043B \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u044B\u043C.',
          "loc.messages.LIB_WhichNotFound_Win": '\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043D\u0430\u0439\u0442\u0438 \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u044B\u0439 \u0444\u0430\u0439\u043B: "%s". \u0423\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u043F\u0443\u0442\u044C \u043A \u0444\u0430\u0439\u043B\u0443 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u0438 \u0447\u0442\u043E \u0444\u0430\u0439\u043B \u043C\u043E\u0436\u043D\u043E \u043D\u0430\u0439\u0442\u0438 \u0432 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0435, \u0443\u043A\u0430\u0437\u0430\u043D\u043D\u043E\u043C \u043F\u0435\u0440\u0435\u043C\u0435\u043D\u043D\u043E\u0439 \u043E\u043A\u0440\u0443\u0436\u0435\u043D\u0438\u044F PATH. \u0422\u0430\u043A\u0436\u0435 \u0443\u0431\u0435\u0434\u0438\u0442\u0435\u0441\u044C, \u0447\u0442\u043E \u0443 \u0444\u0430\u0439\u043B\u0430 \u0435\u0441\u0442\u044C \u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u043E\u0435 \u0440\u0430\u0441\u0448\u0438\u0440\u0435\u043D\u0438\u0435 \u0434\u043B\u044F \u0438\u0441\u043F\u043E\u043B\u043D\u044F\u0435\u043C\u043E\u0433\u043E \u0444\u0430\u0439\u043B\u0430.'
        },
        "zh-CN": {
          "loc.messages.LIB_CopyFileFailed": "\u590D\u5236\u6587\u4EF6\u65F6\u51FA\u9519\u3002\u5269\u4F59\u5C1D\u8BD5\u6B21\u6570: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\u76EE\u5F55\u5806\u6808\u4E3A\u7A7A",
          "loc.messages.LIB_EndpointAuthNotExist": "\u7EC8\u7ED3\u70B9\u6388\u6743\u6570\u636E\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u7EC8\u7ED3\u70B9\u6570\u636E\u53C2\u6570 %s \u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointNotExist": "\u7EC8\u7ED3\u70B9\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_FailOnCode": "\u6545\u969C\u8FD4\u56DE\u4EE3\u7801: %d",
          "loc.messages.LIB_InputRequired": "\u8F93\u5165\u5FC5\u9700\u9879: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\u7EC8\u7ED3\u70B9\u9A8C\u8BC1\u65E0\u6548: %s",
          "loc.messages.LIB_InvalidPattern": '\u65E0\u6548\u7684\u6A21\u5F0F: "%s"',
          "loc.messages.LIB_InvalidSecureFilesInput": "\u65E0\u6548\u7684\u5B89\u5168\u6587\u4EF6\u8F93\u5165: %s",
          "loc.messages.LIB_LocStringNotFound": "\u65E0\u6CD5\u627E\u5230\u5173\u952E\u5B57\u7684\u672C\u5730\u5B57\u7B26\u4E32: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "\u6B64\u7248\u672C\u7684 OSX/Linux \u751F\u6210\u4EE3\u7406\u4E0D\u652F\u6301\u6765\u81EA\u67D0\u4E2A\u6D4B\u8BD5\u8FD0\u884C\u7684\u591A\u6587\u4EF6\u5408\u5E76\u6D4B\u8BD5\u7ED3\u679C\uFF0C\u5728 VSO/TFS \u4E2D\uFF0C\u6BCF\u4E2A\u6D4B\u8BD5\u7ED3\u679C\u6587\u4EF6\u90FD\u5C06\u4F5C\u4E3A\u5355\u72EC\u7684\u6D4B\u8BD5\u8FD0\u884C\u8FDB\u884C\u53D1\u5E03\u3002",
          "loc.messages.LIB_MkdirFailed": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002%s",
          "loc.messages.LIB_MkdirFailedFileExists": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002\u5B58\u5728\u51B2\u7A81\u6587\u4EF6:\u201C%s\u201D",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002\u6839\u76EE\u5F55\u4E0D\u5B58\u5728:\u201C%s\u201D",
          "loc.messages.LIB_MkdirFailedInvalidShare": "\u65E0\u6CD5\u521B\u5EFA\u76EE\u5F55\u201C%s\u201D\u3002\u65E0\u6CD5\u9A8C\u8BC1\u201C%s\u201D\u76EE\u5F55\u662F\u5426\u5B58\u5728\u3002\u5982\u679C\u76EE\u5F55\u662F\u6587\u4EF6\u5171\u4EAB\uFF0C\u8BF7\u9A8C\u8BC1\u5171\u4EAB\u540D\u79F0\u662F\u5426\u6B63\u786E\u3001\u5171\u4EAB\u662F\u5426\u5DF2\u8054\u673A\u4EE5\u53CA\u5F53\u524D\u8FDB\u7A0B\u662F\u5426\u6709\u6743\u8BBF\u95EE\u8BE5\u5171\u4EAB\u3002",
          "loc.messages.LIB_MultilineSecret": "\u5BC6\u7801\u4E0D\u80FD\u5305\u542B\u591A\u4E2A\u884C",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u627E\u4E0D\u5230\u4EE5\u524D\u7684\u76EE\u5F55",
          "loc.messages.LIB_OperationFailed": "%s \u5931\u8D25: %s",
          "loc.messages.LIB_ParameterIsRequired": "\u672A\u63D0\u4F9B %s",
          "loc.messages.LIB_PathHasNullByte": "\u8DEF\u5F84\u4E0D\u80FD\u5305\u542B null \u5B57\u8282",
          "loc.messages.LIB_PathIsNotADirectory": "\u8DEF\u5F84\u4E0D\u662F\u76EE\u5F55\uFF1A %s",
          "loc.messages.LIB_PathNotFound": "\u627E\u4E0D\u5230 %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "\u5E73\u53F0\u4E0D\u53D7\u652F\u6301: %s",
          "loc.messages.LIB_ProcessError": "\u5C1D\u8BD5\u6267\u884C\u8FDB\u7A0B\u201C%s\u201D\u65F6\u51FA\u9519\u3002\u8FD9\u53EF\u80FD\u8868\u793A\u8FDB\u7A0B\u542F\u52A8\u5931\u8D25\u3002\u9519\u8BEF: %s",
          "loc.messages.LIB_ProcessExitCode": "\u8FDB\u7A0B\u201C%s\u201D\u5931\u8D25\uFF0C\u9000\u51FA\u4EE3\u7801\u4E3A %s",
          "loc.messages.LIB_ProcessStderr": "\u8FDB\u7A0B\u201C%s\u201D\u5931\u8D25\uFF0C\u56E0\u4E3A\u5DF2\u5C06\u4E00\u884C\u6216\u591A\u884C\u5199\u5165 STDERR \u6D41",
          "loc.messages.LIB_ResourceFileAlreadySet": "\u8D44\u6E90\u6587\u4EF6\u5DF2\u88AB\u8BBE\u7F6E\u4E3A %s",
          "loc.messages.LIB_ResourceFileNotExist": "\u8D44\u6E90\u6587\u4EF6\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\u8D44\u6E90\u6587\u4EF6\u5C1A\u672A\u8BBE\u7F6E\uFF0C\u65E0\u6CD5\u627E\u5230\u5173\u952E\u5B57\u7684\u672C\u5730\u5B57\u7B26\u4E32: %s",
          "loc.messages.LIB_ReturnCode": "\u8FD4\u56DE\u4EE3\u7801: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \u6D41\u5728\u8FDB\u7A0B\u201C%s\u201D\u4E2D\u53D1\u751F\u9000\u51FA\u4E8B\u4EF6 %s \u79D2\u5185\u672A\u5173\u95ED \u3002\u8FD9\u53EF\u80FD\u8868\u793A\u5B50\u8FDB\u7A0B\u7EE7\u627F\u4E86 STDIO \u6D41\u4E14\u5C1A\u672A\u9000\u51FA\u3002",
          "loc.messages.LIB_UndefinedNodeVersion": "\u8282\u70B9\u7248\u672C\u672A\u5B9A\u4E49\u3002",
          "loc.messages.LIB_UnhandledEx": "\u672A\u5904\u7406: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u51FA\u73B0\u591A\u4E2A\u5DE5\u4F5C\u533A\u5339\u914D\u65F6\uFF0C\u4F7F\u7528\u7B2C\u4E00\u4E2A\u3002",
          "loc.messages.LIB_WhichNotFound_Linux": '\u65E0\u6CD5\u5B9A\u4F4D\u53EF\u6267\u884C\u6587\u4EF6: "%s"\u3002\u8BF7\u9A8C\u8BC1\u6587\u4EF6\u8DEF\u5F84\u662F\u5426\u5B58\u5728\u6216\u6587\u4EF6\u662F\u5426\u53EF\u5728 PATH \u73AF\u5883\u53D8\u91CF\u6307\u5B9A\u7684\u76EE\u5F55\u5185\u627E\u5230\u3002\u53E6\u8BF7\u68C0\u67E5\u6587\u4EF6\u6A21\u5F0F\u4EE5\u9A8C\u8BC1\u6587\u4EF6\u662F\u5426\u53EF\u6267\u884C\u3002',
          "loc.messages.LIB_WhichNotFound_Win": '\u65E0\u6CD5\u5B9A\u4F4D\u53EF\u6267\u884C\u6587\u4EF6: "%s"\u3002\u8BF7\u9A8C\u8BC1\u6587\u4EF6\u8DEF\u5F84\u662F\u5426\u5B58\u5728\u6216\u6587\u4EF6\u662F\u5426\u53EF\u5728 PATH \u73AF\u5883\u53D8\u91CF\u6307\u5B9A\u7684\u76EE\u5F55\u5185\u627E\u5230\u3002\u53E6\u8BF7\u9A8C\u8BC1\u8BE5\u6587\u4EF6\u662F\u5426\u5177\u6709\u53EF\u6267\u884C\u6587\u4EF6\u7684\u6709\u6548\u6269\u5C55\u540D\u3002'
        },
        "zh-TW": {
          "loc.messages.LIB_CopyFileFailed": "\u8907\u88FD\u6A94\u6848\u6642\u767C\u751F\u932F\u8AA4\u3002\u5269\u9918\u5617\u8A66\u6B21\u6578: %s",
          "loc.messages.LIB_DirectoryStackEmpty": "\u76EE\u9304\u5806\u758A\u662F\u7A7A\u7684",
          "loc.messages.LIB_EndpointAuthNotExist": "\u7AEF\u9EDE\u9A57\u8B49\u8CC7\u6599\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointDataNotExist": "\u7AEF\u9EDE\u8CC7\u6599\u53C3\u6578 %s \u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_EndpointNotExist": "\u7AEF\u9EDE\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_FailOnCode": "\u50B3\u56DE\u7A0B\u5F0F\u78BC\u5931\u6557: %d",
          "loc.messages.LIB_InputRequired": "\u9700\u8981\u8F38\u5165\u5167\u5BB9: %s",
          "loc.messages.LIB_InvalidEndpointAuth": "\u7AEF\u9EDE\u9A57\u8B49\u7121\u6548: %s",
          "loc.messages.LIB_InvalidPattern": "\u6A21\u5F0F\u7121\u6548: '%s'",
          "loc.messages.LIB_InvalidSecureFilesInput": "\u5B89\u5168\u6A94\u6848\u8F38\u5165\u7121\u6548: %s",
          "loc.messages.LIB_LocStringNotFound": "\u627E\u4E0D\u5230\u7D22\u5F15\u9375\u7684 loc \u5B57\u4E32: %s",
          "loc.messages.LIB_MergeTestResultNotSupported": "OSX/Linux \u7684\u6B64\u7248\u672C\u7D44\u5EFA\u4EE3\u7406\u7A0B\u5F0F\u4E0D\u652F\u63F4\u5C07\u591A\u500B\u6A94\u6848\u7684\u6E2C\u8A66\u7D50\u679C\u5408\u4F75\u81F3\u55AE\u4E00\u6E2C\u8A66\u56DE\u5408\uFF0C\u6BCF\u500B\u6E2C\u8A66\u7D50\u679C\u6A94\u6848\u5C07\u4F5C\u70BA\u500B\u5225\u6E2C\u8A66\u56DE\u5408\u5728 VSO/TFS \u4E2D\u767C\u884C\u3002",
          "loc.messages.LIB_MkdirFailed": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002%s",
          "loc.messages.LIB_MkdirFailedFileExists": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002\u5B58\u5728\u885D\u7A81\u7684\u6A94\u6848: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidDriveRoot": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002\u6839\u76EE\u9304\u4E0D\u5B58\u5728: '%s'",
          "loc.messages.LIB_MkdirFailedInvalidShare": "\u7121\u6CD5\u5EFA\u7ACB\u76EE\u9304 '%s'\u3002\u7121\u6CD5\u9A57\u8B49\u76EE\u9304\u662F\u5426\u5B58\u5728: '%s'\u3002\u5982\u679C\u76EE\u9304\u662F\u6A94\u6848\u5171\u7528\uFF0C\u8ACB\u9A57\u8B49\u5171\u7528\u540D\u7A31\u6B63\u78BA\u3001\u5171\u7528\u5728\u7DDA\u4E0A\uFF0C\u800C\u4E14\u76EE\u524D\u7684\u6D41\u7A0B\u5177\u6709\u5B58\u53D6\u5171\u7528\u7684\u6B0A\u9650\u3002",
          "loc.messages.LIB_MultilineSecret": "\u7955\u5BC6\u4E0D\u5F97\u5305\u542B\u591A\u500B\u884C",
          "loc.messages.LIB_NotFoundPreviousDirectory": "\u627E\u4E0D\u5230\u4E4B\u524D\u7684\u76EE\u9304",
          "loc.messages.LIB_OperationFailed": "%s \u5931\u6557: %s",
          "loc.messages.LIB_ParameterIsRequired": "\u672A\u63D0\u4F9B %s",
          "loc.messages.LIB_PathHasNullByte": "\u8DEF\u5F91\u4E0D\u80FD\u5305\u542B null \u4F4D\u5143\u7D44",
          "loc.messages.LIB_PathIsNotADirectory": "\u8DEF\u5F91\u4E0D\u662F\u76EE\u9304\uFF1A %s",
          "loc.messages.LIB_PathNotFound": "\u627E\u4E0D\u5230 %s: %s",
          "loc.messages.LIB_PlatformNotSupported": "\u4E0D\u652F\u63F4\u7684\u5E73\u53F0: %s",
          "loc.messages.LIB_ProcessError": "\u5617\u8A66\u57F7\u884C\u8655\u7406\u5E8F '%s' \u6642\u767C\u751F\u932F\u8AA4\u3002\u9019\u53EF\u80FD\u8868\u793A\u8655\u7406\u5E8F\u7121\u6CD5\u555F\u52D5\u3002\u932F\u8AA4: %s",
          "loc.messages.LIB_ProcessExitCode": "\u8655\u7406\u5E8F '%s' \u5931\u6557\uFF0C\u7D50\u675F\u4EE3\u78BC\u70BA %s",
          "loc.messages.LIB_ProcessStderr": "\u56E0\u70BA STDERR \u8CC7\u6599\u6D41\u4E2D\u5BEB\u5165\u4E86\u4E00\u6216\u591A\u884C\u7A0B\u5F0F\u78BC\uFF0C\u6240\u4EE5\u8655\u7406\u5E8F '%s' \u5931\u6557",
          "loc.messages.LIB_ResourceFileAlreadySet": "\u8CC7\u6E90\u6A94\u6848\u5DF2\u8A2D\u5B9A\u81F3: %s",
          "loc.messages.LIB_ResourceFileNotExist": "\u8CC7\u6E90\u6A94\u6848\u4E0D\u5B58\u5728: %s",
          "loc.messages.LIB_ResourceFileNotSet": "\u5C1A\u672A\u8A2D\u5B9A\u8CC7\u6E90\u6A94\u6848\uFF0C\u627E\u4E0D\u5230\u7D22\u5F15\u9375\u7684 loc \u5B57\u4E32: %s",
          "loc.messages.LIB_ReturnCode": "\u50B3\u56DE\u7A0B\u5F0F\u78BC: %d",
          "loc.messages.LIB_StdioNotClosed": "STDIO \u8CC7\u6599\u6D41\u672A\u5728 %s \u79D2\u5167\u95DC\u9589 (\u5F9E\u8655\u7406\u5E8F '%s' \u7D50\u675F\u4E8B\u4EF6\u767C\u751F\u5F8C\u7B97\u8D77)\u3002\u9019\u53EF\u80FD\u8868\u793A\u5B50\u8655\u7406\u5E8F\u7E7C\u627F\u4E86 STDIO \u8CC7\u6599\u6D41\u4E14\u5C1A\u672A\u7D50\u675F\u3002",
          "loc.messages.LIB_UndefinedNodeVersion": "\u672A\u5B9A\u7FA9\u7BC0\u9EDE\u7248\u672C\u3002",
          "loc.messages.LIB_UnhandledEx": "\u672A\u7D93\u8655\u7406: %s",
          "loc.messages.LIB_UseFirstGlobMatch": "\u591A\u500B\u5DE5\u4F5C\u5340\u76F8\u7B26\u3002\u8ACB\u5148\u4F7F\u7528\u3002",
          "loc.messages.LIB_WhichNotFound_Linux": "\u627E\u4E0D\u5230\u53EF\u57F7\u884C\u6A94: '%s'\u3002\u8ACB\u78BA\u8A8D\u6A94\u6848\u8DEF\u5F91\u5B58\u5728\uFF0C\u6216\u6A94\u6848\u53EF\u4EE5\u5728 PATH \u74B0\u5883\u8B8A\u6578\u6307\u5B9A\u7684\u76EE\u9304\u4E2D\u627E\u5230\u3002\u53E6\u8ACB\u6AA2\u67E5\u6A94\u6848\u6A21\u5F0F\uFF0C\u78BA\u8A8D\u6A94\u6848\u53EF\u4EE5\u57F7\u884C\u3002",
          "loc.messages.LIB_WhichNotFound_Win": "\u627E\u4E0D\u5230\u53EF\u57F7\u884C\u6A94: '%s'\u3002\u8ACB\u78BA\u8A8D\u6A94\u6848\u8DEF\u5F91\u5B58\u5728\uFF0C\u6216\u6A94\u6848\u53EF\u4EE5\u5728 PATH \u74B0\u5883\u8B8A\u6578\u6307\u5B9A\u7684\u76EE\u9304\u4E2D\u627E\u5230\u3002\u53E6\u8ACB\u78BA\u8A8D\u6A94\u6848\u5177\u5099\u6709\u6548\u7684\u53EF\u57F7\u884C\u6A94\u526F\u6A94\u540D\u3002"
        }
      }
    };
  }
});

// node_modules/azure-pipelines-task-lib/internal.js
var require_internal = __commonJS({
  "node_modules/azure-pipelines-task-lib/internal.js"(exports) {
    "use strict";
    var _a, _b;
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isSigPipeError = exports._exposeCertSettings = exports._exposeProxySettings = exports._normalizeSeparators = exports._isRooted = exports._getDirectoryName = exports._ensureRooted = exports._isUncPath = exports._loadData = exports._ensurePatternRooted = exports._getFindInfoFromPattern = exports._cloneMatchOptions = exports._legacyFindFiles_convertPatternToRegExp = exports._which = exports._checkPath = exports._exist = exports._debug = exports._error = exports._warning = exports._command = exports._getVariableKey = exports._getVariable = exports._loc = exports._setResourcePath = exports._setErrStream = exports._setStdStream = exports._writeLine = exports._truncateBeforeSensitiveKeyword = exports._endsWith = exports._startsWith = exports.IssueAuditAction = exports.IssueSource = exports._vault = exports._knownVariableMap = void 0;
    var fs = __require("fs"), path = __require("path"), os = __require("os"), minimatch = require_minimatch(), util = __require("util"), tcm = require_taskcommand(), vm = require_vault(), semver = require_semver(), crypto = __require("crypto"), libResource = require_lib_resource();
    exports._knownVariableMap = {};
    var _commandCorrelationId, IssueSource;
    (function(IssueSource2) {
      IssueSource2.CustomerScript = "CustomerScript", IssueSource2.TaskInternal = "TaskInternal";
    })(IssueSource = exports.IssueSource || (exports.IssueSource = {}));
    var IssueAuditAction;
    (function(IssueAuditAction2) {
      IssueAuditAction2[IssueAuditAction2.Unknown = 0] = "Unknown", IssueAuditAction2[IssueAuditAction2.ShellTasksValidation = 1] = "ShellTasksValidation";
    })(IssueAuditAction = exports.IssueAuditAction || (exports.IssueAuditAction = {}));
    semver.lt(process.versions.node, "4.2.0") && _warning("Tasks require a new agent.  Upgrade your agent or node to 4.2.0 or later", IssueSource.TaskInternal);
    function _startsWith(str, start) {
      return str.slice(0, start.length) == start;
    }
    exports._startsWith = _startsWith;
    function _endsWith(str, end) {
      return str.slice(-end.length) == end;
    }
    exports._endsWith = _endsWith;
    function _truncateBeforeSensitiveKeyword(str, sensitiveKeywordsPattern) {
      if (!str)
        return str;
      var index = str.search(sensitiveKeywordsPattern);
      return index <= 0 ? str : "".concat(str.substring(0, index), "...");
    }
    exports._truncateBeforeSensitiveKeyword = _truncateBeforeSensitiveKeyword;
    var _outStream = process.stdout, _errStream = process.stderr;
    function _writeLine(str) {
      _outStream.write(str + os.EOL);
    }
    exports._writeLine = _writeLine;
    function _setStdStream(stdStream) {
      _outStream = stdStream;
    }
    exports._setStdStream = _setStdStream;
    function _setErrStream(errStream) {
      _errStream = errStream;
    }
    exports._setErrStream = _setErrStream;
    var _locStringCache = {}, _resourceFiles = {}, _libResourceFileLoaded = !1, _resourceCulture = "en-US";
    function _getLocStrings(resourceJson, locResourceJson) {
      var locStrings = {};
      if (resourceJson && resourceJson.hasOwnProperty("messages"))
        for (var key in resourceJson.messages)
          locResourceJson && locResourceJson.hasOwnProperty("loc.messages." + key) ? locStrings[key] = locResourceJson["loc.messages." + key] : locStrings[key] = resourceJson.messages[key];
      return locStrings;
    }
    function _loadResJson(resjsonFile) {
      var resJson;
      if (_exist(resjsonFile)) {
        var resjsonContent = fs.readFileSync(resjsonFile, "utf8").toString();
        resjsonContent.indexOf("\uFEFF") == 0 && (resjsonContent = resjsonContent.slice(1));
        try {
          resJson = JSON.parse(resjsonContent);
        } catch (err) {
          _debug("unable to parse resjson with err: " + err.message);
        }
      } else
        _debug(".resjson file not found: " + resjsonFile);
      return resJson;
    }
    function _loadLocStrings(resourceFile, culture) {
      var locStrings = {};
      if (_exist(resourceFile)) {
        var resourceJson = __require(resourceFile);
        if (resourceJson && resourceJson.hasOwnProperty("messages")) {
          var locResourceJson, localizedResourceFile = path.join(path.dirname(resourceFile), "Strings", "resources.resjson"), upperCulture = culture.toUpperCase(), cultures = [];
          try {
            cultures = fs.readdirSync(localizedResourceFile);
          } catch {
          }
          for (var i = 0; i < cultures.length; i++)
            if (cultures[i].toUpperCase() == upperCulture) {
              localizedResourceFile = path.join(localizedResourceFile, cultures[i], "resources.resjson"), _exist(localizedResourceFile) && (locResourceJson = _loadResJson(localizedResourceFile));
              break;
            }
          locStrings = _getLocStrings(resourceJson, locResourceJson);
        }
      } else
        _warning("LIB_ResourceFile does not exist", IssueSource.TaskInternal);
      return locStrings;
    }
    function _loadEmbeddedLocStrings(resourceData, culture) {
      var localizedResource, upperCulture = culture.toUpperCase(), localizedResources = resourceData.localizedMessages || {};
      for (var localizedCulture in localizedResources)
        if (localizedCulture.toUpperCase() == upperCulture) {
          localizedResource = localizedResources[localizedCulture];
          break;
        }
      return _getLocStrings(resourceData, localizedResource);
    }
    function _setResourcePath(path2, ignoreWarnings) {
      if (ignoreWarnings === void 0 && (ignoreWarnings = !1), process.env.TASKLIB_INPROC_UNITS && (_resourceFiles = {}, _libResourceFileLoaded = !1, _locStringCache = {}, _resourceCulture = "en-US"), _resourceFiles[path2])
        ignoreWarnings || _warning(_loc("LIB_ResourceFileAlreadySet", path2), IssueSource.TaskInternal);
      else {
        _checkPath(path2, "resource file path"), _resourceFiles[path2] = path2, _debug("adding resource file: " + path2), _resourceCulture = _getVariable("system.culture") || _resourceCulture;
        var locStrs = _loadLocStrings(path2, _resourceCulture);
        for (var key in locStrs)
          _locStringCache[key] = locStrs[key];
      }
    }
    exports._setResourcePath = _setResourcePath;
    function _loc(key) {
      for (var param = [], _i = 1; _i < arguments.length; _i++)
        param[_i - 1] = arguments[_i];
      if (!_libResourceFileLoaded) {
        var libLocStrs = _loadEmbeddedLocStrings(libResource, _resourceCulture);
        for (var libKey in libLocStrs)
          _locStringCache[libKey] = libLocStrs[libKey];
        _libResourceFileLoaded = !0;
      }
      var locString;
      return _locStringCache.hasOwnProperty(key) ? locString = _locStringCache[key] : (Object.keys(_resourceFiles).length <= 0 ? _warning("Resource file haven't been set, can't find loc string for key: ".concat(key), IssueSource.TaskInternal) : _warning("Can't find loc string for key: ".concat(key)), locString = key), param.length > 0 ? util.format.apply(this, [locString].concat(param)) : locString;
    }
    exports._loc = _loc;
    function _getVariable(name) {
      var varval, info, key = _getVariableKey(name);
      return exports._knownVariableMap.hasOwnProperty(key) && (info = exports._knownVariableMap[key]), info && info.secret ? varval = exports._vault.retrieveSecret("SECRET_" + key) : (varval = process.env[key], !varval && name.toUpperCase() == "AGENT.JOBSTATUS" && (varval = process.env["agent.jobstatus"])), _debug(name + "=" + varval), varval;
    }
    exports._getVariable = _getVariable;
    function _getVariableKey(name) {
      if (!name)
        throw new Error(_loc("LIB_ParameterIsRequired", "name"));
      return name.replace(/\./g, "_").replace(/ /g, "_").toUpperCase();
    }
    exports._getVariableKey = _getVariableKey;
    function _command(command, properties, message) {
      var taskCmd = new tcm.TaskCommand(command, properties, message);
      _writeLine(taskCmd.toString());
    }
    exports._command = _command;
    function _warning(message, source, auditAction) {
      source === void 0 && (source = IssueSource.TaskInternal), _command("task.issue", {
        type: "warning",
        source,
        correlationId: _commandCorrelationId,
        auditAction
      }, message);
    }
    exports._warning = _warning;
    function _error(message, source, auditAction) {
      source === void 0 && (source = IssueSource.TaskInternal), _command("task.issue", {
        type: "error",
        source,
        correlationId: _commandCorrelationId,
        auditAction
      }, message);
    }
    exports._error = _error;
    var debugMode = ((_a = _getVariable("system.debug")) === null || _a === void 0 ? void 0 : _a.toLowerCase()) === "true", shouldCheckDebugMode = ((_b = _getVariable("DistributedTask.Tasks.Node.SkipDebugLogsWhenDebugModeOff")) === null || _b === void 0 ? void 0 : _b.toLowerCase()) === "true";
    function _debug(message) {
      (!shouldCheckDebugMode || shouldCheckDebugMode && debugMode) && _command("task.debug", null, message);
    }
    exports._debug = _debug;
    function _exist(path2) {
      var exist = !1;
      try {
        exist = !!(path2 && fs.statSync(path2) != null);
      } catch (err) {
        if (err && err.code === "ENOENT")
          exist = !1;
        else
          throw err;
      }
      return exist;
    }
    exports._exist = _exist;
    function _checkPath(p, name) {
      if (_debug("check path : " + p), !_exist(p))
        throw new Error(_loc("LIB_PathNotFound", name, p));
    }
    exports._checkPath = _checkPath;
    function _which(tool, check) {
      if (!tool)
        throw new Error("parameter 'tool' is required");
      if (check) {
        var result = _which(tool, !1);
        if (result)
          return result;
        throw process.platform == "win32" ? new Error(_loc("LIB_WhichNotFound_Win", tool)) : new Error(_loc("LIB_WhichNotFound_Linux", tool));
      }
      _debug("which '".concat(tool, "'"));
      try {
        var extensions = [];
        if (process.platform == "win32" && process.env.PATHEXT)
          for (var _i = 0, _a2 = process.env.PATHEXT.split(path.delimiter); _i < _a2.length; _i++) {
            var extension = _a2[_i];
            extension && extensions.push(extension);
          }
        if (_isRooted(tool)) {
          var filePath = _tryGetExecutablePath(tool, extensions);
          return filePath ? (_debug("found: '".concat(filePath, "'")), filePath) : (_debug("not found"), "");
        }
        if (tool.indexOf("/") >= 0 || process.platform == "win32" && tool.indexOf("\\") >= 0)
          return _debug("not found"), "";
        var directories = [];
        if (process.env.PATH)
          for (var _b2 = 0, _c = process.env.PATH.split(path.delimiter); _b2 < _c.length; _b2++) {
            var p = _c[_b2];
            p && directories.push(p);
          }
        for (var _d = 0, directories_1 = directories; _d < directories_1.length; _d++) {
          var directory = directories_1[_d], filePath = _tryGetExecutablePath(directory + path.sep + tool, extensions);
          if (filePath)
            return _debug("found: '".concat(filePath, "'")), filePath;
        }
        return _debug("not found"), "";
      } catch (err) {
        throw new Error(_loc("LIB_OperationFailed", "which", err.message));
      }
    }
    exports._which = _which;
    function _tryGetExecutablePath(filePath, extensions) {
      try {
        var stats = fs.statSync(filePath);
        if (stats.isFile()) {
          if (process.platform == "win32") {
            var isExecutable = !1, fileName = path.basename(filePath), dotIndex = fileName.lastIndexOf(".");
            if (dotIndex >= 0) {
              var upperExt_1 = fileName.substr(dotIndex).toUpperCase();
              if (extensions.some(function(validExt) {
                return validExt.toUpperCase() == upperExt_1;
              }))
                return filePath;
            }
          } else if (isUnixExecutable(stats))
            return filePath;
        }
      } catch (err) {
        err.code != "ENOENT" && _debug("Unexpected error attempting to determine if executable file exists '".concat(filePath, "': ").concat(err));
      }
      for (var originalFilePath = filePath, _i = 0, extensions_1 = extensions; _i < extensions_1.length; _i++) {
        var extension = extensions_1[_i], found = !1, filePath_1 = originalFilePath + extension;
        try {
          var stats = fs.statSync(filePath_1);
          if (stats.isFile()) {
            if (process.platform == "win32") {
              try {
                for (var directory = path.dirname(filePath_1), upperName = path.basename(filePath_1).toUpperCase(), _a2 = 0, _b2 = fs.readdirSync(directory); _a2 < _b2.length; _a2++) {
                  var actualName = _b2[_a2];
                  if (upperName == actualName.toUpperCase()) {
                    filePath_1 = path.join(directory, actualName);
                    break;
                  }
                }
              } catch (err) {
                _debug("Unexpected error attempting to determine the actual case of the file '".concat(filePath_1, "': ").concat(err));
              }
              return filePath_1;
            } else if (isUnixExecutable(stats))
              return filePath_1;
          }
        } catch (err) {
          err.code != "ENOENT" && _debug("Unexpected error attempting to determine if executable file exists '".concat(filePath_1, "': ").concat(err));
        }
      }
      return "";
    }
    function isUnixExecutable(stats) {
      return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && stats.uid === process.getuid();
    }
    function _legacyFindFiles_convertPatternToRegExp(pattern) {
      pattern = (process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern).replace(/[-\/\\^$*+?.()|[\]{}]/g, "\\$&").replace(/\\\/\\\*\\\*\\\//g, "((/.+/)|(/))").replace(/\\\*\\\*/g, ".*").replace(/\\\*/g, "[^/]*").replace(/\\\?/g, "[^/]"), pattern = "^".concat(pattern, "$");
      var flags = process.platform == "win32" ? "i" : "";
      return new RegExp(pattern, flags);
    }
    exports._legacyFindFiles_convertPatternToRegExp = _legacyFindFiles_convertPatternToRegExp;
    function _cloneMatchOptions(matchOptions) {
      return {
        debug: matchOptions.debug,
        nobrace: matchOptions.nobrace,
        noglobstar: matchOptions.noglobstar,
        dot: matchOptions.dot,
        noext: matchOptions.noext,
        nocase: matchOptions.nocase,
        nonull: matchOptions.nonull,
        matchBase: matchOptions.matchBase,
        nocomment: matchOptions.nocomment,
        nonegate: matchOptions.nonegate,
        flipNegate: matchOptions.flipNegate
      };
    }
    exports._cloneMatchOptions = _cloneMatchOptions;
    function _getFindInfoFromPattern(defaultRoot, pattern, matchOptions) {
      if (!defaultRoot)
        throw new Error("getFindRootFromPattern() parameter defaultRoot cannot be empty");
      if (!pattern)
        throw new Error("getFindRootFromPattern() parameter pattern cannot be empty");
      if (!matchOptions.nobrace)
        throw new Error("getFindRootFromPattern() expected matchOptions.nobrace to be true");
      if (matchOptions = _cloneMatchOptions(matchOptions), matchOptions.nocase = !1, matchOptions.matchBase && !_isRooted(pattern) && (process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern).indexOf("/") < 0)
        return {
          adjustedPattern: pattern,
          findPath: defaultRoot,
          statOnly: !1
        };
      var minimatchObj = new minimatch.Minimatch(pattern, matchOptions);
      if (minimatchObj.set.length != 1)
        throw new Error("getFindRootFromPattern() expected Minimatch(...).set.length to be 1. Actual: " + minimatchObj.set.length);
      for (var literalSegments = [], _i = 0, _a2 = minimatchObj.set[0]; _i < _a2.length; _i++) {
        var parsedSegment = _a2[_i];
        if (typeof parsedSegment == "string") {
          literalSegments.push(parsedSegment);
          continue;
        }
        break;
      }
      var joinedSegments = literalSegments.join("/");
      joinedSegments && process.platform == "win32" && _startsWith(pattern.replace(/\\/g, "/"), "//") && (joinedSegments = "/" + joinedSegments);
      var findPath;
      return _isRooted(pattern) ? findPath = joinedSegments : joinedSegments ? findPath = _ensureRooted(defaultRoot, joinedSegments) : findPath = defaultRoot, findPath && (findPath = _getDirectoryName(_ensureRooted(findPath, "_")), findPath = _normalizeSeparators(findPath)), {
        adjustedPattern: _ensurePatternRooted(defaultRoot, pattern),
        findPath,
        statOnly: literalSegments.length == minimatchObj.set[0].length
      };
    }
    exports._getFindInfoFromPattern = _getFindInfoFromPattern;
    function _ensurePatternRooted(root, p) {
      if (!root)
        throw new Error('ensurePatternRooted() parameter "root" cannot be empty');
      if (!p)
        throw new Error('ensurePatternRooted() parameter "p" cannot be empty');
      return _isRooted(p) ? p : (root = _normalizeSeparators(root), root = (process.platform == "win32" ? root : root.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^\/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]").replace(/\+\(/g, "[+](").replace(/@\(/g, "[@](").replace(/!\(/g, "[!]("), _ensureRooted(root, p));
    }
    exports._ensurePatternRooted = _ensurePatternRooted;
    function _loadData() {
      var keyPath = _getVariable("agent.TempDirectory") || _getVariable("agent.workFolder") || process.cwd();
      exports._vault = new vm.Vault(keyPath), exports._knownVariableMap = {}, _debug("loading inputs and endpoints");
      var loaded = 0;
      for (var envvar in process.env)
        if (_startsWith(envvar, "INPUT_") || _startsWith(envvar, "ENDPOINT_AUTH_") || _startsWith(envvar, "SECUREFILE_TICKET_") || _startsWith(envvar, "SECRET_") || _startsWith(envvar, "VSTS_TASKVARIABLE_")) {
          if (_startsWith(envvar, "SECRET_")) {
            var variableName = envvar.substring(7);
            variableName && (exports._knownVariableMap[_getVariableKey(variableName)] = { name: variableName, secret: !0 });
          }
          var value = process.env[envvar];
          value && (++loaded, _debug("loading " + envvar), exports._vault.storeSecret(envvar, value), delete process.env[envvar]);
        }
      _debug("loaded " + loaded);
      var correlationId = process.env.COMMAND_CORRELATION_ID;
      delete process.env.COMMAND_CORRELATION_ID, _commandCorrelationId = correlationId ? String(correlationId) : "";
      var names;
      try {
        names = JSON.parse(process.env.VSTS_PUBLIC_VARIABLES || "[]");
      } catch (err) {
        throw new Error("Failed to parse VSTS_PUBLIC_VARIABLES as JSON. " + err);
      }
      names.forEach(function(name) {
        exports._knownVariableMap[_getVariableKey(name)] = { name, secret: !1 };
      }), delete process.env.VSTS_PUBLIC_VARIABLES;
      try {
        names = JSON.parse(process.env.VSTS_SECRET_VARIABLES || "[]");
      } catch (err) {
        throw new Error("Failed to parse VSTS_SECRET_VARIABLES as JSON. " + err);
      }
      names.forEach(function(name) {
        exports._knownVariableMap[_getVariableKey(name)] = { name, secret: !0 };
      }), delete process.env.VSTS_SECRET_VARIABLES, global._vsts_task_lib_loaded = !0;
    }
    exports._loadData = _loadData;
    function _isUncPath(path2) {
      return /^\\\\[^\\]/.test(path2);
    }
    exports._isUncPath = _isUncPath;
    function _ensureRooted(root, p) {
      if (!root)
        throw new Error('ensureRooted() parameter "root" cannot be empty');
      if (!p)
        throw new Error('ensureRooted() parameter "p" cannot be empty');
      return _isRooted(p) ? p : (process.platform == "win32" && root.match(/^[A-Z]:$/i) || _endsWith(root, "/") || process.platform == "win32" && _endsWith(root, "\\") || (root += path.sep), root + p);
    }
    exports._ensureRooted = _ensureRooted;
    function _getDirectoryName(p) {
      if (!p)
        return "";
      if (p = _normalizeSeparators(p), process.platform == "win32") {
        if (/^[A-Z]:\\?[^\\]+$/i.test(p))
          return p.charAt(2) == "\\" ? p.substring(0, 3) : p.substring(0, 2);
        if (/^[A-Z]:\\?$/i.test(p))
          return "";
        var lastSlashIndex = p.lastIndexOf("\\");
        return lastSlashIndex < 0 || p == "\\" ? "" : lastSlashIndex == 0 ? "\\" : /^\\\\[^\\]+(\\[^\\]*)?$/.test(p) ? "" : p.substring(0, lastSlashIndex);
      }
      return p.indexOf("/") < 0 || p == "/" ? "" : _endsWith(p, "/") ? p.substring(0, p.length - 1) : path.dirname(p);
    }
    exports._getDirectoryName = _getDirectoryName;
    function _isRooted(p) {
      if (p = _normalizeSeparators(p), !p)
        throw new Error('isRooted() parameter "p" cannot be empty');
      return process.platform == "win32" ? _startsWith(p, "\\") || // e.g. \ or \hello or \\hello
      /^[A-Z]:/i.test(p) : _startsWith(p, "/");
    }
    exports._isRooted = _isRooted;
    function _normalizeSeparators(p) {
      if (p = p || "", process.platform == "win32") {
        p = p.replace(/\//g, "\\");
        var isUnc = /^\\\\+[^\\]/.test(p);
        return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
      }
      return p.replace(/\/\/+/g, "/");
    }
    exports._normalizeSeparators = _normalizeSeparators;
    function _exposeProxySettings() {
      var proxyUrl = _getVariable("Agent.ProxyUrl");
      if (proxyUrl && proxyUrl.length > 0) {
        var proxyUsername = _getVariable("Agent.ProxyUsername"), proxyPassword = _getVariable("Agent.ProxyPassword"), proxyBypassHostsJson = _getVariable("Agent.ProxyBypassList");
        global._vsts_task_lib_proxy_url = proxyUrl, global._vsts_task_lib_proxy_username = proxyUsername, global._vsts_task_lib_proxy_bypass = proxyBypassHostsJson, global._vsts_task_lib_proxy_password = _exposeTaskLibSecret("proxy", proxyPassword || ""), _debug("expose agent proxy configuration."), global._vsts_task_lib_proxy = !0;
      }
    }
    exports._exposeProxySettings = _exposeProxySettings;
    function _exposeCertSettings() {
      var ca = _getVariable("Agent.CAInfo");
      ca && (global._vsts_task_lib_cert_ca = ca);
      var clientCert = _getVariable("Agent.ClientCert");
      if (clientCert) {
        var clientCertKey = _getVariable("Agent.ClientCertKey"), clientCertArchive = _getVariable("Agent.ClientCertArchive"), clientCertPassword = _getVariable("Agent.ClientCertPassword");
        global._vsts_task_lib_cert_clientcert = clientCert, global._vsts_task_lib_cert_key = clientCertKey, global._vsts_task_lib_cert_archive = clientCertArchive, global._vsts_task_lib_cert_passphrase = _exposeTaskLibSecret("cert", clientCertPassword || "");
      }
      (ca || clientCert) && (_debug("expose agent certificate configuration."), global._vsts_task_lib_cert = !0);
      var skipCertValidation = _getVariable("Agent.SkipCertValidation") || "false";
      skipCertValidation && (global._vsts_task_lib_skip_cert_validation = skipCertValidation.toUpperCase() === "TRUE");
    }
    exports._exposeCertSettings = _exposeCertSettings;
    function _exposeTaskLibSecret(keyFile, secret) {
      if (secret) {
        var encryptKey = crypto.randomBytes(32), iv = crypto.randomBytes(16), cipher = crypto.createCipheriv("aes-256-ctr", encryptKey, iv), encryptedContent = cipher.update(secret, "utf8", "hex");
        encryptedContent += cipher.final("hex");
        var storageFile = path.join(_getVariable("Agent.TempDirectory") || _getVariable("agent.workFolder") || process.cwd(), keyFile), keyAndIv = encryptKey.toString("base64") + ":" + iv.toString("base64");
        return fs.writeFileSync(storageFile, keyAndIv, { encoding: "utf8" }), Buffer.from(storageFile).toString("base64") + ":" + Buffer.from(encryptedContent).toString("base64");
      }
    }
    function isSigPipeError(e) {
      var _a2;
      return !e || typeof e != "object" ? !1 : e.code === "EPIPE" && ((_a2 = e.syscall) === null || _a2 === void 0 ? void 0 : _a2.toUpperCase()) === "WRITE";
    }
    exports.isSigPipeError = isSigPipeError;
  }
});

// node_modules/q/q.js
var require_q = __commonJS({
  "node_modules/q/q.js"(exports, module) {
    (function(definition) {
      "use strict";
      if (typeof bootstrap == "function")
        bootstrap("promise", definition);
      else if (typeof exports == "object" && typeof module == "object")
        module.exports = definition();
      else if (typeof define == "function" && define.amd)
        define(definition);
      else if (typeof ses < "u")
        if (ses.ok())
          ses.makeQ = definition;
        else
          return;
      else if (typeof window < "u" || typeof self < "u") {
        var global2 = typeof window < "u" ? window : self, previousQ = global2.Q;
        global2.Q = definition(), global2.Q.noConflict = function() {
          return global2.Q = previousQ, this;
        };
      } else
        throw new Error("This environment was not anticipated by Q. Please file a bug.");
    })(function() {
      "use strict";
      var hasStacks = !1;
      try {
        throw new Error();
      } catch (e) {
        hasStacks = !!e.stack;
      }
      var qStartingLine = captureLine(), qFileName, noop = function() {
      }, nextTick = (function() {
        var head = { task: void 0, next: null }, tail = head, flushing = !1, requestTick = void 0, isNodeJS = !1, laterQueue = [];
        function flush() {
          for (var task, domain; head.next; )
            head = head.next, task = head.task, head.task = void 0, domain = head.domain, domain && (head.domain = void 0, domain.enter()), runSingle(task, domain);
          for (; laterQueue.length; )
            task = laterQueue.pop(), runSingle(task);
          flushing = !1;
        }
        function runSingle(task, domain) {
          try {
            task();
          } catch (e) {
            if (isNodeJS)
              throw domain && domain.exit(), setTimeout(flush, 0), domain && domain.enter(), e;
            setTimeout(function() {
              throw e;
            }, 0);
          }
          domain && domain.exit();
        }
        if (nextTick = function(task) {
          tail = tail.next = {
            task,
            domain: isNodeJS && process.domain,
            next: null
          }, flushing || (flushing = !0, requestTick());
        }, typeof process == "object" && process.toString() === "[object process]" && process.nextTick)
          isNodeJS = !0, requestTick = function() {
            process.nextTick(flush);
          };
        else if (typeof setImmediate == "function")
          typeof window < "u" ? requestTick = setImmediate.bind(window, flush) : requestTick = function() {
            setImmediate(flush);
          };
        else if (typeof MessageChannel < "u") {
          var channel = new MessageChannel();
          channel.port1.onmessage = function() {
            requestTick = requestPortTick, channel.port1.onmessage = flush, flush();
          };
          var requestPortTick = function() {
            channel.port2.postMessage(0);
          };
          requestTick = function() {
            setTimeout(flush, 0), requestPortTick();
          };
        } else
          requestTick = function() {
            setTimeout(flush, 0);
          };
        return nextTick.runAfter = function(task) {
          laterQueue.push(task), flushing || (flushing = !0, requestTick());
        }, nextTick;
      })(), call = Function.call;
      function uncurryThis(f) {
        return function() {
          return call.apply(f, arguments);
        };
      }
      var array_slice = uncurryThis(Array.prototype.slice), array_reduce = uncurryThis(
        Array.prototype.reduce || function(callback, basis) {
          var index = 0, length = this.length;
          if (arguments.length === 1)
            do {
              if (index in this) {
                basis = this[index++];
                break;
              }
              if (++index >= length)
                throw new TypeError();
            } while (!0);
          for (; index < length; index++)
            index in this && (basis = callback(basis, this[index], index));
          return basis;
        }
      ), array_indexOf = uncurryThis(
        Array.prototype.indexOf || function(value) {
          for (var i = 0; i < this.length; i++)
            if (this[i] === value)
              return i;
          return -1;
        }
      ), array_map = uncurryThis(
        Array.prototype.map || function(callback, thisp) {
          var self2 = this, collect = [];
          return array_reduce(self2, function(undefined2, value, index) {
            collect.push(callback.call(thisp, value, index, self2));
          }, void 0), collect;
        }
      ), object_create = Object.create || function(prototype) {
        function Type() {
        }
        return Type.prototype = prototype, new Type();
      }, object_defineProperty = Object.defineProperty || function(obj, prop, descriptor) {
        return obj[prop] = descriptor.value, obj;
      }, object_hasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty), object_keys = Object.keys || function(object) {
        var keys = [];
        for (var key in object)
          object_hasOwnProperty(object, key) && keys.push(key);
        return keys;
      }, object_toString = uncurryThis(Object.prototype.toString);
      function isObject(value) {
        return value === Object(value);
      }
      function isStopIteration(exception) {
        return object_toString(exception) === "[object StopIteration]" || exception instanceof QReturnValue;
      }
      var QReturnValue;
      typeof ReturnValue < "u" ? QReturnValue = ReturnValue : QReturnValue = function(value) {
        this.value = value;
      };
      var STACK_JUMP_SEPARATOR = "From previous event:";
      function makeStackTraceLong(error2, promise2) {
        if (hasStacks && promise2.stack && typeof error2 == "object" && error2 !== null && error2.stack) {
          for (var stacks = [], p = promise2; p; p = p.source)
            p.stack && (!error2.__minimumStackCounter__ || error2.__minimumStackCounter__ > p.stackCounter) && (object_defineProperty(error2, "__minimumStackCounter__", { value: p.stackCounter, configurable: !0 }), stacks.unshift(p.stack));
          stacks.unshift(error2.stack);
          var concatedStacks = stacks.join(`
` + STACK_JUMP_SEPARATOR + `
`), stack = filterStackString(concatedStacks);
          object_defineProperty(error2, "stack", { value: stack, configurable: !0 });
        }
      }
      function filterStackString(stackString) {
        for (var lines = stackString.split(`
`), desiredLines = [], i = 0; i < lines.length; ++i) {
          var line = lines[i];
          !isInternalFrame(line) && !isNodeFrame(line) && line && desiredLines.push(line);
        }
        return desiredLines.join(`
`);
      }
      function isNodeFrame(stackLine) {
        return stackLine.indexOf("(module.js:") !== -1 || stackLine.indexOf("(node.js:") !== -1;
      }
      function getFileNameAndLineNumber(stackLine) {
        var attempt1 = /at .+ \((.+):(\d+):(?:\d+)\)$/.exec(stackLine);
        if (attempt1)
          return [attempt1[1], Number(attempt1[2])];
        var attempt2 = /at ([^ ]+):(\d+):(?:\d+)$/.exec(stackLine);
        if (attempt2)
          return [attempt2[1], Number(attempt2[2])];
        var attempt3 = /.*@(.+):(\d+)$/.exec(stackLine);
        if (attempt3)
          return [attempt3[1], Number(attempt3[2])];
      }
      function isInternalFrame(stackLine) {
        var fileNameAndLineNumber = getFileNameAndLineNumber(stackLine);
        if (!fileNameAndLineNumber)
          return !1;
        var fileName = fileNameAndLineNumber[0], lineNumber = fileNameAndLineNumber[1];
        return fileName === qFileName && lineNumber >= qStartingLine && lineNumber <= qEndingLine;
      }
      function captureLine() {
        if (hasStacks)
          try {
            throw new Error();
          } catch (e) {
            var lines = e.stack.split(`
`), firstLine = lines[0].indexOf("@") > 0 ? lines[1] : lines[2], fileNameAndLineNumber = getFileNameAndLineNumber(firstLine);
            return fileNameAndLineNumber ? (qFileName = fileNameAndLineNumber[0], fileNameAndLineNumber[1]) : void 0;
          }
      }
      function deprecate(callback, name, alternative) {
        return function() {
          return typeof console < "u" && typeof console.warn == "function" && console.warn(name + " is deprecated, use " + alternative + " instead.", new Error("").stack), callback.apply(callback, arguments);
        };
      }
      function Q(value) {
        return value instanceof Promise2 ? value : isPromiseAlike(value) ? coerce(value) : fulfill(value);
      }
      Q.resolve = Q, Q.nextTick = nextTick, Q.longStackSupport = !1;
      var longStackCounter = 1;
      typeof process == "object" && process && process.env && process.env.Q_DEBUG && (Q.longStackSupport = !0), Q.defer = defer;
      function defer() {
        var messages = [], progressListeners = [], resolvedPromise, deferred = object_create(defer.prototype), promise2 = object_create(Promise2.prototype);
        if (promise2.promiseDispatch = function(resolve, op, operands) {
          var args = array_slice(arguments);
          messages ? (messages.push(args), op === "when" && operands[1] && progressListeners.push(operands[1])) : Q.nextTick(function() {
            resolvedPromise.promiseDispatch.apply(resolvedPromise, args);
          });
        }, promise2.valueOf = function() {
          if (messages)
            return promise2;
          var nearerValue = nearer(resolvedPromise);
          return isPromise(nearerValue) && (resolvedPromise = nearerValue), nearerValue;
        }, promise2.inspect = function() {
          return resolvedPromise ? resolvedPromise.inspect() : { state: "pending" };
        }, Q.longStackSupport && hasStacks)
          try {
            throw new Error();
          } catch (e) {
            promise2.stack = e.stack.substring(e.stack.indexOf(`
`) + 1), promise2.stackCounter = longStackCounter++;
          }
        function become(newPromise) {
          resolvedPromise = newPromise, Q.longStackSupport && hasStacks && (promise2.source = newPromise), array_reduce(messages, function(undefined2, message) {
            Q.nextTick(function() {
              newPromise.promiseDispatch.apply(newPromise, message);
            });
          }, void 0), messages = void 0, progressListeners = void 0;
        }
        return deferred.promise = promise2, deferred.resolve = function(value) {
          resolvedPromise || become(Q(value));
        }, deferred.fulfill = function(value) {
          resolvedPromise || become(fulfill(value));
        }, deferred.reject = function(reason) {
          resolvedPromise || become(reject(reason));
        }, deferred.notify = function(progress2) {
          resolvedPromise || array_reduce(progressListeners, function(undefined2, progressListener) {
            Q.nextTick(function() {
              progressListener(progress2);
            });
          }, void 0);
        }, deferred;
      }
      defer.prototype.makeNodeResolver = function() {
        var self2 = this;
        return function(error2, value) {
          error2 ? self2.reject(error2) : arguments.length > 2 ? self2.resolve(array_slice(arguments, 1)) : self2.resolve(value);
        };
      }, Q.Promise = promise, Q.promise = promise;
      function promise(resolver) {
        if (typeof resolver != "function")
          throw new TypeError("resolver must be a function.");
        var deferred = defer();
        try {
          resolver(deferred.resolve, deferred.reject, deferred.notify);
        } catch (reason) {
          deferred.reject(reason);
        }
        return deferred.promise;
      }
      promise.race = race, promise.all = all, promise.reject = reject, promise.resolve = Q, Q.passByCopy = function(object) {
        return object;
      }, Promise2.prototype.passByCopy = function() {
        return this;
      }, Q.join = function(x, y) {
        return Q(x).join(y);
      }, Promise2.prototype.join = function(that) {
        return Q([this, that]).spread(function(x, y) {
          if (x === y)
            return x;
          throw new Error("Q can't join: not the same: " + x + " " + y);
        });
      }, Q.race = race;
      function race(answerPs) {
        return promise(function(resolve, reject2) {
          for (var i = 0, len = answerPs.length; i < len; i++)
            Q(answerPs[i]).then(resolve, reject2);
        });
      }
      Promise2.prototype.race = function() {
        return this.then(Q.race);
      }, Q.makePromise = Promise2;
      function Promise2(descriptor, fallback, inspect) {
        fallback === void 0 && (fallback = function(op) {
          return reject(new Error(
            "Promise does not support operation: " + op
          ));
        }), inspect === void 0 && (inspect = function() {
          return { state: "unknown" };
        });
        var promise2 = object_create(Promise2.prototype);
        if (promise2.promiseDispatch = function(resolve, op, args) {
          var result;
          try {
            descriptor[op] ? result = descriptor[op].apply(promise2, args) : result = fallback.call(promise2, op, args);
          } catch (exception) {
            result = reject(exception);
          }
          resolve && resolve(result);
        }, promise2.inspect = inspect, inspect) {
          var inspected = inspect();
          inspected.state === "rejected" && (promise2.exception = inspected.reason), promise2.valueOf = function() {
            var inspected2 = inspect();
            return inspected2.state === "pending" || inspected2.state === "rejected" ? promise2 : inspected2.value;
          };
        }
        return promise2;
      }
      Promise2.prototype.toString = function() {
        return "[object Promise]";
      }, Promise2.prototype.then = function(fulfilled, rejected, progressed) {
        var self2 = this, deferred = defer(), done = !1;
        function _fulfilled(value) {
          try {
            return typeof fulfilled == "function" ? fulfilled(value) : value;
          } catch (exception) {
            return reject(exception);
          }
        }
        function _rejected(exception) {
          if (typeof rejected == "function") {
            makeStackTraceLong(exception, self2);
            try {
              return rejected(exception);
            } catch (newException) {
              return reject(newException);
            }
          }
          return reject(exception);
        }
        function _progressed(value) {
          return typeof progressed == "function" ? progressed(value) : value;
        }
        return Q.nextTick(function() {
          self2.promiseDispatch(function(value) {
            done || (done = !0, deferred.resolve(_fulfilled(value)));
          }, "when", [function(exception) {
            done || (done = !0, deferred.resolve(_rejected(exception)));
          }]);
        }), self2.promiseDispatch(void 0, "when", [void 0, function(value) {
          var newValue, threw = !1;
          try {
            newValue = _progressed(value);
          } catch (e) {
            if (threw = !0, Q.onerror)
              Q.onerror(e);
            else
              throw e;
          }
          threw || deferred.notify(newValue);
        }]), deferred.promise;
      }, Q.tap = function(promise2, callback) {
        return Q(promise2).tap(callback);
      }, Promise2.prototype.tap = function(callback) {
        return callback = Q(callback), this.then(function(value) {
          return callback.fcall(value).thenResolve(value);
        });
      }, Q.when = when;
      function when(value, fulfilled, rejected, progressed) {
        return Q(value).then(fulfilled, rejected, progressed);
      }
      Promise2.prototype.thenResolve = function(value) {
        return this.then(function() {
          return value;
        });
      }, Q.thenResolve = function(promise2, value) {
        return Q(promise2).thenResolve(value);
      }, Promise2.prototype.thenReject = function(reason) {
        return this.then(function() {
          throw reason;
        });
      }, Q.thenReject = function(promise2, reason) {
        return Q(promise2).thenReject(reason);
      }, Q.nearer = nearer;
      function nearer(value) {
        if (isPromise(value)) {
          var inspected = value.inspect();
          if (inspected.state === "fulfilled")
            return inspected.value;
        }
        return value;
      }
      Q.isPromise = isPromise;
      function isPromise(object) {
        return object instanceof Promise2;
      }
      Q.isPromiseAlike = isPromiseAlike;
      function isPromiseAlike(object) {
        return isObject(object) && typeof object.then == "function";
      }
      Q.isPending = isPending;
      function isPending(object) {
        return isPromise(object) && object.inspect().state === "pending";
      }
      Promise2.prototype.isPending = function() {
        return this.inspect().state === "pending";
      }, Q.isFulfilled = isFulfilled;
      function isFulfilled(object) {
        return !isPromise(object) || object.inspect().state === "fulfilled";
      }
      Promise2.prototype.isFulfilled = function() {
        return this.inspect().state === "fulfilled";
      }, Q.isRejected = isRejected;
      function isRejected(object) {
        return isPromise(object) && object.inspect().state === "rejected";
      }
      Promise2.prototype.isRejected = function() {
        return this.inspect().state === "rejected";
      };
      var unhandledReasons = [], unhandledRejections = [], reportedUnhandledRejections = [], trackUnhandledRejections = !0;
      function resetUnhandledRejections() {
        unhandledReasons.length = 0, unhandledRejections.length = 0, trackUnhandledRejections || (trackUnhandledRejections = !0);
      }
      function trackRejection(promise2, reason) {
        trackUnhandledRejections && (typeof process == "object" && typeof process.emit == "function" && Q.nextTick.runAfter(function() {
          array_indexOf(unhandledRejections, promise2) !== -1 && (process.emit("unhandledRejection", reason, promise2), reportedUnhandledRejections.push(promise2));
        }), unhandledRejections.push(promise2), reason && typeof reason.stack < "u" ? unhandledReasons.push(reason.stack) : unhandledReasons.push("(no stack) " + reason));
      }
      function untrackRejection(promise2) {
        if (trackUnhandledRejections) {
          var at = array_indexOf(unhandledRejections, promise2);
          at !== -1 && (typeof process == "object" && typeof process.emit == "function" && Q.nextTick.runAfter(function() {
            var atReport = array_indexOf(reportedUnhandledRejections, promise2);
            atReport !== -1 && (process.emit("rejectionHandled", unhandledReasons[at], promise2), reportedUnhandledRejections.splice(atReport, 1));
          }), unhandledRejections.splice(at, 1), unhandledReasons.splice(at, 1));
        }
      }
      Q.resetUnhandledRejections = resetUnhandledRejections, Q.getUnhandledReasons = function() {
        return unhandledReasons.slice();
      }, Q.stopUnhandledRejectionTracking = function() {
        resetUnhandledRejections(), trackUnhandledRejections = !1;
      }, resetUnhandledRejections(), Q.reject = reject;
      function reject(reason) {
        var rejection = Promise2({
          when: function(rejected) {
            return rejected && untrackRejection(this), rejected ? rejected(reason) : this;
          }
        }, function() {
          return this;
        }, function() {
          return { state: "rejected", reason };
        });
        return trackRejection(rejection, reason), rejection;
      }
      Q.fulfill = fulfill;
      function fulfill(value) {
        return Promise2({
          when: function() {
            return value;
          },
          get: function(name) {
            return value[name];
          },
          set: function(name, rhs) {
            value[name] = rhs;
          },
          delete: function(name) {
            delete value[name];
          },
          post: function(name, args) {
            return name == null ? value.apply(void 0, args) : value[name].apply(value, args);
          },
          apply: function(thisp, args) {
            return value.apply(thisp, args);
          },
          keys: function() {
            return object_keys(value);
          }
        }, void 0, function() {
          return { state: "fulfilled", value };
        });
      }
      function coerce(promise2) {
        var deferred = defer();
        return Q.nextTick(function() {
          try {
            promise2.then(deferred.resolve, deferred.reject, deferred.notify);
          } catch (exception) {
            deferred.reject(exception);
          }
        }), deferred.promise;
      }
      Q.master = master;
      function master(object) {
        return Promise2({
          isDef: function() {
          }
        }, function(op, args) {
          return dispatch(object, op, args);
        }, function() {
          return Q(object).inspect();
        });
      }
      Q.spread = spread;
      function spread(value, fulfilled, rejected) {
        return Q(value).spread(fulfilled, rejected);
      }
      Promise2.prototype.spread = function(fulfilled, rejected) {
        return this.all().then(function(array) {
          return fulfilled.apply(void 0, array);
        }, rejected);
      }, Q.async = async;
      function async(makeGenerator) {
        return function() {
          function continuer(verb, arg) {
            var result;
            if (typeof StopIteration > "u") {
              try {
                result = generator[verb](arg);
              } catch (exception) {
                return reject(exception);
              }
              return result.done ? Q(result.value) : when(result.value, callback, errback);
            } else {
              try {
                result = generator[verb](arg);
              } catch (exception) {
                return isStopIteration(exception) ? Q(exception.value) : reject(exception);
              }
              return when(result, callback, errback);
            }
          }
          var generator = makeGenerator.apply(this, arguments), callback = continuer.bind(continuer, "next"), errback = continuer.bind(continuer, "throw");
          return callback();
        };
      }
      Q.spawn = spawn;
      function spawn(makeGenerator) {
        Q.done(Q.async(makeGenerator)());
      }
      Q.return = _return;
      function _return(value) {
        throw new QReturnValue(value);
      }
      Q.promised = promised;
      function promised(callback) {
        return function() {
          return spread([this, all(arguments)], function(self2, args) {
            return callback.apply(self2, args);
          });
        };
      }
      Q.dispatch = dispatch;
      function dispatch(object, op, args) {
        return Q(object).dispatch(op, args);
      }
      Promise2.prototype.dispatch = function(op, args) {
        var self2 = this, deferred = defer();
        return Q.nextTick(function() {
          self2.promiseDispatch(deferred.resolve, op, args);
        }), deferred.promise;
      }, Q.get = function(object, key) {
        return Q(object).dispatch("get", [key]);
      }, Promise2.prototype.get = function(key) {
        return this.dispatch("get", [key]);
      }, Q.set = function(object, key, value) {
        return Q(object).dispatch("set", [key, value]);
      }, Promise2.prototype.set = function(key, value) {
        return this.dispatch("set", [key, value]);
      }, Q.del = // XXX legacy
      Q.delete = function(object, key) {
        return Q(object).dispatch("delete", [key]);
      }, Promise2.prototype.del = // XXX legacy
      Promise2.prototype.delete = function(key) {
        return this.dispatch("delete", [key]);
      }, Q.mapply = // XXX As proposed by "Redsandro"
      Q.post = function(object, name, args) {
        return Q(object).dispatch("post", [name, args]);
      }, Promise2.prototype.mapply = // XXX As proposed by "Redsandro"
      Promise2.prototype.post = function(name, args) {
        return this.dispatch("post", [name, args]);
      }, Q.send = // XXX Mark Miller's proposed parlance
      Q.mcall = // XXX As proposed by "Redsandro"
      Q.invoke = function(object, name) {
        return Q(object).dispatch("post", [name, array_slice(arguments, 2)]);
      }, Promise2.prototype.send = // XXX Mark Miller's proposed parlance
      Promise2.prototype.mcall = // XXX As proposed by "Redsandro"
      Promise2.prototype.invoke = function(name) {
        return this.dispatch("post", [name, array_slice(arguments, 1)]);
      }, Q.fapply = function(object, args) {
        return Q(object).dispatch("apply", [void 0, args]);
      }, Promise2.prototype.fapply = function(args) {
        return this.dispatch("apply", [void 0, args]);
      }, Q.try = Q.fcall = function(object) {
        return Q(object).dispatch("apply", [void 0, array_slice(arguments, 1)]);
      }, Promise2.prototype.fcall = function() {
        return this.dispatch("apply", [void 0, array_slice(arguments)]);
      }, Q.fbind = function(object) {
        var promise2 = Q(object), args = array_slice(arguments, 1);
        return function() {
          return promise2.dispatch("apply", [
            this,
            args.concat(array_slice(arguments))
          ]);
        };
      }, Promise2.prototype.fbind = function() {
        var promise2 = this, args = array_slice(arguments);
        return function() {
          return promise2.dispatch("apply", [
            this,
            args.concat(array_slice(arguments))
          ]);
        };
      }, Q.keys = function(object) {
        return Q(object).dispatch("keys", []);
      }, Promise2.prototype.keys = function() {
        return this.dispatch("keys", []);
      }, Q.all = all;
      function all(promises) {
        return when(promises, function(promises2) {
          var pendingCount = 0, deferred = defer();
          return array_reduce(promises2, function(undefined2, promise2, index) {
            var snapshot;
            isPromise(promise2) && (snapshot = promise2.inspect()).state === "fulfilled" ? promises2[index] = snapshot.value : (++pendingCount, when(
              promise2,
              function(value) {
                promises2[index] = value, --pendingCount === 0 && deferred.resolve(promises2);
              },
              deferred.reject,
              function(progress2) {
                deferred.notify({ index, value: progress2 });
              }
            ));
          }, void 0), pendingCount === 0 && deferred.resolve(promises2), deferred.promise;
        });
      }
      Promise2.prototype.all = function() {
        return all(this);
      }, Q.any = any;
      function any(promises) {
        if (promises.length === 0)
          return Q.resolve();
        var deferred = Q.defer(), pendingCount = 0;
        return array_reduce(promises, function(prev, current, index) {
          var promise2 = promises[index];
          pendingCount++, when(promise2, onFulfilled, onRejected, onProgress);
          function onFulfilled(result) {
            deferred.resolve(result);
          }
          function onRejected(err) {
            if (pendingCount--, pendingCount === 0) {
              var rejection = err || new Error("" + err);
              rejection.message = "Q can't get fulfillment value from any promise, all promises were rejected. Last error message: " + rejection.message, deferred.reject(rejection);
            }
          }
          function onProgress(progress2) {
            deferred.notify({
              index,
              value: progress2
            });
          }
        }, void 0), deferred.promise;
      }
      Promise2.prototype.any = function() {
        return any(this);
      }, Q.allResolved = deprecate(allResolved, "allResolved", "allSettled");
      function allResolved(promises) {
        return when(promises, function(promises2) {
          return promises2 = array_map(promises2, Q), when(all(array_map(promises2, function(promise2) {
            return when(promise2, noop, noop);
          })), function() {
            return promises2;
          });
        });
      }
      Promise2.prototype.allResolved = function() {
        return allResolved(this);
      }, Q.allSettled = allSettled;
      function allSettled(promises) {
        return Q(promises).allSettled();
      }
      Promise2.prototype.allSettled = function() {
        return this.then(function(promises) {
          return all(array_map(promises, function(promise2) {
            promise2 = Q(promise2);
            function regardless() {
              return promise2.inspect();
            }
            return promise2.then(regardless, regardless);
          }));
        });
      }, Q.fail = // XXX legacy
      Q.catch = function(object, rejected) {
        return Q(object).then(void 0, rejected);
      }, Promise2.prototype.fail = // XXX legacy
      Promise2.prototype.catch = function(rejected) {
        return this.then(void 0, rejected);
      }, Q.progress = progress;
      function progress(object, progressed) {
        return Q(object).then(void 0, void 0, progressed);
      }
      Promise2.prototype.progress = function(progressed) {
        return this.then(void 0, void 0, progressed);
      }, Q.fin = // XXX legacy
      Q.finally = function(object, callback) {
        return Q(object).finally(callback);
      }, Promise2.prototype.fin = // XXX legacy
      Promise2.prototype.finally = function(callback) {
        if (!callback || typeof callback.apply != "function")
          throw new Error("Q can't apply finally callback");
        return callback = Q(callback), this.then(function(value) {
          return callback.fcall().then(function() {
            return value;
          });
        }, function(reason) {
          return callback.fcall().then(function() {
            throw reason;
          });
        });
      }, Q.done = function(object, fulfilled, rejected, progress2) {
        return Q(object).done(fulfilled, rejected, progress2);
      }, Promise2.prototype.done = function(fulfilled, rejected, progress2) {
        var onUnhandledError = function(error2) {
          Q.nextTick(function() {
            if (makeStackTraceLong(error2, promise2), Q.onerror)
              Q.onerror(error2);
            else
              throw error2;
          });
        }, promise2 = fulfilled || rejected || progress2 ? this.then(fulfilled, rejected, progress2) : this;
        typeof process == "object" && process && process.domain && (onUnhandledError = process.domain.bind(onUnhandledError)), promise2.then(void 0, onUnhandledError);
      }, Q.timeout = function(object, ms, error2) {
        return Q(object).timeout(ms, error2);
      }, Promise2.prototype.timeout = function(ms, error2) {
        var deferred = defer(), timeoutId = setTimeout(function() {
          (!error2 || typeof error2 == "string") && (error2 = new Error(error2 || "Timed out after " + ms + " ms"), error2.code = "ETIMEDOUT"), deferred.reject(error2);
        }, ms);
        return this.then(function(value) {
          clearTimeout(timeoutId), deferred.resolve(value);
        }, function(exception) {
          clearTimeout(timeoutId), deferred.reject(exception);
        }, deferred.notify), deferred.promise;
      }, Q.delay = function(object, timeout) {
        return timeout === void 0 && (timeout = object, object = void 0), Q(object).delay(timeout);
      }, Promise2.prototype.delay = function(timeout) {
        return this.then(function(value) {
          var deferred = defer();
          return setTimeout(function() {
            deferred.resolve(value);
          }, timeout), deferred.promise;
        });
      }, Q.nfapply = function(callback, args) {
        return Q(callback).nfapply(args);
      }, Promise2.prototype.nfapply = function(args) {
        var deferred = defer(), nodeArgs = array_slice(args);
        return nodeArgs.push(deferred.makeNodeResolver()), this.fapply(nodeArgs).fail(deferred.reject), deferred.promise;
      }, Q.nfcall = function(callback) {
        var args = array_slice(arguments, 1);
        return Q(callback).nfapply(args);
      }, Promise2.prototype.nfcall = function() {
        var nodeArgs = array_slice(arguments), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), this.fapply(nodeArgs).fail(deferred.reject), deferred.promise;
      }, Q.nfbind = Q.denodeify = function(callback) {
        if (callback === void 0)
          throw new Error("Q can't wrap an undefined function");
        var baseArgs = array_slice(arguments, 1);
        return function() {
          var nodeArgs = baseArgs.concat(array_slice(arguments)), deferred = defer();
          return nodeArgs.push(deferred.makeNodeResolver()), Q(callback).fapply(nodeArgs).fail(deferred.reject), deferred.promise;
        };
      }, Promise2.prototype.nfbind = Promise2.prototype.denodeify = function() {
        var args = array_slice(arguments);
        return args.unshift(this), Q.denodeify.apply(void 0, args);
      }, Q.nbind = function(callback, thisp) {
        var baseArgs = array_slice(arguments, 2);
        return function() {
          var nodeArgs = baseArgs.concat(array_slice(arguments)), deferred = defer();
          nodeArgs.push(deferred.makeNodeResolver());
          function bound() {
            return callback.apply(thisp, arguments);
          }
          return Q(bound).fapply(nodeArgs).fail(deferred.reject), deferred.promise;
        };
      }, Promise2.prototype.nbind = function() {
        var args = array_slice(arguments, 0);
        return args.unshift(this), Q.nbind.apply(void 0, args);
      }, Q.nmapply = // XXX As proposed by "Redsandro"
      Q.npost = function(object, name, args) {
        return Q(object).npost(name, args);
      }, Promise2.prototype.nmapply = // XXX As proposed by "Redsandro"
      Promise2.prototype.npost = function(name, args) {
        var nodeArgs = array_slice(args || []), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), this.dispatch("post", [name, nodeArgs]).fail(deferred.reject), deferred.promise;
      }, Q.nsend = // XXX Based on Mark Miller's proposed "send"
      Q.nmcall = // XXX Based on "Redsandro's" proposal
      Q.ninvoke = function(object, name) {
        var nodeArgs = array_slice(arguments, 2), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), Q(object).dispatch("post", [name, nodeArgs]).fail(deferred.reject), deferred.promise;
      }, Promise2.prototype.nsend = // XXX Based on Mark Miller's proposed "send"
      Promise2.prototype.nmcall = // XXX Based on "Redsandro's" proposal
      Promise2.prototype.ninvoke = function(name) {
        var nodeArgs = array_slice(arguments, 1), deferred = defer();
        return nodeArgs.push(deferred.makeNodeResolver()), this.dispatch("post", [name, nodeArgs]).fail(deferred.reject), deferred.promise;
      }, Q.nodeify = nodeify;
      function nodeify(object, nodeback) {
        return Q(object).nodeify(nodeback);
      }
      Promise2.prototype.nodeify = function(nodeback) {
        if (nodeback)
          this.then(function(value) {
            Q.nextTick(function() {
              nodeback(null, value);
            });
          }, function(error2) {
            Q.nextTick(function() {
              nodeback(error2);
            });
          });
        else
          return this;
      }, Q.noConflict = function() {
        throw new Error("Q.noConflict only works when Q is used as a global");
      };
      var qEndingLine = captureLine();
      return Q;
    });
  }
});

// node_modules/azure-pipelines-task-lib/externaloutput.js
var require_externaloutput = __commonJS({
  "node_modules/azure-pipelines-task-lib/externaloutput.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        return extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) Object.prototype.hasOwnProperty.call(b2, p) && (d2[p] = b2[p]);
        }, extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b != "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })(), __assign = exports && exports.__assign || function() {
      return __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) Object.prototype.hasOwnProperty.call(s, p) && (t[p] = s[p]);
        }
        return t;
      }, __assign.apply(this, arguments);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.errorExternalOutput = exports.warningExternalOutput = exports.debugExternalOutput = exports.writeExternalOutput = exports.createFilteredWriter = exports.filterExternalOutput = exports.createExternalOutputStream = exports.ExternalOutputStream = exports.MarkerFilter = exports.defaultAllowedVsoCommands = void 0;
    var stream = __require("stream"), im = require_internal(), MARKER = Buffer.from("##vso[", "ascii"), NEUTRALIZED = Buffer.from("##_vso[", "ascii"), EMPTY = Buffer.alloc(0), SPACE = 32, RBRACKET = 93, CR = 13, LF = 10, MAX_HEADER = 256;
    exports.defaultAllowedVsoCommands = Object.freeze(["task.debug", "task.setprogress"]);
    function resolveAllowed(options) {
      if (!options.enableVsoCommands)
        return /* @__PURE__ */ new Set();
      var list = options.allowedVsoCommands !== void 0 ? options.allowedVsoCommands : exports.defaultAllowedVsoCommands;
      return new Set(list.map(function(c) {
        return c.toLowerCase();
      }));
    }
    function canonicalCommandName(raw) {
      var parts = raw.split(".").filter(function(p) {
        return p.length > 0;
      });
      return parts.length !== 2 ? null : (parts[0] + "." + parts[1]).toLowerCase();
    }
    function partialMarkerSuffixLength(buf) {
      for (var max = Math.min(MARKER.length - 1, buf.length), k = max; k >= 1; k--)
        if (buf.compare(MARKER, 0, k, buf.length - k, buf.length) === 0)
          return k;
      return 0;
    }
    function scanHeader(buf, start) {
      for (var limit = Math.min(buf.length, start + MAX_HEADER), k = start; k < limit; k++) {
        var b = buf[k];
        if (b === SPACE || b === RBRACKET)
          return { term: k, newline: !1 };
        if (b === CR || b === LF)
          return { term: k, newline: !0 };
      }
      return { term: -1, newline: !1 };
    }
    var MarkerFilter = (
      /** @class */
      (function() {
        function MarkerFilter2(enabled, allowed) {
          this.enabled = enabled, this.allowed = allowed, this.pending = EMPTY;
        }
        return MarkerFilter2.prototype.push = function(chunk) {
          var buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
          this.pending = EMPTY;
          for (var out = [], pos = 0; pos < buf.length; ) {
            var idx = buf.indexOf(MARKER, pos);
            if (idx === -1) {
              var keep = Math.min(partialMarkerSuffixLength(buf), buf.length - pos), emitEnd = buf.length - keep;
              emitEnd > pos && out.push(pos === 0 && emitEnd === buf.length ? buf : buf.subarray(pos, emitEnd)), this.pending = keep ? buf.subarray(buf.length - keep) : EMPTY;
              break;
            }
            idx > pos && out.push(buf.subarray(pos, idx));
            var afterMarker = idx + MARKER.length;
            if (!this.enabled) {
              out.push(NEUTRALIZED), pos = afterMarker;
              continue;
            }
            var _a = scanHeader(buf, afterMarker), term = _a.term, newline = _a.newline;
            if (term === -1) {
              if (buf.length - afterMarker >= MAX_HEADER) {
                out.push(NEUTRALIZED), pos = afterMarker;
                continue;
              }
              this.pending = buf.subarray(idx);
              break;
            }
            if (newline) {
              out.push(NEUTRALIZED), pos = afterMarker;
              continue;
            }
            var name_1 = canonicalCommandName(buf.toString("utf8", afterMarker, term));
            out.push(name_1 && this.allowed.has(name_1) ? MARKER : NEUTRALIZED), pos = afterMarker;
          }
          if (out.length === 0)
            return EMPTY;
          if (out.length === 1) {
            var only = out[0];
            return only === NEUTRALIZED || only === MARKER ? Buffer.from(only) : only;
          }
          return Buffer.concat(out);
        }, MarkerFilter2.prototype.flush = function() {
          var p = this.pending;
          return this.pending = EMPTY, p.length === 0 ? EMPTY : this.enabled && p.length >= MARKER.length && p.subarray(0, MARKER.length).equals(MARKER) ? Buffer.concat([NEUTRALIZED, p.subarray(MARKER.length)]) : p;
        }, MarkerFilter2;
      })()
    );
    exports.MarkerFilter = MarkerFilter;
    var ExternalOutputStream = (
      /** @class */
      (function(_super) {
        __extends(ExternalOutputStream2, _super);
        function ExternalOutputStream2(options) {
          var _this = _super.call(this) || this;
          return _this.markerFilter = new MarkerFilter(!!options.enableVsoCommands, resolveAllowed(options)), _this;
        }
        return ExternalOutputStream2.prototype._transform = function(chunk, _encoding, callback) {
          try {
            var buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), "utf8"), out = this.markerFilter.push(buf);
            out.length && this.push(out), callback();
          } catch (err) {
            callback(err);
          }
        }, ExternalOutputStream2.prototype._flush = function(callback) {
          try {
            var out = this.markerFilter.flush();
            out.length && this.push(out), callback();
          } catch (err) {
            callback(err);
          }
        }, ExternalOutputStream2;
      })(stream.Transform)
    );
    exports.ExternalOutputStream = ExternalOutputStream;
    function createExternalOutputStream(options) {
      var filterStream = new ExternalOutputStream(options), destination = options.destination || process.stdout;
      return filterStream.pipe(destination, { end: !1 }), filterStream;
    }
    exports.createExternalOutputStream = createExternalOutputStream;
    function filterExternalOutput(data, options) {
      var filter = new MarkerFilter(!!options.enableVsoCommands, resolveAllowed(options)), buf = Buffer.isBuffer(data) ? data : Buffer.from(String(data), "utf8"), filtered = filter.push(buf), pending = filter.flush();
      return pending.length ? Buffer.concat([filtered, pending]) : filtered;
    }
    exports.filterExternalOutput = filterExternalOutput;
    function createFilteredWriter(options, destination) {
      var filter = new MarkerFilter(!!options.enableVsoCommands, resolveAllowed(options)), ended = !1;
      return {
        write: function(data) {
          if (ended)
            throw new Error("Cannot write after end");
          var buf = Buffer.isBuffer(data) ? data : Buffer.from(String(data), "utf8"), filtered = filter.push(buf);
          filtered.length && destination.write(filtered);
        },
        end: function() {
          if (!ended) {
            ended = !0;
            var pending = filter.flush();
            pending.length && destination.write(pending);
          }
        }
      };
    }
    exports.createFilteredWriter = createFilteredWriter;
    function logExternalOutput(message, options) {
      var filtered = filterExternalOutput(message, options);
      switch (options.type) {
        case "raw":
          var destination = options.destination || process.stdout;
          destination.write(filtered);
          break;
        case "debug":
          im._debug(filtered.toString("utf8"));
          break;
        case "warning":
          im._warning(filtered.toString("utf8"), options.issueSource, options.auditAction);
          break;
        case "error":
          im._error(filtered.toString("utf8"), options.issueSource, options.auditAction);
          break;
      }
    }
    function writeExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "raw" }));
    }
    exports.writeExternalOutput = writeExternalOutput;
    function debugExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "debug" }));
    }
    exports.debugExternalOutput = debugExternalOutput;
    function warningExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "warning" }));
    }
    exports.warningExternalOutput = warningExternalOutput;
    function errorExternalOutput(message, options) {
      logExternalOutput(message, __assign(__assign({}, options), { type: "error" }));
    }
    exports.errorExternalOutput = errorExternalOutput;
  }
});

// node_modules/azure-pipelines-task-lib/toolrunner.js
var require_toolrunner = __commonJS({
  "node_modules/azure-pipelines-task-lib/toolrunner.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        return extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) Object.prototype.hasOwnProperty.call(b2, p) && (d2[p] = b2[p]);
        }, extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b != "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ToolRunner = void 0;
    var Q = require_q(), os = __require("os"), events = __require("events"), child = __require("child_process"), im = require_internal(), fs = __require("fs"), eom = require_externaloutput(), ToolRunner = (
      /** @class */
      (function(_super) {
        __extends(ToolRunner2, _super);
        function ToolRunner2(toolPath) {
          var _this = _super.call(this) || this;
          if (_this.cmdSpecialChars = [" ", "	", "&", "(", ")", "[", "]", "{", "}", "^", "=", ";", "!", "'", "+", ",", "`", "~", "|", "<", ">", '"'], !toolPath)
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
          return _this.toolPath = im._which(toolPath, !0), _this.args = [], _this._debug("toolRunner toolPath: " + toolPath), _this;
        }
        return ToolRunner2.prototype._debug = function(message) {
          this.emit("debug", message);
        }, ToolRunner2.prototype._argStringToArray = function(argString) {
          for (var args = [], inQuotes = !1, escaped = !1, lastCharWasSpace = !0, arg = "", append = function(c2) {
            escaped && (c2 !== '"' ? arg += "\\" : arg.slice(0, -1)), arg += c2, escaped = !1;
          }, i = 0; i < argString.length; i++) {
            var c = argString.charAt(i);
            if (c === " " && !inQuotes) {
              lastCharWasSpace || (args.push(arg), arg = ""), lastCharWasSpace = !0;
              continue;
            } else
              lastCharWasSpace = !1;
            if (c === '"') {
              escaped ? append(c) : inQuotes = !inQuotes;
              continue;
            }
            if (c === "\\" && escaped) {
              append(c);
              continue;
            }
            if (c === "\\" && inQuotes) {
              escaped = !0;
              continue;
            }
            append(c), lastCharWasSpace = !1;
          }
          return lastCharWasSpace || args.push(arg.trim()), args;
        }, ToolRunner2.prototype._getCommandString = function(options, noPrefix) {
          var _this = this, toolPath = this._getSpawnFileName(), args = this._getSpawnArgs(options), cmd = noPrefix ? "" : "[command]", commandParts = [];
          return process.platform == "win32" ? this._isCmdFile() ? (commandParts.push(toolPath), commandParts = commandParts.concat(args)) : options.windowsVerbatimArguments ? (commandParts.push('"'.concat(toolPath, '"')), commandParts = commandParts.concat(args)) : options.shell ? (commandParts.push(this._windowsQuoteCmdArg(toolPath)), commandParts = commandParts.concat(args)) : (commandParts.push(this._windowsQuoteCmdArg(toolPath)), commandParts = commandParts.concat(args.map(function(arg) {
            return _this._windowsQuoteCmdArg(arg);
          }))) : (commandParts.push(toolPath), commandParts = commandParts.concat(args)), cmd += commandParts.join(" "), this.pipeOutputToTool && (cmd += " | " + this.pipeOutputToTool._getCommandString(
            options,
            /*noPrefix:*/
            !0
          )), cmd;
        }, ToolRunner2.prototype._processLineBuffer = function(data, buffer, onLine) {
          var newBuffer = buffer + data.toString();
          try {
            for (var eolIndex = newBuffer.indexOf(os.EOL); eolIndex > -1; ) {
              var line = newBuffer.substring(0, eolIndex);
              onLine(line), newBuffer = newBuffer.substring(eolIndex + os.EOL.length), eolIndex = newBuffer.indexOf(os.EOL);
            }
          } catch {
            this._debug("error processing line");
          }
          return newBuffer;
        }, ToolRunner2.prototype._wrapArg = function(arg, wrapChar) {
          return this._isWrapped(arg, wrapChar) ? arg : "".concat(wrapChar).concat(arg).concat(wrapChar);
        }, ToolRunner2.prototype._unwrapArg = function(arg, wrapChar) {
          if (this._isWrapped(arg, wrapChar)) {
            var pattern = new RegExp("(^\\\\?".concat(wrapChar, ")|(\\\\?").concat(wrapChar, "$)"), "g");
            return arg.trim().replace(pattern, "");
          }
          return arg;
        }, ToolRunner2.prototype._isWrapped = function(arg, wrapChar) {
          var pattern = new RegExp("^\\\\?".concat(wrapChar, ".+\\\\?").concat(wrapChar, "$"));
          return pattern.test(arg.trim());
        }, ToolRunner2.prototype._getSpawnFileName = function(options) {
          return process.platform == "win32" && this._isCmdFile() ? process.env.COMSPEC || "cmd.exe" : options && options.shell ? this._wrapArg(this.toolPath, '"') : this.toolPath;
        }, ToolRunner2.prototype._getSpawnArgs = function(options) {
          var _this = this;
          if (process.platform == "win32") {
            if (this._isCmdFile()) {
              for (var argline = '/D /S /C "'.concat(this._windowsQuoteCmdArg(this.toolPath)), i = 0; i < this.args.length; i++)
                argline += " ", argline += options.windowsVerbatimArguments ? this.args[i] : this._windowsQuoteCmdArg(this.args[i]);
              return argline += '"', [argline];
            }
            if (options.windowsVerbatimArguments) {
              var args_1 = this.args.slice(0);
              return args_1.slice = function() {
                if (arguments.length != 1 || arguments[0] != 0)
                  throw new Error("Unexpected arguments passed to args.slice when windowsVerbatimArguments flag is set.");
                return args_1;
              }, args_1.unshift = function() {
                if (arguments.length != 1)
                  throw new Error("Unexpected arguments passed to args.unshift when windowsVerbatimArguments flag is set.");
                return Array.prototype.unshift.call(args_1, '"'.concat(arguments[0], '"'));
              }, args_1;
            } else if (options.shell) {
              for (var args = [], _i = 0, _a = this.args; _i < _a.length; _i++) {
                var arg = _a[_i];
                this._needQuotesForCmd(arg, "%") ? args.push(this._wrapArg(arg, '"')) : args.push(arg);
              }
              return args;
            }
          } else if (options.shell)
            return this.args.map(function(arg2) {
              return _this._isWrapped(arg2, "'") ? arg2 : (arg2 = _this._unwrapArg(arg2, '"'), arg2 = _this._escapeChar(arg2, '"'), _this._wrapArg(arg2, '"'));
            });
          return this.args;
        }, ToolRunner2.prototype._escapeChar = function(arg, charToEscape) {
          for (var escChar = "\\", output = "", charIsEscaped = !1, _i = 0, arg_1 = arg; _i < arg_1.length; _i++) {
            var char = arg_1[_i];
            char === charToEscape && !charIsEscaped ? output += escChar + char : output += char, charIsEscaped = char === escChar && !charIsEscaped;
          }
          return output;
        }, ToolRunner2.prototype._isCmdFile = function() {
          var upperToolPath = this.toolPath.toUpperCase();
          return im._endsWith(upperToolPath, ".CMD") || im._endsWith(upperToolPath, ".BAT");
        }, ToolRunner2.prototype._needQuotesForCmd = function(arg, additionalChars) {
          var specialChars = this.cmdSpecialChars;
          additionalChars && (specialChars = this.cmdSpecialChars.concat(additionalChars));
          for (var _loop_1 = function(char2) {
            if (specialChars.some(function(x) {
              return x === char2;
            }))
              return { value: !0 };
          }, _i = 0, arg_2 = arg; _i < arg_2.length; _i++) {
            var char = arg_2[_i], state_1 = _loop_1(char);
            if (typeof state_1 == "object")
              return state_1.value;
          }
          return !1;
        }, ToolRunner2.prototype._windowsQuoteCmdArg = function(arg) {
          if (!this._isCmdFile())
            return this._uv_quote_cmd_arg(arg);
          if (!arg)
            return '""';
          var needsQuotes = this._needQuotesForCmd(arg);
          if (!needsQuotes)
            return arg;
          for (var reverse = '"', quote_hit = !0, i = arg.length; i > 0; i--)
            reverse += arg[i - 1], quote_hit && arg[i - 1] == "\\" ? reverse += "\\" : arg[i - 1] == '"' ? (quote_hit = !0, reverse += '"') : quote_hit = !1;
          return reverse += '"', reverse.split("").reverse().join("");
        }, ToolRunner2.prototype._uv_quote_cmd_arg = function(arg) {
          if (!arg)
            return '""';
          if (arg.indexOf(" ") < 0 && arg.indexOf("	") < 0 && arg.indexOf('"') < 0)
            return arg;
          if (arg.indexOf('"') < 0 && arg.indexOf("\\") < 0)
            return '"'.concat(arg, '"');
          for (var reverse = '"', quote_hit = !0, i = arg.length; i > 0; i--)
            reverse += arg[i - 1], quote_hit && arg[i - 1] == "\\" ? reverse += "\\" : arg[i - 1] == '"' ? (quote_hit = !0, reverse += "\\") : quote_hit = !1;
          return reverse += '"', reverse.split("").reverse().join("");
        }, ToolRunner2.prototype._cloneExecOptions = function(options) {
          options = options || {};
          var result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || !1,
            failOnStdErr: options.failOnStdErr || !1,
            ignoreReturnCode: options.ignoreReturnCode || !1,
            windowsVerbatimArguments: options.windowsVerbatimArguments || !1,
            shell: options.shell || !1,
            externalOutput: options.externalOutput
          };
          return result.outStream = options.outStream || process.stdout, result.errStream = options.errStream || process.stderr, result;
        }, ToolRunner2.prototype._createDisplayFilter = function(options) {
          var ext = options.externalOutput;
          if (!ext)
            return null;
          var outStream = options.outStream, errDest = options.failOnStdErr ? options.errStream : options.outStream, stdoutWriter = eom.createFilteredWriter(ext, outStream), stderrWriter = errDest === outStream ? stdoutWriter : eom.createFilteredWriter(ext, errDest);
          return {
            commandLine: function(text) {
              outStream.write(eom.filterExternalOutput(text, ext));
            },
            stdout: function(data) {
              return stdoutWriter.write(data);
            },
            stderr: function(data) {
              return stderrWriter.write(data);
            },
            finalize: function() {
              stdoutWriter.end(), stderrWriter !== stdoutWriter && stderrWriter.end();
            }
          };
        }, ToolRunner2.prototype._getSpawnOptions = function(options) {
          options = options || {};
          var result = {};
          return result.cwd = options.cwd, result.env = options.env, result.shell = options.shell, result.windowsVerbatimArguments = options.windowsVerbatimArguments || this._isCmdFile(), result;
        }, ToolRunner2.prototype._getSpawnSyncOptions = function(options) {
          var result = {};
          return result.maxBuffer = 1024 * 1024 * 1024, result.cwd = options.cwd, result.env = options.env, result.shell = options.shell, result.windowsVerbatimArguments = options.windowsVerbatimArguments || this._isCmdFile(), result;
        }, ToolRunner2.prototype.execWithPipingAsync = function(pipeOutputToTool, options) {
          var _this = this;
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var success = !0, optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var cp, toolPath = pipeOutputToTool.toolPath, toolPathFirst, successFirst = !0, returnCodeFirst, fileStream, waitingEvents = 0, returnCode = 0, error2;
          toolPathFirst = this.toolPath, waitingEvents++;
          var cpFirst = child.spawn(this._getSpawnFileName(optionsNonNull), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(optionsNonNull));
          return waitingEvents++, cp = child.spawn(pipeOutputToTool._getSpawnFileName(optionsNonNull), pipeOutputToTool._getSpawnArgs(optionsNonNull), pipeOutputToTool._getSpawnOptions(optionsNonNull)), fileStream = this.pipeOutputToFile ? fs.createWriteStream(this.pipeOutputToFile) : null, new Promise(function(resolve, reject) {
            var _a, _b, _c, _d, complete = function() {
              waitingEvents == 0 && (df && df.finalize(), error2 ? reject(error2) : resolve(returnCode));
            };
            fileStream && (waitingEvents++, fileStream.on("finish", function() {
              waitingEvents--, fileStream = null, complete();
            }), fileStream.on("error", function(err) {
              waitingEvents--, _this._debug("Failed to pipe output of ".concat(toolPathFirst, " to file ").concat(_this.pipeOutputToFile, ". Error = ").concat(err)), fileStream = null, complete();
            })), (_a = cpFirst.stdout) === null || _a === void 0 || _a.on("data", function(data) {
              var _a2, _b2;
              try {
                fileStream && fileStream.write(data), !((_a2 = cp.stdin) === null || _a2 === void 0) && _a2.destroyed || (_b2 = cp.stdin) === null || _b2 === void 0 || _b2.write(data);
              } catch {
                _this._debug("Failed to pipe output of " + toolPathFirst + " to " + toolPath), _this._debug(toolPath + " might have exited due to errors prematurely. Verify the arguments passed are valid.");
              }
            }), (_b = cpFirst.stderr) === null || _b === void 0 || _b.on("data", function(data) {
              if (fileStream && fileStream.write(data), successFirst = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
                if (df)
                  df.stderr(data);
                else {
                  var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                  s.write(data);
                }
            }), cpFirst.on("error", function(err) {
              var _a2;
              waitingEvents--, fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), error2 = new Error(toolPathFirst + " failed. " + err.message), complete();
            }), cpFirst.on("close", function(code, signal) {
              var _a2;
              waitingEvents--, code != 0 && !optionsNonNull.ignoreReturnCode && (successFirst = !1, returnCodeFirst = code, returnCode = returnCodeFirst), _this._debug("success of first tool:" + successFirst), fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), complete();
            });
            var stdLineBuffer = "";
            (_c = cp.stdout) === null || _c === void 0 || _c.on("data", function(data) {
              _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
                _this.emit("stdline", line);
              });
            });
            var errLineBuffer = "";
            (_d = cp.stderr) === null || _d === void 0 || _d.on("data", function(data) {
              if (_this.emit("stderr", data), success = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
                if (df)
                  df.stderr(data);
                else {
                  var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                  s.write(data);
                }
              errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
                _this.emit("errline", line);
              });
            }), cp.on("error", function(err) {
              waitingEvents--, error2 = new Error(toolPath + " failed. " + err.message), complete();
            }), cp.on("close", function(code, signal) {
              waitingEvents--, _this._debug("rc:" + code), returnCode = code, stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), code != 0 && !optionsNonNull.ignoreReturnCode && (success = !1), _this._debug("success:" + success), successFirst ? success || (error2 = new Error(toolPath + " failed with return code: " + code)) : error2 = new Error(toolPathFirst + " failed with return code: " + returnCodeFirst), complete();
            });
          });
        }, ToolRunner2.prototype.execWithPiping = function(pipeOutputToTool, options) {
          var _this = this, _a, _b, _c, _d, defer = Q.defer();
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var success = !0, optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var cp, toolPath = pipeOutputToTool.toolPath, toolPathFirst, successFirst = !0, returnCodeFirst, fileStream, waitingEvents = 0, returnCode = 0, error2;
          toolPathFirst = this.toolPath, waitingEvents++;
          var cpFirst = child.spawn(this._getSpawnFileName(optionsNonNull), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(optionsNonNull));
          waitingEvents++, cp = child.spawn(pipeOutputToTool._getSpawnFileName(optionsNonNull), pipeOutputToTool._getSpawnArgs(optionsNonNull), pipeOutputToTool._getSpawnOptions(optionsNonNull)), fileStream = this.pipeOutputToFile ? fs.createWriteStream(this.pipeOutputToFile) : null;
          var complete = function() {
            waitingEvents == 0 && (df && df.finalize(), error2 ? defer.reject(error2) : defer.resolve(returnCode));
          };
          fileStream && (waitingEvents++, fileStream.on("finish", function() {
            waitingEvents--, fileStream = null, complete();
          }), fileStream.on("error", function(err) {
            waitingEvents--, _this._debug("Failed to pipe output of ".concat(toolPathFirst, " to file ").concat(_this.pipeOutputToFile, ". Error = ").concat(err)), fileStream = null, complete();
          })), (_a = cpFirst.stdout) === null || _a === void 0 || _a.on("data", function(data) {
            var _a2;
            try {
              fileStream && fileStream.write(data), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.write(data);
            } catch {
              _this._debug("Failed to pipe output of " + toolPathFirst + " to " + toolPath), _this._debug(toolPath + " might have exited due to errors prematurely. Verify the arguments passed are valid.");
            }
          }), (_b = cpFirst.stderr) === null || _b === void 0 || _b.on("data", function(data) {
            if (fileStream && fileStream.write(data), successFirst = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
          }), cpFirst.on("error", function(err) {
            var _a2;
            waitingEvents--, fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), error2 = new Error(toolPathFirst + " failed. " + err.message), complete();
          }), cpFirst.on("close", function(code, signal) {
            var _a2;
            waitingEvents--, code != 0 && !optionsNonNull.ignoreReturnCode && (successFirst = !1, returnCodeFirst = code, returnCode = returnCodeFirst), _this._debug("success of first tool:" + successFirst), fileStream && fileStream.end(), (_a2 = cp.stdin) === null || _a2 === void 0 || _a2.end(), complete();
          });
          var stdLineBuffer = "";
          (_c = cp.stdout) === null || _c === void 0 || _c.on("data", function(data) {
            _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
              _this.emit("stdline", line);
            });
          });
          var errLineBuffer = "";
          return (_d = cp.stderr) === null || _d === void 0 || _d.on("data", function(data) {
            if (_this.emit("stderr", data), success = !optionsNonNull.failOnStdErr, !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
            errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
              _this.emit("errline", line);
            });
          }), cp.on("error", function(err) {
            waitingEvents--, error2 = new Error(toolPath + " failed. " + err.message), complete();
          }), cp.on("close", function(code, signal) {
            waitingEvents--, _this._debug("rc:" + code), returnCode = code, stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), code != 0 && !optionsNonNull.ignoreReturnCode && (success = !1), _this._debug("success:" + success), successFirst ? success || (error2 = new Error(toolPath + " failed with return code: " + code)) : error2 = new Error(toolPathFirst + " failed with return code: " + returnCodeFirst), complete();
          }), defer.promise;
        }, ToolRunner2.prototype.arg = function(val) {
          return val ? (val instanceof Array ? (this._debug(this.toolPath + " arg: " + JSON.stringify(val)), this.args = this.args.concat(val)) : typeof val == "string" && (this._debug(this.toolPath + " arg: " + val), this.args = this.args.concat(val.trim())), this) : this;
        }, ToolRunner2.prototype.line = function(val) {
          return val ? (this._debug(this.toolPath + " arg: " + val), this.args = this.args.concat(this._argStringToArray(val)), this) : this;
        }, ToolRunner2.prototype.argIf = function(condition, val) {
          return condition && this.arg(val), this;
        }, ToolRunner2.prototype.pipeExecOutputToTool = function(tool, file) {
          return this.pipeOutputToTool = tool, this.pipeOutputToFile = file, this;
        }, ToolRunner2.prototype.execAsync = function(options) {
          var _this = this, _a, _b, _c;
          if (this.pipeOutputToTool)
            return this.execWithPipingAsync(this.pipeOutputToTool, options);
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var state = new ExecState(optionsNonNull, this.toolPath);
          state.on("debug", function(message) {
            _this._debug(message);
          });
          var stdLineBuffer = "", errLineBuffer = "", emitDoneEvent = function(resolve, reject) {
            state.on("done", function(error2, exitCode) {
              stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), cp && cp.removeAllListeners(), error2 ? reject(error2) : resolve(exitCode);
            });
          }, cp;
          try {
            cp = child.spawn(this._getSpawnFileName(options), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(options));
          } catch (error2) {
            return new Promise(function(resolve, reject) {
              emitDoneEvent(resolve, reject), state.processError = error2.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete();
            });
          }
          return this.childProcess = cp, (_a = cp.stdout) === null || _a === void 0 || _a.on("end", function() {
            optionsNonNull.silent || (df ? df.stdout(Buffer.from(os.EOL)) : optionsNonNull.outStream.write(os.EOL));
          }), (_b = cp.stdout) === null || _b === void 0 || _b.on("data", function(data) {
            _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
              _this.emit("stdline", line);
            });
          }), (_c = cp.stderr) === null || _c === void 0 || _c.on("data", function(data) {
            if (state.processStderr = !0, _this.emit("stderr", data), !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
            errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
              _this.emit("errline", line);
            });
          }), cp.on("error", function(err) {
            state.processError = err.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete();
          }), cp.on("exit", function(code, signal) {
            state.processExitCode = code, state.processExitSignal = signal, state.processExited = !0, state.CheckComplete();
          }), cp.on("close", function(code, signal) {
            df && df.finalize(), state.processCloseCode = code, state.processCloseSignal = signal, state.processClosed = !0, state.processExited = !0, state.CheckComplete();
          }), new Promise(emitDoneEvent);
        }, ToolRunner2.prototype.exec = function(options) {
          var _this = this, _a, _b, _c;
          if (this.pipeOutputToTool)
            return this.execWithPiping(this.pipeOutputToTool, options);
          var defer = Q.defer();
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var optionsNonNull = this._cloneExecOptions(options), df = this._createDisplayFilter(optionsNonNull);
          optionsNonNull.silent || (df ? df.commandLine(this._getCommandString(optionsNonNull) + os.EOL) : optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL));
          var state = new ExecState(optionsNonNull, this.toolPath);
          state.on("debug", function(message) {
            _this._debug(message);
          });
          var stdLineBuffer = "", errLineBuffer = "";
          state.on("done", function(error2, exitCode) {
            stdLineBuffer.length > 0 && _this.emit("stdline", stdLineBuffer), errLineBuffer.length > 0 && _this.emit("errline", errLineBuffer), cp && cp.removeAllListeners(), error2 ? defer.reject(error2) : defer.resolve(exitCode);
          });
          var cp;
          try {
            cp = child.spawn(this._getSpawnFileName(options), this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(options));
          } catch (error2) {
            return state.processError = error2.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete(), defer.promise;
          }
          return this.childProcess = cp, (_a = cp.stdout) === null || _a === void 0 || _a.on("end", function() {
            optionsNonNull.silent || (df ? df.stdout(Buffer.from(os.EOL)) : optionsNonNull.outStream.write(os.EOL));
          }), (_b = cp.stdout) === null || _b === void 0 || _b.on("data", function(data) {
            _this.emit("stdout", data), optionsNonNull.silent || (df ? df.stdout(data) : optionsNonNull.outStream.write(data)), stdLineBuffer = _this._processLineBuffer(data, stdLineBuffer, function(line) {
              _this.emit("stdline", line);
            });
          }), (_c = cp.stderr) === null || _c === void 0 || _c.on("data", function(data) {
            if (state.processStderr = !0, _this.emit("stderr", data), !optionsNonNull.silent)
              if (df)
                df.stderr(data);
              else {
                var s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
            errLineBuffer = _this._processLineBuffer(data, errLineBuffer, function(line) {
              _this.emit("errline", line);
            });
          }), cp.on("error", function(err) {
            state.processError = err.message, state.processExited = !0, state.processClosed = !0, state.CheckComplete();
          }), cp.on("exit", function(code, signal) {
            state.processExitCode = code, state.processExitSignal = signal, state.processExited = !0, state.CheckComplete();
          }), cp.on("close", function(code, signal) {
            df && df.finalize(), state.processCloseCode = code, state.processCloseSignal = signal, state.processClosed = !0, state.processExited = !0, state.CheckComplete();
          }), defer.promise;
        }, ToolRunner2.prototype.execSync = function(options) {
          var _this = this;
          this._debug("exec tool: " + this.toolPath), this._debug("arguments:"), this.args.forEach(function(arg) {
            _this._debug("   " + arg);
          });
          var success = !0;
          options = this._cloneExecOptions(options);
          var ext = options.externalOutput;
          if (!options.silent) {
            var cmdLine = this._getCommandString(options) + os.EOL;
            options.outStream.write(ext ? eom.filterExternalOutput(cmdLine, ext) : cmdLine);
          }
          var r = child.spawnSync(this._getSpawnFileName(options), this._getSpawnArgs(options), this._getSpawnSyncOptions(options));
          !options.silent && r.stdout && r.stdout.length > 0 && options.outStream.write(ext ? eom.filterExternalOutput(r.stdout, ext) : r.stdout), !options.silent && r.stderr && r.stderr.length > 0 && options.errStream.write(ext ? eom.filterExternalOutput(r.stderr, ext) : r.stderr);
          var res = { code: r.status, error: r.error };
          return res.stdout = r.stdout ? r.stdout.toString() : "", res.stderr = r.stderr ? r.stderr.toString() : "", res;
        }, ToolRunner2.prototype.killChildProcess = function(signal) {
          signal === void 0 && (signal = "SIGTERM"), this.childProcess && (this._debug("[killChildProcess] Signal ".concat(signal, " received")), this.childProcess.kill(signal));
        }, ToolRunner2;
      })(events.EventEmitter)
    );
    exports.ToolRunner = ToolRunner;
    var ExecState = (
      /** @class */
      (function(_super) {
        __extends(ExecState2, _super);
        function ExecState2(options, toolPath) {
          var _this = _super.call(this) || this;
          if (_this.delay = 1e4, _this.timeout = null, !toolPath)
            throw new Error("toolPath must not be empty");
          _this.options = options, _this.toolPath = toolPath;
          var delay = process.env.TASKLIB_TEST_TOOLRUNNER_EXITDELAY;
          return delay && (_this.delay = parseInt(delay)), _this;
        }
        return ExecState2.prototype.CheckComplete = function() {
          this.done || (this.processClosed ? this._setResult() : this.processExited && (this.timeout = setTimeout(ExecState2.HandleTimeout, this.delay, this)));
        }, ExecState2.prototype._debug = function(message) {
          this.emit("debug", message);
        }, ExecState2.prototype._setResult = function() {
          var error2;
          this.processExited && (this._debug("Process exited with code ".concat(this.processExitCode, " and signal ").concat(this.processExitSignal, " for tool '").concat(this.toolPath, "'")), this.processError ? error2 = new Error(im._loc("LIB_ProcessError", this.toolPath, this.processError)) : this.processExitCode != 0 && !this.options.ignoreReturnCode ? error2 = new Error(im._loc("LIB_ProcessExitCode", this.toolPath, this.processExitCode)) : this.processStderr && this.options.failOnStdErr && (error2 = new Error(im._loc("LIB_ProcessStderr", this.toolPath)))), this.processClosed && this._debug("STDIO streams have closed and received exit code ".concat(this.processCloseCode, " and signal ").concat(this.processCloseSignal, " for tool '").concat(this.toolPath, "'")), this.timeout && (clearTimeout(this.timeout), this.timeout = null), this.done = !0, this.emit("done", error2, this.processExitCode);
        }, ExecState2.HandleTimeout = function(state) {
          state.done || (!state.processClosed && state.processExited && (console.log(im._loc("LIB_StdioNotClosed", state.delay / 1e3, state.toolPath)), state._debug(im._loc("LIB_StdioNotClosed", state.delay / 1e3, state.toolPath))), state._setResult());
        }, ExecState2;
      })(events.EventEmitter)
    );
  }
});

// node_modules/azure-pipelines-task-lib/task.js
var require_task = __commonJS({
  "node_modules/azure-pipelines-task-lib/task.js"(exports) {
    "use strict";
    var __spreadArray = exports && exports.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++)
        (ar || !(i in from)) && (ar || (ar = Array.prototype.slice.call(from, 0, i)), ar[i] = from[i]);
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getPlatform = exports.osType = exports.writeFile = exports.exist = exports.stats = exports.debug = exports.error = exports.warning = exports.command = exports.setTaskVariable = exports.getTaskVariable = exports.getSecureFileTicket = exports.getSecureFileName = exports.getEndpointAuthorization = exports.getEndpointAuthorizationParameterRequired = exports.getEndpointAuthorizationParameter = exports.getEndpointAuthorizationSchemeRequired = exports.getEndpointAuthorizationScheme = exports.getEndpointDataParameterRequired = exports.getEndpointDataParameter = exports.getEndpointUrlRequired = exports.getEndpointUrl = exports.getPathInputRequired = exports.getPathInput = exports.filePathSupplied = exports.getDelimitedInput = exports.getPipelineFeature = exports.getBoolFeatureFlag = exports.getBoolInput = exports.getInputRequired = exports.getInput = exports.setSecret = exports.setVariable = exports.getVariables = exports.assertAgent = exports.getVariable = exports.loc = exports.setResourcePath = exports.setSanitizedResult = exports.setResult = exports.setErrStream = exports.setStdStream = exports.AgentHostedMode = exports.Platform = exports.IssueSource = exports.FieldType = exports.ArtifactType = exports.IssueType = exports.TaskState = exports.TaskResult = void 0;
    exports.defaultAllowedVsoCommands = exports.errorExternalOutput = exports.warningExternalOutput = exports.debugExternalOutput = exports.writeExternalOutput = exports.createExternalOutputStream = exports.updateReleaseName = exports.addBuildTag = exports.updateBuildNumber = exports.uploadBuildLog = exports.associateArtifact = exports.uploadArtifact = exports.logIssue = exports.logDetail = exports.setProgress = exports.setEndpoint = exports.addAttachment = exports.uploadSummary = exports.prependPath = exports.uploadFile = exports.CodeCoverageEnabler = exports.CodeCoveragePublisher = exports.TestPublisher = exports.getHttpCertConfiguration = exports.getHttpProxyConfiguration = exports.findMatch = exports.filter = exports.match = exports.tool = exports.execSync = exports.exec = exports.execAsync = exports.rmRF = exports.legacyFindFiles = exports.find = exports.retry = exports.mv = exports.cp = exports.ls = exports.which = exports.resolve = exports.mkdirP = exports.popd = exports.pushd = exports.cd = exports.checkPath = exports.cwd = exports.getSprint = exports.getAgentMode = exports.getNodeMajorVersion = void 0;
    var childProcess = __require("child_process"), fs = __require("fs"), path = __require("path"), os = __require("os"), minimatch = require_minimatch(), im = require_internal(), tcm = require_taskcommand(), trm = require_toolrunner(), eom = require_externaloutput(), semver = require_semver(), TaskResult2;
    (function(TaskResult3) {
      TaskResult3[TaskResult3.Succeeded = 0] = "Succeeded", TaskResult3[TaskResult3.SucceededWithIssues = 1] = "SucceededWithIssues", TaskResult3[TaskResult3.Failed = 2] = "Failed", TaskResult3[TaskResult3.Cancelled = 3] = "Cancelled", TaskResult3[TaskResult3.Skipped = 4] = "Skipped";
    })(TaskResult2 = exports.TaskResult || (exports.TaskResult = {}));
    var TaskState;
    (function(TaskState2) {
      TaskState2[TaskState2.Unknown = 0] = "Unknown", TaskState2[TaskState2.Initialized = 1] = "Initialized", TaskState2[TaskState2.InProgress = 2] = "InProgress", TaskState2[TaskState2.Completed = 3] = "Completed";
    })(TaskState = exports.TaskState || (exports.TaskState = {}));
    var IssueType;
    (function(IssueType2) {
      IssueType2[IssueType2.Error = 0] = "Error", IssueType2[IssueType2.Warning = 1] = "Warning";
    })(IssueType = exports.IssueType || (exports.IssueType = {}));
    var ArtifactType;
    (function(ArtifactType2) {
      ArtifactType2[ArtifactType2.Container = 0] = "Container", ArtifactType2[ArtifactType2.FilePath = 1] = "FilePath", ArtifactType2[ArtifactType2.VersionControl = 2] = "VersionControl", ArtifactType2[ArtifactType2.GitRef = 3] = "GitRef", ArtifactType2[ArtifactType2.TfvcLabel = 4] = "TfvcLabel";
    })(ArtifactType = exports.ArtifactType || (exports.ArtifactType = {}));
    var FieldType;
    (function(FieldType2) {
      FieldType2[FieldType2.AuthParameter = 0] = "AuthParameter", FieldType2[FieldType2.DataParameter = 1] = "DataParameter", FieldType2[FieldType2.Url = 2] = "Url";
    })(FieldType = exports.FieldType || (exports.FieldType = {}));
    exports.IssueSource = im.IssueSource;
    var Platform;
    (function(Platform2) {
      Platform2[Platform2.Windows = 0] = "Windows", Platform2[Platform2.MacOS = 1] = "MacOS", Platform2[Platform2.Linux = 2] = "Linux";
    })(Platform = exports.Platform || (exports.Platform = {}));
    var AgentHostedMode;
    (function(AgentHostedMode2) {
      AgentHostedMode2[AgentHostedMode2.Unknown = 0] = "Unknown", AgentHostedMode2[AgentHostedMode2.SelfHosted = 1] = "SelfHosted", AgentHostedMode2[AgentHostedMode2.MsHosted = 2] = "MsHosted";
    })(AgentHostedMode = exports.AgentHostedMode || (exports.AgentHostedMode = {}));
    var SPRINT_ONE_START_UTC_MS = Date.UTC(2010, 7, 14, 0, 0, 0, 0), DAYS_PER_WEEK = 7, DAYS_PER_SPRINT = 21, MILLISECONDS_PER_DAY = 1440 * 60 * 1e3;
    exports.setStdStream = im._setStdStream;
    exports.setErrStream = im._setErrStream;
    function setResult2(result, message, done) {
      (0, exports.debug)("task result: " + TaskResult2[result]), result == TaskResult2.Failed && message ? (0, exports.error)(message, exports.IssueSource.TaskInternal) : result == TaskResult2.SucceededWithIssues && message && (0, exports.warning)(message, exports.IssueSource.TaskInternal);
      var properties = { result: TaskResult2[result] };
      done && (properties.done = "true"), (0, exports.command)("task.complete", properties, message);
    }
    exports.setResult = setResult2;
    function setSanitizedResult(result, message, done) {
      var pattern = /password|key|secret|bearer|authorization|token|pat/i, sanitizedMessage = im._truncateBeforeSensitiveKeyword(message, pattern);
      setResult2(result, sanitizedMessage, done);
    }
    exports.setSanitizedResult = setSanitizedResult;
    process.on("uncaughtException", function(err) {
      im.isSigPipeError(err) || (setResult2(TaskResult2.Failed, (0, exports.loc)("LIB_UnhandledEx", err.message)), (0, exports.error)(String(err.stack), im.IssueSource.TaskInternal));
    });
    process.on("unhandledRejection", function(reason) {
      throw reason instanceof Error ? reason : new Error(reason);
    });
    exports.setResourcePath = im._setResourcePath;
    exports.loc = im._loc;
    exports.getVariable = im._getVariable;
    function assertAgent(minimum) {
      if (semver.lt(minimum, "2.104.1"))
        throw new Error("assertAgent() requires the parameter to be 2.104.1 or higher");
      var agent = (0, exports.getVariable)("Agent.Version");
      if ((0, exports.debug)("Detected Agent.Version=" + (agent || "undefined")), agent && semver.lt(agent, minimum))
        throw new Error("Agent version ".concat(minimum, " or higher is required. Detected Agent version: ").concat(agent));
    }
    exports.assertAgent = assertAgent;
    function getVariables() {
      return Object.keys(im._knownVariableMap).map(function(key) {
        var info = im._knownVariableMap[key];
        return { name: info.name, value: (0, exports.getVariable)(info.name), secret: info.secret };
      });
    }
    exports.getVariables = getVariables;
    function setVariable2(name, val, secret, isOutput) {
      secret === void 0 && (secret = !1), isOutput === void 0 && (isOutput = !1);
      var key = im._getVariableKey(name);
      im._knownVariableMap.hasOwnProperty(key) && (secret = secret || im._knownVariableMap[key].secret);
      var varValue = val || "";
      if ((0, exports.debug)("set " + name + "=" + (secret && varValue ? "********" : varValue)), secret) {
        if (varValue && varValue.match(/\r|\n/) && "".concat(process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET).toUpperCase() != "TRUE")
          throw new Error((0, exports.loc)("LIB_MultilineSecret"));
        im._vault.storeSecret("SECRET_" + key, varValue), delete process.env[key];
      } else
        process.env[key] = varValue;
      im._knownVariableMap[key] = { name, secret }, (0, exports.command)("task.setvariable", { variable: name || "", isOutput: (isOutput || !1).toString(), issecret: (secret || !1).toString() }, varValue);
    }
    exports.setVariable = setVariable2;
    function setSecret2(val) {
      if (val) {
        if (val.match(/\r|\n/) && "".concat(process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET).toUpperCase() !== "TRUE")
          throw new Error((0, exports.loc)("LIB_MultilineSecret"));
        (0, exports.command)("task.setsecret", {}, val);
      }
    }
    exports.setSecret = setSecret2;
    function getInput2(name, required) {
      var inval = im._vault.retrieveSecret("INPUT_" + im._getVariableKey(name));
      if (required && !inval)
        throw new Error((0, exports.loc)("LIB_InputRequired", name));
      return (0, exports.debug)(name + "=" + inval), inval;
    }
    exports.getInput = getInput2;
    function getInputRequired(name) {
      return getInput2(name, !0);
    }
    exports.getInputRequired = getInputRequired;
    function getBoolInput(name, required) {
      return (getInput2(name, required) || "").toUpperCase() == "TRUE";
    }
    exports.getBoolInput = getBoolInput;
    function getBoolFeatureFlag(ffName, defaultValue) {
      defaultValue === void 0 && (defaultValue = !1);
      var ffValue = process.env[ffName];
      return ffValue ? ((0, exports.debug)("Feature flag ".concat(ffName, " = ").concat(ffValue)), ffValue.toLowerCase() === "true") : ((0, exports.debug)("Feature flag ".concat(ffName, " not found. Returning ").concat(defaultValue, " as default.")), defaultValue);
    }
    exports.getBoolFeatureFlag = getBoolFeatureFlag;
    function getPipelineFeature(featureName) {
      var variableName = im._getVariableKey("DistributedTask.Tasks.".concat(featureName)), featureValue = process.env[variableName];
      if (!featureValue)
        return (0, exports.debug)("Feature '".concat(featureName, "' not found. Returning false as default.")), !1;
      var boolValue = featureValue.toLowerCase() === "true";
      return (0, exports.debug)("Feature '".concat(featureName, "' = '").concat(featureValue, "'. Processed as '").concat(boolValue, "'.")), boolValue;
    }
    exports.getPipelineFeature = getPipelineFeature;
    function getDelimitedInput(name, delim, required) {
      var inputVal = getInput2(name, required);
      if (!inputVal)
        return [];
      var result = [];
      return inputVal.split(delim).forEach(function(x) {
        x && result.push(x);
      }), result;
    }
    exports.getDelimitedInput = getDelimitedInput;
    function filePathSupplied(name) {
      var pathValue = this.resolve(this.getPathInput(name) || ""), repoRoot = this.resolve((0, exports.getVariable)("build.sourcesDirectory") || (0, exports.getVariable)("system.defaultWorkingDirectory") || ""), supplied = pathValue !== repoRoot;
      return (0, exports.debug)(name + "path supplied :" + supplied), supplied;
    }
    exports.filePathSupplied = filePathSupplied;
    function getPathInput(name, required, check) {
      var inval = getInput2(name, required);
      return inval && check && (0, exports.checkPath)(inval, name), inval;
    }
    exports.getPathInput = getPathInput;
    function getPathInputRequired(name, check) {
      return getPathInput(name, !0, check);
    }
    exports.getPathInputRequired = getPathInputRequired;
    function getEndpointUrl2(id, optional) {
      var urlval = process.env["ENDPOINT_URL_" + id];
      if (!optional && !urlval)
        throw new Error((0, exports.loc)("LIB_EndpointNotExist", id));
      return (0, exports.debug)(id + "=" + urlval), urlval;
    }
    exports.getEndpointUrl = getEndpointUrl2;
    function getEndpointUrlRequired(id) {
      return getEndpointUrl2(id, !1);
    }
    exports.getEndpointUrlRequired = getEndpointUrlRequired;
    function getEndpointDataParameter2(id, key, optional) {
      var dataParamVal = process.env["ENDPOINT_DATA_" + id + "_" + key.toUpperCase()];
      if (!optional && !dataParamVal)
        throw new Error((0, exports.loc)("LIB_EndpointDataNotExist", id, key));
      return (0, exports.debug)(id + " data " + key + " = " + dataParamVal), dataParamVal;
    }
    exports.getEndpointDataParameter = getEndpointDataParameter2;
    function getEndpointDataParameterRequired(id, key) {
      return getEndpointDataParameter2(id, key, !1);
    }
    exports.getEndpointDataParameterRequired = getEndpointDataParameterRequired;
    function getEndpointAuthorizationScheme2(id, optional) {
      var authScheme = im._vault.retrieveSecret("ENDPOINT_AUTH_SCHEME_" + id);
      if (!optional && !authScheme)
        throw new Error((0, exports.loc)("LIB_EndpointAuthNotExist", id));
      return (0, exports.debug)(id + " auth scheme = " + authScheme), authScheme;
    }
    exports.getEndpointAuthorizationScheme = getEndpointAuthorizationScheme2;
    function getEndpointAuthorizationSchemeRequired(id) {
      return getEndpointAuthorizationScheme2(id, !1);
    }
    exports.getEndpointAuthorizationSchemeRequired = getEndpointAuthorizationSchemeRequired;
    function getEndpointAuthorizationParameter2(id, key, optional) {
      var authParam = im._vault.retrieveSecret("ENDPOINT_AUTH_PARAMETER_" + id + "_" + key.toUpperCase());
      if (!optional && !authParam)
        throw new Error((0, exports.loc)("LIB_EndpointAuthNotExist", id));
      return (0, exports.debug)(id + " auth param " + key + " = " + authParam), authParam;
    }
    exports.getEndpointAuthorizationParameter = getEndpointAuthorizationParameter2;
    function getEndpointAuthorizationParameterRequired(id, key) {
      return getEndpointAuthorizationParameter2(id, key, !1);
    }
    exports.getEndpointAuthorizationParameterRequired = getEndpointAuthorizationParameterRequired;
    function getEndpointAuthorization(id, optional) {
      var aval = im._vault.retrieveSecret("ENDPOINT_AUTH_" + id);
      !optional && !aval && setResult2(TaskResult2.Failed, (0, exports.loc)("LIB_EndpointAuthNotExist", id)), (0, exports.debug)(id + " exists " + !!aval);
      var auth;
      try {
        aval && (auth = JSON.parse(aval));
      } catch {
        throw new Error((0, exports.loc)("LIB_InvalidEndpointAuth", aval));
      }
      return auth;
    }
    exports.getEndpointAuthorization = getEndpointAuthorization;
    function getSecureFileName(id) {
      var name = process.env["SECUREFILE_NAME_" + id];
      return (0, exports.debug)("secure file name for id " + id + " = " + name), name;
    }
    exports.getSecureFileName = getSecureFileName;
    function getSecureFileTicket(id) {
      var ticket = im._vault.retrieveSecret("SECUREFILE_TICKET_" + id);
      return (0, exports.debug)("secure file ticket for id " + id + " = " + ticket), ticket;
    }
    exports.getSecureFileTicket = getSecureFileTicket;
    function getTaskVariable(name) {
      assertAgent("2.115.0");
      var inval = im._vault.retrieveSecret("VSTS_TASKVARIABLE_" + im._getVariableKey(name));
      return inval && (inval = inval.trim()), (0, exports.debug)("task variable: " + name + "=" + inval), inval;
    }
    exports.getTaskVariable = getTaskVariable;
    function setTaskVariable(name, val, secret) {
      secret === void 0 && (secret = !1), assertAgent("2.115.0");
      var key = im._getVariableKey(name), varValue = val || "";
      (0, exports.debug)("set task variable: " + name + "=" + (secret && varValue ? "********" : varValue)), im._vault.storeSecret("VSTS_TASKVARIABLE_" + key, varValue), delete process.env[key], (0, exports.command)("task.settaskvariable", { variable: name || "", issecret: (secret || !1).toString() }, varValue);
    }
    exports.setTaskVariable = setTaskVariable;
    exports.command = im._command;
    exports.warning = im._warning;
    exports.error = im._error;
    exports.debug = im._debug;
    function stats(path2) {
      return fs.statSync(path2);
    }
    exports.stats = stats;
    exports.exist = im._exist;
    function writeFile(file, data, options) {
      typeof options == "string" ? fs.writeFileSync(file, data, { encoding: options }) : fs.writeFileSync(file, data, options);
    }
    exports.writeFile = writeFile;
    function osType() {
      return os.type();
    }
    exports.osType = osType;
    function getPlatform() {
      switch (process.platform) {
        case "win32":
          return Platform.Windows;
        case "darwin":
          return Platform.MacOS;
        case "linux":
          return Platform.Linux;
        default:
          throw Error((0, exports.loc)("LIB_PlatformNotSupported", process.platform));
      }
    }
    exports.getPlatform = getPlatform;
    function getNodeMajorVersion() {
      var _a, version = (_a = process == null ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node;
      if (!version)
        throw new Error((0, exports.loc)("LIB_UndefinedNodeVersion"));
      var parts = version.split(".").map(Number);
      return parts.length < 1 ? NaN : parts[0];
    }
    exports.getNodeMajorVersion = getNodeMajorVersion;
    function getAgentMode() {
      var agentCloudId = (0, exports.getVariable)("Agent.CloudId");
      return agentCloudId === void 0 ? AgentHostedMode.Unknown : agentCloudId ? AgentHostedMode.MsHosted : AgentHostedMode.SelfHosted;
    }
    exports.getAgentMode = getAgentMode;
    function getSprint(date) {
      var targetDate = date || /* @__PURE__ */ new Date(), elapsedDays = Math.floor((targetDate.getTime() - SPRINT_ONE_START_UTC_MS) / MILLISECONDS_PER_DAY), sprintIndex = Math.floor(elapsedDays / DAYS_PER_SPRINT), dayWithinSprint = (elapsedDays % DAYS_PER_SPRINT + DAYS_PER_SPRINT) % DAYS_PER_SPRINT;
      return {
        sprint: sprintIndex + 1,
        week: Math.floor(dayWithinSprint / DAYS_PER_WEEK) + 1
      };
    }
    exports.getSprint = getSprint;
    function cwd() {
      return process.cwd();
    }
    exports.cwd = cwd;
    exports.checkPath = im._checkPath;
    function cd(path2) {
      if (path2 === "-")
        if (process.env.OLDPWD)
          path2 = process.env.OLDPWD;
        else
          throw new Error((0, exports.loc)("LIB_NotFoundPreviousDirectory"));
      if (path2 === "~" && (path2 = os.homedir()), !fs.existsSync(path2))
        throw new Error((0, exports.loc)("LIB_PathNotFound", "cd", path2));
      if (!fs.statSync(path2).isDirectory())
        throw new Error((0, exports.loc)("LIB_PathIsNotADirectory", path2));
      try {
        var currentPath = process.cwd();
        process.chdir(path2), process.env.OLDPWD = currentPath;
      } catch (error2) {
        (0, exports.debug)((0, exports.loc)("LIB_OperationFailed", "cd", error2));
      }
    }
    exports.cd = cd;
    var dirStack = [];
    function getActualStack() {
      return [process.cwd()].concat(dirStack);
    }
    function pushd(dir) {
      dir === void 0 && (dir = "");
      var dirs = getActualStack(), maybeIndex = parseInt(dir);
      if (dir === "+0")
        return dirs;
      if (dir.length === 0)
        if (dirs.length > 1)
          dirs.splice.apply(dirs, __spreadArray([0, 0], dirs.splice(1, 1), !1));
        else
          throw new Error((0, exports.loc)("LIB_DirectoryStackEmpty"));
      else isNaN(maybeIndex) ? dirs.unshift(dir) : (maybeIndex < dirStack.length + 1 && (maybeIndex = dir.charAt(0) === "-" ? maybeIndex - 1 : maybeIndex), dirs.splice.apply(dirs, __spreadArray([0, dirs.length], dirs.slice(maybeIndex).concat(dirs.slice(0, maybeIndex)), !1)));
      var _path = path.resolve(dirs.shift());
      try {
        cd(_path);
      } catch (error2) {
        throw fs.existsSync(_path) ? error2 : new Error((0, exports.loc)("Not found", "pushd", _path));
      }
      return dirStack.splice.apply(dirStack, __spreadArray([0, dirStack.length], dirs, !1)), getActualStack();
    }
    exports.pushd = pushd;
    function popd(index) {
      if (index === void 0 && (index = ""), dirStack.length === 0)
        throw new Error((0, exports.loc)("LIB_DirectoryStackEmpty"));
      var maybeIndex = parseInt(index);
      if (isNaN(maybeIndex) ? maybeIndex = 0 : maybeIndex < dirStack.length + 1 && (maybeIndex = index.charAt(0) === "-" ? maybeIndex - 1 : maybeIndex), maybeIndex > 0 || dirStack.length + maybeIndex === 0)
        maybeIndex = maybeIndex > 0 ? maybeIndex - 1 : maybeIndex, dirStack.splice(maybeIndex, 1);
      else {
        var _path = path.resolve(dirStack.shift());
        cd(_path);
      }
      return getActualStack();
    }
    exports.popd = popd;
    function mkdirP(p) {
      if (!p)
        throw new Error((0, exports.loc)("LIB_ParameterIsRequired", "p"));
      for (var stack = [], testDir = p; ; ) {
        if (stack.length >= Number(process.env.TASKLIB_TEST_MKDIRP_FAILSAFE || 1e3)) {
          (0, exports.debug)("loop is out of control"), fs.mkdirSync(p);
          return;
        }
        (0, exports.debug)("testing directory '".concat(testDir, "'"));
        var stats_1 = void 0;
        try {
          stats_1 = fs.statSync(testDir);
        } catch (err) {
          if (err.code == "ENOENT") {
            var parentDir = path.dirname(testDir);
            if (testDir == parentDir)
              throw new Error((0, exports.loc)("LIB_MkdirFailedInvalidDriveRoot", p, testDir));
            stack.push(testDir), testDir = parentDir;
            continue;
          } else throw err.code == "UNKNOWN" ? new Error((0, exports.loc)("LIB_MkdirFailedInvalidShare", p, testDir)) : err;
        }
        if (!stats_1.isDirectory())
          throw new Error((0, exports.loc)("LIB_MkdirFailedFileExists", p, testDir));
        break;
      }
      for (; stack.length; ) {
        var dir = stack.pop();
        (0, exports.debug)("mkdir '".concat(dir, "'"));
        try {
          fs.mkdirSync(dir);
        } catch (err) {
          throw new Error((0, exports.loc)("LIB_MkdirFailed", p, err.message));
        }
      }
    }
    exports.mkdirP = mkdirP;
    function resolve() {
      for (var pathSegments = [], _i = 0; _i < arguments.length; _i++)
        pathSegments[_i] = arguments[_i];
      var absolutePath = path.resolve.apply(this, pathSegments);
      return (0, exports.debug)("Absolute path for pathSegments: " + pathSegments + " = " + absolutePath), absolutePath;
    }
    exports.resolve = resolve;
    exports.which = im._which;
    function ls(optionsOrPaths) {
      for (var paths = [], _i = 1; _i < arguments.length; _i++)
        paths[_i - 1] = arguments[_i];
      var isRecursive = !1, includeHidden = !1;
      if (typeof optionsOrPaths == "string" && optionsOrPaths.startsWith("-")) {
        var options = String(optionsOrPaths).toLowerCase();
        isRecursive = options.includes("r"), includeHidden = options.includes("a");
      }
      if (Array.isArray(paths) && (paths = flattenArray(paths)), typeof optionsOrPaths != "string" || !optionsOrPaths.startsWith("-")) {
        var pathsFromOptions = [];
        Array.isArray(optionsOrPaths) ? pathsFromOptions = optionsOrPaths : optionsOrPaths && typeof optionsOrPaths == "string" && (pathsFromOptions = [optionsOrPaths]), paths === void 0 || paths.length === 0 ? paths = pathsFromOptions : paths.push.apply(paths, pathsFromOptions);
      }
      paths.length === 0 && paths.push(path.resolve("."));
      var pathsCopy = __spreadArray([], paths, !0), preparedPaths = [], fileEntries = [];
      try {
        for (var remainingPaths = []; paths.length > 0; ) {
          var pathEntry = resolve(paths.shift());
          if (pathEntry?.includes("*")) {
            remainingPaths.push(pathEntry);
            continue;
          }
          var stats_2 = fs.lstatSync(pathEntry);
          if (stats_2.isFile()) {
            var fileName = path.basename(pathEntry);
            fileEntries.push(fileName);
          } else
            remainingPaths.push(pathEntry);
        }
        paths.push.apply(paths, remainingPaths);
        for (var _loop_1 = function() {
          var pathEntry2 = resolve(paths.shift());
          if (pathEntry2?.includes("*"))
            return paths.push.apply(paths, findMatch(path.dirname(pathEntry2), [path.basename(pathEntry2)])), "continue";
          fs.lstatSync(pathEntry2).isDirectory() ? preparedPaths.push.apply(preparedPaths, fs.readdirSync(pathEntry2).map(function(file) {
            return path.join(pathEntry2, file);
          })) : preparedPaths.push(pathEntry2);
        }; paths.length > 0; )
          _loop_1();
        for (var entries = [], _loop_2 = function() {
          var entry = preparedPaths.shift(), entrybasename = path.basename(entry);
          if (entry?.includes("*"))
            return preparedPaths.push.apply(preparedPaths, findMatch(path.dirname(entry), [entrybasename])), "continue";
          if (!includeHidden && entrybasename.startsWith(".") && entrybasename !== "." && entrybasename !== "..")
            return "continue";
          var baseDir = safeFind(pathsCopy, function(p) {
            return entry.startsWith(path.resolve(p));
          }) || path.resolve(".");
          fs.lstatSync(entry).isDirectory() && isRecursive && preparedPaths.push.apply(preparedPaths, fs.readdirSync(entry).map(function(x) {
            return path.join(entry, x);
          })), entries.push(path.relative(baseDir, entry));
        }; preparedPaths.length > 0; )
          _loop_2();
        var finalResults = __spreadArray(__spreadArray([], fileEntries, !0), entries, !0);
        return finalResults;
      } catch (error2) {
        throw error2.code === "ENOENT" ? new Error((0, exports.loc)("LIB_PathNotFound", "ls", error2.message)) : new Error((0, exports.loc)("LIB_OperationFailed", "ls", error2));
      }
    }
    exports.ls = ls;
    function flattenArray(arr) {
      return arr.reduce(function(flat, toFlatten) {
        return flat.concat(Array.isArray(toFlatten) ? flattenArray(toFlatten) : toFlatten);
      }, []);
    }
    function cp(sourceOrOptions, destinationOrSource, optionsOrDestination, continueOnError, retryCount) {
      continueOnError === void 0 && (continueOnError = !1), retryCount === void 0 && (retryCount = 0), retry(function() {
        var recursive = !1, force = !0, source = String(sourceOrOptions), destination = destinationOrSource, options = "";
        if (typeof sourceOrOptions == "string" && sourceOrOptions.startsWith("-") ? (options = sourceOrOptions.toLowerCase(), recursive = options.includes("r"), force = !options.includes("n"), source = destinationOrSource, destination = String(optionsOrDestination)) : typeof optionsOrDestination == "string" && optionsOrDestination && optionsOrDestination.startsWith("-") && (options = optionsOrDestination.toLowerCase(), recursive = options.includes("r"), force = !options.includes("n"), source = String(sourceOrOptions), destination = destinationOrSource), !fs.existsSync(destination) && !force)
          throw new Error((0, exports.loc)("LIB_PathNotFound", "cp", destination));
        var isPattern = /[*?{\[]/.test(source) || /[@+!]\(/.test(source);
        if (isPattern) {
          for (var defaultRoot = (0, exports.getVariable)("system.defaultWorkingDirectory") || process.cwd(), matches = findMatch(defaultRoot, [source], void 0, { nonegate: !0, nocomment: !0 }), resolvedMatches = matches.filter(function(src2) {
            return path.resolve(src2) !== path.resolve(source);
          }), _i = 0, resolvedMatches_1 = resolvedMatches; _i < resolvedMatches_1.length; _i++) {
            var src = resolvedMatches_1[_i];
            cp(src, destination, options, continueOnError, retryCount);
          }
          if (matches.length > 0 && resolvedMatches.length === matches.length)
            return;
          matches.length === 0 && (0, exports.debug)("No matches found for the pattern: ".concat(source, ". Fallback to check for the literal path."));
        }
        var lstatSource = fs.lstatSync(source);
        if (!recursive && lstatSource.isDirectory())
          throw new Error((0, exports.loc)("LIB_CopyDirectoryWithoutRecursiveOption", source));
        if (!(!force && fs.existsSync(destination)))
          try {
            fs.existsSync(destination) && fs.lstatSync(destination).isDirectory() && (destination = path.join(destination, path.basename(source))), copyWithPreservedSymlinks(source, destination, force);
          } catch (error2) {
            throw new Error((0, exports.loc)("LIB_OperationFailed", "cp", error2));
          }
      }, [], { retryCount, continueOnError });
    }
    exports.cp = cp;
    var copyWithPreservedSymlinks = function(source, destination, force) {
      var lstatSource = fs.lstatSync(source);
      if (lstatSource.isSymbolicLink()) {
        var symlinkTarget = fs.readlinkSync(source);
        if (force && fs.existsSync(destination)) {
          var destStats = fs.lstatSync(destination);
          destStats.isSymbolicLink() ? fs.unlinkSync(destination) : fs.rmSync(destination, { recursive: !0, force: !0 });
        }
        fs.symlinkSync(symlinkTarget, destination);
      } else if (lstatSource.isFile())
        force ? fs.copyFileSync(source, destination) : fs.copyFileSync(source, destination, fs.constants.COPYFILE_EXCL);
      else {
        var entries = fs.readdirSync(source, { withFileTypes: !0 });
        fs.existsSync(destination) || fs.mkdirSync(destination, { recursive: !0 });
        for (var _i = 0, entries_1 = entries; _i < entries_1.length; _i++) {
          var entry = entries_1[_i], srcPath = path.join(source, entry.name), destPath = path.join(destination, entry.name);
          copyWithPreservedSymlinks(srcPath, destPath, force);
        }
      }
    };
    function mv(source, dest, options, continueOnError) {
      var force = !1;
      if (options && typeof options == "string" && options.startsWith("-")) {
        var lowercasedOptions = String(options).toLowerCase();
        force = lowercasedOptions.includes("f") && !lowercasedOptions.includes("n");
      }
      var sourceExists = fs.existsSync(source), destExists = fs.existsSync(dest), sources = [];
      try {
        if (sourceExists)
          sources.push(source);
        else if (source.includes("*"))
          sources.push.apply(sources, findMatch(path.resolve(path.dirname(source)), [path.basename(source)]));
        else
          throw new Error((0, exports.loc)("LIB_PathNotFound", "mv", source));
        if (destExists && !force)
          throw new Error("File already exists at ".concat(dest));
        for (var _i = 0, sources_1 = sources; _i < sources_1.length; _i++) {
          var source_1 = sources_1[_i];
          fs.renameSync(source_1, dest);
        }
      } catch (error2) {
        (0, exports.debug)("mv failed");
        var errMsg = (0, exports.loc)("LIB_OperationFailed", "mv", error2);
        if ((0, exports.debug)(errMsg), !continueOnError)
          throw new Error(errMsg);
      }
    }
    exports.mv = mv;
    function retry(func, args, retryOptions) {
      for (retryOptions === void 0 && (retryOptions = { continueOnError: !1, retryCount: 0 }); retryOptions.retryCount >= 0; )
        try {
          return func.apply(void 0, args);
        } catch (e) {
          if (retryOptions.retryCount <= 0)
            if (retryOptions.continueOnError) {
              (0, exports.warning)(e, exports.IssueSource.TaskInternal);
              break;
            } else
              throw e;
          else
            (0, exports.debug)('Attempt to execute function "'.concat(func?.name, '" failed, retries left: ').concat(retryOptions.retryCount)), retryOptions.retryCount--;
        }
    }
    exports.retry = retry;
    function _getStats(path2, followSymbolicLink, allowBrokenSymbolicLinks) {
      var stats2;
      if (followSymbolicLink)
        try {
          stats2 = fs.statSync(path2);
        } catch (err) {
          if (err.code == "ENOENT" && allowBrokenSymbolicLinks)
            stats2 = fs.lstatSync(path2), (0, exports.debug)("  ".concat(path2, " (broken symlink)"));
          else
            throw err;
        }
      else
        stats2 = fs.lstatSync(path2);
      return stats2;
    }
    function find(findPath, options) {
      if (!findPath)
        return (0, exports.debug)("no path specified"), [];
      findPath = path.normalize(findPath), (0, exports.debug)("findPath: '".concat(findPath, "'")), options = options || _getDefaultFindOptions(), _debugFindOptions(options);
      try {
        fs.lstatSync(findPath);
      } catch (err) {
        if (err.code == "ENOENT")
          return (0, exports.debug)("0 results"), [];
        throw err;
      }
      try {
        for (var result = [], stack = [new _FindItem(findPath, 1)], traversalChain = [], _loop_3 = function() {
          var item = stack.pop(), stats_3 = void 0;
          try {
            var isPathToSearch = !result.length, followSpecifiedSymbolicLink = options.followSpecifiedSymbolicLink && isPathToSearch, followSymbolicLink = options.followSymbolicLinks || followSpecifiedSymbolicLink;
            stats_3 = _getStats(item.path, followSymbolicLink, options.allowBrokenSymbolicLinks);
          } catch (err) {
            if (err.code == "ENOENT" && options.skipMissingFiles)
              return (0, exports.warning)('No such file or directory: "'.concat(item.path, '" - skipping.'), exports.IssueSource.TaskInternal), "continue";
            throw err;
          }
          if (result.push(item.path), stats_3.isDirectory()) {
            if ((0, exports.debug)("  ".concat(item.path, " (directory)")), options.followSymbolicLinks) {
              var realPath_1;
              for (im._isUncPath(item.path) ? realPath_1 = retry(fs.realpathSync, [item.path], { continueOnError: !1, retryCount: 5 }) : realPath_1 = fs.realpathSync(item.path); traversalChain.length >= item.level; )
                traversalChain.pop();
              if (traversalChain.some(function(x) {
                return x == realPath_1;
              }))
                return (0, exports.debug)("    cycle detected"), "continue";
              traversalChain.push(realPath_1);
            }
            for (var childLevel_1 = item.level + 1, childItems = fs.readdirSync(item.path).map(function(childName) {
              return new _FindItem(path.join(item.path, childName), childLevel_1);
            }), i = childItems.length - 1; i >= 0; i--)
              stack.push(childItems[i]);
          } else
            (0, exports.debug)("  ".concat(item.path, " (file)"));
        }; stack.length; )
          _loop_3();
        return (0, exports.debug)("".concat(result.length, " results")), result;
      } catch (err) {
        throw new Error((0, exports.loc)("LIB_OperationFailed", "find", err.message));
      }
    }
    exports.find = find;
    var _FindItem = (
      /** @class */
      /* @__PURE__ */ (function() {
        function _FindItem2(path2, level) {
          this.path = path2, this.level = level;
        }
        return _FindItem2;
      })()
    );
    function _debugFindOptions(options) {
      (0, exports.debug)("findOptions.allowBrokenSymbolicLinks: '".concat(options.allowBrokenSymbolicLinks, "'")), (0, exports.debug)("findOptions.followSpecifiedSymbolicLink: '".concat(options.followSpecifiedSymbolicLink, "'")), (0, exports.debug)("findOptions.followSymbolicLinks: '".concat(options.followSymbolicLinks, "'")), (0, exports.debug)("findOptions.skipMissingFiles: '".concat(options.skipMissingFiles, "'"));
    }
    function _getDefaultFindOptions() {
      return {
        allowBrokenSymbolicLinks: !1,
        followSpecifiedSymbolicLink: !0,
        followSymbolicLinks: !0,
        skipMissingFiles: !1
      };
    }
    function legacyFindFiles(rootDirectory, pattern, includeFiles, includeDirectories) {
      if (!pattern)
        throw new Error("pattern parameter cannot be empty");
      (0, exports.debug)("legacyFindFiles rootDirectory: '".concat(rootDirectory, "'")), (0, exports.debug)("pattern: '".concat(pattern, "'")), (0, exports.debug)("includeFiles: '".concat(includeFiles, "'")), (0, exports.debug)("includeDirectories: '".concat(includeDirectories, "'")), !includeFiles && !includeDirectories && (includeFiles = !0);
      var includePatterns = [], excludePatterns = [];
      pattern = pattern.replace(/;;/g, "\0");
      for (var _i = 0, _a = pattern.split(";"); _i < _a.length; _i++) {
        var pat = _a[_i];
        if (pat) {
          pat = pat.replace(/\0/g, ";");
          var isIncludePattern = void 0;
          if (im._startsWith(pat, "+:") ? (pat = pat.substring(2), isIncludePattern = !0) : im._startsWith(pat, "-:") ? (pat = pat.substring(2), isIncludePattern = !1) : isIncludePattern = !0, im._endsWith(pat, "/") || process.platform == "win32" && im._endsWith(pat, "\\"))
            throw new Error((0, exports.loc)("LIB_InvalidPattern", pat));
          rootDirectory && !path.isAbsolute(pat) && (pat = path.join(rootDirectory, pat), im._endsWith(pat, "\\") && (pat = pat.substring(0, pat.length - 1))), isIncludePattern ? includePatterns.push(pat) : excludePatterns.push(im._legacyFindFiles_convertPatternToRegExp(pat));
        }
      }
      var count = 0, result = _legacyFindFiles_getMatchingItems(includePatterns, excludePatterns, !!includeFiles, !!includeDirectories);
      (0, exports.debug)("all matches:");
      for (var _b = 0, result_1 = result; _b < result_1.length; _b++) {
        var resultItem = result_1[_b];
        (0, exports.debug)(" " + resultItem);
      }
      return (0, exports.debug)("total matched: " + result.length), result;
    }
    exports.legacyFindFiles = legacyFindFiles;
    function _legacyFindFiles_getMatchingItems(includePatterns, excludePatterns, includeFiles, includeDirectories) {
      (0, exports.debug)("getMatchingItems()");
      for (var _i = 0, includePatterns_1 = includePatterns; _i < includePatterns_1.length; _i++) {
        var pattern = includePatterns_1[_i];
        (0, exports.debug)("includePattern: '".concat(pattern, "'"));
      }
      for (var _a = 0, excludePatterns_1 = excludePatterns; _a < excludePatterns_1.length; _a++) {
        var pattern = excludePatterns_1[_a];
        (0, exports.debug)("excludePattern: ".concat(pattern));
      }
      (0, exports.debug)("includeFiles: " + includeFiles), (0, exports.debug)("includeDirectories: " + includeDirectories);
      for (var allFiles = {}, _loop_4 = function(pattern2) {
        var findPath = void 0, starIndex = pattern2.indexOf("*"), questionIndex = pattern2.indexOf("?");
        if (starIndex < 0 && questionIndex < 0)
          findPath = im._getDirectoryName(pattern2);
        else {
          var index = Math.min(starIndex >= 0 ? starIndex : questionIndex, questionIndex >= 0 ? questionIndex : starIndex);
          findPath = im._getDirectoryName(pattern2.substring(0, index));
        }
        if (!findPath)
          return "continue";
        var patternRegex = im._legacyFindFiles_convertPatternToRegExp(pattern2), items = find(findPath, { followSymbolicLinks: !0 }).filter(function(item) {
          if (includeFiles && includeDirectories)
            return !0;
          var isDir = fs.statSync(item).isDirectory();
          return includeFiles && !isDir || includeDirectories && isDir;
        }).forEach(function(item) {
          var normalizedPath = process.platform == "win32" ? item.replace(/\\/g, "/") : item, alternatePath = "".concat(normalizedPath, "/"), isMatch = !1;
          if (patternRegex.test(normalizedPath) || includeDirectories && patternRegex.test(alternatePath)) {
            isMatch = !0;
            for (var _i2 = 0, excludePatterns_2 = excludePatterns; _i2 < excludePatterns_2.length; _i2++) {
              var regex = excludePatterns_2[_i2];
              if (regex.test(normalizedPath) || includeDirectories && regex.test(alternatePath)) {
                isMatch = !1;
                break;
              }
            }
          }
          isMatch && (allFiles[item] = item);
        });
      }, _b = 0, includePatterns_2 = includePatterns; _b < includePatterns_2.length; _b++) {
        var pattern = includePatterns_2[_b];
        _loop_4(pattern);
      }
      return Object.keys(allFiles).sort();
    }
    function rmRF(inputPath) {
      if ((0, exports.debug)("rm -rf " + inputPath), getPlatform() == Platform.Windows)
        try {
          var lstats = fs.lstatSync(inputPath);
          if (lstats.isDirectory() && !lstats.isSymbolicLink())
            (0, exports.debug)("removing directory " + inputPath), childProcess.execFileSync("cmd.exe", ["/c", "rd", "/s", "/q", im._normalizeSeparators(inputPath)]);
          else if (lstats.isSymbolicLink()) {
            (0, exports.debug)("removing symbolic link " + inputPath);
            var realPath = fs.readlinkSync(inputPath);
            if (fs.existsSync(realPath)) {
              var stats_4 = fs.statSync(realPath);
              stats_4.isDirectory() && childProcess.execFileSync("cmd.exe", ["/c", "rd", "/s", "/q", im._normalizeSeparators(realPath)]), fs.unlinkSync(inputPath);
            } else
              (0, exports.debug)("Symbolic link '".concat(inputPath, "' points to a non-existing target '").concat(realPath, "'. Removing the symbolic link.")), fs.unlinkSync(inputPath);
          } else
            (0, exports.debug)("removing file " + inputPath), childProcess.execFileSync("cmd.exe", ["/c", "del", "/f", "/a", im._normalizeSeparators(inputPath)]);
        } catch (err) {
          if ((0, exports.debug)("Error: " + err.message), err.code != "ENOENT")
            throw new Error((0, exports.loc)("LIB_OperationFailed", "rmRF", err.message));
        }
      else {
        var lstats = void 0;
        try {
          if (inputPath.includes("*"))
            for (var entries = findMatch(path.dirname(inputPath), [path.basename(inputPath)]), _i = 0, entries_2 = entries; _i < entries_2.length; _i++) {
              var entry = entries_2[_i];
              rmRF(entry);
            }
          else if (lstats = fs.lstatSync(inputPath), lstats.isDirectory() && !lstats.isSymbolicLink())
            (0, exports.debug)("removing directory " + inputPath), fs.rmSync(inputPath, { recursive: !0, force: !0 });
          else if (lstats.isSymbolicLink()) {
            (0, exports.debug)("removing symbolic link " + inputPath);
            var realPath = fs.readlinkSync(inputPath);
            if (fs.existsSync(realPath)) {
              var stats_5 = fs.statSync(realPath);
              stats_5.isDirectory() && fs.rmSync(realPath, { recursive: !0, force: !0 }), fs.unlinkSync(inputPath);
            } else
              (0, exports.debug)("Symbolic link '".concat(inputPath, "' points to a non-existing target '").concat(realPath, "'. Removing the symbolic link.")), fs.unlinkSync(inputPath);
          } else
            (0, exports.debug)("removing file " + inputPath), fs.unlinkSync(inputPath);
        } catch (err) {
          if ((0, exports.debug)("Error: " + err.message), err.code != "ENOENT")
            throw new Error((0, exports.loc)("LIB_OperationFailed", "rmRF", err.message));
        }
      }
    }
    exports.rmRF = rmRF;
    function execAsync(tool2, args, options) {
      var tr = this.tool(tool2);
      return args && (args instanceof Array ? tr.arg(args) : typeof args == "string" && tr.line(args)), tr.execAsync(options);
    }
    exports.execAsync = execAsync;
    function exec(tool2, args, options) {
      var tr = this.tool(tool2);
      return args && (args instanceof Array ? tr.arg(args) : typeof args == "string" && tr.line(args)), tr.exec(options);
    }
    exports.exec = exec;
    function execSync(tool2, args, options) {
      var tr = this.tool(tool2);
      return args && (args instanceof Array ? tr.arg(args) : typeof args == "string" && tr.line(args)), tr.execSync(options);
    }
    exports.execSync = execSync;
    function tool(tool2) {
      var tr = new trm.ToolRunner(tool2);
      return tr.on("debug", function(message) {
        (0, exports.debug)(message);
      }), tr;
    }
    exports.tool = tool;
    function match(list, patterns, patternRoot, options) {
      (0, exports.debug)("patternRoot: '".concat(patternRoot, "'")), options = options || _getDefaultMatchOptions(), _debugMatchOptions(options), typeof patterns == "string" && (patterns = [patterns]);
      for (var map = {}, originalOptions = options, _i = 0, patterns_1 = patterns; _i < patterns_1.length; _i++) {
        var pattern = patterns_1[_i];
        if ((0, exports.debug)("pattern: '".concat(pattern, "'")), pattern = (pattern || "").trim(), !pattern) {
          (0, exports.debug)("skipping empty pattern");
          continue;
        }
        var options_1 = im._cloneMatchOptions(originalOptions);
        if (!options_1.nocomment && im._startsWith(pattern, "#")) {
          (0, exports.debug)("skipping comment");
          continue;
        }
        options_1.nocomment = !0;
        var negateCount = 0;
        if (!options_1.nonegate) {
          for (; pattern.charAt(negateCount) == "!"; )
            negateCount++;
          pattern = pattern.substring(negateCount), negateCount && (0, exports.debug)("trimmed leading '!'. pattern: '".concat(pattern, "'"));
        }
        var isIncludePattern = negateCount == 0 || negateCount % 2 == 0 && !options_1.flipNegate || negateCount % 2 == 1 && options_1.flipNegate;
        options_1.nonegate = !0, options_1.flipNegate = !1;
        var expanded = void 0, preExpanded = pattern;
        if (options_1.nobrace)
          expanded = [pattern];
        else {
          (0, exports.debug)("expanding braces");
          var convertedPattern = process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern;
          expanded = minimatch.braceExpand(convertedPattern);
        }
        options_1.nobrace = !0;
        for (var _a = 0, expanded_1 = expanded; _a < expanded_1.length; _a++) {
          var pattern_1 = expanded_1[_a];
          if ((expanded.length != 1 || pattern_1 != preExpanded) && (0, exports.debug)("pattern: '".concat(pattern_1, "'")), pattern_1 = (pattern_1 || "").trim(), !pattern_1) {
            (0, exports.debug)("skipping empty pattern");
            continue;
          }
          if (patternRoot && // patternRoot supplied
          !im._isRooted(pattern_1) && // AND pattern not rooted
          // AND matchBase:false or not basename only
          (!options_1.matchBase || (process.platform == "win32" ? pattern_1.replace(/\\/g, "/") : pattern_1).indexOf("/") >= 0) && (pattern_1 = im._ensureRooted(patternRoot, pattern_1), (0, exports.debug)("rooted pattern: '".concat(pattern_1, "'"))), isIncludePattern) {
            (0, exports.debug)("applying include pattern against original list");
            var matchResults = minimatch.match(list, pattern_1, options_1);
            (0, exports.debug)(matchResults.length + " matches");
            for (var _b = 0, matchResults_1 = matchResults; _b < matchResults_1.length; _b++) {
              var matchResult = matchResults_1[_b];
              map[matchResult] = !0;
            }
          } else {
            (0, exports.debug)("applying exclude pattern against original list");
            var matchResults = minimatch.match(list, pattern_1, options_1);
            (0, exports.debug)(matchResults.length + " matches");
            for (var _c = 0, matchResults_2 = matchResults; _c < matchResults_2.length; _c++) {
              var matchResult = matchResults_2[_c];
              delete map[matchResult];
            }
          }
        }
      }
      var result = list.filter(function(item) {
        return map.hasOwnProperty(item);
      });
      return (0, exports.debug)(result.length + " final results"), result;
    }
    exports.match = match;
    function filter(pattern, options) {
      return options = options || _getDefaultMatchOptions(), minimatch.filter(pattern, options);
    }
    exports.filter = filter;
    function _debugMatchOptions(options) {
      (0, exports.debug)("matchOptions.debug: '".concat(options.debug, "'")), (0, exports.debug)("matchOptions.nobrace: '".concat(options.nobrace, "'")), (0, exports.debug)("matchOptions.noglobstar: '".concat(options.noglobstar, "'")), (0, exports.debug)("matchOptions.dot: '".concat(options.dot, "'")), (0, exports.debug)("matchOptions.noext: '".concat(options.noext, "'")), (0, exports.debug)("matchOptions.nocase: '".concat(options.nocase, "'")), (0, exports.debug)("matchOptions.nonull: '".concat(options.nonull, "'")), (0, exports.debug)("matchOptions.matchBase: '".concat(options.matchBase, "'")), (0, exports.debug)("matchOptions.nocomment: '".concat(options.nocomment, "'")), (0, exports.debug)("matchOptions.nonegate: '".concat(options.nonegate, "'")), (0, exports.debug)("matchOptions.flipNegate: '".concat(options.flipNegate, "'"));
    }
    function _getDefaultMatchOptions() {
      return {
        debug: !1,
        nobrace: !0,
        noglobstar: !1,
        dot: !0,
        noext: !1,
        nocase: process.platform == "win32",
        nonull: !1,
        matchBase: !1,
        nocomment: !1,
        nonegate: !1,
        flipNegate: !1
      };
    }
    function findMatch(defaultRoot, patterns, findOptions, matchOptions) {
      defaultRoot = defaultRoot || this.getVariable("system.defaultWorkingDirectory") || process.cwd(), (0, exports.debug)("defaultRoot: '".concat(defaultRoot, "'")), patterns = patterns || [], patterns = typeof patterns == "string" ? [patterns] : patterns, findOptions = findOptions || _getDefaultFindOptions(), _debugFindOptions(findOptions), matchOptions = matchOptions || _getDefaultMatchOptions(), _debugMatchOptions(matchOptions), defaultRoot = im._normalizeSeparators(defaultRoot);
      for (var results = {}, originalMatchOptions = matchOptions, _i = 0, _a = patterns || []; _i < _a.length; _i++) {
        var pattern = _a[_i];
        if ((0, exports.debug)("pattern: '".concat(pattern, "'")), pattern = (pattern || "").trim(), !pattern) {
          (0, exports.debug)("skipping empty pattern");
          continue;
        }
        var matchOptions_1 = im._cloneMatchOptions(originalMatchOptions);
        if (!matchOptions_1.nocomment && im._startsWith(pattern, "#")) {
          (0, exports.debug)("skipping comment");
          continue;
        }
        matchOptions_1.nocomment = !0;
        var negateCount = 0;
        if (!matchOptions_1.nonegate) {
          for (; pattern.charAt(negateCount) == "!"; )
            negateCount++;
          pattern = pattern.substring(negateCount), negateCount && (0, exports.debug)("trimmed leading '!'. pattern: '".concat(pattern, "'"));
        }
        var isIncludePattern = negateCount == 0 || negateCount % 2 == 0 && !matchOptions_1.flipNegate || negateCount % 2 == 1 && matchOptions_1.flipNegate;
        matchOptions_1.nonegate = !0, matchOptions_1.flipNegate = !1;
        var expanded = void 0, preExpanded = pattern;
        if (matchOptions_1.nobrace)
          expanded = [pattern];
        else {
          (0, exports.debug)("expanding braces");
          var convertedPattern = process.platform == "win32" ? pattern.replace(/\\/g, "/") : pattern;
          expanded = minimatch.braceExpand(convertedPattern);
        }
        matchOptions_1.nobrace = !0;
        for (var _b = 0, expanded_2 = expanded; _b < expanded_2.length; _b++) {
          var pattern_2 = expanded_2[_b];
          if ((expanded.length != 1 || pattern_2 != preExpanded) && (0, exports.debug)("pattern: '".concat(pattern_2, "'")), pattern_2 = (pattern_2 || "").trim(), !pattern_2) {
            (0, exports.debug)("skipping empty pattern");
            continue;
          }
          if (isIncludePattern) {
            var findInfo = im._getFindInfoFromPattern(defaultRoot, pattern_2, matchOptions_1), findPath = findInfo.findPath;
            if ((0, exports.debug)("findPath: '".concat(findPath, "'")), !findPath) {
              (0, exports.debug)("skipping empty path");
              continue;
            }
            (0, exports.debug)("statOnly: '".concat(findInfo.statOnly, "'"));
            var findResults = [];
            if (findInfo.statOnly)
              try {
                fs.statSync(findPath), findResults.push(findPath);
              } catch (err) {
                if (err.code != "ENOENT")
                  throw err;
                (0, exports.debug)("ENOENT");
              }
            else
              findResults = find(findPath, findOptions);
            (0, exports.debug)("found ".concat(findResults.length, " paths")), (0, exports.debug)("applying include pattern"), findInfo.adjustedPattern != pattern_2 && ((0, exports.debug)("adjustedPattern: '".concat(findInfo.adjustedPattern, "'")), pattern_2 = findInfo.adjustedPattern);
            var matchResults = minimatch.match(findResults, pattern_2, matchOptions_1);
            (0, exports.debug)(matchResults.length + " matches");
            for (var _c = 0, matchResults_3 = matchResults; _c < matchResults_3.length; _c++) {
              var matchResult = matchResults_3[_c], key = process.platform == "win32" ? matchResult.toUpperCase() : matchResult;
              results[key] = matchResult;
            }
          } else {
            matchOptions_1.matchBase && !im._isRooted(pattern_2) && (process.platform == "win32" ? pattern_2.replace(/\\/g, "/") : pattern_2).indexOf("/") < 0 ? (0, exports.debug)("matchBase and basename only") : (pattern_2 = im._ensurePatternRooted(defaultRoot, pattern_2), (0, exports.debug)("after ensurePatternRooted, pattern: '".concat(pattern_2, "'"))), (0, exports.debug)("applying exclude pattern");
            var matchResults = minimatch.match(Object.keys(results).map(function(key2) {
              return results[key2];
            }), pattern_2, matchOptions_1);
            (0, exports.debug)(matchResults.length + " matches");
            for (var _d = 0, matchResults_4 = matchResults; _d < matchResults_4.length; _d++) {
              var matchResult = matchResults_4[_d], key = process.platform == "win32" ? matchResult.toUpperCase() : matchResult;
              delete results[key];
            }
          }
        }
      }
      var finalResult = Object.keys(results).map(function(key2) {
        return results[key2];
      }).sort();
      return (0, exports.debug)(finalResult.length + " final results"), finalResult;
    }
    exports.findMatch = findMatch;
    function getProxyFormattedUrl(proxyUrl, proxyUsername, proxyPassword) {
      var parsedUrl = new URL(proxyUrl), proxyAddress = "".concat(parsedUrl.protocol, "//").concat(parsedUrl.host);
      return proxyUsername && (proxyAddress = "".concat(parsedUrl.protocol, "//").concat(proxyUsername, ":").concat(proxyPassword, "@").concat(parsedUrl.host)), proxyAddress;
    }
    function getHttpProxyConfiguration(requestUrl) {
      var proxyUrl = (0, exports.getVariable)("Agent.ProxyUrl");
      if (proxyUrl && proxyUrl.length > 0) {
        var proxyUsername = (0, exports.getVariable)("Agent.ProxyUsername"), proxyPassword = (0, exports.getVariable)("Agent.ProxyPassword"), proxyBypassHosts = JSON.parse((0, exports.getVariable)("Agent.ProxyBypassList") || "[]"), bypass_1 = !1;
        if (requestUrl && proxyBypassHosts.forEach(function(bypassHost) {
          new RegExp(bypassHost, "i").test(requestUrl) && (bypass_1 = !0);
        }), bypass_1)
          return null;
        var proxyAddress = getProxyFormattedUrl(proxyUrl, proxyUsername, proxyPassword);
        return {
          proxyUrl,
          proxyUsername,
          proxyPassword,
          proxyBypassHosts,
          proxyFormattedUrl: proxyAddress
        };
      } else
        return null;
    }
    exports.getHttpProxyConfiguration = getHttpProxyConfiguration;
    function getHttpCertConfiguration() {
      var ca = (0, exports.getVariable)("Agent.CAInfo"), clientCert = (0, exports.getVariable)("Agent.ClientCert");
      if (ca || clientCert) {
        var certConfig = {};
        if (certConfig.caFile = ca, certConfig.certFile = clientCert, clientCert) {
          var clientCertKey = (0, exports.getVariable)("Agent.ClientCertKey"), clientCertArchive = (0, exports.getVariable)("Agent.ClientCertArchive"), clientCertPassword = (0, exports.getVariable)("Agent.ClientCertPassword");
          certConfig.keyFile = clientCertKey, certConfig.certArchiveFile = clientCertArchive, certConfig.passphrase = clientCertPassword;
        }
        return certConfig;
      } else
        return null;
    }
    exports.getHttpCertConfiguration = getHttpCertConfiguration;
    var TestPublisher = (
      /** @class */
      (function() {
        function TestPublisher2(testRunner) {
          this.testRunner = testRunner;
        }
        return TestPublisher2.prototype.publish = function(resultFiles, mergeResults, platform, config, runTitle, publishRunAttachments, testRunSystem) {
          testRunSystem = testRunSystem || "VSTSTask";
          var properties = {};
          properties.type = this.testRunner, mergeResults && (properties.mergeResults = mergeResults), platform && (properties.platform = platform), config && (properties.config = config), runTitle && (properties.runTitle = runTitle), publishRunAttachments && (properties.publishRunAttachments = publishRunAttachments), resultFiles && (properties.resultFiles = Array.isArray(resultFiles) ? resultFiles.join() : resultFiles), properties.testRunSystem = testRunSystem, (0, exports.command)("results.publish", properties, "");
        }, TestPublisher2;
      })()
    );
    exports.TestPublisher = TestPublisher;
    var CodeCoveragePublisher = (
      /** @class */
      (function() {
        function CodeCoveragePublisher2() {
        }
        return CodeCoveragePublisher2.prototype.publish = function(codeCoverageTool, summaryFileLocation, reportDirectory, additionalCodeCoverageFiles) {
          var properties = {};
          codeCoverageTool && (properties.codecoveragetool = codeCoverageTool), summaryFileLocation && (properties.summaryfile = summaryFileLocation), reportDirectory && (properties.reportdirectory = reportDirectory), additionalCodeCoverageFiles && (properties.additionalcodecoveragefiles = Array.isArray(additionalCodeCoverageFiles) ? additionalCodeCoverageFiles.join() : additionalCodeCoverageFiles), (0, exports.command)("codecoverage.publish", properties, "");
        }, CodeCoveragePublisher2;
      })()
    );
    exports.CodeCoveragePublisher = CodeCoveragePublisher;
    var CodeCoverageEnabler = (
      /** @class */
      (function() {
        function CodeCoverageEnabler2(buildTool, ccTool) {
          this.buildTool = buildTool, this.ccTool = ccTool;
        }
        return CodeCoverageEnabler2.prototype.enableCodeCoverage = function(buildProps) {
          buildProps.buildtool = this.buildTool, buildProps.codecoveragetool = this.ccTool, (0, exports.command)("codecoverage.enable", buildProps, "");
        }, CodeCoverageEnabler2;
      })()
    );
    exports.CodeCoverageEnabler = CodeCoverageEnabler;
    function uploadFile(path2) {
      (0, exports.command)("task.uploadfile", null, path2);
    }
    exports.uploadFile = uploadFile;
    function prependPath(path2) {
      assertAgent("2.115.0"), (0, exports.command)("task.prependpath", null, path2);
    }
    exports.prependPath = prependPath;
    function uploadSummary2(path2) {
      (0, exports.command)("task.uploadsummary", null, path2);
    }
    exports.uploadSummary = uploadSummary2;
    function addAttachment(type, name, path2) {
      (0, exports.command)("task.addattachment", { type, name }, path2);
    }
    exports.addAttachment = addAttachment;
    function setEndpoint(id, field, key, value) {
      (0, exports.command)("task.setendpoint", { id, field: FieldType[field].toLowerCase(), key }, value);
    }
    exports.setEndpoint = setEndpoint;
    function setProgress(percent, currentOperation) {
      (0, exports.command)("task.setprogress", { value: "".concat(percent) }, currentOperation);
    }
    exports.setProgress = setProgress;
    function logDetail(id, message, parentId, recordType, recordName, order, startTime, finishTime, progress, state, result) {
      var properties = {
        id,
        parentid: parentId,
        type: recordType,
        name: recordName,
        order: order ? order.toString() : void 0,
        starttime: startTime,
        finishtime: finishTime,
        progress: progress ? progress.toString() : void 0,
        state: state ? TaskState[state] : void 0,
        result: result ? TaskResult2[result] : void 0
      };
      (0, exports.command)("task.logdetail", properties, message);
    }
    exports.logDetail = logDetail;
    function logIssue(type, message, sourcePath, lineNumber, columnNumber, errorCode) {
      var properties = {
        type: IssueType[type].toLowerCase(),
        code: errorCode,
        sourcepath: sourcePath,
        linenumber: lineNumber ? lineNumber.toString() : void 0,
        columnnumber: columnNumber ? columnNumber.toString() : void 0
      };
      (0, exports.command)("task.logissue", properties, message);
    }
    exports.logIssue = logIssue;
    function uploadArtifact(containerFolder, path2, name) {
      (0, exports.command)("artifact.upload", { containerfolder: containerFolder, artifactname: name }, path2);
    }
    exports.uploadArtifact = uploadArtifact;
    function associateArtifact(name, path2, artifactType) {
      (0, exports.command)("artifact.associate", { type: ArtifactType[artifactType].toLowerCase(), artifactname: name }, path2);
    }
    exports.associateArtifact = associateArtifact;
    function uploadBuildLog(path2) {
      (0, exports.command)("build.uploadlog", null, path2);
    }
    exports.uploadBuildLog = uploadBuildLog;
    function updateBuildNumber(value) {
      (0, exports.command)("build.updatebuildnumber", null, value);
    }
    exports.updateBuildNumber = updateBuildNumber;
    function addBuildTag(value) {
      (0, exports.command)("build.addbuildtag", null, value);
    }
    exports.addBuildTag = addBuildTag;
    function updateReleaseName(name) {
      assertAgent("2.132.0"), (0, exports.command)("release.updatereleasename", null, name);
    }
    exports.updateReleaseName = updateReleaseName;
    exports.TaskCommand = tcm.TaskCommand;
    exports.commandFromString = tcm.commandFromString;
    exports.ToolRunner = trm.ToolRunner;
    function createExternalOutputStream(options) {
      return eom.createExternalOutputStream(options);
    }
    exports.createExternalOutputStream = createExternalOutputStream;
    function writeExternalOutput(message, options) {
      eom.writeExternalOutput(message, options);
    }
    exports.writeExternalOutput = writeExternalOutput;
    function debugExternalOutput(message, options) {
      eom.debugExternalOutput(message, options);
    }
    exports.debugExternalOutput = debugExternalOutput;
    function warningExternalOutput(message, options) {
      eom.warningExternalOutput(message, options);
    }
    exports.warningExternalOutput = warningExternalOutput;
    function errorExternalOutput(message, options) {
      eom.errorExternalOutput(message, options);
    }
    exports.errorExternalOutput = errorExternalOutput;
    exports.defaultAllowedVsoCommands = eom.defaultAllowedVsoCommands;
    semver.lt(process.versions.node, "4.2.0") && (0, exports.warning)("Tasks require a new agent.  Upgrade your agent or node to 4.2.0 or later", exports.IssueSource.TaskInternal);
    global._vsts_task_lib_loaded || (im._loadData(), im._exposeProxySettings(), im._exposeCertSettings());
    function safeFind(arr, predicate) {
      for (var i = 0; i < arr.length; i++)
        if (predicate(arr[i]))
          return arr[i];
    }
  }
});

// shared/host/azure-pipelines.ts
var tl = __toESM(require_task());
import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// shared/inputs/names.ts
function toCamelCase(kebab) {
  return kebab.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

// shared/steps/index.ts
async function loadStep(id) {
  switch (id) {
    case "train":
      return (await import("./chunks/train-TUSN3BOD.mjs")).trainStep;
    case "evaluate-gate":
      return (await import("./chunks/evaluate-gate-X2PI77ON.mjs")).evaluateGateStep;
    case "register":
      return (await import("./chunks/register-5URR26OG.mjs")).registerStep;
    case "deploy-canary":
      return (await import("./chunks/deploy-canary-KSNM47UN.mjs")).deployCanaryStep;
    case "check-drift":
      return (await import("./chunks/check-drift-RRP6OZKX.mjs")).checkDriftStep;
  }
}

// shared/host/cancellation.ts
function cancellationFromSignals() {
  let controller = new AbortController(), onSignal = (signal) => {
    controller.signal.aborted || controller.abort(new Error(`Cancelled (${signal})`));
  };
  return process.on("SIGINT", onSignal), process.on("SIGTERM", onSignal), controller.signal;
}

// shared/inputs/parse.ts
function parseInputs(defs, host) {
  let parsed = {};
  for (let [name, def] of Object.entries(defs)) {
    if (def.meta.hosts && host.kind !== "memory" && !def.meta.hosts.includes(host.kind)) {
      parsed[name] = safeParse(def.schema, void 0).data;
      continue;
    }
    let raw = host.getInput(name);
    if (raw !== void 0 && def.meta.secret && host.setSecret(raw), raw === void 0 && def.meta.required)
      throw new ConfigurationError(`Input '${host.inputLabel(name)}' is required: expected ${def.meta.accepts}.`);
    let result = safeParse(def.schema, raw);
    if (!result.success) {
      let shown = def.meta.secret ? "" : `, got '${truncate(raw ?? "")}'`, detail = result.error.issues[0]?.message, because = detail && detail !== "Invalid input" && !detail.startsWith("Invalid") ? ` (${detail})` : "";
      throw new ConfigurationError(`Input '${host.inputLabel(name)}' must be ${def.meta.accepts}${shown}${because}.`);
    }
    parsed[name] = result.data;
  }
  return parsed;
}
function truncate(value) {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

// shared/host/failure.ts
function describeFailure(error2, debug2) {
  let message = errorMessage(error2).trim() || "The step failed without a message.", detail = debug2 && error2 instanceof Error && error2.stack ? error2.stack : void 0;
  return { message: message.split(/\r?\n/).join(" "), detail };
}

// shared/host/run-step.ts
async function runStep(step, host) {
  try {
    let inputs = parseInputs(step.inputs, host);
    return await step.run(inputs, host), !0;
  } catch (error2) {
    let { message, detail } = describeFailure(error2, host.isDebug);
    return detail && host.debug(detail), host.fail(message), !1;
  }
}

// shared/host/azure-pipelines.ts
var AzurePipelinesHost = class {
  kind = "azure-pipelines";
  cancellation = cancellationFromSignals();
  context = readPipelineContext();
  tempDir = tl.getVariable("Agent.TempDirectory") || tmpdir();
  isDebug = (tl.getVariable("System.Debug") ?? "").toLowerCase() === "true";
  summaryPath;
  getInput(name) {
    return tl.getInput(toCamelCase(name), !1) || void 0;
  }
  inputLabel(name) {
    return toCamelCase(name);
  }
  setOutput(name, value) {
    tl.setVariable(toCamelCase(name), value, !1, !0);
  }
  setSecret(value) {
    tl.setSecret(value);
  }
  info(message) {
    console.log(message);
  }
  debug(message) {
    tl.debug(message);
  }
  warning(message) {
    tl.warning(message);
  }
  error(message) {
    tl.error(message);
  }
  async group(title, fn) {
    console.log(`##[group]${title}`);
    try {
      return await fn();
    } finally {
      console.log("##[endgroup]");
    }
  }
  async appendSummary(markdown) {
    if (!this.summaryPath) {
      let dir = join(this.tempDir, "amlops");
      mkdirSync(dir, { recursive: !0 }), this.summaryPath = join(dir, `summary-${process.pid}-${Date.now()}.md`);
    }
    appendFileSync(this.summaryPath, `${markdown}
`);
  }
  /** The agent attaches the summary file once, when the task has written all of it. */
  publishSummary() {
    this.summaryPath && tl.uploadSummary(this.summaryPath);
  }
  getAzureConnection(name) {
    let scheme = tl.getEndpointAuthorizationScheme(name, !0) ?? "", known = ["WorkloadIdentityFederation", "ServicePrincipal", "ManagedServiceIdentity"], matched = known.find((candidate) => candidate.toLowerCase() === scheme.toLowerCase());
    if (!matched)
      throw new Error(`Service connection '${name}' uses the authentication scheme '${scheme || "none"}'; accepted: ${known.join(", ")}.`);
    let parameter = (key) => tl.getEndpointAuthorizationParameter(name, key, !0) || void 0;
    return {
      id: name,
      scheme: matched,
      tenantId: parameter("tenantid"),
      clientId: parameter("serviceprincipalid"),
      clientSecret: parameter("serviceprincipalkey"),
      certificate: parameter("servicePrincipalCertificate"),
      subscriptionId: tl.getEndpointDataParameter(name, "subscriptionid", !0) || void 0,
      authorityHost: tl.getEndpointDataParameter(name, "environmentAuthorityUrl", !0) || void 0,
      armEndpoint: tl.getEndpointUrl(name, !0) || void 0,
      accessToken: tl.getVariable("System.AccessToken") || void 0
    };
  }
  fail(message) {
    tl.setResult(tl.TaskResult.Failed, message), process.exitCode = 1;
  }
};
function readPipelineContext() {
  let variable = (name) => tl.getVariable(name) || void 0, collection = variable("System.TeamFoundationCollectionUri") ?? variable("System.CollectionUri"), project = variable("System.TeamProject"), buildId = variable("Build.BuildId"), pr = Number(variable("System.PullRequest.PullRequestId"));
  return {
    repository: variable("Build.Repository.Name"),
    sha: variable("Build.SourceVersion"),
    ref: variable("System.PullRequest.SourceBranch") ?? variable("Build.SourceBranch"),
    pullRequest: Number.isInteger(pr) && pr > 0 ? pr : void 0,
    runUrl: collection && project && buildId ? `${collection.replace(/\/?$/, "/")}${encodeURIComponent(project)}/_build/results?buildId=${buildId}` : void 0,
    actor: variable("Build.RequestedFor"),
    workflow: variable("Build.DefinitionName"),
    eventName: variable("Build.Reason"),
    serverUrl: collection
  };
}
async function runOnAzurePipelines(stepId) {
  let host = new AzurePipelinesHost(), step = await loadStep(stepId), succeeded = await runStep(step, host);
  host.publishSummary(), succeeded && tl.setResult(tl.TaskResult.Succeeded, "");
}

// tasks/AmlopsRegister/main.ts
await runOnAzurePipelines("register");
