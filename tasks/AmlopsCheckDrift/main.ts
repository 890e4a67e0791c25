import { prestartReadWorker } from "../../shared/drift/readers/worker/worker-script";
import { runOnAzurePipelines } from "../../shared/host/azure-pipelines";

prestartReadWorker();
await runOnAzurePipelines(async () => (await import("../../shared/steps/check-drift")).checkDriftStep);
