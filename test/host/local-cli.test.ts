import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runNodeScript, type SignalWhen } from "../../emulator/harness/child";
import { startHarness, type Harness } from "../../emulator/harness";

const CLI = join(__dirname, "../../dist/cli.mjs");
const dir = mkdtempSync(join(tmpdir(), "amlops-cli-"));
writeFileSync(join(dir, "a.csv"), `x,plan\n${Array.from({ length: 60 }, (_, i) => `${i % 20},${i % 2 ? "gold" : "basic"}`).join("\n")}\n`);
writeFileSync(join(dir, "b.csv"), `x,plan\n${Array.from({ length: 60 }, (_, i) => `${(i % 20) + 15},${i % 2 ? "gold" : "basic"}`).join("\n")}\n`);

function amlops(args: string[], options: { env?: Record<string, string>; signalWhen?: SignalWhen } = {}) {
  return runNodeScript({ script: CLI, args, cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, ...options.env }, signalWhen: options.signalWhen });
}

describe("amlops on a terminal", () => {
  it("lists the steps, and each step's inputs and outputs, from the declarations", async () => {
    const overall = await amlops(["--help"]);
    expect(overall.exitCode).toBe(0);
    expect(overall.stdout).toMatch(/^ {2}train {10}Submit an Azure ML job/m);
    expect(overall.stdout).toMatch(/^ {2}check-drift {4}Compare reference and current data/m);
    const drift = await amlops(["check-drift", "--help"]);
    expect(drift.stdout).toMatch(/^ {2}--drift-share <a number from 0 to 1>\n {6}Share of drifted features .+ \(default: 0\.5\)$/m);
    expect(drift.stdout).toMatch(/^ {2}drifted-features\n/m);
    expect(drift.stdout).not.toContain("--azureSubscription");
  });

  it("compares two local files named relative to the working directory, printing outputs as name=value", async () => {
    const result = await amlops(["check-drift", "--reference", "a.csv", "--current", "b.csv", "--report-path", "report.json", "--summary-file", "summary.md"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`drifted=true\nshare-drifted=0.5\ndrifted-features=["x"]\nreport-path=${join(dir, "report.json")}\n`);
    expect(result.stderr).toMatch(/^warning: Data drift detected in x/m);
    expect(existsSync(join(dir, "report.json"))).toBe(true);
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toMatch(/^### ⚠️ amlops check-drift: dataset drift: 1 of 2 features drifted/);
  });

  it.each([
    [["check-drift", "--reference", "a.csv", "--current", "b.csv", "--drift-share", "1.5"], "error: Input 'drift-share' must be a number from 0 to 1, got '1.5'.\n"],
    [["check-drift", "--reference", "a.csv", "--colour", "red"], "error: Unknown option '--colour'. Run 'amlops check-drift --help' for its inputs.\n"],
    [["deploy", "--model", "m"], "error: Unknown step 'deploy'; accepted: train, evaluate-gate, register, deploy-canary, check-drift. Run 'amlops --help'.\n"],
  ])("refuses %j with one line naming the flag", async (args, message) => {
    const result = await amlops(args);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe("");
  });

  describe("against the Azure ML emulator", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(async () => {
      await h?.stop();
    });

    const flags = () => [
      ...Object.entries(h.actionInputs).flatMap(([name, value]) => [`--${name}`, value]),
      "--client-secret",
      h.clientSecret,
    ];
    const jobFile = () => join(__dirname, "../contract/fixtures/iris/job.yml");

    it("plans a training job on a dry run and submits nothing, signing in with the same credential inputs", async () => {
      const jobsBefore = h.emulator.state.jobs.size;
      const result = await amlops(["train", ...flags(), "--job-file", jobFile(), "--dry-run", "true"], { env: { NODE_EXTRA_CA_CERTS: h.caCertPath } });
      expect(result.stderr).not.toContain(h.clientSecret);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/^status=DryRun\n$/);
      expect(result.stderr).toContain("Dry run: nothing is uploaded, registered or submitted.");
      expect(h.emulator.state.jobs.size).toBe(jobsBefore);
    });

    it("cancels the job it started on Ctrl-C, as a CI cancel does", async () => {
      h.emulator.jobs.setScenario({ durations: { running: 60_000 } });
      const result = await amlops(["train", ...flags(), "--job-file", jobFile(), "--poll-interval-seconds", "0.2"], {
        env: { NODE_EXTRA_CA_CERTS: h.caCertPath },
        signalWhen: { pattern: /job .+: Running/, signal: "SIGINT" },
      });
      h.emulator.jobs.clearScenarios();
      const jobName = /^job-name=(\S+)$/m.exec(result.stdout)![1];
      expect(h.emulator.state.jobs.get(jobName)!.status).toBe("Canceled");
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^error: The run was cancelled; job \S+ was cancelled too\.$/m);
    });
  });
});
