import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ByteSource } from "../../../shared/drift/readers";
import type { Table } from "../../../shared/drift/table";

export const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "drift-data");

/** A temporary folder with files written from `files` (name → content); removed by `cleanup`. */
export function tempFolder(files: Record<string, string | Buffer> = {}): { dir: string; file: (name: string) => string; write: (name: string, content: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "drift-readers-"));
  const write = (name: string, content: string | Buffer): string => {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    return target;
  };
  for (const [name, content] of Object.entries(files)) write(name, content);
  return { dir, file: (name) => path.join(dir, name), write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Bytes served in chunks of `chunkSize`, reusing one buffer the way a pooled reader may. */
export function memorySource(name: string, content: string | Buffer, chunkSize = 1 << 16): ByteSource {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  return {
    name,
    size: bytes.length,
    async *open() {
      const reused = Buffer.alloc(chunkSize);
      for (let at = 0; at < bytes.length; at += chunkSize) {
        const length = bytes.copy(reused, 0, at, Math.min(at + chunkSize, bytes.length));
        yield reused.subarray(0, length);
        reused.fill(0xff);
      }
    },
  };
}

/** A column's values as plain JS: numbers, or category strings. */
export function valuesOf(table: Table, name: string): (number | string)[] {
  const column = table.columns.get(name);
  if (column === undefined) throw new Error(`no column ${name}; have ${[...table.columns.keys()].join(", ")}`);
  return column.kind === "numerical" ? [...column.values] : [...column.codes].map((code) => column.dictionary[code]);
}

export function kindOf(table: Table, name: string): string | undefined {
  return table.columns.get(name)?.kind;
}

/** Rows of `count` deterministic pseudo-random numbers. */
export function seededNumbers(count: number, seed: number): number[] {
  let state = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out.push(state / 4294967296);
  }
  return out;
}
