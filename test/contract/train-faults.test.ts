import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";
import { copyFixture } from "./fixtures";

const GOLDEN = join(__dirname, "golden");
const JOB_PATH = "/subscriptions/*/resourceGroups/*/providers/Microsoft.MachineLearningServices/workspaces/*/jobs/*";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  h.emulator.jobs.clearScenarios();
  h.emulator.faults.clear();
});


function jobGets(jobName: string) {
  return h.emulator.requests.filter((r) => r.method === "GET" && r.path.toLowerCase().endsWith(`/jobs/${jobName}`.toLowerCase()));
}

/** Milliseconds between each answered-with-`status` request and the request that followed it. */
function gapsAfter(entries: { status: number; time: string }[], status: number): number[] {
  const gaps: number[] = [];
  for (let i = 0; i + 1 < entries.length; i++) {
    if (entries[i].status === status) gaps.push(Date.parse(entries[i + 1].time) - Date.parse(entries[i].time));
  }
  return gaps;
}

/** Injects the faults once the job is seen running, so they hit the polling and nothing before it. */
function whenRunning(add: () => void) {
  let added = false;
  return (line: string) => {
    if (!added && /job .+: Running/.test(line)) {
      added = true;
      add();
    }
  };
}

function goldenMatch(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  // UPDATE_GOLDEN=1 rewrites the golden file; review its diff before committing it.
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, actual);
  expect(existsSync(file)).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/** The plan and the request as printed, with what changes between runs (temp folders) replaced. */
function normalisePlan(log: string, dir: string): string {
  const start = log.indexOf("Dry run:");
  const plan = log.slice(start).split(dir).join("<job folder>").replace(/\r\n/g, "\n");
  return `${plan.replace(/https:\/\/127\.0\.0\.1:\d+/g, "https://127.0.0.1:<port>").trimEnd()}\n`;
}

describe("train rides out throttling and faults while it waits", () => {
  it.each(["action", "task"] as const)("completes through ten 429s and a 503 storm, honouring Retry-After and saying it waits (%s)", async (kind) => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { queued: 200, preparing: 200, running: 4000, finalizing: 200 } });
    const onStdout = whenRunning(() => {
      h.emulator.faults.add({ method: "GET", path: JOB_PATH, count: 10, fault: { kind: "status", status: 429, retryAfterSeconds: 2 } });
      h.emulator.faults.add({ method: "GET", path: JOB_PATH, count: 6, fault: { kind: "status", status: 503 } });
    });
    const result = kind === "action"
      ? await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "0.5" }, onStdout })
      : await h.runTask("train", { inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "0.5" }, onStdout });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe("Completed");
    const jobName = result.outputs[kind === "action" ? "job-name" : "jobName"];
    const gets = jobGets(jobName);
    expect(gets.filter((r) => r.status === 429)).toHaveLength(10);
    expect(gets.filter((r) => r.status === 503)).toHaveLength(6);
    // Retry-After: 2 (longer than any backoff of its own) — no request follows a 429 sooner than the service asked.
    expect(Math.min(...gapsAfter(gets, 429))).toBeGreaterThanOrEqual(1950);
    expect(result.log).toMatch(/Reading job '[^']+': throttled \(HTTP 429\), waiting 2 s before trying again/);
    expect(result.log).toMatch(/Reading job '[^']+': HTTP 503, waiting \d+(\.\d)? s before trying again/);
    expect(h.emulator.state.jobs.get(jobName)!.status).toBe("Completed");
  });

  it("cancels the job, sets status and writes the summary when a status read fails for good", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 120_000 } });
    const result = await h.runAction("train", {
      inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "0.2", "timeout-minutes": "0.1" },
      onStdout: whenRunning(() => h.emulator.faults.add({ method: "GET", path: JOB_PATH, count: Infinity, fault: { kind: "status", status: 429, retryAfterSeconds: 1 } })),
    });
    const jobName = result.outputs["job-name"];
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(new RegExp(`^Reading job '${jobName}' \\(\\d+ attempts\\) failed \\(HTTP 429 TooManyRequests\\).* Job ${jobName} could not be followed; it was cancelled\\.$`))]);
    expect(h.emulator.state.jobs.get(jobName)!.cancelRequested).toBe(true);
    expect(result.outputs.status).toBe("Running");
    expect(result.outputs["model-uri"]).toBeUndefined();
    expect(result.summary).toContain(`could not be followed`);
    expect(result.summary).toContain("HTTP 429");
    expect(result.summary).not.toContain("model output");
  });

  it("leaves the job running with a resume hint when told not to cancel, and when the wait times out", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 120_000 } });
    const unreadable = await h.runAction("train", {
      inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "0.2", "timeout-minutes": "0.05", "cancel-on-timeout": "false" },
      onStdout: whenRunning(() => h.emulator.faults.add({ method: "GET", path: JOB_PATH, count: Infinity, fault: { kind: "status", status: 403, code: "AuthorizationFailed", message: "no read access" } })),
    });
    const first = unreadable.outputs["job-name"];
    expect(unreadable.errors[0]).toContain(`it was left running. To wait for it again, run this step with \`attach-job: ${first}\`.`);
    expect(unreadable.summary).toContain(`\`attach-job: ${first}\``);
    expect(h.emulator.state.jobs.get(first)!.cancelRequested).toBe(false);
    h.emulator.faults.clear();

    const timedOut = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "0.2", "timeout-minutes": "0.05", "cancel-on-timeout": "false" } });
    const second = timedOut.outputs["job-name"];
    expect(timedOut.errors).toEqual([`Job ${second} did not finish within 0.05 minutes and is still running. To wait for it again, run this step with \`attach-job: ${second}\`.`]);
    expect(timedOut.summary).toContain(`\`attach-job: ${second}\``);
    expect(timedOut.outputs.status).toBe("Running");
    expect(timedOut.outputs["model-uri"]).toBeUndefined();
    expect(timedOut.summary).not.toContain("model output");
  });
});

