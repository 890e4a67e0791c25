import { realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError } from "./errors";

/**
 * Folders a path named inside a file (an MLTable's `paths:`, a job file's `code:`, a symlink met in a walk)
 * may resolve into: the host's workspace roots, and the folder of the file that names it.
 */
export interface PathContainment {
  /** Absolute workspace roots (GitHub: GITHUB_WORKSPACE, RUNNER_TEMP; Azure Pipelines: Pipeline.Workspace, …). */
  roots: readonly string[];
}

/** The working directory: where a local run may read. */
export function defaultContainment(): PathContainment {
  return { roots: [process.cwd()] };
}

export function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function realOrSelf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** Real folders a path named in `namedIn` may land in. */
export function allowedFolders(containment: PathContainment, namedIn: string): string[] {
  return [...containment.roots, namedIn].map(realOrSelf);
}

/**
 * Resolves `target` (symlinks followed) and checks it lies inside the workspace roots or `namedIn` (the folder of
 * the file that names it). `origin` and `written` name the file and the path as written, in the error.
 * Returns the real path; a path that does not exist is returned as it is, for the caller to report.
 */
export async function containedPath(target: string, namedIn: string, containment: PathContainment, origin: string, written: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return target;
  }
  assertInside(real, allowedFolders(containment, namedIn), origin, written);
  return real;
}

export function assertInside(real: string, allowed: readonly string[], origin: string, written: string): void {
  if (allowed.some((folder) => isInside(real, folder))) return;
  throw new ConfigurationError(
    `${origin}: path ${JSON.stringify(written)} resolves to ${real}, outside the workspace (${[...new Set(allowed)].join(", ")}); ` +
      "paths named in files must stay inside the workspace or the folder of the file that names them.",
  );
}
