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
import {
  cancelJob,
  findJob,
  getJob
} from "./chunk-KHKPQQO3.mjs";
import "./chunk-3P5YZ26R.mjs";
import {
  createWorkspaceResolver
} from "./chunk-5D6WOJEX.mjs";
import {
  jobMetrics,
  runDetails,
  trackingEndpoints
} from "./chunk-RBGAPKDJ.mjs";
import {
  submitJobRequest
} from "./chunk-RYJQ5FJ2.mjs";
import "./chunk-DKY5WULY.mjs";
import "./chunk-YLJXG7A5.mjs";
import {
  latestAssetVersion
} from "./chunk-WZDXF6DJ.mjs";
import {
  openBlobDatastore
} from "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import {
  connectWorkspace
} from "./chunk-NXQHRRSQ.mjs";
import "./chunk-BVD3ISGW.mjs";
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
