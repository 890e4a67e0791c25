import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  assetVersionArmId
} from "./chunk-O7COZEKU.mjs";
import {
  ConfigurationError
} from "./chunk-V4Z2CQOR.mjs";

// shared/jobs/resolver.ts
import { createHash } from "node:crypto";
var ANONYMOUS_ENVIRONMENT_NAME = "CliV2AnonymousEnvironment", ANONYMOUS_COMPONENT_NAME = "azureml_anonymous", CODE_VERSION = "1";
function canonicalJson(value) {
  return Array.isArray(value) ? `[${value.map(canonicalJson).join(",")}]` : value !== null && typeof value == "object" ? `{${Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}` : JSON.stringify(value);
}
function contentVersion(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 32);
}
function inlineEnvironmentVersion(environment) {
  return contentVersion({ image: environment.image, condaFile: environment.condaFile ?? null });
}
function anonymousComponentVersion(spec) {
  let { name: _name, version: _version, ...content } = spec;
  return contentVersion(content);
}

// shared/jobs/workspace-assets.ts
function isNotFound(error) {
  return typeof error == "object" && error !== null && error.statusCode === 404;
}
async function existingId(get) {
  try {
    return (await get()).id ?? "";
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
}
async function ensureCodeVersion(client, scope, hash, snapshot) {
  let fallbackId = assetVersionArmId(scope, "codes", hash, CODE_VERSION), existing = await existingId(() => client.codeVersions.get(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : (await snapshot.upload(), { id: (await client.codeVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION, {
    properties: { codeUri: snapshot.codeUri, isAnonymous: !0 }
  })).id ?? fallbackId, created: !0 });
}
async function ensureEnvironmentVersion(client, scope, environment) {
  let version = inlineEnvironmentVersion(environment), fallbackId = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, version), existing = await existingId(() => client.environmentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version));
  return existing !== void 0 ? { id: existing || fallbackId, created: !1 } : { id: (await client.environmentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version, {
    properties: {
      image: environment.image,
      ...environment.condaFile !== void 0 ? { condaFile: environment.condaFile } : {},
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
  ANONYMOUS_ENVIRONMENT_NAME,
  ANONYMOUS_COMPONENT_NAME,
  CODE_VERSION,
  inlineEnvironmentVersion,
  anonymousComponentVersion,
  ensureCodeVersion,
  ensureEnvironmentVersion,
  ensureComponentVersion,
  latestAssetVersion
};