describe("train states only what exists", () => {
  it("gives no model-uri for a failed job and prints its end status after its last log line", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ outcome: "Failed", error: "ValueError: bad C", logLines: ["starting", "Traceback (most recent call last):", "ValueError: bad C"] });
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "poll-interval-seconds": "0.2" } });
    expect(result.outputs.status).toBe("Failed");
    expect(result.outputs["model-uri"]).toBeUndefined();
    expect(result.summary).not.toContain("model output");
    const lines = result.log.split("\n");
    const failed = lines.findIndex((line) => /\[amlops\] job .+: Failed$/.test(line));
    expect(failed).toBeGreaterThan(lines.lastIndexOf("ValueError: bad C"));
  });

  it("gives no model-uri for a cancelled run (task)", async () => {
    const dir = copyFixture("iris");
    h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
    const result = await h.runTask("train", { inputs: { jobFile: join(dir, "job.yml"), pollIntervalSeconds: "0.2" }, signalWhen: { pattern: /job .+: Running/, signal: "SIGINT" } });
    expect(h.emulator.state.jobs.get(result.outputs.jobName)!.status).toBe("Canceled");
    expect(result.outputs.modelUri).toBeUndefined();
    expect(result.summary).not.toContain("model output");
  });
});

describe("train dry run reads as a plan", () => {
  it("plans a command job: code and input uploads with sizes, the compute checked, the name rule, the request collapsed", async () => {
    // Content no other test submits: nothing of it is in the workspace, whatever ran before.
    const dir = copyFixture("iris");
    appendFileSync(join(dir, "src", "main.py"), "# planned only\n");
    appendFileSync(join(dir, "data", "iris.csv"), "5.0,3.3,1.4,0.2,setosa\n");
    const jobsBefore = h.emulator.state.jobs.size;
    const requestsBefore = h.emulator.requests.length;
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "dry-run": "true" } });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toEqual({ status: "DryRun" });
    expect(h.emulator.state.jobs.size).toBe(jobsBefore);
    expect(h.emulator.requests.slice(requestsBefore).filter((r) => ["PUT", "PATCH", "DELETE"].includes(r.method))).toEqual([]);
    expect(result.stdout).toMatch(/^::group::Request: PUT https:\/\/\S+\/jobs\/<generated at submission>\?api-version=2022-10-01\n(.*\n)?\{\n {2}"properties"(.*\n)*::endgroup::$/m);
    expect(result.summary).toContain("- Code src \\(1 file, 564 B\\): would be uploaded");
    goldenMatch("train-dry-run-command.txt", normalisePlan(result.log, dir));
  });

  it("says the code would be reused once it is in the workspace", async () => {
    const dir = copyFixture("iris");
    await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), wait: "false" } });
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), "dry-run": "true" } });
    expect(result.log).toMatch(/^Code src \(1 file, [\d.]+ (B|KiB)\): reused \(already in the workspace\), nothing uploaded → /m);
    expect(result.log).toMatch(/^Input data\/iris\.csv \(1 file, [\d.]+ (B|KiB)\): reused \(already in the workspace\), nothing uploaded → /m);
  });

  it("plans a pipeline job (task)", async () => {
    const dir = copyFixture("two-step");
    const result = await h.runTask("train", { inputs: { jobFile: join(dir, "pipeline.yml"), dryRun: "true" } });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toEqual({ status: "DryRun" });
    expect(result.stdout).toMatch(/^##\[group\]Request: PUT /m);
    goldenMatch("train-dry-run-pipeline.txt", normalisePlan(result.log, dir));
  });

  it("fails a plan whose compute does not exist, naming it and what exists", async () => {
    const dir = copyFixture("iris");
    const result = await h.runAction("train", { inputs: { "job-file": join(dir, "job.yml"), compute: "azureml:no-such-cluster", "dry-run": "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Compute 'no-such-cluster' does not exist in workspace 'mlw-amlops-dev' \(set by input 'compute' or the job file\); it has .*cpu-cluster/)]);
    expect(result.outputs).toEqual({});
  });
});
