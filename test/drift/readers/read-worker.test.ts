// Reading on a worker thread gives the table reading on this thread gives (numerical columns sorted),
// whether the worker opens a local file itself or this thread streams the bytes to it (blobs), for
// every format; errors keep their type; cancellation stops the worker. The worker entry is bundled
// with esbuild as scripts/build.mjs bundles it for the steps.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { build } from "esbuild";
import { CancelledError, ConfigurationError } from "../../../shared/core/errors";
import { localFileSource, readTable, readTableInWorker, READ_WORKER_FILE, type ByteSource, type Dataset } from "../../../shared/drift/readers";
import type { Column } from "../../../shared/drift/column";
import type { Table } from "../../../shared/drift/table";
import { FIXTURES, memorySource, tempFolder } from "./helpers";

const folder = tempFolder();
let script: string;

beforeAll(async () => {
  script = folder.file(READ_WORKER_FILE);
  await build({
    entryPoints: [path.join(__dirname, "../../../shared/drift/readers/worker/read-worker.ts")],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "esm",
    mainFields: ["module", "main"],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
  });
}, 120_000);

afterAll(() => folder.cleanup());

/** Columns with numerical values sorted: what every drift test sees. */
function sortedView(table: Table) {
  return {
    rowCount: table.rowCount,
    sourceRowCount: table.sourceRowCount,
    missing: table.missing,
    sources: table.sources,
    columns: new Map<string, Column>(
      [...table.columns].map(([name, column]): [string, Column] =>
        column.kind === "numerical" ? [name, { ...column, values: Float64Array.from(column.values).sort(), sorted: true }] : [name, { ...column, codes: Uint32Array.from(column.codes) }],
      ),
    ),
  };
}

/** The source without its local path: the worker has to ask this thread for every byte. */
function relayed(source: ByteSource): ByteSource {
  return { name: source.name, size: source.size, open: (signal) => source.open(signal), ...(source.randomAccess ? { randomAccess: (signal) => source.randomAccess!(signal) } : {}) };
}

const rows = Array.from({ length: 5000 }, (_, i) => `${(i * 7919) % 1000 / 10},${i % 4},${["north", "south", "east"][i % 3]},${i % 9 === 0 ? "" : i}`);
const csv = `x,small,region,id\n${rows.join("\n")}\n`;

describe("readTableInWorker", () => {
  test("a local CSV read by the worker itself equals the table read here", async () => {
    const file = folder.write("local.csv", csv);
    const dataset: Dataset = { label: file, sources: [localFileSource(file)] };
    const here = await readTable(dataset);
    const there = await readTableInWorker(dataset, {}, script);
    expect(sortedView(there)).toEqual(sortedView(here));
    const x = there.columns.get("x")!;
    expect(x.kind === "numerical" && x.values.every((value, i, all) => i === 0 || all[i - 1] <= value)).toBe(true);
    expect(there.columns.get("small")).toMatchObject({ kind: "numerical", integer: true });
  });

  test("with a cancellation signal too, the worker opens a local file itself: this thread never streams it", async () => {
    const file = folder.write("own.csv", csv);
    const notHere: ByteSource = {
      ...localFileSource(file),
      open: () => {
        throw new Error("streamed by the main thread");
      },
    };
    const table = await readTableInWorker({ label: file, sources: [notHere] }, { signal: new AbortController().signal }, script);
    expect(table.rowCount).toBe(5000);
  });

  test("bytes streamed from this thread (gzip CSV in small chunks, JSON Lines) equal the table read here", async () => {
    const gzipped = execFileSync("gzip", ["-c"], { input: csv });
    const jsonl = rows.slice(0, 500).map((row) => JSON.stringify({ a: Number(row.split(",")[0]), b: row.split(",")[2] })).join("\n");
    for (const source of [memorySource("data.csv.gz", gzipped, 4096), memorySource("data.jsonl", jsonl, 1000)]) {
      const dataset: Dataset = { label: source.name, sources: [source] };
      expect(sortedView(await readTableInWorker(dataset, { sample: { rows: 300, seed: 7 } }, script))).toEqual(sortedView(await readTable(dataset, { sample: { rows: 300, seed: 7 } })));
    }
  });

  test("Parquet read through ranged reads served by this thread equals the table read here", async () => {
    const file = folder.file("rows.parquet");
    execFileSync(process.execPath, [path.join(FIXTURES, "make-parquet.mjs"), file, "3000", "1000", "SNAPPY"]);
    const dataset: Dataset = { label: file, sources: [relayed(localFileSource(file))] };
    expect(sortedView(await readTableInWorker(dataset, { columns: ["x", "n", "city"] }, script))).toEqual(sortedView(await readTable(dataset, { columns: ["x", "n", "city"] })));
  });

  test("a configuration error in the worker arrives as a ConfigurationError with its message", async () => {
    const source = memorySource("bad.csv", "a,b\n1,2,3\n");
    const failure = readTableInWorker({ label: "bad.csv", sources: [source] }, {}, script);
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow("bad.csv is not valid CSV at line 2");
  });

  test("cancelling stops a read whose source never ends", async () => {
    const controller = new AbortController();
    let chunks = 0;
    const endless: ByteSource = {
      name: "endless.csv",
      async *open() {
        yield Buffer.from("a,b\n");
        for (;;) {
          chunks++;
          if (chunks === 3) controller.abort();
          yield Buffer.from("1,2\n".repeat(1000));
        }
      },
    };
    await expect(readTableInWorker({ label: "endless.csv", sources: [endless] }, { signal: controller.signal }, script)).rejects.toBeInstanceOf(CancelledError);
    expect(chunks).toBeLessThan(10);
  });
});
