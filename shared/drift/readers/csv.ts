import { ConfigurationError } from "../../core/errors";
import { CsvParser, CsvSyntaxError } from "./csv-parser";
import { InvalidUtf8Error } from "./decode-bytes";
import { LIMITS } from "../../core/limits";

const LATIN1_HINT = "a Latin-1 file is read with an MLTable whose read_delimited has encoding: latin1.";
import type { ByteSource, CsvFormat, TextEncoding } from "./source";
import type { TableBuilder } from "./table-builder";

/** Reads the delimited files of one dataset; remembers the header for `first-file` mode. */
export class CsvReader {
  private firstHeader: string[] | null = null;
  private readonly delimiter: number;
  private readonly encoding: TextEncoding;
  private readonly header: NonNullable<CsvFormat["header"]>;

  constructor(format: CsvFormat) {
    const delimiter = format.delimiter === "\\t" ? "\t" : (format.delimiter ?? ",");
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new ConfigurationError(`The CSV delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}.`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.encoding = format.encoding ?? "utf8";
    this.header = format.header ?? "every-file";
  }

  async read(source: ByteSource, table: TableBuilder): Promise<void> {
    const parser = new CsvParser(this.delimiter, this.encoding, table.admission);
    const useNames = (names: string[]): void => {
      if (names.length > LIMITS.maxColumns) {
        throw new ConfigurationError(`${source.name} has ${names.length} columns, over the limit of ${LIMITS.maxColumns} columns of a dataset.`);
      }
      this.firstHeader ??= names;
      parser.setColumns(names.map((name) => table.column(name)));
    };
    let headerSeen = this.header === "none" || (this.header === "first-file" && this.firstHeader !== null);
    if (!headerSeen) {
      parser.onFirstRow((cells) => {
        headerSeen = true;
        useNames(headerNames(cells, source.name));
        return false;
      });
    } else if (this.firstHeader !== null) {
      useNames(this.firstHeader);
    } else {
      parser.onFirstRow((cells) => {
        useNames(cells.map((_, i) => `Column${i + 1}`));
        return true;
      });
    }

    try {
      for await (const chunk of source.open()) {
        parser.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        table.noteBytes(chunk.byteLength);
        if (parser.stopped) break;
      }
      parser.end();
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new ConfigurationError(`${source.name} is not valid CSV at line ${error.line}: ${error.problem}.`);
      if (error instanceof InvalidUtf8Error) throw new ConfigurationError(`${source.name} line ${parser.line}: ${error.message}; ${LATIN1_HINT}`);
      throw error;
    }
    if (!headerSeen) throw new ConfigurationError(`${source.name} is empty: a header line was expected.`);
  }
}

function headerNames(cells: string[], file: string): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const name = cell === "" ? `Unnamed: ${i}` : cell;
    if (seen.has(name)) throw new ConfigurationError(`${file} has two columns named "${name}": column names must be unique.`);
    seen.add(name);
    return name;
  });
}
