import type { AutoMLJob } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import { resolveComputeId } from "../azure/arm-ids";
import { parseIdentityField, parseResources, parseServices, resolveEnvironment, secondsToIsoDuration } from "./command-parts";
import { AUTOML_API_VERSION, AUTOML_OBJECTS, AUTOML_TASKS, type AutoMLField } from "./automl-schema";
import { namingJobFile } from "./file-errors";
import { JOB_BASE_FIELDS, jobBaseFields } from "./job-base";
import { mapToRecord, parseInput, parseOutputs, restInput, restOutput, type ConversionContext } from "./job-io";
import { parseQueueSettings, type QueueSettings } from "./queue-settings";
import { parseEarlyTermination } from "./sweep-settings";
import { camelKey, expectMapping, fieldPath, isMapping, optionalMapping, optionalString, optionalStringMap, scalarText, type Mapping } from "./spec-fields";

/** Fields of an AutoML job file that belong to the job; every other field is a setting of the task. */
const JOB_FIELDS = [...JOB_BASE_FIELDS, "compute", "environment", "environment_id", "environment_variables", "outputs", "resources", "identity", "services", "queue_settings"] as const;

/** REST AutoMLJob as api-version 2025-12-01 has it: the 2022-10-01 client model and a queue setting. */
export type AutoMLJobProperties = AutoMLJob & { queueSettings?: QueueSettings };

/** The CLI's task names → REST taskType. */
export const AUTOML_TASK_NAMES: Record<string, string> = {
  classification: "Classification",
  regression: "Regression",
  forecasting: "Forecasting",
  image_classification: "ImageClassification",
  image_classification_multilabel: "ImageClassificationMultilabel",
  image_object_detection: "ImageObjectDetection",
  image_instance_segmentation: "ImageInstanceSegmentation",
  text_classification: "TextClassification",
  text_classification_multilabel: "TextClassificationMultilabel",
  text_ner: "TextNER",
};

/** Tasks whose SDK schema requires target_column_name. */
const TABULAR_TASKS = ["Classification", "Regression", "Forecasting"];

/** YAML names whose REST name is not their camelCase spelling (the SDK's `_to_rest_object` renames). */
const RENAMES: Record<string, string> = {
  limits: "limitSettings",
  featurization: "featurizationSettings",
  training: "trainingSettings",
  forecasting: "forecastingSettings",
  sweep: "sweepSettings",
  training_parameters: "modelSettings",
  timeout_minutes: "timeout",
  trial_timeout_minutes: "trialTimeout",
  ensemble_model_download_timeout_minutes: "ensembleModelDownloadTimeout",
  stack_meta_learner_kwargs: "stackMetaLearnerKWargs",
};
const TRANSFORMERS: Record<string, string> = { imputer: "Imputer", hash_one_hot_encoder: "HashOneHotEncoder", tfidf: "TfIdf", tf_idf: "TfIdf" };

/**
 * Fields the SDK's schema takes that the REST spec has no place for: checked as the SDK checks them, then dropped
 * (the SDK sends them only with its preview api-version).
 */
const SDK_ONLY_FIELDS: Record<string, { enum: string[] } | "integer"> = {
  training_mode: { enum: ["auto", "distributed", "non_distributed"] },
  max_nodes: "integer",
};

interface Walk {
  ctx: ConversionContext;
  /** Fields the api-version sent has no place for: not sent, told in the dry run. */
  dropped: string[];
  allowBindings: boolean;
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function enumValue(value: unknown, values: string[], where: string): string {
  const text = typeof value === "string" ? value : scalarText(value, where);
  const match = values.find((candidate) => normalized(candidate) === normalized(text));
  if (!match) throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not accepted; accepted: ${values.join(", ")}.`);
  return match;
}

/** `auto`, or the Custom variant's number: a list under `values` (target lags), a single number under `value`. */
function modeValue(value: unknown, field: { mode: string[]; custom?: string }, where: string): Mapping {
  if (typeof value === "string" && normalized(value) === "auto") return { mode: "Auto" };
  if (!field.mode.includes("Custom") || !field.custom) throw new ConfigurationError(`${where}: accepted: auto.`);
  const numbers = (Array.isArray(value) ? value : [value]).every((item) => typeof item === "number" && Number.isInteger(item));
  if (field.custom === "values" && numbers) return { mode: "Custom", values: Array.isArray(value) ? value : [value] };
  if (field.custom === "value" && numbers && !Array.isArray(value)) return { mode: "Custom", value };
  throw new ConfigurationError(`${where}: expected auto or ${field.custom === "values" ? "a whole number or a list of whole numbers" : "a whole number"}, got ${JSON.stringify(value)}.`);
}

function checkSdkOnlyField(key: string, value: unknown, where: string): void {
  const rule = SDK_ONLY_FIELDS[key];
  if (rule === undefined) return;
  if (rule === "integer") {
    scalar("integer", value, where, key);
    return;
  }
  const text = typeof value === "string" ? value.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase() : undefined;
  if (text === undefined || !rule.enum.includes(text)) throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not accepted; accepted: ${rule.enum.join(", ")}.`);
}

