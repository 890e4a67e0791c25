import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JobBase } from "@azure/arm-machinelearning";
import { SettingError } from "../../shared/core/errors";
import { trainStep } from "../../shared/steps/train";
import type { TrainServices } from "../../shared/steps/train-services";
import type { JobRequest } from "../../shared/jobs/job-request";
import { MemoryHost } from "../support/memory-host";
import { runWithServices } from "../support/run-step";
import { fakeWorkspace, job, recordingPublisher, WORKSPACE_INPUTS } from "./fake-azure";

const FIXTURE = join(__dirname, "../contract/fixtures/iris");
const REAL_WORLD_PIPELINE = join(__dirname, "../fixtures/jobs/real-world/Azure+azureml-examples/cli/jobs/pipelines-with-components/pipeline_with_pipeline_component/pipeline_with_train_eval_pipeline_component");

function jobFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "train-step-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return join(dir, "job.yml");
}

/** An Azure ML workspace in memory: submitted jobs run through `statuses`, one per status read. */
function fakeTrainServices(options: { statuses?: string[]; metrics?: () => Promise<Record<string, number>>; attachable?: JobBase } = {}) {
  const submitted: JobRequest[] = [];
  const cancelled: string[] = [];
  const statuses = [...(options.statuses ?? ["Running", "Completed"])];
  let current: JobBase | undefined = options.attachable;
  const publisher = recordingPublisher();
  const services: TrainServices = {
    connectWorkspace: async (settings) => fakeWorkspace(settings),
    findJob: async (_workspace, name) => {
      if (current?.name === name) return current;
      throw new SettingError("jobName", `there is no job '${name}' in workspace 'ws'.`);
    },
    getJob: async (_workspace, name) => {
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0];
      current = job(name, cancelled.includes(name) ? "Canceled" : status, { outputs: { model: { jobOutputType: "mlflow_model" } } } as Partial<JobBase["properties"]>);
      return current;
    },
    readJobPatiently: (workspace, name) => services.getJob(workspace, name),
    cancelJob: async (_workspace, name) => {
      cancelled.push(name);
    },
    computeType: async () => "AmlCompute",
    computeNames: async () => ["cpu-cluster"],
    trackingEndpoints: async () => ({ mlflow: "https://tracking", history: "https://history" }),
    runDetails: async (_client, _tracking, runId) => ({ runId, error: { error: { message: "ModuleNotFoundError: sklearn" } } }),
    jobMetrics: async () => (options.metrics ? options.metrics() : { accuracy: 0.91 }),
    openBlobDatastore: async () => ({ name: "workspaceblobstore", container: {} as never }),
    latestAssetVersion: async () => "3",
    createWorkspaceResolver: () => ({
      codeId: async () => "/codes/c/versions/1",
      environmentId: async () => "/environments/e/versions/1",
      inputUri: async (path) => `azureml://datastores/workspaceblobstore/paths/LocalUpload/${path.split("/").pop()}`,
      componentId: async () => "/components/c/versions/1",
      latestVersion: async () => "3",
    }),
    workspacePlanningChecks: () => ({
      codeVersionExists: async () => false,
      environmentVersionExists: async () => false,
      componentVersionExists: async () => false,
      inputUploaded: async () => undefined,
    }),
    submitJobRequest: async (_client, _endpoint, _scope, request) => {
      submitted.push(request);
      return job(request.name, "Queued");
    },
    publishEvent: publisher.publishEvent,
  };
  return { services, submitted, cancelled, events: publisher.events };
}

const FAST = { "poll-interval-seconds": "0.05" };

