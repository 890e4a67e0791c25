import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ContainerClient } from "@azure/storage-blob";
import ignore, { type Ignore } from "ignore";

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
 */
export async function listSnapshotFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(relativeDir: string, inherited: readonly ScopedIgnore[]): Promise<void> {
    const absoluteDir = path.join(dir, relativeDir);
    const rules = await ignoreRulesIn(absoluteDir);
    const scopes = rules ? [...inherited, { base: relativeDir, rules }] : inherited;
    const entries = await readdir(absoluteDir, { withFileTypes: true });
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path.join(absoluteDir, entry.name)).catch(() => undefined);
        isFile = target?.isFile() ?? false;
        isDirectory = false;
      }
      if (isDirectory) {
        if (entry.name === ".git" || isIgnored(`${relative}/`, scopes)) continue;
        await walk(relative, scopes);
      } else if (isFile && !isIgnored(relative, scopes)) {
        files.push(relative);
      }
    }
  }
  await walk("", []);
  return files.sort(byCodeUnit);
}

/** sha256 over each file's relative path, size and content (streamed), in the given order. */
export async function snapshotHash(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files) {
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
  options: { concurrency?: number } = {},
): Promise<UploadSummary> {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  let next = 0;
  let bytes = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      const file = files[next++];
      const absolute = path.join(dir, ...file.split("/"));
      const { size } = await stat(absolute);
      await container.getBlockBlobClient(`${prefix}/${file}`).uploadFile(absolute);
      bytes += size;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return { files: files.length, bytes };
}
