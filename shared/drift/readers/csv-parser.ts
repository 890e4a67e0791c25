import type { ColumnBuilder } from "./column-builder";
import { CELL_ESCAPED } from "./column-builder";
import { STOP_READING, type RowAdmission } from "./row-admission";
import type { TextEncoding } from "./source";
import { decodeBytes } from "./decode-bytes";
import { formatBytes, LIMITS } from "../../core/limits";
import { DOT, FNV_OFFSET, FNV_PRIME, MAX_EXACT_INTEGER, MINUS, PLUS, POW10, ZERO } from "./byte-codes";

const QUOTE = 34;
const LF = 10;
const CR = 13;

const SKIP = 0;
const NUMERICAL = 1;
const CATEGORICAL = 2;
/** `parseRow` result: the row does not end within the bytes at hand. */
const INCOMPLETE = -1;
/** `pendingSlot` when no row is half-read. */
const NO_SLOT = -3;

/** A malformed row; `line` is the 1-based physical line where the row starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

/**
 * Streaming RFC 4180 parser over raw bytes (quotes, doubled quotes, delimiters and newlines inside
 * quotes, CRLF/LF/CR line ends, a UTF-8 BOM; blank lines skipped) that writes each cell straight
 * into its column: plain decimals are parsed in the same pass that finds the cell's end, category
 * cells are hashed in that pass and looked up without a string. Hand-written for speed: no
 * maintained CSV parser streams into typed arrays; they hand out a string per cell.
 */
export class CsvParser {
  /** Bytes of the row still incomplete at the end of the last chunk live at the start of `scratch`. */
  private scratch = Buffer.alloc(0);
  private pendingLength = 0;
  /** The slot given to a row that was cut by the end of a chunk, reused when the row is parsed again. */
  private pendingSlot = NO_SLOT;
  private atStart = true;
  private skipLineFeed = false;
  /** Line of the row being parsed. */
  line = 1;
  private builders: (ColumnBuilder | null)[] = [];
  private kinds = new Uint8Array(0);
  private width = -1;
  private firstRowHandler: ((cells: string[]) => boolean) | null = null;
  /** Set once `maxRows` rows were read. */
  stopped = false;

  constructor(
    private readonly delimiter: number,
    private readonly encoding: TextEncoding,
    private readonly admission: RowAdmission,
  ) {}

  /** Hands the next row's cells to `handler` as text; `handler` returns true when that row is data too (after `setColumns`). */
  onFirstRow(handler: (cells: string[]) => boolean): void {
    this.firstRowHandler = handler;
  }

  /** One entry per field of a row: the column's builder, or null to skip the field. */
  setColumns(builders: (ColumnBuilder | null)[]): void {
    this.builders = builders;
    this.width = builders.length;
    this.kinds = Uint8Array.from(builders, (builder) => (builder === null ? SKIP : builder.isNumerical ? NUMERICAL : CATEGORICAL));
  }

  /** Parses the rows `chunk` completes; `chunk` may be reused by its owner once this returns. */
  push(chunk: Buffer): void {
    if (this.stopped) return;
    let buf = chunk;
    if (this.pendingLength > 0) {
      this.reserve(this.pendingLength + chunk.length);
      chunk.copy(this.scratch, this.pendingLength);
      buf = this.scratch.subarray(0, this.pendingLength + chunk.length);
    }
    const consumed = this.parse(buf, false);
    const rest = buf.length - consumed;
    if (rest > LIMITS.maxLineBytes && !this.stopped) throw new CsvSyntaxError(this.line, `a line is longer than ${formatBytes(LIMITS.maxLineBytes)}, the limit of a line`);
    if (rest === 0 || this.stopped) {
      this.pendingLength = 0;
    } else if (buf === chunk) {
      this.reserve(rest);
      chunk.copy(this.scratch, 0, consumed);
      this.pendingLength = rest;
    } else {
      this.scratch.copyWithin(0, consumed, buf.length);
      this.pendingLength = rest;
    }
  }

  end(): void {
    if (this.stopped) return;
    const buf = this.scratch.subarray(0, this.pendingLength);
    this.pendingLength = 0;
    this.parse(buf, true);
  }

