import { stat } from "node:fs/promises";
import path from "node:path";
import type { JobInputUnion, JobOutputUnion } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../core/errors";
import { assetVersionArmId, parseAssetReference, type WorkspaceScope } from "../azure/arm-ids";
import type { JobAssetResolver, LocalInputType } from "./asset-resolver";
import type { PathContainment } from "../core/paths";
import { expectMapping, fieldPath, isMapping, localFileReference, optionalString, rejectUnknownFields, scalarText } from "./spec-fields";

export interface ConversionContext {
  scope: WorkspaceScope;
  /** Directory relative paths are resolved from. */
  baseDir: string;
  resolver: JobAssetResolver;
  /** Where paths named in the file may resolve; the working directory when absent. */
  containment?: PathContainment;
  /** The file whose relative paths are being resolved, named in errors; `baseDir` when absent. */
  origin?: string;
  /** Said in the dry run: fields not sent, as the SDK does not send them either. */
  notes?: string[];
  /** Fields the SDK sends but no stable api-version has a place for: warned about, not sent. */
  unsent?: string[];
}

export const DATA_INPUT_TYPES = ["uri_file", "uri_folder", "mltable", "mlflow_model", "custom_model", "triton_model"] as const;
export type DataType = (typeof DATA_INPUT_TYPES)[number];
export const OUTPUT_TYPES = DATA_INPUT_TYPES;
export type LiteralType = "string" | "integer" | "number" | "boolean";

const INPUT_MODES: Record<string, string> = {
  ro_mount: "ReadOnlyMount",
  rw_mount: "ReadWriteMount",
  download: "Download",
  direct: "Direct",
  eval_mount: "EvalMount",
  eval_download: "EvalDownload",
};
/** `mount` is the SDK's other spelling of rw_mount for an output (OUTPUT_MOUNT_MAPPING_TO_REST). */
const OUTPUT_MODES: Record<string, string> = { rw_mount: "ReadWriteMount", upload: "Upload", direct: "Direct", mount: "ReadWriteMount" };
/** Expressions the service fills in when the job runs, allowed inside an output path (`paths/${{name}}/`). */
const RUNTIME_EXPRESSIONS = /^(name|output_name|default_datastore)$/;
const REMOTE_SCHEMES = ["https", "http", "wasbs", "wasb", "abfss", "abfs", "adl", "azureml"];

export type ParsedInput =
  | { kind: "literal"; value: string; literalType: LiteralType }
  | { kind: "binding"; value: string }
  | { kind: "data"; type: DataType; uri: string; mode?: string; description?: string };

export type ParsedOutput =
  | { kind: "binding"; value: string; type?: DataType; mode?: string }
  | { kind: "data"; type: DataType; mode?: string; uri?: string; description?: string; configured: boolean };

const BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;

export function bindingsIn(text: string): string[] {
  return [...text.matchAll(BINDING)].map((match) => match[1]);
}

function literalTypeOf(value: unknown): LiteralType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return "string";
}

function isLocalPath(value: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) || /^[a-zA-Z]:[\\/]/.test(value);
}

function modelOrData(type: DataType): "data" | "models" {
  return type.endsWith("_model") ? "models" : "data";
}

/** A local file or folder is uploaded, as the SDK does, for every type; a model may be a file or a folder. */
async function localInputUri(value: string, type: DataType, where: string, ctx: ConversionContext): Promise<string> {
  const absolute = path.resolve(ctx.baseDir, localFileReference(value));
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  if (type === "uri_file" && !info.isFile()) throw new ConfigurationError(`${where}: type uri_file needs a file, but ${absolute} is a directory.`);
  if ((type === "uri_folder" || type === "mltable" || type === "mlflow_model" || type === "triton_model") && !info.isDirectory()) {
    throw new ConfigurationError(`${where}: type ${type} needs a folder, but ${absolute} is a file.`);
  }
  return ctx.resolver.inputUri(absolute, type as LocalInputType);
}

