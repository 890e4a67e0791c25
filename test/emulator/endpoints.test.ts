import type { ManagedOnlineDeployment, OnlineEndpoint } from "@azure/arm-machinelearning";
import { createPipelineRequest } from "@azure/core-rest-pipeline";
import { BlobServiceClient } from "@azure/storage-blob";
import { httpsJson, startHarness, waitFor, workspaceChildId, type Harness } from "./support";

describe("online endpoints, deployments and scoring through the real SDK", () => {
  let h: Harness;
  let clock: Date | undefined;
  const poll = { updateIntervalInMs: 20 };

  beforeAll(async () => {
    h = await startHarness({ now: () => clock ?? new Date() });
    await h.client.modelVersions.createOrUpdate(...h.args, "churn-model", "1", {
      properties: { modelType: "mlflow_model", modelUri: "azureml://datastores/workspaceblobstore/paths/models/churn/1" },
    });
  });

  afterAll(async () => {
    await h.stop();
  });

  afterEach(() => {
    h.emulator.faults.clear();
    h.emulator.lro.putMode = "AzureAsyncOperation";
    const violations = h.emulator.specViolations.splice(0);
    expect(violations).toEqual([]);
  });

  const endpointBody = (traffic: Record<string, number> = {}, authMode: "Key" | "AMLToken" = "Key"): OnlineEndpoint =>
    ({ location: "eastus", identity: { type: "SystemAssigned" }, properties: { authMode, traffic } });
  const deploymentBody = (): { location: string; sku: { name: string; capacity: number }; properties: ManagedOnlineDeployment } => ({
    location: "eastus", sku: { name: "Default", capacity: 1 },
    properties: { endpointComputeType: "Managed", model: workspaceChildId(h.emulator, "models", "churn-model", "versions", "1"), instanceType: "Standard_DS3_v2" },
  });

  /** Creates `name` with one deployment per key of `traffic`, then routes `traffic` to them. */
  async function liveEndpoint(name: string, traffic: Record<string, number> = {}, authMode: "Key" | "AMLToken" = "Key") {
    await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, name, endpointBody({}, authMode), poll);
    for (const deployment of Object.keys(traffic)) {
      await h.client.onlineDeployments.beginCreateOrUpdateAndWait(...h.args, name, deployment, deploymentBody(), poll);
    }
    if (Object.keys(traffic).length > 0) await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, name, endpointBody(traffic, authMode), poll);
  }

  const provisioned = (endpoint: string, deployment?: string) => waitFor(() => {
    const record = deployment === undefined ? h.emulator.state.endpoints.get(endpoint) : h.emulator.state.deployments.get(endpoint)?.get(deployment);
    return record?.resource.properties.provisioningState === "Succeeded";
  });

  async function sendNewer(method: "PUT" | "GET", path: string, body?: unknown) {
    const response = await h.client.sendRequest(createPipelineRequest({
      url: `${h.emulator.url}${path}?api-version=2025-12-01`, method,
      headers: undefined, body: body === undefined ? undefined : JSON.stringify(body),
    }));
    return { status: response.status, body: response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined };
  }

  async function score(endpoint: string, body: unknown, headers: Record<string, string> = {}) {
    const keys = await h.client.onlineEndpoints.listKeys(...h.args, endpoint);
    return httpsJson(h.emulator, `/score/${endpoint}`, {
      method: "POST", body: JSON.stringify(body),
      headers: { authorization: `Bearer ${keys.primaryKey}`, "content-type": "application/json", ...headers },
    });
  }

  it("creates an endpoint and a deployment with Azure-AsyncOperation polling and routes scoring by traffic", async () => {
    const endpoint = await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, "churn-ep", endpointBody(), poll);
    expect(endpoint.properties).toMatchObject({ provisioningState: "Succeeded", scoringUri: `${h.emulator.url}/score/churn-ep`, authMode: "Key" });
    expect(h.emulator.requests.some((entry) => entry.path.includes("/mfeOperationsStatus/"))).toBe(true);

    const blue = await h.client.onlineDeployments.beginCreateOrUpdateAndWait(...h.args, "churn-ep", "blue", deploymentBody(), poll);
    expect(blue.properties.provisioningState).toBe("Succeeded");
    const current = await h.client.onlineEndpoints.get(...h.args, "churn-ep");
    current.properties.traffic = { blue: 100 };
    await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, "churn-ep", current, poll);

    const input = { input_data: { columns: ["tenure", "plan"], index: [0, 1], data: [[12, "basic"], [40, "pro"]] } };
    const first = await score("churn-ep", input);
    const second = await score("churn-ep", { data: [{ tenure: 12, plan: "basic" }, { tenure: 40, plan: "pro" }] });
    expect(first.status).toBe(200);
    expect(first.headers.get("azureml-model-deployment")).toBe("blue");
    expect(second.body).toEqual(first.body);
    expect((first.body as number[]).length).toBe(2);
  });

  it("enforces traffic rules, mirror rules on the newer api-version and refuses to delete a live deployment", async () => {
    await liveEndpoint("mirror-ep", { blue: 100, green: 0 });
    const endpoint = await h.client.onlineEndpoints.get(...h.args, "mirror-ep");
    await expect(h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, "mirror-ep",
      { ...endpoint, properties: { ...endpoint.properties, traffic: { blue: 80, green: 10 } } }, poll))
      .rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("sum to 0 or 100") });
    await expect(h.client.onlineDeployments.beginDeleteAndWait(...h.args, "mirror-ep", "blue", poll))
      .rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("receives traffic") });

    const path = workspaceChildId(h.emulator, "onlineEndpoints", "mirror-ep");
    const newer = await sendNewer("GET", path);
    const mirrored = { ...newer.body, properties: { ...newer.body.properties, traffic: { blue: 100, green: 0 }, mirrorTraffic: { green: 20 } } };
    expect((await sendNewer("PUT", path, mirrored)).status).toBe(200);
    expect((await sendNewer("GET", path)).body.properties.mirrorTraffic).toEqual({ green: 20 });
    expect((await h.client.onlineEndpoints.get(...h.args, "mirror-ep")).properties).not.toHaveProperty("mirrorTraffic");
    const tooMuch = await sendNewer("PUT", path, { ...mirrored, properties: { ...mirrored.properties, mirrorTraffic: { green: 60 } } });
    expect(tooMuch).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("between 0 and 50") } } });
    const onLive = await sendNewer("PUT", path, { ...mirrored, properties: { ...mirrored.properties, traffic: { blue: 50, green: 50 }, mirrorTraffic: { green: 10 } } });
    expect(onLive).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("live traffic") } } });
    const badName = await sendNewer("PUT", workspaceChildId(h.emulator, "onlineEndpoints", "9bad"), mirrored);
    expect(badName.status).toBe(400);

    await provisioned("mirror-ep");
    for (let i = 0; i < 10; i++) await score("mirror-ep", { data: [[i]] });
    const served = h.emulator.state.served.filter((entry) => entry.endpoint === "mirror-ep").slice(-12);
    expect(served.filter((entry) => entry.mirrored && entry.deployment === "green")).toHaveLength(2);
  });

  it("routes by the azureml-model-deployment header and collects inputs into Azurite at now()", async () => {
    clock = new Date("2025-03-04T05:06:07Z");
    try {
      await liveEndpoint("collect-ep", { blue: 100 });
      const path = workspaceChildId(h.emulator, "onlineEndpoints", "collect-ep", "deployments", "collected");
      const body = { ...deploymentBody(), properties: { ...deploymentBody().properties,
        dataCollector: { collections: { model_inputs: { dataCollectionMode: "Enabled" } }, rollingRate: "Hour" } } };
      expect((await sendNewer("PUT", path, body)).status).toBe(201);
      await provisioned("collect-ep", "collected");
      const answer = await score("collect-ep", { input_data: { columns: ["tenure"], index: [0], data: [[7]] } }, { "azureml-model-deployment": "collected" });
      expect(answer.headers.get("azureml-model-deployment")).toBe("collected");
      const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
      const blobs = [];
      for await (const blob of container.listBlobsFlat({ prefix: "modelDataCollector/collect-ep/collected/model_inputs/2025/03/04/05/" })) blobs.push(blob.name);
      expect(blobs).toHaveLength(1);
      const line = JSON.parse((await container.getBlobClient(blobs[0]).downloadToBuffer()).toString());
      expect(line).toMatchObject({ specversion: "1.0", type: "azureml.inference.model_inputs", datacontenttype: "application/json",
        time: "2025-03-04T05:06:07.000Z", data: [{ tenure: 7 }] });
      expect(line.correlationid).toEqual(expect.any(String));
    } finally {
      clock = undefined;
    }
  });

  it("reports RequestsPerMinute and latency by deployment and status class, on the ARM route and through MetricsClient", async () => {
    await liveEndpoint("metrics-ep", { blue: 100, green: 0 });
    h.emulator.scoring.configure("metrics-ep", "green", { errorRate: 0.5 });
    const before = new Date();
    for (let i = 0; i < 4; i++) await score("metrics-ep", { data: [[i]] }, { "azureml-model-deployment": "green" });
    const after = new Date(Date.now() + 60_000);
    const resource = workspaceChildId(h.emulator, "onlineEndpoints", "metrics-ep");
    const { token } = (await h.credential.getToken("x"))!;
    const arm = await httpsJson(h.emulator,
      `${resource}/providers/Microsoft.Insights/metrics?api-version=2023-10-01&metricnames=RequestsPerMinute,RequestLatency_P99&timespan=${before.toISOString()}/${after.toISOString()}&interval=PT5M&aggregation=Total&$filter=${encodeURIComponent("deployment eq 'green' and statusCodeClass eq '*'")}`,
      { headers: { authorization: `Bearer ${token}` } });
    const rpm = (arm.body as { value: { name: { value: string }; timeseries: { metadatavalues: { value: string }[]; data: { total?: number }[] }[] }[] }).value[0];
    const totals = Object.fromEntries(rpm.timeseries.map((series) => [series.metadatavalues[0].value, series.data.reduce((sum, point) => sum + (point.total ?? 0), 0)]));
    expect(totals).toEqual({ "2xx": 2, "5xx": 2 });

    const { MetricsClient } = await import("@azure/monitor-query-metrics");
    const client = new MetricsClient(h.emulator.url, h.credential);
    const [result] = await client.queryResources([resource], ["RequestsPerMinute"], "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
      { startTime: before, endTime: after, interval: "PT5M", aggregation: "Total", filter: "deployment eq '*'" });
    const byDeployment = Object.fromEntries(result.metrics[0].timeseries!.map((series) => [series.metadatavalues![0].value, series.data!.reduce((sum, point) => sum + (point.total ?? 0), 0)]));
    expect(byDeployment.green).toBeGreaterThanOrEqual(4);
  });

  it("supports Location and Body LRO modes and raises a provisioning failure's message", async () => {
    h.emulator.lro.putMode = "Location";
    const viaLocation = await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, "ep-location", endpointBody(), poll);
    expect(viaLocation.properties.provisioningState).toBe("Succeeded");
    h.emulator.lro.putMode = "Body";
    const viaBody = await h.client.onlineEndpoints.beginCreateOrUpdateAndWait(...h.args, "ep-body", endpointBody(), poll);
    expect(viaBody.properties.provisioningState).toBe("Succeeded");
    h.emulator.lro.putMode = "AzureAsyncOperation";

    await liveEndpoint("ep-broken");
    h.emulator.faults.add({ method: "PUT", path: "/subscriptions/*/resourceGroups/*/providers/*/workspaces/*/onlineEndpoints/*/deployments/broken",
      fault: { kind: "provisioningFailure", message: "Container crashed: ModuleNotFoundError: No module named 'sklearn'" } });
    await expect(h.client.onlineDeployments.beginCreateOrUpdateAndWait(...h.args, "ep-broken", "broken", deploymentBody(), poll))
      .rejects.toThrow(/ModuleNotFoundError: No module named 'sklearn'/);
    expect((await h.client.onlineDeployments.get(...h.args, "ep-broken", "broken")).properties.provisioningState).toBe("Failed");

    h.emulator.faults.add({ method: "DELETE", path: "/**/onlineEndpoints/ep-body", fault: { kind: "lroFailure", message: "Endpoint is locked" } });
    await expect(h.client.onlineEndpoints.beginDeleteAndWait(...h.args, "ep-body", poll)).rejects.toThrow(/Endpoint is locked/);
    await h.client.onlineEndpoints.beginDeleteAndWait(...h.args, "ep-location", poll);
    await expect(h.client.onlineEndpoints.get(...h.args, "ep-location")).rejects.toMatchObject({ statusCode: 404 });
  });

  it("issues tokens for AMLToken endpoints, serves logs and updates tags via PATCH", async () => {
    await liveEndpoint("token-ep", { blue: 0 }, "AMLToken");
    const token = await h.client.onlineEndpoints.getToken(...h.args, "token-ep");
    expect(token).toMatchObject({ tokenType: "Bearer", accessToken: expect.any(String) });
    const scored = await httpsJson(h.emulator, "/score/token-ep", {
      method: "POST", body: JSON.stringify({ data: [[1]] }),
      headers: { authorization: `Bearer ${token.accessToken}`, "content-type": "application/json", "azureml-model-deployment": "blue" },
    });
    expect(scored.status).toBe(200);
    const denied = await httpsJson(h.emulator, "/score/token-ep", { method: "POST", body: "{}", headers: { authorization: "Bearer nope" } });
    expect(denied.status).toBe(401);
    const logs = await h.client.onlineDeployments.getLogs(...h.args, "token-ep", "blue", { containerType: "InferenceServer", tail: 2 });
    expect(logs.content!.split("\n")).toHaveLength(2);
    const patched = await h.client.onlineEndpoints.beginUpdateAndWait(...h.args, "token-ep", { tags: { owner: "ml-team" } }, poll);
    expect(patched.tags).toEqual({ owner: "ml-team" });
    await liveEndpoint("keys-ep");
    const keys = await h.client.onlineEndpoints.listKeys(...h.args, "keys-ep");
    await h.client.onlineEndpoints.beginRegenerateKeysAndWait(...h.args, "keys-ep", { keyType: "Primary" }, poll);
    expect((await h.client.onlineEndpoints.listKeys(...h.args, "keys-ep")).primaryKey).not.toBe(keys.primaryKey);
  });
});
