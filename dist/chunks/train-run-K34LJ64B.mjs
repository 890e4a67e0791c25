import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  COMMAND_FIELDS,
  DATA_INPUT_TYPES,
  REFUSED_KEYS,
  applyNamedOverrides,
  applySetOverrides,
  bindingsIn,
  checkCommandReferences,
  expectMapping,
  fieldPath,
  isMapping,
  jobTypeOf,
  loadJobFile,
  mapToRecord,
  optionalBoolean,
  optionalMapping,
  optionalString,
  optionalStringMap,
  parseCommandParts,
  parseIdentityField,
  parseInputs,
  parseNodeAttributes,
  parseOutputs,
  parseYamlFile,
  rejectUnknownFields,
  requiredString,
  resolveCode,
  resolveEnvironment,
  restInput,
  restOutput
} from "./chunk-WJCZGN5Q.mjs";
import {
  watchJob
} from "./chunk-J7FS2LXQ.mjs";
import {
  createEvent,
  lineageTags
} from "./chunk-46YEMDDU.mjs";
import "./chunk-OLHYQTNE.mjs";
import {
  jobUrl,
  modelOutputUri,
  studioUrl
} from "./chunk-LK4VE3K3.mjs";
import "./chunk-DKY5WULY.mjs";
import {
  codeBlock,
  escapeMarkdown,
  formatNumber,
  table
} from "./chunk-3P5YZ26R.mjs";
import {
  connectWorkspace
} from "./chunk-N7CHOFWV.mjs";
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-NXQHRRSQ.mjs";
import {
  ANONYMOUS_COMPONENT_NAME,
  anonymousComponentVersion,
  createPlanningResolver
} from "./chunk-KB3NBCNT.mjs";
import {
  containedPath
} from "./chunk-BVD3ISGW.mjs";
import {
  assetVersionArmId,
  datastoreArmId,
  parseAssetReference,
  resolveComputeId
} from "./chunk-CAGLI65L.mjs";
import "./chunk-WZDXF6DJ.mjs";
import "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-H45GLWZJ.mjs";
import {
  ConfigurationError,
  ServiceError,
  SettingError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/train-run.ts
import path3 from "node:path";

// shared/azure/job-logs.ts
var USER_LOG = /^user_logs\/std_log[^/]*\.txt$/;
async function readBlobFrom(sasUrl, offset) {
  let { BlobClient } = await import("./esm-YN3LVR64.mjs");
  try {
    let response = await new BlobClient(sasUrl).download(offset), chunks = [];
    for await (let chunk of response.readableStreamBody ?? []) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } catch (error) {
    let status = error.statusCode;
    if (status === 416 || status === 404) return;
    throw error;
  }
}
var JobLogTail = class {
  constructor(read = readBlobFrom) {
    this.read = read;
  }
  read;
  offsets = /* @__PURE__ */ new Map();
  partial = /* @__PURE__ */ new Map();
  recent = [];
  async poll(details) {
    let lines = [], files = Object.entries(details.logFiles ?? {}).filter(([name]) => USER_LOG.test(name)).sort(([a], [b]) => a.localeCompare(b));
    for (let [name, url] of files) {
      let offset = this.offsets.get(name) ?? 0, bytes = await this.read(url, offset);
      if (!bytes || bytes.length === 0) continue;
      this.offsets.set(name, offset + bytes.length);
      let parts = ((this.partial.get(name) ?? "") + bytes.toString("utf8")).split(/\r?\n/);
      this.partial.set(name, parts.pop() ?? ""), lines.push(...parts.map((line) => files.length > 1 ? `[${name.replace(/^user_logs\//, "")}] ${line}` : line));
    }
    return this.remember(lines), lines;
  }
  /** Lines still without a newline once the job has ended. */
  flush() {
    let rest = [...this.partial.values()].filter((line) => line !== "");
    return this.partial.clear(), this.remember(rest), rest;
  }
  /** The last lines seen, for a failure summary. */
  tail() {
    return [...this.recent];
  }
  remember(lines) {
    this.recent.push(...lines), this.recent.length > 50 && this.recent.splice(0, this.recent.length - 50);
  }
};

// shared/jobs/job-base.ts
var JOB_BASE_FIELDS = ["$schema", "type", "name", "display_name", "experiment_name", "description", "tags", "properties"];
function jobBaseFields(spec, defaultExperimentName) {
  let fields = {}, displayName = optionalString(spec, "display_name", "");
  displayName !== void 0 && (fields.displayName = displayName);
  let experimentName = optionalString(spec, "experiment_name", "") ?? defaultExperimentName;
  experimentName !== void 0 && (fields.experimentName = experimentName);
  let description = optionalString(spec, "description", "");
  description !== void 0 && (fields.description = description);
  let tags = optionalStringMap(spec, "tags", "");
  tags && (fields.tags = tags);
  let properties = optionalStringMap(spec, "properties", "");
  return properties && (fields.properties = properties), fields;
}

// shared/jobs/command-job.ts
async function convertCommandJob(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...COMMAND_FIELDS], "");
  let parts = await parseCommandParts(spec, "", ctx, !1), job = {
    jobType: "Command",
    ...jobBaseFields(spec, defaultExperimentName),
    command: parts.command,
    environmentId: parts.environmentId
  };
  parts.codeId && (job.codeId = parts.codeId), parts.computeId && (job.computeId = parts.computeId);
  let inputs = mapToRecord(parts.inputs, restInput);
  inputs && (job.inputs = inputs);
  let outputs = mapToRecord(parts.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  return outputs && (job.outputs = outputs), parts.environmentVariables && (job.environmentVariables = parts.environmentVariables), parts.resources && (job.resources = parts.resources), parts.distribution && (job.distribution = parts.distribution), parts.limits && (job.limits = parts.limits), parts.identity && (job.identity = parts.identity), job;
}

