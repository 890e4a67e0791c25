import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  ByteDictionary,
  MISSING_TOKENS,
  POW10,
  hashBytes,
  numberToText,
  parseDecimalBytes,
  parseNumberText
} from "./chunk-AFLVRGMB.mjs";
import {
  InvalidUtf8Error,
  RowAdmission,
  STOP_READING,
  decodeBytes
} from "./chunk-7KGASND5.mjs";
import {
  formatFromName,
  isGzipName
} from "./chunk-RN6D2NHL.mjs";
import {
  LIMITS,
  formatBytes
} from "./chunk-H45GLWZJ.mjs";
import {
  CancelledError,
  ConfigurationError,
  ServiceError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/readers/row-store.ts
function grownCapacity(current, needed, hint) {
  return Math.max(needed, current * 2, Math.ceil(hint.expectedRows() * 1.1) + 4096);
}
var Float64Store = class {
  constructor(hint) {
    this.hint = hint;
  }
  hint;
  length = 0;
  values = new Float64Array(4096);
  set(row, value) {
    if (row >= this.length) {
      if (row >= this.values.length) {
        let grown = new Float64Array(grownCapacity(this.values.length, row + 1, this.hint));
        grown.set(this.values.subarray(0, this.length)), this.values = grown;
      }
      row > this.length && this.values.fill(NaN, this.length, row), this.length = row + 1;
    }
    this.values[row] = value;
  }
  get(row) {
    return this.values[row];
  }
  /** The finite values in row order, compacted in place; the store is released. */
  takeFinite() {
    let values = this.values, length = this.length, written = 0;
    for (let i = 0; i < length; i++) {
      let value = values[i];
      value - value === 0 && (values[written++] = value);
    }
    return this.values = new Float64Array(0), this.length = 0, values.subarray(0, written);
  }
}, CodeStore = class {
  constructor(hint) {
    this.hint = hint;
  }
  hint;
  length = 0;
  values = new Uint8Array(4096);
  /** The missing code at the current width; every smaller code fits. */
  missing = 255;
  set(row, code) {
    code >= this.missing && code !== 4294967295 && this.widen(code), row >= this.length && (row >= this.values.length && (this.values = this.copy(this.values, grownCapacity(this.values.length, row + 1, this.hint))), row > this.length && this.values.fill(this.missing, this.length, row), this.length = row + 1), this.values[row] = code;
  }
  /** Marks which codes occur. */
  markUsed(used) {
    let values = this.values, missing = this.missing;
    for (let i = 0; i < this.length; i++) {
      let code = values[i];
      code !== missing && (used[code] = 1);
    }
  }
  /** The non-missing codes in row order, each replaced by `remap[code]`, compacted in place; the store is released. */
  takePresent(remap) {
    let values = this.values, length = this.length, missing = this.missing, written = 0;
    for (let i = 0; i < length; i++) {
      let code = values[i];
      code !== missing && (values[written++] = remap[code]);
    }
    return this.values = new Uint8Array(0), this.length = 0, values.subarray(0, written);
  }
  widen(code) {
    let missing = code < 65535 ? 65535 : 4294967295, wider = missing === 65535 ? new Uint16Array(this.values.length) : new Uint32Array(this.values.length), values = this.values;
    for (let i = 0; i < this.length; i++) wider[i] = values[i] === this.missing ? missing : values[i];
    this.values = wider, this.missing = missing;
  }
  copy(values, capacity) {
    let grown = values instanceof Uint8Array ? new Uint8Array(capacity) : values instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity);
    return grown.set(values.subarray(0, this.length)), grown;
  }
};

