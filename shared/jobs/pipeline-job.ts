import type { PipelineJob } from "@azure/arm-machinelearning";
import { stat } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError, errorMessage } from "../core/errors";
import { assetVersionArmId, datastoreArmId, parseAssetReference, resolveComputeId } from "../azure/arm-ids";
import { COMMAND_FIELDS, parseCommandParts, parseIdentityField, parseNodeAttributes, type CommandParts, type NodeAttributes } from "./command-parts";
import { armOrUri, LEGACY_PORT_TYPES, loadComponent, type LoadedComponent } from "./component-spec";
import { parseYamlFile } from "./job-file";
import { namedLocalPath } from "./named-file";
import { JOB_BASE_FIELDS, jobBaseFields } from "./job-base";
import {
  bindingsIn,
  DATA_INPUT_TYPES,
  mapToRecord,
  parseInputs,
  parseOutputs,
  restInput,
  restOutput,
  type ConversionContext,
  type DataType,
  type ParsedInput,
  type ParsedOutput,
} from "./job-io";
import { ANONYMOUS_COMPONENT_NAME, anonymousComponentVersion, type ComponentSpec } from "./asset-resolver";
import { SWEEP_FIELDS, parseSweepSettings } from "./sweep-settings";
import { checkControlFlowStep, parallelForBodies } from "./control-flow";
import { checkDataTransferTask } from "./data-transfer-step";
import {
  expectMapping,
  fieldPath,
  isMapping,
  localFileReference,
  optionalBoolean,
  optionalMapping,
  optionalString,
  optionalStringMap,
  rejectUnknownFields,
  type Mapping,
} from "./spec-fields";

const PIPELINE_FIELDS = [...JOB_BASE_FIELDS, "compute", "settings", "inputs", "outputs", "jobs", "component", "identity"] as const;
/** Keys of a pipeline job file used as a pipeline component that the component does not carry (PipelineComponent._check_ignored_keys and PipelineJob._to_component). */
const JOB_ONLY_COMPONENT_FIELDS = ["compute", "settings", "experiment_name", "properties"] as const;
const COMMON_STEP_FIELDS = ["type", "name", "component", "display_name", "description", "tags", "properties", "compute", "inputs", "outputs"] as const;
const PARALLEL_NODE_FIELDS = [
  "input_data", "mini_batch_size", "partition_keys", "resources", "max_concurrency_per_instance", "error_threshold", "mini_batch_error_threshold",
  "logging_level", "retry_settings", "environment_variables", "identity",
] as const;
const SPARK_NODE_FIELDS = [
  "entry", "py_files", "jars", "files", "archives", "conf", "args", "resources", "identity", "driver_cores", "driver_memory", "executor_cores",
  "executor_memory", "executor_instances", "dynamic_allocation_enabled", "dynamic_allocation_min_executors", "dynamic_allocation_max_executors",
] as const;
/** Fields of each step type besides the common ones; `undefined` lists the node fields kept as written (AutoML). */
const STEP_TYPES: Record<string, { fields?: readonly string[]; inline?: readonly string[] }> = {
  command: { fields: COMMAND_FIELDS },
  sweep: { fields: [...SWEEP_FIELDS, "identity", "resources", "queue_settings"] },
  parallel: { fields: PARALLEL_NODE_FIELDS, inline: ["task"] },
  spark: { fields: SPARK_NODE_FIELDS, inline: ["code", "environment"] },
  pipeline: { fields: ["settings"] },
  data_transfer: { fields: ["task", "source", "sink", "data_copy_mode"] },
  automl: {},
  do_while: { fields: ["body", "condition", "limits", "mapping"] },
  parallel_for: { fields: ["body", "items", "max_concurrency"] },
  if_else: { fields: ["condition", "true_block", "false_block"] },
};
const CONTROL_FLOW = ["do_while", "parallel_for", "if_else"];
const STEP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What the service records as the origin of a YAML-defined pipeline, as the CLI sends it. */
const SOURCE = "YAML.JOB";

