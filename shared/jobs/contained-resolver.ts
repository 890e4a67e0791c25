import path from "node:path";
import { containedPath, type PathContainment } from "../core/paths";
import type { JobAssetResolver } from "./asset-resolver";

/**
 * The resolver, refusing a `code:` or local input path of the job file that resolves (symlinks followed) outside
 * the workspace roots and the job file's folder: a job file is text anyone with a pull request may shape.
 */
export function containedResolver<R extends JobAssetResolver>(inner: R, containment: PathContainment, jobFile: string): R {
  const check = (localPath: string) => containedPath(path.resolve(localPath), path.dirname(jobFile), containment, jobFile, localPath);
  return Object.assign(Object.create(inner) as R, {
    codeId: async (localPath: string) => {
      await check(localPath);
      return inner.codeId(localPath);
    },
    inputUri: async (localPath: string, type: Parameters<JobAssetResolver["inputUri"]>[1]) => {
      await check(localPath);
      return inner.inputUri(localPath, type);
    },
  });
}
