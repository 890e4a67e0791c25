import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  sendJson,
  watchJob
} from "./chunk-OBMIWY7A.mjs";
import {
  ANONYMOUS_COMPONENT_NAME,
  ANONYMOUS_ENVIRONMENT_NAME,
  CODE_VERSION,
  anonymousComponentVersion,
  assetVersionArmId,
  callService,
  datastoreArmId,
  ensureCodeVersion,
  ensureComponentVersion,
  ensureEnvironmentVersion,
  inlineEnvironmentVersion,
  isNotFound,
  latestAssetVersion,
  openBlobDatastore,
  parseAssetReference,
  resolveComputeId,
  workspaceArmId
} from "./chunk-EIKWU7Y7.mjs";
import {
  allowedFolders,
  assertInside,
  codeBlock,
  containedPath,
  createEvent,
  defaultContainment,
  escapeMarkdown,
  formatNumber,
  lineageTags,
  publishEvent,
  table
} from "./chunk-Q4ZZZQMO.mjs";
import {
  parseBoundedYaml,
  require_dist
} from "./chunk-GDUGRL7J.mjs";
import {
  connectWorkspace
} from "./chunk-VYL244JR.mjs";
import "./chunk-H45GLWZJ.mjs";
import {
  CancelledError,
  ConfigurationError,
  ServiceError,
  SettingError,
  errorMessage
} from "./chunk-V4Z2CQOR.mjs";
import "./chunk-KAKRY47Q.mjs";
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
    }, basenameOf = (path9) => {
      let end = path9.length - 1, index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    }, parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        let slices = path9.split(SLASH).filter(Boolean);
        return slices.pop(), slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      let end = path9.length - 1, cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
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
      testLiteral(path9) {
        let rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        )), ignored = !1, unignored = !1, matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule.checkRegex.test(path9)) {
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
      test(path9, mode) {
        let rules = this._rules, { length } = rules, shortcut = this._basenameCount * 2 >= length, basename = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path9
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
    }, checkPath = (path9, originalPath, doThrow) => isString(path9) ? path9 ? checkPath.isNotRelative(path9) ? doThrow(
      `path should be a \`path.relative()\`d string, but got "${originalPath}"`,
      RangeError
    ) : !0 : doThrow("path must not be empty", TypeError) : doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    ), isNotRelative = (path9) => {
      let first = path9.charCodeAt(0);
      if (first === SLASH_CODE)
        return !0;
      if (first !== DOT_CODE)
        return !1;
      if (path9.length === 1)
        return !0;
      let second = path9.charCodeAt(1);
      return second === SLASH_CODE ? !0 : second !== DOT_CODE ? !1 : path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path9) {
        return checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        ), path9 ? this._t(path9, cache) : {
          ignored: !1,
          unignored: !1
        };
      }
      checkIgnore(target) {
        let path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE)
          return this._test(target, this._testCache, path9);
        let dir = this._t(path9, this._testCache);
        if (dir.ignored)
          return dir;
        let literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache) {
        if (path9 in cache)
          return cache[path9];
        let parentPath = parentOf(path9), parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    }, factory = (options) => new Ignore(options), isPathValid = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE), setupWindows = () => {
      let makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      let REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    // Detect `process` so that it can run in browsers.
    typeof process < "u" && process.platform === "win32" && setupWindows();
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// shared/steps/train-run.ts
import path8 from "node:path";

// shared/azure/jobs.ts
var MODEL_OUTPUT_TYPES = /* @__PURE__ */ new Set(["mlflow_model", "custom_model", "triton_model"]);
async function getJob(workspace, name, abortSignal) {
  return callService(`Reading job '${name}'`, () => workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name, { abortSignal }));
}
async function findJob(workspace, name, input) {
  try {
    return await workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name);
  } catch (error) {
    throw isNotFound(error) ? new ConfigurationError(`Input '${input}': there is no job '${name}' in workspace '${workspace.workspaceName}'.`) : error;
  }
}
async function cancelJob(workspace, name) {
  await callService(
    `Cancelling job '${name}'`,
    () => workspace.client.jobs.beginCancelAndWait(workspace.resourceGroup, workspace.workspaceName, name, { updateIntervalInMs: 1e3 })
  );
}
function studioUrl(job, ref) {
  let studio = job.properties.services?.Studio?.endpoint;
  if (studio) return studio;
  let wsid = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return `https://ml.azure.com/runs/${encodeURIComponent(job.name ?? "")}?wsid=${encodeURIComponent(wsid)}`;
}
function modelOutputUri(job) {
  let outputs = job.properties.outputs ?? {}, models = Object.entries(outputs).filter(([, output]) => output && MODEL_OUTPUT_TYPES.has(output.jobOutputType ?? "")), chosen = models.find(([name]) => name === "model") ?? models[0];
  return chosen ? `azureml://jobs/${job.name}/outputs/${chosen[0]}` : void 0;
}

// shared/azure/job-logs.ts
var USER_LOG = /^user_logs\/std_log[^/]*\.txt$/;
async function readBlobFrom(sasUrl, offset) {
  let { BlobClient } = await import("./esm-GDTDKBLX.mjs");
  try {
    let response = await new BlobClient(sasUrl).download(offset), chunks = [];
    for await (let chunk of response.readableStreamBody ?? []) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } catch (error) {
    let status = error.statusCode;
    if (status === 416 || status === 404) return;
    throw error;
  }
}
var JobLogTail = class {
  constructor(read = readBlobFrom) {
    this.read = read;
  }
  read;
  offsets = /* @__PURE__ */ new Map();
  partial = /* @__PURE__ */ new Map();
  recent = [];
  async poll(details) {
    let lines = [], files = Object.entries(details.logFiles ?? {}).filter(([name]) => USER_LOG.test(name)).sort(([a], [b]) => a.localeCompare(b));
    for (let [name, url] of files) {
      let offset = this.offsets.get(name) ?? 0, bytes = await this.read(url, offset);
      if (!bytes || bytes.length === 0) continue;
      this.offsets.set(name, offset + bytes.length);
      let parts = ((this.partial.get(name) ?? "") + bytes.toString("utf8")).split(/\r?\n/);
      this.partial.set(name, parts.pop() ?? ""), lines.push(...parts.map((line) => files.length > 1 ? `[${name.replace(/^user_logs\//, "")}] ${line}` : line));
    }
    return this.remember(lines), lines;
  }
  /** Lines still without a newline once the job has ended. */
  flush() {
    let rest = [...this.partial.values()].filter((line) => line !== "");
    return this.partial.clear(), this.remember(rest), rest;
  }
  /** The last lines seen, for a failure summary. */
  tail() {
    return [...this.recent];
  }
  remember(lines) {
    this.recent.push(...lines), this.recent.length > 50 && this.recent.splice(0, this.recent.length - 50);
  }
};

// shared/azure/tracking.ts
async function trackingEndpoints(client, ref) {
  let trackingUri = (await callService(`Reading workspace '${ref.workspaceName}'`, () => client.workspaces.get(ref.resourceGroup, ref.workspaceName))).mlFlowTrackingUri;
  if (!trackingUri) throw new ServiceError(`Workspace '${ref.workspaceName}' reports no MLflow tracking URI.`);
  let host = new URL(trackingUri.replace(/^azureml:/, "https:")).host, scope = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return { mlflow: `https://${host}/mlflow/v1.0${scope}/api/2.0/mlflow`, history: `https://${host}/history/v1.0${scope}` };
}
async function runMetrics(client, endpoints, runId) {
  let { run } = await sendJson(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(runId)}`);
  return latestMetrics(run);
}
function latestMetrics(run) {
  let latest = /* @__PURE__ */ new Map();
  for (let metric of run.data?.metrics ?? []) {
    let order = (metric.timestamp ?? 0) * 1e6 + (metric.step ?? 0), seen = latest.get(metric.key);
    (!seen || order >= seen.order) && latest.set(metric.key, { value: metric.value, order });
  }
  return Object.fromEntries([...latest].map(([key, { value }]) => [key, value]));
}
async function childRunMetrics(client, endpoints, parentRunId) {
  let { run: parent } = await sendJson(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(parentRunId)}`), children = [], pageToken;
  do {
    let page = await sendJson(client, "POST", `${endpoints.mlflow}/runs/search`, {
      experiment_ids: parent.info.experiment_id ? [parent.info.experiment_id] : [],
      filter: `tags.mlflow.parentRunId = '${parentRunId}'`,
      max_results: 1e3,
      page_token: pageToken
    });
    for (let run of page.runs ?? []) {
      let name = run.data?.tags?.find((tag) => tag.key === "mlflow.runName")?.value ?? run.info.run_name ?? run.info.run_id;
      children.push({ runId: run.info.run_id, name, metrics: latestMetrics(run) });
    }
    pageToken = page.next_page_token || void 0;
  } while (pageToken);
  return children;
}
function runDetails(client, endpoints, runId, abortSignal) {
  return sendJson(client, "GET", `${endpoints.history}/runs/${encodeURIComponent(runId)}/details`, void 0, abortSignal);
}

