import { deployCanaryInputs, deployCanaryOutputs } from "./deploy-canary-inputs";
import { defineStep } from "./step";
import { azureCanaryServices } from "./deploy-canary-services";

export const deployCanaryStep = defineStep({
  id: "deploy-canary",
  title: "Azure ML canary deployment",
  description: "Deploy a model version next to the serving one at 0 %, smoke-test it, shift traffic step by step with metric analysis, promote or roll back.",
  inputs: deployCanaryInputs,
  outputs: deployCanaryOutputs,
  services: async () => azureCanaryServices,
  // Loaded when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  run: async (inputs, host, services) => (await import("./deploy-canary-run")).runDeployCanary(inputs, host, services),
});
