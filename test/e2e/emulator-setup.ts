import { join } from "node:path";
import { startHarness, type Harness } from "../../emulator/harness";
import { PRODUCTION_ENDPOINT, putProductionInPlace } from "../../scripts/demo-production";
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

/** A harness with version 1 in production and the candidate's training run scripted to improve on it. */
export async function startWithProduction(): Promise<Harness> {
  const harness = await startHarness();
  await putProductionInPlace(harness, ROOT, EXAMPLE);
  harness.emulator.jobs.setScenario({ match: { displayName: CANDIDATE }, metrics: { accuracy: 0.823, auc: 0.781 } });
  return harness;
}
