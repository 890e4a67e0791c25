import { armResource, isResponse, listPage, propertiesOf } from "./arm";
import { pipelineComponentJobs, resolveComponent } from "./components";
import type { EmulatorContext } from "./context";
import { armError, isObject, json, notFound, type EmulatorRequest, type EmulatorResponse } from "./http";
import { PROVIDER, segmentsBelowWorkspace } from "./ids";
import { TERMINAL, type JobRunner } from "./job-runner";
import { WORKSPACE_PATH, type Route } from "./router";
import type { JobRecord } from "./state";

/** The service provisions serverless compute itself; a pipeline step's compute may be bound to a pipeline input. */
const SERVERLESS = "serverless";
/**
 * Curated environments (`azureml:AzureML-<name>@latest` / `:<version>`, or the workspace ARM id of such a version, as
 * the SDK resolves them for api-versions that take ARM ids only) are resolved by the service, not the workspace.
 */
const CURATED_ENVIRONMENT = /^azureml:AzureML-[^/]+$|^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/environments\/AzureML-[^/]+\/versions\/[^/]+$/i;
const REGISTRY_ASSET = /^azureml:\/\/registries\/[^/]+\/(environments|models|components)\/[^/]+\/(versions\/[^/]+|labels\/[^/]+)$/i;
/** Fields fixed at submission; a second PUT may only change tags, description, display name and properties. */
const FROZEN_FIELDS = ["jobType", "command", "computeId", "componentId", "environmentId", "codeId", "jobs", "trial"];

function checkCompute(ctx: EmulatorContext, computeId: unknown): EmulatorResponse | undefined {
  if (computeId === undefined || computeId === null) return undefined;
  const segments = segmentsBelowWorkspace(ctx.workspace, String(computeId));
  const name = segments?.[0]?.toLowerCase() === "computes" ? segments[1] : undefined;
  if (name === SERVERLESS || String(computeId).startsWith("${{")) return undefined;
  if (!name || !ctx.state.computes.has(name)) {
    return armError(400, "UserError",
      `Compute '${name ?? computeId}' is not found in workspace '${ctx.workspace.workspaceName}'. Please check the compute name or create it before submitting the job.`);
  }
  return undefined;
}

function checkAsset(ctx: EmulatorContext, id: unknown, segment: "environments" | "codes", field: string): EmulatorResponse | undefined {
  if (id === undefined || id === null) return undefined;
  const text = String(id);
  if (segment === "environments" && (REGISTRY_ASSET.test(text) || CURATED_ENVIRONMENT.test(text))) return undefined;
  const segments = segmentsBelowWorkspace(ctx.workspace, text);
  const store = segment === "environments" ? ctx.state.environments : ctx.state.codes;
  const found = segments && segments.length === 4 && segments[0].toLowerCase() === segment && segments[2].toLowerCase() === "versions" &&
    store.versions.get(segments[1])?.has(segments[3]);
  if (!found) return armError(404, "NotFound", `Could not find asset with ID: ${text} (${field}).`);
  return undefined;
}

/**
 * Every step of a pipeline runs on a known compute and, when it names one, an existing component; a pipeline job made
 * from a pipeline component (`componentId`) names an existing pipeline component, whose steps are checked too.
 */
function checkPipelineSteps(ctx: EmulatorContext, properties: Record<string, unknown>): EmulatorResponse | undefined {
  if (properties.jobType === "Pipeline" && typeof properties.componentId === "string") {
    const componentSteps = pipelineComponentJobs(ctx.state, ctx.workspace, properties.componentId);
    if (isResponse(componentSteps)) return componentSteps;
    const problem = checkPipelineSteps(ctx, { jobs: componentSteps });
    if (problem) return problem;
  }
  const steps = isObject(properties.jobs) ? properties.jobs : {};
  for (const step of Object.values(steps)) {
    if (!isObject(step)) continue;
    const problem = checkCompute(ctx, step.computeId);
    if (problem) return problem;
    if (step.componentId === undefined || step.componentId === null) continue;
    const component = resolveComponent(ctx.state, ctx.workspace, String(step.componentId));
    if ("status" in component) return component;
  }
  return undefined;
}

function checkJob(ctx: EmulatorContext, properties: Record<string, unknown>): EmulatorResponse | undefined {
  const trial = isObject(properties.trial) ? properties.trial : {};
  const settings = isObject(properties.settings) ? properties.settings : {};
  return checkCompute(ctx, properties.computeId) ??
    checkCompute(ctx, settings.default_compute) ??
    checkAsset(ctx, properties.environmentId ?? trial.environmentId, "environments", "environmentId") ??
    checkAsset(ctx, properties.codeId ?? trial.codeId, "codes", "codeId") ??
    checkPipelineSteps(ctx, properties);
}

