import { ConfigurationError } from "../../core/errors";
import { ByteDictionary } from "./byte-dictionary";
import type { ColumnBuilder } from "./column-builder";
import { decodeBytes, InvalidUtf8Error } from "./decode-bytes";
import { formatBytes, LIMITS } from "../../core/limits";
import { FlatJsonScanner } from "./json-line-scanner";
import { STOP_READING } from "./row-admission";
import type { ByteSource, JsonLinesFormat } from "./source";
import type { TableBuilder } from "./table-builder";

const LF = 10;
/** Past this many distinct keys in one file, lines go through JSON.parse only. */
const MAX_SCANNED_KEYS = 1 << 15;

/**
 * Reads JSON Lines: one object per line, nested objects flattened one level into dotted names
 * (`{"a": {"b": 1}}` → column `a.b`). Numbers are numerical; strings and booleans categorical;
 * null, NaN, Infinity and the CSV missing tokens (`""`, `"NA"`, `"nan"`, …) missing; deeper
 * objects and arrays become their JSON text. Flat lines are scanned from bytes, others parsed.
 */
export async function readJsonLines(source: ByteSource, format: JsonLinesFormat, table: TableBuilder): Promise<void> {
  const admission = table.admission;
  const dropInvalid = format.invalidLines === "drop";
  let line = 0;

  const setValue = (builder: ColumnBuilder, slot: number, value: unknown): void => {
    builder.rowSerial = admission.seen;
    builder.setValue(slot, value);
  };

  /** Registers the columns of a row the sample leaves out, so that every file's columns are checked alike. */
  const markColumns = (record: Record<string, unknown>): void => {
    for (const key in record) {
      const value = record[key];
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const inner in value as Record<string, unknown>) table.column(`${key}.${inner}`);
      } else {
        table.column(key);
      }
    }
  };

  const scanner = new FlatJsonScanner();
  const keyCodes = new ByteDictionary();
  const keyBuilders: (ColumnBuilder | null)[] = [];
  const builderForKey = (buf: Buffer, start: number, end: number, hash: number): ColumnBuilder | null => {
    let index = keyCodes.find(buf, start, end, hash);
    if (index < 0) {
      index = keyBuilders.length;
      keyBuilders.push(table.column(decodeBytes(buf, start, end, "utf8")));
      keyCodes.add(buf, start, end, hash, index);
    }
    return keyBuilders[index];
  };

  /** Reads a flat object scanned from bytes; returns false to stop reading. */
  const readScanned = (buf: Buffer): boolean => {
    const slot = admission.next();
    if (slot === STOP_READING) return false;
    const { count, keyStart, keyEnd, keyHash } = scanner;
    if (slot < 0) {
      for (let k = 0; k < count; k++) builderForKey(buf, keyStart[k], keyEnd[k], keyHash[k]);
      return true;
    }
    const serial = admission.seen;
    for (let k = 0; k < count; k++) {
      const builder = builderForKey(buf, keyStart[k], keyEnd[k], keyHash[k]);
      if (builder === null) continue;
      builder.rowSerial = serial;
      scanner.storeValue(k, builder, slot, buf);
    }
    const columns = table.materialised;
    for (let i = 0; i < columns.length; i++) if (columns[i].rowSerial !== serial) columns[i].setMissing(slot);
    return true;
  };

  /** Returns false to stop reading. */
  const readLine = (buf: Buffer, start: number, end: number): boolean => {
    line++;
    if (end > start && buf[end - 1] === 13) end--;
    if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf && start + 3 <= end) start += 3;
    if (keyBuilders.length < MAX_SCANNED_KEYS && scanner.scan(buf, start, end)) return readScanned(buf);
    const text = decodeBytes(buf, start, end, "utf8");
    if (text.trim() === "") return true;
    if (nestingDepth(text) > LIMITS.maxJsonDepth) {
      throw new ConfigurationError(`${source.name} line ${line}: a value is nested deeper than ${LIMITS.maxJsonDepth} levels, the limit of a JSON Lines record.`);
    }
    const record = parseRecord(text);
    if (record === undefined) {
      if (dropInvalid) return true;
      throw new ConfigurationError(`${source.name} is not valid JSON Lines at line ${line}: each line must be one JSON object.`);
    }
    const slot = admission.next();
    if (slot === STOP_READING) return false;
    if (slot < 0) {
      markColumns(record);
      return true;
    }
    for (const key in record) {
      const value = record[key];
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const inner in value as Record<string, unknown>) {
          const builder = table.column(`${key}.${inner}`);
          if (builder !== null) setValue(builder, slot, (value as Record<string, unknown>)[inner]);
        }
      } else {
        const builder = table.column(key);
        if (builder !== null) setValue(builder, slot, value);
      }
    }
    const columns = table.materialised;
    for (let i = 0; i < columns.length; i++) if (columns[i].rowSerial !== admission.seen) columns[i].setMissing(slot);
    return true;
  };

  const lines = new LineSplitter();
  let stopped = false;
  try {
    for await (const chunk of source.open()) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      stopped = !lines.push(bytes, readLine);
      table.noteBytes(bytes.length);
      if (stopped) break;
    }
    if (!stopped) lines.end(readLine);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw new ConfigurationError(`${source.name} line ${line}: ${error.message}.`);
    if (error instanceof LineTooLongError) throw new ConfigurationError(`${source.name} line ${line + 1} is longer than ${formatBytes(LIMITS.maxLineBytes)}, the limit of a line.`);
    throw error;
  }
}

