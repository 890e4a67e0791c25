import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { sendJson } from "../../shared/azure/data-plane";
import type { Harness } from "../../emulator/harness";
import { workspaceChildId } from "../emulator/support";

const LRO = { updateIntervalInMs: 50 };

/** Submits a command job with a data asset input and a model output, and waits until it Completed (or failed as told). */
export async function finishedJob(
  h: Harness,
  client: AzureMachineLearningWorkspaces,
  name: string,
  behaviour: { metrics?: Record<string, number>; outcome?: "Completed" | "Failed" } = {},
): Promise<string> {
  const e = h.emulator;
  h.emulator.jobs.setScenario({ match: { displayName: name }, metrics: behaviour.metrics ?? {}, outcome: behaviour.outcome ?? "Completed", durations: { queued: 20, preparing: 20, running: 50, finalizing: 20 } });
  await client.dataVersions.createOrUpdate(e.resourceGroup, e.workspaceName, "credit-training", "3", {
    properties: { dataType: "uri_file", dataUri: "azureml://datastores/workspaceblobstore/paths/data/credit.csv" },
  });
  await sendJson(client, "PUT", `${e.url}${workspaceChildId(e, "jobs", name)}?api-version=2022-10-01`, {
    properties: {
      jobType: "Command",
      command: "python train.py --data ${{inputs.training_data}} --model ${{outputs.model}}",
      environmentId: workspaceChildId(e, "environments", "sklearn-env", "versions", "1"),
      computeId: workspaceChildId(e, "computes", "cpu-cluster"),
      experimentName: "credit",
      displayName: name,
      inputs: { training_data: { jobInputType: "uri_file", uri: "azureml:credit-training:3", mode: "ReadOnlyMount" } },
      outputs: { model: { jobOutputType: "mlflow_model", mode: "ReadWriteMount" } },
    },
  });
  await e.jobs.whenFinished(name);
  return name;
}

/** A model version at a datastore path, with the metrics a registration stores. */
export async function modelVersion(client: AzureMachineLearningWorkspaces, h: Harness, name: string, version: string, properties: { modelUri?: string; metrics?: Record<string, number> } = {}): Promise<string> {
  const e = h.emulator;
  const created = await client.modelVersions.createOrUpdate(e.resourceGroup, e.workspaceName, name, version, {
    properties: {
      modelUri: properties.modelUri ?? `azureml://datastores/workspaceblobstore/paths/models/${name}/${version}/`,
      modelType: "mlflow_model",
      properties: properties.metrics ? { "amlops.metrics": JSON.stringify(properties.metrics) } : {},
    },
  });
  return created.id!;
}

/** An endpoint with one deployment per model version id and the given traffic. */
export async function endpointWithTraffic(client: AzureMachineLearningWorkspaces, h: Harness, endpoint: string, deployments: Record<string, string>, traffic: Record<string, number>): Promise<void> {
  const [rg, ws] = [h.emulator.resourceGroup, h.emulator.workspaceName];
  await client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, ws, endpoint, { location: "eastus", identity: { type: "SystemAssigned" }, properties: { authMode: "Key", traffic: {} } }, LRO);
  for (const [name, model] of Object.entries(deployments)) {
    await client.onlineDeployments.beginCreateOrUpdateAndWait(rg, ws, endpoint, name, {
      location: "eastus",
      sku: { name: "Default", capacity: 1 },
      properties: { endpointComputeType: "Managed", model, instanceType: "Standard_DS3_v2" },
    }, LRO);
  }
  const current = await client.onlineEndpoints.get(rg, ws, endpoint);
  await client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, ws, endpoint, { ...current, properties: { ...current.properties, traffic } }, LRO);
}