describe("train step with fake services", () => {
  it("submits the job, follows it to Completed and returns its metrics", async () => {
    const fake = fakeTrainServices();
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), tags: "team=risk", ...FAST }, { repository: "o/r", sha: "abc" });
    await runWithServices(trainStep, host, fake.services);
    expect(fake.submitted).toHaveLength(1);
    expect(fake.submitted[0].properties.tags).toMatchObject({ team: "risk", "amlops.repository": "o/r" });
    const name = fake.submitted[0].name;
    expect(Object.fromEntries(host.outputs)).toEqual({
      "job-name": name,
      "studio-url": expect.stringContaining(name),
      status: "Completed",
      "model-uri": `azureml://jobs/${name}/outputs/model`,
      metrics: '{"accuracy":0.91}',
    });
    expect(fake.events.map((event) => event.outcome)).toEqual(["succeeded"]);
    expect(host.summaries.join("\n")).toContain("| accuracy | 0.91 |");
  });

  it("plans without submitting on a dry run", async () => {
    const fake = fakeTrainServices();
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), "dry-run": "true" });
    await runWithServices(trainStep, host, fake.services);
    expect(fake.submitted).toEqual([]);
    expect(host.outputs.get("status")).toBe("DryRun");
    const log = host.logs.map((entry) => entry.message).join("\n");
    expect(log).toMatch(/PUT https:\/\/management\.azure\.com\/subscriptions\/.+\/jobs\/<generated at submission>/);
    expect(log).toMatch(/^Code .*: would be uploaded → \/subscriptions\/.+\/codes\//m);
    expect(host.outputs.has("job-name")).toBe(false);
    expect(fake.events.map((event) => event.outcome)).toEqual(["planned"]);
  });

  it("dry-runs a real-world pipeline showing each step with its resolved component, each component once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "train-step-"));
    cpSync(REAL_WORLD_PIPELINE, dir, { recursive: true });
    const fake = fakeTrainServices();
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": join(dir, "pipeline.yml"), "dry-run": "true" });
    await runWithServices(trainStep, host, fake.services);
    const log = host.logs.map((entry) => entry.message).join("\n");
    const component = "component anonymous ([0-9a-f]{32})";
    const code = "  code: /subscriptions/.+/codes/[0-9a-f]{64}/versions/1";
    const environment = "  environment: azureml://registries/azureml/environments/sklearn-1.5/labels/latest";
    const pipeline = new RegExp(`^Step train_and_evaluate_model1 \\(pipeline\\): ${component}\n  steps: train_job, score_job, evaluate_job$`, "m").exec(log);
    expect(pipeline).not.toBeNull();
    expect(log).toMatch(new RegExp(`^Step train_and_evaluate_model1/train_job \\(command\\): ${component}\n  command: python train\\.py --training_data \\$\\{\\{inputs\\.training_data\\}\\} .*\n${environment}\n${code}$`, "m"));
    expect(log).toMatch(new RegExp(`^Step train_and_evaluate_model1/score_job \\(command\\): ${component}\n  command: python score\\.py .*\n${environment}\n${code}$`, "m"));
    expect(log).toMatch(new RegExp(`^Step train_and_evaluate_model1/evaluate_job \\(command\\): ${component}\n  command: python eval\\.py .*\n${environment}\n${code}$`, "m"));
    expect(log).toMatch(new RegExp(`^Step compare \\(command\\): ${component}\n  command: python compare2\\.py .*\n${environment}\n${code}$`, "m"));
    // The second use of the pipeline component names the first and does not list its steps again.
    expect(log).toContain(`Step train_and_evaluate_model2 (pipeline): component anonymous ${pipeline![1]}, the same as step train_and_evaluate_model1\n`);
    expect(log).not.toMatch(/^Step train_and_evaluate_model2\//m);
    expect(log).toContain("Compute: ${{parent.inputs.compute_compare_node}}, a pipeline input, checked when the job runs");
    expect(fake.submitted).toEqual([]);
  });

  it("fails with the job's own error when the job fails, and publishes the failure", async () => {
    const fake = fakeTrainServices({ statuses: ["Running", "Failed"] });
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), ...FAST });
    await expect(runWithServices(trainStep, host, fake.services)).rejects.toThrow(/^Job .+ ended Failed: ModuleNotFoundError: sklearn$/);
    expect(host.outputs.get("status")).toBe("Failed");
    expect(fake.events.map((event) => event.outcome)).toEqual(["failed"]);
  });

  it("cancels the job it started when the run is cancelled", async () => {
    const fake = fakeTrainServices({ statuses: ["Running"] });
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), ...FAST });
    const original = fake.services.getJob;
    fake.services.getJob = async (workspace, name) => {
      const found = await original(workspace, name);
      host.cancel();
      return found;
    };
    await expect(runWithServices(trainStep, host, fake.services)).rejects.toThrow(/The run was cancelled; job .+ was cancelled too/);
    expect(fake.cancelled).toEqual([fake.submitted[0].name]);
  });

  it.each([
    ["kebab", "attach-job"],
    ["camel", "attachJob"],
  ] as const)("names an attach-job that does not exist as the host spells it (%s)", async (spelling, label) => {
    const fake = fakeTrainServices();
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "attach-job": "nope" });
    host.spelling = spelling;
    await expect(runWithServices(trainStep, host, fake.services)).rejects.toThrow(`Input '${label}': there is no job 'nope' in workspace 'ws'.`);
  });

  it.each([
    ["kebab", "metrics-step"],
    ["camel", "metricsStep"],
  ] as const)("names an unknown metrics step as the host spells it (%s)", async (spelling, label) => {
    const fake = fakeTrainServices({ metrics: async () => Promise.reject(new SettingError("metricsStep", "pipeline job j has no step 'x' (steps: train).")) });
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), "metrics-step": "x", ...FAST });
    host.spelling = spelling;
    await expect(runWithServices(trainStep, host, fake.services)).rejects.toThrow(`Input '${label}': pipeline job j has no step 'x' (steps: train).`);
  });

  it.each([
    ["kebab", "Inputs 'client-id' and 'tenant-id' need OIDC (on GitHub: `permissions: id-token: write`) or 'client-secret'"],
    ["camel", "Inputs 'clientId' and 'tenantId' need OIDC (on GitHub: `permissions: id-token: write`) or 'clientSecret'"],
  ] as const)("names the sign-in inputs as the host spells them (%s)", async (spelling, message) => {
    const fake = fakeTrainServices();
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), "client-id": "00000000-0000-0000-0000-000000000002" });
    host.spelling = spelling;
    await expect(runWithServices(trainStep, host, fake.services)).rejects.toThrow(message);
    expect(fake.submitted).toEqual([]);
  });

  it("names a tags line without a key", async () => {
    const host = new MemoryHost({ ...WORKSPACE_INPUTS, "job-file": jobFile(), tags: "=x" });
    await expect(runWithServices(trainStep, host, fakeTrainServices().services)).rejects.toThrow("Input 'tags': must be one key=value per line, got '=x'.");
  });
});
