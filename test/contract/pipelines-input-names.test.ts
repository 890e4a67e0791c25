import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";

// Errors that services raise about a setting name the task input as a pipeline author types it: camelCase.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const signInInputs = () => ({ subscriptionId: h.actionInputs["subscription-id"], armEndpoint: h.actionInputs["arm-endpoint"], authorityHost: h.actionInputs["authority-host"] });

describe("Azure Pipelines task: service errors name the camelCase input", () => {
  it("client and tenant IDs without a way to prove them name clientId, tenantId and clientSecret", async () => {
    const result = await h.runTask("train", { serviceConnection: undefined, inputs: { ...signInInputs(), clientId: h.clientId, tenantId: h.tenantId, attachJob: "any_job" } });
    expect(result.result).toBe("Failed");
    expect(result.errors).toEqual([
      "Inputs 'clientId' and 'tenantId' need OIDC (on GitHub: `permissions: id-token: write`) or 'clientSecret'; set both IDs, or neither to use the Azure CLI login.",
    ]);
  });

  it("a client secret without a tenant names tenantId and clientSecret", async () => {
    const result = await h.runTask("train", { serviceConnection: undefined, inputs: { ...signInInputs(), clientId: h.clientId, clientSecret: h.clientSecret, attachJob: "any_job" } });
    expect(result.errors).toEqual(["Input 'tenantId' is required with 'clientSecret': expected a GUID."]);
    expect(result.log).not.toContain(h.clientSecret);
  });

  it("a pipeline step that does not exist names metricsStep", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipelines-names-"));
    cpSync(join(__dirname, "fixtures/two-step"), dir, { recursive: true });
    h.emulator.jobs.setScenario({ match: { experimentName: "churn" }, steps: { prep: { metrics: { rows: 1 } }, train: { metrics: { accuracy: 0.9 } } } });
    const result = await h.runTask("train", { inputs: { jobFile: join(dir, "pipeline.yml"), metricsStep: "evaluate", pollIntervalSeconds: "0.2" } });
    h.emulator.jobs.clearScenarios();
    expect(result.result).toBe("Failed");
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'metricsStep': pipeline job \S+ has no step 'evaluate' \(steps: (prep, train|train, prep)\)\.$/)]);
  });
});