interface PipelineScope {
  inputs: Map<string, ParsedInput>;
  outputs: Map<string, ParsedOutput>;
  /** Declared output names (and types) per step; undefined when the step's outputs are not known here. */
  stepOutputs: Map<string, Map<string, string> | undefined>;
}

interface StepSource {
  name: string;
  where: string;
  type: string;
  spec: Mapping;
  /** Component written in the step (inline mapping or a local component file), with the directory its paths are relative to. */
  component?: { spec: Mapping; where: string; baseDir: string; origin?: string };
  /** Registered component reference. */
  componentRef?: string;
  /** Run as a parallel_for body: its inputs come from the loop's items. */
  loopBody?: boolean;
}

function snakeKey(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Node attributes (resources, distribution, limits, identity) travel inside `jobs` in snake_case, as the CLI sends them. */
function snakeCase(value: object): Mapping {
  const result: Mapping = {};
  for (const [key, item] of Object.entries(value)) result[snakeKey(key)] = isMapping(item) && key !== "properties" ? snakeCase(item) : item;
  return result;
}

function stepTypeOf(spec: Mapping, where: string): string {
  const type = spec.type ?? "command";
  if (typeof type !== "string" || !(type in STEP_TYPES)) {
    throw new ConfigurationError(`${fieldPath(where, "type")}: step type ${JSON.stringify(type)} is not supported; accepted: ${Object.keys(STEP_TYPES).join(", ")}.`);
  }
  return type;
}

/** The component a step names: a registered reference, a local file (`file:` optional) or an inline mapping. */
async function attachComponent(source: StepSource, value: unknown, where: string, ctx: ConversionContext): Promise<void> {
  if (typeof value === "string" && (value.startsWith("azureml:") || value.startsWith("/subscriptions/"))) {
    source.componentRef = value;
    return;
  }
  if (typeof value === "string") {
    const relative = localFileReference(value);
    const file = await namedLocalPath(path.resolve(ctx.baseDir, relative), value, ctx);
    if (!(await stat(file).catch(() => undefined))?.isFile()) {
      throw new ConfigurationError(`${where}: component file ${JSON.stringify(value)} does not exist (resolved to ${file}); accepted: a component file (file: prefix optional), azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., or an inline mapping.`);
    }
    const loaded = await parseYamlFile(file).catch((error: unknown) => {
      throw new ConfigurationError(`${where}: ${errorMessage(error)}`);
    });
    source.component = { spec: expectMapping(loaded, `${where} (${file})`), where: `${where} (${value})`, baseDir: path.dirname(file), origin: file };
    return;
  }
  source.component = { spec: expectMapping(value, where), where, baseDir: ctx.baseDir, ...(ctx.origin !== undefined ? { origin: ctx.origin } : {}) };
}

/**
 * A command step that names a component runs the component's command, code and environment: the SDK builds the
 * node from the component and leaves the step's own `command`, `code` and `environment` out of the request.
 */
function withoutComponentParts(spec: Mapping, where: string, ctx: ConversionContext): Mapping {
  const kept: Mapping = { ...spec };
  for (const field of ["command", "code", "environment"]) {
    if (kept[field] === undefined) continue;
    delete kept[field];
    ctx.notes?.push(`${fieldPath(where, field)}: the step names a component, which brings its own ${field}; the SDK does not send the step's, so neither does this step (set it in the component).`);
  }
  return kept;
}

async function loadStepSource(name: string, value: unknown, ctx: ConversionContext): Promise<StepSource> {
  const where = fieldPath("jobs", name);
  if (!STEP_NAME.test(name)) throw new ConfigurationError(`${where}: ${JSON.stringify(name)} is not a step name; accepted: letters, digits and underscores, starting with a letter or underscore (the CLI refuses any other node name).`);
  const written = expectMapping(value, where);
  const type = stepTypeOf(written, where);
  const { fields, inline } = STEP_TYPES[type];
  if (type === "command" && written.experiment_name !== undefined) {
    ctx.notes?.push(`${fieldPath(where, "experiment_name")}: a step runs in the pipeline's experiment; the SDK does not send a step's experiment_name, so neither does this step.`);
  }
  if (fields) rejectUnknownFields(written, [...COMMON_STEP_FIELDS, ...fields, ...(inline ?? []), ...(type === "command" ? ["experiment_name"] : [])], where);
  const componentField = type === "sweep" ? "trial" : "component";
  const component = written[componentField];
  const spec = type === "command" && component !== undefined && component !== null ? withoutComponentParts(written, where, ctx) : written;
  const source: StepSource = { name, where, type, spec };
  if (CONTROL_FLOW.includes(type)) checkControlFlowStep(type, spec, where);
  if (type === "data_transfer") checkDataTransferTask(spec, where);
  if (component === undefined || component === null) {
    if (type === "command" && spec.command === undefined) throw new ConfigurationError(`${where}: a command step needs command (with environment) or component.`);
    if (type === "sweep") throw new ConfigurationError(`${fieldPath(where, "trial")}: required, the command component each trial runs (a file or azureml:<name>:<version>).`);
    if (type === "parallel" && spec.task === undefined) throw new ConfigurationError(`${where}: a parallel step needs task (with code, entry_script, environment) or component.`);
    if (type === "pipeline") throw new ConfigurationError(`${fieldPath(where, "component")}: required, the pipeline component (a file or azureml:<name>:<version>).`);
    return source;
  }
  if (type !== "automl" && !CONTROL_FLOW.includes(type)) await attachComponent(source, component, fieldPath(where, componentField), ctx);
  return source;
}

function declaredOutputs(source: StepSource): Map<string, string> | undefined {
  if (source.componentRef || source.type === "automl" || CONTROL_FLOW.includes(source.type)) return undefined;
  const definitions = source.component ? source.component.spec.outputs : source.spec.outputs;
  const result = new Map<string, string>();
  if (definitions === undefined || definitions === null) return result;
  const where = source.component ? fieldPath(source.component.where, "outputs") : fieldPath(source.where, "outputs");
  for (const [name, item] of Object.entries(expectMapping(definitions, where))) {
    const type = isMapping(item) && typeof item.type === "string" ? item.type : "uri_folder";
    result.set(name, type);
  }
  return result;
}

/** Checks one `${{...}}` expression of a step input and returns the type it carries, when known. */
function checkInputBinding(expression: string, where: string, step: string, scope: PipelineScope): string | undefined {
  const parentInput = /^parent\.inputs\.([A-Za-z0-9_.]+)$/.exec(expression);
  if (parentInput) {
    const input = scope.inputs.get(parentInput[1]);
    if (!input) throw new ConfigurationError(`${where}: binding \${{${expression}}} names pipeline input "${parentInput[1]}", which is not declared under inputs.`);
    return input.kind === "data" ? input.type : input.kind === "literal" ? input.literalType : undefined;
  }
  const stepOutput = /^parent\.jobs\.([A-Za-z0-9_]+)\.outputs\.([A-Za-z0-9_]+)$/.exec(expression);
  if (stepOutput) {
    const [, other, output] = stepOutput;
    if (other === step) throw new ConfigurationError(`${where}: binding \${{${expression}}} refers to the step's own output.`);
    if (!scope.stepOutputs.has(other)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names step "${other}", which is not under jobs.`);
    const outputs = scope.stepOutputs.get(other);
    if (outputs === undefined) return undefined;
    if (!outputs.has(output)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names output "${output}" of step "${other}", which that step does not declare.`);
    return outputs.get(output);
  }
  throw new ConfigurationError(`${where}: binding \${{${expression}}} is not supported; accepted: \${{parent.inputs.<name>}}, \${{parent.jobs.<step>.outputs.<name>}}.`);
}

/** `${{parent.outputs.<name>}}` must name a pipeline output; returns that output's type. */
function checkOutputBinding(value: string, where: string, scope: PipelineScope): string | undefined {
  const match = /^\$\{\{\s*parent\.outputs\.([A-Za-z0-9_]+)\s*\}\}$/.exec(value);
  if (!match) throw new ConfigurationError(`${where}: output binding ${JSON.stringify(value)} is not supported; accepted: \${{parent.outputs.<name>}}.`);
  const output = scope.outputs.get(match[1]);
  if (!output) throw new ConfigurationError(`${where}: binding ${value} names pipeline output "${match[1]}", which is not declared under outputs.`);
  return output.type;
}

/** Type of a step input as its (anonymous) component declares it. */
function inputType(input: ParsedInput, where: string, step: string, scope: PipelineScope): string {
  if (input.kind === "literal") return input.literalType;
  if (input.kind === "data") return input.type;
  const expressions = bindingsIn(input.value);
  const types = expressions.map((expression) => checkInputBinding(expression, where, step, scope));
  const whole = /^\$\{\{[^}]*\}\}$/.test(input.value.trim());
  return whole && types[0] ? types[0] : whole ? "uri_folder" : "string";
}

