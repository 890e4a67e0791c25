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
  count,
  lines,
  text
} from "./chunk-AK34FQ2V.mjs";
import {
  noServices
} from "./chunk-4T5XZITJ.mjs";
import "./chunk-WGGTHEIE.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/evaluate-gate.ts
var evaluateGateStep = {
  id: "evaluate-gate",
  title: "Azure ML evaluate gate",
  description: "Compare a candidate's metrics with absolute rules and with the champion serving on an endpoint; pass, fail or no improvement.",
  inputs: {
    ...commonInputs,
    metrics: text({ description: "Candidate metrics as a JSON object (e.g. the train step's metrics output).", required: !0 }),
    rules: lines({ description: "Absolute rules, one per line, e.g. `accuracy >= 0.9` or `rmse < 3`." }),
    "compare-to": choice({ description: "What the candidate is compared with.", options: ["champion", "version", "none"], default: "champion" }),
    "endpoint-name": text({ description: "Online endpoint whose serving model is the champion." }),
    "model-name": text({ description: "Registered model name used to find the champion." }),
    "champion-version": text({ description: "Model version to compare with when compare-to is version." }),
    "primary-metric": text({ description: "Metric that decides improvement over the champion." }),
    "min-improvement": count({ description: "Smallest improvement of the primary metric over the champion that passes.", default: 0 })
  },
  outputs: {
    result: { description: "pass, fail or no-improvement." },
    passed: { description: "true when the gate passed." },
    report: { description: "Gate evidence as JSON." }
  },
  services: noServices,
  run: () => notBuiltYet("evaluate-gate")
};
export {
  evaluateGateStep
};