function studioUrl(ctx: EmulatorContext, name: string): string {
  const ws = ctx.workspace;
  return `${ctx.baseUrl()}/studio/runs/${name}?wsid=/subscriptions/${ws.subscriptionId}/resourcegroups/${ws.resourceGroup}/workspaces/${ws.workspaceName}`;
}

function createJob(ctx: EmulatorContext, runner: JobRunner, request: EmulatorRequest): EmulatorResponse {
  const properties = propertiesOf(request);
  if (isResponse(properties)) return properties;
  const name = request.params.id;
  const existing = ctx.state.jobs.get(name);
  if (existing) {
    const changed = FROZEN_FIELDS.find((field) => properties[field] !== undefined &&
      JSON.stringify(properties[field]) !== JSON.stringify(existing.resource.properties[field]));
    if (changed) {
      return armError(409, "UserError", `A job with name '${name}' already exists; its '${changed}' cannot be changed. Submit the job under a new name.`);
    }
    for (const field of ["tags", "description", "displayName", "properties"]) {
      if (properties[field] !== undefined) existing.resource.properties[field] = properties[field];
    }
    return json(200, existing.resource);
  }
  const problem = checkJob(ctx, properties);
  if (problem) return problem;
  const job = storeJob(ctx, name, properties);
  const submitted = structuredClone(job.resource);
  runner.start(job);
  return json(201, submitted);
}

/** A new job as the service records it on submission (NotStarted, with its Studio and Tracking services). */
export function storeJob(ctx: EmulatorContext, name: string, properties: Record<string, unknown>): JobRecord {
  const resource = armResource(ctx, ["jobs", name], ["jobs"], {
    properties: {
      ...properties,
      displayName: properties.displayName ?? name,
      experimentName: properties.experimentName ?? "Default",
      status: "NotStarted",
      isArchived: false,
      services: {
        Studio: { jobServiceType: "Studio", endpoint: studioUrl(ctx, name) },
        Tracking: { jobServiceType: "Tracking", endpoint: `azureml://${new URL(ctx.baseUrl()).host}/mlflow/v1.0/subscriptions/${ctx.workspace.subscriptionId}` },
      },
    },
  });
  const job: JobRecord = { resource, status: "NotStarted", children: [], metrics: [], params: {}, logLines: [], cancelRequested: false };
  ctx.state.jobs.set(name, job);
  return job;
}

function jobNotFound(ctx: EmulatorContext, name: string): EmulatorResponse {
  return notFound(`${PROVIDER}/workspaces/jobs`, name, ctx.workspace.resourceGroup);
}

function listJobs(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const jobType = request.query.get("jobType");
  const tag = request.query.get("tag");
  const jobs = [...ctx.state.jobs.values()]
    .filter((job) => !job.parentName)
    .filter((job) => !jobType || String(job.resource.properties.jobType).toLowerCase() === jobType.toLowerCase())
    .filter((job) => !tag || tag in ((job.resource.properties.tags ?? {}) as Record<string, string>))
    .map((job) => job.resource)
    .reverse();
  return listPage(ctx, request, jobs, 20);
}

function cancelJob(ctx: EmulatorContext, runner: JobRunner, request: EmulatorRequest): EmulatorResponse {
  const job = ctx.state.jobs.get(request.params.id);
  if (!job) return jobNotFound(ctx, request.params.id);
  if (TERMINAL.includes(job.status)) return { status: 200 };
  job.cancelRequested = true;
  job.status = "CancelRequested";
  job.resource.properties.status = "CancelRequested";
  const injected = ctx.faults.take(request.method, request.path, ["lroFailure"]);
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    durationMs: 50,
    until: runner.whenFinished(job.resource.name),
    failure: () => (injected ? { code: injected.code ?? "UserError", message: injected.message } : undefined),
  });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function deleteJob(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const job = ctx.state.jobs.get(request.params.id);
  if (!job) return { status: 204 };
  job.cancelRequested = true;
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    onSucceeded: () => {
      ctx.state.jobs.delete(request.params.id);
    },
  });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

export function jobRoutes(ctx: EmulatorContext, runner: JobRunner): Route[] {
  const jobPath = `${WORKSPACE_PATH}/jobs/:id`;
  return [
    { method: "GET", pattern: `${WORKSPACE_PATH}/jobs`, auth: "arm", validate: true, handler: (request) => listJobs(ctx, request) },
    { method: "PUT", pattern: jobPath, auth: "arm", validate: true, handler: (request) => createJob(ctx, runner, request) },
    { method: "GET", pattern: jobPath, auth: "arm", validate: true, handler: (request) => {
      const job = ctx.state.jobs.get(request.params.id);
      return job ? json(200, structuredClone(job.resource)) : jobNotFound(ctx, request.params.id);
    } },
    { method: "DELETE", pattern: jobPath, auth: "arm", validate: true, handler: (request) => deleteJob(ctx, request) },
    { method: "POST", pattern: `${jobPath}/cancel`, auth: "arm", validate: true, handler: (request) => cancelJob(ctx, runner, request) },
  ];
}
