import type { JobBaseProperties, JobInputUnion } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import { resolveComputeId } from "../azure/arm-ids";
import { JOB_BASE_FIELDS, jobBaseFields } from "./job-base";
import { OUTPUT_TYPES, parseInput, restInput, type ConversionContext } from "./job-io";
import { parseQueueSettings } from "./queue-settings";
import { expectMapping, fieldPath, optionalMapping, optionalString, optionalStringMap, rejectUnknownFields, type Mapping } from "./spec-fields";

/** REST FineTuningJob (api-version 2025-12-01, like Spark: 2022-10-01 has no fine-tuning job). */
export interface FineTuningJobProperties extends Omit<JobBaseProperties, "jobType"> {
  jobType: "FineTuning";
  fineTuningDetails: {
    modelProvider: "Custom" | "AzureOpenAI";
    taskType: string;
    model: JobInputUnion;
    trainingData: JobInputUnion;
    validationData?: JobInputUnion;
    hyperParameters?: Record<string, string>;
  };
  outputs: Record<string, Mapping>;
  resources?: { instanceTypes: string[] };
  queueSettings?: { jobTier: string };
}

const FIELDS = [...JOB_BASE_FIELDS, "task", "model_provider", "model", "training_data", "validation_data", "hyperparameters", "outputs", "compute", "resources", "queue_settings"] as const;
const TASKS: Record<string, string> = {
  chat_completion: "ChatCompletion", text_completion: "TextCompletion", text_classification: "TextClassification", question_answering: "QuestionAnswering",
  text_summarization: "TextSummarization", token_classification: "TokenClassification", text_translation: "TextTranslation",
  image_classification: "ImageClassification", image_instance_segmentation: "ImageInstanceSegmentation", image_object_detection: "ImageObjectDetection",
  video_multi_object_tracking: "VideoMultiObjectTracking",
};
const PROVIDERS: Record<string, "Custom" | "AzureOpenAI"> = { custom: "Custom", azure_openai: "AzureOpenAI" };

function chosen<T>(table: Record<string, T>, value: string | undefined, where: string): T {
  const result = value === undefined ? undefined : table[value.toLowerCase()];
  if (result === undefined) throw new ConfigurationError(`${where}: ${JSON.stringify(value ?? null)} is not accepted; accepted: ${Object.keys(table).join(", ")}.`);
  return result;
}

/** A data input given as a bare path is a file, as the SDK reads `training_data: train.jsonl`. */
async function dataInput(value: unknown, where: string, ctx: ConversionContext): Promise<JobInputUnion> {
  const written = typeof value === "string" && !value.startsWith("azureml:") ? { type: "uri_file", path: value } : value;
  return restInput(await parseInput(written, where, ctx, false));
}

function outputs(spec: Mapping): Record<string, Mapping> {
  const written = optionalMapping(spec, "outputs", "");
  if (!written || Object.keys(written).length === 0) throw new ConfigurationError("outputs: required; a fine-tuning job names the model it registers (e.g. registered_model: {type: mlflow_model, name: <model name>}).");
  const result: Record<string, Mapping> = {};
  for (const [name, item] of Object.entries(written)) {
    const where = fieldPath("outputs", name);
    const output = expectMapping(item, where);
    rejectUnknownFields(output, ["type", "name", "version", "path", "mode", "description"], where);
    const type = optionalString(output, "type", where) ?? "mlflow_model";
    if (!(OUTPUT_TYPES as readonly string[]).includes(type)) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type)} is not accepted; accepted: ${OUTPUT_TYPES.join(", ")}.`);
    const rest: Mapping = { jobOutputType: type };
    for (const [field, key] of [["name", "assetName"], ["version", "assetVersion"], ["path", "uri"], ["description", "description"]] as const) {
      const text = optionalString(output, field, where);
      if (text !== undefined) rest[key] = text;
    }
    result[name] = rest;
  }
  return result;
}

/** A `type: finetuning` job file → the REST FineTuningJob properties (api-version 2025-12-01). */
export async function convertFineTuningJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<FineTuningJobProperties> {
  rejectUnknownFields(spec, FIELDS, "");
  if (spec.model === undefined || spec.model === null) throw new ConfigurationError("model: required, the model to fine-tune (type: mlflow_model, path: azureml://registries/...).");
  if (spec.training_data === undefined || spec.training_data === null) throw new ConfigurationError("training_data: required, a file (JSON lines) or a data asset.");
  const details: FineTuningJobProperties["fineTuningDetails"] = {
    modelProvider: chosen(PROVIDERS, optionalString(spec, "model_provider", ""), "model_provider"),
    taskType: chosen(TASKS, optionalString(spec, "task", ""), "task"),
    model: restInput(await parseInput(spec.model, "model", ctx, false)),
    trainingData: await dataInput(spec.training_data, "training_data", ctx),
  };
  if (spec.validation_data !== undefined && spec.validation_data !== null) details.validationData = await dataInput(spec.validation_data, "validation_data", ctx);
  const hyperParameters = optionalStringMap(spec, "hyperparameters", "");
  if (hyperParameters) details.hyperParameters = hyperParameters;
  const job: FineTuningJobProperties = { jobType: "FineTuning", ...jobBaseFields(spec, defaultExperimentName), fineTuningDetails: details, outputs: outputs(spec) };
  const compute = optionalString(spec, "compute", "");
  if (compute !== undefined) job.computeId = resolveComputeId(ctx.scope, compute, "compute");
  const resources = optionalMapping(spec, "resources", "");
  if (resources) {
    rejectUnknownFields(resources, ["instance_types"], "resources");
    const types = resources.instance_types;
    if (!Array.isArray(types) || types.some((type) => typeof type !== "string")) throw new ConfigurationError("resources.instance_types: expected a list of VM sizes.");
    job.resources = { instanceTypes: types as string[] };
  }
  const queueSettings = parseQueueSettings(spec, "");
  if (queueSettings) job.queueSettings = queueSettings;
  return job;
}
