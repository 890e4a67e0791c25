import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/evaluate-gate-services.ts
function gateServices() {
  return {
    async connect(inputs, host) {
      let { connectWorkspace } = await import("./workspace-inputs-CDOAN444.mjs"), { findChampion } = await import("./champion-LPGPVIBG.mjs"), { metricsOfJob, readCompletedJob } = await import("./jobs-PHI2AYTK.mjs"), workspace = await connectWorkspace(inputs, host);
      return {
        jobMetrics: async (jobName, step) => metricsOfJob(workspace, await readCompletedJob(workspace, jobName), step),
        findChampion: (settings) => findChampion(workspace, settings, host)
      };
    }
  };
}
export {
  gateServices
};
