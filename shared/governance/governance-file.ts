import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { GovernanceEvent } from "./event";

/** Appends the event as one JSON line: a file the workflow can archive as an artifact. */
export async function appendGovernanceFile(file: string, event: GovernanceEvent): Promise<void> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  await appendFile(target, `${JSON.stringify(event)}\n`);
}
