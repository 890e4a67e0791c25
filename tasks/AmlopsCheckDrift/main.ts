import { runOnAzurePipelines } from "../../shared/host/azure-pipelines";
await runOnAzurePipelines(async () => (await import("../../shared/steps/check-drift")).checkDriftStep);
