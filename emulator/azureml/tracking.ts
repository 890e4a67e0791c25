import { createHash } from "node:crypto";
import type { EmulatorContext } from "./context";
import { isObject, json, type EmulatorRequest, type EmulatorResponse } from "./http";
import { PROVIDER } from "./ids";
import { userLogPath } from "./job-runner";
import type { Route } from "./router";
import type { JobRecord, JobStatus } from "./state";

const WORKSPACE_SCOPE = `/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/${PROVIDER}/workspaces/:workspaceName`;
const MLFLOW = `/mlflow/v1.0${WORKSPACE_SCOPE}/api/2.0/mlflow`;
const HISTORY = `/history/v1.0${WORKSPACE_SCOPE}`;

const MLFLOW_STATUS: Record<JobStatus, string> = {
  NotStarted: "SCHEDULED", Queued: "SCHEDULED", Preparing: "SCHEDULED", Running: "RUNNING", Finalizing: "RUNNING",
  CancelRequested: "RUNNING", Completed: "FINISHED", Failed: "FAILED", Canceled: "KILLED",
};

function mlflowError(status: number, code: string, message: string): EmulatorResponse {
  return json(status, { error_code: code, message });
}

export function experimentId(experimentName: string): string {
  const hex = createHash("sha1").update(experimentName).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function tagsOf(job: JobRecord): Record<string, string> {
  const properties = job.resource.properties;
  const tags: Record<string, string> = { ...((properties.tags ?? {}) as Record<string, string>) };
  tags["mlflow.runName"] = String(properties.displayName ?? job.resource.name);
  tags["mlflow.user"] = "amlops";
  if (job.parentName) tags["mlflow.parentRunId"] = job.parentName;
  if (job.stepName) tags["azureml.nodeid"] = job.stepName;
  return tags;
}

function latestMetrics(job: JobRecord): { key: string; value: number; timestamp: number; step: number }[] {
  const latest = new Map<string, { key: string; value: number; timestamp: number; step: number }>();
  for (const point of job.metrics) {
    const previous = latest.get(point.key);
    if (!previous || point.step >= previous.step) latest.set(point.key, { ...point });
  }
  return [...latest.values()];
}

function mlflowRun(job: JobRecord) {
  const experimentName = String(job.resource.properties.experimentName ?? "Default");
  const status = MLFLOW_STATUS[job.status];
  return {
    info: {
      run_id: job.resource.name,
      run_uuid: job.resource.name,
      run_name: String(job.resource.properties.displayName ?? job.resource.name),
      experiment_id: experimentId(experimentName),
      user_id: "amlops",
      status,
      ...(job.startTime ? { start_time: job.startTime.getTime() } : {}),
      ...(job.endTime ? { end_time: job.endTime.getTime() } : {}),
      artifact_uri: `azureml://experiments/${experimentName}/runs/${job.resource.name}/artifacts`,
      lifecycle_stage: "active",
    },
    data: {
      metrics: latestMetrics(job),
      params: Object.entries(job.params).map(([key, value]) => ({ key, value })),
      tags: Object.entries(tagsOf(job)).map(([key, value]) => ({ key, value })),
    },
  };
}

/** MLflow's search filter, the subset used here: `tags.x = 'v'` / `attributes.status = 'v'` joined by AND. */
function filterMatches(job: JobRecord, filter: string): boolean {
  if (!filter.trim()) return true;
  const clauses = filter.split(/\s+and\s+/i);
  return clauses.every((clause) => {
    const match = /^\s*(?:(tags|tag|attributes|attribute|run)\.)?[`"]?([\w.]+)[`"]?\s*(=|!=)\s*['"](.*)['"]\s*$/.exec(clause);
    if (!match) return false;
    const [, scope, key, operator, expected] = match;
    let actual: string | undefined;
    if (scope?.startsWith("tag")) actual = tagsOf(job)[key];
    else if (key === "status") actual = MLFLOW_STATUS[job.status];
    else if (key === "run_name") actual = String(job.resource.properties.displayName ?? job.resource.name);
    else if (key === "run_id") actual = job.resource.name;
    return operator === "=" ? actual === expected : actual !== expected;
  });
}

function getRun(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const runId = request.query.get("run_id") ?? request.query.get("run_uuid") ?? "";
  const job = ctx.state.jobs.get(runId);
  if (!job) return mlflowError(404, "RESOURCE_DOES_NOT_EXIST", `Run with id=${runId} not found`);
  return json(200, { run: mlflowRun(job) });
}

function metricHistory(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const runId = request.query.get("run_id") ?? request.query.get("run_uuid") ?? "";
  const key = request.query.get("metric_key");
  const job = ctx.state.jobs.get(runId);
  if (!job) return mlflowError(404, "RESOURCE_DOES_NOT_EXIST", `Run with id=${runId} not found`);
  if (!key) return mlflowError(400, "INVALID_PARAMETER_VALUE", "Missing value for required parameter 'metric_key'.");
  return json(200, { metrics: job.metrics.filter((point) => point.key === key) });
}

function searchRuns(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const body = isObject(request.body) ? request.body : {};
  const filter = typeof body.filter === "string" ? body.filter : "";
  const experiments = Array.isArray(body.experiment_ids) ? body.experiment_ids.map(String) : [];
  const max = typeof body.max_results === "number" ? body.max_results : 1000;
  const runs = [...ctx.state.jobs.values()]
    .filter((job) => experiments.length === 0 || experiments.includes(experimentId(String(job.resource.properties.experimentName ?? "Default"))))
    .filter((job) => filterMatches(job, filter))
    .slice(0, max)
    .map(mlflowRun);
  return json(200, runs.length > 0 ? { runs } : {});
}

function runDetails(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const job = ctx.state.jobs.get(request.params.runId);
  if (!job) return json(404, { error: { code: "UserError", message: `Run ${request.params.runId} was not found.` } });
  const logFiles: Record<string, string> = {};
  if (job.startTime) logFiles["user_logs/std_log.txt"] = ctx.blob.readSasUrl(userLogPath(job.resource.name));
  const computeId = String(job.resource.properties.computeId ?? "");
  return json(200, {
    runId: job.resource.name,
    runUuid: experimentId(job.resource.id),
    parentRunId: job.parentName ?? null,
    experimentId: experimentId(String(job.resource.properties.experimentName ?? "Default")),
    status: job.status,
    startTimeUtc: job.startTime?.toISOString() ?? null,
    endTimeUtc: job.endTime?.toISOString() ?? null,
    target: computeId.split("/").pop() || null,
    properties: (job.resource.properties.properties ?? {}) as Record<string, string>,
    tags: tagsOf(job),
    logFiles,
    error: job.error ? { error: { code: "UserError", message: job.error } } : null,
    warnings: [],
  });
}

export function trackingRoutes(ctx: EmulatorContext): Route[] {
  const base = { auth: "bearer" as const, validate: false };
  return [
    { ...base, method: "GET", pattern: `${MLFLOW}/runs/get`, handler: (request) => getRun(ctx, request) },
    { ...base, method: "GET", pattern: `${MLFLOW}/metrics/get-history`, handler: (request) => metricHistory(ctx, request) },
    { ...base, method: "POST", pattern: `${MLFLOW}/runs/search`, handler: (request) => searchRuns(ctx, request) },
    { ...base, method: "GET", pattern: `${HISTORY}/runs/:runId/details`, handler: (request) => runDetails(ctx, request) },
    { ...base, method: "GET", pattern: `${HISTORY}/experimentids/:experimentId/runs/:runId/details`, handler: (request) => runDetails(ctx, request) },
  ];
}
