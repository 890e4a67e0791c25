import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  decodeBytes
} from "./chunk-7KGASND5.mjs";

// shared/drift/readers/byte-dictionary.ts
var ByteDictionary = class {
  slots = new Int32Array(1024);
  starts = new Int32Array(256);
  lengths = new Int32Array(256);
  hashes = new Int32Array(256);
  codes = new Uint32Array(256);
  pool = Buffer.allocUnsafe(16384);
  poolUsed = 0;
  count = 0;
  /** The code stored for these bytes, or -1. */
  find(buf, start, end, hash) {
    let slots = this.slots, mask = slots.length - 1, length = end - start;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      let entry = slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.lengths[entry] === length && this.equals(entry, buf, start, length)) return this.codes[entry];
    }
  }
  add(buf, start, end, hash, code) {
    let length = end - start;
    if (this.count >= 65536 || this.poolUsed + length > 4194304) return;
    if (this.count === this.starts.length && this.growEntries(), this.poolUsed + length > this.pool.length) {
      let grown = Buffer.allocUnsafe(Math.max(this.pool.length * 2, this.poolUsed + length));
      this.pool.copy(grown, 0, 0, this.poolUsed), this.pool = grown;
    }
    let entry = this.count++;
    this.pool.set(buf.subarray(start, end), this.poolUsed), this.starts[entry] = this.poolUsed, this.lengths[entry] = length, this.hashes[entry] = hash, this.codes[entry] = code, this.poolUsed += length, this.count * 2 > this.slots.length ? this.rehash() : this.place(entry);
  }
  equals(entry, buf, start, length) {
    let pool = this.pool, at = this.starts[entry];
    for (let i = 0; i < length; i++) if (pool[at + i] !== buf[start + i]) return !1;
    return !0;
  }
  place(entry) {
    let mask = this.slots.length - 1, slot = this.hashes[entry] & mask;
    for (; this.slots[slot] !== 0; ) slot = slot + 1 & mask;
    this.slots[slot] = entry + 1;
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }
  growEntries() {
    let size = this.starts.length * 2;
    this.starts = grow(this.starts, size), this.lengths = grow(this.lengths, size), this.hashes = grow(this.hashes, size);
    let codes = new Uint32Array(size);
    codes.set(this.codes), this.codes = codes;
  }
};
function hashBytes(buf, start, end) {
  let hash = -2128831035;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 16777619);
  return hash;
}
function grow(array, size) {
  let grown = new Int32Array(size);
  return grown.set(array), grown;
}

// shared/drift/readers/byte-codes.ts
var POW10 = Array.from({ length: 23 }, (_, i) => +`1e${i}`);

// shared/drift/readers/parse-number.ts
var LOWER_E = 101, UPPER_E = 69;
function parseDecimalBytes(buf, start, end) {
  let i = start, negative = !1, c = buf[i];
  c === 45 ? (negative = !0, i++) : c === 43 && i++;
  let mantissa = 0, digits = 0, exponentDigits = 0, scale = 0;
  for (; i < end; ) {
    let d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d, digits++, i++;
  }
  if (i < end && buf[i] === 46)
    for (i++; i < end; ) {
      let d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d, digits++, scale--, i++;
    }
  if (digits === 0) return NaN;
  if (i < end) {
    if (c = buf[i], c !== LOWER_E && c !== UPPER_E) return NaN;
    i++;
    let exponentNegative = !1;
    c = i < end ? buf[i] : 0, c === 45 ? (exponentNegative = !0, i++) : c === 43 && i++;
    let exponent = 0;
    for (; i < end; ) {
      let d = buf[i] - 48;
      if (d < 0 || d > 9) return NaN;
      exponent = exponent * 10 + d, exponentDigits++, i++;
    }
    if (exponentDigits === 0 || i < end) return NaN;
    scale += exponentNegative ? -exponent : exponent;
  }
  if (mantissa > 9007199254740992 || exponentDigits > 4) return Number(decodeBytes(buf, start, end, "latin1"));
  let value;
  if (scale === 0) value = mantissa;
  else if (scale < 0 && scale >= -22) value = mantissa / POW10[-scale];
  else if (scale > 0 && scale <= 22) value = mantissa * POW10[scale];
  else return Number(decodeBytes(buf, start, end, "latin1"));
  return negative ? -value : value;
}
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/, MISSING_TOKENS = /* @__PURE__ */ new Set([
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null"
]);
function parseNumberText(text) {
  if (MISSING_TOKENS.has(text)) return NaN;
  let trimmed = text.trim();
  if (trimmed === "") return NaN;
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  let lower = trimmed.toLowerCase();
  if (lower === "nan" || lower === "-nan" || lower === "+nan") return NaN;
  if (lower === "inf" || lower === "+inf" || lower === "infinity" || lower === "+infinity") return 1 / 0;
  if (lower === "-inf" || lower === "-infinity") return -1 / 0;
}
function numberToText(value) {
  return value === 1 / 0 ? "inf" : value === -1 / 0 ? "-inf" : String(value);
}

export {
  POW10,
  parseDecimalBytes,
  MISSING_TOKENS,
  parseNumberText,
  numberToText,
  ByteDictionary,
  hashBytes
};
