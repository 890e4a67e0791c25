// The whole loop on the embedded Azure ML emulator: train a model from a CLI v2 job file, then check the
// production data for drift — each step run as the bundled GitHub Action and Azure Pipelines task users run.
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type StepRunResult } from "../emulator/harness";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "./demo-data";

const root = join(__dirname, "..");

function show(line: string): void {
  if (line.startsWith("::group::")) console.log(`  ▸ ${line.slice(9)}`);
  else if (line.startsWith("::error::")) console.log(`  ✖ ${line.slice(9)}`);
  else if (line.startsWith("::warning::")) console.log(`  ⚠ ${line.slice(11)}`);
  else if (!line.startsWith("::") && !line.startsWith("##vso[task.debug]")) console.log(`    ${line}`);
}

function outcome(title: string, result: StepRunResult): void {
  console.log(`\n${title}: exit ${result.exitCode}`);
  for (const [name, value] of Object.entries(result.outputs)) console.log(`  ${name} = ${value.length > 160 ? `${value.slice(0, 157)}...` : value}`);
  console.log(`\n--- summary (markdown) ---\n${result.summary.trim()}\n--------------------------\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log("Starting the Azure ML emulator, Azurite and the sign-in fakes…");
  const harness = await startHarness();
  try {
    console.log(`  ready in ${Date.now() - started} ms: workspace ${harness.emulator.workspaceName} at ${harness.emulator.url}\n`);
    const project = mkdtempSync(join(tmpdir(), "amlops-demo-"));
    cpSync(join(root, "examples/credit-default"), project, { recursive: true });
    mkdirSync(join(project, "data"), { recursive: true });
    writeCreditCsv(join(project, "data/reference.csv"), 20_000, 1, NO_SHIFT);
    writeCreditCsv(join(project, "data/current.csv"), 20_000, 2, MARKET_SHIFT);
    harness.emulator.jobs.setScenario({ match: { experimentName: "credit-default" }, metrics: { accuracy: 0.823, auc: 0.781 } });

    console.log("1. train — GitHub Action (OIDC sign-in), job file examples/credit-default/job.yml");
    const train = await harness.runAction("train", {
      cwd: project,
      inputs: { "job-file": join(project, "job.yml"), "poll-interval-seconds": "0.5" },
      pullRequest: 42,
      onStdout: show,
    });
    outcome("train", train);
    if (train.exitCode !== 0) throw new Error("train failed");

    console.log("2. check-drift — Azure Pipelines task (workload identity federation), training data vs last week's data");
    const drift = await harness.runTask("check-drift", {
      cwd: project,
      inputs: { reference: join(project, "data/reference.csv"), current: join(project, "data/current.csv"), reportPath: join(project, "drift.json") },
      onStdout: show,
    });
    outcome("check-drift", drift);
    if (drift.result === "Failed") throw new Error("check-drift failed");

    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Files of this run: ${project}`);
  } finally {
    await harness.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
