import type { Column } from "../column";
import { CodeStore, Float64Store, MISSING_CODE, type CapacityHint } from "./row-store";
import { ByteDictionary, hashBytes } from "./byte-dictionary";
import { decodeBytes } from "./decode-bytes";
import type { TextEncoding } from "./source";
import { MISSING_TOKENS, numberToText, parseDecimalBytes, parseNumberText } from "./parse-number";

/** Other spellings of booleans (pandas writes `True`), read as JSON's `true` and `false`. */
const BOOLEAN_SPELLINGS = new Map([
  ["True", "true"],
  ["TRUE", "true"],
  ["False", "false"],
  ["FALSE", "false"],
]);

const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** `[+-]digits`: how pandas tells an integer cell from a float one. */
function isIntegerLiteral(buf: Buffer, start: number, end: number): boolean {
  let i = start;
  if (buf[i] === 0x2b || buf[i] === 0x2d) i++;
  if (i === end) return false;
  for (; i < end; i++) if (buf[i] < DIGIT_0 || buf[i] > DIGIT_9) return false;
  return true;
}

/** Cell flag: the cell was quoted and holds doubled quotes (`""`) to unescape. */
export const CELL_ESCAPED = 2;

export interface FinishedColumn {
  column: Column;
  missing: number;
}

/**
 * Collects one column's cells by row. Numerical until the first value that is not a number,
 * then categorical: the numbers read so far are re-encoded as their canonical text
 * (`1.50` becomes `"1.5"`; force the column categorical to keep the text as written).
 * Booleans read as `true`/`false` whatever their spelling (`True`, `FALSE`) or format.
 */
export class ColumnBuilder {
  private numbers: Float64Store | null;
  private codes: CodeStore | null;
  private readonly lookup = new Map<string, number>();
  private readonly dictionary: string[] = [];
  private readonly byteCodes = new ByteDictionary();
  /** Index of the last file that had this column; used to check that files agree. */
  lastFile = -1;
  /** The row (its number among the rows seen) that last set this column; lets a reader mark the rows without it as missing. */
  rowSerial = 0;
  /** Every number so far was written as a whole number without a decimal point or exponent (pandas would read it as an integer). */
  private integerLiterals = true;

  constructor(
    readonly name: string,
    categorical: boolean,
    private readonly capacity: CapacityHint,
  ) {
    this.numbers = categorical ? null : new Float64Store(capacity);
    this.codes = categorical ? new CodeStore(capacity) : null;
    for (const token of MISSING_TOKENS) this.lookup.set(token, MISSING_CODE);
  }

  get isNumerical(): boolean {
    return this.numbers !== null;
  }

  /** A delimited-text cell: bytes `[start, end)` of `buf`; `flags` has CELL_ESCAPED when it holds doubled quotes. */
  setBytes(row: number, buf: Buffer, start: number, end: number, flags: number, encoding: TextEncoding): void {
    if (start === end) {
      this.setMissing(row);
      return;
    }
    if ((flags & CELL_ESCAPED) === 0) {
      if (this.numbers === null) {
        this.setHashedBytes(row, buf, start, end, hashBytes(buf, start, end), encoding);
        return;
      }
      const value = parseDecimalBytes(buf, start, end);
      if (value === value) {
        this.numbers.set(row, value);
        if (this.integerLiterals && !isIntegerLiteral(buf, start, end)) this.integerLiterals = false;
        return;
      }
    }
    let text = decodeBytes(buf, start, end, encoding);
    if ((flags & CELL_ESCAPED) !== 0) text = text.replaceAll('""', '"');
    this.setText(row, text);
  }

  /** A number parsed by the caller, for a column still numerical; `integerLiteral` when it was written without a decimal point. */
  setParsedNumber(row: number, value: number, integerLiteral: boolean): void {
    this.numbers!.set(row, value);
    if (!integerLiteral) this.integerLiterals = false;
  }

  /** The source stores this column as floating point (Parquet FLOAT/DOUBLE): its values are not integers whatever they are. */
  markFloatingPoint(): void {
    this.integerLiterals = false;
  }

