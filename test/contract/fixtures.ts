import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh copy of a job fixture folder (test/contract/fixtures/<name>), so a test may change or upload it freely. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `contract-${name}-`));
  cpSync(join(__dirname, "fixtures", name), dir, { recursive: true });
  return dir;
}
