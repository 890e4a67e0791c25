import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";
import { copyFixture } from "./fixtures";

const FAST = { "poll-interval-seconds": "0.2" };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ tokenLifetimeSeconds: 3, oidcLifetimeSeconds: 3 });
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  h.emulator.jobs.clearScenarios();
  h.emulator.faults.clear();
});


/** Each blob of the workspace's default container under the prefix, with its ETag and last-modified time. */
async function blobVersions(prefix: string): Promise<Record<string, string>> {
  const { BlobServiceClient } = await import("@azure/storage-blob");
  const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
  const versions: Record<string, string> = {};
  for await (const blob of container.listBlobsFlat({ prefix })) versions[blob.name] = `${blob.properties.etag} ${blob.properties.lastModified?.toISOString()}`;
  return versions;
}

function jobRequests(jobName: string, method = "GET") {
  return h.emulator.requests.filter((r) => r.method === method && r.path.toLowerCase().endsWith(`/jobs/${jobName}`.toLowerCase()));
}

describe("train (GitHub action)", () => {
  it("runs a command job to Completed, streaming logs, with outputs and summary", async () => {
    const dir = copyFixture("iris");
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), ...FAST }, pullRequest: 7 });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const jobName = result.outputs["job-name"];
    expect(result.outputs.status).toBe("Completed");
    expect(JSON.parse(result.outputs.metrics)).toEqual({ accuracy: 0.91, loss: 0.31 });
    expect(result.outputs["model-uri"]).toBe(`azureml://jobs/${jobName}/outputs/model`);
    expect(result.outputs["studio-url"]).toContain(jobName);
    expect(result.log).toMatch(/Epoch 2\/3 - loss: 0\.4200\n(.*\n)*.*Training complete/);
    expect(result.log.indexOf("Queued")).toBeLessThan(result.log.indexOf("Epoch 1/3"));
    expect(result.summary).toContain("| accuracy | 0.91 |");
    expect(result.summary).toContain("amlops train: job");

    const job = h.emulator.state.jobs.get(jobName)!;
    const tags = job.resource.properties.tags as Record<string, string>;
    expect(tags).toMatchObject({ "amlops.repository": expect.any(String), "amlops.commit": expect.any(String), "amlops.pull-request": "7" });
    const inputs = job.resource.properties.inputs as Record<string, { uri?: string; jobInputType: string; value?: string }>;
    expect(inputs.iris_csv.uri).toMatch(/^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/.+\/iris\.csv$/);
    expect(inputs.C).toEqual({ jobInputType: "literal", value: "0.8" });
    expect(h.emulator.specViolations).toEqual([]);
  });

  it("reuses an unchanged code snapshot: no upload and no new code version on the second run", async () => {
    const dir = copyFixture("iris");
    const first = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), wait: "false" } });
    expect(first.exitCode).toBe(0);
    const codePuts = () => h.emulator.requests.filter((r) => r.method === "PUT" && /\/codes\/[^/]+\/versions\//i.test(r.path)).length;
    const before = codePuts();
    const uploaded = await blobVersions("LocalUpload/");
    const second = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), wait: "false" } });
    expect(second.exitCode).toBe(0);
    expect(codePuts()).toBe(before);
    // Azurite's own view: no blob was written again (a write changes its ETag and last-modified time).
    expect(await blobVersions("LocalUpload/")).toEqual(uploaded);
    expect(second.log).toMatch(/Reused: upload-code/);
    expect(second.log).not.toMatch(/Done: upload-code/);

    writeFileSync(join(dir, "src", "main.py"), `${readFileSync(join(dir, "src", "main.py"), "utf8")}\n# changed\n`);
    const third = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), wait: "false" } });
    expect(third.log).toMatch(/Done: upload-code/);
    expect(codePuts()).toBe(before + 1);
  });

  it("runs a two-step pipeline job and returns its steps' metrics", async () => {
    const dir = copyFixture("two-step");
    h.emulator.jobs.setScenario({ match: { experimentName: "churn" }, steps: { prep: { metrics: { rows: 1000 } }, train: { metrics: { accuracy: 0.88 } } } });
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "pipeline.yml"), ...FAST } });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    const metrics = JSON.parse(result.outputs.metrics);
    expect(metrics).toMatchObject({ "prep.rows": 1000, "train.accuracy": 0.88 });
    expect(result.outputs["model-uri"]).toBe(`azureml://jobs/${result.outputs["job-name"]}/outputs/trained_model`);

    const only = await h.runAction("train", { inputs: { "job-file": join(dir, "pipeline.yml"), "metrics-step": "train", ...FAST } });
    expect(JSON.parse(only.outputs.metrics)).toEqual({ accuracy: 0.88 });
  });

  it("runs a pipeline job made from a pipeline component file: the component registered, its steps run, their metrics returned; the dry run shows them", async () => {
    const dir = copyFixture("two-step");
    const pipeline = readFileSync(join(dir, "pipeline.yml"), "utf8");
    const steps = pipeline.slice(pipeline.indexOf("jobs:"));
    const component = [
      "type: pipeline", "display_name: two-step-component",
      "inputs:", "  max_epochs:", "    type: integer",
      "outputs:", "  trained_model:", "    type: mlflow_model", steps,
    ].join("\n");
    writeFileSync(join(dir, "component.yml"), component);
    const job = pipeline.slice(0, pipeline.indexOf("jobs:")).replace(/^display_name: .*$/m, "display_name: from-component");
    writeFileSync(join(dir, "from-component.yml"), `${job}component: ./component.yml\n`);
    h.emulator.jobs.setScenario({ match: { experimentName: "churn" }, steps: { prep: { metrics: { rows: 1000 } }, train: { metrics: { accuracy: 0.88 } } } });

    const plan = await h.runAction("train", { inputs: { "job-file": join(dir, "from-component.yml"), "dry-run": "true" } });
    expect(plan.errors).toEqual([]);
    expect(plan.exitCode).toBe(0);
    expect(plan.log).toMatch(/^Pipeline component: anonymous [0-9a-f]{32}\n {2}steps: prep, train$/m);
    expect(plan.log).toMatch(/^Step prep \(command\): component anonymous [0-9a-f]{32}$/m);
    expect(plan.log).toMatch(/^Step train \(command\): component anonymous [0-9a-f]{32}$/m);

    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "from-component.yml"), ...FAST } });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    expect(JSON.parse(result.outputs.metrics)).toMatchObject({ "prep.rows": 1000, "train.accuracy": 0.88 });
    const submitted = h.emulator.state.jobs.get(result.outputs["job-name"])!.resource.properties as { componentId: string; jobs: object };
    expect(submitted.jobs).toEqual({});
    const registered = h.emulator.state.components.versions.get("azureml_anonymous")?.get(submitted.componentId.split("/").pop()!);
    expect(registered?.properties.componentSpec).toMatchObject({ type: "pipeline", display_name: "two-step-component", jobs: { prep: expect.any(Object), train: expect.any(Object) } });
  });

  it("fails with the service's error and the last log lines when the job fails", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ outcome: "Failed", error: "ModuleNotFoundError: No module named 'sklearn'", logLines: ["starting", "Traceback (most recent call last):", "ModuleNotFoundError: No module named 'sklearn'"] });
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), ...FAST } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe("Failed");
    expect(result.errors).toEqual([expect.stringMatching(/^Job .+ ended Failed: ModuleNotFoundError: No module named 'sklearn'$/)]);
    expect(result.summary).toContain("ModuleNotFoundError");
    expect(result.summary).toContain("Traceback (most recent call last):");
  });

  it("cancels the job when the run is cancelled", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
    const result = await h.runAction("train", {
      inputs: { "job-file": join(dir, "job.yml"), ...FAST },
      // SIGINT alone: no SIGTERM follows, so only the SIGINT handler can cancel the job before the run times out.
      signalWhen: { pattern: /job .+: Running/, signal: "SIGINT" },
      timeoutMs: 45_000,
    });
    expect(result.signalsSent).toEqual(["SIGINT"]);
    const jobName = result.outputs["job-name"];
    expect(h.emulator.state.jobs.get(jobName)!.status).toBe("Canceled");
    expect(result.exitCode).toBe(1);
    expect(result.errors.join("\n")).toMatch(/cancelled/);
  });

  it("cancels the job when the runner sends SIGTERM alone", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), ...FAST }, signalWhen: { pattern: /job .+: Running/, signal: "SIGTERM" } });
    expect(h.emulator.state.jobs.get(result.outputs["job-name"])!.status).toBe("Canceled");
    expect(result.exitCode).toBe(1);
  });

  it("cancels the job on timeout, and leaves it running when told to", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
    const cancelled = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "timeout-minutes": "0.05", ...FAST } });
    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.errors[0]).toMatch(/did not finish within 0\.05 minutes and was cancelled/);
    expect(h.emulator.state.jobs.get(cancelled.outputs["job-name"])!.status).toBe("Canceled");

    const left = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "timeout-minutes": "0.05", "cancel-on-timeout": "false", ...FAST } });
    expect(left.errors[0]).toMatch(/is still running/);
    expect(h.emulator.state.jobs.get(left.outputs["job-name"])!.status).toBe("Running");
  });

  it("rides out 429 and 5xx bursts while polling, without polling faster than its interval", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { queued: 300, preparing: 300, running: 6000, finalizing: 300 } });
    h.emulator.faults.add({ method: "GET", path: "/subscriptions/*/resourceGroups/*/providers/Microsoft.MachineLearningServices/workspaces/*/jobs/*", count: 2, fault: { kind: "status", status: 429, retryAfterSeconds: 2 } });
    const started = Date.now();
    const result = await h.runAction("train", {
      inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "0.5" },
      onStdout: (line) => {
        if (/job .+: Running/.test(line)) {
          h.emulator.faults.add({ method: "GET", path: "/subscriptions/*/resourceGroups/*/providers/Microsoft.MachineLearningServices/workspaces/*/jobs/*", count: 3, fault: { kind: "status", status: 503 } });
        }
      },
    });
    const elapsed = Date.now() - started;
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    const gets = jobRequests(result.outputs["job-name"]);
    const answered = gets.filter((r) => r.status === 200);
    expect(gets.filter((r) => r.status === 429)).toHaveLength(2);
    // Retry-After: 2, longer than any backoff of the SDK's or the step's own: the request log shows it was honoured.
    for (let i = 0; i + 1 < gets.length; i++) {
      if (gets[i].status === 429) expect(Date.parse(gets[i + 1].time) - Date.parse(gets[i].time)).toBeGreaterThanOrEqual(1950);
    }
    expect(gets.filter((r) => r.status === 503)).toHaveLength(3);
    // One status read per interval at most: never more successful reads than 0.5 s intervals in the elapsed time (+ the final read).
    expect(answered.length).toBeLessThanOrEqual(Math.ceil(elapsed / 500) + 2);
  });

  it("runs the SDK's AutoML NER fixture on api-version 2025-12-01, says what it does not send, and returns the best trial's metrics", async () => {
    h.emulator.jobs.setScenario({ match: { experimentName: "automl" }, durations: { queued: 10, running: 30 }, metrics: { accuracy: 0.83 } });
    const dir = mkdtempSync(join(tmpdir(), "contract-automl-"));
    copyFileSync(join(__dirname, "../fixtures/jobs/sdk/test_configs/automl_job/automl_job_text_ner_mock.yaml"), join(dir, "job.yml"));
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), ...FAST } });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs["job-name"]).toBe("simpleautomlnlpjob");
    expect(result.outputs.status).toBe("Completed");
    expect(JSON.parse(result.outputs.metrics)).toEqual({ accuracy: 0.83 });
    for (const field of ["limits.trial_timeout_minutes", "limits.max_nodes", "sweep", "training_parameters", "search_space"]) {
      expect(result.warnings).toContain(`Not sent: ${field}: api-version 2025-12-01 has no place for it in an AutoML TextNER task (the SDK sends it through a preview api-version).`);
    }
    expect(jobRequests("simpleautomlnlpjob", "PUT").map((request) => request.apiVersion)).toEqual(["2025-12-01"]);

    const dryRun = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "dry-run": "true" } });
    expect(dryRun.exitCode).toBe(0);
    expect(dryRun.warnings).toEqual([]);
    expect(dryRun.log).toContain("Job: automl job in experiment");
    expect(dryRun.log).toContain("Not sent (warned at submission): limits.max_nodes: api-version 2025-12-01 has no place for it in an AutoML TextNER task");
    expect(h.emulator.state.jobs.get("simpleautomlnlpjob")!.resource.properties.taskDetails).toMatchObject({
      taskType: "TextNER", featurizationSettings: { datasetLanguage: "eng" }, limitSettings: { timeout: "PT30M", maxTrials: 4, maxConcurrentTrials: 4 },
    });
    expect(h.emulator.specViolations).toEqual([]);
  });

  it("dry run prints the request body and the uploads, and changes nothing", async () => {
    const dir = copyFixture("iris");
    const jobsBefore = h.emulator.state.jobs.size;
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "dry-run": "true" } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe("DryRun");
    expect(result.log).toContain('"jobType": "Command"');
    expect(result.log).toMatch(/^Code src \(1 file, .*\): (would be uploaded|reused \(already in the workspace\), nothing uploaded) →/m);
    expect(result.outputs["job-name"]).toBeUndefined();
    expect(h.emulator.state.jobs.size).toBe(jobsBefore);
  });

  it("detaches with wait: false, then attach-job resumes waiting without resubmitting", async () => {
    const dir = copyFixture("iris");
    const detached = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), wait: "false" } });
    const jobName = detached.outputs["job-name"];
    expect(["NotStarted", "Queued", "Starting"]).toContain(detached.outputs.status);
    const attached = await h.runAction("train", { inputs: { "attach-job": jobName, ...FAST } });
    expect(attached.outputs).toMatchObject({ "job-name": jobName, status: "Completed" });
    expect(jobRequests(jobName, "PUT")).toHaveLength(1);
  });

  it("names an unknown compute with the service's message and submits nothing", async () => {
    const dir = copyFixture("iris");
    const jobsBefore = h.emulator.state.jobs.size;
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), compute: "azureml:no-such-cluster" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/no-such-cluster/);
    expect(h.emulator.state.jobs.size).toBe(jobsBefore);
  });

  it("says how to sign in when OIDC is not granted and no secret is given", async () => {
    const result = await h.runAction("train", { inputs: { "attach-job": "any_job" }, idToken: false });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Inputs 'client-id' and 'tenant-id' need OIDC \(on GitHub: `permissions: id-token: write`\) or 'client-secret'/)]);
  });

  it("names an attach-job that does not exist", async () => {
    const result = await h.runAction("train", { inputs: { "attach-job": "no_such_job_123" } });
    expect(result.errors).toEqual(["Input 'attach-job': there is no job 'no_such_job_123' in workspace 'mlw-amlops-dev'."]);
  });

  it("survives a wait longer than the OIDC token lifetime by asking for fresh assertions", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 7000 } });
    const issuedBefore = h.github.oidcTokens.length;
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "1" } });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    expect(h.github.oidcTokens.length - issuedBefore).toBeGreaterThan(1);
  });
});

