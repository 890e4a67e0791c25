import { writeFile, mkdtemp, cp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { AutoMLJob, PipelineJob, SweepJob } from "@azure/arm-machinelearning";
import { loadJobFile } from "../../shared/jobs/job-file";
import { stepComponentId } from "../../shared/jobs/step-plan";
import { jobApiVersion, jobUrl } from "../../shared/jobs/submit-job";
import { convert, FIXTURES, SCOPE, WORKSPACE_ID } from "./helpers";
import { CORPUS } from "./real-world";
import { createSpecValidator } from "./spec-validator";

const EXAMPLES = path.join(CORPUS, "Azure+azureml-examples/cli/jobs");
const TYPES = path.join(FIXTURES, "types");
const ANONYMOUS = new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f]{32}$`);

async function fromFile(file: string): Promise<Awaited<ReturnType<typeof convert>>> {
  const job = await loadJobFile(file);
  return convert(job.spec, job.dir);
}

async function specErrors(request: Awaited<ReturnType<typeof convert>>): Promise<unknown[]> {
  const apiVersion = jobApiVersion(request.properties);
  const validate = await createSpecValidator(apiVersion);
  const check = await validate({ url: jobUrl("https://management.azure.com", SCOPE, request.name, apiVersion), method: "PUT", body: { properties: request.properties } });
  return check.errors;
}

describe("sweep jobs", () => {
  it("converts azureml-examples' lightgbm sweep: trial, search space, sampling, objective, limits", async () => {
    const request = await fromFile(path.join(EXAMPLES, "single-step/lightgbm/iris/job-sweep.yml"));
    const sweep = request.properties as SweepJob;
    expect(sweep).toMatchObject({
      jobType: "Sweep",
      trial: { environmentId: "azureml:AzureML-lightgbm-3.3@latest", command: expect.stringContaining("--learning-rate ${{search_space.learning_rate}}") },
      searchSpace: { learning_rate: ["uniform", [0.01, 0.9]], boosting: ["choice", [["gbdt", "dart"]]] },
      samplingAlgorithm: { samplingAlgorithmType: "Random" },
      objective: { goal: "Minimize", primaryMetric: "test-multi_logloss" },
      limits: { jobLimitsType: "Sweep", maxTotalTrials: 20, maxConcurrentTrials: 10, timeout: "PT2H" },
    });
    expect(await specErrors(request)).toEqual([]);
  });

  it("converts every distribution, an early termination policy and the trial timeout", async () => {
    const request = await convert({
      type: "sweep",
      trial: { command: "python t.py --a ${{search_space.a}}", environment: "azureml:env:1" },
      search_space: {
        a: { type: "randint", upper: 5 }, b: { type: "quniform", min_value: 1, max_value: 9, q: 2 }, c: { type: "lognormal", mu: 0, sigma: 1 },
      },
      sampling_algorithm: { type: "random", seed: 7, rule: "sobol" },
      objective: { goal: "maximize", primary_metric: "auc" },
      early_termination: { type: "truncation_selection", truncation_percentage: 20, evaluation_interval: 2 },
      limits: { trial_timeout: 90 },
    });
    expect(request.properties).toMatchObject({
      searchSpace: { a: ["randint", [5]], b: ["quniform", [1, 9, 2]], c: ["lognormal", [0, 1]] },
      samplingAlgorithm: { samplingAlgorithmType: "Random", seed: 7, rule: "Sobol" },
      earlyTermination: { policyType: "TruncationSelection", truncationPercentage: 20, evaluationInterval: 2 },
      limits: { jobLimitsType: "Sweep", trialTimeout: "PT1M30S" },
    });
    expect(await specErrors(request)).toEqual([]);
  });

  it("sends queue settings with api-version 2025-12-01, the only one that has them for a sweep job", async () => {
    const spec = {
      type: "sweep", trial: { command: "python t.py --a {search_space.a}", environment: "azureml:env:1" }, search_space: { a: { type: "choice", values: [1] } },
      sampling_algorithm: "grid", objective: { goal: "minimize", primary_metric: "loss" },
    };
    const plain = await convert(spec);
    expect(jobApiVersion(plain.properties)).toBe("2022-10-01");
    expect((plain.properties as SweepJob).trial.command).toBe("python t.py --a ${{search_space.a}}");
    const queued = await convert({ ...spec, queue_settings: { job_tier: "standard" } });
    expect(queued.properties).toMatchObject({ queueSettings: { jobTier: "Standard" } });
    expect(jobApiVersion(queued.properties)).toBe("2025-12-01");
    expect(await specErrors(queued)).toEqual([]);
  });

  it.each([
    [{ search_space: { a: { type: "gaussian" } } }, /^search_space\.a\.type: "gaussian" is not a search space type; accepted: choice, randint/],
    [{ sampling_algorithm: "sobol" }, /^sampling_algorithm: "sobol" is not a sampling algorithm; accepted: random, grid, bayesian/],
    [{ objective: { goal: "up", primary_metric: "x" } }, /^objective\.goal: required; accepted: minimize, maximize/],
    [{ trial: { command: "python t.py ${{search_space.missing}}", environment: "azureml:env:1" } }, /^trial\.command: \$\{\{search_space\.missing\}\} names search space entry "missing"/],
  ])("refuses %j naming the field", async (change, message) => {
    const spec = {
      type: "sweep", trial: { command: "python t.py", environment: "azureml:env:1" }, search_space: { a: { type: "choice", values: [1] } },
      sampling_algorithm: "grid", objective: { goal: "minimize", primary_metric: "loss" }, ...change,
    };
    await expect(convert(spec)).rejects.toThrow(message);
  });
});

describe("AutoML jobs", () => {
  it("converts azureml-examples' bank marketing classification by the REST spec's task shape", async () => {
    const request = await fromFile(path.join(EXAMPLES, "automl-standalone-jobs/cli-automl-classification-task-bankmarketing/cli-automl-classification-task-bankmarketing.yml"));
    const job = request.properties as AutoMLJob;
    expect(job.jobType).toBe("AutoML");
    expect(job.taskDetails).toMatchObject({
      taskType: "Classification",
      primaryMetric: "Accuracy",
      logVerbosity: "Debug",
      targetColumnName: "y",
      trainingData: { jobInputType: "mltable", uri: expect.stringMatching(/^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/training-mltable-folder\/$/) },
      limitSettings: { timeout: "PT3H", maxTrials: 40, trialTimeout: "PT20M", enableEarlyTermination: true, exitScore: 0.92 },
      featurizationSettings: { mode: "Custom", transformerParams: { Imputer: [{ fields: ["job"], parameters: { strategy: "most_frequent" } }] }, blockedTransformers: ["WordEmbedding"] },
      trainingSettings: { enableModelExplainability: true, allowedTrainingAlgorithms: ["GradientBoosting", "LogisticRegression"] },
    });
    expect(await specErrors(request)).toEqual([]);
  });

  it("converts forecasting settings (auto / custom modes) and image search spaces", async () => {
    const forecast = await fromFile(path.join(EXAMPLES, "automl-standalone-jobs/cli-automl-forecasting-task-energy-demand/cli-automl-forecasting-task-energy-demand.yml"));
    expect((forecast.properties as AutoMLJob).taskDetails).toMatchObject({
      taskType: "Forecasting",
      primaryMetric: "NormalizedRootMeanSquaredError",
      nCrossValidations: { mode: "Auto" },
      forecastingSettings: { timeColumnName: "timeStamp", forecastHorizon: { mode: "Custom", value: 48 }, frequency: "H", targetLags: { mode: "Auto" } },
      trainingSettings: { blockedTrainingAlgorithms: ["ExtremeRandomTrees", "AutoArima", "Prophet"] },
    });
    expect(await specErrors(forecast)).toEqual([]);
    const image = await fromFile(path.join(EXAMPLES, "automl-standalone-jobs/cli-automl-image-object-detection-task-fridge-items/cli-automl-img-od-task-fridge-items.yml"));
    const details = (image.properties as AutoMLJob).taskDetails as unknown as Record<string, unknown>;
    expect(details).toMatchObject({ taskType: "ImageObjectDetection", primaryMetric: "MeanAveragePrecision", sweepSettings: { samplingAlgorithm: "Random", earlyTermination: { policyType: "Bandit" } } });
    expect((details.searchSpace as Record<string, string>[])[0]).toMatchObject({ modelName: "choice('yolov5')", learningRate: expect.stringMatching(/^uniform\(/) });
    expect(await specErrors(image)).toEqual([]);
  });

  it("says which fields api-version 2025-12-01 has no place for, and does not send them", async () => {
    const request = await fromFile(path.join(EXAMPLES, "automl-standalone-jobs/cli-automl-text-ner-conll-distributed-sweeping/cli-automl-text-ner-conll2003-distributed-sweeping.yml"));
    expect(request.unsent).toEqual([
      "limits.max_nodes: api-version 2025-12-01 has no place for it in an AutoML TextNER task (the SDK sends it through a preview api-version).",
      "sweep: api-version 2025-12-01 has no place for it in an AutoML TextNER task (the SDK sends it through a preview api-version).",
      "search_space: api-version 2025-12-01 has no place for it in an AutoML TextNER task (the SDK sends it through a preview api-version).",
    ]);
    expect(JSON.stringify(request.properties)).not.toMatch(/max_?nodes|sweepSettings|searchSpace/i);
    expect(await specErrors(request)).toEqual([]);
  });

  it("sends what 2025-12-01 adds at job level: queue settings, a direct output; environment_id as written, as the SDK sends it", async () => {
    const request = await convert({
      type: "automl", task: "regression", target_column_name: "y", training_data: { type: "mltable", path: "azureml:t:1" },
      environment_id: "azureml:AzureML-automl:3", queue_settings: { job_tier: "spot", priority: "high" },
      outputs: { best_model: { type: "mlflow_model", mode: "direct" } },
    });
    expect(request.properties).toMatchObject({
      environmentId: "azureml:AzureML-automl:3",
      queueSettings: { jobTier: "Spot" },
      outputs: { best_model: { jobOutputType: "mlflow_model", mode: "Direct" } },
    });
    expect(request.unsent).toEqual(["queue_settings.priority: api-version 2025-12-01 has no queue priority (the SDK sends it through a preview api-version)."]);
    expect(jobApiVersion(request.properties)).toBe("2025-12-01");
    expect(await specErrors(request)).toEqual([]);
    await expect(convert({ type: "automl", task: "regression", target_column_name: "y", training_data: { type: "mltable", path: "azureml:t:1" }, queue_settings: { job_tier: "gold" } }))
      .rejects.toThrow(/^queue_settings\.job_tier: "gold" is not accepted; accepted: null, spot, basic, standard, premium\.$/);
  });

  it("refuses an unknown task and an unknown metric by name", async () => {
    const base = { type: "automl", training_data: { type: "mltable", path: "azureml:t:1" }, target_column_name: "y" };
    await expect(convert({ ...base, task: "clustering" })).rejects.toThrow(/^task: "clustering" is not an AutoML task; accepted: classification, regression, forecasting/);
    await expect(convert({ ...base, task: "classification", primary_metric: "f1" })).rejects.toThrow(/^primary_metric: "f1" is not accepted; accepted: AUCWeighted, Accuracy/);
  });
});

describe("Spark and fine-tuning jobs (api-version 2025-12-01)", () => {
  it("converts azureml-examples' serverless Spark job and sends it with the newer api-version", async () => {
    const request = await fromFile(path.join(EXAMPLES, "spark/serverless-spark-standalone-user-identity.yml"));
    expect(request.properties).toMatchObject({
      jobType: "Spark",
      entry: { sparkJobEntryType: "SparkJobPythonEntry", file: "titanic.py" },
      conf: { "spark.driver.cores": "1", "spark.executor.memory": "2g" },
      resources: { instanceType: "standard_e4s_v3", runtimeVersion: "3.4" },
      identity: { identityType: "UserIdentity" },
      outputs: { wrangled_data: { jobOutputType: "uri_folder", mode: "Direct" } },
    });
    expect(jobApiVersion(request.properties)).toBe("2025-12-01");
    expect(await specErrors(request)).toEqual([]);
  });

  it("converts azureml-examples' fine-tuning job, the registered model's name as assetName", async () => {
    const request = await fromFile(path.join(EXAMPLES, "finetuning/standalone/model-as-a-platform/chat-completion/chat-completion-finetuning-instance-types.yaml"));
    expect(request.properties).toMatchObject({
      jobType: "FineTuning",
      fineTuningDetails: {
        modelProvider: "Custom",
        taskType: "ChatCompletion",
        model: { jobInputType: "mlflow_model", uri: "azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/14" },
        trainingData: { jobInputType: "uri_file" },
        hyperParameters: { num_train_epochs: "1", learning_rate: "0.00002" },
      },
      resources: { instanceTypes: ["Standard_NC96ads_A100_v4", "Standard_E4s_v3"] },
      outputs: { registered_model: { jobOutputType: "mlflow_model", assetName: "Phi-3-mini-4k-instruct-finetuned-model" } },
    });
    expect(await specErrors(request)).toEqual([]);
  });
});

describe("pipeline steps of every type", () => {
  let request: Awaited<ReturnType<typeof convert>>;
  let jobs: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    request = await fromFile(path.join(TYPES, "pipeline.yml"));
    jobs = (request.properties as PipelineJob).jobs as Record<string, Record<string, unknown>>;
  });

  it("takes a bound output's type from the pipeline output, as the SDK infers it", () => {
    const prep = request.resolver.actions.find((action) => action.target === jobs.prep_data.componentId)!;
    expect(prep.componentSpec!.outputs).toEqual({ output: { type: "uri_file" } });
  });

  it("accepts name: on a step (the MLOps v2 layout) and keeps settings the CLI does not know, as the SDK does", () => {
    expect(jobs.prep_data.name).toBe("prep_data");
    expect((request.properties as PipelineJob).settings).toMatchObject({ default_compute: `${WORKSPACE_ID}/computes/serverless`, on_init: "prepare" });
  });

  it("converts a sweep step: its trial component registered, the sweep fields as written", () => {
    expect(jobs.tune).toMatchObject({
      type: "sweep",
      trial: { componentId: expect.stringMatching(ANONYMOUS) },
      search_space: { c_value: { type: "uniform", min_value: 0.5, max_value: 0.9 } },
      sampling_algorithm: "random",
      objective: { goal: "maximize", primary_metric: "accuracy" },
      early_termination: { policy_type: "Bandit", slack_factor: 0.1, evaluation_interval: 1 },
      limits: { max_total_trials: 4, timeout: 3600 },
      outputs: { model: { value: "${{parent.outputs.tuned_model}}", type: "literal" } },
    });
    const trial = request.resolver.actions.find((action) => action.target === (jobs.tune.trial as { componentId: string }).componentId)!;
    expect(trial.componentSpec).toMatchObject({ type: "command", environment: "azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest", resources: { instance_count: 2 } });
  });

  it("builds an inline parallel step into an anonymous parallel component; its environment built from a Docker context", () => {
    expect(jobs.score).toMatchObject({ type: "parallel", componentId: expect.stringMatching(ANONYMOUS), mini_batch_size: "10", max_concurrency_per_instance: 2, retry_settings: { max_retries: 2, timeout: 60 } });
    const component = request.resolver.actions.find((action) => action.target === jobs.score.componentId)!.componentSpec!;
    expect(component).toMatchObject({
      type: "parallel",
      input_data: "${{inputs.batch}}",
      inputs: { batch: { type: "uri_folder" } },
      outputs: { scores: { type: "uri_folder" } },
      task: { type: "run_function", entry_script: "score.py", code: expect.stringMatching(/^azureml:\/subscriptions\/.*\/codes\//), environment: expect.stringMatching(/CliV2AnonymousEnvironment/) },
    });
    const build = request.resolver.actions.find((action) => action.action === "upload-build-context")!;
    expect(build).toMatchObject({ source: path.join(TYPES, "docker-context"), files: 1 });
  });

  it("registers a pipeline component with its own steps converted; a step's compute may be bound to an input", () => {
    const component = request.resolver.actions.find((action) => action.target === jobs.nested.componentId)!.componentSpec!;
    const inner = (component.jobs as Record<string, Record<string, unknown>>).train;
    expect(inner).toMatchObject({ type: "command", computeId: "${{parent.inputs.compute_name}}", componentId: expect.stringMatching(ANONYMOUS), outputs: { model: { value: "${{parent.outputs.model}}", type: "literal" } } });
    expect(jobs.nested).toMatchObject({ type: "pipeline", inputs: { compute_name: { job_input_type: "literal", value: "cpu-cluster" } } });
  });

  it("passes a registry component through", () => {
    expect(jobs.copy).toMatchObject({ type: "data_transfer", task: "copy_data", componentId: "azureml://registries/azureml/components/copy_data/labels/latest" });
  });

  it("lists each step with the component it runs, and identical registrations once", () => {
    expect(Object.entries(jobs).map(([step, node]) => [step, node.type, stepComponentId(node) !== undefined])).toEqual([
      ["prep_data", "command", true], ["tune", "sweep", true], ["score", "parallel", true], ["nested", "pipeline", true], ["copy", "data_transfer", true],
    ]);
    const keys = request.resolver.actions.map((action) => `${action.action} ${action.target}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("passes the spec check", async () => {
    expect(await specErrors(request)).toEqual([]);
  });

  it("keeps control-flow steps and built-in data transfer tasks as written", async () => {
    const spec = {
      type: "pipeline",
      jobs: {
        train: { command: "python t.py", environment: "azureml:env:1" },
        loop: { type: "do_while", body: "${{parent.jobs.train}}", condition: "done", limits: { max_iteration_count: 3 } },
        load: { type: "data_transfer", task: "import_data", source: { type: "database", query: "select 1", connection: "azureml:sql" }, outputs: { sink: { type: "mltable" } } },
      },
    };
    const jobs = ((await convert(spec)).properties as PipelineJob).jobs as Record<string, Record<string, unknown>>;
    expect(jobs.loop).toEqual({ type: "do_while", body: "${{parent.jobs.train}}", condition: "done", limits: { max_iteration_count: 3 }, _source: "YAML.JOB" });
    expect(jobs.load).toMatchObject({ type: "data_transfer", task: "import_data", source: { type: "database", query: "select 1" }, outputs: { sink: { job_output_type: "mltable" } } });
  });
});

describe("environment build contexts", () => {
  it("versions the environment by the context's content", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "build-context-"));
    try {
      await cp(TYPES, dir, { recursive: true });
      const spec = { command: "python train.py", environment: "file:environment.yml" };
      const first = (await convert(spec, dir)).properties as { environmentId: string };
      await writeFile(path.join(dir, "docker-context/Dockerfile"), "FROM python:3.12\n");
      const second = (await convert(spec, dir)).properties as { environmentId: string };
      expect(first.environmentId).toMatch(/\/environments\/CliV2AnonymousEnvironment\/versions\/[0-9a-f]{32}$/);
      expect(second.environmentId).not.toBe(first.environmentId);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
