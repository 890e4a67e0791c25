import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import "./chunk-HLUWT5ZR.mjs";

// shared/steps/register-services.ts
function registerServices() {
  return {
    async connect(inputs, host) {
      let { connectWorkspace } = await import("./workspace-inputs-CDOAN444.mjs"), { openBlobDatastore, DEFAULT_DATASTORE } = await import("./datastore-EK7FM4CS.mjs"), { resolveModelSource } = await import("./model-source-MGFR6QFJ.mjs"), { findRegisteredVersion, modelVersionUrl, nextModelVersion, registerModelVersion } = await import("./register-model-THTK2OL6.mjs"), { metricsOfJob, readCompletedJob } = await import("./jobs-PHI2AYTK.mjs"), workspace = await connectWorkspace(inputs, host);
      return {
        resolveSource: (source) => resolveModelSource(workspace, source, DEFAULT_DATASTORE),
        findRegistered: (modelName, keyHash) => findRegisteredVersion(workspace, modelName, keyHash),
        nextVersion: (modelName) => nextModelVersion(workspace, modelName),
        versionUrl: (modelName, version, apiVersion) => modelVersionUrl(workspace, modelName, version, apiVersion),
        upload: async (source) => source.upload((await openBlobDatastore(workspace, host)).container),
        register: (registration) => registerModelVersion(workspace, registration, host),
        jobMetrics: async (jobName) => metricsOfJob(workspace, await readCompletedJob(workspace, jobName))
      };
    }
  };
}
export {
  registerServices
};
