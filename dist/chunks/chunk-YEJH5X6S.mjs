import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// shared/core/steps.ts
var STEP_CATALOG = [
  { id: "train", task: "AmlopsTrain", taskId: "8197f51f-14bb-4f61-b255-2f750544aafd" },
  { id: "evaluate-gate", task: "AmlopsEvaluateGate", taskId: "18fa9fdf-c820-4ea6-845e-32347d3d0094" },
  { id: "register", task: "AmlopsRegister", taskId: "e7d1c278-3782-428c-b957-d8280fda1374" },
  { id: "deploy-canary", task: "AmlopsDeployCanary", taskId: "9d2eee02-0a60-4c40-9638-ef92bae847fb" },
  { id: "check-drift", task: "AmlopsCheckDrift", taskId: "d56881ff-e80b-46fb-9955-b06de98d3131" }
], STEP_IDS = STEP_CATALOG.map((step) => step.id), TASK_NAMES = Object.fromEntries(STEP_CATALOG.map((step) => [step.id, step.task])), TASK_IDS = Object.fromEntries(STEP_CATALOG.map((step) => [step.id, step.taskId]));
function isStepId(value) {
  return STEP_IDS.includes(value);
}

export {
  STEP_IDS,
  isStepId
};
