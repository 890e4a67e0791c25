import { isIP } from "node:net";

export interface BlobDatastoreLocation {
  accountName?: string;
  /** Storage suffix such as `core.windows.net`, or `host:port` of a storage emulator. */
  endpoint?: string;
  protocol?: string;
}

function hostOf(endpoint: string): string {
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(endpoint);
  if (bracketed) return bracketed[1];
  const colon = endpoint.lastIndexOf(":");
  return colon > 0 && endpoint.indexOf(":") === colon ? endpoint.slice(0, colon) : endpoint;
}

/**
 * Account blob URL of an AzureBlob datastore: `https://<account>.blob.<endpoint>`, or path-style
 * `http://<endpoint>/<account>` when the endpoint is an IP address or localhost (Azurite).
 */
export function datastoreBlobUrl(datastore: BlobDatastoreLocation): string {
  const accountName = datastore.accountName;
  if (!accountName) throw new Error("The datastore has no accountName.");
  const endpoint = (datastore.endpoint ?? "core.windows.net").replace(/\/+$/, "");
  const protocol = (datastore.protocol ?? "https").replace(/:$/, "");
  const host = hostOf(endpoint);
  if (isIP(host) !== 0 || host === "localhost") return `${protocol}://${endpoint}/${accountName}`;
  return `${protocol}://${accountName}.blob.${endpoint}`;
}