/** Type of a step output as its anonymous component declares it: the SDK takes a bound output's type from the pipeline output. */
function outputType(output: ParsedOutput, where: string, scope: PipelineScope): string {
  if (output.kind === "data") return output.type;
  return output.type ?? checkOutputBinding(output.value, where, scope) ?? "uri_folder";
}

function stepInput(input: ParsedInput): Mapping {
  if (input.kind === "data") {
    return { job_input_type: input.type, uri: input.uri, ...(input.mode ? { mode: input.mode } : {}), ...(input.description ? { description: input.description } : {}) };
  }
  return { job_input_type: "literal", value: input.value };
}

function stepOutput(output: ParsedOutput): Mapping | undefined {
  if (output.kind === "binding") return { value: output.value, type: "literal" };
  if (!output.configured) return undefined;
  return { job_output_type: output.type, ...(output.mode ? { mode: output.mode } : {}), ...(output.uri ? { uri: output.uri } : {}), ...(output.description ? { description: output.description } : {}) };
}

function validateStepIo(source: StepSource, inputs: Map<string, ParsedInput>, outputs: Map<string, ParsedOutput>, scope: PipelineScope): void {
  for (const [name, input] of inputs) {
    if (input.kind === "binding") for (const expression of bindingsIn(input.value)) checkInputBinding(expression, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope);
  }
  for (const [name, output] of outputs) {
    if (output.kind === "binding") checkOutputBinding(output.value, fieldPath(fieldPath(source.where, "outputs"), name), scope);
  }
}

