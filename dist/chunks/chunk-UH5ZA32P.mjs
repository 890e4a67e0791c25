import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError,
  ServiceError
} from "./chunk-V4Z2CQOR.mjs";

// shared/azure/datastore-url.ts
import { isIP } from "node:net";
function hostOf(endpoint) {
  let bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(endpoint);
  if (bracketed) return bracketed[1];
  let colon = endpoint.lastIndexOf(":");
  return colon > 0 && endpoint.indexOf(":") === colon ? endpoint.slice(0, colon) : endpoint;
}
function datastoreBlobUrl(datastore) {
  let accountName = datastore.accountName;
  if (!accountName) throw new Error("The datastore has no accountName.");
  let endpoint = (datastore.endpoint ?? "core.windows.net").replace(/\/+$/, ""), protocol = (datastore.protocol ?? "https").replace(/:$/, ""), host = hostOf(endpoint);
  return isIP(host) !== 0 || host === "localhost" ? `${protocol}://${endpoint}/${accountName}` : `${protocol}://${accountName}.blob.${endpoint}`;
}

// shared/azure/service-error.ts
function toServiceError(error, doing) {
  let rest = error;
  if (!rest || typeof rest != "object" || rest.name !== "RestError" && rest.statusCode === void 0) return error;
  let body = rest.details, code = body?.error?.code ?? rest.code, message = body?.error?.message ?? rest.message ?? "no message", status = rest.statusCode ? ` (HTTP ${rest.statusCode}${code ? ` ${code}` : ""})` : "";
  return new ServiceError(`${doing} failed${status}: ${message}`, code, rest.statusCode);
}
async function callService(doing, call) {
  try {
    return await call();
  } catch (error) {
    throw toServiceError(error, doing);
  }
}
function isNotFound(error) {
  return error?.statusCode === 404;
}

// shared/azure/datastore.ts
var DEFAULT_DATASTORE = "workspaceblobstore";
async function openBlobDatastore(workspace, host, name = DEFAULT_DATASTORE) {
  let { client, resourceGroup, workspaceName } = workspace, datastore;
  try {
    datastore = await client.datastores.get(resourceGroup, workspaceName, name);
  } catch (error) {
    throw isNotFound(error) ? new ConfigurationError(`Datastore '${name}' does not exist in workspace '${workspaceName}'.`) : toServiceError(error, `Reading datastore '${name}'`);
  }
  let properties = datastore.properties;
  if (properties.datastoreType !== "AzureBlob")
    throw new ConfigurationError(`Datastore '${name}' is ${properties.datastoreType}; only AzureBlob datastores are supported.`);
  let { ContainerClient, StorageSharedKeyCredential } = await import("./esm-GDTDKBLX.mjs"), url = `${datastoreBlobUrl(properties)}/${properties.containerName}`, credentialsType = properties.credentials?.credentialsType;
  if (credentialsType === "AccountKey" || credentialsType === "Sas") {
    let secrets = await callService(`Reading the secrets of datastore '${name}'`, () => client.datastores.listSecrets(resourceGroup, workspaceName, name));
    if (secrets.secretsType === "AccountKey" && "key" in secrets && secrets.key)
      return host.setSecret(secrets.key), { name, container: new ContainerClient(url, new StorageSharedKeyCredential(properties.accountName, secrets.key)) };
    if (secrets.secretsType === "Sas" && "sasToken" in secrets && secrets.sasToken)
      return host.setSecret(secrets.sasToken), { name, container: new ContainerClient(`${url}?${secrets.sasToken.replace(/^\?/, "")}`) };
    throw new ConfigurationError(`Datastore '${name}' returned no usable secret.`);
  }
  return { name, container: new ContainerClient(url, workspace.credential) };
}

// shared/azure/arm-ids.ts
function workspaceArmId(scope) {
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${scope.workspaceName}`;
}
function computeArmId(scope, name) {
  return `${workspaceArmId(scope)}/computes/${name}`;
}
function datastoreArmId(scope, name) {
  return `${workspaceArmId(scope)}/datastores/${name}`;
}
function assetVersionArmId(scope, type, name, version) {
  return `${workspaceArmId(scope)}/${type}/${name}/versions/${version}`;
}
var NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;
function parseAssetReference(value, path) {
  if (value.startsWith("/subscriptions/")) return { kind: "armId", id: value };
  if (!value.startsWith("azureml:")) return;
  let rest = value.slice(8);
  if (rest.startsWith("//")) return { kind: "uri", uri: value };
  if (rest.startsWith("/subscriptions/")) return { kind: "armId", id: rest };
  let at = rest.lastIndexOf("@");
  if (at > 0) {
    let name = rest.slice(0, at), label = rest.slice(at + 1);
    if (label !== "latest") throw new ConfigurationError(`${path}: label "@${label}" in ${JSON.stringify(value)} is not supported; use azureml:<name>@latest or azureml:<name>:<version>.`);
    if (NAME.test(name)) return { kind: "latest", name };
  }
  let colon = rest.indexOf(":");
  if (colon > 0) {
    let name = rest.slice(0, colon), version = rest.slice(colon + 1);
    if (NAME.test(name) && version !== "" && !version.includes(":")) return { kind: "version", name, version };
  }
  throw new ConfigurationError(
    `${path}: ${JSON.stringify(value)} is not a valid reference; accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml:/subscriptions/... or azureml://...`
  );
}
function resolveComputeId(scope, value, path) {
  let rest = value.startsWith("azureml:") ? value.slice(8) : value;
  if (rest.startsWith("/subscriptions/")) return rest;
  if (rest === "local") throw new ConfigurationError(`${path}: local runs are not supported here; name a compute target of the workspace (e.g. azureml:cpu-cluster).`);
  if (!/^[a-zA-Z][a-zA-Z0-9-]{1,31}$/.test(rest))
    throw new ConfigurationError(`${path}: ${JSON.stringify(value)} is not a compute name; accepted: <name>, azureml:<name> or a compute ARM id.`);
  return computeArmId(scope, rest);
}

