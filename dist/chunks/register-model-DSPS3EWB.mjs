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
} from "./chunk-WM7V5SV5.mjs";
import "./chunk-HVXVMLEM.mjs";
import "./chunk-N4D7TQSK.mjs";
import "./chunk-O7COZEKU.mjs";
import "./chunk-WYNGCMLH.mjs";
import "./chunk-V4Z2CQOR.mjs";
import "./chunk-KAKRY47Q.mjs";
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
