import { isUtf8 } from "node:buffer";
import type { TextEncoding } from "./source";

/** Bytes that are not UTF-8 where UTF-8 was expected: decoding would silently merge distinct values. */
export class InvalidUtf8Error extends Error {
  constructor(readonly shown: string) {
    super(`the value ${shown} is not valid UTF-8`);
  }
}

/** The bytes as text with every byte outside printable ASCII as \xNN. */
function showBytes(buf: Buffer, start: number, end: number): string {
  let shown = "";
  for (let i = start; i < Math.min(end, start + 80); i++) {
    const byte = buf[i];
    shown += byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `"${shown}${end - start > 80 ? "…" : ""}"`;
}

function checkedUtf8(text: string, buf: Buffer, start: number, end: number): string {
  if (text.includes("\uFFFD") && !isUtf8(buf.subarray(start, end))) throw new InvalidUtf8Error(showBytes(buf, start, end));
  return text;
}

interface SlicingBuffer extends Buffer {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
  asciiSlice(start: number, end: number): string;
}

const hasSlicers = typeof (Buffer.prototype as Partial<SlicingBuffer>).utf8Slice === "function";

/**
 * Decodes `buf[start, end)`; UTF-8 that is not valid throws an InvalidUtf8Error. Calls Node's per-encoding slicers when present: `toString(encoding, …)`
 * adds an encoding lookup per call that costs as much as decoding a short cell.
 */
export function decodeBytes(buf: Buffer, start: number, end: number, encoding: TextEncoding): string {
  if (!hasSlicers) return encoding === "utf8" ? checkedUtf8(buf.toString(encoding, start, end), buf, start, end) : buf.toString(encoding, start, end);
  const slicing = buf as SlicingBuffer;
  if (encoding === "utf8") return checkedUtf8(slicing.utf8Slice(start, end), buf, start, end);
  if (encoding === "latin1") return slicing.latin1Slice(start, end);
  return slicing.asciiSlice(start, end);
}
