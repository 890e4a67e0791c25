import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BlobSASPermissions, BlobServiceClient, ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential, type ContainerClient } from "@azure/storage-blob";
import type { Workspace } from "../../../shared/azure/workspace";
import type { Column } from "../../../shared/drift/column";
import type { Table } from "../../../shared/drift/table";
import { MemoryHost } from "../../support/memory-host";
import type { EmulatorOptions } from "../../../emulator/azureml";
import { startHarness, type Harness } from "../../emulator/support";

/** Starting Azurite, the emulator and its spec validators can take long on a busy machine. */
export const STARTUP_TIMEOUT_MS = 180_000;

export interface AzureDataHarness extends Harness {
  workspace: Workspace;
  host: MemoryHost;
  /** The workspace's default container (behind `workspaceblobstore`). */
  container: ContainerClient;
  service: BlobServiceClient;
  sharedKey: StorageSharedKeyCredential;
}

export async function startAzureDataHarness(options: Partial<EmulatorOptions> = {}): Promise<AzureDataHarness> {
  const harness = await startHarness(options);
  const { emulator, azurite, client, credential } = harness;
  const workspace: Workspace = {
    subscriptionId: emulator.subscriptionId,
    resourceGroup: emulator.resourceGroup,
    workspaceName: emulator.workspaceName,
    armEndpoint: emulator.url,
    credential,
    credentialKind: "client-secret",
    client,
  };
  const sharedKey = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
  const service = new BlobServiceClient(azurite.blobUrl, sharedKey);
  return { ...harness, workspace, host: new MemoryHost(), container: service.getContainerClient(emulator.blobContainer), service, sharedKey };
}

export async function putBlob(container: ContainerClient, name: string, content: string | Buffer): Promise<void> {
  const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  await container.getBlockBlobClient(name).upload(body, body.length);
}

/** A read-only SAS for one blob, or for listing and reading a whole container. */
export function sasFor(h: AzureDataHarness, containerName: string, blobName?: string): string {
  const startsOn = new Date(Date.now() - 5 * 60_000);
  const expiresOn = new Date(Date.now() + 3600_000);
  const permissions = blobName === undefined ? ContainerSASPermissions.parse("rl") : BlobSASPermissions.parse("r");
  return generateBlobSASQueryParameters({ containerName, blobName, permissions, startsOn, expiresOn }, h.sharedKey).toString();
}

/** Writes a Parquet file with hyparquet-writer in a child process (it is an ES module) and returns its bytes. */
export function parquetBytes(columns: { name: string; data: (number | string | null)[]; type: "DOUBLE" | "STRING" | "INT32" }[], rowGroupSize: number): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), "drift-azure-parquet-"));
  const file = path.join(dir, "data.parquet");
  const script = path.join(dir, "write.mjs");
  writeFileSync(
    script,
    `import { parquetWriteFile } from ${JSON.stringify(pathToFileURL(require.resolve("hyparquet-writer")).href)};\n` +
      `const [file, spec, rowGroupSize] = process.argv.slice(2);\n` +
      `parquetWriteFile({ filename: file, columnData: JSON.parse(spec), rowGroupSize: Number(rowGroupSize) });\n`,
  );
  const result = spawnSync(process.execPath, [script, file, JSON.stringify(columns), String(rowGroupSize)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`Writing Parquet failed: ${result.stderr}`);
  return readFileSync(file);
}

/** A column's values in row order: numbers, or labels of a categorical column. */
export function columnValues(table: Table, name: string): (number | string)[] {
  const column: Column | undefined = table.columns.get(name);
  if (column === undefined) throw new Error(`No column ${name}; columns: ${[...table.columns.keys()].join(", ")}`);
  if (column.kind === "numerical") return [...column.values];
  return [...column.codes].map((code) => column.dictionary[code]);
}
