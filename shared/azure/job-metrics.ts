import type { AzureMachineLearningWorkspaces, JobBase } from "@azure/arm-machinelearning";
import { SettingError } from "../core/errors";
import { childRunMetrics, runMetrics, type TrackingEndpoints } from "./tracking";

/**
 * A finished job's MLflow metrics; a sweep or AutoML job's are its best trial's (`best_child_run_id`). A pipeline job gives every step's (prefixed `<step>.` when it has several
 * steps), or only `step`'s when named; an unknown step is a SettingError on "metricsStep".
 */
export async function jobMetrics(client: AzureMachineLearningWorkspaces, tracking: TrackingEndpoints, job: JobBase, step?: string): Promise<Record<string, number>> {
  const bestChild = job.properties.properties?.best_child_run_id;
  if ((job.properties.jobType === "Sweep" || job.properties.jobType === "AutoML") && bestChild) return runMetrics(client, tracking, bestChild);
  if (job.properties.jobType !== "Pipeline") return runMetrics(client, tracking, job.name!);
  const children = await childRunMetrics(client, tracking, job.name!);
  if (step) {
    const chosen = children.find((child) => child.name === step || child.runId === step);
    if (!chosen) throw new SettingError("metricsStep", `pipeline job ${job.name} has no step '${step}' (steps: ${children.map((child) => child.name).join(", ") || "none"}).`);
    return chosen.metrics;
  }
  const merged: Record<string, number> = {};
  for (const child of children) for (const [key, value] of Object.entries(child.metrics)) merged[children.length > 1 ? `${child.name}.${key}` : key] = value;
  return merged;
}
