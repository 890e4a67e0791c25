import { ConfigurationError } from "../../core/errors";
import { isNotFound, toServiceError } from "../../azure/service-error";
import type { Workspace } from "../../azure/workspace";
import { latestAssetVersion } from "../../azure/asset-versions";
import type { BlobDataKind } from "./blob-dataset";
import type { AssetLocation } from "./location";

export interface DataAssetTarget {
  /** The version that was resolved (the latest one for `@latest`). */
  version: string;
  dataUri: string;
  kind: BlobDataKind;
}

const DATA_TYPES: Record<string, BlobDataKind> = { uri_file: "uri_file", uri_folder: "uri_folder", mltable: "mltable" };

/** The URI and type a data asset version points at. */
export async function resolveDataAsset(asset: AssetLocation, workspace: Workspace): Promise<DataAssetTarget> {
  const { client, resourceGroup, workspaceName } = workspace;
  const version = asset.latest ? await latestVersion(asset, workspace) : asset.version;
  let properties;
  try {
    properties = (await client.dataVersions.get(resourceGroup, workspaceName, asset.name, version)).properties;
  } catch (error) {
    if (isNotFound(error)) {
      throw new ConfigurationError(`Data asset '${asset.name}' version '${version}' does not exist in workspace '${workspaceName}'.`);
    }
    throw toServiceError(error, `Reading data asset '${asset.name}' version '${version}'`);
  }
  const kind = DATA_TYPES[properties.dataType.toLowerCase()];
  if (kind === undefined) {
    throw new ConfigurationError(`Data asset '${asset.name}' version '${version}' is of type ${properties.dataType}; accepted: ${Object.keys(DATA_TYPES).join(", ")}.`);
  }
  return { version, dataUri: properties.dataUri, kind };
}

async function latestVersion(asset: AssetLocation, workspace: Workspace): Promise<string> {
  try {
    return await latestAssetVersion(workspace.client, workspace, "data", asset.name);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`Data asset '${asset.name}' (azureml:${asset.name}@latest) does not exist in workspace '${workspace.workspaceName}': it has no version.`);
    }
    if (isNotFound(error)) throw new ConfigurationError(`Data asset '${asset.name}' (azureml:${asset.name}@latest) does not exist in workspace '${workspace.workspaceName}'.`);
    throw toServiceError(error, `Listing the versions of data asset '${asset.name}'`);
  }
}
