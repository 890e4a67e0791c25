import type { AzureBlobDatastore } from "@azure/arm-machinelearning";
import type { ContainerClient } from "@azure/storage-blob";
import { ConfigurationError } from "../core/errors";
import type { Log } from "../core/log";
import { datastoreBlobUrl } from "./datastore-url";
import { callService, isNotFound, toServiceError } from "./service-error";
import type { Workspace } from "./workspace";

export const DEFAULT_DATASTORE = "workspaceblobstore";

export interface OpenedDatastore {
  name: string;
  container: ContainerClient;
}

/**
 * A blob container client for a workspace datastore, signed in as the datastore is: its account key
 * or SAS from `listSecrets` (masked at once), or the workspace credential for identity-based datastores.
 */
export async function openBlobDatastore(workspace: Workspace, log: Log, name = DEFAULT_DATASTORE): Promise<OpenedDatastore> {
  const { client, resourceGroup, workspaceName } = workspace;
  let datastore;
  try {
    datastore = await client.datastores.get(resourceGroup, workspaceName, name);
  } catch (error) {
    if (isNotFound(error)) throw new ConfigurationError(`Datastore '${name}' does not exist in workspace '${workspaceName}'.`);
    throw toServiceError(error, `Reading datastore '${name}'`);
  }
  const properties = datastore.properties as AzureBlobDatastore;
  if (properties.datastoreType !== "AzureBlob") {
    throw new ConfigurationError(`Datastore '${name}' is ${properties.datastoreType}; only AzureBlob datastores are supported.`);
  }
  const { ContainerClient, StorageSharedKeyCredential } = await import("@azure/storage-blob");
  const url = `${datastoreBlobUrl(properties)}/${properties.containerName}`;
  const credentialsType = properties.credentials?.credentialsType;
  if (credentialsType === "AccountKey" || credentialsType === "Sas") {
    const secrets = await callService(`Reading the secrets of datastore '${name}'`, () => client.datastores.listSecrets(resourceGroup, workspaceName, name));
    if (secrets.secretsType === "AccountKey" && "key" in secrets && secrets.key) {
      log.setSecret(secrets.key);
      return { name, container: new ContainerClient(url, new StorageSharedKeyCredential(properties.accountName!, secrets.key)) };
    }
    if (secrets.secretsType === "Sas" && "sasToken" in secrets && secrets.sasToken) {
      log.setSecret(secrets.sasToken);
      return { name, container: new ContainerClient(`${url}?${secrets.sasToken.replace(/^\?/, "")}`) };
    }
    throw new ConfigurationError(`Datastore '${name}' returned no usable secret.`);
  }
  return { name, container: new ContainerClient(url, workspace.credential) };
}
