import { parquetCompressors } from "../../../shared/drift/readers/parquet-compressors";

const PLAIN = "drift drift drift drift drift drift readers readers readers";
// The same text compressed by the zstd and lz4 command-line tools (the raw block of an lz4 frame).
const ZSTD_FRAME = "28b52ffd243bad0000686472696674207265616465727302002b8889588a496422d6";
const LZ4_BLOCK = "6f64726966742006000b77726561646572730800506164657273";

describe("Parquet decompressors", () => {
  it("decompresses ZSTD and raw LZ4 pages", () => {
    const zstd = parquetCompressors.ZSTD!(Buffer.from(ZSTD_FRAME, "hex"), PLAIN.length);
    expect(Buffer.from(zstd).toString()).toBe(PLAIN);
    const lz4 = parquetCompressors.LZ4_RAW!(Buffer.from(LZ4_BLOCK, "hex"), PLAIN.length);
    expect(Buffer.from(lz4).toString()).toBe(PLAIN);
  });
});
