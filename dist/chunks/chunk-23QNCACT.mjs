import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  jobMetrics,
  trackingEndpoints
} from "./chunk-5XSXFM66.mjs";
import {
  jobUrl
} from "./chunk-UBX5E6TC.mjs";
import {
  sendJson
} from "./chunk-JYELJH5W.mjs";
import {
  isNotFound
} from "./chunk-5LVE2LTV.mjs";
import {
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/registry/jobs.ts
function readJob(workspace, name) {
  return sendJson(workspace.client, "GET", jobUrl(workspace.armEndpoint, workspace, name));
}
async function readCompletedJob(workspace, name) {
  let job;
  try {
    job = await readJob(workspace, name);
  } catch (error) {
    throw isNotFound(error) ? new SettingError("jobName", `there is no job '${name}' in workspace '${workspace.workspaceName}'.`) : error;
  }
  let status = job.properties.status ?? "Unknown";
  if (status !== "Completed") throw new SettingError("jobName", `job ${name} is ${status}; expected a job that Completed.`);
  return job;
}
async function metricsOfJob(workspace, job, step) {
  let tracking = await trackingEndpoints(workspace.client, workspace);
  return jobMetrics(workspace.client, tracking, job, step);
}

export {
  readJob,
  readCompletedJob,
  metricsOfJob
};
