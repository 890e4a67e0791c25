import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type {
  CommandJobLimits,
  DistributionConfigurationUnion,
  IdentityConfigurationUnion,
  JobResourceConfiguration,
  JobService,
} from "@azure/arm-machinelearning";
import { stringify } from "yaml";
import { parseYamlFile } from "./job-file";
import { namedLocalPath } from "./named-file";
import { ConfigurationError, errorMessage } from "../core/errors";
import { assetVersionArmId, parseAssetReference, resolveComputeId } from "../azure/arm-ids";
import { bindingsIn, parseInputs, parseOutputs, type ConversionContext, type ParsedInput, type ParsedOutput } from "./job-io";
import {
  expectMapping,
  fieldPath,
  isMapping,
  localFileReference,
  optionalInteger,
  optionalMapping,
  optionalString,
  optionalStringMap,
  rejectUnknownFields,
  requiredString,
  scalarText,
  type Mapping,
} from "./spec-fields";

/** Per-run settings of a command, whether its command comes inline or from a component. */
export interface NodeAttributes {
  computeId?: string;
  inputs: Map<string, ParsedInput>;
  outputs: Map<string, ParsedOutput>;
  environmentVariables?: Record<string, string>;
  resources?: JobResourceConfiguration;
  distribution?: DistributionConfigurationUnion;
  limits?: CommandJobLimits;
  identity?: IdentityConfigurationUnion;
  services?: Record<string, JobService>;
}

/** The fields a command job and a pipeline's command step share, converted. */
export interface CommandParts extends NodeAttributes {
  command: string;
  codeId?: string;
  environmentId: string;
}

export const COMMAND_FIELDS = [
  "command", "code", "environment", "compute", "inputs", "outputs", "environment_variables", "resources", "distribution", "limits", "identity", "services",
] as const;

/** `code:` as written: a string. The preview CLI's `code: {local_path: …}` is refused naming what replaced it. */
export function optionalCode(spec: Mapping, where: string): string | undefined {
  const value = spec.code;
  if (isMapping(value) && "local_path" in value) {
    throw new ConfigurationError(`${fieldPath(where, "code")}: a mapping with local_path is the preview CLI's form, which the CLI no longer reads; accepted: a local folder (code: ${JSON.stringify(value.local_path)}) or azureml:<name>:<version>.`);
  }
  return optionalString(spec, "code", where);
}

export async function resolveCode(value: string, where: string, ctx: ConversionContext): Promise<string> {
  const reference = parseAssetReference(value, where);
  if (reference) {
    if (reference.kind === "armId") return reference.id;
    if (reference.kind === "uri") return reference.uri;
    if (reference.kind === "version") return assetVersionArmId(ctx.scope, "codes", reference.name, reference.version);
    throw new ConfigurationError(`${where}: code @latest is not supported; use azureml:<name>:<version> or a local folder.`);
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value) || value.startsWith("git+")) {
    throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not supported; code must be a local folder or azureml:<name>:<version>.`);
  }
  const absolute = path.resolve(ctx.baseDir, localFileReference(value));
  if (!(await stat(absolute).catch(() => undefined))) {
    throw new ConfigurationError(`${where}: local path ${JSON.stringify(value)} does not exist (resolved to ${absolute}).`);
  }
  return ctx.resolver.codeId(absolute);
}

async function condaFileText(value: unknown, where: string, ctx: ConversionContext): Promise<string> {
  if (isMapping(value)) return stringify(value);
  if (typeof value !== "string" || value === "") throw new ConfigurationError(`${where}: expected a path to a conda YAML file or an inline mapping.`);
  const absolute = await namedLocalPath(path.resolve(ctx.baseDir, value), value, ctx);
  try {
    return await readFile(absolute, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${where}: cannot read ${absolute}: ${errorMessage(error)}`);
  }
}

const ENVIRONMENT_ACCEPTED = "accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/..., a curated azureml:AzureML-<name>@latest, file:<environment.yml>, or a mapping with image (and conda_file) or build";
/** Curated environments are resolved by the service; the SDK sends them as written. */
const CURATED_PREFIX = "AzureML-";

