import type { ContainerClient } from "@azure/storage-blob";
import { putBlob, startAzureDataHarness, type AzureDataHarness } from "../azure/support";

export { putBlob };

/** Starting Azurite and the emulator can take long on a busy machine. */
export const STARTUP_TIMEOUT_MS = 180_000;

export type MonitorHarness = AzureDataHarness;

/** The Azure data harness: Azurite, the emulator, a workspace and its default container. */
export function startMonitorHarness(): Promise<MonitorHarness> {
  return startAzureDataHarness();
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