describe("train (Azure Pipelines task)", () => {
  it("runs a command job with a workload identity federation connection", async () => {
    const dir = copyFixture("iris");
    const result = await h.runTask("train", { inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "0.2" } });
    expect(result.errors).toEqual([]);
    expect(result.result).toBe("Succeeded");
    expect(result.outputs.status).toBe("Completed");
    expect(JSON.parse(result.outputs.metrics)).toEqual({ accuracy: 0.91, loss: 0.31 });
    expect(result.summary).toContain("| accuracy | 0.91 |");
    expect(result.log).toContain("Training complete");
  });

  it("survives a wait longer than the Entra token and the Azure DevOps OIDC token lifetimes by asking for fresh assertions", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 7000 } });
    const issuedBefore = h.azureDevOps.oidcTokens.length;
    const result = await h.runTask("train", {
      serviceConnection: h.serviceConnection,
      inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "1" },
    });
    expect(result.errors).toEqual([]);
    expect(result.result).toBe("Succeeded");
    expect(result.outputs.status).toBe("Completed");
    const issued = h.azureDevOps.oidcTokens.slice(issuedBefore);
    expect(issued.length).toBeGreaterThan(1);
    expect(issued.every((token) => token.serviceConnectionId === h.serviceConnection.id)).toBe(true);
  });

  it("cancels the job when the agent cancels the task", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
    const result = await h.runTask("train", {
      inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "0.2" },
      signalWhen: { pattern: /job .+: Running/, signal: "SIGINT" },
      timeoutMs: 45_000,
    });
    expect(h.emulator.state.jobs.get(result.outputs.jobName)!.status).toBe("Canceled");
    expect(result.result).toBe("Failed");
  });

  it("cancels the job when the agent sends SIGTERM alone", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
    const result = await h.runTask("train", {
      inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "0.2" },
      signalWhen: { pattern: /job .+: Running/, signal: "SIGTERM" },
      timeoutMs: 45_000,
    });
    expect(result.signalsSent).toEqual(["SIGTERM"]);
    expect(h.emulator.state.jobs.get(result.outputs.jobName)!.status).toBe("Canceled");
    expect(result.result).toBe("Failed");
  });

  it("signs in with a service principal secret connection", async () => {
    const dir = copyFixture("iris");
    const result = await h.runTask("train", { serviceConnection: h.secretServiceConnection, inputs: { jobFile: join(dir, "job.yml"), wait: "false" } });
    expect(result.errors).toEqual([]);
    expect(result.outputs.jobName).toBeTruthy();
    expect(result.log).not.toContain(h.clientSecret);
  });
});
