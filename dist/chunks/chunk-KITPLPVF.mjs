import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3, m = s * 60, h = m * 60, d = h * 24, w = d * 7, y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0)
        return parse(val);
      if (type === "number" && isFinite(val))
        return options.long ? fmtLong(val) : fmtShort(val);
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      if (str = String(str), !(str.length > 100)) {
        var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
          str
        );
        if (match) {
          var n = parseFloat(match[1]), type = (match[2] || "ms").toLowerCase();
          switch (type) {
            case "years":
            case "year":
            case "yrs":
            case "yr":
            case "y":
              return n * y;
            case "weeks":
            case "week":
            case "w":
              return n * w;
            case "days":
            case "day":
            case "d":
              return n * d;
            case "hours":
            case "hour":
            case "hrs":
            case "hr":
            case "h":
              return n * h;
            case "minutes":
            case "minute":
            case "mins":
            case "min":
            case "m":
              return n * m;
            case "seconds":
            case "second":
            case "secs":
            case "sec":
            case "s":
              return n * s;
            case "milliseconds":
            case "millisecond":
            case "msecs":
            case "msec":
            case "ms":
              return n;
            default:
              return;
          }
        }
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? Math.round(ms / d) + "d" : msAbs >= h ? Math.round(ms / h) + "h" : msAbs >= m ? Math.round(ms / m) + "m" : msAbs >= s ? Math.round(ms / s) + "s" : ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? plural(ms, msAbs, d, "day") : msAbs >= h ? plural(ms, msAbs, h, "hour") : msAbs >= m ? plural(ms, msAbs, m, "minute") : msAbs >= s ? plural(ms, msAbs, s, "second") : ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug, createDebug.default = createDebug, createDebug.coerce = coerce, createDebug.disable = disable2, createDebug.enable = enable2, createDebug.enabled = enabled2, createDebug.humanize = require_ms(), createDebug.destroy = destroy2, Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      }), createDebug.names = [], createDebug.skips = [], createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++)
          hash = (hash << 5) - hash + namespace.charCodeAt(i), hash |= 0;
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime, enableOverride = null, namespacesCache, enabledCache;
        function debug(...args) {
          if (!debug.enabled)
            return;
          let self = debug, curr = Number(/* @__PURE__ */ new Date()), ms = curr - (prevTime || curr);
          self.diff = ms, self.prev = prevTime, self.curr = curr, prevTime = curr, args[0] = createDebug.coerce(args[0]), typeof args[0] != "string" && args.unshift("%O");
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%")
              return "%";
            index++;
            let formatter = createDebug.formatters[format];
            if (typeof formatter == "function") {
              let val = args[index];
              match = formatter.call(self, val), args.splice(index, 1), index--;
            }
            return match;
          }), createDebug.formatArgs.call(self, args), (self.log || createDebug.log).apply(self, args);
        }
        return debug.namespace = namespace, debug.useColors = createDebug.useColors(), debug.color = createDebug.selectColor(namespace), debug.extend = extend2, debug.destroy = createDebug.destroy, Object.defineProperty(debug, "enabled", {
          enumerable: !0,
          configurable: !1,
          get: () => enableOverride !== null ? enableOverride : (namespacesCache !== createDebug.namespaces && (namespacesCache = createDebug.namespaces, enabledCache = createDebug.enabled(namespace)), enabledCache),
          set: (v) => {
            enableOverride = v;
          }
        }), typeof createDebug.init == "function" && createDebug.init(debug), debug;
      }
      function extend2(namespace, delimiter) {
        let newDebug = createDebug(this.namespace + (typeof delimiter > "u" ? ":" : delimiter) + namespace);
        return newDebug.log = this.log, newDebug;
      }
      function enable2(namespaces) {
        createDebug.save(namespaces), createDebug.namespaces = namespaces, createDebug.names = [], createDebug.skips = [];
        let split = (typeof namespaces == "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (let ns of split)
          ns[0] === "-" ? createDebug.skips.push(ns.slice(1)) : createDebug.names.push(ns);
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0, templateIndex = 0, starIndex = -1, matchIndex = 0;
        for (; searchIndex < search.length; )
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*"))
            template[templateIndex] === "*" ? (starIndex = templateIndex, matchIndex = searchIndex, templateIndex++) : (searchIndex++, templateIndex++);
          else if (starIndex !== -1)
            templateIndex = starIndex + 1, matchIndex++, searchIndex = matchIndex;
          else
            return !1;
        for (; templateIndex < template.length && template[templateIndex] === "*"; )
          templateIndex++;
        return templateIndex === template.length;
      }
      function disable2() {
        let namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        return createDebug.enable(""), namespaces;
      }
      function enabled2(name) {
        for (let skip of createDebug.skips)
          if (matchesTemplate(name, skip))
            return !1;
        for (let ns of createDebug.names)
          if (matchesTemplate(name, ns))
            return !0;
        return !1;
      }
      function coerce(val) {
        return val instanceof Error ? val.stack || val.message : val;
      }
      function destroy2() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      return createDebug.enable(createDebug.load()), createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = !1;
      return () => {
        warned || (warned = !0, console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."));
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window < "u" && window.process && (window.process.type === "renderer" || window.process.__nwjs))
        return !0;
      if (typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))
        return !1;
      let m;
      return typeof document < "u" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window < "u" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator < "u" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      if (args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff), !this.useColors)
        return;
      let c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0, lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        match !== "%%" && (index++, match === "%c" && (lastC = index));
      }), args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        namespaces ? exports.storage.setItem("debug", namespaces) : exports.storage.removeItem("debug");
      } catch {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch {
      }
      return !r && typeof process < "u" && "env" in process && (r = process.env.DEBUG), r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv) => {
      argv = argv || process.argv;
      let prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--", pos = argv.indexOf(prefix + flag), terminatorPos = argv.indexOf("--");
      return pos !== -1 && (terminatorPos === -1 ? !0 : pos < terminatorPos);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os3 = __require("os"), hasFlag = require_has_flag(), env = process.env, forceColor;
    hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") ? forceColor = !1 : (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) && (forceColor = !0);
    "FORCE_COLOR" in env && (forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0);
    function translateLevel(level) {
      return level === 0 ? !1 : {
        level,
        hasBasic: !0,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === !1)
        return 0;
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor"))
        return 3;
      if (hasFlag("color=256"))
        return 2;
      if (stream && !stream.isTTY && forceColor !== !0)
        return 0;
      let min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        let osRelease = os3.release().split(".");
        return Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586 ? Number(osRelease[2]) >= 14931 ? 3 : 2 : 1;
      }
      if ("CI" in env)
        return ["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some((sign) => sign in env) || env.CI_NAME === "codeship" ? 1 : min;
      if ("TEAMCITY_VERSION" in env)
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      if (env.COLORTERM === "truecolor")
        return 3;
      if ("TERM_PROGRAM" in env) {
        let version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      return /-256(color)?$/i.test(env.TERM) ? 2 : /^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM) || "COLORTERM" in env ? 1 : (env.TERM === "dumb", min);
    }
    function getSupportLevel(stream) {
      let level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty"), util2 = __require("util");
    exports.init = init;
    exports.log = log2;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util2.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      let supportsColor = require_supports_color();
      supportsColor && (supportsColor.stderr || supportsColor).level >= 2 && (exports.colors = [
        20,
        21,
        26,
        27,
        32,
        33,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        56,
        57,
        62,
        63,
        68,
        69,
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        81,
        92,
        93,
        98,
        99,
        112,
        113,
        128,
        129,
        134,
        135,
        148,
        149,
        160,
        161,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        171,
        172,
        173,
        178,
        179,
        184,
        185,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        203,
        204,
        205,
        206,
        207,
        208,
        209,
        214,
        215,
        220,
        221
      ]);
    } catch {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => /^debug_/i.test(key)).reduce((obj, key) => {
      let prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => k.toUpperCase()), val = process.env[key];
      return /^(yes|on|true|enabled)$/i.test(val) ? val = !0 : /^(no|off|false|disabled)$/i.test(val) ? val = !1 : val === "null" ? val = null : val = Number(val), obj[prop] = val, obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? !!exports.inspectOpts.colors : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      let { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        let c = this.color, colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c), prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split(`
`).join(`
` + prefix), args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else
        args[0] = getDate() + name + " " + args[0];
    }
    function getDate() {
      return exports.inspectOpts.hideDate ? "" : (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log2(...args) {
      return process.stderr.write(util2.formatWithOptions(exports.inspectOpts, ...args) + `
`);
    }
    function save(namespaces) {
      namespaces ? process.env.DEBUG = namespaces : delete process.env.DEBUG;
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      let keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++)
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      return this.inspectOpts.colors = this.useColors, util2.inspect(v, this.inspectOpts).split(`
`).map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      return this.inspectOpts.colors = this.useColors, util2.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    typeof process > "u" || process.type === "renderer" || process.browser === !0 || process.__nwjs ? module.exports = require_browser() : module.exports = require_node();
  }
});

// node_modules/agent-base/dist/helpers.js
var require_helpers = __commonJS({
  "node_modules/agent-base/dist/helpers.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) k !== "default" && Object.prototype.hasOwnProperty.call(mod, k) && __createBinding(result, mod, k);
      return __setModuleDefault(result, mod), result;
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.req = exports.json = exports.toBuffer = void 0;
    var http2 = __importStar(__require("http")), https2 = __importStar(__require("https"));
    async function toBuffer(stream) {
      let length = 0, chunks = [];
      for await (let chunk of stream)
        length += chunk.length, chunks.push(chunk);
      return Buffer.concat(chunks, length);
    }
    exports.toBuffer = toBuffer;
    async function json(stream) {
      let str = (await toBuffer(stream)).toString("utf8");
      try {
        return JSON.parse(str);
      } catch (_err) {
        let err = _err;
        throw err.message += ` (input: ${str})`, err;
      }
    }
    exports.json = json;
    function req(url, opts = {}) {
      let req2 = ((typeof url == "string" ? url : url.href).startsWith("https:") ? https2 : http2).request(url, opts), promise = new Promise((resolve, reject) => {
        req2.once("response", resolve).once("error", reject).end();
      });
      return req2.then = promise.then.bind(promise), req2;
    }
    exports.req = req;
  }
});

// node_modules/agent-base/dist/index.js
var require_dist = __commonJS({
  "node_modules/agent-base/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) k !== "default" && Object.prototype.hasOwnProperty.call(mod, k) && __createBinding(result, mod, k);
      return __setModuleDefault(result, mod), result;
    }, __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Agent = void 0;
    var net = __importStar(__require("net")), http2 = __importStar(__require("http")), https_1 = __require("https");
    __exportStar(require_helpers(), exports);
    var INTERNAL = /* @__PURE__ */ Symbol("AgentBaseInternalState"), Agent = class extends http2.Agent {
      constructor(opts) {
        super(opts), this[INTERNAL] = {};
      }
      /**
       * Determine whether this is an `http` or `https` request.
       */
      isSecureEndpoint(options) {
        if (options) {
          if (typeof options.secureEndpoint == "boolean")
            return options.secureEndpoint;
          if (typeof options.protocol == "string")
            return options.protocol === "https:";
        }
        let { stack } = new Error();
        return typeof stack != "string" ? !1 : stack.split(`
`).some((l) => l.indexOf("(https.js:") !== -1 || l.indexOf("node:https:") !== -1);
      }
      // In order to support async signatures in `connect()` and Node's native
      // connection pooling in `http.Agent`, the array of sockets for each origin
      // has to be updated synchronously. This is so the length of the array is
      // accurate when `addRequest()` is next called. We achieve this by creating a
      // fake socket and adding it to `sockets[origin]` and incrementing
      // `totalSocketCount`.
      incrementSockets(name) {
        if (this.maxSockets === 1 / 0 && this.maxTotalSockets === 1 / 0)
          return null;
        this.sockets[name] || (this.sockets[name] = []);
        let fakeSocket = new net.Socket({ writable: !1 });
        return this.sockets[name].push(fakeSocket), this.totalSocketCount++, fakeSocket;
      }
      decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null)
          return;
        let sockets = this.sockets[name], index = sockets.indexOf(socket);
        index !== -1 && (sockets.splice(index, 1), this.totalSocketCount--, sockets.length === 0 && delete this.sockets[name]);
      }
      // In order to properly update the socket pool, we need to call `getName()` on
      // the core `https.Agent` if it is a secureEndpoint.
      getName(options) {
        return this.isSecureEndpoint(options) ? https_1.Agent.prototype.getName.call(this, options) : super.getName(options);
      }
      createSocket(req, options, cb) {
        let connectOpts = {
          ...options,
          secureEndpoint: this.isSecureEndpoint(options)
        }, name = this.getName(connectOpts), fakeSocket = this.incrementSockets(name);
        Promise.resolve().then(() => this.connect(req, connectOpts)).then((socket) => {
          if (this.decrementSockets(name, fakeSocket), socket instanceof http2.Agent)
            try {
              return socket.addRequest(req, connectOpts);
            } catch (err) {
              return cb(err);
            }
          this[INTERNAL].currentSocket = socket, super.createSocket(req, options, cb);
        }, (err) => {
          this.decrementSockets(name, fakeSocket), cb(err);
        });
      }
      createConnection() {
        let socket = this[INTERNAL].currentSocket;
        if (this[INTERNAL].currentSocket = void 0, !socket)
          throw new Error("No socket was returned in the `connect()` function");
        return socket;
      }
      get defaultPort() {
        return this[INTERNAL].defaultPort ?? (this.protocol === "https:" ? 443 : 80);
      }
      set defaultPort(v) {
        this[INTERNAL] && (this[INTERNAL].defaultPort = v);
      }
      get protocol() {
        return this[INTERNAL].protocol ?? (this.isSecureEndpoint() ? "https:" : "http:");
      }
      set protocol(v) {
        this[INTERNAL] && (this[INTERNAL].protocol = v);
      }
    };
    exports.Agent = Agent;
  }
});

// node_modules/https-proxy-agent/dist/parse-proxy-response.js
var require_parse_proxy_response = __commonJS({
  "node_modules/https-proxy-agent/dist/parse-proxy-response.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.parseProxyResponse = void 0;
    var debug_1 = __importDefault(require_src()), debug = (0, debug_1.default)("https-proxy-agent:parse-proxy-response");
    function parseProxyResponse(socket) {
      return new Promise((resolve, reject) => {
        let buffersLength = 0, buffers = [];
        function read() {
          let b = socket.read();
          b ? ondata(b) : socket.once("readable", read);
        }
        function cleanup() {
          socket.removeListener("end", onend), socket.removeListener("error", onerror), socket.removeListener("readable", read);
        }
        function onend() {
          cleanup(), debug("onend"), reject(new Error("Proxy connection ended before receiving CONNECT response"));
        }
        function onerror(err) {
          cleanup(), debug("onerror %o", err), reject(err);
        }
        function ondata(b) {
          buffers.push(b), buffersLength += b.length;
          let buffered = Buffer.concat(buffers, buffersLength), endOfHeaders = buffered.indexOf(`\r
\r
`);
          if (endOfHeaders === -1) {
            debug("have not received end of HTTP headers yet..."), read();
            return;
          }
          let headerParts = buffered.slice(0, endOfHeaders).toString("ascii").split(`\r
`), firstLine = headerParts.shift();
          if (!firstLine)
            return socket.destroy(), reject(new Error("No header received from proxy CONNECT response"));
          let firstLineParts = firstLine.split(" "), statusCode = +firstLineParts[1], statusText = firstLineParts.slice(2).join(" "), headers = {};
          for (let header of headerParts) {
            if (!header)
              continue;
            let firstColon = header.indexOf(":");
            if (firstColon === -1)
              return socket.destroy(), reject(new Error(`Invalid header from proxy CONNECT response: "${header}"`));
            let key = header.slice(0, firstColon).toLowerCase(), value = header.slice(firstColon + 1).trimStart(), current = headers[key];
            typeof current == "string" ? headers[key] = [current, value] : Array.isArray(current) ? current.push(value) : headers[key] = value;
          }
          debug("got proxy server response: %o %o", firstLine, headers), cleanup(), resolve({
            connect: {
              statusCode,
              statusText,
              headers
            },
            buffered
          });
        }
        socket.on("error", onerror), socket.on("end", onend), read();
      });
    }
    exports.parseProxyResponse = parseProxyResponse;
  }
});

