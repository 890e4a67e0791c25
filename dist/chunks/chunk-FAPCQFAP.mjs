import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  parseBoundedYaml
} from "./chunk-LVPRAOBK.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/readers/mltable.ts
var READ_TRANSFORMATIONS = ["read_delimited", "read_json_lines", "read_parquet"], HEADERS = {
  all_files_same_headers: "every-file",
  combine_all_files_headers: "every-file",
  from_first_file: "first-file",
  no_header: "none"
}, ENCODINGS = { utf8: "utf8", utf8bom: "utf8", ascii: "ascii", latin1: "latin1", iso88591: "latin1" }, IGNORED_OPTIONS = /* @__PURE__ */ new Set(["include_path_column", "path_column", "infer_column_types", "support_multi_line", "empty_as_string", "partition_size"]);
function parseMLTable(text, origin) {
  let document = parseBoundedYaml(text, origin);
  if (!isRecord(document)) throw new ConfigurationError(`${origin} must be a YAML mapping with a "paths:" list.`);
  return { paths: parsePaths(document.paths, origin), format: parseTransformations(document.transformations, origin) };
}
function parsePaths(paths, origin) {
  if (!Array.isArray(paths) || paths.length === 0)
    throw new ConfigurationError(`${origin} needs a non-empty "paths:" list of "file:", "folder:" or "pattern:" entries.`);
  return paths.map((entry, index) => {
    if (isRecord(entry)) {
      let keys = Object.keys(entry).filter((key) => key === "file" || key === "folder" || key === "pattern");
      if (keys.length === 1 && typeof entry[keys[0]] == "string")
        return { kind: keys[0], value: entry[keys[0]] };
    }
    throw new ConfigurationError(`${origin}: paths[${index}] must have exactly one of "file:", "folder:" or "pattern:" with a string value.`);
  });
}
function parseTransformations(transformations, origin) {
  if (transformations == null) return;
  if (!Array.isArray(transformations)) throw new ConfigurationError(`${origin}: "transformations:" must be a list.`);
  let format;
  for (let item of transformations) {
    let [name, options] = typeof item == "string" ? [item, {}] : isRecord(item) && Object.keys(item).length === 1 ? Object.entries(item)[0] : [void 0, void 0];
    if (name === void 0 || !READ_TRANSFORMATIONS.includes(name)) {
      let shown = name ?? JSON.stringify(item);
      throw new ConfigurationError(`${origin}: transformation "${shown}" is not supported; supported are ${READ_TRANSFORMATIONS.join(", ")}.`);
    }
    if (format !== void 0) throw new ConfigurationError(`${origin} has more than one read transformation; keep one of ${READ_TRANSFORMATIONS.join(", ")}.`);
    format = readFormat(name, isRecord(options) ? options : {}, origin);
  }
  return format;
}
function readFormat(name, options, origin) {
  let accepted = {
    read_delimited: ["delimiter", "header", "encoding"],
    read_json_lines: ["encoding", "invalid_lines"],
    read_parquet: []
  };
  for (let key of Object.keys(options))
    if (!accepted[name].includes(key) && !IGNORED_OPTIONS.has(key))
      throw new ConfigurationError(`${origin}: ${name} option "${key}" is not supported; supported are ${[...accepted[name], ...IGNORED_OPTIONS].join(", ")}.`);
  let encoding = pick(options.encoding, ENCODINGS, `${name}.encoding`, origin);
  if (name === "read_delimited") {
    let delimiter = options.delimiter ?? ",";
    if (typeof delimiter != "string") throw new ConfigurationError(`${origin}: read_delimited.delimiter must be a string.`);
    return { kind: "csv", delimiter, header: pick(options.header, HEADERS, "read_delimited.header", origin), encoding };
  }
  if (name === "read_json_lines") {
    if (encoding === "latin1") throw new ConfigurationError(`${origin}: read_json_lines.encoding must be utf8 or ascii.`);
    let invalid = options.invalid_lines ?? "error";
    if (invalid !== "error" && invalid !== "drop") throw new ConfigurationError(`${origin}: read_json_lines.invalid_lines must be "error" or "drop".`);
    return { kind: "jsonl", invalidLines: invalid };
  }
  return { kind: "parquet" };
}
function pick(value, choices, field, origin) {
  if (value != null) {
    if (typeof value == "string" && Object.hasOwn(choices, value)) return choices[value];
    throw new ConfigurationError(`${origin}: ${field} "${String(value)}" is not supported; supported are ${Object.keys(choices).join(", ")}.`);
  }
}
function isRecord(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value);
}

export {
  parseMLTable
};
