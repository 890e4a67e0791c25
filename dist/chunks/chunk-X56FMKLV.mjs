import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  allowedFolders,
  assertInside,
  defaultContainment
} from "./chunk-BVD3ISGW.mjs";
import {
  assetVersionArmId
} from "./chunk-YLJXG7A5.mjs";
import {
  latestAssetVersion
} from "./chunk-WZDXF6DJ.mjs";
import {
  DEFAULT_DATASTORE
} from "./chunk-RWHUQEFG.mjs";
import {
  isNotFound
} from "./chunk-5LVE2LTV.mjs";
import {
  CancelledError
} from "./chunk-44J6QWGP.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0, EMPTY = "", SPACE = " ", ESCAPE = "\\", REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/, BOM = "\uFEFF", REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/, REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/, REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/, REGEX_SPLITALL_CRLF = /\r?\n/g, DOUBLE_SLASH = "//", SLASH_CODE = 47, DOT_CODE = 46, SLASH = "/", TMP_KEY_IGNORE = "node-ignore";
    typeof Symbol < "u" && (TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore"));
    var KEY_IGNORE = TMP_KEY_IGNORE, define = (object, key, value) => (Object.defineProperty(object, key, { value }), value), RETURN_FALSE = () => !1, POSIX_CLASSES = {
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
    }, CLASS_MEMBERS_TO_ESCAPE = "\\]^-[", escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char, NON_SLASH = "(?!\\/)", classSource = (negated, body) => {
      if (negated)
        return `[^\\/${body}]`;
      let source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    }, scanBracket = (pattern, start) => {
      let { length } = pattern, index = start + 1, negated = EMPTY, lead = pattern[index];
      (lead === "!" || lead === "^") && (negated = "^", index++);
      let body = EMPTY, prev = EMPTY;
      for (; ; ) {
        let char = pattern[index];
        if (char === UNDEFINED)
          return null;
        if (char === ESCAPE) {
          let escaped = pattern[++index];
          body += escapeMember(escaped), prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          to === ESCAPE && (to = pattern[index += 1]), prev <= to && (body += `-${escapeMember(to)}`), prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          let nameStart = index + 2, end = nameStart;
          for (; end < length && pattern[end] !== "]"; )
            end++;
          if (end === length)
            return null;
          if (end > nameStart && pattern[end - 1] === ":") {
            let name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name))
              return null;
            body += POSIX_CLASSES[name], prev = EMPTY, index = end;
          } else
            body += escapeMember("["), prev = "[", index = nameStart - 2;
        } else
          body += escapeMember(char), prev = char;
        if (index++, pattern[index] === "]")
          return {
            end: index,
            source: classSource(negated, body)
          };
      }
    }, NEVER_MATCH = "[]", PLACEHOLDER = "\0", REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    ), TRAILING_WILDCARD = "\uE000", TRAILING_DOUBLESTAR = "\uE001", isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR, extractBrackets = (pattern) => {
      let sources = [], hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`, { length } = pattern, out = EMPTY, index = 0;
      for (; index < length; ) {
        let char = pattern[index];
        if (char === ESCAPE) {
          let escaped = pattern[index + 1];
          escaped === SLASH && index + 2 === length ? out += hold(NEVER_MATCH) : escaped === "*" || escaped === "[" || escaped === SPACE ? out += pattern.slice(index, index + 2) : out += hold(
            REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
          ), index += 2;
        } else if (isReserved(char))
          out += hold(`[${char}]`), index++;
        else if (char === "[") {
          let scanned = scanBracket(pattern, index);
          scanned === null ? (out += hold(NEVER_MATCH), index = length) : (out += hold(scanned.source), index = scanned.end + 1);
        } else
          out += char, index++;
      }
      return {
        source: out,
        sources
      };
    }, DIRECT = null, REGEX_INNER_SLASH = /\/(?!$)/, WILDCARD = "[^\\/]*", REPLACERS = [
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
        (match) => `\\${match}`
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
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
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
        (source, pattern) => !source || source[0] === "^" || source[0] === "(" ? source : (REGEX_INNER_SLASH.test(pattern) ? "^" : "(?:^|\\/)") + source
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
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
        (match, range, close) => `\\[${range}${close}`,
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
          let last = source[source.length - 1];
          return !last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR ? source : last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ], REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/, MODE_IGNORE = "regex", MODE_CHECK_IGNORE = "checkRegex", UNDERSCORE = "_", replaceTrailingWildcard = (_, p1) => `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`, REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/, replaceTrailingDoublestar = () => "[\\s\\S]", separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++)
        separator += run[index].single;
      return separator;
    }, pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0)
        return source;
      let tokens = [], { length } = source, index = 0;
      for (; index < length; ) {
        let char = source[index];
        if (source.startsWith(WILDCARD, index))
          tokens.push({ wildcard: !0 }), index += WILDCARD.length;
        else if (char === "[") {
          let end = index + 1;
          for (source[end] === "^" && end++, source[end] === "]" && end++; end < length && source[end] !== "]"; )
            end += source[end] === ESCAPE ? 2 : 1;
          end++, tokens.push({ single: source.slice(index, end) }), index = end;
        } else if (char === ESCAPE)
          tokens.push({ single: source.slice(index, index + 2) }), index += 2;
        else if (char === "(") {
          let depth = 0, end = index;
          do
            source[end] === ESCAPE ? end++ : source[end] === "(" ? depth++ : source[end] === ")" && depth--, end++;
          while (end < length && depth > 0);
          "*+?".indexOf(source[end]) >= 0 && end++, tokens.push({ boundary: source.slice(index, end) }), index = end;
        } else char === "^" || char === "$" ? (tokens.push({ boundary: char }), index++) : (tokens.push({ single: char }), index++);
      }
      let out = EMPTY, run = [], flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          token.wildcard && (lastWildcard = at);
        }), run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        }), run = [];
      };
      return tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush(), out += token.boundary;
      }), flush(), out;
    }, makeRegexPrefix = (pattern) => {
      REGEX_ANCHORED_GLOBSTAR.test(pattern) && (pattern = "**");
      let { source, sources } = extractBrackets(pattern), replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => matcher === DIRECT ? replacer(prev, pattern) : required !== UNDEFINED && prev.indexOf(required) < 0 ? prev : matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev,
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    }, checkSourceOf = (body, prefix) => {
      body[body.length - 1] === SLASH && (prefix = makeRegexPrefix(body.slice(0, -1)));
      let head = prefix.slice(0, -1), last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    }, matchesBasename = (body) => {
      let index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    }, basenameOf = (path3) => {
      let end = path3.length - 1, index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    }, parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        let slices = path3.split(SLASH).filter(Boolean);
        return slices.pop(), slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      let end = path3.length - 1, cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    }, isString = (subject) => typeof subject == "string", checkPattern = (pattern) => pattern && isString(pattern), splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean), IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern, this.mark = mark, this.negative = negative, define(this, "body", body), define(this, "ignoreCase", ignoreCase), define(this, "regexPrefix", prefix);
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
        let key = UNDERSCORE + MODE_IGNORE;
        return this[key] ? this[key] : this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        let key = UNDERSCORE + MODE_CHECK_IGNORE;
        return this[key] ? this[key] : this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        let str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        ), regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    }, hasTrailingBackslash = (str) => {
      let count = 0;
      for (; str[str.length - count - 1] === ESCAPE; )
        count++;
      return count % 2 === 1;
    }, trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length, end;
      for (; ; ) {
        for (stripLineEnd && body[lineEnd - 1] === "\r" && lineEnd--, end = lineEnd; body[end - 1] === SPACE; )
          end--;
        if (!stripLineEnd || body[end - 1] !== `
`)
          break;
        lineEnd = end - 1;
      }
      if (end === lineEnd)
        return body.slice(0, lineEnd);
      let backslashes = 0;
      for (; body[end - backslashes - 1] === ESCAPE; )
        backslashes++;
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    }, createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#")
        return;
      let negative = !1;
      body[0] === "!" && (negative = !0, body = body.slice(1));
      let last = body[body.length - 1];
      if ((last === SPACE || stripLineEnd && (last === "\r" || last === `
`)) && (body = trimEnd(body, stripLineEnd)), !body || hasTrailingBackslash(body))
        return;
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      let regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    }, RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase, this._rules = [], this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules), this._basenameCount += pattern._rules._basenameCount, this._added = !0;
          return;
        }
        let isStr = isString(pattern), raw = isStr ? pattern : pattern.pattern, rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        rule && (this._added = !0, this._rules.push(rule), matchesBasename(rule.body) && this._basenameCount++);
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        return this._added = !1, this._split = isString(pattern), this._stripBOM = !this._split || pattern[0] === BOM, makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this), this._added && (this._literalRules = UNDEFINED), this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        let rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        )), ignored = !1, unignored = !1, matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative, unignored = rule.negative, matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        let ret = {
          ignored,
          unignored
        };
        return matchedRule && (ret.rule = matchedRule), ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        let rules = this._rules, { length } = rules, shortcut = this._basenameCount * 2 >= length, basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            let { negative } = rule, ret = {
              ignored: !negative,
              unignored: negative
            };
            return negative || (ret.rule = rule), ret;
          }
        }
        return {
          ignored: !1,
          unignored: !1
        };
      }
    }, throwError = (message, Ctor) => {
      throw new Ctor(message);
    }, checkPath = (path3, originalPath, doThrow) => isString(path3) ? path3 ? checkPath.isNotRelative(path3) ? doThrow(
      `path should be a \`path.relative()\`d string, but got "${originalPath}"`,
      RangeError
    ) : !0 : doThrow("path must not be empty", TypeError) : doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    ), isNotRelative = (path3) => {
      let first = path3.charCodeAt(0);
      if (first === SLASH_CODE)
        return !0;
      if (first !== DOT_CODE)
        return !1;
      if (path3.length === 1)
        return !0;
      let second = path3.charCodeAt(1);
      return second === SLASH_CODE ? !0 : second !== DOT_CODE ? !1 : path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target), Ignore = class {
      constructor({
        ignorecase = !0,
        ignoreCase = ignorecase,
        allowRelativePaths = !1
      } = {}) {
        define(this, KEY_IGNORE, !0), this._rules = new RuleManager(ignoreCase), this._strictPathCheck = !allowRelativePaths, this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null), this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        return this._rules.add(pattern) && this._initCache(), this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        return checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        ), path3 ? this._t(path3, cache) : {
          ignored: !1,
          unignored: !1
        };
      }
      checkIgnore(target) {
        let path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE)
          return this._test(target, this._testCache, path3);
        let dir = this._t(path3, this._testCache);
        if (dir.ignored)
          return dir;
        let literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        if (path3 in cache)
          return cache[path3];
        let parentPath = parentOf(path3), parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    }, factory = (options) => new Ignore(options), isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE), setupWindows = () => {
      let makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      let REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    // Detect `process` so that it can run in browsers.
    typeof process < "u" && process.platform === "win32" && setupWindows();
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// shared/jobs/resolvers.ts
import { stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// shared/jobs/asset-resolver.ts
import { createHash } from "node:crypto";
var ANONYMOUS_ENVIRONMENT_NAME = "CliV2AnonymousEnvironment", ANONYMOUS_COMPONENT_NAME = "azureml_anonymous", CODE_VERSION = "1";
function canonicalJson(value) {
  return Array.isArray(value) ? `[${value.map(canonicalJson).join(",")}]` : value !== null && typeof value == "object" ? `{${Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}` : JSON.stringify(value);
}
function contentVersion(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 32);
}
function inlineEnvironmentVersion(environment, contextHash) {
  return environment.build ? contentVersion({ build: contextHash ?? environment.build.context, dockerfilePath: environment.build.dockerfilePath ?? null, condaFile: environment.condaFile ?? null }) : contentVersion({ image: environment.image, condaFile: environment.condaFile ?? null });
}
function environmentLabel(environment) {
  return environment.image ?? `build ${environment.build?.context ?? ""}`;
}
function anonymousComponentVersion(spec) {
  let { name: _name, version: _version, ...content } = spec;
  return contentVersion(content);
}
function componentLabel(spec) {
  return typeof spec.command == "string" ? spec.command : [`${String(spec.type ?? "command")} component`, typeof spec.display_name == "string" ? spec.display_name : ""].filter(Boolean).join(" ");
}

// shared/jobs/snapshot.ts
var import_ignore = __toESM(require_ignore());
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
function throwIfCancelled(signal) {
  if (signal?.aborted) throw new CancelledError("Cancelled while preparing the code snapshot.");
}
var IGNORE_FILES = [".amlignore", ".gitignore"];
async function ignoreRulesIn(absoluteDir) {
  for (let name of IGNORE_FILES) {
    let text = await readFile(path.join(absoluteDir, name), "utf8").catch(() => {
    });
    if (text !== void 0) return (0, import_ignore.default)().add(text);
  }
}
function isIgnored(relative, scopes) {
  let ignored = !1;
  for (let scope of scopes) {
    let local = scope.base ? relative.slice(scope.base.length + 1) : relative, verdict = scope.rules.test(local);
    verdict.ignored ? ignored = !0 : verdict.unignored && (ignored = !1);
  }
  return ignored;
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function listSnapshotFiles(dir, options = {}) {
  let files = [], allowed = allowedFolders(options.containment ?? defaultContainment(), dir), visited = /* @__PURE__ */ new Set();
  async function walk(relativeDir, realDir, inherited) {
    if (visited.has(realDir)) return;
    visited.add(realDir), throwIfCancelled(options.signal);
    let absoluteDir = path.join(dir, relativeDir), rules = await ignoreRulesIn(absoluteDir), scopes = rules ? [...inherited, { base: relativeDir, rules }] : inherited, entries = await readdir(absoluteDir, { withFileTypes: !0 });
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (let entry of entries) {
      let relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name, isDirectory = entry.isDirectory(), isFile = entry.isFile(), real = path.join(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        if (isIgnored(relative, scopes) || isIgnored(`${relative}/`, scopes)) continue;
        let target = await realpath(path.join(absoluteDir, entry.name)).catch(() => {
        });
        if (target === void 0) continue;
        assertInside(target, allowed, `Code folder ${dir}`, relative);
        let info = await stat(target);
        isFile = info.isFile(), isDirectory = info.isDirectory(), real = target;
      }
      if (isDirectory) {
        if (entry.name === ".git" || isIgnored(`${relative}/`, scopes)) continue;
        await walk(relative, real, scopes);
      } else isFile && !isIgnored(relative, scopes) && files.push(relative);
    }
  }
  return await walk("", await realpath(dir), []), files.sort(byCodeUnit);
}
async function snapshotHash(dir, files, signal) {
  let hash = createHash2("sha256");
  for (let file of files) {
    throwIfCancelled(signal);
    let absolute = path.join(dir, ...file.split("/")), { size } = await stat(absolute);
    hash.update(`${file}\0${size}\0`);
    for await (let chunk of createReadStream(absolute)) hash.update(chunk);
  }
  return hash.digest("hex");
}
async function snapshotBytes(dir, files) {
  let bytes = 0;
  for (let file of files) bytes += (await stat(path.join(dir, ...file.split("/")))).size;
  return bytes;
}
async function uploadSnapshot(container, prefix, dir, files, options = {}) {
  let concurrency = Math.max(1, options.concurrency ?? 8), next = 0, bytes = 0;
  async function worker() {
    for (; next < files.length; ) {
      throwIfCancelled(options.signal);
      let file = files[next++], absolute = path.join(dir, ...file.split("/")), { size } = await stat(absolute);
      await container.getBlockBlobClient(`${prefix}/${file}`).uploadFile(absolute, { abortSignal: options.signal }).catch((error) => {
        throw throwIfCancelled(options.signal), error;
      }), bytes += size;
    }
  }
  return await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker)), { files: files.length, bytes };
}

