import { containedPath, defaultContainment } from "../core/paths";
import type { ConversionContext } from "./job-io";

/**
 * Checks that a local path the file being converted names (a conda file, an environment or component file, a
 * build context) resolves, symlinks followed, inside the workspace roots or that file's folder.
 */
export function namedLocalPath(absolute: string, written: string, ctx: ConversionContext): Promise<string> {
  return containedPath(absolute, ctx.baseDir, ctx.containment ?? defaultContainment(), ctx.origin ?? ctx.baseDir, written);
}
