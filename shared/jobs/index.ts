export { applyNamedOverrides, applySetOverrides, loadJobFile, JOB_TYPES, type JobFile, type JobType, type NamedOverrides } from "./job-file";
export { buildJobRequest, type JobRequest, type JobRequestContext } from "./job-request";
export { generateJobName } from "./job-name";
export { computeArmId, assetVersionArmId, workspaceArmId, type WorkspaceScope } from "../azure/arm-ids";
export {
  ANONYMOUS_COMPONENT_NAME,
  ANONYMOUS_ENVIRONMENT_NAME,
  anonymousComponentVersion,
  inlineEnvironmentVersion,
  type ComponentSpec,
  type InlineEnvironment,
  type JobAssetResolver,
  type LatestVersionAssetType,
  type LocalInputType,
} from "./resolver";
export { createPlanningResolver, createWorkspaceResolver, localSnapshot, DEFAULT_DATASTORE, type PlannedAction, type PlanningResolver, type WorkspaceResolverOptions } from "./resolvers";
export { listSnapshotFiles, snapshotHash, snapshotPrefix, uploadSnapshot, type UploadSummary } from "./snapshot";
export { ensureCodeVersion, ensureComponentVersion, ensureEnvironmentVersion, latestAssetVersion, type AssetClient, type EnsuredAsset } from "./workspace-assets";
export { datastoreBlobUrl, type BlobDatastoreLocation } from "../azure/datastore-url";
export { jobUrl, submitJobRequest, JOBS_API_VERSION } from "./submit-job";
export { pipelineStepComponents, type PipelineStepComponent } from "./pipeline-job";
export { jobApiVersion, NEWER_JOBS_API_VERSION } from "./submit-job";
