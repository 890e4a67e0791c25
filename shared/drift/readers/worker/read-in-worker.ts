/**
 * Reads a dataset on a worker thread: this thread fetches the bytes (local files, blobs — and stops
 * them on cancellation), the worker parses them and sorts the numerical columns, so two datasets read
 * at once use two cores. Numerical columns come back sorted, not in row order.
 */
import type { AsyncBuffer } from "hyparquet";
import { CancelledError, ConfigurationError, SettingError } from "../../../core/errors";
import type { ReadOptions, Table } from "../../table";
import { sortNumericalColumns } from "../../stats/radix-sort";
import { cancellableSource, throwIfCancelled } from "../cancellable";
import { readTable } from "../read-table";
import type { ByteSource, Dataset } from "../source";
import { deserializeError, serializeError, type OwnerMessage, type ReadRequest, type WorkerMessage } from "./protocol";
import { bundledReadWorker, readWorker } from "./worker-script";

interface Stream {
  iterator: AsyncIterator<Uint8Array>;
  /** The next chunk, fetched while the worker parses the previous one. */
  ahead?: Promise<IteratorResult<Uint8Array>>;
}

export async function readTableInWorker(dataset: Dataset, options: ReadOptions, script: string): Promise<Table> {
  const { signal, ...workerOptions } = options;
  throwIfCancelled(signal, `Reading ${dataset.label}`);
  const sources = dataset.sources.map((source) => cancellableSource(source, signal));
  const streams = new Map<number, Stream>();
  const buffers = new Map<number, Promise<AsyncBuffer>>();
  const worker = readWorker(script);
  const post = (message: OwnerMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);

  const closeStreams = () => {
    for (const stream of streams.values()) void stream.iterator.return?.().catch(() => undefined);
    streams.clear();
  };

  const serveChunk = async (streamId: number, file: number): Promise<void> => {
    try {
      let stream = streams.get(streamId);
      if (stream === undefined) {
        stream = { iterator: sources[file].open()[Symbol.asyncIterator]() };
        streams.set(streamId, stream);
      }
      const next = await (stream.ahead ?? stream.iterator.next());
      stream.ahead = undefined;
      if (next.done) {
        streams.delete(streamId);
        post({ type: "chunk", stream: streamId });
        return;
      }
      // A source may reuse its buffer for the next chunk: the worker gets a copy of its own.
      const bytes = new Uint8Array(next.value);
      post({ type: "chunk", stream: streamId, bytes }, [bytes.buffer as ArrayBuffer]);
      stream.ahead = stream.iterator.next();
      stream.ahead.catch(() => undefined);
    } catch (error) {
      streams.delete(streamId);
      post({ type: "streamFailed", stream: streamId, error: serializeError(error) });
    }
  };

  const randomAccess = (file: number): Promise<AsyncBuffer> => {
    let buffer = buffers.get(file);
    if (buffer === undefined) {
      buffer = sources[file].randomAccess!();
      buffers.set(file, buffer);
    }
    return buffer;
  };

  const serveSlice = async (request: number, file: number, range?: { start: number; end?: number }): Promise<void> => {
    try {
      const buffer = await randomAccess(file);
      if (range === undefined) {
        post({ type: "sliced", request, byteLength: buffer.byteLength });
        return;
      }
      const bytes = (await buffer.slice(range.start, range.end)).slice(0);
      post({ type: "sliced", request, buffer: bytes }, [bytes]);
    } catch (error) {
      post({ type: "sliceFailed", request, error: serializeError(error) });
    }
  };

  return new Promise<Table>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, table?: Table) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", cancel);
      closeStreams();
      void worker.terminate();
      if (error) reject(error);
      else resolve(table!);
    };
    const cancel = () => finish(new CancelledError(`Reading ${dataset.label} was cancelled.`));
    signal?.addEventListener("abort", cancel, { once: true });
    worker.on("error", (error) => finish(error));
    worker.on("exit", (code) => finish(new Error(`The thread reading ${dataset.label} stopped (exit code ${code}).`)));
    worker.on("message", (message: WorkerMessage) => {
      switch (message.type) {
        case "next":
          void serveChunk(message.stream, message.file);
          return;
        case "close":
          void streams.get(message.stream)?.iterator.return?.();
          streams.delete(message.stream);
          return;
        case "byteLength":
          void serveSlice(message.request, message.file);
          return;
        case "slice":
          void serveSlice(message.request, message.file, { start: message.start, end: message.end });
          return;
        case "done":
          finish(undefined, message.table);
          return;
        case "failed":
          finish(deserializeError(message.error));
      }
    });
    const request: ReadRequest = {
      type: "read",
      label: dataset.label,
      sources: sources.map((source: ByteSource) => ({ name: source.name, size: source.size, randomAccess: source.randomAccess !== undefined, localPath: source.localPath })),
      format: dataset.format,
      options: workerOptions,
    };
    post(request);
  });
}

export interface TablePair {
  first: Table;
  second: Table;
  /** The second was parsed on a worker thread. */
  secondOnWorker: boolean;
}

/** A problem with one dataset's data becomes a SettingError naming that dataset's setting. */
function naming<T>(setting: string, reading: Promise<T>): Promise<T> {
  return reading.catch((error: unknown) => {
    throw error instanceof ConfigurationError && !(error instanceof SettingError) ? new SettingError(setting, error.message) : error;
  });
}

/**
 * Reads two datasets at once: the first on this thread, the second on a worker thread when the bundled
 * worker entry is there (the shipped steps), so each gets a core of its own; without it, both here.
 * `settings` name the two datasets in errors about their data.
 */
export async function readDatasetPair(first: Dataset, second: Dataset, options: ReadOptions, settings: [string, string] = ["first", "second"]): Promise<TablePair> {
  const script = bundledReadWorker();
  if (script === undefined) {
    return { first: await naming(settings[0], readTable(first, options)), second: await naming(settings[1], readTable(second, options)), secondOnWorker: false };
  }
  const stopSecond = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopSecond.signal]) : stopSecond.signal;
  const reading = naming(settings[1], readTableInWorker(second, { ...options, signal }, script));
  reading.catch(() => undefined);
  try {
    const firstTable = await naming(settings[0], readTable(first, options));
    // Sorted here while the worker still reads: the comparison then finds both tables sorted.
    sortNumericalColumns(firstTable.columns.values());
    return { first: firstTable, second: await reading, secondOnWorker: true };
  } finally {
    stopSecond.abort();
  }
}
