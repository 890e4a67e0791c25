import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { assetVersionArmId, type WorkspaceScope } from "../azure/arm-ids";
import { isNotFound } from "../azure/service-error";
import {
  ANONYMOUS_COMPONENT_NAME,
  ANONYMOUS_ENVIRONMENT_NAME,
  anonymousComponentVersion,
  CODE_VERSION,
  inlineEnvironmentVersion,
  type ComponentSpec,
  type InlineEnvironment,
} from "./asset-resolver";

export type AssetClient = Pick<AzureMachineLearningWorkspaces, "codeVersions" | "environmentVersions" | "componentVersions" | "dataVersions" | "modelVersions">;

export interface EnsuredAsset {
  id: string;
  /** false when a version with the same content already existed and was reused. */
  created: boolean;
}

async function existingId(get: () => Promise<{ id?: string }>): Promise<string | undefined> {
  try {
    return (await get()).id ?? "";
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * The code version named by the snapshot hash (version 1): reused when it exists — nothing is uploaded —, otherwise
 * `upload()` runs and the version is registered with `codeUri` (the blob folder it uploaded to).
 */
export async function ensureCodeVersion(
  client: AssetClient,
  scope: WorkspaceScope,
  hash: string,
  snapshot: { codeUri: string; upload: () => Promise<unknown> },
): Promise<EnsuredAsset> {
  const fallbackId = assetVersionArmId(scope, "codes", hash, CODE_VERSION);
  const existing = await existingId(() => client.codeVersions.get(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION));
  if (existing !== undefined) return { id: existing || fallbackId, created: false };
  await snapshot.upload();
  const created = await client.codeVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, hash, CODE_VERSION, {
    properties: { codeUri: snapshot.codeUri, isAnonymous: true },
  });
  return { id: created.id ?? fallbackId, created: true };
}

/**
 * Inline environment registered as `CliV2AnonymousEnvironment` with a content-hash version; reused when present.
 * A build context is given as the URL it was uploaded to (`contextUri`) and the hash of its content.
 */
export async function ensureEnvironmentVersion(
  client: AssetClient,
  scope: WorkspaceScope,
  environment: InlineEnvironment,
  context?: { contextUri: string; hash: string },
): Promise<EnsuredAsset> {
  const version = inlineEnvironmentVersion(environment, context?.hash);
  const fallbackId = assetVersionArmId(scope, "environments", ANONYMOUS_ENVIRONMENT_NAME, version);
  const existing = await existingId(() => client.environmentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version));
  if (existing !== undefined) return { id: existing || fallbackId, created: false };
  const created = await client.environmentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_ENVIRONMENT_NAME, version, {
    properties: {
      ...(environment.image !== undefined ? { image: environment.image } : {}),
      ...(environment.condaFile !== undefined ? { condaFile: environment.condaFile } : {}),
      ...(environment.build
        ? { build: { contextUri: context?.contextUri ?? environment.build.context, ...(environment.build.dockerfilePath ? { dockerfilePath: environment.build.dockerfilePath } : {}) } }
        : {}),
      isAnonymous: true,
    },
  });
  return { id: created.id ?? fallbackId, created: true };
}

/** Inline command component of a pipeline step, registered as `azureml_anonymous` with a content-hash version. */
export async function ensureComponentVersion(client: AssetClient, scope: WorkspaceScope, spec: ComponentSpec): Promise<EnsuredAsset> {
  const version = anonymousComponentVersion(spec);
  const componentSpec = { ...spec, name: ANONYMOUS_COMPONENT_NAME, version };
  const fallbackId = assetVersionArmId(scope, "components", ANONYMOUS_COMPONENT_NAME, version);
  const existing = await existingId(() => client.componentVersions.get(scope.resourceGroup, scope.workspaceName, ANONYMOUS_COMPONENT_NAME, version));
  if (existing !== undefined) return { id: existing || fallbackId, created: false };
  const created = await client.componentVersions.createOrUpdate(scope.resourceGroup, scope.workspaceName, ANONYMOUS_COMPONENT_NAME, version, {
    properties: { componentSpec, isAnonymous: true },
  });
  return { id: created.id ?? fallbackId, created: true };
}