// shared/jobs/job-name.ts
import { randomInt } from "node:crypto";
var ADJECTIVES = ["amber", "bold", "brave", "calm", "clever", "crisp", "eager", "fair", "frank", "gentle", "happy", "keen", "lively", "loyal", "mellow", "nimble", "plucky", "quiet", "sharp", "steady", "sunny", "swift", "tidy", "vivid", "witty", "zesty"], NOUNS = ["anchor", "apple", "basket", "beacon", "brush", "cactus", "candle", "cherry", "comet", "engine", "feather", "garden", "harbor", "island", "kettle", "lantern", "lemon", "marble", "meadow", "oyster", "pepper", "pillow", "river", "rocket", "tower", "window"], SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789", JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
function pick(items) {
  return items[randomInt(items.length)];
}
function generateJobName() {
  let suffix = "";
  for (let i = 0; i < 10; i++) suffix += pick([...SUFFIX_ALPHABET]);
  return `${pick(ADJECTIVES)}_${pick(NOUNS)}_${suffix}`;
}
function validateJobName(name, where) {
  if (!JOB_NAME.test(name))
    throw new ConfigurationError(`${where}: ${JSON.stringify(name)} is not a valid job name; use letters, digits, "-" and "_", starting with a letter or digit (at most 255 characters).`);
  return name;
}

