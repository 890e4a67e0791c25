import { ConfigurationError } from "../core/errors";
import { checkCommandReferences, optionalCode, resolveCode, resolveEnvironment } from "./command-parts";
import { DATA_INPUT_TYPES, type ConversionContext } from "./job-io";
import type { ComponentSpec } from "./asset-resolver";
import { expectMapping, fieldPath, isMapping, optionalBoolean, optionalMapping, optionalString, optionalStringMap, rejectUnknownFields, requiredString, type Mapping } from "./spec-fields";

export const LITERAL_TYPES = ["string", "integer", "number", "boolean"] as const;
export const COMPONENT_TYPES = ["command", "parallel", "spark", "pipeline", "data_transfer"] as const;
/** Port types a component may still declare from the preview CLI: `path` is a data port (the SDK's LegacyAssetTypes.PATH). */
export const LEGACY_PORT_TYPES = ["path"] as const;
const INPUT_TYPES: readonly string[] = [...LITERAL_TYPES, ...DATA_INPUT_TYPES, ...LEGACY_PORT_TYPES];
const PORT_OUTPUT_TYPES: readonly string[] = [...DATA_INPUT_TYPES, ...LEGACY_PORT_TYPES];
export type ComponentType = (typeof COMPONENT_TYPES)[number];

const METADATA_FIELDS = ["$schema", "type", "name", "version", "display_name", "description", "tags", "is_deterministic", "inputs", "outputs"] as const;
/** Fields each component type may carry besides its metadata, as the CLI's component schemas define them. */
const COMPONENT_FIELDS: Record<ComponentType, readonly string[]> = {
  command: ["command", "code", "environment", "resources", "distribution", "environment_variables", "instance_count", "additional_includes"],
  parallel: ["task", "input_data", "mini_batch_size", "partition_keys", "resources", "max_concurrency_per_instance", "error_threshold", "mini_batch_error_threshold", "logging_level", "retry_settings", "environment_variables", "code"],
  spark: ["code", "entry", "py_files", "jars", "files", "archives", "conf", "args", "environment", "driver_cores", "driver_memory", "executor_cores", "executor_memory", "executor_instances", "dynamic_allocation_enabled", "dynamic_allocation_min_executors", "dynamic_allocation_max_executors"],
  pipeline: ["jobs", "settings"],
  data_transfer: ["task", "data_copy_mode", "source", "sink"],
};

/** A component file's or inline component's type (`command` when absent), refused by name when unknown. */
export function componentTypeOf(spec: Mapping, where: string): ComponentType {
  if (spec.type === undefined && spec.nodes !== undefined) {
    throw new ConfigurationError(`${where}: a prompt flow (flow.dag.yaml) used as a component is not supported: the SDK turns it into a parallel component through the promptflow package, which this step does not include; register the flow as a component and name it with azureml:<name>:<version>.`);
  }
  const type = spec.type ?? "command";
  if (typeof type !== "string" || !(COMPONENT_TYPES as readonly string[]).includes(type)) {
    throw new ConfigurationError(`${fieldPath(where, "type")}: component type ${JSON.stringify(type)} is not supported; accepted: ${COMPONENT_TYPES.join(", ")}.`);
  }
  return type as ComponentType;
}

export function armOrUri(id: string): string {
  return id.startsWith("/subscriptions/") ? `azureml:${id}` : id;
}

export function componentInputDefinitions(spec: Mapping, where: string): Mapping {
  const result: Mapping = {};
  const definitions = optionalMapping(spec, "inputs", where);
  for (const [name, item] of Object.entries(definitions ?? {})) {
    const itemWhere = fieldPath(fieldPath(where, "inputs"), name);
    const definition = expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "optional", "default", "description", "min", "max", "enum", "mode", "path"], itemWhere);
    const type = definition.type;
    if (typeof type !== "string" || !INPUT_TYPES.includes(type)) {
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type ?? null)} is not an input type; accepted: ${INPUT_TYPES.join(", ")}.`);
    }
    result[name] = definition;
  }
  return result;
}

export function componentOutputDefinitions(spec: Mapping, where: string): Mapping {
  const result: Mapping = {};
  const definitions = optionalMapping(spec, "outputs", where);
  for (const [name, item] of Object.entries(definitions ?? {})) {
    const itemWhere = fieldPath(fieldPath(where, "outputs"), name);
    const definition = item === null ? { type: "uri_folder" } : expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "description", "mode", "is_control", "early_available"], itemWhere);
    const type = definition.type ?? "uri_folder";
    if (typeof type !== "string" || ![...PORT_OUTPUT_TYPES, ...LITERAL_TYPES].includes(type)) {
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type)} is not an output type; accepted: ${PORT_OUTPUT_TYPES.join(", ")}.`);
    }
    result[name] = { ...definition, type };
  }
  return result;
}

