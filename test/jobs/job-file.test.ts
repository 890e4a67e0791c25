import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigurationError } from "../../shared/core/errors";
import { applyNamedOverrides, applySetOverrides, loadJobFile } from "../../shared/jobs/job-file";

const FIXTURES = path.resolve(__dirname, "../fixtures/jobs");

describe("loadJobFile", () => {
  it("reads a command job and resolves its directory", async () => {
    const file = await loadJobFile(path.join(FIXTURES, "iris/job.yml"));
    expect(file.type).toBe("command");
    expect(file.dir).toBe(path.join(FIXTURES, "iris"));
    expect(file.spec.compute).toBe("azureml:cpu-cluster");
    expect(file.spec.inputs).toMatchObject({ C: 0.8, kernel: "rbf" });
  });

  it("reads a pipeline job", async () => {
    const file = await loadJobFile(path.join(FIXTURES, "nyc-taxi/pipeline.yml"));
    expect(file.type).toBe("pipeline");
    expect(Object.keys(file.spec.jobs as object)).toEqual(["prep_job", "transform_job", "train_job", "predict_job", "score_job"]);
  });

  it("names the path of a missing file", async () => {
    const missing = path.join(FIXTURES, "nope/job.yml");
    await expect(loadJobFile(missing)).rejects.toThrow(ConfigurationError);
    await expect(loadJobFile(missing)).rejects.toThrow(missing);
  });

  it("gives line and column of a YAML syntax error", async () => {
    await expect(loadJobFile(path.join(FIXTURES, "errors/bad-syntax.yml"))).rejects.toThrow(/YAML syntax error at line 4, column 6: Nested mappings/);
  });

  it("rejects a file that is not a mapping", async () => {
    await expect(loadJobFile(path.join(FIXTURES, "errors/list.yml"))).rejects.toThrow(/must be a YAML mapping/);
  });

  it("rejects an unknown job type, listing the accepted ones", async () => {
    await expect(loadJobFile(path.join(FIXTURES, "errors/unknown-type.yml"))).rejects.toThrow(/unknown-type\.yml: job type "data_transfer" is not supported; accepted types: command, pipeline, sweep, automl, spark, finetuning\./);
  });

  it("says a file holding only comments has no content, naming the file", async () => {
    await expect(loadJobFile(path.join(FIXTURES, "errors/comment-only.yml"))).rejects.toThrow(/comment-only\.yml: the job file holds no YAML content \(only comments or blank lines\)/);
  });

  it("treats a file without type as a command job", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "jobfile-"));
    await writeFile(path.join(dir, "job.yml"), "command: echo hi\nenvironment: azureml:env:1\n");
    expect((await loadJobFile(path.join(dir, "job.yml"))).type).toBe("command");
  });
});

describe("applySetOverrides", () => {
  const spec = { command: "python train.py", inputs: { lr: 0.1 }, compute: "azureml:cpu" };

  it("sets dotted paths with YAML scalar values and leaves the original untouched", () => {
    const result = applySetOverrides(spec, ["inputs.lr=0.01", "inputs.epochs=5", "inputs.debug=true", "compute=azureml:gpu", "display_name=run 7"]);
    expect(result).toEqual({ command: "python train.py", inputs: { lr: 0.01, epochs: 5, debug: true }, compute: "azureml:gpu", display_name: "run 7" });
    expect(spec.inputs.lr).toBe(0.1);
  });

  it("creates intermediate mappings", () => {
    expect(applySetOverrides({}, ["resources.instance_count=2", "tags.team=ml"])).toEqual({ resources: { instance_count: 2 }, tags: { team: "ml" } });
  });

  it("keeps everything after the first = as the value, and text that is not a scalar as text", () => {
    const result = applySetOverrides({}, ["command=python a.py --x=1", "description=[draft", "tags.k="]);
    expect(result).toEqual({ command: "python a.py --x=1", description: "[draft", tags: { k: "" } });
  });

  it("rejects a line without key=value", () => {
    expect(() => applySetOverrides(spec, ["compute"])).toThrow(/set: "compute" is not key.path=value/);
    expect(() => applySetOverrides(spec, ["=x"])).toThrow(ConfigurationError);
  });

  it("rejects empty path segments", () => {
    expect(() => applySetOverrides(spec, ["inputs..lr=1"])).toThrow(/empty key/);
  });

  it("refuses to descend into a value that is not a mapping", () => {
    expect(() => applySetOverrides(spec, ["command.x=1"])).toThrow(/cannot set command.x because command is not a mapping/);
  });
});

describe("applyNamedOverrides", () => {
  it("sets experiment, compute and display name, and merges tags over the file's", () => {
    const result = applyNamedOverrides(
      { command: "x", tags: { team: "a", stage: "dev" } },
      { experimentName: "exp", compute: "azureml:gpu", displayName: "nightly", tags: { stage: "ci", commit: "abc" } },
    );
    expect(result).toEqual({ command: "x", experiment_name: "exp", compute: "azureml:gpu", display_name: "nightly", tags: { team: "a", stage: "ci", commit: "abc" } });
  });

  it("changes nothing for empty overrides", () => {
    const spec = { command: "x", experiment_name: "keep" };
    expect(applyNamedOverrides(spec, { experimentName: "", tags: {} })).toEqual(spec);
  });
});
