import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-JC6QKY33.mjs";
import "./chunk-ERDSONKR.mjs";
import "./chunk-VKBU3YCN.mjs";
import "./chunk-LJB622X7.mjs";
import "./chunk-624ZEYMI.mjs";
import "./chunk-3OWWX55O.mjs";
import "./chunk-G52UKZUX.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