// shared/drift/readers/column-builder.ts
var BOOLEAN_SPELLINGS = /* @__PURE__ */ new Map([
  ["True", "true"],
  ["TRUE", "true"],
  ["False", "false"],
  ["FALSE", "false"]
]), INTEGER_TEXT = /^\s*[+-]?\d+\s*$/, DIGIT_0 = 48, DIGIT_9 = 57;
function isIntegerLiteral(buf, start, end) {
  let i = start;
  if ((buf[i] === 43 || buf[i] === 45) && i++, i === end) return !1;
  for (; i < end; i++) if (buf[i] < DIGIT_0 || buf[i] > DIGIT_9) return !1;
  return !0;
}
var CELL_ESCAPED = 2, ColumnBuilder = class {
  constructor(name, categorical, capacity) {
    this.name = name;
    this.capacity = capacity;
    this.numbers = categorical ? null : new Float64Store(capacity), this.codes = categorical ? new CodeStore(capacity) : null;
    for (let token of MISSING_TOKENS) this.lookup.set(token, 4294967295);
  }
  name;
  capacity;
  numbers;
  codes;
  lookup = /* @__PURE__ */ new Map();
  dictionary = [];
  byteCodes = new ByteDictionary();
  /** Index of the last file that had this column; used to check that files agree. */
  lastFile = -1;
  /** The row (its number among the rows seen) that last set this column; lets a reader mark the rows without it as missing. */
  rowSerial = 0;
  /** Every number so far was written as a whole number without a decimal point or exponent (pandas would read it as an integer). */
  integerLiterals = !0;
  get isNumerical() {
    return this.numbers !== null;
  }
  /** A delimited-text cell: bytes `[start, end)` of `buf`; `flags` has CELL_ESCAPED when it holds doubled quotes. */
  setBytes(row, buf, start, end, flags, encoding) {
    if (start === end) {
      this.setMissing(row);
      return;
    }
    if ((flags & CELL_ESCAPED) === 0) {
      if (this.numbers === null) {
        this.setHashedBytes(row, buf, start, end, hashBytes(buf, start, end), encoding);
        return;
      }
      let value = parseDecimalBytes(buf, start, end);
      if (value === value) {
        this.numbers.set(row, value), this.integerLiterals && !isIntegerLiteral(buf, start, end) && (this.integerLiterals = !1);
        return;
      }
    }
    let text = decodeBytes(buf, start, end, encoding);
    (flags & CELL_ESCAPED) !== 0 && (text = text.replaceAll('""', '"')), this.setText(row, text);
  }
  /** A number parsed by the caller, for a column still numerical; `integerLiteral` when it was written without a decimal point. */
  setParsedNumber(row, value, integerLiteral) {
    this.numbers.set(row, value), integerLiteral || (this.integerLiterals = !1);
  }
  /** The source stores this column as floating point (Parquet FLOAT/DOUBLE): its values are not integers whatever they are. */
  markFloatingPoint() {
    this.integerLiterals = !1;
  }
  /** A non-empty category cell of a categorical column, `hash` being `hashBytes` of its bytes. */
  setHashedBytes(row, buf, start, end, hash, encoding) {
    let code = this.byteCodes.find(buf, start, end, hash);
    code < 0 && (code = this.codeFor(decodeBytes(buf, start, end, encoding)), this.byteCodes.add(buf, start, end, hash, code)), this.codes.set(row, code);
  }
  /** A string value given as UTF-8 bytes without escapes, `hash` being `hashBytes` of them: makes the column categorical. */
  setLabelBytes(row, buf, start, end, hash) {
    this.numbers !== null && this.becomeCategorical(), this.setHashedBytes(row, buf, start, end, hash, "utf8");
  }
  /** Text that may hold a number (a delimited-text cell). */
  setText(row, text) {
    if (this.numbers !== null) {
      let value = parseNumberText(text);
      if (value !== void 0) {
        this.numbers.set(row, value), this.integerLiterals && !INTEGER_TEXT.test(text) && (this.integerLiterals = !1);
        return;
      }
      this.becomeCategorical();
    }
    this.setCategory(row, text);
  }
  /** A typed number (JSON, Parquet). NaN and ±Infinity count as missing. */
  setNumber(row, value) {
    this.integerLiterals && !Number.isInteger(value) && (this.integerLiterals = !1), this.numbers !== null ? this.numbers.set(row, value) : value !== value ? this.codes.set(row, 4294967295) : this.setCategory(row, numberToText(value));
  }
  /** A typed string or label (JSON string, boolean): makes the column categorical. */
  setLabel(row, text) {
    this.numbers !== null && this.becomeCategorical(), this.setCategory(row, text);
  }
  setMissing(row) {
    this.numbers !== null ? this.numbers.set(row, NaN) : this.codes.set(row, 4294967295);
  }
  /** A decoded value (JSON, Parquet): numbers numerical, strings and booleans labels, null missing, anything else its JSON text. */
  setValue(row, value) {
    switch (typeof value) {
      case "number":
        this.setNumber(row, value);
        return;
      case "bigint":
        this.setNumber(row, Number(value));
        return;
      case "string":
        this.setLabel(row, value);
        return;
      case "boolean":
        this.setLabel(row, value ? "true" : "false");
        return;
      default:
        value == null ? this.setMissing(row) : value instanceof Date ? Number.isNaN(value.getTime()) ? this.setMissing(row) : this.setLabel(row, value.toISOString()) : this.setLabel(row, JSON.stringify(value, (_, item) => typeof item == "bigint" ? item.toString() : item));
    }
  }
  /** The column over `rowCount` rows; undefined when no row holds a valid value. */
  finish(rowCount) {
    if (this.numbers !== null) {
      let values = this.numbers.takeFinite();
      if (values.length === 0) return;
      let missing = rowCount - values.length;
      return { column: { kind: "numerical", values, integer: this.integerLiterals && missing === 0 }, missing };
    }
    let codes = this.codes, used = new Uint8Array(this.dictionary.length);
    codes.markUsed(used);
    let remap = new Uint32Array(this.dictionary.length), dictionary = [];
    for (let code = 0; code < used.length; code++)
      used[code] === 1 && (remap[code] = dictionary.length, dictionary.push(this.dictionary[code]));
    let present = codes.takePresent(remap);
    if (present.length !== 0)
      return { column: { kind: "categorical", codes: present, dictionary }, missing: rowCount - present.length };
  }
  setCategory(row, text) {
    this.codes.set(row, this.codeFor(text));
  }
  codeFor(text) {
    let code = this.lookup.get(text);
    if (code === void 0) {
      let canonical = BOOLEAN_SPELLINGS.get(text);
      if (canonical !== void 0)
        return code = this.codeFor(canonical), this.lookup.set(text, code), code;
      code = this.dictionary.length, this.dictionary.push(text), this.lookup.set(text, code);
    }
    return code;
  }
  becomeCategorical() {
    let numbers = this.numbers;
    this.numbers = null, this.codes = new CodeStore(this.capacity);
    for (let row = 0; row < numbers.length; row++) {
      let value = numbers.get(row);
      value === value ? this.setCategory(row, numberToText(value)) : this.codes.set(row, 4294967295);
    }
  }
};

