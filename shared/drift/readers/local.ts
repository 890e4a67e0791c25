import type { Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError } from "../../core/errors";
import { walkFiles } from "../../core/folder-walk";
import { allowedFolders, containedPath, defaultContainment, type PathContainment } from "../../core/paths";
import { localFileSource } from "./local-file";
import type { MLTablePath } from "./mltable";
import { ACCEPTED_EXTENSIONS, formatFromName, hasAcceptedExtension, type Dataset } from "./source";

const MLTABLE_FILE = "MLTable";
/**
 * A local dataset: a file, a glob, a folder holding an `MLTable` file (or the `MLTable` file
 * itself), or a folder of data files. The location itself may be anywhere (the workflow author chose it);
 * paths an MLTable names and symlinks met in a folder stay inside `containment` or the folder named.
 */
export async function resolveLocalDataset(location: string, containment: PathContainment = defaultContainment()): Promise<Dataset> {
  const info = await statOrUndefined(location);
  if (info === undefined) {
    const pattern = process.platform === "win32" ? location.replaceAll("\\", "/") : location;
    // The glob and MLTable libraries are loaded only for a location that needs them: a plain file path starts faster.
    const { default: fg } = await import("fast-glob");
    if (!fg.isDynamicPattern(pattern)) throw new ConfigurationError(`Data path ${location} does not exist.`);
    const files = await globFiles(pattern, process.cwd(), containment, location);
    if (files.length === 0) throw new ConfigurationError(`Data glob ${location} matched no file.`);
    return { label: location, sources: files.map(localFileSource) };
  }
  if (info.isDirectory()) {
    const mltable = path.join(location, MLTABLE_FILE);
    if ((await statOrUndefined(mltable))?.isFile()) return resolveLocalMLTable(location, containment);
    const files = (await filesUnder(location, containment, location)).filter(hasAcceptedExtension);
    if (files.length === 0) {
      throw new ConfigurationError(`Data folder ${location} has no MLTable file and no data file (${ACCEPTED_EXTENSIONS.join(", ")}).`);
    }
    return { label: location, sources: files.map(localFileSource) };
  }
  if (path.basename(location) === MLTABLE_FILE) return resolveLocalMLTable(path.dirname(location), containment);
  formatFromName(location);
  return { label: location, sources: [localFileSource(location)] };
}

/** The dataset an `MLTable` file in `folder` describes. */
export async function resolveLocalMLTable(folder: string, containment: PathContainment = defaultContainment()): Promise<Dataset> {
  const origin = path.join(folder, MLTABLE_FILE);
  const { parseMLTable } = await import("./mltable");
  const spec = parseMLTable(await readFile(origin, "utf8"), origin);
  const files: string[] = [];
  for (const entry of spec.paths) files.push(...(await localPathFiles(folder, entry, origin, containment)));
  if (files.length === 0) throw new ConfigurationError(`${origin}: its paths match no file.`);
  return { label: folder, sources: files.map(localFileSource), format: spec.format };
}

async function localPathFiles(folder: string, entry: MLTablePath, origin: string, containment: PathContainment): Promise<string[]> {
  const value = entry.value.startsWith("file://") ? entry.value.slice("file://".length) : entry.value;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigurationError(`${origin}: ${entry.kind} "${entry.value}" is a remote URI; only local paths are read from a local MLTable.`);
  }
  if (entry.kind === "pattern") {
    const files = await globFiles(value, folder, containment, origin, folder);
    if (files.length === 0) throw new ConfigurationError(`${origin}: pattern "${entry.value}" matched no file.`);
    return files.filter((file) => path.basename(file) !== MLTABLE_FILE);
  }
  const target = await containedPath(path.resolve(folder, value), folder, containment, origin, entry.value);
  const info = await statOrUndefined(target);
  if (entry.kind === "file") {
    if (!info?.isFile()) throw new ConfigurationError(`${origin}: file "${entry.value}" does not exist (looked for ${target}).`);
    return [target];
  }
  if (!info?.isDirectory()) throw new ConfigurationError(`${origin}: folder "${entry.value}" does not exist (looked for ${target}).`);
  return (await filesUnder(target, containment, origin)).filter((file) => path.basename(file) !== MLTABLE_FILE);
}

/** Files under a folder; symlinks met must stay inside the workspace or the folder. */
function filesUnder(folder: string, containment: PathContainment, origin: string): Promise<string[]> {
  return walkFiles(folder, { allowed: allowedFolders(containment, folder), origin, skipHidden: true });
}

/**
 * Files a glob matches, relative to `cwd`: its fixed base is walked once and each file tested against the pattern.
 * `namedIn` is the folder of the file that wrote the glob; undefined for a glob given as an input (its base is then allowed).
 */
async function globFiles(pattern: string, cwd: string, containment: PathContainment, origin: string, namedIn?: string): Promise<string[]> {
  const { default: picomatch } = await import("picomatch");
  const { base, glob } = picomatch.scan(pattern);
  let root = path.resolve(cwd, base || ".");
  if (!(await statOrUndefined(root))?.isDirectory()) return [];
  if (namedIn !== undefined) root = await containedPath(root, namedIn, containment, origin, base);
  const matches = picomatch(glob, { dot: false });
  const files = await walkFiles(root, { allowed: allowedFolders(containment, namedIn ?? root), origin, skipHidden: true });
  const matched = files.filter((file) => matches(path.relative(root, file).split(path.sep).join("/")));
  return path.isAbsolute(pattern) || namedIn !== undefined ? matched : matched.map((file) => path.relative(cwd, file));
}

async function statOrUndefined(target: string): Promise<Stats | undefined> {
  try {
    return await stat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw new ConfigurationError(`Cannot read ${target}: ${(error as Error).message}`);
  }
}
