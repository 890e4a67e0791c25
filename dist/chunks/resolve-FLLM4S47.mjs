import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-JV6DAFXJ.mjs";
import "./chunk-5TCUVREB.mjs";
import "./chunk-KKNKFOW6.mjs";
import "./chunk-3OWWX55O.mjs";
import "./chunk-W7BA4LMQ.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
