import { ConfigurationError } from "../core/errors";

export interface WorkspaceScope {
  subscriptionId: string;
  resourceGroup: string;
  workspaceName: string;
}

export type VersionedAssetType = "codes" | "environments" | "data" | "models" | "components";

export function workspaceArmId(scope: WorkspaceScope): string {
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${scope.workspaceName}`;
}

export function computeArmId(scope: WorkspaceScope, name: string): string {
  return `${workspaceArmId(scope)}/computes/${name}`;
}

export function datastoreArmId(scope: WorkspaceScope, name: string): string {
  return `${workspaceArmId(scope)}/datastores/${name}`;
}

export function assetVersionArmId(scope: WorkspaceScope, type: VersionedAssetType, name: string, version: string): string {
  return `${workspaceArmId(scope)}/${type}/${name}/versions/${version}`;
}

/** How a field refers to something registered in Azure ML. */
export type AssetReference =
  | { kind: "armId"; id: string }
  | { kind: "uri"; uri: string }
  | { kind: "version"; name: string; version: string }
  | { kind: "latest"; name: string };

/** What Azure ML accepts as an asset name: a letter or digit, then up to 254 letters, digits, `-`, `_` or `.`. */
export const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;

/**
 * `azureml:name:version`, `azureml:name@latest`, `azureml:/subscriptions/...` (ARM id) or `azureml://...`
 * (registry, datastore or job URI). Returns undefined when the value does not start with `azureml:`.
 */
export function parseAssetReference(value: string, path: string): AssetReference | undefined {
  if (value.startsWith("/subscriptions/")) return { kind: "armId", id: value };
  if (!value.startsWith("azureml:")) return undefined;
  const rest = value.slice("azureml:".length);
  if (rest.startsWith("//")) return { kind: "uri", uri: value };
  if (rest.startsWith("/subscriptions/")) return { kind: "armId", id: rest };
  const at = rest.lastIndexOf("@");
  if (at > 0) {
    const name = rest.slice(0, at);
    const label = rest.slice(at + 1);
    if (label !== "latest") throw new ConfigurationError(`${path}: label "@${label}" in ${JSON.stringify(value)} is not supported; use azureml:<name>@latest or azureml:<name>:<version>.`);
    if (ASSET_NAME.test(name)) return { kind: "latest", name };
  }
  const colon = rest.indexOf(":");
  if (colon > 0) {
    const name = rest.slice(0, colon);
    const version = rest.slice(colon + 1);
    if (ASSET_NAME.test(name) && version !== "" && !version.includes(":")) return { kind: "version", name, version };
  }
  throw new ConfigurationError(
    `${path}: ${JSON.stringify(value)} is not a valid reference; accepted: azureml:<name>:<version>, azureml:<name>@latest, azureml:/subscriptions/... or azureml://...`,
  );
}

/** `azureml:name`, `name`, or a compute ARM id. */
export function resolveComputeId(scope: WorkspaceScope, value: string, path: string): string {
  const rest = value.startsWith("azureml:") ? value.slice("azureml:".length) : value;
  if (rest.startsWith("/subscriptions/")) return rest;
  if (rest === "local") throw new ConfigurationError(`${path}: local runs are not supported here; name a compute target of the workspace (e.g. azureml:cpu-cluster).`);
  if (!/^[a-zA-Z][a-zA-Z0-9-]{1,31}$/.test(rest)) {
    throw new ConfigurationError(`${path}: ${JSON.stringify(value)} is not a compute name; accepted: <name>, azureml:<name> or a compute ARM id.`);
  }
  return computeArmId(scope, rest);
}
