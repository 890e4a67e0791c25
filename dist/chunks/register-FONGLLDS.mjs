import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  notBuiltYet
} from "./chunk-YG6ZOTTB.mjs";
import {
  choice,
  commonInputs,
  lines,
  requiredText,
  text
} from "./chunk-AK34FQ2V.mjs";
import {
  noServices
} from "./chunk-4T5XZITJ.mjs";
import "./chunk-WGGTHEIE.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/register.ts
var registerStep = {
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
    "gate-report": text({ description: "Evidence from the evaluate-gate step (its report output)." })
  },
  outputs: {
    "model-name": { description: "Registered model name." },
    "model-version": { description: "Registered model version." },
    "model-uri": { description: "azureml: URI of the registered model version." }
  },
  services: noServices,
  run: () => notBuiltYet("register")
};
export {
  registerStep
};
