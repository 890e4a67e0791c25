import { decodeBytes } from "./decode-bytes";
import { DOT, MAX_EXACT_INTEGER, MINUS, PLUS, POW10, ZERO } from "./byte-codes";

const LOWER_E = 101;
const UPPER_E = 69;

/**
 * Parses a plain decimal (`-12.5`, `3e-4`) straight from bytes, exactly as `Number()` would:
 * without a string when the mantissa and exponent are small enough for one correctly rounded IEEE
 * multiplication or division, else through `Number()`. NaN when the bytes are not a plain
 * decimal (blanks, `nan`, `inf`, text): `parseNumberText` decides those.
 */
export function parseDecimalBytes(buf: Buffer, start: number, end: number): number {
  let i = start;
  let negative = false;
  let c = buf[i];
  if (c === MINUS) {
    negative = true;
    i++;
  } else if (c === PLUS) {
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let exponentDigits = 0;
  let scale = 0;
  while (i < end) {
    const d = buf[i] - ZERO;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    digits++;
    i++;
  }
  if (i < end && buf[i] === DOT) {
    i++;
    while (i < end) {
      const d = buf[i] - ZERO;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      digits++;
      scale--;
      i++;
    }
  }
  if (digits === 0) return NaN;
  if (i < end) {
    c = buf[i];
    if (c !== LOWER_E && c !== UPPER_E) return NaN;
    i++;
    let exponentNegative = false;
    c = i < end ? buf[i] : 0;
    if (c === MINUS) {
      exponentNegative = true;
      i++;
    } else if (c === PLUS) {
      i++;
    }
    let exponent = 0;
    while (i < end) {
      const d = buf[i] - ZERO;
      if (d < 0 || d > 9) return NaN;
      exponent = exponent * 10 + d;
      exponentDigits++;
      i++;
    }
    if (exponentDigits === 0 || i < end) return NaN;
    scale += exponentNegative ? -exponent : exponent;
  }
  if (mantissa > MAX_EXACT_INTEGER || exponentDigits > 4) return Number(decodeBytes(buf, start, end, "latin1"));
  let value: number;
  if (scale === 0) value = mantissa;
  else if (scale < 0 && scale >= -22) value = mantissa / POW10[-scale];
  else if (scale > 0 && scale <= 22) value = mantissa * POW10[scale];
  else return Number(decodeBytes(buf, start, end, "latin1"));
  return negative ? -value : value;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Text read as missing in any column (pandas' default NA values). */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
  "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
]);

/**
 * Reads a cell's text as a number: a decimal (surrounding blanks allowed), NaN for a missing
 * token, ±Infinity for `inf`/`infinity` in any case; undefined when the text is not numeric.
 */
export function parseNumberText(text: string): number | undefined {
  if (MISSING_TOKENS.has(text)) return NaN;
  const trimmed = text.trim();
  if (trimmed === "") return NaN;
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  const lower = trimmed.toLowerCase();
  if (lower === "nan" || lower === "-nan" || lower === "+nan") return NaN;
  if (lower === "inf" || lower === "+inf" || lower === "infinity" || lower === "+infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  return undefined;
}

/** The text a number becomes when its column turns out to be categorical. */
export function numberToText(value: number): string {
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  return String(value);
}
