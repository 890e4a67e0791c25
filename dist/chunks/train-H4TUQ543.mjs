import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  commonInputs,
  count,
  existingPath,
  flag,
  lines,
  text
} from "./chunk-IBYWEKLG.mjs";
import "./chunk-PQRR4E6D.mjs";
import "./chunk-CJ2Q6RZJ.mjs";
import "./chunk-U4WN3ET4.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/train-inputs.ts
var trainInputs = {
  ...commonInputs,
  "job-file": existingPath({ description: "Azure ML CLI v2 job YAML (command or pipeline job), as `az ml job create -f` takes it. Required unless attach-job is set." }),
  set: lines({ description: "Overrides without editing the file, one `key.path=value` per line (like `az ml job create --set`)." }),
  "experiment-name": text({ description: "Overrides the job's experiment_name." }),
  compute: text({ description: "Overrides the job's compute target." }),
  "display-name": text({ description: "Overrides the job's display_name." }),
  tags: lines({ description: "Extra job tags, one `key=value` per line." }),
  wait: flag({ description: "Wait for the job to finish, streaming its logs.", default: !0 }),
  "timeout-minutes": count({ description: "How long to wait for the job.", default: 360, min: 0.05 }),
  "cancel-on-timeout": flag({ description: "Cancel the job when the wait times out.", default: !0 }),
  "poll-interval-seconds": count({ description: "First interval between status checks; it grows up to 60 s while nothing changes.", default: 5, min: 0.05, max: 60 }),
  "attach-job": text({ description: "Name of an existing job to wait for instead of submitting a new one." }),
  "metrics-step": text({ description: "For pipeline jobs: the child step whose metrics are returned (default: all child steps)." })
}, trainOutputs = {
  "job-name": { description: "Name of the Azure ML job." },
  status: { description: "Final (or current, without wait) status of the job." },
  "studio-url": { description: "Link to the job in Azure ML studio." },
  metrics: { description: "Latest value of each metric logged by the job, as a JSON object." },
  "model-uri": { description: "azureml://jobs/<job>/outputs/<name> URI of the job's model output, when there is one." }
};

// shared/steps/train.ts
var trainStep = {
  id: "train",
  title: "Azure ML train",
  description: "Submit an Azure ML job from a CLI v2 job YAML, stream its logs, wait, and return its metrics.",
  inputs: trainInputs,
  outputs: trainOutputs,
  // Loaded when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  services: async () => (await import("./train-services-ARBSMZT6.mjs")).trainServices,
  run: async (inputs, host, services) => (await import("./train-run-2B23DH6U.mjs")).runTrain(inputs, host, services)
};
export {
  trainStep
};
