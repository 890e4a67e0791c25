import { randomUUID } from "node:crypto";
import type { EmulatorContext } from "./context";
import type { DeploymentRecord } from "./state";

export type Collection = "model_inputs" | "model_outputs";

export function collectionEnabled(deployment: DeploymentRecord, collection: Collection): boolean {
  const collector = deployment.resource.properties.dataCollector as { collections?: Record<string, { dataCollectionMode?: string }> } | undefined;
  return collector?.collections?.[collection]?.dataCollectionMode === "Enabled";
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function collectorBlobPath(endpoint: string, deployment: string, collection: Collection, time: Date, id: string): string {
  return `modelDataCollector/${endpoint}/${deployment}/${collection}/${time.getUTCFullYear()}/${pad(time.getUTCMonth() + 1)}/${pad(time.getUTCDate())}/${pad(time.getUTCHours())}/${id}.jsonl`;
}

/** Writes one data-collector record (the documented CloudEvents-style line) into the workspace blob container. */
export async function collect(
  ctx: EmulatorContext,
  endpoint: string,
  deployment: string,
  collection: Collection,
  rows: unknown[],
  correlationId: string,
): Promise<string> {
  const time = ctx.now();
  const id = randomUUID();
  const data = JSON.stringify(rows);
  const record = {
    specversion: "1.0",
    id,
    source: `/subscriptions/${ctx.workspace.subscriptionId}/resourceGroups/${ctx.workspace.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ctx.workspace.workspaceName}/onlineEndpoints/${endpoint}/deployments/${deployment}`,
    type: `azureml.inference.${collection}`,
    datacontenttype: "application/json",
    time: time.toISOString(),
    data: rows,
    path: "/score",
    method: "POST",
    contentrange: `bytes 0-${Buffer.byteLength(data) - 1}/${Buffer.byteLength(data)}`,
    correlationid: correlationId,
    xrequestid: correlationId,
    modelversion: "default",
    collectdatatype: "pandas.core.frame.DataFrame",
    agent: "azureml-ai-monitoring/1.0.0",
  };
  const blobPath = collectorBlobPath(endpoint, deployment, collection, time, id);
  await ctx.blob.writeText(blobPath, `${JSON.stringify(record)}\n`, "application/jsonl");
  return blobPath;
}