function componentIo(attributes: NodeAttributes, source: StepSource, scope: PipelineScope): { inputs?: Mapping; outputs?: Mapping } {
  const inputs: Mapping = {};
  for (const [name, input] of attributes.inputs) inputs[name] = { type: inputType(input, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope) };
  const outputs: Mapping = {};
  for (const [name, output] of attributes.outputs) outputs[name] = { type: outputType(output, fieldPath(fieldPath(source.where, "outputs"), name), scope) };
  return { ...(Object.keys(inputs).length > 0 ? { inputs } : {}), ...(Object.keys(outputs).length > 0 ? { outputs } : {}) };
}

function componentFromCommand(parts: CommandParts, source: StepSource, scope: PipelineScope): ComponentSpec {
  const component: ComponentSpec = { type: "command", command: parts.command, environment: armOrUri(parts.environmentId), is_deterministic: true };
  if (parts.codeId) component.code = armOrUri(parts.codeId);
  const description = optionalString(source.spec, "description", source.where);
  if (description !== undefined) component.description = description;
  return { ...component, ...componentIo(parts, source, scope) };
}

async function registeredComponentId(reference: string, where: string, ctx: ConversionContext): Promise<string> {
  const parsed = parseAssetReference(reference, where);
  if (!parsed || parsed.kind === "uri") return reference;
  if (parsed.kind === "armId") return parsed.id;
  const version = parsed.kind === "version" ? parsed.version : await ctx.resolver.latestVersion("components", parsed.name);
  return assetVersionArmId(ctx.scope, "components", parsed.name, version);
}

