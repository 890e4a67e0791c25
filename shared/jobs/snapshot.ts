import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { ContainerClient } from "@azure/storage-blob";
import ignore, { type Ignore } from "ignore";
import { CancelledError } from "../core/errors";
import { allowedFolders, assertInside, defaultContainment, type PathContainment } from "../core/paths";

export interface SnapshotOptions {
  /** Where symlinks met in the folder may point: the workspace roots (and the folder itself). */
  containment?: PathContainment;
  /** Stops listing, hashing and uploading with a CancelledError. */
  signal?: AbortSignal;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError("Cancelled while preparing the code snapshot.");
}

const IGNORE_FILES = [".amlignore", ".gitignore"] as const;

interface ScopedIgnore {
  /** Directory (relative to the snapshot root, POSIX, "" for the root) the rules are anchored at. */
  base: string;
  rules: Ignore;
}

async function ignoreRulesIn(absoluteDir: string): Promise<Ignore | undefined> {
  for (const name of IGNORE_FILES) {
    const text = await readFile(path.join(absoluteDir, name), "utf8").catch(() => undefined);
    if (text !== undefined) return ignore().add(text);
  }
  return undefined;
}

function isIgnored(relative: string, scopes: readonly ScopedIgnore[]): boolean {
  let ignored = false;
  for (const scope of scopes) {
    const local = scope.base ? relative.slice(scope.base.length + 1) : relative;
    const verdict = scope.rules.test(local);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Files of a code snapshot, relative POSIX paths in a stable order. Each directory's `.amlignore` applies, or its
 * `.gitignore` when it has no `.amlignore` (rules of nested files apply below them); `.git/` is always skipped.
 * Symlinks are followed when they point inside the workspace or the folder (otherwise an error names them);
 * a folder reached twice is listed once.
 */
export async function listSnapshotFiles(dir: string, options: SnapshotOptions = {}): Promise<string[]> {
  const files: string[] = [];
  const allowed = allowedFolders(options.containment ?? defaultContainment(), dir);
  const visited = new Set<string>();
  async function walk(relativeDir: string, realDir: string, inherited: readonly ScopedIgnore[]): Promise<void> {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    throwIfCancelled(options.signal);
    const absoluteDir = path.join(dir, relativeDir);
    const rules = await ignoreRulesIn(absoluteDir);
    const scopes = rules ? [...inherited, { base: relativeDir, rules }] : inherited;
    const entries = await readdir(absoluteDir, { withFileTypes: true });
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let real = path.join(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        if (isIgnored(relative, scopes) || isIgnored(`${relative}/`, scopes)) continue;
        const target = await realpath(path.join(absoluteDir, entry.name)).catch(() => undefined);
        if (target === undefined) continue;
        assertInside(target, allowed, `Code folder ${dir}`, relative);
        const info = await stat(target);
        isFile = info.isFile();
        isDirectory = info.isDirectory();
        real = target;
      }
      if (isDirectory) {
        if (entry.name === ".git" || isIgnored(`${relative}/`, scopes)) continue;
        await walk(relative, real, scopes);
      } else if (isFile && !isIgnored(relative, scopes)) {
        files.push(relative);
      }
    }
  }
  await walk("", await realpath(dir), []);
  return files.sort(byCodeUnit);
}

/** sha256 over each file's relative path, size and content (streamed), in the given order. */
export async function snapshotHash(dir: string, files: readonly string[], signal?: AbortSignal): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files) {
    throwIfCancelled(signal);
    const absolute = path.join(dir, ...file.split("/"));
    const { size } = await stat(absolute);
    hash.update(`${file}\0${size}\0`);
    for await (const chunk of createReadStream(absolute)) hash.update(chunk as Buffer);
  }
  return hash.digest("hex");
}

/** Total size in bytes of the snapshot's files. */
export async function snapshotBytes(dir: string, files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await stat(path.join(dir, ...file.split("/")))).size;
  return bytes;
}

/** Blob folder of a snapshot as the CLI lays it out: `LocalUpload/<hash>/<folder name>`. */
export function snapshotPrefix(hash: string, dir: string): string {
  return `LocalUpload/${hash}/${path.basename(path.resolve(dir))}`;
}

export interface UploadSummary {
  files: number;
  bytes: number;
}

/** Uploads every file under `<prefix>/<relative path>`, `concurrency` at a time. */
export async function uploadSnapshot(
  container: ContainerClient,
  prefix: string,
  dir: string,
  files: readonly string[],
  options: { concurrency?: number; signal?: AbortSignal } = {},
): Promise<UploadSummary> {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  let next = 0;
  let bytes = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      throwIfCancelled(options.signal);
      const file = files[next++];
      const absolute = path.join(dir, ...file.split("/"));
      const { size } = await stat(absolute);
      await container.getBlockBlobClient(`${prefix}/${file}`).uploadFile(absolute, { abortSignal: options.signal }).catch((error: unknown) => {
        throwIfCancelled(options.signal);
        throw error;
      });
      bytes += size;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return { files: files.length, bytes };
}