// shared/drift/readers/csv-parser.ts
var QUOTE = 34, LF = 10, CR = 13, SKIP = 0, NUMERICAL = 1, CATEGORICAL = 2, INCOMPLETE = -1, NO_SLOT = -3, CsvSyntaxError = class extends Error {
  constructor(line, problem) {
    super(`line ${line}: ${problem}`);
    this.line = line;
    this.problem = problem;
  }
  line;
  problem;
}, CsvParser = class {
  constructor(delimiter, encoding, admission) {
    this.delimiter = delimiter;
    this.encoding = encoding;
    this.admission = admission;
  }
  delimiter;
  encoding;
  admission;
  /** Bytes of the row still incomplete at the end of the last chunk live at the start of `scratch`. */
  scratch = Buffer.alloc(0);
  pendingLength = 0;
  /** The slot given to a row that was cut by the end of a chunk, reused when the row is parsed again. */
  pendingSlot = NO_SLOT;
  atStart = !0;
  skipLineFeed = !1;
  /** Line of the row being parsed. */
  line = 1;
  builders = [];
  kinds = new Uint8Array(0);
  width = -1;
  firstRowHandler = null;
  /** Set once `maxRows` rows were read. */
  stopped = !1;
  /** Hands the next row's cells to `handler` as text; `handler` returns true when that row is data too (after `setColumns`). */
  onFirstRow(handler) {
    this.firstRowHandler = handler;
  }
  /** One entry per field of a row: the column's builder, or null to skip the field. */
  setColumns(builders) {
    this.builders = builders, this.width = builders.length, this.kinds = Uint8Array.from(builders, (builder) => builder === null ? SKIP : builder.isNumerical ? NUMERICAL : CATEGORICAL);
  }
  /** Parses the rows `chunk` completes; `chunk` may be reused by its owner once this returns. */
  push(chunk) {
    if (this.stopped) return;
    let buf = chunk;
    this.pendingLength > 0 && (this.reserve(this.pendingLength + chunk.length), chunk.copy(this.scratch, this.pendingLength), buf = this.scratch.subarray(0, this.pendingLength + chunk.length));
    let consumed = this.parse(buf, !1), rest = buf.length - consumed;
    if (rest > LIMITS.maxLineBytes && !this.stopped) throw new CsvSyntaxError(this.line, `a line is longer than ${formatBytes(LIMITS.maxLineBytes)}, the limit of a line`);
    rest === 0 || this.stopped ? this.pendingLength = 0 : buf === chunk ? (this.reserve(rest), chunk.copy(this.scratch, 0, consumed), this.pendingLength = rest) : (this.scratch.copyWithin(0, consumed, buf.length), this.pendingLength = rest);
  }
  end() {
    if (this.stopped) return;
    let buf = this.scratch.subarray(0, this.pendingLength);
    this.pendingLength = 0, this.parse(buf, !0);
  }
  /** Grows the scratch buffer, keeping the pending bytes; it is reused, so fresh memory is touched only once. */
  reserve(bytes) {
    if (this.scratch.length >= bytes) return;
    let grown = Buffer.allocUnsafe(Math.max(bytes, this.scratch.length * 2, 65536));
    this.scratch.copy(grown, 0, 0, this.pendingLength), this.scratch = grown;
  }
  /** Parses every complete row of `buf`; returns the offset where the first incomplete row starts. */
  parse(buf, final) {
    let length = buf.length, pos = 0;
    if (this.atStart) {
      if (length < 3 && !final) return 0;
      this.atStart = !1, buf[0] === 239 && buf[1] === 187 && buf[2] === 191 && (pos = 3);
    }
    for (this.skipLineFeed && pos < length && (this.skipLineFeed = !1, buf[pos] === LF && pos++); pos < length; ) {
      let first = buf[pos];
      if (first === LF || first === CR) {
        pos = this.afterRow(buf, pos, 0);
        continue;
      }
      let next = this.firstRowHandler !== null ? this.collectRow(buf, pos, final) : this.parseRow(buf, pos, final);
      if (next === INCOMPLETE) return pos;
      if (this.stopped) return length;
      pos = next;
    }
    return length;
  }
  /** Offset after the line end at `rowEnd`; counts the row's lines. */
  afterRow(buf, rowEnd, innerLines) {
    return this.line += 1 + innerLines, rowEnd >= buf.length ? buf.length : buf[rowEnd] !== CR ? rowEnd + 1 : rowEnd + 1 < buf.length ? buf[rowEnd + 1] === LF ? rowEnd + 2 : rowEnd + 1 : (this.skipLineFeed = !0, buf.length);
  }
  /** Index of the closing quote of the quoted cell opening at `open`, or INCOMPLETE. Sets `quotedFlags` and `quotedLines`. */
  closingQuote(buf, open, final) {
    let length = buf.length, flags = 0, lines = 0, j = open + 1;
    for (; ; ) {
      if (j >= length) {
        if (final) throw new CsvSyntaxError(this.line, "a quoted field is not closed before the end of the file");
        return INCOMPLETE;
      }
      let c = buf[j];
      if (c === QUOTE) {
        if (j + 1 >= length && !final) return INCOMPLETE;
        if (j + 1 < length && buf[j + 1] === QUOTE) {
          flags = CELL_ESCAPED, j += 2;
          continue;
        }
        break;
      }
      c === LF && lines++, j++;
    }
    let after = j + 1;
    if (after < length) {
      let c = buf[after];
      if (c !== this.delimiter && c !== LF && c !== CR)
        throw new CsvSyntaxError(this.line + lines, `unexpected character "${String.fromCharCode(c)}" after a closing quote`);
    }
    return this.quotedFlags = flags, this.quotedLines = lines, j;
  }
  quotedFlags = 0;
  quotedLines = 0;
  /** End of the unquoted cell starting at `i`: the delimiter, line end, or `buf.length`. */
  cellEnd(buf, i) {
    let delimiter = this.delimiter, length = buf.length;
    for (; i < length; ) {
      let c = buf[i];
      if (c === delimiter || c === LF || c === CR) break;
      i++;
    }
    return i;
  }
  /** Reads one row as text for the first-row handler. */
  collectRow(buf, pos, final) {
    let cells = [], innerLines = 0, i = pos, end;
    for (; ; ) {
      let text;
      if (i < buf.length && buf[i] === QUOTE) {
        let close = this.closingQuote(buf, i, final);
        if (close === INCOMPLETE) return INCOMPLETE;
        innerLines += this.quotedLines, text = decodeBytes(buf, i + 1, close, this.encoding), this.quotedFlags !== 0 && (text = text.replaceAll('""', '"')), end = close + 1;
      } else {
        if (end = this.cellEnd(buf, i), end >= buf.length && !final) return INCOMPLETE;
        text = decodeBytes(buf, i, end, this.encoding);
      }
      if (cells.push(text), end < buf.length && buf[end] === this.delimiter) {
        i = end + 1;
        continue;
      }
      break;
    }
    let handler = this.firstRowHandler;
    return this.firstRowHandler = null, handler(cells) ? pos : this.afterRow(buf, end, innerLines);
  }
  /** Parses one data row into the columns; returns the offset of the next row, or INCOMPLETE. */
  parseRow(buf, pos, final) {
    let slot = this.pendingSlot;
    if (slot === NO_SLOT && (slot = this.admission.next(), slot === STOP_READING))
      return this.stopped = !0, buf.length;
    let length = buf.length, delimiter = this.delimiter, encoding = this.encoding, builders = this.builders, kinds = this.kinds, width = this.width, innerLines = 0, column = 0, i = pos, end;
    for (; ; column++) {
      let kind = slot < 0 || column >= width ? SKIP : kinds[column];
      if (i < length && buf[i] === QUOTE) {
        let close = this.closingQuote(buf, i, final);
        if (close === INCOMPLETE) break;
        if (innerLines += this.quotedLines, kind !== SKIP) {
          let builder = builders[column];
          builder.setBytes(slot, buf, i + 1, close, this.quotedFlags, encoding), kinds[column] = builder.isNumerical ? NUMERICAL : CATEGORICAL;
        }
        end = close + 1;
      } else if (kind === NUMERICAL) {
        let k = i, negative = !1, c = k < length ? buf[k] : LF;
        c === 45 ? (negative = !0, k++) : c === 43 && k++;
        let mantissa = 0, digits = 0, scale = 0;
        for (; k < length; ) {
          let d = buf[k] - 48;
          if (d < 0 || d > 9) break;
          mantissa = mantissa * 10 + d, digits++, k++;
        }
        let dotted = k < length && buf[k] === 46;
        if (dotted)
          for (k++; k < length; ) {
            let d = buf[k] - 48;
            if (d < 0 || d > 9) break;
            mantissa = mantissa * 10 + d, digits++, scale--, k++;
          }
        if (k >= length && !final) break;
        if (c = k < length ? buf[k] : LF, (c === delimiter || c === LF || c === CR) && digits > 0 && mantissa <= 9007199254740992 && scale >= -22) {
          let magnitude = scale === 0 ? mantissa : mantissa / POW10[-scale];
          builders[column].setParsedNumber(slot, negative ? -magnitude : magnitude, !dotted), end = k;
        } else {
          if (end = this.cellEnd(buf, k), end >= length && !final) break;
          let builder = builders[column];
          builder.setBytes(slot, buf, i, end, 0, encoding), builder.isNumerical || (kinds[column] = CATEGORICAL);
        }
      } else if (kind === CATEGORICAL) {
        let hash = -2128831035, k = i;
        for (; k < length; ) {
          let c = buf[k];
          if (c === delimiter || c === LF || c === CR) break;
          hash = Math.imul(hash ^ c, 16777619), k++;
        }
        if (k >= length && !final) break;
        k === i ? builders[column].setMissing(slot) : builders[column].setHashedBytes(slot, buf, i, k, hash, encoding), end = k;
      } else if (end = this.cellEnd(buf, i), end >= length && !final) break;
      if (end < length && buf[end] === delimiter) {
        i = end + 1;
        continue;
      }
      if (column + 1 !== width) throw new CsvSyntaxError(this.line, `${column + 1} fields where the header has ${width}`);
      return this.pendingSlot = NO_SLOT, this.afterRow(buf, end, innerLines);
    }
    return this.pendingSlot = slot, INCOMPLETE;
  }
};

