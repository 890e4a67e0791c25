import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { BlobServiceClient } from "@azure/storage-blob";
import { trustCertificateInThisProcess } from "../../emulator/azureml";
import { startHarness, type Harness } from "../../emulator/harness";
import { staticCredential, workspaceChildId } from "../emulator/support";
import { finishedJob } from "./model-support";

let h: Harness;
let client: AzureMachineLearningWorkspaces;

beforeAll(async () => {
  h = await startHarness();
  trustCertificateInThisProcess(h.emulator.ca);
  client = new AzureMachineLearningWorkspaces(staticCredential(), h.emulator.subscriptionId, { endpoint: h.emulator.url });
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  h.emulator.faults.clear();
});

const versionsOf = (model: string) => [...(h.emulator.state.models.versions.get(model)?.keys() ?? [])].sort();
const versionPuts = (model: string) => h.emulator.requests.filter((r) => r.method === "PUT" && r.path.toLowerCase().includes(`/models/${model}/versions/`));
const stored = (model: string, version: string) => h.emulator.state.models.versions.get(model)!.get(version)!.properties as {
  modelUri: string; modelType: string; jobName?: string; stage?: string; datasets?: unknown[]; tags: Record<string, string>; properties: Record<string, string>;
};

describe("register (GitHub action)", () => {
  it("registers a job's model output with the gate's evidence and full lineage; a re-run returns the same version", async () => {
    const job = await finishedJob(h, client, "register_lineage_job", { metrics: { accuracy: 0.93, auc: 0.95 } });
    const gate = await h.runAction("evaluate-gate", { inputs: { "job-name": job, rules: "accuracy >= 0.9\nauc >= 0.9", "compare-to": "none" }, pullRequest: 7 });
    expect(gate.outputs.result).toBe("pass");

    const first = await h.runAction("register", { inputs: { "job-name": job, "model-name": "credit", description: "credit risk", reason: "Retrain on March data", stage: "Staging", "gate-report": gate.outputs.report }, pullRequest: 7 });
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ "model-name": "credit", "model-version": "1", "model-uri": "azureml:credit:1" });
    expect(first.outputs["model-id"]).toMatch(/\/workspaces\/[^/]+\/models\/credit\/versions\/1$/);

    const version = stored("credit", "1");
    expect(version).toMatchObject({ modelUri: `azureml://jobs/${job}/outputs/model`, modelType: "mlflow_model", jobName: job, description: "credit risk", stage: "Staging" });
    expect(version.datasets).toEqual([{ name: "credit-training:3", id: workspaceChildId(h.emulator, "data", "credit-training", "versions", "3") }]);
    expect(versionPuts("credit").map((r) => r.apiVersion)).toEqual(["2025-12-01"]);
    expect(version.tags).toMatchObject({
      "amlops.repository": "contoso/ml-models",
      "amlops.commit": "5e1c3b9a7d2f4e6a8b0c1d3e5f7a9b1c3d5e7f90",
      "amlops.ref": "feature-7",
      "amlops.reason": "Retrain on March data",
      "amlops.pull-request": "7",
      "amlops.run-url": "https://github.com/contoso/ml-models/actions/runs/4242",
      "amlops.actor": "octocat",
      "amlops.source-job": job,
      "amlops.gate": "pass",
    });
    expect(version.properties).toMatchObject({
      "amlops.source": `job:${job}/outputs/model`,
      "amlops.data": "training_data=azureml:credit-training:3",
      "amlops.gate-rules": "pass: accuracy >= 0.9 (0.93 vs 0.9)\npass: auc >= 0.9 (0.95 vs 0.9)",
      "amlops.metrics": '{"accuracy":0.93,"auc":0.95}',
      "amlops.registered-at": expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(first.summary).toContain("amlops register: registered credit:1");

    const putsBefore = versionPuts("credit").length;
    const again = await h.runAction("register", { inputs: { "job-name": job, "model-name": "credit", "gate-report": gate.outputs.report } });
    expect(again.exitCode).toBe(0);
    expect(again.outputs["model-version"]).toBe("1");
    expect(again.log).toContain("credit:1 was already registered from output model of job register_lineage_job; nothing registered.");
    expect(versionPuts("credit").length).toBe(putsBefore);
    expect(versionsOf("credit")).toEqual(["1"]);
    expect(h.emulator.specViolations).toEqual([]);
  });

  it("the next gate compares with the metrics the registration stored", async () => {
    const job = await finishedJob(h, client, "register_stored_metrics_job", { metrics: { auc: 0.88 } });
    const registered = await h.runAction("register", { inputs: { "job-name": job, "model-name": "stored" }, pullRequest: { number: 11, title: "Retrain on April data" } });
    expect(registered.outputs["model-version"]).toBe("1");
    expect(stored("stored", "1").tags["amlops.reason"]).toBe("Retrain on April data");
    expect(stored("stored", "1").properties["amlops.pull-request-title"]).toBe("Retrain on April data");
    expect(stored("stored", "1").properties["amlops.metrics"]).toBe('{"auc":0.88}');
    const gate = await h.runAction("evaluate-gate", { inputs: { metrics: '{"auc": 0.9}', rules: "auc >= champion.auc", "compare-to": "version", "model-name": "stored", "primary-metric": "auc" } });
    expect(JSON.parse(gate.outputs.report).champion).toMatchObject({ version: "1", metricsFrom: "its registration", metrics: { auc: 0.88 } });
    expect(gate.outputs.result).toBe("pass");
  });

  it("takes the following version when another registration took the one it read (409), and says so", async () => {
    const job = await finishedJob(h, client, "register_race_job");
    const e = h.emulator;
    await client.modelVersions.createOrUpdate(e.resourceGroup, e.workspaceName, "race", "1", { properties: { modelUri: "azureml://datastores/workspaceblobstore/paths/models/race/1/" } });
    e.faults.add({ method: "PUT", path: "/subscriptions/**/models/race/versions/*", count: 1, fault: { kind: "delay", ms: 4000 } });
    const running = h.runAction("register", { inputs: { "job-name": job, "model-name": "race" } });
    while (versionPuts("race").length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    // The step read nextVersion 2 and its PUT of version 2 is held: another registration takes version 2 meanwhile.
    await client.modelVersions.createOrUpdate(e.resourceGroup, e.workspaceName, "race", "2", { properties: { modelUri: "azureml://datastores/workspaceblobstore/paths/models/race/2/" } });
    const result = await running;
    expect(result.errors).toEqual([]);
    expect(result.outputs["model-version"]).toBe("3");
    expect(result.log).toContain("Version 2 of model race was taken by another registration; looking again (attempt 1 of 6).");
    expect(versionPuts("race").filter((r) => r.status === 409)).toHaveLength(1);
    expect(stored("race", "3").modelUri).toBe(`azureml://jobs/${job}/outputs/model`);
    expect(stored("race", "2").modelUri).toBe("azureml://datastores/workspaceblobstore/paths/models/race/2/");
  });

  it("registers a local folder by content: the same content gives the same version, new content a new one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "register-model-"));
    const model = join(dir, "model");
    mkdirSync(model);
    writeFileSync(join(model, "MLmodel"), "flavors:\n  python_function: {}\n");
    writeFileSync(join(model, "model.pkl"), "weights-1");
    const first = await h.runAction("register", { inputs: { "model-path": model, "model-name": "local-model", "model-type": "custom_model", metrics: '{"rmse": 1.5}' } });
    expect(first.errors).toEqual([]);
    expect(first.outputs["model-version"]).toBe("1");
    const version = stored("local-model", "1");
    expect(version.modelUri).toMatch(/^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/model\/$/);
    expect(version.properties["amlops.source"]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(version.properties["amlops.metrics"]).toBe('{"rmse":1.5}');
    const blobPath = version.modelUri.replace("azureml://datastores/workspaceblobstore/paths/", "");
    const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
    expect((await container.getBlockBlobClient(`${blobPath}model.pkl`).downloadToBuffer()).toString()).toBe("weights-1");

    const same = await h.runAction("register", { inputs: { "model-path": model, "model-name": "local-model", "model-type": "custom_model" } });
    expect(same.outputs["model-version"]).toBe("1");
    writeFileSync(join(model, "model.pkl"), "weights-2");
    const changed = await h.runAction("register", { inputs: { "model-path": model, "model-name": "local-model", "model-type": "custom_model" } });
    expect(changed.outputs["model-version"]).toBe("2");
    expect(versionsOf("local-model")).toEqual(["1", "2"]);
  });

  it("without a reason input, records the commit's subject on a push and the pull request's title on a pull request (action and task)", async () => {
    const pushed = await finishedJob(h, client, "register_reason_push", { metrics: { accuracy: 0.9 } });
    const onPush = await h.runAction("register", { inputs: { "job-name": pushed, "model-name": "reason-push" } });
    expect(onPush.exitCode).toBe(0);
    expect(stored("reason-push", "1").tags["amlops.reason"]).toBe("Retrain with new data");

    const task = await finishedJob(h, client, "register_reason_task", { metrics: { accuracy: 0.9 } });
    const onTask = await h.runTask("register", { inputs: { jobName: task, modelName: "reason-task" } });
    expect(onTask.result).toBe("Succeeded");
    expect(stored("reason-task", "1").tags["amlops.reason"]).toBe("Retrain with new data");

    const titled = await finishedJob(h, client, "register_reason_pr", { metrics: { accuracy: 0.9 } });
    const onPullRequest = await h.runAction("register", { inputs: { "job-name": titled, "model-name": "reason-pr" }, pullRequest: { number: 9, title: "Use March data" } });
    expect(onPullRequest.exitCode).toBe(0);
    expect(stored("reason-pr", "1").tags["amlops.reason"]).toBe("Use March data");
  });

  it("dry run prints the request and registers nothing", async () => {
    const job = await finishedJob(h, client, "register_dry_run_job");
    const result = await h.runAction("register", { inputs: { "job-name": job, "model-name": "dry", "dry-run": "true" } });
    expect(result.exitCode).toBe(0);
    expect(result.log).toMatch(/PUT https:\/\/127\.0\.0\.1:\d+\/subscriptions\/.+\/models\/dry\/versions\/1\?api-version=2025-12-01/);
    expect(result.log).toContain('"name": "credit-training:3"');
    expect(result.log).toContain(`"modelUri": "azureml://jobs/${job}/outputs/model"`);
    expect(versionsOf("dry")).toEqual([]);
  });

  it("refuses a job that did not complete, a missing output and a bad model name, registering nothing", async () => {
    const failedJob = await finishedJob(h, client, "register_failed_job", { outcome: "Failed" });
    const failed = await h.runAction("register", { inputs: { "job-name": failedJob, "model-name": "refused" } });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([`Input 'job-name': job ${failedJob} is Failed; expected a job that Completed.`]);
    const job = await finishedJob(h, client, "register_output_job");
    const output = await h.runAction("register", { inputs: { "job-name": job, "model-name": "refused", "output-name": "weights" } });
    expect(output.errors).toEqual([`Input 'output-name': job ${job} has no output 'weights' (outputs: model).`]);
    const missing = await h.runAction("register", { inputs: { "job-name": "no_such_job", "model-name": "refused" } });
    expect(missing.errors).toEqual([`Input 'job-name': there is no job 'no_such_job' in workspace '${h.emulator.workspaceName}'.`]);
    const name = await h.runAction("register", { inputs: { "job-name": job, "model-name": "credit/model" } });
    expect(name.errors).toEqual(["Input 'model-name': 'credit/model' is not a valid model name: it must start with a letter or digit and hold at most 255 letters, digits, '-', '_' or '.'."]);
    expect(versionsOf("refused")).toEqual([]);
  });
});

describe("register (Azure Pipelines task)", () => {
  it("two concurrent registrations of different jobs get two distinct versions", async () => {
    const [a, b] = [await finishedJob(h, client, "register_concurrent_a"), await finishedJob(h, client, "register_concurrent_b")];
    const [first, second] = await Promise.all([
      h.runTask("register", { inputs: { ...h.taskInputs, jobName: a, modelName: "concurrent" } }),
      h.runTask("register", { inputs: { ...h.taskInputs, jobName: b, modelName: "concurrent" } }),
    ]);
    expect([first.errors, second.errors]).toEqual([[], []]);
    expect([first.result, second.result]).toEqual(["Succeeded", "Succeeded"]);
    expect([first.outputs.modelVersion, second.outputs.modelVersion].sort()).toEqual(["1", "2"]);
    expect(versionsOf("concurrent")).toEqual(["1", "2"]);
    const uris = ["1", "2"].map((v) => stored("concurrent", v).modelUri).sort();
    expect(uris).toEqual([`azureml://jobs/${a}/outputs/model`, `azureml://jobs/${b}/outputs/model`]);
    expect(stored("concurrent", first.outputs.modelVersion).tags["amlops.repository"]).toBe("ml-models");
    expect(h.emulator.specViolations).toEqual([]);
  });
});
