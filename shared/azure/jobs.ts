import type { JobBase } from "@azure/arm-machinelearning";
import { SettingError } from "../core/errors";
import { callService, isNotFound } from "./service-error";
import type { Workspace, WorkspaceRef } from "./workspace";

const MODEL_OUTPUT_TYPES = new Set(["mlflow_model", "custom_model", "triton_model"]);

export async function getJob(workspace: Workspace, name: string, abortSignal?: AbortSignal): Promise<JobBase> {
  return callService(`Reading job '${name}'`, () => workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name, { abortSignal }));
}

/** An existing job by name; a SettingError on "jobName" when the workspace has none. */
export async function findJob(workspace: Workspace, name: string): Promise<JobBase> {
  try {
    return await workspace.client.jobs.get(workspace.resourceGroup, workspace.workspaceName, name);
  } catch (error) {
    if (isNotFound(error)) throw new SettingError("jobName", `there is no job '${name}' in workspace '${workspace.workspaceName}'.`);
    throw error;
  }
}

export async function cancelJob(workspace: Workspace, name: string): Promise<void> {
  await callService(`Cancelling job '${name}'`, () =>
    workspace.client.jobs.beginCancelAndWait(workspace.resourceGroup, workspace.workspaceName, name, { updateIntervalInMs: 1000 }),
  );
}

export function studioUrl(job: JobBase, ref: WorkspaceRef): string {
  const studio = job.properties.services?.Studio?.endpoint;
  if (studio) return studio;
  const wsid = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return `https://ml.azure.com/runs/${encodeURIComponent(job.name ?? "")}?wsid=${encodeURIComponent(wsid)}`;
}

/** `azureml://jobs/<job>/outputs/<name>` of the job's model output: the one named `model`, else the first of a model type. */
export function modelOutputUri(job: JobBase): string | undefined {
  const outputs = (job.properties as { outputs?: Record<string, { jobOutputType?: string } | null> }).outputs ?? {};
  const models = Object.entries(outputs).filter(([, output]) => output && MODEL_OUTPUT_TYPES.has(output.jobOutputType ?? ""));
  const chosen = models.find(([name]) => name === "model") ?? models[0];
  return chosen ? `azureml://jobs/${job.name}/outputs/${chosen[0]}` : undefined;
}
