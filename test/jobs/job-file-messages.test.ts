import path from "node:path";
import { ConfigurationError } from "../../shared/core/errors";
import { loadJobFile } from "../../shared/jobs/job-file";
import { namingJobFile } from "../../shared/jobs/file-errors";
import { buildJobRequest } from "../../shared/jobs/job-request";
import { FIXTURES, planningResolver, SCOPE } from "./helpers";

const ENV = "azureml:sklearn:1";

async function refusal(spec: Record<string, unknown>, jobFile: string): Promise<string> {
  const error = await buildJobRequest(spec, { ...SCOPE, jobFileDir: path.dirname(jobFile), jobFile }, planningResolver()).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return (error as Error).message;
}

describe("refusals of a job file name the file", () => {
  const jobFile = path.join(FIXTURES, "iris", "job.yml");

  it("names the job file before the field of a top-level refusal", async () => {
    expect(await refusal({ command: "python train.py", environment: ENV, compute: "azureml:<gpu-cluster>" }, jobFile)).toBe(
      `${jobFile}: compute: "azureml:<gpu-cluster>" is not a compute name; accepted: <name>, azureml:<name> or a compute ARM id.`,
    );
  });

  it("names the job file, the step and the component file when a component file is refused", async () => {
    const pipeline = await loadJobFile(path.join(FIXTURES, "bad-component", "pipeline.yml"));
    expect(await refusal(pipeline.spec, pipeline.path)).toBe(
      `${pipeline.path}: jobs.train.component (file:train.yml).inputs.data.type: "dataframe" is not an input type; accepted: string, integer, number, boolean, uri_file, uri_folder, mltable, mlflow_model, custom_model, triton_model, path.`,
    );
  });

  it("does not name the job file twice when the refusal starts with it", async () => {
    const named = `${jobFile}: line 3: the key "code" appears twice in one mapping.`;
    await expect(namingJobFile({ origin: jobFile }, () => Promise.reject(new ConfigurationError(named)))).rejects.toThrow(new ConfigurationError(named));
    await expect(namingJobFile({ origin: jobFile }, () => Promise.reject(new ConfigurationError("code: bad")))).rejects.toThrow(new ConfigurationError(`${jobFile}: code: bad`));
  });

  it("says what replaced the preview CLI's code: {local_path: …}", async () => {
    expect(await refusal({ command: "python train.py", environment: ENV, code: { local_path: "src" } }, jobFile)).toBe(
      `${jobFile}: code: a mapping with local_path is the preview CLI's form, which the CLI no longer reads; accepted: a local folder (code: "src") or azureml:<name>:<version>.`,
    );
  });

  it.each(["data", "dataset", "folder"])("says what replaced the preview CLI's %s: in an input", async (key) => {
    const spec = { command: "python train.py ${{inputs.d}}", environment: ENV, inputs: { d: { [key]: "azureml:diabetes-data:1", mode: "download" } } };
    expect(await refusal(spec, jobFile)).toBe(
      `${jobFile}: inputs.d.${key}: naming the data with ${key}: is the preview CLI's form, which the CLI no longer reads; accepted: path: "azureml:diabetes-data:1" (with type: uri_folder, uri_file or mltable).`,
    );
  });
});
