import { join } from "node:path";
import { PRODUCTION_ENDPOINT } from "../../scripts/demo-production";
import { CANDIDATE, ROOT, emulatorOverrides, repositoryVars, traffic, startWithProduction, useHarness } from "./emulator-setup";
import { jobStarts, readWorkflow, runJob, type JobOptions } from "./github-workflow";

const RELEASE = readWorkflow(join(ROOT, "examples/github/release.yml"));
const PULL_REQUEST = 42;

describe("examples/github/release.yml on the emulator", () => {
  const harness = useHarness(startWithProduction);

  async function release() {
    const running = harness();
    const options: JobOptions = { harness: running, cwd: ROOT, vars: repositoryVars(running), overrides: emulatorOverrides(running, CANDIDATE), pullRequest: PULL_REQUEST };
    const build = await runJob(RELEASE, "build", options);
    const needs = { build: build.outputs };
    const deploy = build.succeeded && jobStarts(RELEASE, "deploy", needs, options.vars) ? await runJob(RELEASE, "deploy", { ...options, needs }) : undefined;
    return { build, deploy };
  }

  it("trains, gates, registers version 2 with its lineage and rolls it out to all traffic", async () => {
    const { build, deploy } = await release();

    expect(build.succeeded).toBe(true);
    expect(build.outputs["model-uri"]).toBe("azureml:credit-default:2");
    expect(deploy?.succeeded).toBe(true);
    expect(traffic(harness())).toEqual({ "credit-default-2": 100 });
    const version = harness().emulator.state.models.versions.get("credit-default")?.get("2");
    expect(version?.properties).toMatchObject({
      properties: expect.objectContaining({
        "amlops.source-job": build.results.get("train")?.outputs["job-name"], "amlops.gate": "pass", "amlops.gate-champion": "credit-default:1", "amlops.pull-request": String(PULL_REQUEST),
      }),
    });
    const [note, ...more] = harness().github.commentsOn(harness().github.repository, PULL_REQUEST);
    expect(more).toEqual([]);
    for (const step of ["train", "evaluate-gate", "register", "deploy-canary"]) expect(note.body).toContain(`<!-- amlops-section ${step} -->`);
    expect(note.body).toContain("deployment credit-default-2 promoted to 100 % of endpoint credit-default");
    expect(deploy?.scripts.map((script) => JSON.parse(script.env.TRAFFIC))).toEqual([{ "credit-default-2": 100 }]);
  }, 180_000);

  it("rolls a faulty version 2 back: the deploy job fails and the traffic is exactly the previous map", async () => {
    harness().emulator.scoring.preset(PRODUCTION_ENDPOINT, "credit-default-2", { errorRate: 0.3 });
    const before = traffic(harness());

    const { build, deploy } = await release();

    expect(build.succeeded).toBe(true);
    expect(deploy?.succeeded).toBe(false);
    expect(deploy?.results.get("canary")?.exitCode).toBe(1);
    expect(before).toEqual({ blue: 100 });
    expect(traffic(harness())).toEqual(before);
  }, 180_000);
});
