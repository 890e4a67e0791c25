import { prestartReadWorker } from "../../shared/drift/readers/worker/worker-script";
import { runOnGitHub } from "../../shared/host/github";

prestartReadWorker();
await runOnGitHub("check-drift");
