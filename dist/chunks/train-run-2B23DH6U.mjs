import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  COMMAND_FIELDS,
  DATA_INPUT_TYPES,
  OUTPUT_TYPES,
  bindingsIn,
  checkCommandReferences,
  mapToRecord,
  namedLocalPath,
  optionalCode,
  parseCommandParts,
  parseDistribution,
  parseIdentityField,
  parseInput,
  parseInputs,
  parseNodeAttributes,
  parseOutputs,
  parseResources,
  parseServices,
  resolveCode,
  resolveEnvironment,
  restInput,
  restOutput,
  secondsToIsoDuration
} from "./chunk-YR7YOYFS.mjs";
import {
  parseTagLines
} from "./chunk-APQGA4ZV.mjs";
import {
  applyNamedOverrides,
  applySetOverrides,
  camelKey,
  expectMapping,
  fieldPath,
  isMapping,
  jobTypeOf,
  loadJobFile,
  localFileReference,
  optionalBoolean,
  optionalInteger,
  optionalMapping,
  optionalString,
  optionalStringMap,
  parseYamlFile,
  rejectUnknownFields,
  requiredString,
  scalarText
} from "./chunk-UJCAEGQJ.mjs";
import "./chunk-LVPRAOBK.mjs";
import {
  createEvent,
  lineageTags
} from "./chunk-46YEMDDU.mjs";
import {
  modelOutputUri,
  studioUrl
} from "./chunk-6XBXKRCC.mjs";
import {
  watchJob
} from "./chunk-HWEYENUP.mjs";
import {
  codeBlock,
  escapeMarkdown,
  formatNumber,
  table
} from "./chunk-3P5YZ26R.mjs";
import {
  ANONYMOUS_COMPONENT_NAME,
  anonymousComponentVersion,
  createPlanningResolver
} from "./chunk-X56FMKLV.mjs";
import {
  containedPath
} from "./chunk-BVD3ISGW.mjs";
import {
  connectWorkspace
} from "./chunk-N7CHOFWV.mjs";
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import {
  jobApiVersion,
  jobUrl
} from "./chunk-UBX5E6TC.mjs";
import "./chunk-JYELJH5W.mjs";
import {
  assetVersionArmId,
  datastoreArmId,
  parseAssetReference,
  resolveComputeId
} from "./chunk-YLJXG7A5.mjs";
import "./chunk-WZDXF6DJ.mjs";
import "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-NXQHRRSQ.mjs";
import "./chunk-H45GLWZJ.mjs";
import {
  ConfigurationError,
  ServiceError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/train-run.ts
import path4 from "node:path";

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

// shared/jobs/file-errors.ts
async function namingJobFile(ctx, convert) {
  try {
    return await convert();
  } catch (error) {
    throw !(error instanceof ConfigurationError) || ctx.origin === void 0 || error.message.startsWith(ctx.origin) ? error : new ConfigurationError(`${ctx.origin}: ${error.message}`);
  }
}

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
  let outputs2 = mapToRecord(parts.outputs, (output, name) => restOutput(output, fieldPath("outputs", name)));
  return outputs2 && (job.outputs = outputs2), parts.environmentVariables && (job.environmentVariables = parts.environmentVariables), parts.resources && (job.resources = parts.resources), parts.distribution && (job.distribution = parts.distribution), parts.limits && (job.limits = parts.limits), parts.identity && (job.identity = parts.identity), parts.services && (job.services = parts.services), job;
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
import { stat } from "node:fs/promises";
import path from "node:path";

// shared/jobs/component-spec.ts
var LITERAL_TYPES = ["string", "integer", "number", "boolean"], COMPONENT_TYPES = ["command", "parallel", "spark", "pipeline", "data_transfer"], LEGACY_PORT_TYPES = ["path"], INPUT_TYPES = [...LITERAL_TYPES, ...DATA_INPUT_TYPES, ...LEGACY_PORT_TYPES], PORT_OUTPUT_TYPES = [...DATA_INPUT_TYPES, ...LEGACY_PORT_TYPES], METADATA_FIELDS = ["$schema", "type", "name", "version", "display_name", "description", "tags", "is_deterministic", "inputs", "outputs"], COMPONENT_FIELDS = {
  command: ["command", "code", "environment", "resources", "distribution", "environment_variables", "instance_count", "additional_includes"],
  parallel: ["task", "input_data", "mini_batch_size", "partition_keys", "resources", "max_concurrency_per_instance", "error_threshold", "mini_batch_error_threshold", "logging_level", "retry_settings", "environment_variables", "code"],
  spark: ["code", "entry", "py_files", "jars", "files", "archives", "conf", "args", "environment", "driver_cores", "driver_memory", "executor_cores", "executor_memory", "executor_instances", "dynamic_allocation_enabled", "dynamic_allocation_min_executors", "dynamic_allocation_max_executors"],
  pipeline: ["jobs", "settings"],
  data_transfer: ["task", "data_copy_mode", "source", "sink"]
};
function componentTypeOf(spec, where) {
  if (spec.type === void 0 && spec.nodes !== void 0)
    throw new ConfigurationError(`${where}: a prompt flow (flow.dag.yaml) used as a component is not supported: the SDK turns it into a parallel component through the promptflow package, which this step does not include; register the flow as a component and name it with azureml:<name>:<version>.`);
  let type = spec.type ?? "command";
  if (typeof type != "string" || !COMPONENT_TYPES.includes(type))
    throw new ConfigurationError(`${fieldPath(where, "type")}: component type ${JSON.stringify(type)} is not supported; accepted: ${COMPONENT_TYPES.join(", ")}.`);
  return type;
}
function armOrUri(id) {
  return id.startsWith("/subscriptions/") ? `azureml:${id}` : id;
}
function componentInputDefinitions(spec, where) {
  let result = {}, definitions = optionalMapping(spec, "inputs", where);
  for (let [name, item] of Object.entries(definitions ?? {})) {
    let itemWhere = fieldPath(fieldPath(where, "inputs"), name), definition = expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "optional", "default", "description", "min", "max", "enum", "mode", "path"], itemWhere);
    let type = definition.type;
    if (typeof type != "string" || !INPUT_TYPES.includes(type))
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type ?? null)} is not an input type; accepted: ${INPUT_TYPES.join(", ")}.`);
    result[name] = definition;
  }
  return result;
}
function componentOutputDefinitions(spec, where) {
  let result = {}, definitions = optionalMapping(spec, "outputs", where);
  for (let [name, item] of Object.entries(definitions ?? {})) {
    let itemWhere = fieldPath(fieldPath(where, "outputs"), name), definition = item === null ? { type: "uri_folder" } : expectMapping(item, itemWhere);
    rejectUnknownFields(definition, ["type", "description", "mode", "is_control", "early_available"], itemWhere);
    let type = definition.type ?? "uri_folder";
    if (typeof type != "string" || ![...PORT_OUTPUT_TYPES, ...LITERAL_TYPES].includes(type))
      throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(type)} is not an output type; accepted: ${PORT_OUTPUT_TYPES.join(", ")}.`);
    result[name] = { ...definition, type };
  }
  return result;
}
async function resolveAssets(spec, target, where, ctx) {
  let code = optionalCode(spec, where);
  code !== void 0 && (target.code = armOrUri(await resolveCode(code, fieldPath(where, "code"), ctx))), spec.environment !== void 0 && spec.environment !== null && (target.environment = armOrUri(await resolveEnvironment(spec.environment, fieldPath(where, "environment"), ctx)));
}
function componentMetadata(spec, type, where) {
  let component = { type };
  for (let field of ["display_name", "description"]) {
    let value = optionalString(spec, field, where);
    value !== void 0 && (component[field] = value);
  }
  let tags = optionalStringMap(spec, "tags", where);
  return tags && (component.tags = tags), type !== "pipeline" && (component.is_deterministic = optionalBoolean(spec, "is_deterministic", where) ?? !0), component;
}
async function loadComponent(spec, where, ctx, convertJobs) {
  let type = componentTypeOf(spec, where);
  rejectUnknownFields(spec, [...METADATA_FIELDS, ...COMPONENT_FIELDS[type]], where);
  let declaredInputs = componentInputDefinitions(spec, where), declaredOutputs2 = componentOutputDefinitions(spec, where), component = componentMetadata(spec, type, where);
  if (type === "command") {
    let command = requiredString(spec, "command", where);
    if (spec.environment === void 0 || spec.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
    checkCommandReferences(command, new Set(Object.keys(declaredInputs)), new Set(Object.keys(declaredOutputs2)), fieldPath(where, "command")), component.command = command;
  }
  await resolveAssets(spec, component, where, ctx);
  for (let field of COMPONENT_FIELDS[type])
    field === "code" || field === "environment" || field === "command" || field === "jobs" || spec[field] === void 0 || (component[field] = spec[field]);
  if (type === "parallel") {
    let task = expectMapping(spec.task, fieldPath(where, "task")), resolved = { ...task };
    delete resolved.code, delete resolved.environment, await resolveAssets(task, resolved, fieldPath(where, "task"), ctx), component.task = resolved;
  }
  if (type === "spark" && spec.entry !== void 0 && !isMapping(spec.entry)) throw new ConfigurationError(`${fieldPath(where, "entry")}: expected a mapping with file (or class_name).`);
  return type === "pipeline" && (component.jobs = await convertJobs(spec, declaredInputs, declaredOutputs2)), Object.keys(declaredInputs).length > 0 && (component.inputs = declaredInputs), Object.keys(declaredOutputs2).length > 0 && (component.outputs = declaredOutputs2), { type, spec: component, declaredInputs, declaredOutputs: declaredOutputs2 };
}

// shared/jobs/sweep-settings.ts
var SWEEP_FIELDS = ["search_space", "sampling_algorithm", "objective", "early_termination", "limits", "trial"], DISTRIBUTIONS = {
  choice: ["values"],
  randint: ["upper"],
  uniform: ["min_value", "max_value"],
  loguniform: ["min_value", "max_value"],
  quniform: ["min_value", "max_value", "q"],
  qloguniform: ["min_value", "max_value", "q"],
  normal: ["mu", "sigma"],
  lognormal: ["mu", "sigma"],
  qnormal: ["mu", "sigma", "q"],
  qlognormal: ["mu", "sigma", "q"]
};
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function numberField(mapping, key, where) {
  let value = mapping[key];
  if (typeof value != "number" || !Number.isFinite(value)) throw new ConfigurationError(`${fieldPath(where, key)}: required, a number; got ${JSON.stringify(value ?? null)}.`);
  return value;
}
function searchExpression(value, where) {
  let entry = expectMapping(value, where), type = optionalString(entry, "type", where), fields = type ? DISTRIBUTIONS[type] : void 0;
  if (!type || !fields) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not a search space type; accepted: ${Object.keys(DISTRIBUTIONS).join(", ")}.`);
  if (rejectUnknownFields(entry, ["type", ...fields], where), type === "choice") {
    let values = entry.values;
    if (!Array.isArray(values) || values.length === 0) throw new ConfigurationError(`${fieldPath(where, "values")}: required, a non-empty list.`);
    return ["choice", [values.map((item, index) => isMapping(item) ? nestedSpace(item, fieldPath(where, `values[${index}]`)) : item)]];
  }
  if (type === "randint") {
    let upper = optionalInteger(entry, "upper", where, 1);
    if (upper === void 0) throw new ConfigurationError(`${fieldPath(where, "upper")}: required, an integer \u2265 1.`);
    return ["randint", [upper]];
  }
  return [type, fields.map((field) => numberField(entry, field, where))];
}
function nestedSpace(mapping, where) {
  let result = {};
  for (let [name, item] of Object.entries(mapping))
    result[name] = isMapping(item) && typeof item.type == "string" ? searchExpression(item, fieldPath(where, name)) : item;
  return result;
}
function parseSampling(value, where) {
  let mapping = typeof value == "string" ? { type: value } : expectMapping(value, where), type = optionalString(mapping, "type", where);
  if (type === "grid" || type === "bayesian")
    return rejectUnknownFields(mapping, ["type"], where), { samplingAlgorithmType: capitalized(type) };
  if (type !== "random") throw new ConfigurationError(`${typeof value == "string" ? where : fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not a sampling algorithm; accepted: random, grid, bayesian.`);
  rejectUnknownFields(mapping, ["type", "seed", "rule"], where);
  let seed = optionalInteger(mapping, "seed", where), rule = optionalString(mapping, "rule", where);
  if (rule !== void 0 && rule !== "random" && rule !== "sobol") throw new ConfigurationError(`${fieldPath(where, "rule")}: ${JSON.stringify(rule)} is not a rule; accepted: random, sobol.`);
  return { samplingAlgorithmType: "Random", ...seed !== void 0 ? { seed } : {}, ...rule ? { rule: capitalized(rule) } : {} };
}
function parseObjective(value, where) {
  let mapping = expectMapping(value, where);
  rejectUnknownFields(mapping, ["goal", "primary_metric"], where);
  let goal = optionalString(mapping, "goal", where)?.toLowerCase();
  if (goal !== "minimize" && goal !== "maximize") throw new ConfigurationError(`${fieldPath(where, "goal")}: required; accepted: minimize, maximize.`);
  let primaryMetric = optionalString(mapping, "primary_metric", where);
  if (!primaryMetric) throw new ConfigurationError(`${fieldPath(where, "primary_metric")}: required, the metric name the trials log.`);
  return { goal: capitalized(goal), primaryMetric };
}
var POLICIES = {
  bandit: { type: "Bandit", fields: ["slack_factor", "slack_amount"] },
  median_stopping: { type: "MedianStopping", fields: [] },
  truncation_selection: { type: "TruncationSelection", fields: ["truncation_percentage"] }
};
function optionalNumber(mapping, key, where) {
  return mapping[key] === void 0 || mapping[key] === null ? void 0 : numberField(mapping, key, where);
}
function parseEarlyTermination(value, where) {
  let type = optionalString(value, "type", where), policy = type ? POLICIES[type] : void 0;
  if (!policy) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not an early termination policy; accepted: ${Object.keys(POLICIES).join(", ")}.`);
  rejectUnknownFields(value, ["type", "evaluation_interval", "delay_evaluation", ...policy.fields], where);
  let rest = { policyType: policy.type }, node = { policy_type: policy.type };
  for (let field of ["evaluation_interval", "delay_evaluation", ...policy.fields]) {
    let number = field === "slack_factor" || field === "slack_amount" ? optionalNumber(value, field, where) : optionalInteger(value, field, where);
    number !== void 0 && (rest[field.replace(/_([a-z])/g, (_m, letter) => letter.toUpperCase())] = number, node[field] = number);
  }
  return { rest, node };
}
function durationField(mapping, key, where) {
  let value = optionalInteger(mapping, key, where, 1);
  return value === void 0 ? void 0 : secondsToIsoDuration(value);
}
function parseLimits(value, where) {
  rejectUnknownFields(value, ["max_total_trials", "max_concurrent_trials", "timeout", "trial_timeout"], where);
  let limits = { jobLimitsType: "Sweep" }, maxTotalTrials = optionalInteger(value, "max_total_trials", where, 1);
  maxTotalTrials !== void 0 && (limits.maxTotalTrials = maxTotalTrials);
  let maxConcurrentTrials = optionalInteger(value, "max_concurrent_trials", where, 1);
  maxConcurrentTrials !== void 0 && (limits.maxConcurrentTrials = maxConcurrentTrials);
  let timeout = durationField(value, "timeout", where);
  timeout && (limits.timeout = timeout);
  let trialTimeout = durationField(value, "trial_timeout", where);
  return trialTimeout && (limits.trialTimeout = trialTimeout), limits;
}
function parseSweepSettings(spec, where) {
  let space = optionalMapping(spec, "search_space", where);
  if (!space || Object.keys(space).length === 0) throw new ConfigurationError(`${fieldPath(where, "search_space")}: required, a mapping of parameter names to distributions (type: choice, uniform, \u2026).`);
  let searchSpace2 = {};
  for (let [name, item] of Object.entries(space)) searchSpace2[name] = searchExpression(item, fieldPath(fieldPath(where, "search_space"), name));
  if (spec.sampling_algorithm === void 0 || spec.sampling_algorithm === null)
    throw new ConfigurationError(`${fieldPath(where, "sampling_algorithm")}: required; accepted: random, grid, bayesian.`);
  let settings = {
    searchSpace: searchSpace2,
    samplingAlgorithm: parseSampling(spec.sampling_algorithm, fieldPath(where, "sampling_algorithm")),
    objective: parseObjective(spec.objective, fieldPath(where, "objective")),
    node: { search_space: space, sampling_algorithm: spec.sampling_algorithm, objective: spec.objective }
  }, earlyTermination = optionalMapping(spec, "early_termination", where);
  if (earlyTermination) {
    let policy = parseEarlyTermination(earlyTermination, fieldPath(where, "early_termination"));
    settings.earlyTermination = policy.rest, settings.node.early_termination = policy.node;
  }
  let limits = optionalMapping(spec, "limits", where);
  return limits && (settings.limits = parseLimits(limits, fieldPath(where, "limits")), settings.node.limits = limits), settings;
}

// shared/jobs/control-flow.ts
var STEP_REFERENCE = /^\$\{\{\s*parent\.jobs\.([A-Za-z0-9_]+)\s*\}\}$/;
function blockSteps(value) {
  return (Array.isArray(value) ? value : value == null ? [] : [value]).map((entry) => typeof entry == "string" ? STEP_REFERENCE.exec(entry)?.[1] ?? entry : JSON.stringify(entry));
}
function checkItems(items, where) {
  let path5 = fieldPath(where, "items");
  if (items == null) throw new ConfigurationError(`${path5}: required for a parallel_for step; accepted: a non-empty list or dict of input values, as YAML or a JSON string, or a \${{parent.inputs.<name>}} binding.`);
  let parsed = items;
  if (typeof items == "string") {
    if (/^\$\{\{.*\}\}$/.test(items.trim())) return;
    try {
      parsed = JSON.parse(items);
    } catch (error) {
      throw new ConfigurationError(`${path5}: neither a JSON list or dict nor a binding (${errorMessage(error)}); accepted: a non-empty list or dict of input values, as YAML or a JSON string, or a \${{parent.inputs.<name>}} binding.`);
    }
  }
  let values = Array.isArray(parsed) ? parsed : isMapping(parsed) ? Object.values(parsed) : void 0;
  if (values === void 0) throw new ConfigurationError(`${path5}: ${JSON.stringify(items)} is not a list or dict; accepted: a non-empty list or dict of input values, as YAML or a JSON string, or a \${{parent.inputs.<name>}} binding.`);
  if (values.length === 0) throw new ConfigurationError(`${path5}: empty; accepted: a non-empty list or dict of input values (one body run each).`);
}
function checkControlFlowStep(type, spec, where) {
  if (type === "if_else") {
    let trueSteps = blockSteps(spec.true_block), falseSteps = blockSteps(spec.false_block);
    if (trueSteps.length === 0 && falseSteps.length === 0) throw new ConfigurationError(`${where}: true_block and false_block are both empty; accepted: at least one of them naming steps (\${{parent.jobs.<step>}}).`);
    let shared = trueSteps.filter((step) => falseSteps.includes(step));
    if (shared.length > 0) throw new ConfigurationError(`${fieldPath(where, "false_block")}: names ${shared.join(", ")}, which true_block names too; a step runs in one branch only.`);
  }
  type === "parallel_for" && checkItems(spec.items, where);
}
function parallelForBodies(jobs) {
  let bodies = /* @__PURE__ */ new Set();
  for (let value of Object.values(jobs))
    if (isMapping(value) && value.type === "parallel_for") for (let step of blockSteps(value.body)) bodies.add(step);
  return bodies;
}

// shared/jobs/data-transfer-step.ts
var TASKS = {
  import_data: { store: "source", side: "outputs", port: "sink", types: { database: "mltable", file_system: "uri_folder" } },
  export_data: { store: "sink", side: "inputs", port: "source", types: { database: "uri_file", file_system: "uri_folder" } }
};
function checkDataTransferTask(spec, where) {
  let task = typeof spec.task == "string" ? TASKS[spec.task] : void 0, store = task ? spec[task.store] : void 0;
  if (!task || !isMapping(store) || typeof store.type != "string" || !(store.type in task.types)) return;
  let ports = spec[task.side], port = isMapping(ports) ? ports[task.port] : void 0, type = isMapping(port) && typeof port.type == "string" ? port.type : void 0, wanted = task.types[store.type];
  if (!(type === void 0 || type === wanted))
    throw new ConfigurationError(
      `${fieldPath(fieldPath(fieldPath(where, task.side), task.port), "type")}: ${JSON.stringify(type)} is not accepted for a ${store.type} ${task.store}; accepted: ${wanted} (${task.side} of ${String(spec.task)} are ${task.types.database} for database and uri_folder for file_system).`
    );
}

// shared/jobs/pipeline-job.ts
var PIPELINE_FIELDS = [...JOB_BASE_FIELDS, "compute", "settings", "inputs", "outputs", "jobs", "component", "identity"], JOB_ONLY_COMPONENT_FIELDS = ["compute", "settings", "experiment_name", "properties"], COMMON_STEP_FIELDS = ["type", "name", "component", "display_name", "description", "tags", "properties", "compute", "inputs", "outputs"], PARALLEL_NODE_FIELDS = [
  "input_data",
  "mini_batch_size",
  "partition_keys",
  "resources",
  "max_concurrency_per_instance",
  "error_threshold",
  "mini_batch_error_threshold",
  "logging_level",
  "retry_settings",
  "environment_variables",
  "identity"
], SPARK_NODE_FIELDS = [
  "entry",
  "py_files",
  "jars",
  "files",
  "archives",
  "conf",
  "args",
  "resources",
  "identity",
  "driver_cores",
  "driver_memory",
  "executor_cores",
  "executor_memory",
  "executor_instances",
  "dynamic_allocation_enabled",
  "dynamic_allocation_min_executors",
  "dynamic_allocation_max_executors"
], STEP_TYPES = {
  command: { fields: COMMAND_FIELDS },
  sweep: { fields: [...SWEEP_FIELDS, "identity", "resources", "queue_settings"] },
  parallel: { fields: PARALLEL_NODE_FIELDS, inline: ["task"] },
  spark: { fields: SPARK_NODE_FIELDS, inline: ["code", "environment"] },
  pipeline: { fields: ["settings"] },
  data_transfer: { fields: ["task", "source", "sink", "data_copy_mode"] },
  automl: {},
  do_while: { fields: ["body", "condition", "limits", "mapping"] },
  parallel_for: { fields: ["body", "items", "max_concurrency"] },
  if_else: { fields: ["condition", "true_block", "false_block"] }
}, CONTROL_FLOW = ["do_while", "parallel_for", "if_else"], STEP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, SOURCE = "YAML.JOB";
function snakeKey(key) {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
function snakeCase(value) {
  let result = {};
  for (let [key, item] of Object.entries(value)) result[snakeKey(key)] = isMapping(item) && key !== "properties" ? snakeCase(item) : item;
  return result;
}
function stepTypeOf(spec, where) {
  let type = spec.type ?? "command";
  if (typeof type != "string" || !(type in STEP_TYPES))
    throw new ConfigurationError(`${fieldPath(where, "type")}: step type ${JSON.stringify(type)} is not supported; accepted: ${Object.keys(STEP_TYPES).join(", ")}.`);
  return type;
}
async function attachComponent(source, value, where, ctx) {
  if (typeof value == "string" && (value.startsWith("azureml:") || value.startsWith("/subscriptions/"))) {
    source.componentRef = value;
    return;
  }
  if (typeof value == "string") {
    let relative = localFileReference(value), file = await namedLocalPath(path.resolve(ctx.baseDir, relative), value, ctx);
    if (!(await stat(file).catch(() => {
    }))?.isFile())
      throw new ConfigurationError(`${where}: component file ${JSON.stringify(value)} does not exist (resolved to ${file}); accepted: a component file (file: prefix optional), azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., or an inline mapping.`);
    let loaded = await parseYamlFile(file).catch((error) => {
      throw new ConfigurationError(`${where}: ${errorMessage(error)}`);
    });
    source.component = { spec: expectMapping(loaded, `${where} (${file})`), where: `${where} (${value})`, baseDir: path.dirname(file), origin: file };
    return;
  }
  source.component = { spec: expectMapping(value, where), where, baseDir: ctx.baseDir, ...ctx.origin !== void 0 ? { origin: ctx.origin } : {} };
}
function withoutComponentParts(spec, where, ctx) {
  let kept = { ...spec };
  for (let field of ["command", "code", "environment"])
    kept[field] !== void 0 && (delete kept[field], ctx.notes?.push(`${fieldPath(where, field)}: the step names a component, which brings its own ${field}; the SDK does not send the step's, so neither does this step (set it in the component).`));
  return kept;
}
async function loadStepSource(name, value, ctx) {
  let where = fieldPath("jobs", name);
  if (!STEP_NAME.test(name)) throw new ConfigurationError(`${where}: ${JSON.stringify(name)} is not a step name; accepted: letters, digits and underscores, starting with a letter or underscore (the CLI refuses any other node name).`);
  let written = expectMapping(value, where), type = stepTypeOf(written, where), { fields, inline } = STEP_TYPES[type];
  type === "command" && written.experiment_name !== void 0 && ctx.notes?.push(`${fieldPath(where, "experiment_name")}: a step runs in the pipeline's experiment; the SDK does not send a step's experiment_name, so neither does this step.`), fields && rejectUnknownFields(written, [...COMMON_STEP_FIELDS, ...fields, ...inline ?? [], ...type === "command" ? ["experiment_name"] : []], where);
  let componentField = type === "sweep" ? "trial" : "component", component = written[componentField], spec = type === "command" && component !== void 0 && component !== null ? withoutComponentParts(written, where, ctx) : written, source = { name, where, type, spec };
  if (CONTROL_FLOW.includes(type) && checkControlFlowStep(type, spec, where), type === "data_transfer" && checkDataTransferTask(spec, where), component == null) {
    if (type === "command" && spec.command === void 0) throw new ConfigurationError(`${where}: a command step needs command (with environment) or component.`);
    if (type === "sweep") throw new ConfigurationError(`${fieldPath(where, "trial")}: required, the command component each trial runs (a file or azureml:<name>:<version>).`);
    if (type === "parallel" && spec.task === void 0) throw new ConfigurationError(`${where}: a parallel step needs task (with code, entry_script, environment) or component.`);
    if (type === "pipeline") throw new ConfigurationError(`${fieldPath(where, "component")}: required, the pipeline component (a file or azureml:<name>:<version>).`);
    return source;
  }
  return type !== "automl" && !CONTROL_FLOW.includes(type) && await attachComponent(source, component, fieldPath(where, componentField), ctx), source;
}
function declaredOutputs(source) {
  if (source.componentRef || source.type === "automl" || CONTROL_FLOW.includes(source.type)) return;
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
    let outputs2 = scope.stepOutputs.get(other);
    if (outputs2 === void 0) return;
    if (!outputs2.has(output)) throw new ConfigurationError(`${where}: binding \${{${expression}}} names output "${output}" of step "${other}", which that step does not declare.`);
    return outputs2.get(output);
  }
  throw new ConfigurationError(`${where}: binding \${{${expression}}} is not supported; accepted: \${{parent.inputs.<name>}}, \${{parent.jobs.<step>.outputs.<name>}}.`);
}
function checkOutputBinding(value, where, scope) {
  let match = /^\$\{\{\s*parent\.outputs\.([A-Za-z0-9_]+)\s*\}\}$/.exec(value);
  if (!match) throw new ConfigurationError(`${where}: output binding ${JSON.stringify(value)} is not supported; accepted: \${{parent.outputs.<name>}}.`);
  let output = scope.outputs.get(match[1]);
  if (!output) throw new ConfigurationError(`${where}: binding ${value} names pipeline output "${match[1]}", which is not declared under outputs.`);
  return output.type;
}
function inputType(input, where, step, scope) {
  if (input.kind === "literal") return input.literalType;
  if (input.kind === "data") return input.type;
  let types = bindingsIn(input.value).map((expression) => checkInputBinding(expression, where, step, scope)), whole = /^\$\{\{[^}]*\}\}$/.test(input.value.trim());
  return whole && types[0] ? types[0] : whole ? "uri_folder" : "string";
}
function outputType(output, where, scope) {
  return output.kind === "data" ? output.type : output.type ?? checkOutputBinding(output.value, where, scope) ?? "uri_folder";
}
function stepInput(input) {
  return input.kind === "data" ? { job_input_type: input.type, uri: input.uri, ...input.mode ? { mode: input.mode } : {}, ...input.description ? { description: input.description } : {} } : { job_input_type: "literal", value: input.value };
}
function stepOutput(output) {
  if (output.kind === "binding") return { value: output.value, type: "literal" };
  if (output.configured)
    return { job_output_type: output.type, ...output.mode ? { mode: output.mode } : {}, ...output.uri ? { uri: output.uri } : {}, ...output.description ? { description: output.description } : {} };
}
function validateStepIo(source, inputs, outputs2, scope) {
  for (let [name, input] of inputs)
    if (input.kind === "binding") for (let expression of bindingsIn(input.value)) checkInputBinding(expression, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope);
  for (let [name, output] of outputs2)
    output.kind === "binding" && checkOutputBinding(output.value, fieldPath(fieldPath(source.where, "outputs"), name), scope);
}
function componentIo(attributes, source, scope) {
  let inputs = {};
  for (let [name, input] of attributes.inputs) inputs[name] = { type: inputType(input, fieldPath(fieldPath(source.where, "inputs"), name), source.name, scope) };
  let outputs2 = {};
  for (let [name, output] of attributes.outputs) outputs2[name] = { type: outputType(output, fieldPath(fieldPath(source.where, "outputs"), name), scope) };
  return { ...Object.keys(inputs).length > 0 ? { inputs } : {}, ...Object.keys(outputs2).length > 0 ? { outputs: outputs2 } : {} };
}
function componentFromCommand(parts, source, scope) {
  let component = { type: "command", command: parts.command, environment: armOrUri(parts.environmentId), is_deterministic: !0 };
  parts.codeId && (component.code = armOrUri(parts.codeId));
  let description = optionalString(source.spec, "description", source.where);
  return description !== void 0 && (component.description = description), { ...component, ...componentIo(parts, source, scope) };
}
async function registeredComponentId(reference, where, ctx) {
  let parsed = parseAssetReference(reference, where);
  if (!parsed || parsed.kind === "uri") return reference;
  if (parsed.kind === "armId") return parsed.id;
  let version = parsed.kind === "version" ? parsed.version : await ctx.resolver.latestVersion("components", parsed.name);
  return assetVersionArmId(ctx.scope, "components", parsed.name, version);
}
function checkComponentIo(component, given, source, notes, searchSpace2 = /* @__PURE__ */ new Set()) {
  let declared = component.declaredInputs;
  for (let name of given.outputs.keys())
    if (!(name in component.declaredOutputs))
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "outputs"), name)}: the component declares no output "${name}"; declared: ${Object.keys(component.declaredOutputs).join(", ") || "none"}.`);
  for (let name of given.inputs.keys())
    name in declared || notes?.push(`${fieldPath(fieldPath(source.where, "inputs"), name)}: the component declares no input "${name}" (declared: ${Object.keys(declared).join(", ") || "none"}); sent as written, as the SDK sends it.`);
  for (let [name, definition] of Object.entries(declared)) {
    let { optional, default: fallback } = definition;
    if (!source.loopBody && !given.inputs.has(name) && !searchSpace2.has(name) && optional !== !0 && fallback === void 0)
      throw new ConfigurationError(`${fieldPath(fieldPath(source.where, "inputs"), name)}: required by the component and not given.`);
  }
}
async function registerAnonymous(component, ctx) {
  return ctx.resolver.componentId({ name: ANONYMOUS_COMPONENT_NAME, version: anonymousComponentVersion(component), ...component });
}
function copyFields(spec, fields, node) {
  for (let field of fields) spec[field] !== void 0 && spec[field] !== null && (node[field] = spec[field]);
}
async function inlineComponent(source, attributes, ctx, scope) {
  let spec = { type: source.type }, fields = source.type === "parallel" ? ["task", ...PARALLEL_NODE_FIELDS.filter((f) => f !== "identity")] : ["code", "environment", ...SPARK_NODE_FIELDS.filter((f) => f !== "identity" && f !== "resources")];
  copyFields(source.spec, fields, spec);
  let io = componentIo(attributes, source, scope);
  return (await loadComponent({ ...spec, ...io }, source.where, ctx, () => Promise.resolve({}))).spec;
}
async function nestedJobs(component, declaredInputs, declaredOutputs2, where, ctx) {
  let jobs = optionalMapping(component, "jobs", where);
  if (!jobs || Object.keys(jobs).length === 0) throw new ConfigurationError(`${fieldPath(where, "jobs")}: a pipeline component needs at least one step under jobs.`);
  let inputs = /* @__PURE__ */ new Map();
  for (let [name, definition] of Object.entries(declaredInputs)) {
    let type = String(definition.type);
    inputs.set(name, DATA_INPUT_TYPES.includes(type) || LEGACY_PORT_TYPES.includes(type) ? { kind: "data", type, uri: "" } : { kind: "literal", value: "", literalType: type });
  }
  let outputs2 = /* @__PURE__ */ new Map();
  for (let [name, definition] of Object.entries(declaredOutputs2)) outputs2.set(name, { kind: "data", type: String(definition.type), configured: !1 });
  return convertSteps(jobs, ctx, { inputs, outputs: outputs2 }, where);
}
async function stepComponent(source, ctx) {
  if (source.componentRef) return { componentId: await registeredComponentId(source.componentRef, fieldPath(source.where, source.type === "sweep" ? "trial" : "component"), ctx) };
  let { spec, where, baseDir, origin } = source.component, componentCtx = { ...ctx, baseDir, ...origin !== void 0 ? { origin } : {} }, loaded = await loadComponent(spec, where, componentCtx, (component, inputs, outputs2) => nestedJobs(component, inputs, outputs2, where, componentCtx)), expected = source.type === "sweep" ? "command" : source.type;
  if (loaded.type !== expected) {
    let subject = source.name ? `a ${source.type} step` : "a pipeline job made from a component";
    throw new ConfigurationError(`${fieldPath(where, "type")}: ${subject} needs a ${expected} component, not ${JSON.stringify(loaded.type)}.`);
  }
  return { loaded, componentId: await registerAnonymous(loaded.spec, ctx) };
}
function nodeBase(source, attributes) {
  let { spec, where } = source, node = { name: source.name, type: source.type }, displayName = optionalString(spec, "display_name", where);
  displayName !== void 0 && (node.display_name = displayName);
  let description = source.component || source.componentRef ? optionalString(spec, "description", where) : void 0;
  description !== void 0 && (node.description = description);
  let tags = optionalStringMap(spec, "tags", where);
  tags && (node.tags = tags);
  let properties = optionalStringMap(spec, "properties", where);
  properties && (node.properties = properties), attributes.computeId && (node.computeId = attributes.computeId), attributes.inputs.size > 0 && (node.inputs = mapToRecord(attributes.inputs, stepInput));
  let outputs2 = {};
  for (let [name, output] of attributes.outputs) {
    let rendered = stepOutput(output);
    rendered && (outputs2[name] = rendered);
  }
  return Object.keys(outputs2).length > 0 && (node.outputs = outputs2), node;
}
function commandNodeFields(attributes, node) {
  attributes.environmentVariables && (node.environment_variables = attributes.environmentVariables), attributes.resources && (node.resources = snakeCase(attributes.resources)), attributes.distribution && (node.distribution = snakeCase(attributes.distribution)), attributes.limits && (node.limits = snakeCase(attributes.limits)), attributes.identity && (node.identity = snakeCase(attributes.identity)), attributes.services && (node.services = Object.fromEntries(Object.entries(attributes.services).map(([name, service]) => [name, snakeCase(service)])));
}
async function passThroughAttributes(source, ctx) {
  let { spec, where } = source;
  return await parseNodeAttributes({ inputs: spec.inputs, outputs: spec.outputs, compute: spec.compute }, where, ctx, !0);
}
async function convertCommandStep(source, ctx, scope) {
  let { spec, where } = source;
  if (source.component || source.componentRef) {
    let attributes = await parseNodeAttributes(spec, where, ctx, !0), { loaded, componentId: componentId2 } = await stepComponent(source, ctx);
    loaded && checkComponentIo(loaded, attributes, source, ctx.notes), validateStepIo(source, attributes.inputs, attributes.outputs, scope);
    let node2 = { ...nodeBase(source, attributes), componentId: componentId2 };
    return commandNodeFields(attributes, node2), node2;
  }
  let parts = await parseCommandParts(spec, where, ctx, !0), componentId = await registerAnonymous(componentFromCommand(parts, source, scope), ctx);
  validateStepIo(source, parts.inputs, parts.outputs, scope);
  let node = { ...nodeBase(source, parts), componentId };
  return commandNodeFields(parts, node), node;
}
async function convertSweepStep(source, ctx, scope) {
  let { spec, where } = source, settings = parseSweepSettings(spec, where), attributes = await parseNodeAttributes({ inputs: spec.inputs, outputs: spec.outputs, compute: spec.compute, identity: spec.identity }, where, ctx, !0), { loaded, componentId } = await stepComponent(source, ctx);
  loaded && checkComponentIo(loaded, attributes, source, ctx.notes, new Set(Object.keys(settings.searchSpace))), validateStepIo(source, attributes.inputs, attributes.outputs, scope);
  let node = { ...nodeBase(source, attributes), trial: { componentId }, ...settings.node };
  return attributes.identity && (node.identity = snakeCase(attributes.identity)), copyFields(spec, ["resources", "queue_settings"], node), node;
}
async function convertComponentStep(source, ctx, scope) {
  let attributes = await passThroughAttributes(source, ctx), componentId;
  if (source.component || source.componentRef) {
    let { loaded, componentId: id } = await stepComponent(source, ctx);
    loaded && checkComponentIo(loaded, attributes, source, ctx.notes), componentId = id;
  } else
    componentId = await registerAnonymous(await inlineComponent(source, attributes, ctx, scope), ctx);
  validateStepIo(source, attributes.inputs, attributes.outputs, scope);
  let node = { ...nodeBase(source, attributes), componentId };
  return copyFields(source.spec, STEP_TYPES[source.type].fields ?? [], node), node;
}
async function convertWrittenStep(source, ctx, scope) {
  let attributes = await passThroughAttributes(source, ctx);
  validateStepIo(source, attributes.inputs, attributes.outputs, scope);
  let node = nodeBase(source, attributes);
  CONTROL_FLOW.includes(source.type) && delete node.name;
  let skip = /* @__PURE__ */ new Set([...COMMON_STEP_FIELDS]);
  for (let [field, value] of Object.entries(source.spec)) !skip.has(field) && value !== void 0 && value !== null && (node[field] = value);
  return source.type === "do_while" && node.condition === !0 && delete node.condition, source.type === "automl" && checkWrittenBindings(source, scope), node;
}
function checkWrittenBindings(source, scope) {
  for (let [field, value] of Object.entries(source.spec))
    if (typeof value == "string")
      for (let expression of bindingsIn(value)) checkInputBinding(expression, fieldPath(source.where, field), source.name, scope);
}
async function convertStep(source, ctx, scope) {
  let node;
  return source.type === "command" ? node = await convertCommandStep(source, ctx, scope) : source.type === "sweep" ? node = await convertSweepStep(source, ctx, scope) : source.type === "automl" || CONTROL_FLOW.includes(source.type) ? node = await convertWrittenStep(source, ctx, scope) : source.type === "data_transfer" && !source.component && !source.componentRef ? node = await convertWrittenStep(source, ctx, scope) : node = await convertComponentStep(source, ctx, scope), node._source = SOURCE, node;
}
async function convertSteps(jobs, ctx, parent, where) {
  let sources = [], loopBodies = parallelForBodies(jobs);
  for (let [name, value] of Object.entries(jobs)) {
    let source = await loadStepSource(name, value, ctx);
    where && (source.where = fieldPath(where, source.where)), loopBodies.has(name) && (source.loopBody = !0), sources.push(source);
  }
  let scope = { ...parent, stepOutputs: new Map(sources.map((source) => [source.name, declaredOutputs(source)])) }, result = {};
  for (let source of sources) result[source.name] = await convertStep(source, ctx, scope);
  return result;
}
function convertSettings(spec, ctx) {
  let settings = optionalMapping(spec, "settings", "");
  if (!settings) return;
  let result = { ...settings }, compute = optionalString(settings, "default_compute", "settings");
  compute !== void 0 && (result.default_compute = resolveComputeId(ctx.scope, compute, "settings.default_compute"));
  let datastore = optionalString(settings, "default_datastore", "settings");
  if (datastore !== void 0) {
    let name = datastore.startsWith("azureml:") ? datastore.slice(8) : datastore;
    result.default_datastore = name.startsWith("/subscriptions/") ? name : datastoreArmId(ctx.scope, name);
  }
  for (let flag of ["continue_on_step_failure", "force_rerun"]) {
    let value = optionalBoolean(settings, flag, "settings");
    value !== void 0 && (result[flag] = value);
  }
  return result._source = SOURCE, result;
}
function withoutJobOnlyFields(source, notes) {
  if (!source.component) return;
  let kept = { ...source.component.spec };
  for (let field of JOB_ONLY_COMPONENT_FIELDS)
    kept[field] !== void 0 && (delete kept[field], notes?.push(`${fieldPath(source.component.where, field)}: a pipeline component does not carry ${field}; the SDK leaves it out when it turns a pipeline job file into a component, so does this step (set it on the job).`));
  source.component = { ...source.component, spec: kept };
}
async function pipelineJobComponent(value, inputs, outputs2, ctx) {
  let source = { name: "", where: "", type: "pipeline", spec: {} };
  await attachComponent(source, value, "component", ctx), withoutJobOnlyFields(source, ctx.notes);
  let { loaded, componentId } = await stepComponent(source, ctx);
  return loaded && checkComponentIo(loaded, { inputs, outputs: outputs2 }, source, ctx.notes), componentId;
}
async function convertPipelineJob(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, PIPELINE_FIELDS, "");
  let component = spec.component ?? void 0, jobs = optionalMapping(spec, "jobs", "");
  if (component !== void 0 && jobs !== void 0)
    throw new ConfigurationError("jobs, component: a pipeline job names either jobs (its steps) or component (the pipeline component it runs: a file, an inline mapping, azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/... or an ARM id), not both.");
  if (component === void 0 && (!jobs || Object.keys(jobs).length === 0))
    throw new ConfigurationError("jobs: a pipeline job needs at least one step under jobs, or component: the pipeline component it runs.");
  let inputs = await parseInputs(spec.inputs, "inputs", ctx, !1), outputs2 = parseOutputs(spec.outputs, "outputs", !1), pipeline = { jobType: "Pipeline", ...jobBaseFields(spec, defaultExperimentName) }, compute = optionalString(spec, "compute", "");
  compute !== void 0 && (pipeline.computeId = resolveComputeId(ctx.scope, compute, "compute"));
  let identity = parseIdentityField(spec, "");
  identity && (pipeline.identity = identity);
  let settings = convertSettings(spec, ctx);
  settings && (pipeline.settings = settings);
  let restInputs = mapToRecord(inputs, restInput);
  restInputs && (pipeline.inputs = restInputs);
  let restOutputs = mapToRecord(outputs2, (output, name) => restOutput(output, fieldPath("outputs", name), !0));
  return restOutputs && (pipeline.outputs = restOutputs), component !== void 0 ? (pipeline.componentId = await pipelineJobComponent(component, inputs, outputs2, ctx), pipeline.jobs = {}) : pipeline.jobs = await convertSteps(jobs, ctx, { inputs, outputs: outputs2 }, ""), pipeline;
}

// shared/jobs/single-brackets.ts
function mapSingleBrackets(command) {
  return command.replace(/(?<!\{)\{(inputs|outputs|search_space)\.([^}]*)\}(?!\})/g, (_match, prefix, name) => `\${{${prefix}.${name}}}`);
}

// shared/jobs/queue-settings.ts
var JOB_TIERS = { null: "Null", spot: "Spot", basic: "Basic", standard: "Standard", premium: "Premium" }, PRIORITIES = ["low", "medium", "high"];
function parseQueueSettings(spec, where, unsent) {
  let path5 = fieldPath(where, "queue_settings"), queue = optionalMapping(spec, "queue_settings", where);
  if (!queue) return;
  rejectUnknownFields(queue, unsent ? ["job_tier", "priority"] : ["job_tier"], path5);
  let priority = optionalString(queue, "priority", path5);
  if (priority !== void 0) {
    if (!PRIORITIES.includes(priority.toLowerCase())) throw new ConfigurationError(`${fieldPath(path5, "priority")}: ${JSON.stringify(priority)} is not accepted; accepted: ${PRIORITIES.join(", ")}.`);
    unsent?.push(`${fieldPath(path5, "priority")}: api-version 2025-12-01 has no queue priority (the SDK sends it through a preview api-version).`);
  }
  let tier = optionalString(queue, "job_tier", path5), jobTier = tier === void 0 ? void 0 : JOB_TIERS[tier.toLowerCase()];
  if (jobTier === void 0) throw new ConfigurationError(`${fieldPath(path5, "job_tier")}: ${JSON.stringify(tier ?? null)} is not accepted; accepted: ${Object.keys(JOB_TIERS).join(", ")}.`);
  return { jobTier };
}

// shared/jobs/sweep-job.ts
var TRIAL_FIELDS = ["command", "code", "environment", "environment_variables", "distribution", "resources"];
async function convertTrial(spec, ctx, inputs, outputs2, searchSpace2) {
  let where = "trial", trial = expectMapping(spec.trial, where);
  rejectUnknownFields(trial, TRIAL_FIELDS, where);
  let command = mapSingleBrackets(requiredString(trial, "command", where));
  if (checkCommandReferences(command, inputs, outputs2, fieldPath(where, "command"), searchSpace2), trial.environment === void 0 || trial.environment === null) throw new ConfigurationError(`${fieldPath(where, "environment")}: required.`);
  let rest = { command, environmentId: await resolveEnvironment(trial.environment, fieldPath(where, "environment"), ctx) }, code = optionalCode(trial, where);
  code !== void 0 && (rest.codeId = await resolveCode(code, fieldPath(where, "code"), ctx));
  let environmentVariables = optionalStringMap(trial, "environment_variables", where);
  environmentVariables && (rest.environmentVariables = environmentVariables);
  let distribution = optionalMapping(trial, "distribution", where);
  distribution && (rest.distribution = parseDistribution(distribution, fieldPath(where, "distribution")));
  let resources = optionalMapping(trial, "resources", where);
  return resources && (rest.resources = parseResources(resources, fieldPath(where, "resources"))), rest;
}
function convertSweepJob(spec, ctx, defaultExperimentName) {
  return namingJobFile(ctx, () => convertJob(spec, ctx, defaultExperimentName));
}
async function convertJob(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...SWEEP_FIELDS, "compute", "inputs", "outputs", "identity", "services", "queue_settings"], "");
  let settings = parseSweepSettings(spec, ""), inputs = await parseInputs(spec.inputs, "inputs", ctx, !1), outputs2 = parseOutputs(spec.outputs, "outputs", !1), trial = await convertTrial(spec, ctx, new Set(inputs.keys()), new Set(outputs2.keys()), new Set(Object.keys(settings.searchSpace))), job = {
    jobType: "Sweep",
    ...jobBaseFields(spec, defaultExperimentName),
    trial,
    searchSpace: settings.searchSpace,
    samplingAlgorithm: settings.samplingAlgorithm,
    objective: settings.objective
  };
  settings.earlyTermination && (job.earlyTermination = settings.earlyTermination), settings.limits && (job.limits = settings.limits);
  let compute = optionalString(spec, "compute", "");
  compute !== void 0 && (job.computeId = resolveComputeId(ctx.scope, compute, "compute"));
  let restInputs = mapToRecord(inputs, restInput);
  restInputs && (job.inputs = restInputs);
  let restOutputs = mapToRecord(outputs2, (output, name) => restOutput(output, fieldPath("outputs", name)));
  restOutputs && (job.outputs = restOutputs);
  let identity = parseIdentityField(spec, "");
  identity && (job.identity = identity);
  let services = parseServices(spec, "");
  services && (job.services = services);
  let queueSettings = parseQueueSettings(spec, "", ctx.unsent ?? []);
  return queueSettings && (job.queueSettings = queueSettings), job;
}

// shared/jobs/automl-schema.ts
var AUTOML_API_VERSION = "2025-12-01", AUTOML_TASKS = {
  Classification: "Classification",
  Forecasting: "Forecasting",
  ImageClassification: "ImageClassification",
  ImageClassificationMultilabel: "ImageClassificationMultilabel",
  ImageInstanceSegmentation: "ImageInstanceSegmentation",
  ImageObjectDetection: "ImageObjectDetection",
  Regression: "Regression",
  TextClassification: "TextClassification",
  TextClassificationMultilabel: "TextClassificationMultilabel",
  TextNER: "TextNer"
}, AUTOML_OBJECTS = {
  Classification: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", cvSplitColumnNames: { list: "string" }, featurizationSettings: { ref: "TableVerticalFeaturizationSettings" }, limitSettings: { ref: "TableVerticalLimitSettings" }, nCrossValidations: { mode: ["Auto", "Custom"], custom: "value" }, testData: "input", testDataSize: "number", validationData: "input", validationDataSize: "number", weightColumnName: "string", positiveLabel: "string", primaryMetric: { enum: ["AUCWeighted", "Accuracy", "NormMacroRecall", "AveragePrecisionScoreWeighted", "PrecisionScoreWeighted"] }, trainingSettings: { ref: "ClassificationTrainingSettings" } },
  TableVerticalFeaturizationSettings: { datasetLanguage: "string", blockedTransformers: { list: { enum: ["TextTargetEncoder", "OneHotEncoder", "CatTargetEncoder", "TfIdf", "WoETargetEncoder", "LabelEncoder", "WordEmbedding", "NaiveBayes", "CountVectorizer", "HashOneHotEncoder"] } }, columnNameAndTypes: "object", enableDnnFeaturization: "boolean", mode: { enum: ["Auto", "Custom", "Off"] }, transformerParams: "object" },
  TableVerticalLimitSettings: { enableEarlyTermination: "boolean", exitScore: "number", maxConcurrentTrials: "integer", maxCoresPerTrial: "integer", maxTrials: "integer", timeout: "duration", trialTimeout: "duration" },
  ClassificationTrainingSettings: { enableDnnTraining: "boolean", enableModelExplainability: "boolean", enableOnnxCompatibleModels: "boolean", enableStackEnsemble: "boolean", enableVoteEnsemble: "boolean", ensembleModelDownloadTimeout: "duration", stackEnsembleSettings: { ref: "StackEnsembleSettings" }, allowedTrainingAlgorithms: { list: { enum: ["LogisticRegression", "SGD", "MultinomialNaiveBayes", "BernoulliNaiveBayes", "SVM", "LinearSVM", "KNN", "DecisionTree", "RandomForest", "ExtremeRandomTrees", "LightGBM", "GradientBoosting", "XGBoostClassifier"] } }, blockedTrainingAlgorithms: { list: { enum: ["LogisticRegression", "SGD", "MultinomialNaiveBayes", "BernoulliNaiveBayes", "SVM", "LinearSVM", "KNN", "DecisionTree", "RandomForest", "ExtremeRandomTrees", "LightGBM", "GradientBoosting", "XGBoostClassifier"] } } },
  StackEnsembleSettings: { stackMetaLearnerKWargs: "any", stackMetaLearnerTrainPercentage: "number", stackMetaLearnerType: { enum: ["None", "LogisticRegression", "LogisticRegressionCV", "LightGBMClassifier", "ElasticNet", "ElasticNetCV", "LightGBMRegressor", "LinearRegression"] } },
  Forecasting: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", cvSplitColumnNames: { list: "string" }, featurizationSettings: { ref: "TableVerticalFeaturizationSettings" }, limitSettings: { ref: "TableVerticalLimitSettings" }, nCrossValidations: { mode: ["Auto", "Custom"], custom: "value" }, testData: "input", testDataSize: "number", validationData: "input", validationDataSize: "number", weightColumnName: "string", forecastingSettings: { ref: "ForecastingSettings" }, primaryMetric: { enum: ["SpearmanCorrelation", "NormalizedRootMeanSquaredError", "R2Score", "NormalizedMeanAbsoluteError"] }, trainingSettings: { ref: "ForecastingTrainingSettings" } },
  ForecastingSettings: { countryOrRegionForHolidays: "string", cvStepSize: "integer", featureLags: { enum: ["None", "Auto"] }, forecastHorizon: { mode: ["Auto", "Custom"], custom: "value" }, frequency: "string", seasonality: { mode: ["Auto", "Custom"], custom: "value" }, shortSeriesHandlingConfig: { enum: ["None", "Auto", "Pad", "Drop"] }, targetAggregateFunction: { enum: ["None", "Sum", "Max", "Min", "Mean"] }, targetLags: { mode: ["Auto", "Custom"], custom: "values" }, targetRollingWindowSize: { mode: ["Auto", "Custom"], custom: "value" }, timeColumnName: "string", timeSeriesIdColumnNames: { list: "string" }, useStl: { enum: ["None", "Season", "SeasonTrend"] } },
  ForecastingTrainingSettings: { enableDnnTraining: "boolean", enableModelExplainability: "boolean", enableOnnxCompatibleModels: "boolean", enableStackEnsemble: "boolean", enableVoteEnsemble: "boolean", ensembleModelDownloadTimeout: "duration", stackEnsembleSettings: { ref: "StackEnsembleSettings" }, allowedTrainingAlgorithms: { list: { enum: ["AutoArima", "Prophet", "Naive", "SeasonalNaive", "Average", "SeasonalAverage", "ExponentialSmoothing", "Arimax", "TCNForecaster", "ElasticNet", "GradientBoosting", "DecisionTree", "KNN", "LassoLars", "SGD", "RandomForest", "ExtremeRandomTrees", "LightGBM", "XGBoostRegressor"] } }, blockedTrainingAlgorithms: { list: { enum: ["AutoArima", "Prophet", "Naive", "SeasonalNaive", "Average", "SeasonalAverage", "ExponentialSmoothing", "Arimax", "TCNForecaster", "ElasticNet", "GradientBoosting", "DecisionTree", "KNN", "LassoLars", "SGD", "RandomForest", "ExtremeRandomTrees", "LightGBM", "XGBoostRegressor"] } } },
  ImageClassification: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", modelSettings: { ref: "ImageModelSettingsClassification" }, searchSpace: { list: { ref: "ImageModelDistributionSettingsClassification" } }, limitSettings: { ref: "ImageLimitSettings" }, sweepSettings: { ref: "ImageSweepSettings" }, validationData: "input", validationDataSize: "number", primaryMetric: { enum: ["AUCWeighted", "Accuracy", "NormMacroRecall", "AveragePrecisionScoreWeighted", "PrecisionScoreWeighted"] } },
  ImageModelSettingsClassification: { advancedSettings: "string", amsGradient: "boolean", augmentations: "string", beta1: "number", beta2: "number", checkpointFrequency: "integer", checkpointModel: { ref: "MLFlowModelJobInput" }, checkpointRunId: "string", distributed: "boolean", earlyStopping: "boolean", earlyStoppingDelay: "integer", earlyStoppingPatience: "integer", enableOnnxNormalization: "boolean", evaluationFrequency: "integer", gradientAccumulationStep: "integer", layersToFreeze: "integer", learningRate: "number", learningRateScheduler: { enum: ["None", "WarmupCosine", "Step"] }, modelName: "string", momentum: "number", nesterov: "boolean", numberOfEpochs: "integer", numberOfWorkers: "integer", optimizer: { enum: ["None", "Sgd", "Adam", "Adamw"] }, randomSeed: "integer", stepLRGamma: "number", stepLRStepSize: "integer", trainingBatchSize: "integer", validationBatchSize: "integer", warmupCosineLRCycles: "number", warmupCosineLRWarmupEpochs: "integer", weightDecay: "number", trainingCropSize: "integer", validationCropSize: "integer", validationResizeSize: "integer", weightedLoss: "integer" },
  MLFlowModelJobInput: { description: "string", jobInputType: { enum: ["literal", "uri_file", "uri_folder", "mltable", "custom_model", "mlflow_model", "triton_model"] }, mode: { enum: ["ReadOnlyMount", "ReadWriteMount", "Download", "Direct", "EvalMount", "EvalDownload"] }, uri: "string" },
  ImageModelDistributionSettingsClassification: { amsGradient: "string", augmentations: "string", beta1: "string", beta2: "string", distributed: "string", earlyStopping: "string", earlyStoppingDelay: "string", earlyStoppingPatience: "string", enableOnnxNormalization: "string", evaluationFrequency: "string", gradientAccumulationStep: "string", layersToFreeze: "string", learningRate: "string", learningRateScheduler: "string", modelName: "string", momentum: "string", nesterov: "string", numberOfEpochs: "string", numberOfWorkers: "string", optimizer: "string", randomSeed: "string", stepLRGamma: "string", stepLRStepSize: "string", trainingBatchSize: "string", validationBatchSize: "string", warmupCosineLRCycles: "string", warmupCosineLRWarmupEpochs: "string", weightDecay: "string", trainingCropSize: "string", validationCropSize: "string", validationResizeSize: "string", weightedLoss: "string" },
  ImageLimitSettings: { maxConcurrentTrials: "integer", maxTrials: "integer", timeout: "duration" },
  ImageSweepSettings: { earlyTermination: "policy", samplingAlgorithm: { enum: ["Grid", "Random", "Bayesian"] } },
  ImageClassificationMultilabel: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", modelSettings: { ref: "ImageModelSettingsClassification" }, searchSpace: { list: { ref: "ImageModelDistributionSettingsClassification" } }, limitSettings: { ref: "ImageLimitSettings" }, sweepSettings: { ref: "ImageSweepSettings" }, validationData: "input", validationDataSize: "number", primaryMetric: { enum: ["AUCWeighted", "Accuracy", "NormMacroRecall", "AveragePrecisionScoreWeighted", "PrecisionScoreWeighted", "IOU"] } },
  ImageInstanceSegmentation: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", modelSettings: { ref: "ImageModelSettingsObjectDetection" }, searchSpace: { list: { ref: "ImageModelDistributionSettingsObjectDetection" } }, limitSettings: { ref: "ImageLimitSettings" }, sweepSettings: { ref: "ImageSweepSettings" }, validationData: "input", validationDataSize: "number", primaryMetric: { enum: ["MeanAveragePrecision"] } },
  ImageModelSettingsObjectDetection: { advancedSettings: "string", amsGradient: "boolean", augmentations: "string", beta1: "number", beta2: "number", checkpointFrequency: "integer", checkpointModel: { ref: "MLFlowModelJobInput" }, checkpointRunId: "string", distributed: "boolean", earlyStopping: "boolean", earlyStoppingDelay: "integer", earlyStoppingPatience: "integer", enableOnnxNormalization: "boolean", evaluationFrequency: "integer", gradientAccumulationStep: "integer", layersToFreeze: "integer", learningRate: "number", learningRateScheduler: { enum: ["None", "WarmupCosine", "Step"] }, modelName: "string", momentum: "number", nesterov: "boolean", numberOfEpochs: "integer", numberOfWorkers: "integer", optimizer: { enum: ["None", "Sgd", "Adam", "Adamw"] }, randomSeed: "integer", stepLRGamma: "number", stepLRStepSize: "integer", trainingBatchSize: "integer", validationBatchSize: "integer", warmupCosineLRCycles: "number", warmupCosineLRWarmupEpochs: "integer", weightDecay: "number", boxDetectionsPerImage: "integer", boxScoreThreshold: "number", imageSize: "integer", maxSize: "integer", minSize: "integer", modelSize: { enum: ["None", "Small", "Medium", "Large", "ExtraLarge"] }, multiScale: "boolean", nmsIouThreshold: "number", tileGridSize: "string", tileOverlapRatio: "number", tilePredictionsNmsThreshold: "number", validationIouThreshold: "number", validationMetricType: { enum: ["None", "Coco", "Voc", "CocoVoc"] } },
  ImageModelDistributionSettingsObjectDetection: { amsGradient: "string", augmentations: "string", beta1: "string", beta2: "string", distributed: "string", earlyStopping: "string", earlyStoppingDelay: "string", earlyStoppingPatience: "string", enableOnnxNormalization: "string", evaluationFrequency: "string", gradientAccumulationStep: "string", layersToFreeze: "string", learningRate: "string", learningRateScheduler: "string", modelName: "string", momentum: "string", nesterov: "string", numberOfEpochs: "string", numberOfWorkers: "string", optimizer: "string", randomSeed: "string", stepLRGamma: "string", stepLRStepSize: "string", trainingBatchSize: "string", validationBatchSize: "string", warmupCosineLRCycles: "string", warmupCosineLRWarmupEpochs: "string", weightDecay: "string", boxDetectionsPerImage: "string", boxScoreThreshold: "string", imageSize: "string", maxSize: "string", minSize: "string", modelSize: "string", multiScale: "string", nmsIouThreshold: "string", tileGridSize: "string", tileOverlapRatio: "string", tilePredictionsNmsThreshold: "string", validationIouThreshold: "string", validationMetricType: "string" },
  ImageObjectDetection: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", modelSettings: { ref: "ImageModelSettingsObjectDetection" }, searchSpace: { list: { ref: "ImageModelDistributionSettingsObjectDetection" } }, limitSettings: { ref: "ImageLimitSettings" }, sweepSettings: { ref: "ImageSweepSettings" }, validationData: "input", validationDataSize: "number", primaryMetric: { enum: ["MeanAveragePrecision"] } },
  Regression: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", cvSplitColumnNames: { list: "string" }, featurizationSettings: { ref: "TableVerticalFeaturizationSettings" }, limitSettings: { ref: "TableVerticalLimitSettings" }, nCrossValidations: { mode: ["Auto", "Custom"], custom: "value" }, testData: "input", testDataSize: "number", validationData: "input", validationDataSize: "number", weightColumnName: "string", primaryMetric: { enum: ["SpearmanCorrelation", "NormalizedRootMeanSquaredError", "R2Score", "NormalizedMeanAbsoluteError"] }, trainingSettings: { ref: "RegressionTrainingSettings" } },
  RegressionTrainingSettings: { enableDnnTraining: "boolean", enableModelExplainability: "boolean", enableOnnxCompatibleModels: "boolean", enableStackEnsemble: "boolean", enableVoteEnsemble: "boolean", ensembleModelDownloadTimeout: "duration", stackEnsembleSettings: { ref: "StackEnsembleSettings" }, allowedTrainingAlgorithms: { list: { enum: ["ElasticNet", "GradientBoosting", "DecisionTree", "KNN", "LassoLars", "SGD", "RandomForest", "ExtremeRandomTrees", "LightGBM", "XGBoostRegressor"] } }, blockedTrainingAlgorithms: { list: { enum: ["ElasticNet", "GradientBoosting", "DecisionTree", "KNN", "LassoLars", "SGD", "RandomForest", "ExtremeRandomTrees", "LightGBM", "XGBoostRegressor"] } } },
  TextClassification: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", featurizationSettings: { ref: "NlpVerticalFeaturizationSettings" }, limitSettings: { ref: "NlpVerticalLimitSettings" }, validationData: "input", primaryMetric: { enum: ["AUCWeighted", "Accuracy", "NormMacroRecall", "AveragePrecisionScoreWeighted", "PrecisionScoreWeighted"] } },
  NlpVerticalFeaturizationSettings: { datasetLanguage: "string" },
  NlpVerticalLimitSettings: { maxConcurrentTrials: "integer", maxTrials: "integer", timeout: "duration" },
  TextClassificationMultilabel: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", featurizationSettings: { ref: "NlpVerticalFeaturizationSettings" }, limitSettings: { ref: "NlpVerticalLimitSettings" }, validationData: "input", primaryMetric: { enum: ["AUCWeighted", "Accuracy", "NormMacroRecall", "AveragePrecisionScoreWeighted", "PrecisionScoreWeighted", "IOU"] } },
  TextNer: { logVerbosity: { enum: ["NotSet", "Debug", "Info", "Warning", "Error", "Critical"] }, targetColumnName: "string", taskType: { enum: ["Classification", "Regression", "Forecasting", "ImageClassification", "ImageClassificationMultilabel", "ImageObjectDetection", "ImageInstanceSegmentation", "TextClassification", "TextClassificationMultilabel", "TextNER"] }, trainingData: "input", featurizationSettings: { ref: "NlpVerticalFeaturizationSettings" }, limitSettings: { ref: "NlpVerticalLimitSettings" }, validationData: "input", primaryMetric: { enum: ["AUCWeighted", "Accuracy", "NormMacroRecall", "AveragePrecisionScoreWeighted", "PrecisionScoreWeighted"] } }
};

// shared/jobs/automl-job.ts
var JOB_FIELDS = [...JOB_BASE_FIELDS, "compute", "environment", "environment_id", "environment_variables", "outputs", "resources", "identity", "services", "queue_settings"], AUTOML_TASK_NAMES = {
  classification: "Classification",
  regression: "Regression",
  forecasting: "Forecasting",
  image_classification: "ImageClassification",
  image_classification_multilabel: "ImageClassificationMultilabel",
  image_object_detection: "ImageObjectDetection",
  image_instance_segmentation: "ImageInstanceSegmentation",
  text_classification: "TextClassification",
  text_classification_multilabel: "TextClassificationMultilabel",
  text_ner: "TextNER"
}, TABULAR_TASKS = ["Classification", "Regression", "Forecasting"], RENAMES = {
  limits: "limitSettings",
  featurization: "featurizationSettings",
  training: "trainingSettings",
  forecasting: "forecastingSettings",
  sweep: "sweepSettings",
  training_parameters: "modelSettings",
  timeout_minutes: "timeout",
  trial_timeout_minutes: "trialTimeout",
  ensemble_model_download_timeout_minutes: "ensembleModelDownloadTimeout",
  stack_meta_learner_kwargs: "stackMetaLearnerKWargs"
}, TRANSFORMERS = { imputer: "Imputer", hash_one_hot_encoder: "HashOneHotEncoder", tfidf: "TfIdf", tf_idf: "TfIdf" }, SDK_ONLY_FIELDS = {
  training_mode: { enum: ["auto", "distributed", "non_distributed"] },
  max_nodes: "integer"
};
function normalized(text) {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function enumValue(value, values, where) {
  let text = typeof value == "string" ? value : scalarText(value, where), match = values.find((candidate) => normalized(candidate) === normalized(text));
  if (!match) throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not accepted; accepted: ${values.join(", ")}.`);
  return match;
}
function modeValue(value, field, where) {
  if (typeof value == "string" && normalized(value) === "auto") return { mode: "Auto" };
  if (!field.mode.includes("Custom") || !field.custom) throw new ConfigurationError(`${where}: accepted: auto.`);
  let numbers = (Array.isArray(value) ? value : [value]).every((item) => typeof item == "number" && Number.isInteger(item));
  if (field.custom === "values" && numbers) return { mode: "Custom", values: Array.isArray(value) ? value : [value] };
  if (field.custom === "value" && numbers && !Array.isArray(value)) return { mode: "Custom", value };
  throw new ConfigurationError(`${where}: expected auto or ${field.custom === "values" ? "a whole number or a list of whole numbers" : "a whole number"}, got ${JSON.stringify(value)}.`);
}
function checkSdkOnlyField(key, value, where) {
  let rule = SDK_ONLY_FIELDS[key];
  if (rule === void 0) return;
  if (rule === "integer") {
    scalar("integer", value, where, key);
    return;
  }
  let text = typeof value == "string" ? value.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase() : void 0;
  if (text === void 0 || !rule.enum.includes(text)) throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not accepted; accepted: ${rule.enum.join(", ")}.`);
}
function scalar(kind, value, where, key) {
  if (kind === "duration") {
    if (typeof value == "string") return value;
    if (typeof value != "number" || !Number.isInteger(value) || value <= 0) throw new ConfigurationError(`${where}: expected a whole number > 0, got ${JSON.stringify(value)}.`);
    return secondsToIsoDuration(key.endsWith("_minutes") ? value * 60 : value);
  }
  if (kind === "string") return typeof value == "string" ? value : scalarText(value, where);
  if (kind === "integer" && !(typeof value == "number" && Number.isInteger(value))) throw new ConfigurationError(`${where}: expected an integer, got ${JSON.stringify(value)}.`);
  if (kind === "number" && typeof value != "number") throw new ConfigurationError(`${where}: expected a number, got ${JSON.stringify(value)}.`);
  if (kind === "boolean" && typeof value != "boolean") throw new ConfigurationError(`${where}: expected true or false, got ${JSON.stringify(value)}.`);
  return value;
}
function distributionText(value, where) {
  if (!isMapping(value)) return typeof value == "string" ? value : scalarText(value, where);
  let type = optionalString(value, "type", where), literal = (item) => typeof item == "string" ? `'${item}'` : scalarText(item, where);
  if (type === "choice") {
    if (!Array.isArray(value.values)) throw new ConfigurationError(`${fieldPath(where, "values")}: required, a list.`);
    return `choice(${value.values.map(literal).join(",")})`;
  }
  let argumentsOf = {
    uniform: ["min_value", "max_value"],
    loguniform: ["min_value", "max_value"],
    quniform: ["min_value", "max_value", "q"],
    qloguniform: ["min_value", "max_value", "q"],
    normal: ["mu", "sigma"],
    lognormal: ["mu", "sigma"],
    qnormal: ["mu", "sigma", "q"],
    qlognormal: ["mu", "sigma", "q"],
    randint: ["upper"]
  }, names = type ? argumentsOf[type] : void 0;
  if (!names) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not a search space type; accepted: choice, ${Object.keys(argumentsOf).join(", ")}.`);
  return `${type}(${names.map((name) => scalarText(value[name], fieldPath(where, name))).join(",")})`;
}
function restName(fields, key) {
  let renamed = RENAMES[key];
  if (renamed !== void 0) return renamed in fields ? renamed : void 0;
  let camel = camelKey(key).toLowerCase();
  return Object.keys(fields).find((name) => name.toLowerCase() === camel);
}
function searchSpace(value, definition, where, walk) {
  let fields = AUTOML_OBJECTS[definition];
  return (Array.isArray(value) ? value : [value]).map((entry, index) => {
    let itemWhere = `${where}[${index}]`, result = {};
    for (let [key, item] of Object.entries(expectMapping(entry, itemWhere))) {
      let name = restName(fields, key);
      name === void 0 ? walk.dropped.push(fieldPath(itemWhere, key)) : result[name] = distributionText(item, fieldPath(itemWhere, key));
    }
    return result;
  });
}
function transformerParams(value, where) {
  let result = {};
  for (let [key, item] of Object.entries(expectMapping(value, where))) {
    let name = TRANSFORMERS[key.toLowerCase()] ?? key, transformers = Array.isArray(item) ? item : [item];
    result[name] = transformers.map((transformer, index) => {
      let mapping = expectMapping(transformer, `${fieldPath(where, key)}[${index}]`);
      return { ...mapping.fields !== void 0 ? { fields: mapping.fields } : {}, ...mapping.parameters !== void 0 ? { parameters: mapping.parameters } : {} };
    });
  }
  return result;
}
async function convertValue(field, value, where, key, walk) {
  if (typeof field == "string") {
    if (field === "input") {
      if (typeof value == "string" && walk.allowBindings) return value;
      let parsed = await parseInput(value, where, walk.ctx, walk.allowBindings);
      return restInput(parsed);
    }
    return field === "policy" ? parseEarlyTermination(expectMapping(value, where), where).rest : key === "transformer_params" ? transformerParams(value, where) : scalar(field, value, where, key);
  }
  if ("ref" in field) return convertObject(field.ref, expectMapping(value, where), where, walk);
  if ("enum" in field) return enumValue(value, field.enum, where);
  if ("mode" in field) return modeValue(value, field, where);
  let items = Array.isArray(value) ? value : [value], converted = [];
  for (let [index, item] of items.entries()) converted.push(await convertValue(field.list, item, `${where}[${index}]`, key, walk));
  return converted;
}
async function convertObject(definition, value, where, walk) {
  let fields = AUTOML_OBJECTS[definition], result = {};
  for (let [key, item] of Object.entries(value)) {
    if (item == null) continue;
    let itemWhere = fieldPath(where, key), space = key === "search_space" ? fields.searchSpace : void 0;
    if (space !== void 0 && typeof space == "object" && "list" in space && typeof space.list == "object" && "ref" in space.list) {
      result.searchSpace = searchSpace(item, space.list.ref, itemWhere, walk);
      continue;
    }
    let restKey = restName(fields, key), field = restKey === void 0 ? void 0 : fields[restKey];
    if (restKey === void 0 || !field) {
      checkSdkOnlyField(key, item, itemWhere), walk.dropped.push(itemWhere);
      continue;
    }
    result[restKey] = await convertValue(field, item, itemWhere, key, walk);
  }
  return result;
}
async function convertAutoMLTask(spec, jobFields, where, ctx, allowBindings) {
  let task = optionalString(spec, "task", where), taskType = task ? AUTOML_TASK_NAMES[task] : void 0;
  if (!taskType) throw new ConfigurationError(`${fieldPath(where, "task")}: ${JSON.stringify(task ?? null)} is not an AutoML task; accepted: ${Object.keys(AUTOML_TASK_NAMES).join(", ")}.`);
  let walk = { ctx, dropped: [], allowBindings }, settings = {};
  for (let [key, value] of Object.entries(spec)) !jobFields.includes(key) && key !== "task" && (settings[key] = value);
  if (settings.training_data === void 0 || settings.training_data === null) throw new ConfigurationError(`${fieldPath(where, "training_data")}: required, an mltable input (type: mltable, path: \u2026).`);
  if (TABULAR_TASKS.includes(taskType) && (settings.target_column_name === void 0 || settings.target_column_name === null))
    throw new ConfigurationError(`${fieldPath(where, "target_column_name")}: required for a ${task} task, the column the models predict.`);
  return { taskDetails: { taskType, ...await convertObject(AUTOML_TASKS[taskType], settings, where, walk) }, dropped: walk.dropped };
}
function convertAutoMLJob(spec, ctx, defaultExperimentName) {
  return namingJobFile(ctx, () => convertJob2(spec, ctx, defaultExperimentName));
}
async function convertJob2(spec, ctx, defaultExperimentName) {
  let { taskDetails, dropped } = await convertAutoMLTask(spec, JOB_FIELDS, "", ctx, !1);
  dropped.length > 0 && ctx.unsent?.push(...dropped.map((field) => `${field}: api-version ${AUTOML_API_VERSION} has no place for it in an AutoML ${String(taskDetails.taskType)} task (the SDK sends it through a preview api-version).`));
  let job = { jobType: "AutoML", ...jobBaseFields(spec, defaultExperimentName), taskDetails }, compute = optionalString(spec, "compute", "");
  compute !== void 0 && (job.computeId = resolveComputeId(ctx.scope, compute, "compute")), spec.environment !== void 0 && spec.environment !== null && (job.environmentId = await resolveEnvironment(spec.environment, "environment", ctx));
  let environmentId = optionalString(spec, "environment_id", "");
  environmentId !== void 0 && (job.environmentId = environmentId);
  let environmentVariables = optionalStringMap(spec, "environment_variables", "");
  environmentVariables && (job.environmentVariables = environmentVariables);
  let resources = optionalMapping(spec, "resources", "");
  resources && (job.resources = parseResources(resources, "resources"));
  let outputs2 = mapToRecord(parseOutputs(spec.outputs, "outputs", !1), (output, name) => restOutput(output, fieldPath("outputs", name), !0));
  outputs2 && (job.outputs = outputs2);
  let identity = parseIdentityField(spec, "");
  identity && (job.identity = identity);
  let services = parseServices(spec, "");
  services && (job.services = services);
  let queueSettings = parseQueueSettings(spec, "", ctx.unsent ?? []);
  return queueSettings && (job.queueSettings = queueSettings), job;
}

