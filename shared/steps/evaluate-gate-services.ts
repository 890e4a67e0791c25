import type { AzureAccessInputs } from "../azure/workspace";
import type { Host } from "../host/port";
import type { GateServices } from "./evaluate-gate-run";

/** Reads the candidate's job and the champion from the workspace the inputs name; signs in on connect. */
export function gateServices(): GateServices {
  return {
    async connect(inputs: AzureAccessInputs, host: Host) {
      const { connectWorkspace } = await import("../azure/workspace");
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
