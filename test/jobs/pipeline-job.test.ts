import path from "node:path";
import type { PipelineJob } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../../shared/core/errors";
import { loadJobFile } from "../../shared/jobs/job-file";
import { submitJobRequest } from "../../shared/jobs/submit-job";
import { clientWithTransport } from "./capture-transport";
import { convert, FIXTURES, LATEST_VERSION, SCOPE, WORKSPACE_ID } from "./helpers";
import { createSpecValidator } from "./spec-validator";

const ENV = "azureml:sklearn:1";
const COMPONENT_ID = new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f]{32}$`);

async function loaded(relative: string): Promise<Awaited<ReturnType<typeof convert>>> {
  const file = await loadJobFile(path.join(FIXTURES, relative));
  return convert(file.spec, file.dir);
}

function step(spec: object): Record<string, unknown> {
  return { command: "echo hi", environment: ENV, ...spec };
}

describe("pipeline job conversion", () => {
  it("converts the azureml-examples nyc-taxi pipeline", async () => {
    const { properties, resolver } = await loaded("nyc-taxi/pipeline.yml");
    const pipeline = properties as PipelineJob;
    expect(pipeline).toMatchObject({ jobType: "Pipeline", displayName: "nyc-taxi-pipeline-example", experimentName: "nyc-taxi-pipeline-example" });
    const jobs = pipeline.jobs!;
    expect(Object.keys(jobs)).toEqual(["prep_job", "transform_job", "train_job", "predict_job", "score_job"]);
    expect(jobs.prep_job).toEqual({
      name: "prep_job",
      type: "command",
      componentId: expect.stringMatching(COMPONENT_ID),
      computeId: `${WORKSPACE_ID}/computes/cpu-cluster`,
      inputs: { raw_data: { job_input_type: "uri_folder", uri: expect.stringMatching(/^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/data\/$/) } },
      outputs: { prep_data: { job_output_type: "uri_folder", mode: "ReadWriteMount" } },
      _source: "YAML.JOB",
    });
    expect(jobs.predict_job.inputs).toEqual({
      model_input: { job_input_type: "literal", value: "${{parent.jobs.train_job.outputs.model_output}}" },
      test_data: { job_input_type: "literal", value: "${{parent.jobs.train_job.outputs.test_data}}" },
    });
    const components = resolver.actions.filter((a) => a.action === "register-component");
    expect(components).toHaveLength(5);
    const prep = components[0].componentSpec!;
    expect(prep).toEqual({
      name: "azureml_anonymous",
      version: expect.stringMatching(/^[0-9a-f]{32}$/),
      type: "command",
      command: "python prep.py --raw_data ${{inputs.raw_data}} --prep_data ${{outputs.prep_data}}",
      environment: "azureml:AzureML-sklearn-0.24-ubuntu18.04-py37-cpu@latest",
      code: `azureml:${resolver.actions.find((a) => a.action === "upload-code")!.target}`,
      is_deterministic: true,
      inputs: { raw_data: { type: "uri_folder" } },
      outputs: { prep_data: { type: "uri_folder" } },
    });
    expect(jobs.prep_job.componentId).toBe(components[0].target);
    expect(components[0].target.endsWith(`/${prep.version}`)).toBe(true);
  });

  it("converts a two-step pipeline with pipeline inputs, outputs, settings and a component file", async () => {
    const { properties, resolver } = await loaded("two-step/pipeline.yml");
    const pipeline = properties as PipelineJob;
    expect(pipeline.computeId).toBe(`${WORKSPACE_ID}/computes/cpu-cluster`);
    expect(pipeline.tags).toEqual({ team: "forecasting" });
    expect(pipeline.settings).toEqual({
      default_datastore: `${WORKSPACE_ID}/datastores/workspaceblobstore`,
      continue_on_step_failure: false,
      force_rerun: true,
      _source: "YAML.JOB",
    });
    expect(pipeline.inputs).toEqual({
      raw_data: { jobInputType: "uri_folder", uri: `azureml:${WORKSPACE_ID}/data/churn-raw/versions/3` },
      learning_rate: { jobInputType: "literal", value: "0.01" },
      max_epochs: { jobInputType: "literal", value: "20" },
    });
    expect(pipeline.outputs).toEqual({ trained_model: { jobOutputType: "mlflow_model", mode: "Upload" } });
    expect(pipeline.jobs!.train).toEqual({
      name: "train",
      type: "command",
      componentId: expect.stringMatching(COMPONENT_ID),
      computeId: `${WORKSPACE_ID}/computes/gpu-cluster`,
      inputs: {
        training_data: { job_input_type: "literal", value: "${{parent.jobs.prep.outputs.clean}}" },
        learning_rate: { job_input_type: "literal", value: "${{parent.inputs.learning_rate}}" },
      },
      outputs: { model: { value: "${{parent.outputs.trained_model}}", type: "literal" } },
      environment_variables: { NCCL_DEBUG: "INFO" },
      resources: { instance_count: 2, shm_size: "16g" },
      distribution: { distribution_type: "PyTorch", process_count_per_instance: 4 },
      limits: { job_limits_type: "Command", timeout: "PT2H" },
      _source: "YAML.JOB",
    });
    const [prepComponent, trainComponent] = resolver.actions.filter((a) => a.action === "register-component").map((a) => a.componentSpec!);
    expect(prepComponent.inputs).toEqual({ raw: { type: "uri_folder" }, epochs: { type: "integer" } });
    expect(prepComponent.environment).toMatch(/environments\/CliV2AnonymousEnvironment\/versions\/[0-9a-f]{32}$/);
    expect(trainComponent).toMatchObject({
      type: "command",
      display_name: "Train churn model",
      environment: "azureml:AzureML-pytorch-1.13-ubuntu20.04-py38-cuda11.7-gpu@latest",
      inputs: { training_data: { type: "uri_folder" }, learning_rate: { type: "number", default: 0.001 } },
      outputs: { model: { type: "mlflow_model" } },
    });
    const trainCode = resolver.actions.filter((a) => a.action === "upload-code")[1];
    expect(trainCode.source).toBe(path.join(FIXTURES, "two-step/src/train"));
  });

  it("carries the pipeline identity", async () => {
    const { properties } = await convert({ type: "pipeline", identity: { type: "user_identity" }, jobs: { a: step({}) } });
    expect((properties as PipelineJob).identity).toEqual({ identityType: "UserIdentity" });
  });

  it("reuses the same component version for the same step content", async () => {
    const spec = { type: "pipeline", jobs: { a: step({}), b: step({}) } };
    const { properties } = await convert(spec);
    const jobs = (properties as PipelineJob).jobs!;
    expect(jobs.a.componentId).toBe(jobs.b.componentId);
  });

  it("references a registered component", async () => {
    const spec = { type: "pipeline", jobs: { a: { component: "azureml:train_model:3", inputs: { lr: 0.1 } }, b: { component: "azureml:score@latest" } } };
    const jobs = ((await convert(spec)).properties as PipelineJob).jobs!;
    expect(jobs.a).toEqual({ name: "a", type: "command", componentId: `${WORKSPACE_ID}/components/train_model/versions/3`, inputs: { lr: { job_input_type: "literal", value: "0.1" } }, _source: "YAML.JOB" });
    expect(jobs.b.componentId).toBe(`${WORKSPACE_ID}/components/score/versions/${LATEST_VERSION}`);
  });

  it("leaves out a command step's own command, code and environment when it names a component, as the SDK does, and says so", async () => {
    const spec = { type: "pipeline", jobs: { a: { type: "command", component: "azureml:c:1", command: "python other.py", code: "src", environment: "azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest" } } };
    const request = await convert(spec as never, path.join(FIXTURES, "two-step"));
    expect((request.properties as PipelineJob).jobs!.a).toEqual({ name: "a", type: "command", componentId: `${WORKSPACE_ID}/components/c/versions/1`, _source: "YAML.JOB" });
    expect(request.notes).toEqual([
      expect.stringMatching(/^jobs\.a\.command: the step names a component, which brings its own command; the SDK does not send the step's/),
      expect.stringMatching(/^jobs\.a\.code: the step names a component/),
      expect.stringMatching(/^jobs\.a\.environment: the step names a component/),
    ]);
    expect(request.resolver.actions.filter((a) => a.action === "upload-code")).toEqual([]);
  });

  it("takes a component port of the preview CLI's type path as a data port, as the SDK does", async () => {
    const component = { command: "python t.py ${{inputs.data}} ${{outputs.model}}", environment: ENV, inputs: { data: { type: "path" } }, outputs: { model: { type: "path" } } };
    const spec = { type: "pipeline", inputs: { d: { type: "uri_folder", path: "azureml:raw:1" } }, jobs: { a: { component, inputs: { data: "${{parent.inputs.d}}" } } } };
    const { resolver } = await convert(spec as never, path.join(FIXTURES, "two-step"));
    const registered = resolver.actions.find((a) => a.action === "register-component")!.componentSpec!;
    expect(registered.inputs).toEqual({ data: { type: "path" } });
    expect(registered.outputs).toEqual({ model: { type: "path" } });
  });

  describe("errors", () => {
    it.each([
      [{ type: "pipeline" }, /^jobs: a pipeline job needs at least one step/],
      [{ type: "pipeline", jobs: { a: step({ services: { ssh: {} } }) } }, /^jobs\.a\.services\.ssh\.type: null is not a service type; accepted: jupyter_lab, vs_code, tensor_board, ssh/],
      [{ type: "pipeline", jobs: { a: step({}) }, schedule: {} }, /^schedule: field not supported/],
      [{ type: "pipeline", jobs: { a: step({ type: "import", source: {} }) } }, /^jobs\.a\.type: step type "import" is not supported; accepted: command, sweep, parallel, spark, pipeline, data_transfer, automl, do_while, parallel_for, if_else/],
      [{ type: "pipeline", jobs: { a: step({ type: "sweep" }) } }, /^jobs\.a\.command: field not supported in this job file; supported here: .*search_space/],
      [{ type: "pipeline", jobs: { "bad-name": step({}) } }, /^jobs\.bad-name: "bad-name" is not a step name; accepted: letters, digits and underscores, starting with a letter or underscore/],
      [{ type: "pipeline", jobs: { a: { environment: ENV } } }, /^jobs\.a: a command step needs command \(with environment\) or component/],
      [{ type: "pipeline", jobs: { a: step({ environment: undefined }) } }, /^jobs\.a\.environment: required/],
      [{ type: "pipeline", jobs: { a: step({ inputs: { x: "${{parent.inputs.missing}}" } }) } }, /^jobs\.a\.inputs\.x: binding \$\{\{parent\.inputs\.missing\}\} names pipeline input "missing", which is not declared under inputs/],
      [{ type: "pipeline", jobs: { a: step({ inputs: { x: "${{parent.jobs.nope.outputs.o}}" } }) } }, /^jobs\.a\.inputs\.x: binding \$\{\{parent\.jobs\.nope\.outputs\.o\}\} names step "nope", which is not under jobs/],
      [{ type: "pipeline", jobs: { a: step({ outputs: { o: null } }), b: step({ inputs: { x: "${{parent.jobs.a.outputs.other}}" } }) } }, /^jobs\.b\.inputs\.x: binding .* names output "other" of step "a", which that step does not declare/],
      [{ type: "pipeline", jobs: { a: step({ outputs: { o: null }, inputs: { x: "${{parent.jobs.a.outputs.o}}" } }) } }, /^jobs\.a\.inputs\.x: binding .* refers to the step's own output/],
      [{ type: "pipeline", jobs: { a: step({ outputs: { o: "${{parent.outputs.missing}}" } }) } }, /^jobs\.a\.outputs\.o: binding \$\{\{parent\.outputs\.missing\}\} names pipeline output "missing"/],
      [{ type: "pipeline", jobs: { a: step({ outputs: { o: "${{parent.inputs.x}}" } }) } }, /^jobs\.a\.outputs\.o: output binding .* is not supported; accepted: \$\{\{parent\.outputs\.<name>\}\}/],
      [{ type: "pipeline", jobs: { a: step({ inputs: { x: "${{jobs.b.outputs.o}}" } }) } }, /^jobs\.a\.inputs\.x: binding \$\{\{jobs\.b\.outputs\.o\}\} is not supported; accepted: \$\{\{parent\.inputs\.<name>\}\}/],
      [{ type: "pipeline", inputs: { x: "${{parent.inputs.y}}" }, jobs: { a: step({}) } }, /^inputs\.x: binding .* is only valid inside a pipeline job/],
      [{ type: "pipeline", jobs: { a: { component: "components/missing.yml" } } }, /^jobs\.a\.component: component file "components\/missing\.yml" does not exist \(resolved to .*missing\.yml\); accepted: a component file/],
      [{ type: "pipeline", jobs: { a: { component: "file:./components/missing.yml" } } }, /^jobs\.a\.component: component file "file:\.\/components\/missing\.yml" does not exist/],
      [{ type: "pipeline", jobs: { a: { component: { type: "command", command: "x", environment: ENV, ports: 1 } } } }, /^jobs\.a\.component\.ports: field not supported/],
      [{ type: "pipeline", jobs: { a: { component: { type: "flow", command: "x", environment: ENV } } } }, /^jobs\.a\.component\.type: component type "flow" is not supported; accepted: command, parallel, spark, pipeline, data_transfer/],
      [{ type: "pipeline", jobs: { a: { type: "parallel", component: { type: "command", command: "x", environment: ENV } } } }, /^jobs\.a\.component\.type: a parallel step needs a parallel component, not "command"/],
      [{ type: "pipeline", jobs: { a: { component: { command: "x ${{inputs.n}}", environment: ENV, inputs: { n: { type: "integer" } } } } } }, /^jobs\.a\.inputs\.n: required by the component and not given/],
      [{ type: "pipeline", jobs: { a: { component: { command: "x", environment: ENV, inputs: { n: { type: "complex" } } } } } }, /^jobs\.a\.component\.inputs\.n\.type: "complex" is not an input type/],
      [{ type: "pipeline", jobs: { a: step({}) }, identity: { type: "password" } }, /^identity\.type: "password" is not an identity type/],
      [{ type: "pipeline", jobs: { a: step({ compute: "local" }) } }, /^jobs\.a\.compute: local runs are not supported/],
      [{ type: "pipeline", jobs: { a: step({}) }, settings: { continue_on_step_failure: "yes" } }, /^settings\.continue_on_step_failure: expected true or false/],
      [{ type: "pipeline", jobs: { a: step({}), c: { type: "if_else", condition: true } } }, /^jobs\.c: true_block and false_block are both empty; accepted: at least one of them naming steps/],
      [{ type: "pipeline", jobs: { a: step({}), c: { type: "if_else", condition: true, true_block: "${{parent.jobs.a}}", false_block: ["${{parent.jobs.a}}"] } } }, /^jobs\.c\.false_block: names a, which true_block names too/],
      [{ type: "pipeline", jobs: { a: step({}), l: { type: "parallel_for", body: "${{parent.jobs.a}}" } } }, /^jobs\.l\.items: required for a parallel_for step; accepted: a non-empty list or dict/],
      [{ type: "pipeline", jobs: { a: step({}), l: { type: "parallel_for", body: "${{parent.jobs.a}}", items: "[{" } } }, /^jobs\.l\.items: neither a JSON list or dict nor a binding \(.*\); accepted:/],
      [{ type: "pipeline", jobs: { a: step({}), l: { type: "parallel_for", body: "${{parent.jobs.a}}", items: 3 } } }, /^jobs\.l\.items: 3 is not a list or dict; accepted:/],
      [{ type: "pipeline", jobs: { a: step({}), l: { type: "parallel_for", body: "${{parent.jobs.a}}", items: "{}" } } }, /^jobs\.l\.items: empty; accepted: a non-empty list or dict/],
      [{ type: "pipeline", jobs: { e: { type: "data_transfer", task: "export_data", inputs: { source: { type: "uri_folder", path: "azureml:x:1" } }, sink: { type: "database", table_name: "t", connection: "azureml:c" } } } }, /^jobs\.e\.inputs\.source\.type: "uri_folder" is not accepted for a database sink; accepted: uri_file \(inputs of export_data are uri_file for database and uri_folder for file_system\)/],
    ])("rejects %j", async (spec, message) => {
      await expect(convert(spec as never, path.join(FIXTURES, "two-step"))).rejects.toThrow(ConfigurationError);
      await expect(convert(spec as never, path.join(FIXTURES, "two-step"))).rejects.toThrow(message);
    });
  });
});

describe("pipeline job bodies against the Azure ML REST spec", () => {
  it.each(["nyc-taxi/pipeline.yml", "two-step/pipeline.yml"])("%s: the submitted body and each anonymous component pass oav", async (fixture) => {
    const validate = await createSpecValidator();
    const { name, properties, resolver } = await loaded(fixture);
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, () => ({ status: 201, body: { name, properties } }));
    await submitJobRequest(client, "https://management.azure.com", SCOPE, { name, properties });
    expect(requests[0].body).toEqual({ properties });
    const job = await validate({ url: requests[0].url, method: "PUT", body: requests[0].body });
    expect(job.errors).toEqual([]);
    for (const component of resolver.actions.filter((a) => a.action === "register-component")) {
      const { version } = component.componentSpec as { version: string };
      await client.componentVersions.createOrUpdate(SCOPE.resourceGroup, SCOPE.workspaceName, "azureml_anonymous", version, {
        properties: { componentSpec: component.componentSpec, isAnonymous: true },
      });
      const sent = requests[requests.length - 1];
      const check = await validate({ url: sent.url, method: "PUT", body: sent.body });
      expect(check.errors).toEqual([]);
    }
  });
});
