import { readFileSync } from "node:fs";
import path from "node:path";
import { applySetOverrides, loadJobFile } from "../../shared/jobs/job-file";
import { buildJobRequest, type JobRequest } from "../../shared/jobs/job-request";
import { jobApiVersion, jobUrl } from "../../shared/jobs/submit-job";
import { FIXTURES, planningResolver, SCOPE, WORKSPACE_ID } from "./helpers";
import { createSpecValidator, type SpecCheck } from "./spec-validator";

/** Copies of the Azure ML Python SDK's own test fixtures (see test/fixtures/jobs/sdk/README.md). */
const SDK = path.join(FIXTURES, "sdk/test_configs");
const validators = new Map<string, ReturnType<typeof createSpecValidator>>();

function fixture(name: string): string {
  return path.join(SDK, name);
}

/** Loads, applies `--set` lines and converts as `train` does: the job file named, a planning resolver. */
async function convertFixture(name: string, set: string[] = []): Promise<JobRequest> {
  const file = fixture(name);
  const job = await loadJobFile(file);
  return buildJobRequest(applySetOverrides(job.spec, set), { ...SCOPE, jobFileDir: job.dir, jobFile: file }, planningResolver());
}

async function specCheck(request: JobRequest): Promise<SpecCheck> {
  const apiVersion = jobApiVersion(request.properties);
  if (!validators.has(apiVersion)) validators.set(apiVersion, createSpecValidator(apiVersion));
  const validate = await validators.get(apiVersion)!;
  return validate({ url: jobUrl("https://management.azure.com", SCOPE, request.name, apiVersion), method: "PUT", body: { properties: request.properties } });
}

async function expectAcceptedOn(request: JobRequest, apiVersion: string): Promise<void> {
  expect(jobApiVersion(request.properties)).toBe(apiVersion);
  expect((await specCheck(request)).errors).toEqual([]);
}

const dataAsset = (name: string) => ({ jobInputType: "mltable", uri: `azureml:${WORKSPACE_ID}/data/${name}/versions/1` });
const computeId = (name: string) => `${WORKSPACE_ID}/computes/${name}`;

/**
 * The SDK's expected featurization (tests/automl_job/unittests/test_automl_tabular_schema.py builds it from
 * featurization_config.json: transformer names through AutoMLTransformerParameterKeys, mode Custom).
 */
function expectedFeaturization(): Record<string, unknown> {
  const config = JSON.parse(readFileSync(fixture("automl_job/featurization_config.json"), "utf8")) as Record<string, Record<string, unknown>>;
  const transformerKeys: Record<string, string> = { imputer: "Imputer", hash_one_hot_encoder: "HashOneHotEncoder", tf_idf: "TfIdf" };
  const transformerParams = Object.fromEntries(Object.entries(config.transformer_params).map(([key, value]) => [transformerKeys[key], value]));
  return {
    blockedTransformers: config.blocked_transformers,
    columnNameAndTypes: config.column_name_and_types,
    datasetLanguage: config.dataset_language,
    enableDnnFeaturization: config.enable_dnn_featurization,
    mode: "Custom",
    transformerParams,
  };
}

/** The SDK's expected tabular task (limits_expected, *_training_settings_expected and the data fixtures of the same test). */
function expectedTabularTask(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    targetColumnName: "safedriver",
    trainingData: dataAsset("insurance-training-data"),
    validationData: dataAsset("insurance-validation-data"),
    testData: dataAsset("insurance-test-data"),
    validationDataSize: 0.2,
    cvSplitColumnNames: ["Quantity"],
    nCrossValidations: { mode: "Custom", value: 2 },
    featurizationSettings: expectedFeaturization(),
    limitSettings: { maxTrials: 40, timeout: "PT3H", maxConcurrentTrials: 5, enableEarlyTermination: true, exitScore: 0.85 },
    trainingSettings: { enableDnnTraining: true, enableModelExplainability: true, ensembleModelDownloadTimeout: "PT2M" },
    logVerbosity: "Debug",
    ...extra,
  };
}

