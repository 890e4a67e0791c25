import { runOnAzurePipelines } from "../../shared/host/azure-pipelines";
await runOnAzurePipelines("register");
