import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";

/** train fed a job file and job logs shaped by whoever opened the pull request. */
const FIXTURE = join(__dirname, "..", "contract", "fixtures", "iris");
const FAST = { "poll-interval-seconds": "0.2" };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  h.emulator.jobs.clearScenarios();
});

/** A fresh workspace holding the iris example; the run's working directory. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "hostile-train-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function uploadedBlobs(): string[] {
  return h.emulator.requests.filter((r) => r.method === "PUT" && r.path.includes("/LocalUpload/")).map((r) => r.path);
}

/** Raw stdout lines, debug included, other than the commands that register a secret. */
function printedLines(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((line) => !line.startsWith("##vso[task.setsecret]") && !line.startsWith("::add-mask::"));
}

describe("job logs and service messages never act as CI commands", () => {
  const forged = [
    "##vso[task.setvariable variable=metrics;isOutput=true]{\"accuracy\":1}",
    "##vso[task.complete result=Succeeded;]forged",
    "::error title=forged::from the job log",
    "##[error]forged issue",
  ];

  it("Azure Pipelines: a failed job stays failed and its metrics are not forged", async () => {
    const dir = workspace();
    h.emulator.jobs.setScenario({ outcome: "Failed", error: "boom\n##vso[task.setvariable variable=status;isOutput=true]Completed", logLines: ["starting", ...forged] });
    const result = await h.runTask("train", { cwd: dir, inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "0.2" } });
    expect(result.result).toBe("Failed");
    expect(result.outputs.status).toBe("Failed");
    expect(result.outputs.metrics).toBeUndefined();
    expect(result.commands.filter((command) => command.command === "task.complete").map((command) => command.properties.result)).toEqual(["Failed"]);
    expect(result.errors).toEqual([expect.stringMatching(/^Job .+ ended Failed: boom/)]);
    expect(result.log).toContain("forged");
  });

  it("GitHub: a job log line does not become an annotation", async () => {
    const dir = workspace();
    h.emulator.jobs.setScenario({ logLines: ["starting", ...forged] });
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "job.yml"), ...FAST } });
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.annotations ?? []).toEqual([]);
    expect(JSON.parse(result.outputs.metrics)).toEqual({ accuracy: 0.91, loss: 0.31 });
    expect(result.log).toContain("::error title=forged::from the job log");
  });
});

describe("paths from the job file never act as CI commands", () => {
  it("GitHub: a code folder whose name holds a workflow command is printed as text in the dry-run plan", async () => {
    const dir = workspace();
    const folder = "src\n::error title=forged::from a folder name";
    cpSync(join(dir, "src"), join(dir, folder), { recursive: true });
    writeFileSync(join(dir, "named.yml"), `code: ${JSON.stringify(folder)}\ncommand: ls\nenvironment: azureml:sklearn-env:1\ncompute: azureml:cpu-cluster\n`);
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "named.yml"), "dry-run": "true" } });
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.log).toContain("::error title=forged::from a folder name");
  });
});

