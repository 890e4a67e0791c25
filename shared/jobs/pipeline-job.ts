import type { PipelineJob } from "@azure/arm-machinelearning";
import path from "node:path";
import { ConfigurationError } from "../core/errors";
import { assetVersionArmId, datastoreArmId, parseAssetReference, resolveComputeId } from "../azure/arm-ids";
import {
  checkCommandReferences,
  COMMAND_FIELDS,
  parseCommandParts,
  parseIdentityField,
  parseNodeAttributes,
  resolveCode,
  resolveEnvironment,
  type CommandParts,
  type NodeAttributes,
} from "./command-parts";
import { parseYamlFile } from "./job-file";
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
  type ParsedInput,
  type ParsedOutput,
} from "./job-io";
import { ANONYMOUS_COMPONENT_NAME, anonymousComponentVersion, type ComponentSpec } from "./asset-resolver";
import {
  expectMapping,
  fieldPath,
  isMapping,
  optionalBoolean,
  optionalMapping,
  optionalString,
  optionalStringMap,
  rejectUnknownFields,
  requiredString,
  type Mapping,
} from "./spec-fields";

const PIPELINE_FIELDS = [...JOB_BASE_FIELDS, "compute", "settings", "inputs", "outputs", "jobs", "identity"] as const;
const STEP_FIELDS = ["type", "component", "display_name", "description", "tags", "properties", ...COMMAND_FIELDS] as const;
const COMPONENT_FIELDS = ["$schema", "type", "name", "version", "display_name", "description", "tags", "is_deterministic", "command", "code", "environment", "inputs", "outputs"] as const;
const LITERAL_TYPES = ["string", "integer", "number", "boolean"] as const;
const STEP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What the service records as the origin of a YAML-defined pipeline, as the CLI sends it. */
const SOURCE = "YAML.JOB";

interface PipelineScope {
  inputs: Map<string, ParsedInput>;
  outputs: Map<string, ParsedOutput>;
  /** Declared output names (and types) per step; undefined for a registered component whose outputs are not known here. */
  stepOutputs: Map<string, Map<string, string> | undefined>;
}

interface StepSource {
  name: string;
  where: string;
  spec: Mapping;
  /** Component written in the step (inline mapping or a local component file), with the directory its paths are relative to. */
  component?: { spec: Mapping; where: string; baseDir: string };
  /** Registered component reference. */
  componentRef?: string;
}

