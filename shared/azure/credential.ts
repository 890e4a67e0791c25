import type { TokenCredential } from "@azure/identity";
import type { AzureConnection } from "../core/connection";
import { ConfigurationError, SettingError } from "../core/errors";

export const GITHUB_OIDC_AUDIENCE = "api://AzureADTokenExchange";

/** Authority hosts Microsoft's identity library knows; any other host (a private cloud, a test fake) skips instance discovery. */
const KNOWN_AUTHORITY_HOSTS = [
  "https://login.microsoftonline.com",
  "https://login.microsoftonline.us",
  "https://login.chinacloudapi.cn",
];

export interface CredentialSettings {
  authorityHost: string;
  clientId?: string;
  tenantId?: string;
  clientSecret?: string;
  /** Service connection of an Azure Pipelines run. */
  connection?: AzureConnection;
  /** The CI system's OIDC token (GitHub Actions); called again on every token refresh. */
  getIdToken?: (audience: string) => Promise<string>;
}

export type CredentialKind = "service-connection-federation" | "service-connection-secret" | "client-secret" | "github-oidc" | "azure-cli";

/** Picks the first way to sign in that the settings allow, in the documented order. */
export function chooseCredentialKind(settings: CredentialSettings): CredentialKind {
  const connection = settings.connection;
  if (connection) {
    if (connection.scheme === "WorkloadIdentityFederation") return "service-connection-federation";
    if (connection.scheme === "ServicePrincipal") return "service-connection-secret";
    throw new ConfigurationError(`Service connection '${connection.id}' uses ${connection.scheme}; accepted: workload identity federation or service principal (secret).`);
  }
  if (settings.clientSecret) {
    requireIds(settings);
    return "client-secret";
  }
  if (settings.clientId && settings.tenantId && settings.getIdToken) return "github-oidc";
  if (settings.clientId || settings.tenantId) {
    throw new SettingError(
      settings.clientId ? "clientId" : "tenantId",
      (name) =>
        `Inputs '${name("clientId")}' and '${name("tenantId")}' need OIDC (on GitHub: \`permissions: id-token: write\`) or '${name("clientSecret")}'; set both IDs, or neither to use the Azure CLI login.`,
    );
  }
  return "azure-cli";
}

function requireIds(settings: CredentialSettings): void {
  for (const id of ["clientId", "tenantId"] as const) {
    if (!settings[id]) throw new SettingError(id, (name) => `Input '${name(id)}' is required with '${name("clientSecret")}': expected a GUID.`);
  }
}

export async function createCredential(settings: CredentialSettings): Promise<{ kind: CredentialKind; credential: TokenCredential }> {
  const kind = chooseCredentialKind(settings);
  const identity = await import("@azure/identity");
  const connection = settings.connection;
  const authorityHost = (connection?.authorityHost ?? settings.authorityHost).replace(/\/+$/, "");
  const options = { authorityHost, disableInstanceDiscovery: !KNOWN_AUTHORITY_HOSTS.includes(authorityHost) };
  switch (kind) {
    case "service-connection-federation": {
      const { tenantId, clientId, accessToken } = connectionFields(connection!, ["tenantId", "clientId"]);
      if (!accessToken) {
        throw new ConfigurationError(
          `Service connection '${connection!.id}' uses workload identity federation, which needs System.AccessToken: allow scripts to access the OAuth token for this job.`,
        );
      }
      return { kind, credential: new identity.AzurePipelinesCredential(tenantId!, clientId!, connection!.id, accessToken, options) };
    }
    case "service-connection-secret": {
      const { tenantId, clientId, clientSecret } = connectionFields(connection!, ["tenantId", "clientId", "clientSecret"]);
      return { kind, credential: new identity.ClientSecretCredential(tenantId!, clientId!, clientSecret!, options) };
    }
    case "client-secret":
      return { kind, credential: new identity.ClientSecretCredential(settings.tenantId!, settings.clientId!, settings.clientSecret!, options) };
    case "github-oidc": {
      const getIdToken = settings.getIdToken!;
      // Asked again on every refresh: a GitHub OIDC token lives minutes, a training wait can take hours.
      const assertion = () => getIdToken(GITHUB_OIDC_AUDIENCE);
      return { kind, credential: new identity.ClientAssertionCredential(settings.tenantId!, settings.clientId!, assertion, options) };
    }
    case "azure-cli":
      return { kind, credential: new identity.AzureCliCredential() };
  }
}

function connectionFields(connection: AzureConnection, required: (keyof AzureConnection)[]): AzureConnection {
  for (const field of required) {
    if (!connection[field]) throw new ConfigurationError(`Service connection '${connection.id}' has no ${field}.`);
  }
  return connection;
}
