import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  withInputNames
} from "./chunk-ERGP5LOC.mjs";
import {
  connectWorkspace
} from "./chunk-NXQHRRSQ.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/steps/workspace-inputs.ts
var WORKSPACE_INPUT_NAMES = {
  subscriptionId: "subscription-id",
  resourceGroup: "resource-group",
  workspaceName: "workspace-name",
  armEndpoint: "arm-endpoint",
  authorityHost: "authority-host",
  clientId: "client-id",
  tenantId: "tenant-id",
  clientSecret: "client-secret"
};
function workspaceSettings(inputs, host) {
  let connection = inputs.azureSubscription && host.getAzureConnection ? host.getAzureConnection(inputs.azureSubscription) : void 0, subscriptionId = inputs["subscription-id"] ?? connection?.subscriptionId;
  if (!subscriptionId) throw missing(host, "subscription-id", "the Azure subscription ID (a GUID)");
  if (!inputs["resource-group"]) throw missing(host, "resource-group", "the workspace's resource group");
  if (!inputs["workspace-name"]) throw missing(host, "workspace-name", "the Azure Machine Learning workspace name");
  return {
    subscriptionId,
    resourceGroup: inputs["resource-group"],
    workspaceName: inputs["workspace-name"],
    armEndpoint: inputs["arm-endpoint"] ?? connection?.armEndpoint,
    authorityHost: inputs["authority-host"],
    clientId: inputs["client-id"],
    tenantId: inputs["tenant-id"],
    clientSecret: inputs["client-secret"],
    connection,
    getIdToken: host.getIdToken?.bind(host)
  };
}
function missing(host, input, what) {
  return new ConfigurationError(`Input '${host.inputLabel(input)}' is required to reach the workspace: expected ${what}.`);
}
function connectWorkspace2(inputs, host, connect = connectWorkspace) {
  return withInputNames(host, WORKSPACE_INPUT_NAMES, () => connect(workspaceSettings(inputs, host)));
}

export {
  WORKSPACE_INPUT_NAMES,
  workspaceSettings,
  connectWorkspace2 as connectWorkspace
};