// shared/drift/readers/csv.ts
var LATIN1_HINT = "a Latin-1 file is read with an MLTable whose read_delimited has encoding: latin1.", CsvReader = class {
  firstHeader = null;
  delimiter;
  encoding;
  header;
  constructor(format) {
    let delimiter = format.delimiter === "\\t" ? "	" : format.delimiter ?? ",";
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || delimiter === '"' || delimiter === `
` || delimiter === "\r")
      throw new ConfigurationError(`The CSV delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}.`);
    this.delimiter = delimiter.charCodeAt(0), this.encoding = format.encoding ?? "utf8", this.header = format.header ?? "every-file";
  }
  async read(source, table) {
    let parser = new CsvParser(this.delimiter, this.encoding, table.admission), useNames = (names) => {
      if (names.length > LIMITS.maxColumns)
        throw new ConfigurationError(`${source.name} has ${names.length} columns, over the limit of ${LIMITS.maxColumns} columns of a dataset.`);
      this.firstHeader ??= names, parser.setColumns(names.map((name) => table.column(name)));
    }, headerSeen = this.header === "none" || this.header === "first-file" && this.firstHeader !== null;
    headerSeen ? this.firstHeader !== null ? useNames(this.firstHeader) : parser.onFirstRow((cells) => (useNames(cells.map((_, i) => `Column${i + 1}`)), !0)) : parser.onFirstRow((cells) => (headerSeen = !0, useNames(headerNames(cells, source.name)), !1));
    try {
      for await (let chunk of source.open())
        if (parser.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), table.noteBytes(chunk.byteLength), parser.stopped) break;
      parser.end();
    } catch (error) {
      throw error instanceof CsvSyntaxError ? new ConfigurationError(`${source.name} is not valid CSV at line ${error.line}: ${error.problem}.`) : error instanceof InvalidUtf8Error ? new ConfigurationError(`${source.name} line ${parser.line}: ${error.message}; ${LATIN1_HINT}`) : error;
    }
    if (!headerSeen) throw new ConfigurationError(`${source.name} is empty: a header line was expected.`);
  }
};
function headerNames(cells, file) {
  let seen = /* @__PURE__ */ new Set();
  return cells.map((cell, i) => {
    let name = cell === "" ? `Unnamed: ${i}` : cell;
    if (seen.has(name)) throw new ConfigurationError(`${file} has two columns named "${name}": column names must be unique.`);
    return seen.add(name), name;
  });
}

