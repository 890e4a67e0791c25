import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  checkYamlSize,
  parseBoundedYaml,
  require_dist
} from "./chunk-OLHYQTNE.mjs";
import {
  assetVersionArmId,
  parseAssetReference,
  resolveComputeId
} from "./chunk-CAGLI65L.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import {
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// shared/jobs/spec-fields.ts
function isMapping(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function fieldPath(parent, key) {
  return parent ? `${parent}.${key}` : key;
}
function describe(value) {
  return value == null ? "nothing" : Array.isArray(value) ? "a list" : isMapping(value) ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}
function expectMapping(value, path4) {
  if (!isMapping(value)) throw new ConfigurationError(`${path4}: expected a mapping, got ${describe(value)}.`);
  return value;
}
function rejectUnknownFields(mapping, allowed, path4) {
  for (let key of Object.keys(mapping))
    if (!allowed.includes(key))
      throw new ConfigurationError(
        `${fieldPath(path4, key)}: field not supported in this job file; supported here: ${allowed.filter((k) => !k.startsWith("$")).join(", ")}.`
      );
}
function optionalString(mapping, key, path4) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "string") throw new ConfigurationError(`${fieldPath(path4, key)}: expected a string, got ${describe(value)}.`);
    return value;
  }
}
function requiredString(mapping, key, path4) {
  let value = optionalString(mapping, key, path4);
  if (value === void 0 || value.trim() === "") throw new ConfigurationError(`${fieldPath(path4, key)}: required, and must be a non-empty string.`);
  return value;
}
function optionalInteger(mapping, key, path4, min = 0) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "number" || !Number.isInteger(value) || value < min)
      throw new ConfigurationError(`${fieldPath(path4, key)}: expected an integer \u2265 ${min}, got ${describe(value)}.`);
    return value;
  }
}
function optionalBoolean(mapping, key, path4) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "boolean") throw new ConfigurationError(`${fieldPath(path4, key)}: expected true or false, got ${describe(value)}.`);
    return value;
  }
}
function scalarText(value, path4) {
  if (typeof value == "string") return value;
  if (typeof value == "boolean") return value ? "True" : "False";
  if (typeof value == "number" && Number.isFinite(value)) return String(value);
  throw new ConfigurationError(`${path4}: expected a string, number or boolean, got ${describe(value)}.`);
}
function optionalStringMap(mapping, key, path4) {
  let value = mapping[key];
  if (value == null) return;
  let map = expectMapping(value, fieldPath(path4, key)), result = {};
  for (let [name, item] of Object.entries(map))
    result[name] = item === null ? "" : scalarText(item, fieldPath(fieldPath(path4, key), name));
  return result;
}
function optionalMapping(mapping, key, path4) {
  let value = mapping[key];
  if (value != null)
    return expectMapping(value, fieldPath(path4, key));
}

