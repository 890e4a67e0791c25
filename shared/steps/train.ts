import { trainInputs, trainOutputs } from "./train-inputs";
import { defineStep } from "./step";
import type { TrainServices } from "./train-services";

export const trainStep = defineStep({
  id: "train",
  title: "Azure ML train",
  description: "Submit an Azure ML job from a CLI v2 job YAML, stream its logs, wait, and return its metrics.",
  inputs: trainInputs,
  outputs: trainOutputs,
  // Loaded when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  services: async (): Promise<TrainServices> => (await import("./train-services")).trainServices,
  run: async (inputs, host, services) => (await import("./train-run")).runTrain(inputs, host, services),
});
