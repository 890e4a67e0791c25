import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  parseMLTable
} from "./chunk-FAPCQFAP.mjs";
import "./chunk-LVPRAOBK.mjs";
import "./chunk-H45GLWZJ.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  parseMLTable
};
