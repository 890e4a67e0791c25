import { parseBoundedYaml } from "../../core/bounded-yaml";
import { ConfigurationError } from "../../core/errors";
import type { FormatSpec, HeaderMode, TextEncoding } from "./source";

/** One `paths:` entry of an MLTable. */
export interface MLTablePath {
  kind: "file" | "folder" | "pattern";
  /** As written: relative to the MLTable's folder, or a URI. */
  value: string;
}

export interface MLTableSpec {
  paths: MLTablePath[];
  /** From the `read_*` transformation; absent when there is none (formats then come from file names). */
  format?: FormatSpec;
}

const READ_TRANSFORMATIONS = ["read_delimited", "read_json_lines", "read_parquet"];

const HEADERS: Record<string, HeaderMode> = {
  all_files_same_headers: "every-file",
  combine_all_files_headers: "every-file",
  from_first_file: "first-file",
  no_header: "none",
};

const ENCODINGS: Record<string, TextEncoding> = { utf8: "utf8", utf8bom: "utf8", ascii: "ascii", latin1: "latin1", iso88591: "latin1" };

/** Options that change nothing about the values read. */
const IGNORED_OPTIONS = new Set(["include_path_column", "path_column", "infer_column_types", "support_multi_line", "empty_as_string", "partition_size"]);

/** Parses the text of an `MLTable` file; `origin` names it in messages. */
export function parseMLTable(text: string, origin: string): MLTableSpec {
  const document = parseBoundedYaml(text, origin);
  if (!isRecord(document)) throw new ConfigurationError(`${origin} must be a YAML mapping with a "paths:" list.`);
  return { paths: parsePaths(document.paths, origin), format: parseTransformations(document.transformations, origin) };
}

function parsePaths(paths: unknown, origin: string): MLTablePath[] {
  if (!Array.isArray(paths) || paths.length === 0) {
    throw new ConfigurationError(`${origin} needs a non-empty "paths:" list of "file:", "folder:" or "pattern:" entries.`);
  }
  return paths.map((entry, index) => {
    if (isRecord(entry)) {
      const keys = Object.keys(entry).filter((key) => key === "file" || key === "folder" || key === "pattern");
      if (keys.length === 1 && typeof entry[keys[0]] === "string") {
        return { kind: keys[0] as MLTablePath["kind"], value: entry[keys[0]] as string };
      }
    }
    throw new ConfigurationError(`${origin}: paths[${index}] must have exactly one of "file:", "folder:" or "pattern:" with a string value.`);
  });
}

function parseTransformations(transformations: unknown, origin: string): FormatSpec | undefined {
  if (transformations === undefined || transformations === null) return undefined;
  if (!Array.isArray(transformations)) throw new ConfigurationError(`${origin}: "transformations:" must be a list.`);
  let format: FormatSpec | undefined;
  for (const item of transformations) {
    const [name, options] = typeof item === "string" ? [item, {}] : isRecord(item) && Object.keys(item).length === 1 ? Object.entries(item)[0] : [undefined, undefined];
    if (name === undefined || !READ_TRANSFORMATIONS.includes(name)) {
      const shown = name ?? JSON.stringify(item);
      throw new ConfigurationError(`${origin}: transformation "${shown}" is not supported; supported are ${READ_TRANSFORMATIONS.join(", ")}.`);
    }
    if (format !== undefined) throw new ConfigurationError(`${origin} has more than one read transformation; keep one of ${READ_TRANSFORMATIONS.join(", ")}.`);
    format = readFormat(name, isRecord(options) ? options : {}, origin);
  }
  return format;
}

function readFormat(name: string, options: Record<string, unknown>, origin: string): FormatSpec {
  const accepted: Record<string, string[]> = {
    read_delimited: ["delimiter", "header", "encoding"],
    read_json_lines: ["encoding", "invalid_lines"],
    read_parquet: [],
  };
  for (const key of Object.keys(options)) {
    if (!accepted[name].includes(key) && !IGNORED_OPTIONS.has(key)) {
      throw new ConfigurationError(`${origin}: ${name} option "${key}" is not supported; supported are ${[...accepted[name], ...IGNORED_OPTIONS].join(", ")}.`);
    }
  }
  const encoding = pick(options.encoding, ENCODINGS, `${name}.encoding`, origin);
  if (name === "read_delimited") {
    const delimiter = options.delimiter ?? ",";
    if (typeof delimiter !== "string") throw new ConfigurationError(`${origin}: read_delimited.delimiter must be a string.`);
    return { kind: "csv", delimiter, header: pick(options.header, HEADERS, "read_delimited.header", origin), encoding };
  }
  if (name === "read_json_lines") {
    if (encoding === "latin1") throw new ConfigurationError(`${origin}: read_json_lines.encoding must be utf8 or ascii.`);
    const invalid = options.invalid_lines ?? "error";
    if (invalid !== "error" && invalid !== "drop") throw new ConfigurationError(`${origin}: read_json_lines.invalid_lines must be "error" or "drop".`);
    return { kind: "jsonl", invalidLines: invalid };
  }
  return { kind: "parquet" };
}

function pick<T>(value: unknown, choices: Record<string, T>, field: string, origin: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && Object.hasOwn(choices, value)) return choices[value];
  throw new ConfigurationError(`${origin}: ${field} "${String(value)}" is not supported; supported are ${Object.keys(choices).join(", ")}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
