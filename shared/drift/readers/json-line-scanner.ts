import type { ColumnBuilder } from "./column-builder";
import { parseDecimalBytes } from "./parse-number";
import { DOT, FNV_OFFSET, FNV_PRIME, MAX_EXACT_INTEGER, MINUS, POW10, ZERO } from "./byte-codes";

const JSON_STRING = 1;
const JSON_NUMBER = 2;
const JSON_TRUE = 3;
const JSON_FALSE = 4;
const JSON_NULL = 5;

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN = 123;
const CLOSE = 125;

/**
 * Scans a line holding one flat JSON object — string, number, boolean and null values, no escape
 * sequences — into byte ranges, hashes and numbers, without making strings or objects. Any other
 * line (nesting, escapes, NaN literals, invalid JSON) is refused and left to `JSON.parse`.
 * Hand-written for speed: `JSON.parse` builds an object and a string per field that the columns
 * do not need.
 */
export class FlatJsonScanner {
  count = 0;
  keyStart = new Int32Array(32);
  keyEnd = new Int32Array(32);
  keyHash = new Int32Array(32);
  kind = new Uint8Array(32);
  valueStart = new Int32Array(32);
  valueEnd = new Int32Array(32);
  valueHash = new Int32Array(32);
  number = new Float64Array(32);
  private at = 0;

  /** True when `buf[start, end)` is a flat object; its fields are then in the arrays, `count` of them. */
  scan(buf: Buffer, start: number, end: number): boolean {
    this.count = 0;
    let i = skipBlanks(buf, start, end);
    if (i >= end || buf[i] !== OPEN) return false;
    i = skipBlanks(buf, i + 1, end);
    if (i < end && buf[i] === CLOSE) return skipBlanks(buf, i + 1, end) === end;
    for (;;) {
      if (this.count === this.kind.length) this.grow();
      const field = this.count;
      if (i >= end || buf[i] !== QUOTE) return false;
      if (!this.string(buf, i + 1, end)) return false;
      this.keyStart[field] = i + 1;
      this.keyEnd[field] = this.at;
      this.keyHash[field] = this.lastHash;
      i = skipBlanks(buf, this.at + 1, end);
      if (i >= end || buf[i] !== COLON) return false;
      i = skipBlanks(buf, i + 1, end);
      if (i >= end) return false;
      const c = buf[i];
      if (c === QUOTE) {
        if (!this.string(buf, i + 1, end)) return false;
        this.kind[field] = JSON_STRING;
        this.valueStart[field] = i + 1;
        this.valueEnd[field] = this.at;
        this.valueHash[field] = this.lastHash;
        i = this.at + 1;
      } else if (c === MINUS || (c >= ZERO && c <= ZERO + 9)) {
        const after = this.numberAt(buf, i, end, field);
        if (after < 0) return false;
        this.kind[field] = JSON_NUMBER;
        i = after;
      } else if (matches(buf, i, end, "true")) {
        this.kind[field] = JSON_TRUE;
        i += 4;
      } else if (matches(buf, i, end, "false")) {
        this.kind[field] = JSON_FALSE;
        i += 5;
      } else if (matches(buf, i, end, "null")) {
        this.kind[field] = JSON_NULL;
        i += 4;
      } else {
        return false;
      }
      this.count++;
      i = skipBlanks(buf, i, end);
      if (i >= end) return false;
      if (buf[i] === COMMA) {
        i = skipBlanks(buf, i + 1, end);
        continue;
      }
      if (buf[i] !== CLOSE) return false;
      return skipBlanks(buf, i + 1, end) === end;
    }
  }

  private lastHash = 0;

  /** Writes the value of field `field` of the line scanned from `buf` into `builder` at `row`. */
  storeValue(field: number, builder: ColumnBuilder, row: number, buf: Buffer): void {
    switch (this.kind[field]) {
      case JSON_STRING:
        builder.setLabelBytes(row, buf, this.valueStart[field], this.valueEnd[field], this.valueHash[field]);
        return;
      case JSON_NUMBER:
        builder.setNumber(row, this.number[field]);
        return;
      case JSON_TRUE:
        builder.setLabel(row, "true");
        return;
      case JSON_FALSE:
        builder.setLabel(row, "false");
        return;
      default:
        builder.setMissing(row);
    }
  }

  /** Scans string content from `i` to its closing quote (left in `at`), hashing it; false on an escape or control character. */
  private string(buf: Buffer, i: number, end: number): boolean {
    let hash = FNV_OFFSET;
    while (i < end) {
      const c = buf[i];
      if (c === QUOTE) {
        this.at = i;
        this.lastHash = hash;
        return true;
      }
      if (c === BACKSLASH || c < 0x20) return false;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      i++;
    }
    return false;
  }

  /** Parses a JSON number at `i` into `number[field]`; returns the offset after it, or -1 when it is not valid JSON. */
  private numberAt(buf: Buffer, i: number, end: number, field: number): number {
    const start = i;
    let negative = false;
    if (buf[i] === MINUS) {
      negative = true;
      i++;
    }
    if (i >= end) return -1;
    const first = buf[i] - ZERO;
    if (first < 0 || first > 9) return -1;
    let mantissa = 0;
    let scale = 0;
    let digits = 0;
    while (i < end) {
      const d = buf[i] - ZERO;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      digits++;
      i++;
    }
    if (first === 0 && digits > 1) return -1;
    if (i < end && buf[i] === DOT) {
      i++;
      const fractionStart = i;
      while (i < end) {
        const d = buf[i] - ZERO;
        if (d < 0 || d > 9) break;
        mantissa = mantissa * 10 + d;
        scale--;
        i++;
      }
      if (i === fractionStart) return -1;
    }
    if (i < end && (buf[i] === 101 || buf[i] === 69)) {
      i++;
      if (i < end && (buf[i] === 43 || buf[i] === MINUS)) i++;
      const exponentStart = i;
      while (i < end && buf[i] >= ZERO && buf[i] <= ZERO + 9) i++;
      if (i === exponentStart) return -1;
      this.number[field] = parseDecimalBytes(buf, start, i);
      return i;
    }
    if (mantissa <= MAX_EXACT_INTEGER && scale >= -22) {
      const magnitude = scale === 0 ? mantissa : mantissa / POW10[-scale];
      this.number[field] = negative ? -magnitude : magnitude;
    } else {
      this.number[field] = parseDecimalBytes(buf, start, i);
    }
    return i;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    this.keyStart = grown(this.keyStart, size);
    this.keyEnd = grown(this.keyEnd, size);
    this.keyHash = grown(this.keyHash, size);
    this.valueStart = grown(this.valueStart, size);
    this.valueEnd = grown(this.valueEnd, size);
    this.valueHash = grown(this.valueHash, size);
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    const number = new Float64Array(size);
    number.set(this.number);
    this.number = number;
  }
}

function skipBlanks(buf: Buffer, i: number, end: number): number {
  while (i < end) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    i++;
  }
  return i;
}

function matches(buf: Buffer, i: number, end: number, word: string): boolean {
  if (i + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if (buf[i + k] !== word.charCodeAt(k)) return false;
  return true;
}

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
