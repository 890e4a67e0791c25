import { existsSync } from "node:fs";
import { join } from "node:path";
import { MARKET_SHIFT, NO_SHIFT } from "../../scripts/demo-data";
import { PRODUCTION_MODEL } from "../../scripts/demo-production";
import { readPipeline, runPipelineJob, runStages, type StageOptions } from "./azure-pipeline";
import { CANDIDATE, ROOT, pipelineRunVariables, sendProductionDay, startWithTrainingData, taskEmulatorOverrides, traffic, useHarness } from "./emulator-setup";

const PIPELINES = join(ROOT, "examples/azure-pipelines");
const DRIFT = readPipeline(join(PIPELINES, "drift.yml"));

/** The options of an `az pipelines run …` command line (`--name mlops` → `{ name: "mlops" }`). */
function azPipelinesRun(script: string): Record<string, string> {
  const words = (script.match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"(.*)"$/, "$1"));
  if (words.slice(0, 3).join(" ") !== "az pipelines run") throw new Error(`not an az pipelines run command: ${script}`);
  const options: Record<string, string> = {};
  for (let i = 3; i < words.length; i += 2) options[words[i].replace(/^--/, "")] = words[i + 1];
  return options;
}

describe("examples/azure-pipelines/drift.yml on the emulator", () => {
  // Each test sends its own day of production data: a fresh endpoint keeps the other's out of the window.
  const harness = useHarness(startWithTrainingData);

  async function nightlyRun() {
    const running = harness();
    return runPipelineJob(DRIFT, { harness: running, cwd: ROOT, variables: pipelineRunVariables(running, DRIFT, "Schedule"), dependencies: {}, overrides: {} });
  }

  it("finds steady production data undrifted and queues nothing", async () => {
    await sendProductionDay(harness(), NO_SHIFT, 2);

    const nightly = await nightlyRun();

    expect(nightly.results.get("drift")?.errors).toEqual([]);
    expect(nightly.results.get("drift")?.result).toBe("Succeeded");
    expect(nightly.outputs["drift.drifted"]).toBe("false");
    expect(nightly.scripts).toEqual([]);
  }, 120_000);

  it("finds shifted production data drifted and queues mlops on main with the job's token; that run retrains and rolls version 2 out", async () => {
    await sendProductionDay(harness(), MARKET_SHIFT, 3);

    const nightly = await nightlyRun();

    expect(nightly.results.get("drift")?.errors).toEqual([]);
    expect(nightly.results.get("drift")?.result).toBe("SucceededWithIssues");
    expect(nightly.outputs["drift.drifted"]).toBe("true");
    expect(nightly.scripts).toHaveLength(1);
    const [queue] = nightly.scripts;
    const ado = harness().azureDevOps;
    expect(azPipelinesRun(queue.script)).toEqual({ name: "mlops", branch: "main", org: ado.url, project: ado.project });
    expect(queue.env).toEqual({ AZURE_DEVOPS_EXT_PAT: ado.accessToken });

    // The queued run: the pipeline created from the file of that name; a run queued through the API has Build.Reason Manual.
    const mlops = join(PIPELINES, `${azPipelinesRun(queue.script).name}.yml`);
    expect(existsSync(mlops)).toBe(true);
    const pipeline = readPipeline(mlops);
    harness().emulator.jobs.setScenario({ match: { displayName: CANDIDATE }, metrics: { accuracy: 0.829, auc: 0.787 } });
    const options: StageOptions = { harness: harness(), cwd: ROOT, variables: pipelineRunVariables(harness(), pipeline, "Manual"), dependencies: {}, overrides: taskEmulatorOverrides(harness(), CANDIDATE) };
    const { Build: build, Deploy: deploy } = await runStages(pipeline, options);

    expect(build.succeeded).toBe(true);
    expect(build.outputs.build["register.modelUri"]).toBe(`azureml:${PRODUCTION_MODEL}:2`);
    expect(deploy.succeeded).toBe(true);
    expect(traffic(harness())).toEqual({ "credit-default-2": 100 });
  }, 240_000);
});