  /** Grows the scratch buffer, keeping the pending bytes; it is reused, so fresh memory is touched only once. */
  private reserve(bytes: number): void {
    if (this.scratch.length >= bytes) return;
    const grown = Buffer.allocUnsafe(Math.max(bytes, this.scratch.length * 2, 1 << 16));
    this.scratch.copy(grown, 0, 0, this.pendingLength);
    this.scratch = grown;
  }

  /** Parses every complete row of `buf`; returns the offset where the first incomplete row starts. */
  private parse(buf: Buffer, final: boolean): number {
    const length = buf.length;
    let pos = 0;
    if (this.atStart) {
      if (length < 3 && !final) return 0;
      this.atStart = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    }
    if (this.skipLineFeed && pos < length) {
      this.skipLineFeed = false;
      if (buf[pos] === LF) pos++;
    }
    while (pos < length) {
      const first = buf[pos];
      if (first === LF || first === CR) {
        pos = this.afterRow(buf, pos, 0);
        continue;
      }
      const next = this.firstRowHandler !== null ? this.collectRow(buf, pos, final) : this.parseRow(buf, pos, final);
      if (next === INCOMPLETE) return pos;
      if (this.stopped) return length;
      pos = next;
    }
    return length;
  }

  /** Offset after the line end at `rowEnd`; counts the row's lines. */
  private afterRow(buf: Buffer, rowEnd: number, innerLines: number): number {
    this.line += 1 + innerLines;
    if (rowEnd >= buf.length) return buf.length;
    if (buf[rowEnd] !== CR) return rowEnd + 1;
    if (rowEnd + 1 < buf.length) return buf[rowEnd + 1] === LF ? rowEnd + 2 : rowEnd + 1;
    this.skipLineFeed = true;
    return buf.length;
  }

  /** Index of the closing quote of the quoted cell opening at `open`, or INCOMPLETE. Sets `quotedFlags` and `quotedLines`. */
  private closingQuote(buf: Buffer, open: number, final: boolean): number {
    const length = buf.length;
    let flags = 0;
    let lines = 0;
    let j = open + 1;
    for (;;) {
      if (j >= length) {
        if (final) throw new CsvSyntaxError(this.line, "a quoted field is not closed before the end of the file");
        return INCOMPLETE;
      }
      const c = buf[j];
      if (c === QUOTE) {
        if (j + 1 >= length && !final) return INCOMPLETE;
        if (j + 1 < length && buf[j + 1] === QUOTE) {
          flags = CELL_ESCAPED;
          j += 2;
          continue;
        }
        break;
      }
      if (c === LF) lines++;
      j++;
    }
    const after = j + 1;
    if (after < length) {
      const c = buf[after];
      if (c !== this.delimiter && c !== LF && c !== CR) {
        throw new CsvSyntaxError(this.line + lines, `unexpected character "${String.fromCharCode(c)}" after a closing quote`);
      }
    }
    this.quotedFlags = flags;
    this.quotedLines = lines;
    return j;
  }

  private quotedFlags = 0;
  private quotedLines = 0;

  /** End of the unquoted cell starting at `i`: the delimiter, line end, or `buf.length`. */
  private cellEnd(buf: Buffer, i: number): number {
    const delimiter = this.delimiter;
    const length = buf.length;
    while (i < length) {
      const c = buf[i];
      if (c === delimiter || c === LF || c === CR) break;
      i++;
    }
    return i;
  }

  /** Reads one row as text for the first-row handler. */
  private collectRow(buf: Buffer, pos: number, final: boolean): number {
    const cells: string[] = [];
    let innerLines = 0;
    let i = pos;
    let end: number;
    for (;;) {
      let text: string;
      if (i < buf.length && buf[i] === QUOTE) {
        const close = this.closingQuote(buf, i, final);
        if (close === INCOMPLETE) return INCOMPLETE;
        innerLines += this.quotedLines;
        text = decodeBytes(buf, i + 1, close, this.encoding);
        if (this.quotedFlags !== 0) text = text.replaceAll('""', '"');
        end = close + 1;
      } else {
        end = this.cellEnd(buf, i);
        if (end >= buf.length && !final) return INCOMPLETE;
        text = decodeBytes(buf, i, end, this.encoding);
      }
      cells.push(text);
      if (end < buf.length && buf[end] === this.delimiter) {
        i = end + 1;
        continue;
      }
      break;
    }
    const handler = this.firstRowHandler!;
    this.firstRowHandler = null;
    if (handler(cells)) return pos;
    return this.afterRow(buf, end, innerLines);
  }