// shared/drift/readers/abortable.ts
function throwIfCancelled(signal, name) {
  if (signal.aborted) throw new CancelledError(`Cancelled while reading ${name}.`);
}
function abortableSource(source, signal) {
  return signal === void 0 ? source : {
    name: source.name,
    size: source.size,
    open: () => abortableChunks(source, signal),
    randomAccess: source.randomAccess && (async () => abortableBuffer(await source.randomAccess(), signal, source.name))
  };
}
async function* abortableChunks(source, signal) {
  throwIfCancelled(signal, source.name);
  for await (let chunk of source.open())
    yield chunk, await new Promise((resolve) => setImmediate(resolve)), throwIfCancelled(signal, source.name);
}
function abortableBuffer(buffer, signal, name) {
  return {
    byteLength: buffer.byteLength,
    slice: async (start, end) => (throwIfCancelled(signal, name), buffer.slice(start, end))
  };
}

// shared/drift/readers/table-builder.ts
var TableBuilder = class {
  constructor(label, options = {}) {
    this.label = label;
    this.admission = new RowAdmission(options.maxRows, options.sample), this.wanted = options.columns ? new Set(options.columns) : void 0, this.excluded = new Set(options.exclude ?? []), this.categorical = new Set(options.categorical ?? []);
  }
  label;
  admission;
  builders = /* @__PURE__ */ new Map();
  wanted;
  excluded;
  categorical;
  files = [];
  rowsHint = 0;
  bytesRead = 0;
  /** Bytes of the whole dataset when every source knows its size. */
  totalBytes;
  get currentFile() {
    return this.files[this.files.length - 1] ?? this.label;
  }
  /** True once `maxRows` rows were read: later files need not be opened. */
  get done() {
    return this.admission.exhausted;
  }
  /** Sizes column storage: rows expected in the whole dataset (0 when unknown), capped by maxRows and the sample. */
  expectedRows() {
    return Math.min(this.rowsHint, this.admission.limit);
  }
  /** Text readers report each chunk they consumed: the first rows, scaled to `totalBytes`, estimate the row count. */
  noteBytes(bytes) {
    this.bytesRead += bytes, this.rowsHint === 0 && this.totalBytes !== void 0 && this.admission.seen > 0 && (this.rowsHint = Math.ceil(this.admission.seen / this.bytesRead * this.totalBytes));
  }
  /** A reader that knows a file's row count up front (Parquet). */
  expectRows(rows, fileBytes) {
    if (this.rowsHint !== 0) return;
    let scale = this.totalBytes !== void 0 && fileBytes ? this.totalBytes / fileBytes : 1;
    this.rowsHint = this.admission.seen + Math.ceil(rows * scale);
  }
  beginFile(name) {
    this.files.push(name);
  }
  /** The builder for a column of the current file, or null when the column is not materialised. */
  column(name) {
    let builder = this.builders.get(name);
    if (builder === void 0) {
      if (this.builders.size >= LIMITS.maxColumns)
        throw new ConfigurationError(`${this.currentFile} has more than ${LIMITS.maxColumns} columns, the limit of a dataset; list the columns to compare in features.`);
      let materialise = (this.wanted === void 0 || this.wanted.has(name)) && !this.excluded.has(name);
      if (materialise && this.files.length > 1)
        throw new ConfigurationError(`Column "${name}" is in ${this.currentFile} but not in ${this.files[0]}: all files of ${this.label} must have the same columns.`);
      builder = materialise ? new ColumnBuilder(name, this.categorical.has(name), this) : null, this.builders.set(name, builder), builder !== null && this.materialised.push(builder);
    }
    return builder !== null && (builder.lastFile = this.files.length - 1), builder;
  }
  /** Columns materialised so far, in order of first appearance. */
  materialised = [];
  /** Checks that the file just read had every materialised column. */
  endFile() {
    let fileIndex = this.files.length - 1;
    for (let builder of this.builders.values())
      if (builder !== null && builder.lastFile !== fileIndex)
        throw new ConfigurationError(`Column "${builder.name}" is in ${this.files[0]} but missing from ${this.currentFile}: all files of ${this.label} must have the same columns.`);
  }
  finish() {
    let names = [...this.builders.keys()];
    for (let name of this.wanted ?? [])
      if (!this.builders.has(name))
        throw new ConfigurationError(`Column "${name}" is not in ${this.label}; its columns are: ${names.join(", ")}.`);
    if (this.admission.seen === 0) throw new ConfigurationError(`${this.label} has no data rows.`);
    let rowCount = this.admission.held, columns = /* @__PURE__ */ new Map(), missing = /* @__PURE__ */ new Map();
    for (let builder of this.builders.values()) {
      if (builder === null) continue;
      let finished = builder.finish(rowCount);
      if (finished === void 0)
        throw new ConfigurationError(`Column "${builder.name}" of ${this.label} has no valid values in ${rowCount} rows (all empty, NaN or infinite); exclude it or fix the data.`);
      columns.set(builder.name, finished.column), missing.set(builder.name, finished.missing);
    }
    if (columns.size === 0) throw new ConfigurationError(`No column of ${this.label} is left to read; its columns are: ${names.join(", ")}.`);
    return { columns, rowCount, sourceRowCount: this.admission.seen, missing, sources: [...this.files] };
  }
};

