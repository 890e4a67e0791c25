import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/readers/source.ts
var ACCEPTED_EXTENSIONS = [".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"], GZIP_SUFFIX = ".gz";
function isGzipName(name) {
  return name.toLowerCase().endsWith(GZIP_SUFFIX);
}
function hasAcceptedExtension(name) {
  let lower = name.toLowerCase(), plain = isGzipName(lower) ? lower.slice(0, -GZIP_SUFFIX.length) : lower;
  return plain !== lower && plain.endsWith(".parquet") ? !1 : ACCEPTED_EXTENSIONS.some((extension) => plain.endsWith(extension));
}
function formatFromName(name) {
  let lower = name.toLowerCase(), plain = isGzipName(lower) ? lower.slice(0, -GZIP_SUFFIX.length) : lower;
  if (plain.endsWith(".csv")) return { kind: "csv" };
  if (plain.endsWith(".tsv")) return { kind: "csv", delimiter: "	" };
  if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson") || plain.endsWith(".json")) return { kind: "jsonl" };
  if (plain.endsWith(".parquet") && plain === lower) return { kind: "parquet" };
  throw new ConfigurationError(
    `Cannot tell the format of ${name}: accepted are ${ACCEPTED_EXTENSIONS.join(", ")} files (JSON as JSON Lines; the text formats gzip-compressed too, as .csv.gz) and MLTable folders.`
  );
}

export {
  ACCEPTED_EXTENSIONS,
  isGzipName,
  hasAcceptedExtension,
  formatFromName
};
