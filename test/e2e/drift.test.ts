import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { BlobServiceClient } from "@azure/storage-blob";
import { trustCertificateInThisProcess } from "../../emulator/azureml";
import { startHarness, type Harness } from "../../emulator/harness";
import { MARKET_SHIFT, NO_SHIFT, writeCreditCsv } from "../../scripts/demo-data";
import { PRODUCTION_MODEL, putProductionInPlace, sendProductionTraffic } from "../../scripts/demo-production";
import { staticCredential } from "../emulator/support";
import { CANDIDATE, EXAMPLE, ROOT, emulatorOverrides, repositoryVars } from "./emulator-setup";
import { readWorkflow, runJob } from "./github-workflow";

const DRIFT = readWorkflow(join(ROOT, "examples/github/drift.yml"));
const RELEASE = readWorkflow(join(ROOT, "examples/github/release.yml"));
const dir = mkdtempSync(join(tmpdir(), "amlops-e2e-drift-"));

/** The training data as the asset drift.yml names (`azureml:credit-default-training@latest`). */
async function registerTrainingData(harness: Harness): Promise<void> {
  const file = join(dir, "reference.csv");
  writeCreditCsv(file, 3000, 1, NO_SHIFT);
  const path = "assets/credit-default-training/v1/data.csv";
  await BlobServiceClient.fromConnectionString(harness.azurite.connectionString).getContainerClient(harness.emulator.blobContainer).getBlockBlobClient(path).uploadFile(file);
  trustCertificateInThisProcess(harness.emulator.ca);
  const client = new AzureMachineLearningWorkspaces(staticCredential(), harness.emulator.subscriptionId, { endpoint: harness.emulator.url });
  await client.dataVersions.createOrUpdate(harness.emulator.resourceGroup, harness.emulator.workspaceName, "credit-default-training", "1", {
    properties: { dataType: "uri_file", dataUri: `azureml://datastores/workspaceblobstore/paths/${path}` },
  });
}

/** The event type the drift workflow's `gh api …/dispatches -f event_type=X` sends. */
function dispatchedEventType(): string {
  const script = DRIFT.jobs.drift.steps.find((step) => step.run?.includes("/dispatches"))?.run ?? "";
  const eventType = /-f\s+event_type=([\w-]+)/.exec(script)?.[1];
  if (!eventType) throw new Error("drift.yml sends no repository_dispatch event type");
  return eventType;
}

describe("examples/github/drift.yml on the emulator", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    await putProductionInPlace(harness, ROOT, EXAMPLE);
    await registerTrainingData(harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.stop();
  });

  it("finds shifted production data drifted, dispatches the event release.yml listens for, and its build registers a new version", async () => {
    const shifted = join(dir, "production-shifted.csv");
    writeCreditCsv(shifted, 1000, 3, MARKET_SHIFT);
    await sendProductionTraffic(harness, shifted, 1000);
    const vars = repositoryVars(harness);

    const drift = await runJob(DRIFT, "drift", { harness, cwd: ROOT, vars, overrides: {} });

    expect(drift.results.get("drift")?.errors).toEqual([]);
    expect(drift.results.get("drift")?.outputs.drifted).toBe("true");
    expect(drift.scripts).toHaveLength(1);
    expect(drift.scripts[0].env.FEATURES).not.toBe("");
    const release = RELEASE.on.repository_dispatch as { types: string[] };
    expect(release.types).toContain(dispatchedEventType());

    harness.emulator.jobs.setScenario({ match: { displayName: CANDIDATE }, metrics: { accuracy: 0.829, auc: 0.787 } });
    const build = await runJob(RELEASE, "build", { harness, cwd: ROOT, vars, overrides: emulatorOverrides(harness, CANDIDATE) });

    expect(build.succeeded).toBe(true);
    expect(build.outputs["model-uri"]).toBe(`azureml:${PRODUCTION_MODEL}:2`);
    expect([...(harness.emulator.state.models.versions.get(PRODUCTION_MODEL)?.keys() ?? [])]).toEqual(["1", "2"]);
  }, 180_000);
});
