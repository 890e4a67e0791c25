import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { BlobServiceClient } from "@azure/storage-blob";
import { startHarness, type Harness } from "../../emulator/harness";
import { trustCertificateInThisProcess } from "../../emulator/azureml/index";
import { startFakeServer } from "../../emulator/fakes/http";
import { staticCredential, workspaceChildId } from "../emulator/support";

let h: Harness;
let client: AzureMachineLearningWorkspaces;
let args: [string, string];
const poll = { updateIntervalInMs: 50 };
const dir = mkdtempSync(join(tmpdir(), "deploy-canary-"));
const loadFile = join(dir, "load.json");
writeFileSync(loadFile, JSON.stringify({ input_data: { columns: ["income", "age"], index: [0], data: [[52000, 41]] } }));

beforeAll(async () => {
  h = await startHarness();
  trustCertificateInThisProcess(h.emulator.ca);
  client = new AzureMachineLearningWorkspaces(staticCredential(), h.emulator.subscriptionId, { endpoint: h.emulator.url });
  args = [h.emulator.resourceGroup, h.emulator.workspaceName];
  for (const version of ["1", "2"]) {
    await client.modelVersions.createOrUpdate(...args, "credit-model", version, {
      properties: { modelType: "mlflow_model", modelUri: `azureml://datastores/workspaceblobstore/paths/models/credit/${version}` },
    });
  }
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  h.emulator.faults.clear();
  expect(h.emulator.specViolations.splice(0)).toEqual([]);
});

/** An endpoint whose `blue` deployment (model version 1) takes all traffic. */
async function servingEndpoint(name: string, mirror?: Record<string, number>): Promise<void> {
  await client.onlineEndpoints.beginCreateOrUpdateAndWait(...args, name, { location: "eastus", identity: { type: "SystemAssigned" }, properties: { authMode: "Key" } }, poll);
  for (const deployment of ["blue", ...(mirror ? Object.keys(mirror) : [])]) {
    await client.onlineDeployments.beginCreateOrUpdateAndWait(...args, name, deployment, {
      location: "eastus", sku: { name: "Default", capacity: 1 },
      properties: { endpointComputeType: "Managed", model: workspaceChildId(h.emulator, "models", "credit-model", "versions", "1"), instanceType: "Standard_DS3_v2" },
    }, poll);
  }
  const endpoint = await client.onlineEndpoints.get(...args, name);
  await client.onlineEndpoints.beginCreateOrUpdateAndWait(...args, name, { ...endpoint, properties: { ...endpoint.properties, traffic: { blue: 100 } } }, poll);
}

function endpointState(name: string) {
  const properties = h.emulator.state.endpoints.get(name)!.resource.properties;
  return { traffic: properties.traffic, mirror: properties.mirrorTraffic };
}

const fast = (endpoint: string) => ({
  "endpoint-name": endpoint,
  model: "azureml:credit-model:2",
  "metrics-endpoint": h.emulator.url,
  "interval-seconds": "1",
  "load-file": loadFile,
  "load-rps": "20",
  "min-requests": "1",
  threshold: "1",
});

/** A local HTTPS server (trusted by the runs) that keeps the JSON bodies posted to it. */
async function webhookReceiver(): Promise<{ url: string; received: unknown[]; close: () => Promise<void> }> {
  const server = await startFakeServer(() => ({ status: 204 }));
  return {
    url: `${server.url}/hooks/canary`,
    get received() {
      return server.requests.map((request) => JSON.parse(request.body) as unknown);
    },
    close: () => server.close(),
  };
}

const history = (name: string) => h.emulator.state.endpoints.get(name)!.trafficHistory;

const endpointPuts = (name: string) =>
  h.emulator.requests.filter((entry) => entry.method === "PUT" && entry.path.toLowerCase().endsWith(`/onlineendpoints/${name}`));

