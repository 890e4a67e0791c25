import { isIP } from "node:net";
import { ConfigurationError } from "../../core/errors";
import type { WorkspaceScope } from "../../azure/arm-ids";

/** A data location that lives in Azure, as the user or a data asset wrote it. */
export type AzureLocation = AssetLocation | DatastoreLocation | BlobUrlLocation;

export interface AssetLocation {
  kind: "asset";
  name: string;
  /** A version, or `latest` for `@latest`. */
  version: string;
  latest: boolean;
}

export interface DatastoreLocation {
  kind: "datastore";
  datastore: string;
  /** Blob path inside the datastore's container, without a leading slash (may be empty: the container root). */
  path: string;
  /** Set by the long form, which may name another workspace. */
  workspace?: WorkspaceScope;
}

export interface BlobUrlLocation {
  kind: "blob-url";
  /** Container URL without query string. */
  containerUrl: string;
  /** Blob path inside the container, decoded, without a leading slash (may be empty). */
  path: string;
  /** The SAS query string (without `?`) when the URL carries one. */
  sas?: string;
}

const AZURE_PREFIXES = ["azureml:", "https://", "http://", "wasbs://", "wasb://", "abfss://", "abfs://"];

/** True when the location needs Azure (azureml:, azureml://, https:// or http:// blob URL, wasbs:// or abfss://). */
export function isAzureLocation(location: string): boolean {
  const lower = location.trim().toLowerCase();
  return AZURE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

const ACCEPTED_FORMS =
  "azureml:<data-asset>:<version>, azureml:<data-asset>@latest, azureml://datastores/<datastore>/paths/<path>, " +
  "https://<account>.blob.core.windows.net/<container>/<path> (optionally with a SAS query string)";

const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;
const SHORT_DATASTORE_URI = /^azureml:\/\/datastores\/([^/]+)\/paths(?:\/(.*))?$/i;
const LONG_DATASTORE_URI =
  /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)\/paths(?:\/(.*))?$/i;
const ASSET_ARM_ID = /^azureml:\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/data\/([^/]+)\/versions\/([^/]+)$/i;
const ADLS_URI = /^(?:wasbs?|abfss?):\/\/([^@/]+)@([^/]+?)(?:\/(.*))?$/i;

