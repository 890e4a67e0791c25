import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { httpsJson, staticCredential, startHarness, waitFor, type Harness } from "./support";

describe("fault injection as the real SDK experiences it", () => {
  let h: Harness;
  const computePath = "/subscriptions/*/resourceGroups/*/providers/Microsoft.MachineLearningServices/workspaces/*/computes/cpu-cluster";

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h.stop();
  });

  afterEach(() => {
    h.emulator.faults.clear();
    const violations = h.emulator.specViolations.splice(0);
    expect(violations).toEqual([]);
  });

  function requestsTo(name: string): number {
    return h.emulator.requests.filter((entry) => entry.path.endsWith(`/computes/${name}`)).length;
  }

  it("answers 429 with Retry-After and the SDK's retry policy comes back", async () => {
    const before = requestsTo("cpu-cluster");
    h.emulator.faults.add({ method: "GET", path: computePath, count: 1, fault: { kind: "status", status: 429, retryAfterSeconds: 3 } });
    const compute = await h.client.computeOperations.get(...h.args, "cpu-cluster");
    expect(compute.name).toBe("cpu-cluster");
    const entries = h.emulator.requests.filter((entry) => entry.path.endsWith("/computes/cpu-cluster")).slice(before);
    expect(entries.map((entry) => entry.status)).toEqual([429, 200]);
    // Retry-After: 3 (longer than the SDK's own first backoff) — the emulator's request log shows the wait was honoured.
    expect(Date.parse(entries[1].time) - Date.parse(entries[0].time)).toBeGreaterThanOrEqual(2950);
  });

  it("survives a burst of 5xx answers and a dropped connection through retries", async () => {
    const before = requestsTo("cpu-cluster");
    h.emulator.faults.add({ method: "GET", path: computePath, count: 2, fault: { kind: "status", status: 503 } });
    h.emulator.faults.add({ method: "GET", path: computePath, count: 1, fault: { kind: "drop" } });
    expect((await h.client.computeOperations.get(...h.args, "cpu-cluster")).name).toBe("cpu-cluster");
    const statuses = h.emulator.requests.filter((entry) => entry.path.endsWith("/computes/cpu-cluster")).slice(before).map((entry) => entry.status);
    expect(statuses).toEqual([503, 503, 0, 200]);
  });

  it("gives up with the service's error when the 5xx burst outlasts the retries", async () => {
    h.emulator.faults.add({ method: "GET", path: computePath.replace("cpu-cluster", "gpu-cluster"), count: Infinity, fault: { kind: "status", status: 500, message: "Backend unavailable" } });
    const impatient = new AzureMachineLearningWorkspaces(h.credential, h.emulator.subscriptionId, { endpoint: h.emulator.url, retryOptions: { maxRetries: 1, retryDelayInMs: 10 } });
    await expect(impatient.computeOperations.get(...h.args, "gpu-cluster")).rejects.toMatchObject({ statusCode: 500, message: "Backend unavailable" });
    expect(requestsTo("gpu-cluster")).toBe(2);
  });

  it("holds a delayed answer back while a later request is answered, and leaves it unchanged", async () => {
    h.emulator.faults.add({ path: computePath, fault: { kind: "delay", ms: 1500 } });
    const order: string[] = [];
    const delayed = h.client.computeOperations.get(...h.args, "cpu-cluster").then((compute) => {
      order.push("delayed");
      return compute;
    });
    await waitFor(() => h.emulator.faults.list()[0]?.hits === 1);
    await h.client.workspaces.get(...h.args).then(() => order.push("later"));
    expect((await delayed).name).toBe("cpu-cluster");
    expect(order).toEqual(["later", "delayed"]);
    expect(h.emulator.faults.list()[0]).toMatchObject({ remaining: 0, hits: 1 });
  });

  it("rejects an expired token with ExpiredAuthenticationToken", async () => {
    const expired = new AzureMachineLearningWorkspaces(staticCredential(-120), h.emulator.subscriptionId, { endpoint: h.emulator.url });
    await expect(expired.workspaces.get(...h.args)).rejects.toMatchObject({ statusCode: 401, code: "ExpiredAuthenticationToken" });
  });

  it("takes fault rules and scenarios from a process outside the test through admin routes", async () => {
    const added = await httpsJson(h.emulator, "/_emulator/faults", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ method: "GET", path: computePath, count: 1, fault: { kind: "status", status: 429, retryAfterSeconds: 0 } }),
    });
    expect(added.status).toBe(201);
    expect((await httpsJson(h.emulator, "/_emulator/faults")).body).toEqual([expect.objectContaining({ remaining: 1 })]);
    expect((await h.client.computeOperations.get(...h.args, "cpu-cluster")).name).toBe("cpu-cluster");
    expect((await httpsJson(h.emulator, "/_emulator/faults")).body).toEqual([expect.objectContaining({ remaining: 0, hits: 1 })]);
    const scenario = await httpsJson(h.emulator, "/_emulator/scenarios", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ outcome: "Failed", error: "boom" }),
    });
    expect(scenario.status).toBe(204);
  });
});
