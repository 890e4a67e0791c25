import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  runnable
} from "./chunk-HOKDLLNP.mjs";
import {
  errorMessage
} from "./chunk-44J6QWGP.mjs";

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

// shared/steps/index.ts
var LOADERS = {
  train: async () => runnable((await import("./train-BJY2YUM6.mjs")).trainStep),
  "evaluate-gate": async () => runnable((await import("./evaluate-gate-WB2X5K7I.mjs")).evaluateGateStep),
  register: async () => runnable((await import("./register-OBYHPIWE.mjs")).registerStep),
  "deploy-canary": async () => runnable((await import("./deploy-canary-BFNGOSOQ.mjs")).deployCanaryStep),
  "check-drift": async () => runnable((await import("./check-drift-USPGKOVF.mjs")).checkDriftStep)
};
function loadStep(id) {
  return LOADERS[id]();
}
function loadAllSteps() {
  return Promise.all(STEP_IDS.map(loadStep));
}

// shared/host/cancellation.ts
function cancellationFromSignals() {
  let controller = new AbortController(), onSignal = (signal) => {
    controller.signal.aborted || controller.abort(new Error(`Cancelled (${signal})`));
  };
  return process.on("SIGINT", onSignal), process.on("SIGTERM", onSignal), controller.signal;
}

// shared/host/failure.ts
function describeFailure(error, debug) {
  let message = errorMessage(error).trim() || "The step failed without a message.", detail = debug && error instanceof Error && error.stack ? error.stack : void 0;
  return { message: message.split(/\r?\n/).join(" "), detail };
}

// shared/host/run-step.ts
async function runStep(step, host) {
  try {
    return await step.execute(host), !0;
  } catch (error) {
    let { message, detail } = describeFailure(error, host.isDebug);
    return detail && host.debug(detail), host.fail(message), !1;
  }
}

export {
  STEP_IDS,
  isStepId,
  loadStep,
  loadAllSteps,
  cancellationFromSignals,
  runStep
};
