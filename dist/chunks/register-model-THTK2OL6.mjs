import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  MODEL_API_VERSION,
  NEWER_MODEL_API_VERSION,
  findRegisteredVersion,
  modelVersionUrl,
  nextModelVersion,
  registerModelVersion,
  registrationApiVersion,
  registrationBody
} from "./chunk-63I3WH5B.mjs";
import "./chunk-XCOOARZ4.mjs";
import "./chunk-JYELJH5W.mjs";
import "./chunk-YLJXG7A5.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  MODEL_API_VERSION,
  NEWER_MODEL_API_VERSION,
  findRegisteredVersion,
  modelVersionUrl,
  nextModelVersion,
  registerModelVersion,
  registrationApiVersion,
  registrationBody
};
