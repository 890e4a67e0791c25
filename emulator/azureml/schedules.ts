import { armResource, isResponse, listPage, propertiesOf } from "./arm";
import type { EmulatorContext } from "./context";
import { armError, isObject, json, notFound, type EmulatorRequest, type EmulatorResponse } from "./http";
import { generatedName, PROVIDER } from "./ids";
import type { JobRunner, StepWork } from "./job-runner";
import { storeJob } from "./jobs";
import { monitoringInputProblem, type MonitoringInput } from "./monitor-data";
import { computeDataDrift, metricThresholdProblem } from "./monitor-signals";
import { WORKSPACE_PATH, type Route } from "./router";
import type { ScheduleRecord } from "./state";

/** The preview api-version of `POST …/schedules/{name}/trigger` (azure-ai-ml's `schedules.trigger`); no stable version has it. */
export const TRIGGER_API_VERSION = "2024-01-01-preview";
const SIGNAL_OUTPUT = "signal_output";
const DATA_DRIFT_COMPONENT = "azureml://registries/azureml/components/data_drift_signal_monitor/labels/latest";

/** Where a monitoring job's signal files go: `<folder>/signals/<signal>.json`. */
export function signalOutputFolder(jobName: string): string {
  return `azureml/${jobName}/${SIGNAL_OUTPUT}`;
}

function scheduleNotFound(ctx: EmulatorContext, name: string): EmulatorResponse {
  return notFound(`${PROVIDER}/workspaces/schedules`, name, ctx.workspace.resourceGroup);
}

function signalsOf(properties: Record<string, unknown>): Record<string, Record<string, unknown>> | undefined {
  const action = isObject(properties.action) ? properties.action : {};
  if (action.actionType !== "CreateMonitor" || !isObject(action.monitorDefinition)) return undefined;
  const signals = action.monitorDefinition.signals;
  return isObject(signals) ? (signals as Record<string, Record<string, unknown>>) : {};
}

/** What the service checks of a monitor at creation: the data each data drift signal reads exists, its metrics fit their data types. */
function checkMonitor(ctx: EmulatorContext, properties: Record<string, unknown>): EmulatorResponse | undefined {
  for (const [name, signal] of Object.entries(signalsOf(properties) ?? {})) {
    if (!isObject(signal) || signal.signalType !== "DataDrift") continue;
    const problem = metricThresholdProblem(signal, name) ??
      monitoringInputProblem(ctx, signal.referenceData as MonitoringInput, `signals.${name}.referenceData`) ??
      monitoringInputProblem(ctx, signal.productionData as MonitoringInput, `signals.${name}.productionData`);
    if (problem) return armError(400, "UserError", problem);
  }
  return undefined;
}

function putSchedule(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const properties = propertiesOf(request);
  if (isResponse(properties)) return properties;
  const name = request.params.name;
  const previous = ctx.state.schedules.get(name);
  if (previous) {
    const before = (previous.resource.properties.action ?? {}) as Record<string, unknown>;
    const after = (properties.action ?? {}) as Record<string, unknown>;
    if (JSON.stringify(before.monitorDefinition) !== JSON.stringify(after.monitorDefinition)) {
      return armError(400, "UserError", `Schedule '${name}' exists; its monitorDefinition cannot be changed. Create a schedule under a new name.`);
    }
  }
  const problem = checkMonitor(ctx, properties);
  if (problem) return problem;
  const resource = armResource(ctx, ["schedules", name], ["schedules"], {
    properties: { ...properties, isEnabled: properties.isEnabled ?? true, provisioningState: previous ? "Succeeded" : "Creating" },
  }, previous?.resource);
  const record: ScheduleRecord = { resource, runs: previous?.runs ?? [] };
  ctx.state.schedules.set(name, record);
  if (previous) return json(200, resource);
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    onSucceeded: () => {
      resource.properties.provisioningState = "Succeeded";
    },
  });
  return json(201, structuredClone(resource), ctx.lro.asyncOperationHeaders(operation));
}

function deleteSchedule(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const record = ctx.state.schedules.get(request.params.name);
  if (!record) return { status: 204 };
  record.resource.properties.provisioningState = "Deleting";
  const operation = ctx.lro.start({
    apiVersion: request.apiVersion!,
    onSucceeded: () => {
      ctx.state.schedules.delete(request.params.name);
    },
  });
  return { status: 202, headers: ctx.lro.locationHeaders(operation) };
}

function listSchedules(ctx: EmulatorContext, request: EmulatorRequest): EmulatorResponse {
  const view = (request.query.get("listViewType") ?? "EnabledOnly").toLowerCase();
  const schedules = [...ctx.state.schedules.values()]
    .map((record) => record.resource)
    .filter((resource) => view === "all" || (resource.properties.isEnabled === true) === (view === "enabledonly"));
  return listPage(ctx, request, schedules);
}

