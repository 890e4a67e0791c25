import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  DEFAULT_DATASTORE,
  JOBS_API_VERSION,
  buildJobRequest,
  createPlanningResolver,
  createWorkspaceResolver,
  generateJobName,
  jobUrl,
  listSnapshotFiles,
  localSnapshot,
  snapshotHash,
  snapshotPrefix,
  submitJobRequest,
  uploadSnapshot
} from "./chunk-XCKZ6OAD.mjs";
import {
  JOB_TYPES,
  applyNamedOverrides,
  applySetOverrides,
  loadJobFile
} from "./chunk-JHNJNRBD.mjs";
import "./chunk-YQA2TZD2.mjs";
import "./chunk-3OWWX55O.mjs";
import {
  ANONYMOUS_COMPONENT_NAME,
  ANONYMOUS_ENVIRONMENT_NAME,
  anonymousComponentVersion,
  ensureCodeVersion,
  ensureComponentVersion,
  ensureEnvironmentVersion,
  inlineEnvironmentVersion,
  latestAssetVersion
} from "./chunk-VIIX2X6K.mjs";
import {
  assetVersionArmId,
  computeArmId,
  workspaceArmId
} from "./chunk-DAJSNXS4.mjs";
import {
  datastoreBlobUrl
} from "./chunk-4GNYTCEG.mjs";
import "./chunk-V4Z2CQOR.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  ANONYMOUS_COMPONENT_NAME,
  ANONYMOUS_ENVIRONMENT_NAME,
  DEFAULT_DATASTORE,
  JOBS_API_VERSION,
  JOB_TYPES,
  anonymousComponentVersion,
  applyNamedOverrides,
  applySetOverrides,
  assetVersionArmId,
  buildJobRequest,
  computeArmId,
  createPlanningResolver,
  createWorkspaceResolver,
  datastoreBlobUrl,
  ensureCodeVersion,
  ensureComponentVersion,
  ensureEnvironmentVersion,
  generateJobName,
  inlineEnvironmentVersion,
  jobUrl,
  latestAssetVersion,
  listSnapshotFiles,
  loadJobFile,
  localSnapshot,
  snapshotHash,
  snapshotPrefix,
  submitJobRequest,
  uploadSnapshot,
  workspaceArmId
};
