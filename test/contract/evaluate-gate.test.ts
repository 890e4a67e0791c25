import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { trustCertificateInThisProcess } from "../../emulator/azureml";
import { startHarness, type Harness } from "../../emulator/harness";
import { staticCredential } from "../emulator/support";
import { endpointWithTraffic, finishedJob, modelVersion } from "./model-support";

let h: Harness;
let client: AzureMachineLearningWorkspaces;

const RULES = "accuracy >= 0.90\nauc >= champion.auc - 0.005\nrmse <= champion.rmse * 1.02";

beforeAll(async () => {
  h = await startHarness();
  trustCertificateInThisProcess(h.emulator.ca);
  client = new AzureMachineLearningWorkspaces(staticCredential(), h.emulator.subscriptionId, { endpoint: h.emulator.url });
  const blue = await modelVersion(client, h, "credit", "1", { metrics: { accuracy: 0.91, auc: 0.93, rmse: 1.0 } });
  const green = await modelVersion(client, h, "credit", "2", { metrics: { accuracy: 0.99, auc: 0.99, rmse: 0.5 } });
  await endpointWithTraffic(client, h, "credit-ep", { blue, green }, { blue: 90, green: 10 });
  await endpointWithTraffic(client, h, "empty-ep", {}, {});
});
afterAll(async () => {
  await h?.stop();
});

const report = (outputs: Record<string, string>) => JSON.parse(outputs.report);

