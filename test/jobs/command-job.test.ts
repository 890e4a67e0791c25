import { writeFile, mkdtemp, mkdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CommandJob } from "@azure/arm-machinelearning";
import { ConfigurationError } from "../../shared/core/errors";
import { loadJobFile } from "../../shared/jobs/job-file";
import { buildJobRequest } from "../../shared/jobs/job-request";
import { inlineEnvironmentVersion } from "../../shared/jobs/asset-resolver";
import { submitJobRequest } from "../../shared/jobs/submit-job";
import { clientWithTransport } from "./capture-transport";
import { armUrl, convert, FIXTURES, LATEST_VERSION, planningResolver, SCOPE, WORKSPACE_ID } from "./helpers";
import { createSpecValidator, type SpecCheck } from "./spec-validator";

const BASE = { command: "python train.py", environment: "azureml:sklearn:1" };

async function loaded(relative: string): Promise<ReturnType<typeof convert>> {
  const file = await loadJobFile(path.join(FIXTURES, relative));
  return convert(file.spec, file.dir);
}

describe("command job conversion", () => {
  it("converts the azureml-examples iris job", async () => {
    const { name, properties, resolver } = await loaded("iris/job.yml");
    expect(name).toMatch(/^[a-z]+_[a-z]+_[a-z0-9]{10}$/);
    const codeAction = resolver.actions.find((a) => a.action === "upload-code")!;
    expect(codeAction.source).toBe(path.join(FIXTURES, "iris/src"));
    expect(properties).toEqual({
      jobType: "Command",
      displayName: "sklearn-iris-example",
      experimentName: "sklearn-iris-example",
      description: "Train a scikit-learn SVM on the Iris dataset.",
      command: "python main.py --iris-csv ${{inputs.iris_csv}} --C ${{inputs.C}} --kernel ${{inputs.kernel}} --coef0 ${{inputs.coef0}}",
      environmentId: "azureml:AzureML-sklearn-0.24-ubuntu18.04-py37-cpu:9",
      codeId: codeAction.target,
      computeId: `${WORKSPACE_ID}/computes/cpu-cluster`,
      inputs: {
        iris_csv: { jobInputType: "uri_folder", uri: "wasbs://datasets@azuremlexamples.blob.core.windows.net/iris.csv" },
        C: { jobInputType: "literal", value: "0.8" },
        kernel: { jobInputType: "literal", value: "rbf" },
        coef0: { jobInputType: "literal", value: "0.1" },
      },
    });
    expect(codeAction.target).toMatch(new RegExp(`^${WORKSPACE_ID}/codes/[0-9a-f]{64}/versions/1$`));
  });

  it("converts every supported field", async () => {
    const { properties, resolver } = await loaded("command-full/job.yml");
    const job = properties as CommandJob;
    const conda = "name: prep-env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - pandas=2.2\n";
    const image = "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest";
    expect(job.environmentId).toBe(`${WORKSPACE_ID}/environments/CliV2AnonymousEnvironment/versions/${inlineEnvironmentVersion({ image, condaFile: conda })}`);
    expect(job.tags).toEqual({ owner: "ml-team", priority: "1" });
    expect(job.properties).toEqual({ source: "ci" });
    expect(job.environmentVariables).toEqual({ EPOCHS: "3", DEBUG: "True" });
    expect(job.computeId).toBe(`${WORKSPACE_ID}/computes/gpu-cluster`);
    const uploads = resolver.actions.filter((a) => a.action === "upload-input");
    expect(uploads.map((a) => a.source)).toEqual([path.join(FIXTURES, "command-full/data/images"), path.join(FIXTURES, "command-full/data/labels.csv")]);
    expect(job.inputs).toEqual({
      images: { jobInputType: "uri_folder", uri: expect.stringMatching(/^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/images\/$/), mode: "Download" },
      labels: { jobInputType: "uri_file", uri: expect.stringMatching(/^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/labels\.csv$/) },
      registered: { jobInputType: "mltable", uri: `azureml:${WORKSPACE_ID}/data/churn-table/versions/${LATEST_VERSION}`, mode: "EvalMount" },
      flag: { jobInputType: "literal", value: "True" },
    });
    expect(job.outputs).toEqual({
      model: { jobOutputType: "custom_model", mode: "Upload", uri: "azureml://datastores/workspaceblobstore/paths/models/full/" },
      report: { jobOutputType: "uri_folder" },
    });
    expect(job.resources).toEqual({ instanceCount: 2, instanceType: "Standard_NC6s_v3", shmSize: "8g", dockerArgs: "--ipc=host" });
    expect(job.distribution).toEqual({ distributionType: "TensorFlow", workerCount: 2, parameterServerCount: 1 });
    expect(job.limits).toEqual({ jobLimitsType: "Command", timeout: "PT1H30M" });
    expect(job.identity).toEqual({ identityType: "Managed", clientId: "00000000-0000-0000-0000-000000000001" });
  });

  it("gives the same content the same code and environment ids, and changed content new ones", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cmd-"));
    await mkdir(path.join(dir, "src"));
    await writeFile(path.join(dir, "src/train.py"), "print(1)\n");
    const spec = { ...BASE, code: "src", environment: { image: "python:3.11" } };
    const first = (await convert(spec, dir)).properties as CommandJob;
    const second = (await convert(spec, dir)).properties as CommandJob;
    expect(second.codeId).toBe(first.codeId);
    expect(second.environmentId).toBe(first.environmentId);
    await writeFile(path.join(dir, "src/train.py"), "print(2)\n");
    const changed = (await convert({ ...spec, environment: { image: "python:3.12" } }, dir)).properties as CommandJob;
    expect(changed.codeId).not.toBe(first.codeId);
    expect(changed.environmentId).not.toBe(first.environmentId);
  });

  it.each([
    ["azureml:sklearn@latest", `${WORKSPACE_ID}/environments/sklearn/versions/${LATEST_VERSION}`],
    ["azureml://registries/azureml/environments/sklearn-1.5/versions/3", "azureml://registries/azureml/environments/sklearn-1.5/versions/3"],
    [`azureml:${WORKSPACE_ID}/environments/x/versions/2`, `${WORKSPACE_ID}/environments/x/versions/2`],
  ])("resolves environment %s", async (environment, expected) => {
    expect(((await convert({ ...BASE, environment })).properties as CommandJob).environmentId).toBe(expected);
  });

  it.each([
    ["cpu-cluster", `${WORKSPACE_ID}/computes/cpu-cluster`],
    ["azureml:cpu-cluster", `${WORKSPACE_ID}/computes/cpu-cluster`],
  ])("resolves compute %s", async (compute, expected) => {
    expect(((await convert({ ...BASE, compute })).properties as CommandJob).computeId).toBe(expected);
  });

  it("resolves registered code, model and data references", async () => {
    const job = (await convert({
      ...BASE,
      code: "azureml:my-code:4",
      command: "python t.py ${{inputs.m}} ${{inputs.d}}",
      inputs: { m: { type: "mlflow_model", path: "azureml:churn-model:2" }, d: { type: "uri_file", path: "azureml://datastores/blob/paths/a.csv", mode: "direct" } },
    })).properties as CommandJob;
    expect(job.codeId).toBe(`${WORKSPACE_ID}/codes/my-code/versions/4`);
    expect(job.inputs).toEqual({
      m: { jobInputType: "mlflow_model", uri: `azureml:${WORKSPACE_ID}/models/churn-model/versions/2` },
      d: { jobInputType: "uri_file", uri: "azureml://datastores/blob/paths/a.csv", mode: "Direct" },
    });
  });

  it("writes limits.timeout as an ISO 8601 duration", async () => {
    const timeout = async (seconds: number): Promise<string | undefined> => ((await convert({ ...BASE, limits: { timeout: seconds } })).properties as CommandJob).limits?.timeout;
    expect(await timeout(45)).toBe("PT45S");
    expect(await timeout(3600)).toBe("PT1H");
    expect(await timeout(90061)).toBe("P1DT1H1M1S");
  });

  it("takes the job name from the file when it has one", async () => {
    expect((await convert({ ...BASE, name: "nightly-42" })).name).toBe("nightly-42");
    await expect(convert({ ...BASE, name: "bad name!" })).rejects.toThrow(/name: "bad name!" is not a valid job name/);
  });

  describe("errors", () => {
    it.each([
      [{ environment: "azureml:e:1" }, /^command: required/],
      [{ command: "x" }, /^environment: required/],
      [{ ...BASE, services: { jupyter: {} } }, /^services\.jupyter\.type: null is not a service type; accepted: jupyter_lab, vs_code, tensor_board, ssh/],
      [{ ...BASE, services: { ssh: { type: "ssh", nodes: "all", keys: "x" } } }, /^services\.ssh\.keys: field not supported/],
      [{ ...BASE, resources: { instance_count: 1, locations: ["westus"] } }, /^resources\.locations: field not supported/],
      [{ ...BASE, environment: "sklearn:1" }, /^environment: "sklearn:1" is neither a reference nor an environment file \(no file at .*sklearn:1\); accepted: azureml:<name>:<version>/],
      [{ ...BASE, environment: "azureml:sklearn@prod" }, /^environment: label "@prod" .* is not supported/],
      [{ ...BASE, environment: { image: "python", build: { path: "docker" } } }, /^environment\.build\.path: the build context must be a folder; .*docker is not one/],
      [{ ...BASE, environment: { build: { path: "iris", context: "x" } } }, /^environment\.build\.context: field not supported/],
      [{ ...BASE, environment: { conda_file: "conda.yml" } }, /^environment\.image: required/],
      [{ ...BASE, environment: { image: "python", conda_file: "missing.yml" } }, /^environment\.conda_file: cannot read .*missing\.yml/],
      [{ ...BASE, code: "does-not-exist" }, /^code: local path "does-not-exist" does not exist/],
      [{ ...BASE, code: "git+https://github.com/a/b" }, /^code: "git\+https:\/\/github.com\/a\/b" is not supported/],
      [{ ...BASE, compute: "azureml:cpu cluster" }, /^compute: "azureml:cpu cluster" is not a compute name/],
      [{ ...BASE, inputs: { d: { type: "uri_folder", path: "missing-dir" } } }, /^inputs\.d\.path: local path "missing-dir" does not exist/],
      [{ ...BASE, inputs: { d: { type: "uri_file", path: "iris" } } }, /^inputs\.d\.path: type uri_file needs a file/],
      [{ ...BASE, inputs: { d: { type: "uri_folder", path: "iris/job.yml" } } }, /^inputs\.d\.path: type uri_folder needs a folder/],
      [{ ...BASE, inputs: { d: { type: "mlflow_model", path: "iris/job.yml" } } }, /^inputs\.d\.path: type mlflow_model needs a folder/],
      [{ ...BASE, inputs: { d: { type: "uri_file", path: "s3://bucket/a.csv" } } }, /^inputs\.d\.path: URI scheme "s3" is not supported/],
      [{ ...BASE, inputs: { d: { type: "table", path: "azureml:x:1" } } }, /^inputs\.d\.type: type "table" is not supported; accepted: uri_file, uri_folder, mltable/],
      [{ ...BASE, inputs: { d: { type: "uri_file" } } }, /^inputs\.d\.path: required/],
      [{ ...BASE, inputs: { d: { path: "azureml:x:1", mode: "mount" } } }, /^inputs\.d\.mode: mode "mount" is not supported; accepted: ro_mount, rw_mount, download, direct/],
      [{ ...BASE, inputs: { d: null } }, /^inputs\.d: an input needs a value/],
      [{ ...BASE, inputs: { d: "${{parent.inputs.x}}" } }, /^inputs\.d: binding .* is only valid inside a pipeline job/],
      [{ ...BASE, inputs: { d: [1, 2] } }, /^inputs\.d: expected a string, number or boolean, got a list/],
      [{ ...BASE, outputs: { o: { mode: "ro_mount" } } }, /^outputs\.o\.mode: mode "ro_mount" is not supported; accepted: rw_mount, upload/],
      [{ ...BASE, outputs: { o: { path: "./out" } } }, /^outputs\.o\.path: an output path must be remote/],
      [{ ...BASE, outputs: { o: { type: "uri_folder", name: "registered" } } }, /^outputs\.o\.name: field not supported/],
      [{ ...BASE, command: "python t.py ${{inputs.missing}}" }, /^command: \$\{\{inputs\.missing\}\} names input "missing", which is not declared under inputs/],
      [{ ...BASE, command: "python t.py ${{outputs.o}}" }, /^command: \$\{\{outputs\.o\}\} names output "o"/],
      [{ ...BASE, command: "python t.py ${{parent.inputs.x}}" }, /^command: \$\{\{parent\.inputs\.x\}\} is not supported in a command/],
      [{ ...BASE, resources: { shm_size: "lots" } }, /^resources\.shm_size: expected <number><unit>/],
      [{ ...BASE, resources: { instance_count: 0 } }, /^resources\.instance_count: expected an integer ≥ 1/],
      [{ ...BASE, distribution: { type: "horovod" } }, /^distribution\.type: "horovod" is not a distribution type; accepted: pytorch, mpi, tensorflow/],
      [{ ...BASE, distribution: { type: "pytorch", worker_count: 2 } }, /^distribution\.worker_count: field not supported/],
      [{ ...BASE, limits: { timeout: "2 hours" } }, /^limits\.timeout: expected a whole number of seconds/],
      [{ ...BASE, identity: { type: "service_principal" } }, /^identity\.type: "service_principal" is not an identity type/],
      [{ ...BASE, tags: ["a"] }, /^tags: expected a mapping, got a list/],
      [{ ...BASE, environment_variables: { A: { b: 1 } } }, /^environment_variables\.A: expected a string, number or boolean/],
    ])("rejects %j", async (spec, message) => {
      const attempt = convert(spec as never);
      await expect(attempt).rejects.toThrow(ConfigurationError);
      await expect(convert(spec as never)).rejects.toThrow(message);
    });

    it("accepts and ignores $schema", async () => {
      const withSchema = await convert({ $schema: "https://azuremlschemas.azureedge.net/latest/commandJob.schema.json", ...BASE });
      expect(withSchema.properties).toEqual((await convert(BASE)).properties);
      expect(JSON.stringify(withSchema.properties)).not.toContain("schema.json");
    });
  });
});

