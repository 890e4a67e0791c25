import { runOnAzurePipelines } from "../../shared/host/azure-pipelines";
await runOnAzurePipelines("check-drift");
