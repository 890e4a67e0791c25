import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  callService,
  isNotFound,
  toServiceError
} from "./chunk-5LVE2LTV.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/datastore-url.ts
import { isIP } from "node:net";
function hostOf(endpoint) {
  let bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(endpoint);
  if (bracketed) return bracketed[1];
  let colon = endpoint.lastIndexOf(":");
  return colon > 0 && endpoint.indexOf(":") === colon ? endpoint.slice(0, colon) : endpoint;
}
function datastoreBlobUrl(datastore) {
  let accountName = datastore.accountName;
  if (!accountName) throw new Error("The datastore has no accountName.");
  let endpoint = (datastore.endpoint ?? "core.windows.net").replace(/\/+$/, ""), protocol = (datastore.protocol ?? "https").replace(/:$/, ""), host = hostOf(endpoint);
  return isIP(host) !== 0 || host === "localhost" ? `${protocol}://${endpoint}/${accountName}` : `${protocol}://${accountName}.blob.${endpoint}`;
}

// shared/azure/datastore.ts
var DEFAULT_DATASTORE = "workspaceblobstore";
async function openBlobDatastore(workspace, log, name = DEFAULT_DATASTORE) {
  let { client, resourceGroup, workspaceName } = workspace, datastore;
  try {
    datastore = await client.datastores.get(resourceGroup, workspaceName, name);
  } catch (error) {
    throw isNotFound(error) ? new ConfigurationError(`Datastore '${name}' does not exist in workspace '${workspaceName}'.`) : toServiceError(error, `Reading datastore '${name}'`);
  }
  let properties = datastore.properties;
  if (properties.datastoreType !== "AzureBlob")
    throw new ConfigurationError(`Datastore '${name}' is ${properties.datastoreType}; only AzureBlob datastores are supported.`);
  let { ContainerClient, StorageSharedKeyCredential } = await import("./esm-YN3LVR64.mjs"), url = `${datastoreBlobUrl(properties)}/${properties.containerName}`, credentialsType = properties.credentials?.credentialsType;
  if (credentialsType === "AccountKey" || credentialsType === "Sas") {
    let secrets = await callService(`Reading the secrets of datastore '${name}'`, () => client.datastores.listSecrets(resourceGroup, workspaceName, name));
    if (secrets.secretsType === "AccountKey" && "key" in secrets && secrets.key)
      return log.setSecret(secrets.key), { name, container: new ContainerClient(url, new StorageSharedKeyCredential(properties.accountName, secrets.key)) };
    if (secrets.secretsType === "Sas" && "sasToken" in secrets && secrets.sasToken)
      return log.setSecret(secrets.sasToken), { name, container: new ContainerClient(`${url}?${secrets.sasToken.replace(/^\?/, "")}`) };
    throw new ConfigurationError(`Datastore '${name}' returned no usable secret.`);
  }
  return { name, container: new ContainerClient(url, workspace.credential) };
}

export {
  DEFAULT_DATASTORE,
  openBlobDatastore
};
