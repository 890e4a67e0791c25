import { runOnGitHub } from "../../shared/host/github";
await runOnGitHub("train");
