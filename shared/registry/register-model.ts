import type { ModelVersion } from "@azure/arm-machinelearning";
import { ServiceError } from "../core/errors";
import type { Log } from "../core/log";
import { assetVersionArmId } from "../azure/arm-ids";
import { isNotFound, toServiceError } from "../azure/service-error";
import { sendJson } from "../azure/data-plane";
import type { Workspace } from "../azure/workspace";
import type { DatasetReference } from "./model-source";
import { SOURCE_KEY_PROPERTY, type ModelVersionRef } from "./model-versions";

export const MODEL_API_VERSION = "2022-10-01";
/** Knows a model version's lifecycle `stage` and the `datasets` it was trained on; the SDK's 2022-10-01 models drop both. */
export const NEWER_MODEL_API_VERSION = "2025-12-01";
const MAX_ATTEMPTS = 6;

export interface ModelRegistration {
  modelName: string;
  modelType: string;
  description?: string;
  modelUri: string;
  jobName?: string;
  /** Lifecycle stage, e.g. Development, Staging, Production. */
  stage?: string;
  /** Data assets the model was trained on. */
  datasets?: DatasetReference[];
  /** Must hold SOURCE_KEY_PROPERTY: how a re-run finds this version again. */
  properties: Record<string, string>;
  tags: Record<string, string>;
}

/** The newer api-version is used only when the registration carries what the SDK's would drop. */
export function registrationApiVersion(registration: ModelRegistration): string {
  return registration.stage || (registration.datasets?.length ?? 0) > 0 ? NEWER_MODEL_API_VERSION : MODEL_API_VERSION;
}

export function registrationBody(registration: ModelRegistration): ModelVersion & { properties: { stage?: string; datasets?: DatasetReference[] } } {
  const newer = registrationApiVersion(registration) === NEWER_MODEL_API_VERSION;
  return {
    properties: {
      modelUri: registration.modelUri,
      modelType: registration.modelType,
      ...(registration.description ? { description: registration.description } : {}),
      ...(registration.jobName ? { jobName: registration.jobName } : {}),
      ...(newer && registration.stage ? { stage: registration.stage } : {}),
      ...(newer && registration.datasets?.length ? { datasets: registration.datasets } : {}),
      tags: registration.tags,
      properties: registration.properties,
    },
  };
}

export function modelVersionUrl(workspace: Workspace, name: string, version: string, apiVersion = MODEL_API_VERSION): string {
  return `${workspace.armEndpoint}${assetVersionArmId(workspace, "models", name, version)}?api-version=${apiVersion}`;
}

/** PUTs one version: through the SDK, or through its client's pipeline with the newer api-version when needed. */
async function putVersion(workspace: Workspace, registration: ModelRegistration, version: string): Promise<ModelVersion> {
  const apiVersion = registrationApiVersion(registration);
  const body = registrationBody(registration);
  if (apiVersion === MODEL_API_VERSION) {
    return workspace.client.modelVersions.createOrUpdate(workspace.resourceGroup, workspace.workspaceName, registration.modelName, version, body);
  }
  return sendJson<ModelVersion>(workspace.client, "PUT", modelVersionUrl(workspace, registration.modelName, version, apiVersion), body);
}

/** The version registered earlier from the same source (found by the source key property it carries). */
export async function findRegisteredVersion(workspace: Workspace, modelName: string, keyHash: string): Promise<ModelVersionRef | undefined> {
  const { client, resourceGroup, workspaceName } = workspace;
  try {
    for await (const version of client.modelVersions.list(resourceGroup, workspaceName, modelName, { properties: `${SOURCE_KEY_PROPERTY}=${keyHash}` })) {
      if (version.properties.properties?.[SOURCE_KEY_PROPERTY] === keyHash && version.name) {
        return { name: modelName, version: version.name, id: version.id ?? "", properties: version.properties };
      }
    }
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw toServiceError(error, `Listing the versions of model '${modelName}'`);
  }
  return undefined;
}

/** The version the service hands out next: the container's nextVersion, 1 for a new model. */
export async function nextModelVersion(workspace: Workspace, modelName: string): Promise<string> {
  try {
    const container = await workspace.client.modelContainers.get(workspace.resourceGroup, workspace.workspaceName, modelName);
    return container.properties.nextVersion ?? "1";
  } catch (error) {
    if (isNotFound(error)) return "1";
    throw toServiceError(error, `Reading model '${modelName}'`);
  }
}

const isConflict = (error: unknown) => (error as { statusCode?: number })?.statusCode === 409;

/**
 * Registers the next version. When another run takes that version first (409), looks again: the other run may have
 * registered the same source (that version is returned), otherwise the following version is tried.
 */
export async function registerModelVersion(workspace: Workspace, registration: ModelRegistration, log: Log): Promise<{ model: ModelVersionRef; created: boolean }> {
  const name = registration.modelName;
  const keyHash = registration.properties[SOURCE_KEY_PROPERTY];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const version = await nextModelVersion(workspace, name);
    try {
      const created = await putVersion(workspace, registration, version);
      return { model: { name, version, id: created.id ?? assetVersionArmId(workspace, "models", name, version), properties: created.properties }, created: true };
    } catch (error) {
      if (!isConflict(error)) throw error instanceof ServiceError ? error : toServiceError(error, `Registering model ${name}:${version}`);
      log.info(`Version ${version} of model ${name} was taken by another registration; looking again (attempt ${attempt} of ${MAX_ATTEMPTS}).`);
      const existing = await findRegisteredVersion(workspace, name, keyHash);
      if (existing) return { model: existing, created: false };
    }
  }
  throw new ServiceError(`Registering model ${name} failed: another registration took the next version ${MAX_ATTEMPTS} times in a row.`);
}
