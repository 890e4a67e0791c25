import { connectWorkspace as connectToWorkspace, type Workspace, type WorkspaceSettings } from "../azure/workspace";
import { ConfigurationError } from "../core/errors";
import type { Host } from "../host/port";
import type { ParsedInputs } from "../inputs/parse";
import type { authInputs, workspaceInputs } from "./common-inputs";
import { withInputNames, type InputNames } from "./input-errors";

export type WorkspaceInputs = Partial<ParsedInputs<typeof workspaceInputs & typeof authInputs>>;

/** The input each workspace setting comes from. */
export const WORKSPACE_INPUT_NAMES: InputNames = {
  subscriptionId: "subscription-id",
  resourceGroup: "resource-group",
  workspaceName: "workspace-name",
  armEndpoint: "arm-endpoint",
  authorityHost: "authority-host",
  clientId: "client-id",
  tenantId: "tenant-id",
  clientSecret: "client-secret",
};

/** Which workspace the inputs name and how to sign in; fails naming the first missing input. */
export function workspaceSettings(inputs: WorkspaceInputs, host: Host): WorkspaceSettings {
  const connection = inputs.azureSubscription && host.getAzureConnection ? host.getAzureConnection(inputs.azureSubscription) : undefined;
  const subscriptionId = inputs["subscription-id"] ?? connection?.subscriptionId;
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
    getIdToken: host.getIdToken?.bind(host),
  };
}

function missing(host: Host, input: string, what: string): ConfigurationError {
  return new ConfigurationError(`Input '${host.inputLabel(input)}' is required to reach the workspace: expected ${what}.`);
}

/** Signs in to the workspace the common inputs name; a bad setting is reported as the input it came from. */
export function connectWorkspace(inputs: WorkspaceInputs, host: Host, connect: (settings: WorkspaceSettings) => Promise<Workspace> = connectToWorkspace): Promise<Workspace> {
  return withInputNames(host, WORKSPACE_INPUT_NAMES, () => connect(workspaceSettings(inputs, host)));
}
