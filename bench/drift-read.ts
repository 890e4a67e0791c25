/**
 * Drift data reader benchmark: 1,000,000 rows × 9 mixed columns of CSV (6 numerical with some
 * NaN/empty cells, 3 categorical with quoted cells), read with `readTable`, against the I/O floor
 * of a plain `fs.createReadStream` pass over the same bytes measured in the same run.
 *
 *   npx tsx bench/drift-read.ts [rows]
 */
import { fork } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readTable } from "../shared/drift/readers";

const CITIES = Array.from({ length: 40 }, (_, i) => `city_${i}`);
const SEGMENTS = ["consumer", "small business", '"premium, gold"', "enterprise", "public"];

async function generate(file: string, rows: number): Promise<void> {
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const out = createWriteStream(file);
  out.write("age,income,score,ratio,visits,temperature,city,segment,active\n");
  let block = "";
  for (let r = 0; r < rows; r++) {
    const ratio = random() < 0.01 ? "nan" : (random() * 2).toFixed(4);
    const visits = random() < 0.02 ? "" : String(Math.floor(random() * 500));
    const temperature = random() < 0.005 ? "NaN" : ((random() - 0.3) * 60).toFixed(1);
    block += `${18 + Math.floor(random() * 70)},${(random() * 150000).toFixed(2)},${random() * 10},${ratio},${visits},${temperature},${CITIES[Math.floor(random() * CITIES.length)]},${SEGMENTS[Math.floor(random() * SEGMENTS.length)]},${random() < 0.5}\n`;
    if (block.length > 1 << 20) {
      if (!out.write(block)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      block = "";
    }
  }
  out.write(block);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function ioFloor(file: string): Promise<number> {
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) bytes += (chunk as Buffer).length;
  if (bytes === 0) throw new Error("empty file");
  return performance.now() - started;
}

/** Runs in a child process so its peak RSS counts only the reading. */
async function measure(file: string): Promise<void> {
  const baselineRss = process.memoryUsage().rss;
  const runs: { floor: number; read: number }[] = [];
  let rowCount = 0;
  let summary = "";
  for (let run = 0; run < 3; run++) {
    const floor = await ioFloor(file);
    const started = performance.now();
    const table = await readTable(file);
    const read = performance.now() - started;
    runs.push({ floor, read });
    rowCount = table.rowCount;
    summary = [...table.columns].map(([name, column]) => `${name}:${column.kind === "numerical" ? "num" : `cat(${column.dictionary.length})`} missing=${table.missing.get(name)}`).join(", ");
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.send?.({ runs, rowCount, summary, baselineRss, peakRss });
}

async function main(): Promise<void> {
  if (process.argv[2] === "--measure") return measure(process.argv[3]);
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), "drift-read-"));
  const file = path.join(dir, "data.csv");
  try {
    await generate(file, rows);
    const bytes = statSync(file).size;
    const result = await new Promise<{ runs: { floor: number; read: number }[]; rowCount: number; summary: string; baselineRss: number; peakRss: number }>((resolve, reject) => {
      const child = fork(process.argv[1], ["--measure", file], { execArgv: process.execArgv });
      child.once("message", (message) => resolve(message as never));
      child.once("error", reject);
      child.once("exit", (code) => code !== 0 && reject(new Error(`measuring process exited with ${code}`)));
    });
    const mb = bytes / 1e6;
    console.log(`file: ${rows} rows × 9 columns, ${mb.toFixed(1)} MB; ${result.summary}`);
    for (const [i, run] of result.runs.entries()) {
      console.log(
        `run ${i + 1}: readTable ${run.read.toFixed(0)} ms (${((rows / run.read) * 1000 / 1e6).toFixed(2)} M rows/s, ${((mb / run.read) * 1000).toFixed(0)} MB/s); ` +
          `createReadStream floor ${run.floor.toFixed(0)} ms; ratio ${(run.read / run.floor).toFixed(1)}×`,
      );
    }
    const best = result.runs.reduce((a, b) => (b.read < a.read ? b : a));
    console.log(`best: ${best.read.toFixed(0)} ms, ${(best.read / best.floor).toFixed(1)}× the I/O floor; rows held ${result.rowCount}`);
    console.log(`RSS: ${(result.baselineRss / 1e6).toFixed(0)} MB before reading, peak ${(result.peakRss / 1e6).toFixed(0)} MB (+${((result.peakRss - result.baselineRss) / 1e6).toFixed(0)} MB, file ${mb.toFixed(0)} MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
