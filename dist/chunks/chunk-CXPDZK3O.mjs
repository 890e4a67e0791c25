import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/azure/location.ts
import { isIP } from "node:net";
var AZURE_PREFIXES = ["azureml:", "https://", "http://", "wasbs://", "wasb://", "abfss://", "abfs://"];
function isAzureLocation(location) {
  let lower = location.trim().toLowerCase();
  return AZURE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
var ACCEPTED_FORMS = "azureml:<data-asset>:<version>, azureml:<data-asset>@latest, azureml://datastores/<datastore>/paths/<path>, https://<account>.blob.core.windows.net/<container>/<path> (optionally with a SAS query string)", ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/, SHORT_DATASTORE_URI = /^azureml:\/\/datastores\/([^/]+)\/paths(?:\/(.*))?$/i, LONG_DATASTORE_URI = /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)\/paths(?:\/(.*))?$/i, ASSET_ARM_ID = /^azureml:\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/data\/([^/]+)\/versions\/([^/]+)$/i, ADLS_URI = /^(?:wasbs?|abfss?):\/\/([^@/]+)@([^/]+?)(?:\/(.*))?$/i;
function parseAzureLocation(location, input) {
  let value = location.trim();
  if (/^azureml:\/\//i.test(value)) return parseDatastoreUri(value, input);
  if (/^azureml:/i.test(value)) return parseAssetReference(value, input);
  if (/^(?:wasbs?|abfss?):\/\//i.test(value)) return parseAdlsUri(value, input);
  if (/^https?:\/\//i.test(value)) return parseBlobUrl(value, input);
  throw new ConfigurationError(`${input}: ${JSON.stringify(redactSas(value))} is not an Azure data location; accepted: ${ACCEPTED_FORMS}.`);
}
function parseDatastoreUri(value, input) {
  let short = SHORT_DATASTORE_URI.exec(value);
  if (short) return { kind: "datastore", datastore: short[1], path: trimSlashes(short[2] ?? "") };
  let long = LONG_DATASTORE_URI.exec(value);
  if (long)
    return {
      kind: "datastore",
      datastore: long[4],
      path: trimSlashes(long[5] ?? ""),
      workspace: { subscriptionId: long[1], resourceGroup: long[2], workspaceName: long[3] }
    };
  throw new ConfigurationError(
    `${input}: ${JSON.stringify(value)} is not a datastore URI; accepted: azureml://datastores/<datastore>/paths/<path> or azureml://subscriptions/<subscription>/resourcegroups/<group>/workspaces/<workspace>/datastores/<datastore>/paths/<path>.`
  );
}
function parseAssetReference(value, input) {
  let armId = ASSET_ARM_ID.exec(value);
  if (armId) return { kind: "asset", name: armId[1], version: armId[2], latest: !1 };
  let rest = value.slice(8), at = rest.lastIndexOf("@");
  if (at > 0 && rest.slice(at + 1) === "latest" && ASSET_NAME.test(rest.slice(0, at)))
    return { kind: "asset", name: rest.slice(0, at), version: "latest", latest: !0 };
  let colon = rest.indexOf(":");
  if (at < 0 && colon > 0) {
    let name = rest.slice(0, colon), version = rest.slice(colon + 1);
    if (ASSET_NAME.test(name) && /^[a-zA-Z0-9][a-zA-Z0-9\-_.]*$/.test(version)) return { kind: "asset", name, version, latest: !1 };
  }
  throw new ConfigurationError(`${input}: ${JSON.stringify(value)} is not a data asset reference; accepted: azureml:<data-asset>:<version> or azureml:<data-asset>@latest.`);
}
function parseAdlsUri(value, input) {
  let match = ADLS_URI.exec(value), host = match?.[2].toLowerCase().replace(/\.dfs\./, ".blob.");
  if (!match || !host || !/^[a-z0-9]+\.blob\./.test(host))
    throw new ConfigurationError(`${input}: ${JSON.stringify(value)} is not a storage URI; accepted: wasbs://<container>@<account>.blob.core.windows.net/<path> or abfss://<container>@<account>.dfs.core.windows.net/<path>.`);
  return { kind: "blob-url", containerUrl: `https://${host}/${match[1]}`, path: decodePath(trimSlashes(match[3] ?? ""), value, input) };
}
function parseBlobUrl(value, input) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${input}: ${JSON.stringify(redactSas(value))} is not a valid URL; accepted: ${ACCEPTED_FORMS}.`);
  }
  let shown = `${url.origin}${url.pathname}`, loopback = isLoopback(url.hostname);
  if (url.protocol === "http:" && !loopback)
    throw new ConfigurationError(`${input}: ${shown} uses http://, which is accepted only for a local storage emulator (127.0.0.1, localhost, [::1]); use https://.`);
  let segments = url.pathname.split("/").filter((segment) => segment !== ""), origin;
  if (loopback) {
    if (segments.length < 2) throw new ConfigurationError(`${input}: ${shown} must name an account and a container: ${url.origin}/<account>/<container>/<path>.`);
    origin = `${url.origin}/${segments.shift()}`;
  } else {
    if (!/^[a-z0-9]+\.(?:blob|dfs)\./i.test(url.hostname))
      throw new ConfigurationError(`${input}: ${shown} is not an Azure Blob Storage URL; accepted: https://<account>.blob.core.windows.net/<container>/<path>.`);
    if (segments.length < 1) throw new ConfigurationError(`${input}: ${shown} must name a container: https://<account>.blob.core.windows.net/<container>/<path>.`);
    origin = `${url.protocol}//${url.host.replace(/\.dfs\./i, ".blob.")}`;
  }
  let container = segments.shift(), rawPath = segments.join("/") + (url.pathname.endsWith("/") && segments.length > 0 ? "/" : ""), location = { kind: "blob-url", containerUrl: `${origin}/${container}`, path: decodePath(rawPath, shown, input) }, query = url.search.replace(/^\?/, "");
  if (query !== "") {
    if (!new URLSearchParams(query).has("sig"))
      throw new ConfigurationError(`${input}: the query string of ${shown} is not a SAS token (it has no "sig" parameter); give a SAS URL or the URL without a query string.`);
    location.sas = query;
  }
  return location;
}
function decodePath(path, shown, input) {
  try {
    return path.split("/").map((segment) => decodeURIComponent(segment)).join("/");
  } catch {
    throw new ConfigurationError(`${input}: ${shown} has an invalid percent-encoding in its path.`);
  }
}
function isLoopback(hostname) {
  let host = hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" ? !0 : isIP(host) === 4 ? host.startsWith("127.") : host === "::1";
}
function trimSlashes(path) {
  return path.replace(/^\/+/, "");
}
function redactSas(location) {
  let query = location.indexOf("?");
  return query < 0 ? location : location.slice(0, query);
}

export {
  isAzureLocation,
  parseAzureLocation,
  redactSas
};