// shared/jobs/workspace-assets.ts
async function existingId(get) {
  try {
    return (await get()).id ?? "";
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
}
async function ensureCodeVersion(client, scope, hash, snapshot) {
  let fallbackId = assetVersionArmId(scope, "codes", hash, CODE_VERSION), existing = await existingId(() => client.codeVersions.get(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : (await snapshot.upload(), { id: (await client.codeVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION, {
    properties: { codeUri: snapshot.codeUri, isAnonymous: !0 }
  })).id ?? fallbackId, created: !0 });
}
async function ensureEnvironmentVersion(client, scope, environment, context) {
  let version = inlineEnvironmentVersion(environment, context?.hash), fallbackId = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, version), existing = await existingId(() => client.environmentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : { id: (await client.environmentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version, {
    properties: {
      ...environment.image !== void 0 ? { image: environment.image } : {},
      ...environment.condaFile !== void 0 ? { condaFile: environment.condaFile } : {},
      ...environment.build ? { build: { contextUri: context?.contextUri ?? environment.build.context, ...environment.build.dockerfilePath ? { dockerfilePath: environment.build.dockerfilePath } : {} } } : {},
      isAnonymous: !0
    }
  })).id ?? fallbackId, created: !0 };
}
async function ensureComponentVersion(client, scope, spec) {
  let version = anonymousComponentVersion(spec), componentSpec = { ...spec, name: ANONYMOUS_COMPONENT_NAME, version }, fallbackId = assetVersionArmId(scope, "components", ANONYMOUS_COMPONENT_NAME, version), existing = await existingId(() => client.componentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_COMPONENT_NAME, version));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : { id: (await client.componentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_COMPONENT_NAME, version, {
    properties: { componentSpec, isAnonymous: !0 }
  })).id ?? fallbackId, created: !0 };
}

