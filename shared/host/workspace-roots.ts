import path from "node:path";

/** The folders the CI system names for this run; the working directory where it names none. */
export function presentFolders(candidates: readonly (string | undefined)[]): string[] {
  const folders = candidates.filter((folder): folder is string => !!folder).map((folder) => path.resolve(folder));
  return folders.length > 0 ? [...new Set(folders)] : [process.cwd()];
}