/** Parses an Azure data location; `input` names where it came from in messages. */
export function parseAzureLocation(location: string, input: string): AzureLocation {
  const value = location.trim();
  if (/^azureml:\/\//i.test(value)) return parseDatastoreUri(value, input);
  if (/^azureml:/i.test(value)) return parseAssetReference(value, input);
  if (/^(?:wasbs?|abfss?):\/\//i.test(value)) return parseAdlsUri(value, input);
  if (/^https?:\/\//i.test(value)) return parseBlobUrl(value, input);
  throw new ConfigurationError(`${input}: ${JSON.stringify(redactSas(value))} is not an Azure data location; accepted: ${ACCEPTED_FORMS}.`);
}

function parseDatastoreUri(value: string, input: string): DatastoreLocation {
  const short = SHORT_DATASTORE_URI.exec(value);
  if (short) return { kind: "datastore", datastore: short[1], path: trimSlashes(short[2] ?? "") };
  const long = LONG_DATASTORE_URI.exec(value);
  if (long) {
    return {
      kind: "datastore",
      datastore: long[4],
      path: trimSlashes(long[5] ?? ""),
      workspace: { subscriptionId: long[1], resourceGroup: long[2], workspaceName: long[3] },
    };
  }
  throw new ConfigurationError(
    `${input}: ${JSON.stringify(value)} is not a datastore URI; accepted: azureml://datastores/<datastore>/paths/<path> or ` +
      "azureml://subscriptions/<subscription>/resourcegroups/<group>/workspaces/<workspace>/datastores/<datastore>/paths/<path>.",
  );
}

function parseAssetReference(value: string, input: string): AssetLocation {
  const armId = ASSET_ARM_ID.exec(value);
  if (armId) return { kind: "asset", name: armId[1], version: armId[2], latest: false };
  const rest = value.slice("azureml:".length);
  const at = rest.lastIndexOf("@");
  if (at > 0 && rest.slice(at + 1) === "latest" && ASSET_NAME.test(rest.slice(0, at))) {
    return { kind: "asset", name: rest.slice(0, at), version: "latest", latest: true };
  }
  const colon = rest.indexOf(":");
  if (at < 0 && colon > 0) {
    const name = rest.slice(0, colon);
    const version = rest.slice(colon + 1);
    if (ASSET_NAME.test(name) && /^[a-zA-Z0-9][a-zA-Z0-9\-_.]*$/.test(version)) return { kind: "asset", name, version, latest: false };
  }
  throw new ConfigurationError(`${input}: ${JSON.stringify(value)} is not a data asset reference; accepted: azureml:<data-asset>:<version> or azureml:<data-asset>@latest.`);
}

/** `wasbs://<container>@<account>.blob.<suffix>/<path>` and `abfss://<container>@<account>.dfs.<suffix>/<path>`, read over the Blob API. */
function parseAdlsUri(value: string, input: string): BlobUrlLocation {
  const match = ADLS_URI.exec(value);
  const host = match?.[2].toLowerCase().replace(/\.dfs\./, ".blob.");
  if (!match || !host || !/^[a-z0-9]+\.blob\./.test(host)) {
    throw new ConfigurationError(`${input}: ${JSON.stringify(value)} is not a storage URI; accepted: wasbs://<container>@<account>.blob.core.windows.net/<path> or abfss://<container>@<account>.dfs.core.windows.net/<path>.`);
  }
  return { kind: "blob-url", containerUrl: `https://${host}/${match[1]}`, path: decodePath(trimSlashes(match[3] ?? ""), value, input) };
}

function parseBlobUrl(value: string, input: string): BlobUrlLocation {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${input}: ${JSON.stringify(redactSas(value))} is not a valid URL; accepted: ${ACCEPTED_FORMS}.`);
  }
  const shown = `${url.origin}${url.pathname}`;
  const loopback = isLoopback(url.hostname);
  if (url.protocol === "http:" && !loopback) {
    throw new ConfigurationError(`${input}: ${shown} uses http://, which is accepted only for a local storage emulator (127.0.0.1, localhost, [::1]); use https://.`);
  }
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  let origin: string;
  if (loopback) {
    // Path-style, as Azurite serves it: /<account>/<container>/<path>
    if (segments.length < 2) throw new ConfigurationError(`${input}: ${shown} must name an account and a container: ${url.origin}/<account>/<container>/<path>.`);
    origin = `${url.origin}/${segments.shift()}`;
  } else {
    if (!/^[a-z0-9]+\.(?:blob|dfs)\./i.test(url.hostname)) {
      throw new ConfigurationError(`${input}: ${shown} is not an Azure Blob Storage URL; accepted: https://<account>.blob.core.windows.net/<container>/<path>.`);
    }
    if (segments.length < 1) throw new ConfigurationError(`${input}: ${shown} must name a container: https://<account>.blob.core.windows.net/<container>/<path>.`);
    origin = `${url.protocol}//${url.host.replace(/\.dfs\./i, ".blob.")}`;
  }
  const container = segments.shift()!;
  const rawPath = segments.join("/") + (url.pathname.endsWith("/") && segments.length > 0 ? "/" : "");
  const location: BlobUrlLocation = { kind: "blob-url", containerUrl: `${origin}/${container}`, path: decodePath(rawPath, shown, input) };
  const query = url.search.replace(/^\?/, "");
  if (query !== "") {
    if (!new URLSearchParams(query).has("sig")) {
      throw new ConfigurationError(`${input}: the query string of ${shown} is not a SAS token (it has no "sig" parameter); give a SAS URL or the URL without a query string.`);
    }
    location.sas = query;
  }
  return location;
}

function decodePath(path: string, shown: string, input: string): string {
  try {
    return path
      .split("/")
      .map((segment) => decodeURIComponent(segment))
      .join("/");
  } catch {
    throw new ConfigurationError(`${input}: ${shown} has an invalid percent-encoding in its path.`);
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+/, "");
}

/** The location without its SAS token, safe to print. */
export function redactSas(location: string): string {
  const query = location.indexOf("?");
  return query < 0 ? location : location.slice(0, query);
}
