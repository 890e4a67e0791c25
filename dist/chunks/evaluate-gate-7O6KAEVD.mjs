import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  METRICS_ACCEPTS,
  metricsSchema
} from "./chunk-4HWHICK5.mjs";
import "./chunk-3P5YZ26R.mjs";
import {
  choice,
  commonInputs,
  count,
  json,
  multilineText,
  text
} from "./chunk-IBYWEKLG.mjs";
import "./chunk-PQRR4E6D.mjs";
import "./chunk-CJ2Q6RZJ.mjs";
import "./chunk-U4WN3ET4.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/evaluate-gate.ts
var evaluateGateInputs = {
  ...commonInputs,
  metrics: json({
    description: "Candidate metrics as a JSON object of numbers (e.g. the train step's metrics output). Required unless job-name is set.",
    schema: metricsSchema,
    accepts: METRICS_ACCEPTS
  }),
  "job-name": text({ description: "Read the candidate's metrics from this job's MLflow run instead of the metrics input." }),
  "metrics-step": text({ description: "For pipeline jobs: the child step whose metrics are read (default: every step's, prefixed `<step>.`).", advanced: !0 }),
  rules: multilineText({
    description: "Rules, one per line: `accuracy >= 0.90`, `auc >= champion.auc - 0.005`, `rmse <= champion.rmse * 1.02`; operators >= > <= < ==, + - * / and parentheses; `#` starts a comment.",
    accepts: "one rule per line, e.g. accuracy >= 0.9"
  }),
  "compare-to": choice({ description: "What the candidate is compared with: the model serving most traffic on endpoint-name, a version of model-name, or none (absolute rules only).", options: ["champion", "version", "none"], default: "champion" }),
  "endpoint-name": text({ description: "Online endpoint whose busiest deployment's model is the champion (compare-to champion).", visibleWhen: { input: "compare-to", equals: "champion" } }),
  "model-name": text({ description: "Registered model whose version is the champion (compare-to version).", visibleWhen: { input: "compare-to", equals: "version" } }),
  "champion-version": text({ description: "Version of model-name to compare with, or @latest (compare-to version).", default: "@latest", visibleWhen: { input: "compare-to", equals: "version" } }),
  "on-missing-champion": choice({ description: "Result when there is no champion yet (no endpoint, no traffic, no model version): pass or fail.", options: ["pass", "fail"], default: "pass", advanced: !0 }),
  "primary-metric": text({ description: "Metric the candidate must improve over the champion; without it only the rules decide." }),
  "primary-direction": choice({ description: "Whether higher or lower is better for primary-metric (default: from its name: loss, error, rmse, mae, mse, latency\u2026 are lower).", options: ["higher", "lower"], advanced: !0 }),
  "min-improvement": count({ description: "Smallest absolute improvement of the primary metric over the champion that passes; 0 asks for any gain.", default: 0, min: 0, advanced: !0 }),
  "fail-on": text({ description: "Results that fail the step, comma-separated: fail, no-improvement; or none.", default: "fail", advanced: !0 })
}, evaluateGateStep = {
  id: "evaluate-gate",
  title: "Azure ML evaluate gate",
  description: "Compare a candidate's metrics with absolute rules and with the champion serving on an endpoint; pass, fail or no improvement.",
  inputs: evaluateGateInputs,
  outputs: {
    result: { description: "pass, fail or no-improvement." },
    passed: { description: "true when the result is pass." },
    report: { description: "Gate evidence as JSON: every rule with candidate value, champion value, threshold and verdict." }
  },
  // Built when the step runs, after its inputs were validated: a bad input fails without loading the SDKs.
  services: async () => (await import("./evaluate-gate-services-VY63H4T7.mjs")).gateServices(),
  run: async (inputs, host, services) => (await import("./evaluate-gate-run-NWAVZUSL.mjs")).runEvaluateGate(inputs, host, services)
};
export {
  evaluateGateInputs,
  evaluateGateStep
};
