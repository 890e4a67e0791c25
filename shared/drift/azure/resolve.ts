import { openBlobDatastore } from "../../azure/datastore";
import type { Workspace } from "../../azure/workspace";
import { ConfigurationError } from "../../core/errors";
import type { Log } from "../../core/log";
import type { WorkspaceScope } from "../../azure/arm-ids";
import type { MLTablePath } from "../readers/mltable";
import type { ByteSource, Dataset } from "../readers/source";
import { mltableEntryBlobs, resolveBlobDataset, type BlobContainerRef, type BlobDataKind } from "./blob-dataset";
import { resolveDataAsset } from "./data-asset";
import { parseAzureLocation, redactSas, type BlobUrlLocation, type DatastoreLocation } from "./location";

/**
 * A dataset in Azure: a data asset (`azureml:<name>:<version>`, `azureml:<name>@latest`), a datastore
 * path (`azureml://datastores/<ds>/paths/<path>`, short or long form) or a blob URL (with a SAS, or
 * read with the workspace credential). Each names a blob, a glob, a folder of data files or a folder
 * holding an MLTable file.
 */
export async function resolveAzureDataset(location: string, workspace: Workspace | LazyWorkspace, log: Log): Promise<Dataset> {
  const lazy: LazyWorkspace = typeof workspace === "function" ? workspace : async () => workspace;
  const parsed = parseAzureLocation(location, "Data location");
  if (parsed.kind !== "asset") return resolveBlobLocation(parsed, "auto", redactSas(location.trim()), lazy, log);
  const target = await resolveDataAsset(parsed, await lazy());
  const label = parsed.latest ? `azureml:${parsed.name}@latest (version ${target.version})` : `azureml:${parsed.name}:${target.version}`;
  const uri = parseAzureLocation(target.dataUri, `Data asset '${parsed.name}' version '${target.version}' (dataUri)`);
  if (uri.kind === "asset") throw new ConfigurationError(`Data asset '${parsed.name}' version '${target.version}' points at another asset (${target.dataUri}); expected a datastore or blob URI.`);
  return resolveBlobLocation(uri, target.kind, label, lazy, log);
}

/** The workspace, signed in to only when a location needs it: a SAS URL needs none. */
export type LazyWorkspace = () => Promise<Workspace>;

async function resolveBlobLocation(location: DatastoreLocation | BlobUrlLocation, kind: BlobDataKind, label: string, workspace: LazyWorkspace, log: Log): Promise<Dataset> {
  const ref = await openContainer(location, workspace, log);
  return resolveBlobDataset(ref, location.path, kind, label, (uri, entry, origin) => resolveRemoteEntry(uri, entry, origin, workspace, log));
}

/** A `paths:` entry of a blob MLTable that is a full URI: another datastore path or a blob URL. */
async function resolveRemoteEntry(uri: string, entry: MLTablePath, origin: string, workspace: LazyWorkspace, log: Log): Promise<ByteSource[]> {
  const location = parseAzureLocation(uri, `${origin}: ${entry.kind}`);
  if (location.kind === "asset") throw new ConfigurationError(`${origin}: ${entry.kind} "${uri}" is a data asset; paths must be files, folders or patterns.`);
  const ref = await openContainer(location, workspace, log);
  return mltableEntryBlobs(ref, "", { kind: entry.kind, value: location.path }, origin);
}

async function openContainer(location: DatastoreLocation | BlobUrlLocation, lazy: LazyWorkspace, log: Log): Promise<BlobContainerRef> {
  if (location.kind === "datastore") {
    const workspace = await lazy();
    const owner = location.workspace ? await workspaceFor(workspace, location.workspace) : workspace;
    const { container } = await openBlobDatastore(owner, log, location.datastore);
    const prefix = owner === workspace
      ? `azureml://datastores/${location.datastore}/paths/`
      : `azureml://subscriptions/${owner.subscriptionId}/resourcegroups/${owner.resourceGroup}/workspaces/${owner.workspaceName}/datastores/${location.datastore}/paths/`;
    return { container, displayName: (name) => `${prefix}${name}` };
  }
  const { ContainerClient } = await import("@azure/storage-blob");
  const displayName = (name: string): string => `${location.containerUrl}/${name}`;
  if (location.sas !== undefined) {
    log.setSecret(location.sas);
    return { container: new ContainerClient(`${location.containerUrl}?${location.sas}`), displayName };
  }
  if (location.containerUrl.startsWith("http://")) {
    throw new ConfigurationError(`${location.containerUrl} uses http://: give a SAS URL (the workspace credential is sent only over https://).`);
  }
  return { container: new ContainerClient(location.containerUrl, (await lazy()).credential), displayName };
}

/** The workspace a long-form datastore URI names, reached with the same sign-in. */
async function workspaceFor(workspace: Workspace, scope: WorkspaceScope): Promise<Workspace> {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const sameSubscription = same(scope.subscriptionId, workspace.subscriptionId);
  if (sameSubscription && same(scope.resourceGroup, workspace.resourceGroup) && same(scope.workspaceName, workspace.workspaceName)) return workspace;
  let client = workspace.client;
  if (!sameSubscription) {
    const { AzureMachineLearningWorkspaces } = await import("@azure/arm-machinelearning");
    client = new AzureMachineLearningWorkspaces(workspace.credential, scope.subscriptionId, { endpoint: workspace.armEndpoint });
  }
  return { ...workspace, ...scope, client };
}