/** `code` and `environment` of a component (or of a parallel component's `task`) as the ids the service takes. */
async function resolveAssets(spec: Mapping, target: Mapping, where: string, ctx: ConversionContext): Promise<void> {
  const code = optionalCode(spec, where);
  if (code !== undefined) target.code = armOrUri(await resolveCode(code, fieldPath(where, "code"), ctx));
  if (spec.environment !== undefined && spec.environment !== null) {
    target.environment = armOrUri(await resolveEnvironment(spec.environment, fieldPath(where, "environment"), ctx));
  }
}

/** Metadata every component carries, as the anonymous component is registered. */
function componentMetadata(spec: Mapping, type: ComponentType, where: string): ComponentSpec {
  const component: ComponentSpec = { type };
  for (const field of ["display_name", "description"]) {
    const value = optionalString(spec, field, where);
    if (value !== undefined) component[field] = value;
  }
  const tags = optionalStringMap(spec, "tags", where);
  if (tags) component.tags = tags;
  if (type !== "pipeline") component.is_deterministic = optionalBoolean(spec, "is_deterministic", where) ?? true;
  return component;
}

export interface LoadedComponent {
  type: ComponentType;
  spec: ComponentSpec;
  declaredInputs: Mapping;
  declaredOutputs: Mapping;
}

/**
 * A component written in the job (inline, or a local file) → the spec registered as an anonymous component:
 * local code and environments resolved to ids, everything else as written. `jobs` of a pipeline component are
 * converted by `convertJobs` (the pipeline conversion, recursively).
 */
export async function loadComponent(
  spec: Mapping,
  where: string,
  ctx: ConversionContext,
  convertJobs: (component: Mapping, inputs: Mapping, outputs: Mapping) => Promise<Mapping>,
): Promise<LoadedComponent> {
  const type = componentTypeOf(spec, where);
  rejectUnknownFields(spec, [...METADATA_FIELDS, ...COMPONENT_FIELDS[type]], where);
  const declaredInputs = componentInputDefinitions(spec, where);
  const declaredOutputs = componentOutputDefinitions(spec, where);
  const component = componentMetadata(spec, type, where);
  if (type === "command") {
    const command = requiredString(spec, "command", where);
    if (spec.environment === undefined || spec.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
    checkCommandReferences(command, new Set(Object.keys(declaredInputs)), new Set(Object.keys(declaredOutputs)), fieldPath(where, "command"));
    component.command = command;
  }
  await resolveAssets(spec, component, where, ctx);
  for (const field of COMPONENT_FIELDS[type]) {
    if (field === "code" || field === "environment" || field === "command" || field === "jobs" || spec[field] === undefined) continue;
    component[field] = spec[field];
  }
  if (type === "parallel") {
    const task = expectMapping(spec.task, fieldPath(where, "task"));
    const resolved: Mapping = { ...task };
    delete resolved.code;
    delete resolved.environment;
    await resolveAssets(task, resolved, fieldPath(where, "task"), ctx);
    component.task = resolved;
  }
  if (type === "spark" && spec.entry !== undefined && !isMapping(spec.entry)) throw new ConfigurationError(`${fieldPath(where, "entry")}: expected a mapping with file (or class_name).`);
  if (type === "pipeline") component.jobs = await convertJobs(spec, declaredInputs, declaredOutputs);
  if (Object.keys(declaredInputs).length > 0) component.inputs = declaredInputs;
  if (Object.keys(declaredOutputs).length > 0) component.outputs = declaredOutputs;
  return { type, spec: component, declaredInputs, declaredOutputs };
}