async function resolveInputPath(value: string, type: DataType, where: string, ctx: ConversionContext): Promise<string> {
  const reference = parseAssetReference(value, where);
  if (reference) {
    const assetType = modelOrData(type);
    switch (reference.kind) {
      case "armId":
        return `azureml:${reference.id}`;
      case "uri":
        return reference.uri;
      case "version":
        return `azureml:${assetVersionArmId(ctx.scope, assetType, reference.name, reference.version)}`;
      case "latest":
        return `azureml:${assetVersionArmId(ctx.scope, assetType, reference.name, await ctx.resolver.latestVersion(assetType, reference.name))}`;
    }
  }
  if (isLocalPath(value) || value.startsWith("file:")) return localInputUri(value, type, where, ctx);
  const scheme = value.slice(0, value.indexOf(":"));
  if (!REMOTE_SCHEMES.includes(scheme.toLowerCase())) {
    throw new ConfigurationError(`${where}: URI scheme "${scheme}" is not supported; accepted: azureml:, ${REMOTE_SCHEMES.filter((s) => s !== "azureml").join(", ")} or a local path.`);
  }
  return value;
}

function dataType(value: unknown, where: string, fallback: DataType, accepted: readonly string[]): DataType {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "string" || !accepted.includes(value)) {
    throw new ConfigurationError(`${where}: type ${JSON.stringify(value)} is not supported; accepted: ${accepted.join(", ")}.`);
  }
  return value as DataType;
}

function deliveryMode(value: string | undefined, where: string, modes: Record<string, string>): string | undefined {
  if (value === undefined) return undefined;
  const mode = modes[value];
  if (!mode) throw new ConfigurationError(`${where}: mode ${JSON.stringify(value)} is not supported; accepted: ${Object.keys(modes).join(", ")}.`);
  return mode;
}

const LITERAL_TYPES = ["string", "integer", "number", "boolean"] as const;

/** Keys the preview CLI named an input's data with, before `path:`. */
const PREVIEW_DATA_KEYS = ["data", "dataset", "folder", "file"] as const;

/** `{type: integer, value: 1000}` (or `default:`): a literal input written as a mapping. */
function literalInput(value: Record<string, unknown>, where: string): ParsedInput {
  rejectUnknownFields(value, ["type", "value", "default", "description", "optional", "min", "max", "enum"], where);
  const given = value.value ?? value.default;
  if (given === undefined || given === null) throw new ConfigurationError(`${fieldPath(where, "value")}: required for a ${String(value.type)} input written as a mapping.`);
  return { kind: "literal", value: scalarText(given, fieldPath(where, "value")), literalType: (value.type as LiteralType | undefined) ?? literalTypeOf(given) };
}

/** One entry of `inputs:`. Bindings (`${{parent...}}`) are accepted only when `allowBindings`. */
export async function parseInput(value: unknown, where: string, ctx: ConversionContext, allowBindings: boolean): Promise<ParsedInput> {
  if (value === null || value === undefined) throw new ConfigurationError(`${where}: an input needs a value or a mapping with type and path.`);
  if (!isMapping(value)) {
    const text = scalarText(value, where);
    if (typeof value === "string" && bindingsIn(value).length > 0) {
      if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
      return { kind: "binding", value: text };
    }
    return { kind: "literal", value: text, literalType: literalTypeOf(value) };
  }
  const literalType = typeof value.type === "string" && (LITERAL_TYPES as readonly string[]).includes(value.type);
  if (literalType || (value.type === undefined && value.path === undefined && value.value !== undefined)) return literalInput(value, where);
  const previewKey = PREVIEW_DATA_KEYS.find((key) => key in value);
  if (previewKey !== undefined) {
    throw new ConfigurationError(`${fieldPath(where, previewKey)}: naming the data with ${previewKey}: is the preview CLI's form, which the CLI no longer reads; accepted: path: ${JSON.stringify(value[previewKey])} (with type: uri_folder, uri_file or mltable).`);
  }
  rejectUnknownFields(value, ["type", "path", "mode", "description"], where);
  const type = dataType(value.type, fieldPath(where, "type"), "uri_folder", DATA_INPUT_TYPES);
  const rawPath = optionalString(value, "path", where);
  if (rawPath === undefined) throw new ConfigurationError(`${fieldPath(where, "path")}: required for an input of type ${type}.`);
  const mode = deliveryMode(optionalString(value, "mode", where), fieldPath(where, "mode"), INPUT_MODES);
  const description = optionalString(value, "description", where);
  if (bindingsIn(rawPath).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${fieldPath(where, "path")}: binding ${JSON.stringify(rawPath)} is only valid inside a pipeline job.`);
    return { kind: "binding", value: rawPath };
  }
  const uri = await resolveInputPath(rawPath, type, fieldPath(where, "path"), ctx);
  return { kind: "data", type, uri, mode, description };
}

export function parseOutput(value: unknown, where: string, allowBindings: boolean): ParsedOutput {
  if (value === null || value === undefined) return { kind: "data", type: "uri_folder", configured: false };
  if (typeof value === "string" && !isLocalPath(value) && !value.startsWith("${{")) return parseOutput({ path: value }, where, allowBindings);
  if (typeof value === "string" && bindingsIn(value).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
    return { kind: "binding", value };
  }
  const mapping = expectMapping(value, where);
  rejectUnknownFields(mapping, ["type", "mode", "path", "description"], where);
  const type = dataType(mapping.type, fieldPath(where, "type"), "uri_folder", OUTPUT_TYPES);
  const mode = deliveryMode(optionalString(mapping, "mode", where), fieldPath(where, "mode"), OUTPUT_MODES);
  const uri = optionalString(mapping, "path", where);
  if (uri !== undefined && bindingsIn(uri).length > 0 && bindingsIn(uri).every((expression) => RUNTIME_EXPRESSIONS.test(expression)) && !isLocalPath(uri)) {
    return { kind: "data", type, mode, uri, description: optionalString(mapping, "description", where), configured: true };
  }
  if (uri !== undefined && bindingsIn(uri).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${fieldPath(where, "path")}: binding ${JSON.stringify(uri)} is only valid inside a pipeline step.`);
    return { kind: "binding", value: uri, ...(mapping.type !== undefined ? { type } : {}), ...(mode ? { mode } : {}) };
  }
  if (uri !== undefined && isLocalPath(uri)) {
    throw new ConfigurationError(`${fieldPath(where, "path")}: an output path must be remote (azureml://datastores/<name>/paths/<path>), not the local path ${JSON.stringify(uri)}.`);
  }
  return { kind: "data", type, mode, uri, description: optionalString(mapping, "description", where), configured: true };
}