// shared/jobs/finetuning-job.ts
var FIELDS = [...JOB_BASE_FIELDS, "task", "model_provider", "model", "training_data", "validation_data", "hyperparameters", "outputs", "compute", "resources", "queue_settings"], TASKS2 = {
  chat_completion: "ChatCompletion",
  text_completion: "TextCompletion",
  text_classification: "TextClassification",
  question_answering: "QuestionAnswering",
  text_summarization: "TextSummarization",
  token_classification: "TokenClassification",
  text_translation: "TextTranslation",
  image_classification: "ImageClassification",
  image_instance_segmentation: "ImageInstanceSegmentation",
  image_object_detection: "ImageObjectDetection",
  video_multi_object_tracking: "VideoMultiObjectTracking"
}, PROVIDERS = { custom: "Custom", azure_openai: "AzureOpenAI" };
function chosen(table2, value, where) {
  let result = value === void 0 ? void 0 : table2[value.toLowerCase()];
  if (result === void 0) throw new ConfigurationError(`${where}: ${JSON.stringify(value ?? null)} is not accepted; accepted: ${Object.keys(table2).join(", ")}.`);
  return result;
}
async function dataInput(value, where, ctx) {
  let written = typeof value == "string" && !value.startsWith("azureml:") ? { type: "uri_file", path: value } : value;
  return restInput(await parseInput(written, where, ctx, !1));
}
function outputs(spec) {
  let written = optionalMapping(spec, "outputs", "");
  if (!written || Object.keys(written).length === 0) throw new ConfigurationError("outputs: required; a fine-tuning job names the model it registers (e.g. registered_model: {type: mlflow_model, name: <model name>}).");
  let result = {};
  for (let [name, item] of Object.entries(written)) {
    let where = fieldPath("outputs", name), output = expectMapping(item, where);
    rejectUnknownFields(output, ["type", "name", "version", "path", "mode", "description"], where);
    let type = optionalString(output, "type", where) ?? "mlflow_model";
    if (!OUTPUT_TYPES.includes(type)) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type)} is not accepted; accepted: ${OUTPUT_TYPES.join(", ")}.`);
    let rest = { jobOutputType: type };
    for (let [field, key] of [["name", "assetName"], ["version", "assetVersion"], ["path", "uri"], ["description", "description"]]) {
      let text = optionalString(output, field, where);
      text !== void 0 && (rest[key] = text);
    }
    result[name] = rest;
  }
  return result;
}
async function convertFineTuningJob(spec, ctx, defaultExperimentName) {
  if (rejectUnknownFields(spec, FIELDS, ""), spec.model === void 0 || spec.model === null) throw new ConfigurationError("model: required, the model to fine-tune (type: mlflow_model, path: azureml://registries/...).");
  if (spec.training_data === void 0 || spec.training_data === null) throw new ConfigurationError("training_data: required, a file (JSON lines) or a data asset.");
  let details = {
    modelProvider: chosen(PROVIDERS, optionalString(spec, "model_provider", ""), "model_provider"),
    taskType: chosen(TASKS2, optionalString(spec, "task", ""), "task"),
    model: restInput(await parseInput(spec.model, "model", ctx, !1)),
    trainingData: await dataInput(spec.training_data, "training_data", ctx)
  };
  spec.validation_data !== void 0 && spec.validation_data !== null && (details.validationData = await dataInput(spec.validation_data, "validation_data", ctx));
  let hyperParameters = optionalStringMap(spec, "hyperparameters", "");
  hyperParameters && (details.hyperParameters = hyperParameters);
  let job = { jobType: "FineTuning", ...jobBaseFields(spec, defaultExperimentName), fineTuningDetails: details, outputs: outputs(spec) }, compute = optionalString(spec, "compute", "");
  compute !== void 0 && (job.computeId = resolveComputeId(ctx.scope, compute, "compute"));
  let resources = optionalMapping(spec, "resources", "");
  if (resources) {
    rejectUnknownFields(resources, ["instance_types"], "resources");
    let types = resources.instance_types;
    if (!Array.isArray(types) || types.some((type) => typeof type != "string")) throw new ConfigurationError("resources.instance_types: expected a list of VM sizes.");
    job.resources = { instanceTypes: types };
  }
  let queueSettings = parseQueueSettings(spec, "");
  return queueSettings && (job.queueSettings = queueSettings), job;
}

// shared/jobs/arm-environment.ts
async function resolveEnvironmentArmId(value, where, ctx) {
  let reference = typeof value == "string" && value.startsWith("azureml:AzureML-") ? parseAssetReference(value, where) : void 0;
  return reference?.kind === "version" ? assetVersionArmId(ctx.scope, "environments", reference.name, reference.version) : reference?.kind === "latest" ? assetVersionArmId(ctx.scope, "environments", reference.name, await ctx.resolver.latestVersion("environments", reference.name)) : resolveEnvironment(value, where, ctx);
}

// shared/jobs/spark-job.ts
var SPARK_FIELDS = [
  "code",
  "entry",
  "py_files",
  "jars",
  "files",
  "archives",
  "conf",
  "args",
  "environment",
  "environment_variables",
  "resources",
  "compute",
  "identity",
  "inputs",
  "outputs",
  "driver_cores",
  "driver_memory",
  "executor_cores",
  "executor_memory",
  "executor_instances",
  "dynamic_allocation_enabled",
  "dynamic_allocation_min_executors",
  "dynamic_allocation_max_executors"
], SERVERLESS_INSTANCE_TYPES = ["standard_e4s_v3", "standard_e8s_v3", "standard_e16s_v3", "standard_e32s_v3", "standard_e64s_v3"], SERVERLESS_RUNTIMES = ["3.3", "3.4"], CONF_SHORTHANDS = {
  driver_cores: "spark.driver.cores",
  driver_memory: "spark.driver.memory",
  executor_cores: "spark.executor.cores",
  executor_memory: "spark.executor.memory",
  executor_instances: "spark.executor.instances",
  dynamic_allocation_enabled: "spark.dynamicAllocation.enabled",
  dynamic_allocation_min_executors: "spark.dynamicAllocation.minExecutors",
  dynamic_allocation_max_executors: "spark.dynamicAllocation.maxExecutors"
};
function stringList(spec, key, where) {
  let value = spec[key];
  if (value != null) {
    if (!Array.isArray(value) || value.some((item) => typeof item != "string")) throw new ConfigurationError(`${fieldPath(where, key)}: expected a list of paths (relative to code).`);
    return value;
  }
}
function parseEntry(spec, where) {
  let entry = expectMapping(spec.entry, fieldPath(where, "entry"));
  rejectUnknownFields(entry, ["file", "class_name"], fieldPath(where, "entry"));
  let file = optionalString(entry, "file", fieldPath(where, "entry"));
  return file ? { sparkJobEntryType: "SparkJobPythonEntry", file } : { sparkJobEntryType: "SparkJobScalaEntry", className: requiredString(entry, "class_name", fieldPath(where, "entry")) };
}
function sparkConf(spec, where) {
  let conf = {}, written = optionalMapping(spec, "conf", where);
  for (let [key, value] of Object.entries(written ?? {})) conf[key] = scalarText(value, fieldPath(fieldPath(where, "conf"), key)).replace(/^True$/, "true").replace(/^False$/, "false");
  for (let [field, key] of Object.entries(CONF_SHORTHANDS)) {
    let value = spec[field];
    value != null && (conf[key] = typeof value == "boolean" ? String(value) : scalarText(value, fieldPath(where, field)));
  }
  return Object.keys(conf).length > 0 ? conf : void 0;
}
function parseSparkResources(resources, where) {
  rejectUnknownFields(resources, ["instance_type", "runtime_version"], where);
  let instanceType = optionalString(resources, "instance_type", where);
  if (instanceType === void 0 || !SERVERLESS_INSTANCE_TYPES.includes(instanceType.toLowerCase()))
    throw new ConfigurationError(`${fieldPath(where, "instance_type")}: ${JSON.stringify(instanceType ?? null)} is not accepted; accepted: ${SERVERLESS_INSTANCE_TYPES.join(", ")}.`);
  let runtimeVersion = resources.runtime_version === void 0 || resources.runtime_version === null ? void 0 : scalarText(resources.runtime_version, fieldPath(where, "runtime_version"));
  if (runtimeVersion !== void 0 && !SERVERLESS_RUNTIMES.some((runtime) => runtimeVersion === runtime || runtimeVersion.startsWith(`${runtime}.`)))
    throw new ConfigurationError(`${fieldPath(where, "runtime_version")}: ${JSON.stringify(runtimeVersion)} is not accepted; accepted: ${SERVERLESS_RUNTIMES.join(", ")} (a patch number may follow, e.g. 3.4.0).`);
  return { instanceType, ...runtimeVersion ? { runtimeVersion } : {} };
}
function convertSparkJob(spec, ctx, defaultExperimentName) {
  return namingJobFile(ctx, () => convertJob3(spec, ctx, defaultExperimentName));
}
async function convertJob3(spec, ctx, defaultExperimentName) {
  rejectUnknownFields(spec, [...JOB_BASE_FIELDS, ...SPARK_FIELDS], "");
  let inputs = await parseInputs(spec.inputs, "inputs", ctx, !1), outputs2 = parseOutputs(spec.outputs, "outputs", !1), code = requiredString(spec, "code", ""), job = {
    jobType: "Spark",
    ...jobBaseFields(spec, defaultExperimentName),
    codeId: await resolveCode(code, "code", ctx),
    entry: parseEntry(spec, "")
  }, args = optionalString(spec, "args", "");
  args !== void 0 && (checkCommandReferences(args, new Set(inputs.keys()), new Set(outputs2.keys()), "args"), job.args = args);
  let conf = sparkConf(spec, "");
  conf && (job.conf = conf);
  for (let [field, key] of [["py_files", "pyFiles"], ["jars", "jars"], ["files", "files"], ["archives", "archives"]]) {
    let list = stringList(spec, field, "");
    list && (job[key] = list);
  }
  spec.environment !== void 0 && spec.environment !== null && (job.environmentId = await resolveEnvironmentArmId(spec.environment, "environment", ctx));
  let environmentVariables = optionalStringMap(spec, "environment_variables", "");
  environmentVariables && (job.environmentVariables = environmentVariables);
  let resources = optionalMapping(spec, "resources", "");
  resources && (job.resources = parseSparkResources(resources, "resources"));
  let compute = optionalString(spec, "compute", "");
  if (compute !== void 0 && (job.computeId = resolveComputeId(ctx.scope, compute, "compute")), !job.computeId && !job.resources) throw new ConfigurationError("resources: a Spark job needs compute (an attached Synapse Spark pool) or resources (instance_type and runtime_version for serverless Spark).");
  let identity = parseIdentityField(spec, "");
  identity && (job.identity = identity);
  let restInputs = mapToRecord(inputs, restInput);
  restInputs && (job.inputs = restInputs);
  let restOutputs = mapToRecord(outputs2, (output, name) => restOutput(output, fieldPath("outputs", name), !0));
  return restOutputs && (job.outputs = restOutputs), job;
}

// shared/jobs/job-request.ts
async function buildJobRequest(spec, ctx, resolver) {
  return namingJobFile({ origin: ctx.jobFile }, () => convertJobFile(spec, ctx, resolver));
}
async function convertJobFile(spec, ctx, resolver) {
  let type = jobTypeOf(spec, "type"), fileName = optionalString(spec, "name", ""), name = fileName !== void 0 ? validateJobName(fileName, ctx.jobFile !== void 0 ? `${ctx.jobFile}: name` : "name") : generateJobName(), notes = [], unsent = [], conversion = {
    scope: ctx,
    baseDir: ctx.jobFileDir,
    resolver,
    notes,
    unsent,
    ...ctx.containment ? { containment: ctx.containment } : {},
    ...ctx.jobFile !== void 0 ? { origin: ctx.jobFile } : {}
  }, convert = { command: convertCommandJob, pipeline: convertPipelineJob, sweep: convertSweepJob, automl: convertAutoMLJob, spark: convertSparkJob, finetuning: convertFineTuningJob }[type], properties = await convert(spec, conversion, ctx.defaultExperimentName);
  return { name, properties, notes, unsent };
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

// shared/steps/train-plan.ts
import path3 from "node:path";

// shared/jobs/step-plan.ts
var LONGEST_COMMAND = 160;
function describeSteps(jobs, components, componentId) {
  let lines = [], firstUser = /* @__PURE__ */ new Map(), visit = (steps, prefix) => {
    for (let [name, value] of Object.entries(steps ?? {})) {
      if (!isMapping(value)) continue;
      let step = `${prefix}${name}`, type = typeof value.type == "string" ? value.type : "command", id = stepComponentId(value);
      if (id === void 0) {
        lines.push(`Step ${step} (${type}): ${type === "automl" ? `AutoML ${String(value.task_type ?? value.taskType ?? "task")}, no component` : "no component"}`);
        continue;
      }
      let spec = components.get(id.replace(/^azureml:/, "")), seenAt = firstUser.get(id);
      if (seenAt !== void 0) {
        lines.push(`Step ${step} (${type}): component ${componentName(id)}, the same as step ${seenAt}`);
        continue;
      }
      if (firstUser.set(id, step), !spec) {
        lines.push(`Step ${step} (${type}): component ${componentName(id)} (registered; its command, environment and code are the ones registered)`);
        continue;
      }
      lines.push(`Step ${step} (${type}): component ${componentName(id)}`, ...componentDetails(spec)), spec.type === "pipeline" && isMapping(spec.jobs) && visit(spec.jobs, `${step}/`);
    }
  };
  if (componentId !== void 0) {
    let spec = components.get(componentId.replace(/^azureml:/, ""));
    spec ? lines.push(`Pipeline component: ${componentName(componentId)}`, ...componentDetails(spec)) : lines.push(`Pipeline component: ${componentName(componentId)} (registered; its steps are the ones registered)`), spec && isMapping(spec.jobs) && visit(spec.jobs, "");
  }
  return visit(jobs, ""), lines;
}
function stepComponentId(step) {
  return typeof step.componentId == "string" ? step.componentId : isMapping(step.trial) && typeof step.trial.componentId == "string" ? step.trial.componentId : void 0;
}
function componentDetails(spec) {
  let details = [];
  typeof spec.command == "string" && details.push(`  command: ${oneLine(spec.command)}`);
  let task = isMapping(spec.task) ? spec.task : void 0;
  task && details.push(`  task: ${[task.type, task.entry_script, task.program_arguments].filter((part) => typeof part == "string").map((part) => oneLine(part)).join(" ")}`), spec.type === "pipeline" && isMapping(spec.jobs) && details.push(`  steps: ${Object.keys(spec.jobs).join(", ")}`);
  for (let [label, value] of [["environment", spec.environment ?? task?.environment], ["code", spec.code ?? task?.code]])
    typeof value == "string" && details.push(`  ${label}: ${value.replace(/^azureml:(?=\/subscriptions\/)/, "")}`);
  return details;
}
function componentName(id) {
  if (id.includes("://registries/")) return id;
  let match = /\/components\/([^/]+)\/versions\/([^/]+)$/.exec(id.replace(/^azureml:/, ""));
  return match ? match[1] === ANONYMOUS_COMPONENT_NAME ? `anonymous ${match[2]}` : `${match[1]}:${match[2]}` : id;
}
function oneLine(text) {
  let collapsed = text.replace(/\s+/g, " ").trim();
  return collapsed.length > LONGEST_COMMAND ? `${collapsed.slice(0, LONGEST_COMMAND - 1)}\u2026` : collapsed;
}

// shared/steps/train-plan.ts
var JOB_TYPE_NAMES = { Command: "command", Pipeline: "pipeline", Sweep: "sweep", AutoML: "automl", Spark: "spark", FineTuning: "finetuning" }, GENERATED_NAME = "<generated at submission>";
async function planTrain(job, workspace, host, services, build, webhookUrl) {
  let container = await services.openBlobDatastore(workspace, host).then(
    (datastore) => datastore.container,
    (error) => {
      host.warning(`The datastore could not be read, so the plan cannot tell whether local inputs are already uploaded: ${errorMessage(error)}`);
    }
  ), containment = { roots: host.workspaceRoots }, resolver = containedResolver(
    createPlanningResolver(workspace, {
      latestVersion: (type, name) => services.latestAssetVersion(workspace.client, workspace, type, name),
      checks: services.workspacePlanningChecks(workspace.client, workspace, container),
      containment,
      signal: host.cancellation
    }),
    containment,
    job.path
  ), request = await build(resolver), computes = await checkComputes(workspace, request, host, services), named = typeof job.spec.name == "string", lines = [
    "Dry run: nothing is uploaded, registered or submitted.",
    `Job: ${JOB_TYPE_NAMES[request.properties.jobType] ?? request.properties.jobType} job in experiment ${request.properties.experimentName ?? job.defaultExperimentName}`,
    named ? `Name: ${request.name} (from the job file)` : "Name: generated at submission, <adjective>_<noun>_<10 letters or digits> as the CLI does; set `name:` in the job file to fix it",
    ...computes,
    ...pipelineSteps(request, resolver.actions),
    ...resolver.actions.map((action) => describeAction(action, job.dir)),
    ...referencedAssets([request.properties, ...resolver.actions.map((action) => action.componentSpec)]),
    ...(request.unsent ?? []).map((field) => `Not sent (warned at submission): ${field}`),
    ...(request.notes ?? []).map((note) => `Not sent: ${note}`)
  ], url = jobUrl(workspace.armEndpoint, workspace, named ? request.name : GENERATED_NAME, jobApiVersion(request.properties)).replace(encodeURIComponent(GENERATED_NAME), GENERATED_NAME), body = JSON.stringify({ properties: request.properties }, null, 2);
  host.untrusted(lines.join(`
