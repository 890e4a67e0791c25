// A cancelled blob read stops: the download is torn down even when the stream has stalled (no chunk
// arrives to check the signal on), and a read past its first chunk does not go on to the end.
import net from "node:net";
import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient } from "@azure/storage-blob";
import { startAzurite, type AzuriteInstance } from "../../../emulator/harness/azurite";
import { CancelledError } from "../../../shared/core/errors";
import { blobByteSource } from "../../../shared/drift/azure";
import { readTable, type ByteSource } from "../../../shared/drift/readers";

const ROWS = 400_000;
const csv = Buffer.from(`x,label\n${Array.from({ length: ROWS }, (_, i) => `${i * 0.5},row${i % 7}`).join("\n")}\n`);

/**
 * A TCP proxy to Azurite that forwards requests whole, but only the first `forwardBytes` of a response:
 * then the connection stays open and silent, as a stalled network read does. `bodyBytesSent` counts the
 * response body bytes it let through (after the header block).
 */
async function stallingProxy(target: URL, forwardBytes: number): Promise<{ url: string; bodyBytesSent(): number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let sent = Buffer.alloc(0);
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.on("data", (chunk) => upstream.write(chunk));
    upstream.on("data", (chunk: Buffer) => {
      const room = forwardBytes - sent.length;
      if (room <= 0) return;
      const part = chunk.subarray(0, room);
      sent = Buffer.concat([sent, part]);
      client.write(part);
    });
    for (const socket of [client, upstream]) socket.on("error", () => undefined).on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    bodyBytesSent: () => {
      const headerEnd = sent.indexOf("\r\n\r\n");
      return headerEnd < 0 ? 0 : sent.length - headerEnd - 4;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The source, calling `onChunk` with the byte count of every chunk the reader takes. */
function watched(source: ByteSource, onChunk: (bytes: number) => void): ByteSource {
  return {
    name: source.name,
    size: source.size,
    async *open(signal) {
      for await (const chunk of source.open(signal)) {
        onChunk(chunk.byteLength);
        yield chunk;
      }
    },
  };
}

describe("cancelling a blob read (Azurite)", () => {
  let azurite: AzuriteInstance;
  let credential: StorageSharedKeyCredential;
  let container: ContainerClient;

  beforeAll(async () => {
    azurite = await startAzurite();
    credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
    container = new BlobServiceClient(azurite.blobUrl, credential).getContainerClient("cancel");
    await container.create();
    await container.getBlockBlobClient("big.csv").upload(csv, csv.length);
  }, 120_000);

  afterAll(async () => {
    await azurite?.stop();
  });

  test("a stalled download stops with a CancelledError once the signal aborts", async () => {
    const proxy = await stallingProxy(new URL(azurite.blobUrl), 256 * 1024);
    try {
      const blob = new BlobServiceClient(proxy.url, credential).getContainerClient("cancel").getBlobClient("big.csv");
      const source = blobByteSource(blob, "big.csv", csv.length);
      const controller = new AbortController();
      let received = 0;
      const reading = readTable(watched(source, (bytes) => (received += bytes)), { signal: controller.signal });
      // Poll until the reader has every byte the proxy let through: the stream is now silent.
      while (received === 0 || received < proxy.bodyBytesSent()) await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      await expect(reading).rejects.toBeInstanceOf(CancelledError);
      expect(received).toBeLessThan(csv.length);
    } finally {
      await proxy.close();
    }
  });

  test("a flowing download stops at the chunk after the signal aborts instead of reading to the end", async () => {
    const source = blobByteSource(container.getBlobClient("big.csv"), "big.csv", csv.length);
    const controller = new AbortController();
    let received = 0;
    const onChunk = (bytes: number) => {
      received += bytes;
      controller.abort();
    };
    await expect(readTable(watched(source, onChunk), { signal: controller.signal })).rejects.toThrow(CancelledError);
    expect(received).toBeLessThan(csv.length);
  });

  test("a ranged (Parquet) read that is cancelled before it starts sends no request and throws a CancelledError", async () => {
    const controller = new AbortController();
    controller.abort();
    const source = blobByteSource(container.getBlobClient("big.csv"), "big.parquet", csv.length);
    await expect(readTable(source, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
  });
});
