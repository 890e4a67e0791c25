import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { assertInside } from "./paths";

export interface WalkOptions {
  /** Real folders a symlink met in the walk may point into; anything else is an error naming `origin`. */
  allowed: readonly string[];
  /** The file or input that named the folder, for messages. */
  origin: string;
  /** Skips hidden entries (names starting with a dot). */
  skipHidden?: boolean;
  /** Stops the walk. */
  signal?: AbortSignal;
}

/**
 * Files under `folder` (absolute paths as met, sorted), symlinks followed once each: a folder reached twice (a link
 * loop, two links to one folder) is walked once, and a file reached twice is listed once.
 */
export async function walkFiles(folder: string, options: WalkOptions): Promise<string[]> {
  const visitedFolders = new Set<string>();
  const seenFiles = new Set<string>();
  const files: string[] = [];
  async function walk(absolute: string, real: string): Promise<void> {
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    options.signal?.throwIfAborted();
    const entries: Dirent[] = await readdir(absolute, { withFileTypes: true });
    for (const entry of entries) {
      if (options.skipHidden && entry.name.startsWith(".")) continue;
      const entryPath = path.join(absolute, entry.name);
      let kind: "file" | "folder" | undefined = entry.isFile() ? "file" : entry.isDirectory() ? "folder" : undefined;
      let entryReal = path.join(real, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await realpath(entryPath).catch(() => undefined);
        if (target === undefined) continue;
        assertInside(target, options.allowed, options.origin, path.relative(folder, entryPath) || entryPath);
        const info = await stat(target);
        kind = info.isFile() ? "file" : info.isDirectory() ? "folder" : undefined;
        entryReal = target;
      }
      if (kind === "folder") await walk(entryPath, entryReal);
      else if (kind === "file" && !seenFiles.has(entryReal)) {
        seenFiles.add(entryReal);
        files.push(entryPath);
      }
    }
  }
  await walk(path.resolve(folder), await realpath(folder));
  return files.sort();
}
