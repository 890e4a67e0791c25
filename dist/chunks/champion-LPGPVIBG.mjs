import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  getModelVersion,
  modelOfDeployment,
  sourceJobOf,
  storedMetrics
} from "./chunk-XCOOARZ4.mjs";
import {
  metricsOfJob,
  readJob
} from "./chunk-23QNCACT.mjs";
import "./chunk-5XSXFM66.mjs";
import "./chunk-UBX5E6TC.mjs";
import "./chunk-JYELJH5W.mjs";
import "./chunk-YLJXG7A5.mjs";
import {
  latestAssetVersion
} from "./chunk-WZDXF6DJ.mjs";
import {
  callService,
  isNotFound,
  toServiceError
} from "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import {
  ConfigurationError,
  SettingError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/registry/champion.ts
function busiestDeployment(traffic) {
  let ranked = Object.entries(traffic).filter(([, weight]) => weight > 0).sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0));
  return ranked[0] && { name: ranked[0][0], weight: ranked[0][1] };
}
async function servingModel(workspace, endpointName) {
  let { client, resourceGroup, workspaceName } = workspace, endpoint;
  try {
    endpoint = await client.onlineEndpoints.get(resourceGroup, workspaceName, endpointName);
  } catch (error) {
    if (isNotFound(error)) return { missing: `endpoint '${endpointName}' does not exist yet` };
    throw toServiceError(error, `Reading endpoint '${endpointName}'`);
  }
  let busiest = busiestDeployment(endpoint.properties.traffic ?? {});
  if (!busiest) return { missing: `endpoint '${endpointName}' serves no live traffic` };
  let modelId = (await callService(
    `Reading deployment '${busiest.name}' of endpoint '${endpointName}'`,
    () => client.onlineDeployments.get(resourceGroup, workspaceName, endpointName, busiest.name)
  )).properties.model;
  if (!modelId) return { missing: `deployment '${busiest.name}' of endpoint '${endpointName}' names no model` };
  let reference = modelOfDeployment(modelId);
  if (!reference)
    throw new SettingError("endpointName", `deployment '${busiest.name}' serves model '${modelId}', which is not a model version of this workspace; compare with a named version instead.`);
  return { model: await getModelVersion(workspace, reference.name, reference.version), chosenBy: `serving ${busiest.weight}% of endpoint ${endpointName} (deployment ${busiest.name})` };
}
async function namedVersion(workspace, modelName, version) {
  if (version === "latest") {
    let latest;
    try {
      latest = await latestAssetVersion(workspace.client, workspace, "models", modelName);
    } catch (error) {
      if (error instanceof ConfigurationError) return { missing: `model '${modelName}' has no versions yet` };
      throw error;
    }
    return { model: await getModelVersion(workspace, modelName, latest), chosenBy: `latest version of model ${modelName}` };
  }
  try {
    let model = await workspace.client.modelVersions.get(workspace.resourceGroup, workspace.workspaceName, modelName, version);
    return { model: { name: modelName, version, id: model.id ?? "", properties: model.properties }, chosenBy: `version ${version} of model ${modelName}` };
  } catch (error) {
    throw isNotFound(error) ? new SettingError("championVersion", `model '${modelName}' has no version '${version}' in workspace '${workspace.workspaceName}'.`) : toServiceError(error, `Reading model ${modelName}:${version}`);
  }
}
async function championMetrics(workspace, model, metricsStep, log) {
  let stored = storedMetrics(model.properties);
  if (stored) return { metrics: stored, from: "its registration" };
  let jobName = sourceJobOf(model.properties);
  if (!jobName) return { metrics: {}, from: "nowhere (no stored metrics and no source job)" };
  try {
    let job = await readJob(workspace, jobName);
    return { metrics: await metricsOfJob(workspace, job, metricsStep), from: `job ${jobName}` };
  } catch (error) {
    if (error instanceof SettingError) throw error;
    return log.warning(`The metrics of the champion's job ${jobName} could not be read: ${errorMessage(error)}`), { metrics: {}, from: `nowhere (job ${jobName} could not be read)` };
  }
}
async function findChampion(workspace, settings, log) {
  let found = settings.kind === "endpoint" ? await servingModel(workspace, settings.endpointName) : await namedVersion(workspace, settings.modelName, settings.version);
  if ("missing" in found) return found;
  let { metrics, from } = await championMetrics(workspace, found.model, settings.metricsStep, log);
  return { champion: { model: found.model.name, version: found.model.version, chosenBy: found.chosenBy, metrics, metricsFrom: from } };
}
export {
  busiestDeployment,
  findChampion
};
