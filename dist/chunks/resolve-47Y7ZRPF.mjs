import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  resolveAzureDataset
} from "./chunk-6EB4347Z.mjs";
import "./chunk-XZU2NO72.mjs";
import "./chunk-7IHHTI46.mjs";
import "./chunk-GNIV4NUJ.mjs";
import "./chunk-3OWWX55O.mjs";
import "./chunk-VIIX2X6K.mjs";
import "./chunk-DAJSNXS4.mjs";
import "./chunk-YXIKKC2B.mjs";
import "./chunk-WYNGCMLH.mjs";
import "./chunk-4GNYTCEG.mjs";
import "./chunk-V4Z2CQOR.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  resolveAzureDataset
};