function checkComponentIo(component: LoadedComponent, given: NodeAttributes, source: StepSource, notes: string[] | undefined, searchSpace: ReadonlySet<string> = new Set()): void {
  const declared = component.declaredInputs;
  for (const name of given.outputs.keys()) {
    if (!(name in component.declaredOutputs)) {
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "outputs"), name)}: the component declares no output "${name}"; declared: ${Object.keys(component.declaredOutputs).join(", ") || "none"}.`);
    }
  }
  for (const name of given.inputs.keys()) {
    if (!(name in declared)) {
      notes?.push(`${fieldPath(fieldPath(source.where, "inputs"), name)}: the component declares no input "${name}" (declared: ${Object.keys(declared).join(", ") || "none"}); sent as written, as the SDK sends it.`);
    }
  }
  for (const [name, definition] of Object.entries(declared)) {
    const { optional, default: fallback } = definition as Mapping;
    if (!source.loopBody && !given.inputs.has(name) && !searchSpace.has(name) && optional !== true && fallback === undefined) {
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: required by the component and not given.`);
    }
  }
}

async function registerAnonymous(component: ComponentSpec, ctx: ConversionContext): Promise<string> {
  return ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
}

/** Fields kept on the node as written (snake_case YAML), as the SDK sends them inside `jobs`. */
function copyFields(spec: Mapping, fields: readonly string[], node: Mapping): void {
  for (const field of fields) if (spec[field] !== undefined && spec[field] !== null) node[field] = spec[field];
}

/** An inline parallel or spark step: its own fields make an anonymous component, as the SDK builds one. */
async function inlineComponent(source: StepSource, attributes: NodeAttributes, ctx: ConversionContext, scope: PipelineScope): Promise<ComponentSpec> {
  const spec: Mapping = { type: source.type };
  const fields = source.type === "parallel" ? ["task", ...PARALLEL_NODE_FIELDS.filter((f) => f !== "identity")] : ["code", "environment", ...SPARK_NODE_FIELDS.filter((f) => f !== "identity" && f !== "resources")];
  copyFields(source.spec, fields, spec);
  const io = componentIo(attributes, source, scope);
  const loaded = await loadComponent({ ...spec, ...io }, source.where, ctx, () => Promise.resolve({}));
  return loaded.spec;
}

async function nestedJobs(component: Mapping, declaredInputs: Mapping, declaredOutputs: Mapping, where: string, ctx: ConversionContext): Promise<Mapping> {
  const jobs = optionalMapping(component, "jobs", where);
  if (!jobs || Object.keys(jobs).length === 0) throw new ConfigurationError(`${fieldPath(where, "jobs")}: a pipeline component needs at least one step under jobs.`);
  const inputs = new Map<string, ParsedInput>();
  for (const [name, definition] of Object.entries(declaredInputs)) {
    const type = String((definition as Mapping).type);
    inputs.set(name, (DATA_INPUT_TYPES as readonly string[]).includes(type) || (LEGACY_PORT_TYPES as readonly string[]).includes(type)
      ? { kind: "data", type: type as DataType, uri: "" }
      : { kind: "literal", value: "", literalType: type as "string" });
  }
  const outputs = new Map<string, ParsedOutput>();
  for (const [name, definition] of Object.entries(declaredOutputs)) outputs.set(name, { kind: "data", type: String((definition as Mapping).type) as DataType, configured: false });
  return convertSteps(jobs, ctx, { inputs, outputs }, where);
}

async function stepComponent(source: StepSource, ctx: ConversionContext): Promise<{ loaded?: LoadedComponent; componentId: string }> {
  if (source.componentRef) return { componentId: await registeredComponentId(source.componentRef, fieldPath(source.where, source.type === "sweep" ? "trial" : "component"), ctx) };
  const { spec, where, baseDir, origin } = source.component!;
  const componentCtx = { ...ctx, baseDir, ...(origin !== undefined ? { origin } : {}) };
  const loaded = await loadComponent(spec, where, componentCtx, (component, inputs, outputs) => nestedJobs(component, inputs, outputs, where, componentCtx));
  const expected = source.type === "sweep" ? "command" : source.type;
  if (loaded.type !== expected) {
    const subject = source.name ? `a ${source.type} step` : "a pipeline job made from a component";
    throw new ConfigurationError(`${fieldPath(where, "type")}: ${subject} needs a ${expected} component, not ${JSON.stringify(loaded.type)}.`);
  }
  return { loaded, componentId: await registerAnonymous(loaded.spec, ctx) };
}

