import { statSync, type Stats } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { asyncBufferFromFile } from "hyparquet";
import { ConfigurationError } from "../../core/errors";
import { parseMLTable, type MLTablePath } from "./mltable";
import { ACCEPTED_EXTENSIONS, formatFromName, hasAcceptedExtension, type ByteSource, type Dataset } from "./source";

const MLTABLE_FILE = "MLTable";
const READ_CHUNK_BYTES = 1 << 20;

/** A local file as a byte source. */
export function localFileSource(filePath: string): ByteSource {
  return {
    name: filePath,
    size: statSync(filePath).size,
    localPath: filePath,
    open: () => readChunks(filePath),
    randomAccess: () => asyncBufferFromFile(filePath),
  };
}

/** The file's bytes through one reused buffer: fresh memory for every chunk would cost more than parsing it. */
async function* readChunks(filePath: string): AsyncGenerator<Uint8Array> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * A local dataset: a file, a glob, a folder holding an `MLTable` file (or the `MLTable` file
 * itself), or a folder of data files.
 */
export async function resolveLocalDataset(location: string): Promise<Dataset> {
  const info = await statOrUndefined(location);
  if (info === undefined) {
    const pattern = process.platform === "win32" ? location.replaceAll("\\", "/") : location;
    if (!fg.isDynamicPattern(pattern)) throw new ConfigurationError(`Data path ${location} does not exist.`);
    const files = await fg(pattern, { onlyFiles: true, dot: false });
    if (files.length === 0) throw new ConfigurationError(`Data glob ${location} matched no file.`);
    return { label: location, sources: files.sort().map(localFileSource) };
  }
  if (info.isDirectory()) {
    const mltable = path.join(location, MLTABLE_FILE);
    if ((await statOrUndefined(mltable))?.isFile()) return resolveLocalMLTable(location);
    const files = (await filesUnder(location)).filter(hasAcceptedExtension);
    if (files.length === 0) {
      throw new ConfigurationError(`Data folder ${location} has no MLTable file and no data file (${ACCEPTED_EXTENSIONS.join(", ")}).`);
    }
    return { label: location, sources: files.map(localFileSource) };
  }
  if (path.basename(location) === MLTABLE_FILE) return resolveLocalMLTable(path.dirname(location));
  formatFromName(location);
  return { label: location, sources: [localFileSource(location)] };
}

/** The dataset an `MLTable` file in `folder` describes. */
export async function resolveLocalMLTable(folder: string): Promise<Dataset> {
  const origin = path.join(folder, MLTABLE_FILE);
  const spec = parseMLTable(await readFile(origin, "utf8"), origin);
  const files: string[] = [];
  for (const entry of spec.paths) files.push(...(await localPathFiles(folder, entry, origin)));
  if (files.length === 0) throw new ConfigurationError(`${origin}: its paths match no file.`);
  return { label: folder, sources: files.map(localFileSource), format: spec.format };
}

async function localPathFiles(folder: string, entry: MLTablePath, origin: string): Promise<string[]> {
  const value = entry.value.startsWith("file://") ? entry.value.slice("file://".length) : entry.value;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigurationError(`${origin}: ${entry.kind} "${entry.value}" is a remote URI; only local paths are read from a local MLTable.`);
  }
  const target = path.resolve(folder, value);
  if (entry.kind === "pattern") {
    const files = await fg(value, { cwd: folder, onlyFiles: true, absolute: true });
    if (files.length === 0) throw new ConfigurationError(`${origin}: pattern "${entry.value}" matched no file.`);
    return files.filter((file) => path.basename(file) !== MLTABLE_FILE).sort();
  }
  const info = await statOrUndefined(target);
  if (entry.kind === "file") {
    if (!info?.isFile()) throw new ConfigurationError(`${origin}: file "${entry.value}" does not exist (looked for ${target}).`);
    return [target];
  }
  if (!info?.isDirectory()) throw new ConfigurationError(`${origin}: folder "${entry.value}" does not exist (looked for ${target}).`);
  return (await filesUnder(target)).filter((file) => path.basename(file) !== MLTABLE_FILE);
}

async function filesUnder(folder: string): Promise<string[]> {
  const files = await fg("**/*", { cwd: folder, onlyFiles: true, absolute: true, dot: false });
  return files.sort();
}

async function statOrUndefined(target: string): Promise<Stats | undefined> {
  try {
    return await stat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw new ConfigurationError(`Cannot read ${target}: ${(error as Error).message}`);
  }
}
