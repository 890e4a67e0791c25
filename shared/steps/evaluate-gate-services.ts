import type { WorkspaceInputs } from "./workspace-inputs";
import type { Host } from "../host/port";
import type { GateServices } from "./evaluate-gate-run";

/** Reads the candidate's job and the champion from the workspace the inputs name; signs in on connect. */
export function gateServices(): GateServices {
  return {
    async connect(inputs: WorkspaceInputs, host: Host) {
      const { connectWorkspace } = await import("./workspace-inputs");
      const { findChampion } = await import("../registry/champion");
      const { metricsOfJob, readCompletedJob } = await import("../registry/jobs");
      const workspace = await connectWorkspace(inputs, host);
      return {
        jobMetrics: async (jobName, step) => metricsOfJob(workspace, await readCompletedJob(workspace, jobName), step),
        findChampion: (settings) => findChampion(workspace, settings, host),
      };
    },
  };
}