function nodeBase(source: StepSource, attributes: NodeAttributes): Mapping {
  const { spec, where } = source;
  const node: Mapping = { name: source.name, type: source.type };
  const displayName = optionalString(spec, "display_name", where);
  if (displayName !== undefined) node.display_name = displayName;
  const description = source.component || source.componentRef ? optionalString(spec, "description", where) : undefined;
  if (description !== undefined) node.description = description;
  const tags = optionalStringMap(spec, "tags", where);
  if (tags) node.tags = tags;
  const properties = optionalStringMap(spec, "properties", where);
  if (properties) node.properties = properties;
  if (attributes.computeId) node.computeId = attributes.computeId;
  if (attributes.inputs.size > 0) node.inputs = mapToRecord(attributes.inputs, stepInput);
  const outputs: Mapping = {};
  for (const [name, output] of attributes.outputs) {
    const rendered = stepOutput(output);
    if (rendered) outputs[name] = rendered;
  }
  if (Object.keys(outputs).length > 0) node.outputs = outputs;
  return node;
}

function commandNodeFields(attributes: NodeAttributes, node: Mapping): void {
  if (attributes.environmentVariables) node.environment_variables = attributes.environmentVariables;
  if (attributes.resources) node.resources = snakeCase(attributes.resources);
  if (attributes.distribution) node.distribution = snakeCase(attributes.distribution);
  if (attributes.limits) node.limits = snakeCase(attributes.limits);
  if (attributes.identity) node.identity = snakeCase(attributes.identity);
  if (attributes.services) node.services = Object.fromEntries(Object.entries(attributes.services).map(([name, service]) => [name, snakeCase(service)]));
}

/** Inputs, outputs and compute of a step whose other fields are kept as written (AutoML, control flow, data transfer). */
async function passThroughAttributes(source: StepSource, ctx: ConversionContext): Promise<NodeAttributes> {
  const { spec, where } = source;
  const attributes = await parseNodeAttributes({ inputs: spec.inputs, outputs: spec.outputs, compute: spec.compute }, where, ctx, true);
  return attributes;
}

async function convertCommandStep(source: StepSource, ctx: ConversionContext, scope: PipelineScope): Promise<Mapping> {
  const { spec, where } = source;
  if (source.component || source.componentRef) {
    const attributes = await parseNodeAttributes(spec, where, ctx, true);
    const { loaded, componentId } = await stepComponent(source, ctx);
    if (loaded) checkComponentIo(loaded, attributes, source, ctx.notes);
    validateStepIo(source, attributes.inputs, attributes.outputs, scope);
    const node = { ...nodeBase(source, attributes), componentId };
    commandNodeFields(attributes, node);
    return node;
  }
  const parts = await parseCommandParts(spec, where, ctx, true);
  const componentId = await registerAnonymous(componentFromCommand(parts, source, scope), ctx);
  validateStepIo(source, parts.inputs, parts.outputs, scope);
  const node = { ...nodeBase(source, parts), componentId };
  commandNodeFields(parts, node);
  return node;
}

async function convertSweepStep(source: StepSource, ctx: ConversionContext, scope: PipelineScope): Promise<Mapping> {
  const { spec, where } = source;
  const settings = parseSweepSettings(spec, where);
  const attributes = await parseNodeAttributes({ inputs: spec.inputs, outputs: spec.outputs, compute: spec.compute, identity: spec.identity }, where, ctx, true);
  const { loaded, componentId } = await stepComponent(source, ctx);
  if (loaded) checkComponentIo(loaded, attributes, source, ctx.notes, new Set(Object.keys(settings.searchSpace)));
  validateStepIo(source, attributes.inputs, attributes.outputs, scope);
  const node: Mapping = { ...nodeBase(source, attributes), trial: { componentId }, ...settings.node };
  if (attributes.identity) node.identity = snakeCase(attributes.identity);
  copyFields(spec, ["resources", "queue_settings"], node);
  return node;
}

