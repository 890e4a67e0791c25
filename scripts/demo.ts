// The whole retraining-and-rollout loop on the embedded Azure ML emulator, each step run as the bundled
// GitHub Action users run, chained the way examples/github/release.yml chains them:
//   train → evaluate-gate (against the champion serving on the endpoint) → register → deploy-canary → check-drift
// and then the pull request's governance note as a reviewer reads it.
//
//   npm run demo                          the loop: a better model is gated, registered and promoted
//   npm run demo -- --scenario rollback   a worse model is stopped by the gate; a faulty one is rolled back
//   npm run demo -- --scenario drift      production data drifts and a retraining starts
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type ActionRunResult, type Harness } from "../emulator/harness";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "./demo-data";
import { PRODUCTION_ENDPOINT as ENDPOINT, PRODUCTION_MODEL as MODEL, putProductionInPlace, sendProductionTraffic } from "./demo-production";
import { renderForTerminal } from "./demo-terminal";

const root = join(__dirname, "..");
const SCENARIOS = ["loop", "rollback", "drift"] as const;
type Scenario = (typeof SCENARIOS)[number];
const PULL_REQUEST = { number: 42, title: "Tune learning rate of the credit-default model" };

function parseScenario(args: string[]): Scenario {
  const index = args.indexOf("--scenario");
  const value = index >= 0 ? args[index + 1] : "loop";
  if (!(SCENARIOS as readonly string[]).includes(value)) throw new Error(`--scenario must be one of ${SCENARIOS.join(", ")}, got '${value}'.`);
  return value as Scenario;
}

/** A workflow command's message as the runner shows it (%25, %0D and %0A are its escapes). */
function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function show(raw: string): void {
  const line = unescapeCommand(raw);
  if (line.startsWith("::group::")) console.log(`  ▸ ${line.slice(9)}`);
  else if (line.startsWith("::error")) console.log(`  ✖ ${line.replace(/^::error[^:]*::/, "")}`);
  else if (line.startsWith("::warning")) console.log(`  ⚠ ${line.replace(/^::warning[^:]*::/, "")}`);
  else if (!line.startsWith("::")) console.log(`    ${line}`);
}

function quiet(): void {}

function outputs(result: ActionRunResult): void {
  for (const [name, value] of Object.entries(result.outputs)) console.log(`    ${name} = ${value.length > 140 ? `${value.slice(0, 137)}...` : value}`);
}

class Demo {
  private stepNumber = 0;

  constructor(
    private readonly harness: Harness,
    private readonly project: string,
  ) {}

  /** Runs one bundled action; throws when it fails unless the failure is what the scenario shows. */
  async step(step: Parameters<Harness["runAction"]>[0], title: string, inputs: Record<string, string>, options: { pullRequest?: boolean; expectFailure?: boolean; verbose?: boolean } = {}): Promise<ActionRunResult> {
    const verbose = options.verbose ?? true;
    if (verbose) console.log(`\n${++this.stepNumber}. ${step} — ${title}`);
    const result = await this.harness.runAction(step, {
      cwd: this.project,
      inputs,
      pullRequest: options.pullRequest === false ? undefined : PULL_REQUEST,
      onStdout: verbose ? show : quiet,
    });
    if (verbose) {
      console.log(`  → exit ${result.exitCode}`);
      outputs(result);
    }
    const failed = result.exitCode !== 0;
    if (failed !== Boolean(options.expectFailure)) {
      for (const error of result.errors) console.log(`  ✖ ${error}`);
      throw new Error(`${step} ${failed ? "failed" : "passed although this scenario expects it to fail"}`);
    }
    return result;
  }

  traffic(): Record<string, number> {
    return { ...(this.harness.emulator.state.endpoints.get(ENDPOINT)?.resource.properties.traffic ?? {}) };
  }
}