function snakeKey(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Node attributes (resources, distribution, limits, identity) travel inside `jobs` in snake_case, as the CLI sends them. */
function snakeCase(value: object): Mapping {
  const result: Mapping = {};
  for (const [key, item] of Object.entries(value)) result[snakeKey(key)] = item;
  return result;
}

function armOrUri(id: string): string {
  return id.startsWith("/subscriptions/") ? `azureml:${id}` : id;
}

async function loadStepSource(name: string, value: unknown, ctx: ConversionContext): Promise<StepSource> {
  const where = fieldPath("jobs", name);
  if (!STEP_NAME.test(name)) throw new ConfigurationError(`${where}: step names must start with a letter or underscore and contain only letters, digits and underscores.`);
  const spec = expectMapping(value, where);
  rejectUnknownFields(spec, STEP_FIELDS, where);
  const type = spec.type ?? "command";
  if (type !== "command") throw new ConfigurationError(`${fieldPath(where, "type")}: step type ${JSON.stringify(type)} is not supported; accepted: command.`);
  const source: StepSource = { name, where, spec };
  const component = spec.component;
  if (component === undefined || component === null) {
    if (spec.command === undefined) throw new ConfigurationError(`${where}: a step needs command (with environment) or component.`);
    return source;
  }
  const componentWhere = fieldPath(where, "component");
  for (const field of ["command", "code", "environment", "description"]) {
    if (spec[field] !== undefined) throw new ConfigurationError(`${fieldPath(where, field)}: not allowed together with component; put it in the component.`);
  }
  if (typeof component === "string" && (component.startsWith("azureml:") || component.startsWith("/subscriptions/"))) {
    source.componentRef = component;
    return source;
  }
  if (typeof component === "string") {
    const file = path.resolve(ctx.baseDir, component);
    const loaded = await parseYamlFile(file).catch((error: unknown) => {
      throw new ConfigurationError(`${componentWhere}: ${error instanceof Error ? error.message : String(error)}`);
    });
    source.component = { spec: expectMapping(loaded, `${componentWhere} (${file})`), where: `${componentWhere} (${component})`, baseDir: path.dirname(file) };
  } else {
    source.component = { spec: expectMapping(component, componentWhere), where: componentWhere, baseDir: ctx.baseDir };
  }
  rejectUnknownFields(source.component.spec, COMPONENT_FIELDS, source.component.where);
  const componentType = source.component.spec.type ?? "command";
  if (componentType !== "command") throw new ConfigurationError(`${fieldPath(source.component.where, "type")}: component type ${JSON.stringify(componentType)} is not supported; accepted: command.`);
  return source;
}

function declaredOutputs(source: StepSource): Map<string, string> | undefined {
  if (source.componentRef) return undefined;
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

function checkOutputBinding(value: string, where: string, scope: PipelineScope): void {
  const match = /^\$\{\{\s*parent\.outputs\.([A-Za-z0-9_]+)\s*\}\}$/.exec(value);
  if (!match) throw new ConfigurationError(`${where}: output binding ${JSON.stringify(value)} is not supported; accepted: \${{parent.outputs.<name>}}.`);
  if (!scope.outputs.has(match[1])) throw new ConfigurationError(`${where}: binding ${value} names pipeline output "${match[1]}", which is not declared under outputs.`);
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

function componentInputDefinitions(spec: Mapping, where: string): Mapping {
  const result: Mapping = {};
  const definitions = optionalMapping(spec, "inputs", where);
  for (const [name, item] of Object.entries(definitions ?? {})) {
    const itemWhere = fieldPath(fieldPath(where, "inputs"), name);
    const definition = expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "optional", "default", "description", "min", "max", "enum"], itemWhere);
    const type = definition.type;
    if (typeof type !== "string" || ![...LITERAL_TYPES, ...DATA_INPUT_TYPES].includes(type as never)) {
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type ?? null)} is not an input type; accepted: ${[...LITERAL_TYPES, ...DATA_INPUT_TYPES].join(", ")}.`);
    }
    result[name] = definition;
  }
  return result;
}

function componentOutputDefinitions(spec: Mapping, where: string): Mapping {
  const result: Mapping = {};
  const definitions = optionalMapping(spec, "outputs", where);
  for (const [name, item] of Object.entries(definitions ?? {})) {
    const itemWhere = fieldPath(fieldPath(where, "outputs"), name);
    const definition = item === null ? { type: "uri_folder" } : expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "description", "mode"], itemWhere);
    const type = definition.type ?? "uri_folder";
    if (typeof type !== "string" || !(DATA_INPUT_TYPES as readonly string[]).includes(type)) {
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type)} is not an output type; accepted: ${DATA_INPUT_TYPES.join(", ")}.`);
    }
    result[name] = { ...definition, type };
  }
  return result;
}