async function convertComponentStep(source: StepSource, ctx: ConversionContext, scope: PipelineScope): Promise<Mapping> {
  const attributes = await passThroughAttributes(source, ctx);
  let componentId: string;
  if (source.component || source.componentRef) {
    const { loaded, componentId: id } = await stepComponent(source, ctx);
    if (loaded) checkComponentIo(loaded, attributes, source, ctx.notes);
    componentId = id;
  } else {
    componentId = await registerAnonymous(await inlineComponent(source, attributes, ctx, scope), ctx);
  }
  validateStepIo(source, attributes.inputs, attributes.outputs, scope);
  const node: Mapping = { ...nodeBase(source, attributes), componentId };
  copyFields(source.spec, STEP_TYPES[source.type].fields ?? [], node);
  return node;
}

/**
 * AutoML, control flow, a built-in data transfer task (import_data / export_data without a component, which the
 * service resolves): the node as written, with compute, inputs and outputs in the REST form.
 */
async function convertWrittenStep(source: StepSource, ctx: ConversionContext, scope: PipelineScope): Promise<Mapping> {
  const attributes = await passThroughAttributes(source, ctx);
  validateStepIo(source, attributes.inputs, attributes.outputs, scope);
  const node = nodeBase(source, attributes);
  // The SDK writes a control flow node from its own fields only: no name (test_control_flow_pipeline.py's expected nodes).
  if (CONTROL_FLOW.includes(source.type)) delete node.name;
  const skip = new Set<string>([...COMMON_STEP_FIELDS]);
  for (const [field, value] of Object.entries(source.spec)) if (!skip.has(field) && value !== undefined && value !== null) node[field] = value;
  // A do_while that loops until its limit: the SDK leaves a literal `condition: true` out (test_do_while_true_pipeline_omit_condition).
  if (source.type === "do_while" && node.condition === true) delete node.condition;
  if (source.type === "automl") checkWrittenBindings(source, scope);
  return node;
}

/** `${{parent...}}` written in an AutoML step's fields (training_data, validation_data…) must name something that exists. */
function checkWrittenBindings(source: StepSource, scope: PipelineScope): void {
  for (const [field, value] of Object.entries(source.spec)) {
    if (typeof value !== "string") continue;
    for (const expression of bindingsIn(value)) checkInputBinding(expression, fieldPath(source.where, field), source.name, scope);
  }
}

async function convertStep(source: StepSource, ctx: ConversionContext, scope: PipelineScope): Promise<Mapping> {
  let node: Mapping;
  if (source.type === "command") node = await convertCommandStep(source, ctx, scope);
  else if (source.type === "sweep") node = await convertSweepStep(source, ctx, scope);
  else if (source.type === "automl" || CONTROL_FLOW.includes(source.type)) node = await convertWrittenStep(source, ctx, scope);
  else if (source.type === "data_transfer" && !source.component && !source.componentRef) node = await convertWrittenStep(source, ctx, scope);
  else node = await convertComponentStep(source, ctx, scope);
  node._source = SOURCE;
  return node;
}

/** `jobs:` of a pipeline job or a pipeline component → REST nodes, each step's component registered anonymously. */
async function convertSteps(jobs: Mapping, ctx: ConversionContext, parent: Omit<PipelineScope, "stepOutputs">, where: string): Promise<Mapping> {
  const sources: StepSource[] = [];
  const loopBodies = parallelForBodies(jobs);
  for (const [name, value] of Object.entries(jobs)) {
    const source = await loadStepSource(name, value, ctx);
    if (where) source.where = fieldPath(where, source.where);
    if (loopBodies.has(name)) source.loopBody = true;
    sources.push(source);
  }
  const scope: PipelineScope = { ...parent, stepOutputs: new Map(sources.map((source) => [source.name, declaredOutputs(source)])) };
  const result: Mapping = {};
  for (const source of sources) result[source.name] = await convertStep(source, ctx, scope);
  return result;
}