describe("the code snapshot and local inputs stay inside the workspace", () => {
  it("refuses a symlink in the code folder to a file outside", async () => {
    const dir = workspace();
    symlinkSync("/etc/passwd", join(dir, "src", "passwd.txt"));
    const before = uploadedBlobs().length;
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "job.yml"), ...FAST } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^\/.*\/job\.yml: Code folder .*src: path "passwd\.txt" resolves to \/etc\/passwd, outside the workspace/)]);
    expect(uploadedBlobs().length).toBe(before);
  });

  it("refuses a symlink in the code folder to a folder outside instead of skipping it", async () => {
    const dir = workspace();
    const outside = mkdtempSync(join(tmpdir(), "outside-"));
    writeFileSync(join(outside, "secret.txt"), "secret");
    symlinkSync(outside, join(dir, "src", "linked"));
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "job.yml"), "dry-run": "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/path "linked" resolves to .*outside-.*, outside the workspace/)]);
  });

  it("refuses code: and local inputs that point outside, relative or absolute, even in a dry run", async () => {
    const dir = workspace();
    const job = (name: string, body: string) => {
      writeFileSync(join(dir, name), body);
      return join(dir, name);
    };
    const etc = await h.runAction("train", { cwd: dir, inputs: { "job-file": job("etc.yml", "code: /etc\ncommand: ls\nenvironment: azureml:sklearn-env:1\ncompute: azureml:cpu-cluster\n"), "dry-run": "true" } });
    expect(etc.exitCode).toBe(1);
    expect(etc.errors).toEqual([expect.stringMatching(/etc\.yml: path "\/etc" resolves to \/etc, outside the workspace/)]);
    expect(etc.log).not.toMatch(/upload-code/);

    const climbing = "../".repeat(12) + "etc/hostname";
    const input = await h.runTask("train", {
      cwd: dir,
      inputs: { jobFile: job("input.yml", `code: src\ncommand: ls\nenvironment: azureml:sklearn-env:1\ncompute: azureml:cpu-cluster\ninputs:\n  data:\n    type: uri_file\n    path: ${climbing}\n`), dryRun: "true" },
    });
    expect(input.result).toBe("Failed");
    expect(input.errors).toEqual([expect.stringMatching(/input\.yml: path ".*\/etc\/hostname" resolves to \/etc\/hostname, outside the workspace/)]);
  });
});

describe("files the job file names stay inside the workspace", () => {
  /** A workspace at <base>/ws with the job file in ws/jobs, and a secret at <base>/outside: two folders above the job file. */
  function workspaceBesideSecret(): { dir: string; job: (name: string, body: string) => string } {
    const base = mkdtempSync(join(tmpdir(), "hostile-named-"));
    const dir = join(base, "ws");
    cpSync(FIXTURE, dir, { recursive: true });
    mkdirSync(join(dir, "jobs"));
    mkdirSync(join(base, "outside"));
    writeFileSync(join(base, "outside", "secret.yml"), "dependencies:\n  - secret-token-value\n");
    writeFileSync(join(base, "outside", "component.yml"), "type: command\ncommand: echo secret-component\nenvironment: azureml:sklearn-env:1\n");
    return {
      dir,
      job: (name, body) => {
        writeFileSync(join(dir, "jobs", name), body);
        return join(dir, "jobs", name);
      },
    };
  }

  it("GitHub: refuses a conda_file outside the workspace, naming the job file and the path", async () => {
    const { dir, job } = workspaceBesideSecret();
    const file = job("conda.yml", "command: ls\nenvironment:\n  image: python:3.11\n  conda_file: ../../outside/secret.yml\ncompute: azureml:cpu-cluster\n");
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": file, "dry-run": "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/jobs\/conda\.yml: path "\.\.\/\.\.\/outside\/secret\.yml" resolves to .*\/outside\/secret\.yml, outside the workspace/)]);
    expect(result.log).not.toContain("secret-token-value");
  });

  it("Azure Pipelines: refuses a component file outside the workspace, naming the job file and the path", async () => {
    const { dir, job } = workspaceBesideSecret();
    const file = job("pipeline.yml", "type: pipeline\ncompute: azureml:cpu-cluster\njobs:\n  step:\n    component: file:../../outside/component.yml\n");
    const result = await h.runTask("train", { cwd: dir, inputs: { jobFile: file, dryRun: "true" } });
    expect(result.result).toBe("Failed");
    expect(result.errors).toEqual([expect.stringMatching(/jobs\/pipeline\.yml: path "file:\.\.\/\.\.\/outside\/component\.yml" resolves to .*\/outside\/component\.yml, outside the workspace/)]);
    expect(result.log).not.toContain("register-component");
  });

  it("Azure Pipelines: refuses the conda_file outside and GitHub the component file outside", async () => {
    const { dir, job } = workspaceBesideSecret();
    const conda = await h.runTask("train", {
      cwd: dir,
      inputs: { jobFile: job("conda.yml", "command: ls\nenvironment:\n  image: python:3.11\n  conda_file: ../../outside/secret.yml\ncompute: azureml:cpu-cluster\n"), dryRun: "true" },
    });
    expect(conda.result).toBe("Failed");
    expect(conda.errors).toEqual([expect.stringMatching(/jobs\/conda\.yml: path "\.\.\/\.\.\/outside\/secret\.yml" resolves to .*outside the workspace/)]);
    const component = await h.runAction("train", {
      cwd: dir,
      inputs: { "job-file": job("pipeline.yml", "type: pipeline\ncompute: azureml:cpu-cluster\njobs:\n  step:\n    component: ../../outside/component.yml\n"), "dry-run": "true" },
    });
    expect(component.exitCode).toBe(1);
    expect(component.errors).toEqual([expect.stringMatching(/jobs\/pipeline\.yml: path "\.\.\/\.\.\/outside\/component\.yml" resolves to .*outside the workspace/)]);
  });
});

