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
  commonInputs,
  count,
  flag,
  requiredText,
  text
} from "./chunk-TUQ2LOTD.mjs";
import {
  noServices
} from "./chunk-7SSTAU2M.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/deploy-canary.ts
var deployCanaryStep = {
  id: "deploy-canary",
  title: "Azure ML canary deployment",
  description: "Deploy a model version next to the serving one at 0 %, smoke-test it, shift traffic step by step with metric analysis, promote or roll back.",
  inputs: {
    ...commonInputs,
    "endpoint-name": requiredText({ description: "Managed online endpoint to deploy to." }),
    model: requiredText({ description: "Model to deploy, e.g. azureml:credit-model:7." }),
    "deployment-name": text({ description: "Name of the new deployment.", default: "green" }),
    "instance-type": text({ description: "VM size of the deployment.", default: "Standard_DS3_v2" }),
    "instance-count": count({ description: "Number of instances.", default: 1, min: 1, integer: !0 }),
    "traffic-steps": text({ description: "Comma-separated traffic percentages for the canary, e.g. 10,50,100.", default: "10,50,100" }),
    "interval-seconds": count({ description: "Wait between analysis checks.", default: 60, min: 0 }),
    threshold: count({ description: "Failed checks that trigger a rollback.", default: 2, min: 1, integer: !0 }),
    "min-success-rate": count({ description: "Lowest acceptable success rate (0-1).", default: 0.99, min: 0, max: 1 }),
    "max-latency-ms": count({ description: "Highest acceptable P99 latency in milliseconds.", default: 1e3, min: 0 }),
    "mirror-percent": count({ description: "Share of live traffic mirrored to the new deployment before the canary (0-50).", default: 0, min: 0, max: 50 }),
    "smoke-request": text({ description: "Path of a JSON request body sent to the new deployment before any traffic moves." }),
    "delete-old": flag({ description: "Delete the previous deployment after promotion.", default: !1 })
  },
  outputs: {
    "deployment-name": { description: "Name of the deployment created or updated." },
    promoted: { description: "true when the new deployment takes all traffic." },
    traffic: { description: "The endpoint's traffic map after the step, as JSON." }
  },
  services: noServices,
  run: () => notBuiltYet("deploy-canary")
};
export {
  deployCanaryStep
};
