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
  getJob,
  readJobPatiently
} from "./chunk-6XBXKRCC.mjs";
import "./chunk-HWEYENUP.mjs";
import "./chunk-3P5YZ26R.mjs";
import {
  createWorkspaceResolver,
  workspacePlanningChecks
} from "./chunk-X56FMKLV.mjs";
import "./chunk-BVD3ISGW.mjs";
import {
  jobMetrics,
  runDetails,
  trackingEndpoints
} from "./chunk-5XSXFM66.mjs";
import {
  submitJobRequest
} from "./chunk-UBX5E6TC.mjs";
import "./chunk-JYELJH5W.mjs";
import "./chunk-YLJXG7A5.mjs";
import {
  latestAssetVersion
} from "./chunk-WZDXF6DJ.mjs";
import {
  openBlobDatastore
} from "./chunk-RWHUQEFG.mjs";
import {
  callService,
  isNotFound
} from "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import {
  connectWorkspace
} from "./chunk-NXQHRRSQ.mjs";
import "./chunk-YEJH5X6S.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/azure/computes.ts
async function computeType(workspace, name) {
  try {
    return (await workspace.client.computeOperations.get(workspace.resourceGroup, workspace.workspaceName, name)).properties?.computeType ?? "compute";
  } catch (error) {
    return isNotFound(error) ? void 0 : callService(`Reading compute '${name}'`, () => Promise.reject(error));
  }
}
async function computeNames(workspace) {
  return callService("Listing the workspace's computes", async () => {
    let names = [];
    for await (let compute of workspace.client.computeOperations.list(workspace.resourceGroup, workspace.workspaceName))
      compute.name && names.push(compute.name);
    return names.sort();
  });
}

// shared/steps/train-services.ts
var trainServices = {
  connectWorkspace,
  findJob,
  getJob,
  readJobPatiently,
  cancelJob,
  computeType,
  computeNames,
  trackingEndpoints,
  runDetails,
  jobMetrics,
  openBlobDatastore,
  latestAssetVersion,
  createWorkspaceResolver,
  workspacePlanningChecks,
  submitJobRequest,
  publishEvent
};
export {
  trainServices
};