  /** A non-empty category cell of a categorical column, `hash` being `hashBytes` of its bytes. */
  setHashedBytes(row: number, buf: Buffer, start: number, end: number, hash: number, encoding: TextEncoding): void {
    let code = this.byteCodes.find(buf, start, end, hash);
    if (code < 0) {
      code = this.codeFor(decodeBytes(buf, start, end, encoding));
      this.byteCodes.add(buf, start, end, hash, code);
    }
    this.codes!.set(row, code);
  }

  /** A string value given as UTF-8 bytes without escapes, `hash` being `hashBytes` of them: makes the column categorical. */
  setLabelBytes(row: number, buf: Buffer, start: number, end: number, hash: number): void {
    if (this.numbers !== null) this.becomeCategorical();
    this.setHashedBytes(row, buf, start, end, hash, "utf8");
  }

  /** Text that may hold a number (a delimited-text cell). */
  setText(row: number, text: string): void {
    if (this.numbers !== null) {
      const value = parseNumberText(text);
      if (value !== undefined) {
        this.numbers.set(row, value);
        if (this.integerLiterals && !INTEGER_TEXT.test(text)) this.integerLiterals = false;
        return;
      }
      this.becomeCategorical();
    }
    this.setCategory(row, text);
  }

  /** A typed number (JSON, Parquet). NaN and ±Infinity count as missing. */
  setNumber(row: number, value: number): void {
    if (this.integerLiterals && !Number.isInteger(value)) this.integerLiterals = false;
    if (this.numbers !== null) this.numbers.set(row, value);
    else if (value !== value) this.codes!.set(row, MISSING_CODE);
    else this.setCategory(row, numberToText(value));
  }

  /** A typed string or label (JSON string, boolean): makes the column categorical. */
  setLabel(row: number, text: string): void {
    if (this.numbers !== null) this.becomeCategorical();
    this.setCategory(row, text);
  }

  setMissing(row: number): void {
    if (this.numbers !== null) this.numbers.set(row, NaN);
    else this.codes!.set(row, MISSING_CODE);
  }

  /** A decoded value (JSON, Parquet): numbers numerical, strings and booleans labels, null missing, anything else its JSON text. */
  setValue(row: number, value: unknown): void {
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
        if (value === null || value === undefined) this.setMissing(row);
        else if (value instanceof Date) {
          if (Number.isNaN(value.getTime())) this.setMissing(row);
          else this.setLabel(row, value.toISOString());
        } else this.setLabel(row, JSON.stringify(value, (_, item: unknown) => (typeof item === "bigint" ? item.toString() : item)));
    }
  }

  /** The column over `rowCount` rows; undefined when no row holds a valid value. */
  finish(rowCount: number): FinishedColumn | undefined {
    if (this.numbers !== null) {
      const values = this.numbers.takeFinite();
      if (values.length === 0) return undefined;
      const missing = rowCount - values.length;
      return { column: { kind: "numerical", values, integer: this.integerLiterals && missing === 0 }, missing };
    }
    const codes = this.codes!;
    const used = new Uint8Array(this.dictionary.length);
    codes.markUsed(used);
    const remap = new Uint32Array(this.dictionary.length);
    const dictionary: string[] = [];
    for (let code = 0; code < used.length; code++) {
      if (used[code] === 1) {
        remap[code] = dictionary.length;
        dictionary.push(this.dictionary[code]);
      }
    }
    const present = codes.takePresent(remap);
    if (present.length === 0) return undefined;
    return { column: { kind: "categorical", codes: present, dictionary }, missing: rowCount - present.length };
  }

  private setCategory(row: number, text: string): void {
    this.codes!.set(row, this.codeFor(text));
  }

  private codeFor(text: string): number {
    let code = this.lookup.get(text);
    if (code === undefined) {
      const canonical = BOOLEAN_SPELLINGS.get(text);
      if (canonical !== undefined) {
        code = this.codeFor(canonical);
        this.lookup.set(text, code);
        return code;
      }
      code = this.dictionary.length;
      this.dictionary.push(text);
      this.lookup.set(text, code);
    }
    return code;
  }

  private becomeCategorical(): void {
    const numbers = this.numbers!;
    this.numbers = null;
    this.codes = new CodeStore(this.capacity);
    for (let row = 0; row < numbers.length; row++) {
      const value = numbers.get(row);
      if (value === value) this.setCategory(row, numberToText(value));
      else this.codes.set(row, MISSING_CODE);
    }
  }
}
