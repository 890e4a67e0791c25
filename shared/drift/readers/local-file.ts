import { statSync } from "node:fs";
import { open } from "node:fs/promises";
import type { ByteSource } from "./source";

const READ_CHUNK_BYTES = 1 << 20;

/** A local file as a byte source. The Parquet library behind random access is loaded on first use: a text file never needs it. */
export function localFileSource(filePath: string): ByteSource {
  return {
    name: filePath,
    size: statSync(filePath).size,
    localPath: filePath,
    open: () => readChunks(filePath),
    randomAccess: async () => (await import("hyparquet")).asyncBufferFromFile(filePath),
  };
}

/** The file's bytes through one reused buffer: fresh memory for every chunk would cost more than parsing it. */
async function* readChunks(filePath: string): AsyncGenerator<Uint8Array> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
