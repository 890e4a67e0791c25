import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  METRICS_ACCEPTS,
  gateReportSchema,
  metricsSchema
} from "./chunk-4HWHICK5.mjs";
import "./chunk-3P5YZ26R.mjs";
import {
  choice,
  commonInputs,
  json,
  lines,
  requiredText,
  text
} from "./chunk-IBYWEKLG.mjs";
import "./chunk-PQRR4E6D.mjs";
import "./chunk-CJ2Q6RZJ.mjs";
import "./chunk-U4WN3ET4.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/register.ts
var registerInputs = {
  ...commonInputs,
  "job-name": text({ description: "Job whose output is registered. Required unless model-path is set." }),
  "output-name": text({ description: "Output of the job that holds the model.", default: "model", advanced: !0 }),
  "model-path": text({ description: "Register a local file or folder (uploaded to the workspace's default datastore) or an azureml://datastores/<datastore>/paths/<path> URI instead of a job output." }),
  "model-name": requiredText({ description: "Registered model name." }),
  "model-type": choice({ description: "Model asset type.", options: ["mlflow_model", "custom_model", "triton_model"], default: "mlflow_model" }),
  description: text({ description: "Description of the model version." }),
  stage: text({ description: "Lifecycle stage of the version (e.g. Development, Staging, Production); set with api-version 2025-12-01, as are the data assets the job read.", advanced: !0 }),
  reason: text({ description: "Why this version is published; recorded on the version and in the governance note. Default: the pull request's title." }),
  tags: lines({ description: "Extra tags, one `key=value` per line." }),
  "gate-report": json({ description: "The evaluate-gate step's report output: its result, rule table and the candidate's metrics are stored on the version.", schema: gateReportSchema, accepts: "the report output of the evaluate-gate step" }),
  metrics: json({ description: "Candidate metrics stored on the version when there is no gate-report (default: the job's MLflow metrics).", schema: metricsSchema, accepts: METRICS_ACCEPTS, advanced: !0 })
}, registerStep = {
  id: "register",
  title: "Azure ML register model",
  description: "Register a job's model output (or a local model) as a model version with full lineage; idempotent on re-runs.",
  inputs: registerInputs,
  outputs: {
    "model-name": { description: "Registered model name." },
    "model-version": { description: "Registered model version." },
    "model-uri": { description: "azureml:<name>:<version> of the registered model version." },
    "model-id": { description: "Azure Resource Manager ID of the registered model version." }
  },
  // Built when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  services: async () => (await import("./register-services-J4UUWNPX.mjs")).registerServices(),
  run: async (inputs, host, services) => (await import("./register-run-NVXJVELP.mjs")).runRegister(inputs, host, services)
};
export {
  registerInputs,
  registerStep
};