// node_modules/https-proxy-agent/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/https-proxy-agent/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) k !== "default" && Object.prototype.hasOwnProperty.call(mod, k) && __createBinding(result, mod, k);
      return __setModuleDefault(result, mod), result;
    }, __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HttpsProxyAgent = void 0;
    var net = __importStar(__require("net")), tls = __importStar(__require("tls")), assert_1 = __importDefault(__require("assert")), debug_1 = __importDefault(require_src()), agent_base_1 = require_dist(), url_1 = __require("url"), parse_proxy_response_1 = require_parse_proxy_response(), debug = (0, debug_1.default)("https-proxy-agent"), setServernameFromNonIpHost = (options) => options.servername === void 0 && options.host && !net.isIP(options.host) ? {
      ...options,
      servername: options.host
    } : options, HttpsProxyAgent2 = class extends agent_base_1.Agent {
      constructor(proxy, opts) {
        super(opts), this.options = { path: void 0 }, this.proxy = typeof proxy == "string" ? new url_1.URL(proxy) : proxy, this.proxyHeaders = opts?.headers ?? {}, debug("Creating new HttpsProxyAgent instance: %o", this.proxy.href);
        let host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, ""), port = this.proxy.port ? parseInt(this.proxy.port, 10) : this.proxy.protocol === "https:" ? 443 : 80;
        this.connectOpts = {
          // Attempt to negotiate http/1.1 for proxy servers that support http/2
          ALPNProtocols: ["http/1.1"],
          ...opts ? omit(opts, "headers") : null,
          host,
          port
        };
      }
      /**
       * Called when the node-core HTTP client library is creating a
       * new HTTP request.
       */
      async connect(req, opts) {
        let { proxy } = this;
        if (!opts.host)
          throw new TypeError('No "host" provided');
        let socket;
        proxy.protocol === "https:" ? (debug("Creating `tls.Socket`: %o", this.connectOpts), socket = tls.connect(setServernameFromNonIpHost(this.connectOpts))) : (debug("Creating `net.Socket`: %o", this.connectOpts), socket = net.connect(this.connectOpts));
        let headers = typeof this.proxyHeaders == "function" ? this.proxyHeaders() : { ...this.proxyHeaders }, host = net.isIPv6(opts.host) ? `[${opts.host}]` : opts.host, payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r
`;
        if (proxy.username || proxy.password) {
          let auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        headers.Host = `${host}:${opts.port}`, headers["Proxy-Connection"] || (headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close");
        for (let name of Object.keys(headers))
          payload += `${name}: ${headers[name]}\r
`;
        let proxyResponsePromise = (0, parse_proxy_response_1.parseProxyResponse)(socket);
        socket.write(`${payload}\r
`);
        let { connect, buffered } = await proxyResponsePromise;
        if (req.emit("proxyConnect", connect), this.emit("proxyConnect", connect, req), connect.statusCode === 200)
          return req.once("socket", resume), opts.secureEndpoint ? (debug("Upgrading socket connection to TLS"), tls.connect({
            ...omit(setServernameFromNonIpHost(opts), "host", "path", "port"),
            socket
          })) : socket;
        socket.destroy();
        let fakeSocket = new net.Socket({ writable: !1 });
        return fakeSocket.readable = !0, req.once("socket", (s) => {
          debug("Replaying proxy buffer for failed request"), (0, assert_1.default)(s.listenerCount("data") > 0), s.push(buffered), s.push(null);
        }), fakeSocket;
      }
    };
    HttpsProxyAgent2.protocols = ["http", "https"];
    exports.HttpsProxyAgent = HttpsProxyAgent2;
    function resume(socket) {
      socket.resume();
    }
    function omit(obj, ...keys) {
      let ret = {}, key;
      for (key in obj)
        keys.includes(key) || (ret[key] = obj[key]);
      return ret;
    }
  }
});

// node_modules/http-proxy-agent/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/http-proxy-agent/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) k !== "default" && Object.prototype.hasOwnProperty.call(mod, k) && __createBinding(result, mod, k);
      return __setModuleDefault(result, mod), result;
    }, __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HttpProxyAgent = void 0;
    var net = __importStar(__require("net")), tls = __importStar(__require("tls")), debug_1 = __importDefault(require_src()), events_1 = __require("events"), agent_base_1 = require_dist(), url_1 = __require("url"), debug = (0, debug_1.default)("http-proxy-agent"), HttpProxyAgent2 = class extends agent_base_1.Agent {
      constructor(proxy, opts) {
        super(opts), this.proxy = typeof proxy == "string" ? new url_1.URL(proxy) : proxy, this.proxyHeaders = opts?.headers ?? {}, debug("Creating new HttpProxyAgent instance: %o", this.proxy.href);
        let host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, ""), port = this.proxy.port ? parseInt(this.proxy.port, 10) : this.proxy.protocol === "https:" ? 443 : 80;
        this.connectOpts = {
          ...opts ? omit(opts, "headers") : null,
          host,
          port
        };
      }
      addRequest(req, opts) {
        req._header = null, this.setRequestProps(req, opts), super.addRequest(req, opts);
      }
      setRequestProps(req, opts) {
        let { proxy } = this, protocol = opts.secureEndpoint ? "https:" : "http:", hostname = req.getHeader("host") || "localhost", base = `${protocol}//${hostname}`, url = new url_1.URL(req.path, base);
        opts.port !== 80 && (url.port = String(opts.port)), req.path = String(url);
        let headers = typeof this.proxyHeaders == "function" ? this.proxyHeaders() : { ...this.proxyHeaders };
        if (proxy.username || proxy.password) {
          let auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        headers["Proxy-Connection"] || (headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close");
        for (let name of Object.keys(headers)) {
          let value = headers[name];
          value && req.setHeader(name, value);
        }
      }
      async connect(req, opts) {
        req._header = null, req.path.includes("://") || this.setRequestProps(req, opts);
        let first, endOfHeaders;
        debug("Regenerating stored HTTP header string for request"), req._implicitHeader(), req.outputData && req.outputData.length > 0 && (debug("Patching connection write() output buffer with updated header"), first = req.outputData[0].data, endOfHeaders = first.indexOf(`\r
\r
`) + 4, req.outputData[0].data = req._header + first.substring(endOfHeaders), debug("Output buffer: %o", req.outputData[0].data));
        let socket;
        return this.proxy.protocol === "https:" ? (debug("Creating `tls.Socket`: %o", this.connectOpts), socket = tls.connect(this.connectOpts)) : (debug("Creating `net.Socket`: %o", this.connectOpts), socket = net.connect(this.connectOpts)), await (0, events_1.once)(socket, "connect"), socket;
      }
    };
    HttpProxyAgent2.protocols = ["http", "https"];
    exports.HttpProxyAgent = HttpProxyAgent2;
    function omit(obj, ...keys) {
      let ret = {}, key;
      for (key in obj)
        keys.includes(key) || (ret[key] = obj[key]);
      return ret;
    }
  }
});

// node_modules/@azure/core-tracing/dist/commonjs/state.js
var require_state = __commonJS({
  "node_modules/@azure/core-tracing/dist/commonjs/state.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.state = void 0;
    exports.state = {
      instrumenterImplementation: void 0
    };
  }
});

// node_modules/@typespec/ts-http-runtime/dist/esm/abort-controller/AbortError.js
var AbortError = class extends Error {
  constructor(message) {
    super(message), this.name = "AbortError";
  }
};