async function componentFromFile(source: StepSource, ctx: ConversionContext): Promise<{ spec: ComponentSpec; declaredInputs: Mapping }> {
  const { spec, where, baseDir } = source.component!;
  const componentCtx = { ...ctx, baseDir };
  const command = requiredString(spec, "command", where);
  if (spec.environment === undefined || spec.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
  const inputs = componentInputDefinitions(spec, where);
  const outputs = componentOutputDefinitions(spec, where);
  checkCommandReferences(command, new Set(Object.keys(inputs)), new Set(Object.keys(outputs)), fieldPath(where, "command"));
  const component: ComponentSpec = { type: "command", command, environment: armOrUri(await resolveEnvironment(spec.environment, fieldPath(where, "environment"), componentCtx)) };
  const code = optionalString(spec, "code", where);
  if (code !== undefined) component.code = armOrUri(await resolveCode(code, fieldPath(where, "code"), componentCtx));
  for (const field of ["display_name", "description"]) {
    const value = optionalString(spec, field, where);
    if (value !== undefined) component[field] = value;
  }
  const tags = optionalStringMap(spec, "tags", where);
  if (tags) component.tags = tags;
  const deterministic = optionalBoolean(spec, "is_deterministic", where);
  component.is_deterministic = deterministic ?? true;
  if (Object.keys(inputs).length > 0) component.inputs = inputs;
  if (Object.keys(outputs).length > 0) component.outputs = outputs;
  return { spec: component, declaredInputs: inputs };
}

function componentFromCommand(parts: CommandParts, source: StepSource, scope: PipelineScope): ComponentSpec {
  const component: ComponentSpec = { type: "command", command: parts.command, environment: armOrUri(parts.environmentId), is_deterministic: true };
  if (parts.codeId) component.code = armOrUri(parts.codeId);
  const description = optionalString(source.spec, "description", source.where);
  if (description !== undefined) component.description = description;
  const inputs: Mapping = {};
  for (const [name, input] of parts.inputs) inputs[name] = { type: inputType(input, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope) };
  if (Object.keys(inputs).length > 0) component.inputs = inputs;
  const outputs: Mapping = {};
  for (const [name, output] of parts.outputs) outputs[name] = { type: output.kind === "data" ? output.type : "uri_folder" };
  if (Object.keys(outputs).length > 0) component.outputs = outputs;
  return component;
}

async function registeredComponentId(reference: string, where: string, ctx: ConversionContext): Promise<string> {
  const parsed = parseAssetReference(reference, where);
  if (!parsed || parsed.kind === "uri") return reference;
  if (parsed.kind === "armId") return parsed.id;
  const version = parsed.kind === "version" ? parsed.version : await ctx.resolver.latestVersion("components", parsed.name);
  return assetVersionArmId(ctx.scope, "components", parsed.name, version);
}

function checkComponentIo(declared: Mapping, declaredOutputs: Mapping | undefined, given: NodeAttributes, source: StepSource): void {
  for (const name of given.outputs.keys()) {
    if (!declaredOutputs || !(name in declaredOutputs)) {
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "outputs"), name)}: the component declares no output "${name}"; declared: ${Object.keys(declaredOutputs ?? {}).join(", ") || "none"}.`);
    }
  }
  for (const name of given.inputs.keys()) {
    if (!(name in declared)) throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: the component declares no input "${name}"; declared: ${Object.keys(declared).join(", ") || "none"}.`);
  }
  for (const [name, definition] of Object.entries(declared)) {
    const { optional, default: fallback } = definition as Mapping;
    if (!given.inputs.has(name) && optional !== true && fallback === undefined) {
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: required by the component and not given.`);
    }
  }
}

async function convertStep(source: StepSource, ctx: ConversionContext, scope: PipelineScope): Promise<Mapping> {
  const { spec, where } = source;
  let parts: NodeAttributes;
  let componentId: string;
  if (source.component || source.componentRef) {
    parts = await parseNodeAttributes(spec, where, ctx, true);
    if (source.component) {
      const { spec: component, declaredInputs } = await componentFromFile(source, ctx);
      checkComponentIo(declaredInputs, component.outputs as Mapping | undefined, parts, source);
      componentId = await ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
    } else {
      componentId = await registeredComponentId(source.componentRef!, fieldPath(where, "component"), ctx);
    }
  } else {
    const commandParts = await parseCommandParts(spec, where, ctx, true);
    parts = commandParts;
    const component = componentFromCommand(commandParts, source, scope);
    componentId = await ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
  }
  const { inputs, outputs } = parts;
  validateStepIo(source, inputs, outputs, scope);

  const step: Mapping = { name: source.name, type: "command", componentId };
  const displayName = optionalString(spec, "display_name", where);
  if (displayName !== undefined) step.display_name = displayName;
  const tags = optionalStringMap(spec, "tags", where);
  if (tags) step.tags = tags;
  const properties = optionalStringMap(spec, "properties", where);
  if (properties) step.properties = properties;
  if (parts.computeId) step.computeId = parts.computeId;
  if (inputs.size > 0) step.inputs = mapToRecord(inputs, stepInput);
  const restOutputs: Mapping = {};
  for (const [name, output] of outputs) {
    const rendered = stepOutput(output);
    if (rendered) restOutputs[name] = rendered;
  }
  if (Object.keys(restOutputs).length > 0) step.outputs = restOutputs;
  if (parts.environmentVariables) step.environment_variables = parts.environmentVariables;
  if (parts.resources) step.resources = snakeCase(parts.resources);
  if (parts.distribution) step.distribution = snakeCase(parts.distribution);
  if (parts.limits) step.limits = snakeCase(parts.limits);
  if (parts.identity) step.identity = snakeCase(parts.identity);
  step._source = SOURCE;
  return step;
}

function convertSettings(spec: Mapping, ctx: ConversionContext): Mapping | undefined {
  const settings = optionalMapping(spec, "settings", "");
  if (!settings) return undefined;
  rejectUnknownFields(settings, ["default_compute", "default_datastore", "continue_on_step_failure", "force_rerun"], "settings");
  const result: Mapping = {};
  const compute = optionalString(settings, "default_compute", "settings");
  if (compute !== undefined) result.default_compute = resolveComputeId(ctx.scope, compute, "settings.default_compute");
  const datastore = optionalString(settings, "default_datastore", "settings");
  if (datastore !== undefined) {
    const name = datastore.startsWith("azureml:") ? datastore.slice("azureml:".length) : datastore;
    result.default_datastore = name.startsWith("/subscriptions/") ? name : datastoreArmId(ctx.scope, name);
  }
  const continueOnFailure = optionalBoolean(settings, "continue_on_step_failure", "settings");
  if (continueOnFailure !== undefined) result.continue_on_step_failure = continueOnFailure;
  const forceRerun = optionalBoolean(settings, "force_rerun", "settings");
  if (forceRerun !== undefined) result.force_rerun = forceRerun;
  result._source = SOURCE;
  return result;
}

/** A `type: pipeline` job file → the REST PipelineJob properties; steps are registered as anonymous components. */
export async function convertPipelineJob(spec: Mapping, ctx: ConversionContext, defaultExperimentName?: string): Promise<PipelineJob> {
  rejectUnknownFields(spec, PIPELINE_FIELDS, "");
  const jobs = optionalMapping(spec, "jobs", "");
  if (!jobs || Object.keys(jobs).length === 0) throw new ConfigurationError("jobs: a pipeline job needs at least one step under jobs.");
  const sources: StepSource[] = [];
  for (const [name, value] of Object.entries(jobs)) sources.push(await loadStepSource(name, value, ctx));
  const scope: PipelineScope = {
    inputs: await parseInputs(spec.inputs, "inputs", ctx, false),
    outputs: parseOutputs(spec.outputs, "outputs", false),
    stepOutputs: new Map(sources.map((source) => [source.name, declaredOutputs(source)])),
  };
  const pipeline: PipelineJob = { jobType: "Pipeline", ...jobBaseFields(spec, defaultExperimentName) };
  const compute = optionalString(spec, "compute", "");
  if (compute !== undefined) pipeline.computeId = resolveComputeId(ctx.scope, compute, "compute");
  const identity = parseIdentityField(spec, "");
  if (identity) pipeline.identity = identity;
  const settings = convertSettings(spec, ctx);
  if (settings) pipeline.settings = settings;
  const inputs = mapToRecord(scope.inputs, restInput);
  if (inputs) pipeline.inputs = inputs;
  const outputs = mapToRecord(scope.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  if (outputs) pipeline.outputs = outputs;
  pipeline.jobs = {};
  for (const source of sources) pipeline.jobs[source.name] = await convertStep(source, ctx, scope);
  return pipeline;
}
