import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  STEP_IDS
} from "./chunk-YEJH5X6S.mjs";
import {
  runnable
} from "./chunk-CJ2Q6RZJ.mjs";
import {
  errorMessage
} from "./chunk-44J6QWGP.mjs";

// shared/steps/index.ts
var LOADERS = {
  train: async () => runnable((await import("./train-H4TUQ543.mjs")).trainStep),
  "evaluate-gate": async () => runnable((await import("./evaluate-gate-7O6KAEVD.mjs")).evaluateGateStep),
  register: async () => runnable((await import("./register-PWAO4YKW.mjs")).registerStep),
  "deploy-canary": async () => runnable((await import("./deploy-canary-SULNVJW5.mjs")).deployCanaryStep),
  "check-drift": async () => runnable((await import("./check-drift-DMU7GSZZ.mjs")).checkDriftStep)
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
  loadStep,
  loadAllSteps,
  cancellationFromSignals,
  runStep
};
