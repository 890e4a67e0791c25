import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import type { TokenCredential } from "@azure/identity";
import { createCredential, type CredentialKind, type CredentialSettings } from "./credential";

export const DEFAULT_ARM_ENDPOINT = "https://management.azure.com";
export const DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";

export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspaceName: string;
  armEndpoint: string;
}

/** Which workspace, where Azure is, and how to sign in. */
export interface WorkspaceSettings extends Omit<WorkspaceRef, "armEndpoint">, Omit<CredentialSettings, "authorityHost"> {
  /** Default: https://management.azure.com. */
  armEndpoint?: string;
  /** Default: the service connection's, else https://login.microsoftonline.com. */
  authorityHost?: string;
}

export interface Workspace extends WorkspaceRef {
  credential: TokenCredential;
  credentialKind: CredentialKind;
  client: AzureMachineLearningWorkspaces;
}

/** Signs in and builds the Azure Resource Manager client for the workspace. */
export async function connectWorkspace(settings: WorkspaceSettings): Promise<Workspace> {
  const { subscriptionId, resourceGroup, workspaceName, connection } = settings;
  const armEndpoint = (settings.armEndpoint ?? DEFAULT_ARM_ENDPOINT).replace(/\/+$/, "");
  const { kind, credential } = await createCredential({
    ...settings,
    authorityHost: settings.authorityHost ?? DEFAULT_AUTHORITY_HOST,
    connection: connection && settings.authorityHost ? { ...connection, authorityHost: settings.authorityHost } : connection,
  });
  const { AzureMachineLearningWorkspaces } = await import("@azure/arm-machinelearning");
  const client = new AzureMachineLearningWorkspaces(credential, subscriptionId, { endpoint: armEndpoint });
  return { subscriptionId, resourceGroup, workspaceName, armEndpoint, credential, credentialKind: kind, client };
}
