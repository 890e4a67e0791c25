import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import type { TokenCredential } from "@azure/identity";
import { ConfigurationError } from "../core/errors";
import type { AzureConnection, Host } from "../host/port";
import { createCredential, type CredentialKind } from "./credential";

export const DEFAULT_ARM_ENDPOINT = "https://management.azure.com";
export const DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";

/** The common inputs that say which workspace and how to sign in. */
export interface AzureAccessInputs {
  "subscription-id"?: string;
  "resource-group"?: string;
  "workspace-name"?: string;
  azureSubscription?: string;
  "client-id"?: string;
  "tenant-id"?: string;
  "client-secret"?: string;
  "arm-endpoint"?: string;
  "authority-host"?: string;
}

export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspaceName: string;
  armEndpoint: string;
}

export interface Workspace extends WorkspaceRef {
  credential: TokenCredential;
  credentialKind: CredentialKind;
  client: AzureMachineLearningWorkspaces;
}

/** Which workspace the inputs name; fails naming the first missing input. */
export function resolveWorkspaceRef(inputs: AzureAccessInputs, host: Host): WorkspaceRef & { connection?: AzureConnection } {
  const connection = inputs.azureSubscription && host.getAzureConnection ? host.getAzureConnection(inputs.azureSubscription) : undefined;
  const subscriptionId = inputs["subscription-id"] ?? connection?.subscriptionId;
  if (!subscriptionId) throw missing(host, "subscription-id", "the Azure subscription ID (a GUID)");
  if (!inputs["resource-group"]) throw missing(host, "resource-group", "the workspace's resource group");
  if (!inputs["workspace-name"]) throw missing(host, "workspace-name", "the Azure Machine Learning workspace name");
  const armEndpoint = (inputs["arm-endpoint"] ?? connection?.armEndpoint ?? DEFAULT_ARM_ENDPOINT).replace(/\/+$/, "");
  return { subscriptionId, resourceGroup: inputs["resource-group"], workspaceName: inputs["workspace-name"], armEndpoint, connection };
}

function missing(host: Host, input: string, what: string): ConfigurationError {
  return new ConfigurationError(`Input '${host.inputLabel(input)}' is required to reach the workspace: expected ${what}.`);
}

/** Signs in and builds the Azure Resource Manager client for the workspace. */
export async function connectWorkspace(inputs: AzureAccessInputs, host: Host): Promise<Workspace> {
  const { connection, ...ref } = resolveWorkspaceRef(inputs, host);
  const { kind, credential } = await createCredential({
    authorityHost: inputs["authority-host"] ?? DEFAULT_AUTHORITY_HOST,
    clientId: inputs["client-id"],
    tenantId: inputs["tenant-id"],
    clientSecret: inputs["client-secret"],
    connection: connection && inputs["authority-host"] ? { ...connection, authorityHost: inputs["authority-host"] } : connection,
    getIdToken: host.getIdToken?.bind(host),
  });
  const { AzureMachineLearningWorkspaces } = await import("@azure/arm-machinelearning");
  const client = new AzureMachineLearningWorkspaces(credential, ref.subscriptionId, { endpoint: ref.armEndpoint });
  return { ...ref, credential, credentialKind: kind, client };
}