function scalar(kind: string, value: unknown, where: string, key: string): unknown {
  if (kind === "duration") {
    if (typeof value === "string") return value;
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) throw new ConfigurationError(`${where}: expected a whole number > 0, got ${JSON.stringify(value)}.`);
    return secondsToIsoDuration(key.endsWith("_minutes") ? value * 60 : value);
  }
  if (kind === "string") return typeof value === "string" ? value : scalarText(value, where);
  if (kind === "integer" && !(typeof value === "number" && Number.isInteger(value))) throw new ConfigurationError(`${where}: expected an integer, got ${JSON.stringify(value)}.`);
  if (kind === "number" && typeof value !== "number") throw new ConfigurationError(`${where}: expected a number, got ${JSON.stringify(value)}.`);
  if (kind === "boolean" && typeof value !== "boolean") throw new ConfigurationError(`${where}: expected true or false, got ${JSON.stringify(value)}.`);
  return value;
}

/** A `search_space` distribution as the AutoML service reads it: `choice('a','b')`, `uniform(0.01,0.1)`. */
function distributionText(value: unknown, where: string): string {
  if (!isMapping(value)) return typeof value === "string" ? value : scalarText(value, where);
  const type = optionalString(value, "type", where);
  const literal = (item: unknown): string => (typeof item === "string" ? `'${item}'` : scalarText(item, where));
  if (type === "choice") {
    if (!Array.isArray(value.values)) throw new ConfigurationError(`${fieldPath(where, "values")}: required, a list.`);
    return `choice(${value.values.map(literal).join(",")})`;
  }
  const argumentsOf: Record<string, string[]> = {
    uniform: ["min_value", "max_value"], loguniform: ["min_value", "max_value"], quniform: ["min_value", "max_value", "q"], qloguniform: ["min_value", "max_value", "q"],
    normal: ["mu", "sigma"], lognormal: ["mu", "sigma"], qnormal: ["mu", "sigma", "q"], qlognormal: ["mu", "sigma", "q"], randint: ["upper"],
  };
  const names = type ? argumentsOf[type] : undefined;
  if (!names) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not a search space type; accepted: choice, ${Object.keys(argumentsOf).join(", ")}.`);
  return `${type}(${names.map((name) => scalarText(value[name], fieldPath(where, name))).join(",")})`;
}

/**
 * A YAML key → the REST property it fills: the SDK's renames, else its camelCase spelling matched regardless of case,
 * as the SDK's models map `warmup_cosine_lr_warmup_epochs` to `warmupCosineLRWarmupEpochs`.
 */
function restName(fields: Record<string, AutoMLField>, key: string): string | undefined {
  const renamed = RENAMES[key];
  if (renamed !== undefined) return renamed in fields ? renamed : undefined;
  const camel = camelKey(key).toLowerCase();
  return Object.keys(fields).find((name) => name.toLowerCase() === camel);
}

/** `search_space`: a list of spaces, each a mapping of model settings to distributions, checked against `definition`. */
function searchSpace(value: unknown, definition: string, where: string, walk: Walk): Mapping[] {
  const fields = AUTOML_OBJECTS[definition];
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry, index) => {
    const itemWhere = `${where}[${index}]`;
    const result: Mapping = {};
    for (const [key, item] of Object.entries(expectMapping(entry, itemWhere))) {
      const name = restName(fields, key);
      if (name === undefined) walk.dropped.push(fieldPath(itemWhere, key));
      else result[name] = distributionText(item, fieldPath(itemWhere, key));
    }
    return result;
  });
}

function transformerParams(value: unknown, where: string): Mapping {
  const result: Mapping = {};
  for (const [key, item] of Object.entries(expectMapping(value, where))) {
    const name = TRANSFORMERS[key.toLowerCase()] ?? key;
    const transformers = Array.isArray(item) ? item : [item];
    result[name] = transformers.map((transformer, index) => {
      const mapping = expectMapping(transformer, `${fieldPath(where, key)}[${index}]`);
      return { ...(mapping.fields !== undefined ? { fields: mapping.fields } : {}), ...(mapping.parameters !== undefined ? { parameters: mapping.parameters } : {}) };
    });
  }
  return result;
}

async function convertValue(field: AutoMLField, value: unknown, where: string, key: string, walk: Walk): Promise<unknown> {
  if (typeof field === "string") {
    if (field === "input") {
      if (typeof value === "string" && walk.allowBindings) return value;
      const parsed = await parseInput(value, where, walk.ctx, walk.allowBindings);
      return restInput(parsed);
    }
    if (field === "policy") return parseEarlyTermination(expectMapping(value, where), where).rest;
    if (key === "transformer_params") return transformerParams(value, where);
    return scalar(field, value, where, key);
  }
  if ("ref" in field) return convertObject(field.ref, expectMapping(value, where), where, walk);
  if ("enum" in field) return enumValue(value, field.enum, where);
  if ("mode" in field) return modeValue(value, field, where);
  const items = Array.isArray(value) ? value : [value];
  const converted: unknown[] = [];
  for (const [index, item] of items.entries()) converted.push(await convertValue(field.list, item, `${where}[${index}]`, key, walk));
  return converted;
}

/** A YAML mapping → the REST object `definition` of the spec, field by field. */
async function convertObject(definition: string, value: Mapping, where: string, walk: Walk): Promise<Mapping> {
  const fields = AUTOML_OBJECTS[definition];
  const result: Mapping = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === null) continue;
    const itemWhere = fieldPath(where, key);
    const space = key === "search_space" ? fields.searchSpace : undefined;
    if (space !== undefined && typeof space === "object" && "list" in space && typeof space.list === "object" && "ref" in space.list) {
      result.searchSpace = searchSpace(item, space.list.ref, itemWhere, walk);
      continue;
    }
    const restKey = restName(fields, key);
    const field = restKey === undefined ? undefined : fields[restKey];
    if (restKey === undefined || !field) {
      checkSdkOnlyField(key, item, itemWhere);
      walk.dropped.push(itemWhere);
      continue;
    }
    result[restKey] = await convertValue(field, item, itemWhere, key, walk);
  }
  return result;
}

export interface AutoMLTask {
  taskDetails: Mapping;
  dropped: string[];
}

/** The task fields of an AutoML job (everything but the job's own fields) → REST `taskDetails`. */
export async function convertAutoMLTask(spec: Mapping, jobFields: readonly string[], where: string, ctx: ConversionContext, allowBindings: boolean): Promise<AutoMLTask> {
  const task = optionalString(spec, "task", where);
  const taskType = task ? AUTOML_TASK_NAMES[task] : undefined;
  if (!taskType) throw new ConfigurationError(`${fieldPath(where, "task")}: ${JSON.stringify(task ?? null)} is not an AutoML task; accepted: ${Object.keys(AUTOML_TASK_NAMES).join(", ")}.`);
  const walk: Walk = { ctx, dropped: [], allowBindings };
  const settings: Mapping = {};
  for (const [key, value] of Object.entries(spec)) if (!jobFields.includes(key) && key !== "task") settings[key] = value;
  if (settings.training_data === undefined || settings.training_data === null) throw new ConfigurationError(`${fieldPath(where, "training_data")}: required, an mltable input (type: mltable, path: …).`);
  if (TABULAR_TASKS.includes(taskType) && (settings.target_column_name === undefined || settings.target_column_name === null)) {
    throw new ConfigurationError(`${fieldPath(where, "target_column_name")}: required for a ${task} task, the column the models predict.`);
  }
  const taskDetails = { taskType, ...(await convertObject(AUTOML_TASKS[taskType], settings, where, walk)) };
  return { taskDetails, dropped: walk.dropped };
}

/** A `type: automl` job file → the REST AutoMLJob properties (api-version 2025-12-01); a refusal names the file. */
export function convertAutoMLJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<AutoMLJobProperties> {
  return namingJobFile(ctx, () => convertJob(spec, ctx, defaultExperimentName));
}

async function convertJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<AutoMLJobProperties> {
  const { taskDetails, dropped } = await convertAutoMLTask(spec, JOB_FIELDS, "", ctx, false);
  if (dropped.length > 0) ctx.notes?.push(...dropped.map((field) => `${field}: not sent — api-version ${AUTOML_API_VERSION} has no place for it in an AutoML ${String(taskDetails.taskType)} task.`));
  const job: AutoMLJobProperties = { jobType: "AutoML", ...jobBaseFields(spec, defaultExperimentName), taskDetails: taskDetails as unknown as AutoMLJob["taskDetails"] };
  const compute = optionalString(spec, "compute", "");
  if (compute !== undefined) job.computeId = resolveComputeId(ctx.scope, compute, "compute");
  if (spec.environment !== undefined && spec.environment !== null) job.environmentId = await resolveEnvironment(spec.environment, "environment", ctx);
  // The SDK's AutoML schema names it environment_id and sends it as written.
  const environmentId = optionalString(spec, "environment_id", "");
  if (environmentId !== undefined) job.environmentId = environmentId;
  const environmentVariables = optionalStringMap(spec, "environment_variables", "");
  if (environmentVariables) job.environmentVariables = environmentVariables;
  const resources = optionalMapping(spec, "resources", "");
  if (resources) job.resources = parseResources(resources, "resources");
  const outputs = mapToRecord(parseOutputs(spec.outputs, "outputs", false), (output, name) => restOutput(output, fieldPath("outputs", name), true));
  if (outputs) job.outputs = outputs;
  const identity = parseIdentityField(spec, "");
  if (identity) job.identity = identity;
  const services = parseServices(spec, "");
  if (services) job.services = services;
  const queueSettings = parseQueueSettings(spec, "", ctx.notes ?? []);
  if (queueSettings) job.queueSettings = queueSettings;
  return job;
}
