import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { BlobServiceClient } from "@azure/storage-blob";
import { trustCertificateInThisProcess } from "../../emulator/azureml";
import { startHarness, type Harness } from "../../emulator/harness";
import { NO_SHIFT, writeCreditCsv, type Shift } from "../../scripts/demo-data";
import { PRODUCTION_ENDPOINT, putProductionInPlace, sendProductionTraffic } from "../../scripts/demo-production";
import { staticCredential } from "../emulator/support";
import type { Pipeline, StageOptions } from "./azure-pipeline";
import type { JobOptions } from "./github-workflow";

export const ROOT = join(__dirname, "../..");
export const CANDIDATE = "credit-default-v2";
export const EXAMPLE = { jobFile: "examples/credit-default/job.yml", deploymentFile: "examples/credit-default/deployment.yml", sampleRequest: "examples/credit-default/sample-request.json" };

/** What the emulator needs beyond the workflow's own inputs: a named training run, short waits, synthetic load so the analysis has data. */
export function emulatorOverrides(harness: Harness, trainingName: string): JobOptions["overrides"] {
  return {
    train: { "display-name": trainingName, "poll-interval-seconds": "0.5" },
    "deploy-canary": { "interval-seconds": "2", "metrics-endpoint": harness.emulator.url, "load-file": EXAMPLE.sampleRequest, "load-rps": "40", "min-requests": "3" },
  };
}

/** The same for the Azure Pipelines tasks, in their spelling. */
export function taskEmulatorOverrides(harness: Harness, trainingName: string): StageOptions["overrides"] {
  return {
    train: { displayName: trainingName, pollIntervalSeconds: "0.5" },
    "deploy-canary": { intervalSeconds: "2", metricsEndpoint: harness.emulator.url, loadFile: EXAMPLE.sampleRequest, loadRps: "40", minRequests: "3" },
  };
}

/**
 * A pipeline's variables with the harness's service connection and workspace, and the agent's variables the
 * examples read, for a run started for this reason (`IndividualCI`, `Schedule`, `Manual`…).
 */
export function pipelineRunVariables(harness: Harness, pipeline: Pipeline, reason: string): Record<string, string> {
  return {
    ...pipeline.variables,
    serviceConnection: harness.serviceConnection.id,
    resourceGroup: harness.taskInputs.resourceGroup,
    workspaceName: harness.taskInputs.workspaceName,
    "Build.Reason": reason,
    "System.CollectionUri": harness.azureDevOps.url,
    "System.TeamProject": harness.azureDevOps.project,
    "System.AccessToken": harness.azureDevOps.accessToken,
  };
}

/** The repository variables the workflows read, as the harness's workspace and identity provide them. */
export function repositoryVars(harness: Harness): Record<string, string> {
  const inputs = harness.actionInputs;
  return {
    AZURE_CLIENT_ID: inputs["client-id"], AZURE_TENANT_ID: inputs["tenant-id"], AZURE_SUBSCRIPTION_ID: inputs["subscription-id"],
    AML_RESOURCE_GROUP: inputs["resource-group"], AML_WORKSPACE: inputs["workspace-name"],
  };
}

export function traffic(harness: Harness): Record<string, number> {
  return { ...(harness.emulator.state.endpoints.get(PRODUCTION_ENDPOINT)?.resource.properties.traffic ?? {}) };
}

/**
 * Starts a harness before each test (or once for the file) and stops it after; the returned function gives the
 * running one.
 */
export function useHarness(start: () => Promise<Harness>, scope: "each" | "file" = "each"): () => Harness {
  let harness: Harness | undefined;
  const [before, after] = scope === "each" ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    harness = await start();
  }, 120_000);
  after(async () => {
    await harness?.stop();
    harness = undefined;
  });
  return () => {
    if (!harness) throw new Error("the harness runs only inside a test");
    return harness;
  };
}

/** A harness with version 1 in production and the candidate's training run scripted to improve on it. */
export async function startWithProduction(): Promise<Harness> {
  const harness = await startHarness();
  await putProductionInPlace(harness, ROOT, EXAMPLE);
  harness.emulator.jobs.setScenario({ match: { displayName: CANDIDATE }, metrics: { accuracy: 0.823, auc: 0.781 } });
  return harness;
}

const dataDir = mkdtempSync(join(tmpdir(), "amlops-e2e-data-"));

/** The training data as the drift examples name it (`azureml:credit-default-training@latest`). */
async function registerTrainingData(harness: Harness): Promise<void> {
  const file = join(dataDir, "reference.csv");
  writeCreditCsv(file, 3000, 1, NO_SHIFT);
  const path = "assets/credit-default-training/v1/data.csv";
  await BlobServiceClient.fromConnectionString(harness.azurite.connectionString).getContainerClient(harness.emulator.blobContainer).getBlockBlobClient(path).uploadFile(file);
  trustCertificateInThisProcess(harness.emulator.ca);
  const client = new AzureMachineLearningWorkspaces(staticCredential(), harness.emulator.subscriptionId, { endpoint: harness.emulator.url });
  await client.dataVersions.createOrUpdate(harness.emulator.resourceGroup, harness.emulator.workspaceName, "credit-default-training", "1", {
    properties: { dataType: "uri_file", dataUri: `azureml://datastores/workspaceblobstore/paths/${path}` },
  });
}

/** A harness with version 1 in production and its training data registered. */
export async function startWithTrainingData(): Promise<Harness> {
  const harness = await startHarness();
  await putProductionInPlace(harness, ROOT, EXAMPLE);
  await registerTrainingData(harness);
  return harness;
}

/** A day of production requests to the endpoint, its inputs drawn with the given shift from the training data. */
export async function sendProductionDay(harness: Harness, shift: Shift, seed: number): Promise<void> {
  const file = join(dataDir, `production-${seed}.csv`);
  writeCreditCsv(file, 1000, seed, shift);
  await sendProductionTraffic(harness, file, 1000);
}
