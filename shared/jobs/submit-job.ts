import type { AzureMachineLearningWorkspaces, JobBase } from "@azure/arm-machinelearning";
import { sendJson } from "../azure/data-plane";
import { workspaceArmId, type WorkspaceScope } from "../azure/arm-ids";
import type { JobRequest } from "./job-request";

export const JOBS_API_VERSION = "2022-10-01";
/** For what 2022-10-01 lacks, sent through the same client pipeline. */
export const NEWER_JOBS_API_VERSION = "2025-12-01";

/**
 * The api-version a job is sent with: 2022-10-01, or a newer one for what that version does not have — a Spark,
 * fine-tuning or AutoML job (queue settings, outputs with mode direct), queue settings, an output with mode direct.
 */
export function jobApiVersion(properties: JobRequest["properties"]): string {
  if (properties.jobType === "Spark" || properties.jobType === "FineTuning" || properties.jobType === "AutoML") return NEWER_JOBS_API_VERSION;
  if ("queueSettings" in properties && properties.queueSettings) return NEWER_JOBS_API_VERSION;
  const outputs = ("outputs" in properties && properties.outputs ? properties.outputs : {}) as Record<string, { mode?: string } | null>;
  const direct = Object.values(outputs).some((output) => output?.mode === "Direct");
  return direct ? NEWER_JOBS_API_VERSION : JOBS_API_VERSION;
}

export function jobUrl(armEndpoint: string, scope: WorkspaceScope, name: string, apiVersion = JOBS_API_VERSION): string {
  return `${armEndpoint.replace(/\/+$/, "")}${workspaceArmId(scope)}/jobs/${encodeURIComponent(name)}?api-version=${apiVersion}`;
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
  const url = jobUrl(armEndpoint, scope, request.name, jobApiVersion(request.properties));
  return sendJson<JobBase>(client, "PUT", url, { properties: request.properties }, abortSignal);
}
