import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  metricsOfJob,
  readCompletedJob,
  readJob
} from "./chunk-L4WSWS7I.mjs";
import "./chunk-RBGAPKDJ.mjs";
import "./chunk-5P2TN2X5.mjs";
import "./chunk-DKY5WULY.mjs";
import "./chunk-YLJXG7A5.mjs";
import "./chunk-5LVE2LTV.mjs";
import "./chunk-KITPLPVF.mjs";
import "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  metricsOfJob,
  readCompletedJob,
  readJob
};
