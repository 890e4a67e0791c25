import { SettingError } from "../../shared/core/errors";
import { MemoryHost } from "../support/memory-host";
import { runStep } from "../../shared/host/run-step";
import type { ModelSource, ModelSourceSettings } from "../../shared/registry/model-source";
import type { ModelVersionRef } from "../../shared/registry/model-versions";
import type { ModelRegistration } from "../../shared/registry/register-model";
import { registerStep } from "../../shared/steps/register";
import type { ModelRegistry, RegisterServices } from "../../shared/steps/register-run";
import { runnable } from "../../shared/steps/step";

const WORKSPACE = { "subscription-id": "00000000-0000-0000-0000-000000000001", "resource-group": "rg", "workspace-name": "ws" };
const CONTEXT = { repository: "contoso/ml", sha: "abc1234def", ref: "refs/pull/7/merge", pullRequest: 7, pullRequestTitle: "Retrain on March data", runUrl: "https://github.com/contoso/ml/actions/runs/1", actor: "octocat" };
const JOB_SOURCE: ModelSource = {
  key: "job:keen_apple/outputs/model",
  keyHash: "f00d",
  modelUri: "azureml://jobs/keen_apple/outputs/model",
  description: "output model of job keen_apple",
  jobName: "keen_apple",
  dataInputs: ["training_data=azureml:credit-training:3"],
  datasets: [],
};
const GATE_REPORT = JSON.stringify({
  result: "pass",
  summary: "all rules hold",
  candidate: { metrics: { accuracy: 0.93 } },
  champion: { model: "credit", version: "2", chosenBy: "x", metrics: {}, metricsFrom: "y" },
  rules: [{ rule: "accuracy >= 0.9", line: 1, comparator: ">=", candidate: 0.93, champion: null, threshold: 0.9, verdict: "pass" }],
});

function fakeRegistry(overrides: Partial<ModelRegistry> = {}) {
  const state = { connects: 0, sources: [] as ModelSourceSettings[], registrations: [] as ModelRegistration[], uploads: 0 };
  const registry: ModelRegistry = {
    resolveSource: async (source) => {
      state.sources.push(source);
      return JOB_SOURCE;
    },
    findRegistered: async () => undefined,
    nextVersion: async () => "4",
    versionUrl: (name, version, apiVersion) => `https://arm/models/${name}/versions/${version}?api-version=${apiVersion}`,
    upload: async () => {
      state.uploads++;
      return { reused: false };
    },
    register: async (registration) => {
      state.registrations.push(registration);
      return { model: { name: registration.modelName, version: "4", id: "/subscriptions/s/models/credit/versions/4", properties: {} }, created: true };
    },
    jobMetrics: async () => ({ accuracy: 0.5 }),
    ...overrides,
  };
  const services: RegisterServices = {
    async connect() {
      state.connects++;
      return registry;
    },
  };
  return { services, state };
}

async function run(inputs: Record<string, string>, overrides: Partial<ModelRegistry> = {}) {
  const host = new MemoryHost({ ...WORKSPACE, "model-name": "credit", ...inputs }, CONTEXT);
  const fake = fakeRegistry(overrides);
  const step = runnable({ ...registerStep, services: async () => fake.services });
  const ok = await runStep(step, host);
  return { ok, host, state: fake.state };
}