// shared/azure/job-metrics.ts
async function jobMetrics(client, tracking, job, step) {
  if (job.properties.jobType !== "Pipeline") return runMetrics(client, tracking, job.name);
  let children = await childRunMetrics(client, tracking, job.name);
  if (step) {
    let chosen = children.find((child) => child.name === step || child.runId === step);
    if (!chosen) throw new SettingError("metricsStep", `pipeline job ${job.name} has no step '${step}' (steps: ${children.map((child) => child.name).join(", ") || "none"}).`);
    return chosen.metrics;
  }
  let merged = {};
  for (let child of children) for (let [key, value] of Object.entries(child.metrics)) merged[children.length > 1 ? `${child.name}.${key}` : key] = value;
  return merged;
}

// shared/steps/input-errors.ts
async function withInputNames(host, inputs, call) {
  try {
    return await call();
  } catch (error) {
    throw error instanceof SettingError && inputs[error.setting] ? new ConfigurationError(`Input '${host.inputLabel(inputs[error.setting])}': ${error.message}`) : error;
  }
}

// shared/jobs/job-file.ts
var import_yaml = __toESM(require_dist());
import { readFile } from "node:fs/promises";
import path from "node:path";

// shared/jobs/spec-fields.ts
function isMapping(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function fieldPath(parent, key) {
  return parent ? `${parent}.${key}` : key;
}
function describe(value) {
  return value == null ? "nothing" : Array.isArray(value) ? "a list" : isMapping(value) ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}
function expectMapping(value, path9) {
  if (!isMapping(value)) throw new ConfigurationError(`${path9}: expected a mapping, got ${describe(value)}.`);
  return value;
}
function rejectUnknownFields(mapping, allowed, path9) {
  for (let key of Object.keys(mapping))
    if (!allowed.includes(key))
      throw new ConfigurationError(
        `${fieldPath(path9, key)}: field not supported in this job file; supported here: ${allowed.filter((k) => !k.startsWith("$")).join(", ")}.`
      );
}
function optionalString(mapping, key, path9) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "string") throw new ConfigurationError(`${fieldPath(path9, key)}: expected a string, got ${describe(value)}.`);
    return value;
  }
}
function requiredString(mapping, key, path9) {
  let value = optionalString(mapping, key, path9);
  if (value === void 0 || value.trim() === "") throw new ConfigurationError(`${fieldPath(path9, key)}: required, and must be a non-empty string.`);
  return value;
}
function optionalInteger(mapping, key, path9, min = 0) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "number" || !Number.isInteger(value) || value < min)
      throw new ConfigurationError(`${fieldPath(path9, key)}: expected an integer \u2265 ${min}, got ${describe(value)}.`);
    return value;
  }
}
function optionalBoolean(mapping, key, path9) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "boolean") throw new ConfigurationError(`${fieldPath(path9, key)}: expected true or false, got ${describe(value)}.`);
    return value;
  }
}
function scalarText(value, path9) {
  if (typeof value == "string") return value;
  if (typeof value == "boolean") return value ? "True" : "False";
  if (typeof value == "number" && Number.isFinite(value)) return String(value);
  throw new ConfigurationError(`${path9}: expected a string, number or boolean, got ${describe(value)}.`);
}
function optionalStringMap(mapping, key, path9) {
  let value = mapping[key];
  if (value == null) return;
  let map = expectMapping(value, fieldPath(path9, key)), result = {};
  for (let [name, item] of Object.entries(map))
    result[name] = item === null ? "" : scalarText(item, fieldPath(fieldPath(path9, key), name));
  return result;
}
function optionalMapping(mapping, key, path9) {
  let value = mapping[key];
  if (value != null)
    return expectMapping(value, fieldPath(path9, key));
}

