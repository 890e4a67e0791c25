import type { JobBase } from "@azure/arm-machinelearning";
import { SettingError } from "../core/errors";
import { sendJson } from "../azure/data-plane";
import { jobMetrics } from "../azure/job-metrics";
import { isNotFound } from "../azure/service-error";
import { trackingEndpoints } from "../azure/tracking";
import type { Workspace } from "../azure/workspace";
import { jobUrl } from "../jobs/submit-job";

/** Job as the service returns it; read raw because the SDK's deserializer drops the `uri` of job inputs. */
export interface RawJob {
  name: string;
  id?: string;
  properties: {
    jobType?: string;
    status?: string;
    inputs?: Record<string, { jobInputType?: string; uri?: string; value?: string } | null>;
    outputs?: Record<string, { jobOutputType?: string; uri?: string } | null>;
  };
}

export function readJob(workspace: Workspace, name: string): Promise<RawJob> {
  return sendJson<RawJob>(workspace.client, "GET", jobUrl(workspace.armEndpoint, workspace, name));
}

/** A job that exists and Completed; otherwise a SettingError on "jobName". */
export async function readCompletedJob(workspace: Workspace, name: string): Promise<RawJob> {
  let job: RawJob;
  try {
    job = await readJob(workspace, name);
  } catch (error) {
    if (isNotFound(error)) throw new SettingError("jobName", `there is no job '${name}' in workspace '${workspace.workspaceName}'.`);
    throw error;
  }
  const status = job.properties.status ?? "Unknown";
  if (status !== "Completed") throw new SettingError("jobName", `job ${name} is ${status}; expected a job that Completed.`);
  return job;
}

/** MLflow metrics of a job (every step's of a pipeline, or `step`'s). */
export async function metricsOfJob(workspace: Workspace, job: RawJob, step?: string): Promise<Record<string, number>> {
  const tracking = await trackingEndpoints(workspace.client, workspace);
  return jobMetrics(workspace.client, tracking, job as unknown as JobBase, step);
}