describe("register orchestration", () => {
  it("registers a job output with lineage in tags and properties", async () => {
    const { ok, host, state } = await run({ "job-name": "keen_apple", "gate-report": GATE_REPORT, tags: "team=risk" });
    expect(host.failure).toBeUndefined();
    expect(ok).toBe(true);
    expect(state.sources).toEqual([{ kind: "job", jobName: "keen_apple", outputName: "model" }]);
    const [registration] = state.registrations;
    expect(registration).toMatchObject({ modelName: "credit", modelType: "mlflow_model", modelUri: JOB_SOURCE.modelUri, jobName: "keen_apple" });
    expect(registration.tags).toMatchObject({
      "amlops.repository": "contoso/ml", "amlops.commit": "abc1234def", "amlops.pull-request": "7", "amlops.actor": "octocat",
      "amlops.reason": "Retrain on March data", "amlops.source-job": "keen_apple", "amlops.gate": "pass", team: "risk",
    });
    expect(registration.properties).toMatchObject({
      "amlops.pull-request-title": "Retrain on March data",
      "amlops.run-url": CONTEXT.runUrl,
      "amlops.ref": CONTEXT.ref,
      "amlops.source": JOB_SOURCE.key,
      "amlops.source-key": "f00d",
      "amlops.data": "training_data=azureml:credit-training:3",
      "amlops.gate-rules": "pass: accuracy >= 0.9 (0.93 vs 0.9)",
      "amlops.gate-champion": "credit:2",
      "amlops.metrics": '{"accuracy":0.93}',
      "amlops.registered-at": expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(Object.fromEntries(host.outputs)).toEqual({ "model-name": "credit", "model-version": "4", "model-uri": "azureml:credit:4", "model-id": "/subscriptions/s/models/credit/versions/4" });
    expect(host.summaries[0]).toContain("amlops register: registered credit:4");
  });

  it("warns when the gate report it records did not pass", async () => {
    const { host, state } = await run({ "job-name": "keen_apple", "gate-report": GATE_REPORT.replace('"result":"pass"', '"result":"no-improvement"') });
    expect(host.logs).toContainEqual({ level: "warning", message: "The gate's result in 'gate-report' is no-improvement; the version records it." });
    expect(state.registrations[0].tags["amlops.gate"]).toBe("no-improvement");
  });

  it("returns the version registered earlier from the same source, registering nothing", async () => {
    const earlier: ModelVersionRef = { name: "credit", version: "2", id: "/x/credit/versions/2", properties: {} };
    const { host, state } = await run({ "job-name": "keen_apple" }, { findRegistered: async (_name, key) => (key === "f00d" ? earlier : undefined) });
    expect(state.registrations).toEqual([]);
    expect(host.outputs.get("model-version")).toBe("2");
    expect(host.outputs.get("model-uri")).toBe("azureml:credit:2");
  });

  it("stores the job's MLflow metrics without a gate report; a reason input wins over the PR title", async () => {
    const { state } = await run({ "job-name": "keen_apple", reason: "hotfix" });
    expect(state.registrations[0].properties).toMatchObject({ "amlops.metrics": '{"accuracy":0.5}', "amlops.reason": "hotfix" });
    expect(state.registrations[0].properties["amlops.gate-rules"]).toBeUndefined();
  });

  it("uploads a local model before registering it", async () => {
    const local: ModelSource = { ...JOB_SOURCE, key: "sha256:abc", jobName: undefined, dataInputs: [], upload: async () => ({ reused: false }) };
    const { state } = await run({ "model-path": "model", metrics: '{"rmse": 1.5}' }, { resolveSource: async () => local });
    expect(state.uploads).toBe(1);
    expect(state.registrations[0].properties["amlops.metrics"]).toBe('{"rmse":1.5}');
  });

  it("dry run prints the exact request and changes nothing", async () => {
    const { ok, host, state } = await run({ "job-name": "keen_apple", "dry-run": "true" });
    expect(ok).toBe(true);
    expect(state.registrations).toEqual([]);
    const printed = host.logs.map((entry) => entry.message).join("\n");
    expect(printed).toContain("PUT https://arm/models/credit/versions/4?api-version=2022-10-01");
    expect(printed).toContain('"modelUri": "azureml://jobs/keen_apple/outputs/model"');
    expect(host.outputs.get("model-version")).toBe("4");
  });

  it.each([
    [{ "job-name": "keen_apple", "model-name": "credit model" }, "Input 'model-name': 'credit model' is not a valid model name: it must start with a letter or digit and hold at most 255 letters, digits, '-', '_' or '.'."],
    [{ "job-name": "keen_apple", "model-name": "-credit" }, "Input 'model-name': '-credit' is not a valid model name: it must start with a letter or digit and hold at most 255 letters, digits, '-', '_' or '.'."],
    [{}, "Input 'job-name' is required unless 'model-path' is set: expected the name of a Completed job with a model output."],
    [{ "job-name": "keen_apple", "model-path": "m" }, "Set either input 'job-name' or 'model-path', not both."],
    [{ "job-name": "keen_apple", tags: "team" }, "Input 'tags': must be one key=value per line, got 'team'."],
    [{ "job-name": "keen_apple", "gate-report": '{"result": "maybe"}' }, "Input 'gate-report' must be the report output of the evaluate-gate step, got '{\"result\": \"maybe\"}'."],
  ])("refuses bad input %j before signing in", async (inputs, message) => {
    const { ok, host, state } = await run(inputs as Record<string, string>);
    expect(ok).toBe(false);
    expect(host.failure).toBe(message);
    expect(state.connects).toBe(0);
  });

  it("names the input a source problem came from, registering nothing", async () => {
    const { host, state } = await run({ "job-name": "keen_apple", "output-name": "weights" }, {
      resolveSource: async () => { throw new SettingError("outputName", "job keen_apple has no output 'weights' (outputs: model)."); },
    });
    expect(host.failure).toBe("Input 'output-name': job keen_apple has no output 'weights' (outputs: model).");
    expect(state.registrations).toEqual([]);
  });
});
