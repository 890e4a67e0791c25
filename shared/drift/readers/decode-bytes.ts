import type { TextEncoding } from "./source";

interface SlicingBuffer extends Buffer {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
  asciiSlice(start: number, end: number): string;
}

const hasSlicers = typeof (Buffer.prototype as Partial<SlicingBuffer>).utf8Slice === "function";

/**
 * Decodes `buf[start, end)`. Calls Node's per-encoding slicers when present: `toString(encoding, …)`
 * adds an encoding lookup per call that costs as much as decoding a short cell.
 */
export function decodeBytes(buf: Buffer, start: number, end: number, encoding: TextEncoding): string {
  if (!hasSlicers) return buf.toString(encoding, start, end);
  const slicing = buf as SlicingBuffer;
  if (encoding === "utf8") return slicing.utf8Slice(start, end);
  if (encoding === "latin1") return slicing.latin1Slice(start, end);
  return slicing.asciiSlice(start, end);
}