// shared/jobs/resolvers.ts
async function localSnapshot(localPath, options = {}) {
  let absolute = path2.resolve(localPath), isFile = (await stat2(absolute)).isFile(), dir = isFile ? path2.dirname(absolute) : absolute, files = isFile ? [path2.basename(absolute)] : await listSnapshotFiles(absolute, options), hash = await snapshotHash(dir, files, options.signal);
  return { dir, files, hash, prefix: isFile ? `LocalUpload/${hash}` : `LocalUpload/${hash}/${path2.basename(absolute)}`, isFile };
}
function isRemoteContext(context) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(context) || context.startsWith("git+");
}
async function localBuildContext(environment, options) {
  let context = environment.build?.context;
  return context === void 0 || isRemoteContext(context) ? void 0 : localSnapshot(context, options);
}
function datastoreUri(datastore, snapshot) {
  let base = `azureml://datastores/${datastore}/paths/${snapshot.prefix}`;
  return snapshot.isFile ? `${base}/${snapshot.files[0]}` : `${base}/`;
}
function workspacePlanningChecks(client, scope, container) {
  let { resourceGroup, workspaceName } = scope, exists = async (get) => {
    try {
      return await get(), !0;
    } catch (error) {
      if (error.statusCode === 404) return !1;
      throw error;
    }
  };
  return {
    codeVersionExists: (hash) => exists(() => client.codeVersions.get(resourceGroup, workspaceName, hash, CODE_VERSION)),
    environmentVersionExists: (version) => exists(() => client.environmentVersions.get(resourceGroup, workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version)),
    componentVersionExists: (version) => exists(() => client.componentVersions.get(resourceGroup, workspaceName, ANONYMOUS_COMPONENT_NAME, version)),
    inputUploaded: async (prefix) => container ? prefixExists(container, prefix) : void 0
  };
}
function createPlanningResolver(scope, options) {
  let actions = [], datastore = options.datastoreName ?? DEFAULT_DATASTORE, checks = options.checks, planned = /* @__PURE__ */ new Set(), plan = (action) => {
    let key = `${action.action} ${action.target}`;
    planned.has(key) || (planned.add(key), actions.push(action));
  };
  return {
    actions,
    async codeId(localPath) {
      let snapshot = await localSnapshot(localPath, options), target = assetVersionArmId(scope, "codes", snapshot.hash, CODE_VERSION);
      if (!planned.has(`upload-code ${target}`)) {
        let bytes = await snapshotBytes(snapshot.dir, snapshot.files);
        plan({ action: "upload-code", source: localPath, target, files: snapshot.files.length, bytes, exists: await checks?.codeVersionExists(snapshot.hash) });
      }
      return target;
    },
    async environmentId(environment) {
      let context = await localBuildContext(environment, options);
      context && plan({ action: "upload-build-context", source: context.dir, target: `${datastore}:${context.prefix}`, files: context.files.length });
      let version = inlineEnvironmentVersion(environment, context?.hash), target = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, version);
      return planned.has(`register-environment ${target}`) || plan({ action: "register-environment", source: environmentLabel(environment), target, exists: await checks?.environmentVersionExists(version) }), target;
    },
    async inputUri(localPath, _type) {
      let snapshot = await localSnapshot(localPath, options), target = datastoreUri(datastore, snapshot);
      if (!planned.has(`upload-input ${target}`)) {
        let bytes = await snapshotBytes(snapshot.dir, snapshot.files);
        plan({ action: "upload-input", source: localPath, target, files: snapshot.files.length, bytes, exists: await checks?.inputUploaded(snapshot.prefix) });
      }
      return target;
    },
    async componentId(spec) {
      let version = anonymousComponentVersion(spec), target = assetVersionArmId(scope, "components", ANONYMOUS_COMPONENT_NAME, version);
      return planned.has(`register-component ${target}`) || plan({ action: "register-component", source: componentLabel(spec), target, componentSpec: spec, exists: await checks?.componentVersionExists(version) }), target;
    },
    async latestVersion(assetType, name) {
      let version = await options.latestVersion(assetType, name);
      return actions.push({ action: "resolve-latest", source: `azureml:${name}@latest (${assetType})`, target: `version ${version}` }), version;
    }
  };
}
function withoutQuery(url) {
  let query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}
