import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  SOURCE_KEY_PROPERTY
} from "./chunk-XCOOARZ4.mjs";
import {
  sendJson
} from "./chunk-JYELJH5W.mjs";
import {
  assetVersionArmId
} from "./chunk-YLJXG7A5.mjs";
import {
  isNotFound,
  toServiceError
} from "./chunk-5LVE2LTV.mjs";
import {
  ServiceError
} from "./chunk-44J6QWGP.mjs";

// shared/registry/register-model.ts
var MODEL_API_VERSION = "2022-10-01", NEWER_MODEL_API_VERSION = "2025-12-01", MAX_ATTEMPTS = 6;
function registrationApiVersion(registration) {
  return registration.stage || (registration.datasets?.length ?? 0) > 0 ? NEWER_MODEL_API_VERSION : MODEL_API_VERSION;
}
function registrationBody(registration) {
  let newer = registrationApiVersion(registration) === NEWER_MODEL_API_VERSION;
  return {
    properties: {
      modelUri: registration.modelUri,
      modelType: registration.modelType,
      ...registration.description ? { description: registration.description } : {},
      ...registration.jobName ? { jobName: registration.jobName } : {},
      ...newer && registration.stage ? { stage: registration.stage } : {},
      ...newer && registration.datasets?.length ? { datasets: registration.datasets } : {},
      tags: registration.tags,
      properties: registration.properties
    }
  };
}
function modelVersionUrl(workspace, name, version, apiVersion = MODEL_API_VERSION) {
  return `${workspace.armEndpoint}${assetVersionArmId(workspace, "models", name, version)}?api-version=${apiVersion}`;
}
async function putVersion(workspace, registration, version) {
  let apiVersion = registrationApiVersion(registration), body = registrationBody(registration);
  return apiVersion === MODEL_API_VERSION ? workspace.client.modelVersions.createOrUpdate(workspace.resourceGroup, workspace.workspaceName, registration.modelName, version, body) : sendJson(workspace.client, "PUT", modelVersionUrl(workspace, registration.modelName, version, apiVersion), body);
}
async function findRegisteredVersion(workspace, modelName, keyHash) {
  let { client, resourceGroup, workspaceName } = workspace;
  try {
    for await (let version of client.modelVersions.list(resourceGroup, workspaceName, modelName, { properties: `${SOURCE_KEY_PROPERTY}=${keyHash}` }))
      if (version.properties.properties?.[SOURCE_KEY_PROPERTY] === keyHash && version.name)
        return { name: modelName, version: version.name, id: version.id ?? "", properties: version.properties };
  } catch (error) {
    if (isNotFound(error)) return;
    throw toServiceError(error, `Listing the versions of model '${modelName}'`);
  }
}
async function nextModelVersion(workspace, modelName) {
  try {
    return (await workspace.client.modelContainers.get(workspace.resourceGroup, workspace.workspaceName, modelName)).properties.nextVersion ?? "1";
  } catch (error) {
    if (isNotFound(error)) return "1";
    throw toServiceError(error, `Reading model '${modelName}'`);
  }
}
var isConflict = (error) => error?.statusCode === 409;
async function registerModelVersion(workspace, registration, log) {
  let name = registration.modelName, keyHash = registration.properties[SOURCE_KEY_PROPERTY];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let version = await nextModelVersion(workspace, name);
    try {
      let created = await putVersion(workspace, registration, version);
      return { model: { name, version, id: created.id ?? assetVersionArmId(workspace, "models", name, version), properties: created.properties }, created: !0 };
    } catch (error) {
      if (!isConflict(error)) throw error instanceof ServiceError ? error : toServiceError(error, `Registering model ${name}:${version}`);
      log.info(`Version ${version} of model ${name} was taken by another registration; looking again (attempt ${attempt} of ${MAX_ATTEMPTS}).`);
      let existing = await findRegisteredVersion(workspace, name, keyHash);
      if (existing) return { model: existing, created: !1 };
    }
  }
  throw new ServiceError(`Registering model ${name} failed: another registration took the next version ${MAX_ATTEMPTS} times in a row.`);
}

export {
  MODEL_API_VERSION,
  NEWER_MODEL_API_VERSION,
  registrationApiVersion,
  registrationBody,
  modelVersionUrl,
  findRegisteredVersion,
  nextModelVersion,
  registerModelVersion
};
