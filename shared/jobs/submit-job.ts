import type { AzureMachineLearningWorkspaces, JobBase } from "@azure/arm-machinelearning";
import { sendJson } from "../azure/data-plane";
import { workspaceArmId, type WorkspaceScope } from "../azure/arm-ids";
import type { JobRequest } from "./job-request";

export const JOBS_API_VERSION = "2022-10-01";

export function jobUrl(armEndpoint: string, scope: WorkspaceScope, name: string): string {
  return `${armEndpoint.replace(/\/+$/, "")}${workspaceArmId(scope)}/jobs/${encodeURIComponent(name)}?api-version=${JOBS_API_VERSION}`;
}

/**
 * PUTs the job body exactly as built, through the client's own pipeline (sign-in, retries).
 * `client.jobs.createOrUpdate` cannot be used: the 2.1.1 serializer looks data inputs and outputs up under
 * `JobInput.uri_folder` etc., finds no mapper (they are registered under `AssetJobInput.*`) and silently drops
 * their `uri` and `mode` — the job would run without its data.
 */
export async function submitJobRequest(
  client: AzureMachineLearningWorkspaces,
  armEndpoint: string,
  scope: WorkspaceScope,
  request: JobRequest,
  abortSignal?: AbortSignal,
): Promise<JobBase> {
  return sendJson<JobBase>(client, "PUT", jobUrl(armEndpoint, scope, request.name), { properties: request.properties }, abortSignal);
}
