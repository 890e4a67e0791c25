import type { AsyncBuffer } from "hyparquet";
import { CancelledError } from "../../core/errors";
import type { ByteSource } from "./source";

/** Throws a CancelledError once `signal` has aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined, doing: string): void {
  if (signal?.aborted) throw new CancelledError(`${doing} was cancelled.`);
}

/**
 * The source with `signal` handed to its reads, and checked between chunks and ranged reads: a
 * cancelled read stops with a CancelledError even when the source itself ignores the signal.
 */
export function cancellableSource(source: ByteSource, signal: AbortSignal | undefined): ByteSource {
  if (signal === undefined) return source;
  const doing = `Reading ${source.name}`;
  const randomAccess = source.randomAccess?.bind(source);
  return {
    name: source.name,
    size: source.size,
    ...(source.localPath === undefined ? {} : { localPath: source.localPath }),
    open: () => checkedChunks(source.open(signal), signal, doing),
    ...(randomAccess
      ? {
          randomAccess: async () => {
            throwIfCancelled(signal, doing);
            return checkedBuffer(await rethrowCancelled(randomAccess(signal), signal, doing), signal, doing);
          },
        }
      : {}),
  };
}

async function* checkedChunks(chunks: AsyncIterable<Uint8Array>, signal: AbortSignal, doing: string): AsyncGenerator<Uint8Array> {
  throwIfCancelled(signal, doing);
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await rethrowCancelled(iterator.next(), signal, doing);
      throwIfCancelled(signal, doing);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}

function checkedBuffer(buffer: AsyncBuffer, signal: AbortSignal, doing: string): AsyncBuffer {
  return {
    byteLength: buffer.byteLength,
    slice: async (start, end) => {
      throwIfCancelled(signal, doing);
      return rethrowCancelled(Promise.resolve(buffer.slice(start, end)), signal, doing);
    },
  };
}

/** Whatever a source throws once the signal has aborted (an AbortError, a torn-down socket) is the cancellation. */
async function rethrowCancelled<T>(pending: Promise<T>, signal: AbortSignal, doing: string): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throwIfCancelled(signal, doing);
    throw error;
  }
}
