import { join } from "node:path";
import { PRODUCTION_ENDPOINT, PRODUCTION_MODEL } from "../../scripts/demo-production";
import { readPipeline, runStages, type StageOptions } from "./azure-pipeline";
import { CANDIDATE, ROOT, pipelineRunVariables, taskEmulatorOverrides, traffic, startWithProduction, useHarness } from "./emulator-setup";

const PIPELINE = readPipeline(join(ROOT, "examples/azure-pipelines/mlops.yml"));

describe("examples/azure-pipelines/mlops.yml on the emulator", () => {
  const harness = useHarness(startWithProduction);

  async function pipeline() {
    const running = harness();
    const options: StageOptions = { harness: running, cwd: ROOT, variables: pipelineRunVariables(running, PIPELINE, "IndividualCI"), dependencies: {}, overrides: taskEmulatorOverrides(running, CANDIDATE) };
    const { Build: build, Deploy: deploy } = await runStages(PIPELINE, options);
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
