import path from "node:path";
import { applySetOverrides, loadJobFile } from "../../shared/jobs/job-file";
import { buildJobRequest, type JobRequest } from "../../shared/jobs/job-request";
import type { ComponentSpec } from "../../shared/jobs/asset-resolver";
import type { PlanningResolver } from "../../shared/jobs/resolvers";
import { describeSteps } from "../../shared/jobs/step-plan";
import { jobApiVersion, jobUrl } from "../../shared/jobs/submit-job";
import { FIXTURES, planningResolver, SCOPE, WORKSPACE_ID } from "./helpers";
import { createSpecValidator, type SpecCheck } from "./spec-validator";

/** Copies of the Azure ML Python SDK's own pipeline fixtures (see test/fixtures/jobs/sdk/README.md). */
const SDK = path.join(FIXTURES, "sdk/test_configs");
const validators = new Map<string, ReturnType<typeof createSpecValidator>>();

function fixture(name: string): string {
  return path.join(SDK, name);
}

type Converted = JobRequest & { resolver: PlanningResolver; jobs: Record<string, Record<string, unknown>> };

/** Loads, applies `--set` lines and converts as `train` does: the job file named, a planning resolver. */
async function convertFixture(name: string, set: string[] = []): Promise<Converted> {
  const file = fixture(name);
  const job = await loadJobFile(file);
  const resolver = planningResolver();
  const request = await buildJobRequest(applySetOverrides(job.spec, set), { ...SCOPE, jobFileDir: job.dir, jobFile: file }, resolver);
  return { ...request, resolver, jobs: (request.properties as { jobs: Converted["jobs"] }).jobs };
}

async function specCheck(request: JobRequest): Promise<SpecCheck> {
  const apiVersion = jobApiVersion(request.properties);
  if (!validators.has(apiVersion)) validators.set(apiVersion, createSpecValidator(apiVersion));
  const validate = await validators.get(apiVersion)!;
  return validate({ url: jobUrl("https://management.azure.com", SCOPE, request.name, apiVersion), method: "PUT", body: { properties: request.properties } });
}

async function expectAccepted(request: JobRequest): Promise<void> {
  expect(jobApiVersion(request.properties)).toBe("2022-10-01");
  expect((await specCheck(request)).errors).toEqual([]);
}

const computeId = (name: string) => `${WORKSPACE_ID}/computes/${name}`;
const anonymous = expect.stringMatching(new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f]{32}$`));
const uploaded = (tail: string) => expect.stringMatching(new RegExp(`^azureml://datastores/workspaceblobstore/paths/LocalUpload/[0-9a-f]{64}/${tail}$`));
const literal = (value: string) => ({ job_input_type: "literal", value });

/** What the SDK's e2e test leaves out of the REST jobs it compares (`omit_fields`): `_source` and `componentId`. */
function withoutIds(jobs: Converted["jobs"]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(jobs).map(([name, node]) => [name, Object.fromEntries(Object.entries(node).filter(([key]) => key !== "_source" && key !== "componentId"))]));
}

/** The components the plan registers, by id, as the dry run collects them (train-plan.ts `pipelineSteps`). */
function plannedComponents(resolver: PlanningResolver): Map<string, ComponentSpec> {
  return new Map(resolver.actions.filter((action) => action.action === "register-component").map((action) => [action.target, action.componentSpec!]));
}

/** The inputs the mldesigner component of the if_else fixtures requires and the fixtures leave out (see the README). */
const RESULT_INPUTS = ["jobs.result.inputs.str_param=a", "jobs.result.inputs.int_param=1"];

