import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  latestAssetVersion
} from "./chunk-WZDXF6DJ.mjs";
import {
  isNotFound,
  toServiceError
} from "./chunk-5LVE2LTV.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/azure/data-asset.ts
var DATA_TYPES = { uri_file: "uri_file", uri_folder: "uri_folder", mltable: "mltable" };
async function resolveDataAsset(asset, workspace) {
  let { client, resourceGroup, workspaceName } = workspace, version = asset.latest ? await latestVersion(asset, workspace) : asset.version, properties;
  try {
    properties = (await client.dataVersions.get(resourceGroup, workspaceName, asset.name, version)).properties;
  } catch (error) {
    throw isNotFound(error) ? new ConfigurationError(`Data asset '${asset.name}' version '${version}' does not exist in workspace '${workspaceName}'.`) : toServiceError(error, `Reading data asset '${asset.name}' version '${version}'`);
  }
  let kind = DATA_TYPES[properties.dataType.toLowerCase()];
  if (kind === void 0)
    throw new ConfigurationError(`Data asset '${asset.name}' version '${version}' is of type ${properties.dataType}; accepted: ${Object.keys(DATA_TYPES).join(", ")}.`);
  return { version, dataUri: properties.dataUri, kind };
}
async function latestVersion(asset, workspace) {
  try {
    return await latestAssetVersion(workspace.client, workspace, "data", asset.name);
  } catch (error) {
    throw error instanceof ConfigurationError ? new ConfigurationError(`Data asset '${asset.name}' (azureml:${asset.name}@latest) does not exist in workspace '${workspace.workspaceName}': it has no version.`) : isNotFound(error) ? new ConfigurationError(`Data asset '${asset.name}' (azureml:${asset.name}@latest) does not exist in workspace '${workspace.workspaceName}'.`) : toServiceError(error, `Listing the versions of data asset '${asset.name}'`);
  }
}

export {
  resolveDataAsset
};