// shared/jobs/job-file.ts
var import_yaml = __toESM(require_dist());
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
var JOB_TYPES = ["command", "pipeline"];
function jobTypeOf(spec, source) {
  let type = spec.type ?? "command";
  if (typeof type != "string" || !JOB_TYPES.includes(type))
    throw new ConfigurationError(`${source}: job type ${JSON.stringify(type)} is not supported; accepted types: ${JOB_TYPES.join(", ")}.`);
  return type;
}
async function parseYamlFile(filePath) {
  let text;
  try {
    checkYamlSize((await stat(filePath)).size, filePath), text = await readFile(filePath, "utf8");
  } catch (error) {
    throw error instanceof ConfigurationError ? error : new ConfigurationError(`Cannot read the job file ${filePath}: ${errorMessage(error)}`);
  }
  return parseBoundedYaml(text, filePath);
}
async function loadJobFile(filePath) {
  let absolute = path.resolve(filePath), spec = await parseYamlFile(absolute);
  if (!isMapping(spec))
    throw new ConfigurationError(`${absolute}: a job file must be a YAML mapping (keys such as command, environment, compute), not ${Array.isArray(spec) ? "a list" : typeof spec}.`);
  return { path: absolute, dir: path.dirname(absolute), type: jobTypeOf(spec, absolute), spec };
}
function parseOverrideValue(raw) {
  if (raw === "") return "";
  try {
    let value = (0, import_yaml.parse)(raw);
    return value === null || typeof value != "object" ? value : raw;
  } catch {
    return raw;
  }
}
function cloneMapping(spec) {
  return structuredClone(spec);
}
var REFUSED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function setPath(spec, keyPath, value, line) {
  let keys = keyPath.split(".");
  if (keys.some((key) => key.trim() === ""))
    throw new ConfigurationError(`set: ${JSON.stringify(line)} has an empty key; write key.path=value, e.g. inputs.learning_rate=0.01.`);
  let refused = keys.find((key) => REFUSED_KEYS.has(key.trim()));
  if (refused) throw new ConfigurationError(`set: ${JSON.stringify(line)} uses the key ${JSON.stringify(refused)}, which is not a job field.`);
  let node = spec, walked = "";
  for (let key of keys.slice(0, -1)) {
    walked = fieldPath(walked, key);
    let next = Object.hasOwn(node, key) ? node[key] : void 0;
    if (next == null)
      node[key] = {};
    else if (!isMapping(next))
      throw new ConfigurationError(`set: cannot set ${keyPath} because ${walked} is not a mapping.`);
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}
function applySetOverrides(spec, lines) {
  let result = cloneMapping(spec);
  for (let line of lines) {
    if (line.trim() === "") continue;
    let equals = line.indexOf("=");
    if (equals <= 0) throw new ConfigurationError(`set: ${JSON.stringify(line)} is not key.path=value (e.g. compute=azureml:gpu-cluster).`);
    setPath(result, line.slice(0, equals).trim(), parseOverrideValue(line.slice(equals + 1).trim()), line);
  }
  return result;
}
function applyNamedOverrides(spec, overrides) {
  let result = cloneMapping(spec);
  if (overrides.experimentName && (result.experiment_name = overrides.experimentName), overrides.compute && (result.compute = overrides.compute), overrides.displayName && (result.display_name = overrides.displayName), overrides.tags && Object.keys(overrides.tags).length > 0) {
    let existing = result.tags;
    if (existing != null && !isMapping(existing)) throw new ConfigurationError("tags: expected a mapping in the job file.");
    result.tags = { ...existing ?? {}, ...overrides.tags };
  }
  return result;
}

// shared/jobs/command-parts.ts
var import_yaml2 = __toESM(require_dist());
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import path3 from "node:path";

// shared/jobs/job-io.ts
import { stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
var DATA_INPUT_TYPES = ["uri_file", "uri_folder", "mltable", "mlflow_model", "custom_model", "triton_model"], OUTPUT_TYPES = DATA_INPUT_TYPES, INPUT_MODES = {
  ro_mount: "ReadOnlyMount",
  rw_mount: "ReadWriteMount",
  download: "Download",
  direct: "Direct",
  eval_mount: "EvalMount",
  eval_download: "EvalDownload"
}, OUTPUT_MODES = { rw_mount: "ReadWriteMount", upload: "Upload" }, REMOTE_SCHEMES = ["https", "http", "wasbs", "wasb", "abfss", "abfs", "adl", "azureml"], BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;
function bindingsIn(text) {
  return [...text.matchAll(BINDING)].map((match) => match[1]);
}
function literalTypeOf(value) {
  return typeof value == "boolean" ? "boolean" : typeof value == "number" ? Number.isInteger(value) ? "integer" : "number" : "string";
}
function isLocalPath(value) {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) || /^[a-zA-Z]:[\\/]/.test(value);
}
function modelOrData(type) {
  return type.endsWith("_model") ? "models" : "data";
}
async function localInputUri(value, type, where, ctx) {
  if (type !== "uri_file" && type !== "uri_folder" && type !== "mltable")
    throw new ConfigurationError(`${where}: a local path is not supported for type ${type}; register the model and use azureml:<name>:<version>.`);
  let absolute = path2.resolve(ctx.baseDir, value), info = await stat2(absolute).catch(() => {
  });
  if (!info) throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  if (type === "uri_file" && !info.isFile()) throw new ConfigurationError(`${where}: type uri_file needs a file, but ${absolute} is a directory.`);
  if (type !== "uri_file" && !info.isDirectory()) throw new ConfigurationError(`${where}: type ${type} needs a folder, but ${absolute} is a file.`);
  return ctx.resolver.inputUri(absolute, type);
}
async function resolveInputPath(value, type, where, ctx) {
  let reference = parseAssetReference(value, where);
  if (reference) {
    let assetType = modelOrData(type);
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
  if (isLocalPath(value)) return localInputUri(value, type, where, ctx);
  let scheme = value.slice(0, value.indexOf(":"));
  if (!REMOTE_SCHEMES.includes(scheme.toLowerCase()))
    throw new ConfigurationError(`${where}: URI scheme "${scheme}" is not supported; accepted: azureml:, ${REMOTE_SCHEMES.filter((s) => s !== "azureml").join(", ")} or a local path.`);
  return value;
}
function dataType(value, where, fallback, accepted) {
  if (value == null) return fallback;
  if (typeof value != "string" || !accepted.includes(value))
    throw new ConfigurationError(`${where}: type ${JSON.stringify(value)} is not supported; accepted: ${accepted.join(", ")}.`);
  return value;
}
function deliveryMode(value, where, modes) {
  if (value === void 0) return;
  let mode = modes[value];
  if (!mode) throw new ConfigurationError(`${where}: mode ${JSON.stringify(value)} is not supported; accepted: ${Object.keys(modes).join(", ")}.`);
  return mode;
}
async function parseInput(value, where, ctx, allowBindings) {
  if (value == null) throw new ConfigurationError(`${where}: an input needs a value or a mapping with type and path.`);
  if (!isMapping(value)) {
    let text = scalarText(value, where);
    if (typeof value == "string" && bindingsIn(value).length > 0) {
      if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
      return { kind: "binding", value: text };
    }
    return { kind: "literal", value: text, literalType: literalTypeOf(value) };
  }
  rejectUnknownFields(value, ["type", "path", "mode", "description"], where);
  let type = dataType(value.type, fieldPath(where, "type"), "uri_folder", DATA_INPUT_TYPES), rawPath = optionalString(value, "path", where);
  if (rawPath === void 0) throw new ConfigurationError(`${fieldPath(where, "path")}: required for an input of type ${type}.`);
  let mode = deliveryMode(optionalString(value, "mode", where), fieldPath(where, "mode"), INPUT_MODES), description = optionalString(value, "description", where);
  if (bindingsIn(rawPath).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${fieldPath(where, "path")}: binding ${JSON.stringify(rawPath)} is only valid inside a pipeline job.`);
    return { kind: "binding", value: rawPath };
  }
  let uri = await resolveInputPath(rawPath, type, fieldPath(where, "path"), ctx);
  return { kind: "data", type, uri, mode, description };
}
function parseOutput(value, where, allowBindings) {
  if (value == null) return { kind: "data", type: "uri_folder", configured: !1 };
  if (typeof value == "string" && bindingsIn(value).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
    return { kind: "binding", value };
  }
  let mapping = expectMapping(value, where);
  rejectUnknownFields(mapping, ["type", "mode", "path", "description"], where);
  let type = dataType(mapping.type, fieldPath(where, "type"), "uri_folder", OUTPUT_TYPES), mode = deliveryMode(optionalString(mapping, "mode", where), fieldPath(where, "mode"), OUTPUT_MODES), uri = optionalString(mapping, "path", where);
  if (uri !== void 0 && isLocalPath(uri))
    throw new ConfigurationError(`${fieldPath(where, "path")}: an output path must be remote (azureml://datastores/<name>/paths/<path>), not the local path ${JSON.stringify(uri)}.`);
  return { kind: "data", type, mode, uri, description: optionalString(mapping, "description", where), configured: !0 };
}
async function parseInputs(value, where, ctx, allowBindings) {
  let result = /* @__PURE__ */ new Map();
  if (value == null) return result;
  for (let [name, item] of Object.entries(expectMapping(value, where)))
    result.set(name, await parseInput(item, fieldPath(where, name), ctx, allowBindings));
  return result;
}
function parseOutputs(value, where, allowBindings) {
  let result = /* @__PURE__ */ new Map();
  if (value == null) return result;
  for (let [name, item] of Object.entries(expectMapping(value, where)))
    result.set(name, parseOutput(item, fieldPath(where, name), allowBindings));
  return result;
}
function restInput(input) {
  switch (input.kind) {
    case "literal":
    case "binding":
      return { jobInputType: "literal", value: input.value };
    case "data":
      return {
        jobInputType: input.type,
        uri: input.uri,
        ...input.mode ? { mode: input.mode } : {},
        ...input.description ? { description: input.description } : {}
      };
  }
}
function restOutput(output, where) {
  if (output.kind === "binding") throw new ConfigurationError(`${where}: binding ${JSON.stringify(output.value)} is only valid inside a pipeline step.`);
  return {
    jobOutputType: output.type,
    ...output.mode ? { mode: output.mode } : {},
    ...output.uri ? { uri: output.uri } : {},
    ...output.description ? { description: output.description } : {}
  };
}
function mapToRecord(map, convert) {
  if (map.size === 0) return;
  let result = {};
  for (let [name, item] of map) result[name] = convert(item, name);
  return result;
}

// shared/jobs/command-parts.ts
var COMMAND_FIELDS = [
  "command",
  "code",
  "environment",
  "compute",
  "inputs",
  "outputs",
  "environment_variables",
  "resources",
  "distribution",
  "limits",
  "identity"
];
async function resolveCode(value, where, ctx) {
  let reference = parseAssetReference(value, where);
  if (reference) {
    if (reference.kind === "armId") return reference.id;
    if (reference.kind === "uri") return reference.uri;
    if (reference.kind === "version") return assetVersionArmId(ctx.scope, "codes", reference.name, reference.version);
    throw new ConfigurationError(`${where}: code @latest is not supported; use azureml:<name>:<version> or a local folder.`);
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value) || value.startsWith("git+"))
    throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not supported; code must be a local folder or azureml:<name>:<version>.`);
  let absolute = path3.resolve(ctx.baseDir, value);
  if (!await stat3(absolute).catch(() => {
  }))
    throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  return ctx.resolver.codeId(absolute);
}
async function condaFileText(value, where, baseDir) {
  if (isMapping(value)) return (0, import_yaml2.stringify)(value);
  if (typeof value != "string" || value === "") throw new ConfigurationError(`${where}: expected a path to a conda YAML file or an inline mapping.`);
  let absolute = path3.resolve(baseDir, value);
  try {
    return await readFile2(absolute, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${where}: cannot read ${absolute}: ${errorMessage(error)}`);
  }
}
async function resolveEnvironment(value, where, ctx) {
  if (typeof value == "string") {
    let reference = parseAssetReference(value, where);
    if (!reference)
      throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not an environment; accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., or a mapping with image (and conda_file).`);
    switch (reference.kind) {
      case "armId":
        return reference.id;
      case "uri":
        return reference.uri;
      case "version":
        return assetVersionArmId(ctx.scope, "environments", reference.name, reference.version);
      case "latest":
        return assetVersionArmId(ctx.scope, "environments", reference.name, await ctx.resolver.latestVersion("environments", reference.name));
    }
  }
  let inline = expectMapping(value, where);
  rejectUnknownFields(inline, ["$schema", "image", "conda_file"], where);
  let image = requiredString(inline, "image", where), condaFile = inline.conda_file === void 0 || inline.conda_file === null ? void 0 : await condaFileText(inline.conda_file, fieldPath(where, "conda_file"), ctx.baseDir);
  return ctx.resolver.environmentId(condaFile === void 0 ? { image } : { image, condaFile });
}
function parseResources(mapping, where) {
  rejectUnknownFields(mapping, ["instance_count", "instance_type", "shm_size", "docker_args", "properties"], where);
  let resources = {}, instanceCount = optionalInteger(mapping, "instance_count", where, 1);
  instanceCount !== void 0 && (resources.instanceCount = instanceCount);
  let instanceType = optionalString(mapping, "instance_type", where);
  instanceType !== void 0 && (resources.instanceType = instanceType);
  let shmSize = optionalString(mapping, "shm_size", where);
  if (shmSize !== void 0) {
    if (!/^\d+[bBkKmMgG]$/.test(shmSize)) throw new ConfigurationError(`${fieldPath(where, "shm_size")}: expected <number><unit> with unit b, k, m or g (e.g. 2g), got ${JSON.stringify(shmSize)}.`);
    resources.shmSize = shmSize;
  }
  let dockerArgs = optionalString(mapping, "docker_args", where);
  dockerArgs !== void 0 && (resources.dockerArgs = dockerArgs);
  let properties = optionalMapping(mapping, "properties", where);
  if (properties) {
    resources.properties = {};
    for (let [key, item] of Object.entries(properties))
      resources.properties[key] = expectMapping(item, fieldPath(fieldPath(where, "properties"), key));
  }
  return resources;
}
var DISTRIBUTIONS = {
  pytorch: { type: "PyTorch", fields: ["process_count_per_instance"] },
  mpi: { type: "Mpi", fields: ["process_count_per_instance"] },
  tensorflow: { type: "TensorFlow", fields: ["worker_count", "parameter_server_count"] }
};
function parseDistribution(mapping, where) {
  let typeName = typeof mapping.type == "string" ? mapping.type.toLowerCase() : void 0, kind = typeName ? DISTRIBUTIONS[typeName] : void 0;
  if (!kind) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(mapping.type ?? null)} is not a distribution type; accepted: ${Object.keys(DISTRIBUTIONS).join(", ")}.`);
  if (rejectUnknownFields(mapping, ["type", ...kind.fields], where), kind.type === "TensorFlow") {
    let workerCount = optionalInteger(mapping, "worker_count", where, 1), parameterServerCount = optionalInteger(mapping, "parameter_server_count", where);
    return {
      distributionType: "TensorFlow",
      ...workerCount !== void 0 ? { workerCount } : {},
      ...parameterServerCount !== void 0 ? { parameterServerCount } : {}
    };
  }
  let processCountPerInstance = optionalInteger(mapping, "process_count_per_instance", where, 1);
  return { distributionType: kind.type, ...processCountPerInstance !== void 0 ? { processCountPerInstance } : {} };
}
function secondsToIsoDuration(seconds) {
  let days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600), minutes = Math.floor(seconds % 3600 / 60), rest = seconds % 60, time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${rest ? `${rest}S` : ""}`, duration = `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
  return duration === "P" ? "PT0S" : duration;
}
function parseLimits(mapping, where) {
  rejectUnknownFields(mapping, ["timeout"], where);
  let timeout = mapping.timeout;
  if (timeout == null) return { jobLimitsType: "Command" };
  if (typeof timeout == "number" && Number.isInteger(timeout) && timeout > 0) return { jobLimitsType: "Command", timeout: secondsToIsoDuration(timeout) };
  if (typeof timeout == "string" && /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(timeout)) return { jobLimitsType: "Command", timeout };
  throw new ConfigurationError(`${fieldPath(where, "timeout")}: expected a whole number of seconds > 0 (or an ISO 8601 duration such as PT2H), got ${JSON.stringify(timeout)}.`);
}
function parseIdentity(mapping, where) {
  let type = mapping.type;
  if (type === "aml_token")
    return rejectUnknownFields(mapping, ["type"], where), { identityType: "AMLToken" };
  if (type === "user_identity")
    return rejectUnknownFields(mapping, ["type"], where), { identityType: "UserIdentity" };
  if (type === "managed" || type === "managed_identity") {
    rejectUnknownFields(mapping, ["type", "client_id", "object_id", "resource_id"], where);
    let clientId = optionalString(mapping, "client_id", where), objectId = optionalString(mapping, "object_id", where), resourceId = optionalString(mapping, "resource_id", where);
    return {
      identityType: "Managed",
      ...clientId ? { clientId } : {},
      ...objectId ? { objectId } : {},
      ...resourceId ? { resourceId } : {}
    };
  }
  throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not an identity type; accepted: aml_token, managed, user_identity.`);
}
function parseIdentityField(spec, where) {
  let identity = optionalMapping(spec, "identity", where);
  return identity ? parseIdentity(identity, fieldPath(where, "identity")) : void 0;
}
function checkCommandReferences(command, inputs, outputs, where) {
  for (let expression of bindingsIn(command)) {
    let match = /^(inputs|outputs)\.([A-Za-z0-9_.]+)$/.exec(expression);
    if (!match)
      throw new ConfigurationError(`${where}: \${{${expression}}} is not supported in a command; use \${{inputs.<name>}} or \${{outputs.<name>}}.`);
    if (!(match[1] === "inputs" ? inputs : outputs).has(match[2]))
      throw new ConfigurationError(`${where}: \${{${expression}}} names ${match[1].slice(0, -1)} "${match[2]}", which is not declared under ${match[1]}.`);
  }
}
async function parseNodeAttributes(spec, where, ctx, inPipeline) {
  let attributes = {
    inputs: await parseInputs(spec.inputs, fieldPath(where, "inputs"), ctx, inPipeline),
    outputs: parseOutputs(spec.outputs, fieldPath(where, "outputs"), inPipeline)
  }, compute = optionalString(spec, "compute", where);
  compute !== void 0 && (attributes.computeId = resolveComputeId(ctx.scope, compute, fieldPath(where, "compute")));
  let environmentVariables = optionalStringMap(spec, "environment_variables", where);
  environmentVariables && (attributes.environmentVariables = environmentVariables);
  let resources = optionalMapping(spec, "resources", where);
  resources && (attributes.resources = parseResources(resources, fieldPath(where, "resources")));
  let distribution = optionalMapping(spec, "distribution", where);
  distribution && (attributes.distribution = parseDistribution(distribution, fieldPath(where, "distribution")));
  let limits = optionalMapping(spec, "limits", where);
  limits && (attributes.limits = parseLimits(limits, fieldPath(where, "limits")));
  let identity = parseIdentityField(spec, where);
  return identity && (attributes.identity = identity), attributes;
}
async function parseCommandParts(spec, where, ctx, inPipeline) {
  let command = requiredString(spec, "command", where);
  if (spec.environment === void 0 || spec.environment === null)
    throw new ConfigurationError(`${fieldPath(where, "environment")}: required; accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., or a mapping with image (and conda_file).`);
  let attributes = await parseNodeAttributes(spec, where, ctx, inPipeline);
  checkCommandReferences(command, new Set(attributes.inputs.keys()), new Set(attributes.outputs.keys()), fieldPath(where, "command"));
  let parts = {
    ...attributes,
    command,
    environmentId: await resolveEnvironment(spec.environment, fieldPath(where, "environment"), ctx)
  }, code = optionalString(spec, "code", where);
  return code !== void 0 && (parts.codeId = await resolveCode(code, fieldPath(where, "code"), ctx)), parts;
}

export {
  isMapping,
  fieldPath,
  expectMapping,
  rejectUnknownFields,
  optionalString,
  requiredString,
  optionalInteger,
  optionalBoolean,
  optionalStringMap,
  optionalMapping,
  jobTypeOf,
  parseYamlFile,
  loadJobFile,
  REFUSED_KEYS,
  applySetOverrides,
  applyNamedOverrides,
  DATA_INPUT_TYPES,
  bindingsIn,
  parseInputs,
  parseOutputs,
  restInput,
  restOutput,
  mapToRecord,
  COMMAND_FIELDS,
  resolveCode,
  resolveEnvironment,
  secondsToIsoDuration,
  parseIdentityField,
  checkCommandReferences,
  parseNodeAttributes,
  parseCommandParts
};