describe("set and tags", () => {
  it("refuses prototype keys in set and in tags", async () => {
    const dir = workspace();
    const set = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "job.yml"), "dry-run": "true", set: "__proto__.polluted=1" } });
    expect(set.exitCode).toBe(1);
    expect(set.errors).toEqual([expect.stringMatching(/^set: .*__proto__/)]);
    const tags = await h.runTask("train", { cwd: dir, inputs: { jobFile: join(dir, "job.yml"), dryRun: "true", tags: "__proto__=x" } });
    expect(tags.result).toBe("Failed");
    expect(tags.errors).toEqual(["Input 'tags': the tag name '__proto__' is not accepted."]);
  });
});

describe("bounded job files", () => {
  it("refuses a job file over the YAML size limit before parsing it", async () => {
    const dir = workspace();
    const lines = Array.from({ length: 110_000 }, (_, i) => `  key_${i}: value_with_some_padding_${i}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
    writeFileSync(join(dir, "huge.yml"), `command: ls\ntags:\n${lines.join("\n")}\n`);
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "huge.yml"), "dry-run": "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/huge\.yml is [\d.]+ MiB, over the limit of 4 MiB for a YAML file\.$/)]);
  });

  it("finds a duplicate key among many in one pass and names its line", async () => {
    const dir = workspace();
    const lines = Array.from({ length: 30_000 }, (_, i) => `  k${i}: v`);
    writeFileSync(join(dir, "dup.yml"), `command: ls\ntags:\n${lines.join("\n")}\n  k7: again\n`);
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "dup.yml"), "dry-run": "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/dup\.yml: the key "k7" appears twice in one mapping \(line 30003\); expected each key once/)]);
  });
});

describe("secrets never reach a debug line", () => {
  it("Azure Pipelines: the service principal key is not printed by task-lib's debug output", async () => {
    const dir = workspace();
    const result = await h.runTask("train", { cwd: dir, debug: true, serviceConnection: h.secretServiceConnection, inputs: { jobFile: join(dir, "job.yml"), wait: "false" } });
    expect(result.errors).toEqual([]);
    expect(result.debug.length).toBeGreaterThan(0);
    expect(printedLines(result.stdout).filter((line) => line.includes(h.clientSecret))).toEqual([]);
  });
});

describe("cancellation", () => {
  it("stops uploading the code snapshot on SIGTERM and submits nothing", async () => {
    const dir = workspace();
    const files = 3000;
    for (let i = 0; i < files; i++) writeFileSync(join(dir, "src", `module_${i}.py`), `# module ${i}\n${"x = 1\n".repeat(200)}`);
    const jobsBefore = h.emulator.state.jobs.size;
    const result = await h.runAction("train", { cwd: dir, inputs: { "job-file": join(dir, "job.yml"), ...FAST }, signalWhen: { pattern: /Uploading the local code/, signal: "SIGTERM" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Cancelled/)]);
    expect(h.emulator.state.jobs.size).toBe(jobsBefore);
    const { BlobServiceClient } = await import("@azure/storage-blob");
    const container = BlobServiceClient.fromConnectionString(h.azurite.connectionString).getContainerClient(h.emulator.blobContainer);
    let uploaded = 0;
    for await (const blob of container.listBlobsFlat({ prefix: "LocalUpload/" })) if (/module_\d+\.py$/.test(blob.name)) uploaded++;
    expect(uploaded).toBeLessThan(files);
  }, 180_000);
});