/** Settings the CLI knows are converted; any other key is kept, as the SDK's settings schema includes unknown keys. */
function convertSettings(spec: Mapping, ctx: ConversionContext): Mapping | undefined {
  const settings = optionalMapping(spec, "settings", "");
  if (!settings) return undefined;
  const result: Mapping = { ...settings };
  const compute = optionalString(settings, "default_compute", "settings");
  if (compute !== undefined) result.default_compute = resolveComputeId(ctx.scope, compute, "settings.default_compute");
  const datastore = optionalString(settings, "default_datastore", "settings");
  if (datastore !== undefined) {
    const name = datastore.startsWith("azureml:") ? datastore.slice("azureml:".length) : datastore;
    result.default_datastore = name.startsWith("/subscriptions/") ? name : datastoreArmId(ctx.scope, name);
  }
  for (const flag of ["continue_on_step_failure", "force_rerun"]) {
    const value = optionalBoolean(settings, flag, "settings");
    if (value !== undefined) result[flag] = value;
  }
  result._source = SOURCE;
  return result;
}

/** A pipeline job file used as the job's component: the keys only a job carries are left out, as the SDK leaves them out (with a warning). */
function withoutJobOnlyFields(source: StepSource, notes: string[] | undefined): void {
  if (!source.component) return;
  const kept: Mapping = { ...source.component.spec };
  for (const field of JOB_ONLY_COMPONENT_FIELDS) {
    if (kept[field] === undefined) continue;
    delete kept[field];
    notes?.push(`${fieldPath(source.component.where, field)}: a pipeline component does not carry ${field}; the SDK leaves it out when it turns a pipeline job file into a component, so does this step (set it on the job).`);
  }
  source.component = { ...source.component, spec: kept };
}

/**
 * `component:` of a pipeline job: the pipeline component it runs. A file or inline component is registered (anonymously)
 * before the job is sent, as the SDK registers it, so the job carries its id and no steps of its own.
 */
async function pipelineJobComponent(value: unknown, inputs: Map<string, ParsedInput>, outputs: Map<string, ParsedOutput>, ctx: ConversionContext): Promise<string> {
  const source: StepSource = { name: "", where: "", type: "pipeline", spec: {} };
  await attachComponent(source, value, "component", ctx);
  withoutJobOnlyFields(source, ctx.notes);
  const { loaded, componentId } = await stepComponent(source, ctx);
  if (loaded) checkComponentIo(loaded, { inputs, outputs }, source, ctx.notes);
  return componentId;
}

/** A `type: pipeline` job file → the REST PipelineJob properties; steps are registered as anonymous components. */
export async function convertPipelineJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<PipelineJob> {
  rejectUnknownFields(spec, PIPELINE_FIELDS, "");
  const component = spec.component ?? undefined;
  const jobs = optionalMapping(spec, "jobs", "");
  if (component !== undefined && jobs !== undefined) {
    throw new ConfigurationError("jobs, component: a pipeline job names either jobs (its steps) or component (the pipeline component it runs: a file, an inline mapping, azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/... or an ARM id), not both.");
  }
  if (component === undefined && (!jobs || Object.keys(jobs).length === 0)) {
    throw new ConfigurationError("jobs: a pipeline job needs at least one step under jobs, or component: the pipeline component it runs.");
  }
  const inputs = await parseInputs(spec.inputs, "inputs", ctx, false);
  const outputs = parseOutputs(spec.outputs, "outputs", false);
  const pipeline: PipelineJob = { jobType: "Pipeline", ...jobBaseFields(spec, defaultExperimentName) };
  const compute = optionalString(spec, "compute", "");
  if (compute !== undefined) pipeline.computeId = resolveComputeId(ctx.scope, compute, "compute");
  const identity = parseIdentityField(spec, "");
  if (identity) pipeline.identity = identity;
  const settings = convertSettings(spec, ctx);
  if (settings) pipeline.settings = settings;
  const restInputs = mapToRecord(inputs, restInput);
  if (restInputs) pipeline.inputs = restInputs;
  const restOutputs = mapToRecord(outputs, (output, name) => restOutput(output, fieldPath("outputs", name), true));
  if (restOutputs) pipeline.outputs = restOutputs;
  if (component !== undefined) {
    pipeline.componentId = await pipelineJobComponent(component, inputs, outputs, ctx);
    pipeline.jobs = {};
  } else {
    pipeline.jobs = (await convertSteps(jobs!, ctx, { inputs, outputs }, "")) as PipelineJob["jobs"];
  }
  return pipeline;
}
