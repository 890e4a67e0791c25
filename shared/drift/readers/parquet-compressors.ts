import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Compressors } from "hyparquet";
import { decompress as decompressZstd } from "fzstd";
import { decompressLz4, decompressLz4Raw } from "hyparquet-compressors/src/lz4.js";

/**
 * Decompressors for Parquet codecs beyond hyparquet's built-in Snappy: Node's native zlib for
 * GZIP and BROTLI, fzstd for ZSTD, hyparquet-compressors' LZ4 (Hadoop framing and raw).
 * Taken one by one rather than through hyparquet-compressors' index, which loads a
 * WebAssembly Snappy that Node's CommonJS loaders (jest) cannot import.
 */
export const parquetCompressors: Compressors = {
  GZIP: (input) => gunzipSync(input),
  BROTLI: (input) => brotliDecompressSync(input),
  ZSTD: (input) => decompressZstd(input),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
};
