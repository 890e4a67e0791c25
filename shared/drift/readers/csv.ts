import { ConfigurationError } from "../../errors";
import { CELL_ESCAPED, type ColumnBuilder } from "./column-builder";
import { CsvSyntaxError, CsvTokenizer } from "./csv-tokenizer";
import { STOP_READING } from "./row-admission";
import type { ByteSource, CsvFormat, TextEncoding } from "./source";
import type { TableBuilder } from "./table-builder";

/** Reads the delimited files of one dataset; remembers the header for `first-file` mode. */
export class CsvReader {
  private firstHeader: string[] | null = null;
  private readonly delimiter: number;
  private readonly encoding: TextEncoding;
  private readonly header: NonNullable<CsvFormat["header"]>;

  constructor(format: CsvFormat) {
    const delimiter = format.delimiter ?? ",";
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new ConfigurationError(`The CSV delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}.`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.encoding = format.encoding ?? "utf8";
    this.header = format.header ?? "every-file";
  }

  async read(source: ByteSource, table: TableBuilder): Promise<void> {
    const encoding = this.encoding;
    const admission = table.admission;
    const hasHeader = this.header === "every-file" || (this.header === "first-file" && this.firstHeader === null);
    let width = -1;
    let columnIndex = new Int32Array(0);
    let builders: ColumnBuilder[] = [];

    const useNames = (names: string[]): void => {
      this.firstHeader ??= names;
      width = names.length;
      const selected: number[] = [];
      builders = [];
      names.forEach((name, index) => {
        const builder = table.column(name);
        if (builder !== null) {
          selected.push(index);
          builders.push(builder);
        }
      });
      columnIndex = Int32Array.from(selected);
    };
    if (!hasHeader && this.firstHeader !== null) useNames(this.firstHeader);

    let headerPending = hasHeader;
    const tokenizer = new CsvTokenizer(this.delimiter, (buf, starts, ends, flags, count, line) => {
      if (headerPending) {
        headerPending = false;
        useNames(headerNames(buf, starts, ends, flags, count, encoding, source.name));
        return true;
      }
      if (width < 0) useNames(Array.from({ length: count }, (_, i) => `Column${i + 1}`));
      if (count !== width) throw new CsvSyntaxError(line, `${count} fields where the header has ${width}`);
      const slot = admission.next();
      if (slot < 0) return slot !== STOP_READING;
      for (let k = 0; k < builders.length; k++) {
        const c = columnIndex[k];
        builders[k].setBytes(slot, buf, starts[c], ends[c], flags[c], encoding);
      }
      return true;
    });

    try {
      for await (const chunk of source.open()) {
        tokenizer.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        table.noteBytes(chunk.byteLength);
        if (tokenizer.stopped) break;
      }
      tokenizer.end();
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new ConfigurationError(`${source.name} is not valid CSV at line ${error.line}: ${error.problem}.`);
      throw error;
    }
    if (headerPending) throw new ConfigurationError(`${source.name} is empty: a header line was expected.`);
  }
}

function headerNames(buf: Buffer, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, encoding: TextEncoding, file: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name = buf.toString(encoding, starts[i], ends[i]);
    if ((flags[i] & CELL_ESCAPED) !== 0) name = name.replaceAll('""', '"');
    if (name === "") name = `Unnamed: ${i}`;
    if (seen.has(name)) throw new ConfigurationError(`${file} has two columns named "${name}": column names must be unique.`);
    seen.add(name);
    names.push(name);
  }
  return names;
}
