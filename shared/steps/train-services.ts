import { latestAssetVersion } from "../azure/asset-versions";
import { openBlobDatastore } from "../azure/datastore";
import { jobMetrics } from "../azure/job-metrics";
import { cancelJob, findJob, getJob } from "../azure/jobs";
import { runDetails, trackingEndpoints } from "../azure/tracking";
import { connectWorkspace } from "../azure/workspace";
import { publishEvent } from "../governance/publish";
import { createWorkspaceResolver } from "../jobs/resolvers";
import { submitJobRequest } from "../jobs/submit-job";

/** What train asks of Azure and of the governance outlets; unit tests pass fakes of the same shape. */
export const trainServices = {
  connectWorkspace,
  findJob,
  getJob,
  cancelJob,
  trackingEndpoints,
  runDetails,
  jobMetrics,
  openBlobDatastore,
  latestAssetVersion,
  createWorkspaceResolver,
  submitJobRequest,
  publishEvent,
};

export type TrainServices = typeof trainServices;
