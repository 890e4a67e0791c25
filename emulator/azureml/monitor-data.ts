import { BlobServiceClient, StorageSharedKeyCredential } from "@azure/storage-blob";
import { resolveBlobDataset, type BlobContainerRef, type BlobDataKind } from "../../shared/drift/azure/blob-dataset";
import { parseAzureLocation } from "../../shared/drift/azure/location";
import type { Dataset } from "../../shared/drift/readers";
import type { EmulatorContext } from "./context";
import { segmentsBelowWorkspace } from "./ids";
import type { ArmResource } from "./state";

/** A monitoring input as the service stores it: `uri` and `jobInputType` of a MonitoringInputDataBase. */
export interface MonitoringInput {
  uri: string;
  jobInputType: string;
}

const NAME_VERSION = /^azureml:([^/:@]+):([^/:@]+)$/i;

/** The data asset version a monitoring input names (`azureml:<name>:<version>` or its ARM id), if it names one. */
export function dataAssetOf(ctx: EmulatorContext, uri: string): ArmResource | undefined | "not-an-asset" {
  const nameVersion = NAME_VERSION.exec(uri);
  if (nameVersion) return ctx.state.data.versions.get(nameVersion[1])?.get(nameVersion[2]);
  const segments = segmentsBelowWorkspace(ctx.workspace, uri.replace(/^azureml:/i, ""));
  if (segments && segments.length === 4 && segments[0].toLowerCase() === "data" && segments[2].toLowerCase() === "versions") {
    return ctx.state.data.versions.get(segments[1])?.get(segments[3]);
  }
  return "not-an-asset";
}

/** Why the service would refuse the input at schedule creation, if it would. */
export function monitoringInputProblem(ctx: EmulatorContext, input: MonitoringInput, field: string): string | undefined {
  const asset = dataAssetOf(ctx, input.uri);
  if (asset === undefined) return `${field}: data asset '${input.uri}' was not found in workspace '${ctx.workspace.workspaceName}'.`;
  if (asset !== "not-an-asset") return undefined;
  const datastore = /^azureml:\/\/datastores\/([^/]+)\/paths\//i.exec(input.uri)?.[1];
  if (!datastore) return `${field}: '${input.uri}' is neither a data asset nor an azureml://datastores/<datastore>/paths/<path> URI.`;
  if (!ctx.state.datastores.has(datastore)) return `${field}: datastore '${datastore}' was not found in workspace '${ctx.workspace.workspaceName}'.`;
  return undefined;
}

function containerOf(ctx: EmulatorContext, datastoreName: string): BlobContainerRef {
  const datastore = ctx.state.datastores.get(datastoreName);
  if (!datastore) throw new Error(`Datastore '${datastoreName}' was not found.`);
  const { options } = ctx.blob;
  const service = new BlobServiceClient(options.url, new StorageSharedKeyCredential(options.accountName, options.accountKey));
  const container = service.getContainerClient(String(datastore.properties.containerName));
  return { container, displayName: (name) => `azureml://datastores/${datastoreName}/paths/${name}` };
}

/** The data a Spark monitoring job reads for one input: an MLTable (data asset or datastore folder) in Azurite. */
export async function monitoringDataset(ctx: EmulatorContext, input: MonitoringInput): Promise<Dataset> {
  const asset = dataAssetOf(ctx, input.uri);
  if (asset === undefined) throw new Error(`Data asset '${input.uri}' was not found.`);
  const dataUri = asset === "not-an-asset" ? input.uri : String(asset.properties.dataUri);
  const dataType = asset === "not-an-asset" ? input.jobInputType : String(asset.properties.dataType);
  if (dataType.toLowerCase() !== "mltable") {
    throw new Error(`Model monitoring reads tabular data: '${input.uri}' is ${dataType}; register the data as an mltable data asset.`);
  }
  const location = parseAzureLocation(dataUri, input.uri);
  if (location.kind !== "datastore") throw new Error(`'${input.uri}' points at ${dataUri}, which this workspace cannot read as a datastore path.`);
  const ref = containerOf(ctx, location.datastore);
  const kind: BlobDataKind = "mltable";
  return resolveBlobDataset(ref, location.path, kind, input.uri, () => {
    throw new Error(`${input.uri}: MLTable paths pointing at other storage are not read by the emulator.`);
  });
}
