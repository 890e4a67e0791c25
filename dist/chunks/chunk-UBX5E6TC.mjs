import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  sendJson
} from "./chunk-JYELJH5W.mjs";
import {
  workspaceArmId
} from "./chunk-YLJXG7A5.mjs";

// shared/jobs/submit-job.ts
var JOBS_API_VERSION = "2022-10-01", NEWER_JOBS_API_VERSION = "2025-12-01";
function jobApiVersion(properties) {
  if (properties.jobType === "Spark" || properties.jobType === "FineTuning" || properties.jobType === "AutoML" || "queueSettings" in properties && properties.queueSettings) return NEWER_JOBS_API_VERSION;
  let outputs = "outputs" in properties && properties.outputs ? properties.outputs : {};
  return Object.values(outputs).some((output) => output?.mode === "Direct") ? NEWER_JOBS_API_VERSION : JOBS_API_VERSION;
}
function jobUrl(armEndpoint, scope, name, apiVersion = JOBS_API_VERSION) {
  return `${armEndpoint.replace(/\/+$/, "")}${workspaceArmId(scope)}/jobs/${encodeURIComponent(name)}?api-version=${apiVersion}`;
}
async function submitJobRequest(client, armEndpoint, scope, request, abortSignal) {
  let url = jobUrl(armEndpoint, scope, request.name, jobApiVersion(request.properties));
  return sendJson(client, "PUT", url, { properties: request.properties }, abortSignal);
}

export {
  jobApiVersion,
  jobUrl,
  submitJobRequest
};