describe("the SDK's control flow fixtures (tests/pipeline_job/e2etests/test_control_flow_pipeline.py)", () => {
  it.each(["control_flow/if_else/simple_pipeline.yml", "control_flow/if_else/one_branch.yml"])(
    "%s is refused for the inputs its condition step's component requires, as BaseNode._validate_inputs refuses them",
    async (name) => {
      await expect(convertFixture(`pipeline_jobs/${name}`)).rejects.toThrow(`${fixture(`pipeline_jobs/${name}`)}: jobs.result.inputs.str_param: required by the component and not given.`);
    },
  );

  it("if_else/simple_pipeline.yml with the required inputs given: the jobs the SDK's test_happy_path_if_else expects", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/if_else/simple_pipeline.yml", RESULT_INPUTS);
    expect(withoutIds(request.jobs)).toEqual({
      conditionnode: { condition: "${{parent.jobs.result.outputs.output}}", false_block: "${{parent.jobs.node1}}", true_block: "${{parent.jobs.node2}}", type: "if_else" },
      node1: { inputs: { component_in_number: literal("1") }, name: "node1", type: "command" },
      node2: { inputs: { component_in_number: literal("2") }, name: "node2", type: "command" },
      result: { name: "result", type: "command", inputs: { str_param: literal("a"), int_param: literal("1") } },
    });
    expect(request.properties).toMatchObject({ jobType: "Pipeline", displayName: "condition_pipeline", settings: { default_compute: computeId("cpu-cluster"), _source: "YAML.JOB" } });
    for (const node of Object.values(request.jobs)) expect(node._source).toBe("YAML.JOB");
    await expectAccepted(request);
  });

  it("if_else/one_branch.yml: only true_block, as test_if_else_one_branch expects", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/if_else/one_branch.yml", RESULT_INPUTS);
    expect(withoutIds(request.jobs).conditionnode).toEqual({ condition: "${{parent.jobs.result.outputs.output}}", true_block: "${{parent.jobs.node1}}", type: "if_else" });
    await expectAccepted(request);
  });

  it("if_else/literal_condition.yml: the condition stays the boolean true, as test_if_else_literal_condition expects", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/if_else/literal_condition.yml");
    expect(withoutIds(request.jobs)).toEqual({
      conditionnode: { condition: true, true_block: "${{parent.jobs.node1}}", type: "if_else" },
      node1: { inputs: { component_in_number: literal("1") }, name: "node1", type: "command" },
    });
    await expectAccepted(request);
  });

  it("parallel_for/simple_pipeline.yml: items as the JSON string the SDK's test_simple_foreach_string_item expects; the body keeps its component", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/parallel_for/simple_pipeline.yml");
    expect(request.jobs.parallel_node).toEqual({ body: "${{parent.jobs.parallel_body}}", items: '[{"component_in_number": 1}, {"component_in_number": 2}]', type: "parallel_for", _source: "YAML.JOB" });
    expect(request.jobs.parallel_body).toMatchObject({ componentId: anonymous, inputs: { component_in_path: { job_input_type: "uri_file", uri: "https://dprepdata.blob.core.windows.net/demo/Titanic.csv" } } });
    expect(request.jobs.after_node.inputs).toEqual({ component_in_path: literal("${{parent.jobs.parallel_node.outputs.component_out_path}}") });
    await expectAccepted(request);
  });

  it("do_while/pipeline.yml: seven steps, pipeline component bodies (file, nested command), limits, mapping, settings and the upload output", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/do_while/pipeline.yml");
    expect(Object.keys(request.jobs)).toHaveLength(7);
    expect(request.properties).toMatchObject({
      displayName: "pipeline_with_do_while_node",
      experimentName: "pipeline_with_do_while_node",
      settings: {
        default_datastore: `${WORKSPACE_ID}/datastores/workspaceblobstore`,
        default_compute: computeId("cpu-cluster"),
        continue_on_step_failure: false,
        force_rerun: true,
        _source: "YAML.JOB",
      },
      inputs: { component_in_path: { jobInputType: "uri_folder", uri: uploaded("do_while/") }, component_in_number: { jobInputType: "literal", value: "3" } },
      outputs: { output_in_path: { jobOutputType: "uri_folder", mode: "Upload" } },
    });
    expect(request.jobs.do_while_job_with_pipeline_job).toEqual({
      type: "do_while",
      body: "${{parent.jobs.pipeline_body_node}}",
      condition: "${{parent.jobs.pipeline_body_node.outputs.is_number_larger_than_zero}}",
      limits: { max_iteration_count: 5 },
      mapping: { output_in_path: "component_in_path" },
      _source: "YAML.JOB",
    });
    // tests/pipeline_job/unittests/test_controlflow_pipeline_job.py test_do_while_true_pipeline_omit_condition: a literal true condition is left out.
    expect(request.jobs.do_while_true_job_with_pipeline_job).toEqual({
      type: "do_while",
      body: "${{parent.jobs.pipeline_body_node_for_while_true}}",
      limits: { max_iteration_count: 5 },
      mapping: { output_in_path: "component_in_path" },
      _source: "YAML.JOB",
    });
    expect(request.jobs.pipeline_body_node).toMatchObject({ type: "pipeline", componentId: anonymous, inputs: { component_in_number: literal("${{parent.inputs.component_in_number}}") } });
    expect(request.jobs.command_component_body_node).toMatchObject({ type: "command", computeId: computeId("cpu-cluster") });
    expect(request.jobs.get_do_while_result.outputs).toEqual({ output_in_path: { type: "literal", value: "${{parent.outputs.output_in_path}}" } });

    const body = request.resolver.actions.find((action) => action.componentSpec?.type === "pipeline")!.componentSpec!;
    expect((body.jobs as Record<string, Record<string, unknown>>).write_input_num).toMatchObject({
      type: "command",
      componentId: anonymous,
      outputs: { is_number_larger_than_zero: { type: "literal", value: "${{parent.outputs.is_number_larger_than_zero}}" } },
    });
    await expectAccepted(request);
  });

  it("control_flow_with_pipeline_component.yml (`component:` at the top): the pipeline component registered, its id and no jobs sent, as PipelineJob._to_rest_object after the SDK registers the component", async () => {
    const name = "pipeline_jobs/control_flow/control_flow_with_pipeline_component.yml";
    // ./if_else/simple_pipeline.yml runs the mldesigner component without its required inputs (see the README).
    await expect(convertFixture(name)).rejects.toThrow(`${fixture(name)}: component (./if_else/simple_pipeline.yml).jobs.result.inputs.str_param: required by the component and not given.`);
    // test_foreach of TestControlFLowPipelineComponent: the same job with component: ./parallel_for/simple_pipeline.yml.
    const request = await convertFixture(name, ["component=./parallel_for/simple_pipeline.yml"]);
    expect(request.properties).toEqual({
      jobType: "Pipeline",
      displayName: "pipeline_job_from_pipeline_component",
      description: "A pipeline job created against a pipeline component",
      settings: { default_compute: computeId("cpu-cluster"), _source: "YAML.JOB" },
      componentId: anonymous,
      jobs: {},
    });
    await expectAccepted(request);
    const components = plannedComponents(request.resolver);
    const pipeline = components.get(request.properties.componentId!)!;
    expect(pipeline).toMatchObject({ type: "pipeline", display_name: "parallel_for_pipeline" });
    expect(Object.keys(pipeline.jobs as object)).toEqual(["parallel_body", "parallel_node", "after_node"]);
    expect(pipeline.settings).toBeUndefined();
  });
});

