import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  choice,
  commonInputs,
  count,
  flag,
  lines,
  text
} from "./chunk-IBYWEKLG.mjs";
import "./chunk-PQRR4E6D.mjs";
import "./chunk-CJ2Q6RZJ.mjs";
import "./chunk-U4WN3ET4.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/check-drift-inputs.ts
var checkDriftInputs = {
  ...commonInputs,
  reference: text({
    description: "Reference data: a local path or glob (CSV, JSONL, Parquet, MLTable folder), azureml:<data-asset>:<version>|@latest, azureml://datastores/<ds>/paths/<path>, or an https:// blob URL.",
    required: !0
  }),
  current: text({ description: "Current data, in any form reference accepts. Required unless collector is set." }),
  collector: text({ description: "Read current data from an endpoint's data collector: <endpoint> for every deployment of the endpoint (the production inputs, whichever deployment served them), or <endpoint>/<deployment> for one." }),
  window: text({ description: "Time window of collector data, counted back from now, e.g. 24h, 7d, 90m.", default: "24h" }),
  from: text({ description: "Start of the collector window (ISO 8601); overrides window." }),
  to: text({ description: "End of the collector window (ISO 8601); default now." }),
  features: lines({ description: "Features to compare, one per line (default: columns present in both)." }),
  categorical: lines({ description: "Features to treat as categorical whatever their values." }),
  "column-types": lines({
    description: "How to test a column, one `column=type` per line; type is numerical, categorical, text (not drift-tested) or ignore. Default: Evidently's typing of the current data (floats numerical; integers categorical up to 10 distinct values; strings text when more than half their values are distinct, like IDs, otherwise categorical)."
  }),
  exclude: lines({ description: "Columns to leave out, one per line." }),
  "sample-rows": count({ description: "Compare a seeded random sample of this many rows per side.", min: 1, integer: !0 }),
  seed: count({ description: "Seed of the sample.", default: 42, integer: !0 }),
  method: text({ description: "Drift test for every feature (ks, wasserstein, psi, jensenshannon, chisquare, z, kl, hellinger, or the Azure ML monitoring names); default: chosen per feature as Evidently does." }),
  "feature-methods": lines({ description: "Per-feature tests, one `feature=method` or `feature=method:threshold` per line." }),
  threshold: count({ description: "Threshold for every feature's test (p-value or distance).", min: 0 }),
  "drift-share": count({ description: "Share of drifted features at which the dataset counts as drifted.", default: 0.5, min: 0, max: 1 }),
  "report-path": text({ description: "Where the JSON report is written (default: the runner's temp directory)." }),
  "fail-on-drift": flag({ description: "Fail the step when the dataset drifted; otherwise warn and set outputs.", default: !1 }),
  "max-rows-in-memory": count({
    description: "Past this many rows per side, a seeded uniform sample of this size is compared, and the report states the sample's CDF error bound (DKW, 99 %).",
    min: 1e3,
    integer: !0
  }),
  "timeout-minutes": count({ description: "With engine azureml-monitor: how long to wait for the monitoring job.", default: 120, min: 1 }),
  engine: choice({ description: "local computes here; azureml-monitor runs Azure ML's model monitoring.", options: ["local", "azureml-monitor"], default: "local" })
}, checkDriftOutputs = {
  drifted: { description: "true when the dataset drifted." },
  "share-drifted": { description: "Share of features that drifted." },
  "drifted-features": { description: "JSON list of the drifted features." },
  "report-path": { description: "Path of the JSON drift report." }
};

// shared/steps/check-drift.ts
var checkDriftStep = {
  id: "check-drift",
  title: "Azure ML check drift",
  description: "Compare reference and current data per feature with Evidently-compatible tests; the verdict can trigger retraining.",
  inputs: checkDriftInputs,
  outputs: checkDriftOutputs,
  // Loaded when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  services: async () => (await import("./check-drift-services-NPLLY322.mjs")).checkDriftServices,
  run: async (inputs, host, services) => (await import("./check-drift-run-L5MBCHM6.mjs")).runCheckDrift(inputs, host, services)
};
export {
  checkDriftStep
};