const TABULAR = {
  "automl_job/automl_job_mock_classification.yaml": { taskType: "Classification", positiveLabel: "label", primaryMetric: "Accuracy" },
  "automl_job/automl_job_mock_regression.yaml": { taskType: "Regression", primaryMetric: "NormalizedMeanAbsoluteError" },
  "automl_job/automl_job_mock_forecasting.yaml": {
    taskType: "Forecasting",
    primaryMetric: "R2Score",
    forecastingSettings: {
      countryOrRegionForHolidays: "US",
      forecastHorizon: { mode: "Custom", value: 10 },
      targetLags: { mode: "Custom", values: [20] },
      targetRollingWindowSize: { mode: "Custom", value: 3 },
      timeColumnName: "abc",
      timeSeriesIdColumnNames: ["xyz"],
    },
  },
};

const dropped = (fields: string[], task: string) => fields.map((field) => `${field}: not sent — api-version 2025-12-01 has no place for it in an AutoML ${task} task.`);

describe("the SDK's AutoML fixtures, sent with api-version 2025-12-01", () => {
  it.each(Object.entries(TABULAR))("%s: every field at the REST path the SDK's unit test expects, nothing else", async (name, task) => {
    const request = await convertFixture(name);
    expect(request.name).toBe("simpleautomljob");
    expect(request.properties).toEqual({ jobType: "AutoML", experimentName: "automl", computeId: computeId("cpu-cluster"), taskDetails: expectedTabularTask(task) });
    expect(request.notes).toEqual([]);
    await expectAcceptedOn(request, "2025-12-01");
  });

  it.each([
    ["automl_job/automl_job_mock_classification_distributed_mode.yaml", "automl_job/automl_job_mock_classification.yaml", "Classification"],
    ["automl_job/automl_job_mock_regression_non_distributed_mode.yaml", "automl_job/automl_job_mock_regression.yaml", "Regression"],
  ])("%s: training_mode and max_nodes, which no stable api-version has, are checked and told, the rest as without them", async (name, base, task) => {
    const request = await convertFixture(name);
    expect(request.properties).toEqual((await convertFixture(base)).properties);
    expect(request.notes).toEqual(dropped(["limits.max_nodes", "training.training_mode"], task));
    await expectAcceptedOn(request, "2025-12-01");
  });

  it.each([
    ["automl_job/automl_job_mock_classification_invalid_mode.yaml", "UnknownDistributed"],
    ["automl_job/automl_job_mock_forecasting_invalid_mode.yaml", "InvalidMode"],
  ])("%s (invalid in the SDK) is refused naming the file, the field and what is accepted", async (name, mode) => {
    await expect(convertFixture(name)).rejects.toThrow(`${fixture(name)}: training.training_mode: "${mode}" is not accepted; accepted: auto, distributed, non_distributed.`);
  });

  it("automl_job_missing_required_fields.yaml is refused for each field the SDK's test names: task, training_data, target_column_name", async () => {
    const name = "automl_job/automl_job_missing_required_fields.yaml";
    const file = fixture(name);
    await expect(convertFixture(name)).rejects.toThrow(`${file}: name: "A simple AutoML Job" is not a valid job name; use letters, digits, "-" and "_"`);
    await expect(convertFixture(name, ["name=simple"])).rejects.toThrow(`${file}: task: null is not an AutoML task; accepted: classification, regression, forecasting,`);
    await expect(convertFixture(name, ["name=simple", "task=regression"])).rejects.toThrow(`${file}: training_data: required, an mltable input (type: mltable, path: …).`);
    await expect(convertFixture(name, ["name=simple", "task=regression", "training_data.path=azureml:t:1", "training_data.type=mltable"])).rejects.toThrow(
      `${file}: target_column_name: required for a regression task, the column the models predict.`,
    );
  });

  it("automl_job_mock_auto.yaml: a name with spaces is refused as the service refuses it; renamed, featurization mode auto is sent", async () => {
    await expect(convertFixture("automl_job/automl_job_mock_auto.yaml")).rejects.toThrow(/automl_job_mock_auto\.yaml: name: "A simple AutoML Job" is not a valid job name/);
    const request = await convertFixture("automl_job/automl_job_mock_auto.yaml", ["name=simple-automl-job"]);
    expect(request.properties).toMatchObject({
      taskDetails: {
        taskType: "Regression",
        primaryMetric: "NormalizedMeanAbsoluteError",
        featurizationSettings: { mode: "Auto" },
        trainingSettings: { enableDnnTraining: true, enableModelExplainability: true },
        limitSettings: { maxTrials: 40, timeout: "PT3H", maxConcurrentTrials: 5, enableEarlyTermination: true, exitScore: 0.85 },
      },
    });
    await expectAcceptedOn(request, "2025-12-01");
  });

  const imageTask = (taskType: string, primaryMetric: string, limits: Record<string, unknown>, samplingAlgorithm: string) => ({
    taskType,
    primaryMetric,
    logVerbosity: "Debug",
    targetColumnName: "label",
    trainingData: dataAsset("image-training-data"),
    validationData: dataAsset("image-validation-data"),
    limitSettings: { timeout: "PT1H", ...limits },
    sweepSettings: { samplingAlgorithm, earlyTermination: { policyType: "Bandit", evaluationInterval: 10, slackFactor: 0.2 } },
    modelSettings: { checkpointFrequency: 1, earlyStopping: true, earlyStoppingDelay: 2, earlyStoppingPatience: 2, evaluationFrequency: 1 },
  });
  /** The search spaces test_automl_image_schema.py expects (`expected_image_search_space_settings`). */
  const classificationSpace = [
    { modelName: "choice('vitb16r224','vits16r224')", learningRate: "uniform(0.005,0.05)", numberOfEpochs: "choice(15,30)", gradientAccumulationStep: "choice(1,2)" },
    { modelName: "choice('seresnext','resnest50')", learningRate: "uniform(0.005,0.05)", validationResizeSize: "choice(288,320,352)", validationCropSize: "choice(224,256)", trainingCropSize: "choice(224,256)" },
  ];
  const detectionSpace = [
    { modelName: "choice('yolov5')", learningRate: "uniform(0.0001,0.01)", modelSize: "choice('small','medium')" },
    { modelName: "choice('fasterrcnn_resnet50_fpn')", learningRate: "uniform(0.005,0.05)", warmupCosineLRWarmupEpochs: "choice(0,3)", optimizer: "choice('sgd','adam','adamw')", minSize: "choice(600,800)" },
  ];

  it.each([
    ["automl_job/automl_image_classification_job_mock.yaml", { ...imageTask("ImageClassification", "Accuracy", { maxConcurrentTrials: 1, maxTrials: 1 }, "Grid"), searchSpace: classificationSpace }, ["sweep.limits"]],
    [
      "automl_job/automl_image_classification_multilabel_job_mock.yaml",
      {
        ...imageTask("ImageClassificationMultilabel", "IOU", { maxConcurrentTrials: 4, maxTrials: 20 }, "Grid"),
        searchSpace: [{ ...classificationSpace[0], amsGradient: "choice(True,False)" }, { ...classificationSpace[1], amsGradient: "False" }],
      },
      [],
    ],
    ["automl_job/automl_image_object_detection_job_mock.yaml", { ...imageTask("ImageObjectDetection", "MeanAveragePrecision", { maxConcurrentTrials: 4, maxTrials: 20 }, "Grid"), searchSpace: detectionSpace }, []],
    ["automl_job/automl_image_job_limits_outside_sweep_mock.yml", { ...imageTask("ImageObjectDetection", "MeanAveragePrecision", { maxConcurrentTrials: 1, maxTrials: 1 }, "Grid"), searchSpace: detectionSpace }, []],
    [
      "automl_job/automl_image_instance_segmentation_job_mock.yaml",
      {
        ...imageTask("ImageInstanceSegmentation", "MeanAveragePrecision", { maxConcurrentTrials: 1, maxTrials: 1 }, "Grid"),
        searchSpace: [{ modelName: "choice('maskrcnn_resnet50_fpn')", learningRate: "uniform(0.005,0.05)", warmupCosineLRWarmupEpochs: "choice(0,3)", optimizer: "choice('sgd','adam','adamw')", minSize: "choice(600,800)" }],
      },
      ["sweep.limits"],
    ],
  ])("%s: limits, sweep, training_parameters and search_space at the SDK's REST paths", async (name, taskDetails, notSent) => {
    const request = await convertFixture(name);
    expect(request.properties).toEqual({ jobType: "AutoML", experimentName: "automl", computeId: computeId("cpu-cluster"), taskDetails });
    expect(request.notes).toEqual(dropped(notSent, String(taskDetails.taskType)));
    await expectAcceptedOn(request, "2025-12-01");
  });

  it.each([
    ["automl_job/automl_job_text_classification_mock.yaml", "TextClassification", { targetColumnName: "label_column" }],
    ["automl_job/automl_job_text_classification_multilabel_mock.yaml", "TextClassificationMultilabel", { targetColumnName: "label_column" }],
    ["automl_job/automl_job_text_ner_mock.yaml", "TextNER", {}],
  ])("%s: what 2025-12-01 has is sent; NLP sweep, search space, training parameters and node limits are told as not sent", async (name, taskType, target) => {
    const request = await convertFixture(name);
    expect(request.properties).toEqual({
      jobType: "AutoML",
      experimentName: "automl",
      computeId: computeId("cpu-cluster"),
      taskDetails: {
        taskType,
        primaryMetric: "Accuracy",
        logVerbosity: "Debug",
        ...target,
        trainingData: dataAsset("nlp-training-data"),
        validationData: dataAsset("nlp-validation-data"),
        featurizationSettings: { datasetLanguage: "eng" },
        limitSettings: { timeout: "PT30M", maxTrials: 4, maxConcurrentTrials: 4 },
      },
    });
    expect(request.notes).toEqual(dropped(["limits.trial_timeout_minutes", "limits.max_nodes", "sweep", "training_parameters", "search_space"], taskType));
    await expectAcceptedOn(request, "2025-12-01");
  });
});