// shared/jobs/job-file.ts
var JOB_TYPES = ["command", "pipeline"];
function jobTypeOf(spec, source) {
  let type = spec.type ?? "command";
  if (typeof type != "string" || !JOB_TYPES.includes(type))
    throw new ConfigurationError(`${source}: job type ${JSON.stringify(type)} is not supported; accepted types: ${JOB_TYPES.join(", ")}.`);
  return type;
}
async function parseYamlFile(filePath) {
  let text;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    throw new ConfigurationError(`Cannot read the job file ${filePath}: ${errorMessage(error)}`);
  }
  return parseBoundedYaml(text, filePath);
}
async function loadJobFile(filePath) {
  let absolute = path.resolve(filePath), spec = await parseYamlFile(absolute);
  if (!isMapping(spec))
    throw new ConfigurationError(`${absolute}: a job file must be a YAML mapping (keys such as command, environment, compute), not ${Array.isArray(spec) ? "a list" : typeof spec}.`);
  return { path: absolute, dir: path.dirname(absolute), type: jobTypeOf(spec, absolute), spec };
}
function parseOverrideValue(raw) {
  if (raw === "") return "";
  try {
    let value = (0, import_yaml.parse)(raw);
    return value === null || typeof value != "object" ? value : raw;
  } catch {
    return raw;
  }
}
function cloneMapping(spec) {
  return structuredClone(spec);
}
var REFUSED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function setPath(spec, keyPath, value, line) {
  let keys = keyPath.split(".");
  if (keys.some((key) => key.trim() === ""))
    throw new ConfigurationError(`set: ${JSON.stringify(line)} has an empty key; write key.path=value, e.g. inputs.learning_rate=0.01.`);
  let refused = keys.find((key) => REFUSED_KEYS.has(key.trim()));
  if (refused) throw new ConfigurationError(`set: ${JSON.stringify(line)} uses the key ${JSON.stringify(refused)}, which is not a job field.`);
  let node = spec, walked = "";
  for (let key of keys.slice(0, -1)) {
    walked = fieldPath(walked, key);
    let next = Object.hasOwn(node, key) ? node[key] : void 0;
    if (next == null)
      node[key] = {};
    else if (!isMapping(next))
      throw new ConfigurationError(`set: cannot set ${keyPath} because ${walked} is not a mapping.`);
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}
function applySetOverrides(spec, lines) {
  let result = cloneMapping(spec);
  for (let line of lines) {
    if (line.trim() === "") continue;
    let equals = line.indexOf("=");
    if (equals <= 0) throw new ConfigurationError(`set: ${JSON.stringify(line)} is not key.path=value (e.g. compute=azureml:gpu-cluster).`);
    setPath(result, line.slice(0, equals).trim(), parseOverrideValue(line.slice(equals + 1).trim()), line);
  }
  return result;
}
function applyNamedOverrides(spec, overrides) {
  let result = cloneMapping(spec);
  if (overrides.experimentName && (result.experiment_name = overrides.experimentName), overrides.compute && (result.compute = overrides.compute), overrides.displayName && (result.display_name = overrides.displayName), overrides.tags && Object.keys(overrides.tags).length > 0) {
    let existing = result.tags;
    if (existing != null && !isMapping(existing)) throw new ConfigurationError("tags: expected a mapping in the job file.");
    result.tags = { ...existing ?? {}, ...overrides.tags };
  }
  return result;
}

// shared/jobs/command-parts.ts
var import_yaml2 = __toESM(require_dist());
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";

// shared/jobs/job-io.ts
import { stat } from "node:fs/promises";
import path2 from "node:path";
var DATA_INPUT_TYPES = ["uri_file", "uri_folder", "mltable", "mlflow_model", "custom_model", "triton_model"], OUTPUT_TYPES = DATA_INPUT_TYPES, INPUT_MODES = {
  ro_mount: "ReadOnlyMount",
  rw_mount: "ReadWriteMount",
  download: "Download",
  direct: "Direct",
  eval_mount: "EvalMount",
  eval_download: "EvalDownload"
}, OUTPUT_MODES = { rw_mount: "ReadWriteMount", upload: "Upload" }, REMOTE_SCHEMES = ["https", "http", "wasbs", "wasb", "abfss", "abfs", "adl", "azureml"], BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;
function bindingsIn(text) {
  return [...text.matchAll(BINDING)].map((match) => match[1]);
}
function literalTypeOf(value) {
  return typeof value == "boolean" ? "boolean" : typeof value == "number" ? Number.isInteger(value) ? "integer" : "number" : "string";
}
function isLocalPath(value) {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) || /^[a-zA-Z]:[\\/]/.test(value);
}
function modelOrData(type) {
  return type.endsWith("_model") ? "models" : "data";
}
async function localInputUri(value, type, where, ctx) {
  if (type !== "uri_file" && type !== "uri_folder" && type !== "mltable")
    throw new ConfigurationError(`${where}: a local path is not supported for type ${type}; register the model and use azureml:<name>:<version>.`);
  let absolute = path2.resolve(ctx.baseDir, value), info = await stat(absolute).catch(() => {
  });
  if (!info) throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  if (type === "uri_file" && !info.isFile()) throw new ConfigurationError(`${where}: type uri_file needs a file, but ${absolute} is a directory.`);
  if (type !== "uri_file" && !info.isDirectory()) throw new ConfigurationError(`${where}: type ${type} needs a folder, but ${absolute} is a file.`);
  return ctx.resolver.inputUri(absolute, type);
}
async function resolveInputPath(value, type, where, ctx) {
  let reference = parseAssetReference(value, where);
  if (reference) {
    let assetType = modelOrData(type);
    switch (reference.kind) {
      case "armId":
        return `azureml:${reference.id}`;
      case "uri":
        return reference.uri;
      case "version":
        return `azureml:${assetVersionArmId(ctx.scope, assetType, reference.name, reference.version)}`;
      case "latest":
        return `azureml:${assetVersionArmId(ctx.scope, assetType, reference.name, await ctx.resolver.latestVersion(assetType, reference.name))}`;
    }
  }
  if (isLocalPath(value)) return localInputUri(value, type, where, ctx);
  let scheme = value.slice(0, value.indexOf(":"));
  if (!REMOTE_SCHEMES.includes(scheme.toLowerCase()))
    throw new ConfigurationError(`${where}: URI scheme "${scheme}" is not supported; accepted: azureml:, ${REMOTE_SCHEMES.filter((s) => s !== "azureml").join(", ")} or a local path.`);
  return value;
}
function dataType(value, where, fallback, accepted) {
  if (value == null) return fallback;
  if (typeof value != "string" || !accepted.includes(value))
    throw new ConfigurationError(`${where}: type ${JSON.stringify(value)} is not supported; accepted: ${accepted.join(", ")}.`);
  return value;
}
function deliveryMode(value, where, modes) {
  if (value === void 0) return;
  let mode = modes[value];
  if (!mode) throw new ConfigurationError(`${where}: mode ${JSON.stringify(value)} is not supported; accepted: ${Object.keys(modes).join(", ")}.`);
  return mode;
}
async function parseInput(value, where, ctx, allowBindings) {
  if (value == null) throw new ConfigurationError(`${where}: an input needs a value or a mapping with type and path.`);
  if (!isMapping(value)) {
    let text = scalarText(value, where);
    if (typeof value == "string" && bindingsIn(value).length > 0) {
      if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
      return { kind: "binding", value: text };
    }
    return { kind: "literal", value: text, literalType: literalTypeOf(value) };
  }
  rejectUnknownFields(value, ["type", "path", "mode", "description"], where);
  let type = dataType(value.type, fieldPath(where, "type"), "uri_folder", DATA_INPUT_TYPES), rawPath = optionalString(value, "path", where);
  if (rawPath === void 0) throw new ConfigurationError(`${fieldPath(where, "path")}: required for an input of type ${type}.`);
  let mode = deliveryMode(optionalString(value, "mode", where), fieldPath(where, "mode"), INPUT_MODES), description = optionalString(value, "description", where);
  if (bindingsIn(rawPath).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${fieldPath(where, "path")}: binding ${JSON.stringify(rawPath)} is only valid inside a pipeline job.`);
    return { kind: "binding", value: rawPath };
  }
  let uri = await resolveInputPath(rawPath, type, fieldPath(where, "path"), ctx);
  return { kind: "data", type, uri, mode, description };
}
function parseOutput(value, where, allowBindings) {
  if (value == null) return { kind: "data", type: "uri_folder", configured: !1 };
  if (typeof value == "string" && bindingsIn(value).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
    return { kind: "binding", value };
  }
  let mapping = expectMapping(value, where);
  rejectUnknownFields(mapping, ["type", "mode", "path", "description"], where);
  let type = dataType(mapping.type, fieldPath(where, "type"), "uri_folder", OUTPUT_TYPES), mode = deliveryMode(optionalString(mapping, "mode", where), fieldPath(where, "mode"), OUTPUT_MODES), uri = optionalString(mapping, "path", where);
  if (uri !== void 0 && isLocalPath(uri))
    throw new ConfigurationError(`${fieldPath(where, "path")}: an output path must be remote (azureml://datastores/<name>/paths/<path>), not the local path ${JSON.stringify(uri)}.`);
  return { kind: "data", type, mode, uri, description: optionalString(mapping, "description", where), configured: !0 };
}
async function parseInputs(value, where, ctx, allowBindings) {
  let result = /* @__PURE__ */ new Map();
  if (value == null) return result;
  for (let [name, item] of Object.entries(expectMapping(value, where)))
    result.set(name, await parseInput(item, fieldPath(where, name), ctx, allowBindings));
  return result;
}
function parseOutputs(value, where, allowBindings) {
  let result = /* @__PURE__ */ new Map();
  if (value == null) return result;
  for (let [name, item] of Object.entries(expectMapping(value, where)))
    result.set(name, parseOutput(item, fieldPath(where, name), allowBindings));
  return result;
}
function restInput(input) {
  switch (input.kind) {
    case "literal":
    case "binding":
      return { jobInputType: "literal", value: input.value };
    case "data":
      return {
        jobInputType: input.type,
        uri: input.uri,
        ...input.mode ? { mode: input.mode } : {},
        ...input.description ? { description: input.description } : {}
      };
  }
}
function restOutput(output, where) {
  if (output.kind === "binding") throw new ConfigurationError(`${where}: binding ${JSON.stringify(output.value)} is only valid inside a pipeline step.`);
  return {
    jobOutputType: output.type,
    ...output.mode ? { mode: output.mode } : {},
    ...output.uri ? { uri: output.uri } : {},
    ...output.description ? { description: output.description } : {}
  };
}
function mapToRecord(map, convert) {
  if (map.size === 0) return;
  let result = {};
  for (let [name, item] of map) result[name] = convert(item, name);
  return result;
}

// shared/jobs/command-parts.ts
var COMMAND_FIELDS = [
  "command",
  "code",
  "environment",
  "compute",
  "inputs",
  "outputs",
  "environment_variables",
  "resources",
  "distribution",
  "limits",
  "identity"
];
async function resolveCode(value, where, ctx) {
  let reference = parseAssetReference(value, where);
  if (reference) {
    if (reference.kind === "armId") return reference.id;
    if (reference.kind === "uri") return reference.uri;
    if (reference.kind === "version") return assetVersionArmId(ctx.scope, "codes", reference.name, reference.version);
    throw new ConfigurationError(`${where}: code @latest is not supported; use azureml:<name>:<version> or a local folder.`);
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value) || value.startsWith("git+"))
    throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not supported; code must be a local folder or azureml:<name>:<version>.`);
  let absolute = path3.resolve(ctx.baseDir, value);
  if (!await stat2(absolute).catch(() => {
  }))
    throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  return ctx.resolver.codeId(absolute);
}
async function condaFileText(value, where, baseDir) {
  if (isMapping(value)) return (0, import_yaml2.stringify)(value);
  if (typeof value != "string" || value === "") throw new ConfigurationError(`${where}: expected a path to a conda YAML file or an inline mapping.`);
  let absolute = path3.resolve(baseDir, value);
  try {
    return await readFile2(absolute, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${where}: cannot read ${absolute}: ${errorMessage(error)}`);
  }
}
async function resolveEnvironment(value, where, ctx) {
  if (typeof value == "string") {
    let reference = parseAssetReference(value, where);
    if (!reference)
      throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not an environment; accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., or a mapping with image (and conda_file).`);
    switch (reference.kind) {
      case "armId":
        return reference.id;
      case "uri":
        return reference.uri;
      case "version":
        return assetVersionArmId(ctx.scope, "environments", reference.name, reference.version);
      case "latest":
        return assetVersionArmId(ctx.scope, "environments", reference.name, await ctx.resolver.latestVersion("environments", reference.name));
    }
  }
  let inline = expectMapping(value, where);
  rejectUnknownFields(inline, ["$schema", "image", "conda_file"], where);
  let image = requiredString(inline, "image", where), condaFile = inline.conda_file === void 0 || inline.conda_file === null ? void 0 : await condaFileText(inline.conda_file, fieldPath(where, "conda_file"), ctx.baseDir);
  return ctx.resolver.environmentId(condaFile === void 0 ? { image } : { image, condaFile });
}
function parseResources(mapping, where) {
  rejectUnknownFields(mapping, ["instance_count", "instance_type", "shm_size", "docker_args", "properties"], where);
  let resources = {}, instanceCount = optionalInteger(mapping, "instance_count", where, 1);
  instanceCount !== void 0 && (resources.instanceCount = instanceCount);
  let instanceType = optionalString(mapping, "instance_type", where);
  instanceType !== void 0 && (resources.instanceType = instanceType);
  let shmSize = optionalString(mapping, "shm_size", where);
  if (shmSize !== void 0) {
    if (!/^\d+[bBkKmMgG]$/.test(shmSize)) throw new ConfigurationError(`${fieldPath(where, "shm_size")}: expected <number><unit> with unit b, k, m or g (e.g. 2g), got ${JSON.stringify(shmSize)}.`);
    resources.shmSize = shmSize;
  }
  let dockerArgs = optionalString(mapping, "docker_args", where);
  dockerArgs !== void 0 && (resources.dockerArgs = dockerArgs);
  let properties = optionalMapping(mapping, "properties", where);
  if (properties) {
    resources.properties = {};
    for (let [key, item] of Object.entries(properties))
      resources.properties[key] = expectMapping(item, fieldPath(fieldPath(where, "properties"), key));
  }
  return resources;
}
var DISTRIBUTIONS = {
  pytorch: { type: "PyTorch", fields: ["process_count_per_instance"] },
  mpi: { type: "Mpi", fields: ["process_count_per_instance"] },
  tensorflow: { type: "TensorFlow", fields: ["worker_count", "parameter_server_count"] }
};
function parseDistribution(mapping, where) {
  let typeName = typeof mapping.type == "string" ? mapping.type.toLowerCase() : void 0, kind = typeName ? DISTRIBUTIONS[typeName] : void 0;
  if (!kind) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(mapping.type ?? null)} is not a distribution type; accepted: ${Object.keys(DISTRIBUTIONS).join(", ")}.`);
  if (rejectUnknownFields(mapping, ["type", ...kind.fields], where), kind.type === "TensorFlow") {
    let workerCount = optionalInteger(mapping, "worker_count", where, 1), parameterServerCount = optionalInteger(mapping, "parameter_server_count", where);
    return {
      distributionType: "TensorFlow",
      ...workerCount !== void 0 ? { workerCount } : {},
      ...parameterServerCount !== void 0 ? { parameterServerCount } : {}
    };
  }
  let processCountPerInstance = optionalInteger(mapping, "process_count_per_instance", where, 1);
  return { distributionType: kind.type, ...processCountPerInstance !== void 0 ? { processCountPerInstance } : {} };
}
function secondsToIsoDuration(seconds) {
  let days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600), minutes = Math.floor(seconds % 3600 / 60), rest = seconds % 60, time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${rest ? `${rest}S` : ""}`, duration = `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
  return duration === "P" ? "PT0S" : duration;
}
function parseLimits(mapping, where) {
  rejectUnknownFields(mapping, ["timeout"], where);
  let timeout = mapping.timeout;
  if (timeout == null) return { jobLimitsType: "Command" };
  if (typeof timeout == "number" && Number.isInteger(timeout) && timeout > 0) return { jobLimitsType: "Command", timeout: secondsToIsoDuration(timeout) };
  if (typeof timeout == "string" && /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(timeout)) return { jobLimitsType: "Command", timeout };
  throw new ConfigurationError(`${fieldPath(where, "timeout")}: expected a whole number of seconds > 0 (or an ISO 8601 duration such as PT2H), got ${JSON.stringify(timeout)}.`);
}
function parseIdentity(mapping, where) {
  let type = mapping.type;
  if (type === "aml_token")
    return rejectUnknownFields(mapping, ["type"], where), { identityType: "AMLToken" };
  if (type === "user_identity")
    return rejectUnknownFields(mapping, ["type"], where), { identityType: "UserIdentity" };
  if (type === "managed" || type === "managed_identity") {
    rejectUnknownFields(mapping, ["type", "client_id", "object_id", "resource_id"], where);
    let clientId = optionalString(mapping, "client_id", where), objectId = optionalString(mapping, "object_id", where), resourceId = optionalString(mapping, "resource_id", where);
    return {
      identityType: "Managed",
      ...clientId ? { clientId } : {},
      ...objectId ? { objectId } : {},
      ...resourceId ? { resourceId } : {}
    };
  }
  throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not an identity type; accepted: aml_token, managed, user_identity.`);
}
function parseIdentityField(spec, where) {
  let identity = optionalMapping(spec, "identity", where);
  return identity ? parseIdentity(identity, fieldPath(where, "identity")) : void 0;
}
function checkCommandReferences(command, inputs, outputs, where) {
  for (let expression of bindingsIn(command)) {
    let match = /^(inputs|outputs)\.([A-Za-z0-9_.]+)$/.exec(expression);
    if (!match)
      throw new ConfigurationError(`${where}: \${{${expression}}} is not supported in a command; use \${{inputs.<name>}} or \${{outputs.<name>}}.`);
    if (!(match[1] === "inputs" ? inputs : outputs).has(match[2]))
      throw new ConfigurationError(`${where}: \${{${expression}}} names ${match[1].slice(0, -1)} "${match[2]}", which is not declared under ${match[1]}.`);
  }
}
async function parseNodeAttributes(spec, where, ctx, inPipeline) {
  let attributes = {
    inputs: await parseInputs(spec.inputs, fieldPath(where, "inputs"), ctx, inPipeline),
    outputs: parseOutputs(spec.outputs, fieldPath(where, "outputs"), inPipeline)
  }, compute = optionalString(spec, "compute", where);
  compute !== void 0 && (attributes.computeId = resolveComputeId(ctx.scope, compute, fieldPath(where, "compute")));
  let environmentVariables = optionalStringMap(spec, "environment_variables", where);
  environmentVariables && (attributes.environmentVariables = environmentVariables);
  let resources = optionalMapping(spec, "resources", where);
  resources && (attributes.resources = parseResources(resources, fieldPath(where, "resources")));
  let distribution = optionalMapping(spec, "distribution", where);
  distribution && (attributes.distribution = parseDistribution(distribution, fieldPath(where, "distribution")));
  let limits = optionalMapping(spec, "limits", where);
  limits && (attributes.limits = parseLimits(limits, fieldPath(where, "limits")));
  let identity = parseIdentityField(spec, where);
  return identity && (attributes.identity = identity), attributes;
}
async function parseCommandParts(spec, where, ctx, inPipeline) {
  let command = requiredString(spec, "command", where);
  if (spec.environment === void 0 || spec.environment === null)
    throw new ConfigurationError(`${fieldPath(where, "environment")}: required; accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., or a mapping with image (and conda_file).`);
  let attributes = await parseNodeAttributes(spec, where, ctx, inPipeline);
  checkCommandReferences(command, new Set(attributes.inputs.keys()), new Set(attributes.outputs.keys()), fieldPath(where, "command"));
  let parts = {
    ...attributes,
    command,
    environmentId: await resolveEnvironment(spec.environment, fieldPath(where, "environment"), ctx)
  }, code = optionalString(spec, "code", where);
  return code !== void 0 && (parts.codeId = await resolveCode(code, fieldPath(where, "code"), ctx)), parts;
}

// shared/jobs/job-base.ts
var JOB_BASE_FIELDS = ["$schema", "type", "name", "display_name", "experiment_name", "description", "tags", "properties"];
function jobBaseFields(spec, defaultExperimentName) {
  let fields = {}, displayName = optionalString(spec, "display_name", "");
  displayName !== void 0 && (fields.displayName = displayName);
  let experimentName = optionalString(spec, "experiment_name", "") ?? defaultExperimentName;
  experimentName !== void 0 && (fields.experimentName = experimentName);
  let description = optionalString(spec, "description", "");
  description !== void 0 && (fields.description = description);
  let tags = optionalStringMap(spec, "tags", "");
  tags && (fields.tags = tags);
  let properties = optionalStringMap(spec, "properties", "");
  return properties && (fields.properties = properties), fields;
}

// shared/jobs/command-job.ts
async function convertCommandJob(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...COMMAND_FIELDS], "");
  let parts = await parseCommandParts(spec, "", ctx, !1), job = {
    jobType: "Command",
    ...jobBaseFields(spec, defaultExperimentName),
    command: parts.command,
    environmentId: parts.environmentId
  };
  parts.codeId && (job.codeId = parts.codeId), parts.computeId && (job.computeId = parts.computeId);
  let inputs = mapToRecord(parts.inputs, restInput);
  inputs && (job.inputs = inputs);
  let outputs = mapToRecord(parts.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  return outputs && (job.outputs = outputs), parts.environmentVariables && (job.environmentVariables = parts.environmentVariables), parts.resources && (job.resources = parts.resources), parts.distribution && (job.distribution = parts.distribution), parts.limits && (job.limits = parts.limits), parts.identity && (job.identity = parts.identity), job;
}

// shared/jobs/job-name.ts
import { randomInt } from "node:crypto";
var ADJECTIVES = ["amber", "bold", "brave", "calm", "clever", "crisp", "eager", "fair", "frank", "gentle", "happy", "keen", "lively", "loyal", "mellow", "nimble", "plucky", "quiet", "sharp", "steady", "sunny", "swift", "tidy", "vivid", "witty", "zesty"], NOUNS = ["anchor", "apple", "basket", "beacon", "brush", "cactus", "candle", "cherry", "comet", "engine", "feather", "garden", "harbor", "island", "kettle", "lantern", "lemon", "marble", "meadow", "oyster", "pepper", "pillow", "river", "rocket", "tower", "window"], SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789", JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
function pick(items) {
  return items[randomInt(items.length)];
}
function generateJobName() {
  let suffix = "";
  for (let i = 0; i < 10; i++) suffix += pick([...SUFFIX_ALPHABET]);
  return `${pick(ADJECTIVES)}_${pick(NOUNS)}_${suffix}`;
}
function validateJobName(name, where) {
  if (!JOB_NAME.test(name))
    throw new ConfigurationError(`${where}: ${JSON.stringify(name)} is not a valid job name; use letters, digits, "-" and "_", starting with a letter or digit (at most 255 characters).`);
  return name;
}

// shared/jobs/pipeline-job.ts
import path4 from "node:path";
var PIPELINE_FIELDS = [...JOB_BASE_FIELDS, "compute", "settings", "inputs", "outputs", "jobs", "identity"], STEP_FIELDS = ["type", "component", "display_name", "description", "tags", "properties", ...COMMAND_FIELDS], COMPONENT_FIELDS = ["$schema", "type", "name", "version", "display_name", "description", "tags", "is_deterministic", "command", "code", "environment", "inputs", "outputs"], LITERAL_TYPES = ["string", "integer", "number", "boolean"], STEP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, SOURCE = "YAML.JOB";
function snakeKey(key) {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
function snakeCase(value) {
  let result = {};
  for (let [key, item] of Object.entries(value)) result[snakeKey(key)] = item;
  return result;
}
function armOrUri(id) {
  return id.startsWith("/subscriptions/") ? `azureml:${id}` : id;
}
async function loadStepSource(name, value, ctx) {
  let where = fieldPath("jobs", name);
  if (!STEP_NAME.test(name)) throw new ConfigurationError(`${where}: step names must start with a letter or underscore and contain only letters, digits and underscores.`);
  let spec = expectMapping(value, where);
  rejectUnknownFields(spec, STEP_FIELDS, where);
  let type = spec.type ?? "command";
  if (type !== "command") throw new ConfigurationError(`${fieldPath(where, "type")}: step type ${JSON.stringify(type)} is not supported; accepted: command.`);
  let source = { name, where, spec }, component = spec.component;
  if (component == null) {
    if (spec.command === void 0) throw new ConfigurationError(`${where}: a step needs command (with environment) or component.`);
    return source;
  }
  let componentWhere = fieldPath(where, "component");
  for (let field of ["command", "code", "environment", "description"])
    if (spec[field] !== void 0) throw new ConfigurationError(`${fieldPath(where, field)}: not allowed together with component; put it in the component.`);
  if (typeof component == "string" && (component.startsWith("azureml:") || component.startsWith("/subscriptions/")))
    return source.componentRef = component, source;
  if (typeof component == "string") {
    let file = path4.resolve(ctx.baseDir, component), loaded = await parseYamlFile(file).catch((error) => {
      throw new ConfigurationError(`${componentWhere}: ${error instanceof Error ? error.message : String(error)}`);
    });
    source.component = { spec: expectMapping(loaded, `${componentWhere} (${file})`), where: `${componentWhere} (${component})`, baseDir: path4.dirname(file) };
  } else
    source.component = { spec: expectMapping(component, componentWhere), where: componentWhere, baseDir: ctx.baseDir };
  rejectUnknownFields(source.component.spec, COMPONENT_FIELDS, source.component.where);
  let componentType = source.component.spec.type ?? "command";
  if (componentType !== "command") throw new ConfigurationError(`${fieldPath(source.component.where, "type")}: component type ${JSON.stringify(componentType)} is not supported; accepted: command.`);
  return source;
}
function declaredOutputs(source) {
  if (source.componentRef) return;
  let definitions = source.component ? source.component.spec.outputs : source.spec.outputs, result = /* @__PURE__ */ new Map();
  if (definitions == null) return result;
  let where = source.component ? fieldPath(source.component.where, "outputs") : fieldPath(source.where, "outputs");
  for (let [name, item] of Object.entries(expectMapping(definitions, where))) {
    let type = isMapping(item) && typeof item.type == "string" ? item.type : "uri_folder";
    result.set(name, type);
  }
  return result;
}
function checkInputBinding(expression, where, step, scope) {
  let parentInput = /^parent\.inputs\.([A-Za-z0-9_.]+)$/.exec(expression);
  if (parentInput) {
    let input = scope.inputs.get(parentInput[1]);
    if (!input) throw new ConfigurationError(`${where}: binding \${{${expression}}} names pipeline input "${parentInput[1]}", which is not declared under inputs.`);
    return input.kind === "data" ? input.type : input.kind === "literal" ? input.literalType : void 0;
  }
  let stepOutput2 = /^parent\.jobs\.([A-Za-z0-9_]+)\.outputs\.([A-Za-z0-9_]+)$/.exec(expression);
  if (stepOutput2) {
    let [, other, output] = stepOutput2;
    if (other === step) throw new ConfigurationError(`${where}: binding \${{${expression}}} refers to the step's own output.`);
    if (!scope.stepOutputs.has(other)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names step "${other}", which is not under jobs.`);
    let outputs = scope.stepOutputs.get(other);
    if (outputs === void 0) return;
    if (!outputs.has(output)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names output "${output}" of step "${other}", which that step does not declare.`);
    return outputs.get(output);
  }
  throw new ConfigurationError(`${where}: binding \${{${expression}}} is not supported; accepted: \${{parent.inputs.<name>}}, \${{parent.jobs.<step>.outputs.<name>}}.`);
}
function checkOutputBinding(value, where, scope) {
  let match = /^\$\{\{\s*parent\.outputs\.([A-Za-z0-9_]+)\s*\}\}$/.exec(value);
  if (!match) throw new ConfigurationError(`${where}: output binding ${JSON.stringify(value)} is not supported; accepted: \${{parent.outputs.<name>}}.`);
  if (!scope.outputs.has(match[1])) throw new ConfigurationError(`${where}: binding ${value} names pipeline output "${match[1]}", which is not declared under outputs.`);
}
function inputType(input, where, step, scope) {
  if (input.kind === "literal") return input.literalType;
  if (input.kind === "data") return input.type;
  let types = bindingsIn(input.value).map((expression) => checkInputBinding(expression, where, step, scope)), whole = /^\$\{\{[^}]*\}\}$/.test(input.value.trim());
  return whole && types[0] ? types[0] : whole ? "uri_folder" : "string";
}
function stepInput(input) {
  return input.kind === "data" ? { job_input_type: input.type, uri: input.uri, ...input.mode ? { mode: input.mode } : {}, ...input.description ? { description: input.description } : {} } : { job_input_type: "literal", value: input.value };
}
function stepOutput(output) {
  if (output.kind === "binding") return { value: output.value, type: "literal" };
  if (output.configured)
    return { job_output_type: output.type, ...output.mode ? { mode: output.mode } : {}, ...output.uri ? { uri: output.uri } : {}, ...output.description ? { description: output.description } : {} };
}
function validateStepIo(source, inputs, outputs, scope) {
  for (let [name, input] of inputs)
    if (input.kind === "binding") for (let expression of bindingsIn(input.value)) checkInputBinding(expression, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope);
  for (let [name, output] of outputs)
    output.kind === "binding" && checkOutputBinding(output.value, fieldPath(fieldPath(source.where, "outputs"), name), scope);
}
function componentInputDefinitions(spec, where) {
  let result = {}, definitions = optionalMapping(spec, "inputs", where);
  for (let [name, item] of Object.entries(definitions ?? {})) {
    let itemWhere = fieldPath(fieldPath(where, "inputs"), name), definition = expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "optional", "default", "description", "min", "max", "enum"], itemWhere);
    let type = definition.type;
    if (typeof type != "string" || ![...LITERAL_TYPES, ...DATA_INPUT_TYPES].includes(type))
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type ?? null)} is not an input type; accepted: ${[...LITERAL_TYPES, ...DATA_INPUT_TYPES].join(", ")}.`);
    result[name] = definition;
  }
  return result;
}
function componentOutputDefinitions(spec, where) {
  let result = {}, definitions = optionalMapping(spec, "outputs", where);
  for (let [name, item] of Object.entries(definitions ?? {})) {
    let itemWhere = fieldPath(fieldPath(where, "outputs"), name), definition = item === null ? { type: "uri_folder" } : expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "description", "mode"], itemWhere);
    let type = definition.type ?? "uri_folder";
    if (typeof type != "string" || !DATA_INPUT_TYPES.includes(type))
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type)} is not an output type; accepted: ${DATA_INPUT_TYPES.join(", ")}.`);
    result[name] = { ...definition, type };
  }
  return result;
}
async function componentFromFile(source, ctx) {
  let { spec, where, baseDir } = source.component, componentCtx = { ...ctx, baseDir }, command = requiredString(spec, "command", where);
  if (spec.environment === void 0 || spec.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
  let inputs = componentInputDefinitions(spec, where), outputs = componentOutputDefinitions(spec, where);
  checkCommandReferences(command, new Set(Object.keys(inputs)), new Set(Object.keys(outputs)), fieldPath(where, "command"));
  let component = { type: "command", command, environment: armOrUri(await resolveEnvironment(spec.environment, fieldPath(where, "environment"), componentCtx)) }, code = optionalString(spec, "code", where);
  code !== void 0 && (component.code = armOrUri(await resolveCode(code, fieldPath(where, "code"), componentCtx)));
  for (let field of ["display_name", "description"]) {
    let value = optionalString(spec, field, where);
    value !== void 0 && (component[field] = value);
  }
  let tags = optionalStringMap(spec, "tags", where);
  tags && (component.tags = tags);
  let deterministic = optionalBoolean(spec, "is_deterministic", where);
  return component.is_deterministic = deterministic ?? !0, Object.keys(inputs).length > 0 && (component.inputs = inputs), Object.keys(outputs).length > 0 && (component.outputs = outputs), { spec: component, declaredInputs: inputs };
}
function componentFromCommand(parts, source, scope) {
  let component = { type: "command", command: parts.command, environment: armOrUri(parts.environmentId), is_deterministic: !0 };
  parts.codeId && (component.code = armOrUri(parts.codeId));
  let description = optionalString(source.spec, "description", source.where);
  description !== void 0 && (component.description = description);
  let inputs = {};
  for (let [name, input] of parts.inputs) inputs[name] = { type: inputType(input, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope) };
  Object.keys(inputs).length > 0 && (component.inputs = inputs);
  let outputs = {};
  for (let [name, output] of parts.outputs) outputs[name] = { type: output.kind === "data" ? output.type : "uri_folder" };
  return Object.keys(outputs).length > 0 && (component.outputs = outputs), component;
}
async function registeredComponentId(reference, where, ctx) {
  let parsed = parseAssetReference(reference, where);
  if (!parsed || parsed.kind === "uri") return reference;
  if (parsed.kind === "armId") return parsed.id;
  let version = parsed.kind === "version" ? parsed.version : await ctx.resolver.latestVersion("components", parsed.name);
  return assetVersionArmId(ctx.scope, "components", parsed.name, version);
}
function checkComponentIo(declared, declaredOutputs2, given, source) {
  for (let name of given.outputs.keys())
    if (!declaredOutputs2 || !(name in declaredOutputs2))
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "outputs"), name)}: the component declares no output "${name}"; declared: ${Object.keys(declaredOutputs2 ?? {}).join(", ") || "none"}.`);
  for (let name of given.inputs.keys())
    if (!(name in declared)) throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: the component declares no input "${name}"; declared: ${Object.keys(declared).join(", ") || "none"}.`);
  for (let [name, definition] of Object.entries(declared)) {
    let { optional, default: fallback } = definition;
    if (!given.inputs.has(name) && optional !== !0 && fallback === void 0)
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: required by the component and not given.`);
  }
}
async function convertStep(source, ctx, scope) {
  let { spec, where } = source, parts, componentId;
  if (source.component || source.componentRef)
    if (parts = await parseNodeAttributes(spec, where, ctx, !0), source.component) {
      let { spec: component, declaredInputs } = await componentFromFile(source, ctx);
      checkComponentIo(declaredInputs, component.outputs, parts, source), componentId = await ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
    } else
      componentId = await registeredComponentId(source.componentRef, fieldPath(where, "component"), ctx);
  else {
    let commandParts = await parseCommandParts(spec, where, ctx, !0);
    parts = commandParts;
    let component = componentFromCommand(commandParts, source, scope);
    componentId = await ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
  }
  let { inputs, outputs } = parts;
  validateStepIo(source, inputs, outputs, scope);
  let step = { name: source.name, type: "command", componentId }, displayName = optionalString(spec, "display_name", where);
  displayName !== void 0 && (step.display_name = displayName);
  let tags = optionalStringMap(spec, "tags", where);
  tags && (step.tags = tags);
  let properties = optionalStringMap(spec, "properties", where);
  properties && (step.properties = properties), parts.computeId && (step.computeId = parts.computeId), inputs.size > 0 && (step.inputs = mapToRecord(inputs, stepInput));
  let restOutputs = {};
  for (let [name, output] of outputs) {
    let rendered = stepOutput(output);
    rendered && (restOutputs[name] = rendered);
  }
  return Object.keys(restOutputs).length > 0 && (step.outputs = restOutputs), parts.environmentVariables && (step.environment_variables = parts.environmentVariables), parts.resources && (step.resources = snakeCase(parts.resources)), parts.distribution && (step.distribution = snakeCase(parts.distribution)), parts.limits && (step.limits = snakeCase(parts.limits)), parts.identity && (step.identity = snakeCase(parts.identity)), step._source = SOURCE, step;
}
function convertSettings(spec, ctx) {
  let settings = optionalMapping(spec, "settings", "");
  if (!settings) return;
  rejectUnknownFields(settings, ["default_compute", "default_datastore", "continue_on_step_failure", "force_rerun"], "settings");
  let result = {}, compute = optionalString(settings, "default_compute", "settings");
  compute !== void 0 && (result.default_compute = resolveComputeId(ctx.scope, compute, "settings.default_compute"));
  let datastore = optionalString(settings, "default_datastore", "settings");
  if (datastore !== void 0) {
    let name = datastore.startsWith("azureml:") ? datastore.slice(8) : datastore;
    result.default_datastore = name.startsWith("/subscriptions/") ? name : datastoreArmId(ctx.scope, name);
  }
  let continueOnFailure = optionalBoolean(settings, "continue_on_step_failure", "settings");
  continueOnFailure !== void 0 && (result.continue_on_step_failure = continueOnFailure);
  let forceRerun = optionalBoolean(settings, "force_rerun", "settings");
  return forceRerun !== void 0 && (result.force_rerun = forceRerun), result._source = SOURCE, result;
}
async function convertPipelineJob(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, PIPELINE_FIELDS, "");
  let jobs = optionalMapping(spec, "jobs", "");
  if (!jobs || Object.keys(jobs).length === 0) throw new ConfigurationError("jobs: a pipeline job needs at least one step under jobs.");
  let sources = [];
  for (let [name, value] of Object.entries(jobs)) sources.push(await loadStepSource(name, value, ctx));
  let scope = {
    inputs: await parseInputs(spec.inputs, "inputs", ctx, !1),
    outputs: parseOutputs(spec.outputs, "outputs", !1),
    stepOutputs: new Map(sources.map((source) => [source.name, declaredOutputs(source)]))
  }, pipeline = { jobType: "Pipeline", ...jobBaseFields(spec, defaultExperimentName) }, compute = optionalString(spec, "compute", "");
  compute !== void 0 && (pipeline.computeId = resolveComputeId(ctx.scope, compute, "compute"));
  let identity = parseIdentityField(spec, "");
  identity && (pipeline.identity = identity);
  let settings = convertSettings(spec, ctx);
  settings && (pipeline.settings = settings);
  let inputs = mapToRecord(scope.inputs, restInput);
  inputs && (pipeline.inputs = inputs);
  let outputs = mapToRecord(scope.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  outputs && (pipeline.outputs = outputs), pipeline.jobs = {};
  for (let source of sources) pipeline.jobs[source.name] = await convertStep(source, ctx, scope);
  return pipeline;
}

// shared/jobs/job-request.ts
async function buildJobRequest(spec, ctx, resolver) {
  let type = jobTypeOf(spec, "type"), fileName = optionalString(spec, "name", ""), name = fileName !== void 0 ? validateJobName(fileName, "name") : generateJobName(), conversion = { scope: ctx, baseDir: ctx.jobFileDir, resolver }, properties = type === "pipeline" ? await convertPipelineJob(spec, conversion, ctx.defaultExperimentName) : await convertCommandJob(spec, conversion, ctx.defaultExperimentName);
  return { name, properties };
}

// shared/jobs/contained-resolver.ts
import path5 from "node:path";
function containedResolver(inner, containment, jobFile) {
  let check = (localPath) => containedPath(path5.resolve(localPath), path5.dirname(jobFile), containment, jobFile, localPath);
  return Object.assign(Object.create(inner), {
    codeId: async (localPath) => (await check(localPath), inner.codeId(localPath)),
    inputUri: async (localPath, type) => (await check(localPath), inner.inputUri(localPath, type))
  });
}

// shared/jobs/resolvers.ts
import { stat as stat4 } from "node:fs/promises";
import path7 from "node:path";

// shared/jobs/snapshot.ts
var import_ignore = __toESM(require_ignore());
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile as readFile3, realpath, stat as stat3 } from "node:fs/promises";
import path6 from "node:path";
function throwIfCancelled(signal) {
  if (signal?.aborted) throw new CancelledError("Cancelled while preparing the code snapshot.");
}
var IGNORE_FILES = [".amlignore", ".gitignore"];
async function ignoreRulesIn(absoluteDir) {
  for (let name of IGNORE_FILES) {
    let text = await readFile3(path6.join(absoluteDir, name), "utf8").catch(() => {
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
    let absoluteDir = path6.join(dir, relativeDir), rules = await ignoreRulesIn(absoluteDir), scopes = rules ? [...inherited, { base: relativeDir, rules }] : inherited, entries = await readdir(absoluteDir, { withFileTypes: !0 });
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (let entry of entries) {
      let relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name, isDirectory = entry.isDirectory(), isFile = entry.isFile(), real = path6.join(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        if (isIgnored(relative, scopes) || isIgnored(`${relative}/`, scopes)) continue;
        let target = await realpath(path6.join(absoluteDir, entry.name)).catch(() => {
        });
        if (target === void 0) continue;
        assertInside(target, allowed, `Code folder ${dir}`, relative);
        let info = await stat3(target);
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
  let hash = createHash("sha256");
  for (let file of files) {
    throwIfCancelled(signal);
    let absolute = path6.join(dir, ...file.split("/")), { size } = await stat3(absolute);
    hash.update(`${file}\0${size}\0`);
    for await (let chunk of createReadStream(absolute)) hash.update(chunk);
  }
  return hash.digest("hex");
}
async function uploadSnapshot(container, prefix, dir, files, options = {}) {
  let concurrency = Math.max(1, options.concurrency ?? 8), next = 0, bytes = 0;
  async function worker() {
    for (; next < files.length; ) {
      throwIfCancelled(options.signal);
      let file = files[next++], absolute = path6.join(dir, ...file.split("/")), { size } = await stat3(absolute);
      await container.getBlockBlobClient(`${prefix}/${file}`).uploadFile(absolute, { abortSignal: options.signal }).catch((error) => {
        throw throwIfCancelled(options.signal), error;
      }), bytes += size;
    }
  }
  return await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker)), { files: files.length, bytes };
}

// shared/jobs/resolvers.ts
var DEFAULT_DATASTORE = "workspaceblobstore";
async function localSnapshot(localPath, options = {}) {
  let absolute = path7.resolve(localPath), isFile = (await stat4(absolute)).isFile(), dir = isFile ? path7.dirname(absolute) : absolute, files = isFile ? [path7.basename(absolute)] : await listSnapshotFiles(absolute, options), hash = await snapshotHash(dir, files, options.signal);
  return { dir, files, hash, prefix: isFile ? `LocalUpload/${hash}` : `LocalUpload/${hash}/${path7.basename(absolute)}`, isFile };
}
function datastoreUri(datastore, snapshot) {
  let base = `azureml://datastores/${datastore}/paths/${snapshot.prefix}`;
  return snapshot.isFile ? `${base}/${snapshot.files[0]}` : `${base}/`;
}
function createPlanningResolver(scope, options) {
  let actions = [], datastore = options.datastoreName ?? DEFAULT_DATASTORE;
  return {
    actions,
    async codeId(localPath) {
      let snapshot = await localSnapshot(localPath, options), target = assetVersionArmId(scope, "codes", snapshot.hash, CODE_VERSION);
      return actions.push({ action: "upload-code", source: localPath, target, files: snapshot.files.length }), target;
    },
    async environmentId(environment) {
      let target = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, inlineEnvironmentVersion(environment));
      return actions.push({ action: "register-environment", source: environment.image, target }), target;
    },
    async inputUri(localPath, _type) {
      let snapshot = await localSnapshot(localPath, options), target = datastoreUri(datastore, snapshot);
      return actions.push({ action: "upload-input", source: localPath, target, files: snapshot.files.length }), target;
    },
    async componentId(spec) {
      let target = assetVersionArmId(scope, "components", ANONYMOUS_COMPONENT_NAME, anonymousComponentVersion(spec));
      return actions.push({ action: "register-component", source: String(spec.command), target, componentSpec: spec }), target;
    },
    latestVersion: options.latestVersion
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
function createWorkspaceResolver(options) {
  let { client, scope, container } = options, datastore = options.datastoreName ?? DEFAULT_DATASTORE, cache = /* @__PURE__ */ new Map(), report2 = options.onAction ?? (() => {
  });
  function once(key, produce) {
    let result = cache.get(key);
    return result || (result = produce(), cache.set(key, result)), result;
  }
  return {
    codeId: (localPath) => once(`code:${path7.resolve(localPath)}`, async () => {
      let snapshot = await localSnapshot(localPath, options), ensured = await ensureCodeVersion(client, scope, snapshot.hash, {
        codeUri: `${withoutQuery(container.url)}/${snapshot.prefix}`,
        upload: () => uploadSnapshot(container, snapshot.prefix, snapshot.dir, snapshot.files, options)
      });
      return report2({ action: "upload-code", source: localPath, target: ensured.id, files: snapshot.files.length, reused: !ensured.created }), ensured.id;
    }),
    inputUri: (localPath) => once(`input:${path7.resolve(localPath)}`, async () => {
      let snapshot = await localSnapshot(localPath, options), reused = await prefixExists(container, snapshot.prefix);
      reused || await uploadSnapshot(container, snapshot.prefix, snapshot.dir, snapshot.files, options);
      let target = datastoreUri(datastore, snapshot);
      return report2({ action: "upload-input", source: localPath, target, files: snapshot.files.length, reused }), target;
    }),
    async environmentId(environment) {
      let ensured = await ensureEnvironmentVersion(client, scope, environment);
      return report2({ action: "register-environment", source: environment.image, target: ensured.id, reused: !ensured.created }), ensured.id;
    },
    async componentId(spec) {
      let ensured = await ensureComponentVersion(client, scope, spec);
      return report2({ action: "register-component", source: String(spec.command), target: ensured.id, reused: !ensured.created }), ensured.id;
    },
    latestVersion: (assetType, name) => latestAssetVersion(client, scope, assetType, name)
  };
}

// shared/jobs/submit-job.ts
var JOBS_API_VERSION = "2022-10-01";
function jobUrl(armEndpoint, scope, name) {
  return `${armEndpoint.replace(/\/+$/, "")}${workspaceArmId(scope)}/jobs/${encodeURIComponent(name)}?api-version=${JOBS_API_VERSION}`;
}
async function submitJobRequest(client, armEndpoint, scope, request, abortSignal) {
  return sendJson(client, "PUT", jobUrl(armEndpoint, scope, request.name), { properties: request.properties }, abortSignal);
}

// shared/steps/train-report.ts
function metricsTable(metrics) {
  let rows = Object.entries(metrics).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => [escapeMarkdown(name), formatNumber(value)]);
  return rows.length > 0 ? table(["metric", "value"], rows) : "_The job logged no metrics._";
}
function jobFacts(facts) {
  let rows = [
    ["job", `[${escapeMarkdown(facts.jobName)}](${encodeURI(facts.studioUrl)})`],
    ["status", escapeMarkdown(facts.status)],
    ...facts.experiment ? [["experiment", escapeMarkdown(facts.experiment)]] : [],
    ...facts.modelUri ? [["model output", `\`${facts.modelUri}\``]] : []
  ];
  return table(["", ""], rows);
}
function failureDetails(message, logTail) {
  let error = message ? `**Error:** ${escapeMarkdown(message)}

` : "", logs = logTail.length > 0 ? `<details><summary>Last ${logTail.length} log lines</summary>

${codeBlock(logTail.join(`
`))}

</details>` : "_No log lines were written._";
  return `${error}${logs}`;
}

