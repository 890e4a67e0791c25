import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  asyncBufferFromFile,
  asyncBufferFromUrl,
  byteLengthFromUrl,
  cachedAsyncBuffer,
  flatten,
  parquetMetadata,
  parquetMetadataAsync,
  parquetQuery,
  parquetRead,
  parquetReadObjects,
  parquetScan,
  parquetSchema,
  readColumnIndex,
  readOffsetIndex,
  rowIndex,
  snappyUncompress,
  toJson
} from "./chunk-H4T2IYQ3.mjs";
import "./chunk-HLUWT5ZR.mjs";
export {
  asyncBufferFromFile,
  asyncBufferFromUrl,
  byteLengthFromUrl,
  cachedAsyncBuffer,
  flatten,
  parquetMetadata,
  parquetMetadataAsync,
  parquetQuery,
  parquetRead,
  parquetReadObjects,
  parquetScan,
  parquetSchema,
  readColumnIndex,
  readOffsetIndex,
  rowIndex,
  snappyUncompress,
  toJson
};