// shared/jobs/resolver.ts
import { createHash } from "node:crypto";
var ANONYMOUS_ENVIRONMENT_NAME = "CliV2AnonymousEnvironment", ANONYMOUS_COMPONENT_NAME = "azureml_anonymous", CODE_VERSION = "1";
function canonicalJson(value) {
  return Array.isArray(value) ? `[${value.map(canonicalJson).join(",")}]` : value !== null && typeof value == "object" ? `{${Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}` : JSON.stringify(value);
}
function contentVersion(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 32);
}
function inlineEnvironmentVersion(environment, contextHash) {
  return environment.build ? contentVersion({ build: contextHash ?? environment.build.context, dockerfilePath: environment.build.dockerfilePath ?? null, condaFile: environment.condaFile ?? null }) : contentVersion({ image: environment.image, condaFile: environment.condaFile ?? null });
}
function environmentLabel(environment) {
  return environment.image ?? `build ${environment.build?.context ?? ""}`;
}
function anonymousComponentVersion(spec) {
  let { name: _name, version: _version, ...content } = spec;
  return contentVersion(content);
}
function componentLabel(spec) {
  return typeof spec.command == "string" ? spec.command : [`${String(spec.type ?? "command")} component`, typeof spec.display_name == "string" ? spec.display_name : ""].filter(Boolean).join(" ");
}

// shared/jobs/workspace-assets.ts
function isNotFound2(error) {
  return typeof error == "object" && error !== null && error.statusCode === 404;
}
async function existingId(get) {
  try {
    return (await get()).id ?? "";
  } catch (error) {
    if (isNotFound2(error)) return;
    throw error;
  }
}
async function ensureCodeVersion(client, scope, hash, snapshot) {
  let fallbackId = assetVersionArmId(scope, "codes", hash, CODE_VERSION), existing = await existingId(() => client.codeVersions.get(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : (await snapshot.upload(), { id: (await client.codeVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION, {
    properties: { codeUri: snapshot.codeUri, isAnonymous: !0 }
  })).id ?? fallbackId, created: !0 });
}
async function ensureEnvironmentVersion(client, scope, environment, context) {
  let version = inlineEnvironmentVersion(environment, context?.hash), fallbackId = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, version), existing = await existingId(() => client.environmentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : { id: (await client.environmentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version, {
    properties: {
      ...environment.image !== void 0 ? { image: environment.image } : {},
      ...environment.condaFile !== void 0 ? { condaFile: environment.condaFile } : {},
      ...environment.build ? { build: { contextUri: context?.contextUri ?? environment.build.context, ...environment.build.dockerfilePath ? { dockerfilePath: environment.build.dockerfilePath } : {} } } : {},
      isAnonymous: !0
    }
  })).id ?? fallbackId, created: !0 };
}
async function ensureComponentVersion(client, scope, spec) {
  let version = anonymousComponentVersion(spec), componentSpec = { ...spec, name: ANONYMOUS_COMPONENT_NAME, version }, fallbackId = assetVersionArmId(scope, "components", ANONYMOUS_COMPONENT_NAME, version), existing = await existingId(() => client.componentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_COMPONENT_NAME, version));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : { id: (await client.componentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_COMPONENT_NAME, version, {
    properties: { componentSpec, isAnonymous: !0 }
  })).id ?? fallbackId, created: !0 };
}
async function latestAssetVersion(client, scope, assetType, name) {
  let options = { orderBy: "createdtime desc", top: 1 }, { resourceGroup, workspaceName } = scope, pages = {
    environments: () => client.environmentVersions.list(resourceGroup, workspaceName, name, options),
    data: () => client.dataVersions.list(resourceGroup, workspaceName, name, options),
    models: () => client.modelVersions.list(resourceGroup, workspaceName, name, options),
    components: () => client.componentVersions.list(resourceGroup, workspaceName, name, options)
  }[assetType]();
  for await (let item of pages)
    if (item.name) return item.name;
  throw new ConfigurationError(`azureml:${name}@latest: the workspace has no ${assetType} named ${JSON.stringify(name)}.`);
}

export {
  toServiceError,
  callService,
  isNotFound,
  DEFAULT_DATASTORE,
  openBlobDatastore,
  workspaceArmId,
  datastoreArmId,
  assetVersionArmId,
  parseAssetReference,
  resolveComputeId,
  ANONYMOUS_ENVIRONMENT_NAME,
  ANONYMOUS_COMPONENT_NAME,
  CODE_VERSION,
  inlineEnvironmentVersion,
  environmentLabel,
  anonymousComponentVersion,
  componentLabel,
  ensureCodeVersion,
  ensureEnvironmentVersion,
  ensureComponentVersion,
  latestAssetVersion
};