export async function parseInputs(value: unknown, where: string, ctx: ConversionContext, allowBindings: boolean): Promise<Map<string, ParsedInput>> {
  const result = new Map<string, ParsedInput>();
  if (value === undefined || value === null) return result;
  for (const [name, item] of Object.entries(expectMapping(value, where))) {
    result.set(name, await parseInput(item, fieldPath(where, name), ctx, allowBindings));
  }
  return result;
}

export function parseOutputs(value: unknown, where: string, allowBindings: boolean): Map<string, ParsedOutput> {
  const result = new Map<string, ParsedOutput>();
  if (value === undefined || value === null) return result;
  for (const [name, item] of Object.entries(expectMapping(value, where))) {
    result.set(name, parseOutput(item, fieldPath(where, name), allowBindings));
  }
  return result;
}

/** REST shape of a job-level input (CommandJob / PipelineJob `inputs`). */
export function restInput(input: ParsedInput): JobInputUnion {
  switch (input.kind) {
    case "literal":
    case "binding":
      return { jobInputType: "literal", value: input.value };
    case "data":
      return {
        jobInputType: input.type,
        uri: input.uri,
        ...(input.mode ? { mode: input.mode } : {}),
        ...(input.description ? { description: input.description } : {}),
      } as JobInputUnion;
  }
}

/** REST shape of a job-level output; mode direct only where the api-version sent has it (Spark jobs). */
export function restOutput(output: ParsedOutput, where: string, allowDirect = false): JobOutputUnion {
  if (output.kind === "binding") throw new ConfigurationError(`${where}: binding ${JSON.stringify(output.value)} is only valid inside a pipeline step.`);
  if (output.mode === "Direct" && !allowDirect) {
    throw new ConfigurationError(`${fieldPath(where, "mode")}: mode direct for an output is not in api-version 2022-10-01 this job is sent with; accepted: rw_mount, upload (direct in Spark jobs and pipeline steps).`);
  }
  return {
    jobOutputType: output.type,
    ...(output.mode ? { mode: output.mode } : {}),
    ...(output.uri ? { uri: output.uri } : {}),
    ...(output.description ? { description: output.description } : {}),
  } as JobOutputUnion;
}

export function mapToRecord<T, R>(map: Map<string, T>, convert: (item: T, name: string) => R): Record<string, R> | undefined {
  if (map.size === 0) return undefined;
  const result: Record<string, R> = {};
  for (const [name, item] of map) result[name] = convert(item, name);
  return result;
}
