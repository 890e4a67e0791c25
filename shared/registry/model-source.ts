import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import type { ContainerClient } from "@azure/storage-blob";
import { SettingError } from "../core/errors";
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
  /** Uploads a local model to its content-addressed folder; undefined when nothing is uploaded. */
  upload?: (container: ContainerClient) => Promise<{ reused: boolean }>;
}

const DATASTORE_URI = /^azureml:\/\/datastores\/[^/]+\/paths\/.+/i;
const DATA_ARM_ID = /\/data\/([^/]+)\/versions\/([^/]+)$/i;

function keyed(key: string, fields: Omit<ModelSource, "key" | "keyHash">): ModelSource {
  return { key, keyHash: createHash("sha256").update(key).digest("hex"), ...fields };
}

/** `training_data=azureml:credit:3` for each input that reads data (literal inputs are left out). */
export function dataInputsOf(job: RawJob): string[] {
  return Object.entries(job.properties.inputs ?? {})
    .filter((entry): entry is [string, { uri: string }] => typeof entry[1]?.uri === "string")
    .map(([name, input]) => {
      const asset = DATA_ARM_ID.exec(input.uri);
      return `${name}=${asset ? `azureml:${asset[1]}:${asset[2]}` : input.uri}`;
    })
    .sort();
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
  });
}

async function pathSource(path: string, datastore: string): Promise<ModelSource> {
  if (DATASTORE_URI.test(path)) return keyed(`uri:${path}`, { modelUri: path, description: path, dataInputs: [] });
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
    upload: (container) => uploadLocalSnapshot(container, snapshot),
  });
}

/** What is registered and where it lives; a job must have Completed and have the output. */
export function resolveModelSource(workspace: Workspace, source: ModelSourceSettings, datastore: string): Promise<ModelSource> {
  return source.kind === "job" ? jobSource(workspace, source.jobName, source.outputName) : pathSource(source.path, datastore);
}
