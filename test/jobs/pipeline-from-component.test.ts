import path from "node:path";
import type { PipelineJob } from "@azure/arm-machinelearning";
import { jobApiVersion, jobUrl } from "../../shared/jobs/submit-job";
import type { JobRequest } from "../../shared/jobs/job-request";
import { convert, FIXTURES, LATEST_VERSION, SCOPE, WORKSPACE_ID } from "./helpers";
import { createSpecValidator } from "./spec-validator";

/** A pipeline job made from a pipeline component (`component:` at the top), as PipelineJob._to_rest_object sends it. */
const DIR = path.join(FIXTURES, "types");
const ANONYMOUS = new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f]{32}$`);
const INPUTS = { data: { type: "uri_folder", path: "azureml:iris:1" }, compute_name: "cpu-cluster" };

async function specErrors(request: JobRequest): Promise<unknown[]> {
  const apiVersion = jobApiVersion(request.properties);
  const validate = await createSpecValidator(apiVersion);
  return (await validate({ url: jobUrl("https://management.azure.com", SCOPE, request.name, apiVersion), method: "PUT", body: { properties: request.properties } })).errors;
}

describe("a pipeline job made from a pipeline component", () => {
  it("registers a component file anonymously (its steps' components first) and sends its id with no jobs", async () => {
    const request = await convert({ type: "pipeline", component: "./components/train-and-score.yml", inputs: INPUTS, outputs: { model: { type: "mlflow_model" } } }, DIR);
    const pipeline = request.properties as PipelineJob;
    expect(pipeline.componentId).toMatch(ANONYMOUS);
    expect(pipeline.jobs).toEqual({});
    expect(pipeline.inputs).toEqual({
      data: { jobInputType: "uri_folder", uri: `azureml:${WORKSPACE_ID}/data/iris/versions/1` },
      compute_name: { jobInputType: "literal", value: "cpu-cluster" },
    });
    const registered = request.resolver.actions.filter((action) => action.action === "register-component");
    expect(registered.map((action) => action.componentSpec!.type)).toEqual(["command", "pipeline"]);
    expect(registered[1].target).toBe(pipeline.componentId);
    expect(Object.keys(registered[1].componentSpec!.jobs as object)).toEqual(["train"]);
    expect(request.notes ?? []).toEqual([]);
    expect(await specErrors(request)).toEqual([]);
  });

  it("takes file: and an inline mapping the same way", async () => {
    const fromFile = await convert({ type: "pipeline", component: "file:components/train-and-score.yml", inputs: INPUTS }, DIR);
    const inline = await convert({
      type: "pipeline",
      component: { type: "pipeline", jobs: { hello: { type: "command", command: "echo hi", environment: "azureml:sklearn:1" } } },
    }, DIR);
    expect((fromFile.properties as PipelineJob).componentId).toMatch(ANONYMOUS);
    expect((inline.properties as PipelineJob).componentId).toMatch(ANONYMOUS);
    expect((inline.properties as PipelineJob).jobs).toEqual({});
  });

  it.each([
    ["azureml:train_and_score:3", `${WORKSPACE_ID}/components/train_and_score/versions/3`],
    ["azureml:train_and_score@latest", `${WORKSPACE_ID}/components/train_and_score/versions/${LATEST_VERSION}`],
    ["azureml://registries/shared/components/train_and_score/versions/2", "azureml://registries/shared/components/train_and_score/versions/2"],
    [`${WORKSPACE_ID}/components/train_and_score/versions/4`, `${WORKSPACE_ID}/components/train_and_score/versions/4`],
  ])("sends a registered component %s as its id, with jobs {} and nothing registered", async (reference, id) => {
    const request = await convert({ type: "pipeline", display_name: "from registered", component: reference, inputs: { lr: 0.1 }, settings: { default_compute: "cpu-cluster" } });
    expect(request.properties).toEqual({
      jobType: "Pipeline",
      displayName: "from registered",
      componentId: id,
      jobs: {},
      inputs: { lr: { jobInputType: "literal", value: "0.1" } },
      settings: { default_compute: `${WORKSPACE_ID}/computes/cpu-cluster`, _source: "YAML.JOB" },
    });
    expect(request.resolver.actions.filter((action) => action.action === "register-component")).toEqual([]);
    expect(await specErrors(request)).toEqual([]);
  });

  it("refuses jobs and component together, naming both and what is accepted", async () => {
    await expect(convert({ type: "pipeline", component: "azureml:c:1", jobs: { a: { command: "echo", environment: "azureml:sklearn:1" } } })).rejects.toThrow(
      "jobs, component: a pipeline job names either jobs (its steps) or component (the pipeline component it runs: a file, an inline mapping, azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/... or an ARM id), not both.",
    );
  });

  it("refuses a component that is not a pipeline component, naming the field", async () => {
    await expect(convert({ type: "pipeline", component: "./components/train.yml" }, DIR)).rejects.toThrow(
      'component (./components/train.yml).type: a pipeline job made from a component needs a pipeline component, not "command".',
    );
  });

  it("tells of an input the component does not declare and sends it as written, as a step's", async () => {
    const request = await convert({ type: "pipeline", component: "./components/train-and-score.yml", inputs: { ...INPUTS, epochs: 3 } }, DIR);
    expect(request.notes).toEqual(['inputs.epochs: the component declares no input "epochs" (declared: data, compute_name); sent as written, as the SDK sends it.']);
    expect((request.properties as PipelineJob).inputs!.epochs).toEqual({ jobInputType: "literal", value: "3" });
  });

  it("refuses a required input not given and an output the component does not declare", async () => {
    await expect(convert({ type: "pipeline", component: "./components/train-and-score.yml", inputs: { compute_name: "c" } }, DIR)).rejects.toThrow(
      "inputs.data: required by the component and not given.",
    );
    await expect(convert({ type: "pipeline", component: "./components/train-and-score.yml", inputs: INPUTS, outputs: { scores: { type: "uri_folder" } } }, DIR)).rejects.toThrow(
      'outputs.scores: the component declares no output "scores"; declared: model.',
    );
  });

  it("leaves a pipeline job file's compute, settings, experiment_name and properties out of the component, and says so", async () => {
    const request = await convert({
      type: "pipeline",
      component: { type: "pipeline", compute: "azureml:cpu-cluster", settings: { default_compute: "azureml:cpu-cluster" }, experiment_name: "x", properties: {}, jobs: { hello: { command: "echo hi", environment: "azureml:sklearn:1" } } },
    });
    const component = request.resolver.actions.find((action) => action.target === (request.properties as PipelineJob).componentId)!.componentSpec!;
    expect(component.settings).toBeUndefined();
    expect(component.compute).toBeUndefined();
    expect(request.notes).toEqual(["compute", "settings", "experiment_name", "properties"].map((field) =>
      `component.${field}: a pipeline component does not carry ${field}; the SDK leaves it out when it turns a pipeline job file into a component, so does this step (set it on the job).`));
  });

  it("refuses a missing component file, naming the field and what is accepted", async () => {
    await expect(convert({ type: "pipeline", component: "./components/missing.yml" }, DIR)).rejects.toThrow(/^component: component file "\.\/components\/missing\.yml" does not exist/);
  });
});