describe("the SDK's invalid control flow fixtures (tests/pipeline_job/unittests/test_controlflow_pipeline_job.py)", () => {
  it("invalid/if_else/true_false_intersection.yml is refused as 'True block and false block cannot contain same nodes'", async () => {
    const name = "pipeline_jobs/invalid/if_else/true_false_intersection.yml";
    await expect(convertFixture(name, RESULT_INPUTS)).rejects.toThrow(`${fixture(name)}: jobs.conditionnode.false_block: names result, which true_block names too; a step runs in one branch only.`);
  });

  it("invalid/parallel_for/items_empty.yml is refused as 'Items is an empty list/dict', not for the body's inputs the items would give", async () => {
    const name = "pipeline_jobs/invalid/parallel_for/items_empty.yml";
    await expect(convertFixture(name)).rejects.toThrow(`${fixture(name)}: jobs.parallelfor.items: empty; accepted: a non-empty list or dict of input values (one body run each).`);
    const request = await convertFixture(name, ['jobs.parallelfor.items=[{"component_in_path": "azureml:x:1"}]']);
    expect(request.jobs.body).toMatchObject({ type: "command", componentId: anonymous });
    expect(request.jobs.body.inputs).toBeUndefined();
  });
});

describe("the SDK's data transfer fixtures", () => {
  it("import_database_to_blob.yaml: task, source (with its binding) and the sink output at the node, as DataTransferImport._to_rest_object writes them", async () => {
    const request = await convertFixture("pipeline_jobs/data_transfer/import_database_to_blob.yaml");
    const sink = { sink: { job_output_type: "mltable", uri: "azureml://datastores/workspaceblobstore_sas/paths/importjob/${{name}}/output_dir/snowflake/" } };
    expect(request.jobs.snowflake_blob).toEqual({
      name: "snowflake_blob",
      type: "data_transfer",
      task: "import_data",
      computeId: computeId("serverless"),
      source: { type: "database", query: "${{parent.inputs.query_source_snowflake}}", connection: "azureml:my_snowflake_connection" },
      outputs: sink,
      _source: "YAML.JOB",
    });
    expect(request.jobs.snowflake_blob_node_input).toMatchObject({ task: "import_data", source: { query: "select * from TPCH_SF1000.PARTSUPP limit 10" }, outputs: sink });
    expect(request.properties).toMatchObject({ inputs: { query_source_snowflake: { jobInputType: "literal", value: "select * from TPCH_SF1000.PARTSUPP limit 10" } } });
    await expectAccepted(request);
  });

  it("export_database_to_blob.yaml: the local file input uploaded, the database sink kept with its bindings", async () => {
    const request = await convertFixture("pipeline_jobs/data_transfer/export_database_to_blob.yaml");
    expect(request.jobs.blob_azuresql).toMatchObject({
      task: "export_data",
      inputs: { source: literal("${{parent.inputs.cosmos_folder}}") },
      sink: { type: "database", table_name: "${{parent.inputs.table_name}}", connection: "${{parent.inputs.connection_target_azuresql}}" },
    });
    expect(request.jobs.blob_azuresql_node_input.inputs).toEqual({ source: { job_input_type: "uri_file", uri: uploaded("testFile_ForSqlDB.parquet") } });
    expect(request.properties).toMatchObject({ inputs: { cosmos_folder: { jobInputType: "uri_file", uri: uploaded("testFile_ForSqlDB.parquet") }, table_name: { jobInputType: "literal", value: "dbo.Persons" } } });
    await expectAccepted(request);
  });

  it("copy_files.yaml: a copy_data step runs its data transfer component file, bound to the pipeline input and output", async () => {
    const request = await convertFixture("pipeline_jobs/data_transfer/copy_files.yaml");
    expect(request.jobs.copy_files).toMatchObject({
      type: "data_transfer",
      task: "copy_data",
      componentId: anonymous,
      inputs: { folder1: literal("${{parent.inputs.cosmos_folder}}") },
      outputs: { output_folder: { type: "literal", value: "${{parent.outputs.merged_blob}}" } },
    });
    const component = request.resolver.actions.find((action) => action.action === "register-component")!.componentSpec!;
    expect(component).toMatchObject({ type: "data_transfer", task: "copy_data", data_copy_mode: "merge_with_overwrite" });
    await expectAccepted(request);
  });

  it("invalid/import_data_invalid_output_type.yaml is refused as 'Outputs field only support type mltable for database and uri_folder for file_system'", async () => {
    const name = "pipeline_jobs/data_transfer/invalid/import_data_invalid_output_type.yaml";
    await expect(convertFixture(name)).rejects.toThrow(
      `${fixture(name)}: jobs.s3_blob_input.outputs.sink.type: "mltable" is not accepted for a file_system source; accepted: uri_folder (outputs of import_data are mltable for database and uri_folder for file_system).`,
    );
  });
});

