import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  sendJson
} from "./chunk-DKY5WULY.mjs";
import {
  workspaceArmId
} from "./chunk-CAGLI65L.mjs";
import {
  callService,
  isNotFound
} from "./chunk-5LVE2LTV.mjs";
import {
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/jobs.ts
var MODEL_OUTPUT_TYPES = /* @__PURE__ */ new Set(["mlflow_model", "custom_model", "triton_model"]);
async function getJob(workspace, name, abortSignal) {
  return callService(`Reading job '${name}'`, () => workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name, { abortSignal }));
}
async function findJob(workspace, name) {
  try {
    return await workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name);
  } catch (error) {
    throw isNotFound(error) ? new SettingError("jobName", `there is no job '${name}' in workspace '${workspace.workspaceName}'.`) : error;
  }
}
async function cancelJob(workspace, name) {
  await callService(
    `Cancelling job '${name}'`,
    () => workspace.client.jobs.beginCancelAndWait(workspace.resourceGroup, workspace.workspaceName, name, { updateIntervalInMs: 1e3 })
  );
}
function studioUrl(job, ref) {
  let studio = job.properties.services?.Studio?.endpoint;
  if (studio) return studio;
  let wsid = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return `https://ml.azure.com/runs/${encodeURIComponent(job.name ?? "")}?wsid=${encodeURIComponent(wsid)}`;
}
function modelOutputUri(job) {
  let outputs = job.properties.outputs ?? {}, models = Object.entries(outputs).filter(([, output]) => output && MODEL_OUTPUT_TYPES.has(output.jobOutputType ?? "")), chosen = models.find(([name]) => name === "model") ?? models[0];
  return chosen ? `azureml://jobs/${job.name}/outputs/${chosen[0]}` : void 0;
}

// shared/jobs/submit-job.ts
var JOBS_API_VERSION = "2022-10-01";
function jobUrl(armEndpoint, scope, name) {
  return `${armEndpoint.replace(/\/+$/, "")}${workspaceArmId(scope)}/jobs/${encodeURIComponent(name)}?api-version=${JOBS_API_VERSION}`;
}
async function submitJobRequest(client, armEndpoint, scope, request, abortSignal) {
  return sendJson(client, "PUT", jobUrl(armEndpoint, scope, request.name), { properties: request.properties }, abortSignal);
}

export {
  getJob,
  findJob,
  cancelJob,
  studioUrl,
  modelOutputUri,
  jobUrl,
  submitJobRequest
};
