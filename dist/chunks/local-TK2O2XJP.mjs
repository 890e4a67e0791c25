import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveLocalDataset,
  resolveLocalMLTable
} from "./chunk-HVVHXHUG.mjs";
import "./chunk-BVD3ISGW.mjs";
import "./chunk-WV3VKLXE.mjs";
import "./chunk-RN6D2NHL.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveLocalDataset,
  resolveLocalMLTable
};
