import { notBuiltYet } from "./not-built";
import { defineStep } from "./step";
import { trainInputs, trainOutputs } from "./train-inputs";

export const trainStep = defineStep({
  id: "train",
  title: "Azure ML train",
  description: "Submit an Azure ML job from a CLI v2 job YAML, stream its logs, wait, and return its metrics.",
  inputs: trainInputs,
  outputs: trainOutputs,
  run: () => notBuiltYet("train"),
});