describe("the SDK's pipeline fixtures with other step kinds", () => {
  it("hello_pipeline_job_with_registries.yml: a registry component passed through by URI, inline command steps made anonymous components", async () => {
    const request = await convertFixture("pipeline_jobs/hello_pipeline_job_with_registries.yml");
    expect(request.jobs.a).toEqual({ name: "a", type: "command", componentId: "azureml://registries/sdk-test/components/my_hello_world_asset/versions/1", _source: "YAML.JOB" });
    expect(request.jobs.c.inputs).toEqual({ world_input: literal("${{parent.jobs.b.outputs.world_output}}") });
    expect(request.notes).toEqual(["jobs.a.environment: the step names a component, which brings its own environment; the SDK does not send the step's, so neither does this step (set it in the component)."]);
    await expectAccepted(request);
  });

  it("helloworld_pipeline_job_with_sweep_node.yml: three trials (inline, file:, registered) and the sweep fields the SDK's test_sweep_node reads", async () => {
    const request = await convertFixture("pipeline_jobs/helloworld_pipeline_job_with_sweep_node.yml");
    // entities/_builders/sweep.py: limits, sampling_algorithm, objective and search_space as the YAML writes them
    // (_picked_fields_from_dict_to_rest_object), early_termination as the REST policy's as_dict().
    expect(request.jobs.hello_sweep_inline_trial).toEqual({
      name: "hello_sweep_inline_trial",
      type: "sweep",
      computeId: computeId("gpu-cluster"),
      trial: { componentId: anonymous },
      limits: { max_total_trials: 20, max_concurrent_trials: 10, timeout: 7200 },
      objective: { goal: "maximize", primary_metric: "accuracy" },
      sampling_algorithm: "random",
      early_termination: { policy_type: "MedianStopping", evaluation_interval: 100, delay_evaluation: 200 },
      search_space: { component_in_number: { type: "choice", values: [1, 2] } },
      _source: "YAML.JOB",
    });
    expect(request.jobs.hello_sweep_inline_file_trial).toMatchObject({ trial: { componentId: anonymous }, inputs: { data_folder: { job_input_type: "mltable", mode: "ReadOnlyMount", uri: uploaded("data/") } } });
    expect(request.jobs.hello_sweep_inline_remote_trial.trial).toEqual({ componentId: `${WORKSPACE_ID}/components/microsoftsamplescommandcomponentbasic_nopaths_test/versions/1` });
    await expectAccepted(request);
  });

  it("helloworld_pipeline_job_with_spark_component.yml: a `file:` Spark component bound to the pipeline's direct input and output, resources at the node", async () => {
    const request = await convertFixture("pipeline_jobs/helloworld_pipeline_job_with_spark_component.yml");
    expect(request.jobs.spark_node).toMatchObject({
      type: "spark",
      componentId: anonymous,
      inputs: { input1: literal("${{parent.inputs.job_in_file}}") },
      outputs: { output1: { type: "literal", value: "${{parent.outputs.pipeline_output}}" } },
      resources: { instance_type: "standard_e4s_v3", runtime_version: "3.3.0" },
    });
    expect(request.properties).toMatchObject({ inputs: { job_in_file: { jobInputType: "uri_file", mode: "Direct", uri: uploaded("shakespeare.txt") }, sample_rate: { jobInputType: "literal", value: "0.01" } } });
    await expectAccepted(request);
  });

  it("helloworld_pipeline_job_defaults_with_parallel_job_file_input_e2e.yml: the inline parallel step's fields at the node; output mode mount sent as ReadWriteMount", async () => {
    const request = await convertFixture("pipeline_jobs/helloworld_pipeline_job_defaults_with_parallel_job_file_input_e2e.yml");
    expect(request.properties).toMatchObject({
      inputs: { job_data_path: { jobInputType: "mltable", mode: "EvalMount", uri: uploaded("mnist-data/") } },
      outputs: { job_out_path: { jobOutputType: "uri_folder", mode: "ReadWriteMount" } },
    });
    expect(request.jobs.hello_world_inline_parallel_file_job_1).toMatchObject({
      type: "parallel",
      componentId: anonymous,
      computeId: computeId("cpu-cluster"),
      input_data: "${{inputs.job_data_path}}",
      mini_batch_size: "1",
      resources: { instance_count: 3 },
      max_concurrency_per_instance: 1,
      error_threshold: -1,
      mini_batch_error_threshold: 1,
      logging_level: "WARNING",
      retry_settings: { max_retries: 2, timeout: 60 },
      environment_variables: { FOO: "bar" },
    });
    const component = request.resolver.actions.find((action) => action.componentSpec?.type === "parallel")!.componentSpec!;
    expect(component.task).toMatchObject({ type: "run_function", entry_script: "pass_through.py", program_arguments: "--job_output_path ${{outputs.job_output_path}}" });
    await expectAccepted(request);
  });

  it("helloworld_pipeline_job_with_command_job_with_inputs_outputs.yml: inline command steps, bindings between them, identity AMLToken; a step's experiment_name told as not sent", async () => {
    const request = await convertFixture("pipeline_jobs/helloworld_pipeline_job_with_command_job_with_inputs_outputs.yml");
    expect(request.name).toBe("simplePipelineJobWithCommandJobInputs");
    expect(request.properties).toMatchObject({ computeId: computeId("cpu-cluster"), outputs: { job_out_path_1: { jobOutputType: "uri_folder", mode: "ReadWriteMount" } } });
    expect(request.jobs.hello_world_inline_commandjob_2).toMatchObject({
      name: "hello_world_inline_commandjob_2",
      identity: { identity_type: "AMLToken" },
      properties: { test_property: "test_value" },
      inputs: {
        test1: literal("${{parent.inputs.job_data}}"),
        test2: literal("${{parent.jobs.hello_world_inline_commandjob_1.outputs.test1}}"),
        test3: literal("${{parent.jobs.hello_world_inline_commandjob_3.outputs.test1}}"),
      },
    });
    expect(request.jobs.hello_world_inline_commandjob_1).toMatchObject({
      inputs: { test1: { job_input_type: "uri_file", mode: "ReadOnlyMount" }, literal_input: literal("7") },
      outputs: { test1: { job_output_type: "uri_file" } },
    });
    for (const node of Object.values(request.jobs)) expect(node).not.toHaveProperty("experiment_name");
    expect(request.notes).toEqual(
      ["hello_world_inline_commandjob_1", "hello_world_inline_commandjob_2", "hello_world_inline_commandjob_3"].map(
        (step) => `jobs.${step}.experiment_name: a step runs in the pipeline's experiment; the SDK does not send a step's experiment_name, so neither does this step.`,
      ),
    );
    await expectAccepted(request);
  });

  it("pipeline_output_path_setting.yaml: the pipeline output's path and mode at properties.outputs, the step's output bound to it", async () => {
    const request = await convertFixture("pipeline_jobs/pipeline_output_path_setting.yaml");
    expect(request.properties).toMatchObject({
      experimentName: "azure-ai-ml",
      outputs: { component_out_path: { jobOutputType: "uri_folder", mode: "ReadWriteMount", uri: "azureml://datastores/workspaceblobstore/paths/outputs/2" } },
    });
    expect(request.jobs.node1.outputs).toEqual({ component_out_path: { type: "literal", value: "${{parent.outputs.component_out_path}}" } });
    await expectAccepted(request);
  });
});

