import { runOnGitHub } from "../../shared/host/github";
await runOnGitHub("evaluate-gate");