// shared/jobs/pipeline-job.ts
import path from "node:path";
var PIPELINE_FIELDS = [...JOB_BASE_FIELDS, "compute", "settings", "inputs", "outputs", "jobs", "identity"], STEP_FIELDS = ["type", "component", "display_name", "description", "tags", "properties", ...COMMAND_FIELDS], COMPONENT_FIELDS = ["$schema", "type", "name", "version", "display_name", "description", "tags", "is_deterministic", "command", "code", "environment", "inputs", "outputs"], LITERAL_TYPES = ["string", "integer", "number", "boolean"], STEP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, SOURCE = "YAML.JOB";
function snakeKey(key) {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
function snakeCase(value) {
  let result = {};
  for (let [key, item] of Object.entries(value)) result[snakeKey(key)] = item;
  return result;
}
function armOrUri(id) {
  return id.startsWith("/subscriptions/") ? `azureml:${id}` : id;
}
async function loadStepSource(name, value, ctx) {
  let where = fieldPath("jobs", name);
  if (!STEP_NAME.test(name)) throw new ConfigurationError(`${where}: step names must start with a letter or underscore and contain only letters, digits and underscores.`);
  let spec = expectMapping(value, where);
  rejectUnknownFields(spec, STEP_FIELDS, where);
  let type = spec.type ?? "command";
  if (type !== "command") throw new ConfigurationError(`${fieldPath(where, "type")}: step type ${JSON.stringify(type)} is not supported; accepted: command.`);
  let source = { name, where, spec }, component = spec.component;
  if (component == null) {
    if (spec.command === void 0) throw new ConfigurationError(`${where}: a step needs command (with environment) or component.`);
    return source;
  }
  let componentWhere = fieldPath(where, "component");
  for (let field of ["command", "code", "environment", "description"])
    if (spec[field] !== void 0) throw new ConfigurationError(`${fieldPath(where, field)}: not allowed together with component; put it in the component.`);
  if (typeof component == "string" && (component.startsWith("azureml:") || component.startsWith("/subscriptions/")))
    return source.componentRef = component, source;
  if (typeof component == "string") {
    let file = path.resolve(ctx.baseDir, component), loaded = await parseYamlFile(file).catch((error) => {
      throw new ConfigurationError(`${componentWhere}: ${error instanceof Error ? error.message : String(error)}`);
    });
    source.component = { spec: expectMapping(loaded, `${componentWhere} (${file})`), where: `${componentWhere} (${component})`, baseDir: path.dirname(file) };
  } else
    source.component = { spec: expectMapping(component, componentWhere), where: componentWhere, baseDir: ctx.baseDir };
  rejectUnknownFields(source.component.spec, COMPONENT_FIELDS, source.component.where);
  let componentType = source.component.spec.type ?? "command";
  if (componentType !== "command") throw new ConfigurationError(`${fieldPath(source.component.where, "type")}: component type ${JSON.stringify(componentType)} is not supported; accepted: command.`);
  return source;
}
function declaredOutputs(source) {
  if (source.componentRef) return;
  let definitions = source.component ? source.component.spec.outputs : source.spec.outputs, result = /* @__PURE__ */ new Map();
  if (definitions == null) return result;
  let where = source.component ? fieldPath(source.component.where, "outputs") : fieldPath(source.where, "outputs");
  for (let [name, item] of Object.entries(expectMapping(definitions, where))) {
    let type = isMapping(item) && typeof item.type == "string" ? item.type : "uri_folder";
    result.set(name, type);
  }
  return result;
}
function checkInputBinding(expression, where, step, scope) {
  let parentInput = /^parent\.inputs\.([A-Za-z0-9_.]+)$/.exec(expression);
  if (parentInput) {
    let input = scope.inputs.get(parentInput[1]);
    if (!input) throw new ConfigurationError(`${where}: binding \${{${expression}}} names pipeline input "${parentInput[1]}", which is not declared under inputs.`);
    return input.kind === "data" ? input.type : input.kind === "literal" ? input.literalType : void 0;
  }
  let stepOutput2 = /^parent\.jobs\.([A-Za-z0-9_]+)\.outputs\.([A-Za-z0-9_]+)$/.exec(expression);
  if (stepOutput2) {
    let [, other, output] = stepOutput2;
    if (other === step) throw new ConfigurationError(`${where}: binding \${{${expression}}} refers to the step's own output.`);
    if (!scope.stepOutputs.has(other)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names step "${other}", which is not under jobs.`);
    let outputs = scope.stepOutputs.get(other);
    if (outputs === void 0) return;
    if (!outputs.has(output)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names output "${output}" of step "${other}", which that step does not declare.`);
    return outputs.get(output);
  }
  throw new ConfigurationError(`${where}: binding \${{${expression}}} is not supported; accepted: \${{parent.inputs.<name>}}, \${{parent.jobs.<step>.outputs.<name>}}.`);
}
function checkOutputBinding(value, where, scope) {
  let match = /^\$\{\{\s*parent\.outputs\.([A-Za-z0-9_]+)\s*\}\}$/.exec(value);
  if (!match) throw new ConfigurationError(`${where}: output binding ${JSON.stringify(value)} is not supported; accepted: \${{parent.outputs.<name>}}.`);
  if (!scope.outputs.has(match[1])) throw new ConfigurationError(`${where}: binding ${value} names pipeline output "${match[1]}", which is not declared under outputs.`);
}
function inputType(input, where, step, scope) {
  if (input.kind === "literal") return input.literalType;
  if (input.kind === "data") return input.type;
  let types = bindingsIn(input.value).map((expression) => checkInputBinding(expression, where, step, scope)), whole = /^\$\{\{[^}]*\}\}$/.test(input.value.trim());
  return whole && types[0] ? types[0] : whole ? "uri_folder" : "string";
}
function stepInput(input) {
  return input.kind === "data" ? { job_input_type: input.type, uri: input.uri, ...input.mode ? { mode: input.mode } : {}, ...input.description ? { description: input.description } : {} } : { job_input_type: "literal", value: input.value };
}
function stepOutput(output) {
  if (output.kind === "binding") return { value: output.value, type: "literal" };
  if (output.configured)
    return { job_output_type: output.type, ...output.mode ? { mode: output.mode } : {}, ...output.uri ? { uri: output.uri } : {}, ...output.description ? { description: output.description } : {} };
}
function validateStepIo(source, inputs, outputs, scope) {
  for (let [name, input] of inputs)
    if (input.kind === "binding") for (let expression of bindingsIn(input.value)) checkInputBinding(expression, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope);
  for (let [name, output] of outputs)
    output.kind === "binding" && checkOutputBinding(output.value, fieldPath(fieldPath(source.where, "outputs"), name), scope);
}
function componentInputDefinitions(spec, where) {
  let result = {}, definitions = optionalMapping(spec, "inputs", where);
  for (let [name, item] of Object.entries(definitions ?? {})) {
    let itemWhere = fieldPath(fieldPath(where, "inputs"), name), definition = expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "optional", "default", "description", "min", "max", "enum"], itemWhere);
    let type = definition.type;
    if (typeof type != "string" || ![...LITERAL_TYPES, ...DATA_INPUT_TYPES].includes(type))
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type ?? null)} is not an input type; accepted: ${[...LITERAL_TYPES, ...DATA_INPUT_TYPES].join(", ")}.`);
    result[name] = definition;
  }
  return result;
}
function componentOutputDefinitions(spec, where) {
  let result = {}, definitions = optionalMapping(spec, "outputs", where);
  for (let [name, item] of Object.entries(definitions ?? {})) {
    let itemWhere = fieldPath(fieldPath(where, "outputs"), name), definition = item === null ? { type: "uri_folder" } : expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "description", "mode"], itemWhere);
    let type = definition.type ?? "uri_folder";
    if (typeof type != "string" || !DATA_INPUT_TYPES.includes(type))
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type)} is not an output type; accepted: ${DATA_INPUT_TYPES.join(", ")}.`);
    result[name] = { ...definition, type };
  }
  return result;
}
async function componentFromFile(source, ctx) {
  let { spec, where, baseDir } = source.component, componentCtx = { ...ctx, baseDir }, command = requiredString(spec, "command", where);
  if (spec.environment === void 0 || spec.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
  let inputs = componentInputDefinitions(spec, where), outputs = componentOutputDefinitions(spec, where);
  checkCommandReferences(command, new Set(Object.keys(inputs)), new Set(Object.keys(outputs)), fieldPath(where, "command"));
  let component = { type: "command", command, environment: armOrUri(await resolveEnvironment(spec.environment, fieldPath(where, "environment"), componentCtx)) }, code = optionalString(spec, "code", where);
  code !== void 0 && (component.code = armOrUri(await resolveCode(code, fieldPath(where, "code"), componentCtx)));
  for (let field of ["display_name", "description"]) {
    let value = optionalString(spec, field, where);
    value !== void 0 && (component[field] = value);
  }
  let tags = optionalStringMap(spec, "tags", where);
  tags && (component.tags = tags);
  let deterministic = optionalBoolean(spec, "is_deterministic", where);
  return component.is_deterministic = deterministic ?? !0, Object.keys(inputs).length > 0 && (component.inputs = inputs), Object.keys(outputs).length > 0 && (component.outputs = outputs), { spec: component, declaredInputs: inputs };
}
function componentFromCommand(parts, source, scope) {
  let component = { type: "command", command: parts.command, environment: armOrUri(parts.environmentId), is_deterministic: !0 };
  parts.codeId && (component.code = armOrUri(parts.codeId));
  let description = optionalString(source.spec, "description", source.where);
  description !== void 0 && (component.description = description);
  let inputs = {};
  for (let [name, input] of parts.inputs) inputs[name] = { type: inputType(input, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope) };
  Object.keys(inputs).length > 0 && (component.inputs = inputs);
  let outputs = {};
  for (let [name, output] of parts.outputs) outputs[name] = { type: output.kind === "data" ? output.type : "uri_folder" };
  return Object.keys(outputs).length > 0 && (component.outputs = outputs), component;
}
async function registeredComponentId(reference, where, ctx) {
  let parsed = parseAssetReference(reference, where);
  if (!parsed || parsed.kind === "uri") return reference;
  if (parsed.kind === "armId") return parsed.id;
  let version = parsed.kind === "version" ? parsed.version : await ctx.resolver.latestVersion("components", parsed.name);
  return assetVersionArmId(ctx.scope, "components", parsed.name, version);
}
function checkComponentIo(declared, declaredOutputs2, given, source) {
  for (let name of given.outputs.keys())
    if (!declaredOutputs2 || !(name in declaredOutputs2))
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "outputs"), name)}: the component declares no output "${name}"; declared: ${Object.keys(declaredOutputs2 ?? {}).join(", ") || "none"}.`);
  for (let name of given.inputs.keys())
    if (!(name in declared)) throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: the component declares no input "${name}"; declared: ${Object.keys(declared).join(", ") || "none"}.`);
  for (let [name, definition] of Object.entries(declared)) {
    let { optional, default: fallback } = definition;
    if (!given.inputs.has(name) && optional !== !0 && fallback === void 0)
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: required by the component and not given.`);
  }
}
async function convertStep(source, ctx, scope) {
  let { spec, where } = source, parts, componentId;
  if (source.component || source.componentRef)
    if (parts = await parseNodeAttributes(spec, where, ctx, !0), source.component) {
      let { spec: component, declaredInputs } = await componentFromFile(source, ctx);
      checkComponentIo(declaredInputs, component.outputs, parts, source), componentId = await ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
    } else
      componentId = await registeredComponentId(source.componentRef, fieldPath(where, "component"), ctx);
  else {
    let commandParts = await parseCommandParts(spec, where, ctx, !0);
    parts = commandParts;
    let component = componentFromCommand(commandParts, source, scope);
    componentId = await ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
  }
  let { inputs, outputs } = parts;
  validateStepIo(source, inputs, outputs, scope);
  let step = { name: source.name, type: "command", componentId }, displayName = optionalString(spec, "display_name", where);
  displayName !== void 0 && (step.display_name = displayName);
  let tags = optionalStringMap(spec, "tags", where);
  tags && (step.tags = tags);
  let properties = optionalStringMap(spec, "properties", where);
  properties && (step.properties = properties), parts.computeId && (step.computeId = parts.computeId), inputs.size > 0 && (step.inputs = mapToRecord(inputs, stepInput));
  let restOutputs = {};
  for (let [name, output] of outputs) {
    let rendered = stepOutput(output);
    rendered && (restOutputs[name] = rendered);
  }
  return Object.keys(restOutputs).length > 0 && (step.outputs = restOutputs), parts.environmentVariables && (step.environment_variables = parts.environmentVariables), parts.resources && (step.resources = snakeCase(parts.resources)), parts.distribution && (step.distribution = snakeCase(parts.distribution)), parts.limits && (step.limits = snakeCase(parts.limits)), parts.identity && (step.identity = snakeCase(parts.identity)), step._source = SOURCE, step;
}
function convertSettings(spec, ctx) {
  let settings = optionalMapping(spec, "settings", "");
  if (!settings) return;
  rejectUnknownFields(settings, ["default_compute", "default_datastore", "continue_on_step_failure", "force_rerun"], "settings");
  let result = {}, compute = optionalString(settings, "default_compute", "settings");
  compute !== void 0 && (result.default_compute = resolveComputeId(ctx.scope, compute, "settings.default_compute"));
  let datastore = optionalString(settings, "default_datastore", "settings");
  if (datastore !== void 0) {
    let name = datastore.startsWith("azureml:") ? datastore.slice(8) : datastore;
    result.default_datastore = name.startsWith("/subscriptions/") ? name : datastoreArmId(ctx.scope, name);
  }
  let continueOnFailure = optionalBoolean(settings, "continue_on_step_failure", "settings");
  continueOnFailure !== void 0 && (result.continue_on_step_failure = continueOnFailure);
  let forceRerun = optionalBoolean(settings, "force_rerun", "settings");
  return forceRerun !== void 0 && (result.force_rerun = forceRerun), result._source = SOURCE, result;
}
async function convertPipelineJob(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, PIPELINE_FIELDS, "");
  let jobs = optionalMapping(spec, "jobs", "");
  if (!jobs || Object.keys(jobs).length === 0) throw new ConfigurationError("jobs: a pipeline job needs at least one step under jobs.");
  let sources = [];
  for (let [name, value] of Object.entries(jobs)) sources.push(await loadStepSource(name, value, ctx));
  let scope = {
    inputs: await parseInputs(spec.inputs, "inputs", ctx, !1),
    outputs: parseOutputs(spec.outputs, "outputs", !1),
    stepOutputs: new Map(sources.map((source) => [source.name, declaredOutputs(source)]))
  }, pipeline = { jobType: "Pipeline", ...jobBaseFields(spec, defaultExperimentName) }, compute = optionalString(spec, "compute", "");
  compute !== void 0 && (pipeline.computeId = resolveComputeId(ctx.scope, compute, "compute"));
  let identity = parseIdentityField(spec, "");
  identity && (pipeline.identity = identity);
  let settings = convertSettings(spec, ctx);
  settings && (pipeline.settings = settings);
  let inputs = mapToRecord(scope.inputs, restInput);
  inputs && (pipeline.inputs = inputs);
  let outputs = mapToRecord(scope.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  outputs && (pipeline.outputs = outputs), pipeline.jobs = {};
  for (let source of sources) pipeline.jobs[source.name] = await convertStep(source, ctx, scope);
  return pipeline;
}

// shared/jobs/job-request.ts
async function buildJobRequest(spec, ctx, resolver) {
  let type = jobTypeOf(spec, "type"), fileName = optionalString(spec, "name", ""), name = fileName !== void 0 ? validateJobName(fileName, "name") : generateJobName(), conversion = { scope: ctx, baseDir: ctx.jobFileDir, resolver }, properties = type === "pipeline" ? await convertPipelineJob(spec, conversion, ctx.defaultExperimentName) : await convertCommandJob(spec, conversion, ctx.defaultExperimentName);
  return { name, properties };
}

// shared/jobs/contained-resolver.ts
import path2 from "node:path";
function containedResolver(inner, containment, jobFile) {
  let check = (localPath) => containedPath(path2.resolve(localPath), path2.dirname(jobFile), containment, jobFile, localPath);
  return Object.assign(Object.create(inner), {
    codeId: async (localPath) => (await check(localPath), inner.codeId(localPath)),
    inputUri: async (localPath, type) => (await check(localPath), inner.inputUri(localPath, type))
  });
}

// shared/jobs/tags.ts
function parseTagLines(lines) {
  return Object.fromEntries(
    lines.map((line) => {
      let equals = line.indexOf("=");
      if (equals <= 0) throw new SettingError("tags", `must be one key=value per line, got '${line}'.`);
      let key = line.slice(0, equals).trim();
      if (REFUSED_KEYS.has(key)) throw new SettingError("tags", `the tag name '${key}' is not accepted.`);
      return [key, line.slice(equals + 1).trim()];
    })
  );
}

// shared/steps/train-report.ts
function metricsTable(metrics) {
  let rows = Object.entries(metrics).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => [escapeMarkdown(name), formatNumber(value)]);
  return rows.length > 0 ? table(["metric", "value"], rows) : "_The job logged no metrics._";
}
function jobFacts(facts) {
  let rows = [
    ["job", `[${escapeMarkdown(facts.jobName)}](${encodeURI(facts.studioUrl)})`],
    ["status", escapeMarkdown(facts.status)],
    ...facts.experiment ? [["experiment", escapeMarkdown(facts.experiment)]] : [],
    ...facts.modelUri ? [["model output", `\`${facts.modelUri}\``]] : []
  ];
  return table(["", ""], rows);
}
function failureDetails(message, logTail) {
  let error = message ? `**Error:** ${escapeMarkdown(message)}

` : "", logs = logTail.length > 0 ? `<details><summary>Last ${logTail.length} log lines</summary>

${codeBlock(logTail.join(`
`))}

</details>` : "_No log lines were written._";
  return `${error}${logs}`;
}

