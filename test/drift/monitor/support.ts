import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient } from "@azure/storage-blob";
import type { Workspace } from "../../../shared/azure/workspace";
import { MemoryHost } from "../../../shared/host/memory";
import { startHarness, type Harness } from "../../emulator/test-support";

/** Starting Azurite and the emulator can take long on a busy machine. */
export const STARTUP_TIMEOUT_MS = 180_000;

export interface MonitorHarness extends Harness {
  workspace: Workspace;
  host: MemoryHost;
  /** The workspace's default container (behind `workspaceblobstore`). */
  container: ContainerClient;
}

export async function startMonitorHarness(): Promise<MonitorHarness> {
  const harness = await startHarness();
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
  const service = new BlobServiceClient(azurite.blobUrl, new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey));
  return { ...harness, workspace, host: new MemoryHost(), container: service.getContainerClient(emulator.blobContainer) };
}

export async function putBlob(container: ContainerClient, name: string, content: string): Promise<void> {
  await container.getBlockBlobClient(name).upload(content, Buffer.byteLength(content));
}

/** CSV text of rows given as column arrays. */
export function csv(columns: Record<string, (number | string)[]>): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]].map((_, i) => names.map((name) => String(columns[name][i])).join(","));
  return `${names.join(",")}\n${rows.join("\n")}\n`;
}

/** An MLTable folder in the workspace container holding one CSV file. */
export async function putMLTable(container: ContainerClient, folder: string, data: string): Promise<void> {
  await putBlob(container, `${folder}/data.csv`, data);
  await putBlob(container, `${folder}/MLTable`, "paths:\n  - file: ./data.csv\ntransformations:\n  - read_delimited:\n      delimiter: ','\n      header: all_files_same_headers\n");
}
