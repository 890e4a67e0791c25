import { checkDriftInputs, checkDriftOutputs } from "./check-drift-inputs";
import type { CheckDriftServices } from "./check-drift-services";
import { defineStep } from "./step";

export const checkDriftStep = defineStep({
  id: "check-drift",
  title: "Azure ML check drift",
  description: "Compare reference and current data per feature with Evidently-compatible tests; the verdict can trigger retraining.",
  inputs: checkDriftInputs,
  outputs: checkDriftOutputs,
  // Loaded when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  services: async (): Promise<CheckDriftServices> => (await import("./check-drift-services")).checkDriftServices,
  run: async (inputs, host, services) => (await import("./check-drift-run")).runCheckDrift(inputs, host, services),
});
