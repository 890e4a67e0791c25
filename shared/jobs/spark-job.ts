import type { IdentityConfigurationUnion, JobBaseProperties, JobInputUnion, JobOutputUnion } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import { resolveComputeId } from "../azure/arm-ids";
import { checkCommandReferences, parseIdentityField, resolveCode } from "./command-parts";
import { resolveEnvironmentArmId } from "./arm-environment";
import { namingJobFile } from "./file-errors";
import { JOB_BASE_FIELDS, jobBaseFields } from "./job-base";
import { mapToRecord, parseInputs, parseOutputs, restInput, restOutput, type ConversionContext } from "./job-io";
import { expectMapping, fieldPath, optionalMapping, optionalString, optionalStringMap, rejectUnknownFields, requiredString, scalarText, type Mapping } from "./spec-fields";

/** REST SparkJob (api-version 2025-12-01); the 2022-10-01 client models have no type for it. */
export interface SparkJobProperties extends Omit<JobBaseProperties, "jobType"> {
  jobType: "Spark";
  codeId: string;
  entry: { sparkJobEntryType: "SparkJobPythonEntry"; file: string } | { sparkJobEntryType: "SparkJobScalaEntry"; className: string };
  args?: string;
  conf?: Record<string, string>;
  pyFiles?: string[];
  jars?: string[];
  files?: string[];
  archives?: string[];
  environmentId?: string;
  environmentVariables?: Record<string, string>;
  inputs?: Record<string, JobInputUnion>;
  outputs?: Record<string, JobOutputUnion>;
  resources?: { instanceType?: string; runtimeVersion?: string };
  identity?: IdentityConfigurationUnion;
}

export const SPARK_FIELDS = [
  "code", "entry", "py_files", "jars", "files", "archives", "conf", "args", "environment", "environment_variables", "resources", "compute", "identity",
  "inputs", "outputs", "driver_cores", "driver_memory", "executor_cores", "executor_memory", "executor_instances", "dynamic_allocation_enabled",
  "dynamic_allocation_min_executors", "dynamic_allocation_max_executors",
] as const;

/** Serverless Spark sizes and runtimes the SDK's `SparkResourceConfiguration._validate` accepts before submitting. */
const SERVERLESS_INSTANCE_TYPES = ["standard_e4s_v3", "standard_e8s_v3", "standard_e16s_v3", "standard_e32s_v3", "standard_e64s_v3"];
const SERVERLESS_RUNTIMES = ["3.3", "3.4"];

/** The CLI's shorthand fields, written into `conf` under their Spark names as the SDK does. */
const CONF_SHORTHANDS: Record<string, string> = {
  driver_cores: "spark.driver.cores",
  driver_memory: "spark.driver.memory",
  executor_cores: "spark.executor.cores",
  executor_memory: "spark.executor.memory",
  executor_instances: "spark.executor.instances",
  dynamic_allocation_enabled: "spark.dynamicAllocation.enabled",
  dynamic_allocation_min_executors: "spark.dynamicAllocation.minExecutors",
  dynamic_allocation_max_executors: "spark.dynamicAllocation.maxExecutors",
};

function stringList(spec: Mapping, key: string, where: string): string[] | undefined {
  const value = spec[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) throw new ConfigurationError(`${fieldPath(where, key)}: expected a list of paths (relative to code).`);
  return value as string[];
}

function parseEntry(spec: Mapping, where: string): SparkJobProperties["entry"] {
  const entry = expectMapping(spec.entry, fieldPath(where, "entry"));
  rejectUnknownFields(entry, ["file", "class_name"], fieldPath(where, "entry"));
  const file = optionalString(entry, "file", fieldPath(where, "entry"));
  if (file) return { sparkJobEntryType: "SparkJobPythonEntry", file };
  return { sparkJobEntryType: "SparkJobScalaEntry", className: requiredString(entry, "class_name", fieldPath(where, "entry")) };
}

