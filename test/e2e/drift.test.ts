import { join } from "node:path";
import { MARKET_SHIFT } from "../../scripts/demo-data";
import { PRODUCTION_MODEL } from "../../scripts/demo-production";
import { CANDIDATE, ROOT, emulatorOverrides, repositoryVars, sendProductionDay, startWithTrainingData, useHarness } from "./emulator-setup";
import { readWorkflow, runJob } from "./github-workflow";

const DRIFT = readWorkflow(join(ROOT, "examples/github/drift.yml"));
const RELEASE = readWorkflow(join(ROOT, "examples/github/release.yml"));

/** The event type the drift workflow's `gh api …/dispatches -f event_type=X` sends. */
function dispatchedEventType(): string {
  const script = DRIFT.jobs.drift.steps.find((step) => step.run?.includes("/dispatches"))?.run ?? "";
  const eventType = /-f\s+event_type=([\w-]+)/.exec(script)?.[1];
  if (!eventType) throw new Error("drift.yml sends no repository_dispatch event type");
  return eventType;
}

describe("examples/github/drift.yml on the emulator", () => {
  const harness = useHarness(startWithTrainingData, "file");

  it("finds shifted production data drifted, dispatches the event release.yml listens for, and its build registers a new version", async () => {
    await sendProductionDay(harness(), MARKET_SHIFT, 3);
    const vars = repositoryVars(harness());

    const drift = await runJob(DRIFT, "drift", { harness: harness(), cwd: ROOT, vars, overrides: {} });

    expect(drift.results.get("drift")?.errors).toEqual([]);
    expect(drift.results.get("drift")?.outputs.drifted).toBe("true");
    expect(drift.scripts).toHaveLength(1);
    expect(drift.scripts[0].env.FEATURES).not.toBe("");
    const release = RELEASE.on.repository_dispatch as { types: string[] };
    expect(release.types).toContain(dispatchedEventType());

    harness().emulator.jobs.setScenario({ match: { displayName: CANDIDATE }, metrics: { accuracy: 0.829, auc: 0.787 } });
    const build = await runJob(RELEASE, "build", { harness: harness(), cwd: ROOT, vars, overrides: emulatorOverrides(harness(), CANDIDATE) });

    expect(build.succeeded).toBe(true);
    expect(build.outputs["model-uri"]).toBe(`azureml:${PRODUCTION_MODEL}:2`);
    expect([...(harness().emulator.state.models.versions.get(PRODUCTION_MODEL)?.keys() ?? [])]).toEqual(["1", "2"]);
  }, 180_000);
});
