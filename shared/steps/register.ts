import { choice, lines, text, requiredText } from "../inputs/define";
import { commonInputs } from "./common-inputs";
import { notBuiltYet } from "./not-built";
import { defineStep, noServices } from "./step";

export const registerStep = defineStep({
  id: "register",
  title: "Azure ML register model",
  description: "Register a job's model output as a model version with full lineage; idempotent on re-runs.",
  inputs: {
    ...commonInputs,
    "job-name": requiredText({ description: "Name of the job whose model output is registered." }),
    "model-name": requiredText({ description: "Registered model name." }),
    "output-name": text({ description: "Job output that holds the model.", default: "model" }),
    "model-type": choice({ description: "Model asset type.", options: ["mlflow_model", "custom_model", "triton_model"], default: "mlflow_model" }),
    description: text({ description: "Description of the model version." }),
    reason: text({ description: "Why this version is published; recorded in the governance note." }),
    tags: lines({ description: "Extra tags, one `key=value` per line." }),
    "gate-report": text({ description: "Evidence from the evaluate-gate step (its report output)." }),
  },
  outputs: {
    "model-name": { description: "Registered model name." },
    "model-version": { description: "Registered model version." },
    "model-uri": { description: "azureml: URI of the registered model version." },
  },
  services: noServices,
  run: () => notBuiltYet("register"),
});