// node_modules/@typespec/ts-http-runtime/dist/esm/logger/log.js
import { EOL } from "node:os";
import util from "node:util";
import process2 from "node:process";
function log(message, ...args) {
  process2.stderr.write(`${util.format(message, ...args)}${EOL}`);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/env.js
import process3 from "node:process";
function getEnvironmentVariable(name) {
  return process3.env[name];
}
function emitNodeWarning(warning) {
  process3.emitWarning(warning);
}
var isDeno = typeof process3.versions.deno == "string" && process3.versions.deno.length > 0, isBun = typeof process3.versions.bun == "string" && process3.versions.bun.length > 0, isNodeLike = !0;

// node_modules/@typespec/ts-http-runtime/dist/esm/logger/debug.js
var debugEnvVariable = getEnvironmentVariable("DEBUG"), enabledString, enabledNamespaces = [], skippedNamespaces = [], debuggers = [];
debugEnvVariable && enable(debugEnvVariable);
var debugObj = Object.assign((namespace) => createDebugger(namespace), {
  enable,
  enabled,
  disable,
  log
});
function enable(namespaces) {
  enabledString = namespaces, enabledNamespaces = [], skippedNamespaces = [];
  let namespaceList = namespaces.split(",").map((ns) => ns.trim());
  for (let ns of namespaceList)
    ns.startsWith("-") ? skippedNamespaces.push(ns.substring(1)) : enabledNamespaces.push(ns);
  for (let instance of debuggers)
    instance.enabled = enabled(instance.namespace);
}
function enabled(namespace) {
  if (namespace.endsWith("*"))
    return !0;
  for (let skipped of skippedNamespaces)
    if (namespaceMatches(namespace, skipped))
      return !1;
  for (let enabledNamespace of enabledNamespaces)
    if (namespaceMatches(namespace, enabledNamespace))
      return !0;
  return !1;
}
function namespaceMatches(namespace, patternToMatch) {
  if (patternToMatch.indexOf("*") === -1)
    return namespace === patternToMatch;
  let pattern = patternToMatch;
  if (patternToMatch.indexOf("**") !== -1) {
    let patternParts = [], lastCharacter = "";
    for (let character of patternToMatch)
      character === "*" && lastCharacter === "*" || (lastCharacter = character, patternParts.push(character));
    pattern = patternParts.join("");
  }
  let namespaceIndex = 0, patternIndex = 0, patternLength = pattern.length, namespaceLength = namespace.length, lastWildcard = -1, lastWildcardNamespace = -1;
  for (; namespaceIndex < namespaceLength && patternIndex < patternLength; )
    if (pattern[patternIndex] === "*") {
      if (lastWildcard = patternIndex, patternIndex++, patternIndex === patternLength)
        return !0;
      for (; namespace[namespaceIndex] !== pattern[patternIndex]; )
        if (namespaceIndex++, namespaceIndex === namespaceLength)
          return !1;
      lastWildcardNamespace = namespaceIndex, namespaceIndex++, patternIndex++;
      continue;
    } else if (pattern[patternIndex] === namespace[namespaceIndex])
      patternIndex++, namespaceIndex++;
    else if (lastWildcard >= 0) {
      if (patternIndex = lastWildcard + 1, namespaceIndex = lastWildcardNamespace + 1, namespaceIndex === namespaceLength)
        return !1;
      for (; namespace[namespaceIndex] !== pattern[patternIndex]; )
        if (namespaceIndex++, namespaceIndex === namespaceLength)
          return !1;
      lastWildcardNamespace = namespaceIndex, namespaceIndex++, patternIndex++;
      continue;
    } else
      return !1;
  let namespaceDone = namespaceIndex === namespace.length, patternDone = patternIndex === pattern.length, trailingWildCard = patternIndex === pattern.length - 1 && pattern[patternIndex] === "*";
  return namespaceDone && (patternDone || trailingWildCard);
}
function disable() {
  let result = enabledString || "";
  return enable(""), result;
}
function createDebugger(namespace) {
  let newDebugger = Object.assign(debug, {
    enabled: enabled(namespace),
    destroy,
    log: debugObj.log,
    namespace,
    extend
  });
  function debug(...args) {
    newDebugger.enabled && (args.length > 0 && (args[0] = `${namespace} ${args[0]}`), newDebugger.log(...args));
  }
  return debuggers.push(newDebugger), newDebugger;
}
function destroy() {
  let index = debuggers.indexOf(this);
  return index >= 0 ? (debuggers.splice(index, 1), !0) : !1;
}
function extend(namespace) {
  let newDebugger = createDebugger(`${this.namespace}:${namespace}`);
  return newDebugger.log = this.log, newDebugger;
}
var debug_default = debugObj;

// node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js
var TYPESPEC_RUNTIME_LOG_LEVELS = ["verbose", "info", "warning", "error"], levelMap = {
  verbose: 400,
  info: 300,
  warning: 200,
  error: 100
};
function patchLogMethod(parent, child) {
  child.log = (...args) => {
    parent.log(...args);
  };
}
function isTypeSpecRuntimeLogLevel(level) {
  return TYPESPEC_RUNTIME_LOG_LEVELS.includes(level);
}
function createLoggerContext(options) {
  let registeredLoggers = /* @__PURE__ */ new Set(), logLevelFromEnv = getEnvironmentVariable(options.logLevelEnvVarName), logLevel, clientLogger = debug_default(options.namespace);
  clientLogger.log = (...args) => {
    debug_default.log(...args);
  };
  function contextSetLogLevel(level) {
    if (level && !isTypeSpecRuntimeLogLevel(level))
      throw new Error(`Unknown log level '${level}'. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(",")}`);
    logLevel = level;
    let enabledNamespaces2 = [];
    for (let logger3 of registeredLoggers)
      shouldEnable(logger3) && enabledNamespaces2.push(logger3.namespace);
    debug_default.enable(enabledNamespaces2.join(","));
  }
  logLevelFromEnv && (isTypeSpecRuntimeLogLevel(logLevelFromEnv) ? contextSetLogLevel(logLevelFromEnv) : console.error(`${options.logLevelEnvVarName} set to unknown log level '${logLevelFromEnv}'; logging is not enabled. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(", ")}.`));
  function shouldEnable(logger3) {
    return !!(logLevel && levelMap[logger3.level] <= levelMap[logLevel]);
  }
  function createLogger(parent, level) {
    let logger3 = Object.assign(parent.extend(level), {
      level
    });
    if (patchLogMethod(parent, logger3), shouldEnable(logger3)) {
      let enabledNamespaces2 = debug_default.disable();
      debug_default.enable(enabledNamespaces2 + "," + logger3.namespace);
    }
    return registeredLoggers.add(logger3), logger3;
  }
  function contextGetLogLevel() {
    return logLevel;
  }
  function contextCreateClientLogger(namespace) {
    let clientRootLogger = clientLogger.extend(namespace);
    return patchLogMethod(clientLogger, clientRootLogger), {
      error: createLogger(clientRootLogger, "error"),
      warning: createLogger(clientRootLogger, "warning"),
      info: createLogger(clientRootLogger, "info"),
      verbose: createLogger(clientRootLogger, "verbose")
    };
  }
  return {
    setLogLevel: contextSetLogLevel,
    getLogLevel: contextGetLogLevel,
    createClientLogger: contextCreateClientLogger,
    logger: clientLogger
  };
}
var context = createLoggerContext({
  logLevelEnvVarName: "TYPESPEC_RUNTIME_LOG_LEVEL",
  namespace: "typeSpecRuntime"
}), TypeSpecRuntimeLogger = context.logger;
function createClientLogger(namespace) {
  return context.createClientLogger(namespace);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/httpHeaders.js
function normalizeName(name) {
  return name.toLowerCase();
}
function normalizeValue(value) {
  return String(value).trim().replace(/[\r\n]/g, "");
}
function* headerIterator(map) {
  for (let entry of map.values())
    yield [entry.name, entry.value];
}
var HttpHeadersImpl = class {
  _headersMap;
  constructor(rawHeaders) {
    if (this._headersMap = /* @__PURE__ */ new Map(), rawHeaders)
      for (let headerName of Object.keys(rawHeaders))
        this.set(headerName, rawHeaders[headerName]);
  }
  /**
   * Set a header in this collection with the provided name and value. The name is
   * case-insensitive.
   * @param name - The name of the header to set. This value is case-insensitive.
   * @param value - The value of the header to set.
   */
  set(name, value) {
    this._headersMap.set(normalizeName(name), { name, value: normalizeValue(value) });
  }
  /**
   * Get the header value for the provided header name, or undefined if no header exists in this
   * collection with the provided name.
   * @param name - The name of the header. This value is case-insensitive.
   */
  get(name) {
    return this._headersMap.get(normalizeName(name))?.value;
  }
  /**
   * Get whether or not this header collection contains a header entry for the provided header name.
   * @param name - The name of the header to set. This value is case-insensitive.
   */
  has(name) {
    return this._headersMap.has(normalizeName(name));
  }
  /**
   * Remove the header with the provided headerName.
   * @param name - The name of the header to remove.
   */
  delete(name) {
    this._headersMap.delete(normalizeName(name));
  }
  /**
   * Get the JSON object representation of this HTTP header collection.
   */
  toJSON(options = {}) {
    let result = {};
    if (options.preserveCase)
      for (let entry of this._headersMap.values())
        result[entry.name] = entry.value;
    else
      for (let [normalizedName, entry] of this._headersMap)
        result[normalizedName] = entry.value;
    return result;
  }
  /**
   * Get the string representation of this HTTP header collection.
   */
  toString() {
    return JSON.stringify(this.toJSON({ preserveCase: !0 }));
  }
  /**
   * Iterate over tuples of header [name, value] pairs.
   */
  [Symbol.iterator]() {
    return headerIterator(this._headersMap);
  }
};
function createHttpHeaders(rawHeaders) {
  return new HttpHeadersImpl(rawHeaders);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/uuidUtils.js
function randomUUID() {
  return crypto.randomUUID();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/pipelineRequest.js
var PipelineRequestImpl = class {
  url;
  method;
  headers;
  timeout;
  withCredentials;
  body;
  multipartBody;
  formData;
  streamResponseStatusCodes;
  enableBrowserStreams;
  proxySettings;
  disableKeepAlive;
  abortSignal;
  requestId;
  allowInsecureConnection;
  onUploadProgress;
  onDownloadProgress;
  requestOverrides;
  authSchemes;
  constructor(options) {
    this.url = options.url, this.body = options.body, this.headers = options.headers ?? createHttpHeaders(), this.method = options.method ?? "GET", this.timeout = options.timeout ?? 0, this.multipartBody = options.multipartBody, this.formData = options.formData, this.disableKeepAlive = options.disableKeepAlive ?? !1, this.proxySettings = options.proxySettings, this.streamResponseStatusCodes = options.streamResponseStatusCodes, this.withCredentials = options.withCredentials ?? !1, this.abortSignal = options.abortSignal, this.onUploadProgress = options.onUploadProgress, this.onDownloadProgress = options.onDownloadProgress, this.requestId = options.requestId || randomUUID(), this.allowInsecureConnection = options.allowInsecureConnection ?? !1, this.enableBrowserStreams = options.enableBrowserStreams ?? !1, this.requestOverrides = options.requestOverrides, this.authSchemes = options.authSchemes;
  }
};
function createPipelineRequest(options) {
  return new PipelineRequestImpl(options);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/pipeline.js
var ValidPhaseNames = /* @__PURE__ */ new Set(["Deserialize", "Serialize", "Retry", "Sign"]), HttpPipeline = class _HttpPipeline {
  _policies = [];
  _orderedPolicies;
  constructor(policies) {
    this._policies = policies?.slice(0) ?? [], this._orderedPolicies = void 0;
  }
  addPolicy(policy, options = {}) {
    if (options.phase && options.afterPhase)
      throw new Error("Policies inside a phase cannot specify afterPhase.");
    if (options.phase && !ValidPhaseNames.has(options.phase))
      throw new Error(`Invalid phase name: ${options.phase}`);
    if (options.afterPhase && !ValidPhaseNames.has(options.afterPhase))
      throw new Error(`Invalid afterPhase name: ${options.afterPhase}`);
    this._policies.push({
      policy,
      options
    }), this._orderedPolicies = void 0;
  }
  removePolicy(options) {
    let removedPolicies = [];
    return this._policies = this._policies.filter((policyDescriptor) => options.name && policyDescriptor.policy.name === options.name || options.phase && policyDescriptor.options.phase === options.phase ? (removedPolicies.push(policyDescriptor.policy), !1) : !0), this._orderedPolicies = void 0, removedPolicies;
  }
  sendRequest(httpClient, request) {
    return this.getOrderedPolicies().reduceRight((next, policy) => (req) => policy.sendRequest(req, next), (req) => httpClient.sendRequest(req))(request);
  }
  getOrderedPolicies() {
    return this._orderedPolicies || (this._orderedPolicies = this.orderPolicies()), this._orderedPolicies;
  }
  clone() {
    return new _HttpPipeline(this._policies);
  }
  static create() {
    return new _HttpPipeline();
  }
  orderPolicies() {
    let result = [], policyMap = /* @__PURE__ */ new Map();
    function createPhase(name) {
      return {
        name,
        policies: /* @__PURE__ */ new Set(),
        hasRun: !1,
        hasAfterPolicies: !1
      };
    }
    let serializePhase = createPhase("Serialize"), noPhase = createPhase("None"), deserializePhase = createPhase("Deserialize"), retryPhase = createPhase("Retry"), signPhase = createPhase("Sign"), orderedPhases = [serializePhase, noPhase, deserializePhase, retryPhase, signPhase];
    function getPhase(phase) {
      return phase === "Retry" ? retryPhase : phase === "Serialize" ? serializePhase : phase === "Deserialize" ? deserializePhase : phase === "Sign" ? signPhase : noPhase;
    }
    for (let descriptor of this._policies) {
      let policy = descriptor.policy, options = descriptor.options, policyName = policy.name;
      if (policyMap.has(policyName))
        throw new Error("Duplicate policy names not allowed in pipeline");
      let node = {
        policy,
        dependsOn: /* @__PURE__ */ new Set(),
        dependants: /* @__PURE__ */ new Set()
      };
      options.afterPhase && (node.afterPhase = getPhase(options.afterPhase), node.afterPhase.hasAfterPolicies = !0), policyMap.set(policyName, node), getPhase(options.phase).policies.add(node);
    }
    for (let descriptor of this._policies) {
      let { policy, options } = descriptor, policyName = policy.name, node = policyMap.get(policyName);
      if (!node)
        throw new Error(`Missing node for policy ${policyName}`);
      if (options.afterPolicies)
        for (let afterPolicyName of options.afterPolicies) {
          let afterNode = policyMap.get(afterPolicyName);
          afterNode && (node.dependsOn.add(afterNode), afterNode.dependants.add(node));
        }
      if (options.beforePolicies)
        for (let beforePolicyName of options.beforePolicies) {
          let beforeNode = policyMap.get(beforePolicyName);
          beforeNode && (beforeNode.dependsOn.add(node), node.dependants.add(beforeNode));
        }
    }
    function walkPhase(phase) {
      phase.hasRun = !0;
      for (let node of phase.policies)
        if (!(node.afterPhase && (!node.afterPhase.hasRun || node.afterPhase.policies.size)) && node.dependsOn.size === 0) {
          result.push(node.policy);
          for (let dependant of node.dependants)
            dependant.dependsOn.delete(node);
          policyMap.delete(node.policy.name), phase.policies.delete(node);
        }
    }
    function walkPhases() {
      for (let phase of orderedPhases) {
        if (walkPhase(phase), phase.policies.size > 0 && phase !== noPhase) {
          noPhase.hasRun || walkPhase(noPhase);
          return;
        }
        phase.hasAfterPolicies && walkPhase(noPhase);
      }
    }
    let iteration = 0;
    for (; policyMap.size > 0; ) {
      iteration++;
      let initialResultLength = result.length;
      if (walkPhases(), result.length <= initialResultLength && iteration > 1)
        throw new Error("Cannot satisfy policy dependencies due to requirements cycle.");
    }
    return result;
  }
};
function createEmptyPipeline() {
  return HttpPipeline.create();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/object.js
function isObject(input) {
  return typeof input == "object" && input !== null && !Array.isArray(input) && !(input instanceof RegExp) && !(input instanceof Date);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/error.js
function isError(e) {
  if (isObject(e)) {
    let hasName = typeof e.name == "string", hasMessage = typeof e.message == "string";
    return hasName && hasMessage;
  }
  return !1;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/inspect.js
import { inspect } from "node:util";
var custom = inspect.custom;

// node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
var RedactedString = "REDACTED", defaultAllowedHeaderNames = [
  "x-ms-client-request-id",
  "x-ms-return-client-request-id",
  "x-ms-useragent",
  "x-ms-correlation-request-id",
  "x-ms-request-id",
  "client-request-id",
  "ms-cv",
  "return-client-request-id",
  "traceparent",
  "Access-Control-Allow-Credentials",
  "Access-Control-Allow-Headers",
  "Access-Control-Allow-Methods",
  "Access-Control-Allow-Origin",
  "Access-Control-Expose-Headers",
  "Access-Control-Max-Age",
  "Access-Control-Request-Headers",
  "Access-Control-Request-Method",
  "Origin",
  "Accept",
  "Accept-Encoding",
  "Cache-Control",
  "Connection",
  "Content-Length",
  "Content-Type",
  "Date",
  "ETag",
  "Expires",
  "If-Match",
  "If-Modified-Since",
  "If-None-Match",
  "If-Unmodified-Since",
  "Last-Modified",
  "Pragma",
  "Request-Id",
  "Retry-After",
  "Server",
  "Transfer-Encoding",
  "User-Agent",
  "WWW-Authenticate"
], defaultAllowedQueryParameters = ["api-version"], Sanitizer = class {
  allowedHeaderNames;
  allowedQueryParameters;
  constructor({ additionalAllowedHeaderNames: allowedHeaderNames = [], additionalAllowedQueryParameters: allowedQueryParameters = [] } = {}) {
    allowedHeaderNames = defaultAllowedHeaderNames.concat(allowedHeaderNames), allowedQueryParameters = defaultAllowedQueryParameters.concat(allowedQueryParameters), this.allowedHeaderNames = new Set(allowedHeaderNames.map((n) => n.toLowerCase())), this.allowedQueryParameters = new Set(allowedQueryParameters.map((p) => p.toLowerCase()));
  }
  /**
   * Sanitizes an object for logging.
   * @param obj - The object to sanitize
   * @returns - The sanitized object as a string
   */
  sanitize(obj) {
    let seen = /* @__PURE__ */ new Set();
    return JSON.stringify(obj, (key, value) => {
      if (value instanceof Error)
        return {
          ...value,
          name: value.name,
          message: value.message
        };
      if (key === "headers" && isObject(value))
        return this.sanitizeHeaders(value);
      if (key === "url" && typeof value == "string")
        return this.sanitizeUrl(value);
      if (key === "query" && isObject(value))
        return this.sanitizeQuery(value);
      if (key === "body")
        return;
      if (key === "response")
        return;
      if (key === "operationSpec")
        return;
      if (Array.isArray(value) || isObject(value)) {
        if (seen.has(value))
          return "[Circular]";
        seen.add(value);
      }
      return value;
    }, 2);
  }
  /**
   * Sanitizes a URL for logging.
   * @param value - The URL to sanitize
   * @returns - The sanitized URL as a string
   */
  sanitizeUrl(value) {
    if (typeof value != "string" || value === null || value === "")
      return value;
    let url = new URL(value);
    if (!url.search)
      return value;
    for (let [key] of url.searchParams)
      this.allowedQueryParameters.has(key.toLowerCase()) || url.searchParams.set(key, RedactedString);
    return url.toString();
  }
  sanitizeHeaders(obj) {
    let sanitized = {};
    for (let key of Object.keys(obj))
      this.allowedHeaderNames.has(key.toLowerCase()) ? sanitized[key] = obj[key] : sanitized[key] = RedactedString;
    return sanitized;
  }
  sanitizeQuery(value) {
    if (typeof value != "object" || value === null)
      return value;
    let sanitized = {};
    for (let k of Object.keys(value))
      this.allowedQueryParameters.has(k.toLowerCase()) ? sanitized[k] = value[k] : sanitized[k] = RedactedString;
    return sanitized;
  }
};

// node_modules/@typespec/ts-http-runtime/dist/esm/restError.js
var errorSanitizer = new Sanitizer(), RestError = class _RestError extends Error {
  /**
   * Something went wrong when making the request.
   * This means the actual request failed for some reason,
   * such as a DNS issue or the connection being lost.
   */
  static REQUEST_SEND_ERROR = "REQUEST_SEND_ERROR";
  /**
   * This means that parsing the response from the server failed.
   * It may have been malformed.
   */
  static PARSE_ERROR = "PARSE_ERROR";
  /**
   * The code of the error itself (use statics on RestError if possible.)
   */
  code;
  /**
   * The HTTP status code of the request (if applicable.)
   */
  statusCode;
  /**
   * The request that was made.
   * This property is non-enumerable.
   */
  request;
  /**
   * The response received (if any.)
   * This property is non-enumerable.
   */
  response;
  /**
   * Bonus property set by the throw site.
   */
  details;
  constructor(message, options = {}) {
    super(message), this.name = "RestError", this.code = options.code, this.statusCode = options.statusCode, Object.defineProperty(this, "request", { value: options.request, enumerable: !1 }), Object.defineProperty(this, "response", { value: options.response, enumerable: !1 });
    let agent = this.request?.agent ? {
      maxFreeSockets: this.request.agent.maxFreeSockets,
      maxSockets: this.request.agent.maxSockets
    } : void 0;
    Object.defineProperty(this, custom, {
      value: () => `RestError: ${this.message} 
 ${errorSanitizer.sanitize({
        ...this,
        request: { ...this.request, agent },
        response: this.response
      })}`,
      enumerable: !1
    }), Object.setPrototypeOf(this, _RestError.prototype);
  }
};
function isRestError(e) {
  return e instanceof RestError ? !0 : isError(e) && e.name === "RestError";
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
function uint8ArrayToString(bytes, format) {
  return Buffer.from(bytes).toString(format);
}
function stringToUint8Array(value, format) {
  return Buffer.from(value, format);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { Transform } from "node:stream";

// node_modules/@typespec/ts-http-runtime/dist/esm/log.js
var logger = createClientLogger("ts-http-runtime");

// node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
var DEFAULT_TLS_SETTINGS = {};
function isReadableStream(body) {
  return body && typeof body.pipe == "function";
}
function isStreamComplete(stream) {
  return stream.readable === !1 ? Promise.resolve() : new Promise((resolve) => {
    let handler = () => {
      resolve(), stream.removeListener("close", handler), stream.removeListener("end", handler), stream.removeListener("error", handler);
    };
    stream.on("close", handler), stream.on("end", handler), stream.on("error", handler);
  });
}
function isArrayBuffer(body) {
  return body && typeof body.byteLength == "number";
}
var ReportTransform = class extends Transform {
  loadedBytes = 0;
  progressCallback;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  _transform(chunk, _encoding, callback) {
    this.push(chunk), this.loadedBytes += chunk.length;
    try {
      this.progressCallback({ loadedBytes: this.loadedBytes }), callback();
    } catch (e) {
      callback(e);
    }
  }
  constructor(progressCallback) {
    super(), this.progressCallback = progressCallback;
  }
}, NodeHttpClient = class {
  cachedHttpAgent;
  cachedHttpsAgents = /* @__PURE__ */ new WeakMap();
  /**
   * Makes a request over an underlying transport layer and returns the response.
   * @param request - The request to be made.
   */
  async sendRequest(request) {
    let abortController = new AbortController(), abortListener;
    if (request.abortSignal) {
      if (request.abortSignal.aborted)
        throw new AbortError("The operation was aborted. Request has already been canceled.");
      abortListener = (event) => {
        event.type === "abort" && abortController.abort();
      }, request.abortSignal.addEventListener("abort", abortListener);
    }
    let timeoutId;
    request.timeout > 0 && (timeoutId = setTimeout(() => {
      let sanitizer = new Sanitizer();
      logger.info(`request to '${sanitizer.sanitizeUrl(request.url)}' timed out. canceling...`), abortController.abort();
    }, request.timeout));
    let acceptEncoding = request.headers.get("Accept-Encoding"), shouldDecompress = acceptEncoding?.includes("gzip") || acceptEncoding?.includes("deflate"), body = typeof request.body == "function" ? request.body() : request.body;
    if (body && !request.headers.has("Content-Length")) {
      let bodyLength = getBodyLength(body);
      bodyLength !== null && request.headers.set("Content-Length", bodyLength);
    }
    let responseStream;
    try {
      if (body && request.onUploadProgress) {
        let onUploadProgress = request.onUploadProgress, uploadReportStream = new ReportTransform(onUploadProgress);
        uploadReportStream.on("error", (e) => {
          logger.error("Error in upload progress", e);
        }), isReadableStream(body) ? body.pipe(uploadReportStream) : uploadReportStream.end(body), body = uploadReportStream;
      }
      let res = await this.makeRequest(request, abortController, body);
      timeoutId !== void 0 && clearTimeout(timeoutId);
      let headers = getResponseHeaders(res), response = {
        status: res.statusCode ?? 0,
        headers,
        request
      };
      if (request.method === "HEAD")
        return res.resume(), response;
      responseStream = shouldDecompress ? getDecodedResponseStream(res, headers) : res;
      let onDownloadProgress = request.onDownloadProgress;
      if (onDownloadProgress) {
        let downloadReportStream = new ReportTransform(onDownloadProgress);
        downloadReportStream.on("error", (e) => {
          logger.error("Error in download progress", e);
        }), responseStream.pipe(downloadReportStream), responseStream = downloadReportStream;
      }
      return /* Value of POSITIVE_INFINITY in streamResponseStatusCodes is considered as any status code */ request.streamResponseStatusCodes?.has(Number.POSITIVE_INFINITY) || request.streamResponseStatusCodes?.has(response.status) ? response.readableStreamBody = responseStream : response.bodyAsText = await streamToText(responseStream), response;
    } finally {
      if (request.abortSignal && abortListener) {
        let uploadStreamDone = Promise.resolve();
        isReadableStream(body) && (uploadStreamDone = isStreamComplete(body));
        let downloadStreamDone = Promise.resolve();
        isReadableStream(responseStream) && (downloadStreamDone = isStreamComplete(responseStream)), Promise.all([uploadStreamDone, downloadStreamDone]).then(() => {
          abortListener && request.abortSignal?.removeEventListener("abort", abortListener);
        }).catch((e) => {
          logger.warning("Error when cleaning up abortListener on httpRequest", e);
        });
      }
    }
  }
  makeRequest(request, abortController, body) {
    let url = new URL(request.url), isInsecure = url.protocol !== "https:";
    if (isInsecure && !request.allowInsecureConnection)
      throw new Error(`Cannot connect to ${request.url} while allowInsecureConnection is false.`);
    let options = {
      agent: request.agent ?? this.getOrCreateAgent(request, isInsecure),
      hostname: url.hostname,
      path: `${url.pathname}${url.search}`,
      port: url.port,
      method: request.method,
      headers: request.headers.toJSON({ preserveCase: !0 }),
      ...request.requestOverrides
    };
    return new Promise((resolve, reject) => {
      let req = isInsecure ? http.request(options, resolve) : https.request(options, resolve);
      req.once("error", (err) => {
        reject(new RestError(err.message, { code: err.code ?? RestError.REQUEST_SEND_ERROR, request }));
      }), abortController.signal.addEventListener("abort", () => {
        let abortError = new AbortError("The operation was aborted. Rejecting from abort signal callback while making request.");
        req.destroy(abortError), reject(abortError);
      }), body && isReadableStream(body) ? body.pipe(req) : body ? typeof body == "string" || Buffer.isBuffer(body) ? req.end(body) : isArrayBuffer(body) ? req.end(ArrayBuffer.isView(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : Buffer.from(body)) : (logger.error("Unrecognized body type", body), reject(new RestError("Unrecognized body type"))) : req.end();
    });
  }
  getOrCreateAgent(request, isInsecure) {
    let disableKeepAlive = request.disableKeepAlive;
    if (isInsecure)
      return disableKeepAlive ? http.globalAgent : (this.cachedHttpAgent || (this.cachedHttpAgent = new http.Agent({ keepAlive: !0 })), this.cachedHttpAgent);
    {
      if (disableKeepAlive && !request.tlsSettings)
        return https.globalAgent;
      let tlsSettings = request.tlsSettings ?? DEFAULT_TLS_SETTINGS, agent = this.cachedHttpsAgents.get(tlsSettings);
      return agent && agent.options.keepAlive === !disableKeepAlive || (logger.info("No cached TLS Agent exist, creating a new Agent"), agent = new https.Agent({
        // keepAlive is true if disableKeepAlive is false.
        keepAlive: !disableKeepAlive,
        // Since we are spreading, if no tslSettings were provided, nothing is added to the agent options.
        ...tlsSettings
      }), this.cachedHttpsAgents.set(tlsSettings, agent)), agent;
    }
  }
};
function getResponseHeaders(res) {
  let headers = createHttpHeaders();
  for (let header of Object.keys(res.headers)) {
    let value = res.headers[header];
    Array.isArray(value) ? value.length > 0 && headers.set(header, value[0]) : value && headers.set(header, value);
  }
  return headers;
}
function getDecodedResponseStream(stream, headers) {
  let contentEncoding = headers.get("Content-Encoding");
  if (contentEncoding === "gzip") {
    let unzip = zlib.createGunzip();
    return stream.pipe(unzip), unzip;
  } else if (contentEncoding === "deflate") {
    let inflate = zlib.createInflate();
    return stream.pipe(inflate), inflate;
  }
  return stream;
}
function streamToText(stream) {
  return new Promise((resolve, reject) => {
    let buffer = [];
    stream.on("data", (chunk) => {
      Buffer.isBuffer(chunk) ? buffer.push(chunk) : buffer.push(Buffer.from(chunk));
    }), stream.on("end", () => {
      resolve(Buffer.concat(buffer).toString("utf8"));
    }), stream.on("error", (e) => {
      e && e?.name === "AbortError" ? reject(e) : reject(new RestError(`Error reading response as text: ${e.message}`, {
        code: RestError.PARSE_ERROR
      }));
    });
  });
}
function getBodyLength(body) {
  return body ? Buffer.isBuffer(body) ? body.length : isReadableStream(body) ? null : isArrayBuffer(body) ? body.byteLength : typeof body == "string" ? Buffer.from(body).length : null : 0;
}
function createNodeHttpClient() {
  return new NodeHttpClient();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/defaultHttpClient.js
function createDefaultHttpClient() {
  return createNodeHttpClient();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/logPolicy.js
var logPolicyName = "logPolicy";
function logPolicy(options = {}) {
  let logger3 = options.logger ?? logger.info, sanitizer = new Sanitizer({
    additionalAllowedHeaderNames: options.additionalAllowedHeaderNames,
    additionalAllowedQueryParameters: options.additionalAllowedQueryParameters
  });
  return {
    name: logPolicyName,
    async sendRequest(request, next) {
      if (!logger3.enabled)
        return next(request);
      logger3(`Request: ${sanitizer.sanitize(request)}`);
      let response = await next(request);
      return logger3(`Response status code: ${response.status}`), logger3(`Headers: ${sanitizer.sanitize(response.headers)}`), response;
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgentPlatform.js
import os from "node:os";
import process4 from "node:process";
function getHeaderName() {
  return "User-Agent";
}
async function setPlatformSpecificData(map) {
  if (process4 && process4.versions) {
    let osInfo = `${os.type()} ${os.release()}; ${os.arch()}`;
    process4.versions.bun ? map.set("Bun", `${process4.versions.bun} (${osInfo})`) : process4.versions.deno ? map.set("Deno", `${process4.versions.deno} (${osInfo})`) : process4.versions.node && map.set("Node", `${process4.versions.node} (${osInfo})`);
  }
}

// node_modules/@typespec/ts-http-runtime/dist/esm/constants.js
var SDK_VERSION = "0.3.6";

// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgent.js
function getUserAgentString(telemetryInfo) {
  let parts = [];
  for (let [key, value] of telemetryInfo) {
    let token = value ? `${key}/${value}` : key;
    parts.push(token);
  }
  return parts.join(" ");
}
function getUserAgentHeaderName() {
  return getHeaderName();
}
async function getUserAgentValue(prefix) {
  let runtimeInfo = /* @__PURE__ */ new Map();
  runtimeInfo.set("ts-http-runtime", SDK_VERSION), await setPlatformSpecificData(runtimeInfo);
  let defaultAgent = getUserAgentString(runtimeInfo);
  return prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js
var UserAgentHeaderName = getUserAgentHeaderName(), userAgentPolicyName = "userAgentPolicy";
function userAgentPolicy(options = {}) {
  let userAgentValue = getUserAgentValue(options.userAgentPrefix);
  return {
    name: userAgentPolicyName,
    async sendRequest(request, next) {
      return request.headers.has(UserAgentHeaderName) || request.headers.set(UserAgentHeaderName, await userAgentValue), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/random.js
function getRandomIntegerInclusive(min, max) {
  return min = Math.ceil(min), max = Math.floor(max), Math.floor(Math.random() * (max - min + 1)) + min;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/delay.js
function calculateRetryDelay(retryAttempt, config) {
  let exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt), clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
  return { retryAfterInMs: clampedDelay / 2 + getRandomIntegerInclusive(0, clampedDelay / 2) };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/helpers.js
var StandardAbortMessage = "The operation was aborted.";
function delay(delayInMs, value, options) {
  return new Promise((resolve, reject) => {
    let timer, onAborted, rejectOnAbort = () => reject(new AbortError(options?.abortErrorMsg ? options?.abortErrorMsg : StandardAbortMessage)), removeListeners = () => {
      options?.abortSignal && onAborted && options.abortSignal.removeEventListener("abort", onAborted);
    };
    if (onAborted = () => (timer && clearTimeout(timer), removeListeners(), rejectOnAbort()), options?.abortSignal && options.abortSignal.aborted)
      return rejectOnAbort();
    timer = setTimeout(() => {
      removeListeners(), resolve(value);
    }, delayInMs), options?.abortSignal && options.abortSignal.addEventListener("abort", onAborted);
  });
}
function parseHeaderValueAsNumber(response, headerName) {
  let value = response.headers.get(headerName);
  if (!value)
    return;
  let valueAsNum = Number(value);
  if (!Number.isNaN(valueAsNum))
    return valueAsNum;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/throttlingRetryStrategy.js
var RetryAfterHeader = "Retry-After", AllRetryAfterHeaders = ["retry-after-ms", "x-ms-retry-after-ms", RetryAfterHeader];
function getRetryAfterInMs(response) {
  if (response && [429, 503].includes(response.status))
    try {
      for (let header of AllRetryAfterHeaders) {
        let retryAfterValue = parseHeaderValueAsNumber(response, header);
        if (retryAfterValue === 0 || retryAfterValue)
          return retryAfterValue * (header === RetryAfterHeader ? 1e3 : 1);
      }
      let retryAfterHeader = response.headers.get(RetryAfterHeader);
      if (!retryAfterHeader)
        return;
      let diff = Date.parse(retryAfterHeader) - Date.now();
      return Number.isFinite(diff) ? Math.max(0, diff) : void 0;
    } catch {
      return;
    }
}
function isThrottlingRetryResponse(response) {
  return Number.isFinite(getRetryAfterInMs(response));
}
function throttlingRetryStrategy() {
  return {
    name: "throttlingRetryStrategy",
    retry({ response }) {
      let retryAfterInMs = getRetryAfterInMs(response);
      return Number.isFinite(retryAfterInMs) ? {
        retryAfterInMs
      } : { skipStrategy: !0 };
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/exponentialRetryStrategy.js
var DEFAULT_CLIENT_RETRY_INTERVAL = 1e3, DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 1e3 * 64;
function exponentialRetryStrategy(options = {}) {
  let retryInterval = options.retryDelayInMs ?? DEFAULT_CLIENT_RETRY_INTERVAL, maxRetryInterval = options.maxRetryDelayInMs ?? DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
  return {
    name: "exponentialRetryStrategy",
    retry({ retryCount, response, responseError }) {
      let matchedSystemError = isSystemError(responseError), ignoreSystemErrors = matchedSystemError && options.ignoreSystemErrors, isExponential = isExponentialRetryResponse(response), ignoreExponentialResponse = isExponential && options.ignoreHttpStatusCodes;
      return response && (isThrottlingRetryResponse(response) || !isExponential) || ignoreExponentialResponse || ignoreSystemErrors ? { skipStrategy: !0 } : responseError && !matchedSystemError && !isExponential ? { errorToThrow: responseError } : calculateRetryDelay(retryCount, {
        retryDelayInMs: retryInterval,
        maxRetryDelayInMs: maxRetryInterval
      });
    }
  };
}
function isExponentialRetryResponse(response) {
  return !!(response && response.status !== void 0 && (response.status >= 500 || response.status === 408) && response.status !== 501 && response.status !== 505);
}
function isSystemError(err) {
  return err ? err.code === "ETIMEDOUT" || err.code === "ESOCKETTIMEDOUT" || err.code === "ECONNREFUSED" || err.code === "ECONNRESET" || err.code === "ENOENT" || err.code === "ENOTFOUND" : !1;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/retryPolicy.js
var retryPolicyLogger = createClientLogger("ts-http-runtime retryPolicy"), retryPolicyName = "retryPolicy";
function retryPolicy(strategies, options = { maxRetries: 3 }) {
  let logger3 = options.logger || retryPolicyLogger;
  return {
    name: retryPolicyName,
    async sendRequest(request, next) {
      let response, responseError, retryCount = -1;
      retryRequest: for (; ; ) {
        retryCount += 1, response = void 0, responseError = void 0;
        try {
          logger3.info(`Retry ${retryCount}: Attempting to send request`, request.requestId), response = await next(request), logger3.info(`Retry ${retryCount}: Received a response from request`, request.requestId);
        } catch (e) {
          if (logger3.error(`Retry ${retryCount}: Received an error from request`, request.requestId), !isRestError(e))
            throw e;
          responseError = e, response = e.response;
        }
        if (request.abortSignal?.aborted)
          throw logger3.error(`Retry ${retryCount}: Request aborted.`), new AbortError();
        if (retryCount >= (options.maxRetries ?? 3)) {
          if (logger3.info(`Retry ${retryCount}: Maximum retries reached. Returning the last received response, or throwing the last received error.`), responseError)
            throw responseError;
          if (response)
            return response;
          throw new Error("Maximum retries reached with no response or error to throw");
        }
        logger3.info(`Retry ${retryCount}: Processing ${strategies.length} retry strategies.`);
        strategiesLoop: for (let strategy of strategies) {
          let strategyLogger = strategy.logger || logger3;
          strategyLogger.info(`Retry ${retryCount}: Processing retry strategy ${strategy.name}.`);
          let modifiers = strategy.retry({
            retryCount,
            response,
            responseError
          });
          if (modifiers.skipStrategy) {
            strategyLogger.info(`Retry ${retryCount}: Skipped.`);
            continue strategiesLoop;
          }
          let { errorToThrow, retryAfterInMs, redirectTo } = modifiers;
          if (errorToThrow)
            throw strategyLogger.error(`Retry ${retryCount}: Retry strategy ${strategy.name} throws error:`, errorToThrow), errorToThrow;
          if (retryAfterInMs || retryAfterInMs === 0) {
            strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} retries after ${retryAfterInMs}`), await delay(retryAfterInMs, void 0, { abortSignal: request.abortSignal });
            continue retryRequest;
          }
          if (redirectTo) {
            strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} redirects to ${redirectTo}`), request.url = redirectTo;
            continue retryRequest;
          }
        }
        if (responseError)
          throw logger3.info("None of the retry strategies could work with the received error. Throwing it."), responseError;
        if (response)
          return logger3.info("None of the retry strategies could work with the received response. Returning it."), response;
      }
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/defaultRetryPolicy.js
var defaultRetryPolicyName = "defaultRetryPolicy";
function defaultRetryPolicy(options = {}) {
  return {
    name: defaultRetryPolicyName,
    sendRequest: retryPolicy([throttlingRetryStrategy(), exponentialRetryStrategy(options)], {
      maxRetries: options.maxRetries ?? 3
    }).sendRequest
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/formData.js
function convertBodyToFormDataMap(body) {
  if (typeof FormData < "u" && body instanceof FormData) {
    let formDataMap = {};
    for (let [key, value] of body.entries()) {
      let existing = formDataMap[key];
      Array.isArray(existing) ? existing.push(value) : formDataMap[key] = existing !== void 0 ? [existing, value] : [value];
    }
    return formDataMap;
  }
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js
var formDataPolicyName = "formDataPolicy";
function formDataPolicy() {
  return {
    name: formDataPolicyName,
    async sendRequest(request, next) {
      let converted = convertBodyToFormDataMap(request.body);
      if (converted && (request.formData = converted, request.body = void 0), request.formData) {
        let contentType = request.headers.get("Content-Type");
        contentType && contentType.indexOf("application/x-www-form-urlencoded") !== -1 ? request.body = wwwFormUrlEncode(request.formData) : await prepareFormData(request.formData, request), request.formData = void 0;
      }
      return next(request);
    }
  };
}
function wwwFormUrlEncode(formData) {
  let urlSearchParams = new URLSearchParams();
  for (let [key, value] of Object.entries(formData))
    if (Array.isArray(value))
      for (let subValue of value)
        urlSearchParams.append(key, subValue.toString());
    else
      urlSearchParams.append(key, value.toString());
  return urlSearchParams.toString();
}
async function prepareFormData(formData, request) {
  let contentType = request.headers.get("Content-Type");
  if (contentType && !contentType.startsWith("multipart/form-data"))
    return;
  request.headers.set("Content-Type", contentType ?? "multipart/form-data");
  let parts = [];
  for (let [fieldName, values] of Object.entries(formData))
    for (let value of Array.isArray(values) ? values : [values])
      if (typeof value == "string")
        parts.push({
          headers: createHttpHeaders({
            "Content-Disposition": `form-data; name="${fieldName}"`
          }),
          body: stringToUint8Array(value, "utf-8")
        });
      else {
        if (value == null || typeof value != "object")
          throw new Error(`Unexpected value for key ${fieldName}: ${value}. Value should be serialized to string first.`);
        {
          let fileName = value.name || "blob", headers = createHttpHeaders();
          headers.set("Content-Disposition", `form-data; name="${fieldName}"; filename="${fileName}"`), headers.set("Content-Type", value.type || "application/octet-stream"), parts.push({
            headers,
            body: value
          });
        }
      }
  request.multipartBody = { parts };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/agentPolicy.js
var agentPolicyName = "agentPolicy";
function agentPolicy(agent) {
  return {
    name: agentPolicyName,
    sendRequest: async (req, next) => (req.agent || (req.agent = agent), next(req))
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/tlsPolicy.js
var tlsPolicyName = "tlsPolicy";
function tlsPolicy(tlsSettings) {
  return {
    name: tlsPolicyName,
    sendRequest: async (req, next) => (req.tlsSettings || (req.tlsSettings = tlsSettings), next(req))
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/proxyPolicy.js
var import_https_proxy_agent = __toESM(require_dist2(), 1), import_http_proxy_agent = __toESM(require_dist3(), 1);
var HTTPS_PROXY = "HTTPS_PROXY", HTTP_PROXY = "HTTP_PROXY", ALL_PROXY = "ALL_PROXY", NO_PROXY = "NO_PROXY", proxyPolicyName = "proxyPolicy", globalNoProxyList = [], noProxyListLoaded = !1, globalBypassedMap = /* @__PURE__ */ new Map();
function getEnvironmentValue(name) {
  if (process.env[name])
    return process.env[name];
  if (process.env[name.toLowerCase()])
    return process.env[name.toLowerCase()];
}
function loadEnvironmentProxyValue() {
  if (!process)
    return;
  let httpsProxy = getEnvironmentValue(HTTPS_PROXY), allProxy = getEnvironmentValue(ALL_PROXY), httpProxy = getEnvironmentValue(HTTP_PROXY);
  return httpsProxy || allProxy || httpProxy;
}
function isBypassed(uri, noProxyList, bypassedMap) {
  if (noProxyList.length === 0)
    return !1;
  let host = new URL(uri).hostname;
  if (bypassedMap?.has(host))
    return bypassedMap.get(host);
  let isBypassedFlag = !1;
  for (let pattern of noProxyList)
    pattern[0] === "." ? (host.endsWith(pattern) || host.length === pattern.length - 1 && host === pattern.slice(1)) && (isBypassedFlag = !0) : host === pattern && (isBypassedFlag = !0);
  return bypassedMap?.set(host, isBypassedFlag), isBypassedFlag;
}
function loadNoProxy() {
  let noProxy = getEnvironmentValue(NO_PROXY);
  return noProxyListLoaded = !0, noProxy ? noProxy.split(",").map((item) => item.trim()).filter((item) => item.length) : [];
}
function getDefaultProxySettings(proxyUrl) {
  if (!proxyUrl && (proxyUrl = loadEnvironmentProxyValue(), !proxyUrl))
    return;
  let parsedUrl = new URL(proxyUrl);
  return {
    host: (parsedUrl.protocol ? parsedUrl.protocol + "//" : "") + parsedUrl.hostname,
    port: Number.parseInt(parsedUrl.port || "80"),
    username: parsedUrl.username,
    password: parsedUrl.password
  };
}
function getDefaultProxySettingsInternal() {
  let envProxy = loadEnvironmentProxyValue();
  return envProxy ? new URL(envProxy) : void 0;
}
function getUrlFromProxySettings(settings) {
  let parsedProxyUrl;
  try {
    parsedProxyUrl = new URL(settings.host);
  } catch {
    throw new Error(`Expecting a valid host string in proxy settings, but found "${settings.host}".`);
  }
  return parsedProxyUrl.port = String(settings.port), settings.username && (parsedProxyUrl.username = settings.username), settings.password && (parsedProxyUrl.password = settings.password), parsedProxyUrl;
}
function setProxyAgentOnRequest(request, cachedAgents, proxyUrl) {
  if (request.agent)
    return;
  let isInsecure = new URL(request.url).protocol !== "https:";
  request.tlsSettings && logger.warning("TLS settings are not supported in combination with custom Proxy, certificates provided to the client will be ignored."), isInsecure ? (cachedAgents.httpProxyAgent || (cachedAgents.httpProxyAgent = new import_http_proxy_agent.HttpProxyAgent(proxyUrl)), request.agent = cachedAgents.httpProxyAgent) : (cachedAgents.httpsProxyAgent || (cachedAgents.httpsProxyAgent = new import_https_proxy_agent.HttpsProxyAgent(proxyUrl)), request.agent = cachedAgents.httpsProxyAgent);
}
function proxyPolicy(proxySettings, options) {
  noProxyListLoaded || globalNoProxyList.push(...loadNoProxy());
  let defaultProxy = proxySettings ? getUrlFromProxySettings(proxySettings) : getDefaultProxySettingsInternal(), cachedAgents = {};
  return {
    name: proxyPolicyName,
    async sendRequest(request, next) {
      return !request.proxySettings && defaultProxy && !isBypassed(request.url, options?.customNoProxyList ?? globalNoProxyList, options?.customNoProxyList ? void 0 : globalBypassedMap) ? setProxyAgentOnRequest(request, cachedAgents, defaultProxy) : request.proxySettings && setProxyAgentOnRequest(request, cachedAgents, getUrlFromProxySettings(request.proxySettings)), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/decompressResponsePolicy.js
var decompressResponsePolicyName = "decompressResponsePolicy";
function decompressResponsePolicy() {
  return {
    name: decompressResponsePolicyName,
    async sendRequest(request, next) {
      return request.method !== "HEAD" && request.headers.set("Accept-Encoding", "gzip,deflate"), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/redirectPolicy.js
var redirectPolicyName = "redirectPolicy", allowedRedirect = ["GET", "HEAD"];
function redirectPolicy(options = {}) {
  let { maxRetries = 20, allowCrossOriginRedirects = !1 } = options;
  return {
    name: redirectPolicyName,
    async sendRequest(request, next) {
      let response = await next(request);
      return handleRedirect(next, response, maxRetries, allowCrossOriginRedirects);
    }
  };
}
async function handleRedirect(next, response, maxRetries, allowCrossOriginRedirects, currentRetries = 0) {
  let { request, status, headers } = response, locationHeader = headers.get("location");
  if (locationHeader && (status === 300 || status === 301 && allowedRedirect.includes(request.method) || status === 302 && allowedRedirect.includes(request.method) || status === 303 && request.method === "POST" || status === 307) && currentRetries < maxRetries) {
    let url = new URL(locationHeader, request.url);
    if (!allowCrossOriginRedirects) {
      let originalUrl = new URL(request.url);
      if (url.origin !== originalUrl.origin)
        return logger.verbose(`Skipping cross-origin redirect from ${originalUrl.origin} to ${url.origin}.`), response;
    }
    request.url = url.toString(), status === 303 && (request.method = "GET", request.headers.delete("Content-Length"), delete request.body), request.headers.delete("Authorization");
    let res = await next(request);
    return handleRedirect(next, res, maxRetries, allowCrossOriginRedirects, currentRetries + 1);
  }
  return response;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/platformPolicies.js
function addPlatformPolicies(pipeline, options) {
  options.agent && pipeline.addPolicy(agentPolicy(options.agent)), options.tlsOptions && pipeline.addPolicy(tlsPolicy(options.tlsOptions)), pipeline.addPolicy(proxyPolicy(options.proxyOptions)), pipeline.addPolicy(decompressResponsePolicy()), pipeline.addPolicy(redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards-node.js
import { Readable } from "stream";
function isNodeReadableStream(x) {
  return x instanceof Readable;
}
function isWebReadableStream(x) {
  return x instanceof ReadableStream;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js
function isBinaryBody(body) {
  return body !== void 0 && (body instanceof Uint8Array || isReadableStream2(body) || typeof body == "function" || body instanceof Blob);
}
function isReadableStream2(x) {
  return isNodeReadableStream(x) || isWebReadableStream(x);
}
function isBlob(x) {
  return x instanceof Blob;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/concat.js
import { Readable as Readable2 } from "stream";
async function* streamAsyncIterator() {
  let reader = this.getReader();
  try {
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done)
        return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
function makeAsyncIterable(webStream) {
  webStream[Symbol.asyncIterator] || (webStream[Symbol.asyncIterator] = streamAsyncIterator.bind(webStream)), webStream.values || (webStream.values = streamAsyncIterator.bind(webStream));
}
function ensureNodeStream(stream) {
  return stream instanceof ReadableStream ? (makeAsyncIterable(stream), Readable2.fromWeb(stream)) : stream;
}
function toStream(source) {
  return source instanceof Uint8Array ? Readable2.from(Buffer.from(source)) : isBlob(source) ? ensureNodeStream(source.stream()) : ensureNodeStream(source);
}
async function concat(sources) {
  return function() {
    let streams = sources.map((x) => typeof x == "function" ? x() : x).map(toStream);
    return Readable2.from((async function* () {
      for (let stream of streams)
        for await (let chunk of stream)
          yield chunk;
    })());
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js
function generateBoundary() {
  return `----AzSDKFormBoundary${randomUUID()}`;
}
function encodeHeaders(headers) {
  let result = "";
  for (let [key, value] of headers)
    result += `${key}: ${value}\r
`;
  return result;
}
function getLength(source) {
  return source instanceof Uint8Array ? source.byteLength : isBlob(source) ? source.size === -1 ? void 0 : source.size : void 0;
}
function getTotalLength(sources) {
  let total = 0;
  for (let source of sources) {
    let partLength = getLength(source);
    if (partLength === void 0)
      return;
    total += partLength;
  }
  return total;
}
async function buildRequestBody(request, parts, boundary) {
  let sources = [
    stringToUint8Array(`--${boundary}`, "utf-8"),
    ...parts.flatMap((part) => [
      stringToUint8Array(`\r
`, "utf-8"),
      stringToUint8Array(encodeHeaders(part.headers), "utf-8"),
      stringToUint8Array(`\r
`, "utf-8"),
      part.body,
      stringToUint8Array(`\r
--${boundary}`, "utf-8")
    ]),
    stringToUint8Array(`--\r
\r
`, "utf-8")
  ], contentLength = getTotalLength(sources);
  contentLength && request.headers.set("Content-Length", contentLength), request.body = await concat(sources);
}
var multipartPolicyName = "multipartPolicy", maxBoundaryLength = 70, validBoundaryCharacters = new Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+,-./:=?");
function assertValidBoundary(boundary) {
  if (boundary.length > maxBoundaryLength)
    throw new Error(`Multipart boundary "${boundary}" exceeds maximum length of 70 characters`);
  if (Array.from(boundary).some((x) => !validBoundaryCharacters.has(x)))
    throw new Error(`Multipart boundary "${boundary}" contains invalid characters`);
}
function multipartPolicy() {
  return {
    name: multipartPolicyName,
    async sendRequest(request, next) {
      if (!request.multipartBody)
        return next(request);
      if (request.body)
        throw new Error("multipartBody and regular body cannot be set at the same time");
      let boundary = request.multipartBody.boundary, contentTypeHeader = request.headers.get("Content-Type") ?? "multipart/mixed", parsedHeader = contentTypeHeader.match(/^(multipart\/[^ ;]+)(?:; *boundary=(.+))?$/);
      if (!parsedHeader)
        throw new Error(`Got multipart request body, but content-type header was not multipart: ${contentTypeHeader}`);
      let [, contentType, parsedBoundary] = parsedHeader;
      if (parsedBoundary && boundary && parsedBoundary !== boundary)
        throw new Error(`Multipart boundary was specified as ${parsedBoundary} in the header, but got ${boundary} in the request body`);
      return boundary ??= parsedBoundary, boundary ? assertValidBoundary(boundary) : boundary = generateBoundary(), request.headers.set("Content-Type", `${contentType}; boundary=${boundary}`), await buildRequestBody(request, request.multipartBody.parts, boundary), request.multipartBody = void 0, next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/createPipelineFromOptions.js
function createPipelineFromOptions(options) {
  let pipeline = createEmptyPipeline();
  return addPlatformPolicies(pipeline, options), pipeline.addPolicy(formDataPolicy(), { beforePolicies: [multipartPolicyName] }), pipeline.addPolicy(userAgentPolicy(options.userAgentOptions)), pipeline.addPolicy(multipartPolicy(), { afterPhase: "Deserialize" }), pipeline.addPolicy(defaultRetryPolicy(options.retryOptions), { phase: "Retry" }), pipeline.addPolicy(logPolicy(options.loggingOptions), { afterPhase: "Sign" }), pipeline;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/apiVersionPolicy.js
var apiVersionPolicyName = "ApiVersionPolicy";
function apiVersionPolicy(options) {
  return {
    name: apiVersionPolicyName,
    sendRequest: (req, next) => {
      let url = new URL(req.url);
      return !url.searchParams.get("api-version") && options.apiVersion && (req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${options.apiVersion}`), next(req);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/auth/credentials.js
function isOAuth2TokenCredential(credential) {
  return "getOAuth2Token" in credential;
}
function isBearerTokenCredential(credential) {
  return "getBearerToken" in credential;
}
function isBasicCredential(credential) {
  return "username" in credential && "password" in credential;
}
function isApiKeyCredential(credential) {
  return "key" in credential;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/checkInsecureConnection.js
var insecureConnectionWarningEmmitted = !1;
function allowInsecureConnection(request, options) {
  if (options.allowInsecureConnection && request.allowInsecureConnection) {
    let url = new URL(request.url);
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1")
      return !0;
  }
  return !1;
}
function emitInsecureConnectionWarning() {
  let warning = "Sending token over insecure transport. Assume any token issued is compromised.";
  logger.warning(warning), insecureConnectionWarningEmmitted || (insecureConnectionWarningEmmitted = !0, emitNodeWarning(warning));
}
function ensureSecureConnection(request, options) {
  if (!request.url.toLowerCase().startsWith("https://"))
    if (allowInsecureConnection(request, options))
      emitInsecureConnectionWarning();
    else
      throw new Error("Authentication is not permitted for non-TLS protected (non-https) URLs when allowInsecureConnection is false.");
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/apiKeyAuthenticationPolicy.js
var apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy";
function apiKeyAuthenticationPolicy(options) {
  return {
    name: apiKeyAuthenticationPolicyName,
    async sendRequest(request, next) {
      ensureSecureConnection(request, options);
      let scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "apiKey");
      if (!scheme)
        return next(request);
      if (scheme.apiKeyLocation !== "header")
        throw new Error(`Unsupported API key location: ${scheme.apiKeyLocation}`);
      return request.headers.set(scheme.name, options.credential.key), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/basicAuthenticationPolicy.js
var basicAuthenticationPolicyName = "bearerAuthenticationPolicy";
function basicAuthenticationPolicy(options) {
  return {
    name: basicAuthenticationPolicyName,
    async sendRequest(request, next) {
      if (ensureSecureConnection(request, options), !(request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "basic"))
        return next(request);
      let { username, password } = options.credential, headerValue = uint8ArrayToString(stringToUint8Array(`${username}:${password}`, "utf-8"), "base64");
      return request.headers.set("Authorization", `Basic ${headerValue}`), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/bearerAuthenticationPolicy.js
var bearerAuthenticationPolicyName = "bearerAuthenticationPolicy";
function bearerAuthenticationPolicy(options) {
  return {
    name: bearerAuthenticationPolicyName,
    async sendRequest(request, next) {
      if (ensureSecureConnection(request, options), !(request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "bearer"))
        return next(request);
      let token = await options.credential.getBearerToken({
        abortSignal: request.abortSignal
      });
      return request.headers.set("Authorization", `Bearer ${token}`), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/oauth2AuthenticationPolicy.js
var oauth2AuthenticationPolicyName = "oauth2AuthenticationPolicy";
function oauth2AuthenticationPolicy(options) {
  return {
    name: oauth2AuthenticationPolicyName,
    async sendRequest(request, next) {
      ensureSecureConnection(request, options);
      let scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "oauth2");
      if (!scheme)
        return next(request);
      let token = await options.credential.getOAuth2Token(scheme.flows, {
        abortSignal: request.abortSignal
      });
      return request.headers.set("Authorization", `Bearer ${token}`), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/clientHelpers.js
var cachedHttpClient;
function createDefaultPipeline(options = {}) {
  let pipeline = createPipelineFromOptions(options);
  pipeline.addPolicy(apiVersionPolicy(options));
  let { credential, authSchemes, allowInsecureConnection: allowInsecureConnection2 } = options;
  return credential && (isApiKeyCredential(credential) ? pipeline.addPolicy(apiKeyAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection: allowInsecureConnection2 })) : isBasicCredential(credential) ? pipeline.addPolicy(basicAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection: allowInsecureConnection2 })) : isBearerTokenCredential(credential) ? pipeline.addPolicy(bearerAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection: allowInsecureConnection2 })) : isOAuth2TokenCredential(credential) && pipeline.addPolicy(oauth2AuthenticationPolicy({ authSchemes, credential, allowInsecureConnection: allowInsecureConnection2 }))), pipeline;
}
function getCachedDefaultHttpsClient() {
  return cachedHttpClient || (cachedHttpClient = createDefaultHttpClient()), cachedHttpClient;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/multipart.js
function getHeaderValue(descriptor, headerName) {
  if (descriptor.headers) {
    let actualHeaderName = Object.keys(descriptor.headers).find((x) => x.toLowerCase() === headerName.toLowerCase());
    if (actualHeaderName)
      return descriptor.headers[actualHeaderName];
  }
}
function getPartContentType(descriptor) {
  let contentTypeHeader = getHeaderValue(descriptor, "content-type");
  if (contentTypeHeader)
    return contentTypeHeader;
  if (descriptor.contentType === null)
    return;
  if (descriptor.contentType)
    return descriptor.contentType;
  let { body } = descriptor;
  if (body != null)
    return typeof body == "string" || typeof body == "number" || typeof body == "boolean" ? "text/plain; charset=UTF-8" : body instanceof Blob ? body.type || "application/octet-stream" : isBinaryBody(body) ? "application/octet-stream" : "application/json";
}
function escapeDispositionField(value) {
  return JSON.stringify(value);
}
function getContentDisposition(descriptor) {
  let contentDispositionHeader = getHeaderValue(descriptor, "content-disposition");
  if (contentDispositionHeader)
    return contentDispositionHeader;
  if (descriptor.dispositionType === void 0 && descriptor.name === void 0 && descriptor.filename === void 0)
    return;
  let disposition = descriptor.dispositionType ?? "form-data";
  descriptor.name && (disposition += `; name=${escapeDispositionField(descriptor.name)}`);
  let filename;
  if (descriptor.filename)
    filename = descriptor.filename;
  else if (typeof File < "u" && descriptor.body instanceof File) {
    let filenameFromFile = descriptor.body.name;
    filenameFromFile !== "" && (filename = filenameFromFile);
  }
  return filename && (disposition += `; filename=${escapeDispositionField(filename)}`), disposition;
}
function normalizeBody(body, contentType) {
  if (body === void 0)
    return new Uint8Array([]);
  if (isBinaryBody(body))
    return body;
  if (typeof body == "string" || typeof body == "number" || typeof body == "boolean")
    return stringToUint8Array(String(body), "utf-8");
  if (contentType && /application\/(.+\+)?json(;.+)?/i.test(String(contentType)))
    return stringToUint8Array(JSON.stringify(body), "utf-8");
  throw new RestError(`Unsupported body/content-type combination: ${body}, ${contentType}`);
}
function buildBodyPart(descriptor) {
  let contentType = getPartContentType(descriptor), contentDisposition = getContentDisposition(descriptor), headers = createHttpHeaders(descriptor.headers ?? {});
  contentType && headers.set("content-type", contentType), contentDisposition && headers.set("content-disposition", contentDisposition);
  let body = normalizeBody(descriptor.body, contentType);
  return {
    headers,
    body
  };
}
function buildMultipartBody(parts) {
  return { parts: parts.map(buildBodyPart) };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/sendRequest.js
async function sendRequest(method, url, pipeline, options = {}, customHttpClient) {
  let httpClient = customHttpClient ?? getCachedDefaultHttpsClient(), request = buildPipelineRequest(method, url, options);
  try {
    let response = await pipeline.sendRequest(httpClient, request), headers = response.headers.toJSON(), stream = response.readableStreamBody ?? response.browserStreamBody, parsedBody = options.responseAsStream || stream !== void 0 ? void 0 : getResponseBody(response), body = stream ?? parsedBody;
    return options?.onResponse && options.onResponse({ ...response, request, rawHeaders: headers, parsedBody }), {
      request,
      headers,
      status: `${response.status}`,
      body
    };
  } catch (e) {
    if (isRestError(e) && e.response && options.onResponse) {
      let { response } = e, rawHeaders = response.headers.toJSON();
      options?.onResponse({ ...response, request, rawHeaders }, e);
    }
    throw e;
  }
}
function getRequestContentType(options = {}) {
  if (options.contentType)
    return options.contentType;
  let headerContentType = options.headers?.["content-type"];
  return typeof headerContentType == "string" ? headerContentType : getContentType(options.body);
}
function getContentType(body) {
  if (body !== void 0) {
    if (ArrayBuffer.isView(body))
      return "application/octet-stream";
    if (isBlob(body) && body.type)
      return body.type;
    if (typeof body == "string")
      try {
        return JSON.parse(body), "application/json";
      } catch {
        return;
      }
    return "application/json";
  }
}
function buildPipelineRequest(method, url, options = {}) {
  let requestContentType = getRequestContentType(options), { body, multipartBody } = getRequestBody(options.body, requestContentType), headers = createHttpHeaders({
    ...options.headers ? options.headers : {},
    accept: options.accept ?? options.headers?.accept ?? "application/json",
    ...requestContentType && {
      "content-type": requestContentType
    }
  }), { allowInsecureConnection: allowInsecureConnection2, abortSignal, onUploadProgress, onDownloadProgress, timeout, responseAsStream, url: _url, method: _method, body: _body, multipartBody: _multiBody, headers: _headers, ...rest } = options, request = createPipelineRequest({
    url,
    method,
    body,
    multipartBody,
    headers,
    allowInsecureConnection: allowInsecureConnection2,
    abortSignal,
    onUploadProgress,
    onDownloadProgress,
    timeout,
    enableBrowserStreams: !0,
    streamResponseStatusCodes: responseAsStream ? /* @__PURE__ */ new Set([Number.POSITIVE_INFINITY]) : void 0
  });
  return Object.assign(request, rest), request;
}
function getRequestBody(body, contentType = "") {
  if (body === void 0)
    return { body: void 0 };
  if (typeof FormData < "u" && body instanceof FormData)
    return { body };
  if (isBlob(body))
    return { body };
  if (isReadableStream2(body))
    return { body };
  if (typeof body == "function")
    return { body };
  if (ArrayBuffer.isView(body))
    return {
      body: body instanceof Uint8Array ? body : JSON.stringify(body)
    };
  switch (contentType.split(";")[0]) {
    case "application/json":
      return { body: JSON.stringify(body) };
    case "multipart/form-data":
      return Array.isArray(body) ? { multipartBody: buildMultipartBody(body) } : { body: JSON.stringify(body) };
    case "text/plain":
      return { body: String(body) };
    default:
      return typeof body == "string" ? { body } : { body: JSON.stringify(body) };
  }
}
function getResponseBody(response) {
  let firstType = (response.headers.get("content-type") ?? "").split(";")[0], bodyToParse = response.bodyAsText ?? "";
  if (firstType === "text/plain")
    return String(bodyToParse);
  try {
    return bodyToParse ? JSON.parse(bodyToParse) : void 0;
  } catch (error) {
    if (firstType === "application/json")
      throw createParseError(response, error);
    return String(bodyToParse);
  }
}
function createParseError(response, err) {
  let msg = `Error "${err}" occurred while parsing the response body - ${response.bodyAsText}.`, errCode = err.code ?? RestError.PARSE_ERROR;
  return new RestError(msg, {
    code: errCode,
    statusCode: response.status,
    request: response.request,
    response
  });
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/urlHelpers.js
function isQueryParameterWithOptions(x) {
  return typeof x != "object" || x === null || !Object.hasOwn(x, "value") ? !1 : typeof x.value?.toString == "function";
}
function buildRequestUrl(endpoint, routePath, pathParameters, options = {}) {
  if (routePath.startsWith("https://") || routePath.startsWith("http://"))
    return routePath;
  endpoint = buildBaseUrl(endpoint, options);
  let updatedRoutePath = buildRoutePath(routePath, pathParameters, options), requestUrl = appendQueryParams(appendPath(endpoint, updatedRoutePath), options);
  return new URL(requestUrl).toString();
}
function appendPath(endpoint, pathToAppend) {
  let endpointSearchStart = endpoint.indexOf("?"), pathSearchStart = pathToAppend.indexOf("?"), endpointParts = endpointSearchStart !== -1 ? [endpoint.substring(0, endpointSearchStart), endpoint.substring(endpointSearchStart + 1)] : [endpoint, ""], pathParts = pathSearchStart !== -1 ? [pathToAppend.substring(0, pathSearchStart), pathToAppend.substring(pathSearchStart + 1)] : [pathToAppend, ""], combinedSearch = [endpointParts[1], pathParts[1].replaceAll("?", "&")].filter(Boolean).join("&"), baseEndpoint = endpointParts[0].replace(/(^[^:]+:\/\/[^/]+)\/\/+/, "$1/"), basePathToAppend = pathParts[0], combinedUrl = baseEndpoint;
  return !baseEndpoint.endsWith("/") && !basePathToAppend.startsWith("/") && basePathToAppend !== "" ? combinedUrl += `/${basePathToAppend}` : baseEndpoint.endsWith("/") && basePathToAppend.startsWith("/") ? combinedUrl += basePathToAppend.substring(1) : combinedUrl += basePathToAppend, combinedSearch && (combinedUrl += `?${combinedSearch}`), combinedUrl;
}
function getQueryParamValue(key, allowReserved, style, param) {
  let separator;
  style === "pipeDelimited" ? separator = "|" : style === "spaceDelimited" ? separator = "%20" : separator = ",";
  let paramValues;
  Array.isArray(param) ? paramValues = param : typeof param == "object" && param.toString === Object.prototype.toString ? paramValues = Object.entries(param).flat() : paramValues = [param];
  let value = paramValues.map((p) => {
    if (p == null)
      return "";
    if (!p.toString || typeof p.toString != "function")
      throw new Error(`Query parameters must be able to be represented as string, ${key} can't`);
    let rawValue = p.toISOString !== void 0 ? p.toISOString() : p.toString();
    return allowReserved ? rawValue : encodeURIComponent(rawValue);
  }).join(separator);
  return `${allowReserved ? key : encodeURIComponent(key)}=${value}`;
}
function simpleParseQueryParams(queryString) {
  let result = /* @__PURE__ */ new Map();
  if (!queryString || queryString[0] !== "?")
    return result;
  queryString = queryString.slice(1);
  let pairs = queryString.split("&");
  for (let pair of pairs) {
    let eqIndex = pair.indexOf("="), name = eqIndex === -1 ? pair : pair.substring(0, eqIndex), value = eqIndex === -1 ? "" : pair.substring(eqIndex + 1), existingValue = result.get(name);
    existingValue !== void 0 ? Array.isArray(existingValue) ? existingValue.push(value) : result.set(name, [existingValue, value]) : result.set(name, value);
  }
  return result;
}
function appendQueryParams(url, options = {}) {
  if (!options.queryParameters)
    return url;
  let parsedUrl = new URL(url), queryParams = options.queryParameters, existingParams = simpleParseQueryParams(parsedUrl.search), newParamStrings = [];
  for (let key of Object.keys(queryParams)) {
    let param = queryParams[key];
    if (param == null)
      continue;
    let hasMetadata = isQueryParameterWithOptions(param), rawValue = hasMetadata ? param.value : param, explode = hasMetadata ? param.explode ?? !1 : !1, style = hasMetadata && param.style ? param.style : "form";
    if (explode)
      if (Array.isArray(rawValue))
        for (let item of rawValue)
          newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? !1, style, item));
      else if (rawValue !== null && typeof rawValue == "object")
        for (let [actualKey, value] of Object.entries(rawValue))
          newParamStrings.push(getQueryParamValue(actualKey, options.skipUrlEncoding ?? !1, style, value));
      else
        throw new Error("explode can only be set to true for objects and arrays");
    else
      newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? !1, style, rawValue));
  }
  for (let paramString of newParamStrings) {
    let eqIndex = paramString.indexOf("="), name = paramString.substring(0, eqIndex), value = paramString.substring(eqIndex + 1), existingValue = existingParams.get(name);
    existingValue !== void 0 ? Array.isArray(existingValue) ? existingValue.includes(value) || existingValue.push(value) : existingValue !== value && existingParams.set(name, [existingValue, value]) : existingParams.set(name, value);
  }
  let searchPieces = [];
  for (let [name, value] of existingParams)
    if (Array.isArray(value))
      for (let subValue of value)
        searchPieces.push(`${name}=${subValue}`);
    else
      searchPieces.push(`${name}=${value}`);
  return parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "", parsedUrl.toString();
}
function buildBaseUrl(endpoint, options) {
  if (!options.pathParameters)
    return endpoint;
  let pathParams = options.pathParameters;
  for (let [key, param] of Object.entries(pathParams)) {
    if (param == null)
      throw new Error(`Path parameters ${key} must not be undefined or null`);
    if (!param.toString || typeof param.toString != "function")
      throw new Error(`Path parameters must be able to be represented as string, ${key} can't`);
    let value = param.toISOString !== void 0 ? param.toISOString() : String(param);
    options.skipUrlEncoding || (value = encodeURIComponent(param)), endpoint = replaceAll(endpoint, `{${key}}`, value) ?? "";
  }
  return endpoint;
}
function buildRoutePath(routePath, pathParameters, options = {}) {
  for (let pathParam of pathParameters) {
    let allowReserved = typeof pathParam == "object" && (pathParam.allowReserved ?? !1), value = typeof pathParam == "object" ? pathParam.value : pathParam;
    !options.skipUrlEncoding && !allowReserved && (value = encodeURIComponent(value)), routePath = routePath.replace(/\{[\w-]+\}/, String(value));
  }
  return routePath;
}
function replaceAll(value, searchValue, replaceValue) {
  return !value || !searchValue ? value : value.split(searchValue).join(replaceValue || "");
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/getClient.js
function getClient(endpoint, clientOptions = {}) {
  let pipeline = clientOptions.pipeline ?? createDefaultPipeline(clientOptions);
  if (clientOptions.additionalPolicies?.length)
    for (let { policy, position } of clientOptions.additionalPolicies) {
      let afterPhase = position === "perRetry" ? "Sign" : void 0;
      pipeline.addPolicy(policy, {
        afterPhase
      });
    }
  let { allowInsecureConnection: allowInsecureConnection2, httpClient } = clientOptions, endpointUrl = clientOptions.endpoint ?? endpoint, client = (path, ...args) => {
    let getUrl = (requestOptions) => buildRequestUrl(endpointUrl, path, args, { allowInsecureConnection: allowInsecureConnection2, ...requestOptions });
    return {
      get: (requestOptions = {}) => buildOperation("GET", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      post: (requestOptions = {}) => buildOperation("POST", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      put: (requestOptions = {}) => buildOperation("PUT", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      patch: (requestOptions = {}) => buildOperation("PATCH", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      delete: (requestOptions = {}) => buildOperation("DELETE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      head: (requestOptions = {}) => buildOperation("HEAD", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      options: (requestOptions = {}) => buildOperation("OPTIONS", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient),
      trace: (requestOptions = {}) => buildOperation("TRACE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection2, httpClient)
    };
  };
  return {
    path: client,
    pathUnchecked: client,
    pipeline
  };
}
function buildOperation(method, url, pipeline, options, allowInsecureConnection2, httpClient) {
  return allowInsecureConnection2 = options.allowInsecureConnection ?? allowInsecureConnection2, {
    then: function(onFulfilled, onrejected) {
      return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection: allowInsecureConnection2 }, httpClient).then(onFulfilled, onrejected);
    },
    async asBrowserStream() {
      if (isNodeLike)
        throw new Error("`asBrowserStream` is supported only in the browser environment. Use `asNodeStream` instead to obtain the response body stream. If you require a Web stream of the response in Node, consider using `Readable.toWeb` on the result of `asNodeStream`.");
      return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection: allowInsecureConnection2, responseAsStream: !0 }, httpClient);
    },
    async asNodeStream() {
      if (isNodeLike)
        return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection: allowInsecureConnection2, responseAsStream: !0 }, httpClient);
      throw new Error("`isNodeStream` is not supported in the browser environment. Use `asBrowserStream` to obtain the response body stream.");
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/operationOptionHelpers.js
function operationOptionsToRequestParameters(options) {
  return {
    allowInsecureConnection: options.requestOptions?.allowInsecureConnection,
    timeout: options.requestOptions?.timeout,
    skipUrlEncoding: options.requestOptions?.skipUrlEncoding,
    abortSignal: options.abortSignal,
    onUploadProgress: options.requestOptions?.onUploadProgress,
    onDownloadProgress: options.requestOptions?.onDownloadProgress,
    headers: { ...options.requestOptions?.headers },
    onResponse: options.onResponse
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/client/restError.js
function createRestError(messageOrResponse, response) {
  let resp = typeof messageOrResponse == "string" ? response : messageOrResponse, internalError = resp.body?.error ?? resp.body, message = typeof messageOrResponse == "string" ? messageOrResponse : internalError?.message ?? `Unexpected status code: ${resp.status}`;
  return new RestError(message, {
    statusCode: statusCodeToNumber(resp.status),
    code: internalError?.code,
    request: resp.request,
    response: toPipelineResponse(resp)
  });
}
function toPipelineResponse(errorResponse) {
  return {
    headers: createHttpHeaders(errorResponse.headers),
    request: errorResponse.request,
    status: statusCodeToNumber(errorResponse.status) ?? -1,
    ...typeof errorResponse.body == "string" ? { bodyAsText: errorResponse.body } : {}
  };
}
function statusCodeToNumber(statusCode) {
  let status = Number.parseInt(statusCode);
  return Number.isNaN(status) ? void 0 : status;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/restError.js
var RestError2 = RestError;
function isRestError2(e) {
  return isRestError(e);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/wrapAbortSignal.js
function wrapAbortSignalLike(abortSignalLike) {
  if (abortSignalLike instanceof AbortSignal)
    return { abortSignal: abortSignalLike };
  if (abortSignalLike.aborted)
    return {
      abortSignal: AbortSignal.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0)
    };
  let controller = new AbortController(), needsCleanup = !0;
  function cleanup() {
    needsCleanup && (abortSignalLike.removeEventListener("abort", listener), needsCleanup = !1);
  }
  function listener() {
    controller.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0), cleanup();
  }
  return abortSignalLike.addEventListener("abort", listener), { abortSignal: controller.signal, cleanup };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/defaultHttpClient.js
function createDefaultHttpClient2() {
  let client = createDefaultHttpClient();
  return {
    async sendRequest(request) {
      let { abortSignal, cleanup } = request.abortSignal ? wrapAbortSignalLike(request.abortSignal) : {};
      try {
        return request.abortSignal = abortSignal, await client.sendRequest(request);
      } finally {
        cleanup?.();
      }
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
function createHttpHeaders2(rawHeaders) {
  return createHttpHeaders(rawHeaders);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/pipelineRequest.js
function createPipelineRequest2(options) {
  return createPipelineRequest(options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/pipeline.js
function createEmptyPipeline2() {
  return createEmptyPipeline();
}

// node_modules/@azure/logger/dist/esm/index.js
var context2 = createLoggerContext({
  logLevelEnvVarName: "AZURE_LOG_LEVEL",
  namespace: "azure"
}), AzureLogger = context2.logger;
function getLogLevel2() {
  return context2.getLogLevel();
}
function createClientLogger2(namespace) {
  return context2.createClientLogger(namespace);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/log.js
var logger2 = createClientLogger2("core-rest-pipeline");

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/logPolicy.js
function logPolicy2(options = {}) {
  return logPolicy({
    logger: logger2.info,
    ...options
  });
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/redirectPolicy.js
var redirectPolicyName2 = redirectPolicyName;
function redirectPolicy2(options = {}) {
  return redirectPolicy(options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgentPlatform.js
import os2 from "node:os";
import process5 from "node:process";
function getHeaderName2() {
  return "User-Agent";
}
async function setPlatformSpecificData2(map) {
  if (process5 && process5.versions) {
    let osInfo = `${os2.type()} ${os2.release()}; ${os2.arch()}`;
    process5.versions.bun ? map.set("Bun", `${process5.versions.bun} (${osInfo})`) : process5.versions.deno ? map.set("Deno", `${process5.versions.deno} (${osInfo})`) : process5.versions.node && map.set("Node", `${process5.versions.node} (${osInfo})`);
  }
}

// node_modules/@azure/core-rest-pipeline/dist/esm/constants.js
var SDK_VERSION2 = "1.24.0";

// node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgent.js
function getUserAgentString2(telemetryInfo) {
  let parts = [];
  for (let [key, value] of telemetryInfo) {
    let token = value ? `${key}/${value}` : key;
    parts.push(token);
  }
  return parts.join(" ");
}
function getUserAgentHeaderName2() {
  return getHeaderName2();
}
async function getUserAgentValue2(prefix) {
  let runtimeInfo = /* @__PURE__ */ new Map();
  runtimeInfo.set("core-rest-pipeline", SDK_VERSION2), await setPlatformSpecificData2(runtimeInfo);
  let defaultAgent = getUserAgentString2(runtimeInfo);
  return prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/userAgentPolicy.js
var UserAgentHeaderName2 = getUserAgentHeaderName2(), userAgentPolicyName2 = "userAgentPolicy";
function userAgentPolicy2(options = {}) {
  let userAgentValue = getUserAgentValue2(options.userAgentPrefix);
  return {
    name: userAgentPolicyName2,
    async sendRequest(request, next) {
      return request.headers.has(UserAgentHeaderName2) || request.headers.set(UserAgentHeaderName2, await userAgentValue), next(request);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/file.js
var rawContent = /* @__PURE__ */ Symbol("rawContent");
function hasRawContent(x) {
  return typeof x[rawContent] == "function";
}
function getRawContent(blob) {
  return hasRawContent(blob) ? blob[rawContent]() : blob;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/multipartPolicy.js
var multipartPolicyName2 = multipartPolicyName;
function multipartPolicy2() {
  let tspPolicy = multipartPolicy();
  return {
    name: multipartPolicyName2,
    sendRequest: async (request, next) => {
      if (request.multipartBody)
        for (let part of request.multipartBody.parts)
          hasRawContent(part.body) && (part.body = getRawContent(part.body));
      return tspPolicy.sendRequest(request, next);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/decompressResponsePolicy.js
var decompressResponsePolicyName2 = decompressResponsePolicyName;
function decompressResponsePolicy2() {
  return decompressResponsePolicy();
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/defaultRetryPolicy.js
function defaultRetryPolicy2(options = {}) {
  return defaultRetryPolicy(options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/formDataPolicy.js
function formDataPolicy2() {
  return formDataPolicy();
}

// node_modules/@azure/core-util/node_modules/@azure/abort-controller/dist/esm/AbortError.js
var AbortError2 = class extends Error {
  constructor(message) {
    super(message), this.name = "AbortError";
  }
};

// node_modules/@azure/core-util/dist/esm/createAbortablePromise.js
function createAbortablePromise(buildPromise, options) {
  let { cleanupBeforeAbort, abortSignal, abortErrorMsg } = options ?? {};
  return new Promise((resolve, reject) => {
    function rejectOnAbort() {
      reject(new AbortError2(abortErrorMsg ?? "The operation was aborted."));
    }
    function removeListeners() {
      abortSignal?.removeEventListener("abort", onAbort);
    }
    function onAbort() {
      cleanupBeforeAbort?.(), removeListeners(), rejectOnAbort();
    }
    if (abortSignal?.aborted)
      return rejectOnAbort();
    try {
      buildPromise((x) => {
        removeListeners(), resolve(x);
      }, (x) => {
        removeListeners(), reject(x);
      });
    } catch (err) {
      reject(err);
    }
    abortSignal?.addEventListener("abort", onAbort);
  });
}

// node_modules/@azure/core-util/dist/esm/delay.js
var StandardAbortMessage2 = "The delay was aborted.";
function delay2(timeInMs, options) {
  let token, { abortSignal, abortErrorMsg } = options ?? {};
  return createAbortablePromise((resolve) => {
    token = setTimeout(resolve, timeInMs);
  }, {
    cleanupBeforeAbort: () => clearTimeout(token),
    abortSignal,
    abortErrorMsg: abortErrorMsg ?? StandardAbortMessage2
  });
}

// node_modules/@azure/core-util/dist/esm/error.js
function getErrorMessage(e) {
  if (isError(e))
    return e.message;
  {
    let stringified;
    try {
      typeof e == "object" && e ? stringified = JSON.stringify(e) : stringified = String(e);
    } catch {
      stringified = "[unable to stringify input]";
    }
    return `Unknown error ${stringified}`;
  }
}

// node_modules/@azure/core-util/dist/esm/typeGuards.js
function isDefined(thing) {
  return typeof thing < "u" && thing !== null;
}
function isObjectWithProperties(thing, properties) {
  if (!isDefined(thing) || typeof thing != "object")
    return !1;
  for (let property of properties)
    if (!objectHasProperty(thing, property))
      return !1;
  return !0;
}
function objectHasProperty(thing, property) {
  return isDefined(thing) && typeof thing == "object" && property in thing;
}

// node_modules/@azure/core-util/dist/esm/index.js
function calculateRetryDelay2(retryAttempt, config) {
  return calculateRetryDelay(retryAttempt, config);
}
function isError2(e) {
  return isError(e);
}
function randomUUID2() {
  return randomUUID();
}
var isNode = isNodeLike, isNodeLike2 = isNodeLike;
function uint8ArrayToString2(bytes, format) {
  return uint8ArrayToString(bytes, format);
}
function stringToUint8Array2(value, format) {
  return stringToUint8Array(value, format);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/proxyPolicy.js
function getDefaultProxySettings2(proxyUrl) {
  return getDefaultProxySettings(proxyUrl);
}
function proxyPolicy2(proxySettings, options) {
  return proxyPolicy(proxySettings, options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/setClientRequestIdPolicy.js
var setClientRequestIdPolicyName = "setClientRequestIdPolicy";
function setClientRequestIdPolicy(requestIdHeaderName = "x-ms-client-request-id") {
  return {
    name: setClientRequestIdPolicyName,
    async sendRequest(request, next) {
      return request.headers.has(requestIdHeaderName) || request.headers.set(requestIdHeaderName, request.requestId), next(request);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/agentPolicy.js
function agentPolicy2(agent) {
  return agentPolicy(agent);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/tlsPolicy.js
function tlsPolicy2(tlsSettings) {
  return tlsPolicy(tlsSettings);
}

// node_modules/@azure/core-tracing/dist/esm/tracingContext.js
var knownContextKeys = {
  span: /* @__PURE__ */ Symbol.for("@azure/core-tracing span"),
  namespace: /* @__PURE__ */ Symbol.for("@azure/core-tracing namespace")
};
function createTracingContext(options = {}) {
  let context3 = new TracingContextImpl(options.parentContext);
  return options.span && (context3 = context3.setValue(knownContextKeys.span, options.span)), options.namespace && (context3 = context3.setValue(knownContextKeys.namespace, options.namespace)), context3;
}
var TracingContextImpl = class _TracingContextImpl {
  _contextMap;
  constructor(initialContext) {
    this._contextMap = initialContext instanceof _TracingContextImpl ? new Map(initialContext._contextMap) : /* @__PURE__ */ new Map();
  }
  setValue(key, value) {
    let newContext = new _TracingContextImpl(this);
    return newContext._contextMap.set(key, value), newContext;
  }
  getValue(key) {
    return this._contextMap.get(key);
  }
  deleteValue(key) {
    let newContext = new _TracingContextImpl(this);
    return newContext._contextMap.delete(key), newContext;
  }
};

// node_modules/@azure/core-tracing/dist/esm/state.js
var import_state = __toESM(require_state(), 1), state = import_state.state;

// node_modules/@azure/core-tracing/dist/esm/instrumenter.js
function createDefaultTracingSpan() {
  return {
    end: () => {
    },
    isRecording: () => !1,
    recordException: () => {
    },
    setAttribute: () => {
    },
    setStatus: () => {
    },
    addEvent: () => {
    }
  };
}
function createDefaultInstrumenter() {
  return {
    createRequestHeaders: () => ({}),
    parseTraceparentHeader: () => {
    },
    startSpan: (_name, spanOptions) => ({
      span: createDefaultTracingSpan(),
      tracingContext: createTracingContext({ parentContext: spanOptions.tracingContext })
    }),
    withContext(_context, callback, ...callbackArgs) {
      return callback(...callbackArgs);
    }
  };
}
function getInstrumenter() {
  return state.instrumenterImplementation || (state.instrumenterImplementation = createDefaultInstrumenter()), state.instrumenterImplementation;
}

// node_modules/@azure/core-tracing/dist/esm/tracingClient.js
function createTracingClient(options) {
  let { namespace, packageName, packageVersion } = options;
  function startSpan(name, operationOptions, spanOptions) {
    let startSpanResult = getInstrumenter().startSpan(name, {
      ...spanOptions,
      packageName,
      packageVersion,
      tracingContext: operationOptions?.tracingOptions?.tracingContext
    }), tracingContext = startSpanResult.tracingContext, span = startSpanResult.span;
    tracingContext.getValue(knownContextKeys.namespace) || (tracingContext = tracingContext.setValue(knownContextKeys.namespace, namespace)), span.setAttribute("az.namespace", tracingContext.getValue(knownContextKeys.namespace));
    let updatedOptions = Object.assign({}, operationOptions, {
      tracingOptions: { ...operationOptions?.tracingOptions, tracingContext }
    });
    return {
      span,
      updatedOptions
    };
  }
  async function withSpan(name, operationOptions, callback, spanOptions) {
    let { span, updatedOptions } = startSpan(name, operationOptions, spanOptions);
    try {
      let result = await withContext(updatedOptions.tracingOptions.tracingContext, () => Promise.resolve(callback(updatedOptions, span)));
      return span.setStatus({ status: "success" }), result;
    } catch (err) {
      throw span.setStatus({ status: "error", error: err }), err;
    } finally {
      span.end();
    }
  }
  function withContext(context3, callback, ...callbackArgs) {
    return getInstrumenter().withContext(context3, callback, ...callbackArgs);
  }
  function parseTraceparentHeader(traceparentHeader) {
    return getInstrumenter().parseTraceparentHeader(traceparentHeader);
  }
  function createRequestHeaders(tracingContext) {
    return getInstrumenter().createRequestHeaders(tracingContext);
  }
  return {
    startSpan,
    withSpan,
    withContext,
    parseTraceparentHeader,
    createRequestHeaders
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/tracingPolicy.js
var tracingPolicyName = "tracingPolicy";
function tracingPolicy(options = {}) {
  let userAgentPromise = getUserAgentValue2(options.userAgentPrefix), sanitizer = new Sanitizer({
    additionalAllowedQueryParameters: options.additionalAllowedQueryParameters
  }), tracingClient = tryCreateTracingClient();
  return {
    name: tracingPolicyName,
    async sendRequest(request, next) {
      if (!tracingClient)
        return next(request);
      let userAgent = await userAgentPromise, spanAttributes = {
        "http.url": sanitizer.sanitizeUrl(request.url),
        "http.method": request.method,
        "http.user_agent": userAgent,
        requestId: request.requestId
      };
      userAgent && (spanAttributes["http.user_agent"] = userAgent);
      let { span, tracingContext } = tryCreateSpan(tracingClient, request, spanAttributes) ?? {};
      if (!span || !tracingContext)
        return next(request);
      try {
        let response = await tracingClient.withContext(tracingContext, next, request);
        return tryProcessResponse(span, response), response;
      } catch (err) {
        throw tryProcessError(span, err), err;
      }
    }
  };
}
function tryCreateTracingClient() {
  try {
    return createTracingClient({
      namespace: "",
      packageName: "@azure/core-rest-pipeline",
      packageVersion: SDK_VERSION2
    });
  } catch (e) {
    logger2.warning(`Error when creating the TracingClient: ${getErrorMessage(e)}`);
    return;
  }
}
function tryCreateSpan(tracingClient, request, spanAttributes) {
  try {
    let { span, updatedOptions } = tracingClient.startSpan(`HTTP ${request.method}`, { tracingOptions: request.tracingOptions }, {
      spanKind: "client",
      spanAttributes
    });
    if (!span.isRecording()) {
      span.end();
      return;
    }
    let headers = tracingClient.createRequestHeaders(updatedOptions.tracingOptions.tracingContext);
    for (let [key, value] of Object.entries(headers))
      request.headers.set(key, value);
    return { span, tracingContext: updatedOptions.tracingOptions.tracingContext };
  } catch (e) {
    logger2.warning(`Skipping creating a tracing span due to an error: ${getErrorMessage(e)}`);
    return;
  }
}
function tryProcessError(span, error) {
  try {
    span.setStatus({
      status: "error",
      error: isError2(error) ? error : void 0
    }), isRestError2(error) && error.statusCode && span.setAttribute("http.status_code", error.statusCode), span.end();
  } catch (e) {
    logger2.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
  }
}
function tryProcessResponse(span, response) {
  try {
    span.setAttribute("http.status_code", response.status);
    let serviceRequestId = response.headers.get("x-ms-request-id");
    serviceRequestId && span.setAttribute("serviceRequestId", serviceRequestId), response.status >= 400 && span.setStatus({
      status: "error"
    }), span.end();
  } catch (e) {
    logger2.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
  }
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/wrapAbortSignalLikePolicy.js
var wrapAbortSignalLikePolicyName = "wrapAbortSignalLikePolicy";
function wrapAbortSignalLikePolicy() {
  return {
    name: wrapAbortSignalLikePolicyName,
    sendRequest: async (request, next) => {
      if (!request.abortSignal)
        return next(request);
      let { abortSignal, cleanup } = wrapAbortSignalLike(request.abortSignal);
      request.abortSignal = abortSignal;
      try {
        return await next(request);
      } finally {
        cleanup?.();
      }
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/createPipelineFromOptions.js
function createPipelineFromOptions2(options) {
  let pipeline = createEmptyPipeline2();
  return isNodeLike2 && (options.agent && pipeline.addPolicy(agentPolicy2(options.agent)), options.tlsOptions && pipeline.addPolicy(tlsPolicy2(options.tlsOptions)), pipeline.addPolicy(proxyPolicy2(options.proxyOptions)), pipeline.addPolicy(decompressResponsePolicy2())), pipeline.addPolicy(wrapAbortSignalLikePolicy()), pipeline.addPolicy(formDataPolicy2(), { beforePolicies: [multipartPolicyName2] }), pipeline.addPolicy(userAgentPolicy2(options.userAgentOptions)), pipeline.addPolicy(setClientRequestIdPolicy(options.telemetryOptions?.clientRequestIdHeaderName)), pipeline.addPolicy(multipartPolicy2(), { afterPhase: "Deserialize" }), pipeline.addPolicy(defaultRetryPolicy2(options.retryOptions), { phase: "Retry" }), pipeline.addPolicy(tracingPolicy({ ...options.userAgentOptions, ...options.loggingOptions }), {
    afterPhase: "Retry"
  }), isNodeLike2 && pipeline.addPolicy(redirectPolicy2(options.redirectOptions), { afterPhase: "Retry" }), pipeline.addPolicy(logPolicy2(options.loggingOptions), { afterPhase: "Sign" }), pipeline;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/retryPolicy.js
var retryPolicyLogger2 = createClientLogger2("core-rest-pipeline retryPolicy");
function retryPolicy2(strategies, options = { maxRetries: 3 }) {
  return retryPolicy(strategies, {
    logger: retryPolicyLogger2,
    ...options
  });
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/tokenCycler.js
var DEFAULT_CYCLER_OPTIONS = {
  forcedRefreshWindowInMs: 1e3,
  // Force waiting for a refresh 1s before the token expires
  retryIntervalInMs: 3e3,
  // Allow refresh attempts every 3s
  refreshWindowInMs: 1e3 * 60 * 2
  // Start refreshing 2m before expiry
};
async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
  async function tryGetAccessToken() {
    if (Date.now() < refreshTimeout)
      try {
        return await getAccessToken();
      } catch {
        return null;
      }
    else {
      let finalToken = await getAccessToken();
      if (finalToken === null)
        throw new Error("Failed to refresh access token.");
      return finalToken;
    }
  }
  let token = await tryGetAccessToken();
  for (; token === null; )
    await delay2(retryIntervalInMs), token = await tryGetAccessToken();
  return token;
}
function createTokenCycler(credential, tokenCyclerOptions) {
  let refreshWorker = null, token = null, tenantId, options = {
    ...DEFAULT_CYCLER_OPTIONS,
    ...tokenCyclerOptions
  }, cycler = {
    /**
     * Produces true if a refresh job is currently in progress.
     */
    get isRefreshing() {
      return refreshWorker !== null;
    },
    /**
     * Produces true if the cycler SHOULD refresh (we are within the refresh
     * window and not already refreshing)
     */
    get shouldRefresh() {
      return token === null ? !0 : cycler.isRefreshing ? !1 : token.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now() ? !0 : token.expiresOnTimestamp - options.refreshWindowInMs < Date.now();
    },
    /**
     * Produces true if the cycler MUST refresh (null or nearly-expired
     * token).
     */
    get mustRefresh() {
      return token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now();
    }
  };
  function refresh(scopes, getTokenOptions) {
    return cycler.isRefreshing || (refreshWorker = beginRefresh(
      () => credential.getToken(scopes, getTokenOptions),
      options.retryIntervalInMs,
      // If we don't have a token, then we should timeout immediately
      token?.expiresOnTimestamp ?? Date.now()
    ).then((_token) => (refreshWorker = null, token = _token, tenantId = getTokenOptions.tenantId, token)).catch((reason) => {
      throw refreshWorker = null, token = null, tenantId = void 0, reason;
    })), refreshWorker;
  }
  return async (scopes, tokenOptions) => {
    let hasClaimChallenge = !!tokenOptions.claims, tenantIdChanged = tenantId !== tokenOptions.tenantId;
    return hasClaimChallenge && (token = null), tenantIdChanged || hasClaimChallenge || cycler.mustRefresh ? refresh(scopes, tokenOptions) : (cycler.shouldRefresh && refresh(scopes, tokenOptions), token);
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/bearerTokenAuthenticationPolicy.js
var bearerTokenAuthenticationPolicyName = "bearerTokenAuthenticationPolicy";
async function trySendRequest(request, next) {
  try {
    return [await next(request), void 0];
  } catch (e) {
    if (isRestError2(e) && e.response)
      return [e.response, e];
    throw e;
  }
}
async function defaultAuthorizeRequest(options) {
  let { scopes, getAccessToken, request } = options, getTokenOptions = {
    abortSignal: request.abortSignal,
    tracingOptions: request.tracingOptions,
    enableCae: !0
  }, accessToken = await getAccessToken(scopes, getTokenOptions);
  accessToken && options.request.headers.set("Authorization", `Bearer ${accessToken.token}`);
}
function isChallengeResponse(response) {
  return response.status === 401 && response.headers.has("WWW-Authenticate");
}
async function authorizeRequestOnCaeChallenge(onChallengeOptions, caeClaims) {
  let { scopes } = onChallengeOptions, accessToken = await onChallengeOptions.getAccessToken(scopes, {
    enableCae: !0,
    claims: caeClaims
  });
  return accessToken ? (onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`), !0) : !1;
}
function bearerTokenAuthenticationPolicy(options) {
  let { credential, scopes, challengeCallbacks } = options, logger3 = options.logger || logger2, callbacks = {
    authorizeRequest: challengeCallbacks?.authorizeRequest?.bind(challengeCallbacks) ?? defaultAuthorizeRequest,
    authorizeRequestOnChallenge: challengeCallbacks?.authorizeRequestOnChallenge?.bind(challengeCallbacks)
  }, getAccessToken = credential ? createTokenCycler(
    credential
    /* , options */
  ) : () => Promise.resolve(null);
  return {
    name: bearerTokenAuthenticationPolicyName,
    /**
     * If there's no challenge parameter:
     * - It will try to retrieve the token using the cache, or the credential's getToken.
     * - Then it will try the next policy with or without the retrieved token.
     *
     * It uses the challenge parameters to:
     * - Skip a first attempt to get the token from the credential if there's no cached token,
     *   since it expects the token to be retrievable only after the challenge.
     * - Prepare the outgoing request if the `prepareRequest` method has been provided.
     * - Send an initial request to receive the challenge if it fails.
     * - Process a challenge if the response contains it.
     * - Retrieve a token with the challenge information, then re-send the request.
     */
    async sendRequest(request, next) {
      if (!request.url.toLowerCase().startsWith("https://"))
        throw new Error("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.");
      await callbacks.authorizeRequest({
        scopes: Array.isArray(scopes) ? scopes : [scopes],
        request,
        getAccessToken,
        logger: logger3
      });
      let response, error, shouldSendRequest;
      if ([response, error] = await trySendRequest(request, next), isChallengeResponse(response)) {
        let claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
        if (claims) {
          let parsedClaim;
          try {
            parsedClaim = atob(claims);
          } catch {
            return logger3.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`), response;
          }
          shouldSendRequest = await authorizeRequestOnCaeChallenge({
            scopes: Array.isArray(scopes) ? scopes : [scopes],
            response,
            request,
            getAccessToken,
            logger: logger3
          }, parsedClaim), shouldSendRequest && ([response, error] = await trySendRequest(request, next));
        } else if (callbacks.authorizeRequestOnChallenge && (shouldSendRequest = await callbacks.authorizeRequestOnChallenge({
          scopes: Array.isArray(scopes) ? scopes : [scopes],
          request,
          response,
          getAccessToken,
          logger: logger3
        }), shouldSendRequest && ([response, error] = await trySendRequest(request, next)), isChallengeResponse(response) && (claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate") ?? ""), claims))) {
          let parsedClaim;
          try {
            parsedClaim = atob(claims);
          } catch {
            return logger3.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`), response;
          }
          shouldSendRequest = await authorizeRequestOnCaeChallenge({
            scopes: Array.isArray(scopes) ? scopes : [scopes],
            response,
            request,
            getAccessToken,
            logger: logger3
          }, parsedClaim), shouldSendRequest && ([response, error] = await trySendRequest(request, next));
        }
      }
      if (error)
        throw error;
      return response;
    }
  };
}
function parseChallenges(challenges) {
  let challengeRegex = /(\w+)\s+((?:\w+=(?:"[^"]*"|[^,]*),?\s*)+)/g, paramRegex = /(\w+)="([^"]*)"/g, parsedChallenges = [], match;
  for (; (match = challengeRegex.exec(challenges)) !== null; ) {
    let scheme = match[1], paramsString = match[2], params = {}, paramMatch;
    for (; (paramMatch = paramRegex.exec(paramsString)) !== null; )
      params[paramMatch[1]] = paramMatch[2];
    parsedChallenges.push({ scheme, params });
  }
  return parsedChallenges;
}
function getCaeChallengeClaims(challenges) {
  return challenges ? parseChallenges(challenges).find((x) => x.scheme === "Bearer" && x.params.claims && x.params.error === "insufficient_claims")?.params.claims : void 0;
}

export {
  require_ms,
  getClient,
  operationOptionsToRequestParameters,
  createRestError,
  createEmptyPipeline2 as createEmptyPipeline,
  getLogLevel2 as getLogLevel,
  createClientLogger2 as createClientLogger,
  redirectPolicyName2 as redirectPolicyName,
  decompressResponsePolicyName2 as decompressResponsePolicyName,
  delay2 as delay,
  getErrorMessage,
  isObjectWithProperties,
  calculateRetryDelay2 as calculateRetryDelay,
  isError2 as isError,
  randomUUID2 as randomUUID,
  isNode,
  isNodeLike2 as isNodeLike,
  uint8ArrayToString2 as uint8ArrayToString,
  stringToUint8Array2 as stringToUint8Array,
  getDefaultProxySettings2 as getDefaultProxySettings,
  createTracingClient,
  RestError2 as RestError,
  isRestError2 as isRestError,
  createPipelineFromOptions2 as createPipelineFromOptions,
  createDefaultHttpClient2 as createDefaultHttpClient,
  createHttpHeaders2 as createHttpHeaders,
  createPipelineRequest2 as createPipelineRequest,
  retryPolicy2 as retryPolicy,
  bearerTokenAuthenticationPolicyName,
  bearerTokenAuthenticationPolicy
};