describe("the SDK's sweep fixtures", () => {
  const searchSpace = { lr: ["uniform", [0.001, 0.1]], conv_size: ["choice", [[2, 5, 7]]], dropout_rate: ["uniform", [0.1, 0.5]] };

  it("sweep_job_test.yaml: trial (single-bracket references written ${{…}}, as the SDK sends them), search space, objective, limits, policy", async () => {
    const request = await convertFixture("sweep_job/sweep_job_test.yaml");
    expect(request.properties).toEqual({
      jobType: "Sweep",
      experimentName: "sdk-cli-v2",
      computeId: computeId("testCompute"),
      samplingAlgorithm: { samplingAlgorithmType: "Random" },
      searchSpace,
      objective: { goal: "Maximize", primaryMetric: "accuracy" },
      trial: {
        command: "python ./sweep_script.py --lr ${{search_space.lr}} --conv_size ${{search_space.conv_size}} --dropout_rate ${{search_space.dropout_rate}}",
        codeId: expect.stringMatching(new RegExp(`^${WORKSPACE_ID}/codes/[0-9a-f-]+/versions/1$`)),
        environmentId: "azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:33",
        environmentVariables: { test_var1: "set", AZUREML_COMPUTE_USE_COMMON_RUNTIME: "false" },
      },
      limits: { jobLimitsType: "Sweep", maxTotalTrials: 1, maxConcurrentTrials: 10, timeout: "PT5S" },
      earlyTermination: { policyType: "TruncationSelection", evaluationInterval: 100, delayEvaluation: 200, truncationPercentage: 40 },
    });
    await expectAcceptedOn(request, "2022-10-01");
  });

  it.each([
    ["sweep_job/sweep-bandit.yaml", { policyType: "Bandit", evaluationInterval: 100, delayEvaluation: 200, slackFactor: 40, slackAmount: 3 }],
    ["sweep_job/sweep-truncation.yaml", { policyType: "TruncationSelection", evaluationInterval: 100, delayEvaluation: 200, truncationPercentage: 40 }],
  ])("%s: the registered code, the policy and the limits in seconds", async (name, earlyTermination) => {
    const request = await convertFixture(name);
    expect(request.name).toBe("test_v3111");
    expect(request.properties).toMatchObject({
      experimentName: "sweep-trial-v3",
      trial: {
        codeId: `${WORKSPACE_ID}/codes/testCode/versions/1`,
        command: "python ./sweep_test.py --lr ${{search_space.lr}} --conv_size ${{search_space.conv_size}} --dropout_rate ${{search_space.dropout_rate}}",
      },
      searchSpace,
      limits: { jobLimitsType: "Sweep", maxTotalTrials: 100, maxConcurrentTrials: 10, timeout: "PT2H46M40S" },
      earlyTermination,
    });
    await expectAcceptedOn(request, "2022-10-01");
  });

  it("sweep_job_recursive_search_space.yaml: the nested search space is the SDK's expected_recursive_search_space.json", async () => {
    const request = await convertFixture("sweep_job/sweep_job_recursive_search_space.yaml");
    const expected = JSON.parse(readFileSync(fixture("sweep_job/expected_recursive_search_space.json"), "utf8")) as unknown;
    expect((request.properties as { searchSpace: unknown }).searchSpace).toEqual(expected);
    await expectAcceptedOn(request, "2022-10-01");
  });
});

