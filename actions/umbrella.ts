import { runChosenStepOnGitHub } from "../shared/host/github";
await runChosenStepOnGitHub();