describe("the dry run of the SDK's pipeline fixtures lists each step with its resolved component", () => {
  it("control_flow_with_pipeline_component.yml: the pipeline component the job runs, then its steps", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/control_flow_with_pipeline_component.yml", ["component=./parallel_for/simple_pipeline.yml"]);
    const pipeline = String(request.properties.componentId).split("/").pop();
    const lines = describeSteps(request.jobs, plannedComponents(request.resolver), request.properties.componentId ?? undefined);
    expect(lines.filter((line) => !line.startsWith("  ") || line.startsWith("  steps:"))).toEqual([
      `Pipeline component: anonymous ${pipeline}`,
      "  steps: parallel_body, parallel_node, after_node",
      expect.stringMatching(/^Step parallel_body \(command\): component anonymous [0-9a-f]{32}$/),
      "Step parallel_node (parallel_for): no component",
      expect.stringMatching(/^Step after_node \(command\): component anonymous [0-9a-f]{32}, the same as step parallel_body$/),
    ]);
  });

  it("if_else/literal_condition.yml: the control flow step has no component, the command step its file component", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/if_else/literal_condition.yml");
    const id = String(request.jobs.node1.componentId);
    const lines = describeSteps(request.jobs, plannedComponents(request.resolver));
    expect(lines).toEqual([
      `Step node1 (command): component anonymous ${id.split("/").pop()}`,
      "  command: echo ${{inputs.component_in_number}} & python hello.py",
      expect.stringMatching(new RegExp(`^  environment: ${WORKSPACE_ID}/environments/CliV2AnonymousEnvironment/versions/[0-9a-f]+$`)),
      expect.stringMatching(new RegExp(`^  code: ${WORKSPACE_ID}/codes/[0-9a-f-]+/versions/1$`)),
      "Step conditionnode (if_else): no component",
    ]);
  });

  it("do_while/pipeline.yml: the pipeline component step with its nested step, each component described once, the loops without one", async () => {
    const request = await convertFixture("pipeline_jobs/control_flow/do_while/pipeline.yml");
    const version = (step: string) => String(request.jobs[step].componentId).split("/").pop()!;
    const body = version("pipeline_body_node");
    const command = version("get_do_while_result");
    expect(describeSteps(request.jobs, plannedComponents(request.resolver))).toEqual([
      `Step pipeline_body_node (pipeline): component anonymous ${body}`,
      "  steps: write_input_num",
      `Step pipeline_body_node/write_input_num (command): component anonymous ${command}`,
      expect.stringMatching(/^ {2}command: python basic_component\.py \$\[\[--component_in_number \$\{\{inputs\.component_in_number\}\}\]\] .*…$/),
      expect.stringMatching(new RegExp(`^  environment: ${WORKSPACE_ID}/environments/CliV2AnonymousEnvironment/versions/[0-9a-f]+$`)),
      expect.stringMatching(new RegExp(`^  code: ${WORKSPACE_ID}/codes/[0-9a-f]+/versions/1$`)),
      "Step do_while_job_with_pipeline_job (do_while): no component",
      `Step pipeline_body_node_for_while_true (pipeline): component anonymous ${body}, the same as step pipeline_body_node`,
      "Step do_while_true_job_with_pipeline_job (do_while): no component",
      `Step command_component_body_node (command): component anonymous ${command}, the same as step pipeline_body_node/write_input_num`,
      "Step do_while_job_with_command_component (do_while): no component",
      `Step get_do_while_result (command): component anonymous ${command}, the same as step pipeline_body_node/write_input_num`,
    ]);
  });
});