async function prefixExists(container, prefix) {
  let first = await container.listBlobsFlat({ prefix: `${prefix}/` }).byPage({ maxPageSize: 1 }).next();
  return !first.done && first.value.segment.blobItems.length > 0;
}
async function uploadLocalSnapshot(container, snapshot, options = {}) {
  let reused = await prefixExists(container, snapshot.prefix);
  return reused || await uploadSnapshot(container, snapshot.prefix, snapshot.dir, snapshot.files, options), { reused };
}
function createWorkspaceResolver(options) {
  let { client, scope, container } = options, datastore = options.datastoreName ?? DEFAULT_DATASTORE, cache = /* @__PURE__ */ new Map(), report = options.onAction ?? (() => {
  });
  function once(key, produce) {
    let result = cache.get(key);
    return result || (result = produce(), cache.set(key, result)), result;
  }
  return {
    codeId: (localPath) => once(`code:${path2.resolve(localPath)}`, async () => {
      let snapshot = await localSnapshot(localPath, options), ensured = await ensureCodeVersion(client, scope, snapshot.hash, {
        codeUri: `${withoutQuery(container.url)}/${snapshot.prefix}`,
        upload: () => uploadSnapshot(container, snapshot.prefix, snapshot.dir, snapshot.files, options)
      });
      return report({ action: "upload-code", source: localPath, target: ensured.id, files: snapshot.files.length, reused: !ensured.created }), ensured.id;
    }),
    inputUri: (localPath) => once(`input:${path2.resolve(localPath)}`, async () => {
      let snapshot = await localSnapshot(localPath, options), { reused } = await uploadLocalSnapshot(container, snapshot, options), target = datastoreUri(datastore, snapshot);
      return report({ action: "upload-input", source: localPath, target, files: snapshot.files.length, reused }), target;
    }),
    async environmentId(environment) {
      let snapshot = await localBuildContext(environment, options), context;
      if (snapshot) {
        let { reused } = await uploadLocalSnapshot(container, snapshot, options);
        context = { contextUri: `${withoutQuery(container.url)}/${snapshot.prefix}/`, hash: snapshot.hash }, report({ action: "upload-build-context", source: snapshot.dir, target: context.contextUri, files: snapshot.files.length, reused });
      }
      let ensured = await ensureEnvironmentVersion(client, scope, environment, context);
      return report({ action: "register-environment", source: environmentLabel(environment), target: ensured.id, reused: !ensured.created }), ensured.id;
    },
    async componentId(spec) {
      let ensured = await ensureComponentVersion(client, scope, spec);
      return report({ action: "register-component", source: componentLabel(spec), target: ensured.id, reused: !ensured.created }), ensured.id;
    },
    latestVersion: (assetType, name) => latestAssetVersion(client, scope, assetType, name)
  };
}

export {
  ANONYMOUS_COMPONENT_NAME,
  anonymousComponentVersion,
  localSnapshot,
  datastoreUri,
  workspacePlanningChecks,
  createPlanningResolver,
  uploadLocalSnapshot,
  createWorkspaceResolver
};
