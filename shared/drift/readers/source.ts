import type { AsyncBuffer } from "hyparquet";
import { ConfigurationError } from "../../core/errors";

/** Bytes of one file or blob. Readers never assume a local file. */
export interface ByteSource {
  /** File name or blob path: shown in messages, and its extension selects the format. */
  readonly name: string;
  /** Byte length when known: lets readers size their storage once. */
  readonly size?: number;
  /** The local file holding the bytes, when there is one: a worker thread may read it itself. */
  readonly localPath?: string;
  /**
   * A fresh stream of the whole content. A chunk is valid only until the next one is requested (a source may reuse its buffer).
   * Once `signal` aborts, the stream stops (a network read is torn down) with the signal's reason.
   */
  open(signal?: AbortSignal): AsyncIterable<Uint8Array>;
  /** Random access, for Parquet (read from its footer); without it the stream is buffered whole. `signal` stops pending reads. */
  randomAccess?(signal?: AbortSignal): Promise<AsyncBuffer>;
}

export type TextEncoding = "utf8" | "latin1" | "ascii";

/** Which lines of delimited files are headers. */
export type HeaderMode = "every-file" | "first-file" | "none";

export interface CsvFormat {
  kind: "csv";
  /** One character; `,` by default. */
  delimiter?: string;
  /** `every-file` by default; with `none` the columns are named Column1, Column2, … */
  header?: HeaderMode;
  encoding?: TextEncoding;
}

export interface JsonLinesFormat {
  kind: "jsonl";
  /** `error` (default) stops at a line that is not a JSON object; `drop` skips it. */
  invalidLines?: "error" | "drop";
}

export interface ParquetFormat {
  kind: "parquet";
}

export type FormatSpec = CsvFormat | JsonLinesFormat | ParquetFormat;

/** What `readTable` reads: files of one dataset, in order. */
export interface Dataset {
  /** How the user named the dataset (path, glob, URI): used in messages. */
  label: string;
  sources: readonly ByteSource[];
  /** Applies to every source; without it each source's format comes from its name. */
  format?: FormatSpec;
}

export const ACCEPTED_EXTENSIONS = [".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"] as const;

const GZIP_SUFFIX = ".gz";

/** A gzip-compressed file (`data.csv.gz`): readers decompress it as it streams. */
export function isGzipName(name: string): boolean {
  return name.toLowerCase().endsWith(GZIP_SUFFIX);
}

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  const plain = isGzipName(lower) ? lower.slice(0, -GZIP_SUFFIX.length) : lower;
  if (plain !== lower && plain.endsWith(".parquet")) return false;
  return ACCEPTED_EXTENSIONS.some((extension) => plain.endsWith(extension));
}

/** The format a file name implies. */
export function formatFromName(name: string): FormatSpec {
  const lower = name.toLowerCase();
  const plain = isGzipName(lower) ? lower.slice(0, -GZIP_SUFFIX.length) : lower;
  if (plain.endsWith(".csv")) return { kind: "csv" };
  if (plain.endsWith(".tsv")) return { kind: "csv", delimiter: "\t" };
  if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson") || plain.endsWith(".json")) return { kind: "jsonl" };
  if (plain.endsWith(".parquet") && plain === lower) return { kind: "parquet" };
  throw new ConfigurationError(
    `Cannot tell the format of ${name}: accepted are ${ACCEPTED_EXTENSIONS.join(", ")} files (JSON as JSON Lines; the text formats gzip-compressed too, as .csv.gz) and MLTable folders.`,
  );
}
