import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-WNDHIS2Z.mjs";
import "./chunk-EHLBQUTA.mjs";
import "./chunk-U77PEABW.mjs";
import "./chunk-5EV5EPPI.mjs";
import "./chunk-WRP5AGG5.mjs";
import "./chunk-3OWWX55O.mjs";
import "./chunk-3L3LLHYH.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
