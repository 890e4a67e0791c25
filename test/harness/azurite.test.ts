import { BlobServiceClient } from "@azure/storage-blob";
import { startAzurite, type AzuriteInstance } from "../../emulator/harness/azurite";

describe("startAzurite", () => {
  let azurite: AzuriteInstance;

  beforeAll(async () => {
    azurite = await startAzurite();
  });

  afterAll(async () => {
    await azurite.stop();
  });

  it("serves blobs through the connection string it returns", async () => {
    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    const container = service.getContainerClient("harness-check");
    await container.create();
    await container.getBlockBlobClient("a/b.txt").upload("hello", 5);
    const downloaded = await container.getBlobClient("a/b.txt").downloadToBuffer();
    expect(downloaded.toString()).toBe("hello");
    expect(azurite.blobUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
  });

  it("frees its port when stopped", async () => {
    const second = await startAzurite();
    const port = new URL(second.blobUrl).port;
    await second.stop();
    await expect(fetch(`http://127.0.0.1:${port}/devstoreaccount1?comp=list`)).rejects.toThrow();
  });
});
