import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/readers/decode-bytes.ts
import { isUtf8 } from "node:buffer";
var InvalidUtf8Error = class extends Error {
  constructor(shown) {
    super(`the value ${shown} is not valid UTF-8`);
    this.shown = shown;
  }
  shown;
};
function showBytes(buf, start, end) {
  let shown = "";
  for (let i = start; i < Math.min(end, start + 80); i++) {
    let byte = buf[i];
    shown += byte >= 32 && byte < 127 && byte !== 34 && byte !== 92 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `"${shown}${end - start > 80 ? "\u2026" : ""}"`;
}
function checkedUtf8(text, buf, start, end) {
  if (text.includes("\uFFFD") && !isUtf8(buf.subarray(start, end))) throw new InvalidUtf8Error(showBytes(buf, start, end));
  return text;
}
var hasSlicers = typeof Buffer.prototype.utf8Slice == "function";
function decodeBytes(buf, start, end, encoding) {
  if (!hasSlicers) return encoding === "utf8" ? checkedUtf8(buf.toString(encoding, start, end), buf, start, end) : buf.toString(encoding, start, end);
  let slicing = buf;
  return encoding === "utf8" ? checkedUtf8(slicing.utf8Slice(start, end), buf, start, end) : encoding === "latin1" ? slicing.latin1Slice(start, end) : slicing.asciiSlice(start, end);
}

// shared/drift/readers/row-admission.ts
var SKIP_ROW = -1, STOP_READING = -2, RowAdmission = class {
  /** Rows seen so far. */
  seen = 0;
  maxRows;
  reservoir;
  random;
  constructor(maxRows, sample) {
    if (maxRows !== void 0 && !(Number.isInteger(maxRows) && maxRows > 0))
      throw new ConfigurationError(`maxRows must be a positive integer, got ${maxRows}.`);
    if (sample !== void 0) {
      if (!(Number.isInteger(sample.rows) && sample.rows > 0))
        throw new ConfigurationError(`sample.rows must be a positive integer, got ${sample.rows}.`);
      if (!Number.isInteger(sample.seed)) throw new ConfigurationError(`sample.seed must be an integer, got ${sample.seed}.`);
    }
    this.maxRows = maxRows ?? 1 / 0, this.reservoir = sample?.rows ?? 1 / 0, this.random = seededUniform(sample?.seed ?? 0);
  }
  /** Rows held: every row seen, or the reservoir once it is full. */
  get held() {
    return Math.min(this.seen, this.reservoir);
  }
  /** The most rows that can be held. */
  get limit() {
    return Math.min(this.maxRows, this.reservoir);
  }
  get exhausted() {
    return this.seen >= this.maxRows;
  }
  /** The slot for the next row, SKIP_ROW or STOP_READING. */
  next() {
    let index = this.seen;
    if (index >= this.maxRows) return STOP_READING;
    if (this.seen = index + 1, index < this.reservoir) return index;
    let slot = Math.floor(this.random() * (index + 1));
    return slot < this.reservoir ? slot : SKIP_ROW;
  }
};
function sampleCdfErrorBound(sampleRows, confidence = 0.99) {
  return Math.sqrt(Math.log(2 / (1 - confidence)) / (2 * sampleRows));
}
function seededUniform(seed) {
  let state = (seed ^ Math.floor(seed / 4294967296) ^ 2654435769) >>> 0, next32 = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), (t ^ t >>> 14) >>> 0;
  };
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}

export {
  InvalidUtf8Error,
  decodeBytes,
  STOP_READING,
  RowAdmission,
  sampleCdfErrorBound
};
