import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  datastoreUri,
  localSnapshot,
  uploadLocalSnapshot
} from "./chunk-X56FMKLV.mjs";
import "./chunk-BVD3ISGW.mjs";
import {
  readCompletedJob
} from "./chunk-23QNCACT.mjs";
import "./chunk-5XSXFM66.mjs";
import "./chunk-UBX5E6TC.mjs";
import "./chunk-JYELJH5W.mjs";
import {
  assetVersionArmId
} from "./chunk-YLJXG7A5.mjs";
import "./chunk-WZDXF6DJ.mjs";
import "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import {
  SettingError
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/registry/model-source.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
var DATASTORE_URI = /^azureml:\/\/datastores\/[^/]+\/paths\/.+/i, DATA_ARM_ID = /\/data\/([^/]+)\/versions\/([^/]+)$/i;
function keyed(key, fields) {
  return { key, keyHash: createHash("sha256").update(key).digest("hex"), ...fields };
}
function dataAssetOf(uri) {
  let armId = DATA_ARM_ID.exec(uri);
  if (armId) return { name: armId[1], version: armId[2], armId: uri };
  let short = /^azureml:([^:/@]+):([^:/]+)$/.exec(uri);
  return short ? { name: short[1], version: short[2] } : void 0;
}
function dataUris(job) {
  return Object.entries(job.properties.inputs ?? {}).filter((entry) => typeof entry[1]?.uri == "string").map(([name, input]) => [name, input.uri]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function dataInputsOf(job) {
  return dataUris(job).map(([name, uri]) => {
    let asset = dataAssetOf(uri);
    return `${name}=${asset ? `azureml:${asset.name}:${asset.version}` : uri}`;
  });
}
function datasetsOf(job, scope) {
  return dataUris(job).flatMap(([, uri]) => {
    let asset = dataAssetOf(uri);
    return asset ? [{ name: `${asset.name}:${asset.version}`, id: asset.armId ?? assetVersionArmId(scope, "data", asset.name, asset.version) }] : [];
  });
}
async function jobSource(workspace, jobName, outputName) {
  let job = await readCompletedJob(workspace, jobName), outputs = Object.keys(job.properties.outputs ?? {});
  if (!outputs.includes(outputName))
    throw new SettingError("outputName", `job ${jobName} has no output '${outputName}' (outputs: ${outputs.join(", ") || "none"}).`);
  return keyed(`job:${jobName}/outputs/${outputName}`, {
    modelUri: `azureml://jobs/${jobName}/outputs/${outputName}`,
    description: `output ${outputName} of job ${jobName}`,
    jobName,
    dataInputs: dataInputsOf(job),
    datasets: datasetsOf(job, workspace)
  });
}
async function pathSource(path, datastore) {
  if (DATASTORE_URI.test(path)) return keyed(`uri:${path}`, { modelUri: path, description: path, dataInputs: [], datasets: [] });
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path))
    throw new SettingError("modelPath", `'${path}' is not accepted: expected a local file or folder, or azureml://datastores/<datastore>/paths/<path>.`);
  if (!existsSync(path)) throw new SettingError("modelPath", `${path} does not exist; expected a local file or folder, or azureml://datastores/<datastore>/paths/<path>.`);
  let snapshot = await localSnapshot(path);
  if (snapshot.files.length === 0) throw new SettingError("modelPath", `${path} holds no files to register.`);
  return keyed(`sha256:${snapshot.hash}`, {
    modelUri: datastoreUri(datastore, snapshot),
    description: `${path} (${snapshot.files.length} file${snapshot.files.length === 1 ? "" : "s"}, sha256 ${snapshot.hash.slice(0, 12)})`,
    dataInputs: [],
    datasets: [],
    upload: (container) => uploadLocalSnapshot(container, snapshot)
  });
}
function resolveModelSource(workspace, source, datastore) {
  return source.kind === "job" ? jobSource(workspace, source.jobName, source.outputName) : pathSource(source.path, datastore);
}
export {
  dataInputsOf,
  datasetsOf,
  resolveModelSource
};