// shared/drift/readers/cancellable.ts
function throwIfCancelled2(signal, doing) {
  if (signal?.aborted) throw new CancelledError(`${doing} was cancelled.`);
}
function cancellableSource(source, signal) {
  if (signal === void 0) return source;
  let doing = `Reading ${source.name}`, randomAccess = source.randomAccess?.bind(source);
  return {
    name: source.name,
    size: source.size,
    ...source.localPath === void 0 ? {} : { localPath: source.localPath },
    open: () => checkedChunks(source.open(signal), signal, doing),
    ...randomAccess ? {
      randomAccess: async () => (throwIfCancelled2(signal, doing), checkedBuffer(await rethrowCancelled(randomAccess(signal), signal, doing), signal, doing))
    } : {}
  };
}
async function* checkedChunks(chunks, signal, doing) {
  throwIfCancelled2(signal, doing);
  let iterator = chunks[Symbol.asyncIterator]();
  try {
    for (; ; ) {
      let next = await rethrowCancelled(iterator.next(), signal, doing);
      if (throwIfCancelled2(signal, doing), next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
function checkedBuffer(buffer, signal, doing) {
  return {
    byteLength: buffer.byteLength,
    slice: async (start, end) => (throwIfCancelled2(signal, doing), rethrowCancelled(Promise.resolve(buffer.slice(start, end)), signal, doing))
  };
}
async function rethrowCancelled(pending, signal, doing) {
  try {
    return await pending;
  } catch (error) {
    throw throwIfCancelled2(signal, doing), error;
  }
}

// shared/drift/readers/read-table.ts
async function readTable(source, options = {}) {
  let dataset = await toDataset(source);
  if (dataset.sources.length === 0) throw new ConfigurationError(`${dataset.label} holds no file.`);
  let table = new TableBuilder(dataset.label, options);
  dataset.sources.every((file) => file.size !== void 0) && (table.totalBytes = dataset.sources.reduce((sum, file) => sum + file.size, 0));
  let csvReaders = /* @__PURE__ */ new Map();
  for (let source2 of dataset.sources) {
    if (table.done) break;
    throwIfCancelled2(options.signal, `Reading ${dataset.label}`);
    let file = cancellableSource(source2, options.signal), format = dataset.format ?? formatFromName(file.name), abortable = abortableSource(file, options.signal);
    table.beginFile(file.name);
    try {
      let input = format.kind !== "parquet" && isGzipName(file.name) ? (await import("./gzip-N5NXLD3N.mjs")).gunzipSource(abortable) : abortable;
      format.kind === "csv" ? await csvReaderFor(csvReaders, format).read(input, table) : format.kind === "jsonl" ? await (await import("./jsonl-ZSKJHJFX.mjs")).readJsonLines(input, format, table) : await (await import("./parquet-T2CFZS5U.mjs")).readParquet(input, table);
    } catch (error) {
      throw error instanceof ConfigurationError || error instanceof CancelledError ? error : new ConfigurationError(`Cannot read ${file.name}: ${error.message}`);
    }
    table.endFile();
  }
  return table.finish();
}
async function toDataset(source) {
  return typeof source == "string" ? (await import("./local-TK2O2XJP.mjs")).resolveLocalDataset(source) : isByteSourceList(source) ? { label: source.map((file) => file.name).join(", "), sources: source } : "sources" in source ? source : { label: source.name, sources: [source] };
}
function isByteSourceList(source) {
  return Array.isArray(source);
}
function csvReaderFor(readers, format) {
  let key = JSON.stringify([format.delimiter, format.header, format.encoding]), reader = readers.get(key);
  return reader === void 0 && (reader = new CsvReader(format), readers.set(key, reader)), reader;
}

// shared/drift/readers/worker/protocol.ts
function serializeError(error) {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}
function deserializeError(error) {
  switch (error.name) {
    case "ConfigurationError":
    case "SettingError":
      return new ConfigurationError(error.message);
    case "CancelledError":
      return new CancelledError(error.message);
    case "ServiceError":
      return new ServiceError(error.message);
    default:
      return new Error(error.message);
  }
}
function columnBuffers(columns) {
  let buffers = /* @__PURE__ */ new Set();
  for (let column of columns) buffers.add((column.kind === "numerical" ? column.values : column.codes).buffer);
  return [...buffers];
}

export {
  throwIfCancelled2 as throwIfCancelled,
  cancellableSource,
  readTable,
  serializeError,
  deserializeError,
  columnBuffers
};
