import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-IKKOMR7B.mjs";
import "./chunk-VUXOY5VZ.mjs";
import "./chunk-Y3NDIUOK.mjs";
import "./chunk-GNIV4NUJ.mjs";
import "./chunk-EIKWU7Y7.mjs";
import "./chunk-GDUGRL7J.mjs";
import "./chunk-H45GLWZJ.mjs";
import "./chunk-V4Z2CQOR.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