async function environmentFile(value: string, where: string, ctx: ConversionContext): Promise<{ spec: Mapping; ctx: ConversionContext; where: string }> {
  const file = await namedLocalPath(path.resolve(ctx.baseDir, localFileReference(value)), value, ctx);
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is neither a reference nor an environment file (no file at ${file}); ${ENVIRONMENT_ACCEPTED}.`);
  }
  const loaded = await parseYamlFile(file).catch((error: unknown) => {
    throw new ConfigurationError(`${where}: ${errorMessage(error)}`);
  });
  return { spec: expectMapping(loaded, `${where} (${file})`), ctx: { ...ctx, baseDir: path.dirname(file), origin: file }, where: `${where} (${value})` };
}

function parseBuild(value: Mapping, where: string, baseDir: string): { context: string; dockerfilePath?: string } {
  rejectUnknownFields(value, ["path", "dockerfile_path"], where);
  const contextPath = requiredString(value, "path", where);
  const dockerfilePath = optionalString(value, "dockerfile_path", where);
  const remote = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(contextPath) || contextPath.startsWith("git+");
  return { context: remote ? contextPath : path.resolve(baseDir, contextPath), ...(dockerfilePath ? { dockerfilePath } : {}) };
}

async function inlineEnvironment(inline: Mapping, where: string, ctx: ConversionContext): Promise<string> {
  rejectUnknownFields(inline, ["$schema", "name", "version", "description", "tags", "image", "conda_file", "build", "os_type", "inference_config"], where);
  const build = optionalMapping(inline, "build", where);
  const image = build ? optionalString(inline, "image", where) : requiredString(inline, "image", where);
  const condaFile = inline.conda_file === undefined || inline.conda_file === null
    ? undefined
    : await condaFileText(inline.conda_file, fieldPath(where, "conda_file"), ctx);
  if (build) {
    const context = parseBuild(build, fieldPath(where, "build"), ctx.baseDir);
    if (path.isAbsolute(context.context)) context.context = await namedLocalPath(context.context, String(build.path), ctx);
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(context.context) && !(await stat(context.context).catch(() => undefined))?.isDirectory()) {
      throw new ConfigurationError(`${fieldPath(fieldPath(where, "build"), "path")}: the build context must be a folder; ${context.context} is not one.`);
    }
    return ctx.resolver.environmentId({ ...(image ? { image } : {}), ...(condaFile !== undefined ? { condaFile } : {}), build: context });
  }
  return ctx.resolver.environmentId(condaFile === undefined ? { image } : { image, condaFile });
}

export async function resolveEnvironment(value: unknown, where: string, ctx: ConversionContext): Promise<string> {
  if (typeof value === "string" && !value.startsWith("azureml:") && !value.startsWith("/subscriptions/")) {
    if (value.trim() === "") throw new ConfigurationError(`${where}: empty; ${ENVIRONMENT_ACCEPTED}.`);
    const file = await environmentFile(value, where, ctx);
    return inlineEnvironment(file.spec, file.where, file.ctx);
  }
  if (typeof value === "string" && value.startsWith(`azureml:${CURATED_PREFIX}`)) return value;
  if (typeof value === "string") {
    const reference = parseAssetReference(value, where);
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

export function parseResources(mapping: Mapping, where: string): JobResourceConfiguration {
  rejectUnknownFields(mapping, ["instance_count", "instance_type", "shm_size", "docker_args", "properties"], where);
  const resources: JobResourceConfiguration = {};
  const instanceCount = optionalInteger(mapping, "instance_count", where, 1);
  if (instanceCount !== undefined) resources.instanceCount = instanceCount;
  const instanceType = optionalString(mapping, "instance_type", where);
  if (instanceType !== undefined) resources.instanceType = instanceType;
  const shmSize = optionalString(mapping, "shm_size", where);
  if (shmSize !== undefined) {
    if (!/^\d+[bBkKmMgG]$/.test(shmSize)) throw new ConfigurationError(`${fieldPath(where, "shm_size")}: expected <number><unit> with unit b, k, m or g (e.g. 2g), got ${JSON.stringify(shmSize)}.`);
    resources.shmSize = shmSize;
  }
  const dockerArgs = optionalString(mapping, "docker_args", where);
  if (dockerArgs !== undefined) resources.dockerArgs = dockerArgs;
  const properties = optionalMapping(mapping, "properties", where);
  if (properties) {
    resources.properties = {};
    for (const [key, item] of Object.entries(properties)) {
      resources.properties[key] = expectMapping(item, fieldPath(fieldPath(where, "properties"), key));
    }
  }
  return resources;
}

const DISTRIBUTIONS: Record<string, { type: "PyTorch" | "Mpi" | "TensorFlow"; fields: string[] }> = {
  pytorch: { type: "PyTorch", fields: ["process_count_per_instance"] },
  mpi: { type: "Mpi", fields: ["process_count_per_instance"] },
  tensorflow: { type: "TensorFlow", fields: ["worker_count", "parameter_server_count"] },
};

export function parseDistribution(mapping: Mapping, where: string): DistributionConfigurationUnion {
  const typeName = typeof mapping.type === "string" ? mapping.type.toLowerCase() : undefined;
  const kind = typeName ? DISTRIBUTIONS[typeName] : undefined;
  if (!kind) throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(mapping.type ?? null)} is not a distribution type; accepted: ${Object.keys(DISTRIBUTIONS).join(", ")}.`);
  rejectUnknownFields(mapping, ["type", ...kind.fields], where);
  if (kind.type === "TensorFlow") {
    const workerCount = optionalInteger(mapping, "worker_count", where, 1);
    const parameterServerCount = optionalInteger(mapping, "parameter_server_count", where);
    return {
      distributionType: "TensorFlow",
      ...(workerCount !== undefined ? { workerCount } : {}),
      ...(parameterServerCount !== undefined ? { parameterServerCount } : {}),
    };
  }
  const processCountPerInstance = optionalInteger(mapping, "process_count_per_instance", where, 1);
  return { distributionType: kind.type, ...(processCountPerInstance !== undefined ? { processCountPerInstance } : {}) };
}

