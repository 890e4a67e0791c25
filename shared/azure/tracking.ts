import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { ServiceError } from "../core/errors";
import { sendJson } from "./data-plane";
import { callService } from "./service-error";
import type { WorkspaceRef } from "./workspace";

/** The workspace's regional API: MLflow tracking and run history live on the host of its MLflow tracking URI. */
export interface TrackingEndpoints {
  mlflow: string;
  history: string;
}

export async function trackingEndpoints(client: AzureMachineLearningWorkspaces, ref: WorkspaceRef): Promise<TrackingEndpoints> {
  const workspace = await callService(`Reading workspace '${ref.workspaceName}'`, () => client.workspaces.get(ref.resourceGroup, ref.workspaceName));
  const trackingUri = workspace.mlFlowTrackingUri;
  if (!trackingUri) throw new ServiceError(`Workspace '${ref.workspaceName}' reports no MLflow tracking URI.`);
  const host = new URL(trackingUri.replace(/^azureml:/, "https:")).host;
  const scope = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspaceName}`;
  return { mlflow: `https://${host}/mlflow/v1.0${scope}/api/2.0/mlflow`, history: `https://${host}/history/v1.0${scope}` };
}

interface MlflowRun {
  info: { run_id: string; experiment_id?: string; status?: string; run_name?: string };
  data?: { metrics?: { key: string; value: number; timestamp?: number; step?: number }[]; tags?: { key: string; value: string }[] };
}

/** Latest value of each metric a run logged. */
export async function runMetrics(client: AzureMachineLearningWorkspaces, endpoints: TrackingEndpoints, runId: string): Promise<Record<string, number>> {
  const { run } = await sendJson<{ run: MlflowRun }>(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(runId)}`);
  return latestMetrics(run);
}

function latestMetrics(run: MlflowRun): Record<string, number> {
  const latest = new Map<string, { value: number; order: number }>();
  for (const metric of run.data?.metrics ?? []) {
    const order = (metric.timestamp ?? 0) * 1e6 + (metric.step ?? 0);
    const seen = latest.get(metric.key);
    if (!seen || order >= seen.order) latest.set(metric.key, { value: metric.value, order });
  }
  return Object.fromEntries([...latest].map(([key, { value }]) => [key, value]));
}

export interface ChildRunMetrics {
  runId: string;
  name: string;
  metrics: Record<string, number>;
}

/** Metrics of each child run of a pipeline job. */
export async function childRunMetrics(client: AzureMachineLearningWorkspaces, endpoints: TrackingEndpoints, parentRunId: string): Promise<ChildRunMetrics[]> {
  const { run: parent } = await sendJson<{ run: MlflowRun }>(client, "GET", `${endpoints.mlflow}/runs/get?run_id=${encodeURIComponent(parentRunId)}`);
  const children: ChildRunMetrics[] = [];
  let pageToken: string | undefined;
  do {
    const page = await sendJson<{ runs?: MlflowRun[]; next_page_token?: string }>(client, "POST", `${endpoints.mlflow}/runs/search`, {
      experiment_ids: parent.info.experiment_id ? [parent.info.experiment_id] : [],
      filter: `tags.mlflow.parentRunId = '${parentRunId}'`,
      max_results: 1000,
      page_token: pageToken,
    });
    for (const run of page.runs ?? []) {
      const name = run.data?.tags?.find((tag) => tag.key === "mlflow.runName")?.value ?? run.info.run_name ?? run.info.run_id;
      children.push({ runId: run.info.run_id, name, metrics: latestMetrics(run) });
    }
    pageToken = page.next_page_token || undefined;
  } while (pageToken);
  return children;
}

export interface RunDetails {
  runId: string;
  status?: string;
  logFiles?: Record<string, string>;
  error?: { error?: { code?: string; message?: string } };
}

export function runDetails(client: AzureMachineLearningWorkspaces, endpoints: TrackingEndpoints, runId: string, abortSignal?: AbortSignal): Promise<RunDetails> {
  return sendJson<RunDetails>(client, "GET", `${endpoints.history}/runs/${encodeURIComponent(runId)}/details`, undefined, abortSignal);
}
