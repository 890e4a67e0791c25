import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  expectMapping,
  fieldPath,
  isMapping,
  localFileReference,
  optionalInteger,
  optionalMapping,
  optionalString,
  optionalStringMap,
  parseYamlFile,
  rejectUnknownFields,
  requiredString,
  scalarText
} from "./chunk-UJCAEGQJ.mjs";
import {
  require_dist
} from "./chunk-LVPRAOBK.mjs";
import {
  containedPath,
  defaultContainment
} from "./chunk-BVD3ISGW.mjs";
import {
  assetVersionArmId,
  parseAssetReference,
  resolveComputeId
} from "./chunk-YLJXG7A5.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import {
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// shared/jobs/command-parts.ts
var import_yaml = __toESM(require_dist());
import { readFile, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// shared/jobs/named-file.ts
function namedLocalPath(absolute, written, ctx) {
  return containedPath(absolute, ctx.baseDir, ctx.containment ?? defaultContainment(), ctx.origin ?? ctx.baseDir, written);
}

// shared/jobs/job-io.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var DATA_INPUT_TYPES = ["uri_file", "uri_folder", "mltable", "mlflow_model", "custom_model", "triton_model"], OUTPUT_TYPES = DATA_INPUT_TYPES, INPUT_MODES = {
  ro_mount: "ReadOnlyMount",
  rw_mount: "ReadWriteMount",
  download: "Download",
  direct: "Direct",
  eval_mount: "EvalMount",
  eval_download: "EvalDownload"
}, OUTPUT_MODES = { rw_mount: "ReadWriteMount", upload: "Upload", direct: "Direct", mount: "ReadWriteMount" }, RUNTIME_EXPRESSIONS = /^(name|output_name|default_datastore)$/, REMOTE_SCHEMES = ["https", "http", "wasbs", "wasb", "abfss", "abfs", "adl", "azureml"], BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;
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
  let absolute = path.resolve(ctx.baseDir, localFileReference(value)), info = await stat(absolute).catch(() => {
  });
  if (!info) throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  if (type === "uri_file" && !info.isFile()) throw new ConfigurationError(`${where}: type uri_file needs a file, but ${absolute} is a directory.`);
  if ((type === "uri_folder" || type === "mltable" || type === "mlflow_model" || type === "triton_model") && !info.isDirectory())
    throw new ConfigurationError(`${where}: type ${type} needs a folder, but ${absolute} is a file.`);
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
  if (isLocalPath(value) || value.startsWith("file:")) return localInputUri(value, type, where, ctx);
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
var LITERAL_TYPES = ["string", "integer", "number", "boolean"], PREVIEW_DATA_KEYS = ["data", "dataset", "folder", "file"];
function literalInput(value, where) {
  rejectUnknownFields(value, ["type", "value", "default", "description", "optional", "min", "max", "enum"], where);
  let given = value.value ?? value.default;
  if (given == null) throw new ConfigurationError(`${fieldPath(where, "value")}: required for a ${String(value.type)} input written as a mapping.`);
  return { kind: "literal", value: scalarText(given, fieldPath(where, "value")), literalType: value.type ?? literalTypeOf(given) };
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
  if (typeof value.type == "string" && LITERAL_TYPES.includes(value.type) || value.type === void 0 && value.path === void 0 && value.value !== void 0) return literalInput(value, where);
  let previewKey = PREVIEW_DATA_KEYS.find((key) => key in value);
  if (previewKey !== void 0)
    throw new ConfigurationError(`${fieldPath(where, previewKey)}: naming the data with ${previewKey}: is the preview CLI's form, which the CLI no longer reads; accepted: path: ${JSON.stringify(value[previewKey])} (with type: uri_folder, uri_file or mltable).`);
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
  if (typeof value == "string" && !isLocalPath(value) && !value.startsWith("${{")) return parseOutput({ path: value }, where, allowBindings);
  if (typeof value == "string" && bindingsIn(value).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${where}: binding ${JSON.stringify(value)} is only valid inside a pipeline job.`);
    return { kind: "binding", value };
  }
  let mapping = expectMapping(value, where);
  rejectUnknownFields(mapping, ["type", "mode", "path", "description"], where);
  let type = dataType(mapping.type, fieldPath(where, "type"), "uri_folder", OUTPUT_TYPES), mode = deliveryMode(optionalString(mapping, "mode", where), fieldPath(where, "mode"), OUTPUT_MODES), uri = optionalString(mapping, "path", where);
  if (uri !== void 0 && bindingsIn(uri).length > 0 && bindingsIn(uri).every((expression) => RUNTIME_EXPRESSIONS.test(expression)) && !isLocalPath(uri))
    return { kind: "data", type, mode, uri, description: optionalString(mapping, "description", where), configured: !0 };
  if (uri !== void 0 && bindingsIn(uri).length > 0) {
    if (!allowBindings) throw new ConfigurationError(`${fieldPath(where, "path")}: binding ${JSON.stringify(uri)} is only valid inside a pipeline step.`);
    return { kind: "binding", value: uri, ...mapping.type !== void 0 ? { type } : {}, ...mode ? { mode } : {} };
  }
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
function restOutput(output, where, allowDirect = !1) {
  if (output.kind === "binding") throw new ConfigurationError(`${where}: binding ${JSON.stringify(output.value)} is only valid inside a pipeline step.`);
  if (output.mode === "Direct" && !allowDirect)
    throw new ConfigurationError(`${fieldPath(where, "mode")}: mode direct for an output is not in api-version 2022-10-01 this job is sent with; accepted: rw_mount, upload (direct in Spark jobs and pipeline steps).`);
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
  "identity",
  "services"
];
function optionalCode(spec, where) {
  let value = spec.code;
  if (isMapping(value) && "local_path" in value)
    throw new ConfigurationError(`${fieldPath(where, "code")}: a mapping with local_path is the preview CLI's form, which the CLI no longer reads; accepted: a local folder (code: ${JSON.stringify(value.local_path)}) or azureml:<name>:<version>.`);
  return optionalString(spec, "code", where);
}
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
  let absolute = path2.resolve(ctx.baseDir, localFileReference(value));
  if (!await stat2(absolute).catch(() => {
  }))
    throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  return ctx.resolver.codeId(absolute);
}
async function condaFileText(value, where, ctx) {
  if (isMapping(value)) return (0, import_yaml.stringify)(value);
  if (typeof value != "string" || value === "") throw new ConfigurationError(`${where}: expected a path to a conda YAML file or an inline mapping.`);
  let absolute = await namedLocalPath(path2.resolve(ctx.baseDir, value), value, ctx);
  try {
    return await readFile(absolute, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${where}: cannot read ${absolute}: ${errorMessage(error)}`);
  }
}
var ENVIRONMENT_ACCEPTED = "accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., a curated azureml:AzureML-<name>@latest, file:<environment.yml>, or a mapping with image (and conda_file) or build", CURATED_PREFIX = "AzureML-";
async function environmentFile(value, where, ctx) {
  let file = await namedLocalPath(path2.resolve(ctx.baseDir, localFileReference(value)), value, ctx);
  if (!(await stat2(file).catch(() => {
  }))?.isFile())
    throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is neither a reference nor an environment file (no file at ${file}); ${ENVIRONMENT_ACCEPTED}.`);
  let loaded = await parseYamlFile(file).catch((error) => {
    throw new ConfigurationError(`${where}: ${errorMessage(error)}`);
  });
  return { spec: expectMapping(loaded, `${where} (${file})`), ctx: { ...ctx, baseDir: path2.dirname(file), origin: file }, where: `${where} (${value})` };
}
function parseBuild(value, where, baseDir) {
  rejectUnknownFields(value, ["path", "dockerfile_path"], where);
  let contextPath = requiredString(value, "path", where), dockerfilePath = optionalString(value, "dockerfile_path", where);
  return { context: /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(contextPath) || contextPath.startsWith("git+") ? contextPath : path2.resolve(baseDir, contextPath), ...dockerfilePath ? { dockerfilePath } : {} };
}
async function inlineEnvironment(inline, where, ctx) {
  rejectUnknownFields(inline, ["$schema", "name", "version", "description", "tags", "image", "conda_file", "build", "os_type", "inference_config"], where);
  let build = optionalMapping(inline, "build", where), image = build ? optionalString(inline, "image", where) : requiredString(inline, "image", where), condaFile = inline.conda_file === void 0 || inline.conda_file === null ? void 0 : await condaFileText(inline.conda_file, fieldPath(where, "conda_file"), ctx);
  if (build) {
    let context = parseBuild(build, fieldPath(where, "build"), ctx.baseDir);
    if (path2.isAbsolute(context.context) && (context.context = await namedLocalPath(context.context, String(build.path), ctx)), !/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(context.context) && !(await stat2(context.context).catch(() => {
    }))?.isDirectory())
      throw new ConfigurationError(`${fieldPath(fieldPath(where, "build"), "path")}: the build context must be a folder; ${context.context} is not one.`);
    return ctx.resolver.environmentId({ ...image ? { image } : {}, ...condaFile !== void 0 ? { condaFile } : {}, build: context });
  }
  return ctx.resolver.environmentId(condaFile === void 0 ? { image } : { image, condaFile });
}
async function resolveEnvironment(value, where, ctx) {
  if (typeof value == "string" && !value.startsWith("azureml:") && !value.startsWith("/subscriptions/")) {
    if (value.trim() === "") throw new ConfigurationError(`${where}: empty; ${ENVIRONMENT_ACCEPTED}.`);
    let file = await environmentFile(value, where, ctx);
    return inlineEnvironment(file.spec, file.where, file.ctx);
  }
  if (typeof value == "string" && value.startsWith(`azureml:${CURATED_PREFIX}`)) return value;
  if (typeof value == "string") {
    let reference = parseAssetReference(value, where);
    if (!reference) throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not an environment; ${ENVIRONMENT_ACCEPTED}.`);
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
  return inlineEnvironment(expectMapping(value, where), where, ctx);
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
function identityType(value) {
  return typeof value != "string" ? value : value.replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function parseIdentity(mapping, where) {
  let type = identityType(mapping.type);
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
var SERVICE_TYPES = {
  jupyter_lab: { type: "JupyterLab", fields: {} },
  vs_code: { type: "VSCode", fields: {} },
  tensor_board: { type: "TensorBoard", fields: { log_dir: "logDir" } },
  ssh: { type: "SSH", fields: { ssh_public_keys: "sshPublicKeys" } }
};
function parseServices(spec, where) {
  let services = optionalMapping(spec, "services", where);
  if (!services) return;
  let result = {};
  for (let [name, value] of Object.entries(services)) {
    let itemWhere = fieldPath(fieldPath(where, "services"), name), service = expectMapping(value, itemWhere), typeName = optionalString(service, "type", itemWhere), kind = typeName ? SERVICE_TYPES[typeName] : void 0;
    if (!kind) throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(typeName ?? null)} is not a service type; accepted: ${Object.keys(SERVICE_TYPES).join(", ")}.`);
    rejectUnknownFields(service, ["type", "port", "nodes", "properties", ...Object.keys(kind.fields)], itemWhere);
    let rest = { jobServiceType: kind.type }, port = optionalInteger(service, "port", itemWhere, 1);
    port !== void 0 && (rest.port = port);
    let properties = { ...optionalStringMap(service, "properties", itemWhere) ?? {} };
    for (let [field, restName] of Object.entries(kind.fields)) {
      let item = service[field];
      item != null && (properties[restName] = scalarText(item, fieldPath(itemWhere, field)));
    }
    Object.keys(properties).length > 0 && (rest.properties = properties), result[name] = rest;
  }
  return result;
}
function parseIdentityField(spec, where) {
  let identity = optionalMapping(spec, "identity", where);
  return identity ? parseIdentity(identity, fieldPath(where, "identity")) : void 0;
}
function checkCommandReferences(command, inputs, outputs, where, searchSpace) {
  for (let expression of bindingsIn(command)) {
    let match = /^(inputs|outputs|search_space)\.([A-Za-z0-9_.]+)$/.exec(expression);
    if (!match || match[1] === "search_space" && !searchSpace)
      throw new ConfigurationError(`${where}: \${{${expression}}} is not supported in a command; use \${{inputs.<name>}} or \${{outputs.<name>}}${searchSpace ? " or ${{search_space.<name>}}" : ""}.`);
    if (!(match[1] === "inputs" ? inputs : match[1] === "outputs" ? outputs : searchSpace).has(match[2]))
      throw new ConfigurationError(`${where}: \${{${expression}}} names ${match[1] === "search_space" ? "search space entry" : match[1].slice(0, -1)} "${match[2]}", which is not declared under ${match[1]}.`);
  }
}
async function parseNodeAttributes(spec, where, ctx, inPipeline) {
  let attributes = {
    inputs: await parseInputs(spec.inputs, fieldPath(where, "inputs"), ctx, inPipeline),
    outputs: parseOutputs(spec.outputs, fieldPath(where, "outputs"), inPipeline)
  }, compute = optionalString(spec, "compute", where);
  compute !== void 0 && inPipeline && bindingsIn(compute).length > 0 ? attributes.computeId = compute : compute !== void 0 && (attributes.computeId = resolveComputeId(ctx.scope, compute, fieldPath(where, "compute")));
  let environmentVariables = optionalStringMap(spec, "environment_variables", where);
  environmentVariables && (attributes.environmentVariables = environmentVariables);
  let resources = optionalMapping(spec, "resources", where);
  resources && (attributes.resources = parseResources(resources, fieldPath(where, "resources")));
  let distribution = optionalMapping(spec, "distribution", where);
  distribution && (attributes.distribution = parseDistribution(distribution, fieldPath(where, "distribution")));
  let limits = optionalMapping(spec, "limits", where);
  limits && (attributes.limits = parseLimits(limits, fieldPath(where, "limits")));
  let identity = parseIdentityField(spec, where);
  identity && (attributes.identity = identity);
  let services = parseServices(spec, where);
  return services && (attributes.services = services), attributes;
}
async function parseCommandParts(spec, where, ctx, inPipeline) {
  let command = requiredString(spec, "command", where);
  if (spec.environment === void 0 || spec.environment === null)
    throw new ConfigurationError(`${fieldPath(where, "environment")}: required; ${ENVIRONMENT_ACCEPTED}.`);
  let attributes = await parseNodeAttributes(spec, where, ctx, inPipeline);
  checkCommandReferences(command, new Set(attributes.inputs.keys()), new Set(attributes.outputs.keys()), fieldPath(where, "command"));
  let parts = {
    ...attributes,
    command,
    environmentId: await resolveEnvironment(spec.environment, fieldPath(where, "environment"), ctx)
  }, code = optionalCode(spec, where);
  return code !== void 0 && (parts.codeId = await resolveCode(code, fieldPath(where, "code"), ctx)), parts;
}

export {
  namedLocalPath,
  DATA_INPUT_TYPES,
  OUTPUT_TYPES,
  bindingsIn,
  parseInput,
  parseInputs,
  parseOutputs,
  restInput,
  restOutput,
  mapToRecord,
  COMMAND_FIELDS,
  optionalCode,
  resolveCode,
  resolveEnvironment,
  parseResources,
  parseDistribution,
  secondsToIsoDuration,
  parseServices,
  parseIdentityField,
  checkCommandReferences,
  parseNodeAttributes,
  parseCommandParts
};
