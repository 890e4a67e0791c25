import { createPipelineRequest } from "@azure/core-rest-pipeline";
import { parseWindow, resolveCollectorDataset } from "../../../shared/drift/azure";
import { readTable } from "../../../shared/drift/readers";
import { httpsJson, workspaceChildId } from "../../emulator/support";
import { columnValues, startAzureDataHarness, STARTUP_TIMEOUT_MS, type AzureDataHarness } from "./support";

describe("data collected by the emulator's scoring route, read back as a window", () => {
  let h: AzureDataHarness;
  let clock = new Date("2025-03-04T05:10:00Z");

  beforeAll(async () => {
    h = await startAzureDataHarness({ now: () => clock, lro: { durationMs: 50 } });
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => {
    expect(h.emulator.specViolations.splice(0)).toEqual([]);
  });

  async function deployWithCollector(endpoint: string, deployment: string): Promise<void> {
    await h.client.modelVersions.createOrUpdate(...h.args, "credit-model", "1", {
      properties: { modelType: "mlflow_model", modelUri: "azureml://datastores/workspaceblobstore/paths/models/credit/1" },
    });
    await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, endpoint,
      { location: "eastus", identity: { type: "SystemAssigned" }, properties: { authMode: "Key", traffic: {} } }, { updateIntervalInMs: 20 });
    // `dataCollector` is newer than the SDK's api-version: sent through the same client's pipeline.
    const response = await h.client.sendRequest(createPipelineRequest({
      url: `${h.emulator.url}${workspaceChildId(h.emulator, "onlineEndpoints", endpoint, "deployments", deployment)}?api-version=2025-12-01`,
      method: "PUT",
      body: JSON.stringify({
        location: "eastus", sku: { name: "Default", capacity: 1 },
        properties: {
          endpointComputeType: "Managed", instanceType: "Standard_DS3_v2",
          model: workspaceChildId(h.emulator, "models", "credit-model", "versions", "1"),
          dataCollector: { collections: { model_inputs: { dataCollectionMode: "Enabled" } }, rollingRate: "Hour" },
        },
      }),
    }));
    expect(response.status).toBe(201);
    while ((await h.client.onlineDeployments.get(...h.args, endpoint, deployment)).properties.provisioningState !== "Succeeded") {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function scoreAt(time: string, endpoint: string, deployment: string, body: unknown): Promise<void> {
    clock = new Date(time);
    const keys = await h.client.onlineEndpoints.listKeys(...h.args, endpoint);
    const answer = await httpsJson(h.emulator, `/score/${endpoint}`, {
      method: "POST", body: JSON.stringify(body),
      headers: { authorization: `Bearer ${keys.primaryKey}`, "content-type": "application/json", "azureml-model-deployment": deployment },
    });
    expect(answer.status).toBe(200);
  }

  it("reads the inputs scored inside the window, and only those", async () => {
    await deployWithCollector("credit-ep", "blue");
    await scoreAt("2025-03-04T05:10:00Z", "credit-ep", "blue", { input_data: { columns: ["tenure", "plan"], index: [0, 1], data: [[1, "basic"], [2, "pro"]] } });
    await scoreAt("2025-03-04T05:50:00Z", "credit-ep", "blue", { input_data: { columns: ["tenure", "plan"], index: [0], data: [[3, "pro"]] } });
    await scoreAt("2025-03-04T06:20:00Z", "credit-ep", "blue", { data: [{ tenure: 4, plan: "basic" }, { tenure: 5, plan: "basic" }] });
    await scoreAt("2025-03-04T07:00:00Z", "credit-ep", "blue", { data: [{ tenure: 6, plan: "pro" }] });

    const window = parseWindow("90m", undefined, "2025-03-04T07:00:00Z");
    const dataset = await resolveCollectorDataset("credit-ep/blue", window, h.workspace, h.host);
    // Hour 05 holds two scored requests, one before the window; hour 06 one; hour 07 is past the window's end.
    expect(dataset.blobs).toHaveLength(3);
    expect(dataset.blobs.every((name) => /\/model_inputs\/2025\/03\/04\/0[56]\/[0-9a-f-]+\.jsonl$/.test(name))).toBe(true);
    const table = await readTable(dataset);
    expect(columnValues(table, "tenure")).toEqual([3, 4, 5]);
    expect(columnValues(table, "plan")).toEqual(["pro", "basic", "basic"]);

    const wider = await readTable(await resolveCollectorDataset("credit-ep/blue", parseWindow("3h", undefined, "2025-03-04T08:00:00Z"), h.workspace, h.host));
    expect(columnValues(wider, "tenure").sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
