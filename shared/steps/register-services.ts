import type { WorkspaceInputs } from "./workspace-inputs";
import type { Host } from "../host/port";
import type { RegisterServices } from "./register-run";

/** Registers into the workspace the inputs name; signs in on connect. */
export function registerServices(): RegisterServices {
  return {
    async connect(inputs: WorkspaceInputs, host: Host) {
      const { connectWorkspace } = await import("./workspace-inputs");
      const { openBlobDatastore, DEFAULT_DATASTORE } = await import("../azure/datastore");
      const { resolveModelSource } = await import("../registry/model-source");
      const { findRegisteredVersion, modelVersionUrl, nextModelVersion, registerModelVersion } = await import("../registry/register-model");
      const { metricsOfJob, readCompletedJob } = await import("../registry/jobs");
      const workspace = await connectWorkspace(inputs, host);
      return {
        resolveSource: (source) => resolveModelSource(workspace, source, DEFAULT_DATASTORE),
        findRegistered: (modelName, keyHash) => findRegisteredVersion(workspace, modelName, keyHash),
        nextVersion: (modelName) => nextModelVersion(workspace, modelName),
        versionUrl: (modelName, version, apiVersion) => modelVersionUrl(workspace, modelName, version, apiVersion),
        upload: async (source) => source.upload!((await openBlobDatastore(workspace, host)).container),
        register: (registration) => registerModelVersion(workspace, registration, host),
        jobMetrics: async (jobName) => metricsOfJob(workspace, await readCompletedJob(workspace, jobName)),
      };
    },
  };
}