describe("the SDK's Spark fixtures, sent with api-version 2025-12-01", () => {
  it("spark_job_test.yml: name, conf (spark_job_rest.json's, as the strings the REST conf holds) and code as the SDK sends them", async () => {
    const request = await convertFixture("spark_job/spark_job_test.yml");
    const target = JSON.parse(readFileSync(fixture("spark_job/spark_job_rest.json"), "utf8")) as { name: string; conf: Record<string, unknown> };
    expect(request.name).toBe(target.name);
    expect(request.properties).toEqual({
      jobType: "Spark",
      description: "simply the best",
      codeId: expect.stringMatching(new RegExp(`^${WORKSPACE_ID}/codes/[0-9a-f-]+/versions/1$`)),
      entry: { sparkJobEntryType: "SparkJobPythonEntry", file: "main.py" },
      conf: Object.fromEntries(Object.entries(target.conf).map(([key, value]) => [key, String(value)])),
      environmentId: `${WORKSPACE_ID}/environments/condaenv/versions/1`,
      computeId: computeId("douglassynapse"),
    });
    await expectAcceptedOn(request, "2025-12-01");
  });

  it.each([
    ["spark_job/spark_job_invalid_instance_type.yml", 'resources.instance_type: "standard_e2s_v3" is not accepted; accepted: standard_e4s_v3, standard_e8s_v3, standard_e16s_v3, standard_e32s_v3, standard_e64s_v3.'],
    ["spark_job/spark_job_invalid_runtime.yml", 'resources.runtime_version: "3" is not accepted; accepted: 3.3, 3.4 (a patch number may follow, e.g. 3.4.0).'],
    ["spark_job/spark_job_inputs_outputs_test.yml", 'resources.runtime_version: "3.2" is not accepted; accepted: 3.3, 3.4'],
    ["spark_job/spark_job_word_count_test.yml", 'resources.runtime_version: "3.2" is not accepted; accepted: 3.3, 3.4'],
  ])("%s is refused as the SDK's SparkResourceConfiguration._validate refuses it before submitting", async (name, message) => {
    await expect(convertFixture(name)).rejects.toThrow(`${fixture(name)}: ${message}`);
  });

  it("spark_job_inputs_outputs_test.yml on runtime 3.4: direct input and output, the literal input and args as the SDK's test expects", async () => {
    const request = await convertFixture("spark_job/spark_job_inputs_outputs_test.yml", ["resources.runtime_version=3.4"]);
    expect(request.properties).toMatchObject({
      inputs: {
        input1: { jobInputType: "uri_file", uri: "https://azuremlexamples.blob.core.windows.net/datasets/iris.csv", mode: "Direct" },
        sample_rate: { jobInputType: "literal", value: "0.01" },
      },
      outputs: { output1: { jobOutputType: "uri_file", mode: "Direct" } },
      args: "--input1 ${{inputs.input1}} --output2 ${{outputs.output1}} --my_sample_rate ${{inputs.sample_rate}}",
      resources: { instanceType: "standard_e8s_v3", runtimeVersion: "3.4" },
      conf: { "spark.executor.instances": "4" },
      environmentId: `${WORKSPACE_ID}/environments/AzureML-sklearn-0.24-ubuntu18.04-py37-cpu/versions/1`,
    });
    await expectAcceptedOn(request, "2025-12-01");
  });
});
