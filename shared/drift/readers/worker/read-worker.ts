/**
 * Worker-thread entry: parses one dataset whose bytes the owning thread streams to it, then sorts
 * its numerical columns (every drift test compares distributions, not rows) and hands the columns
 * back without copying.
 */
import { parentPort } from "node:worker_threads";
import type { AsyncBuffer } from "hyparquet";
import { sortNumericalColumns } from "../../stats/radix-sort";
import { localFileSource } from "../local-file";
import { readTable } from "../read-table";
import type { ByteSource } from "../source";
import { columnBuffers, deserializeError, serializeError, type OwnerMessage, type ReadRequest, type RemoteSource, type WorkerMessage } from "./protocol";

if (parentPort) {
  const port = parentPort;
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const pending = new Map<string, { resolve(value: OwnerMessage): void; reject(error: Error): void }>();
  let serial = 0;

  /** Sends a request and waits for the owner's answer to it. */
  const ask = (key: string, message: WorkerMessage) =>
    new Promise<OwnerMessage>((resolve, reject) => {
      pending.set(key, { resolve, reject });
      post(message);
    });

  const answer = (key: string, message: OwnerMessage): void => {
    const waiting = pending.get(key);
    if (!waiting) return;
    pending.delete(key);
    if (message.type === "streamFailed" || message.type === "sliceFailed") waiting.reject(deserializeError(message.error));
    else waiting.resolve(message);
  };

  const remoteSource = (source: RemoteSource, file: number): ByteSource => ({
    name: source.name,
    size: source.size,
    async *open() {
      const stream = ++serial;
      let finished = false;
      try {
        for (;;) {
          const reply = await ask(`stream:${stream}`, { type: "next", stream, file });
          if (reply.type !== "chunk" || reply.bytes === undefined) {
            finished = true;
            return;
          }
          yield reply.bytes;
        }
      } finally {
        if (!finished) post({ type: "close", stream });
      }
    },
    ...(source.randomAccess
      ? {
          randomAccess: async (): Promise<AsyncBuffer> => {
            const request = ++serial;
            const sized = await ask(`slice:${request}`, { type: "byteLength", request, file });
            const byteLength = sized.type === "sliced" ? (sized.byteLength ?? 0) : 0;
            return {
              byteLength,
              slice: async (start: number, end?: number) => {
                const slice = ++serial;
                const reply = await ask(`slice:${slice}`, { type: "slice", request: slice, file, start, end });
                return reply.type === "sliced" && reply.buffer ? reply.buffer : new ArrayBuffer(0);
              },
            };
          },
        }
      : {}),
  });

  const read = async (request: ReadRequest): Promise<void> => {
    const sources = request.sources.map((source, file) => (source.localPath === undefined ? remoteSource(source, file) : localFileSource(source.localPath)));
    const table = await readTable({ label: request.label, sources, format: request.format }, request.options);
    sortNumericalColumns(table.columns.values());
    post({ type: "done", table }, columnBuffers(table.columns.values()));
  };

  port.on("message", (message: OwnerMessage) => {
    switch (message.type) {
      case "read":
        read(message).catch((error: unknown) => post({ type: "failed", error: serializeError(error) }));
        return;
      case "chunk":
      case "streamFailed":
        answer(`stream:${message.stream}`, message);
        return;
      case "sliced":
      case "sliceFailed":
        answer(`slice:${message.request}`, message);
    }
  });
}