describe("deploy-canary (GitHub action)", () => {
  it("promotes a healthy deployment 0 → 10 → 50 → 100 and deletes the old one", async () => {
    await servingEndpoint("credit-ok");
    const result = await h.runAction("deploy-canary", {
      inputs: { ...fast("credit-ok"), "smoke-request": '{"data": [[52000, 41]]}', "smoke-expect": "$[0]", "delete-old": "true" },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      result: "promoted", promoted: "true", "deployment-name": "credit-model-2",
      "scoring-uri": `${h.emulator.url}/score/credit-ok`, "previous-traffic": '{"blue":100}', traffic: '{"credit-model-2":100}',
    });
    expect(history("credit-ok").map((entry) => entry.traffic)).toEqual([
      {}, { blue: 100 }, { blue: 90, "credit-model-2": 10 }, { blue: 50, "credit-model-2": 50 }, { blue: 0, "credit-model-2": 100 },
    ]);
    expect(h.emulator.state.deployments.get("credit-ok")!.has("blue")).toBe(false);
    expect(endpointState("credit-ok").traffic).toEqual({ "credit-model-2": 100 });
    expect(h.emulator.state.deployments.get("credit-ok")!.get("credit-model-2")!.resource.tags).toMatchObject({
      "amlops.step": "deploy-canary", "amlops.repository": "contoso/ml-models", "amlops.commit": expect.stringMatching(/^[0-9a-f]{40}$/), "amlops.run-url": expect.stringContaining("/actions/runs/"),
    });
    const green = h.emulator.state.served.filter((entry) => entry.endpoint === "credit-ok" && entry.deployment === "credit-model-2");
    expect(green.length).toBeGreaterThan(3);
    expect(result.summary).toMatch(/\| traffic 50 % \| blue 50 %, credit-model-2 50 % \|/);
    const { primaryKey } = await client.onlineEndpoints.listKeys(...args, "credit-ok");
    expect(result.masked).toContain(primaryKey);
    expect(result.log).not.toContain(primaryKey!);
  });

  it("rolls back a deployment answering 20 % 5xx at the first analysis, to exactly the previous map, with its logs", async () => {
    await servingEndpoint("credit-bad", { shadow: 0 });
    h.emulator.scoring.preset("credit-bad", "credit-model-2", { errorRate: 0.2 });
    const before = endpointState("credit-bad");
    const hook = await webhookReceiver();
    // Enough requests in the first window for every fifth answer of the new deployment to show: 10 % of ~150.
    const result = await h.runAction("deploy-canary", { inputs: { ...fast("credit-bad"), "load-rps": "50", "interval-seconds": "3", "webhook-url": hook.url, "webhook-allow-private": "true" } }).finally(hook.close);
    expect(hook.received).toEqual([expect.objectContaining({
      step: "deploy-canary", outcome: "failed",
      subject: { endpoint: "credit-bad", deployment: "credit-model-2", model: "credit-model:2", modelId: workspaceChildId(h.emulator, "models", "credit-model", "versions", "2") },
      evidence: expect.objectContaining({
        result: "rolled-back", previousTraffic: { blue: 100 }, traffic: { blue: 100 }, logs: expect.stringContaining("inference-server"),
        steps: [expect.objectContaining({ step: "traffic 10 %", traffic: { blue: 90, "credit-model-2": 10 }, figures: expect.objectContaining({ serverErrors: expect.any(Number) }) })],
      }),
    })]);
    const figures = (hook.received[0] as { evidence: { steps: { figures: { requests: number; serverErrors: number } }[] } }).evidence.steps[0].figures;
    expect(figures.serverErrors).toBeGreaterThan(0);
    expect(figures.requests).toBeGreaterThanOrEqual(5 * figures.serverErrors - 4);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Analysis at traffic 10 % failed 1 check\(s\), reaching the threshold of 1: success-rate \d+(\.\d+)? % \(required ≥ 99 %\)\. Endpoint credit-bad has its previous traffic again/)]);
    expect(result.outputs).toMatchObject({ result: "rolled-back", promoted: "false", traffic: '{"blue":100}' });
    expect(endpointState("credit-bad")).toEqual(before);
    expect(h.emulator.state.deployments.get("credit-bad")!.has("credit-model-2")).toBe(true);
    expect(result.summary).toContain("Logs of deployment credit-model-2");
    expect(result.summary).toContain("inference-server: requests served");
    expect(result.log).toContain("inference-server: model");
  });

  it("fails on a provisioning failure with the service's message, removes the deployment when asked, leaves traffic alone", async () => {
    await servingEndpoint("credit-prov");
    h.emulator.faults.add({ method: "PUT", path: "/**/onlineEndpoints/credit-prov/deployments/credit-model-2",
      fault: { kind: "provisioningFailure", message: "Liveness probe failed: GET /liveness returned 503" } });
    const putsBefore = endpointPuts("credit-prov").length;
    const result = await h.runAction("deploy-canary", { inputs: { ...fast("credit-prov"), "delete-on-rollback": "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining("Deployment credit-model-2 failed to provision: Liveness probe failed: GET /liveness returned 503")]);
    expect(endpointPuts("credit-prov")).toHaveLength(putsBefore);
    expect(endpointState("credit-prov").traffic).toEqual({ blue: 100 });
    expect(h.emulator.state.deployments.get("credit-prov")!.has("credit-model-2")).toBe(false);
    expect(result.summary).toContain("Liveness probe failed");
  });

  it("fails the smoke test before moving traffic", async () => {
    await servingEndpoint("credit-smoke");
    const result = await h.runAction("deploy-canary", { inputs: { ...fast("credit-smoke"), "smoke-request": '{"data": [[1, 2]]}', "smoke-expect": "$.predictions" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^Smoke test of deployment credit-model-2 failed: \$\.predictions is missing\./);
    expect(endpointState("credit-smoke").traffic).toEqual({ blue: 100 });
    const smoke = h.emulator.state.served.filter((entry) => entry.endpoint === "credit-smoke" && entry.deployment === "credit-model-2");
    expect(smoke).toHaveLength(1);
  });

  it("restores the previous traffic when the run is cancelled mid-rollout", async () => {
    await servingEndpoint("credit-cancel");
    const result = await h.runAction("deploy-canary", {
      inputs: { ...fast("credit-cancel"), "interval-seconds": "60" },
      signalWhen: { pattern: /traffic 10 %: traffic/, signal: "SIGTERM" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join("\n")).toMatch(/cancelled/);
    expect(endpointState("credit-cancel").traffic).toEqual({ blue: 100 });
    expect(endpointPuts("credit-cancel").filter((entry) => entry.status < 300).length).toBeGreaterThanOrEqual(3);
  });

  it("rides out a short 429/503 burst on traffic updates, and restores the previous map when the burst outlasts the retries", async () => {
    await servingEndpoint("credit-arm");
    h.emulator.faults.add({ method: "PUT", path: "/**/onlineEndpoints/credit-arm", count: 1, fault: { kind: "status", status: 429, retryAfterSeconds: 1 } });
    h.emulator.faults.add({ method: "PUT", path: "/**/onlineEndpoints/credit-arm", count: 1, fault: { kind: "status", status: 503 } });
    const riding = await h.runAction("deploy-canary", { inputs: { ...fast("credit-arm"), "traffic-steps": "50,100" } });
    expect(riding.errors).toEqual([]);
    expect(riding.outputs.result).toBe("promoted");
    expect(endpointPuts("credit-arm").filter((entry) => entry.status === 429 || entry.status === 503)).toHaveLength(2);

    await servingEndpoint("credit-arm2");
    const result = await h.runAction("deploy-canary", {
      inputs: { ...fast("credit-arm2"), "traffic-steps": "10,50,100" },
      onStdout: (line) => {
        if (/traffic 50 %: traffic/.test(line)) {
          h.emulator.faults.add({ method: "PUT", path: "/**/onlineEndpoints/credit-arm2", count: 4, fault: { kind: "status", status: 500 } });
        }
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/HTTP 500/);
    expect(endpointState("credit-arm2").traffic).toEqual({ blue: 100 });
  });

  it("waits for an endpoint that is mid-update before changing its traffic", async () => {
    await servingEndpoint("credit-busy");
    h.emulator.lro.durationMs = 60_000;
    const endpoint = await client.onlineEndpoints.get(...args, "credit-busy");
    await client.onlineEndpoints.beginCreateOrUpdate(...args, "credit-busy", { ...endpoint, tags: { owner: "someone-else" } });
    const operation = [...h.emulator.state.operations.values()].at(-1)!;
    try {
      const result = await h.runAction("deploy-canary", {
        inputs: { ...fast("credit-busy"), "traffic-steps": "100" },
        onStdout: (line) => {
          if (/Endpoint credit-busy is Updating; waiting for it/.test(line)) {
            h.emulator.lro.durationMs = 300;
            operation.status = "Succeeded";
            h.emulator.state.endpoints.get("credit-busy")!.resource.properties.provisioningState = "Succeeded";
          }
        },
      });
      expect(result.errors).toEqual([]);
      expect(result.log).toContain("Endpoint credit-busy is Updating; waiting for it.");
      expect(history("credit-busy").at(-1)).toMatchObject({ traffic: { blue: 0, "credit-model-2": 100 } });
      expect(h.emulator.state.endpoints.get("credit-busy")!.resource.tags).toEqual({ owner: "someone-else" });
    } finally {
      h.emulator.lro.durationMs = 300;
    }
  });

  it("mirrors traffic on the newer api-version before the steps, visible in the emulator", async () => {
    await servingEndpoint("credit-mirror");
    const result = await h.runAction("deploy-canary", { inputs: { ...fast("credit-mirror"), "mirror-percent": "20", "mirror-minutes": "0.02", "traffic-steps": "100" } });
    expect(result.errors).toEqual([]);
    expect(history("credit-mirror").slice(2)).toEqual([
      { traffic: { blue: 100 }, mirror: { "credit-model-2": 20 }, apiVersion: "2025-12-01" },
      { traffic: { blue: 0, "credit-model-2": 100 }, mirror: {}, apiVersion: "2025-12-01" },
    ]);
    const mirrored = h.emulator.state.served.filter((entry) => entry.endpoint === "credit-mirror" && entry.mirrored && entry.deployment === "credit-model-2");
    expect(mirrored.length).toBeGreaterThan(0);
    expect(endpointState("credit-mirror")).toEqual({ traffic: { blue: 0, "credit-model-2": 100 }, mirror: {} });
  });

  it("deploys from a CLI v2 deployment file: code uploaded, environment registered, data collector on the newer api-version", async () => {
    await servingEndpoint("credit-file");
    const project = mkdtempSync(join(tmpdir(), "deployment-file-"));
    mkdirSync(join(project, "src"));
    writeFileSync(join(project, "src", "score.py"), "def init():\n    pass\n");
    writeFileSync(join(project, "deployment.yml"), [
      "name: from-file", "endpoint_name: credit-file", "code_configuration:", "  code: ./src", "  scoring_script: score.py",
      "environment:", "  image: mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest",
      "instance_type: Standard_F2s_v2", "request_settings:", "  request_timeout_ms: 3000",
      "data_collector:", "  collections:", "    model_inputs:", "      enabled: 'True'", "",
    ].join("\n"));
    const result = await h.runAction("deploy-canary", {
      inputs: { ...fast("credit-file"), "deployment-file": join(project, "deployment.yml"), "traffic-steps": "none", "smoke-request": '{"data": [[1, 2]]}' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ result: "deployed-no-traffic", promoted: "false", "deployment-name": "from-file", traffic: '{"blue":100}' });
    const properties = h.emulator.state.deployments.get("credit-file")!.get("from-file")!.resource.properties;
    expect(properties).toMatchObject({
      instanceType: "Standard_F2s_v2",
      requestSettings: { requestTimeout: "PT3S" },
      codeConfiguration: { scoringScript: "score.py", codeId: expect.stringMatching(/\/codes\/[0-9a-f]+\/versions\/1$/) },
      environmentId: expect.stringMatching(/\/environments\/CliV2AnonymousEnvironment\/versions\//),
      dataCollector: { collections: { model_inputs: { dataCollectionMode: "Enabled" } } },
    });
    const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
    const collected = [];
    for await (const blob of container.listBlobsFlat({ prefix: "modelDataCollector/credit-file/from-file/model_inputs/" })) collected.push(blob.name);
    expect(collected).toHaveLength(1);
  });

  it("dry run prints the whole plan and changes nothing", async () => {
    await servingEndpoint("credit-dry");
    const requestsBefore = h.emulator.requests.length;
    const result = await h.runAction("deploy-canary", { inputs: { ...fast("credit-dry"), "dry-run": "true", "delete-old": "true" } });
    expect(result.errors).toEqual([]);
    expect(result.log).toMatch(/PUT https:\/\/\S+\/onlineEndpoints\/credit-dry\/deployments\/credit-model-2\?api-version=2025-12-01 and wait for provisioning/);
    expect(result.log).toContain('with traffic {"blue":90,"credit-model-2":10}');
    expect(result.log).toContain('with traffic {"blue":0,"credit-model-2":100}');
    expect(result.log).toMatch(/DELETE \S+\/deployments\/blue/);
    const writes = h.emulator.requests.slice(requestsBefore).filter((entry) => entry.method !== "GET");
    expect(writes.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
    expect(h.emulator.state.deployments.get("credit-dry")!.has("credit-model-2")).toBe(false);
  });

  it.each([
    ["traffic steps not increasing", { "traffic-steps": "50,10" }, /^Input 'traffic-steps': percentages must increase step by step, got 50 then 10\.$/],
    ["traffic step out of range", { "traffic-steps": "10,150" }, /^Input 'traffic-steps': expected comma-separated whole percentages from 1 to 100/],
    ["mirror above 50", { "mirror-percent": "60" }, /^Input 'mirror-percent' must be a whole number from 0 to 50, got '60'\.$/],
    ["smoke request not JSON", { "smoke-request": "{not json" }, /^Input 'smoke-request' must be a JSON request body/],
    ["deployment name against the rules", { "deployment-name": "9-green_" }, /^Input 'deployment-name': '9-green_' is not a valid name/],
    ["unknown endpoint", { "endpoint-name": "no-such-endpoint" }, /^Input 'endpoint-name': there is no online endpoint 'no-such-endpoint'.*create-endpoint-if-missing/],
  ])("bad input: %s is one clear error and changes nothing", async (_title, inputs, message) => {
    await servingEndpoint("credit-input");
    const writesBefore = h.emulator.requests.filter((entry) => entry.method !== "GET").length;
    const result = await h.runAction("deploy-canary", { inputs: { ...fast("credit-input"), ...inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(message)]);
    expect(h.emulator.requests.filter((entry) => entry.method !== "GET").length).toBe(writesBefore);
  });
});

describe("deploy-canary (Azure Pipelines task)", () => {
  it("creates a missing endpoint and promotes, with camelCase inputs and outputs", async () => {
    const result = await h.runTask("deploy-canary", {
      inputs: {
        azureSubscription: h.serviceConnection.id, endpointName: "credit-new", model: "azureml:credit-model:2", deploymentName: "green",
        createEndpointIfMissing: "true", metricsEndpoint: h.emulator.url, intervalSeconds: "1", loadFile, loadRps: "20", minRequests: "1",
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.result).toBe("Succeeded");
    expect(result.outputs).toMatchObject({ result: "promoted", promoted: "true", deploymentName: "green", previousTraffic: "{}", traffic: '{"green":100}' });
    expect(endpointState("credit-new").traffic).toEqual({ green: 100 });
  });

  it("restores the previous traffic when the agent cancels the task", async () => {
    await servingEndpoint("credit-task-cancel");
    const result = await h.runTask("deploy-canary", {
      inputs: { azureSubscription: h.serviceConnection.id, endpointName: "credit-task-cancel", model: "azureml:credit-model:2", metricsEndpoint: h.emulator.url, intervalSeconds: "60", trafficSteps: "10,100" },
      signalWhen: { pattern: /traffic 10 %: traffic/, signal: "SIGINT" },
    });
    expect(result.result).toBe("Failed");
    expect(result.errors.join("\n")).toMatch(/cancelled/);
    expect(endpointState("credit-task-cancel").traffic).toEqual({ blue: 100 });
  });

  it("rolls back on failed analysis and names the failed check", async () => {
    await servingEndpoint("credit-task");
    h.emulator.scoring.preset("credit-task", "green", { errorRate: 0.5 });
    const result = await h.runTask("deploy-canary", {
      inputs: { azureSubscription: h.serviceConnection.id, endpointName: "credit-task", model: "azureml:credit-model:2", deploymentName: "green",
        metricsEndpoint: h.emulator.url, intervalSeconds: "1", loadFile, loadRps: "20", minRequests: "1", threshold: "1", deleteOnRollback: "true" },
    });
    expect(result.result).toBe("Failed");
    expect(result.errors[0]).toMatch(/success-rate/);
    expect(endpointState("credit-task").traffic).toEqual({ blue: 100 });
    expect(h.emulator.state.deployments.get("credit-task")!.has("green")).toBe(false);
  });
});
