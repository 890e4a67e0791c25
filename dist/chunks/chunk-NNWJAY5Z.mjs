import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  isNotFound,
  toServiceError
} from "./chunk-5LVE2LTV.mjs";
import {
  CancelledError,
  ConfigurationError,
  ServiceError
} from "./chunk-44J6QWGP.mjs";

// shared/drift/azure/blob-source.ts
var STREAM_RETRIES = 5, RANGE_CONCURRENCY = 4, RANGE_BLOCK_BYTES = 4 << 20;
function blobByteSource(blob, name, size) {
  return {
    name,
    size,
    open: (signal) => downloadStream(blob, name, signal),
    randomAccess: async (signal) => rangedBuffer(blob, name, size ?? await blobSize(blob, name, signal), signal)
  };
}
async function* downloadStream(blob, name, signal) {
  let doing = `Downloading ${name}`, body = (await blobCall(name, doing, () => blob.download(0, void 0, { maxRetryRequests: STREAM_RETRIES, abortSignal: signal }), signal)).readableStreamBody;
  if (!body) return;
  let stop = () => body.destroy(new CancelledError(`${doing} was cancelled.`));
  signal?.addEventListener("abort", stop, { once: !0 });
  try {
    for await (let chunk of body) yield typeof chunk == "string" ? Buffer.from(chunk) : chunk;
  } catch (error) {
    throw signal?.aborted ? new CancelledError(`${doing} was cancelled.`) : storageError(error, doing);
  } finally {
    signal?.removeEventListener("abort", stop), body.destroy();
  }
}
function rangedBuffer(blob, name, byteLength, signal) {
  return {
    byteLength,
    async slice(start, end = byteLength) {
      let to = Math.min(end, byteLength);
      if (to <= start) return new ArrayBuffer(0);
      let buffer = await blobCall(
        name,
        `Reading bytes ${start}-${to - 1} of ${name}`,
        () => blob.downloadToBuffer(start, to - start, { concurrency: RANGE_CONCURRENCY, blockSize: RANGE_BLOCK_BYTES, maxRetryRequestsPerBlock: STREAM_RETRIES, abortSignal: signal }),
        signal
      );
      return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? buffer.buffer : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    }
  };
}
async function blobSize(blob, name, signal) {
  return (await blobCall(name, `Reading the properties of ${name}`, () => blob.getProperties({ abortSignal: signal }), signal)).contentLength ?? 0;
}
async function blobCall(name, doing, call, signal) {
  try {
    return await call();
  } catch (error) {
    throw signal?.aborted ? new CancelledError(`${doing} was cancelled.`) : isNotFound(error) ? new ConfigurationError(`${name} does not exist (or its container does not).`) : storageError(error, doing);
  }
}
function storageError(error, doing) {
  let status = error?.statusCode;
  if (status !== 401 && status !== 403) return toServiceError(error, doing);
  let code = error.response?.headers?.get("x-ms-error-code");
  return new ServiceError(
    `${doing} was refused (HTTP ${status}${code ? ` ${code}` : ""}): a SAS token must grant read (and list, for a folder) and be valid now; without one, the signed-in identity needs the Storage Blob Data Reader role on the storage account.`,
    code,
    status
  );
}

export {
  blobByteSource,
  blobCall,
  storageError
};