  /** Parses one data row into the columns; returns the offset of the next row, or INCOMPLETE. */
  private parseRow(buf: Buffer, pos: number, final: boolean): number {
    let slot = this.pendingSlot;
    if (slot === NO_SLOT) {
      slot = this.admission.next();
      if (slot === STOP_READING) {
        this.stopped = true;
        return buf.length;
      }
    }
    const length = buf.length;
    const delimiter = this.delimiter;
    const encoding = this.encoding;
    const builders = this.builders;
    const kinds = this.kinds;
    const width = this.width;
    let innerLines = 0;
    let column = 0;
    let i = pos;
    let end: number;
    for (;; column++) {
      const kind = slot < 0 || column >= width ? SKIP : kinds[column];
      if (i < length && buf[i] === QUOTE) {
        const close = this.closingQuote(buf, i, final);
        if (close === INCOMPLETE) break;
        innerLines += this.quotedLines;
        if (kind !== SKIP) {
          const builder = builders[column]!;
          builder.setBytes(slot, buf, i + 1, close, this.quotedFlags, encoding);
          kinds[column] = builder.isNumerical ? NUMERICAL : CATEGORICAL;
        }
        end = close + 1;
      } else if (kind === NUMERICAL) {
        let k = i;
        let negative = false;
        let c = k < length ? buf[k] : LF;
        if (c === MINUS) {
          negative = true;
          k++;
        } else if (c === PLUS) {
          k++;
        }
        let mantissa = 0;
        let digits = 0;
        let scale = 0;
        while (k < length) {
          const d = buf[k] - ZERO;
          if (d < 0 || d > 9) break;
          mantissa = mantissa * 10 + d;
          digits++;
          k++;
        }
        const dotted = k < length && buf[k] === DOT;
        if (dotted) {
          k++;
          while (k < length) {
            const d = buf[k] - ZERO;
            if (d < 0 || d > 9) break;
            mantissa = mantissa * 10 + d;
            digits++;
            scale--;
            k++;
          }
        }
        if (k >= length && !final) break;
        c = k < length ? buf[k] : LF;
        if ((c === delimiter || c === LF || c === CR) && digits > 0 && mantissa <= MAX_EXACT_INTEGER && scale >= -22) {
          const magnitude = scale === 0 ? mantissa : mantissa / POW10[-scale];
          builders[column]!.setParsedNumber(slot, negative ? -magnitude : magnitude, !dotted);
          end = k;
        } else {
          end = this.cellEnd(buf, k);
          if (end >= length && !final) break;
          const builder = builders[column]!;
          builder.setBytes(slot, buf, i, end, 0, encoding);
          if (!builder.isNumerical) kinds[column] = CATEGORICAL;
        }
      } else if (kind === CATEGORICAL) {
        let hash = FNV_OFFSET;
        let k = i;
        while (k < length) {
          const c = buf[k];
          if (c === delimiter || c === LF || c === CR) break;
          hash = Math.imul(hash ^ c, FNV_PRIME);
          k++;
        }
        if (k >= length && !final) break;
        if (k === i) builders[column]!.setMissing(slot);
        else builders[column]!.setHashedBytes(slot, buf, i, k, hash, encoding);
        end = k;
      } else {
        end = this.cellEnd(buf, i);
        if (end >= length && !final) break;
      }
      if (end < length && buf[end] === delimiter) {
        i = end + 1;
        continue;
      }
      if (column + 1 !== width) throw new CsvSyntaxError(this.line, `${column + 1} fields where the header has ${width}`);
      this.pendingSlot = NO_SLOT;
      return this.afterRow(buf, end, innerLines);
    }
    this.pendingSlot = slot;
    return INCOMPLETE;
  }
}
