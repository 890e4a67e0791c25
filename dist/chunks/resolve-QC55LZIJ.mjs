import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  require_picomatch
} from "./chunk-OA7BQFFC.mjs";
import {
  parseMLTable
} from "./chunk-FAPCQFAP.mjs";
import {
  blobByteSource,
  blobCall,
  storageError
} from "./chunk-NNWJAY5Z.mjs";
import {
  resolveDataAsset
} from "./chunk-IK373D4D.mjs";
import {
  parseAzureLocation,
  redactSas
} from "./chunk-CXPDZK3O.mjs";
import "./chunk-LVPRAOBK.mjs";
import "./chunk-WZDXF6DJ.mjs";
import {
  openBlobDatastore
} from "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import {
  ACCEPTED_EXTENSIONS,
  formatFromName,
  hasAcceptedExtension
} from "./chunk-RN6D2NHL.mjs";
import "./chunk-H45GLWZJ.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";
import {
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// shared/drift/azure/blob-dataset.ts
var import_picomatch = __toESM(require_picomatch());
import { posix } from "node:path";
var MLTABLE_FILE = "MLTable";
async function resolveBlobDataset(ref, path, kind, label, resolveRemote) {
  if (kind === "auto" && import_picomatch.default.scan(path).isGlob) {
    let sources = await globBlobs(ref, path);
    if (sources.length === 0) throw new ConfigurationError(`Data glob ${label} matched no blob.`);
    return { label, sources };
  }
  let folder = path.replace(/\/+$/, "");
  if (kind === "mltable") return resolveBlobMLTable(ref, posix.basename(folder) === MLTABLE_FILE ? parentOf(folder) : folder, label, resolveRemote);
  if (kind === "uri_file" || kind === "auto" && folder !== "" && !path.endsWith("/")) {
    let blob = await existingBlob(ref, folder);
    if (blob !== void 0)
      return kind === "auto" && posix.basename(folder) === MLTABLE_FILE ? resolveBlobMLTable(ref, parentOf(folder), label, resolveRemote) : (formatFromName(folder), { label, sources: [blobByteSource(ref.container.getBlobClient(folder), ref.displayName(folder), blob.size)] });
    if (kind === "uri_file") throw new ConfigurationError(`Data file ${label} does not exist (looked for ${ref.displayName(folder)}).`);
  }
  if (kind === "auto" && await existingBlob(ref, joinBlob(folder, MLTABLE_FILE)) !== void 0)
    return resolveBlobMLTable(ref, folder, label, resolveRemote);
  let items = await listUnder(ref, folder), files = items.filter((item) => hasAcceptedExtension(item.name));
  if (files.length === 0)
    throw items.length === 0 ? new ConfigurationError(`Data location ${label} does not exist: no blob ${ref.displayName(folder)} and nothing under it.`) : new ConfigurationError(`Data folder ${label} has no MLTable file and no data file (${ACCEPTED_EXTENSIONS.join(", ")}).`);
  return { label, sources: files.map((item) => sourceOf(ref, item)) };
}
async function resolveBlobMLTable(ref, folder, label, resolveRemote) {
  let mltableBlob = joinBlob(folder, MLTABLE_FILE), origin = ref.displayName(mltableBlob);
  if (await existingBlob(ref, mltableBlob) === void 0) throw new ConfigurationError(`${label} is an MLTable data asset, but ${origin} does not exist.`);
  let text = await downloadText(ref, mltableBlob, origin), spec = parseMLTable(text, origin), sources = [];
  for (let entry of spec.paths)
    isUri(entry.value) ? sources.push(...await resolveRemote(entry.value, entry, origin)) : sources.push(...await mltableEntryBlobs(ref, folder, entry, origin));
  if (sources.length === 0) throw new ConfigurationError(`${origin}: its paths match no file.`);
  return { label, sources, format: spec.format };
}
async function mltableEntryBlobs(ref, folder, entry, origin) {
  let target = posix.normalize(joinBlob(folder, entry.value)).replace(/^\.\/?$/, "");
  if (target.startsWith("../") || target === "..")
    throw new ConfigurationError(`${origin}: ${entry.kind} "${entry.value}" points outside the blob container; give a path inside it or a full URI.`);
  if (entry.kind === "pattern") {
    let sources = (await globBlobs(ref, target)).filter((source) => posix.basename(source.name) !== MLTABLE_FILE);
    if (sources.length === 0) throw new ConfigurationError(`${origin}: pattern "${entry.value}" matched no file.`);
    return sources;
  }
  if (entry.kind === "file") {
    let blob = await existingBlob(ref, target);
    if (blob === void 0) throw new ConfigurationError(`${origin}: file "${entry.value}" does not exist (looked for ${ref.displayName(target)}).`);
    return [blobByteSource(ref.container.getBlobClient(target), ref.displayName(target), blob.size)];
  }
  let items = (await listUnder(ref, target.replace(/\/+$/, ""))).filter((item) => posix.basename(item.name) !== MLTABLE_FILE);
  if (items.length === 0) throw new ConfigurationError(`${origin}: folder "${entry.value}" does not exist (looked for ${ref.displayName(target)}).`);
  return items.map((item) => sourceOf(ref, item));
}
async function globBlobs(ref, pattern) {
  let normalized = posix.normalize(pattern).replace(/^\.\//, ""), base = import_picomatch.default.scan(normalized).base, matches = (0, import_picomatch.default)(normalized, { dot: !1 });
  return (await listBlobs(ref, base === "" ? "" : `${base}/`)).filter((item) => matches(item.name)).map((item) => sourceOf(ref, item));
}
async function listUnder(ref, folder) {
  let prefix = folder === "" ? "" : `${folder}/`;
  return (await listBlobs(ref, prefix)).filter((item) => !item.name.slice(prefix.length).split("/").some((segment) => segment.startsWith(".")) && !isDirectoryMarker(item));
}
async function listBlobs(ref, prefix) {
  let items = [];
  try {
    for await (let item of ref.container.listBlobsFlat({ prefix, includeMetadata: !0 })) items.push(item);
  } catch (error) {
    throw storageError(error, `Listing ${ref.displayName(prefix)}`);
  }
  return items.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function isDirectoryMarker(item) {
  return item.metadata?.hdi_isfolder === "true";
}
async function existingBlob(ref, name) {
  if (name !== "")
    try {
      let properties = await ref.container.getBlobClient(name).getProperties();
      return properties.metadata?.hdi_isfolder === "true" ? void 0 : { size: properties.contentLength };
    } catch (error) {
      if (error.statusCode === 404) return;
      throw storageError(error, `Reading the properties of ${ref.displayName(name)}`);
    }
}
async function downloadText(ref, name, shown) {
  return (await blobCall(shown, `Downloading ${shown}`, () => ref.container.getBlobClient(name).downloadToBuffer())).toString("utf8");
}
function sourceOf(ref, item) {
  return blobByteSource(ref.container.getBlobClient(item.name), ref.displayName(item.name), item.properties.contentLength);
}
function joinBlob(folder, name) {
  return folder === "" ? name : `${folder}/${name}`;
}
function parentOf(blobName) {
  let parent = posix.dirname(blobName);
  return parent === "." ? "" : parent;
}
function isUri(value) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^azureml:/i.test(value);
}

// shared/drift/azure/resolve.ts
async function resolveAzureDataset(location, workspace, log) {
  let lazy = typeof workspace == "function" ? workspace : async () => workspace, parsed = parseAzureLocation(location, "Data location");
  if (parsed.kind !== "asset") return resolveBlobLocation(parsed, "auto", redactSas(location.trim()), lazy, log);
  let target = await resolveDataAsset(parsed, await lazy()), label = parsed.latest ? `azureml:${parsed.name}@latest (version ${target.version})` : `azureml:${parsed.name}:${target.version}`, uri = parseAzureLocation(target.dataUri, `Data asset '${parsed.name}' version '${target.version}' (dataUri)`);
  if (uri.kind === "asset") throw new ConfigurationError(`Data asset '${parsed.name}' version '${target.version}' points at another asset (${target.dataUri}); expected a datastore or blob URI.`);
  return resolveBlobLocation(uri, target.kind, label, lazy, log);
}
async function resolveBlobLocation(location, kind, label, workspace, log) {
  let ref = await openContainer(location, workspace, log);
  return resolveBlobDataset(ref, location.path, kind, label, (uri, entry, origin) => resolveRemoteEntry(uri, entry, origin, workspace, log));
}
async function resolveRemoteEntry(uri, entry, origin, workspace, log) {
  let location = parseAzureLocation(uri, `${origin}: ${entry.kind}`);
  if (location.kind === "asset") throw new ConfigurationError(`${origin}: ${entry.kind} "${uri}" is a data asset; paths must be files, folders or patterns.`);
  let ref = await openContainer(location, workspace, log);
  return mltableEntryBlobs(ref, "", { kind: entry.kind, value: location.path }, origin);
}
async function openContainer(location, lazy, log) {
  if (location.kind === "datastore") {
    let workspace = await lazy(), owner = location.workspace ? await workspaceFor(workspace, location.workspace) : workspace, { container } = await openBlobDatastore(owner, log, location.datastore), prefix = owner === workspace ? `azureml://datastores/${location.datastore}/paths/` : `azureml://subscriptions/${owner.subscriptionId}/resourcegroups/${owner.resourceGroup}/workspaces/${owner.workspaceName}/datastores/${location.datastore}/paths/`;
    return { container, displayName: (name) => `${prefix}${name}` };
  }
  let { ContainerClient } = await import("./esm-YN3LVR64.mjs"), displayName = (name) => `${location.containerUrl}/${name}`;
  if (location.sas !== void 0)
    return log.setSecret(location.sas), { container: new ContainerClient(`${location.containerUrl}?${location.sas}`), displayName };
  if (location.containerUrl.startsWith("http://"))
    throw new ConfigurationError(`${location.containerUrl} uses http://: give a SAS URL (the workspace credential is sent only over https://).`);
  return { container: new ContainerClient(location.containerUrl, (await lazy()).credential), displayName };
}
async function workspaceFor(workspace, scope) {
  let same = (a, b) => a.toLowerCase() === b.toLowerCase(), sameSubscription = same(scope.subscriptionId, workspace.subscriptionId);
  if (sameSubscription && same(scope.resourceGroup, workspace.resourceGroup) && same(scope.workspaceName, workspace.workspaceName)) return workspace;
  let client = workspace.client;
  if (!sameSubscription) {
    let { AzureMachineLearningWorkspaces } = await import("./src-REJKGCAY.mjs");
    client = new AzureMachineLearningWorkspaces(workspace.credential, scope.subscriptionId, { endpoint: workspace.armEndpoint });
  }
  return { ...workspace, ...scope, client };
}
export {
  resolveAzureDataset
};