/** Seconds → ISO 8601 duration, e.g. 5400 → PT1H30M. */
export function secondsToIsoDuration(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${rest ? `${rest}S` : ""}`;
  const duration = `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
  return duration === "P" ? "PT0S" : duration;
}

function parseLimits(mapping: Mapping, where: string): CommandJobLimits {
  rejectUnknownFields(mapping, ["timeout"], where);
  const timeout = mapping.timeout;
  if (timeout === undefined || timeout === null) return { jobLimitsType: "Command" };
  if (typeof timeout === "number" && Number.isInteger(timeout) && timeout > 0) return { jobLimitsType: "Command", timeout: secondsToIsoDuration(timeout) };
  if (typeof timeout === "string" && /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(timeout)) return { jobLimitsType: "Command", timeout };
  throw new ConfigurationError(`${fieldPath(where, "timeout")}: expected a whole number of seconds > 0 (or an ISO 8601 duration such as PT2H), got ${JSON.stringify(timeout)}.`);
}

/** The SDK reads an identity type through camel_to_snake: AMLToken, UserIdentity and Managed are its other spellings. */
function identityType(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return value.replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function parseIdentity(mapping: Mapping, where: string): IdentityConfigurationUnion {
  const type = identityType(mapping.type);
  if (type === "aml_token") {
    rejectUnknownFields(mapping, ["type"], where);
    return { identityType: "AMLToken" };
  }
  if (type === "user_identity") {
    rejectUnknownFields(mapping, ["type"], where);
    return { identityType: "UserIdentity" };
  }
  if (type === "managed" || type === "managed_identity") {
    rejectUnknownFields(mapping, ["type", "client_id", "object_id", "resource_id"], where);
    const clientId = optionalString(mapping, "client_id", where);
    const objectId = optionalString(mapping, "object_id", where);
    const resourceId = optionalString(mapping, "resource_id", where);
    return {
      identityType: "Managed",
      ...(clientId ? { clientId } : {}),
      ...(objectId ? { objectId } : {}),
      ...(resourceId ? { resourceId } : {}),
    };
  }
  throw new ConfigurationError(`${fieldPath(where, "type")}: ${JSON.stringify(type ?? null)} is not an identity type; accepted: aml_token, managed, user_identity.`);
}

const SERVICE_TYPES: Record<string, { type: string; fields: Record<string, string> }> = {
  jupyter_lab: { type: "JupyterLab", fields: {} },
  vs_code: { type: "VSCode", fields: {} },
  tensor_board: { type: "TensorBoard", fields: { log_dir: "logDir" } },
  ssh: { type: "SSH", fields: { ssh_public_keys: "sshPublicKeys" } },
};

/**
 * `services:` of an interactive job → REST JobService entries, as the SDK converts them. `nodes` has no place in
 * api-version 2022-10-01 and is not sent.
 */
export function parseServices(spec: Mapping, where: string): Record<string, JobService> | undefined {
  const services = optionalMapping(spec, "services", where);
  if (!services) return undefined;
  const result: Record<string, JobService> = {};
  for (const [name, value] of Object.entries(services)) {
    const itemWhere = fieldPath(fieldPath(where, "services"), name);
    const service = expectMapping(value, itemWhere);
    const typeName = optionalString(service, "type", itemWhere);
    const kind = typeName ? SERVICE_TYPES[typeName] : undefined;
    if (!kind) throw new ConfigurationError(`${fieldPath(itemWhere, "type")}: ${JSON.stringify(typeName ?? null)} is not a service type; accepted: ${Object.keys(SERVICE_TYPES).join(", ")}.`);
    rejectUnknownFields(service, ["type", "port", "nodes", "properties", ...Object.keys(kind.fields)], itemWhere);
    const rest: JobService = { jobServiceType: kind.type };
    const port = optionalInteger(service, "port", itemWhere, 1);
    if (port !== undefined) rest.port = port;
    const properties: Record<string, string> = { ...(optionalStringMap(service, "properties", itemWhere) ?? {}) };
    for (const [field, restName] of Object.entries(kind.fields)) {
      const item = service[field];
      if (item !== undefined && item !== null) properties[restName] = scalarText(item, fieldPath(itemWhere, field));
    }
    if (Object.keys(properties).length > 0) rest.properties = properties;
    result[name] = rest;
  }
  return result;
}

export function parseIdentityField(spec: Mapping, where: string): IdentityConfigurationUnion | undefined {
  const identity = optionalMapping(spec, "identity", where);
  return identity ? parseIdentity(identity, fieldPath(where, "identity")) : undefined;
}

/** `${{inputs.x}}` / `${{outputs.y}}` in a command must name a declared input / output. */
export function checkCommandReferences(
  command: string,
  inputs: ReadonlySet<string>,
  outputs: ReadonlySet<string>,
  where: string,
  searchSpace?: ReadonlySet<string>,
): void {
  for (const expression of bindingsIn(command)) {
    const match = /^(inputs|outputs|search_space)\.([A-Za-z0-9_.]+)$/.exec(expression);
    if (!match || (match[1] === "search_space" && !searchSpace)) {
      throw new ConfigurationError(`${where}: \${{${expression}}} is not supported in a command; use \${{inputs.<name>}} or \${{outputs.<name>}}${searchSpace ? " or ${{search_space.<name>}}" : ""}.`);
    }
    const declared = match[1] === "inputs" ? inputs : match[1] === "outputs" ? outputs : searchSpace!;
    if (!declared.has(match[2])) {
      throw new ConfigurationError(`${where}: \${{${expression}}} names ${match[1] === "search_space" ? "search space entry" : match[1].slice(0, -1)} "${match[2]}", which is not declared under ${match[1]}.`);
    }
  }
}

export async function parseNodeAttributes(spec: Mapping, where: string, ctx: ConversionContext, inPipeline: boolean): Promise<NodeAttributes> {
  const attributes: NodeAttributes = {
    inputs: await parseInputs(spec.inputs, fieldPath(where, "inputs"), ctx, inPipeline),
    outputs: parseOutputs(spec.outputs, fieldPath(where, "outputs"), inPipeline),
  };
  const compute = optionalString(spec, "compute", where);
  if (compute !== undefined && inPipeline && bindingsIn(compute).length > 0) attributes.computeId = compute;
  else if (compute !== undefined) attributes.computeId = resolveComputeId(ctx.scope, compute, fieldPath(where, "compute"));
  const environmentVariables = optionalStringMap(spec, "environment_variables", where);
  if (environmentVariables) attributes.environmentVariables = environmentVariables;
  const resources = optionalMapping(spec, "resources", where);
  if (resources) attributes.resources = parseResources(resources, fieldPath(where, "resources"));
  const distribution = optionalMapping(spec, "distribution", where);
  if (distribution) attributes.distribution = parseDistribution(distribution, fieldPath(where, "distribution"));
  const limits = optionalMapping(spec, "limits", where);
  if (limits) attributes.limits = parseLimits(limits, fieldPath(where, "limits"));
  const identity = parseIdentityField(spec, where);
  if (identity) attributes.identity = identity;
  const services = parseServices(spec, where);
  if (services) attributes.services = services;
  return attributes;
}

export async function parseCommandParts(spec: Mapping, where: string, ctx: ConversionContext, inPipeline: boolean): Promise<CommandParts> {
  const command = requiredString(spec, "command", where);
  if (spec.environment === undefined || spec.environment === null) {
    throw new ConfigurationError(`${fieldPath(where, "environment")}: required; ${ENVIRONMENT_ACCEPTED}.`);
  }
  const attributes = await parseNodeAttributes(spec, where, ctx, inPipeline);
  checkCommandReferences(command, new Set(attributes.inputs.keys()), new Set(attributes.outputs.keys()), fieldPath(where, "command"));
  const parts: CommandParts = {
    ...attributes,
    command,
    environmentId: await resolveEnvironment(spec.environment, fieldPath(where, "environment"), ctx),
  };
  const code = optionalCode(spec, where);
  if (code !== undefined) parts.codeId = await resolveCode(code, fieldPath(where, "code"), ctx);
  return parts;
}
