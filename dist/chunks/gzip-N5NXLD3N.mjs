import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import "./chunk-HLUWT5ZR.mjs";

// shared/drift/readers/gzip.ts
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
function gunzipSource(source) {
  return { name: source.name, open: () => gunzipChunks(source) };
}
async function* gunzipChunks(source) {
  let output = pipeline(Readable.from(copies(source.open())), createGunzip(), () => {
  });
  for await (let chunk of output) yield chunk;
}
async function* copies(chunks) {
  for await (let chunk of chunks) yield Buffer.from(chunk);
}
export {
  gunzipSource
};