// shared/steps/train-run.ts
var MAX_POLL_INTERVAL_MS = 6e4;
async function runTrain(inputs, host) {
  if (inputs["attach-job"] && inputs["job-file"])
    throw new ConfigurationError(`Set either input '${host.inputLabel("job-file")}' or '${host.inputLabel("attach-job")}', not both.`);
  if (!inputs["attach-job"] && !inputs["job-file"])
    throw new ConfigurationError(`Input '${host.inputLabel("job-file")}' is required unless '${host.inputLabel("attach-job")}' is set: expected the path of a job YAML file.`);
  let spec = inputs["job-file"] ? await readJobSpec(inputs, host) : void 0, workspace = await connectWorkspace(inputs, host);
  if (inputs["dry-run"]) {
    if (!spec) throw new ConfigurationError(`Input '${host.inputLabel("dry-run")}' plans a submission; it does not apply to '${host.inputLabel("attach-job")}'.`);
    return planTrain(spec, inputs, workspace, host);
  }
  let job = spec ? await submit(spec, inputs, workspace, host) : await findJob(workspace, inputs["attach-job"], host.inputLabel("attach-job")), jobName = job.name, url = studioUrl(job, workspace);
  if (host.setOutput("job-name", jobName), host.setOutput("studio-url", url), host.info(`${spec ? "Submitted" : "Attached to"} job ${jobName}: ${url}`), !inputs.wait) {
    let status2 = job.properties.status ?? "NotStarted";
    host.setOutput("status", status2), await report(host, inputs, event(host, "succeeded", `job ${jobName} submitted; not waiting (status ${status2})`, job, url), jobFacts({ jobName, status: status2, studioUrl: url }));
    return;
  }
  let tracking = await trackingEndpoints(workspace.client, workspace), logs = new JobLogTail(), end = await host.group(`Job ${jobName}`, () => follow(workspace, tracking, jobName, logs, inputs, host)), finished = await getJob(workspace, jobName), status = finished.properties.status ?? end.status;
  host.setOutput("status", status);
  let modelUri = modelOutputUri(finished);
  modelUri && host.setOutput("model-uri", modelUri);
  let facts = jobFacts({ jobName, status, studioUrl: url, experiment: finished.properties.experimentName, modelUri });
  if (end.reason === "cancelled")
    throw await report(host, inputs, event(host, "cancelled", `run cancelled; job ${jobName} cancelled`, finished, url), facts), new ServiceError(`The run was cancelled; job ${jobName} was cancelled too.`);
  if (end.reason === "timeout") {
    let what = end.cancelled ? "and was cancelled" : "and is still running";
    throw await report(host, inputs, event(host, "failed", `job ${jobName} timed out`, finished, url), `${facts}

${failureDetails(void 0, logs.tail())}`), new ServiceError(`Job ${jobName} did not finish within ${inputs["timeout-minutes"]} minutes ${what}.`);
  }
  if (status !== "Completed") {
    let message = await jobError(workspace, tracking, jobName);
    throw await report(host, inputs, event(host, "failed", `job ${jobName} ended ${status}`, finished, url), `${facts}

${failureDetails(message, logs.tail())}`), new ServiceError(`Job ${jobName} ended ${status}${message ? `: ${message}` : "."}`);
  }
  let metrics = await withInputNames(host, { metricsStep: "metrics-step" }, () => jobMetrics(workspace.client, tracking, finished, inputs["metrics-step"]));
  host.setOutput("metrics", JSON.stringify(metrics));
  let evidence = { metrics, modelUri };
  await report(host, inputs, event(host, "succeeded", `job ${jobName} completed`, finished, url, evidence), `${facts}

${metricsTable(metrics)}`);
}
async function readJobSpec(inputs, host) {
  let file = await loadJobFile(inputs["job-file"]), withSet = applySetOverrides(file.spec, inputs.set), tags = Object.fromEntries(
    inputs.tags.map((line) => {
      let equals = line.indexOf("=");
      if (equals <= 0) throw new ConfigurationError(`Input '${host.inputLabel("tags")}' must be one key=value per line, got '${line}'.`);
      let key = line.slice(0, equals).trim();
      if (REFUSED_KEYS.has(key)) throw new ConfigurationError(`Input '${host.inputLabel("tags")}': the tag name '${key}' is not accepted.`);
      return [key, line.slice(equals + 1).trim()];
    })
  );
  return { spec: applyNamedOverrides(withSet, {
    experimentName: inputs["experiment-name"],
    compute: inputs.compute,
    displayName: inputs["display-name"],
    tags: { ...lineageTags(host.context), ...tags }
  }), path: file.path, dir: file.dir, defaultExperimentName: path8.basename(process.cwd()) };
}
async function buildRequest(spec, workspace, resolver) {
  return buildJobRequest(spec.spec, { ...workspace, jobFileDir: spec.dir, defaultExperimentName: spec.defaultExperimentName }, resolver);
}
async function planTrain(spec, inputs, workspace, host) {
  let containment = { roots: host.workspaceRoots }, resolver = containedResolver(
    createPlanningResolver(workspace, { latestVersion: (type, name) => latestAssetVersion(workspace.client, workspace, type, name), containment, signal: host.cancellation }),
    containment,
    spec.path
  ), request = await buildRequest(spec, workspace, resolver), plan = [
    ...resolver.actions.map((action) => `${action.action}: ${action.source} \u2192 ${action.target}${action.files !== void 0 ? ` (${action.files} files)` : ""}`),
    `PUT ${jobUrl(workspace.armEndpoint, workspace, request.name)}`
  ], body = JSON.stringify({ properties: request.properties }, null, 2);
  host.untrusted(`Dry run: nothing is uploaded, registered or submitted.
${plan.join(`
`)}
${body}`), host.setOutput("job-name", request.name), host.setOutput("status", "DryRun");
  let markdown = `${plan.map((line) => `- ${escapeMarkdown(line)}`).join(`
`)}

${codeBlock(body, "json")}`;
  await report(host, inputs, createEvent("train", host.context, { outcome: "planned", headline: `dry run of job ${request.name}`, subject: { job: request.name } }), markdown);
}
async function submit(spec, _inputs, workspace, host) {
  let datastore = await openBlobDatastore(workspace, host), containment = { roots: host.workspaceRoots }, resolver = containedResolver(
    createWorkspaceResolver({
      client: workspace.client,
      scope: workspace,
      container: datastore.container,
      datastoreName: datastore.name,
      containment,
      signal: host.cancellation,
      onAction: (action) => host.untrusted(`${action.reused ? "Reused" : "Done"}: ${action.action} ${action.source} \u2192 ${action.target}`)
    }),
    containment,
    spec.path
  );
  host.info(`Uploading the local code and inputs of ${spec.path}\u2026`);
  let request = await buildRequest(spec, workspace, resolver);
  return submitJobRequest(workspace.client, workspace.armEndpoint, workspace, request, host.cancellation);
}
function follow(workspace, tracking, jobName, logs, inputs, host) {
  let logsAvailable = !0;
  return watchJob(
    {
      readStatus: async () => (await getJob(workspace, jobName)).properties.status ?? "Unknown",
      followLogs: async () => {
        if (logsAvailable)
          try {
            printJobLog(host, await logs.poll(await runDetails(workspace.client, tracking, jobName)));
          } catch (error) {
            logsAvailable = !1, host.warning(`Log streaming stopped: ${errorMessage(error)}`);
          }
      },
      onStatus: (status) => host.info(`[amlops] job ${jobName}: ${status}`),
      cancel: async () => {
        host.info(`[amlops] cancelling job ${jobName}`), await cancelJob(workspace, jobName);
      }
    },
    {
      initialIntervalMs: inputs["poll-interval-seconds"] * 1e3,
      maxIntervalMs: MAX_POLL_INTERVAL_MS,
      timeoutMs: inputs["timeout-minutes"] * 6e4,
      cancelOnTimeout: inputs["cancel-on-timeout"]
    },
    host.cancellation
  ).finally(() => {
    printJobLog(host, logs.flush());
  });
}
function printJobLog(host, lines) {
  lines.length > 0 && host.untrusted(lines.join(`
`));
}
async function jobError(workspace, tracking, jobName) {
  try {
    return (await runDetails(workspace.client, tracking, jobName)).error?.error?.message;
  } catch {
    return;
  }
}
function event(host, outcome, headline, job, url, evidence = {}) {
  return createEvent("train", host.context, {
    outcome,
    headline,
    subject: { job: job.name ?? "", experiment: job.properties.experimentName ?? "" },
    evidence,
    links: [{ title: "Azure ML studio", url }]
  });
}
function report(host, inputs, governance, body) {
  return publishEvent(host, governance, body, inputs["webhook-url"]);
}
export {
  runTrain
};
