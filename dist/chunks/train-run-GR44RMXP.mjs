import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  watchJob
} from "./chunk-J7FS2LXQ.mjs";
import {
  connectWorkspace,
  createEvent,
  lineageTags,
  withInputNames
} from "./chunk-WYJELAQB.mjs";
import {
  checkYamlSize,
  parseBoundedYaml,
  require_dist
} from "./chunk-OLHYQTNE.mjs";
import {
  ANONYMOUS_COMPONENT_NAME,
  anonymousComponentVersion,
  createPlanningResolver,
  jobUrl,
  modelOutputUri,
  studioUrl
} from "./chunk-SC4OD3KU.mjs";
import {
  assetVersionArmId,
  datastoreArmId,
  parseAssetReference,
  resolveComputeId
} from "./chunk-Q6SFQRY3.mjs";
import "./chunk-YDSXJXCQ.mjs";
import "./chunk-HZPWQ5B5.mjs";
import {
  containedPath
} from "./chunk-BVD3ISGW.mjs";
import {
  codeBlock,
  escapeMarkdown,
  formatNumber,
  table
} from "./chunk-3P5YZ26R.mjs";
import "./chunk-KAKRY47Q.mjs";
import "./chunk-2LZ73PLH.mjs";
import "./chunk-H45GLWZJ.mjs";
import {
  ConfigurationError,
  ServiceError,
  SettingError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import {
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// shared/steps/train-run.ts
import path6 from "node:path";

// shared/azure/job-logs.ts
var USER_LOG = /^user_logs\/std_log[^/]*\.txt$/;
async function readBlobFrom(sasUrl, offset) {
  let { BlobClient } = await import("./esm-GDTDKBLX.mjs");
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

// shared/jobs/job-file.ts
var import_yaml = __toESM(require_dist());
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

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
function expectMapping(value, path7) {
  if (!isMapping(value)) throw new ConfigurationError(`${path7}: expected a mapping, got ${describe(value)}.`);
  return value;
}
function rejectUnknownFields(mapping, allowed, path7) {
  for (let key of Object.keys(mapping))
    if (!allowed.includes(key))
      throw new ConfigurationError(
        `${fieldPath(path7, key)}: field not supported in this job file; supported here: ${allowed.filter((k) => !k.startsWith("$")).join(", ")}.`
      );
}
function optionalString(mapping, key, path7) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "string") throw new ConfigurationError(`${fieldPath(path7, key)}: expected a string, got ${describe(value)}.`);
    return value;
  }
}
function requiredString(mapping, key, path7) {
  let value = optionalString(mapping, key, path7);
  if (value === void 0 || value.trim() === "") throw new ConfigurationError(`${fieldPath(path7, key)}: required, and must be a non-empty string.`);
  return value;
}
function optionalInteger(mapping, key, path7, min = 0) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "number" || !Number.isInteger(value) || value < min)
      throw new ConfigurationError(`${fieldPath(path7, key)}: expected an integer \u2265 ${min}, got ${describe(value)}.`);
    return value;
  }
}
function optionalBoolean(mapping, key, path7) {
  let value = mapping[key];
  if (value != null) {
    if (typeof value != "boolean") throw new ConfigurationError(`${fieldPath(path7, key)}: expected true or false, got ${describe(value)}.`);
    return value;
  }
}
function scalarText(value, path7) {
  if (typeof value == "string") return value;
  if (typeof value == "boolean") return value ? "True" : "False";
  if (typeof value == "number" && Number.isFinite(value)) return String(value);
  throw new ConfigurationError(`${path7}: expected a string, number or boolean, got ${describe(value)}.`);
}
function optionalStringMap(mapping, key, path7) {
  let value = mapping[key];
  if (value == null) return;
  let map = expectMapping(value, fieldPath(path7, key)), result = {};
  for (let [name, item] of Object.entries(map))
    result[name] = item === null ? "" : scalarText(item, fieldPath(fieldPath(path7, key), name));
  return result;
}
function optionalMapping(mapping, key, path7) {
  let value = mapping[key];
  if (value != null)
    return expectMapping(value, fieldPath(path7, key));
}

// shared/jobs/job-file.ts
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
import path4 from "node:path";
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
    let file = path4.resolve(ctx.baseDir, component), loaded = await parseYamlFile(file).catch((error) => {
      throw new ConfigurationError(`${componentWhere}: ${error instanceof Error ? error.message : String(error)}`);
    });
    source.component = { spec: expectMapping(loaded, `${componentWhere} (${file})`), where: `${componentWhere} (${component})`, baseDir: path4.dirname(file) };
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
import path5 from "node:path";
function containedResolver(inner, containment, jobFile) {
  let check = (localPath) => containedPath(path5.resolve(localPath), path5.dirname(jobFile), containment, jobFile, localPath);
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
  }), path: file.path, dir: file.dir, defaultExperimentName: path6.basename(process.cwd()) };
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
