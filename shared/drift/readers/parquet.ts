import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type ColumnData, type FileMetaData } from "hyparquet";
import { parquetCompressors } from "./parquet-compressors";
import { decodeBytes, InvalidUtf8Error } from "./decode-bytes";
import { ConfigurationError, errorMessage } from "../../core/errors";
import type { ColumnBuilder } from "./column-builder";
import { STOP_READING } from "./row-admission";
import type { ByteSource } from "./source";
import type { TableBuilder } from "./table-builder";

/** Strings decoded as CSV and JSON Lines cells are: bytes that are not UTF-8 become the error, thrown with the column and row where met. */
const CHECKED_TEXT = {
  stringFromBytes(bytes: Uint8Array | undefined): string | undefined {
    if (!bytes) return bytes;
    try {
      return decodeBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.byteLength, "utf8");
    } catch (error) {
      if (error instanceof InvalidUtf8Error) return error as unknown as string;
      throw error;
    }
  },
};

/** Reads a Parquet file row group by row group, decoding only the materialised columns. */
export async function readParquet(source: ByteSource, table: TableBuilder): Promise<void> {
  const file = source.randomAccess ? await source.randomAccess() : await bufferWhole(source);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new ConfigurationError(`${source.name} is not a readable Parquet file: ${errorMessage(error)}.`);
  }
  const builders = new Map<string, ColumnBuilder>();
  for (const { element } of parquetSchema(metadata).children) {
    const builder = table.column(element.name);
    if (builder === null) continue;
    builders.set(element.name, builder);
    if (element.type === "FLOAT" || element.type === "DOUBLE") builder.markFloatingPoint();
  }
  const columns = [...builders.keys()];
  table.expectRows(Number(metadata.num_rows), source.size);
  const admission = table.admission;

  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const slots = new Int32Array(groupRows);
    let taken = 0;
    let stop = false;
    while (taken < groupRows) {
      const slot = admission.next();
      if (slot === STOP_READING) {
        stop = true;
        break;
      }
      slots[taken++] = slot;
    }
    const rowStart = groupStart;
    const rowEnd = groupStart + taken;
    if (taken > 0 && columns.length > 0) {
      let invalid: ConfigurationError | undefined;
      const onChunk = (chunk: ColumnData): void => {
        const builder = builders.get(chunk.columnName);
        if (builder === undefined || invalid) return;
        const from = Math.max(chunk.rowStart, rowStart);
        const to = Math.min(chunk.rowEnd, rowEnd);
        for (let row = from; row < to; row++) {
          const value: unknown = chunk.columnData[row - chunk.rowStart];
          if (value instanceof InvalidUtf8Error) {
            invalid = new ConfigurationError(`${source.name} column ${JSON.stringify(chunk.columnName)} row ${row + 1}: ${value.message}.`);
            return;
          }
          const slot = slots[row - rowStart];
          if (slot >= 0) builder.setValue(slot, value);
        }
      };
      try {
        await parquetRead({ file, metadata, columns, rowStart, rowEnd, compressors: parquetCompressors, parsers: CHECKED_TEXT, onChunk });
      } catch (error) {
        throw new ConfigurationError(`${source.name} could not be read as Parquet: ${errorMessage(error)}.`);
      }
      if (invalid) throw invalid;
    }
    if (stop) return;
    groupStart += groupRows;
  }
}

async function bufferWhole(source: ByteSource): Promise<AsyncBuffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of source.open()) parts.push(Buffer.from(chunk));
  const whole = Buffer.concat(parts);
  return {
    byteLength: whole.byteLength,
    slice: (start, end) => whole.buffer.slice(whole.byteOffset + start, whole.byteOffset + (end ?? whole.byteLength)) as ArrayBuffer,
  };
}
