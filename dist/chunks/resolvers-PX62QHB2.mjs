import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  createPlanningResolver,
  createWorkspaceResolver,
  datastoreUri,
  localSnapshot,
  uploadLocalSnapshot,
  workspacePlanningChecks
} from "./chunk-X56FMKLV.mjs";
import "./chunk-BVD3ISGW.mjs";
import "./chunk-YLJXG7A5.mjs";
import "./chunk-WZDXF6DJ.mjs";
import "./chunk-RWHUQEFG.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  createPlanningResolver,
  createWorkspaceResolver,
  datastoreUri,
  localSnapshot,
  uploadLocalSnapshot,
  workspacePlanningChecks
};
