import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  cancelJob,
  findJob,
  getJob
} from "./chunk-KHKPQQO3.mjs";
import {
  publishEvent
} from "./chunk-JK2ABFYH.mjs";
import "./chunk-7KSXO4OZ.mjs";
import "./chunk-3P5YZ26R.mjs";
import {
  createWorkspaceResolver
} from "./chunk-S7MGRKMY.mjs";
import {
  latestAssetVersion
} from "./chunk-YDSXJXCQ.mjs";
import {
  jobMetrics,
  runDetails,
  trackingEndpoints
} from "./chunk-ERF4CDHG.mjs";
import {
  submitJobRequest
} from "./chunk-II4YSOA5.mjs";
import "./chunk-NGJSGOEG.mjs";
import {
  openBlobDatastore
} from "./chunk-TBI4QEEK.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KAKRY47Q.mjs";
import {
  connectWorkspace
} from "./chunk-2LZ73PLH.mjs";
import "./chunk-YEJH5X6S.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/train-services.ts
var trainServices = {
  connectWorkspace,
  findJob,
  getJob,
  cancelJob,
  trackingEndpoints,
  runDetails,
  jobMetrics,
  openBlobDatastore,
  latestAssetVersion,
  createWorkspaceResolver,
  submitJobRequest,
  publishEvent
};
export {
  trainServices
};
