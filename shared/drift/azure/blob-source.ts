import type { BlobClient } from "@azure/storage-blob";
import type { AsyncBuffer } from "hyparquet";
import { CancelledError, ConfigurationError, ServiceError } from "../../core/errors";
import { isNotFound, toServiceError } from "../../azure/service-error";
import type { ByteSource } from "../readers/source";

/** Times a broken download stream is resumed from where it stopped. */
const STREAM_RETRIES = 5;
/** Parallel block downloads of one large ranged read (Parquet column chunks). */
const RANGE_CONCURRENCY = 4;
const RANGE_BLOCK_BYTES = 4 << 20;

/**
 * A blob as a byte source: `open()` streams it in one download; `randomAccess()` reads byte ranges
 * (Parquet reads its footer, then only the column chunks it needs). An aborted signal tears the
 * download down and the read throws a CancelledError.
 */
export function blobByteSource(blob: BlobClient, name: string, size?: number): ByteSource {
  return {
    name,
    size,
    open: (signal) => downloadStream(blob, name, signal),
    randomAccess: async (signal) => rangedBuffer(blob, name, size ?? (await blobSize(blob, name, signal)), signal),
  };
}

async function* downloadStream(blob: BlobClient, name: string, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const doing = `Downloading ${name}`;
  const response = await blobCall(name, doing, () => blob.download(0, undefined, { maxRetryRequests: STREAM_RETRIES, abortSignal: signal }), signal);
  const body = response.readableStreamBody;
  if (!body) return;
  // A stalled stream yields no chunk to check the signal on: destroying it ends the wait.
  const stop = () => body.destroy(new CancelledError(`${doing} was cancelled.`));
  signal?.addEventListener("abort", stop, { once: true });
  try {
    for await (const chunk of body) yield typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
  } catch (error) {
    if (signal?.aborted) throw new CancelledError(`${doing} was cancelled.`);
    throw storageError(error, doing);
  } finally {
    signal?.removeEventListener("abort", stop);
    body.destroy();
  }
}

function rangedBuffer(blob: BlobClient, name: string, byteLength: number, signal?: AbortSignal): AsyncBuffer {
  return {
    byteLength,
    async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
      const to = Math.min(end, byteLength);
      if (to <= start) return new ArrayBuffer(0);
      const buffer = await blobCall(
        name,
        `Reading bytes ${start}-${to - 1} of ${name}`,
        () => blob.downloadToBuffer(start, to - start, { concurrency: RANGE_CONCURRENCY, blockSize: RANGE_BLOCK_BYTES, maxRetryRequestsPerBlock: STREAM_RETRIES, abortSignal: signal }),
        signal,
      );
      if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return buffer.buffer as ArrayBuffer;
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    },
  };
}

async function blobSize(blob: BlobClient, name: string, signal?: AbortSignal): Promise<number> {
  const properties = await blobCall(name, `Reading the properties of ${name}`, () => blob.getProperties({ abortSignal: signal }), signal);
  return properties.contentLength ?? 0;
}

/** Runs a blob call; a missing blob becomes a ConfigurationError naming it, a cancelled call a CancelledError, any other failure a ServiceError. */
export async function blobCall<T>(name: string, doing: string, call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (signal?.aborted) throw new CancelledError(`${doing} was cancelled.`);
    if (isNotFound(error)) throw new ConfigurationError(`${name} does not exist (or its container does not).`);
    throw storageError(error, doing);
  }
}

interface StorageErrorLike {
  statusCode?: number;
  response?: { headers?: { get(name: string): string | undefined } };
}

/** A storage failure as a ServiceError; a refusal says what access the read needs (HEAD responses carry no message). */
export function storageError(error: unknown, doing: string): unknown {
  const status = (error as StorageErrorLike)?.statusCode;
  if (status !== 401 && status !== 403) return toServiceError(error, doing);
  const code = (error as StorageErrorLike).response?.headers?.get("x-ms-error-code");
  return new ServiceError(
    `${doing} was refused (HTTP ${status}${code ? ` ${code}` : ""}): a SAS token must grant read (and list, for a folder) and be valid now; ` +
      "without one, the signed-in identity needs the Storage Blob Data Reader role on the storage account.",
    code,
    status,
  );
}
