import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-BQ3PFQAZ.mjs";
import "./chunk-VUXOY5VZ.mjs";
import "./chunk-FILKURGV.mjs";
import "./chunk-EIKWU7Y7.mjs";
import "./chunk-XZU2NO72.mjs";
import "./chunk-GDELHMVB.mjs";
import "./chunk-3OWWX55O.mjs";
import "./chunk-V4Z2CQOR.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
