import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/core/steps.ts
var STEP_IDS = ["train", "evaluate-gate", "register", "deploy-canary", "check-drift"];
function isStepId(value) {
  return STEP_IDS.includes(value);
}

export {
  STEP_IDS,
  isStepId
};
