import type { StepId } from "../core/steps";
import type { StepDefinition } from "./step";

/** Loads one step's module only when it runs, so an entry starts without the others' dependencies. */
export async function loadStep(id: StepId): Promise<StepDefinition> {
  switch (id) {
    case "train":
      return (await import("./train")).trainStep as unknown as StepDefinition;
    case "evaluate-gate":
      return (await import("./evaluate-gate")).evaluateGateStep as unknown as StepDefinition;
    case "register":
      return (await import("./register")).registerStep as unknown as StepDefinition;
    case "deploy-canary":
      return (await import("./deploy-canary")).deployCanaryStep as unknown as StepDefinition;
    case "check-drift":
      return (await import("./check-drift")).checkDriftStep as unknown as StepDefinition;
  }
}