// shared/steps/train-run.ts
var MAX_POLL_INTERVAL_MS = 6e4;
async function runTrain(inputs, host, services) {
  if (inputs["attach-job"] && inputs["job-file"])
    throw new ConfigurationError(`Set either input '${host.inputLabel("job-file")}' or '${host.inputLabel("attach-job")}', not both.`);
  if (!inputs["attach-job"] && !inputs["job-file"])
    throw new ConfigurationError(`Input '${host.inputLabel("job-file")}' is required unless '${host.inputLabel("attach-job")}' is set: expected the path of a job YAML file.`);
  let spec = inputs["job-file"] ? await readJobSpec(inputs, host) : void 0, workspace = await connectWorkspace(inputs, host, services.connectWorkspace);
  if (inputs["dry-run"]) {
    if (!spec) throw new ConfigurationError(`Input '${host.inputLabel("dry-run")}' plans a submission; it does not apply to '${host.inputLabel("attach-job")}'.`);
    return planTrain(spec, inputs, workspace, host, services);
  }
  let job = spec ? await submit(spec, inputs, workspace, host, services) : await withInputNames(host, { jobName: "attach-job" }, () => services.findJob(workspace, inputs["attach-job"])), jobName = job.name, url = studioUrl(job, workspace);
  if (host.setOutput("job-name", jobName), host.setOutput("studio-url", url), host.info(`${spec ? "Submitted" : "Attached to"} job ${jobName}: ${url}`), !inputs.wait) {
    let status2 = job.properties.status ?? "NotStarted";
    host.setOutput("status", status2), await report(host, services, inputs, event(host, "succeeded", `job ${jobName} submitted; not waiting (status ${status2})`, job, url), jobFacts({ jobName, status: status2, studioUrl: url }));
    return;
  }
  let tracking = await services.trackingEndpoints(workspace.client, workspace), logs = new JobLogTail(), end = await host.group(`Job ${jobName}`, () => follow(workspace, tracking, jobName, logs, inputs, host, services)), finished = await services.getJob(workspace, jobName), status = finished.properties.status ?? end.status;
  host.setOutput("status", status);
  let modelUri = modelOutputUri(finished);
  modelUri && host.setOutput("model-uri", modelUri);
  let facts = jobFacts({ jobName, status, studioUrl: url, experiment: finished.properties.experimentName, modelUri });
  if (end.reason === "cancelled")
    throw await report(host, services, inputs, event(host, "cancelled", `run cancelled; job ${jobName} cancelled`, finished, url), facts), new ServiceError(`The run was cancelled; job ${jobName} was cancelled too.`);
  if (end.reason === "timeout") {
    let what = end.cancelled ? "and was cancelled" : "and is still running";
    throw await report(host, services, inputs, event(host, "failed", `job ${jobName} timed out`, finished, url), `${facts}

${failureDetails(void 0, logs.tail())}`), new ServiceError(`Job ${jobName} did not finish within ${inputs["timeout-minutes"]} minutes ${what}.`);
  }
  if (status !== "Completed") {
    let message = await jobError(workspace, tracking, jobName, services);
    throw await report(host, services, inputs, event(host, "failed", `job ${jobName} ended ${status}`, finished, url), `${facts}

${failureDetails(message, logs.tail())}`), new ServiceError(`Job ${jobName} ended ${status}${message ? `: ${message}` : "."}`);
  }
  let metrics = await withInputNames(host, { metricsStep: "metrics-step" }, () => services.jobMetrics(workspace.client, tracking, finished, inputs["metrics-step"]));
  host.setOutput("metrics", JSON.stringify(metrics));
  let evidence = { metrics, modelUri };
  await report(host, services, inputs, event(host, "succeeded", `job ${jobName} completed`, finished, url, evidence), `${facts}

${metricsTable(metrics)}`);
}
async function readJobSpec(inputs, host) {
  let file = await loadJobFile(inputs["job-file"]), withSet = applySetOverrides(file.spec, inputs.set), tags = await withInputNames(host, { tags: "tags" }, () => parseTagLines(inputs.tags));
  return { spec: applyNamedOverrides(withSet, {
    experimentName: inputs["experiment-name"],
    compute: inputs.compute,
    displayName: inputs["display-name"],
    tags: { ...lineageTags(host.context), ...tags }
  }), path: file.path, dir: file.dir, defaultExperimentName: path3.basename(process.cwd()) };
}
async function buildRequest(spec, workspace, resolver) {
  return buildJobRequest(spec.spec, { ...workspace, jobFileDir: spec.dir, defaultExperimentName: spec.defaultExperimentName }, resolver);
}
async function planTrain(spec, inputs, workspace, host, services) {
  let containment = { roots: host.workspaceRoots }, resolver = containedResolver(
    createPlanningResolver(workspace, {
      latestVersion: (type, name) => services.latestAssetVersion(workspace.client, workspace, type, name),
      containment,
      signal: host.cancellation
    }),
    containment,
    spec.path
  ), request = await buildRequest(spec, workspace, resolver), plan = [
    ...resolver.actions.map((action) => `${action.action}: ${action.source} \u2192 ${action.target}${action.files !== void 0 ? ` (${action.files} files)` : ""}`),
    `PUT ${jobUrl(workspace.armEndpoint, workspace, request.name)}`
  ], body = JSON.stringify({ properties: request.properties }, null, 2);
  host.untrusted(`Dry run: nothing is uploaded, registered or submitted.
${plan.join(`
`)}
${body}`), host.setOutput("job-name", request.name), host.setOutput("status", "DryRun");
  let markdown = `${plan.map((line) => `- ${escapeMarkdown(line)}`).join(`
`)}

${codeBlock(body, "json")}`;
  await report(host, services, inputs, createEvent("train", host.context, { outcome: "planned", headline: `dry run of job ${request.name}`, subject: { job: request.name } }), markdown);
}
async function submit(spec, _inputs, workspace, host, services) {
  let datastore = await services.openBlobDatastore(workspace, host), containment = { roots: host.workspaceRoots }, resolver = containedResolver(
    services.createWorkspaceResolver({
      client: workspace.client,
      scope: workspace,
      container: datastore.container,
      datastoreName: datastore.name,
      containment,
      signal: host.cancellation,
      onAction: (action) => host.untrusted(`${action.reused ? "Reused" : "Done"}: ${action.action} ${action.source} \u2192 ${action.target}`)
    }),
    containment,
    spec.path
  );
  host.info(`Uploading the local code and inputs of ${spec.path}\u2026`);
  let request = await buildRequest(spec, workspace, resolver);
  return services.submitJobRequest(workspace.client, workspace.armEndpoint, workspace, request, host.cancellation);
}
function follow(workspace, tracking, jobName, logs, inputs, host, services) {
  let logsAvailable = !0;
  return watchJob(
    {
      readStatus: async () => (await services.getJob(workspace, jobName)).properties.status ?? "Unknown",
      followLogs: async () => {
        if (logsAvailable)
          try {
            printJobLog(host, await logs.poll(await services.runDetails(workspace.client, tracking, jobName)));
          } catch (error) {
            logsAvailable = !1, host.warning(`Log streaming stopped: ${errorMessage(error)}`);
          }
      },
      onStatus: (status) => host.info(`[amlops] job ${jobName}: ${status}`),
      cancel: async () => {
        host.info(`[amlops] cancelling job ${jobName}`), await services.cancelJob(workspace, jobName);
      }
    },
    {
      initialIntervalMs: inputs["poll-interval-seconds"] * 1e3,
      maxIntervalMs: MAX_POLL_INTERVAL_MS,
      timeoutMs: inputs["timeout-minutes"] * 6e4,
      cancelOnTimeout: inputs["cancel-on-timeout"]
    },
    host.cancellation
  ).finally(() => {
    printJobLog(host, logs.flush());
  });
}
function printJobLog(host, lines) {
  lines.length > 0 && host.untrusted(lines.join(`
`));
}
async function jobError(workspace, tracking, jobName, services) {
  try {
    return (await services.runDetails(workspace.client, tracking, jobName)).error?.error?.message;
  } catch {
    return;
  }
}
function event(host, outcome, headline, job, url, evidence = {}) {
  return createEvent("train", host.context, {
    outcome,
    headline,
    subject: { job: job.name ?? "", experiment: job.properties.experimentName ?? "" },
    evidence,
    links: [{ title: "Azure ML studio", url }]
  });
}
function report(host, services, inputs, governance, body) {
  return services.publishEvent(host, governance, body, inputs["webhook-url"]);
}
export {
  runTrain
};
