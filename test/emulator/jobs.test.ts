import type { CommandJob, JobBase, PipelineJob } from "@azure/arm-machinelearning";
import path from "node:path";
import { BlobServiceClient } from "@azure/storage-blob";
import { jobMetrics } from "../../shared/azure/job-metrics";
import { trackingEndpoints } from "../../shared/azure/tracking";
import { loadJobFile } from "../../shared/jobs/job-file";
import { buildJobRequest } from "../../shared/jobs/job-request";
import { createPlanningResolver } from "../../shared/jobs/resolvers";
import { submitJobRequest } from "../../shared/jobs/submit-job";
import { httpsJson, startHarness, unsignedJwt, workspaceChildId, type Harness } from "./support";

describe("jobs, run history and MLflow through the real SDK", () => {
  let h: Harness;
  let compute: string;
  let environment: string;
  let code: string;
  const auth = () => ({ authorization: `Bearer ${unsignedJwt(600)}` });

  beforeAll(async () => {
    h = await startHarness();
    compute = workspaceChildId(h.emulator, "computes", "cpu-cluster");
    environment = workspaceChildId(h.emulator, "environments", "sklearn-env", "versions", "1");
    await h.client.codeVersions.createOrUpdate(...h.args, "train-src", "1", { properties: { codeUri: "https://storage/LocalUpload/src" } });
    code = workspaceChildId(h.emulator, "codes", "train-src", "versions", "1");
  });

  afterAll(async () => {
    await h.stop();
  });

  afterEach(() => {
    h.emulator.jobs.clearScenarios();
    const violations = h.emulator.specViolations.splice(0);
    expect(violations).toEqual([]);
  });

  function commandJob(overrides: Partial<CommandJob> = {}): JobBase {
    const properties: CommandJob = {
      jobType: "Command", command: "python train.py", computeId: compute, environmentId: environment, codeId: code,
      experimentName: "churn", displayName: "train-churn",
      outputs: { model: { jobOutputType: "mlflow_model" } },
      ...overrides,
    };
    return { properties };
  }

  async function mlflow(path: string, init: RequestInit = {}) {
    const workspace = await h.client.workspaces.get(...h.args);
    const base = workspace.mlFlowTrackingUri!.replace(/^azureml:/, "https:");
    return httpsJson(h.emulator, `${base}/api/2.0/mlflow/${path}`, { ...init, headers: { ...auth(), "content-type": "application/json" } });
  }

  it("runs a command job through its lifecycle with progressive logs, metrics and model output", async () => {
    h.emulator.jobs.setScenario({
      match: { experimentName: "churn" },
      durations: { queued: 50, preparing: 50, running: 600, finalizing: 50 },
      metrics: { auc: 0.87, loss: [0.5, 0.3] },
      logLines: ["line one", "line two", "line three"],
    });
    const created = await h.client.jobs.createOrUpdate(...h.args, "job-lifecycle", commandJob());
    expect(created.properties.status).toBe("NotStarted");
    expect(created.properties.services?.Studio?.endpoint).toContain("job-lifecycle");

    const statuses = new Set<string>();
    const logSnapshots = new Set<string>();
    for (;;) {
      const job = await h.client.jobs.get(...h.args, "job-lifecycle");
      statuses.add(job.properties.status!);
      const details = await httpsJson(h.emulator,
        `/history/v1.0/subscriptions/${h.emulator.subscriptionId}/resourceGroups/${h.emulator.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${h.emulator.workspaceName}/runs/job-lifecycle/details`,
        { headers: auth() });
      const logUrl = (details.body as { logFiles: Record<string, string> }).logFiles["user_logs/std_log.txt"];
      if (logUrl) logSnapshots.add(await (await fetch(logUrl)).text());
      if (["Completed", "Failed", "Canceled"].includes(job.properties.status!)) break;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect([...statuses]).toEqual(expect.arrayContaining(["Running", "Completed"]));
    expect([...statuses].indexOf("Running")).toBeLessThan([...statuses].indexOf("Completed"));
    const snapshots = [...logSnapshots].sort((a, b) => a.length - b.length);
    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.at(-1)).toBe("line one\nline two\nline three\n");

    const run = await mlflow("runs/get?run_id=job-lifecycle");
    expect(run.body).toMatchObject({ run: { info: { run_id: "job-lifecycle", status: "FINISHED" }, data: {
      metrics: expect.arrayContaining([expect.objectContaining({ key: "auc", value: 0.87 }), expect.objectContaining({ key: "loss", value: 0.3, step: 1 })]),
    } } });
    const history = await mlflow("metrics/get-history?run_id=job-lifecycle&metric_key=loss");
    expect((history.body as { metrics: { value: number }[] }).metrics.map((point) => point.value)).toEqual([0.5, 0.3]);

    const done = await h.client.jobs.get(...h.args, "job-lifecycle");
    const outputUri = ((done.properties as CommandJob).outputs!.model as { uri?: string }).uri;
    expect(outputUri).toBe("azureml://datastores/workspaceblobstore/paths/azureml/job-lifecycle/model/");
    const anonymous = await fetch(`${h.azurite.blobUrl}/${h.emulator.blobContainer}/azureml/job-lifecycle/model/MLmodel`);
    expect(anonymous.ok).toBe(false);
    const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
    expect((await container.getBlobClient("azureml/job-lifecycle/model/MLmodel").downloadToBuffer()).toString()).toContain("run_id: job-lifecycle");
  });

  it("registers a model version from a job output and keeps container versions in step", async () => {
    await h.client.jobs.createOrUpdate(...h.args, "job-for-model", commandJob());
    await h.emulator.jobs.whenFinished("job-for-model");
    const version = await h.client.modelVersions.createOrUpdate(...h.args, "churn-model", "1", {
      properties: { modelType: "mlflow_model", modelUri: "azureml://jobs/job-for-model/outputs/model", tags: { commit: "abc123" } },
    });
    expect(version.properties).toMatchObject({ modelType: "mlflow_model", jobName: "job-for-model", tags: { commit: "abc123" } });
    await h.client.modelVersions.createOrUpdate(...h.args, "churn-model", "2", {
      properties: { modelType: "mlflow_model", modelUri: "azureml://jobs/job-for-model/outputs/model" },
    });
    const container = await h.client.modelContainers.get(...h.args, "churn-model");
    expect(container.properties).toMatchObject({ latestVersion: "2", nextVersion: "3" });
    const listed = [];
    for await (const item of h.client.modelVersions.list(...h.args, "churn-model")) listed.push(item.name);
    expect(listed).toEqual(["2", "1"]);
    await expect(h.client.modelVersions.createOrUpdate(...h.args, "churn-model", "9", {
      properties: { modelUri: "azureml://jobs/job-for-model/outputs/nope" },
    })).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("no output named 'nope'") });
    await expect(h.client.modelVersions.createOrUpdate(...h.args, "churn-model", "1", {
      properties: { modelType: "custom_model", modelUri: "azureml://jobs/job-for-model/outputs/model" },
    })).rejects.toMatchObject({ statusCode: 409 });
  });

  it("refuses unknown compute, environment and code with the service's errors, accepts registry environments", async () => {
    await expect(h.client.jobs.createOrUpdate(...h.args, "bad-compute", commandJob({ computeId: workspaceChildId(h.emulator, "computes", "nope") })))
      .rejects.toMatchObject({ statusCode: 400, code: "UserError", message: expect.stringContaining("Compute 'nope' is not found") });
    await expect(h.client.jobs.createOrUpdate(...h.args, "bad-env", commandJob({ environmentId: workspaceChildId(h.emulator, "environments", "sklearn-env", "versions", "7") })))
      .rejects.toMatchObject({ statusCode: 404, message: expect.stringContaining("Could not find asset") });
    await expect(h.client.jobs.createOrUpdate(...h.args, "bad-code", commandJob({ codeId: workspaceChildId(h.emulator, "codes", "train-src", "versions", "9") })))
      .rejects.toMatchObject({ statusCode: 404 });
    const registry = await h.client.jobs.createOrUpdate(...h.args, "registry-env",
      commandJob({ environmentId: "azureml://registries/azureml/environments/sklearn-1.5/labels/latest" }));
    expect(registry.properties.status).toBe("NotStarted");
    expect(h.emulator.state.jobs.has("bad-compute")).toBe(false);
  });

  it("accepts serverless compute and curated environments, which the service resolves itself", async () => {
    const serverless = await h.client.jobs.createOrUpdate(...h.args, "serverless-curated", commandJob({
      computeId: workspaceChildId(h.emulator, "computes", "serverless"),
      environmentId: "azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest",
    }));
    expect(serverless.properties.status).toBe("NotStarted");
    await expect(h.client.jobs.createOrUpdate(...h.args, "not-curated", commandJob({ environmentId: "azureml:sklearn-env@latest" })))
      .rejects.toMatchObject({ statusCode: 404 });
  });

  async function latestRunMetrics(runId: string): Promise<Record<string, number>> {
    const response = await mlflow(`runs/get?run_id=${runId}`);
    const metrics = (response.body as { run: { data: { metrics?: { key: string; value: number }[] } } }).run.data.metrics ?? [];
    return Object.fromEntries(metrics.map((metric) => [metric.key, metric.value]));
  }

  it("runs a sweep job's trials and names the best one, whose metrics train's metrics come from", async () => {
    h.emulator.jobs.setScenario({ match: { experimentName: "tune" }, durations: { queued: 10, running: 30 }, metrics: { accuracy: 0.9 } });
    const sweep = {
      jobType: "Sweep", experimentName: "tune", computeId: compute,
      trial: { command: "python train.py --lr ${{search_space.lr}}", environmentId: environment, codeId: code },
      searchSpace: { lr: ["uniform", [0.01, 0.1]] }, samplingAlgorithm: { samplingAlgorithmType: "Random" },
      objective: { goal: "Maximize", primaryMetric: "accuracy" }, limits: { jobLimitsType: "Sweep", maxTotalTrials: 3 },
      outputs: { model: { jobOutputType: "mlflow_model" } },
    };
    await h.client.jobs.createOrUpdate(...h.args, "sweep-run", { properties: sweep } as never);
    await h.emulator.jobs.whenFinished("sweep-run");
    const job = await h.client.jobs.get(...h.args, "sweep-run");
    expect(job.properties.status).toBe("Completed");
    const best = job.properties.properties?.best_child_run_id;
    expect(best).toBeDefined();
    const search = await mlflow("runs/search", { method: "POST", body: JSON.stringify({ filter: "tags.mlflow.parentRunId = 'sweep-run'" }) });
    const trials = (search.body as { runs: { info: { run_id: string }; data: { metrics: { key: string; value: number }[] } }[] }).runs;
    expect(trials).toHaveLength(3);
    const accuracies = trials.map((trial) => trial.data.metrics.find((metric) => metric.key === "accuracy")!.value);
    const bestTrial = trials.find((trial) => trial.info.run_id === best)!;
    expect(bestTrial.data.metrics.find((metric) => metric.key === "accuracy")!.value).toBe(Math.max(...accuracies));
    expect(await latestRunMetrics("sweep-run")).toEqual({});
    const tracking = await trackingEndpoints(h.client, { subscriptionId: h.emulator.subscriptionId, resourceGroup: h.emulator.resourceGroup, workspaceName: h.emulator.workspaceName, armEndpoint: h.emulator.url });
    expect(await jobMetrics(h.client, tracking, job)).toEqual({ accuracy: Math.max(...accuracies) });
  });

  it("runs an AutoML job's trials, the best by its task's primary metric", async () => {
    h.emulator.jobs.setScenario({ match: { experimentName: "automl" }, durations: { queued: 10, running: 30 }, metrics: { accuracy: 0.8 } });
    const automl = {
      jobType: "AutoML", experimentName: "automl", computeId: compute,
      taskDetails: { taskType: "Classification", primaryMetric: "Accuracy", targetColumnName: "y", trainingData: { jobInputType: "mltable", uri: "azureml://datastores/workspaceblobstore/paths/train/" }, limitSettings: { maxTrials: 2 } },
    };
    await h.client.jobs.createOrUpdate(...h.args, "automl-run", { properties: automl } as never);
    await h.emulator.jobs.whenFinished("automl-run");
    const job = await h.client.jobs.get(...h.args, "automl-run");
    expect(job.properties.status).toBe("Completed");
    expect(await latestRunMetrics(String(job.properties.properties?.best_child_run_id))).toEqual({ accuracy: 0.8 });
    expect(await latestRunMetrics("automl-run")).toEqual({ accuracy: 0.8 });
  });

  it("accepts and runs the SDK's classification fixture as train converts it, sent with api-version 2025-12-01", async () => {
    h.emulator.jobs.setScenario({ match: { experimentName: "automl" }, durations: { queued: 10, running: 30 }, metrics: { accuracy: 0.7 } });
    const scope = { subscriptionId: h.emulator.subscriptionId, resourceGroup: h.emulator.resourceGroup, workspaceName: h.emulator.workspaceName };
    const file = await loadJobFile(path.resolve(__dirname, "../fixtures/jobs/sdk/test_configs/automl_job/automl_job_mock_classification.yaml"));
    const request = await buildJobRequest(file.spec, { ...scope, jobFileDir: file.dir, jobFile: file.path }, createPlanningResolver(scope, { latestVersion: async () => "1" }));
    await submitJobRequest(h.client, h.emulator.url, scope, request);
    expect(h.emulator.requests.filter((entry) => entry.method === "PUT" && entry.path.endsWith("/jobs/simpleautomljob")).map((entry) => [entry.apiVersion, entry.status]))
      .toEqual([["2025-12-01", 201]]);
    await h.emulator.jobs.whenFinished("simpleautomljob");
    const job = await h.client.jobs.get(...h.args, "simpleautomljob");
    expect(job.properties).toMatchObject({ status: "Completed", taskDetails: { taskType: "Classification", positiveLabel: "label", limitSettings: { maxTrials: 40 } } });
    expect(await latestRunMetrics(String(job.properties.properties?.best_child_run_id))).toEqual({ accuracy: 0.7 });
  });

  it("fails a job as the scenario says and reports the error in run history", async () => {
    h.emulator.jobs.setScenario({ match: { tag: { name: "scenario", value: "oom" } }, outcome: "Failed", error: "CUDA out of memory", durations: { running: 60 } });
    await h.client.jobs.createOrUpdate(...h.args, "job-fails", commandJob({ tags: { scenario: "oom" } }));
    await h.emulator.jobs.whenFinished("job-fails");
    const job = await h.client.jobs.get(...h.args, "job-fails");
    expect(job.properties.status).toBe("Failed");
    const details = await httpsJson(h.emulator,
      `/history/v1.0/subscriptions/${h.emulator.subscriptionId}/resourceGroups/${h.emulator.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${h.emulator.workspaceName}/runs/job-fails/details`,
      { headers: auth() });
    expect(details.body).toMatchObject({ status: "Failed", error: { error: { message: "CUDA out of memory" } } });
  });

  it("cancels a running job as the Location LRO the SDK polls", async () => {
    h.emulator.jobs.setScenario({ match: { displayName: "slow" }, durations: { queued: 10, preparing: 10, running: 60_000 } });
    await h.client.jobs.createOrUpdate(...h.args, "job-cancel", commandJob({ displayName: "slow" }));
    await h.client.jobs.beginCancelAndWait(...h.args, "job-cancel", { updateIntervalInMs: 20 });
    const job = await h.client.jobs.get(...h.args, "job-cancel");
    expect(job.properties.status).toBe("Canceled");
    const polls = h.emulator.requests.filter((entry) => entry.path.includes("/mfeOperationResults/"));
    expect(polls.length).toBeGreaterThan(0);
  });

  it("turns pipeline steps into child runs found by MLflow's parentRunId search", async () => {
    h.emulator.jobs.setScenario({ match: { experimentName: "pipe" }, steps: { prep: { durations: { running: 40 }, metrics: { rows: 1000 } }, train: { durations: { running: 40 }, metrics: { auc: 0.8 } } } });
    const pipeline: PipelineJob = {
      jobType: "Pipeline", experimentName: "pipe", computeId: compute, settings: { default_compute: compute },
      jobs: { prep: { type: "command", command: "python prep.py" }, train: { type: "command", command: "python train.py" } },
    };
    await h.client.jobs.createOrUpdate(...h.args, "pipe-run", { properties: pipeline });
    await h.emulator.jobs.whenFinished("pipe-run");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await h.client.jobs.get(...h.args, "pipe-run")).properties.status).toBe("Completed");
    const search = await mlflow("runs/search", { method: "POST", body: JSON.stringify({ filter: "tags.mlflow.parentRunId = 'pipe-run'" }) });
    const runs = (search.body as { runs: { info: { status: string }; data: { tags: { key: string; value: string }[]; metrics: { key: string; value: number }[] } }[] }).runs;
    expect(runs).toHaveLength(2);
    const byStep = Object.fromEntries(runs.map((run) => [run.data.tags.find((tag) => tag.key === "mlflow.runName")!.value, run]));
    expect(byStep.prep.data.metrics).toEqual([expect.objectContaining({ key: "rows", value: 1000 })]);
    expect(byStep.train.data.metrics).toEqual([expect.objectContaining({ key: "auc", value: 0.8 })]);
    expect(runs.every((run) => run.info.status === "FINISHED")).toBe(true);
    const topLevel = [];
    for await (const job of h.client.jobs.list(...h.args)) topLevel.push(job.name);
    expect(topLevel).toContain("pipe-run");
    expect(topLevel.some((name) => name?.startsWith("prep_"))).toBe(false);
  });
  it("registers component versions and runs pipeline steps from their componentId", async () => {
    const componentSpec = { name: "azureml_anonymous", version: "c0ffee", type: "command", command: "python score.py", environment: `azureml:${environment}`, code: `azureml:${code}` };
    await expect(h.client.componentVersions.get(...h.args, "azureml_anonymous", "c0ffee")).rejects.toMatchObject({ statusCode: 404 });
    const created = await h.client.componentVersions.createOrUpdate(...h.args, "azureml_anonymous", "c0ffee", { properties: { componentSpec, isAnonymous: true } });
    expect(created.id).toBe(workspaceChildId(h.emulator, "components", "azureml_anonymous", "versions", "c0ffee"));
    expect((await h.client.componentVersions.get(...h.args, "azureml_anonymous", "c0ffee")).properties.componentSpec).toEqual(componentSpec);
    expect((await h.client.componentContainers.get(...h.args, "azureml_anonymous")).properties.latestVersion).toBe("c0ffee");
    const listed = [];
    for await (const item of h.client.componentVersions.list(...h.args, "azureml_anonymous")) listed.push(item.name);
    expect(listed).toEqual(["c0ffee"]);
    await expect(h.client.componentVersions.createOrUpdate(...h.args, "azureml_anonymous", "c0ffee", { properties: { componentSpec: { ...componentSpec, command: "python other.py" } } }))
      .rejects.toMatchObject({ statusCode: 409 });
    await expect(h.client.componentVersions.createOrUpdate(...h.args, "needs-env", "1", {
      properties: { componentSpec: { ...componentSpec, environment: `azureml:${workspaceChildId(h.emulator, "environments", "missing", "versions", "1")}` } },
    })).rejects.toMatchObject({ statusCode: 404, message: expect.stringContaining("Could not find asset") });

    const pipeline = (componentId: string): PipelineJob => ({
      jobType: "Pipeline", experimentName: "components", settings: { default_compute: compute },
      jobs: { score: { type: "command", componentId } },
    });
    await h.client.jobs.createOrUpdate(...h.args, "pipe-component", { properties: pipeline(created.id!) });
    await h.emulator.jobs.whenFinished("pipe-component");
    const parent = h.emulator.state.jobs.get("pipe-component")!;
    expect(parent.status).toBe("Completed");
    const child = h.emulator.state.jobs.get(parent.children[0])!;
    expect(child.resource.properties).toMatchObject({ command: "python score.py", environmentId: environment, codeId: code });

    const missing = workspaceChildId(h.emulator, "components", "azureml_anonymous", "versions", "deadbeef");
    await expect(h.client.jobs.createOrUpdate(...h.args, "pipe-missing-component", { properties: pipeline(missing) }))
      .rejects.toMatchObject({ statusCode: 404, message: expect.stringContaining(missing) });
    expect(h.emulator.state.jobs.has("pipe-missing-component")).toBe(false);
  });

  it("runs a pipeline job made from a pipeline component (componentId, jobs {}) as the component's steps, refuses a missing or non-pipeline component", async () => {
    const step = { name: "azureml_anonymous", version: "5c0de", type: "command", command: "python fit.py", environment: `azureml:${environment}`, code: `azureml:${code}` };
    const stepVersion = await h.client.componentVersions.createOrUpdate(...h.args, "azureml_anonymous", "5c0de", { properties: { componentSpec: step, isAnonymous: true } });
    const pipelineSpec = { name: "azureml_anonymous", version: "919e", type: "pipeline", jobs: { fit: { type: "command", componentId: stepVersion.id, _source: "YAML.JOB" } } };
    const pipelineVersion = await h.client.componentVersions.createOrUpdate(...h.args, "azureml_anonymous", "919e", { properties: { componentSpec: pipelineSpec, isAnonymous: true } });
    const job = (componentId: string): PipelineJob => ({ jobType: "Pipeline", experimentName: "from-component", settings: { default_compute: compute }, componentId, jobs: {} });

    await h.client.jobs.createOrUpdate(...h.args, "pipe-from-component", { properties: job(pipelineVersion.id!) });
    await h.emulator.jobs.whenFinished("pipe-from-component");
    const parent = h.emulator.state.jobs.get("pipe-from-component")!;
    expect(parent.status).toBe("Completed");
    expect(parent.children).toHaveLength(1);
    const child = h.emulator.state.jobs.get(parent.children[0])!;
    expect(child.resource.properties).toMatchObject({ displayName: "fit", command: "python fit.py", environmentId: environment, codeId: code, componentId: stepVersion.id });
    expect((await h.client.jobs.get(...h.args, "pipe-from-component")).properties).toMatchObject({ componentId: pipelineVersion.id, status: "Completed" });

    const missing = workspaceChildId(h.emulator, "components", "azureml_anonymous", "versions", "0ff");
    await expect(h.client.jobs.createOrUpdate(...h.args, "pipe-from-missing", { properties: job(missing) }))
      .rejects.toMatchObject({ statusCode: 404, message: expect.stringContaining(missing) });
    await expect(h.client.jobs.createOrUpdate(...h.args, "pipe-from-command", { properties: job(stepVersion.id!) }))
      .rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("a pipeline job runs a pipeline component") });
    expect(h.emulator.state.jobs.has("pipe-from-missing") || h.emulator.state.jobs.has("pipe-from-command")).toBe(false);
  });
});
