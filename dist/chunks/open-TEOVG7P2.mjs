import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import "./chunk-HLUWT5ZR.mjs";

// node_modules/open/index.js
import process7 from "node:process";
import { Buffer } from "node:buffer";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify as promisify5 } from "node:util";
import childProcess from "node:child_process";
import fs5, { constants as fsConstants2 } from "node:fs/promises";

// node_modules/wsl-utils/index.js
import process2 from "node:process";
import fs4, { constants as fsConstants } from "node:fs/promises";

// node_modules/is-wsl/index.js
import process from "node:process";
import os from "node:os";
import fs3 from "node:fs";

// node_modules/is-inside-container/index.js
import fs2 from "node:fs";

// node_modules/is-docker/index.js
import fs from "node:fs";
var isDockerCached;
function hasDockerEnv() {
  try {
    return fs.statSync("/.dockerenv"), !0;
  } catch {
    return !1;
  }
}
function hasDockerCGroup() {
  try {
    return fs.readFileSync("/proc/self/cgroup", "utf8").includes("docker");
  } catch {
    return !1;
  }
}
function isDocker() {
  return isDockerCached === void 0 && (isDockerCached = hasDockerEnv() || hasDockerCGroup()), isDockerCached;
}

// node_modules/is-inside-container/index.js
var cachedResult, hasContainerEnv = () => {
  try {
    return fs2.statSync("/run/.containerenv"), !0;
  } catch {
    return !1;
  }
};
function isInsideContainer() {
  return cachedResult === void 0 && (cachedResult = hasContainerEnv() || isDocker()), cachedResult;
}

// node_modules/is-wsl/index.js
var isWsl = () => {
  if (process.platform !== "linux")
    return !1;
  if (os.release().toLowerCase().includes("microsoft"))
    return !isInsideContainer();
  try {
    if (fs3.readFileSync("/proc/version", "utf8").toLowerCase().includes("microsoft"))
      return !isInsideContainer();
  } catch {
  }
  return fs3.existsSync("/proc/sys/fs/binfmt_misc/WSLInterop") || fs3.existsSync("/run/WSL") ? !isInsideContainer() : !1;
}, is_wsl_default = process.env.__IS_WSL_TEST__ ? isWsl : isWsl();