function sparkConf(spec: Mapping, where: string): Record<string, string> | undefined {
  const conf: Record<string, string> = {};
  const written = optionalMapping(spec, "conf", where);
  for (const [key, value] of Object.entries(written ?? {})) conf[key] = scalarText(value, fieldPath(fieldPath(where, "conf"), key)).replace(/^True$/, "true").replace(/^False$/, "false");
  for (const [field, key] of Object.entries(CONF_SHORTHANDS)) {
    const value = spec[field];
    if (value !== undefined && value !== null) conf[key] = typeof value === "boolean" ? String(value) : scalarText(value, fieldPath(where, field));
  }
  return Object.keys(conf).length > 0 ? conf : undefined;
}

function parseSparkResources(resources: Mapping, where: string): NonNullable<SparkJobProperties["resources"]> {
  rejectUnknownFields(resources, ["instance_type", "runtime_version"], where);
  const instanceType = optionalString(resources, "instance_type", where);
  if (instanceType === undefined || !SERVERLESS_INSTANCE_TYPES.includes(instanceType.toLowerCase())) {
    throw new ConfigurationError(`${fieldPath(where, "instance_type")}: ${JSON.stringify(instanceType ?? null)} is not accepted; accepted: ${SERVERLESS_INSTANCE_TYPES.join(", ")}.`);
  }
  const runtimeVersion = resources.runtime_version === undefined || resources.runtime_version === null ? undefined : scalarText(resources.runtime_version, fieldPath(where, "runtime_version"));
  if (runtimeVersion !== undefined && !SERVERLESS_RUNTIMES.some((runtime) => runtimeVersion === runtime || runtimeVersion.startsWith(`${runtime}.`))) {
    throw new ConfigurationError(`${fieldPath(where, "runtime_version")}: ${JSON.stringify(runtimeVersion)} is not accepted; accepted: ${SERVERLESS_RUNTIMES.join(", ")} (a patch number may follow, e.g. 3.4.0).`);
  }
  return { instanceType, ...(runtimeVersion ? { runtimeVersion } : {}) };
}

/**
 * A `type: spark` job file → the REST SparkJob properties (sent with api-version 2025-12-01: 2022-10-01 has no Spark
 * job); a refusal names the file.
 */
export function convertSparkJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<SparkJobProperties> {
  return namingJobFile(ctx, () => convertJob(spec, ctx, defaultExperimentName));
}

async function convertJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<SparkJobProperties> {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...SPARK_FIELDS], "");
  const inputs = await parseInputs(spec.inputs, "inputs", ctx, false);
  const outputs = parseOutputs(spec.outputs, "outputs", false);
  const code = requiredString(spec, "code", "");
  const job: SparkJobProperties = {
    jobType: "Spark",
    ...jobBaseFields(spec, defaultExperimentName),
    codeId: await resolveCode(code, "code", ctx),
    entry: parseEntry(spec, ""),
  };
  const args = optionalString(spec, "args", "");
  if (args !== undefined) {
    checkCommandReferences(args, new Set(inputs.keys()), new Set(outputs.keys()), "args");
    job.args = args;
  }
  const conf = sparkConf(spec, "");
  if (conf) job.conf = conf;
  for (const [field, key] of [["py_files", "pyFiles"], ["jars", "jars"], ["files", "files"], ["archives", "archives"]] as const) {
    const list = stringList(spec, field, "");
    if (list) job[key] = list;
  }
  if (spec.environment !== undefined && spec.environment !== null) job.environmentId = await resolveEnvironmentArmId(spec.environment, "environment", ctx);
  const environmentVariables = optionalStringMap(spec, "environment_variables", "");
  if (environmentVariables) job.environmentVariables = environmentVariables;
  const resources = optionalMapping(spec, "resources", "");
  if (resources) job.resources = parseSparkResources(resources, "resources");
  const compute = optionalString(spec, "compute", "");
  if (compute !== undefined) job.computeId = resolveComputeId(ctx.scope, compute, "compute");
  if (!job.computeId && !job.resources) throw new ConfigurationError("resources: a Spark job needs compute (an attached Synapse Spark pool) or resources (instance_type and runtime_version for serverless Spark).");
  const identity = parseIdentityField(spec, "");
  if (identity) job.identity = identity;
  const restInputs = mapToRecord(inputs, restInput);
  if (restInputs) job.inputs = restInputs;
  const restOutputs = mapToRecord(outputs, (output, name) => restOutput(output, fieldPath("outputs", name), true));
  if (restOutputs) job.outputs = restOutputs;
  return job;
}
