import { join } from "node:path";
import type { Harness } from "../../emulator/harness";
import { PRODUCTION_ENDPOINT } from "../../scripts/demo-production";
import type { JobOptions } from "./github-workflow";

export const ROOT = join(__dirname, "../..");
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
