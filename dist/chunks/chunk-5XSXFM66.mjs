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
  callService
} from "./chunk-5LVE2LTV.mjs";
import {
  ServiceError,
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/tracking.ts
async function trackingEndpoints(client, ref) {
  let trackingUri = (await callService(`Reading workspace '${ref.workspaceName}'`, () => client.workspaces.get(ref.resourceGroup, ref.workspaceName))).mlFlowTrackingUri;
  if (!trackingUri) throw new ServiceError(`Workspace '${ref.workspaceName}' reports no MLflow tracking URI.`);
  let host = new URL(trackingUri.replace(/^azureml:/, "https:")).host, scope = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return { mlflow: `https://${host}/mlflow/v1.0${scope}/api/2.0/mlflow`, history: `https://${host}/history/v1.0${scope}` };
}
async function runMetrics(client, endpoints, runId) {
  let { run } = await sendJson(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(runId)}`);
  return latestMetrics(run);
}
function latestMetrics(run) {
  let latest = /* @__PURE__ */ new Map();
  for (let metric of run.data?.metrics ?? []) {
    let order = (metric.timestamp ?? 0) * 1e6 + (metric.step ?? 0), seen = latest.get(metric.key);
    (!seen || order >= seen.order) && latest.set(metric.key, { value: metric.value, order });
  }
  return Object.fromEntries([...latest].map(([key, { value }]) => [key, value]));
}
async function childRunMetrics(client, endpoints, parentRunId) {
  let { run: parent } = await sendJson(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(parentRunId)}`), children = [], pageToken;
  do {
    let page = await sendJson(client, "POST", `${endpoints.mlflow}/runs/search`, {
      experiment_ids: parent.info.experiment_id ? [parent.info.experiment_id] : [],
      filter: `tags.mlflow.parentRunId = '${parentRunId}'`,
      max_results: 1e3,
      page_token: pageToken
    });
    for (let run of page.runs ?? []) {
      let name = run.data?.tags?.find((tag) => tag.key === "mlflow.runName")?.value ?? run.info.run_name ?? run.info.run_id;
      children.push({ runId: run.info.run_id, name, metrics: latestMetrics(run) });
    }
    pageToken = page.next_page_token || void 0;
  } while (pageToken);
  return children;
}
function runDetails(client, endpoints, runId, abortSignal) {
  return sendJson(client, "GET", `${endpoints.history}/runs/${encodeURIComponent(runId)}/details`, void 0, abortSignal);
}

// shared/azure/job-metrics.ts
async function jobMetrics(client, tracking, job, step) {
  let bestChild = job.properties.properties?.best_child_run_id;
  if ((job.properties.jobType === "Sweep" || job.properties.jobType === "AutoML") && bestChild) return runMetrics(client, tracking, bestChild);
  if (job.properties.jobType !== "Pipeline") return runMetrics(client, tracking, job.name);
  let children = await childRunMetrics(client, tracking, job.name);
  if (step) {
    let chosen = children.find((child) => child.name === step || child.runId === step);
    if (!chosen) throw new SettingError("metricsStep", `pipeline job ${job.name} has no step '${step}' (steps: ${children.map((child) => child.name).join(", ") || "none"}).`);
    return chosen.metrics;
  }
  let merged = {};
  for (let child of children) for (let [key, value] of Object.entries(child.metrics)) merged[children.length > 1 ? `${child.name}.${key}` : key] = value;
  return merged;
}

export {
  trackingEndpoints,
  runDetails,
  jobMetrics
};