class LineTooLongError extends Error {}

/** Deepest nesting of arrays and objects in JSON text (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Splits chunks into lines; the partial line at a chunk's end waits in a reused buffer. */
class LineSplitter {
  private scratch = Buffer.alloc(0);
  private pendingLength = 0;

  /** Calls `onLine` for every line `chunk` completes, until it returns false; returns false if it did. */
  push(chunk: Buffer, onLine: (buf: Buffer, start: number, end: number) => boolean): boolean {
    let start = 0;
    let end = chunk.indexOf(LF);
    if (this.pendingLength > 0) {
      if (end < 0) {
        this.keep(chunk, 0, chunk.length);
        return true;
      }
      this.keep(chunk, 0, end);
      const length = this.pendingLength;
      this.pendingLength = 0;
      if (!onLine(this.scratch, 0, length)) return false;
      start = end + 1;
      end = chunk.indexOf(LF, start);
    }
    while (end >= 0) {
      if (!onLine(chunk, start, end)) return false;
      start = end + 1;
      end = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) this.keep(chunk, start, chunk.length);
    return true;
  }

  end(onLine: (buf: Buffer, start: number, end: number) => boolean): void {
    if (this.pendingLength > 0) onLine(this.scratch, 0, this.pendingLength);
    this.pendingLength = 0;
  }

  /** Appends `chunk[from, to)` to the pending bytes. */
  private keep(chunk: Buffer, from: number, to: number): void {
    const needed = this.pendingLength + to - from;
    if (needed > LIMITS.maxLineBytes) throw new LineTooLongError();
    if (this.scratch.length < needed) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2, 1 << 16));
      this.scratch.copy(grown, 0, 0, this.pendingLength);
      this.scratch = grown;
    }
    chunk.copy(this.scratch, this.pendingLength, from, to);
    this.pendingLength = needed;
  }
}

/** The line's object, or undefined when it is not one. Bare NaN/Infinity (Python's json) read as null. */
function parseRecord(text: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    try {
      parsed = JSON.parse(replaceNonFiniteLiterals(text));
    } catch {
      return undefined;
    }
  }
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}

/** Replaces the non-standard literals NaN, Infinity and -Infinity outside strings with null. */
function replaceNonFiniteLiterals(text: string): string {
  let out = "";
  let copied = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    for (const literal of ["NaN", "-Infinity", "Infinity"]) {
      if (text.startsWith(literal, i)) {
        out += text.slice(copied, i) + "null";
        i += literal.length - 1;
        copied = i + 1;
        break;
      }
    }
  }
  return out + text.slice(copied);
}
