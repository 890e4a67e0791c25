import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-W6NDUYVR.mjs";
import "./chunk-4HQJKEM6.mjs";
import "./chunk-4M2PI3VK.mjs";
import "./chunk-LUIQPZ7G.mjs";
import "./chunk-ZEOR5I42.mjs";
import "./chunk-3OWWX55O.mjs";
import "./chunk-BRF74OV3.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
