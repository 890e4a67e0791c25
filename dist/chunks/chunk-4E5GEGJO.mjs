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
} from "./chunk-YLJXG7A5.mjs";

// shared/jobs/submit-job.ts
var JOBS_API_VERSION = "2022-10-01";
function jobUrl(armEndpoint, scope, name) {
  return `${armEndpoint.replace(/\/+$/, "")}${workspaceArmId(scope)}/jobs/${encodeURIComponent(name)}?api-version=${JOBS_API_VERSION}`;
}
async function submitJobRequest(client, armEndpoint, scope, request, abortSignal) {
  return sendJson(client, "PUT", jobUrl(armEndpoint, scope, request.name), { properties: request.properties }, abortSignal);
}

export {
  jobUrl,
  submitJobRequest
};