describe("files a job file names stay inside the workspace", () => {
  /** <base>/ws holding jobs/job.yml and a symlink to <base>/outside, which holds a conda file, an environment and a component. */
  async function layout(): Promise<{ ws: string; jobFile: string }> {
    const base = await mkdtemp(path.join(tmpdir(), "named-files-"));
    const ws = path.join(base, "ws");
    await mkdir(path.join(ws, "jobs"), { recursive: true });
    await mkdir(path.join(base, "outside", "context"), { recursive: true });
    await writeFile(path.join(base, "outside", "conda.yml"), "dependencies: [secret]\n");
    await writeFile(path.join(base, "outside", "env.yml"), "image: python\n");
    await writeFile(path.join(base, "outside", "component.yml"), "type: command\ncommand: x\nenvironment: azureml:e:1\n");
    await symlink(path.join(base, "outside"), path.join(ws, "jobs", "linked"));
    return { ws, jobFile: path.join(ws, "jobs", "job.yml") };
  }

  it.each([
    [{ ...BASE, environment: { image: "python", conda_file: "../../outside/conda.yml" } }, "../../outside/conda.yml"],
    [{ ...BASE, environment: { image: "python", conda_file: "linked/conda.yml" } }, "linked/conda.yml"],
    [{ ...BASE, environment: "file:../../outside/env.yml" }, "file:../../outside/env.yml"],
    [{ ...BASE, environment: { build: { path: "linked/context" } } }, "linked/context"],
    [{ type: "pipeline", jobs: { a: { component: "linked/component.yml" } } }, "linked/component.yml"],
  ])("refuses %j, naming the job file and the path", async (spec, written) => {
    const { ws, jobFile } = await layout();
    const request = buildJobRequest(spec, { ...SCOPE, jobFileDir: path.dirname(jobFile), jobFile, containment: { roots: [ws] } }, planningResolver());
    await expect(request).rejects.toThrow(`${jobFile}: path ${JSON.stringify(written)} resolves to `);
    await expect(request).rejects.toThrow(/outside the workspace/);
  });

  it("accepts a conda file beside the job file and one elsewhere in the workspace", async () => {
    const { ws, jobFile } = await layout();
    await mkdir(path.join(ws, "envs"));
    await writeFile(path.join(ws, "envs", "conda.yml"), "dependencies: [numpy]\n");
    const spec = { ...BASE, environment: { image: "python", conda_file: "../envs/conda.yml" } };
    const request = await buildJobRequest(spec, { ...SCOPE, jobFileDir: path.dirname(jobFile), jobFile, containment: { roots: [ws] } }, planningResolver());
    expect((request.properties as CommandJob).environmentId).toMatch(/environments\//);
  });
});

describe("command job bodies against the Azure ML REST spec", () => {
  let validate: (request: { url: string; method: string; body: unknown }) => Promise<SpecCheck>;
  beforeAll(async () => {
    validate = await createSpecValidator();
  });

  it.each(["iris/job.yml", "command-full/job.yml"])("%s: the body submitJobRequest sends is unchanged and passes oav", async (fixture) => {
    const file = await loadJobFile(path.join(FIXTURES, fixture));
    const request = await buildJobRequest(file.spec, { ...SCOPE, jobFileDir: file.dir }, planningResolver());
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, () => ({ status: 201, body: { name: request.name, properties: request.properties } }));
    const created = await submitJobRequest(client, "https://management.azure.com/", SCOPE, request);
    expect(created.name).toBe(request.name);
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe(armUrl(`jobs/${request.name}`));
    const sent = requests[0];
    expect(sent.body).toEqual({ properties: request.properties });
    const check = await validate({ url: sent.url, method: sent.method, body: sent.body });
    expect(check.errors).toEqual([]);
    expect(check.isSuccessful).toBe(true);
  });

  it("client.jobs.createOrUpdate of SDK 2.1.1 drops data input and output URIs (why submitJobRequest exists)", async () => {
    const file = await loadJobFile(path.join(FIXTURES, "command-full/job.yml"));
    const request = await buildJobRequest(file.spec, { ...SCOPE, jobFileDir: file.dir }, planningResolver());
    const { client, requests } = clientWithTransport(SCOPE.subscriptionId, () => ({ status: 201, body: {} }));
    await client.jobs.createOrUpdate(SCOPE.resourceGroup, SCOPE.workspaceName, request.name, { properties: request.properties });
    const sent = requests[0].body as { properties: CommandJob };
    expect(sent.properties.inputs?.images).toEqual({ jobInputType: "uri_folder" });
    expect(sent.properties.outputs?.model).toEqual({ jobOutputType: "custom_model" });
  });

  it("the validator does reject a body without a command", async () => {
    const check = await validate({ url: armUrl("jobs/x"), method: "PUT", body: { properties: { jobType: "Command", environmentId: "e" } } });
    expect(check.isSuccessful).toBe(false);
    expect(check.errors.map((e) => e.code)).toContain("OBJECT_MISSING_REQUIRED_PROPERTY");
  });
});
