import { STEP_IDS, type StepId } from "../core/steps";
import { runnable, type RunnableStep } from "./step";

/** Every step of the catalog, each module loaded only when asked for: an entry starts without the others' dependencies. */
const LOADERS: Record<StepId, () => Promise<RunnableStep>> = {
  train: async () => runnable((await import("./train")).trainStep),
  "evaluate-gate": async () => runnable((await import("./evaluate-gate")).evaluateGateStep),
  register: async () => runnable((await import("./register")).registerStep),
  "deploy-canary": async () => runnable((await import("./deploy-canary")).deployCanaryStep),
  "check-drift": async () => runnable((await import("./check-drift")).checkDriftStep),
};

export function loadStep(id: StepId): Promise<RunnableStep> {
  return LOADERS[id]();
}

/** Every step, in catalog order. */
export function loadAllSteps(): Promise<RunnableStep[]> {
  return Promise.all(STEP_IDS.map(loadStep));
}