async function main(): Promise<void> {
  const scenario = parseScenario(process.argv.slice(2));
  const started = Date.now();
  console.log(`amlops demo (${scenario}) — starting the Azure ML emulator, Azurite and the sign-in, GitHub and Azure DevOps stand-ins…`);
  const harness = await startHarness();
  try {
    console.log(`  ready in ${Date.now() - started} ms: workspace ${harness.emulator.workspaceName} at ${harness.emulator.url}`);
    const project = mkdtempSync(join(tmpdir(), "amlops-demo-"));
    cpSync(join(root, "examples/credit-default"), project, { recursive: true });
    mkdirSync(join(project, "data"), { recursive: true });
    writeCreditCsv(join(project, "data/reference.csv"), 20_000, 1, NO_SHIFT);
    writeCreditCsv(join(project, "data/production-steady.csv"), 4_000, 2, NO_SHIFT);
    writeCreditCsv(join(project, "data/production-shifted.csv"), 4_000, 3, MARKET_SHIFT);
    const demo = new Demo(harness, project);

    // Yesterday: version 1 was trained, registered and put in production (quietly, the way it already is).
    console.log("\nProduction today: credit-default version 1 serves 100 % of endpoint credit-default (set up with the same steps).");
    await putProductionInPlace(harness, project, { jobFile: "job.yml", deploymentFile: "deployment.yml", sampleRequest: "sample-request.json" });
    console.log(`  traffic: ${JSON.stringify(demo.traffic())}`);

    console.log(`\nPull request #${PULL_REQUEST.number} "${PULL_REQUEST.title}" runs examples/github/release.yml:`);
    if (scenario === "rollback") {
      harness.emulator.jobs.setScenario({ match: { displayName: "credit-default-worse" }, metrics: { accuracy: 0.771, auc: 0.731 } });
      const worse = await demo.step("train", "a change that makes the model worse", { "job-file": "job.yml", "display-name": "credit-default-worse", "poll-interval-seconds": "0.5" });
      await demo.step("evaluate-gate", "the worse model against the champion serving on the endpoint: stopped", gateInputs(worse), { expectFailure: true });
      console.log("  The gate stopped it: nothing was registered or deployed.");
    }

    harness.emulator.jobs.setScenario({ match: { displayName: "credit-default-v2" }, metrics: { accuracy: 0.823, auc: 0.781 } });
    const train = await demo.step("train", "the job file examples/credit-default/job.yml", { "job-file": "job.yml", "display-name": "credit-default-v2", "poll-interval-seconds": "0.5" });
    const gate = await demo.step("evaluate-gate", "against the champion serving on the endpoint", gateInputs(train));
    const registered = await demo.step("register", "version 2 with its lineage and the gate's evidence", {
      "job-name": train.outputs["job-name"], "model-name": MODEL, "gate-report": gate.outputs.report,
    });

    const faulty = scenario === "rollback";
    if (faulty) harness.emulator.scoring.preset(ENDPOINT, "green", { errorRate: 0.3 });
    const before = demo.traffic();
    await demo.step("deploy-canary", faulty ? "version 2 answers 30 % of requests with 5xx: rolled back" : "version 2 as a canary: 10 → 50 → 100 %", {
      "endpoint-name": ENDPOINT, model: registered.outputs["model-uri"], "deployment-name": "green", "deployment-file": "deployment.yml",
      "smoke-request": "sample-request.json", "traffic-steps": "10,50,100", "interval-seconds": "3", "load-file": "sample-request.json", "load-rps": "40",
      "min-requests": "3", threshold: "1", "delete-old": "true", "metrics-endpoint": harness.emulator.url,
    }, { expectFailure: faulty });
    console.log(`  traffic before: ${JSON.stringify(before)}   after: ${JSON.stringify(demo.traffic())}`);

    if (!faulty) {
      const production = scenario === "drift" ? "data/production-shifted.csv" : "data/production-steady.csv";
      console.log(`\n  Production callers send ${scenario === "drift" ? "this week's (shifted)" : "today's"} requests to the endpoint; its data collector records them.`);
      // The window starts after the canary's synthetic load: only what production callers sent is compared.
      const from = new Date().toISOString();
      await sendProductionTraffic(harness, join(project, production), 1_000);
      const drift = await demo.step("check-drift", "training data against what the endpoint collected", {
        reference: "data/reference.csv", collector: ENDPOINT, from, "report-path": join(project, "drift.json"),
      });
      if (scenario === "drift") {
        if (drift.outputs.drifted !== "true") throw new Error("the shifted data was not found drifted");
        console.log("\n  Drift found: examples/github/drift.yml dispatches `retrain`, which runs the release workflow again:");
        harness.emulator.jobs.setScenario({ match: { displayName: "credit-default-v3" }, metrics: { accuracy: 0.829, auc: 0.787 } });
        await demo.step("train", "retraining on fresh data", { "job-file": "job.yml", "display-name": "credit-default-v3", "poll-interval-seconds": "0.5" }, { pullRequest: false });
      }
    }

    const [note] = harness.github.commentsOn(harness.github.repository, PULL_REQUEST.number);
    if (!note) throw new Error("no governance note was posted on the pull request");
    writeFileSync(join(project, "pr-note.md"), note.body);
    console.log(`\n━━━ The pull request's governance note (markdown: ${join(project, "pr-note.md")}) ━━━\n`);
    console.log(renderForTerminal(note.body));
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Files of this run: ${project}`);
  } finally {
    await harness.stop();
  }

  function gateInputs(train: ActionRunResult): Record<string, string> {
    return {
      metrics: train.outputs.metrics, "compare-to": "champion", "endpoint-name": ENDPOINT, "primary-metric": "auc",
      rules: "accuracy >= 0.78\nauc >= champion.auc - 0.005",
    };
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
