import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

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
var ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;
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
    if (ASSET_NAME.test(name)) return { kind: "latest", name };
  }
  let colon = rest.indexOf(":");
  if (colon > 0) {
    let name = rest.slice(0, colon), version = rest.slice(colon + 1);
    if (ASSET_NAME.test(name) && version !== "" && !version.includes(":")) return { kind: "version", name, version };
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

export {
  workspaceArmId,
  datastoreArmId,
  assetVersionArmId,
  ASSET_NAME,
  parseAssetReference,
  resolveComputeId
};
