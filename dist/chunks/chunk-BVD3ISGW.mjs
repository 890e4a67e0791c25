import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/core/paths.ts
import { realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
function defaultContainment() {
  return { roots: [process.cwd()] };
}
function isInside(target, folder) {
  let relative = path.relative(folder, target);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function realOrSelf(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}
function allowedFolders(containment, namedIn) {
  return [...containment.roots, namedIn].map(realOrSelf);
}
async function containedPath(target, namedIn, containment, origin, written) {
  let real;
  try {
    real = await realpath(target);
  } catch {
    return target;
  }
  return assertInside(real, allowedFolders(containment, namedIn), origin, written), real;
}
function assertInside(real, allowed, origin, written) {
  if (!allowed.some((folder) => isInside(real, folder)))
    throw new ConfigurationError(
      `${origin}: path ${JSON.stringify(written)} resolves to ${real}, outside the workspace (${[...new Set(allowed)].join(", ")}); paths named in files must stay inside the workspace or the folder of the file that names them.`
    );
}

export {
  defaultContainment,
  allowedFolders,
  containedPath,
  assertInside
};
