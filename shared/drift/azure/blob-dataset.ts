import { posix } from "node:path";
import type { BlobItem, ContainerClient } from "@azure/storage-blob";
import picomatch from "picomatch";
import { ConfigurationError } from "../../core/errors";
import { parseMLTable, type MLTablePath } from "../readers/mltable";
import { ACCEPTED_EXTENSIONS, formatFromName, hasAcceptedExtension, type ByteSource, type Dataset } from "../readers/source";
import { blobByteSource, blobCall, storageError } from "./blob-source";

const MLTABLE_FILE = "MLTable";

/** A blob container and how its blobs are named in messages. */
export interface BlobContainerRef {
  container: ContainerClient;
  /** How a blob is shown: `azureml://datastores/<ds>/paths/<blob>` or its URL without SAS. */
  displayName(blobName: string): string;
}

/** How a data asset typed the location; `auto` when the user wrote a URI: a blob, else a folder (with or without an MLTable). */
export type BlobDataKind = "auto" | "uri_file" | "uri_folder" | "mltable";

/** Resolves a URI found in a blob MLTable (another datastore or a blob URL) to its blobs. */
export type RemotePathResolver = (uri: string, entry: MLTablePath, origin: string) => Promise<ByteSource[]>;

/** The dataset at `path` in the container: a blob, a glob, a folder of data files, or a folder holding an MLTable file. */
export async function resolveBlobDataset(
  ref: BlobContainerRef,
  path: string,
  kind: BlobDataKind,
  label: string,
  resolveRemote: RemotePathResolver,
): Promise<Dataset> {
  if (kind === "auto" && picomatch.scan(path).isGlob) {
    const sources = await globBlobs(ref, path);
    if (sources.length === 0) throw new ConfigurationError(`Data glob ${label} matched no blob.`);
    return { label, sources };
  }
  const folder = path.replace(/\/+$/, "");
  if (kind === "mltable") return resolveBlobMLTable(ref, posix.basename(folder) === MLTABLE_FILE ? parentOf(folder) : folder, label, resolveRemote);
  if (kind === "uri_file" || (kind === "auto" && folder !== "" && !path.endsWith("/"))) {
    const blob = await existingBlob(ref, folder);
    if (blob !== undefined) {
      if (kind === "auto" && posix.basename(folder) === MLTABLE_FILE) return resolveBlobMLTable(ref, parentOf(folder), label, resolveRemote);
      formatFromName(folder);
      return { label, sources: [blobByteSource(ref.container.getBlobClient(folder), ref.displayName(folder), blob.size)] };
    }
    if (kind === "uri_file") throw new ConfigurationError(`Data file ${label} does not exist (looked for ${ref.displayName(folder)}).`);
  }
  if (kind === "auto" && (await existingBlob(ref, joinBlob(folder, MLTABLE_FILE))) !== undefined) {
    return resolveBlobMLTable(ref, folder, label, resolveRemote);
  }
  const items = await listUnder(ref, folder);
  const files = items.filter((item) => hasAcceptedExtension(item.name));
  if (files.length === 0) {
    if (items.length === 0) throw new ConfigurationError(`Data location ${label} does not exist: no blob ${ref.displayName(folder)} and nothing under it.`);
    throw new ConfigurationError(`Data folder ${label} has no MLTable file and no data file (${ACCEPTED_EXTENSIONS.join(", ")}).`);
  }
  return { label, sources: files.map((item) => sourceOf(ref, item)) };
}

/** The dataset an `MLTable` blob in `folder` describes; relative paths resolve against that folder. */
export async function resolveBlobMLTable(ref: BlobContainerRef, folder: string, label: string, resolveRemote: RemotePathResolver): Promise<Dataset> {
  const mltableBlob = joinBlob(folder, MLTABLE_FILE);
  const origin = ref.displayName(mltableBlob);
  if ((await existingBlob(ref, mltableBlob)) === undefined) throw new ConfigurationError(`${label} is an MLTable data asset, but ${origin} does not exist.`);
  const text = await downloadText(ref, mltableBlob, origin);
  const spec = parseMLTable(text, origin);
  const sources: ByteSource[] = [];
  for (const entry of spec.paths) {
    if (isUri(entry.value)) sources.push(...(await resolveRemote(entry.value, entry, origin)));
    else sources.push(...(await mltableEntryBlobs(ref, folder, entry, origin)));
  }
  if (sources.length === 0) throw new ConfigurationError(`${origin}: its paths match no file.`);
  return { label, sources, format: spec.format };
}

