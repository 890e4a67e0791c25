import { createHash } from "node:crypto";
import type { Workspace } from "../../azure/workspace";
import { ConfigurationError } from "../../core/errors";
import { workspaceArmId } from "../../azure/arm-ids";
import { resolveDataAsset } from "../azure/data-asset";
import { isAzureLocation, parseAzureLocation, redactSas } from "../azure/location";
import { hasAcceptedExtension } from "../readers/source";
import { isPValueMethod } from "../stats/methods";
import {
  DEFAULT_METRICS,
  defaultMetricThreshold,
  FEATURE_TYPES,
  methodOfMetric,
  parseMonitorMetric,
  type FeatureType,
  type MonitorMetric,
} from "./metrics";

export const SIGNAL_NAME = "data_drift";
const SCHEDULE_PREFIX = "amlops-drift-";
const DEFAULT_COMPUTE = { instanceType: "standard_e4s_v3", runtimeVersion: "3.4" };

export type PerFeatureType<T> = Partial<Record<"numerical" | "categorical", T>>;

/** What defines a monitor: the same definition gives the same schedule name. */
export interface MonitorDefinitionOptions {
  /** `azureml:<data-asset>:<version>` or `@latest` (an mltable asset), or `azureml://datastores/<ds>/paths/<MLTable folder>`. */
  reference: string;
  production: string;
  /** Features to compare; default: every column both sides share. */
  features?: readonly string[];
  /** Features to treat as categorical whatever their values. */
  categorical?: readonly string[];
  /** Metric per feature type: Azure ML's names (NormalizedWassersteinDistance) or shared/drift's (wasserstein). */
  method?: PerFeatureType<string>;
  thresholds?: PerFeatureType<number>;
  /** Serverless Spark of the monitoring job. */
  compute?: { instanceType?: string; runtimeVersion?: string };
}

export interface MonitoringInputData {
  inputDataType: "Fixed";
  jobInputType: "mltable";
  uri: string;
}

export interface MetricChoice {
  dataType: FeatureType;
  metric: MonitorMetric;
  threshold: number;
}

export interface MonitorSchedule {
  name: string;
  /** Content hash of the monitor definition. */
  definitionHash: string;
  /** The request body of `PUT …/schedules/{name}` (2025-12-01). */
  body: { properties: Record<string, unknown> };
  metrics: MetricChoice[];
}

/** JSON with object keys sorted, so equal definitions hash equally. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const ACCEPTED_DATA = "azureml:<data-asset>:<version> or azureml:<data-asset>@latest (an mltable data asset), or azureml://datastores/<datastore>/paths/<folder holding an MLTable file>";

/** A reference or production location as a monitoring input; monitoring reads MLTable data registered in the workspace. */
export async function monitoringInput(location: string, workspace: Workspace, input: string): Promise<MonitoringInputData> {
  const value = location.trim();
  if (!isAzureLocation(value)) {
    throw new ConfigurationError(`${input}: "${value}" is a local path; Azure ML model monitoring reads data in the workspace. Accepted: ${ACCEPTED_DATA}.`);
  }
  const parsed = parseAzureLocation(value, input);
  if (parsed.kind === "blob-url") {
    throw new ConfigurationError(`${input}: "${redactSas(value)}" is a storage URL; a monitor keeps its data locations, so give a datastore path or a data asset instead. Accepted: ${ACCEPTED_DATA}.`);
  }
  if (parsed.kind === "datastore") {
    if (hasAcceptedExtension(parsed.path)) {
      throw new ConfigurationError(`${input}: "${value}" is a file; Azure ML model monitoring reads MLTable data. Give the folder holding an MLTable file, or an mltable data asset.`);
    }
    return { inputDataType: "Fixed", jobInputType: "mltable", uri: value };
  }
  const target = await resolveDataAsset(parsed, workspace);
  if (target.kind !== "mltable") {
    throw new ConfigurationError(`${input}: data asset '${parsed.name}' version '${target.version}' is ${target.kind}; Azure ML model monitoring reads mltable data assets. Register the data as type mltable.`);
  }
  return { inputDataType: "Fixed", jobInputType: "mltable", uri: `azureml:${workspaceArmId(workspace)}/data/${parsed.name}/versions/${target.version}` };
}

function metricChoices(options: MonitorDefinitionOptions): MetricChoice[] {
  return FEATURE_TYPES.map((dataType) => {
    const key = dataType === "Numerical" ? "numerical" : "categorical";
    const given = options.method?.[key];
    const metric = given === undefined ? DEFAULT_METRICS[dataType] : parseMonitorMetric(given, dataType, `method (${key})`);
    const threshold = options.thresholds?.[key] ?? defaultMetricThreshold(metric);
    const pValue = isPValueMethod(methodOfMetric(metric));
    if (!Number.isFinite(threshold) || threshold <= 0 || (pValue && threshold > 1)) {
      throw new ConfigurationError(`thresholds (${key}): ${String(threshold)} is not valid for ${metric}; accepted: ${pValue ? "a p-value in (0, 1]" : "a distance greater than 0"}.`);
    }
    return { dataType, metric, threshold };
  });
}

function checkFeatureNames(names: readonly string[] | undefined, input: string): void {
  const blank = names?.find((name) => name.trim() === "");
  if (blank !== undefined) throw new ConfigurationError(`${input}: feature names must not be empty.`);
}

/** The monitor schedule for these options: a CreateMonitor action with one data drift signal, named by its content hash. */
export async function monitorSchedule(workspace: Workspace, options: MonitorDefinitionOptions): Promise<MonitorSchedule> {
  checkFeatureNames(options.features, "features");
  checkFeatureNames(options.categorical, "categorical");
  const metrics = metricChoices(options);
  const referenceData = await monitoringInput(options.reference, workspace, "reference");
  const productionData = await monitoringInput(options.production, workspace, "production");
  const categorical = [...new Set(options.categorical ?? [])].sort();
  const signal = {
    signalType: "DataDrift",
    referenceData,
    productionData,
    features: options.features && options.features.length > 0
      ? { filterType: "FeatureSubset", features: [...options.features] }
      : { filterType: "AllFeatures" },
    ...(categorical.length > 0 ? { featureDataTypeOverride: Object.fromEntries(categorical.map((name) => [name, "Categorical"])) } : {}),
    metricThresholds: metrics.map(({ dataType, metric, threshold }) => ({ dataType, metric, threshold: { value: threshold } })),
  };
  const monitorDefinition = {
    computeConfiguration: {
      computeType: "ServerlessSpark",
      computeIdentity: { computeIdentityType: "AmlToken" },
      instanceType: options.compute?.instanceType ?? DEFAULT_COMPUTE.instanceType,
      runtimeVersion: options.compute?.runtimeVersion ?? DEFAULT_COMPUTE.runtimeVersion,
    },
    signals: { [SIGNAL_NAME]: signal },
  };
  const definitionHash = createHash("sha256").update(canonicalJson(monitorDefinition)).digest("hex");
  const name = `${SCHEDULE_PREFIX}${definitionHash.slice(0, 16)}`;
  return {
    name,
    definitionHash,
    metrics,
    body: {
      properties: {
        displayName: name,
        description: `Data drift of ${productionData.uri} against ${referenceData.uri}.`,
        tags: { "amlops.definition-hash": definitionHash },
        isEnabled: true,
        trigger: { triggerType: "Recurrence", frequency: "Day", interval: 1, timeZone: "UTC" },
        action: { actionType: "CreateMonitor", monitorDefinition },
      },
    },
  };
}
