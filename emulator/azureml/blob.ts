import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from "@azure/storage-blob";

export interface BlobServiceOptions {
  /** Azurite's blob service URL, e.g. http://127.0.0.1:10000/devstoreaccount1. */
  url: string;
  accountName: string;
  accountKey: string;
}

/** The workspace's default storage container, held in Azurite. */
export class WorkspaceBlobStore {
  readonly container: ContainerClient;
  private readonly credential: StorageSharedKeyCredential;

  constructor(readonly options: BlobServiceOptions, readonly containerName: string) {
    this.credential = new StorageSharedKeyCredential(options.accountName, options.accountKey);
    this.container = new BlobServiceClient(options.url, this.credential).getContainerClient(containerName);
  }

  /** host:port of the blob service, the form an AzureBlob datastore's `endpoint` takes for Azurite. */
  get endpointHost(): string {
    return new URL(this.options.url).host;
  }

  async init(): Promise<void> {
    await this.container.createIfNotExists();
  }

  async writeText(blobPath: string, text: string, contentType = "text/plain"): Promise<void> {
    await this.container.getBlockBlobClient(blobPath).upload(text, Buffer.byteLength(text), {
      blobHTTPHeaders: { blobContentType: contentType },
    });
  }

  async appendText(blobPath: string, text: string): Promise<void> {
    const blob = this.container.getAppendBlobClient(blobPath);
    await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: "text/plain" } });
    if (text.length > 0) await blob.appendBlock(text, Buffer.byteLength(text));
  }

  /** A read-only SAS URL, valid for a day of wall-clock time (Azurite checks it against its own clock). */
  readSasUrl(blobPath: string): string {
    const blob = this.container.getBlobClient(blobPath);
    const startsOn = new Date(Date.now() - 5 * 60_000);
    const expiresOn = new Date(Date.now() + 24 * 3600_000);
    const sas = generateBlobSASQueryParameters(
      { containerName: this.containerName, blobName: blobPath, permissions: BlobSASPermissions.parse("r"), startsOn, expiresOn },
      this.credential,
    ).toString();
    return `${blob.url}?${sas}`;
  }
}
