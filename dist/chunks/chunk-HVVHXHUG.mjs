import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  allowedFolders,
  assertInside,
  containedPath,
  defaultContainment
} from "./chunk-BVD3ISGW.mjs";
import {
  localFileSource
} from "./chunk-WV3VKLXE.mjs";
import {
  ACCEPTED_EXTENSIONS,
  formatFromName,
  hasAcceptedExtension
} from "./chunk-RN6D2NHL.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/readers/local.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

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
var MLTABLE_FILE = "MLTable";
async function resolveLocalDataset(location, containment = defaultContainment()) {
  let info = await statOrUndefined(location);
  if (info === void 0) {
    let pattern = process.platform === "win32" ? location.replaceAll("\\", "/") : location, { default: fg } = await import("./out-VOC4JPP4.mjs");
    if (!fg.isDynamicPattern(pattern)) throw new ConfigurationError(`Data path ${location} does not exist.`);
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
  let origin = path2.join(folder, MLTABLE_FILE), { parseMLTable } = await import("./mltable-PPKY433S.mjs"), spec = parseMLTable(await readFile(origin, "utf8"), origin), files = [];
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
  let { default: picomatch } = await import("./picomatch-L7QXO77O.mjs"), { base, glob } = picomatch.scan(pattern), root = path2.resolve(cwd, base || ".");
  if (!(await statOrUndefined(root))?.isDirectory()) return [];
  namedIn !== void 0 && (root = await containedPath(root, namedIn, containment, origin, base));
  let matches = picomatch(glob, { dot: !1 }), matched = (await walkFiles(root, { allowed: allowedFolders(containment, namedIn ?? root), origin, skipHidden: !0 })).filter((file) => matches(path2.relative(root, file).split(path2.sep).join("/")));
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

export {
  resolveLocalDataset,
  resolveLocalMLTable
};
