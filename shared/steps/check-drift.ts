import { notBuiltYet } from "./not-built";
import { defineStep } from "./step";
import { checkDriftInputs, checkDriftOutputs } from "./check-drift-inputs";

export const checkDriftStep = defineStep({
  id: "check-drift",
  title: "Azure ML check drift",
  description: "Compare reference and current data per feature with Evidently-compatible tests; the verdict can trigger retraining.",
  inputs: checkDriftInputs,
  outputs: checkDriftOutputs,
  run: () => notBuiltYet("check-drift"),
});
