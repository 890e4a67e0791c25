import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError,
  SettingError
} from "./chunk-44J6QWGP.mjs";

// shared/azure/credential.ts
var GITHUB_OIDC_AUDIENCE = "api://AzureADTokenExchange", KNOWN_AUTHORITY_HOSTS = [
  "https://login.microsoftonline.com",
  "https://login.microsoftonline.us",
  "https://login.chinacloudapi.cn"
];
function chooseCredentialKind(settings) {
  let connection = settings.connection;
  if (connection) {
    if (connection.scheme === "WorkloadIdentityFederation") return "service-connection-federation";
    if (connection.scheme === "ServicePrincipal") return "service-connection-secret";
    throw new ConfigurationError(`Service connection '${connection.id}' uses ${connection.scheme}; accepted: workload identity federation or service principal (secret).`);
  }
  if (settings.clientSecret)
    return requireIds(settings), "client-secret";
  if (settings.clientId && settings.tenantId && settings.getIdToken) return "github-oidc";
  if (settings.clientId || settings.tenantId)
    throw new SettingError(
      settings.clientId ? "clientId" : "tenantId",
      (name) => `Inputs '${name("clientId")}' and '${name("tenantId")}' need OIDC (on GitHub: \`permissions: id-token: write\`) or '${name("clientSecret")}'; set both IDs, or neither to use the Azure CLI login.`
    );
  return "azure-cli";
}
function requireIds(settings) {
  for (let id of ["clientId", "tenantId"])
    if (!settings[id]) throw new SettingError(id, (name) => `Input '${name(id)}' is required with '${name("clientSecret")}': expected a GUID.`);
}
async function createCredential(settings) {
  let kind = chooseCredentialKind(settings), identity = await import("./esm-MUAHZRI2.mjs"), connection = settings.connection, authorityHost = (connection?.authorityHost ?? settings.authorityHost).replace(/\/+$/, ""), options = { authorityHost, disableInstanceDiscovery: !KNOWN_AUTHORITY_HOSTS.includes(authorityHost) };
  switch (kind) {
    case "service-connection-federation": {
      let { tenantId, clientId, accessToken } = connectionFields(connection, ["tenantId", "clientId"]);
      if (!accessToken)
        throw new ConfigurationError(
          `Service connection '${connection.id}' uses workload identity federation, which needs System.AccessToken: allow scripts to access the OAuth token for this job.`
        );
      return { kind, credential: new identity.AzurePipelinesCredential(tenantId, clientId, connection.id, accessToken, options) };
    }
    case "service-connection-secret": {
      let { tenantId, clientId, clientSecret } = connectionFields(connection, ["tenantId", "clientId", "clientSecret"]);
      return { kind, credential: new identity.ClientSecretCredential(tenantId, clientId, clientSecret, options) };
    }
    case "client-secret":
      return { kind, credential: new identity.ClientSecretCredential(settings.tenantId, settings.clientId, settings.clientSecret, options) };
    case "github-oidc": {
      let getIdToken = settings.getIdToken, assertion = () => getIdToken(GITHUB_OIDC_AUDIENCE);
      return { kind, credential: new identity.ClientAssertionCredential(settings.tenantId, settings.clientId, assertion, options) };
    }
    case "azure-cli":
      return { kind, credential: new identity.AzureCliCredential() };
  }
}
function connectionFields(connection, required) {
  for (let field of required)
    if (!connection[field]) throw new ConfigurationError(`Service connection '${connection.id}' has no ${field}.`);
  return connection;
}

// shared/azure/workspace.ts
var DEFAULT_ARM_ENDPOINT = "https://management.azure.com", DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
async function connectWorkspace(settings) {
  let { subscriptionId, resourceGroup, workspaceName, connection } = settings, armEndpoint = (settings.armEndpoint ?? DEFAULT_ARM_ENDPOINT).replace(/\/+$/, ""), { kind, credential } = await createCredential({
    ...settings,
    authorityHost: settings.authorityHost ?? DEFAULT_AUTHORITY_HOST,
    connection: connection && settings.authorityHost ? { ...connection, authorityHost: settings.authorityHost } : connection
  }), { AzureMachineLearningWorkspaces } = await import("./src-REJKGCAY.mjs"), client = new AzureMachineLearningWorkspaces(credential, subscriptionId, { endpoint: armEndpoint });
  return { subscriptionId, resourceGroup, workspaceName, armEndpoint, credential, credentialKind: kind, client };
}

export {
  DEFAULT_ARM_ENDPOINT,
  DEFAULT_AUTHORITY_HOST,
  connectWorkspace
};
