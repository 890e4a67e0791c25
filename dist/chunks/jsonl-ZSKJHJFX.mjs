import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ByteDictionary,
  POW10,
  parseDecimalBytes
} from "./chunk-AFLVRGMB.mjs";
import {
  InvalidUtf8Error,
  STOP_READING,
  decodeBytes
} from "./chunk-7KGASND5.mjs";
import {
  LIMITS,
  formatBytes
} from "./chunk-H45GLWZJ.mjs";
import {
  ConfigurationError
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/drift/readers/json-line-scanner.ts
var JSON_STRING = 1, JSON_NUMBER = 2, JSON_TRUE = 3, JSON_FALSE = 4, JSON_NULL = 5, QUOTE = 34, BACKSLASH = 92, COLON = 58, COMMA = 44, OPEN = 123, CLOSE = 125, FlatJsonScanner = class {
  count = 0;
  keyStart = new Int32Array(32);
  keyEnd = new Int32Array(32);
  keyHash = new Int32Array(32);
  kind = new Uint8Array(32);
  valueStart = new Int32Array(32);
  valueEnd = new Int32Array(32);
  valueHash = new Int32Array(32);
  number = new Float64Array(32);
  at = 0;
  /** True when `buf[start, end)` is a flat object; its fields are then in the arrays, `count` of them. */
  scan(buf, start, end) {
    this.count = 0;
    let i = skipBlanks(buf, start, end);
    if (i >= end || buf[i] !== OPEN) return !1;
    if (i = skipBlanks(buf, i + 1, end), i < end && buf[i] === CLOSE) return skipBlanks(buf, i + 1, end) === end;
    for (; ; ) {
      this.count === this.kind.length && this.grow();
      let field = this.count;
      if (i >= end || buf[i] !== QUOTE || !this.string(buf, i + 1, end) || (this.keyStart[field] = i + 1, this.keyEnd[field] = this.at, this.keyHash[field] = this.lastHash, i = skipBlanks(buf, this.at + 1, end), i >= end || buf[i] !== COLON) || (i = skipBlanks(buf, i + 1, end), i >= end)) return !1;
      let c = buf[i];
      if (c === QUOTE) {
        if (!this.string(buf, i + 1, end)) return !1;
        this.kind[field] = JSON_STRING, this.valueStart[field] = i + 1, this.valueEnd[field] = this.at, this.valueHash[field] = this.lastHash, i = this.at + 1;
      } else if (c === 45 || c >= 48 && c <= 57) {
        let after = this.numberAt(buf, i, end, field);
        if (after < 0) return !1;
        this.kind[field] = JSON_NUMBER, i = after;
      } else if (matches(buf, i, end, "true"))
        this.kind[field] = JSON_TRUE, i += 4;
      else if (matches(buf, i, end, "false"))
        this.kind[field] = JSON_FALSE, i += 5;
      else if (matches(buf, i, end, "null"))
        this.kind[field] = JSON_NULL, i += 4;
      else
        return !1;
      if (this.count++, i = skipBlanks(buf, i, end), i >= end) return !1;
      if (buf[i] === COMMA) {
        i = skipBlanks(buf, i + 1, end);
        continue;
      }
      return buf[i] !== CLOSE ? !1 : skipBlanks(buf, i + 1, end) === end;
    }
  }
  lastHash = 0;
  /** Writes the value of field `field` of the line scanned from `buf` into `builder` at `row`. */
  storeValue(field, builder, row, buf) {
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
  string(buf, i, end) {
    let hash = -2128831035;
    for (; i < end; ) {
      let c = buf[i];
      if (c === QUOTE)
        return this.at = i, this.lastHash = hash, !0;
      if (c === BACKSLASH || c < 32) return !1;
      hash = Math.imul(hash ^ c, 16777619), i++;
    }
    return !1;
  }
  /** Parses a JSON number at `i` into `number[field]`; returns the offset after it, or -1 when it is not valid JSON. */
  numberAt(buf, i, end, field) {
    let start = i, negative = !1;
    if (buf[i] === 45 && (negative = !0, i++), i >= end) return -1;
    let first = buf[i] - 48;
    if (first < 0 || first > 9) return -1;
    let mantissa = 0, scale = 0, digits = 0;
    for (; i < end; ) {
      let d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d, digits++, i++;
    }
    if (first === 0 && digits > 1) return -1;
    if (i < end && buf[i] === 46) {
      i++;
      let fractionStart = i;
      for (; i < end; ) {
        let d = buf[i] - 48;
        if (d < 0 || d > 9) break;
        mantissa = mantissa * 10 + d, scale--, i++;
      }
      if (i === fractionStart) return -1;
    }
    if (i < end && (buf[i] === 101 || buf[i] === 69)) {
      i++, i < end && (buf[i] === 43 || buf[i] === 45) && i++;
      let exponentStart = i;
      for (; i < end && buf[i] >= 48 && buf[i] <= 57; ) i++;
      return i === exponentStart ? -1 : (this.number[field] = parseDecimalBytes(buf, start, i), i);
    }
    if (mantissa <= 9007199254740992 && scale >= -22) {
      let magnitude = scale === 0 ? mantissa : mantissa / POW10[-scale];
      this.number[field] = negative ? -magnitude : magnitude;
    } else
      this.number[field] = parseDecimalBytes(buf, start, i);
    return i;
  }
  grow() {
    let size = this.kind.length * 2;
    this.keyStart = grown(this.keyStart, size), this.keyEnd = grown(this.keyEnd, size), this.keyHash = grown(this.keyHash, size), this.valueStart = grown(this.valueStart, size), this.valueEnd = grown(this.valueEnd, size), this.valueHash = grown(this.valueHash, size);
    let kind = new Uint8Array(size);
    kind.set(this.kind), this.kind = kind;
    let number = new Float64Array(size);
    number.set(this.number), this.number = number;
  }
};
function skipBlanks(buf, i, end) {
  for (; i < end; ) {
    let c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    i++;
  }
  return i;
}
function matches(buf, i, end, word) {
  if (i + word.length > end) return !1;
  for (let k = 0; k < word.length; k++) if (buf[i + k] !== word.charCodeAt(k)) return !1;
  return !0;
}
function grown(array, size) {
  let bigger = new Int32Array(size);
  return bigger.set(array), bigger;
}

// shared/drift/readers/jsonl.ts
var LF = 10, MAX_SCANNED_KEYS = 32768;
async function readJsonLines(source, format, table) {
  let admission = table.admission, dropInvalid = format.invalidLines === "drop", line = 0, setValue = (builder, slot, value) => {
    builder.rowSerial = admission.seen, builder.setValue(slot, value);
  }, markColumns = (record) => {
    for (let key in record) {
      let value = record[key];
      if (value !== null && typeof value == "object" && !Array.isArray(value))
        for (let inner in value) table.column(`${key}.${inner}`);
      else
        table.column(key);
    }
  }, scanner = new FlatJsonScanner(), keyCodes = new ByteDictionary(), keyBuilders = [], builderForKey = (buf, start, end, hash) => {
    let index = keyCodes.find(buf, start, end, hash);
    return index < 0 && (index = keyBuilders.length, keyBuilders.push(table.column(decodeBytes(buf, start, end, "utf8"))), keyCodes.add(buf, start, end, hash, index)), keyBuilders[index];
  }, readScanned = (buf) => {
    let slot = admission.next();
    if (slot === STOP_READING) return !1;
    let { count, keyStart, keyEnd, keyHash } = scanner;
    if (slot < 0) {
      for (let k = 0; k < count; k++) builderForKey(buf, keyStart[k], keyEnd[k], keyHash[k]);
      return !0;
    }
    let serial = admission.seen;
    for (let k = 0; k < count; k++) {
      let builder = builderForKey(buf, keyStart[k], keyEnd[k], keyHash[k]);
      builder !== null && (builder.rowSerial = serial, scanner.storeValue(k, builder, slot, buf));
    }
    let columns = table.materialised;
    for (let i = 0; i < columns.length; i++) columns[i].rowSerial !== serial && columns[i].setMissing(slot);
    return !0;
  }, readLine = (buf, start, end) => {
    if (line++, end > start && buf[end - 1] === 13 && end--, buf[start] === 239 && buf[start + 1] === 187 && buf[start + 2] === 191 && start + 3 <= end && (start += 3), keyBuilders.length < MAX_SCANNED_KEYS && scanner.scan(buf, start, end)) return readScanned(buf);
    let text = decodeBytes(buf, start, end, "utf8");
    if (text.trim() === "") return !0;
    if (nestingDepth(text) > LIMITS.maxJsonDepth)
      throw new ConfigurationError(`${source.name} line ${line}: a value is nested deeper than ${LIMITS.maxJsonDepth} levels, the limit of a JSON Lines record.`);
    let record = parseRecord(text);
    if (record === void 0) {
      if (dropInvalid) return !0;
      throw new ConfigurationError(`${source.name} is not valid JSON Lines at line ${line}: each line must be one JSON object.`);
    }
    let slot = admission.next();
    if (slot === STOP_READING) return !1;
    if (slot < 0)
      return markColumns(record), !0;
    for (let key in record) {
      let value = record[key];
      if (value !== null && typeof value == "object" && !Array.isArray(value))
        for (let inner in value) {
          let builder = table.column(`${key}.${inner}`);
          builder !== null && setValue(builder, slot, value[inner]);
        }
      else {
        let builder = table.column(key);
        builder !== null && setValue(builder, slot, value);
      }
    }
    let columns = table.materialised;
    for (let i = 0; i < columns.length; i++) columns[i].rowSerial !== admission.seen && columns[i].setMissing(slot);
    return !0;
  }, lines = new LineSplitter(), stopped = !1;
  try {
    for await (let chunk of source.open()) {
      let bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (stopped = !lines.push(bytes, readLine), table.noteBytes(bytes.length), stopped) break;
    }
    stopped || lines.end(readLine);
  } catch (error) {
    throw error instanceof InvalidUtf8Error ? new ConfigurationError(`${source.name} line ${line}: ${error.message}.`) : error instanceof LineTooLongError ? new ConfigurationError(`${source.name} line ${line + 1} is longer than ${formatBytes(LIMITS.maxLineBytes)}, the limit of a line.`) : error;
  }
}
var LineTooLongError = class extends Error {
};
function nestingDepth(text) {
  let depth = 0, deepest = 0, inString = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    inString ? c === 92 ? i++ : c === 34 && (inString = !1) : c === 34 ? inString = !0 : c === 91 || c === 123 ? deepest = Math.max(deepest, ++depth) : (c === 93 || c === 125) && depth--;
  }
  return deepest;
}
var LineSplitter = class {
  scratch = Buffer.alloc(0);
  pendingLength = 0;
  /** Calls `onLine` for every line `chunk` completes, until it returns false; returns false if it did. */
  push(chunk, onLine) {
    let start = 0, end = chunk.indexOf(LF);
    if (this.pendingLength > 0) {
      if (end < 0)
        return this.keep(chunk, 0, chunk.length), !0;
      this.keep(chunk, 0, end);
      let length = this.pendingLength;
      if (this.pendingLength = 0, !onLine(this.scratch, 0, length)) return !1;
      start = end + 1, end = chunk.indexOf(LF, start);
    }
    for (; end >= 0; ) {
      if (!onLine(chunk, start, end)) return !1;
      start = end + 1, end = chunk.indexOf(LF, start);
    }
    return start < chunk.length && this.keep(chunk, start, chunk.length), !0;
  }
  end(onLine) {
    this.pendingLength > 0 && onLine(this.scratch, 0, this.pendingLength), this.pendingLength = 0;
  }
  /** Appends `chunk[from, to)` to the pending bytes. */
  keep(chunk, from, to) {
    let needed = this.pendingLength + to - from;
    if (needed > LIMITS.maxLineBytes) throw new LineTooLongError();
    if (this.scratch.length < needed) {
      let grown2 = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2, 65536));
      this.scratch.copy(grown2, 0, 0, this.pendingLength), this.scratch = grown2;
    }
    chunk.copy(this.scratch, this.pendingLength, from, to), this.pendingLength = needed;
  }
};
function parseRecord(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    try {
      parsed = JSON.parse(replaceNonFiniteLiterals(text));
    } catch {
      return;
    }
  }
  return parsed !== null && typeof parsed == "object" && !Array.isArray(parsed) ? parsed : void 0;
}
function replaceNonFiniteLiterals(text) {
  let out = "", copied = 0, inString = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (inString) {
      c === "\\" ? i++ : c === '"' && (inString = !1);
      continue;
    }
    if (c === '"') {
      inString = !0;
      continue;
    }
    for (let literal of ["NaN", "-Infinity", "Infinity"])
      if (text.startsWith(literal, i)) {
        out += text.slice(copied, i) + "null", i += literal.length - 1, copied = i + 1;
        break;
      }
  }
  return out + text.slice(copied);
}
export {
  readJsonLines
};
