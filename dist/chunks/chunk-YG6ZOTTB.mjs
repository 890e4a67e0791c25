import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/steps/not-built.ts
function notBuiltYet(stepId) {
  return Promise.reject(new ConfigurationError(`The '${stepId}' step is not available in this version of amlops yet; its inputs were valid.`));
}

export {
  notBuiltYet
};
