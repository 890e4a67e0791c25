import { CancelledError, ConfigurationError } from "../../core/errors";
import type { ReadOptions, Table } from "../table";
import { CsvReader } from "./csv";
import { abortableSource } from "./abortable";
import { formatFromName, isGzipName, type ByteSource, type CsvFormat, type Dataset } from "./source";
import { TableBuilder } from "./table-builder";
import { cancellableSource, throwIfCancelled } from "./cancellable";

/**
 * Reads a dataset into typed-array columns. `source` is a local path, glob, MLTable folder or
 * folder of data files; or byte sources (blobs, streams) with an optional format.
 */
export async function readTable(source: string | Dataset | ByteSource | readonly ByteSource[], options: ReadOptions = {}): Promise<Table> {
  const dataset = await toDataset(source);
  if (dataset.sources.length === 0) throw new ConfigurationError(`${dataset.label} holds no file.`);
  const table = new TableBuilder(dataset.label, options);
  if (dataset.sources.every((file) => file.size !== undefined)) table.totalBytes = dataset.sources.reduce((sum, file) => sum + file.size!, 0);
  const csvReaders = new Map<string, CsvReader>();
  for (const source of dataset.sources) {
    if (table.done) break;
    throwIfCancelled(options.signal, `Reading ${dataset.label}`);
    const file = cancellableSource(source, options.signal);
    const format = dataset.format ?? formatFromName(file.name);
    const abortable = abortableSource(file, options.signal);
    table.beginFile(file.name);
    try {
      // Each format's reader is loaded when a file needs it: a worker reading CSV starts without the others.
      const input = format.kind !== "parquet" && isGzipName(file.name) ? (await import("./gzip")).gunzipSource(abortable) : abortable;
      if (format.kind === "csv") await csvReaderFor(csvReaders, format).read(input, table);
      else if (format.kind === "jsonl") await (await import("./jsonl")).readJsonLines(input, format, table);
      else await (await import("./parquet")).readParquet(input, table);
    } catch (error) {
      if (error instanceof ConfigurationError || error instanceof CancelledError) throw error;
      throw new ConfigurationError(`Cannot read ${file.name}: ${(error as Error).message}`);
    }
    table.endFile();
  }
  return table.finish();
}

async function toDataset(source: string | Dataset | ByteSource | readonly ByteSource[]): Promise<Dataset> {
  if (typeof source === "string") return (await import("./local")).resolveLocalDataset(source);
  if (isByteSourceList(source)) return { label: source.map((file) => file.name).join(", "), sources: source };
  if ("sources" in source) return source;
  return { label: source.name, sources: [source] };
}

function isByteSourceList(source: Dataset | ByteSource | readonly ByteSource[]): source is readonly ByteSource[] {
  return Array.isArray(source);
}

/** One reader per distinct CSV format, so `first-file` headers carry over between files. */
function csvReaderFor(readers: Map<string, CsvReader>, format: CsvFormat): CsvReader {
  const key = JSON.stringify([format.delimiter, format.header, format.encoding]);
  let reader = readers.get(key);
  if (reader === undefined) {
    reader = new CsvReader(format);
    readers.set(key, reader);
  }
  return reader;
}
