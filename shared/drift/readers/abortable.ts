import type { AsyncBuffer } from "hyparquet";
import { CancelledError } from "../../core/errors";
import type { ByteSource } from "./source";

function throwIfCancelled(signal: AbortSignal, name: string): void {
  if (signal.aborted) throw new CancelledError(`Cancelled while reading ${name}.`);
}

/** The source's bytes, stopping with a CancelledError between chunks once `signal` is aborted. */
export function abortableSource(source: ByteSource, signal: AbortSignal | undefined): ByteSource {
  if (signal === undefined) return source;
  return {
    name: source.name,
    size: source.size,
    open: () => abortableChunks(source, signal),
    randomAccess: source.randomAccess && (async () => abortableBuffer(await source.randomAccess!(), signal, source.name)),
  };
}

async function* abortableChunks(source: ByteSource, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  throwIfCancelled(signal, source.name);
  for await (const chunk of source.open()) {
    yield chunk;
    // Let a pending signal handler run: a local file's reads can complete without yielding to it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    throwIfCancelled(signal, source.name);
  }
}

function abortableBuffer(buffer: AsyncBuffer, signal: AbortSignal, name: string): AsyncBuffer {
  return {
    byteLength: buffer.byteLength,
    slice: async (start, end) => {
      throwIfCancelled(signal, name);
      return buffer.slice(start, end);
    },
  };
}