// node_modules/wsl-utils/index.js
var wslDrivesMountPoint = /* @__PURE__ */ (() => {
  let defaultMountPoint = "/mnt/", mountPoint;
  return async function() {
    if (mountPoint)
      return mountPoint;
    let configFilePath = "/etc/wsl.conf", isConfigFileExists = !1;
    try {
      await fs4.access(configFilePath, fsConstants.F_OK), isConfigFileExists = !0;
    } catch {
    }
    if (!isConfigFileExists)
      return defaultMountPoint;
    let configContent = await fs4.readFile(configFilePath, { encoding: "utf8" }), configMountPoint = /(?<!#.*)root\s*=\s*(?<mountPoint>.*)/g.exec(configContent);
    return configMountPoint ? (mountPoint = configMountPoint.groups.mountPoint.trim(), mountPoint = mountPoint.endsWith("/") ? mountPoint : `${mountPoint}/`, mountPoint) : defaultMountPoint;
  };
})(), powerShellPathFromWsl = async () => `${await wslDrivesMountPoint()}c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe`, powerShellPath = async () => is_wsl_default ? powerShellPathFromWsl() : `${process2.env.SYSTEMROOT || process2.env.windir || String.raw`C:\Windows`}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;

// node_modules/define-lazy-prop/index.js
function defineLazyProperty(object, propertyName, valueGetter) {
  let define = (value) => Object.defineProperty(object, propertyName, { value, enumerable: !0, writable: !0 });
  return Object.defineProperty(object, propertyName, {
    configurable: !0,
    enumerable: !0,
    get() {
      let result = valueGetter();
      return define(result), result;
    },
    set(value) {
      define(value);
    }
  }), object;
}

// node_modules/default-browser/index.js
import { promisify as promisify4 } from "node:util";
import process6 from "node:process";
import { execFile as execFile4 } from "node:child_process";

// node_modules/default-browser-id/index.js
import { promisify } from "node:util";
import process3 from "node:process";
import { execFile } from "node:child_process";
var execFileAsync = promisify(execFile);
async function defaultBrowserId() {
  if (process3.platform !== "darwin")
    throw new Error("macOS only");
  let { stdout } = await execFileAsync("defaults", ["read", "com.apple.LaunchServices/com.apple.launchservices.secure", "LSHandlers"]), browserId = /LSHandlerRoleAll = "(?!-)(?<id>[^"]+?)";\s+?LSHandlerURLScheme = (?:http|https);/.exec(stdout)?.groups.id ?? "com.apple.Safari";
  return browserId === "com.apple.safari" ? "com.apple.Safari" : browserId;
}

// node_modules/run-applescript/index.js
import process4 from "node:process";
import { promisify as promisify2 } from "node:util";
import { execFile as execFile2, execFileSync } from "node:child_process";
var execFileAsync2 = promisify2(execFile2);
async function runAppleScript(script, { humanReadableOutput = !0, signal } = {}) {
  if (process4.platform !== "darwin")
    throw new Error("macOS only");
  let outputArguments = humanReadableOutput ? [] : ["-ss"], execOptions = {};
  signal && (execOptions.signal = signal);
  let { stdout } = await execFileAsync2("osascript", ["-e", script, outputArguments], execOptions);
  return stdout.trim();
}

// node_modules/bundle-name/index.js
var bundleIdentifierPattern = /^[^\n\r"\\]+$/u;
async function bundleName(bundleId) {
  if (typeof bundleId != "string")
    throw new TypeError("Expected a string bundle identifier");
  if (!bundleIdentifierPattern.test(bundleId))
    throw new TypeError(`Invalid bundle identifier: ${JSON.stringify(bundleId)}`);
  return runAppleScript(`tell application "Finder" to set app_path to application file id "${bundleId}" as string
tell application "System Events" to get value of property list item "CFBundleName" of property list file (app_path & ":Contents:Info.plist")`);
}

// node_modules/default-browser/windows.js
import process5 from "node:process";
import { promisify as promisify3 } from "node:util";
import { execFile as execFile3 } from "node:child_process";
var execFileAsync3 = promisify3(execFile3), windowsBrowserProgIds = {
  MSEdgeHTM: { name: "Edge", id: "com.microsoft.edge" },
  // The missing `L` is correct.
  MSEdgeBHTML: { name: "Edge Beta", id: "com.microsoft.edge.beta" },
  MSEdgeDHTML: { name: "Edge Dev", id: "com.microsoft.edge.dev" },
  AppXq0fevzme2pys62n3e0fbqa7peapykr8v: { name: "Edge", id: "com.microsoft.edge.old" },
  ChromeHTML: { name: "Chrome", id: "com.google.chrome" },
  ChromeBHTML: { name: "Chrome Beta", id: "com.google.chrome.beta" },
  ChromeDHTML: { name: "Chrome Dev", id: "com.google.chrome.dev" },
  ChromiumHTM: { name: "Chromium", id: "org.chromium.Chromium" },
  BraveHTML: { name: "Brave", id: "com.brave.Browser" },
  BraveBHTML: { name: "Brave Beta", id: "com.brave.Browser.beta" },
  BraveDHTML: { name: "Brave Dev", id: "com.brave.Browser.dev" },
  BraveSSHTM: { name: "Brave Nightly", id: "com.brave.Browser.nightly" },
  FirefoxURL: { name: "Firefox", id: "org.mozilla.firefox" },
  OperaStable: { name: "Opera", id: "com.operasoftware.Opera" },
  VivaldiHTM: { name: "Vivaldi", id: "com.vivaldi.Vivaldi" },
  "IE.HTTP": { name: "Internet Explorer", id: "com.microsoft.ie" }
}, _windowsBrowserProgIdMap = new Map(Object.entries(windowsBrowserProgIds)), UnknownBrowserError = class extends Error {
};
async function defaultBrowser(_execFileAsync = execFileAsync3) {
  let regPath = `${process5.env.SYSTEMROOT ?? process5.env.windir ?? "C:\\Windows"}\\System32\\reg.exe`, { stdout } = await _execFileAsync(regPath, [
    "QUERY",
    " HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\http\\UserChoice",
    "/v",
    "ProgId"
  ]), match = /ProgId\s*REG_SZ\s*(?<id>\S+)/.exec(stdout);
  if (!match)
    throw new UnknownBrowserError(`Cannot find Windows browser in stdout: ${JSON.stringify(stdout)}`);
  let { id } = match.groups, dotIndex = id.lastIndexOf("."), hyphenIndex = id.lastIndexOf("-"), baseIdByDot = dotIndex === -1 ? void 0 : id.slice(0, dotIndex), baseIdByHyphen = hyphenIndex === -1 ? void 0 : id.slice(0, hyphenIndex);
  return windowsBrowserProgIds[id] ?? windowsBrowserProgIds[baseIdByDot] ?? windowsBrowserProgIds[baseIdByHyphen] ?? { name: id, id };
}

// node_modules/default-browser/index.js
var execFileAsync4 = promisify4(execFile4), titleize = (string) => string.toLowerCase().replaceAll(/(?:^|\s|-)\S/g, (x) => x.toUpperCase());
async function defaultBrowser2() {
  if (process6.platform === "darwin") {
    let id = await defaultBrowserId();
    return { name: await bundleName(id), id };
  }
  if (process6.platform === "linux") {
    let { stdout } = await execFileAsync4("xdg-mime", ["query", "default", "x-scheme-handler/http"]), id = stdout.trim();
    return { name: titleize(id.replace(/.desktop$/, "").replace("-", " ")), id };
  }
  if (process6.platform === "win32")
    return defaultBrowser();
  throw new Error("Only macOS, Linux, and Windows are supported");
}

// node_modules/open/index.js
var execFile5 = promisify5(childProcess.execFile), __dirname = path.dirname(fileURLToPath(import.meta.url)), localXdgOpenPath = path.join(__dirname, "xdg-open"), { platform, arch } = process7;
async function getWindowsDefaultBrowserFromWsl() {
  let powershellPath = await powerShellPath(), rawCommand = String.raw`(Get-ItemProperty -Path "HKCU:\Software\Microsoft\Windows\Shell\Associations\UrlAssociations\http\UserChoice").ProgId`, encodedCommand = Buffer.from(rawCommand, "utf16le").toString("base64"), { stdout } = await execFile5(
    powershellPath,
    [
      "-NoProfile",
      "-NonInteractive",
      "-ExecutionPolicy",
      "Bypass",
      "-EncodedCommand",
      encodedCommand
    ],
    { encoding: "utf8" }
  ), progId = stdout.trim(), browserMap = {
    ChromeHTML: "com.google.chrome",
    BraveHTML: "com.brave.Browser",
    MSEdgeHTM: "com.microsoft.edge",
    FirefoxURL: "org.mozilla.firefox"
  };
  return browserMap[progId] ? { id: browserMap[progId] } : {};
}
var pTryEach = async (array, mapper) => {
  let latestError;
  for (let item of array)
    try {
      return await mapper(item);
    } catch (error) {
      latestError = error;
    }
  throw latestError;
}, baseOpen = async (options) => {
  if (options = {
    wait: !1,
    background: !1,
    newInstance: !1,
    allowNonzeroExitCode: !1,
    ...options
  }, Array.isArray(options.app))
    return pTryEach(options.app, (singleApp) => baseOpen({
      ...options,
      app: singleApp
    }));
  let { name: app, arguments: appArguments = [] } = options.app ?? {};
  if (appArguments = [...appArguments], Array.isArray(app))
    return pTryEach(app, (appName) => baseOpen({
      ...options,
      app: {
        name: appName,
        arguments: appArguments
      }
    }));
  if (app === "browser" || app === "browserPrivate") {
    let ids = {
      "com.google.chrome": "chrome",
      "google-chrome.desktop": "chrome",
      "com.brave.Browser": "brave",
      "org.mozilla.firefox": "firefox",
      "firefox.desktop": "firefox",
      "com.microsoft.msedge": "edge",
      "com.microsoft.edge": "edge",
      "com.microsoft.edgemac": "edge",
      "microsoft-edge.desktop": "edge"
    }, flags = {
      chrome: "--incognito",
      brave: "--incognito",
      firefox: "--private-window",
      edge: "--inPrivate"
    }, browser = is_wsl_default ? await getWindowsDefaultBrowserFromWsl() : await defaultBrowser2();
    if (browser.id in ids) {
      let browserName = ids[browser.id];
      return app === "browserPrivate" && appArguments.push(flags[browserName]), baseOpen({
        ...options,
        app: {
          name: apps[browserName],
          arguments: appArguments
        }
      });
    }
    throw new Error(`${browser.name} is not supported as a default browser`);
  }
  let command, cliArguments = [], childProcessOptions = {};
  if (platform === "darwin")
    command = "open", options.wait && cliArguments.push("--wait-apps"), options.background && cliArguments.push("--background"), options.newInstance && cliArguments.push("--new"), app && cliArguments.push("-a", app);
  else if (platform === "win32" || is_wsl_default && !isInsideContainer() && !app) {
    command = await powerShellPath(), cliArguments.push(
      "-NoProfile",
      "-NonInteractive",
      "-ExecutionPolicy",
      "Bypass",
      "-EncodedCommand"
    ), is_wsl_default || (childProcessOptions.windowsVerbatimArguments = !0);
    let encodedArguments = ["Start"];
    options.wait && encodedArguments.push("-Wait"), app ? (encodedArguments.push(`"\`"${app}\`""`), options.target && appArguments.push(options.target)) : options.target && encodedArguments.push(`"${options.target}"`), appArguments.length > 0 && (appArguments = appArguments.map((argument) => `"\`"${argument}\`""`), encodedArguments.push("-ArgumentList", appArguments.join(","))), options.target = Buffer.from(encodedArguments.join(" "), "utf16le").toString("base64");
  } else {
    if (app)
      command = app;
    else {
      let isBundled = !__dirname || __dirname === "/", exeLocalXdgOpen = !1;
      try {
        await fs5.access(localXdgOpenPath, fsConstants2.X_OK), exeLocalXdgOpen = !0;
      } catch {
      }
      command = process7.versions.electron ?? (platform === "android" || isBundled || !exeLocalXdgOpen) ? "xdg-open" : localXdgOpenPath;
    }
    appArguments.length > 0 && cliArguments.push(...appArguments), options.wait || (childProcessOptions.stdio = "ignore", childProcessOptions.detached = !0);
  }
  platform === "darwin" && appArguments.length > 0 && cliArguments.push("--args", ...appArguments), options.target && cliArguments.push(options.target);
  let subprocess = childProcess.spawn(command, cliArguments, childProcessOptions);
  return options.wait ? new Promise((resolve, reject) => {
    subprocess.once("error", reject), subprocess.once("close", (exitCode) => {
      if (!options.allowNonzeroExitCode && exitCode > 0) {
        reject(new Error(`Exited with code ${exitCode}`));
        return;
      }
      resolve(subprocess);
    });
  }) : (subprocess.unref(), subprocess);
}, open = (target, options) => {
  if (typeof target != "string")
    throw new TypeError("Expected a `target`");
  return baseOpen({
    ...options,
    target
  });
}, openApp = (name, options) => {
  if (typeof name != "string" && !Array.isArray(name))
    throw new TypeError("Expected a valid `name`");
  let { arguments: appArguments = [] } = options ?? {};
  if (appArguments != null && !Array.isArray(appArguments))
    throw new TypeError("Expected `appArguments` as Array type");
  return baseOpen({
    ...options,
    app: {
      name,
      arguments: appArguments
    }
  });
};
function detectArchBinary(binary) {
  if (typeof binary == "string" || Array.isArray(binary))
    return binary;
  let { [arch]: archBinary } = binary;
  if (!archBinary)
    throw new Error(`${arch} is not supported`);
  return archBinary;
}
function detectPlatformBinary({ [platform]: platformBinary }, { wsl }) {
  if (wsl && is_wsl_default)
    return detectArchBinary(wsl);
  if (!platformBinary)
    throw new Error(`${platform} is not supported`);
  return detectArchBinary(platformBinary);
}
var apps = {};
defineLazyProperty(apps, "chrome", () => detectPlatformBinary({
  darwin: "google chrome",
  win32: "chrome",
  linux: ["google-chrome", "google-chrome-stable", "chromium"]
}, {
  wsl: {
    ia32: "/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe",
    x64: ["/mnt/c/Program Files/Google/Chrome/Application/chrome.exe", "/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe"]
  }
}));
defineLazyProperty(apps, "brave", () => detectPlatformBinary({
  darwin: "brave browser",
  win32: "brave",
  linux: ["brave-browser", "brave"]
}, {
  wsl: {
    ia32: "/mnt/c/Program Files (x86)/BraveSoftware/Brave-Browser/Application/brave.exe",
    x64: ["/mnt/c/Program Files/BraveSoftware/Brave-Browser/Application/brave.exe", "/mnt/c/Program Files (x86)/BraveSoftware/Brave-Browser/Application/brave.exe"]
  }
}));
defineLazyProperty(apps, "firefox", () => detectPlatformBinary({
  darwin: "firefox",
  win32: String.raw`C:\Program Files\Mozilla Firefox\firefox.exe`,
  linux: "firefox"
}, {
  wsl: "/mnt/c/Program Files/Mozilla Firefox/firefox.exe"
}));
defineLazyProperty(apps, "edge", () => detectPlatformBinary({
  darwin: "microsoft edge",
  win32: "msedge",
  linux: ["microsoft-edge", "microsoft-edge-dev"]
}, {
  wsl: "/mnt/c/Program Files (x86)/Microsoft/Edge/Application/msedge.exe"
}));
defineLazyProperty(apps, "browser", () => "browser");
defineLazyProperty(apps, "browserPrivate", () => "browserPrivate");
var open_default = open;
export {
  apps,
  open_default as default,
  openApp
};
