import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { ByteSource } from "./source";

/** The decompressed bytes of a gzip-compressed source. Its size is unknown until read, so none is given. */
export function gunzipSource(source: ByteSource): ByteSource {
  return { name: source.name, open: () => gunzipChunks(source) };
}

async function* gunzipChunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  const output = pipeline(Readable.from(copies(source.open())), createGunzip(), () => {});
  for await (const chunk of output) yield chunk as Buffer;
}

/** The source may reuse its buffer once the next chunk is asked for, while zlib may still hold the previous one. */
async function* copies(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}