`)), await host.group(`Request: PUT ${url}`, async () => host.untrusted(body)), host.setOutput("status", "DryRun");
  let markdown = `${lines.slice(1).map((line) => `- ${escapeMarkdown(line)}`).join(`
`)}

<details><summary>Request: PUT ${escapeMarkdown(url)}</summary>

${codeBlock(body, "json")}

</details>`, headline = named ? `dry run of job ${request.name}` : "dry run of a new job";
  await services.publishEvent(host, createEvent("train", host.context, { outcome: "planned", headline, subject: named ? { job: request.name } : {} }), markdown, webhookUrl);
}
function pipelineSteps(request, actions) {
  if (request.properties.jobType !== "Pipeline") return [];
  let components = /* @__PURE__ */ new Map();
  for (let action of actions) action.action === "register-component" && action.componentSpec && components.set(action.target, action.componentSpec);
  return describeSteps(request.properties.jobs, components, request.properties.componentId ?? void 0);
}
function describeAction(action, baseDir) {
  let source = path3.isAbsolute(action.source) ? path3.relative(baseDir, action.source) || "." : action.source, size = action.files !== void 0 ? `${action.files} ${action.files === 1 ? "file" : "files"}, ${formatBytes(action.bytes ?? 0)}` : "", reuse = action.exists === !0 ? "reused (already in the workspace)" : action.exists === !1 ? "would be" : "would be (not checked)";
  switch (action.action) {
    case "upload-code":
      return `Code ${source} (${size}): ${action.exists ? `${reuse}, nothing uploaded` : `${reuse} uploaded`} \u2192 ${action.target}`;
    case "upload-input":
      return `Input ${source} (${size}): ${action.exists ? `${reuse}, nothing uploaded` : `${reuse} uploaded`} \u2192 ${action.target}`;
    case "register-environment":
      return `Environment from image ${source}: ${action.exists ? reuse : `${reuse} registered`} \u2192 ${action.target}`;
    case "register-component":
      return `Component for \`${source}\`: ${action.exists ? reuse : `${reuse} registered`} \u2192 ${action.target}`;
    case "upload-build-context":
      return `Build context ${source} (${size}): would be uploaded \u2192 ${action.target}`;
    case "resolve-latest":
      return `Asset ${source} \u2192 ${action.target}`;
  }
}
var ASSET_KEYS = /* @__PURE__ */ new Set(["environmentId", "environment", "uri", "path"]);
function referencedAssets(parts) {
  let seen = /* @__PURE__ */ new Set(), visit = (value, key) => {
    if (typeof value == "string") {
      let id = value.replace(/^azureml:/, "");
      ASSET_KEYS.has(key) && /^\/subscriptions\/.*\/(environments|data|models)\/[^/]+\/versions\/[^/]+$/.test(id) && !id.includes("/CliV2AnonymousEnvironment/") && seen.add(id);
      return;
    }
    if (value && typeof value == "object") for (let [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  for (let part of parts) visit(part, "");
  return [...seen].sort().map((id) => {
    let [, type, name, version] = /\/(environments|data|models)\/([^/]+)\/versions\/([^/]+)$/.exec(id);
    return `Asset ${type === "environments" ? "environment" : type === "data" ? "data" : "model"} ${name}:${version} \u2192 ${id}`;
  });
}
async function checkComputes(workspace, request, host, services) {
  let ids = /* @__PURE__ */ new Set(), visit = (value, key) => {
    if (typeof value == "string" && (key === "computeId" || key === "default_compute")) ids.add(value);
    else if (value && typeof value == "object") for (let [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  if (visit(request.properties, ""), ids.size === 0) return ["Compute: none named; Azure ML picks the workspace's default (serverless) compute"];
  let lines = [];
  for (let id of [...ids].sort()) {
    if (id.includes("${{")) {
      lines.push(`Compute: ${id}, a pipeline input, checked when the job runs`);
      continue;
    }
    let name = id.split("/").pop(), type = await services.computeType(workspace, name);
    if (type === void 0) {
      let known = await services.computeNames(workspace);
      throw new ConfigurationError(
        `Compute '${name}' does not exist in workspace '${workspace.workspaceName}' (set by input '${host.inputLabel("compute")}' or the job file); it has ${known.length > 0 ? known.join(", ") : "no computes"}.`
      );
    }
    lines.push(`Compute: ${name} (${type}, exists)`);
  }
  return lines;
}
function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// shared/steps/train-run.ts
var MAX_POLL_INTERVAL_MS = 6e4, FINAL_READ_PATIENCE_MS = 6e4;
async function runTrain(inputs, host, services) {
  if (inputs["attach-job"] && inputs["job-file"])
    throw new ConfigurationError(`Set either input '${host.inputLabel("job-file")}' or '${host.inputLabel("attach-job")}', not both.`);
  if (!inputs["attach-job"] && !inputs["job-file"])
    throw new ConfigurationError(`Input '${host.inputLabel("job-file")}' is required unless '${host.inputLabel("attach-job")}' is set: expected the path of a job YAML file.`);
  let spec = inputs["job-file"] ? await readJobSpec(inputs, host) : void 0, workspace = await connectWorkspace(inputs, host, services.connectWorkspace);
  if (inputs["dry-run"]) {
    if (!spec) throw new ConfigurationError(`Input '${host.inputLabel("dry-run")}' plans a submission; it does not apply to '${host.inputLabel("attach-job")}'.`);
    return planTrain(spec, workspace, host, services, (resolver) => buildRequest(spec, workspace, resolver, { roots: host.workspaceRoots }), inputs["webhook-url"]);
  }
  let job = spec ? await submit(spec, inputs, workspace, host, services) : await withInputNames(host, { jobName: "attach-job" }, () => services.findJob(workspace, inputs["attach-job"])), jobName = job.name, url = studioUrl(job, workspace);
  if (host.setOutput("job-name", jobName), host.setOutput("studio-url", url), host.info(`${spec ? "Submitted" : "Attached to"} job ${jobName}: ${url}`), !inputs.wait) {
    let status2 = job.properties.status ?? "NotStarted";
    host.setOutput("status", status2), await report(host, services, inputs, event(host, "succeeded", `job ${jobName} submitted; not waiting (status ${status2})`, job, url), `${jobFacts({ jobName, status: status2, studioUrl: url })}

${resumeHint(host, jobName)}`);
    return;
  }
  let tracking = await services.trackingEndpoints(workspace.client, workspace), logs = new JobLogTail(), end = await host.group(`Job ${jobName}`, () => follow(workspace, tracking, jobName, logs, inputs, host, services)), finished = end.reason === "unreadable" ? void 0 : await readFinalJob(workspace, jobName, host, services), status = end.reason === "finished" ? end.status : finished?.properties.status ?? end.status;
  host.setOutput("status", status);
  let modelUri = status === "Completed" && finished ? modelOutputUri(finished) : void 0;
  modelUri && host.setOutput("model-uri", modelUri);
  let subject = finished ?? job, facts = jobFacts({ jobName, status, studioUrl: url, experiment: subject.properties.experimentName, modelUri });
  if (end.reason === "cancelled")
    throw await report(host, services, inputs, event(host, "cancelled", `run cancelled; job ${jobName} cancelled`, subject, url), facts), new ServiceError(`The run was cancelled; job ${jobName} was cancelled too.`);
  if (end.reason === "timeout") {
    let what = end.cancelled ? "and was cancelled." : `and is still running. ${resumeHint(host, jobName)}`;
    throw await report(host, services, inputs, event(host, "failed", `job ${jobName} timed out`, subject, url), `${facts}

${end.cancelled ? "" : `${resumeHint(host, jobName)}

`}${failureDetails(void 0, logs.tail())}`), new ServiceError(`Job ${jobName} did not finish within ${inputs["timeout-minutes"]} minutes ${what}`);
  }
  if (end.reason === "unreadable") {
    let reason = errorMessage(end.error), what = end.cancelled ? "it was cancelled." : end.cancelError ? `cancelling it failed too (${errorMessage(end.cancelError)}); it may still be running. ${resumeHint(host, jobName)}` : `it was left running. ${resumeHint(host, jobName)}`;
    throw await report(host, services, inputs, event(host, "failed", `job ${jobName} could not be followed`, subject, url), `${facts}

**Error:** ${escapeMarkdown(reason)}

${end.cancelled ? "" : `${resumeHint(host, jobName)}

`}${failureDetails(void 0, logs.tail())}`), new ServiceError(`${reason} Job ${jobName} could not be followed; ${what}`);
  }
  if (status !== "Completed") {
    let message = await jobError(workspace, tracking, jobName, services);
    throw await report(host, services, inputs, event(host, "failed", `job ${jobName} ended ${status}`, subject, url), `${facts}

${failureDetails(message, logs.tail())}`), new ServiceError(`Job ${jobName} ended ${status}${message ? `: ${message}` : "."}`);
  }
  let metrics = await withInputNames(host, { metricsStep: "metrics-step" }, () => services.jobMetrics(workspace.client, tracking, subject, inputs["metrics-step"]));
  host.setOutput("metrics", JSON.stringify(metrics));
  let evidence = { metrics, ...modelUri ? { modelUri } : {} };
  await report(host, services, inputs, event(host, "succeeded", `job ${jobName} completed`, subject, url, evidence), `${facts}

${metricsTable(metrics)}`);
}
function resumeHint(host, jobName) {
  return `To wait for it again, run this step with \`${host.inputLabel("attach-job")}: ${jobName}\`.`;
}
async function readFinalJob(workspace, jobName, host, services) {
  try {
    return await services.readJobPatiently(workspace, jobName, { log: host, signal: new AbortController().signal, deadline: Date.now() + FINAL_READ_PATIENCE_MS });
  } catch (error) {
    host.warning(`The job's final state could not be read: ${errorMessage(error)}`);
    return;
  }
}
async function readJobSpec(inputs, host) {
  let file = await loadJobFile(inputs["job-file"]), withSet = applySetOverrides(file.spec, inputs.set), tags = await withInputNames(host, { tags: "tags" }, () => parseTagLines(inputs.tags));
  return { spec: applyNamedOverrides(withSet, {
    experimentName: inputs["experiment-name"],
    compute: inputs.compute,
    displayName: inputs["display-name"],
    tags: { ...lineageTags(host.context), ...tags }
  }), path: file.path, dir: file.dir, defaultExperimentName: path4.basename(process.cwd()) };
}
async function buildRequest(spec, workspace, resolver, containment) {
  return buildJobRequest(spec.spec, { ...workspace, jobFileDir: spec.dir, jobFile: spec.path, containment, defaultExperimentName: spec.defaultExperimentName }, resolver);
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
  let request = await buildRequest(spec, workspace, resolver, containment);
  for (let note of request.notes ?? []) host.untrusted(`Not sent: ${note}`);
  for (let field of request.unsent ?? []) host.warning(`Not sent: ${field}`);
  return services.submitJobRequest(workspace.client, workspace.armEndpoint, workspace, request, host.cancellation);
}
function follow(workspace, tracking, jobName, logs, inputs, host, services) {
  let logsAvailable = !0;
  return watchJob(
    {
      readStatus: async (deadline) => (await services.readJobPatiently(workspace, jobName, { log: host, signal: host.cancellation, deadline })).properties.status ?? "Unknown",
      followLogs: async (final) => {
        if (logsAvailable)
          try {
            printJobLog(host, await logs.poll(await services.runDetails(workspace.client, tracking, jobName)));
          } catch (error) {
            logsAvailable = !1, host.warning(`Log streaming stopped: ${errorMessage(error)}`);
          }
        final && printJobLog(host, logs.flush());
      },
      onStatus: (status) => host.info(`[amlops] job ${jobName}: ${status}`),
      cancel: async () => {
        host.info(`[amlops] cancelling job ${jobName}`), await services.cancelJob(workspace, jobName, host);
      }
    },
    {
      initialIntervalMs: inputs["poll-interval-seconds"] * 1e3,
      maxIntervalMs: MAX_POLL_INTERVAL_MS,
      timeoutMs: inputs["timeout-minutes"] * 6e4,
      cancelOnTimeout: inputs["cancel-on-timeout"]
    },
    host.cancellation
  );
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