/** The blobs one `paths:` entry names; `folder` is the blob folder it is relative to ("" for the container root). */
export async function mltableEntryBlobs(ref: BlobContainerRef, folder: string, entry: MLTablePath, origin: string): Promise<ByteSource[]> {
  const target = posix.normalize(joinBlob(folder, entry.value)).replace(/^\.\/?$/, "");
  if (target.startsWith("../") || target === "..") {
    throw new ConfigurationError(`${origin}: ${entry.kind} "${entry.value}" points outside the blob container; give a path inside it or a full URI.`);
  }
  if (entry.kind === "pattern") {
    const sources = (await globBlobs(ref, target)).filter((source) => posix.basename(source.name) !== MLTABLE_FILE);
    if (sources.length === 0) throw new ConfigurationError(`${origin}: pattern "${entry.value}" matched no file.`);
    return sources;
  }
  if (entry.kind === "file") {
    const blob = await existingBlob(ref, target);
    if (blob === undefined) throw new ConfigurationError(`${origin}: file "${entry.value}" does not exist (looked for ${ref.displayName(target)}).`);
    return [blobByteSource(ref.container.getBlobClient(target), ref.displayName(target), blob.size)];
  }
  const items = (await listUnder(ref, target.replace(/\/+$/, ""))).filter((item) => posix.basename(item.name) !== MLTABLE_FILE);
  if (items.length === 0) throw new ConfigurationError(`${origin}: folder "${entry.value}" does not exist (looked for ${ref.displayName(target)}).`);
  return items.map((item) => sourceOf(ref, item));
}

/** Blobs whose names match a glob (fast-glob's syntax: `*` within a segment, `**` across, no dot files), in name order. */
async function globBlobs(ref: BlobContainerRef, pattern: string): Promise<ByteSource[]> {
  const normalized = posix.normalize(pattern).replace(/^\.\//, "");
  const base = picomatch.scan(normalized).base;
  const matches = picomatch(normalized, { dot: false });
  const items = await listBlobs(ref, base === "" ? "" : `${base}/`);
  return items.filter((item) => matches(item.name)).map((item) => sourceOf(ref, item));
}

/** Data blobs below a folder (every depth), in name order, without hidden files or folders. */
async function listUnder(ref: BlobContainerRef, folder: string): Promise<BlobItem[]> {
  const prefix = folder === "" ? "" : `${folder}/`;
  const items = await listBlobs(ref, prefix);
  return items.filter((item) => !item.name.slice(prefix.length).split("/").some((segment) => segment.startsWith(".")) && !isDirectoryMarker(item));
}

async function listBlobs(ref: BlobContainerRef, prefix: string): Promise<BlobItem[]> {
  const items: BlobItem[] = [];
  try {
    for await (const item of ref.container.listBlobsFlat({ prefix, includeMetadata: true })) items.push(item);
  } catch (error) {
    throw storageError(error, `Listing ${ref.displayName(prefix)}`);
  }
  return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Hierarchical-namespace accounts list folders as empty blobs marked `hdi_isfolder`. */
function isDirectoryMarker(item: BlobItem): boolean {
  return item.metadata?.hdi_isfolder === "true";
}

async function existingBlob(ref: BlobContainerRef, name: string): Promise<{ size?: number } | undefined> {
  if (name === "") return undefined;
  try {
    const properties = await ref.container.getBlobClient(name).getProperties();
    if (properties.metadata?.hdi_isfolder === "true") return undefined;
    return { size: properties.contentLength };
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 404) return undefined;
    throw storageError(error, `Reading the properties of ${ref.displayName(name)}`);
  }
}

async function downloadText(ref: BlobContainerRef, name: string, shown: string): Promise<string> {
  const buffer = await blobCall(shown, `Downloading ${shown}`, () => ref.container.getBlobClient(name).downloadToBuffer());
  return buffer.toString("utf8");
}

function sourceOf(ref: BlobContainerRef, item: BlobItem): ByteSource {
  return blobByteSource(ref.container.getBlobClient(item.name), ref.displayName(item.name), item.properties.contentLength);
}

function joinBlob(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

function parentOf(blobName: string): string {
  const parent = posix.dirname(blobName);
  return parent === "." ? "" : parent;
}

function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^azureml:/i.test(value);
}
