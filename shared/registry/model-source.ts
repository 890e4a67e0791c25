import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import type { ContainerClient } from "@azure/storage-blob";
import { SettingError } from "../core/errors";
import { assetVersionArmId, type WorkspaceScope } from "../azure/arm-ids";
import type { Workspace } from "../azure/workspace";
import { datastoreUri, localSnapshot, uploadLocalSnapshot } from "../jobs/resolvers";
import { readCompletedJob, type RawJob } from "./jobs";

export type ModelSourceSettings =
  | { kind: "job"; jobName: string; outputName: string }
  /** A local file or folder, or an azureml://datastores/… URI. */
  | { kind: "path"; path: string };

export interface ModelSource {
  /** The same source always gives the same key: the job and output, or the content hash of a local model. */
  key: string;
  /** sha256 of the key: a value safe to filter model versions by. */
  keyHash: string;
  modelUri: string;
  /** For the reader, e.g. "output model of job keen_apple_1". */
  description: string;
  jobName?: string;
  /** Data the job read: `<input>=<asset or URI>`. */
  dataInputs: string[];
  /** The data assets among them, as the newer api-version's model `datasets` takes them. */
  datasets: DatasetReference[];
  /** Uploads a local model to its content-addressed folder; undefined when nothing is uploaded. */
  upload?: (container: ContainerClient) => Promise<{ reused: boolean }>;
}

export interface DatasetReference {
  name: string;
  id: string;
}

const DATASTORE_URI = /^azureml:\/\/datastores\/[^/]+\/paths\/.+/i;
const DATA_ARM_ID = /\/data\/([^/]+)\/versions\/([^/]+)$/i;

function keyed(key: string, fields: Omit<ModelSource, "key" | "keyHash">): ModelSource {
  return { key, keyHash: createHash("sha256").update(key).digest("hex"), ...fields };
}

/** The data asset an input URI names: an ARM id of a data version, or azureml:<name>:<version>. */
function dataAssetOf(uri: string): { name: string; version: string; armId?: string } | undefined {
  const armId = DATA_ARM_ID.exec(uri);
  if (armId) return { name: armId[1], version: armId[2], armId: uri };
  const short = /^azureml:([^:/@]+):([^:/]+)$/.exec(uri);
  return short ? { name: short[1], version: short[2] } : undefined;
}

function dataUris(job: RawJob): [string, string][] {
  return Object.entries(job.properties.inputs ?? {})
    .filter((entry): entry is [string, { uri: string }] => typeof entry[1]?.uri === "string")
    .map(([name, input]): [string, string] => [name, input.uri])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `training_data=azureml:credit:3` for each input that reads data (literal inputs are left out). */
export function dataInputsOf(job: RawJob): string[] {
  return dataUris(job).map(([name, uri]) => {
    const asset = dataAssetOf(uri);
    return `${name}=${asset ? `azureml:${asset.name}:${asset.version}` : uri}`;
  });
}

/** The data assets the job read, as the newer api-version's model `datasets` takes them. */
export function datasetsOf(job: RawJob, scope: WorkspaceScope): DatasetReference[] {
  return dataUris(job).flatMap(([, uri]) => {
    const asset = dataAssetOf(uri);
    return asset ? [{ name: `${asset.name}:${asset.version}`, id: asset.armId ?? assetVersionArmId(scope, "data", asset.name, asset.version) }] : [];
  });
}

async function jobSource(workspace: Workspace, jobName: string, outputName: string): Promise<ModelSource> {
  const job = await readCompletedJob(workspace, jobName);
  const outputs = Object.keys(job.properties.outputs ?? {});
  if (!outputs.includes(outputName)) {
    throw new SettingError("outputName", `job ${jobName} has no output '${outputName}' (outputs: ${outputs.join(", ") || "none"}).`);
  }
  return keyed(`job:${jobName}/outputs/${outputName}`, {
    modelUri: `azureml://jobs/${jobName}/outputs/${outputName}`,
    description: `output ${outputName} of job ${jobName}`,
    jobName,
    dataInputs: dataInputsOf(job),
    datasets: datasetsOf(job, workspace),
  });
}

async function pathSource(path: string, datastore: string): Promise<ModelSource> {
  if (DATASTORE_URI.test(path)) return keyed(`uri:${path}`, { modelUri: path, description: path, dataInputs: [], datasets: [] });
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) {
    throw new SettingError("modelPath", `'${path}' is not accepted: expected a local file or folder, or azureml://datastores/<datastore>/paths/<path>.`);
  }
  if (!existsSync(path)) throw new SettingError("modelPath", `${path} does not exist; expected a local file or folder, or azureml://datastores/<datastore>/paths/<path>.`);
  const snapshot = await localSnapshot(path);
  if (snapshot.files.length === 0) throw new SettingError("modelPath", `${path} holds no files to register.`);
  return keyed(`sha256:${snapshot.hash}`, {
    modelUri: datastoreUri(datastore, snapshot),
    description: `${path} (${snapshot.files.length} file${snapshot.files.length === 1 ? "" : "s"}, sha256 ${snapshot.hash.slice(0, 12)})`,
    dataInputs: [],
    datasets: [],
    upload: (container) => uploadLocalSnapshot(container, snapshot),
  });
}

/** What is registered and where it lives; a job must have Completed and have the output. */
export function resolveModelSource(workspace: Workspace, source: ModelSourceSettings, datastore: string): Promise<ModelSource> {
  return source.kind === "job" ? jobSource(workspace, source.jobName, source.outputName) : pathSource(source.path, datastore);
}
