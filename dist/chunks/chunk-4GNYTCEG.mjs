import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

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

export {
  datastoreBlobUrl
};
