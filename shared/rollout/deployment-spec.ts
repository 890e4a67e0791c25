import { ConfigurationError } from "../core/errors";
import { resolveCode, resolveEnvironment, secondsToIsoDuration } from "../jobs/command-parts";
import type { ConversionContext } from "../jobs/job-io";
import {
  expectMapping,
  fieldPath,
  optionalBoolean,
  optionalInteger,
  optionalMapping,
  optionalString,
  optionalStringMap,
  rejectUnknownFields,
  type Mapping,
} from "../jobs/spec-fields";

/** The deployment settings that can come as inputs; each overrides the same field of the deployment file. */
export interface DeploymentOverrides {
  instanceType?: string;
  instanceCount?: number;
  environment?: string;
  codePath?: string;
  scoringScript?: string;
  requestTimeoutMs?: number;
  maxConcurrentRequests?: number;
  livenessProbe?: Mapping;
  readinessProbe?: Mapping;
  /** Collections to enable (model_inputs, model_outputs…). */
  dataCollector?: string[];
}

/** The ARM body of an online deployment (`dataCollector` needs the newer api-version, which every deployment request uses). */
export interface DeploymentBody {
  body: { location?: string; sku: { name: string; capacity: number }; tags: Record<string, string>; properties: Mapping };
}

export const DEFAULT_INSTANCE_TYPE = "Standard_DS3_v2";

/** Fields of a CLI v2 managed online deployment YAML (`az ml online-deployment create -f`). */
const DEPLOYMENT_FIELDS = [
  "$schema", "name", "endpoint_name", "type", "model", "environment", "code_configuration", "instance_type", "instance_count",
  "request_settings", "liveness_probe", "readiness_probe", "environment_variables", "app_insights_enabled", "data_collector",
  "egress_public_network_access", "description", "tags", "properties", "scale_settings", "model_mount_path",
];
const PROBE_FIELDS = ["initial_delay", "period", "timeout", "success_threshold", "failure_threshold"];

export interface DeploymentSpecContext extends ConversionContext {
  modelId: string;
  /** The file the spec came from, for messages; the inputs otherwise. */
  source: string;
}

export async function buildDeploymentBody(spec: Mapping, overrides: DeploymentOverrides, ctx: DeploymentSpecContext): Promise<DeploymentBody> {
  const where = ctx.source;
  rejectUnknownFields(spec, DEPLOYMENT_FIELDS, where);
  const type = optionalString(spec, "type", where);
  if (type !== undefined && type.toLowerCase() !== "managed") {
    throw new ConfigurationError(`${fieldPath(where, "type")}: only managed online deployments are supported, got '${type}'.`);
  }
  const properties: Mapping = { endpointComputeType: "Managed", model: ctx.modelId };
  properties.instanceType = overrides.instanceType ?? optionalString(spec, "instance_type", where) ?? DEFAULT_INSTANCE_TYPE;

  const environment = overrides.environment ?? spec.environment;
  if (environment !== undefined && environment !== null) properties.environmentId = await resolveEnvironment(environment, fieldPath(where, "environment"), ctx);
  const code = codeConfiguration(spec, overrides, where);
  if (code) properties.codeConfiguration = { codeId: await resolveCode(code.code, fieldPath(where, "code_configuration.code"), ctx), scoringScript: code.scoringScript };

  const requestSettings = requestSettingsOf(spec, overrides, where);
  if (requestSettings) properties.requestSettings = requestSettings;
  for (const [field, key, override] of [["liveness_probe", "livenessProbe", overrides.livenessProbe], ["readiness_probe", "readinessProbe", overrides.readinessProbe]] as const) {
    const probe = override ?? optionalMapping(spec, field, where);
    if (probe) properties[key] = probeSettings(probe, fieldPath(where, field));
  }
  const variables = optionalStringMap(spec, "environment_variables", where);
  if (variables) properties.environmentVariables = variables;
  const appInsights = optionalBoolean(spec, "app_insights_enabled", where);
  if (appInsights !== undefined) properties.appInsightsEnabled = appInsights;
  const egress = optionalString(spec, "egress_public_network_access", where);
  if (egress !== undefined) properties.egressPublicNetworkAccess = egress.toLowerCase() === "disabled" ? "Disabled" : "Enabled";
  const description = optionalString(spec, "description", where);
  if (description !== undefined) properties.description = description;
  const extra = optionalStringMap(spec, "properties", where);
  if (extra) properties.properties = extra;

  const collector = dataCollector(spec, overrides, where);
  if (collector) properties.dataCollector = collector;
  const capacity = overrides.instanceCount ?? optionalInteger(spec, "instance_count", where, 1) ?? 1;
  return {
    body: { sku: { name: "Default", capacity }, tags: optionalStringMap(spec, "tags", where) ?? {}, properties },
  };
}

