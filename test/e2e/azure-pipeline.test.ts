import { join } from "node:path";
import type { Harness } from "../../emulator/harness";
import { PRODUCTION_ENDPOINT, PRODUCTION_MODEL } from "../../scripts/demo-production";
import { readPipeline, runStage, type StageOptions } from "./azure-pipeline";
import { CANDIDATE, EXAMPLE, ROOT, traffic, startWithProduction, useHarness } from "./emulator-setup";

const PIPELINE = readPipeline(join(ROOT, "examples/azure-pipelines/mlops.yml"));

/** What the emulator needs beyond the pipeline's own inputs: a named training run, short waits, synthetic load so the analysis has data. */
function emulatorOverrides(harness: Harness): StageOptions["overrides"] {
  return {
    train: { displayName: CANDIDATE, pollIntervalSeconds: "0.5" },
    "deploy-canary": { intervalSeconds: "2", metricsEndpoint: harness.emulator.url, loadFile: EXAMPLE.sampleRequest, loadRps: "40", minRequests: "3" },
  };
}

/** The pipeline's variables as a run on main gets them, with the harness's service connection and workspace. */
function pipelineVariables(harness: Harness): Record<string, string> {
  return {
    ...PIPELINE.variables,
    serviceConnection: harness.serviceConnection.id,
    resourceGroup: harness.taskInputs.resourceGroup,
    workspaceName: harness.taskInputs.workspaceName,
    "Build.Reason": "IndividualCI",
  };
}

describe("examples/azure-pipelines/mlops.yml on the emulator", () => {
  const harness = useHarness(startWithProduction);

  async function pipeline() {
    const running = harness();
    const options: StageOptions = { harness: running, cwd: ROOT, variables: pipelineVariables(running), dependencies: {}, overrides: emulatorOverrides(running) };
    const build = await runStage(PIPELINE, "Build", options);
    const deploy = await runStage(PIPELINE, "Deploy", { ...options, dependencies: { Build: build.outputs } });
    return { build, deploy };
  }

  it("trains, gates, registers version 2 and rolls it out to all traffic", async () => {
    const { build, deploy } = await pipeline();

    expect([...build.results.keys()]).toEqual(["train", "gate", "register"]);
    expect(build.succeeded).toBe(true);
    expect(build.outputs.build["register.modelUri"]).toBe(`azureml:${PRODUCTION_MODEL}:2`);
    expect(deploy.started).toBe(true);
    expect(deploy.succeeded).toBe(true);
    expect(traffic(harness())).toEqual({ "credit-default-2": 100 });
    expect(harness().emulator.state.models.versions.get(PRODUCTION_MODEL)?.get("2")?.properties).toMatchObject({
      properties: expect.objectContaining({ "amlops.source-job": build.results.get("train")?.outputs.jobName, "amlops.gate": "pass", "amlops.gate-champion": "credit-default:1" }),
    });
  }, 180_000);

  it("rolls a faulty version 2 back: the Deploy stage fails and the traffic is exactly the previous map", async () => {
    harness().emulator.scoring.preset(PRODUCTION_ENDPOINT, "credit-default-2", { errorRate: 0.3 });
    const before = traffic(harness());

    const { build, deploy } = await pipeline();

    expect(build.succeeded).toBe(true);
    expect(deploy.started).toBe(true);
    expect(deploy.succeeded).toBe(false);
    expect(deploy.results.get("canary")?.result).toBe("Failed");
    expect(before).toEqual({ blue: 100 });
    expect(traffic(harness())).toEqual(before);
  }, 180_000);
});