function signalWork(ctx: EmulatorContext, jobName: string, signalName: string, signal: Record<string, unknown>): StepWork {
  return async () => {
    if (signal.signalType !== "DataDrift") return { metrics: {}, logLines: [`Signal type ${String(signal.signalType)} is not computed by the emulator.`] };
    const { output, logLines } = await computeDataDrift(ctx, signalName, signal);
    await ctx.blob.writeText(`${signalOutputFolder(jobName)}/signals/${signalName}.json`, `${JSON.stringify(output, null, 4)}\n`, "application/json");
    return { metrics: {}, logLines };
  };
}

/** The monitoring job a trigger submits: a pipeline with one step per signal, writing the signal files under `signal_output`. */
function submitMonitoringJob(ctx: EmulatorContext, runner: JobRunner, scheduleName: string, signals: Record<string, Record<string, unknown>>, scheduleTime: string) {
  const jobName = generatedName(scheduleName.toLowerCase().replace(/[^a-z0-9]/g, "_"));
  const steps: Record<string, unknown> = {};
  const work: Record<string, StepWork> = {};
  for (const [signalName, signal] of Object.entries(signals)) {
    steps[signalName] = { type: "pipeline", componentId: DATA_DRIFT_COMPONENT, outputs: { [SIGNAL_OUTPUT]: { value: `\${{parent.outputs.${SIGNAL_OUTPUT}}}`, type: "literal" } } };
    work[signalName] = signalWork(ctx, jobName, signalName, signal);
  }
  const job = storeJob(ctx, jobName, {
    jobType: "Pipeline",
    displayName: `${scheduleName}-${scheduleTime.replace(/[^0-9]/g, "").slice(0, 14)}`,
    experimentName: scheduleName,
    tags: {},
    properties: { "azureml.scheduleName": scheduleName, "azureml.scheduleTime": scheduleTime },
    settings: {},
    jobs: steps,
    outputs: { [SIGNAL_OUTPUT]: { jobOutputType: "uri_folder", uri: `azureml://datastores/workspaceblobstore/paths/${signalOutputFolder(jobName)}/` } },
  });
  runner.start(job, work);
  return jobName;
}

function triggerSchedule(ctx: EmulatorContext, runner: JobRunner, request: EmulatorRequest): EmulatorResponse {
  if (request.apiVersion !== TRIGGER_API_VERSION) {
    return armError(400, "InvalidApiVersionParameter", `The api-version '${String(request.apiVersion)}' is invalid for triggering a schedule. The supported versions are '${TRIGGER_API_VERSION}'.`);
  }
  const name = request.params.name;
  const record = ctx.state.schedules.get(name);
  if (!record) return scheduleNotFound(ctx, name);
  const properties = record.resource.properties;
  if (properties.provisioningState !== "Succeeded") {
    return armError(409, "UserError", `Schedule '${name}' is in provisioning state '${String(properties.provisioningState)}'; trigger it once it has Succeeded.`);
  }
  if (properties.isEnabled !== true) return armError(400, "UserError", `Schedule '${name}' is disabled; only an enabled schedule can be triggered.`);
  const signals = signalsOf(properties);
  if (!signals) return armError(400, "UserError", `Schedule '${name}' does not create a monitor; the emulator triggers CreateMonitor schedules only.`);
  const body = isObject(request.body) ? request.body : {};
  const scheduleTime = typeof body.scheduleTime === "string" ? body.scheduleTime : ctx.now().toISOString();
  const jobName = submitMonitoringJob(ctx, runner, name, signals, scheduleTime);
  record.runs.push({ jobName, scheduleTime });
  return json(200, { submissionId: jobName, scheduleActionType: "CreateMonitor" });
}

export function scheduleRoutes(ctx: EmulatorContext, runner: JobRunner): Route[] {
  const schedulePath = `${WORKSPACE_PATH}/schedules/:name`;
  return [
    { method: "GET", pattern: `${WORKSPACE_PATH}/schedules`, auth: "arm", validate: true, handler: (request) => listSchedules(ctx, request) },
    { method: "PUT", pattern: schedulePath, auth: "arm", validate: true, handler: (request) => putSchedule(ctx, request) },
    { method: "GET", pattern: schedulePath, auth: "arm", validate: true, handler: (request) => {
      const record = ctx.state.schedules.get(request.params.name);
      return record ? json(200, structuredClone(record.resource)) : scheduleNotFound(ctx, request.params.name);
    } },
    { method: "DELETE", pattern: schedulePath, auth: "arm", validate: true, handler: (request) => deleteSchedule(ctx, request) },
    { method: "POST", pattern: `${schedulePath}/trigger`, auth: "arm", validate: false, apiVersions: [TRIGGER_API_VERSION],
      handler: (request) => triggerSchedule(ctx, runner, request) },
  ];
}