function codeConfiguration(spec: Mapping, overrides: DeploymentOverrides, where: string): { code: string; scoringScript: string } | undefined {
  const fromFile = optionalMapping(spec, "code_configuration", where);
  if (fromFile) rejectUnknownFields(fromFile, ["code", "scoring_script"], fieldPath(where, "code_configuration"));
  const code = overrides.codePath ?? (fromFile ? optionalString(fromFile, "code", fieldPath(where, "code_configuration")) : undefined);
  const script = overrides.scoringScript ?? (fromFile ? optionalString(fromFile, "scoring_script", fieldPath(where, "code_configuration")) : undefined);
  if (code === undefined && script === undefined) return undefined;
  if (code === undefined || script === undefined) {
    throw new ConfigurationError(`${fieldPath(where, "code_configuration")}: code and scoring_script go together; got only ${code === undefined ? "scoring_script" : "code"}.`);
  }
  return { code, scoringScript: script };
}

function requestSettingsOf(spec: Mapping, overrides: DeploymentOverrides, where: string): Mapping | undefined {
  const path = fieldPath(where, "request_settings");
  const fromFile = optionalMapping(spec, "request_settings", where) ?? {};
  rejectUnknownFields(fromFile, ["request_timeout_ms", "max_concurrent_requests_per_instance", "max_queue_wait_ms"], path);
  const timeoutMs = overrides.requestTimeoutMs ?? optionalInteger(fromFile, "request_timeout_ms", path, 1);
  const concurrency = overrides.maxConcurrentRequests ?? optionalInteger(fromFile, "max_concurrent_requests_per_instance", path, 1);
  const queueWaitMs = optionalInteger(fromFile, "max_queue_wait_ms", path, 0);
  const settings: Mapping = {};
  if (timeoutMs !== undefined) settings.requestTimeout = millisecondsToIsoDuration(timeoutMs);
  if (concurrency !== undefined) settings.maxConcurrentRequestsPerInstance = concurrency;
  if (queueWaitMs !== undefined) settings.maxQueueWait = millisecondsToIsoDuration(queueWaitMs);
  return Object.keys(settings).length > 0 ? settings : undefined;
}

function millisecondsToIsoDuration(ms: number): string {
  return ms % 1000 === 0 ? secondsToIsoDuration(ms / 1000) : `PT${ms / 1000}S`;
}

function probeSettings(probe: Mapping, where: string): Mapping {
  rejectUnknownFields(probe, PROBE_FIELDS, where);
  const settings: Mapping = {};
  const initialDelay = optionalInteger(probe, "initial_delay", where);
  const period = optionalInteger(probe, "period", where, 1);
  const timeout = optionalInteger(probe, "timeout", where, 1);
  if (initialDelay !== undefined) settings.initialDelay = secondsToIsoDuration(initialDelay);
  if (period !== undefined) settings.period = secondsToIsoDuration(period);
  if (timeout !== undefined) settings.timeout = secondsToIsoDuration(timeout);
  const success = optionalInteger(probe, "success_threshold", where, 1);
  const failure = optionalInteger(probe, "failure_threshold", where, 1);
  if (success !== undefined) settings.successThreshold = success;
  if (failure !== undefined) settings.failureThreshold = failure;
  return settings;
}

/** CLI `data_collector` (collections with `enabled`, `rolling_rate`, `sampling_rate`) → the ARM shape of the newer api-version. */
function dataCollector(spec: Mapping, overrides: DeploymentOverrides, where: string): Mapping | undefined {
  const path = fieldPath(where, "data_collector");
  const fromFile = optionalMapping(spec, "data_collector", where);
  const collections: Record<string, Mapping> = {};
  let rollingRate = "Hour";
  let samplingRate: number | undefined;
  if (fromFile) {
    rejectUnknownFields(fromFile, ["collections", "rolling_rate", "sampling_rate", "request_logging"], path);
    const rate = optionalString(fromFile, "rolling_rate", path);
    if (rate) rollingRate = rate.charAt(0).toUpperCase() + rate.slice(1).toLowerCase();
    const sampling = fromFile.sampling_rate;
    if (sampling !== undefined) {
      if (typeof sampling !== "number" || sampling <= 0 || sampling > 1) throw new ConfigurationError(`${path}.sampling_rate: expected a number above 0 and at most 1.`);
      samplingRate = sampling;
    }
    const declared = expectMapping(fromFile.collections ?? {}, `${path}.collections`);
    for (const [name, value] of Object.entries(declared)) {
      const collection = expectMapping(value ?? {}, `${path}.collections.${name}`);
      const enabled = String(collection.enabled ?? "true").toLowerCase() === "true";
      collections[name] = { dataCollectionMode: enabled ? "Enabled" : "Disabled", ...(samplingRate === undefined ? {} : { samplingRate }) };
    }
  }
  for (const name of overrides.dataCollector ?? []) collections[name] = { dataCollectionMode: "Enabled" };
  if (Object.keys(collections).length === 0) return undefined;
  return { collections, rollingRate };
}
