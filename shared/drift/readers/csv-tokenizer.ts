import { CELL_ESCAPED } from "./column-builder";

/** Cell flag: the cell was quoted. */
export const CELL_QUOTED = 1;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Receives each complete row; cell i is bytes `[starts[i], ends[i])` of `buf`, valid only during the call. */
export type CsvRowHandler = (buf: Buffer, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number) => boolean;

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
 * Streaming RFC 4180 tokenizer over raw bytes: quotes, doubled quotes, delimiters and newlines
 * inside quotes, CRLF/LF/CR line ends, a UTF-8 BOM; blank lines are skipped. Hand-written for
 * speed: no maintained CSV parser hands cell byte ranges to typed-array columns without a string per cell.
 */
export class CsvTokenizer {
  /** Bytes of the row still incomplete at the end of the last chunk live at the start of `scratch`. */
  private scratch = Buffer.alloc(0);
  private pendingLength = 0;
  private atStart = true;
  private skipLineFeed = false;
  private line = 1;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private flags = new Uint8Array(64);
  /** Set when the row handler asked to stop. */
  stopped = false;

  constructor(
    private readonly delimiter: number,
    private readonly onRow: CsvRowHandler,
  ) {}

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

  /** Grows the scratch buffer (keeping the pending bytes) to hold `bytes`; reused afterwards, so it is written to fresh memory only once. */
  private reserve(bytes: number): void {
    if (this.scratch.length >= bytes) return;
    const grown = Buffer.allocUnsafe(Math.max(bytes, this.scratch.length * 2, 1 << 16));
    this.scratch.copy(grown, 0, 0, this.pendingLength);
    this.scratch = grown;
  }

  /** Emits every complete row of `buf`; returns the offset where the first incomplete row starts. */
  private parse(buf: Buffer, final: boolean): number {
    const length = buf.length;
    const delimiter = this.delimiter;
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
    let starts = this.starts;
    let ends = this.ends;
    let flags = this.flags;
    while (pos < length) {
      const rowStart = pos;
      let count = 0;
      let innerLines = 0;
      let i = pos;
      let rowEnd: number;
      for (;;) {
        if (count === starts.length) {
          starts = this.starts = grow32(starts);
          ends = this.ends = grow32(ends);
          flags = this.flags = grow8(flags);
        }
        if (i < length && buf[i] === QUOTE) {
          let j = i + 1;
          let cellFlags = CELL_QUOTED;
          for (;;) {
            if (j >= length) {
              if (final) throw new CsvSyntaxError(this.line, "a quoted field is not closed before the end of the file");
              return rowStart;
            }
            const c = buf[j];
            if (c === QUOTE) {
              if (j + 1 >= length && !final) return rowStart;
              if (buf[j + 1] === QUOTE && j + 1 < length) {
                cellFlags = CELL_QUOTED | CELL_ESCAPED;
                j += 2;
                continue;
              }
              break;
            }
            if (c === LF) innerLines++;
            j++;
          }
          starts[count] = i + 1;
          ends[count] = j;
          flags[count] = cellFlags;
          count++;
          i = j + 1;
          if (i >= length) {
            rowEnd = length;
            break;
          }
          const c = buf[i];
          if (c === delimiter) {
            i++;
            continue;
          }
          if (c === LF || c === CR) {
            rowEnd = i;
            break;
          }
          throw new CsvSyntaxError(this.line + innerLines, `unexpected character "${String.fromCharCode(c)}" after a closing quote`);
        }
        let j = i;
        while (j < length) {
          const c = buf[j];
          if (c === delimiter || c === LF || c === CR) break;
          j++;
        }
        if (j >= length && !final) return rowStart;
        starts[count] = i;
        ends[count] = j;
        flags[count] = 0;
        count++;
        if (j < length && buf[j] === delimiter) {
          i = j + 1;
          continue;
        }
        rowEnd = j;
        break;
      }
      if (rowEnd >= length) {
        pos = length;
      } else if (buf[rowEnd] === CR) {
        if (rowEnd + 1 < length) pos = buf[rowEnd + 1] === LF ? rowEnd + 2 : rowEnd + 1;
        else {
          pos = length;
          this.skipLineFeed = true;
        }
      } else {
        pos = rowEnd + 1;
      }
      const line = this.line;
      this.line += 1 + innerLines;
      if (count === 1 && flags[0] === 0 && starts[0] === ends[0]) continue;
      if (!this.onRow(buf, starts, ends, flags, count, line)) {
        this.stopped = true;
        return length;
      }
    }
    return length;
  }
}

function grow32(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function grow8(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(array.length * 2);
  grown.set(array);
  return grown;
}