describe("evaluate-gate (GitHub action)", () => {
  it("compares with the model serving most traffic, with the metrics its registration stored, and passes on a gain", async () => {
    const result = await h.runAction("evaluate-gate", {
      inputs: { metrics: '{"accuracy": 0.95, "auc": 0.94, "rmse": 1.01}', rules: RULES, "endpoint-name": "credit-ep", "primary-metric": "auc", "min-improvement": "0.005" },
      pullRequest: 7,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe("pass");
    expect(result.outputs.passed).toBe("true");
    const gate = report(result.outputs);
    expect(gate.champion).toMatchObject({ model: "credit", version: "1", chosenBy: "serving 90% of endpoint credit-ep (deployment blue)", metricsFrom: "its registration" });
    expect(gate.rules).toEqual([
      expect.objectContaining({ rule: "accuracy >= 0.90", candidate: 0.95, champion: null, threshold: 0.9, verdict: "pass" }),
      expect.objectContaining({ rule: "auc >= champion.auc - 0.005", candidate: 0.94, champion: 0.93, threshold: 0.925, verdict: "pass" }),
      expect.objectContaining({ rule: "rmse <= champion.rmse * 1.02", candidate: 1.01, champion: 1, threshold: 1.02, verdict: "pass" }),
    ]);
    expect(gate.primary).toMatchObject({ metric: "auc", direction: "higher", improvement: expect.closeTo(0.01, 12), verdict: "improved" });
    expect(result.summary).toContain("amlops evaluate-gate: pass");
    expect(result.summary).toContain("| `rmse <= champion.rmse * 1.02` | 1.01 | 1 | 1.02 | ✅ pass |");
    expect(h.emulator.specViolations).toEqual([]);
  });

  it("fails when a rule fails, with one error, the rule table in the summary and the governance event", async () => {
    const { startFakeServer } = await import("../../emulator/fakes/http");
    const server = await startFakeServer(() => ({ status: 204 }));
    try {
      const result = await h.runAction("evaluate-gate", {
        inputs: { metrics: '{"accuracy": 0.85, "auc": 0.95, "rmse": 0.9}', rules: RULES, "endpoint-name": "credit-ep", "webhook-url": `${server.url}/hooks/gate`, "webhook-allow-private": "true" },
        pullRequest: 9,
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toEqual(["The gate's result is fail: 1 of 3 rules failed: accuracy >= 0.90."]);
      expect(result.outputs.result).toBe("fail");
      expect(result.summary).toContain("| `accuracy >= 0.90` | 0.85 | — | 0.9 | ❌ fail — 0.85 \\>= 0.9 does not hold |");
      expect(server.requests).toHaveLength(1);
      const received = server.requests.map((request) => JSON.parse(request.body) as Record<string, unknown>);
      expect(received[0]).toMatchObject({ step: "evaluate-gate", outcome: "failed", pullRequest: 9, subject: { candidate: "metrics input", champion: "credit:1" } });
      const gate = (received[0].evidence as { gate: { result: string; rules: unknown[] } }).gate;
      expect(gate.result).toBe("fail");
      expect(gate.rules[0]).toMatchObject({ rule: "accuracy >= 0.90", candidate: 0.85, threshold: 0.9, verdict: "fail" });
    } finally {
      await server.close();
    }
  });

  it("reads the candidate from a job's MLflow run and a champion version's metrics from its source job", async () => {
    const championJob = await finishedJob(h, client, "gate_champion_job", { metrics: { accuracy: 0.9, auc: 0.91 } });
    await client.modelVersions.createOrUpdate(h.emulator.resourceGroup, h.emulator.workspaceName, "churn", "1", {
      properties: { modelUri: `azureml://jobs/${championJob}/outputs/model`, modelType: "mlflow_model" },
    });
    const candidateJob = await finishedJob(h, client, "gate_candidate_job", { metrics: { accuracy: 0.92, auc: 0.9 } });
    const result = await h.runAction("evaluate-gate", {
      inputs: { "job-name": candidateJob, rules: "auc >= champion.auc - 0.02", "compare-to": "version", "model-name": "churn", "champion-version": "@latest", "primary-metric": "auc" },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.result).toBe("no-improvement");
    expect(result.warnings).toEqual([expect.stringMatching(/^The gate's result is no-improvement: the rules hold but auc improves by -0\.01 over the champion/)]);
    const gate = report(result.outputs);
    expect(gate.candidate.metrics).toEqual({ accuracy: 0.92, auc: 0.9 });
    expect(gate.champion).toMatchObject({ model: "churn", version: "1", metricsFrom: `job ${championJob}`, metrics: { accuracy: 0.9, auc: 0.91 } });
    expect(h.emulator.specViolations).toEqual([]);
  });

  it("handles an endpoint without traffic as on-missing-champion says, and says so", async () => {
    const inputs = { metrics: '{"accuracy": 0.95}', rules: "accuracy >= 0.9\naccuracy >= champion.accuracy", "endpoint-name": "empty-ep" };
    const passed = await h.runAction("evaluate-gate", { inputs });
    expect(passed.exitCode).toBe(0);
    expect(passed.outputs.result).toBe("pass");
    expect(passed.summary).toContain("**Champion:** none — endpoint 'empty-ep' serves no live traffic; a missing champion is set to **pass**");
    expect(report(passed.outputs).rules[1]).toMatchObject({ verdict: "skipped", reason: "there is no champion" });
    const failed = await h.runAction("evaluate-gate", { inputs: { ...inputs, "on-missing-champion": "fail" } });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.result).toBe("fail");
  });

  it("names the line and column of a malformed rule, before signing in", async () => {
    const before = h.emulator.requests.length;
    const result = await h.runAction("evaluate-gate", { inputs: { metrics: '{"accuracy": 0.95}', rules: "accuracy >= 0.9\naccuracy => 0.9", "endpoint-name": "credit-ep" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual(["Input 'rules': line 2, column 10: unknown operator '=>'; expected one of >= > <= < =="]);
    expect(h.emulator.requests.length).toBe(before);
  });
});

describe("evaluate-gate (Azure Pipelines task)", () => {
  it("reports no-improvement as a warning, and fails on it when failOn says so", async () => {
    const inputs = { ...h.taskInputs, metrics: '{"accuracy": 0.95, "auc": 0.932, "rmse": 1.0}', rules: RULES, endpointName: "credit-ep", primaryMetric: "auc", minImprovement: "0.005" };
    const warned = await h.runTask("evaluate-gate", { inputs });
    expect(warned.errors).toEqual([]);
    expect(warned.result).toBe("SucceededWithIssues");
    expect(warned.outputs).toMatchObject({ result: "no-improvement", passed: "false" });
    expect(report(warned.outputs).champion).toMatchObject({ model: "credit", version: "1" });
    const failed = await h.runTask("evaluate-gate", { inputs: { ...inputs, failOn: "fail,no-improvement" } });
    expect(failed.result).toBe("Failed");
    expect(failed.errors).toEqual([expect.stringMatching(/^The gate's result is no-improvement: the rules hold but auc improves by 0\.002 \(needed 0\.005\) over the champion\.$/)]);
  });

  it("names a malformed rule and metrics that are not an object of numbers in the task's spelling", async () => {
    const rule = await h.runTask("evaluate-gate", { inputs: { ...h.taskInputs, metrics: '{"a": 1}', rules: "a >= (1", compareTo: "none" } });
    expect(rule.result).toBe("Failed");
    expect(rule.errors).toEqual(["Input 'rules': line 1, column 8: expected ')', got the end of the line"]);
    const metrics = await h.runTask("evaluate-gate", { inputs: { ...h.taskInputs, metrics: '{"a": "high"}', compareTo: "none" } });
    expect(metrics.errors).toEqual([`Input 'metrics' must be a JSON object of numbers, e.g. {"accuracy": 0.91}, got '{"a": "high"}'.`]);
  });
});
