import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  publishEvent
} from "./chunk-JK2ABFYH.mjs";
import "./chunk-7KSXO4OZ.mjs";
import "./chunk-3P5YZ26R.mjs";
import "./chunk-YEJH5X6S.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/check-drift-services.ts
var checkDriftServices = {
  connectWorkspace: async (settings) => (await import("./workspace-YPLOGWFY.mjs")).connectWorkspace(settings),
  resolveAzureDataset: async (location, workspace, log) => (await import("./resolve-QC55LZIJ.mjs")).resolveAzureDataset(location, workspace, log),
  resolveCollectorDataset: async (collector, window, workspace, log) => (await import("./collector-PLVYETWL.mjs")).resolveCollectorDataset(collector, window, workspace, log),
  runMonitorDrift: async (workspace, options) => (await import("./run-UYTPR3VQ.mjs")).runMonitorDrift(workspace, options),
  publishEvent
};
export {
  checkDriftServices
};
