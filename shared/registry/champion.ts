import { ConfigurationError, SettingError, errorMessage } from "../core/errors";
import type { Log } from "../core/log";
import { callService, isNotFound, toServiceError } from "../azure/service-error";
import type { Workspace } from "../azure/workspace";
import type { Champion } from "../gate/decide";
import { latestAssetVersion } from "../azure/asset-versions";
import { metricsOfJob, readJob } from "./jobs";
import { getModelVersion, modelOfDeployment, sourceJobOf, storedMetrics, type ModelVersionRef } from "./model-versions";

export type ChampionSettings =
  | { kind: "endpoint"; endpointName: string; metricsStep?: string }
  | { kind: "version"; modelName: string; /** A version, or "latest". */ version: string; metricsStep?: string };

/** The champion, or why there is none yet (a first model, an endpoint without traffic). */
export type ChampionLookup = { champion: Champion } | { missing: string };

/** The deployment holding the most live traffic; ties go to the first name in alphabetical order. */
export function busiestDeployment(traffic: Record<string, number>): { name: string; weight: number } | undefined {
  const ranked = Object.entries(traffic)
    .filter(([, weight]) => weight > 0)
    .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0));
  return ranked[0] && { name: ranked[0][0], weight: ranked[0][1] };
}

async function servingModel(workspace: Workspace, endpointName: string): Promise<{ model: ModelVersionRef; chosenBy: string } | { missing: string }> {
  const { client, resourceGroup, workspaceName } = workspace;
  let endpoint;
  try {
    endpoint = await client.onlineEndpoints.get(resourceGroup, workspaceName, endpointName);
  } catch (error) {
    if (isNotFound(error)) return { missing: `endpoint '${endpointName}' does not exist yet` };
    throw toServiceError(error, `Reading endpoint '${endpointName}'`);
  }
  const busiest = busiestDeployment(endpoint.properties.traffic ?? {});
  if (!busiest) return { missing: `endpoint '${endpointName}' serves no live traffic` };
  const deployment = await callService(`Reading deployment '${busiest.name}' of endpoint '${endpointName}'`, () =>
    client.onlineDeployments.get(resourceGroup, workspaceName, endpointName, busiest.name),
  );
  const modelId = deployment.properties.model;
  if (!modelId) return { missing: `deployment '${busiest.name}' of endpoint '${endpointName}' names no model` };
  const reference = modelOfDeployment(modelId);
  if (!reference) {
    throw new SettingError("endpointName", `deployment '${busiest.name}' serves model '${modelId}', which is not a model version of this workspace; compare with a named version instead.`);
  }
  const model = await getModelVersion(workspace, reference.name, reference.version);
  return { model, chosenBy: `serving ${busiest.weight}% of endpoint ${endpointName} (deployment ${busiest.name})` };
}

async function namedVersion(workspace: Workspace, modelName: string, version: string): Promise<{ model: ModelVersionRef; chosenBy: string } | { missing: string }> {
  if (version === "latest") {
    let latest: string;
    try {
      latest = await latestAssetVersion(workspace.client, workspace, "models", modelName);
    } catch (error) {
      if (error instanceof ConfigurationError) return { missing: `model '${modelName}' has no versions yet` };
      throw error;
    }
    return { model: await getModelVersion(workspace, modelName, latest), chosenBy: `latest version of model ${modelName}` };
  }
  try {
    const model = await workspace.client.modelVersions.get(workspace.resourceGroup, workspace.workspaceName, modelName, version);
    return { model: { name: modelName, version, id: model.id ?? "", properties: model.properties }, chosenBy: `version ${version} of model ${modelName}` };
  } catch (error) {
    if (isNotFound(error)) throw new SettingError("championVersion", `model '${modelName}' has no version '${version}' in workspace '${workspace.workspaceName}'.`);
    throw toServiceError(error, `Reading model ${modelName}:${version}`);
  }
}

/** The champion's metrics: those its registration stored, else those its source job logged in MLflow. */
async function championMetrics(workspace: Workspace, model: ModelVersionRef, metricsStep: string | undefined, log: Log): Promise<{ metrics: Record<string, number>; from: string }> {
  const stored = storedMetrics(model.properties);
  if (stored) return { metrics: stored, from: "its registration" };
  const jobName = sourceJobOf(model.properties);
  if (!jobName) return { metrics: {}, from: "nowhere (no stored metrics and no source job)" };
  try {
    const job = await readJob(workspace, jobName);
    return { metrics: await metricsOfJob(workspace, job, metricsStep), from: `job ${jobName}` };
  } catch (error) {
    if (error instanceof SettingError) throw error;
    log.warning(`The metrics of the champion's job ${jobName} could not be read: ${errorMessage(error)}`);
    return { metrics: {}, from: `nowhere (job ${jobName} could not be read)` };
  }
}

/** Finds the model the candidate is compared with and its metrics. */
export async function findChampion(workspace: Workspace, settings: ChampionSettings, log: Log): Promise<ChampionLookup> {
  const found = settings.kind === "endpoint" ? await servingModel(workspace, settings.endpointName) : await namedVersion(workspace, settings.modelName, settings.version);
  if ("missing" in found) return found;
  const { metrics, from } = await championMetrics(workspace, found.model, settings.metricsStep, log);
  return { champion: { model: found.model.name, version: found.model.version, chosenBy: found.chosenBy, metrics, metricsFrom: from } };
}
